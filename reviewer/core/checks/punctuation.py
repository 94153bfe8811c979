"""Punctuation (GB/T 15834-2011《标点符号用法》): half-width marks in Chinese text, doubled marks,
and paired marks (《》 “” ‘’ （） 【】 〔〕) left open or closed twice.

Half-width marks are reported only where Chinese text surrounds them, so numbers (1,000),
times (9:30), decimals, URLs, e-mail addresses, English phrases and standard codes
(GB/T 9704-2012) stay quiet; half-width brackets are reported when they hold Chinese text
((以下简称…), (一)) but not around numbers or codes ((1), (GB 50180)). A half-width ? or !
followed by a space is left alone: in real files it is usually a character that a GBK
conversion could not keep, not a question mark.
"""
from __future__ import annotations

import re
from typing import Iterable

from reviewer.core.checks import CheckContext, finding_at
from reviewer.core.checks._textkit import CN_NUMERAL, TEXT_GATE, is_han, published_paragraphs
from reviewer.core.documents.model import Document, Paragraph
from reviewer.core.findings import REVIEW, Finding

BASIS = "GB/T 15834-2011《标点符号用法》"
RULE_HALFWIDTH = "text.punctuation.halfwidth"
RULE_DOUBLED = "text.punctuation.doubled"
RULE_UNPAIRED = "text.punctuation.unpaired"

FULL_OF = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", ".": "。"}
OPENING_CN = "（《“‘「『【〔〈"
CLOSING_CN = "）》”’」』】〕〉"
_HALF_MARK = re.compile(r"[,;:?!.]")
_HALF_PAREN = re.compile(r"\(([^()\n]{1,120})\)")
_ASCII_QUOTES = re.compile(r'"([^"\n]{1,120})"')
_ASCII_ANGLES = re.compile(r"<([^<>\n]{1,120})>")
_HEADING_DOT = re.compile(rf"^\s*[{CN_NUMERAL}]+\.")

# pairs; a half-width ( may close a full-width （ and the other way round (reported as mixed)
_PAIRS = {"《": "》", "“": "”", "‘": "’", "（": "）", "(": ")", "【": "】", "〔": "〕", "「": "」",
          "『": "』", "〈": "〉"}
_FAMILY = {"(": "（", ")": "（", "（": "（", "）": "（"}
_CLOSERS = {close: open_ for open_, close in _PAIRS.items()}
_PAIR_CHARS = re.compile("[" + re.escape("".join(_PAIRS) + "".join(_PAIRS.values())) + "]")
_NAMES = {"《": "书名号", "“": "双引号", "‘": "单引号", "（": "括号", "【": "方头括号", "〔": "六角括号",
          "「": "直角引号", "『": "直角引号", "〈": "单书名号"}

_PDF_LINES = 4  # a title or a bracketed note in a PDF may run over this many lines

_MARKS = "，。、；：！？"
_DOUBLED = re.compile(r"[，。、；：！？,;]{2,}")
_ALLOWED_RUNS = {"？！", "！？"}  # GB/T 15834 4.4.3.3: 问号与叹号连用表示既疑问又感叹

EXAMPLES = {
    RULE_HALFWIDTH: {
        "flag": ["各地区,各部门要高度重视。", "现将有关事项通知如下:一是加强领导。", "是否已经完成?",
                 "根据《条例》(以下简称《条例》)的规定。", "(一)主动公开情况。", "推动\"放管服\"改革。",
                 "根据《关于印发<实施意见>的通知》执行。", "附件1:申报指南"],
        "noflag": ["全年共发放1,000份，时间为上午9:30。", "网址：http://www.gov.cn/a,b;c", "按照《党政机关公文格式》（GB/T 9704-2012）执行。",
                   "(1)有专职工作人员；(2)有固定住所。", "参照标准(GB 50180)执行。", "He said: \"OK, fine.\"",
                   "第一条? 为推动产业发展，制定本办法。", '<img alt="图片">'],
    },
    RULE_DOUBLED: {
        "flag": ["各地区、、各部门要高度重视。", "请认真贯彻执行。。", "现将有关事项通知如下，。"],
        "noflag": ["他说：“这是真的吗？！”", "等等……都要按时报送。", "要坚持——始终坚持——这一原则。"],
    },
    RULE_UNPAIRED: {
        "flag": ["根据《中华人民共和国政府信息公开条例的规定。", "深化“放管服改革。", "请各单位（部门认真落实。",
                 "详见附件（一)。", "落实相关要求》的规定。"],
        "noflag": ["根据《关于印发〈办法〉的通知》（国办发〔2019〕3号）。", "他说：“我们要‘以人民为中心’。”",
                   "“第一段引文开始，\n“第二段引文继续，到此结束。”", "China’s economy grew."],
    },
}


