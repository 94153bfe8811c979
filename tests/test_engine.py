"""Engine behaviour: allow-list, department lexicons from the user folder, the document date."""
import datetime as dt

from reviewer.core.docdate import document_date
from reviewer.core.documents.text import from_string
from reviewer.core.engine import Checker, CheckOptions
from reviewer.core.findings import Finding, Location


def test_allow_list_silences_a_lexicon_match_but_not_a_secrecy_marking(tmp_path, monkeypatch):
    checker = Checker(CheckOptions(allow=["环境保护部"], today=dt.date(2023, 1, 1)))
    doc = from_string("由环境保护部会同有关部门组织实施。")
    assert not checker.check_document(doc).findings

    def fake_marker(doc, ctx):
        para = next(doc.paragraphs())
        yield Finding("secrecy.marker.classified", "secrecy", "block", "密级", "环境保护部", para.location(1, 6))
    checker.checks["zz_marker"] = fake_marker
    assert [f.rule for f in checker.check_document(doc).findings] == ["secrecy.marker.classified"]


def test_department_lexicon_and_allow_file_in_the_user_folder(tmp_path):
    from reviewer.core import userlex
    terms = tmp_path / "terms.txt"
    terms.write_text("天河工程\t某工程\n星火项目\n", encoding="utf-8")
    userlex.import_terms(terms, tmp_path, "secrecy", name="内部项目")
    userlex.add_allow(tmp_path, "星火项目公开招标")
    checker = Checker(CheckOptions(user_dir=tmp_path))
    found = checker.check_document(from_string("天河工程启动。星火项目公开招标。")).findings
    assert [f.text for f in found if f.rule == "secrecy.custom"] == ["天河工程"]
    assert any(lex.id == "dept.内部项目" and lex.origin == "user" for lex in checker.lexicons.lexicons)


def test_document_date_prefers_the_closing_date_line():
    doc = from_string("关于印发办法的通知\n本办法自2024年1月1日起施行。\nXX市人民政府\n2023年6月15日\n（此件公开发布）\n"
                      "XX市人民政府办公室 2023年6月16日印发")
    assert document_date(doc) == dt.date(2023, 6, 15)


def test_document_date_falls_back_to_the_printing_date_and_chinese_numerals():
    assert document_date(from_string("正文。\nXX办公室      2022年3月4日印发")) == dt.date(2022, 3, 4)
    assert document_date(from_string("正文。\n二〇一九年十二月三十一日")) == dt.date(2019, 12, 31)
    assert document_date(from_string("本办法自2024年1月1日起施行。")) is None
    assert document_date(from_string("正文\n2023年2月30日")) is None


def test_ids_distinguish_identical_findings_by_occurrence():
    checker = Checker(CheckOptions(today=dt.date(2023, 1, 1)))
    report = checker.check_document(from_string("环境保护部\n环境保护部"))
    ids = [f.id for f in report.findings if f.rule == "policy.renamed"]
    assert len(ids) == 2 and len(set(ids)) == 2


def test_two_checks_of_one_family_on_the_same_span_give_one_finding_the_most_severe():
    checker = Checker(CheckOptions(today=dt.date(2023, 1, 1), only=set()))

    def a(doc, ctx):
        para = next(doc.paragraphs())
        yield Finding("text.typo", "text", "review", "疑似错字", "按装", para.location(0, 2))
        yield Finding("text.typo.context", "text", "info", "疑似错字", "按装", para.location(0, 2))
        yield Finding("secrecy.custom", "secrecy", "block", "词", "按装", para.location(0, 2))
        yield Finding("secrecy.pdf.redaction", "secrecy", "block", "假遮盖", "按装", para.location(0, 2))
    checker.checks = {"a": a}
    found = checker.check_document(from_string("按装设备")).findings
    assert sorted((f.rule, f.severity) for f in found) == [
        ("secrecy.custom", "block"), ("secrecy.pdf.redaction", "block"), ("text.typo", "review")]


def test_without_a_closing_date_the_head_docnumber_year_dates_the_document():
    from reviewer.core.docdate import document_date_and_source
    doc = from_string("国务院办公厅关于印发某办法的通知\n国办发〔1997〕11号\n各省人民政府：\n正文。")
    assert document_date_and_source(doc) == (dt.date(1997, 12, 31), "docnumber")
    bracketed = from_string("某局关于加强宣传工作的通知\n（新质监办发〔2012〕24号）\n各单位：")
    assert document_date_and_source(bracketed) == (dt.date(2012, 12, 31), "docnumber")
    cited = from_string("关于某事的通知\n各单位：\n依据国办发〔1997〕11号文件精神。")
    assert document_date_and_source(cited) == (None, None)
    report = Checker(CheckOptions(today=dt.date(2025, 1, 1))).check_document(doc)
    assert (report.date, report.date_source) == (dt.date(1997, 12, 31), "docnumber")


def test_a_transmittal_notice_is_dated_by_its_own_date_before_a_long_attachment():
    attachment = "\n".join(f"（{i}）第{i}项工作要求，按计划推进。" for i in range(1, 80))
    doc = from_string("关于印发实施方案的通知\n各市县：\n现印发给你们。\n某省农业农村厅\n2024年7月1日\n（此件主动公开）\n"
                      "实施方案\n" + attachment)
    assert document_date(doc) == dt.date(2024, 7, 1)
