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
from reviewer.core.checks._textkit import HAN, TEXT_GATE, is_han, published_paragraphs
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
_WRAPPED_LINE = 15
_LINE_END = re.compile(f"[{HAN}]{{2,10}}$")
_LINE_START = re.compile(f"[{HAN}]{{2,10}}")
_DOUBLE_CHAR = re.compile(f"([{HAN}])\\1")
# words of up to 8 characters (中华人民共和国) from the common CJK blocks: a narrower class is faster
_REPEAT = re.compile("([\u3400-\u9fff]{2,8}?)\\1")

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
        yield from _in_paragraph(para, ctx)
        if para.part == "page" and previous is not None and previous.part == "page":
            found = _across_lines(previous, para, ctx)
            if found:
                yield found
        previous = para


def _tokens(ctx: CheckContext, run_text: str) -> tuple[dict[int, int], set[int]]:
    """Token start -> end, and the set of token ends, of one run of Han characters."""
    starts, pos = {}, 0
    for tok in ctx.words.cut(run_text):
        starts[pos] = pos + len(tok)
        pos += len(tok)
    return starts, set(starts.values())


def _in_paragraph(para: Paragraph, ctx: CheckContext) -> Iterable[Finding]:
    """Doubles within a paragraph; line breaks inside it (a PDF paragraph keeps them) are read
    through, so 进一步\n进一步 is one double."""
    text, original = _without_line_breaks(para.text)
    candidates = [(m.start(), m.end(), m.group(1)) for m in _REPEAT.finditer(text) if not _allowed_repeat(m.group(1))]
    candidates += [(m.start(), m.end(), m.group(1)) for m in _DOUBLE_CHAR.finditer(text)
                   if m.group(1) in FUNCTION_CHARS and not (m.start() and text[m.start() - 1] == "一")]
    if not candidates:
        return
    segmented: dict[int, tuple[dict[int, int], set[int]]] = {}  # start of a Han run -> its tokens
    reported: list[tuple[int, int]] = []
    for s, e, unit in sorted(candidates, key=lambda c: (c[0], -(c[1] - c[0]))):
        if any(a <= s and e <= b for a, b in reported):
            continue
        run_start = s
        while run_start > 0 and is_han(text[run_start - 1]):
            run_start -= 1
        if run_start not in segmented:
            segmented[run_start] = _tokens(ctx, _HAN_RUN.match(text, run_start).group())
        starts, ends = segmented[run_start]
        first, middle, last = s - run_start, s - run_start + len(unit), e - run_start
        if len(unit) == 1:  # both copies are one-character words
            doubled = starts.get(first) == middle and starts.get(middle) == last
        else:  # both copies are made of whole words
            doubled = first in starts and middle in starts and middle in ends and last in ends
        if doubled:
            kind = "字" if len(unit) == 1 else "词语"
            reported.append((s, e))
            yield _finding(para, original(s), original(e - 1) + 1, unit, f"{kind}重复：“{unit}{unit}”，多了一个“{unit}”")


def _without_line_breaks(text: str):
    """(text without its line breaks, the original offset of each offset in it)."""
    if "\n" not in text:
        return text, lambda k: k
    kept = [k for k, ch in enumerate(text) if ch != "\n"]
    return text.replace("\n", ""), kept.__getitem__


def _allowed_repeat(unit: str) -> bool:
    return unit in REDUPLICABLE or (len(unit) == 2 and unit[0] == "一")


def _across_lines(previous: Paragraph, para: Paragraph, ctx: CheckContext) -> Finding | None:
    """A word at the end of one PDF line typed again at the start of the next. Only a line long
    enough to be running text that wraps counts: short lines are table cells and headings, where
    one cell may well start with the word the previous one ended with (X坐标 / 坐标编号)."""
    ending = previous.text.rstrip()
    if len(ending) < _WRAPPED_LINE or not is_han(ending[-1]) or not is_han(para.text[:1]):
        return None
    tail = _LINE_END.search(ending[-10:])
    head = _LINE_START.match(para.text)
    if not tail or not head:
        return None
    joined = tail.group() + head.group()
    cut = len(tail.group())
    sizes = [size for size in range(min(len(tail.group()), len(head.group())), 1, -1)
             if joined[cut - size:cut] == joined[cut:cut + size] and not _allowed_repeat(joined[cut:cut + size])]
    if not sizes:
        return None
    starts, ends = _tokens(ctx, joined)
    for size in sizes:
        if cut - size in starts and cut in starts and cut + size in ends:
            unit = joined[cut:cut + size]
            return _finding(para, 0, size, unit, f"词语重复：上一行末尾与这一行开头都是“{unit}”", suggestion="")
    return None


def _finding(para: Paragraph, start: int, end: int, unit: str, message: str, suggestion: str | None = None) -> Finding:
    """A finding on the doubled text; the suggestion is the text once (or "" to delete a line's
    repeated start)."""
    return finding_at(para, start, end, rule=RULE, gate=TEXT_GATE, severity=REVIEW, message=message,
                      suggestion=unit if suggestion is None else suggestion, basis=BASIS, detail={"repeated": unit})
