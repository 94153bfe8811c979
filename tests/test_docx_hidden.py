"""Hidden content in .docx files: every kind flagged where it is, and not where it is not."""
from __future__ import annotations

import time

import pytest
from docx_fixtures import (DEL, INS, RT, SECT_A4, TBL, TEXTBOX, TINY, VANISH, WHITE, P, R, build, ole_package_object,
                           read_zip, write_zip)

from reviewer.core.documents import load_document

OLE_RT = RT + "oleObject"
PACKAGE_RT = RT + "package"


@pytest.fixture
def findings(checker):
    def run(path):
        return checker.check_path(path).findings
    return run


def rules(found, prefix):
    return [f for f in found if f.rule.startswith(prefix)]


def hidden(doc, kind):
    return [h for h in doc.hidden if h.kind == kind]


# -- comments -------------------------------------------------------------------------


def test_comments_flagged_with_author_and_resolved_state(tmp_path, findings):
    body = P('<w:commentRangeStart w:id="0"/>', R("预算数"), '<w:commentRangeEnd w:id="0"/>',
             '<w:r><w:commentReference w:id="0"/></w:r>', R("其他"),
             '<w:commentRangeStart w:id="1"/>', R("第二处"), '<w:commentRangeEnd w:id="1"/>',
             '<w:r><w:commentReference w:id="1"/></w:r>')
    comments = [("审核人甲", '<w:p w14:paraId="0000AAAA"><w:r><w:t>这个数字不能公开</w:t></w:r></w:p>'),
                ("审核人乙", '<w:p w14:paraId="0000BBBB"><w:r><w:t>已改</w:t></w:r></w:p>')]
    extended = '<w15:commentEx w15:paraId="0000AAAA" w15:done="0"/><w15:commentEx w15:paraId="0000BBBB" w15:done="1"/>'
    path = build(tmp_path / "c.docx", body, comments=comments, comments_extended=extended)
    found = rules(findings(path), "secrecy.hidden.comment")
    assert [f.severity for f in found] == ["block", "block"]
    first, second = found
    assert first.text == "这个数字不能公开" and "审核人甲" in first.message and "预算数" in first.message
    assert first.location.part == "comment" and first.location.part_index == 1
    assert second.detail["resolved"] is True and "已解决" in second.message


def test_no_comment_no_finding(tmp_path, findings):
    assert not rules(findings(build(tmp_path / "n.docx", P(R("普通正文")))), "secrecy.hidden.comment")


# -- revisions ------------------------------------------------------------------------


def test_revisions_in_every_part(tmp_path, findings):
    sect = '<w:headerReference w:type="default" r:id="rH1"/>' + SECT_A4
    body = (P(R("正文"), DEL("正文删除", author="甲"), INS(R("正文插入"), author="乙"))
            + TBL([P(R("表内"), DEL("表格删除"))])
            + P(R("框外"), TEXTBOX(P(DEL("文本框删除"))))
            + P(R("脚注引用"), '<w:r><w:footnoteReference w:id="1"/></w:r>')
            + P(INS(R("移走的话"), tag="moveFrom"), R("中间"), INS(R("移走的话"), tag="moveTo")))
    path = build(tmp_path / "r.docx", body, sect=sect, headers={"rH1": f"<w:hdr>{P(DEL('页眉删除'))}</w:hdr>"},
                 footnotes=[P(DEL("脚注删除"))])
    found = rules(findings(path), "secrecy.hidden.revision")
    by_text = {f.text: f for f in found}
    for text, part in (("正文删除", "body"), ("表格删除", "table"), ("文本框删除", "textbox"),
                       ("页眉删除", "header"), ("脚注删除", "footnote")):
        assert by_text[text].location.part == part, text
        assert by_text[text].detail["type"] == "delete" and by_text[text].severity == "block"
    assert by_text["正文删除"].detail["author"] == "甲" and "甲" in by_text["正文删除"].message
    assert by_text["正文删除"].location.start == by_text["正文删除"].location.end == 2
    inserted = by_text["正文插入"]
    assert inserted.detail["type"] == "insert" and (inserted.location.start, inserted.location.end) == (2, 6)
    moves = sorted(f.detail["type"] for f in found if f.text == "移走的话")
    assert moves == ["move_from", "move_to"]
    # the box is read once: its deletion is reported once although Word stores the box twice
    assert sum(1 for f in found if f.text == "文本框删除") == 1


