"""reviewer check PATH... [--format text|json] [--date D] [--terms FILE] [--terms-gate G] [--source POLICY]"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

GATE_CHOICES = ("political", "legal", "policy", "secrecy", "text")


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期应写成 YYYY-MM-DD：{value!r}") from None


def add_arguments(parser: argparse.ArgumentParser, command: str) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="要检查的文件（.docx .pdf .txt），可以多个")
    parser.add_argument("--format", choices=("text", "json"), default="text", help="输出格式（默认 text）")
    parser.add_argument("--date", type=_date, help="文件中找不到成文日期时，按此日期判断时效（YYYY-MM-DD）")
    parser.add_argument("--terms", action="append", default=[], metavar="FILE",
                        help="追加自定义词表：每行一个词，可加 TAB 和建议词（可重复）")
    parser.add_argument("--terms-gate", choices=GATE_CHOICES, default="secrecy",
                        help="自定义词表归属的关口（默认 secrecy，级别 block）")
    parser.add_argument("--source", metavar="POLICY", help="政策解读检查：对照的政策原文")
    parser.add_argument("--no-user", action="store_true", help="不加载用户目录中的部门词表和放行词")
    parser.add_argument("--progress", action="store_true", help="在标准错误上显示进度")


def build_checker(args):
    from reviewer.core import paths
    from reviewer.core.engine import Checker, CheckOptions
    missing = [t for t in args.terms if not Path(t).is_file()]
    if missing:
        raise FileNotFoundError(f"自定义词表不存在：{'、'.join(missing)}")
    options = CheckOptions(date=args.date, terms=[(Path(t), args.terms_gate) for t in args.terms],
                           user_dir=None if args.no_user else paths.data_dir())
    return Checker(options)


def _progress_printer(enabled: bool, name: str):
    if not enabled:
        return None
    state = {"last": -1}

    def progress(done: int, total: int, message: str) -> None:
        pct = int(100 * done / total) if total else 0
        if pct != state["last"]:
            state["last"] = pct
            print(f"\r{name}: {message} {pct}%", end="", file=sys.stderr, flush=True)
    return progress


def run(args) -> int:
    from reviewer.core.engine import tool_info
    try:
        checker = build_checker(args)
    except FileNotFoundError as exc:
        print(f"reviewer check: {exc}", file=sys.stderr)
        return 2
    for problem in checker.problems:
        print(f"词表问题：{problem}", file=sys.stderr)
    show_progress = args.progress or (sys.stderr.isatty() and args.format == "json")
    reports = []
    for path in args.paths:
        progress = _progress_printer(show_progress, Path(path).name)
        reports.append(checker.check_path(path, progress=progress, source=args.source))
        if progress:
            print(file=sys.stderr)
    if args.format == "json":
        out = {"tool": tool_info(checker), "documents": [r.to_json() for r in reports]}
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
    else:
        from reviewer.commands.textreport import render
        sys.stdout.write(render(reports))
    if any(r.errors for r in reports):
        return 2
    return 1 if any(r.has_block for r in reports) else 0
