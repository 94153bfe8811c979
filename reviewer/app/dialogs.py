"""Dialogs. Each opens without blocking (`open()`), checks its own fields, and hands the values
to a `submit` callable that calls the core; a refusal from the core (its Chinese message) is
shown inside the dialog, which stays open so nothing typed is lost."""
from __future__ import annotations

import logging
import traceback
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QPlainTextEdit,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from reviewer.app import names
from reviewer.app.i18n import LANGUAGES, N_, tr
from reviewer.app.models import Column, RowsModel, SortProxy
from reviewer.app.settings import FONT_SCALES, THEMES

log = logging.getLogger("reviewer.app")

OPEN_MESSAGES: list[QMessageBox] = []


def describe_error(exc: BaseException) -> tuple[str, str] | None:
    """(Chinese message, details) for an exception, or None for a cancellation."""
    from reviewer.core.documents.model import Cancelled, DocumentError
    if isinstance(exc, Cancelled):
        return None
    if isinstance(exc, DocumentError):
        return exc.message, tr("错误代码：{code}").format(code=exc.code)
    kind = type(exc).__name__
    if kind in ("WorkflowError", "StoreError", "UserLexiconError", "ReviewUnavailable", "LexiconError"):
        return str(exc), tr("规则：{rule}").format(rule=getattr(exc, "rule", kind))
    if isinstance(exc, OSError):
        where = exc.filename or ""
        return (tr("无法读写文件：{path}\n{reason}").format(path=where, reason=exc.strerror or exc),
                f"{kind}: {exc}")
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    log.error("unexpected error\n%s", details)
    return tr("出现了意外错误，操作没有完成。已经记下的审查决定不受影响。请把“详细信息”中的内容发给技术支持。"), details


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
                details: str | None = None) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    if details:
        box.setDetailedText(details)
    box.setAccessibleName(title)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    OPEN_MESSAGES.append(box)
    box.finished.connect(lambda _r: OPEN_MESSAGES.remove(box) if box in OPEN_MESSAGES else None)
    box.open()
    return box


def show_error(parent: QWidget | None, exc_or_message: BaseException | str, details: str | None = None,
               title: str | None = None) -> QMessageBox | None:
    if isinstance(exc_or_message, BaseException):
        described = describe_error(exc_or_message)
        if described is None:
            return None
        message, details = described
    else:
        message = exc_or_message
    return message_box(parent, QMessageBox.Icon.Critical, title or tr("无法完成"), message, details)


def show_info(parent: QWidget | None, title: str, text: str, details: str | None = None) -> QMessageBox:
    return message_box(parent, QMessageBox.Icon.Information, title, text, details)


