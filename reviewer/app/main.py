"""Starting the GUI: application, language, look, main window, then the first-run or login
dialog. Also the terminal fallback where no display exists, and the screenshot mode."""
from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

SCREENSHOT_TIMEOUT_MS = 120_000


def has_display() -> bool:
    """False on Linux without an X or Wayland display and no Qt platform chosen."""
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(k) for k in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def sample_draft() -> Path:
    from reviewer.core import paths
    folder = paths.resources_dir() / "samples"
    # the .docx carries the problems of a real draft (header marking, comment, tracked change)
    samples = sorted(folder.glob("*.docx")) or sorted(folder.glob("*.txt"))
    return samples[0]


def check_in_terminal(path: Path | None = None) -> int:
    """No display: check the sample draft (or the given file) in the terminal and say so."""
    import argparse
    from reviewer.commands import check
    target = Path(path) if path else sample_draft()
    what = f"文件 {target}" if path else f"随软件提供的示例草稿 {target.name}"
    print(f"没有图形显示环境（未设置 DISPLAY 或 WAYLAND_DISPLAY），改为在终端检查{what}。\n"
          "在有桌面的电脑上运行 reviewer 会打开主窗口；在终端检查自己的文件：reviewer check 文件路径\n", flush=True)
    args = argparse.Namespace(paths=[str(target)], format="text", date=None, terms=[], terms_gate="secrecy",
                              source=None, no_user=False, progress=False)
    code = check.run(args)
    # showing the sample is the whole job here; its block findings are planted on purpose
    return code if path else 0


def _setup_logging() -> None:
    from reviewer.core import paths
    try:
        folder = paths.ensure(paths.data_dir() / "logs")
        handler = logging.FileHandler(folder / "reviewer.log", encoding="utf-8")
    except OSError:
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger("reviewer").addHandler(handler)
    logging.getLogger("reviewer").setLevel(logging.INFO)


GUI_SWITCH_INTERVAL = 0.001   # seconds; Python's default is 0.005


def create_app():
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication(sys.argv[:1])
    # checks run in worker threads and hold the GIL between switches: a shorter switch interval
    # lets the GUI thread back in sooner (its stalls are GIL waits, not work of its own)
    sys.setswitchinterval(GUI_SWITCH_INTERVAL)
    from reviewer.app import qtguard
    qtguard.install(app)
    app.setApplicationName("reviewer")
    app.setOrganizationName("reviewer")
    from reviewer.app.fonts import chinese_families
    chinese_families()  # no Chinese font on this system: use the bundled one rather than boxes
    return app


def run_gui(open_path: str | None = None, screenshot: str | None = None) -> int:
    started = time.perf_counter()
    from PySide6.QtCore import QTimer
    from reviewer.app import dialogs, i18n, theme
    from reviewer.app.settings import Settings
    from reviewer.app.window import MainWindow

    app = create_app()
    _setup_logging()
    settings = Settings.load()
    i18n.install(app, settings["language"])
    app.setApplicationDisplayName(i18n.tr("审查通"))
    theme.apply(app, settings["theme"], settings["font_scale"])
    window = MainWindow(settings, screenshot_mode=bool(screenshot))

    def excepthook(kind, value, tb):
        logging.getLogger("reviewer.app").error("uncaught", exc_info=(kind, value, tb))
        dialogs.show_error(window, value)
    sys.excepthook = excepthook
    window.show()
    app.processEvents()   # painted before the database is opened
    if os.environ.get("REVIEWER_REPORT_STARTUP"):
        print(f"window shown after {time.perf_counter() - started:.3f} s", flush=True)
    window.open_session()

    if screenshot:
        result = {"code": 0}

        def shoot(ok: bool = True) -> None:
            result["code"] = 0 if ok else 2
            if not ok and window.last_error:
                print(f"无法检查文件：{window.last_error}", file=sys.stderr)

            def save():
                Path(screenshot).parent.mkdir(parents=True, exist_ok=True)
                if not window.grab().save(str(screenshot)):
                    print(f"无法保存截图：{screenshot}", file=sys.stderr)
                    result["code"] = 2
                app.exit(result["code"])
            QTimer.singleShot(300, save)

        if open_path:
            window.checked.connect(shoot)
            window.open_file(open_path)
        else:
            QTimer.singleShot(300, shoot)
        QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, lambda: app.exit(3))
    else:
        QTimer.singleShot(0, window.greet)
        if open_path:
            window.open_file(open_path)
    code = app.exec()
    window.close()
    return code
