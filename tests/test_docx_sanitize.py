"""Clean and redacted .docx copies: re-checked clean, and the removed text is nowhere in the zip."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import zipfile

import pytest
from conftest import run_cli
from docx_fixtures import (DEL, INS, RT, SECT_A4, TBL, TEXTBOX, TINY, VANISH, WHITE, P, R, build, ole_package_object,
                           read_zip)

from reviewer.core.documents import load_document
from reviewer.core.findings import Location
from reviewer.core.sanitize import RedactSpan, SanitizeError, clean, redact

SECRETS = ["批注里的秘密", "被删除的秘密", "隐藏的秘密", "白色的秘密", "极小的秘密", "页面外的秘密", "页眉删除的秘密",
           "脚注删除的秘密", "文本框删除的秘密", "作者甲某", "修改者乙某", "某某单位丙科", "起草人丁某", "名单人员戊某"]


def all_text(path) -> str:
    """Every text node and attribute value of every XML part, whitespace removed (runs joined)."""
    from lxml import etree
    out = []
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            data = zf.read(name)
            if name.endswith((".xml", ".rels")):
                root = etree.fromstring(data)
                for el in root.iter():
                    if isinstance(el.tag, str):
                        out.append(el.text or "")
                        out.extend(el.attrib.values())
            else:
                out.append(data.decode("utf-8", "ignore"))
    return re.sub(r"\s+", "", "".join(out))


def rich_docx(tmp_path):
    far = ('<wp:positionH relativeFrom="page"><wp:posOffset>-9000000</wp:posOffset></wp:positionH>'
           '<wp:positionV relativeFrom="page"><wp:posOffset>0</wp:posOffset></wp:positionV>')
    sect = '<w:headerReference w:type="default" r:id="rH1"/>' + SECT_A4
    body = (P(R("第一段"), '<w:commentRangeStart w:id="0"/>', R("有批注"), '<w:commentRangeEnd w:id="0"/>',
              '<w:r><w:commentReference w:id="0"/></w:r>', DEL("被删除的秘密"), INS(R("插入保留")), R("结束"))
            + P(R("第二段"), R("隐藏的秘密", rpr=VANISH), R("白色的秘密", rpr=WHITE), R("极小的秘密", rpr=TINY))
            + TBL(["表格文字", P(R("表内"), DEL("表格删除"))])
            + P(R("框"), TEXTBOX(P(R("框内可见"), DEL("文本框删除的秘密"))), TEXTBOX(P(R("页面外的秘密")), anchor=far))
            + P(R("脚注"), '<w:r><w:footnoteReference w:id="1"/></w:r>')
            + P('<w:hyperlink r:id="rL1"><w:r><w:t>本地名单</w:t></w:r></w:hyperlink>', R("和"),
                '<w:hyperlink r:id="rL2"><w:r><w:t>公开网站</w:t></w:r></w:hyperlink>')
            + P(R("加粗", rpr='<w:b/><w:rPrChange w:id="9" w:author="修改者乙某"><w:rPr/></w:rPrChange>'))
            + P(R("对象"), '<w:r><w:object w:dxaOrig="1520" w:dyaOrig="960"><v:shape id="o1" '
                'style="width:76pt;height:48pt"><v:imagedata r:id="rImg" o:title=""/></v:shape><o:OLEObject '
                'Type="Embed" ProgID="Package" ShapeID="o1" DrawAspect="Icon" ObjectID="_1" r:id="rO1"/></w:object></w:r>'))
    return build(tmp_path / "rich.docx", body, sect=sect,
                 headers={"rH1": f"<w:hdr>{P(R('页眉'), DEL('页眉删除的秘密'))}</w:hdr>"},
                 footnotes=[P(R("脚注文字"), DEL("脚注删除的秘密"))],
                 comments=[("审核人", "批注里的秘密")],
                 core={"dc:creator": "作者甲某", "cp:lastModifiedBy": "修改者乙某", "dc:title": "标题"},
                 app={"Company": "某某单位丙科", "Manager": "经理", "Template": "公文.dotm"},
                 custom={"起草人": "起草人丁某"}, people=["名单人员戊某"],
                 rels=[("rL1", RT + "hyperlink", "file:///C:/Users/张三/名单.xlsx", True),
                       ("rL2", RT + "hyperlink", "https://www.gov.cn/", True),
                       ("rO1", RT + "oleObject", "embeddings/oleObject1.bin", False),
                       ("rImg", RT + "image", "media/image1.png", False),
                       ("rV", "http://schemas.microsoft.com/office/2006/relationships/vbaProject", "vbaProject.bin",
                        False)],
                 parts={"word/embeddings/oleObject1.bin": ole_package_object("名单.xlsx", b"secret"),
                        "word/media/image1.png": b"\x89PNG\r\n\x1a\n" + b"\0" * 40,
                        "word/vbaProject.bin": b"\xd0\xcf\x11\xe0" + b"\0" * 600},
                 settings_inner='<w:attachedTemplate r:id="rT1"/><w:trackRevisions/>',
                 settings_rels=[("rT1", RT + "attachedTemplate", "file:///C:\\Users\\张三\\公文.dotm", True)])


def test_clean_removes_every_hidden_thing_and_keeps_the_text(tmp_path):
    source = rich_docx(tmp_path)
    before = load_document(source)
    kinds = {h.kind for h in before.hidden}
    assert kinds >= {"comment", "revision", "vanish", "invisible", "metadata", "link", "embedded", "macro"}
    result = clean(source, tmp_path / "clean.docx")
    assert result.ok, result.remaining
    assert result.removed and all(isinstance(x, str) for x in result.removed)
    for secret in ("批注里的秘密", "被删除的秘密", "隐藏的秘密", "白色的秘密", "极小的秘密", "页面外的秘密", "作者甲某"):
        assert secret in result.must_be_gone, secret
    after = load_document(tmp_path / "clean.docx")
    assert after.hidden == [] and after.errors == []
    body = [p.text for p in after.paragraphs(("body",))]
    assert body[0] == "第一段有批注插入保留结束"
    assert body[1] == "第二段"
    assert [p.text for p in after.paragraphs(("table",))] == ["表格文字", "表内"]
    assert [p.text for p in after.paragraphs(("textbox",))] == ["框内可见"]
    assert [p.text for p in after.paragraphs(("header",))] == ["页眉"]
    assert [p.text for p in after.paragraphs(("footnote",))] == ["脚注文字"]
    assert "本地名单和公开网站" in body
    everything = all_text(tmp_path / "clean.docx")
    for secret in SECRETS + ["张三", "名单.xlsx"]:
        assert secret not in everything, secret
    parts = read_zip(tmp_path / "clean.docx")
    assert not any(n.startswith(("word/comments", "word/people", "word/embeddings", "docProps/custom",
                                 "word/vbaProject")) for n in parts)
    assert b"trackRevisions" not in parts["word/settings.xml"]
    assert b"<w:pict" in parts["word/document.xml"] and b"OLEObject" not in parts["word/document.xml"]
    assert b"www.gov.cn" in parts["word/_rels/document.xml.rels"]


def test_clean_keeps_untouched_parts_byte_for_byte(tmp_path):
    source = rich_docx(tmp_path)
    clean(source, tmp_path / "clean.docx")
    before, after = read_zip(source), read_zip(tmp_path / "clean.docx")
    for name in ("word/styles.xml", "word/theme/theme1.xml", "word/fontTable.xml", "word/media/image1.png",
                 "word/numbering.xml"):
        assert before[name] == after[name], name


def test_clean_of_a_clean_file_changes_no_text(tmp_path):
    source = build(tmp_path / "plain.docx", P(R("普通正文")) + TBL(["甲", "乙"]))
    result = clean(source, tmp_path / "out.docx")
    assert result.ok
    assert [p.text for p in load_document(tmp_path / "out.docx").paragraphs()] == \
        [p.text for p in load_document(source).paragraphs() if p.part != "metadata"]


def test_clean_merges_paragraphs_whose_mark_was_deleted(tmp_path):
    deleted_mark = '<w:rPr><w:del w:id="3" w:author="甲" w:date="2024-01-01T00:00:00Z"/></w:rPr>'
    body = (P(R("前半句"), ppr=deleted_mark) + P(R("后半句")) + P(DEL("整段删除"), ppr=deleted_mark) + P(R("下一段")))
    result = clean(build(tmp_path / "m.docx", body), tmp_path / "out.docx")
    assert result.ok, result.remaining
    assert [p.text for p in load_document(tmp_path / "out.docx").paragraphs(("body",))] == ["前半句后半句", "下一段"]


def test_clean_removes_deleted_table_rows(tmp_path):
    row_del = '<w:trPr><w:del w:id="4" w:author="甲" w:date="2024-01-01T00:00:00Z"/></w:trPr>'
    table = TBL(["保留行"], ["删除行"]).replace("<w:tr><w:tc><w:tcPr></w:tcPr><w:p><w:r><w:t xml:space=\"preserve\">删除行",
                                                f"<w:tr>{row_del}<w:tc><w:tcPr></w:tcPr><w:p><w:r><w:t xml:space=\"preserve\">删除行")
    assert row_del in table
    result = clean(build(tmp_path / "t.docx", table + P(R("尾"))), tmp_path / "out.docx")
    assert result.ok
    assert [p.text for p in load_document(tmp_path / "out.docx").paragraphs(("table",))] == ["保留行"]


def _span(doc, part, text, index=None):
    for p in doc.paragraphs((part,)):
        if (index is None or p.part_index == index) and text in p.text:
            start = p.text.index(text)
            return RedactSpan(Location(p.part, p.part_index, p.index, start, start + len(text)), text)
    raise AssertionError(f"{text} not in {part}")


def test_redact_masks_in_place_everywhere(tmp_path):
    sect = '<w:headerReference w:type="default" r:id="rH1"/>' + SECT_A4
    phone = "13912345678"
    body = (P(R("联系电话：139"), R("1234", rpr="<w:b/>"), R("5678。联系人王某"))
            + TBL(["电话", phone])
            + P(R("见框"), TEXTBOX(P(R("框内电话" + phone))))
            + P(R("删掉"), DEL(phone))
            + P('<w:r><w:drawing><wp:inline><wp:extent cx="1" cy="1"/><wp:docPr id="5" name="p" '
                f'descr="截图{phone}"/></wp:inline></w:drawing></w:r>'))
    source = build(tmp_path / "r.docx", body, sect=sect, headers={"rH1": f"<w:hdr>{P(R('经办人王某'))}</w:hdr>"},
                   core={"dc:creator": "王某", "dc:title": "含" + phone})
    doc = load_document(source)
    spans = [_span(doc, "body", phone), _span(doc, "header", "王某")]
    result = redact(source, tmp_path / "out.docx", spans)
    assert result.ok, result.remaining
    out = load_document(tmp_path / "out.docx")
    body_texts = [p.text for p in out.paragraphs(("body",))]
    assert body_texts[0] == "联系电话：■■■■■■■■■■■。联系人■■"
    assert [p.text for p in out.paragraphs(("table",))] == ["电话", "■" * 11]
    assert [p.text for p in out.paragraphs(("textbox",))] == ["框内电话" + "■" * 11]
    assert [p.text for p in out.paragraphs(("header",))] == ["经办人■■"]
    everything = all_text(tmp_path / "out.docx")
    assert phone not in everything and "王某" not in everything
    # layout kept: same paragraphs and runs, only characters replaced
    before, after = read_zip(source)["word/document.xml"], read_zip(tmp_path / "out.docx")["word/document.xml"]
    assert before.count(b"<w:r>") == after.count(b"<w:r>") and before.count(b"<w:p>") == after.count(b"<w:p>")
    assert set(result.must_be_gone) == {phone, "王某"}


def test_redact_a_property(tmp_path):
    source = build(tmp_path / "p.docx", P(R("正文")), core={"dc:creator": "李某某"})
    doc = load_document(source)
    item = next(h for h in doc.hidden if h.kind == "metadata" and h.text == "李某某")
    result = redact(source, tmp_path / "out.docx", [RedactSpan(item.location, "李某某")])
    assert result.ok, result.remaining
    assert load_document(tmp_path / "out.docx").properties["creator"] == "■■■"


def test_redact_refuses_a_changed_file(tmp_path):
    source = build(tmp_path / "x.docx", P(R("身份证号码")))
    with pytest.raises(SanitizeError) as err:
        redact(source, tmp_path / "out.docx", [RedactSpan(Location("body", None, 0, 0, 3), "不一样")])
    assert "不一致" in str(err.value)
    with pytest.raises(SanitizeError):
        redact(source, tmp_path / "out.docx", [RedactSpan(Location("body", None, 9, 0, 3), "身份证")])
    assert not (tmp_path / "out.docx").exists()


def test_redact_refuses_when_text_stays_in_an_embedded_object(tmp_path):
    body = P(R("名单见附件：张某某"), '<w:r><w:object><v:shape id="o1"/><o:OLEObject Type="Embed" ProgID="Package" '
             'ShapeID="o1" r:id="rO1"/></w:object></w:r>')
    source = build(tmp_path / "e.docx", body, rels=[("rO1", RT + "oleObject", "embeddings/o.bin", False)],
                   parts={"word/embeddings/o.bin": ole_package_object("a.txt", "张某某".encode("utf-8"))})
    doc = load_document(source)
    result = redact(source, tmp_path / "out.docx", [_span(doc, "body", "张某某")])
    assert not result.ok and any("o.bin" in line for line in result.remaining)
    assert not (tmp_path / "out.docx").exists()


def test_cli_clean_and_redact(tmp_path):
    source = build(tmp_path / "cli.docx", P(R("正文"), R("隐藏的字", rpr=VANISH)), core={"dc:creator": "赵某某"})
    done = run_cli("clean", str(source), "-o", str(tmp_path / "clean.docx"))
    assert done.returncode == 0, done.stderr
    assert "已去除" in done.stdout and (tmp_path / "clean.docx").exists()
    report = json.loads(run_cli("check", str(source), "--format", "json").stdout)
    finding = next(f for f in report["documents"][0]["findings"] if f["rule"] == "secrecy.hidden.metadata"
                   and f["text"] == "赵某某")
    done = run_cli("redact", str(source), "-o", str(tmp_path / "red.docx"), "--finding", finding["id"])
    assert done.returncode == 0, done.stderr
    assert "赵某某" not in all_text(tmp_path / "red.docx")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_outputs_open_in_libreoffice(tmp_path):
    source = rich_docx(tmp_path)
    clean(source, tmp_path / "clean.docx")
    doc = load_document(source)
    redact(source, tmp_path / "red.docx", [_span(doc, "body", "插入保留")])
    done = subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to",
                           "txt:Text (encoded):UTF8", "--outdir", str(tmp_path / "txt"), str(tmp_path / "clean.docx"),
                           str(tmp_path / "red.docx")], capture_output=True, timeout=180)
    assert done.returncode == 0, done.stderr
    cleaned = (tmp_path / "txt" / "clean.txt").read_text(encoding="utf-8-sig")
    redacted = (tmp_path / "txt" / "red.txt").read_text(encoding="utf-8-sig")
    assert "第一段有批注插入保留结束" in cleaned and "被删除的秘密" not in cleaned
    assert "■■■■" in redacted and "插入保留" not in redacted
