"""What the UI calls the core's ids, translatable. The Chinese names equal the core's
(GATE_NAMES, SEVERITY_NAMES and the workflow's names); a test keeps them equal."""
from __future__ import annotations

import re

from reviewer.app.i18n import N_, tr

GATE_LABELS = {"political": N_("政治关"), "legal": N_("法律关"), "policy": N_("政策关"),
               "secrecy": N_("保密关"), "text": N_("文字关")}
SEVERITY_LABELS = {"block": N_("禁止发布"), "review": N_("需人工判断"), "info": N_("提示")}
DECISION_LABELS = {"pass": N_("通过"), "return": N_("退回修改"), "withhold": N_("不予公开")}
DISPOSITION_LABELS = {"fixed": N_("已修改"), "false_positive": N_("误报"), "accepted": N_("接受风险")}
ROLE_LABELS = {"reviewer": N_("审查人"), "secrecy_officer": N_("保密审查员"), "trainer": N_("培训师"),
               "admin": N_("管理员")}
PART_LABELS = {"body": N_("正文"), "header": N_("页眉"), "footer": N_("页脚"), "table": N_("表格"),
               "footnote": N_("脚注"), "endnote": N_("尾注"), "comment": N_("批注"), "textbox": N_("文本框"),
               "metadata": N_("文档属性"), "page": N_("页")}
HIDDEN_LABELS = {"comment": N_("批注"), "revision": N_("修订"), "vanish": N_("隐藏文字"), "invisible": N_("不可见文字"),
                 "metadata": N_("文档属性"), "embedded": N_("嵌入对象"), "macro": N_("宏"), "link": N_("外部链接"),
                 "annotation": N_("PDF 注释"), "attachment": N_("PDF 附件"), "javascript": N_("PDF 脚本"),
                 "incremental": N_("增量保存"), "redaction": N_("假遮盖")}
# the core's values (workflow.CHANNELS, DISCLOSURES); the UI shows them translated
CHANNELS = (N_("门户网站"), N_("政务新媒体"), N_("公开专栏"), N_("政府公报"), N_("新闻发布会"), N_("其他"))
DISCLOSURES = (N_("主动公开"), N_("依申请公开"), N_("不予公开"))


_UNBROKEN = re.compile(r"([0-9A-Za-z._-]{8})(?=[0-9A-Za-z._-])")


def breakable(text: str) -> str:
    """Let long runs of digits and Latin letters (finding ids, card numbers, rule ids) wrap in
    a narrow pane: a zero-width space every 8 characters."""
    return _UNBROKEN.sub("\\1\u200b", text)


def gate_name(gate: str) -> str:
    return tr(GATE_LABELS.get(gate, gate))


def severity_name(severity: str) -> str:
    return tr(SEVERITY_LABELS.get(severity, severity))


def decision_name(decision: str | None) -> str:
    return tr(DECISION_LABELS[decision]) if decision else tr("未决定")


def disposition_name(disposition: str | None) -> str:
    return tr(DISPOSITION_LABELS[disposition]) if disposition else tr("待处置")


def role_name(role: str) -> str:
    return tr(ROLE_LABELS.get(role, role))


def part_name(part: str) -> str:
    return tr(PART_LABELS.get(part, part))


def hidden_name(kind: str) -> str:
    return tr(HIDDEN_LABELS.get(kind, kind))


def where(location: dict) -> str:
    """第3页第2段 / 第1节页眉第1段 / 正文第12段, in the UI language."""
    part, index, para = location.get("part", "body"), location.get("part_index"), location.get("paragraph", 0)
    if part == "page":
        return tr("第{page}页第{n}段").format(page=index, n=para + 1)
    name = part_name(part)
    if index is not None and part in ("header", "footer"):
        return tr("第{section}节{part}第{n}段").format(section=index, part=name, n=para + 1)
    if index is not None and part not in ("body", "metadata"):
        return tr("{part}{index}第{n}段").format(part=name, index=index, n=para + 1)
    return tr("{part}第{n}段").format(part=name, n=para + 1)