def test_format_changes_reported_once_per_part_as_review(tmp_path, findings):
    change = '<w:rPrChange w:id="5" w:author="丙" w:date="2024-01-01T00:00:00Z"><w:rPr/></w:rPrChange>'
    body = P(R("加粗了", rpr="<w:b/>" + change), R("又一处", rpr="<w:i/>" + change.replace('"5"', '"6"')))
    found = rules(findings(build(tmp_path / "f.docx", body)), "secrecy.hidden.revision")
    assert len(found) == 1
    assert found[0].severity == "review" and found[0].detail["count"] == 2 and found[0].detail["author"] == "丙"


def test_adjacent_deletions_by_one_author_are_one_item(tmp_path):
    body = P(R("前"), DEL("第一"), DEL("第二"), R("后"))
    doc = load_document(build(tmp_path / "m.docx", body))
    assert [h.text for h in hidden(doc, "revision")] == ["第一第二"]


def test_no_revision_no_finding(tmp_path, findings):
    assert not rules(findings(build(tmp_path / "n.docx", P(R("定稿")))), "secrecy.hidden.revision")


def test_hundreds_of_comments_and_revisions_are_fast(tmp_path, findings):
    body = "".join(P(f'<w:commentRangeStart w:id="{i}"/>', R(f"第{i}段"), f'<w:commentRangeEnd w:id="{i}"/>',
                     f'<w:r><w:commentReference w:id="{i}"/></w:r>', DEL(f"删{i}"), INS(R(f"增{i}")))
                   for i in range(400))
    path = build(tmp_path / "many.docx", body, comments=[("某人", f"意见{i}") for i in range(400)])
    start = time.perf_counter()
    found = findings(path)
    elapsed = time.perf_counter() - start
    assert len(rules(found, "secrecy.hidden.comment")) == 400
    assert len(rules(found, "secrecy.hidden.revision")) == 800
    assert elapsed < 5


# -- vanish ---------------------------------------------------------------------------

STYLES = (
    '<w:style w:type="character" w:styleId="HiddenChar"><w:name w:val="隐藏字符"/><w:rPr><w:vanish/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="HiddenBase"><w:name w:val="隐藏段落基"/><w:rPr><w:vanish/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="HiddenPara"><w:name w:val="隐藏段落"/><w:basedOn w:val="HiddenBase"/>'
    "</w:style>"
    '<w:style w:type="character" w:styleId="WhiteChar"><w:name w:val="白字"/><w:rPr><w:color w:val="FFFFFF"/>'
    "</w:rPr></w:style>")


def test_vanish_direct_style_chain_and_spec_vanish(tmp_path, findings):
    body = (P(R("可见"), R("直接隐藏", rpr=VANISH), R("尾"))
            + P(R("字符样式隐藏", rpr='<w:rStyle w:val="HiddenChar"/>'))
            + P(R("段落样式继承隐藏"), ppr='<w:pStyle w:val="HiddenPara"/>')
            + P(R("特殊隐藏", rpr="<w:specVanish/>"), R("正常")))
    path = build(tmp_path / "v.docx", body, styles=STYLES)
    doc = load_document(path)
    assert [p.text for p in doc.paragraphs(("body",))] == ["可见尾", "", "", "正常"]
    found = rules(findings(path), "secrecy.hidden.text")
    assert [(f.text, f.location.paragraph, f.location.start, f.location.end) for f in found] == [
        ("直接隐藏", 0, 2, 2), ("字符样式隐藏", 1, 0, 0), ("段落样式继承隐藏", 2, 0, 0), ("特殊隐藏", 3, 0, 0)]
    assert all(f.severity == "block" for f in found)


