"""The core has no Qt: importable and usable with no display and no PySide6 import."""
import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[1] / "reviewer" / "core"
FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "reviewer.app")


def test_no_module_in_core_imports_qt_or_the_app():
    offenders = []
    for path in CORE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.relative_to(CORE)}: {n}" for n in names if n.startswith(FORBIDDEN)]
    assert offenders == []


def test_checking_a_text_loads_no_qt_module(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text("由环境保护部会同有关部门组织实施。\n2023年5月1日\n", encoding="utf-8")
    code = ("import sys, reviewer.core.engine as e;"
            "r = e.Checker(e.CheckOptions()).check_path(sys.argv[1]);"
            "assert r.findings, 'nothing found';"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))")
    out = subprocess.run([sys.executable, "-c", code, str(draft)], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_version_imports_no_jieba_qt_or_pdf_library():
    code = ("import sys; sys.argv = ['reviewer', '--version'];"
            "from reviewer.cli import main\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "heavy = ('jieba', 'PySide6', 'pypdfium2', 'pdfplumber', 'pdfminer', 'docx', 'lxml', 'ahocorasick')\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "reviewer 0." in out.stdout
    assert out.stdout.strip().splitlines()[-1] == "[]"
