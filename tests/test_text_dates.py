from __future__ import annotations

import datetime as dt

import pytest

from text_helpers import run_check, run_check_pdf


@pytest.mark.parametrize("text, found", [
    ("会议定于2023年2月30日召开。", "2023年2月30日"),
    ("截止时间为2023年4月31日。", "2023年4月31日"),
    ("于2023年2月29日前报送。", "2023年2月29日"),
    ("于2100年2月29日前报送。", "2100年2月29日"),
    ("2023年13月完成验收。", "2023年13月"),
    ("2023年0月完成验收。", "2023年0月"),
    ("2024年12月32日", "2024年12月32日"),
    ("2024年5月0日", "2024年5月0日"),
    ("请于9月31日前报送材料。", "9月31日"),
    ("自2023年1月1日至2月30日开展专项检查。", "2月30日"),
    ("二〇二三年二月三十日", "二〇二三年二月三十日"),
    ("二〇二三年二月二十九日", "二〇二三年二月二十九日"),
    ("２０２３年２月３０日", "２０２３年２月３０日"),
])
def test_impossible_dates(text, found):
    [f] = run_check("dates", text)
    assert (f.rule, f.text) == ("text.date", found)
    assert text[f.location.start:f.location.end] == found


def test_the_message_says_why():
    [f] = run_check("dates", "于2023年2月29日前报送。")
    assert "不是闰年" in f.message
    [g] = run_check("dates", "截止时间为2023年4月31日。")
    assert "4月只有30天" in g.message


@pytest.mark.parametrize("text", [
    "2024年2月29日", "2000年2月29日", "2023年3月31日前报送。", "2018年12月30日至2019年1月1日放假调休，共3天。",
    "二〇一二年一月九日", "每月30日前报送上月数据。", "农历二月三十日举行庙会。", "2012年12月31日", "第12月31日",
    "2月29日前报送。",  # no year to judge 29 February against
])
def test_possible_dates_are_quiet(text):
    assert run_check("dates", text) == []


def test_a_year_written_earlier_in_the_paragraph_judges_29_february():
    [f] = run_check("dates", "2023年工作安排：2月29日前完成自查。")
    assert f.text == "2月29日"
    assert run_check("dates", "2024年工作安排：2月29日前完成自查。") == []


def test_the_end_of_a_day_range():
    [f] = run_check("dates", "报名时间为6月28日至31日。")
    assert f.text == "31日" and "6月只有30天" in f.message
    assert run_check("dates", "报名时间为7月28日至31日。") == []


def test_weekday_against_an_explicit_year():
    [f] = run_check("dates", "会议定于2023年5月1日（星期二）召开。")
    assert f.rule == "text.date.weekday" and "星期一" in f.message
    assert f.text == "2023年5月1日（星期二"
    assert run_check("dates", "会议定于2023年5月1日（星期一）召开。") == []
    assert run_check("dates", "会议定于2023年5月1日(周一)召开。") == []


def test_weekday_without_a_year_is_judged_against_the_years_the_document_gives():
    text = ("一、元旦：2018年12月30日至2019年1月1日放假调休，共3天。\n"
            "二、春节：2月4日至10日放假调休。2月2日（星期六）、2月3日（星期日）上班。")
    assert run_check("dates", text, dt.date(2018, 12, 4)) == []
    [f] = run_check("dates", "二、春节：2月2日（星期三）上班。", dt.date(2018, 12, 4))
    assert f.rule == "text.date.weekday"


def test_padded_closing_date():
    [f] = run_check("dates", "国务院办公厅\n2023年05月08日")
    assert f.rule == "text.date.format" and f.suggestion == "2023年5月8日"
    assert run_check("dates", "截至2023年05月08日的数据如下。") == []


def test_a_date_broken_over_two_pdf_lines():
    [f] = run_check_pdf("dates", [["本办法自2023年4月"], ["31 日起施行。"]])
    assert f.text == "2023年4月31 日" and f.location.part_index == 1
    assert run_check_pdf("dates", [["自2018年1"], ["2月30日起"]]) == []  # 12月 broken at the line end
