"""The sign-off record (审查审批单): built from a review, exported as .docx, PDF or JSON, verified.

The JSON record holds everything and a digest over its own canonical content; the .docx and
PDF show the same content as a printed A4 form. An unsigned review exports only as a draft
marked 未签发 on every page: a record must never look signed when it is not. The file is
hashed again at export: a record is never made for a file that no longer matches its revision.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from reviewer import __version__
from reviewer.core.findings import GATE_NAMES, SEVERITY_NAMES, SEVERITY_RANK
from reviewer.core.store import now
from reviewer.core.workflow import (DECISION_NAMES, DISPOSITION_NAMES, ROLE_NAMES, Workflow, canonical, refuse,
                                    sha256_file, sha256_text, short_time)

RECORD_FORMAT = "reviewer.record"
FORMATS = ("docx", "pdf", "json")
FORM_TITLE = "政府信息公开审查审批单"
DRAFT_BANNER = "未签发（草稿）：本单尚未经保密审查员签发，不能作为发布依据"
EMPTY = "（未填写）"


def record_digest(record: dict) -> str:
    """SHA-256 over the canonical JSON of everything but the digest itself and the export time
    (so a .docx and a .json exported from the same state carry the same digest)."""
    return sha256_text(canonical({k: v for k, v in record.items() if k not in ("digest", "exported")}))


def build_record(workflow: Workflow, review_id: int) -> dict:
    status = workflow.status(review_id)
    path = workflow.revision_path(review_id)
    rev = status.revision
    if not path.is_file():
        raise refuse("file_changed", f"找不到第{rev.number}稿的文件：{path}。审批单须对照文件本身导出，请用“更新”重新指定文件")
    if sha256_file(path) != rev.sha256:
        raise refuse("file_changed", f"磁盘上的文件已被改动，与第{rev.number}稿不一致（SHA-256 不同）：{path}。"
                                     "请提交新稿并重新审查后再导出")
    origins = {u.name: u.origin for u in workflow.users()}

    def who(name: str | None) -> str | None:
        if not name:
            return None
        return f"{name}（外部用户）" if origins.get(name) == "imported" else name

    order = sorted(range(len(status.findings)), key=lambda i: (SEVERITY_RANK[status.findings[i].severity], i))
    findings = []
    for i in order:
        f = status.findings[i]
        findings.append({
            "id": f.id, "rule": f.rule, "gate": f.gate, "gate_name": GATE_NAMES[f.gate], "severity": f.severity,
            "severity_name": SEVERITY_NAMES[f.severity], "text": f.text, "message": f.message, "context": f.context,
            "where": f.where, "location": f.location, "suggestion": f.suggestion, "basis": f.basis,
            "disposition": f.disposition, "disposition_name": DISPOSITION_NAMES.get(f.disposition or ""),
            "disposition_reason": f.disposition_reason, "disposition_user": who(f.disposition_user),
            "disposition_time": f.disposition_time, "disposition_revision": f.disposition_revision,
            "reopened": f.reopened})
    gates = []
    for gate, g in status.gates.items():
        gates.append({"gate": gate, "gate_name": GATE_NAMES[gate], "decision": g.decision,
                      "decision_name": DECISION_NAMES.get(g.decision or "", "未决定"), "reason": g.reason,
                      "user": who(g.user), "role_name": ROLE_NAMES.get(g.role or ""), "time": g.time,
                      "carried_from": g.carried_from})
    signoff = None
    if status.signed_off:
        signoff = {"user": who(status.signoff_user), "role_name": ROLE_NAMES["secrecy_officer"],
                   "time": status.signoff_time, "sha256": status.signoff_sha256, "revision": rev.number}
    history = workflow.history(review_id)
    record: dict[str, Any] = {
        "format": RECORD_FORMAT, "version": 1,
        "status": "signed" if signoff else "draft",
        "status_name": "已签发" if signoff else "未签发（草稿）",
        "title": status.title, "doc_number": status.doc_number, "unit": status.unit,
        "case_officer": status.case_officer, "channel": status.channel, "disclosure": status.disclosure,
        "disclosure_basis": status.disclosure_basis,
        "file": {"name": rev.file_name or path.name, "sha256": rev.sha256, "revision": rev.number,
                 "revisions": status.revisions, "content_hash": rev.content_hash, "kind": rev.kind,
                 "size": rev.size, "read_errors": [e.get("message") for e in rev.errors]},
        "findings": findings,
        "gates": gates,
        "signoff": signoff,
        "signoff_blockers": [] if signoff else status.signoff_blockers,
        "last_reset": ({"happened": status.last_reset.happened, "reason": status.last_reset.reason}
                       if status.last_reset else None),
        "audit": workflow.chain_head(review_id),
        "imported_acts": sum(1 for h in history if h["imported"]),
        "history": [{k: h[k] for k in ("seq", "time", "user", "role", "action_name", "detail", "hash", "imported")}
                    for h in history],
        "tool": {"name": "reviewer", "version": __version__},
        "exported": now(),
    }
    record["digest"] = {"algorithm": "sha256", "value": record_digest(record)}
    return record


def export_record(workflow: Workflow, review_id: int, fmt: str, out: Path, pdf_writer=None) -> Path:
    """Write the record as json, docx or pdf. PDF rendering is Qt and lives in the front end
    (reviewer.app.record_pdf.write_pdf), which passes it in: the core imports no Qt."""
    if fmt not in FORMATS:
        raise refuse("bad_value", f"审批单格式须为：{'、'.join(FORMATS)}")
    record = build_record(workflow, review_id)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "json":
        out.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    elif fmt == "docx":
        write_docx(record, out)
    else:
        if pdf_writer is None:
            raise refuse("bad_value", "导出 PDF 审批单需要界面组件提供的 PDF 排版（reviewer.app.record_pdf）")
        pdf_writer(record, out)
    return out


def verify_record(record: Path, file: Path | None = None) -> list[str]:
    """Problems with a JSON record (Chinese; empty = an intact, signed record, and FILE — when
    given — is the very file it signed)."""
    record, problems = Path(record), []
    if record.suffix.lower() in (".docx", ".pdf"):
        return [f"只能核验 JSON 格式的审批单（{record.name} 是 {record.suffix} 文件）；请导出 JSON 格式后核验"]
    try:
        data = json.loads(record.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        return [f"审批单文件不存在：{record}"]
    except (ValueError, UnicodeDecodeError):
        return [f"不是有效的 JSON 审批单：{record.name}"]
    if not isinstance(data, dict) or data.get("format") != RECORD_FORMAT:
        return [f"不是审查通导出的审批单：{record.name}"]
    digest = (data.get("digest") or {}).get("value")
    if digest != record_digest(data):
        problems.append("审批单内容与其摘要不符：导出后被改动过")
    signoff = data.get("signoff")
    signed_sha = (data.get("file") or {}).get("sha256")
    if data.get("status") != "signed" or not signoff:
        problems.append("这是未签发的草稿审批单，不能作为发布依据")
    elif signoff.get("sha256") != signed_sha:
        problems.append("审批单中签发的文件摘要与审查文件摘要不一致")
    if file is not None:
        file = Path(file)
        if not file.is_file():
            problems.append(f"要核对的文件不存在：{file}")
        elif sha256_file(file) != signed_sha:
            problems.append(f"文件 {file.name} 不是审批单所{'签发' if signoff else '记录'}的文件（SHA-256 不同）")
    return problems


# --- the printed form, shared by the .docx and the PDF -------------------------------------------
def form(record: dict) -> dict:
    """What the printed form shows, with its Chinese labels, in order."""
    f = record["file"]
    draft = record["status"] != "signed"
    info = [
        ("标题", record.get("title") or EMPTY),
        ("文号", record.get("doc_number") or EMPTY),
        ("报送单位", record.get("unit") or EMPTY),
        ("承办人", record.get("case_officer") or EMPTY),
        ("拟发布渠道", record.get("channel") or EMPTY),
        ("拟公开属性", record.get("disclosure") or EMPTY),
        ("公开依据", record.get("disclosure_basis") or EMPTY),
        ("审查文件", f"{f['name']}（第{f['revision']}稿，共{f['revisions']}稿）"),
        ("文件 SHA-256", f["sha256"]),
    ]
    if f.get("read_errors"):
        info.append(("未能读取的部分", "；".join(f["read_errors"])))
    findings = []
    for n, x in enumerate(record["findings"], 1):
        problem = f"“{x['text']}”　{x['message']}"
        if x.get("suggestion"):
            problem += f"（建议：{x['suggestion']}）"
        disp = x.get("disposition_name") or "未处置"
        if x.get("reopened"):
            disp += "（仍存在，已重新打开）"
        if x.get("disposition_reason"):
            disp += f"：{x['disposition_reason']}"
        if x.get("disposition_user"):
            disp += f"　{x['disposition_user']} {short_time(x.get('disposition_time'))}"
        findings.append([str(n), x["gate_name"], x["severity_name"], problem, x["where"], disp])
    gates = []
    for g in record["gates"]:
        decision = g["decision_name"]
        if g.get("carried_from"):
            decision += f"（沿用第{g['carried_from']}稿）"
        gates.append([g["gate_name"], g.get("user") or "", decision, g.get("reason") or "", short_time(g.get("time"))])
    s = record.get("signoff")
    if s:
        signoff = [f"保密审查意见：同意发布（第{s['revision']}稿，文件 SHA-256 {s['sha256']}）",
                   f"签发人：{s['user']}（{s['role_name']}）　签发时间：{short_time(s['time'])}"]
    else:
        signoff = ["未签发。尚不具备签发条件：" if record.get("signoff_blockers") else "未签发。"]
        signoff += [f"· {b}" for b in record.get("signoff_blockers") or []]
    a = record["audit"]
    footer = [f"审计链头：审查 {a['review_uid']} 第 {a['review_seq']} 条 {a['review_hash']}",
              f"数据库链头：第 {a['db_entry']} 条 {a['db_hash']}",
              f"审批单摘要（SHA-256）：{record['digest']['value']}",
              f"导出时间：{short_time(record['exported'])}　审查通 {record['tool']['version']}"]
    if record.get("imported_acts"):
        footer.insert(0, f"其中 {record['imported_acts']} 项操作来自其他电脑的审查包，按其哈希核验")
    reset = record.get("last_reset")
    return {"title": FORM_TITLE, "draft": draft, "banner": DRAFT_BANNER if draft else None, "info": info,
            "findings_header": ["序号", "关口", "级别", "问题", "位置", "处置"], "findings": findings,
            "gates_header": ["关口", "审查人", "决定", "理由", "时间"], "gates": gates,
            "reset": reset["reason"] if reset else None, "signoff": signoff, "footer": footer,
            # a draft has no place for a hand signature: signed by hand, it would look approved
            "signature": [] if draft else ["保密审查员（签字）：", "日期：　　　　年　　月　　日"]}


# --- .docx ---------------------------------------------------------------------------------------
BODY_FONT = "仿宋"      # FangSong: on every Chinese Windows since Vista; 仿宋_GB2312 is not
HEADING_FONT = "黑体"   # SimHei
TABLE_FONT = "宋体"     # SimSun
LATIN_FONT = "Times New Roman"


def _set_run_font(run, east_asia: str, size_pt: float | None = None, bold: bool | None = None,
                  color: tuple[int, int, int] | None = None) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor
    run.font.name = LATIN_FONT
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), east_asia)
    fonts.set(qn("w:ascii"), LATIN_FONT)
    fonts.set(qn("w:hAnsi"), LATIN_FONT)
    if size_pt:
        run.font.size = Pt(size_pt)
    if bold is not None:
        run.font.bold = bold
    if color:
        run.font.color.rgb = RGBColor(*color)


def _para(container, text: str = "", *, font: str = BODY_FONT, size: float = 12, bold: bool = False,
          align=None, color=None, space_after: float = 0, keep_with_next: bool = False):
    from docx.shared import Pt
    p = container.add_paragraph()
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.keep_with_next = keep_with_next
    if text:
        _set_run_font(p.add_run(text), font, size, bold, color)
    return p


def _cell_text(cell, text: str, *, font: str = TABLE_FONT, size: float = 9, bold: bool = False, align=None) -> None:
    from docx.shared import Pt
    for extra in cell.paragraphs[1:]:  # a merged cell keeps the paragraphs of every cell it took in
        extra._p.getparent().remove(extra._p)
    p = cell.paragraphs[0]
    for run in p.runs:
        p._p.remove(run._r)
    p.paragraph_format.space_before = Pt(2)
    p.paragraph_format.space_after = Pt(2)
    if align is not None:
        p.alignment = align
    _set_run_font(p.add_run(text), font, size, bold)


def _repeat_header(row) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _shade(cell, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def _table(doc, header: list[str] | None, rows: list[list[str]], widths_mm: list[float], *,
           label_column: bool = False):
    import copy

    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    table = doc.add_table(rows=0, cols=len(widths_mm))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    _widths(table, widths_mm)
    if header:
        row = table.add_row()
        for cell, text in zip(row.cells, header):
            _cell_text(cell, text, font=HEADING_FONT, size=9.5, align=WD_ALIGN_PARAGRAPH.CENTER)
            _shade(cell, "E7E6E6")
        _widths(table, widths_mm, row)
        _repeat_header(row)
    if rows:
        # python-docx takes ~2 ms a cell; a record with hundreds of findings would take seconds.
        # So one row is formatted through python-docx and copied for the others.
        model = table.add_row()
        for n, cell in enumerate(model.cells):
            is_label = label_column and n % 2 == 0
            _cell_text(cell, " ", font=HEADING_FONT if is_label else TABLE_FONT, size=10 if label_column else 9,
                       align=WD_ALIGN_PARAGRAPH.CENTER if is_label else None)
            if is_label:
                _shade(cell, "F2F2F2")
        _widths(table, widths_mm, model)
        model_tr = model._tr
        table._tbl.remove(model_tr)
        for values in rows:
            tr = copy.deepcopy(model_tr)
            for node, text in zip(tr.iter(qn("w:t")), values):
                node.text = " ".join(str(text).split("\n"))
                node.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            table._tbl.append(tr)
    return table


def _widths(table, widths_mm: list[float], row=None) -> None:
    """Word reads the cell widths, LibreOffice and WPS the table grid: set both (the grid
    alone when no row is given)."""
    from docx.shared import Mm
    if row is None:
        for column, width in zip(table.columns, widths_mm):
            column.width = Mm(width)
        return
    for cell, width in zip(row.cells, widths_mm):
        cell.width = Mm(width)


def _page_number_footer(section) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def field(instr: str) -> None:
        fld = OxmlElement("w:fldSimple")
        fld.set(qn("w:instr"), instr)
        run = OxmlElement("w:r")
        text = OxmlElement("w:t")
        text.text = "1"
        run.append(text)
        fld.append(run)
        p._p.append(fld)

    _set_run_font(p.add_run("第 "), TABLE_FONT, 9)
    field("PAGE")
    _set_run_font(p.add_run(" 页　共 "), TABLE_FONT, 9)
    field("NUMPAGES")
    _set_run_font(p.add_run(" 页"), TABLE_FONT, 9)


def write_docx(record: dict, out: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    shape = form(record)
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(25), Mm(22)
    section.left_margin, section.right_margin = Mm(25), Mm(22)
    # document defaults: every run without its own font still gets Chinese fonts
    normal = doc.styles["Normal"]
    normal.font.name = LATIN_FONT
    normal.font.size = Pt(12)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), BODY_FONT)
    doc.core_properties.title = FORM_TITLE
    doc.core_properties.author = "审查通"
    red = (0xC0, 0x00, 0x00)
    if shape["draft"]:
        header = section.header.paragraphs[0]
        header.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _set_run_font(header.add_run("未签发草稿　不能作为发布依据"), HEADING_FONT, 10.5, True, red)
    _page_number_footer(section)

    title = FORM_TITLE + ("（草稿）" if shape["draft"] else "")
    _para(doc, title, font=HEADING_FONT, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=6)
    if shape["banner"]:
        _para(doc, shape["banner"], font=HEADING_FONT, size=12, bold=True, color=red,
              align=WD_ALIGN_PARAGRAPH.CENTER, space_after=6)
    else:
        _para(doc, "状态：已签发", font=HEADING_FONT, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=6)

    usable = 163.0
    info = shape["info"]
    pairs = [[info[i][0], info[i][1], info[i + 1][0], info[i + 1][1]] for i in range(0, 6, 2)]
    _para(doc, "一、基本信息", font=HEADING_FONT, size=14, space_after=4, keep_with_next=True)
    info_widths = [26, 55.5, 26, 55.5]
    table = _table(doc, None, pairs, info_widths, label_column=True)
    for label, value in info[6:]:
        cells = table.add_row().cells
        merged = cells[1].merge(cells[3])
        _cell_text(cells[0], label, font=HEADING_FONT, size=10, align=WD_ALIGN_PARAGRAPH.CENTER)
        _shade(cells[0], "F2F2F2")
        _cell_text(merged, value, size=10)
        cells[0].width, merged.width = Mm(info_widths[0]), Mm(sum(info_widths[1:]))

    _para(doc, "", space_after=6)
    _para(doc, f"二、机器检查发现的问题及处置（共 {len(shape['findings'])} 个）", font=HEADING_FONT, size=14,
          space_after=4, keep_with_next=True)
    if shape["findings"]:
        _table(doc, shape["findings_header"], shape["findings"], [11, 14, 20, 56, 22, usable - 123])
    else:
        _para(doc, "机器检查未发现问题。", size=12)

    _para(doc, "", space_after=6)
    _para(doc, "三、各关审查意见", font=HEADING_FONT, size=14, space_after=4, keep_with_next=True)
    _table(doc, shape["gates_header"], shape["gates"], [20, 26, 32, 55, usable - 133])
    if shape["reset"]:
        _para(doc, f"本稿说明：{shape['reset']}", size=10.5, space_after=0)

    _para(doc, "", space_after=6)
    _para(doc, "四、保密审查签发", font=HEADING_FONT, size=14, space_after=4, keep_with_next=True)
    for n, line in enumerate(shape["signoff"]):
        _para(doc, line, size=12, color=red if shape["draft"] and n == 0 else None, space_after=2,
              bold=shape["draft"] and n == 0)
    if shape["signature"]:
        _para(doc, "", space_after=12)
        sig = _para(doc, "", space_after=0)
        sig.paragraph_format.left_indent = Mm(70)
        _set_run_font(sig.add_run(shape["signature"][0] + "＿＿＿＿＿＿＿＿"), BODY_FONT, 12)
        date = _para(doc, "", space_after=12)
        date.paragraph_format.left_indent = Mm(70)
        date.paragraph_format.space_before = Pt(12)
        _set_run_font(date.add_run(shape["signature"][1]), BODY_FONT, 12)

    _para(doc, "", space_after=6)
    for n, line in enumerate(shape["footer"]):
        _para(doc, line, font=TABLE_FONT, size=8, space_after=0, keep_with_next=n < len(shape["footer"]) - 1)
    tmp = out.with_name(out.name + ".partial")
    doc.save(str(tmp))
    tmp.replace(out)
