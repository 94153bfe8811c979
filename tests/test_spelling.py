"""The statistical typo check (text.typo.context): its data, candidate generation, scorer,
the guards against names, places and numbers, and false alarms on real documents."""
from __future__ import annotations

import dataclasses
import hashlib
import json
import math
from pathlib import Path

import pytest

from reviewer.core.checks import spelling
from reviewer.core.segment import word_table

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "corpus"
RULE = spelling.RULE


@pytest.fixture(scope="module")
def words():
    return word_table()


@pytest.fixture(scope="module")
def data():
    return spelling.spelling_data()


def typo_findings(findings, severities=("review", "info")):
    return [f for f in findings if f.rule == RULE and f.severity in severities]


# --- data ---------------------------------------------------------------------------------

def test_data_files_match_their_manifest_and_sources():
    folder = spelling.data_dir()
    manifest = json.loads((folder / spelling.MANIFEST_FILE).read_text(encoding="utf-8"))
    assert manifest["format"] == spelling.FORMAT
    names = {spelling.SYLLABLE_FILE, spelling.INDEX_FILE, spelling.CONTEXT_FILE, spelling.SHAPE_FILE, spelling.PROPER_FILE,
             spelling.KNOWN_FILE}
    assert set(manifest["files"]) == names
    for name, digest in manifest["files"].items():
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest, f"{name} 与 manifest.json 不符"
    assert manifest["parameters"]["index_min_count"] == spelling.INDEX_MIN_COUNT
    assert manifest["parameters"]["index_max_len"] == spelling.INDEX_MAX_LEN
    sources = (folder / "SOURCES.md").read_text(encoding="utf-8")
    for name in names:
        assert f"`{name}`" in sources, f"SOURCES.md 未说明 {name}"
    for needle in ("jieba", "pypinyin", "GB 2312", "Noto", "wordfreq", "CC BY-SA 4.0", "MIT"):
        assert needle in sources


def test_data_tables_are_well_formed(data):
    syllables = (spelling.data_dir() / spelling.SYLLABLE_FILE).read_text(encoding="utf-8").splitlines()
    top = chr(spelling.SYLLABLE_BASE + len(syllables))
    # every index key is Chinese characters around exactly one syllable code, of a word's length
    for key, chars in list(data.index.items())[::97]:
        codes = [c for c in key if spelling.SYLLABLE_BASE <= ord(c) < ord(top)]
        assert len(codes) == 1, key
        assert 2 <= len(key) <= spelling.INDEX_MAX_LEN
        assert chars and all(map(spelling.is_hanzi, chars))
    assert len(data.index) > 50_000
    # readings: 当 and 档 sound alike (dang), 省 is not read xian (an archaic reading left out)
    assert set(data.codes["当"]) & set(data.codes["档"])
    assert not set(data.codes["省"]) & set(data.codes["县"])
    # shapes: 未/末 and 己/已 look alike
    assert "末" in data.shapes["未"] and "已" in data.shapes["己"]


def test_confusion_sets_cover_known_misspellings(data):
    # one-character confusions from public lists of real misspellings (pycorrector's common
    # error pairs, ECSpell's 常见错字错词): wrong -> right
    def covered(wrong, right):
        return bool(set(data.codes.get(wrong, "")) & set(data.codes.get(right, ""))
                    or set(data.near(wrong)) & set(data.codes.get(right, ""))
                    or right in data.shapes.get(wrong, ""))
    for wrong, right in ("按安", "博搏", "贬砭", "峻竣", "戳戮", "幅辐", "磬罄", "旷犷", "份分", "砺厉"):
        assert covered(wrong, right), (wrong, right)


def test_index_finds_the_word_a_sound_alike_stands_for(data):
    code = data.codes["全"][0]           # quan
    assert "权" in data.index[code + "益"]
    assert "会" in data.index["委员" + data.codes["汇"][0]]


# --- candidates and scorer ----------------------------------------------------------------

