"""UI language. Source strings are Chinese (the default UI); English comes from
`resources/translations/reviewer_en.qm`, compiled from the .ts file that
`python -m reviewer.app.i18n` keeps in step with the source. Qt's own `qtbase_zh_CN.qm`
makes the standard dialogs (file chooser, message boxes) Chinese too.

Strings go through `tr("…")`; strings kept in tables are marked with `N_("…")` and
translated where they are shown, with `tr(value)`.
"""
from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

CONTEXT = "reviewer"
LANGUAGES = {"zh_CN": "中文（简体）", "en": "English"}
DEFAULT_LANGUAGE = "zh_CN"

_translators: list = []


def N_(text: str) -> str:
    """Marks a string for translation without translating it (it is translated when shown)."""
    return text


def tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication
    return QCoreApplication.translate(CONTEXT, text)


def translations_dir() -> Path:
    from reviewer.core import paths
    return paths.resources_dir() / "translations"


def install(app, language: str) -> list[str]:
    """Install the translators for `language`; returns the .qm files loaded."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    wanted = [(translations_dir(), "reviewer_en")] if language == "en" else [(Path(qt_dir), "qtbase_zh_CN")]
    loaded = []
    for folder, name in wanted:
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            _translators.append(translator)
            loaded.append(name)
    QLocale.setDefault(QLocale("en_US" if language == "en" else "zh_CN"))
    return loaded


# --- keeping the .ts file in step with the source -------------------------------------------

def source_strings(root: Path) -> list[str]:
    """Every literal passed to tr() or N_() under `root`, in first-seen order."""
    seen: dict[str, None] = {}
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("tr", "N_")
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                seen.setdefault(node.args[0].value, None)
    return list(seen)


def read_ts(path: Path) -> dict[str, str | None]:
    """source -> English (None when unfinished)."""
    if not path.exists():
        return {}
    out: dict[str, str | None] = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        tr_el = message.find("translation")
        done = tr_el is not None and tr_el.get("type") not in ("unfinished", "obsolete", "vanished") and tr_el.text
        out[source] = tr_el.text if done else None
    return out


def write_ts(path: Path, strings: list[str], translations: dict[str, str | None]) -> None:
    root = ET.Element("TS", version="2.1", language="en_US", sourcelanguage="zh_CN")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for s in strings:
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = s
        el = ET.SubElement(message, "translation")
        if translations.get(s):
            el.text = translations[s]
        else:
            el.set("type", "unfinished")
    ET.indent(root)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                    + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Update reviewer_en.ts from the source and compile it with pyside6-lrelease."""
    import shutil
    import subprocess
    app_dir = Path(__file__).resolve().parent
    ts = translations_dir() / "reviewer_en.ts"
    strings = source_strings(app_dir)
    old = read_ts(ts)
    write_ts(ts, strings, old)
    missing = [s for s in strings if not old.get(s)]
    for s in missing:
        print(f"未翻译：{s}")
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name("pyside6-lrelease"))
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    print(f"{len(strings)} 条，未翻译 {len(missing)} 条")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
