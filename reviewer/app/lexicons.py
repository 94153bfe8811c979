"""Browse the shipped lexicons (entry, suggestion, source); keep department terms and the
allow-list in the user's folder (`reviewer.core.userlex`), never editing the shipped files."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QListWidget, QPushButton, QSplitter, QTableView, QTabWidget,
                               QVBoxLayout, QWidget)

from reviewer.app import names
from reviewer.app.dialogs import show_error, show_info
from reviewer.app.i18n import N_, tr
from reviewer.app.models import Column, RowsModel, SortProxy
from reviewer.core import paths, userlex
from reviewer.core.findings import GATES


class LexiconListModel(RowsModel):
    COLUMNS = (Column(N_("词表"), lambda lex: lex.id),
               Column(N_("关口"), lambda lex: names.gate_name(lex.gate)),
               Column(N_("词条数"), lambda lex: lex.size),
               Column(N_("版本"), lambda lex: lex.version))


class EntryModel(RowsModel):
    COLUMNS = (Column(N_("词条"), lambda e: e.term),
               Column(N_("建议"), lambda e: e.suggestion or ""),
               Column(N_("级别"), lambda e: names.severity_name(e.effective_severity)),
               Column(N_("生效"), lambda e: e.since.isoformat() if e.since else ""),
               Column(N_("失效"), lambda e: e.until.isoformat() if e.until else ""),
               Column(N_("说明"), lambda e: e.note or ""))


class DepartmentEntryModel(RowsModel):
    COLUMNS = (Column(N_("词表"), lambda e: e.lexicon.id),
               Column(N_("关口"), lambda e: names.gate_name(e.lexicon.gate)),
               Column(N_("词条"), lambda e: e.term),
               Column(N_("建议"), lambda e: e.suggestion or ""),
               Column(N_("级别"), lambda e: names.severity_name(e.effective_severity)))


def _table(model: RowsModel, name: str) -> tuple[QTableView, SortProxy]:
    proxy = SortProxy()
    proxy.setSourceModel(model)
    table = QTableView()
    table.setModel(proxy)
    table.setAccessibleName(name)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table, proxy


def _button(text: str, slot, name: str | None = None) -> QPushButton:
    b = QPushButton(text)
    b.setAccessibleName(name or text.rstrip("…"))
    b.clicked.connect(lambda _=False: slot())
    return b


class LexiconWindow(QWidget):
    def __init__(self, main):
        super().__init__(main, Qt.WindowType.Window)
        self.main = main
        self.data_dir = paths.data_dir()
        self.setWindowTitle(tr("词表与放行词"))
        self.setAccessibleName(tr("词表与放行词"))
        self.resize(980, 600)
        v = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("词表分类"))
        v.addWidget(self.tabs)
        self.tabs.addTab(self._shipped_tab(), tr("随软件提供的词表"))
        self.tabs.addTab(self._department_tab(), tr("部门词表"))
        self.tabs.addTab(self._allow_tab(), tr("放行词"))
        self.load_shipped()
        self.refresh_department()
        self.refresh_allow()

    # --- shipped -------------------------------------------------------------------------
    def _shipped_tab(self) -> QWidget:
        tab = QWidget()
        v = QVBoxLayout(tab)
        note = QLabel(tr("随软件提供的词表只读，由软件更新维护。每个词表注明了来源文件和日期。"))
        note.setWordWrap(True)
        v.addWidget(note)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.lex_model = LexiconListModel(self)
        self.lex_table, self.lex_proxy = _table(self.lex_model, tr("词表列表"))
        self.lex_table.selectionModel().currentRowChanged.connect(self._show_lexicon)
        split.addWidget(self.lex_table)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.source.setAccessibleName(tr("词表来源"))
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        rv.addWidget(self.source)
        self.entry_search = QLineEdit()
        self.entry_search.setPlaceholderText(tr("搜索词条…"))
        self.entry_search.setAccessibleName(tr("搜索词条"))
        rv.addWidget(self.entry_search)
        self.entry_model = EntryModel(self)
        self.entry_table, self.entry_proxy = _table(self.entry_model, tr("词条列表"))
        self.entry_search.textChanged.connect(self.entry_proxy.setFilterFixedString)
        rv.addWidget(self.entry_table, 1)
        split.addWidget(right)
        split.setSizes([360, 600])
        v.addWidget(split, 1)
        return tab

    def load_shipped(self) -> None:
        holder = self.main.checker

        def done(lexicons):
            self.lex_model.set_rows([lex for lex in lexicons if lex.origin == "shipped"])
            self.lex_table.resizeColumnsToContents()
            if self.lex_model.rows:
                self.lex_table.selectRow(0)
        self.main.runner.run(lambda progress, cancel: list(holder.get().lexicons.lexicons),
                             label=tr("正在读取词表"), on_success=done,
                             on_failure=lambda exc: show_error(self, exc))

    def _show_lexicon(self, current, _previous=None) -> None:
        lex = current.data(RowsModel.RowRole) if current.isValid() else None
        if lex is None:
            return
        text = tr("来源：{source}（{date}）").format(source=lex.source, date=lex.source_date)
        if lex.description:
            text += "\n" + lex.description
        self.source.setText(text)
        self.entry_model.set_rows(lex.all_entries())
        self.entry_table.resizeColumnsToContents()

    # --- department ----------------------------------------------------------------------
    def _department_tab(self) -> QWidget:
        tab = QWidget()
        v = QVBoxLayout(tab)
        note = QLabel(tr("部门词表保存在用户数据目录中，检查时与随软件提供的词表一起使用。可以逐个添加词语，"
                         "也可以导入 .lex 词表文件或每行一个词的文本清单（词语后可加 Tab 和建议用语）。"))
        note.setWordWrap(True)
        v.addWidget(note)
        add = QHBoxLayout()
        self.dept_gate = QComboBox()
        self.dept_gate.setAccessibleName(tr("关口"))
        for gate in GATES:
            self.dept_gate.addItem(names.gate_name(gate), gate)
        self.dept_gate.setCurrentIndex(GATES.index("secrecy"))
        self.dept_term = QLineEdit()
        self.dept_term.setPlaceholderText(tr("词语"))
        self.dept_term.setAccessibleName(tr("要添加的词语"))
        self.dept_suggestion = QLineEdit()
        self.dept_suggestion.setPlaceholderText(tr("建议用语（可不填）"))
        self.dept_suggestion.setAccessibleName(tr("建议用语"))
        self.dept_severity = QComboBox()
        self.dept_severity.setAccessibleName(tr("级别"))
        for s in ("block", "review", "info"):
            self.dept_severity.addItem(names.severity_name(s), s)
        self.dept_severity.setCurrentIndex(1)
        for w in (self.dept_gate, self.dept_term, self.dept_suggestion, self.dept_severity):
            add.addWidget(w, 1 if isinstance(w, QLineEdit) else 0)
        add.addWidget(_button(tr("添加"), self.add_department_term, tr("添加部门词语")))
        self.dept_term.returnPressed.connect(self.add_department_term)
        v.addLayout(add)
        self.dept_model = DepartmentEntryModel(self)
        self.dept_table, _ = _table(self.dept_model, tr("部门词表词条"))
        self.dept_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        v.addWidget(self.dept_table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(_button(tr("导入词表文件…"), self.import_lex))
        buttons.addWidget(_button(tr("导入词语清单…"), self.import_list))
        buttons.addWidget(_button(tr("导出所选词表…"), self.export_lex))
        buttons.addWidget(_button(tr("删除所选词条"), self.remove_terms))
        buttons.addStretch(1)
        v.addLayout(buttons)
        self.dept_problems = QLabel()
        self.dept_problems.setWordWrap(True)
        v.addWidget(self.dept_problems)
        return tab

    def refresh_department(self) -> None:
        lexicons, problems = userlex.user_lexicons(self.data_dir)
        self.dept_model.set_rows([e for lex in lexicons for e in lex.all_entries()])
        self.dept_table.resizeColumnsToContents()
        self.dept_problems.setText("\n".join(problems))
        self.dept_problems.setVisible(bool(problems))

    def _changed(self) -> None:
        self.refresh_department()
        self.main.lexicons_changed()

    def add_department_term(self) -> None:
        try:
            userlex.add_term(self.data_dir, self.dept_gate.currentData(), self.dept_term.text(),
                             self.dept_suggestion.text(), self.dept_severity.currentData())
        except userlex.UserLexiconError as exc:
            show_error(self, str(exc))
            return
        self.dept_term.clear()
        self.dept_suggestion.clear()
        self._changed()

    def import_lex(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("导入词表文件"), "", tr("词表文件 (*.lex)"))
        if path:
            try:
                lex = userlex.import_lexicon(Path(path), self.data_dir)
            except userlex.UserLexiconError as exc:
                show_error(self, str(exc))
                return
            show_info(self, tr("已导入"), tr("已导入词表 {id}，共 {n} 个词条。").format(id=lex.id, n=lex.size))
            self._changed()

    def import_list(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("导入词语清单"), "", tr("文本文件 (*.txt);;所有文件 (*)"))
        if path:
            try:
                lex = userlex.import_terms(Path(path), self.data_dir, self.dept_gate.currentData(),
                                           self.dept_severity.currentData())
            except (userlex.UserLexiconError, UnicodeDecodeError, OSError) as exc:
                show_error(self, str(exc) if isinstance(exc, userlex.UserLexiconError)
                           else tr("无法读取文件：{e}").format(e=exc))
                return
            show_info(self, tr("已导入"), tr("已导入 {n} 个词语到 {gate}（词表 {id}）。").format(
                n=lex.size, gate=names.gate_name(lex.gate), id=lex.id))
            self._changed()

    def _selected_entries(self) -> list:
        return [i.data(RowsModel.RowRole) for i in self.dept_table.selectionModel().selectedRows()]

    def export_lex(self) -> None:
        entries = self._selected_entries()
        if not entries:
            show_error(self, tr("请先选择要导出的词表中的任一词条。"))
            return
        lex_id = entries[0].lexicon.id
        path, _ = QFileDialog.getSaveFileName(self, tr("导出词表"), f"{lex_id}.lex", tr("词表文件 (*.lex)"))
        if path:
            userlex.export_lexicon(lex_id, Path(path), self.data_dir)

    def remove_terms(self) -> None:
        for entry in self._selected_entries():
            try:
                userlex.remove_term(self.data_dir, entry.lexicon.id, entry.term)
            except userlex.UserLexiconError as exc:
                show_error(self, str(exc))
        self._changed()

    # --- allow-list ------------------------------------------------------------------------
    def _allow_tab(self) -> QWidget:
        tab = QWidget()
        v = QVBoxLayout(tab)
        note = QLabel(tr("放行词：检查时包含在这些词语中的问题不再提示（例如本单位的专有名称）。"
                         "放行词不会放行密级标志和经过校验的身份证号、银行卡号等个人信息，它们必须在审查中逐项处置。"))
        note.setWordWrap(True)
        v.addWidget(note)
        add = QHBoxLayout()
        self.allow_term = QLineEdit()
        self.allow_term.setPlaceholderText(tr("要放行的词语"))
        self.allow_term.setAccessibleName(tr("要放行的词语"))
        self.allow_term.returnPressed.connect(self.add_allow)
        add.addWidget(self.allow_term, 1)
        add.addWidget(_button(tr("添加"), self.add_allow, tr("添加放行词")))
        v.addLayout(add)
        self.allow_list = QListWidget()
        self.allow_list.setAccessibleName(tr("放行词列表"))
        self.allow_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        v.addWidget(self.allow_list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(_button(tr("删除所选"), self.remove_allow, tr("删除所选放行词")))
        buttons.addWidget(_button(tr("导入…"), self.import_allow, tr("导入放行词")))
        buttons.addWidget(_button(tr("导出…"), self.export_allow, tr("导出放行词")))
        buttons.addStretch(1)
        v.addLayout(buttons)
        return tab

    def refresh_allow(self) -> None:
        self.allow_list.clear()
        self.allow_list.addItems(userlex.allow_terms(self.data_dir))

    def add_allow(self) -> None:
        try:
            userlex.add_allow(self.data_dir, self.allow_term.text())
        except userlex.UserLexiconError as exc:
            show_error(self, str(exc))
            return
        self.allow_term.clear()
        self.refresh_allow()
        self.main.lexicons_changed()

    def remove_allow(self) -> None:
        for item in self.allow_list.selectedItems():
            userlex.remove_allow(self.data_dir, item.text())
        self.refresh_allow()
        self.main.lexicons_changed()

    def import_allow(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("导入放行词"), "", tr("文本文件 (*.txt);;所有文件 (*)"))
        if path:
            try:
                n = userlex.import_allow(self.data_dir, Path(path))
            except (UnicodeDecodeError, OSError) as exc:
                show_error(self, tr("无法读取文件：{e}").format(e=exc))
                return
            show_info(self, tr("已导入"), tr("新增 {n} 个放行词。").format(n=n))
            self.refresh_allow()
            self.main.lexicons_changed()

    def export_allow(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("导出放行词"), "放行词.txt", tr("文本文件 (*.txt)"))
        if path:
            n = userlex.export_allow(self.data_dir, Path(path))
            show_info(self, tr("已导出"), tr("已导出 {n} 个放行词。").format(n=n))
