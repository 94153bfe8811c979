"""`reviewer check`: the JSON contract, exit codes, several files with one unreadable, --terms, --date."""
import json
import re

from conftest import run_cli

DRAFT = "关于做好春耕工作的通知\n由环境保护部会同有关部门组织实施。\n2023年5月1日\n"
OLD_DRAFT = "关于做好春耕工作的通知\n由环境保护部会同有关部门组织实施。\n2017年5月1日\n"


def check_json(*args):
    out = run_cli("check", "--format", "json", "--no-user", *args)
    return out, json.loads(out.stdout)


def test_json_contract(tmp_path):
    p = tmp_path / "draft.txt"
    p.write_text(DRAFT, encoding="utf-8")
    out, report = check_json(str(p))
    assert out.returncode == 1, out.stderr
    assert report["tool"]["name"] == "reviewer" and re.match(r"\d+\.\d+\.\d+", report["tool"]["version"])
    assert report["tool"]["lexicons"]
    [doc] = report["documents"]
    assert doc["path"] == str(p) and doc["kind"] == "txt" and len(doc["sha256"]) == 64
    assert doc["date"] == "2023-05-01" and doc["errors"] == [] and doc["chars"] > 10
    f = next(f for f in doc["findings"] if f["rule"] == "policy.renamed")
    assert set(f) >= {"id", "rule", "gate", "severity", "message", "text", "context", "suggestion", "location", "basis"}
    assert f["text"] == "环境保护部" and f["gate"] == "policy" and f["severity"] == "block"
    assert f["suggestion"] == "生态环境部" and "环境保护部" in f["context"]
    assert f["location"] == {"part": "body", "part_index": None, "paragraph": 1, "start": 1, "end": 6, "page": None}


def test_ids_are_stable_across_runs_and_edits_elsewhere(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(DRAFT, encoding="utf-8")
    b.write_text("新增的第一段。\n" + DRAFT.replace("春耕", "夏收"), encoding="utf-8")
    _, r1 = check_json(str(a))
    _, r2 = check_json(str(a), str(b))
    ids = lambda d: [f["id"] for f in d["findings"] if f["rule"] == "policy.renamed"]  # noqa: E731
    assert ids(r1["documents"][0]) == ids(r2["documents"][0]) == ids(r2["documents"][1])


def test_document_date_decides_time_scoped_rules(tmp_path):
    p = tmp_path / "old.txt"
    p.write_text(OLD_DRAFT, encoding="utf-8")
    out, report = check_json(str(p))
    assert report["documents"][0]["date"] == "2017-05-01"
    assert not [f for f in report["documents"][0]["findings"] if f["rule"] == "policy.renamed"]


def test_date_option_applies_when_the_document_has_none(tmp_path):
    p = tmp_path / "nodate.txt"
    p.write_text("由环境保护部会同有关部门组织实施。\n", encoding="utf-8")
    _, report = check_json("--date", "2017-01-01", str(p))
    doc = report["documents"][0]
    assert doc["date"] == "2017-01-01" and doc["date_source"] == "option"
    assert not [f for f in doc["findings"] if f["rule"] == "policy.renamed"]
    _, report = check_json(str(p))
    assert report["documents"][0]["date_source"] == "today"


def test_unreadable_file_gives_error_exit_2_and_others_still_reported(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(DRAFT, encoding="utf-8")
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    out, report = check_json(str(empty), str(tmp_path / "missing.docx"), str(good))
    assert out.returncode == 2
    docs = {d["path"]: d for d in report["documents"]}
    assert docs[str(empty)]["errors"][0]["message"].startswith("文件为空")
    assert "不存在" in docs[str(tmp_path / "missing.docx")]["errors"][0]["message"]
    assert docs[str(good)]["findings"] and not docs[str(good)]["errors"]


def test_clean_file_exits_0_and_text_format_says_checked(tmp_path):
    p = tmp_path / "clean.txt"
    p.write_text("各级农业部门要加强指导。\n", encoding="utf-8")
    out = run_cli("check", "--no-user", str(p))
    assert out.returncode == 0, out.stdout + out.stderr
    assert "已检查，未发现问题" in out.stdout


def test_text_format_groups_by_gate_with_line_and_context(tmp_path):
    p = tmp_path / "draft.txt"
    p.write_text(DRAFT, encoding="utf-8")
    out = run_cli("check", "--no-user", str(p))
    assert "【政策关】" in out.stdout and "正文第2段" in out.stdout and "建议：生态环境部" in out.stdout


def test_custom_terms_are_a_block_lexicon_of_the_chosen_gate(tmp_path):
    terms = tmp_path / "内部项目.txt"
    terms.write_text("天河工程\n", encoding="utf-8")
    p = tmp_path / "d.txt"
    p.write_text("本单位参与天河工程建设。\n", encoding="utf-8")
    out, report = check_json("--terms", str(terms), str(p))
    [f] = [f for f in report["documents"][0]["findings"] if f["text"] == "天河工程"]
    assert (f["gate"], f["severity"], f["rule"]) == ("secrecy", "block", "secrecy.custom")
    assert out.returncode == 1
    _, report = check_json("--terms", str(terms), "--terms-gate", "policy", str(p))
    assert [f["gate"] for f in report["documents"][0]["findings"] if f["text"] == "天河工程"] == ["policy"]


def test_missing_terms_file_is_a_clear_error(tmp_path):
    out = run_cli("check", "--terms", str(tmp_path / "none.txt"), str(tmp_path / "x.txt"))
    assert out.returncode == 2 and "自定义词表不存在" in out.stderr


def test_lexicon_check_command_validates_and_runs_examples(tmp_path):
    out = run_cli("lexicon", "check")
    assert out.returncode == 0, out.stdout + out.stderr
    bad = tmp_path / "lex"
    bad.mkdir()
    (bad / "x.lex").write_text("@id: x\n@gate: nowhere\n", encoding="utf-8")
    out = run_cli("lexicon", "check", str(bad))
    assert out.returncode == 1 and f"{bad / 'x.lex'}:1: 缺少文件头 @rule" in out.stdout
