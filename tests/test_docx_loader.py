"""The .docx reader: what becomes text, which part it lands in, and bad input."""
from __future__ import annotations

import shutil
import time
import zipfile

import pytest
from docx_fixtures import (DEL, INS, NS, RT, SECT_A4, TBL, TEXTBOX, VANISH, P, R, build, compound_file, read_zip,
                           write_zip, xml_part)

from reviewer.core.documents import Cancelled, DocumentError, load_document, sniff
from reviewer.core.documents.docx import Reader

SHARED_DOC = "/work/shared/corpus/files/hainan_07_琼农_2024_农机补贴实施方案.doc"


def texts(doc, kind):
    return [p.text for p in doc.paragraphs((kind,))]


def part(doc, kind, index=None):
    return [p for p in doc.parts if p.kind == kind and (index is None or p.index == index)]


def test_run_text_revisions_fields_and_specials(tmp_path):
    field = (R("前") + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
             '<w:r><w:instrText xml:space="preserve"> PAGE \\* MERGEFORMAT </w:instrText></w:r>'
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + R("7")
             + '<w:r><w:fldChar w:fldCharType="end"/></w:r>' + R("后"))
    body = (P(R("甲"), INS(R("插入")), DEL("删掉的"), R("乙"))
            + P(R("移"), INS(R("到这"), tag="moveTo"), INS(R("从这", tag="t"), tag="moveFrom"))
            + P(R("a"), '<w:r><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:cr/><w:t>d</w:t></w:r>')
            + P('<w:r><w:t>x</w:t><w:noBreakHyphen/><w:t>y</w:t><w:softHyphen/><w:t>z</w:t></w:r>')
            + P('<w:r><w:sym w:font="Wingdings" w:char="F0AB"/><w:sym w:font="Symbol" w:char="F061"/></w:r>')
            + P(field)
            + P('<w:fldSimple w:instr=" DATE "><w:r><w:t>2024年5月1日</w:t></w:r></w:fldSimple>')
            + P('<w:hyperlink r:id="rIdH"><w:r><w:t>链接文字</w:t></w:r></w:hyperlink>',
                '<w:smartTag w:uri="u" w:element="e"><w:r><w:t>智能</w:t></w:r></w:smartTag>',
                '<w:customXml w:element="x"><w:r><w:t>定制</w:t></w:r></w:customXml>',
                '<w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>控件</w:t></w:r></w:sdtContent></w:sdt>')
            + '<w:sdt><w:sdtPr/><w:sdtContent>' + P(R("块级控件")) + '</w:sdtContent></w:sdt>'
            + P(R("隐", rpr=VANISH), R("显")))
    path = build(tmp_path / "a.docx", body, rels=[("rIdH", RT + "hyperlink", "https://www.gov.cn/", True)])
    body_texts = texts(load_document(path), "body")
    assert body_texts == ["甲插入乙", "移到这", "a\tb c d", "x-yz", "★α", "前7后", "2024年5月1日",
                          "链接文字智能定制控件", "块级控件", "显"]


def test_nested_fields_and_field_spanning_paragraphs(tmp_path):
    begin, sep, end = ('<w:r><w:fldChar w:fldCharType="%s"/></w:r>' % t for t in ("begin", "separate", "end"))
    instr = '<w:r><w:instrText xml:space="preserve">%s</w:instrText></w:r>'
    body = (P(begin, instr % " TOC \\o ", sep, R("目录一"))
            + P(R("目录二"), begin, instr % "PAGEREF _Toc1", R("不该出现"), sep, R("3"), end)
            + P(end, R("正文")))
    doc = load_document(build(tmp_path / "f.docx", body))
    assert texts(doc, "body") == ["目录一", "目录二3", "正文"]


def test_tables_numbered_in_order_and_nested_table_stays_in_outer(tmp_path):
    inner = TBL(["内层1", "内层2"])
    body = (P(R("开头")) + TBL(["A1", "A2"], ["B1", P(R("单元格")) + inner + P(R("内层之后"))])
            + P(R("中间")) + TBL(["第二表"]))
    doc = load_document(build(tmp_path / "t.docx", body))
    assert texts(doc, "body") == ["开头", "中间"]
    tables = part(doc, "table")
    assert [(t.index, t.label) for t in tables] == [(1, "表格1"), (2, "表格2")]
    assert [p.text for p in tables[0].paragraphs] == ["A1", "A2", "B1", "单元格", "内层1", "内层2", "内层之后"]
    assert [p.index for p in tables[0].paragraphs] == list(range(7))
    assert [p.text for p in tables[1].paragraphs] == ["第二表"]


def _hdr(text, kind="hdr"):
    return f"<w:{kind}>{P(R(text))}</w:{kind}>"