def test_vanish_toggled_off_and_doc_defaults(tmp_path, findings):
    # paragraph style hidden + character style hidden toggle each other off; direct w:vanish val=0 wins
    body = (P(R("两次隐藏互相抵消", rpr='<w:rStyle w:val="HiddenChar"/>'), ppr='<w:pStyle w:val="HiddenPara"/>')
            + P(R("直接取消隐藏", rpr='<w:rStyle w:val="HiddenChar"/><w:vanish w:val="0"/>')))
    found = rules(findings(build(tmp_path / "t.docx", body, styles=STYLES)), "secrecy.hidden.text")
    assert found == []
    path = build(tmp_path / "d.docx", P(R("全部隐藏")))
    parts = read_zip(path)
    styles = parts["word/styles.xml"].decode()
    assert "<w:rPrDefault><w:rPr>" in styles
    parts["word/styles.xml"] = styles.replace("<w:rPrDefault><w:rPr>", "<w:rPrDefault><w:rPr><w:vanish/>", 1).encode()
    write_zip(path, parts)
    assert [f.text for f in rules(findings(path), "secrecy.hidden.text")] == ["全部隐藏"]


def test_normal_text_is_not_hidden(tmp_path, findings):
    found = findings(build(tmp_path / "n.docx", P(R("正常黑色", rpr='<w:color w:val="000000"/><w:sz w:val="32"/>'))))
    assert not rules(found, "secrecy.hidden.text") and not rules(found, "secrecy.hidden.invisible")


# -- invisible ------------------------------------------------------------------------


def test_white_near_white_theme_white_and_tiny_text(tmp_path, findings):
    body = (P(R("正文"), R("白色文字", rpr=WHITE), R("结尾"))
            + P(R("近白色", rpr='<w:color w:val="FAFAFA"/>'))
            + P(R("主题白", rpr='<w:color w:val="000000" w:themeColor="background1"/>'))
            + P(R("一磅小字", rpr=TINY))
            + P(R("样式白字", rpr='<w:rStyle w:val="WhiteChar"/>'))
            + P(R(" ", rpr=WHITE)))
    path = build(tmp_path / "w.docx", body, styles=STYLES)
    doc = load_document(path)
    assert next(doc.paragraphs(("body",))).text == "正文白色文字结尾"
    found = rules(findings(path), "secrecy.hidden.invisible")
    got = [(f.text, f.detail["reason"], f.location.paragraph, f.location.start, f.location.end) for f in found]
    assert got == [("白色文字", "white", 0, 2, 6), ("近白色", "white", 1, 0, 3), ("主题白", "white", 2, 0, 3),
                   ("一磅小字", "tiny", 3, 0, 4), ("样式白字", "white", 4, 0, 4)]
    assert all(f.severity == "block" and f.detail["reason_text"] for f in found)


def test_white_on_dark_is_visible(tmp_path, findings):
    dark_cell = '<w:shd w:val="clear" w:color="auto" w:fill="1F3864"/>'
    body = (P(R("深色底纹白字", rpr=WHITE + '<w:shd w:val="clear" w:color="auto" w:fill="000000"/>'))
            + P(R("黑色突出显示", rpr=WHITE + '<w:highlight w:val="black"/>'))
            + P(R("段落底纹", rpr=WHITE), ppr='<w:shd w:val="clear" w:color="auto" w:fill="C00000"/>')
            + TBL(["表头白字"], cell_pr=dark_cell).replace("<w:r><w:t", f"<w:r><w:rPr>{WHITE}</w:rPr><w:t")
            + P(R("框"), TEXTBOX(P(R("深色文本框白字", rpr=WHITE)),
                                 fill='<a:solidFill><a:srgbClr val="002060"/></a:solidFill>'))
            + P(R("浅灰可见", rpr='<w:color w:val="BFBFBF"/>')))
    found = rules(findings(build(tmp_path / "d.docx", body)), "secrecy.hidden.invisible")
    assert found == []


