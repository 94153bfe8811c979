"""reviewer clean FILE -o OUT | reviewer redact FILE -o OUT [--finding ID]... [--all-personal]"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser, command: str) -> None:
    parser.add_argument("file", help="要处理的 .docx 或 .pdf")
    parser.add_argument("-o", "--output", required=True, help="输出文件")
    if command == "redact":
        parser.add_argument("--finding", action="append", default=[], metavar="ID",
                            help="要遮盖的问题编号（reviewer check --format json 中的 id，可重复）")
        parser.add_argument("--all-personal", action="store_true", help="遮盖全部个人信息（身份证号、手机号、银行卡号等）")


def run(args) -> int:
    from reviewer.core.sanitize import RedactSpan, SanitizeError, clean, redact
    source, output = Path(args.file), Path(args.output)
    try:
        if args.command == "clean":
            result = clean(source, output)
        else:
            from reviewer.core.engine import Checker, CheckOptions
            report = Checker(CheckOptions(user_dir=None)).check_path(source)
            if report.errors:
                print(f"reviewer redact: {report.errors[0]['message']}", file=sys.stderr)
                return 2
            wanted = set(args.finding)
            chosen = [f for f in report.findings
                      if f.id in wanted or (args.all_personal and f.rule.startswith("secrecy.personal."))]
            unknown = wanted - {f.id for f in chosen}
            if unknown:
                print(f"reviewer redact: 没有这些问题编号：{'、'.join(sorted(unknown))}", file=sys.stderr)
                return 2
            result = redact(source, output, [RedactSpan(f.location, f.text) for f in chosen])
    except SanitizeError as exc:
        print(f"reviewer {args.command}: {exc}", file=sys.stderr)
        return 2
    for line in result.removed:
        print(f"已去除：{line}")
    if not result.ok:
        for line in result.remaining:
            print(f"失败：{line}", file=sys.stderr)
        print("输出文件仍含应去除的内容，已删除，未生成副本。", file=sys.stderr)
        return 1
    print(f"已生成：{result.output}")
    return 0
