"""The typo and 异形词 lexicons: consistent data, the right forms clean, known collisions quiet."""
from __future__ import annotations

import datetime as dt

import pytest

from reviewer.core import paths
from reviewer.core.lexicon import LexiconSet, load_directory

TEXT_LEXICONS, PROBLEMS = load_directory(paths.lexicon_dir() / "text")


def text_findings(check_text, text, date=None):
    return [f for f in check_text(text, date) if f.rule in ("text.typo", "text.typo.variant")]


def test_the_lexicons_load_without_problems_and_cite_their_sources():
    assert PROBLEMS == []
    assert {lex.rule for lex in TEXT_LEXICONS} == {"text.typo", "text.typo.variant"}
    for lex in TEXT_LEXICONS:
        assert lex.gate == "text" and lex.severity == "review" and lex.source
        assert len(lex.entries) > 50


def test_every_entry_has_a_different_right_form():
    for lex in TEXT_LEXICONS:
        for entry in lex.entries:
            assert entry.suggestion and entry.suggestion != entry.term, f"{lex.path}:{entry.line}"


def test_no_wrong_form_is_the_right_form_of_another_entry():
    wrong = {e.term for lex in TEXT_LEXICONS for e in lex.entries}
    right = {e.suggestion for lex in TEXT_LEXICONS for e in lex.entries}
    assert wrong & right == set()


def test_applying_the_suggestion_leaves_nothing_to_find():
    """The right form, in the sentence where the wrong one stood, is clean for every entry."""
    from reviewer.core.segment import word_table
    matcher, day = LexiconSet(TEXT_LEXICONS), dt.date(2024, 6, 1)
    words = word_table()
    for lex in TEXT_LEXICONS:
        for entry in lex.entries:
            wrong_text = f"我们要{entry.term}。"
            right_text = f"我们要{entry.suggestion}。"
            assert matcher.match(right_text, day, boundaries=words.boundaries) == [], f"{lex.path}:{entry.line}"
            if entry.boundary == "none" or (entry.boundary is None and lex.boundary == "none"):
                assert any(m.entry is entry for m in matcher.match(wrong_text, day, boundaries=words.boundaries)), \
                    f"{lex.path}:{entry.line}: {entry.term} not found"


@pytest.mark.parametrize("text, term, fix", [
    ("新建办公建筑应按装用电分项计量装置。", "按装", "安装"),
    ("要再接再励，确保各项工作落到实处。", "再接再励", "再接再厉"),
    ("既使遇到困难，也要按期完成。", "既使", "即使"),
    ("面对问题一愁莫展。", "一愁莫展", "一筹莫展"),
    ("按照统一布署，扎实推进。", "布署", "部署"),
    ("补助资金已拔付到位。", "拔付", "拨付"),
    ("提高国际竟争力。", "竟争力", "竞争力"),
])
def test_typos_are_found_with_their_right_form(check_text, text, term, fix):
    [f] = text_findings(check_text, text)
    assert (f.rule, f.text, f.suggestion) == ("text.typo", term, fix)


@pytest.mark.parametrize("text", [
    "既使用线上渠道，又使用线下渠道。", "请按装箱单逐项清点。", "名单按排名先后列出。", "统一惯性导航系统已完成测试。",
    "热中子反应堆", "识别冲突规范中的连结点。", "筚路蓝缕，以启山林。", "游览磁器口古镇。", "学校就坐落在山脚下。",
    "珠海九洲港客运码头", "各地要搭建帐篷安置受灾群众。", "他已后撤至安全地带。", "原由市财政局承担的职能划入市审计局。",
    "希有关部门予以支持。", "防范钓鱼网站。", "确保人民群众祥和平安度过节日假期。", "国家标识牌", "开展标准化工作，标志着新的开始。",
])
def test_real_words_that_contain_a_wrong_form_are_quiet(check_text, text):
    assert text_findings(check_text, text) == []


def test_variants_are_reported_as_variants():
    [f] = text_findings_plain("信息必须客观真实，没有任何虚假成份。")
    assert (f.rule, f.text, f.suggestion) == ("text.typo.variant", "成份", "成分")
    assert "异形词" in f.message and "GF 1001-2001" in f.basis


def text_findings_plain(text, date="2024-06-01"):
    from reviewer.core.documents.text import from_string
    from reviewer.core.engine import Checker, CheckOptions
    checker = Checker(CheckOptions(user_dir=None, only={"terms"}, date=dt.date.fromisoformat(date),
                                   today=dt.date.fromisoformat(date)))
    return [f for f in checker.check_document(from_string(text)).findings if f.gate == "text"]


def test_variants_are_judged_against_the_date_of_the_document():
    assert text_findings_plain("有稳定的经费来源和独立的财务帐号。", "1997-05-01") == []
    assert [f.suggestion for f in text_findings_plain("有稳定的经费来源和独立的财务帐号。")] == ["账号"]


def test_liaowang_is_wrong_only_since_the_2013_character_table():
    assert text_findings_plain("设立了望哨。", "2010-01-01") == []
    assert [f.suggestion for f in text_findings_plain("设立了望哨。", "2020-01-01")] == ["瞭望"]
