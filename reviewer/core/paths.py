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
        return Path(os.environ["REVIEWER_HOME"])
    if _portable():
        return program_dir() / "data"
    chosen = _chosen_data_dir()
    return chosen or default_data_dir()


# The data folder a user chose (first run of the GUI) is remembered in a one-line file in the
# platform's default folder, so every front end (GUI and CLI) finds the same database.
LOCATION_FILE = "location.txt"


def _chosen_data_dir() -> Path | None:
    try:
        text = (default_data_dir() / LOCATION_FILE).read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return Path(text) if text else None


def data_dir_fixed_by() -> str | None:
    """Why the data folder cannot be chosen here (Chinese), or None when it can."""
    if os.environ.get("REVIEWER_HOME"):
        return "数据目录由环境变量 REVIEWER_HOME 指定"
    if _portable():
        return "便携模式：数据保存在程序旁的 data 文件夹"
    return None


def choose_data_dir(path: Path) -> None:
    """Remember `path` as the data folder (choosing the default folder forgets the choice)."""
    path = Path(path)
    default = default_data_dir()
    default.mkdir(parents=True, exist_ok=True)
    if path.resolve() == default.resolve():
        (default / LOCATION_FILE).unlink(missing_ok=True)
    else:
        path.mkdir(parents=True, exist_ok=True)
        (default / LOCATION_FILE).write_text(str(path.resolve()) + "\n", encoding="utf-8")


def default_data_dir() -> Path:
    """The platform's usual place for the data folder."""
    if sys.platform == "win32":
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
