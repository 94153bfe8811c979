"""political.formulation: near-misses of fixed formulations, enumeration order, speed."""
from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from reviewer.core.checks import CheckContext, formulation
from reviewer.core.documents.text import from_string
from reviewer.core.lexicon import LexiconSet

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "gates_corpus"


def findings(text: str, day: dt.date = dt.date(2024, 6, 1)):
    ctx = CheckContext(date=day, lexicons=LexiconSet([]))
    return list(formulation.run(from_string(text), ctx))


def test_data_file_parses_cleanly_and_every_entry_has_a_source():
    data, problems = formulation.load()
    assert problems == ()
    assert len(data.forms) > 30 and len(data.enumerations) >= 8
    assert all(f.source for f in data.forms) and all(e.source for e in data.enumerations)


@pytest.mark.parametrize("text, wrong", [
    ("全面贯彻习近平新时代中国特色社会主议思想。", "习近平新时代中国特色社会主议思想"),   # substitution
    ("坚持以习近平新时代特色社会主义思想为指导。", "习近平新时代特色社会主义思想"),       # two deletions
    ("坚持习近平新时代中国特色的社会主义思想。", "习近平新时代中国特色的社会主义思想"),   # insertion
    ("必须坚决维护党中央权威和集中统一的领导。", "坚决维护党中央权威和集中统一的领导"),
    ("坚持和发展中国特色社会主仪。", "中国特色社会主仪"),
])
def test_near_misses_are_blocked_with_the_canonical_form(text, wrong):
    found = findings(text)
    assert [f.text for f in found] == [wrong]
    f = found[0]
    assert f.rule == "political.formulation" and f.severity == "block"
    assert f.suggestion and f.basis
    assert f.text == text[f.location.start:f.location.end]


@pytest.mark.parametrize("text", [
    "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神。",
    "坚持和发展中国特色社会主义。",
    "中国特色社会主义制度、中国特色社会主义道路、中国特色社会主义理论体系、中国特色社会主义文化。",
    "建设有中国特色社会主义，走有中国特色的社会主义道路。",
    "以习近平新时代中国特色社会主义经济思想为指导。",
    "培育社会主义核心价值体系。",                       # 价值体系 is a word of its own
    "为全面建设社会主义现代化罗江贡献力量。",             # a whole last word replaced: another phrase
    "推动构建海洋命运共同体和网络空间命运共同体。",
    "铸牢中华民族共同体意识。",
    "坚持以马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观为指导。",
    "坚持以马克思列宁主义、毛泽东思想、邓小平理论、‘三个代表’重要思想为指导。",   # quotes do not count
])
def test_canonical_forms_and_legitimate_neighbours_are_quiet(text):
    assert findings(text) == []


def test_quotes_and_spaces_are_ignored_but_the_location_is_in_the_original_text():
    text = "深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维持”。"
    found = findings(text)
    assert len(found) == 1
    f = found[0]
    assert f.text == text[f.location.start:f.location.end] == "增强“四个意识”、坚定“四个自信”、做到“两个维持”"
    spaced = "坚持习近平新时代 中国特色社会主议思想"
    assert [f.text for f in findings(spaced)] == ["习近平新时代 中国特色社会主议思想"]


def test_a_form_split_over_two_paragraphs_is_not_a_near_miss():
    assert findings("习近平新时代中国特色\n社会主义思想") == []


@pytest.mark.parametrize("text, expected", [
    ("坚定道路自信、制度自信、理论自信、文化自信。", "道路自信、理论自信、制度自信、文化自信"),
    ("牢固树立创新、绿色、协调、开放、共享的新发展理念。", "创新、协调、绿色、开放、共享"),
    ("统筹推进经济建设、政治建设、社会建设、文化建设、生态文明建设。",
     "经济建设、政治建设、文化建设、社会建设、生态文明建设"),
    ("坚持以毛泽东思想、马克思列宁主义、邓小平理论为指导。", "马克思列宁主义、毛泽东思想、邓小平理论"),
])
def test_fixed_enumerations_out_of_order_are_blocked(text, expected):
    found = findings(text)
    assert len(found) == 1 and found[0].suggestion == expected
    assert found[0].rule == "political.formulation" and found[0].severity == "block"


@pytest.mark.parametrize("text", [
    "坚定道路自信、理论自信、制度自信、文化自信。",
    "倡导富强、民主、文明、和谐，倡导自由、平等、公正、法治，倡导爱国、敬业、诚信、友善。",
    "加强开放、创新、协调工作。",                      # not all five items: an ordinary list
    "推进文化建设和经济建设。",
])
def test_enumerations_in_order_or_incomplete_are_quiet(text):
    assert findings(text) == []


def test_real_documents_full_of_formulations_are_quiet():
    for path in sorted(FIXTURES.glob("*.txt")):
        if path.name.endswith(".source.txt"):
            continue
        assert findings(path.read_text(encoding="utf-8")) == [], path.name


def test_cost_per_100k_characters():
    """The brief's budget is 30 ms per 100k characters; measured ~11 ms CPU here. The bound
    below is loose so a loaded CI machine does not fail it; it catches a quadratic regression."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))
             if not p.name.endswith(".source.txt")]
    text = "\n".join(texts)
    text = (text * (100_000 // len(text) + 1))[:100_000]
    doc = from_string(text)
    ctx = CheckContext(date=dt.date(2024, 6, 1), lexicons=LexiconSet([]))
    list(formulation.run(doc, ctx))  # loads data and the word table
    best = min(_cpu(lambda: list(formulation.run(doc, ctx))) for _ in range(3))
    assert best < 0.15, f"{best * 1000:.0f} ms per 100k characters"


def _cpu(fn) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start
