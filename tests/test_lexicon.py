import datetime as dt
from pathlib import Path

import pytest

from reviewer.core.lexicon import LexiconSet, parse_lexicon, plain_term_list

HEADER = """@id: test.bodies
@gate: policy
@rule: policy.renamed
@severity: block
@version: 1
@source: 测试来源
@source_date: 2018-03-17
@flag: [2023-01-01] 由环境保护部牵头。
@noflag: 各级农业部门要加强指导。
"""


def lex(body: str, header: str = HEADER):
    lexicon, problems = parse_lexicon(header + body, "t.lex")
    assert problems == []
    return LexiconSet([lexicon])


def test_problems_name_file_and_line():
    text = HEADER.replace("@severity: block", "@severity: fatal") + "甲 | 乙 | since=2018-13-01\n丙 | | colour=red\n甲 | 丁\n"
    lexicon, problems = parse_lexicon(text, "dept.lex")
    assert "dept.lex:4: 未知的级别 'fatal'（应为 block review info）" in problems
    assert any(p.startswith("dept.lex:10:") and "不存在的日期" in p for p in problems)
    assert any(p.startswith("dept.lex:11:") and "未知的键 'colour'" in p for p in problems)
    assert any(p.startswith("dept.lex:12:") and "重复（第一次在第10行）" in p for p in problems)


def test_missing_header_and_wrong_gate_prefix_are_reported():
    _, problems = parse_lexicon("@id: x\n甲\n", "a.lex")
    assert "a.lex:1: 缺少文件头 @gate" in problems
    _, problems = parse_lexicon(HEADER.replace("@rule: policy.renamed", "@rule: text.renamed"), "b.lex")
    assert any("b.lex:3:" in p and "应以关口 policy." in p for p in problems)


def test_header_after_entries_and_skip_without_term_are_errors():
    _, problems = parse_lexicon(HEADER + "甲\n@message: x\n乙 | | skip=丙丁\n", "c.lex")
    assert any(p.startswith("c.lex:11:") and "文件头" in p for p in problems)
    assert any(p.startswith("c.lex:12:") and "必须包含词条" in p for p in problems)


def test_shipped_lexicon_needs_both_kinds_of_example():
    text = HEADER.replace("@noflag: 各级农业部门要加强指导。\n", "") + "甲\n"
    _, problems = parse_lexicon(text, "d.lex")
    assert any("@noflag" in p for p in problems)


def test_match_respects_word_boundaries_and_time_scope():
    s = lex("农业部 | 农业农村部 | since=2018-03-17\n")
    day = dt.date(2023, 1, 1)
    assert [m.entry.term for m in s.match("报农业部备案。", day)] == ["农业部"]
    assert s.match("各级农业部门要加强指导。", day) == []
    assert s.match("报农业部备案。", dt.date(2017, 12, 31)) == []


def test_boundary_none_allows_cutting_through_a_word():
    s = lex("农业部 | 农业农村部 | boundary=none\n")
    assert len(s.match("各级农业部门要加强指导。", dt.date(2023, 1, 1))) == 1


def test_until_ends_an_entry():
    s = lex("旧称 | 新称 | until=2020-01-01\n")
    assert s.match("使用旧称。", dt.date(2019, 6, 1))
    assert not s.match("使用旧称。", dt.date(2020, 1, 1))


def test_skip_phrase_suppresses_only_that_context():
    s = lex("村长 | 村主任 | skip=老村长\n")
    day = dt.date(2023, 1, 1)
    assert s.match("由村长负责召集村民会议。", day)
    assert not s.match("老村长回忆说。", day)


def test_matches_across_line_break_and_spaces_map_to_original_offsets():
    s = lex("国家工商行政管理总局 | 国家市场监督管理总局\n")
    text = "由国家工商行政管理\n总局会同"
    [m] = s.match(text, dt.date(2023, 1, 1))
    assert text[m.start:m.end] == "国家工商行政管理\n总局"


def test_longer_match_of_the_same_gate_wins():
    s = lex("工商行政管理总局 | 市场监督管理总局\n国家工商行政管理总局 | 国家市场监督管理总局\n")
    [m] = s.match("由国家工商行政管理总局负责", dt.date(2023, 1, 1))
    assert m.entry.term == "国家工商行政管理总局"


def test_message_has_suggestion_and_basis_names_source():
    s = lex("环境保护部 | 生态环境部 | note=2018年机构改革\n")
    [m] = s.match("环境保护部", dt.date(2023, 1, 1))
    assert "建议改为“生态环境部”" in m.entry.message()
    assert "测试来源" in m.entry.basis_text() and "2018-03-17" in m.entry.basis_text()


def test_plain_term_list_reads_utf8_and_gbk(tmp_path: Path):
    f = tmp_path / "内部项目.txt"
    f.write_bytes("天河工程\t某工程\n# 注释\n\n星火计划\n".encode("gb18030"))
    lexicon, problems = plain_term_list(f, "secrecy")
    entries = lexicon.all_entries()
    assert [(e.term, e.line) for e in entries] == [("天河工程", 1), ("星火计划", 4)]
    assert entries[0].suggestion == "某工程"
    assert lexicon.rule == "secrecy.custom" and lexicon.severity == "block" and lexicon.boundary == "none"
    assert problems and "GB18030" in problems[0]


def test_plain_list_header_sets_gate_and_source_and_matches_inside_words(tmp_path: Path):
    f = tmp_path / "dept.terms"
    f.write_text("@id: dept.projects\n@gate: policy\n@source: 某局内部项目清单\n# 注释\n天河工程\nＡＢ项目\n", encoding="utf-8")
    lexicon, problems = plain_term_list(f)
    assert problems == [] and (lexicon.id, lexicon.gate, lexicon.rule) == ("dept.projects", "policy", "policy.custom")
    found = LexiconSet([lexicon]).match("参与天河工程建设和ab项目", dt.date(2024, 1, 1))
    assert {m.entry.term for m in found} == {"ＡＢ项目", "天河工程"}


def test_a_hundred_thousand_terms_build_and_match(tmp_path: Path):
    f = tmp_path / "big.txt"
    f.write_text("".join(f"项目{i:06d}号\n" for i in range(100_000)), encoding="utf-8")
    lexicon, _ = plain_term_list(f, "secrecy")
    assert lexicon.size == 100_000
    found = LexiconSet([lexicon]).match("本单位承担项目012345号的研制", dt.date(2024, 1, 1))
    assert [(m.entry.term, m.entry.line) for m in found] == [("项目012345号", 12346)]


@pytest.mark.parametrize("bad", ["@id: a\n@id: b\n", "@unknown: x\n"])
def test_header_problems(bad):
    _, problems = parse_lexicon(HEADER + bad, "e.lex")
    assert problems
