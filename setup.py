"""Only one thing here that pyproject.toml cannot say: a built wheel carries the shipped
lexicons and resources as package data (reviewer/data/lexicons, reviewer/data/resources),
copied from the repository root at build time, so `pip install reviewer-….whl` works with no
checkout around it. An editable install reads them from the checkout instead
(reviewer.core.paths.resource_root)."""
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SHIPPED = ("lexicons", "resources")


class BuildWithData(build_py):
    def run(self):
        super().run()
        if getattr(self, "editable_mode", False):
            return
        for name in SHIPPED:
            target = Path(self.build_lib) / "reviewer" / "data" / name
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(ROOT / name, target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))


setup(cmdclass={"build_py": BuildWithData})