def test_white_text_in_a_white_cell_and_black_on_black(tmp_path, findings):
    body = (TBL(["白格白字"], cell_pr='<w:shd w:val="clear" w:color="auto" w:fill="FFFFFF"/>')
            .replace("<w:r><w:t", f"<w:r><w:rPr>{WHITE}</w:rPr><w:t")
            + P(R("黑底黑字", rpr='<w:color w:val="000000"/><w:shd w:val="clear" w:color="auto" w:fill="000000"/>')))
    found = rules(findings(build(tmp_path / "c.docx", body)), "secrecy.hidden.invisible")
    assert sorted((f.text, f.location.part) for f in found) == [("白格白字", "table"), ("黑底黑字", "body")]


def test_off_page_and_hidden_text_boxes(tmp_path, findings):
    far = ('<wp:positionH relativeFrom="page"><wp:posOffset>-9000000</wp:posOffset></wp:positionH>'
           '<wp:positionV relativeFrom="page"><wp:posOffset>0</wp:posOffset></wp:positionV>')
    body = (P(R("甲"), TEXTBOX(P(R("页面外的字")), anchor=far))
            + P(R("乙"), TEXTBOX(P(R("页面内的框")))))
    hidden_shape = TEXTBOX(P(R("隐藏的框"))).replace('name="Text Box 1"/>', 'name="Text Box 1" hidden="1"/>')
    body += P(R("丙"), hidden_shape)
    found = rules(findings(build(tmp_path / "o.docx", body)), "secrecy.hidden.invisible")
    assert [(f.text, f.detail["reason"], f.location.part) for f in found] == [
        ("页面外的字", "offpage", "textbox"), ("隐藏的框", "hidden_shape", "textbox")]


# -- metadata -------------------------------------------------------------------------


def test_metadata_names_people_and_units(tmp_path, findings):
    path = build(tmp_path / "m.docx", P(R("正文")),
                 core={"dc:creator": "王小明", "cp:lastModifiedBy": "Administrator", "dc:title": "关于开展检查的通知",
                       "dc:description": "generated by python-docx"},
                 app={"Company": "某某县财政局", "Manager": "", "Template": "Normal.dotm"},
                 custom={"KSOProductBuildVer": "2052-11.1.0.14309", "ICV": "0AB3C5D7E9F1",
                         "审核人": "张建国", "备注": "某区发展改革委综合科"},
                 people=["李红"])
    found = rules(findings(path), "secrecy.hidden.metadata")
    got = {f.detail["property"]: f.severity for f in found}
    assert got == {"creator": "review", "lastModifiedBy": "info", "title": "info", "Company": "review",
                   "custom:审核人": "review", "custom:备注": "review", "people:1": "review"}
    creator = next(f for f in found if f.detail["property"] == "creator")
    assert creator.location.part == "metadata" and creator.text == "王小明" and "作者" in creator.message


def test_generic_or_empty_properties_are_not_review(tmp_path, findings):
    path = build(tmp_path / "g.docx", P(R("正文")),
                 core={"dc:creator": "python-docx", "cp:lastModifiedBy": "Microsoft Office 用户", "dc:title": ""},
                 app={"Company": "微软中国", "Template": "Normal.dotm"})
    found = rules(findings(path), "secrecy.hidden.metadata")
    assert found and all(f.severity == "info" for f in found)


