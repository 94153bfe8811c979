"""Doubled characters and words typed twice: 的的, 在在, 了了, 进一步进一步, 新余市新余市.

A doubled character is reported when jieba's dictionary cuts both copies as single-character
words and the character is a function word (的 了 在 是 和 把 被 …): real reduplications
(谢谢, 常常, 人人, 看看, 不了了之, 等等) are dictionary words and come out as one token, and a
copy that belongs to a longer word (目的的, 但是是否, 在在线平台, 广州市市场监管局) is not a
double at all. A doubled word is a run of whole tokens repeated at once; verb reduplication
(研究研究, 讨论讨论) and 一+量词 (一步一步) are allowed. In PDF text a word can also be
doubled across a line break, so the end of one line is compared with the start of the next.
"""
from __future__ import annotations

import re
from typing import Iterable

from reviewer.core.checks import CheckContext, finding_at
from reviewer.core.checks._textkit import HAN, TEXT_GATE, published_paragraphs
from reviewer.core.documents.model import Document, Paragraph
from reviewer.core.findings import REVIEW, Finding

RULE = "text.duplicate"
BASIS = "文字重复（多打了字或词）"

# function characters that never reduplicate in written Chinese
FUNCTION_CHARS = set("的了在是和与及对把被将为从向由于以其之而并或也都就还又再已所却但则即使让给跟同更最很太"
                     "要有不没我你他她它们这那此该各每着过得地会能应须")
# two-character verbs (and a few adjectives) whose ABAB reduplication is ordinary Chinese
REDUPLICABLE = set("研究 讨论 学习 考虑 商量 了解 休息 活动 锻炼 打扫 整理 检查 收拾 比较 介绍 调查 思考 琢磨 "
                   "交流 沟通 练习 准备 清理 体验 尝试 关心 帮助 放松 表扬 批评 教育 说明 打听 议论 分析 "
                   "总结 盘算 合计 梳理 对照 雪白 通红 冰凉 碧绿 火热 笔直".split())
_HAN_RUN = re.compile(f"[{HAN}]+")
_DOUBLE_CHAR = re.compile(f"([{HAN}])\\1")
_REPEAT = re.compile(f"([{HAN}]{{2,12}}?)\\1")

EXAMPLES = {
    RULE: {
        "flag": ["要加强对的的工作指导。", "各地在在推进中发现问题。", "要进一步进一步加强管理。",
                 "新余市人民政府办公室关于印发《新余市新余市绿色建筑管理办法》的通知", "这项工作已经完成了了。"],
        "noflag": ["谢谢大家，常常联系，人人有责。", "这件事不了了之。", "目的的确定要科学。", "关键是是否符合规定。",
                   "在在线平台上办理。", "广州市市场监督管理局", "领导要研究研究这个问题。", "要一步一步推进。",
                   "2023年年底前完成。", "等等，天天，看看。"],
    },
}


def run(doc: Document, ctx: CheckContext) -> Iterable[Finding]:
    previous: Paragraph | None = None
    for para in published_paragraphs(doc):
        text = para.text
        if _DOUBLE_CHAR.search(text) or _REPEAT.search(text):
            yield from _in_paragraph(para, ctx)
        if para.part == "page" and previous is not None and previous.part == "page":
            found = _across_lines(previous, para, ctx)
            if found:
                yield found
        previous = para


def _tokens(ctx: CheckContext, run_text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for tok in ctx.words.cut(run_text):
        spans.append((pos, pos + len(tok)))
        pos += len(tok)
    return spans


def _in_paragraph(para: Paragraph, ctx: CheckContext) -> Iterable[Finding]:
    for run_match in _HAN_RUN.finditer(para.text):
        run_text = run_match.group()
        if len(run_text) < 2 or not (_DOUBLE_CHAR.search(run_text) or _REPEAT.search(run_text)):
            continue
        spans = _tokens(ctx, run_text)
        starts = {s: e for s, e in spans}
        ends = {e for _, e in spans}
        offset = run_match.start()
        reported_until = -1
        for m in _REPEAT.finditer(run_text):
            unit, s = m.group(1), m.start()
            mid, e = s + len(unit), m.end()
            if s in starts and mid in starts and mid in ends and e in ends and not _allowed_repeat(unit):
                yield _finding(para, offset + s, offset + e, unit, f"词语重复：“{unit}{unit}”，多了一个“{unit}”")
                reported_until = e
        for m in _DOUBLE_CHAR.finditer(run_text):
            s = m.start()
            ch = run_text[s]
            if s < reported_until or ch not in FUNCTION_CHARS:
                continue
            single_first = starts.get(s) == s + 1
            single_second = starts.get(s + 1) == s + 2
            if single_first and single_second and not (s and run_text[s - 1] == "一"):
                yield _finding(para, offset + s, offset + s + 2, ch, f"字重复：“{ch}{ch}”，多了一个“{ch}”")


def _allowed_repeat(unit: str) -> bool:
    return unit in REDUPLICABLE or (len(unit) == 2 and unit[0] == "一")


def _across_lines(previous: Paragraph, para: Paragraph, ctx: CheckContext) -> Finding | None:
    """A word at the end of one PDF line typed again at the start of the next."""
    tail = re.search(f"[{HAN}]{{2,12}}$", previous.text)
    head = re.match(f"[{HAN}]{{2,12}}", para.text)
    if not tail or not head:
        return None
    joined = tail.group() + head.group()
    cut = len(tail.group())
    spans = _tokens(ctx, joined)
    ends = {e for _, e in spans}
    starts = {s for s, _ in spans}
    for size in range(min(len(tail.group()), len(head.group())), 1, -1):
        unit = joined[cut - size:cut]
        if joined[cut:cut + size] == unit and cut - size in starts and cut in starts and cut + size in ends \
                and not _allowed_repeat(unit):
            return _finding(para, 0, size, unit, f"词语重复：上一行末尾与这一行开头都是“{unit}”", suggestion="")
    return None


def _finding(para: Paragraph, start: int, end: int, unit: str, message: str, suggestion: str | None = None) -> Finding:
    """A finding on the doubled text; the suggestion is the text once (or "" to delete a line's
    repeated start)."""
    return finding_at(para, start, end, rule=RULE, gate=TEXT_GATE, severity=REVIEW, message=message,
                      suggestion=unit if suggestion is None else suggestion, basis=BASIS, detail={"repeated": unit})