def test_candidates_offer_sound_alikes_that_make_a_word(words, data):
    text = "保障当事人的合法全益"
    found = spelling.candidates(text, text.index("全"), data, words.freq)
    kind, start, end = found["权"]
    assert kind == "sound"
    assert text[start:end].replace("全", "权") in ("法权", "权益")
    assert "全" not in found


def test_candidates_offer_look_alikes(words, data):
    text = "左侧挢面边缘线"
    found = spelling.candidates(text, text.index("挢"), data, words.freq)
    assert found.get("桥", ("",))[0] == "shape"


def test_look_alikes_are_symmetric(data):
    # the file keeps each character's four most alike; alike is symmetric, so a character
    # is also offered the ones that list it (函 lists 困; 困 is offered 函), up to SHAPE_MAX
    assert "困" in data.shapes["函"] and "函" in data.shapes["困"]
    for ch, alike in data.shapes.items():
        assert len(alike) <= spelling.SHAPE_MAX
        for other in alike:
            assert ch in data.shapes.get(other, "") or len(data.shapes[other]) == spelling.SHAPE_MAX, (ch, other)


def test_look_alike_that_makes_only_a_longer_word_is_found(words, data):
    text = "经国务皖批准，设立该自然保护区。"
    found = spelling.candidates(text, text.index("皖"), data, words.freq)
    assert found.get("院") == ("shape", 1, 4)            # 务院 and 院批 are no words; 国务院 is
    (sus,) = spelling.detect(text, words, data)
    assert (sus.text, sus.suggestion, sus.kind) == ("国务皖", "国务院", "shape")


def test_correct_text_yields_no_suspect(words, data):
    for text in ("依法行政，推进政务公开", "保障当事人的合法权益", "构成犯罪的，依法追究刑事责任。"):
        assert spelling.detect(text, words, data) == [], text


def test_near_syllables_swap_one_initial_or_final():
    assert sorted(spelling.near_syllables("zhang")) == ["zang", "zhan"]
    assert spelling.near_syllables("shi") == ["si"]
    assert sorted(spelling.near_syllables("lan")) == ["lang", "nan"]
    assert set(spelling.near_syllables("xiang")) == {"xian"}
    assert spelling.near_syllables("a") == []


def test_near_sound_is_a_weaker_candidate(words, data):
    text = "各级人民增府要加强领导。"
    found = spelling.candidates(text, text.index("增"), data, words.freq)
    assert found["政"][0] == "near"
    (suspect,) = spelling.detect(text, words, data)
    assert (suspect.text, suspect.suggestion, suspect.kind) == ("人民增府", "人民政府", "near")


def test_log_prob_follows_jieba_route(words):
    text = "全国人民代表大会常务委员会关于修改法律的决定"
    score, route = spelling.log_prob(words.freq, math.log(words.total), text)
    tokens, k = [], 0
    while k < len(text):
        tokens.append(text[k:route[k]])
        k = route[k]
    assert tokens == words.cut(text)
    expected = sum(math.log(words.count(t) or 1) - math.log(words.total) for t in tokens)
    assert score == pytest.approx(expected)


def test_scorer_prefers_the_correction(words, data):
    found = spelling.detect("构成犯罪的，依法追究刑事责壬。", words, data)
    assert [(s.text, s.suggestion) for s in found] == [("刑事责壬", "刑事责任")]
    assert found[0].score > 0


def test_scorer_reports_the_exact_span(words, data):
    text = "请各单位于每月底前报送工作进展请况。"
    (found,) = spelling.detect(text, words, data)
    assert text[found.start:found.end] == found.text == "请况"
    assert found.suggestion == "情况"


def test_score_grows_with_the_evidence(words, data):
    weak = spelling.detect("促进社会和协稳定", words, data)
    strong = spelling.detect("依法追究刑事责壬", words, data)
    assert strong and (not weak or weak[0].score < strong[0].score)


# --- guards -------------------------------------------------------------------------------

