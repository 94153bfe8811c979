"""`reviewer`: the command-line front end over reviewer.core.

Start-up stays light: only the chosen command's module is imported, and no command imports
jieba, Qt or a PDF library before it needs them (`reviewer --version` imports none).
"""
from __future__ import annotations

import argparse
import importlib
import os
import sys

from reviewer import __version__

# command -> (module, one-line help); each module has add_arguments(parser) and run(args) -> int
COMMANDS = {
    "check": ("reviewer.commands.check", "检查文件（.docx .pdf .txt），列出问题"),
    "clean": ("reviewer.commands.sanitize", "生成清理副本：去除属性、批注、修订、隐藏文字和宏"),
    "redact": ("reviewer.commands.sanitize", "生成遮盖副本：真正删除选中的内容（不是盖黑框）"),
    "lexicon": ("reviewer.commands.lexicon", "词表：校验、列出、导入导出部门词表和放行词"),
    "user": ("reviewer.commands.user", "用户和角色"),
    "review": ("reviewer.commands.review", "审查：打开、决定、处置、更新、签发"),
    "record": ("reviewer.commands.record", "审查审批单：导出和核验"),
    "db": ("reviewer.commands.db", "数据库：核验、备份、恢复"),
    "gui": ("reviewer.commands.gui", "打开图形界面"),
}


def _configure_stdio() -> None:
    # a windowed build has no console streams; and Windows consoles default to a legacy code page
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))
        elif hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(encoding="utf-8", errors="replace")
            except (ValueError, OSError):
                pass


def _top_parser() -> argparse.ArgumentParser:
    lines = "\n".join(f"  {name:<9} {help_}" for name, (_, help_) in COMMANDS.items())
    parser = argparse.ArgumentParser(
        prog="reviewer", formatter_class=argparse.RawDescriptionHelpFormatter,
        description="审查通：政府信息公开发布前审查（政治关、法律关、政策关、保密关、文字关）",
        epilog=f"命令：\n{lines}\n\n不带命令运行时打开图形界面。各命令的用法：reviewer 命令 --help")
    parser.add_argument("--version", action="version", version=f"reviewer {__version__}")
    parser.add_argument("--db", metavar="PATH", help="数据库文件（默认在用户数据目录；也可用环境变量 REVIEWER_DB）")
    parser.add_argument("command", nargs="?", help=argparse.SUPPRESS)
    parser.add_argument("rest", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    return parser


def main(argv: list[str] | None = None) -> int:
    _configure_stdio()
    argv = list(sys.argv[1:] if argv is None else argv)
    top = _top_parser().parse_args(argv)
    if top.db:
        os.environ["REVIEWER_DB"] = top.db
    command = top.command or "gui"
    if command not in COMMANDS:
        print(f"reviewer: 未知命令 {command!r}（可用：{'、'.join(COMMANDS)}）", file=sys.stderr)
        return 2
    module_name, help_ = COMMANDS[command]
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("reviewer"):
            print(f"reviewer: 命令 {command} 尚未提供", file=sys.stderr)
            return 2
        raise
    parser = argparse.ArgumentParser(prog=f"reviewer {command}", description=help_)
    module.add_arguments(parser, command)
    args = parser.parse_args(top.rest)
    args.command = command
    args.db = top.db or os.environ.get("REVIEWER_DB")
    try:
        return int(module.run(args) or 0)
    except KeyboardInterrupt:
        print("已取消", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
