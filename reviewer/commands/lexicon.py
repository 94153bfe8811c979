"""reviewer lexicon check [DIR] | list | import FILE | export ID -o OUT | allow add/list/remove"""
from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser, command: str) -> None:
    sub = parser.add_subparsers(dest="action", required=True)
    check = sub.add_parser("check", help="校验词表文件格式，并运行每条规则的例句")
    check.add_argument("dir", nargs="?", help="词表目录（默认：随软件提供的词表）")
    check.add_argument("--no-examples", action="store_true", help="只校验格式，不运行例句")
    lst = sub.add_parser("list", help="列出已加载的词表")
    lst.add_argument("--entries", metavar="ID", help="列出某个词表的全部词条")
    imp = sub.add_parser("import", help="导入部门词表到用户目录：.lex 词表文件，或每行一个词的纯文本词表")
    imp.add_argument("file")
    imp.add_argument("--gate", choices=("political", "legal", "policy", "secrecy", "text"), default="secrecy",
                     help="纯文本词表归属的关口（默认 secrecy）")
    imp.add_argument("--severity", choices=("block", "review", "info"), default="block")
    exp = sub.add_parser("export", help="导出用户目录中的部门词表")
    exp.add_argument("id")
    exp.add_argument("-o", "--output", required=True)
    allow = sub.add_parser("allow", help="放行词（个人白名单）：add / remove / list / import / export")
    allow.add_argument("allow_action", choices=("add", "remove", "list", "import", "export"))
    allow.add_argument("value", nargs="?", help="词语，或 import/export 的文件")


def _check(args) -> int:
    from reviewer.core import paths
    from reviewer.core.engine import Checker, CheckOptions
    from reviewer.core.examples import run_all
    from reviewer.core.lexicon import load_directory
    directory = Path(args.dir) if args.dir else paths.lexicon_dir()
    if not directory.is_dir():
        print(f"目录不存在：{directory}", file=sys.stderr)
        return 2
    lexicons, problems = load_directory(directory)
    for p in problems:
        print(p)
    if not args.no_examples and not problems:
        checker = Checker(CheckOptions(lexicon_dir=directory))
        problems = run_all(checker)
        for p in problems:
            print(p)
    entries = sum(lex.size for lex in lexicons)
    print(f"{len(lexicons)} 个词表，{entries} 个词条：" + ("发现问题" if problems else "全部通过"), file=sys.stderr)
    return 1 if problems else 0


def _list(args) -> int:
    from reviewer.core import paths
    from reviewer.core.engine import Checker, CheckOptions
    checker = Checker(CheckOptions(user_dir=paths.data_dir()))
    for lex in checker.lexicons.lexicons:
        if args.entries and lex.id != args.entries:
            continue
        print(f"{lex.id}\t{lex.gate}\t{lex.severity}\t{lex.version}\t{lex.size} 条\t{lex.origin}\t{lex.source}")
        if args.entries:
            for e in lex.all_entries():
                print(f"  {e.term}\t{e.suggestion or ''}\t{e.since or ''}\t{e.until or ''}\t{e.note or ''}")
    return 0


def run(args) -> int:
    from reviewer.core import paths, userlex
    if args.action == "check":
        return _check(args)
    if args.action == "list":
        return _list(args)
    try:
        if args.action == "import":
            source = Path(args.file)
            if source.suffix == ".lex":
                lex = userlex.import_lexicon(source, paths.data_dir())
            else:
                lex = userlex.import_terms(source, paths.data_dir(), args.gate, args.severity)
            print(f"已导入词表 {lex.id}（{lex.size} 条）")
        elif args.action == "export":
            userlex.export_lexicon(args.id, Path(args.output), paths.data_dir())
            print(f"已导出到 {args.output}")
        elif args.action == "allow":
            return _allow(args, paths.data_dir(), userlex)
    except userlex.UserLexiconError as exc:
        print(f"reviewer lexicon: {exc}", file=sys.stderr)
        return 1
    return 0


def _allow(args, data_dir: Path, userlex) -> int:
    if args.allow_action == "list":
        for term in userlex.allow_terms(data_dir):
            print(term)
        return 0
    if not args.value:
        print("reviewer lexicon allow: 缺少词语或文件", file=sys.stderr)
        return 2
    if args.allow_action == "add":
        userlex.add_allow(data_dir, args.value)
    elif args.allow_action == "remove":
        userlex.remove_allow(data_dir, args.value)
    elif args.allow_action == "import":
        n = userlex.import_allow(data_dir, Path(args.value))
        print(f"已导入 {n} 个放行词")
    elif args.allow_action == "export":
        shutil.copyfile(userlex.allow_file(data_dir), args.value)
    return 0
