"""The check report as a person reads it in a terminal: per file, grouped by gate."""
from __future__ import annotations

from reviewer.core.findings import BLOCK, GATE_NAMES, GATES, REVIEW, SEVERITY_NAMES

_DATE_SOURCE = {"document": "取自文件的成文日期", "docnumber": "文件中未找到成文日期，按发文字号的年份",
                "option": "取自 --date", "today": "文件中未找到成文日期，按今天"}


def render(reports) -> str:
    lines: list[str] = []
    for r in reports:
        lines.append(f"━━ {r.path}")
        if r.kind:
            meta = [r.kind, f"{r.chars} 字"]
            if r.document is not None and r.document.pages:
                meta.append(f"{r.document.pages} 页")
            if r.date:
                meta.append(f"日期 {r.date.isoformat()}（{_DATE_SOURCE.get(r.date_source, '')}）")
            lines.append("   " + "，".join(meta))
        for e in r.errors:
            lines.append(f"   ✗ 无法完整检查：{e['message']}")
        if not r.findings and not r.errors:
            lines.append("   已检查，未发现问题。")
        for gate in GATES:
            items = [f for f in r.findings if f.gate == gate]
            if not items:
                continue
            blocks = sum(f.severity == BLOCK for f in items)
            reviews = sum(f.severity == REVIEW for f in items)
            lines.append(f"   【{GATE_NAMES[gate]}】{len(items)} 项（禁止发布 {blocks}，需判断 {reviews}）")
            for f in items:
                lines.append(f"     [{SEVERITY_NAMES[f.severity]}] {f.location.describe()}  「{f.text[:40]}」  {f.rule}")
                lines.append(f"         {f.message}")
                if f.context and f.context != f.text:
                    lines.append(f"         上下文：{f.context}")
                if f.suggestion:
                    lines.append(f"         建议：{f.suggestion}")
        total_block = sum(f.severity == BLOCK for f in r.findings)
        if r.findings:
            lines.append(f"   合计 {len(r.findings)} 项，其中禁止发布 {total_block} 项。")
        lines.append("")
    return "\n".join(lines) + "\n"
