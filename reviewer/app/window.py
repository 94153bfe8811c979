"""The main window: start page, then the draft (document view | findings | gates)."""
from __future__ import annotations

import gc
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow,
                               QMessageBox, QProgressBar, QPushButton, QSplitter, QStackedWidget, QTabBar,
                               QVBoxLayout, QWidget)

from reviewer.app import dialogs, names, review
from reviewer.app.docview import DocumentView, build_view
from reviewer.app.i18n import N_, tr
from reviewer.app.models import FindingRow
from reviewer.app.pageview import PageView, prepare_pages
from reviewer.app.panels import FindingsPanel, GatePanel
from reviewer.app.tasks import Task, TaskRunner
from reviewer.core import paths

OPEN_FILTER = N_("草稿 (*.docx *.pdf *.txt);;所有文件 (*)")
TEXT_AFTER_MS = 10    # the draft's text is set this long after its findings (see _on_checked)


@dataclass
class ReviewState:
    """What the database says about an opened file, read in the worker that checked it."""
    review_id: int | None = None
    reset: object = None            # the core's ResetInfo when a new revision was made
    status: object = None
    rows: list = field(default_factory=list)
    error: BaseException | None = None


def read_review(session, path: Path, report) -> ReviewState | None:
    """Find the file's review; for a logged-in user resume it (a changed file becomes a new
    revision); read its state. Runs in a worker on a connection of its own."""
    if session is None:
        return None
    state = ReviewState()
    try:
        worker = session.worker_copy()
    except Exception as exc:
        state.error = exc
        return state
    try:
        state.review_id = worker.find_review(path)
        if state.review_id is not None:
            if worker.login is not None:
                state.reset = worker.update_review(state.review_id, path, report)
            state.status = worker.status(state.review_id)
            state.rows = [FindingRow.from_state(s) for s in state.status.findings]
    except Exception as exc:   # shown as a dialog; the check result is shown all the same
        state.error, state.review_id = exc, None
    finally:
        worker.close()
    return state


def _import_pdf_readers() -> None:
    """The PDF readers' 120 modules (PDFium's bindings, pdfminer, cryptography) take 100 ms to
    import, loading native libraries with the GIL held: at start, not in the first PDF's check."""
    import pdfminer.pdfdocument  # noqa: F401
    import pdfminer.pdfpage  # noqa: F401
    import pdfminer.pdfparser  # noqa: F401

    import reviewer.core.documents.pdf  # noqa: F401


class CheckerHolder:
    """The checker is built once, off the GUI thread (lexicons and the word table warm up in
    the background at start); whoever needs it first builds it, the others wait for it."""

    def __init__(self):
        self._lock = threading.Lock()
        self._checker = None

    def get(self):
        with self._lock:
            if self._checker is None:
                from reviewer.core.checks.spelling import spelling_data
                from reviewer.core.engine import Checker, CheckOptions
                from reviewer.core.segment import word_table
                word_table()
                # loaded here, not in the first check: its big string splits hold the GIL for
                # tens of ms, and while a draft's results are shown that is a stall of the GUI
                spelling_data()
                _import_pdf_readers()
                self._checker = Checker(CheckOptions(user_dir=paths.data_dir()))
            return self._checker

    @property
    def ready(self) -> bool:
        return self._checker is not None

    def reset(self) -> None:
        """Department lexicons or the allow-list changed: the next check builds a new checker."""
        with self._lock:
            self._checker = None


class ProgressStrip(QWidget):
    """Status-bar progress of the running task, with a cancel button."""

    def __init__(self, parent=None):
        super().__init__(parent)
        h = QHBoxLayout(self)
        h.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(220)
        self.bar.setAccessibleName(tr("进度"))
        self.cancel = QPushButton(tr("取消"))
        self.cancel.setAccessibleName(tr("取消当前操作"))
        h.addWidget(self.label)
        h.addWidget(self.bar)
        h.addWidget(self.cancel)
        self.task: Task | None = None
        self.cancel.clicked.connect(self._cancel)
        self.hide()

    def track(self, task: Task) -> None:
        self.task = task
        self.label.setText(task.label)
        self.bar.setRange(0, 0)
        task.progressed.connect(self._progress)
        task.done.connect(lambda: self._done(task))
        self.cancel.setEnabled(True)
        self.show()

    def _progress(self, done: int, total: int, message: str) -> None:
        if total > 0:
            if self.bar.maximum() != total:
                self.bar.setRange(0, total)
            self.bar.setValue(done)
        if message:
            self.label.setText(message if not self.task else f"{self.task.label}：{message}")

    def _cancel(self) -> None:
        if self.task:
            self.task.cancel()
            self.label.setText(tr("正在取消…"))
            self.cancel.setEnabled(False)

    def _done(self, task: Task) -> None:
        if task is self.task:
            self.task = None
            self.hide()


