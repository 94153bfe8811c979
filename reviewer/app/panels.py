"""The findings panel (filter bar, table, detail, dispositions) and the gate panel (five gates,
who decided what and why, sign-off with what is still missing). Both only show and ask; the
main window passes every act to the core."""
from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFrame, QGridLayout, QGroupBox, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QPushButton, QScrollArea, QSplitter,
                               QTableView, QTextBrowser, QVBoxLayout, QWidget)

from reviewer.app import names
from reviewer.app.i18n import tr
from reviewer.app.models import STATUS_ALL, STATUS_DONE, STATUS_OPEN, FindingRow, FindingsFilter, FindingsModel
from reviewer.app.theme import decision_colour
from reviewer.core.findings import GATES

DISPOSITION_KEYS = {"fixed": "Ctrl+1", "false_positive": "Ctrl+2", "accepted": "Ctrl+3"}


def _combo(accessible: str, items: list[tuple[str, object]]) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(accessible)
    box.setToolTip(accessible)
    for label, data in items:
        box.addItem(label, data)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return box


class FindingsPanel(QWidget):
    selection_changed = Signal(object)            # FindingRow or None (the current one)
    dispose_requested = Signal(list, str, str)    # finding ids, disposition, reason
    filter_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = FindingsModel(self)
        self.proxy = FindingsFilter(self)
        self.proxy.setSourceModel(self.model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        bar = QHBoxLayout()
        search_row = QHBoxLayout()
        self.gate_filter = _combo(tr("按关口筛选"), [(tr("全部关口"), None)]
                                  + [(names.gate_name(g), g) for g in GATES])
        self.severity_filter = _combo(tr("按级别筛选"), [(tr("全部级别"), None)]
                                      + [(names.severity_name(s), s) for s in ("block", "review", "info")])
        self.status_filter = _combo(tr("按处置状态筛选"), [(tr("全部状态"), STATUS_ALL), (tr("待处置"), STATUS_OPEN),
                                                        (tr("已处置"), STATUS_DONE)])
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("搜索原文、说明、规则…"))
        self.search.setAccessibleName(tr("搜索问题"))
        self.search.setClearButtonEnabled(True)
        for w in (self.gate_filter, self.severity_filter, self.status_filter):
            w.currentIndexChanged.connect(self._apply_filter)
            bar.addWidget(w)
        bar.addStretch(1)
        self.search.textChanged.connect(self._apply_filter)
        search_row.addWidget(self.search, 1)
        layout.addLayout(bar)
        layout.addLayout(search_row)

        self.summary = QLabel()
        self.summary.setAccessibleName(tr("问题统计"))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        split = QSplitter(Qt.Orientation.Vertical)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(tr("问题列表"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        # as in the document view: no second layout and paint when the first rows arrive
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.selectionModel().currentRowChanged.connect(self._on_selection)
        split.addWidget(self.table)

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(tr("问题详情"))
        self.detail.setOpenExternalLinks(False)
        lower_layout.addWidget(self.detail, 1)

        self.reason = QLineEdit()
        self.reason.setPlaceholderText(tr("处置理由（误报、接受风险时必填）"))
        self.reason.setAccessibleName(tr("处置理由"))
        lower_layout.addWidget(self.reason)
        dispose = QHBoxLayout()
        self.dispose_buttons: dict[str, QPushButton] = {}
        for disposition, key in DISPOSITION_KEYS.items():
            label = names.disposition_name(disposition)
            button = QPushButton(f"{label} ({key})")
            button.setAccessibleName(tr("处置为{label}").format(label=label))
            button.setToolTip(tr("把选中的问题处置为「{label}」，快捷键 {key}").format(label=label, key=key))
            button.clicked.connect(lambda _=False, d=disposition: self.request_dispose(d))
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda d=disposition: self.request_dispose(d))
            dispose.addWidget(button)
            self.dispose_buttons[disposition] = button
        dispose.addStretch(1)
        lower_layout.addLayout(dispose)
        self.dispose_note = QLabel()
        self.dispose_note.setWordWrap(True)
        lower_layout.addWidget(self.dispose_note)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        self.splitter = split
        self.set_editable(False, tr("登录并开始审查后，才能处置问题。"))
        self.show_detail(None)
        self._update_summary()

    # --- content ---------------------------------------------------------------------------
    def set_rows(self, rows: list[FindingRow]) -> None:
        self.model.set_rows(rows)
        self.size_columns()
        self._update_summary()
        self.show_detail(None)

    def size_columns(self) -> None:
        """Widths from the font, not from the cells: measuring thousands of rows would stall."""
        fm = self.table.fontMetrics()
        samples = {FindingsModel.COL_GATE: "政治关", FindingsModel.COL_SEVERITY: "需人工判断",
                   FindingsModel.COL_RULE: "secrecy.personal.id", FindingsModel.COL_TEXT: "国家工商行政管理总局",
                   FindingsModel.COL_SUGGESTION: "国家市场监督管理", FindingsModel.COL_DISPOSITION: "接受风险（仍存在）"}
        for col, sample in samples.items():
            header = str(self.model.headerData(col, Qt.Orientation.Horizontal))
            self.table.setColumnWidth(col, max(fm.horizontalAdvance(sample), fm.horizontalAdvance(header)) + 24)

    def update_rows(self, rows: list[FindingRow]) -> None:
        self.model.update_rows(rows)
        self._update_summary()
        self.show_detail(self.current_row())

    def set_editable(self, editable: bool, why: str = "") -> None:
        for button in self.dispose_buttons.values():
            button.setEnabled(editable)
        self.reason.setEnabled(editable)
        self.dispose_note.setText("" if editable else why)
        self.dispose_note.setVisible(not editable and bool(why))

    # --- filter ----------------------------------------------------------------------------
    def _apply_filter(self) -> None:
        gate, severity = self.gate_filter.currentData(), self.severity_filter.currentData()
        self.proxy.set_filter(gates={gate} if gate else set(GATES),
                              severities={severity} if severity else {"block", "review", "info"},
                              status=self.status_filter.currentData(), search=self.search.text())
        self._update_summary()
        self.filter_changed.emit()

    def visible_ids(self) -> set[str]:
        return {self.proxy.index(r, 0).data(FindingsModel.RowRole).id for r in range(self.proxy.rowCount())}

    def _update_summary(self) -> None:
        rows = self.model.rows
        if not rows:
            # never empty: a line of Chinese is taller than an empty label, and the table would
            # shrink (and be laid out and painted again) in the moment the results arrive
            self.summary.setText(tr("没有发现问题。") if getattr(self, "_checked", False)
                                 else tr("正在检查，发现的问题会列在这里。"))
            return
        blocks = sum(r.severity == "block" for r in rows)
        open_ = sum(r.open for r in rows)
        self.summary.setText(tr("共 {n} 项（禁止发布 {b} 项），待处置 {o} 项；当前显示 {shown} 项").format(
            n=len(rows), b=blocks, o=open_, shown=self.proxy.rowCount()))

    def mark_checked(self, checked: bool) -> None:
        self._checked = checked
        self._update_summary()

    # --- selection -------------------------------------------------------------------------
    def selected_rows(self) -> list[FindingRow]:
        rows = {i.row(): i.data(FindingsModel.RowRole) for i in self.table.selectionModel().selectedRows()}
        return [rows[k] for k in sorted(rows)]

    def current_row(self) -> FindingRow | None:
        index = self.table.currentIndex()
        if index.isValid() and self.table.selectionModel().isRowSelected(index.row(), index.parent()):
            return index.data(FindingsModel.RowRole)
        selected = self.selected_rows()
        return selected[0] if selected else None

    def select_finding(self, finding_id: str) -> bool:
        source_row = self.model.row_of(finding_id)
        if source_row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():       # filtered out: show everything again so it can be seen
            self.gate_filter.setCurrentIndex(0)
            self.severity_filter.setCurrentIndex(0)
            self.status_filter.setCurrentIndex(0)
            self.search.clear()
            index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def _on_selection(self, *_args) -> None:
        row = self.current_row()
        self.show_detail(row)
        self.selection_changed.emit(row)

    def show_detail(self, row: FindingRow | None) -> None:
        count = len(self.selected_rows()) if self.model.rows else 0
        if row is None:
            self.detail.setHtml(f"<p>{html.escape(tr('选择一个问题查看详情。可以按住 Ctrl 或 Shift 选择多个，一起处置。'))}</p>")
            return
        esc = html.escape
        context = esc(row.context or row.text)
        if row.text and row.text in (row.context or ""):
            k = row.context.find(row.text)
            context = (esc(row.context[:k]) + f"<b><u>{esc(row.text)}</u></b>" + esc(row.context[k + len(row.text):]))
        parts = [f"<p><b>{esc(row.message)}</b></p>",
                 f"<p>{esc(tr('关口'))}：{esc(names.gate_name(row.gate))}　{esc(tr('级别'))}："
                 f"{esc(names.severity_name(row.severity))}　{esc(tr('位置'))}：{esc(names.where(row.location))}</p>",
                 f"<p>{esc(tr('原文'))}：{esc(row.text)}</p>", f"<p>{esc(tr('上下文'))}：{context}</p>"]
        if row.suggestion:
            parts.append(f"<p>{esc(tr('建议'))}：<b>{esc(row.suggestion)}</b></p>")
        if row.basis:
            parts.append(f"<p>{esc(tr('依据'))}：{esc(row.basis)}</p>")
        parts.append(f"<p>{esc(tr('规则'))}：{esc(row.rule)}</p>")
        state = names.disposition_name(row.disposition)
        if row.disposition:
            state += tr("（{user}）").format(user=row.disposition_user or "")
            if row.disposition_reason:
                state += tr("：{reason}").format(reason=row.disposition_reason)
        if row.reopened:
            state += tr("；标为已修改，但新版本中仍然存在，需要重新处置")
        parts.append(f"<p>{esc(tr('处置'))}：{esc(state)}</p>")
        if count > 1:
            parts.insert(0, f"<p><i>{esc(tr('已选择 {n} 项，处置会同时作用于全部选中项。').format(n=count))}</i></p>")
        self.detail.setHtml("".join(parts))

    def request_dispose(self, disposition: str) -> None:
        if not self.dispose_buttons[disposition].isEnabled():
            return
        rows = self.selected_rows()
        if not rows:
            self.dispose_note.setText(tr("请先在列表中选择要处置的问题。"))
            self.dispose_note.show()
            return
        reason = self.reason.text().strip()
        if disposition in ("false_positive", "accepted") and not reason:
            self.dispose_note.setText(tr("「{label}」需要填写理由。").format(label=names.disposition_name(disposition)))
            self.dispose_note.show()
            self.reason.setFocus()
            return
        self.dispose_note.hide()
        self.dispose_requested.emit([r.id for r in rows], disposition, reason)

    def disposed(self) -> None:
        """The core accepted a disposition: clear the reason and move on to the next open one."""
        self.reason.clear()


class GateBox(QGroupBox):
    decide_requested = Signal(str, str)

    def __init__(self, gate: str, parent=None):
        super().__init__(names.gate_name(gate), parent)
        self.gate = gate
        self.setAccessibleName(names.gate_name(gate))
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setVerticalSpacing(2)
        self.state = QLabel()
        self.state.setAccessibleName(tr("{gate}状态").format(gate=names.gate_name(gate)))
        self.state.setWordWrap(True)
        grid.addWidget(self.state, 0, 0, 1, 3)
        self.buttons: dict[str, QPushButton] = {}
        for col, decision in enumerate(("pass", "return", "withhold")):
            button = QPushButton(names.decision_name(decision))
            button.setAccessibleName(tr("{gate}：{decision}").format(gate=names.gate_name(gate),
                                                                    decision=names.decision_name(decision)))
            button.clicked.connect(lambda _=False, d=decision: self.decide_requested.emit(self.gate, d))
            grid.addWidget(button, 1, col)
            self.buttons[decision] = button

    def show_state(self, state, counts: tuple[int, int], theme: str) -> None:
        decision = getattr(state, "decision", None)
        colour = decision_colour(theme, decision)
        text = f"<b style='color:{colour}'>{html.escape(names.decision_name(decision))}</b>"
        if decision:
            when = (state.time or "")[:16].replace("T", " ")
            text += html.escape(tr("　{user}，{time}").format(user=state.user or "", time=when))
            if getattr(state, "carried_from", None):
                text += html.escape(tr("（沿用第 {n} 稿的决定）").format(n=state.carried_from))
            if state.reason:
                text += "<br>" + html.escape(tr("理由：{reason}").format(reason=names.breakable(state.reason)))
        blocks, open_ = counts
        # the counts go into the title, so each gate takes three lines at most
        self.setTitle(tr("{gate}（禁止发布 {b}，待处置 {o}）").format(gate=names.gate_name(self.gate), b=blocks, o=open_)
                      if blocks or open_ else names.gate_name(self.gate))
        self.state.setText(text)

    def set_editable(self, editable: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(editable)


class GatePanel(QScrollArea):
    decide_requested = Signal(str, str)
    signoff_requested = Signal()
    login_requested = Signal()
    start_review_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # it scrolls up and down only; its width follows its content (see minimumSizeHint)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(tr("审查关口"))
        inner = QWidget()
        layout = QVBoxLayout(inner)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setAccessibleName(tr("审查标题"))
        layout.addWidget(self.title)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(tr("版本变化说明"))
        self.banner.setStyleSheet("background:#fff3c4; color:#000000; border:1px solid #c9a400; padding:6px;")
        self.banner.hide()
        layout.addWidget(self.banner)
        self.mode = QLabel()
        self.mode.setWordWrap(True)
        self.mode.setAccessibleName(tr("审查状态说明"))
        layout.addWidget(self.mode)
        self.action = QPushButton()
        self.action.clicked.connect(self._on_action)
        layout.addWidget(self.action)
        self.boxes: dict[str, GateBox] = {}
        for gate in GATES:
            box = GateBox(gate)
            box.decide_requested.connect(self.decide_requested)
            layout.addWidget(box)
            self.boxes[gate] = box
        signoff = QGroupBox(tr("保密审查签发"))
        signoff.setAccessibleName(tr("保密审查签发"))
        v = QVBoxLayout(signoff)
        self.signoff_state = QLabel()
        self.signoff_state.setWordWrap(True)
        self.signoff_state.setAccessibleName(tr("签发状态"))
        v.addWidget(self.signoff_state)
        self.signoff_button = QPushButton(tr("签发…"))
        self.signoff_button.setAccessibleName(tr("签发"))
        self.signoff_button.clicked.connect(self.signoff_requested)
        v.addWidget(self.signoff_button)
        layout.addWidget(signoff)
        layout.addStretch(1)
        self.setWidget(inner)
        self._action = None
        self.show_nothing()

    def minimumSizeHint(self) -> QSize:
        # wide enough for the gate buttons at the current font size, so a splitter never clips them
        inner = self.widget().minimumSizeHint().width() if self.widget() else 0
        return QSize(inner + self.verticalScrollBar().sizeHint().width() + 2, 120)

    def _on_action(self) -> None:
        if self._action == "login":
            self.login_requested.emit()
        elif self._action == "start":
            self.start_review_requested.emit()

    def _set_action(self, action: str | None) -> None:
        self._action = action
        labels = {"login": tr("登录…"), "start": tr("开始审查…")}
        self.action.setVisible(action is not None)
        if action:
            self.action.setText(labels[action])
            self.action.setAccessibleName(labels[action].rstrip("…"))

    def show_nothing(self, why: str | None = None) -> None:
        self.title.setText(tr("尚未打开文件"))
        self.banner.hide()
        self.mode.setText(why or tr("打开草稿后，这里显示五道关口的审查决定和签发条件。"))
        self.mode.show()
        self._set_action(None)
        for box in self.boxes.values():
            box.show_state(None, (0, 0), "standard")
            box.set_editable(False)
        self.signoff_state.setText(tr("尚未开始审查。"))
        self.signoff_button.setEnabled(False)

    def show_unreviewed(self, file_name: str, rows: list[FindingRow], theme: str, logged_in: bool,
                        available: bool, why: str = "") -> None:
        """A checked file with no review open (not logged in, or the review not started)."""
        self.title.setText(tr("文件：{name}").format(name=file_name))
        self.banner.hide()
        self.mode.show()
        if not available:
            self.mode.setText(why)
            self._set_action(None)
        elif logged_in:
            self.mode.setText(tr("这个文件还没有开始审查。开始审查后可以记录各关决定。"))
            self._set_action("start")
        else:
            self.mode.setText(tr("未登录：只读查看。登录后可以记录审查决定。"))
            self._set_action("login")
        counts = self._counts(rows)
        for gate, box in self.boxes.items():
            box.show_state(None, counts[gate], theme)
            box.set_editable(False)
        self.signoff_state.setText(tr("尚未开始审查。"))
        self.signoff_button.setEnabled(False)

    @staticmethod
    def _counts(rows: list[FindingRow]) -> dict[str, tuple[int, int]]:
        """gate -> (block findings, findings still open), in one pass over the rows."""
        blocks = dict.fromkeys(GATES, 0)
        open_ = dict.fromkeys(GATES, 0)
        for r in rows:
            if r.gate in blocks:
                blocks[r.gate] += r.severity == "block"
                open_[r.gate] += r.open
        return {g: (blocks[g], open_[g]) for g in GATES}

    def show_status(self, status, rows: list[FindingRow], theme: str, editable: bool, reset_note: str | None) -> None:
        rev = status.revision
        file_name = getattr(rev, "file_name", "") or Path(rev.path).name
        self.title.setText(tr("{title}\n第 {n} 稿，{file}").format(title=status.title, n=rev.number, file=file_name))
        if reset_note:
            self.banner.setText(names.breakable(reset_note))
            self.banner.show()
        else:
            self.banner.hide()
        self._set_action(None if editable else "login")
        self.mode.setText("" if editable else tr("未登录：只读查看。登录后可以记录审查决定。"))
        self.mode.setVisible(not editable)
        counts = self._counts(rows)
        for gate, box in self.boxes.items():
            box.show_state(status.gates.get(gate), counts[gate], theme)
            box.set_editable(editable and not status.signed_off)
        if status.signed_off:
            self.signoff_state.setText(tr("已签发：{user}，{time}").format(
                user=status.signoff_user or "", time=(status.signoff_time or "")[:16].replace("T", " ")))
            self.signoff_button.setEnabled(False)
        else:
            blockers = status.signoff_blockers
            if blockers:
                self.signoff_state.setText(tr("还不能签发：") + "\n"
                                           + "\n".join(f"• {names.breakable(b)}" for b in blockers))
            else:
                self.signoff_state.setText(tr("各项条件已满足，可以由保密审查员签发。"))
            self.signoff_button.setEnabled(editable)
