"""Screenshot of the main window with a PDF draft in the page view and one finding selected:

    REVIEWER_HOME=... xvfb-run -a .venv/bin/python tools/page_view_screenshot.py DRAFT.pdf OUT.png [ROW] [THEME SCALE]
"""
import os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from pathlib import Path
from PySide6.QtCore import QTimer
from reviewer.app.main import create_app
from reviewer.app.settings import Settings
from reviewer.app.window import MainWindow
from reviewer.app import theme
app = create_app()
home = Path(os.environ["REVIEWER_HOME"]); home.mkdir(exist_ok=True, parents=True)
settings = Settings(home / "settings.json")
if len(sys.argv) > 4:
    settings["theme"], settings["font_scale"] = sys.argv[4], int(sys.argv[5])
theme.apply(app, settings["theme"], settings["font_scale"])
w = MainWindow(settings, screenshot_mode=True)
w.resize(1600, 1000)
w.show(); w.open_session()
done = {}
w.checked.connect(lambda ok: done.setdefault("ok", ok))
w.open_file(sys.argv[1])
def spin(ms):
    end = time.time() + ms / 1000
    while time.time() < end:
        app.processEvents(); time.sleep(0.005)
while "ok" not in done:
    spin(50)
spin(300)
w.show_page_view(True)
rows = w.findings.model.rows
k = int(sys.argv[3]) if len(sys.argv) > 3 else 0
if rows:
    w.findings.select_finding(rows[min(k, len(rows)-1)].id)
spin(1500)
w.grab().save(sys.argv[2])
print("renders", w.page_view.renders, "page", w.page_view.page, "boxes", len(w.page_view.canvas.boxes))