def test_an_account_number_as_author_is_info_in_docx_as_in_pdf(tmp_path, findings, checker):
    # a published .doc carried 作者 86156: digits name nobody; a mobile number names a person
    from pdfgen import PdfBuilder
    for author, severity in [("20230518", "info"), ("139 1234 5678", "review")]:
        path = build(tmp_path / "a.docx", P(R("正文")), core={"dc:creator": author})
        [found] = rules(findings(path), "secrecy.hidden.metadata")
        assert found.severity == severity, author
        b = PdfBuilder(info={"Author": author})
        b.page().text(72, 700, "正文内容", 12)
        (tmp_path / "a.pdf").write_bytes(b.build())
        [found] = rules(checker.check_path(tmp_path / "a.pdf").findings, "secrecy.hidden.metadata")
        assert found.severity == severity, author


# -- links, embedded objects, macros ----------------------------------------------------


def test_attached_template_and_local_links(tmp_path, findings):
    body = (P('<w:hyperlink r:id="rL1"><w:r><w:t>内网文件</w:t></w:r></w:hyperlink>')
            + P('<w:hyperlink r:id="rL2"><w:r><w:t>政府网站</w:t></w:r></w:hyperlink>')
            + P('<w:hyperlink r:id="rL3"><w:r><w:t>共享盘</w:t></w:r></w:hyperlink>')
            + P('<w:hyperlink r:id="rL4"><w:r><w:t>内网系统</w:t></w:r></w:hyperlink>'))
    rels = [("rL1", RT + "hyperlink", "file:///C:/Users/zhangsan/Desktop/名单.xlsx", True),
            ("rL2", RT + "hyperlink", "https://www.gov.cn/zhengce/", True),
            ("rL3", RT + "hyperlink", "\\\\fileserver\\综合科\\材料.docx", True),
            ("rL4", RT + "hyperlink", "http://10.1.2.3/oa/", True)]
    path = build(tmp_path / "l.docx", body, rels=rels,
                 settings_inner='<w:attachedTemplate r:id="rT1"/>',
                 settings_rels=[("rT1", RT + "attachedTemplate",
                                 "file:///C:\\Users\\张三\\AppData\\Roaming\\Microsoft\\Templates\\公文.dotm", True)])
    found = rules(findings(path), "secrecy.hidden.link")
    texts = sorted(f.text for f in found)
    assert len(found) == 4 and not any("gov.cn" in t for t in texts)
    template = next(f for f in found if f.detail["type"] == "attachedTemplate")
    assert "张三" in template.text and "附加模板" in template.message
    assert next(f for f in found if "名单" in f.text).location.paragraph == 0


def test_field_code_with_local_path(tmp_path, findings):
    field = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> INCLUDEPICTURE '
             '"C:\\\\Users\\\\wang\\\\Pictures\\\\a.png" \\* MERGEFORMAT </w:instrText></w:r>'
             '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    found = rules(findings(build(tmp_path / "f.docx", P(R("图"), field))), "secrecy.hidden.link")
    assert len(found) == 1 and "wang" in found[0].text


def test_public_web_links_not_flagged(tmp_path, findings):
    body = P('<w:hyperlink r:id="rL2"><w:r><w:t>政府网站</w:t></w:r></w:hyperlink>')
    path = build(tmp_path / "p.docx", body, rels=[("rL2", RT + "hyperlink", "https://www.gov.cn/", True)])
    assert not rules(findings(path), "secrecy.hidden.link")


def _ole_run(rid):
    return ('<w:r><w:object w:dxaOrig="1520" w:dyaOrig="960"><v:shape id="o1" style="width:76pt;height:48pt">'
            '<v:imagedata r:id="rImg" o:title=""/></v:shape>'
            f'<o:OLEObject Type="Embed" ProgID="Package" ShapeID="o1" DrawAspect="Icon" ObjectID="_1" r:id="{rid}"/>'
            "</w:object></w:r>")


def _xlsx_bytes():
    import io
    import zipfile
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")
    return buf.getvalue()