class FormDialog(QDialog):
    """Intro text, a form, an error line, OK/Cancel. `submit(values) -> error or None`."""

    def __init__(self, parent: QWidget | None, title: str, intro: str | None = None, ok_text: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.submit: Callable[[dict], str | None] | None = None
        layout = QVBoxLayout(self)
        if intro:
            self.intro = QLabel(intro)
            self.intro.setWordWrap(True)
            layout.addWidget(self.intro)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addLayout(self.form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c00000; font-weight: bold;")
        self.error.setAccessibleName(tr("错误提示"))
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text or tr("确定"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        fit_height(self)

    def add_row(self, label: str, widget: QWidget) -> QWidget:
        widget.setAccessibleName(label.rstrip("：:"))
        lab = QLabel(label)
        lab.setBuddy(widget)
        self.form.addRow(lab, widget)
        return widget

    def line(self, label: str, text: str = "", password: bool = False) -> QLineEdit:
        edit = QLineEdit(text)
        if password:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        return self.add_row(label, edit)

    def values(self) -> dict[str, Any]:
        return {}

    def validate(self, values: dict[str, Any]) -> str | None:
        return None

    def show_problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def accept(self) -> None:
        values = self.values()
        problem = self.validate(values)
        if problem is None and self.submit is not None:
            try:
                problem = self.submit(values)
            except Exception as exc:  # the core refused: say why, keep the dialog open
                described = describe_error(exc)
                problem = described[0] if described else None
        if problem:
            self.show_problem(problem)
            return
        super().accept()


class LoginDialog(FormDialog):
    def __init__(self, parent, users: list, last_user: str = ""):
        super().__init__(parent, tr("登录"), tr("请选择用户并输入密码。不登录也可以检查文件，但不能记录审查决定。"),
                         ok_text=tr("登录"))
        self.user = QComboBox()
        self.user.setEditable(True)
        for u in users:
            self.user.addItem(f"{u.name}（{names.role_name(u.role)}）", u.name)
        if last_user:
            k = self.user.findData(last_user)
            if k >= 0:
                self.user.setCurrentIndex(k)
        self.add_row(tr("用户："), self.user)
        self.password = self.line(tr("密码："), password=True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("不登录，只读查看"))
        self.password.setFocus()

    def values(self) -> dict:
        k = self.user.currentIndex()
        name = self.user.itemData(k) if k >= 0 and self.user.currentText() == self.user.itemText(k) \
            else self.user.currentText().strip()
        return {"name": name, "password": self.password.text()}

    def validate(self, v: dict) -> str | None:
        if not v["name"]:
            return tr("请选择用户")
        if not v["password"]:
            return tr("请输入密码")
        return None


class FirstRunDialog(FormDialog):
    """First start on an empty database: the administrator and the data folder."""

    def __init__(self, parent, data_dir: Path, fixed_by: str | None):
        super().__init__(parent, tr("首次使用：创建管理员"),
                         tr("这是第一次使用。请创建管理员账户（之后由管理员添加审查人和保密审查员），并确认数据保存位置。"
                            "审查记录、部门词表和放行词都保存在数据目录中。"), ok_text=tr("创建并登录"))
        self.name = self.line(tr("管理员姓名："))
        self.password = self.line(tr("密码："), password=True)
        self.password2 = self.line(tr("再次输入密码："), password=True)
        row = QWidget()
        h = QHBoxLayout(row)
        h.setContentsMargins(0, 0, 0, 0)
        self.folder = QLineEdit(str(data_dir))
        self.folder.setAccessibleName(tr("数据目录"))
        self.browse = QPushButton(tr("选择…"))
        self.browse.setAccessibleName(tr("选择数据目录"))
        self.browse.clicked.connect(self._choose)
        h.addWidget(self.folder, 1)
        h.addWidget(self.browse)
        self.add_row(tr("数据目录："), row)
        if fixed_by:
            self.folder.setReadOnly(True)
            self.browse.setEnabled(False)
            self.folder.setToolTip(fixed_by)
            note = QLabel(fixed_by)
            note.setWordWrap(True)
            self.form.addRow(note)

    def _choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("选择数据目录"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def values(self) -> dict:
        return {"name": self.name.text().strip(), "password": self.password.text(),
                "password2": self.password2.text(), "folder": self.folder.text().strip()}

    def validate(self, v: dict) -> str | None:
        if not v["name"]:
            return tr("请填写管理员姓名")
        if len(v["password"]) < 6:
            return tr("密码至少 6 位")
        if v["password"] != v["password2"]:
            return tr("两次输入的密码不一致")
        if not v["folder"]:
            return tr("请选择数据目录")
        return None


class NewReviewDialog(FormDialog):
    """The facts of the 审查审批单 a new review starts with."""

    def __init__(self, parent, title: str, doc_number: str = "", channels: tuple = names.CHANNELS,
                 disclosures: tuple = names.DISCLOSURES, hints: dict | None = None):
        super().__init__(parent, tr("开始审查"), tr("这个文件还没有审查记录。请填写审批单信息（以后导出的审批单会用到），"
                                                   "然后开始审查。"), ok_text=tr("开始审查"))
        self.title = self.line(tr("标题："), title)
        self.doc_number = self.line(tr("文号："), doc_number)
        self.unit = self.line(tr("送审单位："))
        self.case_officer = self.line(tr("经办人："))
        self.channel = QComboBox()
        self.channel.setEditable(True)
        for c in channels:
            self.channel.addItem(tr(c), c)
        self.add_row(tr("拟发布渠道："), self.channel)
        self.disclosure = QComboBox()
        for d in disclosures:
            self.disclosure.addItem(tr(d), d)
        self.add_row(tr("拟公开属性："), self.disclosure)
        self.hints = hints or {}
        self.basis = self.line(tr("公开属性依据："), self.hints.get(self.disclosure.currentData(), ""))
        self.disclosure.currentIndexChanged.connect(self._hint)

    def _hint(self) -> None:
        # follow the chosen 公开属性 unless the user wrote a basis of their own
        if self.basis.text().strip() in ("", *self.hints.values()):
            self.basis.setText(self.hints.get(self.disclosure.currentData(), ""))

    def values(self) -> dict:
        k = self.channel.currentIndex()
        channel = self.channel.itemData(k) if k >= 0 and self.channel.currentText() == self.channel.itemText(k) \
            else self.channel.currentText().strip()
        return {"title": self.title.text().strip(), "doc_number": self.doc_number.text().strip() or None,
                "unit": self.unit.text().strip() or None, "case_officer": self.case_officer.text().strip() or None,
                "channel": channel or None, "disclosure": self.disclosure.currentData(),
                "disclosure_basis": self.basis.text().strip() or None}

    def validate(self, v: dict) -> str | None:
        return None if v["title"] else tr("请填写标题")


class ReasonDialog(FormDialog):
    def __init__(self, parent, title: str, intro: str, required: bool = True, ok_text: str | None = None):
        super().__init__(parent, title, intro, ok_text=ok_text)
        self.required = required
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setMinimumHeight(80)
        self.add_row(tr("理由：") if required else tr("理由（可不填）："), self.reason)
        self.reason.setFocus()

    def values(self) -> dict:
        return {"reason": self.reason.toPlainText().strip()}

    def validate(self, v: dict) -> str | None:
        return tr("请填写理由") if self.required and not v["reason"] else None


class SignoffDialog(FormDialog):
    def __init__(self, parent, officers: list, current: str | None, summary: str):
        super().__init__(parent, tr("保密审查签发"), summary, ok_text=tr("签发"))
        self.signer = QComboBox()
        for u in officers:
            self.signer.addItem(u.name, u.name)
        if current:
            k = self.signer.findData(current)
            if k >= 0:
                self.signer.setCurrentIndex(k)
        self.add_row(tr("签发人（保密审查员）："), self.signer)
        self.password = self.line(tr("签发人密码："), password=True)
        self.password.setFocus()

    def values(self) -> dict:
        return {"signer": self.signer.currentData(), "password": self.password.text()}

    def validate(self, v: dict) -> str | None:
        if not v["signer"]:
            return tr("没有保密审查员账户。请管理员先添加一位保密审查员。")
        return None if v["password"] else tr("请输入签发人的密码")


class AddUserDialog(FormDialog):
    def __init__(self, parent):
        super().__init__(parent, tr("添加用户"), tr("添加审查人、保密审查员等用户。需要管理员登录。"), ok_text=tr("添加"))
        self.name = self.line(tr("姓名："))
        self.role = QComboBox()
        for role in ("reviewer", "secrecy_officer", "trainer", "admin"):
            self.role.addItem(names.role_name(role), role)
        self.add_row(tr("角色："), self.role)
        self.password = self.line(tr("初始密码："), password=True)

    def values(self) -> dict:
        return {"name": self.name.text().strip(), "role": self.role.currentData(), "password": self.password.text()}

    def validate(self, v: dict) -> str | None:
        if not v["name"]:
            return tr("请填写姓名")
        return None if len(v["password"]) >= 6 else tr("密码至少 6 位")


class SettingsDialog(FormDialog):
    def __init__(self, parent, settings, data_dir: Path):
        super().__init__(parent, tr("设置"), None, ok_text=tr("保存"))
        self.language = QComboBox()
        for code, label in LANGUAGES.items():
            self.language.addItem(label, code)
        self.language.setCurrentIndex(self.language.findData(settings["language"]))
        self.add_row(tr("界面语言："), self.language)
        self.font_scale = QComboBox()
        for scale in FONT_SCALES:
            self.font_scale.addItem(f"{scale}%", scale)
        self.font_scale.setCurrentIndex(self.font_scale.findData(settings["font_scale"]))
        self.add_row(tr("字号："), self.font_scale)
        self.theme = QComboBox()
        theme_names = {"standard": tr("标准"), "high_contrast": tr("高对比度")}
        for theme in THEMES:
            self.theme.addItem(theme_names[theme], theme)
        self.theme.setCurrentIndex(self.theme.findData(settings["theme"]))
        self.add_row(tr("配色："), self.theme)
        row = QWidget()
        h = QHBoxLayout(row)
        h.setContentsMargins(0, 0, 0, 0)
        folder = QLabel(str(data_dir))
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder.setWordWrap(True)
        open_button = QPushButton(tr("打开"))
        open_button.setAccessibleName(tr("打开数据目录"))
        open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir))))
        h.addWidget(folder, 1)
        h.addWidget(open_button)
        self.add_row(tr("数据目录："), row)
        note = QLabel(tr("界面语言在下次启动时生效；字号和配色立即生效。"))
        note.setWordWrap(True)
        self.form.addRow(note)

    def values(self) -> dict:
        return {"language": self.language.currentData(), "font_scale": self.font_scale.currentData(),
                "theme": self.theme.currentData()}


