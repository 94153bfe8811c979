"""`reviewer` without a display checks the sample in the terminal; `reviewer gui --screenshot`
needs no interaction, also on a fresh profile."""
from __future__ import annotations

import os

import pytest

from conftest import ROOT, run_cli

pytestmark = pytest.mark.gui


def no_display_env(home) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["REVIEWER_HOME"] = str(home)
    return env


@pytest.mark.skipif(not os.sys.platform.startswith("linux"), reason="the fallback is for Linux without X/Wayland")
def test_no_display_checks_the_sample_in_the_terminal_and_says_so(tmp_path):
    import subprocess
    import sys
    result = subprocess.run([sys.executable, "-m", "reviewer"], capture_output=True, text=True, encoding="utf-8",
                            env={**no_display_env(tmp_path), "PYTHONIOENCODING": "utf-8"}, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "没有图形显示环境" in result.stdout and "示例草稿" in result.stdout
    assert "环境保护部" in result.stdout            # the sample's findings are printed
    assert "Traceback" not in result.stderr


def test_screenshot_of_a_fresh_profile_without_interaction(tmp_path):
    import subprocess
    import sys
    from reviewer.app.main import sample_draft
    shot = tmp_path / "shot.png"
    env = {**no_display_env(tmp_path / "fresh"), "PYTHONIOENCODING": "utf-8"}   # no display: offscreen by itself
    result = subprocess.run([sys.executable, "-m", "reviewer", "gui", "--open", str(sample_draft()),
                             "--screenshot", str(shot)], capture_output=True, text=True, encoding="utf-8",
                            env=env, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    from PySide6.QtGui import QImage
    image = QImage(str(shot))
    assert image.width() >= 800 and image.height() >= 500
    # not blank: the window shows text and the highlights of findings
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 20


def test_screenshot_of_an_unreadable_file_exits_with_2(tmp_path):
    bad = tmp_path / "坏.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    shot = tmp_path / "bad.png"
    result = run_cli("gui", "--open", str(bad), "--screenshot", str(shot),
                     env={"REVIEWER_HOME": str(tmp_path / "h"), "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 2 and shot.exists()
    assert "无法检查文件：" in result.stderr and "Traceback" not in result.stderr