def test_embedded_objects_described_and_damaged_one_reported(tmp_path, findings):
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 32
    body = P(R("附件"), _ole_run("rO1")) + P(_ole_run("rO2").replace("Package", "Excel.Sheet.12")) + P(_ole_run("rO3"))
    parts = {"word/embeddings/oleObject1.bin": ole_package_object("人员名单.xlsx", b"secret"),
             "word/embeddings/Microsoft_Excel_Worksheet.xlsx": _xlsx_bytes(),
             "word/embeddings/oleObject3.bin": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\xff" * 100,
             "word/fonts/font1.odttf": b"\0" * 64, "word/media/image1.png": png}
    rels = [("rO1", OLE_RT, "embeddings/oleObject1.bin", False),
            ("rO2", PACKAGE_RT, "embeddings/Microsoft_Excel_Worksheet.xlsx", False),
            ("rO3", OLE_RT, "embeddings/oleObject3.bin", False),
            ("rImg", RT + "image", "media/image1.png", False),
            ("rF1", RT + "font", "fonts/font1.odttf", False)]
    found = rules(findings(build(tmp_path / "e.docx", body, parts=parts, rels=rels)), "secrecy.hidden.embedded")
    assert len(found) == 3 and all(f.severity == "review" for f in found)
    by_part = {f.detail["part"]: f for f in found}
    assert by_part["word/embeddings/oleObject1.bin"].detail["file_name"] == "人员名单.xlsx"
    assert "人员名单.xlsx" in by_part["word/embeddings/oleObject1.bin"].text
    assert by_part["word/embeddings/Microsoft_Excel_Worksheet.xlsx"].detail["format"] == "Excel 工作簿"
    assert by_part["word/embeddings/Microsoft_Excel_Worksheet.xlsx"].detail["progid"] == "Excel.Sheet.12"
    broken = by_part["word/embeddings/oleObject3.bin"]
    assert broken.detail["damaged"] and "无法读取" in broken.text
    assert by_part["word/embeddings/oleObject1.bin"].location.paragraph == 0


def test_macro_project(tmp_path, findings):
    path = build(tmp_path / "m.docm", P(R("正文")), parts={"word/vbaProject.bin": b"\xd0\xcf\x11\xe0" + b"\0" * 600},
                 rels=[("rV", "http://schemas.microsoft.com/office/2006/relationships/vbaProject",
                        "vbaProject.bin", False)])
    found = rules(findings(path), "secrecy.hidden.macro")
    assert len(found) == 1 and "vbaProject.bin" in found[0].text and found[0].severity == "review"
    assert not rules(findings(build(tmp_path / "n.docx", P(R("正文")))), "secrecy.hidden.macro")


def test_light_style_colour_made_visible_by_run_shading(tmp_path, findings):
    styles = ('<w:style w:type="paragraph" w:styleId="WhitePara"><w:name w:val="白字段落"/>'
              '<w:rPr><w:color w:val="FFFFFF"/></w:rPr></w:style>')
    body = (P(R("深底白字", rpr='<w:shd w:val="clear" w:color="auto" w:fill="000000"/>'),
              ppr='<w:pStyle w:val="WhitePara"/>')
            + P(R("白底白字"), ppr='<w:pStyle w:val="WhitePara"/>'))
    found = rules(findings(build(tmp_path / "s.docx", body, styles=styles)), "secrecy.hidden.invisible")
    assert [f.text for f in found] == ["白底白字"]


def test_pictures_and_embedded_fonts_are_not_embedded_objects(tmp_path, findings):
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 32
    picture = ('<w:r><w:drawing><wp:inline><wp:extent cx="1" cy="1"/><wp:docPr id="1" name="图片 1"/><a:graphic>'
               '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"/></a:graphic>'
               '</wp:inline></w:drawing></w:r>')
    path = build(tmp_path / "i.docx", P(R("图"), picture),
                 parts={"word/media/image1.png": png, "word/fonts/font1.odttf": b"\0" * 64},
                 rels=[("rImg", RT + "image", "media/image1.png", False),
                       ("rF1", RT + "font", "fonts/font1.odttf", False)])
    assert not rules(findings(path), "secrecy.hidden.embedded")
