"""The GUI's settings, each declared once as data (Picard's options idea), stored as JSON in
the user's data folder. A value that is missing, of the wrong type or out of range falls back
to its default, so a hand-edited or older file never stops the program from starting."""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reviewer.app.i18n import DEFAULT_LANGUAGE, LANGUAGES

FONT_SCALES = (100, 125, 150, 175, 200)
THEMES = ("standard", "high_contrast")
MAX_RECENT = 10


@dataclass(frozen=True)
class Option:
    key: str
    default: Any
    choices: tuple | None = None

    def valid(self, value: Any) -> bool:
        if type(value) is not type(self.default):
            return False
        return self.choices is None or value in self.choices


OPTIONS = {o.key: o for o in (
    Option("language", DEFAULT_LANGUAGE, tuple(LANGUAGES)),
    Option("font_scale", 100, FONT_SCALES),
    Option("theme", "standard", THEMES),
    Option("recent_files", []),
    Option("last_folder", ""),
    Option("last_user", ""),
)}


class Settings:
    def __init__(self, path: Path):
        self.path = path
        self._values: dict[str, Any] = {}

    @classmethod
    def load(cls, path: Path | None = None) -> "Settings":
        from reviewer.core import paths
        settings = cls(path or paths.data_dir() / "settings.json")
        try:
            raw = json.loads(settings.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raw = {}
        if isinstance(raw, dict):
            for key, value in raw.items():
                if key in OPTIONS and OPTIONS[key].valid(value):
                    settings._values[key] = value
        return settings

    def __getitem__(self, key: str) -> Any:
        value = self._values.get(key, OPTIONS[key].default)
        return list(value) if isinstance(value, list) else value

    def __setitem__(self, key: str, value: Any) -> None:
        if not OPTIONS[key].valid(value):
            raise ValueError(f"setting {key}: invalid value {value!r}")
        self._values[key] = value

    def add_recent(self, path: str) -> None:
        recent = [p for p in self["recent_files"] if p != path]
        self["recent_files"] = [path] + recent[:MAX_RECENT - 1]

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(self._values, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, self.path)
