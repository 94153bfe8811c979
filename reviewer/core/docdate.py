"""The document's own date: its 成文日期 (the date line that closes it) or the 印发 date of its 版记.

Time-scoped rules are judged against this date: an abolished body named in a document
written before the reform is not a finding.
"""
from __future__ import annotations

import datetime as dt
import re

from reviewer.core.documents.model import Document

_CN_DIGITS = {"〇": 0, "○": 0, "零": 0, "Ｏ": 0, "O": 0, "0": 0, "一": 1, "二": 2, "三": 3, "四": 4,
              "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_NUM = r"[0-9０-９]{1,4}|[〇○零Ｏ一二三四五六七八九十]{1,4}"
_DATE = re.compile(rf"({_NUM})\s*年\s*({_NUM})\s*月\s*({_NUM})\s*日")
# a line holding only a date, maybe in brackets (成文日期), or a 版记 line ending in 印发
_CLOSING = re.compile(rf"^(?:[^\s。，；]{{2,30}}\s+)?[\s（(]*(?:{_DATE.pattern})[\s）)]*$")
_PRINTED = re.compile(rf"(?:{_DATE.pattern})\s*印发\s*$")
_TAIL = 60  # paragraphs from the end that can hold the closing date or 版记
_HEAD = 15  # paragraphs from the start that can hold the 发文字号
# a 发文字号 standing alone in the head: 国办发〔1997〕11号 (brackets as people type them)
_DOCNUMBER = re.compile(r"^[（(]?[\u4e00-\u9fff]{1,15}\s*[〔\[［(（【﹝]\s*((?:19|20)\d\d)\s*[〕\]］)）】﹞]"
                        r"\s*第?\s*\d{1,5}\s*号[）)]?$")


def _number(s: str) -> int | None:
    s = s.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if s.isdigit():
        return int(s)
    if all(c in _CN_DIGITS for c in s):
        if "十" in s:  # 十, 十二, 二十, 二十一
            head, _, tail = s.partition("十")
            return (_CN_DIGITS[head] if head else 1) * 10 + (_CN_DIGITS[tail] if tail else 0)
        return int("".join(str(_CN_DIGITS[c]) for c in s))
    return None


def parse_date(match: re.Match) -> dt.date | None:
    y, m, d = (_number(g) for g in match.groups()[:3])
    if None in (y, m, d):
        return None
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def document_date(doc: Document) -> dt.date | None:
    """成文日期 from the last standalone date line near the end of the body; else the 版记's
    印发 date; else None. (`document_date_and_source` adds the 文号's year as a last resort.)"""
    return document_date_and_source(doc)[0]


def document_date_and_source(doc: Document) -> tuple[dt.date | None, str | None]:
    """(date, source): source is `document` for the 成文日期 or 印发 date, `docnumber` when only
    the year of the document's own 发文字号 is known (then the last day of that year: an old
    name in a document of that year is still flagged, for a person to judge)."""
    day = _closing_date(doc)
    if day:
        return day, "document"
    head = [p.text.strip() for p in doc.paragraphs(("body", "page"))][:_HEAD]
    for text in head:
        m = _DOCNUMBER.match(text)
        if m:
            return dt.date(int(m.group(1)), 12, 31), "docnumber"
    return None, None


def _standalone_date(text: str) -> dt.date | None:
    if _CLOSING.match(text):
        day = parse_date(_DATE.search(text))
        if day and 1949 <= day.year <= 2100:
            return day
    return None


def _closing_date(doc: Document) -> dt.date | None:
    body = [p.text.strip() for p in doc.paragraphs(("body", "page", "table"))]
    body = [t for t in body if t]
    printed = None
    for text in reversed(body[-_TAIL:]):
        day = _standalone_date(text)
        if day:
            return day
        if printed is None:
            m = _PRINTED.search(text)
            if m:
                printed = parse_date(_DATE.search(m.group(0)))
    if printed:
        return printed
    # a short notice that transmits a long attachment (印发…的通知): its date line comes first
    return next((day for day in map(_standalone_date, body[:-_TAIL]) if day), None)
