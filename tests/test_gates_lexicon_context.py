"""The lexicon format's context rules (skip_before/after/sentence, skip_quoted, skip_title, near):
additive to the .lex format, validated at load, backward compatible."""
from __future__ import annotations

import datetime as dt

import pytest

from reviewer.core.lexicon import LexiconSet, parse_lexicon

DAY = dt.date(2024, 1, 1)
HEAD = """@id: test.ctx
@gate: legal
@rule: legal.repealed
@severity: block
@version: 1
@source: 测试
@source_date: 2020-01-01
@flag: 依据《合同法》办理。
@noflag: 依据《民法典》办理。
"""


def lexset(extra_header: str = "", entries: str = "《合同法》 | 《民法典》合同编\n") -> LexiconSet:
    lex, problems = parse_lexicon(HEAD + extra_header + entries, "t.lex")
    assert problems == []
    return LexiconSet([lex])


def terms(ls: LexiconSet, text: str) -> list[str]:
    return [text[m.start:m.end] for m in ls.match(text, DAY)]


def test_without_context_rules_every_mention_matches():
    ls = lexset()
    assert terms(ls, "原《合同法》同时废止。") == ["《合同法》"]


def test_skip_before_immediately_and_through_the_opening_mark():
    ls = lexset("@skip_before: 原\n", "《合同法》 | x\n合同法 | x\n")
    assert terms(ls, "原《合同法》规定的制度。") == []
    assert terms(ls, "原合同法规定的制度。") == []
    assert terms(ls, "依据《合同法》规定。") == ["《合同法》"]


def test_skip_before_reaches_over_a_place_name_but_not_over_other_words():
    head = HEAD.replace("legal.repealed", "policy.renamed").replace("@gate: legal", "@gate: policy")
    lex, problems = parse_lexicon(head + "@skip_before: 原\n环保局 | 生态环境局\n", "t.lex")
    assert problems == []
    ls = LexiconSet([lex])
    assert terms(ls, "原县环保局的职责由县生态环境局承担。") == []
    assert terms(ls, "原北京市环保局的职责。") == []
    assert terms(ls, "原则上由县环保局负责。") == ["环保局"]
    assert terms(ls, "研究院原副院长由县环保局推荐。") == ["环保局"]


def test_skip_after():
    ls = lexset("@skip_after: 令\n", "国家工商行政管理总局 | 国家市场监督管理总局\n")
    assert terms(ls, "（国家工商行政管理总局令第1号）") == []
    assert terms(ls, "由国家工商行政管理总局负责。") == ["国家工商行政管理总局"]


def test_skip_sentence_looks_at_the_whole_sentence_only():
    ls = lexset("@skip_sentence: 废止\n")
    assert terms(ls, "民法典施行，《合同法》同时废止。") == []
    assert terms(ls, "某办法已废止。依据《合同法》办理。") == ["《合同法》"]


def test_skip_title_ignores_a_mention_inside_another_documents_title():
    ls = lexset("@skip_title: yes\n", "质检总局 | 国家市场监督管理总局\n")
    assert terms(ls, "转发《质检总局关于加强检验的通知》。") == []
    assert terms(ls, "由质检总局负责。") == ["质检总局"]
    # a PDF line break cut the title: its 》 is in the next paragraph
    assert terms(ls, "按照《质检总局办公厅关于开展") == []
    assert terms(ls, "《通知》印发后由质检总局负责。") == ["质检总局"]
    assert terms(ls, "按照《通知。由质检总局负责。") == ["质检总局"]


def test_skip_quoted_by_lexicon_and_overridden_by_entry():
    entries = "台独 | x\n中华民国总统 | 台湾地区领导人 | skip_quoted=no\n"
    ls = lexset("@skip_quoted: yes\n", entries)
    assert terms(ls, "坚决反对“台独”。") == []
    assert terms(ls, "坚决反对\"台独\"。") == []
    assert terms(ls, "坚决反对台独。") == ["台独"]
    assert terms(ls, "所谓“中华民国总统”。") == ["中华民国总统"]


def test_near_requires_a_word_in_the_same_sentence():
    ls = lexset(entries="罪犯 | 犯罪嫌疑人 | near=涉嫌 | near=抓获\n")
    assert terms(ls, "警方抓获涉嫌盗窃的罪犯。") == ["罪犯"]
    assert terms(ls, "监狱依法对罪犯实施改造。") == []
    assert terms(ls, "警方抓获一人。监狱依法对罪犯实施改造。") == []


def test_entry_level_skip_sentence():
    ls = lexset(entries="《合同法》 | x | skip_sentence=同时废止\n")
    assert terms(ls, "《合同法》同时废止。") == []
    assert terms(ls, "依据《合同法》。") == ["《合同法》"]


@pytest.mark.parametrize("header, entry, message", [
    ("@skip_quoted: maybe\n", "", "@skip_quoted 应为 yes 或 no"),
    ("@skip_title: 1\n", "", "@skip_title 应为 yes 或 no"),
    ("@skip_before:\n", "", "@skip_before 的值为空"),
    ("", "合同法 | x | skip_quoted=perhaps\n", "skip_quoted 应为 yes 或 no"),
])
def test_bad_context_rules_are_reported_with_file_and_line(header, entry, message):
    _, problems = parse_lexicon(HEAD + header + (entry or "合同法 | x\n"), "t.lex")
    assert any(message in p and p.startswith("t.lex:") for p in problems), problems
