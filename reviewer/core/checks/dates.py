"""Dates that cannot be: 2023年2月30日, 4月31日, 2月29日 in a common year, 13月, 32日, 0月 — in Arabic
and Chinese numerals, and the end of a range (1月28日至30日); a weekday that does not match its
date (2023年5月1日（星期二）); a 成文日期 line with padded numbers (2023年05月08日, GB/T 9704-2012
7.3.5.1: 月、日不编虚位).

A date without its year is judged on the months alone (2月30日 never exists); its 29 February
and its weekday are judged only against years the text gives: a year written shortly before it
in the same paragraph, else (weekday only) any of the document's own year, the year before or
after, and the last year written in an earlier paragraph — silent if any of them fits. Lunar
dates (农历二月三十) are left alone. In a PDF the lines are read as one text, so a date broken
over two lines is seen whole.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Iterable

from reviewer.core.checks import CheckContext, finding_at
from reviewer.core.checks._textkit import TEXT_GATE, Flow, ascii_digits, cn_number, flow_finding, flows
from reviewer.core.documents.model import Document
from reviewer.core.findings import REVIEW, Finding

RULE = "text.date"
RULE_WEEKDAY = "text.date.weekday"
RULE_FORMAT = "text.date.format"
BASIS = "公历日期（每月天数；闰年为能被4整除且不能被100整除，或能被400整除的年份）"
BASIS_FORMAT = "GB/T 9704-2012《党政机关公文格式》7.3.5.1：成文日期用阿拉伯数字将年、月、日标全，月、日不编虚位"

_CN_YEAR = "〇○零Ｏ一二三四五六七八九"
_CN_SMALL = "一二三四五六七八九十〇零"
# month and day first (a pattern that starts with a character class is searched fast); the year is
# then looked for just before
_ARABIC = re.compile(r"(?P<m>\d{1,2})(?!\d)\s*月\s*(?P<d>\d{1,3})(?!\d)\s*日")
_ARABIC_YEAR = re.compile(r"(?<!\d)(?P<y>\d{4})\s*年\s*$")
_CHINESE = re.compile(rf"(?P<m>[{_CN_SMALL}]{{1,2}})月(?P<d>[{_CN_SMALL}]{{1,3}})日")
_CHINESE_YEAR = re.compile(rf"(?P<y>[{_CN_YEAR}]{{4}})年$")
_YEAR_MONTH = re.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})(?!\d)\s*月(?!\s*\d{1,3}\s*日)")
_RANGE_END = re.compile(r"\s*日?\s*(?:至|到|—|－|-|~|～)\s*(?P<d>\d{1,2})(?!\d)\s*日")
_WEEKDAY = re.compile(r"\s*[（(]?\s*(?:星期|礼拜|周)(?P<w>[一二三四五六日天])")
_YEAR_MENTION = re.compile(rf"([\d{_CN_YEAR}]{{4}})\s*年")
_LUNAR = re.compile(r"农历|阴历|夏历|旧历")
_CLOSING_LINE = re.compile(r"^[\s（(]*(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日[\s）)]*$")
_WEEKDAY_NAMES = "一二三四五六日"

EXAMPLES = {
    RULE: {
        "flag": ["会议定于2023年2月30日召开。", "申报截止时间为2023年4月31日。", "于2023年2月29日前报送。",
                 "2023年13月完成验收。", "自2023年1月1日至2月30日开展专项检查。", "二〇二三年二月三十日",
                 "报名时间为6月28日至31日。", "请于9月31日前报送材料。", "2024年12月32日"],
        "noflag": ["会议定于2024年2月29日召开。", "2023年3月31日前报送。", "农历二月三十日举行庙会。",
                   "2018年12月30日至2019年1月1日放假调休，共3天。", "二〇一二年一月九日", "每月30日前报送上月数据。"],
    },
    RULE_WEEKDAY: {
        "flag": ["会议定于2023年5月1日（星期二）召开。"],
        "noflag": ["会议定于2023年5月1日（星期一）召开。", "2019年春节：2月4日至10日放假调休。2月2日（星期六）上班。"],
    },
    RULE_FORMAT: {
        "flag": ["2023年05月08日"],
        "noflag": ["2023年5月8日", "截至2023年05月的数据"],
    },
}


_NEAR = 150  # how far back a year written before a date still counts as its year


def run(doc: Document, ctx: CheckContext) -> Iterable[Finding]:
    last_year: int | None = None  # the last year written in an earlier paragraph
    for flow in flows(doc):
        if "月" not in flow.text and "年" not in flow.text:
            continue
        text = ascii_digits(flow.text)
        yield from _check_flow(flow, text, ctx.date, last_year)
        years = [y for y in map(_year_of, _YEAR_MENTION.finditer(text)) if y]
        if years:
            last_year = years[-1]


def _year_of(m: re.Match) -> int | None:
    raw = m.group(1)
    if m.start() and m.string[m.start() - 1].isdigit():
        return None
    y = int(raw) if raw.isdigit() else cn_number(raw)
    return y if y and 1900 <= y <= 2200 else None


def _number(raw: str) -> int | None:
    return int(raw) if raw.isdigit() else cn_number(raw)


def _check_flow(flow: Flow, text: str, doc_date: dt.date, last_year: int | None) -> Iterable[Finding]:
    mentions = [(m.start(), _year_of(m)) for m in _YEAR_MENTION.finditer(text)]
    for pattern, year_pattern in ((_ARABIC, _ARABIC_YEAR), (_CHINESE, _CHINESE_YEAR)):
        for m in pattern.finditer(text):
            start = m.start()
            if pattern is _ARABIC and text[max(0, start - 3):start].rstrip()[-1:].isdigit():
                continue  # the end of a longer number (12月 read from 2012月), also across a PDF line break
            if pattern is _CHINESE and _LUNAR.search(text, max(0, start - 8), start):
                continue
            before = year_pattern.search(text[max(0, start - 10):start])
            if before:
                start -= len(before.group())
            year = _number(before.group("y")) if before else None
            month, day = _number(m.group("m")), _number(m.group("d"))
            if month is None or day is None:
                continue
            known_year = year or next((y for s, y in reversed(mentions)
                                       if start - _NEAR <= s < start and y), None)
            problem = _impossible(year, known_year, month, day)
            if problem:
                yield _finding(flow, start, m.end(), RULE, problem, BASIS)
                continue
            if pattern is _ARABIC:
                end = _RANGE_END.match(text, m.end())
                if end and not 1 <= int(end.group("d")) <= _days_in(month, known_year):
                    s, e = end.start("d"), end.end()
                    yield _finding(flow, s, e, RULE, f"日期范围的终点不存在：{month}月{int(end.group('d'))}日"
                                   f"（{month}月只有{_days_in(month, known_year)}天）", BASIS)
            weekday = _WEEKDAY.match(text, m.end())
            if weekday:
                yield from _check_weekday(flow, start, weekday, year, known_year, month, day, doc_date, last_year)
    for m in _YEAR_MONTH.finditer(text):
        month = int(m.group("m"))
        if not 1 <= month <= 12 and not (m.start() and text[m.start() - 1].isdigit()):
            yield _finding(flow, m.start(), m.end(), RULE, f"不存在的月份：{month}月", BASIS)
    for para in flow.paragraphs:
        closing = _CLOSING_LINE.match(ascii_digits(para.text))
        if closing and any(len(g) > 1 and g.startswith("0") for g in closing.group("m", "d")):
            right = f"{closing.group('y')}年{int(closing.group('m'))}月{int(closing.group('d'))}日"
            yield finding_at(para, closing.start("y"), closing.end("d") + 1, rule=RULE_FORMAT, gate=TEXT_GATE,
                             severity=REVIEW, message=f"成文日期的月、日不编虚位，应写作“{right}”",
                             suggestion=right, basis=BASIS_FORMAT)


def _days_in(month: int, year: int | None) -> int:
    if month == 2:
        return 29 if year is None or calendar.isleap(year) else 28
    return calendar.monthrange(2001, month)[1]


def _impossible(year: int | None, known_year: int | None, month: int, day: int) -> str | None:
    shown = f"{year}年{month}月{day}日" if year else f"{month}月{day}日"
    if not 1 <= month <= 12:
        return f"不存在的日期：{shown}（没有{month}月）"
    if day < 1:
        return f"不存在的日期：{shown}"
    limit = _days_in(month, known_year)
    if day > limit:
        if month == 2 and day == 29:
            return f"不存在的日期：{shown}（{known_year}年不是闰年，2月只有28天）"
        return f"不存在的日期：{shown}（{month}月只有{limit}天）"
    return None


def _check_weekday(flow: Flow, start: int, weekday: re.Match, year: int | None, known_year: int | None,
                   month: int, day: int, doc_date: dt.date, last_year: int | None) -> Iterable[Finding]:
    said = "日" if weekday.group("w") in "日天" else weekday.group("w")
    wanted = _WEEKDAY_NAMES.index(said)
    if year:
        candidates = [year]
    else:
        candidates = {doc_date.year - 1, doc_date.year, doc_date.year + 1}
        for y in (known_year, last_year):
            if y:
                candidates |= {y, y + 1}
    fits = []
    for y in candidates:
        try:
            fits.append(dt.date(y, month, day).weekday() == wanted)
        except ValueError:
            fits.append(False)
    if any(fits):
        return
    if year:
        actual = _WEEKDAY_NAMES[dt.date(year, month, day).weekday()]
        message = f"星期与日期不符：{year}年{month}月{day}日是星期{actual}，不是星期{said}"
    else:
        message = f"星期与日期不符：{month}月{day}日在本文涉及的年份中都不是星期{said}"
    yield _finding(flow, start, weekday.end(), RULE_WEEKDAY, message, "公历日期与星期的对应关系")


def _finding(flow: Flow, start: int, end: int, rule: str, message: str, basis: str) -> Finding:
    return flow_finding(flow, start, end, rule=rule, gate=TEXT_GATE, severity=REVIEW, message=message, basis=basis)
