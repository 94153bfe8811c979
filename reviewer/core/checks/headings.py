"""Heading numbers (GB/T 9704-2012 7.3.3: 结构层次序数依次用“一、”“（一）”“1.”“（1）”; 规章的
第X章、第X节、第X条): a number skipped (一、二、四、), repeated (1. 2. 2.), going back, a level
restarting while its parent has not changed, the first child not numbered one, and siblings
written in two forms (1. and 2、).

A heading is a paragraph that starts with its marker, typed or shown by Word's automatic
numbering (`Paragraph.label`, which is not in the text): a draft numbered 一、二、 by Word and
continued by a typed 三、 is in sequence; a typed heading that repeats or skips the automatic
one is not. A problem with an automatic number is located at the start of its paragraph
(an empty span) with the label as the finding's text; a typed number after an automatic one
(Word shows 一、一、总体要求) is flagged on the typed characters. Numbering starts afresh at an 附件/附表/
附录 line and after the closing date line (attachments number on their own), and in each part.
A line such as “附件：1.…” or “注：1、…” holds the first item of a list, so the next item may be
2. Articles (第X条) run on through chapters; sections (第X节) restart in each chapter.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from reviewer.core.checks import CheckContext, finding_at
from reviewer.core.checks._textkit import CN_NUMERAL, TEXT_GATE, cn_number, cn_numeral, published_paragraphs
from reviewer.core.documents.model import Document, Paragraph
from reviewer.core.findings import REVIEW, Finding

RULE = "text.heading"
BASIS = "GB/T 9704-2012《党政机关公文格式》7.3.3：文中结构层次序数依次用“一、”“（一）”“1.”“（1）”标注"

_CN = "一二三四五六七八九十百"
_ZH_NUM = "〇零一二三四五六七八九十百"
CHAPTER, SECTION, ARTICLE, L1, L2, L3, L4 = range(7)
_LEVEL_NAMES = {CHAPTER: "章", SECTION: "节", ARTICLE: "条", L1: "一级标题", L2: "二级标题", L3: "三级标题", L4: "四级标题"}

_MARKERS = (
    (CHAPTER, re.compile(rf"第(?P<n>[{_ZH_NUM}]+)章(?=[\s\u3000]|[^\s\u3000，。、；：的中])")),
    (SECTION, re.compile(rf"第(?P<n>[{_ZH_NUM}]+)节(?=[\s\u3000]|[^\s\u3000，。、；：的中])")),
    (ARTICLE, re.compile(rf"第(?P<n>[{_ZH_NUM}]+)条(?=[\s\u3000?？])")),
    (L1, re.compile(rf"(?P<n>[{_CN}]+)(?P<form>[、.．])(?=[\s\u3000]*[^{CN_NUMERAL}\s\d])")),
    (L2, re.compile(rf"[（(](?P<n>[{_CN}]+)[）)]")),
    (L3, re.compile(r"(?P<n>\d{1,2})(?P<form>[.．、])(?=\d{4}\s*年|[\s\u3000]*[^\d\s.．、])")),
    (L4, re.compile(r"[（(](?P<n>\d{1,2})[）)]")),
)
# a list whose first item sits on a line that is not itself a heading: 附件：1.… / 注：1、…
_INLINE_FIRST = re.compile(r"^[^：:]{1,8}[：:]\s*(?:(?P<l3>1)[.．、](?=\d{4}\s*年|[^\d])|[（(](?P<l4>1)[）)]|[（(](?P<l2>一)[）)])")
_ATTACHMENT = re.compile(r"^附\s*[件表录图]")
_CLOSING_DATE = re.compile(r"^[\s（(]*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年[^。，；]{1,8}日[\s）)]*$")
_LEAD = " \t\u3000"

EXAMPLES = {
    RULE: {
        "flag": ["一、总体要求\n二、工作任务\n四、保障措施", "一、总体要求\n（一）加强领导\n（三）强化保障",
                 "1.摸底排查。\n2.全面整改。\n2.监督评估。", "一、总体要求\n（一）加强领导\n（二）明确责任\n（一）强化保障",
                 "一、总体要求\n（二）加强领导", "1.摸底排查。\n2、全面整改。",
                 "第一条　为了加强管理，制定本办法。\n第三条　本办法适用于本市。"],
        "noflag": ["一、总体要求\n（一）加强领导\n1.摸底排查。\n2.全面整改。\n（二）明确责任\n1.建立机制。\n二、保障措施",
                   "一、总体要求\n二、工作任务\n附件：1.申报指南\n2.申报表", "一、目标\n二、任务\n2023年5月8日\n附件1\n一、说明\n二、要求",
                   "第一章　总则\n第一条　为了加强管理。\n第二章　设计\n第二条　建设单位应当。",
                   "（二）专家委员（按姓氏笔划为序）", "全面贯彻党的十九届\n二、三中全会精神",
                   "注：1、L为弧长。\n2、R为半径。", "3.2024年度省基金最多支持1项。", "2.省市联合基金\n3.2024 年度省基金\n4.申请人"],
    },
}


@dataclass
class _Heading:
    level: int
    number: int
    form: str      # 、 . ． ( （ — the mark that follows or surrounds the number
    start: int
    end: int
    marker: str


def run(doc: Document, ctx: CheckContext) -> Iterable[Finding]:
    # each line a reader sees: a paragraph, or a line of one after a .docx line break
    sequences: dict[tuple, list[tuple[Paragraph, int, str]]] = {}
    for para in published_paragraphs(doc):
        if para.part in ("body", "page", "textbox"):
            key = (para.part, para.part_index) if para.part == "textbox" else ("flow",)
            sequences.setdefault(key, []).extend((para, offset, line) for offset, line in para.lines())
    for lines in sequences.values():
        yield from _check_sequence(lines)


_MARKER_FIRST = set(_CN + "（(第0123456789")


def _parse(text: str) -> _Heading | None:
    lead = len(text) - len(text.lstrip(_LEAD))
    if text[lead:lead + 1] not in _MARKER_FIRST:
        return None
    for level, pattern in _MARKERS:
        m = pattern.match(text, lead)
        if not m:
            continue
        raw = m.group("n")
        number = int(raw) if raw.isdigit() else cn_number(raw)
        if not number:
            return None
        form = m.groupdict().get("form") or text[lead]
        return _Heading(level, number, form, lead, m.end(), m.group())
    return None


def _marker_for(level: int, number: int, form: str) -> str:
    if level in (CHAPTER, SECTION, ARTICLE):
        return f"第{cn_numeral(number)}{_LEVEL_NAMES[level]}"
    if level == L1:
        return f"{cn_numeral(number)}{form}"
    if level == L2:
        return f"（{cn_numeral(number)}）" if form != "(" else f"({cn_numeral(number)})"
    if level == L3:
        return f"{number}{form}"
    return f"（{number}）" if form != "(" else f"({number})"


def _reset_below(counters: dict[int, _Heading], level: int) -> None:
    for deeper in [lv for lv in counters if lv > level]:
        if level in (CHAPTER, SECTION) and deeper == ARTICLE:
            continue  # articles are numbered through the whole text
        del counters[deeper]


def _check_sequence(lines: list[tuple[Paragraph, int, str]]) -> Iterable[Finding]:
    counters: dict[int, _Heading] = {}
    for para, offset, line in lines:
        # Word's automatic number stands before the paragraph's first line only
        label = para.label + para.label_suffix if para.label and offset == 0 else ""
        shown = label + line
        text = shown.strip(_LEAD)
        if text.startswith("附") and _ATTACHMENT.match(text) or text.endswith(("日", "）", ")")) and _CLOSING_DATE.match(text):
            counters.clear()
        heading = _parse(shown)
        if heading is None and label:
            heading = _parse(label + "题")   # an automatic number is a heading whatever follows it
        if heading is None:
            inline = _INLINE_FIRST.match(text) if ("：" in text[:10] or ":" in text[:10]) else None
            if inline:
                level = L3 if inline.group("l3") else L4 if inline.group("l4") else L2
                _reset_below(counters, level - 1)
                counters[level] = _Heading(level, 1, inline.group()[-1] if level == L3 else "（", 0, 0, "")
            continue
        if label and heading.start < len(label):
            typed = _parse(line)
            if typed is not None:   # Word shows both: 一、一、总体要求
                yield finding_at(para, typed.start, typed.end, rule=RULE, gate=TEXT_GATE, severity=REVIEW,
                                 message=f"这一段已有自动编号“{para.label}”，又手工输入了序号“{typed.marker}”，"
                                         f"发布后会显示两个序号", suggestion="", basis=BASIS,
                                 detail={"automatic_numbering": True, "double_numbering": True})
        problem = _problem(heading, counters)
        if problem:
            message, expected = problem
            if heading.start < len(label):   # the number is Word's automatic numbering
                yield finding_at(para, 0, 0, rule=RULE, gate=TEXT_GATE, severity=REVIEW, text=heading.marker,
                                 message=f"{message}（自动编号）", suggestion=expected, basis=BASIS,
                                 detail={"automatic_numbering": True})
            else:
                start, end = offset + heading.start - len(label), offset + heading.end - len(label)
                yield finding_at(para, start, end, rule=RULE, gate=TEXT_GATE, severity=REVIEW,
                                 message=message, suggestion=expected, basis=BASIS)
        counters[heading.level] = heading
        _reset_below(counters, heading.level)


def _problem(h: _Heading, counters: dict[int, _Heading]) -> tuple[str, str | None] | None:
    prev = counters.get(h.level)
    name = _LEVEL_NAMES[h.level]
    if prev is None:
        has_parent = any(lv < h.level for lv in counters)
        if h.number != 1 and has_parent:
            first = _marker_for(h.level, 1, h.form)
            return f"{name}序号应从“{first}”开始，这里是“{h.marker}”", first
        return None
    expected = _marker_for(h.level, prev.number + 1, prev.form)
    if h.number == prev.number + 1:
        if h.form != prev.form and h.level in (L1, L3):
            return (f"同级标题序号形式不一致：前面用“{prev.marker}”，这里用“{h.marker}”", expected)
        return None
    if h.number == prev.number:
        return f"{name}序号重复：与上一个同级标题都是“{h.marker}”", expected
    if h.number > prev.number + 1:
        missing = _marker_for(h.level, prev.number + 1, prev.form)
        return f"{name}序号不连续：上一个是“{prev.marker}”，这里是“{h.marker}”，缺少“{missing}”", expected
    if h.number == 1:
        return f"{name}序号在上级标题未变的情况下重新从“{h.marker}”开始（上一个是“{prev.marker}”）", expected
    return f"{name}序号倒退：上一个是“{prev.marker}”，这里是“{h.marker}”", expected