def test_headers_footers_every_section_and_variant(tmp_path):
    sect1 = ('<w:headerReference w:type="default" r:id="rH1"/><w:headerReference w:type="first" r:id="rH2"/>'
             '<w:footerReference w:type="even" r:id="rF1"/><w:titlePg/>' + SECT_A4)
    sect2 = '<w:headerReference w:type="default" r:id="rH3"/>' + SECT_A4
    body = P(R("第一节"), ppr=f"<w:sectPr>{sect1}</w:sectPr>") + P(R("第二节"))
    path = build(tmp_path / "h.docx", body, sect=sect2,
                 headers={"rH1": _hdr("默认页眉"), "rH2": _hdr("首页页眉"), "rF1": _hdr("偶数页脚", "ftr"),
                          "rH3": _hdr("第二节页眉")})
    doc = load_document(path)
    headers = [(p.index, p.label, [x.text for x in p.paragraphs], [x.index for x in p.paragraphs])
               for p in doc.parts if p.kind in ("header", "footer")]
    assert headers == [(1, "第1节页眉（默认）", ["默认页眉"], [0]), (1, "第1节页眉（首页）", ["首页页眉"], [1]),
                       (1, "第1节页脚（偶数页）", ["偶数页脚"], [0]), (2, "第2节页眉（默认）", ["第二节页眉"], [0])]


def test_inherited_header_is_read_once(tmp_path):
    sect = '<w:headerReference w:type="default" r:id="rH1"/>' + SECT_A4
    body = P(R("一"), ppr=f"<w:sectPr>{sect}</w:sectPr>") + P(R("二"))
    doc = load_document(build(tmp_path / "i.docx", body, sect=sect, headers={"rH1": _hdr("机密★1年")}))
    assert [(p.kind, p.index, p.paragraphs[0].text) for p in part(doc, "header")] == [("header", 1, "机密★1年")]


def test_notes_in_reference_order_without_separators(tmp_path):
    body = P(R("正文"), '<w:r><w:footnoteReference w:id="2"/></w:r>', R("再"),
             '<w:r><w:footnoteReference w:id="1"/></w:r>', '<w:r><w:endnoteReference w:id="1"/></w:r>')
    doc = load_document(build(tmp_path / "n.docx", body, footnotes=["第一条脚注", "第二条脚注"],
                              endnotes=["尾注内容"]))
    assert [(p.label, p.paragraphs[0].text) for p in part(doc, "footnote")] == [("脚注1", "第二条脚注"),
                                                                                ("脚注2", "第一条脚注")]
    assert [p.paragraphs[0].text for p in part(doc, "endnote")] == ["尾注内容"]
    assert texts(doc, "body") == ["正文再"]


def test_text_box_counted_once_and_vml_text_box_and_watermark(tmp_path):
    vml = ('<w:r><w:pict><v:shape id="s" style="position:absolute;width:100pt;height:20pt">'
           f'<v:textbox><w:txbxContent>{P(R("旧式文本框"))}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    watermark = ('<w:r><w:pict><v:shape id="PowerPlusWaterMarkObject" type="#_x0000_t136" '
                 'style="position:absolute;margin-left:0;margin-top:0;width:400pt;height:100pt">'
                 '<v:textpath style="font-family:&quot;宋体&quot;" string="内部资料"/></v:shape></w:pict></w:r>')
    sect = '<w:headerReference w:type="default" r:id="rH1"/>' + SECT_A4
    body = P(R("正文前"), TEXTBOX(P(R("框内文字")), P(R("框内第二段"))), R("正文后")) + P(vml)
    doc = load_document(build(tmp_path / "b.docx", body, sect=sect,
                              headers={"rH1": f"<w:hdr>{P(watermark)}</w:hdr>"}))
    assert texts(doc, "body") == ["正文前正文后", ""]
    boxes = [(p.index, p.label, [x.text for x in p.paragraphs]) for p in part(doc, "textbox")]
    assert boxes == [(1, "文本框1", ["框内文字", "框内第二段"]), (2, "文本框2", ["旧式文本框"]),
                     (3, "水印（文本框3）", ["内部资料"])]


def test_style_names_resolved(tmp_path):
    body = P(R("标题"), ppr='<w:pStyle w:val="Heading1"/>') + P(R("正文"))
    doc = load_document(build(tmp_path / "s.docx", body))
    assert [p.style for p in doc.paragraphs(("body",))] == ["Heading 1", "Normal"]


