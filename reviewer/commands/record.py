"""reviewer record export ID --format docx|pdf|json -o OUT | reviewer record verify RECORD [FILE]"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from reviewer.commands._session import REFUSED, guarded, open_workflow


def add_arguments(parser: argparse.ArgumentParser, command: str) -> None:
    sub = parser.add_subparsers(dest="action", required=True, metavar="操作")
    p = sub.add_parser("export", help="导出审查审批单；未签发的审查只能导出标明“未签发”的草稿")
    p.add_argument("review", type=int, metavar="ID")
    p.add_argument("--format", choices=("docx", "pdf", "json"), required=True)
    p.add_argument("-o", "--output", required=True, metavar="OUT")
    p = sub.add_parser("verify", help="核验 JSON 审批单未被改动、已签发，且 FILE 正是所签发的文件")
    p.add_argument("record", metavar="RECORD")
    p.add_argument("file", nargs="?", metavar="FILE")


def run(args) -> int:
    return guarded(f"record {args.action}", lambda: _export(args) if args.action == "export" else _verify(args))


def _export(args) -> int:
    from reviewer.core.records import export_record
    workflow = open_workflow(args)
    pdf_writer = None
    if args.format == "pdf":
        from reviewer.app.record_pdf import write_pdf as pdf_writer  # Qt only when a PDF is asked for
    out = export_record(workflow, args.review, args.format, Path(args.output), pdf_writer)
    if workflow.status(args.review).signed_off:
        print(f"已导出审批单：{out}")
    else:
        print(f"已导出审批单草稿（未签发，不能作为发布依据）：{out}")
    return 0


def _verify(args) -> int:
    from reviewer.core.records import verify_record
    problems = verify_record(Path(args.record), Path(args.file) if args.file else None)
    if problems:
        for p in problems:
            print(f"核验未通过：{p}", file=sys.stderr)
        return REFUSED
    data = json.loads(Path(args.record).read_text(encoding="utf-8-sig"))
    signoff = data["signoff"]
    what = f"，文件 {Path(args.file).name} 正是所签发的文件" if args.file else ""
    print(f"核验通过：审批单未被改动，已由 {signoff['user']} 于 {signoff['time']} 签发"
          f"“{data['title']}”第{data['file']['revision']}稿{what}")
    return 0