class StartPage(QWidget):
    open_requested = Signal()
    batch_requested = Signal()
    recent_chosen = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        v = QVBoxLayout(self)
        v.setContentsMargins(40, 30, 40, 30)
        title = QLabel(tr("审查通：政府信息公开发布前审查"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        v.addWidget(title)
        intro = QLabel(tr("打开一份草稿（.docx、.pdf、.txt），工具会按政治关、法律关、政策关、保密关、文字关逐项检查，"
                          "并列出每个问题的依据和建议。审查人对每个问题作出处置、对每道关口作出决定，最后由保密审查员签发。"
                          "\n也可以把文件拖到这个窗口里。"))
        intro.setWordWrap(True)
        v.addWidget(intro)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(tr("打开草稿…"))
        self.open_button.setAccessibleName(tr("打开草稿"))
        self.open_button.setMinimumHeight(44)
        self.open_button.clicked.connect(self.open_requested)
        self.batch_button = QPushButton(tr("批量检查文件夹…"))
        self.batch_button.setAccessibleName(tr("批量检查文件夹"))
        self.batch_button.setMinimumHeight(44)
        self.batch_button.clicked.connect(self.batch_requested)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.batch_button)
        buttons.addStretch(1)
        v.addLayout(buttons)
        recent_label = QLabel(tr("最近打开的文件（双击或按回车打开）："))
        v.addWidget(recent_label)
        self.recent = QListWidget()
        self.recent.setAccessibleName(tr("最近打开的文件"))
        recent_label.setBuddy(self.recent)
        self.recent.itemActivated.connect(lambda item: self.recent_chosen.emit(item.data(Qt.ItemDataRole.UserRole)))
        v.addWidget(self.recent, 1)

    def set_recent(self, files: list[str]) -> None:
        self.recent.clear()
        for f in files:
            item = QListWidgetItem(f"{Path(f).name}    {Path(f).parent}")
            item.setData(Qt.ItemDataRole.UserRole, f)
            item.setToolTip(f)
            self.recent.addItem(item)
        if not files:
            item = QListWidgetItem(tr("（还没有打开过文件）"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(item)


class MainWindow(QMainWindow):
    checked = Signal(bool)           # a file was opened and checked (False: could not be read)
    review_changed = Signal()

    def __init__(self, settings, session_factory=None, screenshot_mode: bool = False,
                 checker: CheckerHolder | None = None):
        super().__init__()
        self.settings = settings
        self.theme = settings["theme"]
        self.screenshot_mode = screenshot_mode
        self.runner = TaskRunner(self)
        self.checker = checker or CheckerHolder()
        self.session: review.Session | None = None
        self.session_problem = ""
        self.path: Path | None = None
        self.report = None
        self.review_id: int | None = None
        self.status = None
        self.open_task: Task | None = None
        self.last_error: str | None = None
        self.review_tasks: list[Task] = []
        self._review_generation = 0
        self._shown = 0     # counts files shown and closed: a late step of an older one is dropped
        self.active_dialog = None
        self.child_windows: list = []
        self._session_factory = session_factory or review.Session.open
        self.setWindowTitle(tr("审查通"))
        self.setAccessibleName(tr("审查通主窗口"))
        self.setAcceptDrops(True)
        self.resize(1280, 800)
        self._build()
        self._build_menus()
        self.refresh_recent()

    def open_session(self) -> None:
        """Open the review database (after the window is shown: it costs start-up time), then
        warm up: first the document view's fonts on this thread, then the lexicons in a worker.
        Not both at once: while a worker runs Python, every call of this thread into Qt waits
        for the GIL, and the view's short steps would still be running, slowed several times,
        when the first draft is opened."""
        self._open_session()
        self._update_actions()
        self.doc_view.warm_up(done=self.warm_up)

    # --- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.pages = QStackedWidget()
        self.start_page = StartPage()
        self.start_page.open_requested.connect(self.choose_file)
        self.start_page.batch_requested.connect(self.open_batch)
        self.start_page.recent_chosen.connect(self.open_file)
        self.pages.addWidget(self.start_page)

        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.doc_view = DocumentView()
        self.doc_view.setAcceptDrops(False)
        self.doc_view.finding_clicked.connect(self._on_view_clicked)
        # a PDF draft also as its pages (the tabs are shown for PDFs only)
        self.page_view = PageView(self.runner)
        self.page_view.setAcceptDrops(False)
        self.page_view.finding_clicked.connect(self._on_view_clicked)
        self.view_tabs = QTabBar()
        self.view_tabs.addTab(tr("文字"))
        self.view_tabs.addTab(tr("页面"))
        self.view_tabs.setAccessibleName(tr("文件视图：文字或页面"))
        self.view_tabs.setToolTip(tr("切换文字视图和页面视图（Ctrl+T）"))
        self.view_tabs.setExpanding(False)
        self.view_tabs.hide()
        self.view_stack = QStackedWidget()
        self.view_stack.addWidget(self.doc_view)
        self.view_stack.addWidget(self.page_view)
        self.view_tabs.currentChanged.connect(self._on_view_tab)
        doc_pane = QWidget()
        pane_layout = QVBoxLayout(doc_pane)
        pane_layout.setContentsMargins(0, 0, 0, 0)
        pane_layout.setSpacing(0)
        pane_layout.addWidget(self.view_tabs)
        pane_layout.addWidget(self.view_stack, 1)
        self.findings = FindingsPanel()
        self.findings.selection_changed.connect(self._on_finding_selected)
        self.findings.dispose_requested.connect(self.dispose)
        self.findings.filter_changed.connect(self._on_filter_changed)
        self.gates = GatePanel()
        self.gates.decide_requested.connect(self.decide)
        self.gates.signoff_requested.connect(self.ask_signoff)
        self.gates.login_requested.connect(self.ask_login)
        self.gates.start_review_requested.connect(self.ask_start_review)
        self.split.addWidget(doc_pane)
        self.split.addWidget(self.findings)
        self.split.addWidget(self.gates)
        self.split.setStretchFactor(0, 4)
        self.split.setStretchFactor(1, 5)
        self.split.setStretchFactor(2, 3)
        self.split.setSizes([430, 520, 330])
        self.pages.addWidget(self.split)
        self.setCentralWidget(self.pages)

        self.user_label = QLabel()
        self.user_label.setAccessibleName(tr("当前用户"))
        self.ready_label = QLabel(tr("正在准备词表…"))
        self.progress = ProgressStrip()
        self.runner.started.connect(self.progress.track)
        self.statusBar().addWidget(self.user_label)
        self.statusBar().addWidget(self.ready_label)
        self.statusBar().addPermanentWidget(self.progress)

    def _action(self, menu, text: str, slot, shortcut: str | QKeySequence | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _=False: slot())
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        m = bar.addMenu(tr("文件(&F)"))
        self._action(m, tr("打开草稿(&O)…"), self.choose_file, QKeySequence.StandardKey.Open)
        self.recent_menu = m.addMenu(tr("最近打开(&R)"))
        self._action(m, tr("批量检查文件夹(&B)…"), self.open_batch, "Ctrl+B")
        self.close_action = self._action(m, tr("关闭文件(&C)"), self.close_file, "Ctrl+W")
        m.addSeparator()
        self.login_action = self._action(m, tr("登录(&L)…"), self.ask_login)
        self.logout_action = self._action(m, tr("退出登录"), self.log_out)
        m.addSeparator()
        self._action(m, tr("退出(&X)"), self.close, QKeySequence.StandardKey.Quit)

        m = bar.addMenu(tr("审查(&R)"))
        self.start_action = self._action(m, tr("开始审查(&S)…"), self.ask_start_review)
        self.recheck_action = self._action(m, tr("重新检查(&K)"), self.recheck, "F5")
        self.signoff_action = self._action(m, tr("签发(&G)…"), self.ask_signoff)
        m.addSeparator()
        self.export_action = self._action(m, tr("导出审批单(&E)…"), self.ask_export, "Ctrl+E")
        self.history_action = self._action(m, tr("审查历史(&H)…"), self.show_history, "Ctrl+H")
        self._action(m, tr("核验审批单(&V)…"), self.ask_verify)

        m = bar.addMenu(tr("工具(&T)"))
        self._action(m, tr("词表与放行词(&L)…"), self.open_lexicons, "Ctrl+L")
        self.users_action = self._action(m, tr("用户管理(&U)…"), self.show_users)
        self._action(m, tr("设置(&S)…"), self.ask_settings, "Ctrl+,")

        m = bar.addMenu(tr("视图(&V)"))
        self._action(m, tr("搜索问题"), self.findings.search.setFocus, QKeySequence.StandardKey.Find)
        self._action(m, tr("切换到下一个区域"), self.next_pane, "F6")
        self.page_view_action = self._action(m, tr("页面视图(&P)"), self.toggle_page_view, "Ctrl+T")
        self.page_view_action.setCheckable(True)
        self.page_view_action.setEnabled(False)

        m = bar.addMenu(tr("帮助(&H)"))
        self._action(m, tr("快捷键(&K)"), self.show_shortcuts, "F1")
        self._action(m, tr("关于审查通(&A)"), self.show_about)
        self._update_actions()

    def _update_actions(self) -> None:
        has_file = self.report is not None and self.report.document is not None
        logged_in = bool(self.session and self.session.login)
        self.close_action.setEnabled(self.path is not None)
        self.recheck_action.setEnabled(self.path is not None)
        self.start_action.setEnabled(has_file and logged_in and self.review_id is None)
        self.signoff_action.setEnabled(self.review_id is not None and logged_in)
        self.export_action.setEnabled(self.review_id is not None and self.session is not None)
        self.history_action.setEnabled(self.review_id is not None and self.session is not None)
        self.login_action.setEnabled(self.session is not None)
        self.logout_action.setEnabled(logged_in)
        self.users_action.setEnabled(self.session is not None)
        if self.session is None:
            self.user_label.setText(tr("只能检查（{why}）").format(why=self.session_problem) if self.session_problem
                                    else "")
        elif logged_in:
            login = self.session.login
            self.user_label.setText(tr("当前用户：{name}（{role}）").format(name=login.name,
                                                                        role=names.role_name(login.role)))
        else:
            self.user_label.setText(tr("未登录（只读）"))

    def next_pane(self) -> None:
        order = [self.view_stack.currentWidget(), self.findings.table, self.gates]
        current = next((k for k, w in enumerate(order) if w.isAncestorOf(self.focusWidget()) or w is self.focusWidget()), -1)
        order[(current + 1) % len(order)].setFocus()

    # --- start-up --------------------------------------------------------------------------
    def _open_session(self) -> None:
        try:
            self.session = self._session_factory(self.checker.get)
        except Exception as exc:   # no workflow module, a locked or damaged database: check-only mode
            described = dialogs.describe_error(exc)
            self.session, self.session_problem = None, described[0] if described else str(exc)

    def warm_up(self) -> None:
        if self.runner.closed:      # the window was closed before the document view was warm
            return
        started = time.perf_counter()

        def ready(_checker):
            # lexicons and the word table live as long as the program: keep the collector from
            # walking them again on every full collection (a pause on the GUI thread)
            gc.freeze()
            self.ready_label.setText(tr("词表已就绪"))
            self.warm_seconds = time.perf_counter() - started
            problems = getattr(_checker, "problems", [])
            if problems:
                self.ready_label.setText(tr("词表已就绪（{n} 个词表有问题，见工具 > 词表）").format(n=len(problems)))

        self.runner.run(lambda progress, cancel: self.checker.get(), label=tr("正在准备词表"), on_success=ready,
                        on_failure=lambda exc: dialogs.show_error(self, exc), visible=False)

    def greet(self) -> None:
        """After the window is shown: first run or login (never in screenshot mode)."""
        if self.screenshot_mode or self.session is None:
            return
        if not self.session.has_users():
            self.ask_first_run()
        elif self.session.login is None:
            self.ask_login()

    def _show_dialog(self, dialog, submit) -> None:
        dialog.submit = submit
        self.active_dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "active_dialog", None)
                                if self.active_dialog is dialog else None)
        dialog.open()

    def ask_first_run(self) -> None:
        dialog = dialogs.FirstRunDialog(self, paths.data_dir(), paths.data_dir_fixed_by())

        def submit(v):
            if Path(v["folder"]).resolve() != paths.data_dir().resolve():
                paths.choose_data_dir(Path(v["folder"]))
                self.settings.path = paths.data_dir() / "settings.json"
                self.settings.save()
                self.session.close()
                self._open_session()
                self.checker.reset()
                if self.session is None:
                    return self.session_problem
                if self.session.has_users():
                    QTimer.singleShot(0, self.ask_login)
                    return None
            self.session.create_first_admin(v["name"], v["password"])
            self._logged_in()
            return None
        self._show_dialog(dialog, submit)

    def ask_login(self) -> None:
        if self.session is None:
            return
        if not self.session.has_users():
            self.ask_first_run()
            return
        dialog = dialogs.LoginDialog(self, self.session.users(), self.settings["last_user"])

        def submit(v):
            self.session.log_in(v["name"], v["password"])
            self._logged_in()
            return None
        self._show_dialog(dialog, submit)

    def _logged_in(self) -> None:
        self.settings["last_user"] = self.session.login.name
        self.settings.save()
        self._update_actions()
        if self.report is not None and self.report.document is not None:
            self._attach_review(ask=True)

    def log_out(self) -> None:
        if self.session:
            self.session.log_out()
        self._update_actions()
        if self.report is not None and self.report.document is not None:
            self._attach_review(ask=False)

    # --- opening and checking --------------------------------------------------------------
    def refresh_recent(self) -> None:
        files = self.settings["recent_files"]
        self.start_page.set_recent(files)
        self.recent_menu.clear()
        for k, f in enumerate(files):
            action = QAction(f"&{(k + 1) % 10} {Path(f).name}", self)
            action.setToolTip(f)
            action.triggered.connect(lambda _=False, f=f: self.open_file(f))
            self.recent_menu.addAction(action)
        self.recent_menu.setEnabled(bool(files))

    def choose_file(self) -> None:
        start = self.settings["last_folder"] or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, tr("打开草稿"), start, tr(OPEN_FILTER))
        if path:
            self.open_file(path)

    def open_file(self, path: str | Path) -> Task:
        path = Path(path)
        if self.open_task is not None and not self.open_task.finished:
            self.open_task.cancel()
        self.settings.add_recent(str(path))
        self.settings["last_folder"] = str(path.parent)
        self.settings.save()
        self.refresh_recent()
        holder, session = self.checker, self.session

        def work(progress, cancel):
            checker = holder.get()
            report = checker.check_path(path, progress=progress, cancel=cancel)
            if report.document is None:
                return report, (None, None), [], None
            # everything that grows with the draft is prepared here, off the GUI thread
            view = build_view(report.document, report.findings)
            pages = prepare_pages(report.document, report.findings)
            rows = [FindingRow.from_finding(f) for f in report.findings]
            progress(1, 1, tr("读取审查记录"))
            return report, (view, pages), rows, read_review(session, path, report)

        task = self.runner.run(work, label=tr("正在检查 {name}").format(name=path.name),
                               on_success=lambda result: self._on_checked(path, *result),
                               on_failure=self._on_open_failed)
        self.open_task = task
        self._show_review_page()
        return task

    def _show_review_page(self) -> None:
        # laid out and painted while the check runs, not in the moment its results arrive
        if self.pages.currentWidget() is not self.split:
            self.pages.setCurrentWidget(self.split)
            self.balance_panes()

    def _back_to_start_if_empty(self) -> None:
        if self.path is None:
            self.pages.setCurrentWidget(self.start_page)

    def recheck(self) -> None:
        if self.path is not None:
            self.open_file(self.path)

    def _on_open_failed(self, exc: BaseException) -> None:
        self._back_to_start_if_empty()
        described = dialogs.describe_error(exc)
        self.last_error = described[0] if described else None
        dialogs.show_error(self, exc, title=tr("无法检查文件"))
        self.checked.emit(False)

    def _on_checked(self, path: Path, report, views, rows: list[FindingRow], state) -> None:
        view, pages = views
        if report.document is None:
            self._back_to_start_if_empty()
            error = report.errors[0] if report.errors else {"message": tr("文件无法读取"), "code": "unreadable"}
            self.last_error = error["message"]
            dialogs.show_error(self, error["message"], tr("文件：{path}\n错误代码：{code}").format(
                path=path, code=error.get("code", "")), title=tr("无法读取文件"))
            self.checked.emit(False)
            return
        self.path, self.report = path, report
        self.review_id, self.status = None, None
        self.setWindowTitle(tr("{name} — 审查通").format(name=path.name))
        self._show_review_page()
        self._shown += 1
        shown = self._shown
        # the findings are painted first and the draft's text after that paint: two short stalls
        # of the GUI thread instead of one long one (each part costs 10-30 ms to set and paint).
        # A timer, not a zero delay: a zero-delay call would run before the pending paint.
        self.findings.mark_checked(True)
        self.findings.set_rows(rows)
        self.view_tabs.setVisible(pages is not None)   # resizes the views: painted with the table
        QTimer.singleShot(TEXT_AFTER_MS, self, lambda: self._show_text(shown, view, pages, report))
        self._show_review(state, ask=not self.screenshot_mode)
        self._update_actions()

    def _show_text(self, shown: int, view, pages, report) -> None:
        if shown != self._shown:     # closed, or another file opened, in between
            return
        self.doc_view.set_content(view, self.theme)
        self.page_view.set_content(pages, self.theme)
        self._set_pdf(pages is not None)
        self.checked.emit(True)
        partial = [e["message"] for e in report.errors]
        if partial and not self.screenshot_mode:
            dialogs.message_box(self, QMessageBox.Icon.Warning, tr("部分内容无法检查"),
                                tr("文件的以下部分无法读取，检查结果不完整，请人工查看：") + "\n" + "\n".join(partial))

    def close_file(self) -> None:
        self._shown += 1
        self.path = self.report = self.status = self.review_id = None
        self.findings.set_rows([])
        self.findings.mark_checked(False)
        self.doc_view.set_content(build_view(_Empty(), []), self.theme)
        self.page_view.set_content(None, self.theme)
        self._set_pdf(False)
        self.gates.show_nothing()
        self.pages.setCurrentWidget(self.start_page)
        self.setWindowTitle(tr("审查通"))
        self._update_actions()

    # --- the review ------------------------------------------------------------------------
    def _rows(self) -> list[FindingRow]:
        return self.findings.model.rows

    def _attach_review(self, ask: bool) -> None:
        """Someone logged in or out with a file open: read its review again, off the GUI thread."""
        if self.path is None or self.report is None:
            return
        path, report, session = self.path, self.report, self.session
        self._review_task(lambda progress, cancel: read_review(session, path, report),
                          lambda state: self._show_review(state, ask))

    def _review_task(self, work, done) -> Task:
        """Database reads that grow with the number of findings run in a worker; only the
        latest one is shown."""
        self._review_generation += 1
        generation = self._review_generation

        def apply(result):
            if generation == self._review_generation:
                done(result)

        task = self.runner.run(work, label=tr("读取审查记录"), on_success=apply,
                               on_failure=lambda exc: dialogs.show_error(self, exc), visible=False)
        self.review_tasks.append(task)
        task.done.connect(lambda: self.review_tasks.remove(task) if task in self.review_tasks else None)
        return task

    def _show_review(self, state, ask: bool) -> None:
        """Resume the file's review (a changed file became a new revision) or offer to start one."""
        if self.session is None or state is None:
            self.gates.show_unreviewed(self.path.name, self._rows(), self.theme, False, False, self.session_problem)
            return
        logged_in = self.session.login is not None
        if state.error is not None:
            dialogs.show_error(self, state.error)
        self.review_id = state.review_id
        if state.review_id is None:
            self.status = None
            self.gates.show_unreviewed(self.path.name, self._rows(), self.theme, logged_in, True)
            self.findings.set_editable(False, tr("登录并开始审查后，才能处置问题。"))
            self._update_actions()
            if logged_in and ask:
                self.ask_start_review()
            return
        if state.reset is not None and state.reset.happened and not self.screenshot_mode:
            dialogs.show_info(self, tr("文件已更改"), tr("这个文件在上次审查后被修改过，已作为新版本继续审查。")
                              + "\n\n" + state.reset.reason)
        self._apply_status(state.status, state.rows, reselect=False)

    def refresh_status(self, reselect: bool = True) -> Task | None:
        """Read the review's state again after an act (in a worker: a review may hold thousands
        of findings)."""
        if self.review_id is None or self.session is None:
            return None
        session, review_id = self.session, self.review_id

        def work(progress, cancel):
            worker = session.worker_copy()
            try:
                status = worker.status(review_id)
            finally:
                worker.close()
            return status, [FindingRow.from_state(s) for s in status.findings]

        return self._review_task(work, lambda result: self._apply_status(*result, reselect=reselect))

    def _apply_status(self, status, rows: list[FindingRow], reselect: bool) -> None:
        if status.review != self.review_id:
            return
        self.status = status
        if reselect:
            self.findings.update_rows(rows)
        else:
            self.findings.set_rows(rows)
        editable = self.session.login is not None
        last = status.last_reset   # why this revision's gates were reset or carried over
        self.gates.show_status(status, rows, self.theme, editable, last.reason if last else None)
        self.findings.set_editable(editable and not status.signed_off,
                                   tr("已签发，不能再修改处置。") if status.signed_off
                                   else tr("登录后才能处置问题。"))
        self._update_actions()
        self.review_changed.emit()

    def _guess_title(self) -> str:
        doc = self.report.document
        for para in doc.paragraphs(("body", "page")):
            text = para.text.strip()
            if 6 <= len(text) <= 60 and not text.startswith(("机密", "秘密", "绝密")) and "★" not in text:
                return text
        return self.path.stem

    def ask_start_review(self) -> None:
        if self.session is None or self.session.login is None or self.report is None or self.review_id is not None:
            return
        channels, disclosures, hints = self.session.record_choices()
        dialog = dialogs.NewReviewDialog(self, self._guess_title(), channels=channels, disclosures=disclosures,
                                         hints=hints)

        def submit(v):
            self.review_id = self.session.open_review(self.path, self.report, **v)
            self.refresh_status(reselect=False)
            return None
        self._show_dialog(dialog, submit)

    def decide(self, gate: str, decision: str) -> None:
        if self.review_id is None:
            return
        if decision == "pass":
            try:
                self.session.decide(self.review_id, gate, "pass", None)
            except Exception as exc:
                dialogs.show_error(self, exc, title=tr("不能作出决定"))
            self.refresh_status()
            return
        label = names.decision_name(decision)
        dialog = dialogs.ReasonDialog(self, tr("{gate}：{decision}").format(gate=names.gate_name(gate), decision=label),
                                      tr("请写明「{decision}」的理由，它会写入审批单。").format(decision=label),
                                      ok_text=label)

        def submit(v):
            self.session.decide(self.review_id, gate, decision, v["reason"])
            self.refresh_status()
            return None
        self._show_dialog(dialog, submit)

    def dispose(self, ids: list[str], disposition: str, reason: str) -> None:
        if self.review_id is None:
            return
        try:
            self.session.dispose(self.review_id, ids, disposition, reason)
        except Exception as exc:
            dialogs.show_error(self, exc, title=tr("不能处置"))
            return
        self.findings.disposed()
        self.refresh_status()

    def ask_signoff(self) -> None:
        if self.review_id is None or self.session is None or self.session.login is None:
            return
        officers = [u for u in self.session.users() if u.role == "secrecy_officer"]
        current = self.session.login.name if self.session.login.role == "secrecy_officer" else None
        blockers = self.session.signoff_blockers(self.review_id, current)
        summary = tr("签发表示保密审查同意发布。签发前会再次计算文件的校验值，文件被改动过则拒绝签发。")
        if blockers:
            summary += "\n\n" + tr("目前还不能签发：") + "\n" + "\n".join(f"• {names.breakable(b)}" for b in blockers)
        dialog = dialogs.SignoffDialog(self, officers, current, summary)

        def submit(v):
            self.session.signoff(self.review_id, v["signer"], v["password"])
            self.refresh_status()
            dialogs.show_info(self, tr("已签发"), tr("保密审查已签发。现在可以导出审查审批单（审查 > 导出审批单）。"))
            return None
        self._show_dialog(dialog, submit)

    def ask_export(self) -> None:
        if self.review_id is None or self.session is None:
            return
        title = getattr(self.status, "title", None) or "审查审批单"
        default = Path(self.settings["last_folder"] or Path.home()) / f"审查审批单_{title[:30]}.docx"
        path, chosen = QFileDialog.getSaveFileName(self, tr("导出审查审批单"), str(default),
                                                   tr("Word 文档 (*.docx);;PDF 文件 (*.pdf);;JSON 数据 (*.json)"))
        if path:
            self.export_record(Path(path), chosen)

    def export_record(self, out: Path, chosen_filter: str = "") -> Task:
        fmt = out.suffix.lower().lstrip(".")
        if fmt not in ("docx", "pdf", "json"):
            fmt = "pdf" if "pdf" in chosen_filter.lower() else "json" if "json" in chosen_filter.lower() else "docx"
            out = out.with_suffix("." + fmt)
        session, review_id = self.session, self.review_id

        def done(path):
            self.last_export = Path(path)
            box = dialogs.show_info(self, tr("已导出"), tr("审查审批单已保存：\n{path}").format(path=path))
            folder = box.addButton(tr("打开所在文件夹"), QMessageBox.ButtonRole.ActionRole)
            folder.clicked.connect(lambda: dialogs.open_folder(Path(path).parent))

        def work(progress, cancel):
            worker = session.worker_copy()
            try:
                return worker.export_record(review_id, fmt, out)
            finally:
                worker.close()

        return self.runner.run(work,
                               label=tr("正在导出审批单"), on_success=done,
                               on_failure=lambda exc: dialogs.show_error(self, exc, title=tr("无法导出")))

    def show_history(self) -> None:
        if self.review_id is None or self.session is None:
            return
        model = dialogs.HistoryModel()
        model.set_rows(self.session.history(self.review_id))
        dialog = dialogs.TableDialog(self, tr("审查历史"), model,
                                     tr("谁在什么时候做了什么，包括文件改动造成的重置。每条记录都链入防篡改的审计链。"))
        self.active_dialog = dialog
        dialog.open()

    def ask_verify(self) -> None:
        dialog = dialogs.VerifyDialog(self)

        def submit(v):
            problems = review.verify_record_file(Path(v["record"]), Path(v["file"]) if v["file"] else None)
            if problems:
                dialog.result.setText(tr("核验未通过：") + "\n" + "\n".join(f"• {p}" for p in problems))
            else:
                dialog.result.setText(tr("核验通过：审批单完整，未被改动。") +
                                      (tr("所选文件就是签发的文件。") if v["file"] else ""))
            return None
        self._show_dialog(dialog, submit)

    def show_users(self) -> None:
        if self.session is None:
            return
        model = dialogs.UsersModel()
        model.set_rows(self.session.users())
        dialog = dialogs.TableDialog(self, tr("用户管理"), model, tr("只有管理员可以添加用户。"))
        add = QPushButton(tr("添加用户…"))
        add.setEnabled(self.session.login is not None and self.session.login.role == "admin")

        def ask_add():
            adder = dialogs.AddUserDialog(dialog)

            def submit(v):
                self.session.add_user(v["name"], v["role"], v["password"])
                model.set_rows(self.session.users())
                return None
            adder.submit = submit
            adder.open()
        add.clicked.connect(ask_add)
        dialog.button_row.insertWidget(0, add)
        self.active_dialog = dialog
        dialog.open()

    # --- other windows ---------------------------------------------------------------------
    def open_batch(self, folder: str | None = None):
        from reviewer.app.batch import BatchWindow
        window = BatchWindow(self)
        self.child_windows.append(window)
        window.show()
        if folder:
            window.start(Path(folder))
        return window

    def open_lexicons(self):
        from reviewer.app.lexicons import LexiconWindow
        window = LexiconWindow(self)
        self.child_windows.append(window)
        window.show()
        return window

    def lexicons_changed(self) -> None:
        self.checker.reset()
        self.ready_label.setText(tr("词表已修改，下次检查时生效（按 F5 重新检查当前文件）"))

    def ask_settings(self) -> None:
        dialog = dialogs.SettingsDialog(self, self.settings, paths.data_dir())

        def submit(v):
            language_changed = v["language"] != self.settings["language"]
            for key, value in v.items():
                self.settings[key] = value
            self.settings.save()
            self.apply_look()
            if language_changed:
                dialogs.show_info(self, tr("设置"), tr("界面语言将在下次启动时更改。"))
            return None
        self._show_dialog(dialog, submit)

    def balance_panes(self) -> None:
        """The gate panel as wide as its buttons need, the findings at least as wide as their
        filter bar, the text of the draft the rest (also after the font size changes)."""
        total = max(self.split.width(), self.width())
        gates = self.gates.minimumSizeHint().width()
        findings = max(self.findings.minimumSizeHint().width(), int((total - gates) * 0.5))
        self.split.setSizes([max(total - gates - findings, 120), findings, gates])

    def _relayout(self) -> None:
        self.findings.size_columns()
        self.balance_panes()

    def apply_look(self) -> None:
        from PySide6.QtWidgets import QApplication
        from reviewer.app import theme
        theme.apply(QApplication.instance(), self.settings["theme"], self.settings["font_scale"])
        QTimer.singleShot(0, self._relayout)
        self.theme = self.settings["theme"]
        self.findings.model.theme = self.theme
        self.doc_view.set_theme(self.theme)
        self.page_view.set_theme(self.theme)
        if self.status is not None:
            self.refresh_status()
        elif self.report is not None and self.report.document is not None:
            self._attach_review(ask=False)

    def show_shortcuts(self) -> None:
        rows = [("Ctrl+O", tr("打开草稿")), ("Ctrl+B", tr("批量检查文件夹")), ("F5", tr("重新检查")),
                ("Ctrl+F", tr("搜索问题")), ("F6", tr("在文件内容、问题列表、审查关口之间切换")),
                ("Ctrl+T", tr("PDF：切换文字视图和页面视图")),
                ("Ctrl+PgUp / Ctrl+PgDown", tr("页面视图：上一页、下一页")), ("Ctrl+G", tr("页面视图：转到页")),
                ("Ctrl+= / Ctrl+- / Ctrl+0", tr("页面视图：放大、缩小、适合宽度")),
                ("Ctrl+1", tr("处置为已修改")), ("Ctrl+2", tr("处置为误报")), ("Ctrl+3", tr("处置为接受风险")),
                ("Ctrl+E", tr("导出审批单")), ("Ctrl+H", tr("审查历史")), ("Ctrl+L", tr("词表与放行词")),
                ("Ctrl+,", tr("设置"))]
        dialogs.show_info(self, tr("快捷键"), "\n".join(f"{k}\t{v}" for k, v in rows))

    def show_about(self) -> None:
        from reviewer import __version__
        dialogs.show_info(self, tr("关于审查通"), tr("审查通 {version}\n政府信息公开发布前审查：政治关、法律关、政策关、保密关、文字关。"
                                                 "\n数据目录：{folder}").format(version=__version__,
                                                                          folder=paths.data_dir()))

    # --- selection between the view and the table -----------------------------------------
    def _on_finding_selected(self, row) -> None:
        self.doc_view.show_finding(row.id if row else None)
        if self.page_view.data.pages:
            self.page_view.show_finding(row.id if row else None)

    def _on_filter_changed(self) -> None:
        ids = self.findings.visible_ids()
        self.doc_view.set_visible(ids)
        self.page_view.set_visible(ids)

    # --- text view | page view (PDF drafts) ------------------------------------------------
    def _set_pdf(self, is_pdf: bool) -> None:
        """Tabs for a PDF (the view chosen last stays); the text alone for other drafts."""
        self.view_tabs.setVisible(is_pdf)
        self.page_view_action.setEnabled(is_pdf)
        if not is_pdf:
            self.show_page_view(False)
        else:
            self.show_page_view(self.view_tabs.currentIndex() == 1)

    def show_page_view(self, on: bool) -> None:
        on = on and self.page_view_action.isEnabled()
        self.view_tabs.blockSignals(True)
        self.view_tabs.setCurrentIndex(1 if on else 0)
        self.view_tabs.blockSignals(False)
        self.page_view_action.setChecked(on)
        had_focus = self.view_stack.currentWidget().hasFocus() if self.view_stack.currentWidget() else False
        self.view_stack.setCurrentWidget(self.page_view if on else self.doc_view)
        if on:
            current = self.findings.current_row()
            if current is not None:
                self.page_view.show_finding(current.id)
        if had_focus:
            (self.page_view.area if on else self.doc_view).setFocus()

    def toggle_page_view(self) -> None:
        self.show_page_view(self.view_stack.currentWidget() is not self.page_view)

    def _on_view_tab(self, index: int) -> None:
        self.show_page_view(index == 1)

    def _on_view_clicked(self, finding_id: str) -> None:
        self.findings.select_finding(finding_id)

    # --- drag and drop ---------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        local = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if not local:
            return
        event.acceptProposedAction()
        if local[0].is_dir():
            self.open_batch(str(local[0]))
        else:
            self.open_file(local[0])

    def closeEvent(self, event) -> None:
        # decisions and dispositions are already in the database; only running work is stopped
        for window in self.child_windows:
            window.close()
        self.runner.shutdown()
        self.settings.save()
        if self.session is not None:
            self.session.close()
        super().closeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(1280, 800)


class _Empty:
    parts: list = []
    hidden: list = []