def test_comments_part_and_properties(tmp_path):
    body = P('<w:commentRangeStart w:id="0"/>', R("被批注的文字"), '<w:commentRangeEnd w:id="0"/>',
             '<w:r><w:commentReference w:id="0"/></w:r>')
    path = build(tmp_path / "c.docx", body, comments=[("王五", "这句要删")],
                 core={"dc:creator": "李四", "cp:lastModifiedBy": "赵六", "dc:title": "关于某事的通知",
                       "cp:keywords": "", "dc:description": "备注文字"},
                 app={"Company": "某市某局", "Manager": "钱七", "Template": "Normal.dotm"},
                 custom={"KSOProductBuildVer": "2052-11.1.0.14309", "起草人": "孙八"}, people=["周九"])
    doc = load_document(path)
    assert [(p.label, p.paragraphs[0].text) for p in part(doc, "comment")] == [("批注1", "这句要删")]
    props = doc.properties
    assert props["creator"] == "李四" and props["lastModifiedBy"] == "赵六" and props["title"] == "关于某事的通知"
    assert props["Company"] == "某市某局" and props["Manager"] == "钱七" and props["Template"] == "Normal.dotm"
    assert props["custom:KSOProductBuildVer"] == "2052-11.1.0.14309" and props["custom:起草人"] == "孙八"
    assert props["people:1"] == "周九" and props["description"] == "备注文字"
    assert "keywords" not in props
    comment = next(h for h in doc.hidden if h.kind == "comment")
    assert comment.detail["author"] == "王五" and comment.detail["anchor_text"] == "被批注的文字"
    assert comment.location.part == "comment" and comment.location.part_index == 1


def test_progress_and_cancel(tmp_path):
    path = build(tmp_path / "p.docx", "".join(P(R(f"第{i}段")) for i in range(1000)))
    calls = []
    doc = load_document(path, progress=lambda done, total, msg: calls.append((done, total)))
    assert len(list(doc.paragraphs(("body",)))) == 1000
    assert len(calls) >= 5 and calls[-1][0] == calls[-1][1]
    with pytest.raises(Cancelled):
        load_document(path, cancel=lambda: True)


def test_broken_header_gives_error_and_rest_is_read(tmp_path):
    sect = '<w:headerReference w:type="default" r:id="rH1"/><w:footerReference w:type="default" r:id="rF1"/>'
    path = build(tmp_path / "bad.docx", P(R("正文照常")), sect=sect + SECT_A4,
                 headers={"rH1": _hdr("页眉"), "rF1": _hdr("页脚正常", "ftr")})
    parts = read_zip(path)
    parts["word/header_rH1.xml"] = b'<?xml version="1.0"?><w:hdr xmlns:w="x"><w:p><w:r><w:t>\xe5\xa4'
    write_zip(path, parts)
    doc = load_document(path)
    assert texts(doc, "body") == ["正文照常"]
    assert texts(doc, "footer") == ["页脚正常"]
    assert len(doc.errors) == 1 and "第1节页眉" in doc.errors[0] and "损坏" in doc.errors[0]


def test_corrupt_document_xml_is_a_clear_error(tmp_path):
    path = build(tmp_path / "bad.docx", P(R("x")))
    parts = read_zip(path)
    parts["word/document.xml"] = parts["word/document.xml"][:200]
    write_zip(path, parts)
    with pytest.raises(DocumentError) as err:
        load_document(path)
    assert "正文部分" in err.value.message and "已损坏" in err.value.message and err.value.code == "damaged"


def test_damaged_compressed_document_xml(tmp_path):
    path = build(tmp_path / "crc.docx", P(R("正文内容" * 200)))
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for i in range(start + 20, start + 60):
        raw[i] ^= 0x5A
    path.write_bytes(bytes(raw))
    with pytest.raises(DocumentError) as err:
        load_document(path)
    assert "已损坏" in err.value.message


def test_truncated_docx(tmp_path):
    path = build(tmp_path / "t.docx", P(R("x")))
    path.write_bytes(path.read_bytes()[:-300])
    with pytest.raises(DocumentError) as err:
        load_document(path)
    assert err.value.code == "damaged" and "损坏" in err.value.message


def test_zip_that_is_not_a_docx(tmp_path):
    path = tmp_path / "x.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("readme.txt", "hello")
    with pytest.raises(DocumentError) as err:
        load_document(path)
    assert "不是 Word 文档" in err.value.message


def test_password_protected_docx(tmp_path):
    path = tmp_path / "secret.docx"
    path.write_bytes(compound_file({"EncryptionInfo": b"\x04\x00\x04\x00", "EncryptedPackage": b"\x00" * 64}))
    with pytest.raises(DocumentError) as err:
        load_document(path)
    assert err.value.code == "encrypted" and "密码" in err.value.message and "另存" in err.value.message


def test_compound_file_writer_round_trips():
    from reviewer.core.documents.ooxml import ole_streams
    streams = ole_streams(compound_file({"A": b"abc", "Bee": b"x" * 5000}))
    assert streams["A"][:3] == b"abc" and streams["Bee"][:5000] == b"x" * 5000


