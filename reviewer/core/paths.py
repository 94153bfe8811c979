"""Where things live: shipped resources, and the user's data and cache folders.

User data never goes next to the program, except in portable mode (a file named
`portable.txt` beside the executable, or REVIEWER_PORTABLE=1): then everything goes to
`data/` beside it, for use from a USB stick. REVIEWER_HOME overrides both.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

APP = "reviewer"


def program_dir() -> Path:
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parents[2]


def resource_root() -> Path:
    """The folder holding lexicons/ and resources/: the frozen bundle, the source tree (also
    for an editable install), reviewer/data of an installed wheel, or share/reviewer."""
    env = os.environ.get("REVIEWER_RESOURCES")
    if env:
        return Path(env)
    bundle = getattr(sys, "_MEIPASS", None)
    candidates = [Path(bundle)] if bundle else []
    here = Path(__file__).resolve()
    candidates += [here.parents[2], here.parents[1] / "data", Path(sys.prefix) / "share" / APP]
    for c in candidates:
        if (c / "lexicons").is_dir():
            return c
    return candidates[0]


def lexicon_dir() -> Path:
    return resource_root() / "lexicons"


def resources_dir() -> Path:
    return resource_root() / "resources"


def _portable() -> bool:
    return os.environ.get("REVIEWER_PORTABLE") == "1" or (program_dir() / "portable.txt").exists()


def data_dir() -> Path:
    """Database, department lexicons, allow-list, logs."""
    if os.environ.get("REVIEWER_HOME"):
        base = Path(os.environ["REVIEWER_HOME"])
    elif _portable():
        base = program_dir() / "data"
    elif sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming") / APP
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support" / APP
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / APP
    return base


def cache_dir() -> Path:
    """Rebuildable things: the word-frequency table, jieba's cache."""
    if os.environ.get("REVIEWER_HOME"):
        base = Path(os.environ["REVIEWER_HOME"]) / "cache"
    elif _portable():
        base = program_dir() / "data" / "cache"
    elif sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local") / APP / "cache"
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches" / APP
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / APP
    return base


def ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_lexicon_dir() -> Path:
    return data_dir() / "lexicons"
