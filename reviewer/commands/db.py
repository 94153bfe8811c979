"""reviewer db verify [--record RECORD.json ...] | db backup OUT | db restore BACKUP | db info"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from reviewer.commands._session import BROKEN, REFUSED, guarded, open_workflow


def add_arguments(parser: argparse.ArgumentParser, command: str) -> None:
    sub = parser.add_subparsers(dest="action", required=True, metavar="操作")
    p = sub.add_parser("verify", help="核验审计日志的哈希链和每一行数据：被其他工具改动过则退出码为 1")
    p.add_argument("--record", action="append", default=[], metavar="RECORD",
                   help="同时核验导出的 JSON 审批单中的审计链头仍在日志中（可重复），可发现日志被整体改写")
    p = sub.add_parser("backup", help="备份数据库（可在使用中进行）")
    p.add_argument("output", metavar="OUT")
    p = sub.add_parser("restore", help="从备份恢复数据库（原数据库先另存一份）")
    p.add_argument("backup", metavar="BACKUP")
    sub.add_parser("info", help="数据库位置、版本和规模")


def run(args) -> int:
    return guarded(f"db {args.action}", lambda: ACTIONS[args.action](args))


def _verify(args) -> int:
    anchors = []
    for path in args.record:
        try:
            anchors.append(json.loads(Path(path).read_text(encoding="utf-8-sig"))["audit"])
        except (OSError, ValueError, KeyError, TypeError):
            print(f"reviewer db verify: 无法读取审批单：{path}", file=sys.stderr)
            return BROKEN
    workflow = open_workflow(args)
    problems = workflow.verify(anchors)
    if problems:
        for p in problems:
            print(f"核验未通过：{p}", file=sys.stderr)
        return REFUSED
    count = workflow.store.query("SELECT COUNT(*) AS n FROM audit")[0]["n"]
    print(f"核验通过：审计日志 {count} 条，哈希链完整，各表数据与日志一致：{workflow.store.path}")
    return 0


def _backup(args) -> int:
    workflow = open_workflow(args)
    workflow.store.backup(Path(args.output))
    print(f"已备份：{workflow.store.path} → {args.output}")
    return 0


def _restore(args) -> int:
    from reviewer.core.store import Store, default_db_path
    target = Path(args.db) if args.db else default_db_path()
    safety = Store.restore(Path(args.backup), target)
    if safety:
        print(f"原数据库已另存为：{safety}")
    print(f"已从 {args.backup} 恢复：{target}")
    problems = open_workflow(args).verify()
    if problems:
        for p in problems:
            print(f"注意：恢复的数据库核验未通过：{p}", file=sys.stderr)
        return REFUSED
    return 0


def _info(args) -> int:
    workflow = open_workflow(args)
    store = workflow.store
    count = {t: store.query(f"SELECT COUNT(*) AS n FROM {t}")[0]["n"] for t in ("users", "reviews", "audit")}
    print(f"数据库：{store.path}\n数据结构版本：{store.schema_version}\n"
          f"用户 {count['users']} 个，审查 {count['reviews']} 项，审计日志 {count['audit']} 条")
    return 0


ACTIONS = {"verify": _verify, "backup": _backup, "restore": _restore, "info": _info}
