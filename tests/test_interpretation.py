"""政策解读: copied share, passages and missing elements, through `reviewer check --source`."""
import json

from conftest import run_cli

from reviewer.core.documents.text import from_string
from reviewer.core.interpretation import compare

POLICY = ("第一条 为了规范政府信息公开工作，保障公民依法获取政府信息，制定本办法。\n"
          "第二条 行政机关应当建立健全政府信息公开工作制度，指定机构负责本机关政府信息公开的日常工作。\n"
          "第三条 行政机关公开政府信息，应当坚持以公开为常态、不公开为例外，遵循公正、公平、合法、便民的原则。\n")

COPY = ("关于《办法》的解读\n"
        "行政机关应当建立健全政府信息公开工作制度，指定机构负责本机关政府信息公开的日常工作。\n"
        "行政机关公开政府信息，应当坚持以公开为常态、不公开为例外。\n")

GOOD = ("关于《办法》的解读\n"
        "一、起草背景：近年来群众获取信息的需求不断增长。\n"
        "二、制定依据：根据《中华人民共和国政府信息公开条例》。\n"
        "三、出台目的：旨在让群众更方便地查到政府信息。\n"
        "四、主要内容：明确了公开的机构、范围和程序。\n"
        "五、新旧变化：与原办法相比，新增了依申请公开的办理时限。\n")


def test_a_shortened_copy_is_flagged_with_its_passages():
    result, findings = compare(from_string(COPY), from_string(POLICY))
    assert result["copied_share"] > 0.5
    texts = [p["text"] for p in result["passages"]]
    assert any("指定机构负责本机关政府信息公开的日常工作" in t for t in texts)
    assert any(f.rule == "policy.interpretation.copied" for f in findings)
    line = COPY.split("\n")[1]
    p = result["passages"][0]
    assert line[p["start"]:p["end"]] == p["text"]


def test_a_real_interpretation_is_not_a_copy_and_misses_nothing():
    result, findings = compare(from_string(GOOD), from_string(POLICY))
    assert result["copied_share"] < 0.2 and result["missing"] == []
    assert findings == []


def test_missing_elements_are_named():
    result, findings = compare(from_string("解读\n本办法的主要内容包括三个方面。\n"), from_string(POLICY))
    assert set(result["missing"]) == {"政策背景", "决策依据", "出台目的", "新旧差异"}
    assert {f.text for f in findings if f.rule == "policy.interpretation.missing"} == set(result["missing"])


def test_punctuation_changes_do_not_hide_a_copy():
    edited = COPY.replace("，", ",").replace("。", ".")
    result, _ = compare(from_string(edited), from_string(POLICY))
    assert result["copied_share"] > 0.5


def test_cli_source_option(tmp_path):
    policy, interp = tmp_path / "policy.txt", tmp_path / "jiedu.txt"
    policy.write_text(POLICY, encoding="utf-8")
    interp.write_text(COPY, encoding="utf-8")
    out = run_cli("check", "--format", "json", "--no-user", str(interp), "--source", str(policy))
    doc = json.loads(out.stdout)["documents"][0]
    assert doc["interpretation"]["source"] == str(policy)
    assert doc["interpretation"]["copied_share"] > 0.5
    assert "新旧差异" in doc["interpretation"]["missing"]
    rules = {f["rule"] for f in doc["findings"]}
    assert {"policy.interpretation.copied", "policy.interpretation.missing"} <= rules
    out = run_cli("check", "--format", "json", "--no-user", str(interp), "--source", str(tmp_path / "none.txt"))
    doc = json.loads(out.stdout)["documents"][0]
    assert out.returncode == 2 and "政策原文无法读取" in doc["errors"][0]["message"]
