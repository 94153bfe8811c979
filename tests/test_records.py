"""The sign-off record (审查审批单): its fields, its digest, verification against the signed file,
the draft that never looks signed, and the .docx and PDF forms."""
from __future__ import annotations

import json
import subprocess
import sys
import zipfile

import pytest

from reviewer.app.record_pdf import write_pdf
from reviewer.core.records import DRAFT_BANNER, build_record, export_record, verify_record
from reviewer.core.workflow import WorkflowError
from wfkit import act, fast_scrypt, lexicon_home, ready_review, store, test_checker, wf, write_draft  # noqa: F401

DETAILS = dict(doc_number="测办发〔2024〕7号", case_officer="李四")


@pytest.fixture
def signed(wf, tmp_path):
    review_id, path = ready_review(wf, tmp_path)
    wf.update_details(review_id, **act("rev"), **DETAILS)
    wf.decide(review_id, "text", "return", "标点待改", **act("rev2"))
    wf.decide(review_id, "text", "pass", None, **act("rev2"))
    wf.signoff(review_id, **act("sec"))
    return wf, review_id, path


def test_the_record_holds_every_field_of_the_form(signed):
    wf, review_id, path = signed
    record = build_record(wf, review_id)
    status = wf.status(review_id)
    assert record["status"] == "signed" and record["status_name"] == "已签发"
    assert (record["title"], record["doc_number"], record["unit"], record["case_officer"]) == \
        ("测试通知", "测办发〔2024〕7号", "办公室", "李四")
    assert (record["channel"], record["disclosure"]) == ("门户网站", "主动公开")
    assert "第十九条" in record["disclosure_basis"]
    assert record["file"] == {**record["file"], "name": path.name, "sha256": status.revision.sha256, "revision": 1}
    assert len(record["findings"]) == len(status.findings)
    assert all(f["disposition_name"] == "误报" and f["disposition_user"] == "rev"
               for f in record["findings"] if f["severity"] == "block")
    assert record["findings"][0]["severity"] == "block"       # what blocks publication comes first
    gates = {g["gate"]: g for g in record["gates"]}
    assert list(gates) == ["political", "legal", "policy", "secrecy", "text"]
    assert (gates["text"]["user"], gates["text"]["decision_name"]) == ("rev2", "通过") and gates["text"]["time"]
    assert record["signoff"]["user"] == "sec" and record["signoff"]["sha256"] == status.revision.sha256
    head = wf.chain_head(review_id)
    assert record["audit"] == head and len(head["review_hash"]) == 64
    assert [h["action_name"] for h in record["history"]][-1] == "签发"


def test_json_record_verifies_and_names_the_signed_file(signed, tmp_path):
    wf, review_id, path = signed
    out = export_record(wf, review_id, "json", tmp_path / "record.json")
    assert verify_record(out) == []
    assert verify_record(out, path) == []
    other = write_draft(tmp_path, "另一份文件\n", name="other.txt")
    assert any("不是审批单所签发的文件" in p for p in verify_record(out, other))
    data = json.loads(out.read_text(encoding="utf-8"))
    data["signoff"]["user"] = "sec2"
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert any("被改动" in p for p in verify_record(out, path))


def test_an_unsigned_review_exports_only_as_a_draft_that_never_verifies(wf, tmp_path):
    review_id, path = ready_review(wf, tmp_path)
    out = export_record(wf, review_id, "json", tmp_path / "draft.json")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["status"] == "draft" and data["status_name"] == "未签发（草稿）" and data["signoff"] is None
    assert data["signoff_blockers"] == []  # ready: only a signer is missing
    problems = verify_record(out, path)
    assert any("未签发" in p for p in problems)
    docx_out = export_record(wf, review_id, "docx", tmp_path / "draft.docx")
    text = _docx_text(docx_out)
    assert DRAFT_BANNER in text and "未签发草稿" in _docx_part(docx_out, "word/header")
    assert "签发人：" not in text and "签字" not in text  # nothing on a draft to sign by hand


def test_export_rehashes_the_file(signed, tmp_path):
    wf, review_id, path = signed
    path.write_bytes(path.read_bytes() + b"x")
    for fmt in ("json", "docx"):
        with pytest.raises(WorkflowError) as info:
            export_record(wf, review_id, fmt, tmp_path / f"record.{fmt}")
        assert info.value.rule == "file_changed"
        assert not (tmp_path / f"record.{fmt}").exists()


def _docx_part(path, prefix: str) -> str:
    with zipfile.ZipFile(path) as zf:
        return "".join(zf.read(n).decode("utf-8") for n in zf.namelist() if n.startswith(prefix))


