"""reviewer user add NAME --role ROLE --password-stdin [--by ADMIN] | reviewer user list"""
from __future__ import annotations

import argparse
import json
import sys

from reviewer.commands._session import REFUSED, add_password_argument, guarded, open_workflow, read_passwords

ROLE_CHOICES = ("reviewer", "secrecy_officer", "trainer", "admin")


def add_arguments(parser: argparse.ArgumentParser, command: str) -> None:
    sub = parser.add_subparsers(dest="action", required=True, metavar="操作")
    add = sub.add_parser("add", help="添加用户（空数据库的第一个用户必须是管理员）",
                         description="添加用户。--password-stdin 时，标准输入第一行是新用户的密码；"
                                     "带 --by 时第二行是该管理员的密码")
    add.add_argument("name", metavar="NAME", help="用户名")
    add.add_argument("--role", required=True, choices=ROLE_CHOICES,
                     help="角色：reviewer 审查人、secrecy_officer 保密审查员、trainer 培训师、admin 管理员")
    add.add_argument("--by", metavar="ADMIN", help="批准添加的管理员（数据库已有用户时必须）")
    add_password_argument(add)
    listing = sub.add_parser("list", help="列出用户和角色")
    listing.add_argument("--format", choices=("text", "json"), default="text")


def run(args) -> int:
    return guarded(f"user {args.action}", lambda: _run(args))


def _run(args) -> int:
    from reviewer.core.workflow import ROLE_NAMES
    workflow = open_workflow(args)
    if args.action == "list":
        users = workflow.users()
        if args.format == "json":
            print(json.dumps([{"name": u.name, "role": u.role, "created": u.created, "active": u.active,
                               "origin": u.origin} for u in users], ensure_ascii=False, indent=1))
        else:
            for u in users:
                print(f"{u.label}\t{ROLE_NAMES.get(u.role, u.role)}\t{u.created}")
        return 0
    if not workflow.has_users():
        if args.role != "admin":
            print("reviewer user add: 数据库中还没有用户：第一个用户必须是管理员（--role admin）"
                  "（规则：首个用户须为管理员）", file=sys.stderr)
            return REFUSED
        (password,) = read_passwords(args, [f"新用户 {args.name} 的密码"])
        user = workflow.create_first_admin(args.name, password)
    else:
        if not args.by:
            print("reviewer user add: 数据库中已有用户，新用户须由管理员添加：请用 --by 指定管理员"
                  "（规则：角色权限）", file=sys.stderr)
            return REFUSED
        password, admin_password = read_passwords(args, [f"新用户 {args.name} 的密码", f"管理员 {args.by} 的密码"])
        user = workflow.add_user(args.name, args.role, password, by=args.by, by_password=admin_password)
    print(f"已添加用户：{user.name}（{ROLE_NAMES[user.role]}）")
    return 0