def test_legacy_doc(tmp_path):
    target = tmp_path / "old.doc"
    shutil.copy(SHARED_DOC, target)
    with pytest.raises(DocumentError) as err:
        load_document(target)
    assert err.value.code == "legacy_doc" and ".docx" in err.value.message


def test_docx_renamed_txt_is_read_as_docx(tmp_path):
    path = build(tmp_path / "a.docx", P(R("其实是 Word")))
    renamed = path.rename(tmp_path / "a.txt")
    assert sniff(renamed) == "docx"
    assert texts(load_document(renamed), "body") == ["其实是 Word"]


def test_missing_part_reference_is_reported(tmp_path):
    sect = '<w:headerReference w:type="default" r:id="rGone"/>' + SECT_A4
    path = build(tmp_path / "m.docx", P(R("正文")), sect=sect,
                 rels=[("rGone", RT + "header", "header9.xml", False)])
    doc = load_document(path)
    assert any("header9.xml" in e for e in doc.errors)


def test_strict_and_empty_body(tmp_path):
    path = build(tmp_path / "e.docx", raw_document=f'<?xml version="1.0"?><w:document {NS}></w:document>')
    with pytest.raises(DocumentError):
        load_document(path)


def test_hundred_pages_load_fast(tmp_path):
    sentence = "为进一步做好政府信息公开工作，根据有关规定，结合本地实际，制定本方案。"
    paras = []
    for i in range(1400):
        if i % 40 == 0:
            paras.append(TBL(["项目", "内容"], ["经办人", "张三"], ["电话", "010-12345678"]))
        runs = R(sentence[:20]) + R(sentence[20:], rpr='<w:b/>') + R("（" + str(i) + "）")
        if i % 50 == 0:
            runs += DEL("删除的内容") + INS(R("插入的内容"))
        paras.append(P(runs, ppr='<w:pStyle w:val="Heading1"/>' if i % 30 == 0 else ""))
    path = build(tmp_path / "big.docx", "".join(paras))
    load_document(path)
    best = min(_timed(path) for _ in range(3))
    doc = load_document(path)
    assert doc.chars > 50000
    assert best < 0.4, f"100-page docx took {best:.3f}s"


def _timed(path):
    start = time.perf_counter()
    load_document(path)
    return time.perf_counter() - start


def test_keep_origin_maps_every_text_character(tmp_path):
    body = P(R("甲乙"), INS(R("丙")), R("丁", rpr=VANISH), '<w:r><w:tab/><w:t>戊</w:t></w:r>')
    doc = Reader(build(tmp_path / "o.docx", body), keep_origin=True).read()
    para = next(doc.paragraphs(("body",)))
    assert para.text == "甲乙丙\t戊"
    mapped = {start + i for start, el, attr in para.origin for i in range(len(el.text))}
    assert mapped == {0, 1, 2, 4}


def test_pages_from_rendered_page_breaks_only_when_saved(tmp_path):
    body = P(R("第一页")) + P('<w:r><w:lastRenderedPageBreak/><w:t>第二页</w:t></w:r>') + TBL(["表在第二页"])
    doc = load_document(build(tmp_path / "pg.docx", body))
    assert [p.page for p in doc.paragraphs(("body", "table"))] == [1, 2, 2] and doc.pages == 2
    plain = load_document(build(tmp_path / "np.docx", P(R("无分页信息")) + P(DEL("删"))))
    assert [p.page for p in plain.paragraphs(("body",))] == [None, None] and plain.pages is None
    assert all(h.location.page is None for h in plain.hidden if h.location)


def test_line_breaks_inside_a_paragraph_are_recorded_as_line_starts(tmp_path):
    br = '<w:r><w:br/></w:r>'
    body = (P(R("第一条　为了规范管理，制定本办法。"), br, R("第二条　本办法适用于本市。"), '<w:r><w:cr/></w:r>',
              R("第三条　本办法自印发之日起施行。"))
            + P(R("没有换行的段落"))
            + P(R("隐藏"), '<w:r><w:rPr><w:vanish/></w:rPr><w:br/></w:r>', R("的换行不算")))
    doc = load_document(build(tmp_path / "br.docx", body))
    first, plain, hidden = doc.paragraphs(("body",))
    assert first.text == "第一条　为了规范管理，制定本办法。 第二条　本办法适用于本市。 第三条　本办法自印发之日起施行。"
    assert [line for _, line in first.lines()] == ["第一条　为了规范管理，制定本办法。", "第二条　本办法适用于本市。",
                                                    "第三条　本办法自印发之日起施行。"]
    assert all(first.text[o:o + len(line)] == line for o, line in first.lines())
    assert plain.breaks == () and plain.lines() == [(0, "没有换行的段落")]
    assert hidden.text == "隐藏的换行不算" and hidden.breaks == ()
