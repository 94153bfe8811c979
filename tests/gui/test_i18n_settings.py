"""Chinese first, English selectable; settings declared once and robust to bad files."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from reviewer.app import i18n
from reviewer.app.settings import OPTIONS, Settings

pytestmark = pytest.mark.gui
APP_DIR = Path(i18n.__file__).parent


def test_every_ui_string_has_an_english_translation_in_the_ts_and_the_qm(qapp):
    from PySide6.QtCore import QTranslator
    strings = i18n.source_strings(APP_DIR)
    assert len(strings) > 200
    ts = i18n.read_ts(i18n.translations_dir() / "reviewer_en.ts")
    missing = [s for s in strings if not ts.get(s)]
    assert not missing, f"run `python -m reviewer.app.i18n` and translate: {missing[:5]}"
    translator = QTranslator()
    assert translator.load("reviewer_en", str(i18n.translations_dir()))
    stale = [s for s in strings if translator.translate(i18n.CONTEXT, s) != ts[s]]
    assert not stale, f"reviewer_en.qm is older than the .ts: {stale[:5]}"
    # placeholders survive translation
    for s in strings:
        assert sorted(_fields(s)) == sorted(_fields(ts[s])), s


def _fields(text: str) -> list[str]:
    import string
    return [f for _, f, _, _ in string.Formatter().parse(text) if f]


def test_chinese_is_the_default_and_loads_qt_own_chinese_dialogs(qapp):
    assert Settings(Path("/nonexistent/settings.json"))["language"] == "zh_CN"
    assert i18n.install(qapp, "zh_CN") == ["qtbase_zh_CN"]
    from PySide6.QtCore import QCoreApplication
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"


def test_ui_names_equal_the_core_names():
    from reviewer.app import names
    from reviewer.core.findings import GATE_NAMES, PART_NAMES, SEVERITY_NAMES
    assert names.GATE_LABELS == GATE_NAMES
    assert names.SEVERITY_LABELS == SEVERITY_NAMES
    assert names.PART_LABELS == PART_NAMES
    workflow = pytest.importorskip("reviewer.core.workflow")
    assert names.DECISION_LABELS == workflow.DECISION_NAMES
    assert names.DISPOSITION_LABELS == workflow.DISPOSITION_NAMES
    assert names.ROLE_LABELS == workflow.ROLE_NAMES


def test_settings_fall_back_to_defaults_and_round_trip(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"font_scale": 300, "theme": "high_contrast", "language": 5, "unknown": 1}))
    settings = Settings.load(path)
    assert settings["font_scale"] == 100 and settings["theme"] == "high_contrast" and settings["language"] == "zh_CN"
    with pytest.raises(ValueError):
        settings["font_scale"] = 120
    settings["font_scale"] = 200
    for n in range(15):
        settings.add_recent(f"/草稿/{n}.docx")
    settings.add_recent("/草稿/3.docx")
    settings.save()
    again = Settings.load(path)
    assert again["font_scale"] == 200
    assert again["recent_files"][0] == "/草稿/3.docx" and len(again["recent_files"]) == 10
    path.write_text("{broken")
    assert Settings.load(path)["theme"] == OPTIONS["theme"].default


def test_chosen_data_folder_is_shared_by_every_front_end(tmp_path, monkeypatch):
    from reviewer.core import paths
    monkeypatch.delenv("REVIEWER_HOME", raising=False)
    monkeypatch.delenv("REVIEWER_PORTABLE", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("APPDATA", str(tmp_path / "xdg"))
    assert paths.data_dir_fixed_by() is None
    default = paths.data_dir()
    paths.choose_data_dir(tmp_path / "共享盘" / "审查")
    assert paths.data_dir() == (tmp_path / "共享盘" / "审查").resolve()
    paths.choose_data_dir(default)
    assert paths.data_dir() == default
    monkeypatch.setenv("REVIEWER_HOME", str(tmp_path / "h"))
    assert "REVIEWER_HOME" in paths.data_dir_fixed_by()
