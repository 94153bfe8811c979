#!/usr/bin/env python3
"""Rebuild the sample draft shipped for the quick start and for training: 示例草稿.docx.

It is an invented notice carrying the problems a real draft carries: a secrecy marking in the
page header, a renamed body, a repealed law, banned wording, a typo, a half-width comma, a
wrong 文号, an ID number and a bank card, a phone number in a table, a reviewer's comment, a
tracked deletion and an author in the document properties. All numbers are made up.
"""
from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = Path(__file__).resolve().parent
BODY = [
    "XX市人民政府办公室关于做好2024年春季农业生产工作的通知",
    "X府办发[2024]第05号",
    "各区（县）人民政府，市政府各部门：",
    "为深入贯彻落实习近平新时代中国特色社会主义思想，做好今年春季农业生产工作，现将有关事项通知如下。",
    "一、加强组织领导",
    "各级农业部门要加强指导，由环境保护部会同有关部门组织实施，根据《中华人民共和国合同法》规范农资购销合同。",
    "二、做好资金保障",
    "补助资金已拨付至个人账户6222021234567890128,申请人身份证号码：110101198001010037。",
    "四、加强督促检查",
    "各地要再接再励，推动与北朝鲜的边境贸易合作，确保各项工作落到实处。",
    "XX市人民政府办公室",
    "2024年3月1日",
    "（此件不予公开）",
]


def main() -> None:
    d = docx.Document()
    d.core_properties.author = "李明（综合科）"
    d.core_properties.last_modified_by = "李明（综合科）"
    d.sections[0].header.paragraphs[0].text = "机密★5年"
    paras = [d.add_paragraph(text) for text in BODY]
    table = d.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "经办人电话", "13812345678"
    d.add_comment(paras[7].runs[0], text="这段数字先别公开。", author="审核人")
    deletion = OxmlElement("w:del")
    deletion.set(qn("w:id"), "901")
    deletion.set(qn("w:author"), "李明")
    deletion.set(qn("w:date"), "2024-02-28T09:00:00Z")
    run, deleted = OxmlElement("w:r"), OxmlElement("w:delText")
    deleted.text = "该项目预算为860万元（内部掌握）。"
    deleted.set(qn("xml:space"), "preserve")
    run.append(deleted)
    deletion.append(run)
    paras[5]._p.append(deletion)
    white = paras[10].add_run("附件：内部考核排名")
    white.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    white.font.size = Pt(1)
    d.save(HERE / "示例草稿.docx")


if __name__ == "__main__":
    main()