def _docx_text(path) -> str:
    import docx
    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        texts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(texts)


def test_docx_is_an_a4_chinese_form_with_tables_and_a_signature_line(signed, tmp_path):
    import docx
    from docx.oxml.ns import qn
    from docx.shared import Mm
    wf, review_id, path = signed
    out = export_record(wf, review_id, "docx", tmp_path / "record.docx")
    document = docx.Document(str(out))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert len(document.tables) == 3
    text = _docx_text(out)
    for label in ("政府信息公开审查审批单", "文号", "报送单位", "承办人", "拟发布渠道", "拟公开属性", "公开依据",
                  "审查文件", "文件 SHA-256", "各关审查意见", "保密审查签发", "审计链头", "保密审查员（签字）"):
        assert label in text, label
    assert "测办发〔2024〕7号" in text and "签发人：sec（保密审查员）" in text and "未签发" not in text
    header_cells = [c.text for c in document.tables[1].rows[0].cells]
    assert header_cells == ["序号", "关口", "级别", "问题", "位置", "处置"]
    # every run names an East Asian font, so Word does not fall back to a Latin one for Chinese
    east_asia = {r._element.rPr.rFonts.get(qn("w:eastAsia")) for p in document.paragraphs for r in p.runs}
    east_asia |= {r._element.rPr.rFonts.get(qn("w:eastAsia")) for t in document.tables for row in t.rows
                  for c in row.cells for p in c.paragraphs for r in p.runs}
    assert east_asia <= {"仿宋", "黑体", "宋体"} and {"仿宋", "黑体", "宋体"} <= east_asia
    assert sum(c.width for c in document.tables[1].rows[0].cells) <= Mm(165)
    assert "w:tblHeader" in document.tables[1].rows[0]._tr.xml  # the header repeats on each page


def test_docx_and_json_of_one_state_carry_the_same_digest(signed, tmp_path):
    wf, review_id, _ = signed
    data = json.loads(export_record(wf, review_id, "json", tmp_path / "r.json").read_text(encoding="utf-8"))
    assert data["digest"]["value"] in _docx_text(export_record(wf, review_id, "docx", tmp_path / "r.docx"))


def test_the_core_imports_no_qt_for_records():
    code = "import sys, reviewer.core.records, reviewer.core.workflow; print(any(m.startswith('PySide6') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


@pytest.mark.gui
def test_pdf_embeds_the_chinese_text(signed, tmp_path, qapp):
    import pypdfium2
    wf, review_id, _ = signed
    out = export_record(wf, review_id, "pdf", tmp_path / "record.pdf", write_pdf)
    raw = out.read_bytes()
    assert raw.startswith(b"%PDF") and (b"/FontFile2" in raw or b"/FontFile3" in raw)  # fonts embedded
    pdf = pypdfium2.PdfDocument(str(out))
    try:
        assert pdf[0].get_size() == pytest.approx((595.3, 841.9), abs=1)   # A4 in points
        text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()
    compact = "".join(text.split())
    for phrase in ("政府信息公开审查审批单", "基本信息", "测办发〔2024〕7号", "各关审查意见", "保密审查签发", "签发人：sec"):
        assert phrase in compact, phrase
    assert "未签发" not in compact


@pytest.mark.gui
def test_pdf_draft_is_stamped_on_every_page(wf, tmp_path, qapp):
    import pypdfium2
    text = "关于测试的通知\n" + "".join(f"第{n}条附绝密材料，请按装要求执行。\n" for n in range(40))
    review_id, _ = wf.open_review(write_draft(tmp_path, text), **act("rev"))
    out = export_record(wf, review_id, "pdf", tmp_path / "draft.pdf", write_pdf)
    pdf = pypdfium2.PdfDocument(str(out))
    try:
        pages = ["".join(pdf[i].get_textpage().get_text_range().split()) for i in range(len(pdf))]
    finally:
        pdf.close()
    assert len(pages) > 1 and all("未签发草稿" in p for p in pages)
    assert all(f"共{len(pages)}页" in p for p in pages)


@pytest.mark.gui
def test_pdf_refuses_rather_than_printing_boxes_without_a_chinese_font(signed, tmp_path, qapp, monkeypatch):
    from PySide6.QtGui import QFontDatabase
    wf, review_id, _ = signed
    monkeypatch.setattr(QFontDatabase, "families", staticmethod(lambda *args: []))
    with pytest.raises(WorkflowError) as info:
        export_record(wf, review_id, "pdf", tmp_path / "record.pdf", write_pdf)
    assert info.value.rule == "no_font" and "中文字体" in str(info.value)
    assert not (tmp_path / "record.pdf").exists()