def test_name_after_a_title_is_no_typo(words, data):
    tokens = words.cut("主任计承法受到行政记大过处分")
    starts = [sum(map(len, tokens[:k])) for k in range(len(tokens))]
    assert {2, 3, 4} <= spelling.name_positions(tokens, starts)
    assert spelling.detect("主任计承法受到行政记大过处分", words, data) == []


def test_name_before_he_is_no_typo(words, data):
    tokens = words.cut("本案责任人范先红和村委会主任均受到处分")
    starts = [sum(map(len, tokens[:k])) for k in range(len(tokens))]
    assert {5, 6, 7} <= spelling.name_positions(tokens, starts)   # the run of loose characters stops at 和


def test_de_before_an_ordinal_number_is_not_di(words, data, monkeypatch):
    monkeypatch.setattr(spelling, "TYPO_COST", 0.0)   # even the weakest guess
    for text in ("深入学习贯彻党的十九大精神。", "认真贯彻党的十四届六中全会精神"):
        assert all(not s.suggestion.startswith("第") for s in spelling.detect(text, words, data)), text


def test_weak_guess_is_info_and_strong_one_review(check_text):
    weak = typo_findings(check_text("请各单位于本月底前报送年度工作计划的通之\n"))
    assert [(f.text, f.suggestion, f.severity) for f in weak] == [("通之", "通知", "info")]
    strong = typo_findings(check_text("各级行政机关应当保障当事人的合法全益。"))
    assert [f.severity for f in strong] == ["review"]


def test_places_numbers_and_titles_stay_quiet(words, data):
    for text in ("同意将南京禄口机场口岸扩大开放", "一至七月累计完成投资三百亿元",
                 "根据《中华人民共和国行政许可法》第十二条"):
        assert spelling.detect(text, words, data) == [], text


def test_word_next_to_a_stranded_character_is_tried(words, data):
    # 检查 is a word; the slip shows in the 院 it leaves alone
    (found,) = spelling.detect("最高人民检查院发布指导性案例。", words, data)
    assert found.suggestion.endswith("检察院") and "检查院" in found.text


def test_issuing_body_of_a_document_number_stays(words, data):
    assert spelling.detect("按照《通知》（川办函〔2022〕12号）要求执行", words, data) == []


def test_misspelling_that_jieba_lists_is_caught(words, data):
    # jieba lists 甘败下风 with its placeholder count of 3 next to 甘拜下风 (62)
    assert words.count("甘败下风") <= spelling.UNATTESTED
    (found,) = spelling.detect("大家不能甘败下风。", words, data)
    assert (found.text, found.suggestion) == ("甘败下风", "甘拜下风")


def test_known_word_about_as_common_as_its_variant_stays(words, data):
    assert data.known("个人账户") is not None
    assert spelling.detect("开展职工基本养老保险个人账户试点", words, data) == []


def test_rare_real_words_are_held_back(words, data):
    assert data.known("省域") and data.known("依规") and data.known("正档") is None
    assert spelling.detect("跨省域补充耕地国家统筹", words, data) == []


def test_words_of_official_prose_are_no_typos(words, data):
    # abbreviations of government prose that neither jieba nor wordfreq lists: each one alone
    # reads as a sound-alike of a common word (视情/事情, 雨污/雨雾, 股室/股市)
    sentences = ["遇有特殊情况，各乡镇可视情延长开放时间。",
                 "老城区管网实施雨污分流改造。", "各股室要明确一名联络员。"]
    bare = dataclasses.replace(data, official=frozenset(), near_cache={})
    for sentence, word in zip(sentences, ["视情", "雨污", "股室"]):
        assert word in data.official
        assert [f.text for f in spelling.detect(sentence, words, bare)] == [word], sentence   # without the list
        assert spelling.detect(sentence, words, data) == [], sentence
    # a real typo next to such a word is still found
    (found,) = spelling.detect("各单位可视情保障当事人的合法全益。", words, data)
    assert (found.text, found.suggestion) == ("合法全益", "合法权益")


