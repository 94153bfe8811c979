"""Small shared pieces of the text-gate (文字关) checks: Han characters, Chinese numerals, the
paragraphs a reader of the published document sees."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Iterable, Iterator

from reviewer.core.checks import finding_at, text_paragraphs
from reviewer.core.documents.model import Document, Paragraph
from reviewer.core.findings import Finding, context_of

TEXT_GATE = "text"
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff"
HAN_RE = re.compile(f"[{HAN}]")

# full-width digits to ASCII, offset-preserving (one character for one)
_ASCII_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_FULLWIDTH_DIGIT = re.compile("[０-９]")

CN_DIGITS = {"〇": 0, "○": 0, "零": 0, "Ｏ": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9, "两": 2}
CN_NUMERAL = "〇○零Ｏ一二三四五六七八九十百两"


def ascii_digits(text: str) -> str:
    """Full-width digits made ASCII, offsets unchanged (str.translate only where needed: it is slow)."""
    return text.translate(_ASCII_DIGITS) if _FULLWIDTH_DIGIT.search(text) else text


def is_han(ch: str) -> bool:
    return bool(ch) and HAN_RE.match(ch) is not None


def cn_number(s: str) -> int | None:
    """一 -> 1, 十二 -> 12, 二十 -> 20, 一百零五 -> 105, 二〇二三 -> 2023 (digit by digit)."""
    if not s:
        return None
    if "十" not in s and "百" not in s:
        if all(c in CN_DIGITS for c in s):
            return int("".join(str(CN_DIGITS[c]) for c in s))
        return None
    total, rest = 0, s
    if "百" in rest:
        head, _, rest = rest.partition("百")
        if head and (len(head) != 1 or head not in CN_DIGITS):
            return None
        total += (CN_DIGITS[head] if head else 1) * 100
        rest = rest.lstrip("零〇")
    if "十" in rest:
        head, _, rest = rest.partition("十")
        if head and (len(head) != 1 or head not in CN_DIGITS):
            return None
        total += (CN_DIGITS[head] if head else 1) * 10
    if rest:
        if len(rest) != 1 or rest not in CN_DIGITS:
            return None
        total += CN_DIGITS[rest]
    return total


def cn_numeral(n: int) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 20 -> 二十, 105 -> 一百零五."""
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n - 10] if n > 10 else "")
    if n < 100:
        return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")
    rest = n % 100
    tail = "" if rest == 0 else ("零" + digits[rest] if rest < 10 else cn_numeral(rest) if rest >= 20
                                 else "一" + cn_numeral(rest))
    return digits[n // 100] + "百" + tail


def published_paragraphs(doc: Document) -> Iterable[Paragraph]:
    """Paragraphs of the published text; comments are hidden content (the secrecy gate's), not text
    a reader sees, so the text gate leaves them alone."""
    for para in text_paragraphs(doc):
        if para.part != "comment" and para.text:
            yield para


@dataclass
class Flow:
    """Text read across the line breaks of a PDF: the lines of the pages joined with "\\n", so a
    文号 or a date broken over two lines is still seen whole. Any other paragraph is a flow of its
    own."""
    text: str
    paragraphs: list[Paragraph]
    offsets: list[int]  # where each paragraph starts in text

    def locate(self, start: int, end: int) -> tuple[Paragraph, int, int]:
        """The paragraph holding `start`, and [start, end) in its own offsets, cut at its end."""
        k = max(bisect.bisect_right(self.offsets, start) - 1, 0)
        para, base = self.paragraphs[k], self.offsets[k]
        s = min(start - base, len(para.text))
        return para, s, max(s, min(end - base, len(para.text)))


def flow_finding(flow: Flow, start: int, end: int, **fields) -> Finding:
    """A finding on flow.text[start:end]. Its location is the paragraph (PDF line) where it starts;
    in a PDF its context is read across the line breaks, and so is its text when it runs on into
    the next line."""
    para, s, e = flow.locate(start, end)
    finding = finding_at(para, s, e, **fields)
    if len(flow.paragraphs) > 1:
        finding.context = context_of(flow.text, start, end).replace("\n", "")
        if "\n" in flow.text[start:end]:
            finding.text = flow.text[start:end].replace("\n", "")
    return finding


def flows(doc: Document) -> Iterator[Flow]:
    lines: list[Paragraph] = []
    for para in published_paragraphs(doc):
        if para.part == "page":
            lines.append(para)
            continue
        yield Flow(para.text, [para], [0])
    if lines:
        offsets, pos = [], 0
        for para in lines:
            offsets.append(pos)
            pos += len(para.text) + 1
        yield Flow("\n".join(p.text for p in lines), lines, offsets)