def run(doc: Document, ctx: CheckContext) -> Iterable[Finding]:
    by_part: dict[tuple, list[Paragraph]] = {}
    for para in published_paragraphs(doc):
        yield from _halfwidth(para)
        yield from _doubled(para)
        by_part.setdefault((para.part, para.part_index if para.part != "page" else None), []).append(para)
    for paras in by_part.values():
        yield from _unpaired(paras)


def _finding(para: Paragraph, start: int, end: int, rule: str, message: str, suggestion: str | None) -> Finding:
    return finding_at(para, start, end, rule=rule, gate=TEXT_GATE, severity=REVIEW, message=message,
                      suggestion=suggestion, basis=BASIS)


def _is_ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _halfwidth(para: Paragraph) -> Iterable[Finding]:
    text = para.text
    n = len(text)
    for m in _HALF_MARK.finditer(text):
        i, ch = m.start(), m.group()
        prev = text[i - 1] if i else ""
        nxt = text[i + 1] if i + 1 < n else ""
        if ch in ",;:" and nxt.isspace() and i + 2 < n:
            nxt = text[i + 2]  # one space, or a line break inside a PDF paragraph
        prev_han = is_han(prev)
        if ch in ",;:":
            ok = (prev_han or prev in CLOSING_CN) and (is_han(nxt) or nxt in OPENING_CN or _is_ascii_alnum(nxt)) \
                or prev.isdigit() and is_han(nxt) and _number_in_chinese(text, i - 1)
        elif ch in "?!":
            ok = (prev_han or prev in CLOSING_CN) and (not nxt or is_han(nxt) or nxt in CLOSING_CN or nxt in OPENING_CN)
        else:  # a full stop typed half-width between two Chinese characters
            ok = prev_han and is_han(nxt)
        if not ok:
            continue
        suggestion = FULL_OF[ch]
        if ch == "." and _HEADING_DOT.match(text[:i + 1]):
            suggestion = "、"
        yield _finding(para, i, i + 1, RULE_HALFWIDTH,
                       f"中文文本中使用了半角标点“{ch}”，应使用全角“{suggestion}”", suggestion)
    for m in _HALF_PAREN.finditer(text) if "(" in text else ():
        inner = m.group(1)
        if not any(is_han(c) for c in inner):
            continue
        yield _finding(para, m.start(), m.end(), RULE_HALFWIDTH,
                       "中文文本中使用了半角括号“( )”，应使用全角括号“（ ）”", f"（{inner}）")
    for m in _ASCII_ANGLES.finditer(text) if "<" in text else ():  # 《关于印发<…>的通知》: an inner title takes 〈〉
        inner = m.group(1)
        if any(is_han(c) for c in inner) and not re.search(r'^/|[="]', inner):  # not markup
            yield _finding(para, m.start(), m.end(), RULE_HALFWIDTH,
                           "书名号内的书名应使用单书名号“〈 〉”，不用“< >”", f"〈{inner}〉")
    for m in _ASCII_QUOTES.finditer(text) if '"' in text else ():
        inner = m.group(1)
        before = text[m.start() - 1] if m.start() else ""
        after = text[m.end()] if m.end() < n else ""
        if any(is_han(c) for c in inner) and (is_han(before) or is_han(after) or not before or not after):
            yield _finding(para, m.start(), m.end(), RULE_HALFWIDTH,
                           "中文文本中使用了半角引号“\"”，应使用全角引号“ ”", f"“{inner}”")


def _number_in_chinese(text: str, last_digit: int) -> bool:
    """The number ending at last_digit stands in Chinese text (附件1:关于…), not in a time or a code."""
    k = last_digit
    while k >= 0 and text[k].isdigit():
        k -= 1
    return k >= 0 and is_han(text[k])