class HistoryModel(RowsModel):
    COLUMNS = (Column(N_("时间"), lambda r: (r.get("time") or "")[:19].replace("T", " ")),
               Column(N_("用户"), lambda r: r.get("user_label") or r.get("user", "")),
               Column(N_("操作"), lambda r: r.get("action_name") or r.get("action", "")),
               Column(N_("说明"), lambda r: r.get("detail", "")))


class UsersModel(RowsModel):
    COLUMNS = (Column(N_("姓名"), lambda u: u.name),
               Column(N_("角色"), lambda u: names.role_name(u.role)),
               Column(N_("创建时间"), lambda u: u.created))


class TableDialog(QDialog):
    """A read-only table in a dialog (history, users)."""

    def __init__(self, parent, title: str, model: RowsModel, intro: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        if intro:
            label = QLabel(intro)
            label.setWordWrap(True)
            layout.addWidget(label)
        self.model = model
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setAccessibleName(title)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)
        layout.addWidget(self.table)
        self.button_row = QHBoxLayout()
        self.button_row.addStretch(1)
        close = QPushButton(tr("关闭"))
        close.clicked.connect(self.accept)
        self.button_row.addWidget(close)
        layout.addLayout(self.button_row)
        self.resize(860, 480)


class VerifyDialog(FormDialog):
    """Verify an exported record, and optionally that a file is the one signed."""

    def __init__(self, parent):
        super().__init__(parent, tr("核验审批单"), tr("选择导出的 JSON 格式审批单，可同时选择要发布的文件，核验审批单未被改动、该文件就是签发的文件。"),
                         ok_text=tr("核验"))
        self.record = self._file_row(tr("审批单："), tr("JSON 审批单 (*.json)"))
        self.file = self._file_row(tr("发布的文件（可不选）："), tr("文件 (*.docx *.pdf *.txt)"))
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addRow(self.result)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("关闭"))

    def _file_row(self, label: str, pattern: str) -> QLineEdit:
        row = QWidget()
        h = QHBoxLayout(row)
        h.setContentsMargins(0, 0, 0, 0)
        edit = QLineEdit()
        edit.setAccessibleName(label.rstrip("："))
        browse = QPushButton(tr("选择…"))
        browse.setAccessibleName(tr("选择{what}").format(what=label.rstrip("：")))

        def choose():
            path, _ = QFileDialog.getOpenFileName(self, label.rstrip("："), edit.text(), pattern)
            if path:
                edit.setText(path)
        browse.clicked.connect(choose)
        h.addWidget(edit, 1)
        h.addWidget(browse)
        self.add_row(label, row)
        return edit

    def values(self) -> dict:
        return {"record": self.record.text().strip(), "file": self.file.text().strip() or None}

    def validate(self, v: dict) -> str | None:
        return None if v["record"] else tr("请选择审批单文件")

    def accept(self) -> None:
        # the result is shown in place; the dialog stays for another verification
        values = self.values()
        problem = self.validate(values)
        if problem is None and self.submit is not None:
            try:
                problem = self.submit(values)
            except Exception as exc:
                described = describe_error(exc)
                problem = described[0] if described else None
        self.error.hide()
        if problem:
            self.show_problem(problem)
            self.result.clear()


def fit_height(window: QWidget) -> None:
    """Top-level windows ignore height-for-width, so wrapped labels (long explanations, the
    list of what blocks a sign-off) could be cut; grow the window to what its layout needs."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    needed = layout.totalHeightForWidth(window.width()) if layout.hasHeightForWidth() else layout.sizeHint().height()
    if needed > window.height():
        window.resize(window.width(), needed)


def open_folder(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def checkbox(text: str, checked: bool = True) -> QCheckBox:
    box = QCheckBox(text)
    box.setChecked(checked)
    box.setAccessibleName(text)
    return box