def test_official_words_list_says_where_each_word_is_published(data):
    lines = [ln for ln in (spelling.data_dir() / spelling.OFFICIAL_FILE).read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    assert len(lines) == len(data.official) >= 4
    for line in lines:
        word, _, where = line.partition("\t")
        assert 2 <= len(word) <= 4 and "《" in where, line
        assert word in where, line           # the source quotes the word as used
    assert f"`{spelling.OFFICIAL_FILE}`" in (spelling.data_dir() / "SOURCES.md").read_text(encoding="utf-8")


def test_proper_nouns_are_never_suggested(data):
    assert "黎明" in data.proper and "刘基" in data.proper       # names of people
    assert "安徽" not in data.proper                             # provinces may be: 案徽省 -> 安徽省
    top = spelling.SYLLABLE_BASE + 1000
    for key, chars in list(data.index.items())[::53]:
        for ch in chars:
            word = "".join(ch if spelling.SYLLABLE_BASE <= ord(c) < top else c for c in key)
            assert word not in data.proper, word


# --- the check in the engine --------------------------------------------------------------

def test_finding_carries_span_suggestion_and_chinese_message(check_text):
    text = "各级行政机关应当保障当事人的合法全益。"
    (finding,) = typo_findings(check_text(text))
    assert finding.gate == "text" and finding.severity == "review"
    assert text[finding.location.start:finding.location.end] == finding.text == "合法全益"
    assert finding.suggestion == "合法权益"
    assert finding.message == "疑似错别字：“合法全益”，是否应为“合法权益”？请核对。"
    assert finding.detail["kind"] == "sound"


def test_word_written_so_throughout_a_document_is_a_term(check_text):
    once = "各级行政机关应当保障当事人的合法全益。"
    assert typo_findings(check_text(once))
    repeated = once + "\n合法全益不受侵犯。"
    assert typo_findings(check_text(repeated)) == []


def test_tokens_are_shared_through_the_context():
    import datetime as dt

    from reviewer.core.checks import CheckContext
    ctx = CheckContext(date=dt.date(2025, 1, 1), lexicons=None)
    first = ctx.tokens("推进政务公开工作")
    assert first == ctx.words.cut("推进政务公开工作")
    assert ctx.tokens("推进政务公开工作") is first


def test_examples_of_the_rule(checker):
    from reviewer.core.examples import iter_examples, run_example
    cases = [c for c in iter_examples(checker) if c.where.endswith(":" + RULE)]
    assert len(cases) == sum(len(v) for v in spelling.EXAMPLES[RULE].values())
    problems = [run_example(checker, case)[0] for case in cases]
    assert [p for p in problems if p] == []


CORPUS = [p for p in sorted(FIXTURES.glob("spelling_*.txt")) if not p.name.endswith(".source.txt")]


def test_corpus_fixtures_are_there():
    assert len(CORPUS) >= 3


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_no_false_alarm_on_real_documents(check_text, path):
    findings = check_text(path.read_text(encoding="utf-8"))
    assert typo_findings(findings, ("review",)) == []


def test_engine_drops_a_statistical_typo_that_a_lexicon_reports():
    from reviewer.core.engine import without_restated_typos
    from reviewer.core.findings import Finding, Location

    def finding(rule, start, end, paragraph=0):
        return Finding(rule=rule, gate="text", severity="review", message="m", text="x",
                       location=Location("body", None, paragraph, start, end))
    listed = finding("text.typo", 4, 8)
    same_spot = finding(RULE, 6, 8)
    elsewhere = finding(RULE, 10, 12)
    other_paragraph = finding(RULE, 6, 8, paragraph=1)
    kept = without_restated_typos([listed, same_spot, elsewhere, other_paragraph])
    assert kept == [listed, elsewhere, other_paragraph]
    assert without_restated_typos([same_spot]) == [same_spot]


def test_missing_data_says_so_in_chinese(tmp_path, monkeypatch):
    monkeypatch.setattr(spelling, "_data", None)
    monkeypatch.setattr(spelling, "data_dir", lambda: tmp_path)
    with pytest.raises(RuntimeError, match="错别字统计检查的数据缺失"):
        spelling.spelling_data()
