"""Check a whole folder: one row per file with its counts by gate; open any of them."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from reviewer.app import names
from reviewer.app.dialogs import checkbox, show_error
from reviewer.app.i18n import N_, tr
from reviewer.app.models import Column, RowsModel, SortProxy
from reviewer.core.findings import GATES

# .doc and .wps are listed too, so a folder of them says why they need converting
SUFFIXES = (".docx", ".pdf", ".txt", ".doc", ".wps")


@dataclass
class BatchRow:
    path: Path
    kind: str = ""
    chars: int = 0
    by_gate: dict[str, int] = field(default_factory=dict)
    blocks: int = 0
    error: str = ""

    @classmethod
    def from_report(cls, path: Path, report) -> "BatchRow":
        row = cls(path, report.kind or "", report.chars)
        for f in report.findings:
            row.by_gate[f.gate] = row.by_gate.get(f.gate, 0) + 1
        row.blocks = sum(f.severity == "block" for f in report.findings)
        row.error = "；".join(e["message"] for e in report.errors)
        return row


def _count(value):
    """A count, or blank for a file that could not be read (0 would say "checked, nothing found")."""
    return lambda r: value(r) if r.kind else ""


class BatchModel(RowsModel):
    COLUMNS = (Column(N_("文件"), lambda r: r.path.name),
               Column(N_("类型"), lambda r: r.kind),
               Column(N_("字数"), _count(lambda r: r.chars)),
               *(Column(names.GATE_LABELS[g], _count(lambda r, g=g: r.by_gate.get(g, 0))) for g in GATES),
               Column(N_("禁止发布"), _count(lambda r: r.blocks)),
               Column(N_("说明"), lambda r: r.error or tr("已检查")))


def folder_files(folder: Path, recursive: bool) -> list[Path]:
    pattern = folder.rglob("*") if recursive else folder.glob("*")
    return sorted(p for p in pattern if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.startswith("~$"))


class BatchWindow(QWidget):
    found = Signal(object)     # a BatchRow, emitted from the worker, delivered on the GUI thread

    def __init__(self, main):
        super().__init__(main, Qt.WindowType.Window)
        self.main = main
        self.setWindowTitle(tr("批量检查"))
        self.setAccessibleName(tr("批量检查"))
        self.resize(1000, 560)
        v = QVBoxLayout(self)
        row = QHBoxLayout()
        label = QLabel(tr("文件夹："))
        self.folder = QLineEdit(main.settings["last_folder"])
        self.folder.setAccessibleName(tr("要检查的文件夹"))
        label.setBuddy(self.folder)
        browse = QPushButton(tr("选择…"))
        browse.setAccessibleName(tr("选择文件夹"))
        browse.clicked.connect(self.choose)
        self.recursive = checkbox(tr("包括子文件夹"))
        self.start_button = QPushButton(tr("开始检查"))
        self.start_button.clicked.connect(lambda: self.start(Path(self.folder.text())))
        self.cancel_button = QPushButton(tr("停止"))
        self.cancel_button.setAccessibleName(tr("停止批量检查"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        for w in (label, self.folder, browse, self.recursive, self.start_button, self.cancel_button):
            row.addWidget(w, 1 if w is self.folder else 0)
        v.addLayout(row)
        self.summary = QLabel(tr("选择一个文件夹，检查其中所有的 .docx、.pdf 和 .txt 文件。双击一行打开该文件。"))
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(tr("批量检查结果"))
        v.addWidget(self.summary)
        self.model = BatchModel(self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(tr("文件列表"))
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self._open_row)
        v.addWidget(self.table, 1)
        self.found.connect(self._add_row)
        self.task = None

    def choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("选择文件夹"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def start(self, folder: Path):
        if not folder.is_dir():
            show_error(self, tr("文件夹不存在：{folder}").format(folder=folder))
            return None
        self.folder.setText(str(folder))
        files = folder_files(folder, self.recursive.isChecked())
        self.model.set_rows([])
        if not files:
            self.summary.setText(tr("这个文件夹中没有 .docx、.pdf 或 .txt 文件。"))
            return None
        holder, found = self.main.checker, self.found

        def work(progress, cancel):
            checker = holder.get()
            for n, path in enumerate(files):
                if cancel():
                    break
                progress(n, len(files), path.name)
                report = checker.check_path(path, cancel=cancel)
                found.emit(BatchRow.from_report(path, report))
            return len(files)

        self.start_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.summary.setText(tr("正在检查 {n} 个文件…").format(n=len(files)))
        self.task = self.main.runner.run(work, label=tr("批量检查"), on_success=lambda _n: self._finished(),
                                         on_failure=self._failed)
        return self.task

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    @Slot(object)
    def _add_row(self, row: BatchRow) -> None:
        self.model.append_row(row)

    def _finished(self) -> None:
        self.start_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        rows = self.model.rows
        blocked = sum(1 for r in rows if r.blocks)
        failed = sum(1 for r in rows if r.error and not r.kind)
        text = tr("已检查 {n} 个文件：{b} 个有禁止发布的问题，{e} 个无法读取。").format(n=len(rows), b=blocked, e=failed)
        if self.task is not None and self.task.cancelled:
            text = tr("已停止。") + text
        self.summary.setText(text)
        self.task = None

    def _failed(self, exc: BaseException) -> None:
        self._finished()
        show_error(self, exc)

    def _open_row(self, index) -> None:
        row = index.data(BatchModel.RowRole)
        if row is not None:
            self.main.open_file(row.path)
            self.main.activateWindow()

    def closeEvent(self, event) -> None:
        self.cancel()
        super().closeEvent(event)