def _doubled(para: Paragraph) -> Iterable[Finding]:
    for m in _DOUBLED.finditer(para.text):
        run_ = m.group()
        if run_ in _ALLOWED_RUNS or not any(c in _MARKS for c in run_):
            continue
        if set(run_) == {"。"} and len(run_) >= 3:
            suggestion = "……"
            message = "用句号连写代替省略号，应使用省略号“……”"
        elif len(set(run_)) == 1:
            suggestion = run_[0]
            message = f"标点重复：“{run_}”，应只保留一个"
        else:
            suggestion = None
            message = f"标点连用：“{run_}”，应只保留一个合适的标点"
        yield _finding(para, m.start(), m.end(), RULE_DOUBLED, message, suggestion)


def _scan_pairs(text: str) -> tuple[list[tuple[int, str]], list[tuple[int, str]], list[tuple[int, int]]]:
    """(unclosed openers, unmatched closers, mixed-width bracket pairs) of one paragraph."""
    stack: list[tuple[int, str]] = []
    unmatched: list[tuple[int, str]] = []
    mixed: list[tuple[int, int]] = []
    unclosed: list[tuple[int, str]] = []
    for m in _PAIR_CHARS.finditer(text):
        i, ch = m.start(), m.group()
        if ch in _PAIRS:
            stack.append((i, ch))
        elif ch in _CLOSERS:
            if ch == "’" and i and text[i - 1].isascii() and text[i - 1].isalpha():
                continue  # an apostrophe (China’s), not a closing quote
            family = _FAMILY.get(ch, _CLOSERS[ch])
            for k in range(len(stack) - 1, -1, -1):
                if _FAMILY.get(stack[k][1], stack[k][1]) == family:
                    break
            else:
                unmatched.append((i, ch))
                continue
            opened_at, opener = stack[k]
            unclosed.extend(stack[k + 1:])
            del stack[k:]
            if _PAIRS[opener] != ch:
                mixed.append((opened_at, i))
    unclosed.extend(stack)
    unclosed.sort()
    return unclosed, unmatched, mixed


def _starts_with(text: str, ch: str) -> bool:
    return text.lstrip(" \t\u3000").startswith(ch)


def _unpaired(paras: list[Paragraph]) -> Iterable[Finding]:
    """Pairs within a paragraph; a pair may also close in the next paragraph (a title broken in
    two) or, in a PDF, within the next few lines; a quotation may run over several paragraphs,
    each opening with “ and only the last closing (GB/T 15834 4.1.3.3)."""
    pending: list[tuple[Paragraph, int, str, int]] = []  # opened, not yet closed: (paragraph, offset, mark, lines left)
    for para in paras:
        unclosed, unmatched, mixed = _scan_pairs(para.text)
        for i, ch in list(unmatched):
            family = _FAMILY.get(ch, _CLOSERS[ch])
            for k in range(len(pending) - 1, -1, -1):
                if _FAMILY.get(pending[k][2], pending[k][2]) == family:
                    del pending[k]
                    unmatched.remove((i, ch))
                    break
        still_open = []
        for prev, i, ch, left in pending:
            if ch == "“" and _starts_with(para.text, "“"):
                continue  # a quotation that goes on in the next paragraph
            if left > 1:
                still_open.append((prev, i, ch, left - 1))
            else:
                yield _open_finding(prev, i, ch)
        for i, ch in unmatched:
            name = _NAMES[_FAMILY.get(ch, _CLOSERS[ch])]
            yield _finding(para, i, i + 1, RULE_UNPAIRED, f"{name}不配对：有后半“{ch}”而没有前半“{_CLOSERS[ch]}”",
                           None)
        for s, e in mixed:
            opener, closer = para.text[s], para.text[e]
            yield _finding(para, s, e + 1, RULE_UNPAIRED,
                           f"括号前后不一致：“{opener}”与“{closer}”一个全角一个半角，应统一使用全角括号“（ ）”",
                           "（" + para.text[s + 1:e] + "）")
        lines = _PDF_LINES if para.part == "page" else 1
        pending = still_open + [(para, i, ch, lines) for i, ch in unclosed]
    for prev, i, ch, _ in pending:
        yield _open_finding(prev, i, ch)


def _open_finding(para: Paragraph, i: int, ch: str) -> Finding:
    name = _NAMES[_FAMILY.get(ch, ch)]
    return _finding(para, i, i + 1, RULE_UNPAIRED, f"{name}不配对：有前半“{ch}”而没有后半“{_PAIRS[ch]}”", None)
