"""Hidden content found by the loaders (comments, revisions, hidden text, metadata, PDF
structures) becomes secrecy findings. The loaders state the facts; the rule and its severity
are decided here."""
from __future__ import annotations

from typing import Iterable

from reviewer.core.checks import CheckContext
from reviewer.core.documents.model import HIDDEN_KINDS, Document, HiddenItem
from reviewer.core.findings import BLOCK, REVIEW, Finding, Location

SEVERITY = {
    "comment": BLOCK, "revision": BLOCK, "vanish": BLOCK, "invisible": BLOCK, "redaction": BLOCK,
    "metadata": REVIEW, "embedded": REVIEW, "macro": REVIEW, "link": REVIEW,
    "annotation": REVIEW, "attachment": REVIEW, "javascript": REVIEW, "incremental": REVIEW,
}

MESSAGE = {
    "comment": "文件中有批注，会随文件一起发布：{text}",
    "revision": "文件中有未接受的修订，删除的文字仍在文件里：{text}",
    "vanish": "文件中有隐藏文字（设置了“隐藏”格式），打印和阅读时看不到，但仍在文件里：{text}",
    "invisible": "文件中有看不见的文字（{reason}），仍可被复制和检索：{text}",
    "metadata": "文档属性中有人名或单位名，会随文件发布：{text}",
    "embedded": "文件中嵌入了对象：{text}",
    "macro": "文件中含有宏代码（vbaProject）：{text}",
    "link": "文件中有指向外部路径的链接，可能暴露内部目录或人名：{text}",
    "annotation": "PDF 中有注释：{text}",
    "attachment": "PDF 中有附件：{text}",
    "javascript": "PDF 中含有 JavaScript 脚本：{text}",
    "incremental": "PDF 经过增量保存，旧版本的内容可能仍在文件里：{text}",
    "redaction": "假遮盖：黑框下面的文字仍能被复制和检索：{text}",
}

BASIS = "《中华人民共和国保守国家秘密法》；《政府信息公开条例》第十五条；公文公开前应清除文件中的隐藏信息"


def to_finding(item: HiddenItem) -> Finding:
    kind = item.kind
    loc = item.location or Location("metadata" if kind == "metadata" else "body", None, 0, 0, 0)
    message = MESSAGE[kind].format(text=item.text[:60], reason=item.detail.get("reason_text")
                                   or item.detail.get("reason") or "不可见")
    field_name = item.detail.get("field")
    if kind == "metadata" and field_name:
        message = message.replace("文档属性中", f"文档属性（{field_name}）中", 1)
    if kind == "redaction" and item.detail.get("reason_text"):
        message += f"（{item.detail['reason_text']}）"
    author = item.detail.get("author")
    if author and kind in ("comment", "revision", "annotation"):
        message += f"（作者：{author}）"
    return Finding(rule=HIDDEN_KINDS[kind], gate="secrecy", severity=item.detail.get("severity") or SEVERITY[kind],
                   message=message, text=item.text, location=loc, context=item.detail.get("context", item.text[:60]),
                   basis=BASIS, detail={k: v for k, v in item.detail.items() if k not in ("context", "severity")})


def run(doc: Document, ctx: CheckContext) -> Iterable[Finding]:
    for item in doc.hidden:
        yield to_finding(item)
    if doc.no_text:
        pages = doc.pages or 0
        scanned = doc.no_text_pages
        if scanned and len(scanned) < pages:
            where = f"共{pages}页中有{len(scanned)}页（第{_page_list(scanned)}页）没有文字层，可能是扫描件"
        else:
            where = f"PDF 没有文字层（可能是扫描件，共{pages}页）"
        yield Finding(rule="secrecy.pdf.no_text", gate="secrecy", severity=BLOCK,
                      message=f"{where}，无法检查其中的内容。请提供可编辑的原稿（.docx）或经 OCR 识别的 PDF，"
                              "并由人工逐页审查",
                      text="（无文字层）", location=Location("page", 1, 0, 0, 0, 1),
                      basis="无法自动检查的文件必须人工审查；检查结果为空不代表没有问题")
    else:
        # a few scanned pages (a stamped signature page, a scanned attachment) in a text PDF
        for page in doc.no_text_pages:
            yield Finding(rule="secrecy.pdf.no_text", gate="secrecy", severity=REVIEW,
                          message=f"第{page}页没有可读的文字层（扫描页、整页图片，或字体缺少编码导致文字无法识别），"
                                  "该页内容无法自动检查，请人工审查该页",
                          text="（无文字层）", location=Location("page", page, 0, 0, 0, page),
                          basis="无法自动检查的页面必须人工审查")


def _page_list(pages: list[int]) -> str:
    shown = "、".join(str(p) for p in pages[:10])
    return shown + ("等" if len(pages) > 10 else "")
