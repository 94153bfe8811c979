from __future__ import annotations

import pytest

from text_helpers import run_check, run_check_pdf


@pytest.mark.parametrize("text, found, fix", [
    ("国办发[2023]12号", "[2023]12号", "〔2023〕12号"),
    ("国办发(2023)12号", "(2023)12号", "〔2023〕12号"),
    ("根据《通知》（财办发（2022）5号）要求。", "（2022）5号", "〔2022〕5号"),
    ("川办函【2022】89号", "【2022】89号", "〔2022〕89号"),
    ("国发﹝2019﹞3号", "﹝2019﹞3号", "〔2019〕3号"),
    ("国发〔2023〕第12号", "〔2023〕第12号", "〔2023〕12号"),
    ("国发〔2023〕012号", "〔2023〕012号", "〔2023〕12号"),
    ("国发[2023]第012号", "[2023]第012号", "〔2023〕12号"),
    ("国办发［２０２３］１２号", "［２０２３］１２号", "〔2023〕12号"),
])
def test_wrong_forms_are_found_with_the_right_form(text, found, fix):
    [f] = run_check("docnumber", text)
    assert (f.rule, f.text, f.suggestion) == ("text.docnumber", found, fix)
    assert text[f.location.start:f.location.end] == found


def test_each_problem_is_named():
    [f] = run_check("docnumber", "国发[2023]第012号")
    assert "六角括号" in f.message and "第" in f.message and "虚位" in f.message


def test_a_two_digit_year_is_found_without_guessing_the_century():
    [f] = run_check("docnumber", "国发〔19〕3号")
    assert "四位" in f.message and f.suggestion is None


@pytest.mark.parametrize("text", [
    "国办发〔2023〕12号", "依据《通知》（国办公开办函〔2021〕30号）等规定。",
    "北京市第一中级人民法院（2023）京01民初123号民事判决书", "（2023）穗仲案字第123号", "全年(2023)共完成12项",
    "(2023)12号", "按照2023年(第12号)公告",
])
def test_correct_numbers_court_case_numbers_and_lookalikes_are_quiet(text):
    assert run_check("docnumber", text) == []


def test_a_number_broken_over_two_pdf_lines_is_read_whole():
    [f] = run_check_pdf("docnumber", [["按照川办函", "[2022]89 号文件要求执行。"]])
    assert f.suggestion == "〔2022〕89号"
    assert f.location.part == "page" and f.location.paragraph == 1
    assert "川办函[2022]89号" in f.context.replace(" ", "")
    [g] = run_check_pdf("docnumber", [["按照川办函[2022]"], ["89号文件要求执行。"]])
    assert g.text == "[2022]89号" and g.location.part_index == 1
