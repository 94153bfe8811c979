"""Rebuild the screenshots in this folder: each main screen, offscreen, from a fresh profile.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_screenshots.py [OUT_DIR]

Needs a CJK font (fonts-noto-cjk on Debian/UOS); the pictures are what a user sees.
14_pdf_page_view.png shows a real PDF in the page view with a finding selected;
13_pdf_read_only_screenshot_mode.png comes from `reviewer gui --open FILE.pdf --screenshot PNG` on a
fresh profile (nobody logged in: read-only).
"""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HOME = Path(tempfile.mkdtemp(prefix="reviewer-shots-"))
os.environ["REVIEWER_HOME"] = str(HOME)
os.environ.setdefault("REVIEWER_SCRYPT_N", "16")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from reviewer.app import dialogs, i18n, theme  # noqa: E402
from reviewer.app.main import create_app, sample_draft  # noqa: E402
from reviewer.app.settings import Settings  # noqa: E402
from reviewer.app.window import MainWindow  # noqa: E402

PASSWORDS = {"管理员": "admin-pass", "李审查": "reviewer-pass", "王保密": "officer-pass"}


def settle(ms: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait(predicate, timeout_ms: int = 60000) -> None:
    waited = 0
    while not predicate():
        settle(20)
        waited += 20
        if waited > timeout_ms:
            raise TimeoutError


def save(widget, out: Path, name: str) -> None:
    settle()
    widget.grab().save(str(out / name))
    print(out / name)


def make_users(window: MainWindow) -> None:
    wf = window.session.workflow
    wf.create_first_admin("管理员", PASSWORDS["管理员"])
    wf.add_user("李审查", "reviewer", PASSWORDS["李审查"], by="管理员", by_password=PASSWORDS["管理员"])
    wf.add_user("王保密", "secrecy_officer", PASSWORDS["王保密"], by="管理员", by_password=PASSWORDS["管理员"])


def open_checked(window: MainWindow, path: Path) -> None:
    done = []
    window.checked.connect(done.append)
    window.open_file(path)
    wait(lambda: done)


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    app = create_app()
    i18n.install(app, "zh_CN")
    theme.apply(app, "standard", 100)
    draft = HOME / "春耕通知.docx"
    shutil.copyfile(sample_draft(), draft)

    window = MainWindow(Settings(HOME / "settings.json"))
    window.resize(1280, 800)
    window.show()
    window.open_session()
    wait(lambda: window.checker.ready)
    save(window, out, "01_start.png")

    window.greet()
    save(window.active_dialog, out, "02_first_run.png")
    window.active_dialog.reject()
    make_users(window)
    window.ask_login()
    login = window.active_dialog
    login.user.setCurrentIndex(login.user.findData("李审查"))
    save(login, out, "03_login.png")
    login.password.setText(PASSWORDS["李审查"])
    login.accept()

    open_checked(window, draft)
    save(window.active_dialog, out, "04_start_review.png")
    window.active_dialog.accept()
    rows = window.findings.model.rows
    for gate in ("political", "legal"):
        window.decide(gate, "pass")
    window.session.decide(window.review_id, "text", "return", "文号格式不规范，标点需统一")
    if len(rows) > 1:
        window.dispose([rows[-1].id], "false_positive", "示例：引用历史文件")
    window.refresh_status()
    blocks = [r for r in window.findings.model.rows if r.severity == "block"]
    window.findings.select_finding((blocks or rows)[0].id)
    save(window, out, "05_review.png")

    window.ask_signoff()
    save(window.active_dialog, out, "06_signoff.png")
    window.active_dialog.reject()
    window.show_history()
    save(window.active_dialog, out, "07_history.png")
    window.active_dialog.reject()

    batch = window.open_batch()
    folder = HOME / "待发布"
    folder.mkdir()
    shutil.copyfile(sample_draft(), folder / "通知.docx")
    (folder / "简报.txt").write_text("本周各地春耕进展顺利。\n由环境保护部会同有关部门组织检查。\n", encoding="utf-8")
    (folder / "旧稿.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504
                                     + "WordDocument".encode("utf-16-le") + b"\0" * 512)
    task = batch.start(folder)
    wait(lambda: task.finished)
    save(batch, out, "08_batch.png")
    batch.close()

    lexicons = window.open_lexicons()
    wait(lambda: lexicons.lex_model.rowCount() > 0)
    save(lexicons, out, "09_lexicons.png")
    lexicons.close()

    window.ask_settings()
    save(window.active_dialog, out, "10_settings.png")
    window.active_dialog.reject()

    bad = HOME / "旧版文件.doc"
    shutil.copyfile(folder / "旧稿.doc", bad)
    open_checked(window, bad)
    box = dialogs.OPEN_MESSAGES[-1]
    save(box, out, "11_error.png")
    box.done(0)

    # a PDF draft in the page view, a finding on a later page selected: its page, its box
    pdf = HOME / "农机补贴实施方案.pdf"
    shutil.copyfile(ROOT / "tests" / "fixtures" / "real" / "hainan_07_琼农_2024_农机补贴实施方案.libreoffice.pdf", pdf)
    open_checked(window, pdf)
    window.show_page_view(True)
    view = window.page_view
    later = [r for r in window.findings.model.rows if (p := view.data.places.get(r.id)) and p.pages[0] > 0]
    if later:
        window.findings.select_finding(later[0].id)
    wait(lambda: view.canvas.image is not None and not view.busy)
    save(window, out, "14_pdf_page_view.png")
    window.show_page_view(False)

    window.settings["theme"], window.settings["font_scale"] = "high_contrast", 200   # as the settings dialog does
    window.apply_look()
    save(window, out, "12_high_contrast_200.png")
    theme.apply(app, "standard", 100)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
