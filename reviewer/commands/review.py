"""reviewer review open|status|decide|dispose|update|signoff|edit|list|history|export-package|import-package

Every act takes --user NAME and the user's password (--password-stdin: the first line of
stdin); the rules are checked in reviewer.core.workflow. A refused act exits 1 with the
Chinese reason on stderr; a database or file that cannot be used exits 2.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from reviewer.commands._session import add_password_argument, guarded, open_workflow, read_passwords

GATE_CHOICES = ("political", "legal", "policy", "secrecy", "text")
DECISION_CHOICES = ("pass", "return", "withhold")
DISPOSITION_CHOICES = ("fixed", "false_positive", "accepted")
DETAIL_OPTIONS = (("--title", "title", "标题（默认用文件名）"), ("--doc-number", "doc_number", "文号"),
                  ("--unit", "unit", "报送单位"), ("--case-officer", "case_officer", "承办人"),
                  ("--channel", "channel", "拟发布渠道：门户网站、政务新媒体、公开专栏……"),
                  ("--disclosure", "disclosure", "拟公开属性：主动公开、依申请公开、不予公开"),
                  ("--basis", "disclosure_basis", "公开属性所依据的《政府信息公开条例》条款"))


def _actor(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--user", required=True, metavar="NAME", help="操作人（用户名）")
    add_password_argument(parser)


def _details(parser: argparse.ArgumentParser) -> None:
    for flag, dest, help_ in DETAIL_OPTIONS:
        parser.add_argument(flag, dest=dest, help=help_)


def add_arguments(parser: argparse.ArgumentParser, command: str) -> None:
    sub = parser.add_subparsers(dest="action", required=True, metavar="操作")
    p = sub.add_parser("open", help="新建审查：检查文件并形成第1稿")
    p.add_argument("file", metavar="FILE")
    _actor(p)
    _details(p)
    p.add_argument("--format", choices=("text", "json"), default="text")

    p = sub.add_parser("status", help="审查状态：各关决定、问题及处置、签发条件")
    p.add_argument("review", type=int, metavar="ID")
    p.add_argument("--format", choices=("text", "json"), default="text")

    p = sub.add_parser("decide", help="对一关作出决定：pass 通过 / return 退回修改 / withhold 不予公开")
    p.add_argument("review", type=int, metavar="ID")
    p.add_argument("--gate", required=True, choices=GATE_CHOICES)
    p.add_argument("--decision", required=True, choices=DECISION_CHOICES)
    p.add_argument("--reason", help="理由（退回修改、不予公开时必填）")
    _actor(p)

    p = sub.add_parser("dispose", help="处置问题：fixed 已修改 / false_positive 误报 / accepted 接受风险")
    p.add_argument("review", type=int, metavar="ID")
    p.add_argument("findings", nargs="+", metavar="FINDING_ID", help="问题编号（review status 中的 id），可多个")
    p.add_argument("--as", dest="disposition", required=True, choices=DISPOSITION_CHOICES)
    p.add_argument("--reason", help="理由（误报、接受风险时必填）")
    _actor(p)

    p = sub.add_parser("update", help="提交修改后的文件，形成新稿")
    p.add_argument("review", type=int, metavar="ID")
    p.add_argument("file", metavar="FILE")
    _actor(p)
    p.add_argument("--format", choices=("text", "json"), default="text")

    p = sub.add_parser("signoff", help="保密审查员签发当前稿")
    p.add_argument("review", type=int, metavar="ID")
    _actor(p)

    p = sub.add_parser("edit", help="修改审批单信息（标题、文号、报送单位、公开属性……）")
    p.add_argument("review", type=int, metavar="ID")
    _details(p)
    _actor(p)

    p = sub.add_parser("list", help="列出审查")
    p.add_argument("--format", choices=("text", "json"), default="text")

    p = sub.add_parser("history", help="审查的操作记录（审计日志）")
    p.add_argument("review", type=int, metavar="ID")
    p.add_argument("--format", choices=("text", "json"), default="text")

    p = sub.add_parser("export-package", help="导出审查包（文件 + 审查记录），带到另一台电脑")
    p.add_argument("review", type=int, metavar="ID")
    p.add_argument("-o", "--output", required=True, metavar="PKG")

    p = sub.add_parser("import-package", help="导入审查包：核验后加入本机数据库")
    p.add_argument("package", metavar="PKG")
    p.add_argument("--to", metavar="DIR", help="文件存放目录（默认在用户数据目录的 packages 下）")
    p.add_argument("--user", metavar="NAME", help="记录由谁导入（可选）")
    add_password_argument(p)


def run(args) -> int:
    return guarded(f"review {args.action}", lambda: ACTIONS[args.action](args))


def _password(args) -> str:
    return read_passwords(args, [f"{args.user} 的密码"])[0]


def _open(args) -> int:
    workflow = open_workflow(args)
    password = _password(args)
    details = {dest: getattr(args, dest) for _, dest, _ in DETAIL_OPTIONS}
    review_id, revision = workflow.open_review(Path(args.file), user=args.user, password=password, **details)
    if args.format == "json":
        print(json.dumps({"review": review_id, "revision": revision}, ensure_ascii=False))
    else:
        status = workflow.status(review_id)
        blocks = sum(1 for f in status.findings if f.severity == "block")
        print(f"审查 {review_id}：{status.title}（第{revision}稿），机器检查发现问题 {len(status.findings)} 个，"
              f"其中禁止发布级 {blocks} 个")
    return 0


def _status(args) -> int:
    workflow = open_workflow(args)
    status = workflow.status(args.review)
    if args.format == "json":
        print(json.dumps(status.to_json(), ensure_ascii=False, indent=1))
        return 0
    print(render_status(status))
    return 0


def render_status(status) -> str:
    from reviewer.core.findings import GATE_NAMES, SEVERITY_NAMES
    from reviewer.core.workflow import DECISION_NAMES, DISPOSITION_NAMES, short_time
    rev = status.revision
    lines = [f"审查 {status.review}：{status.title}（第{rev.number}稿，共{status.revisions}稿）",
             f"文件：{rev.path}", f"SHA-256：{rev.sha256}"]
    if status.last_reset:
        lines.append(f"本稿说明：{status.last_reset.reason}")
    lines.append("各关：")
    for gate, g in status.gates.items():
        if g.decision:
            carried = f"（沿用第{g.carried_from}稿）" if g.carried_from else ""
            reason = f"，理由：{g.reason}" if g.reason else ""
            lines.append(f"  {GATE_NAMES[gate]}  {DECISION_NAMES[g.decision]}{carried}  {g.user}  {short_time(g.time)}{reason}")
        else:
            lines.append(f"  {GATE_NAMES[gate]}  未决定")
    blocks = sum(1 for f in status.findings if f.severity == "block")
    lines.append(f"问题（{len(status.findings)} 个，其中禁止发布级 {blocks} 个）：")
    for f in status.findings:
        disposition = DISPOSITION_NAMES[f.disposition] if f.disposition else "未处置"
        if f.reopened:
            disposition += "（仍存在，已重新打开）"
        if f.disposition_reason:
            disposition += f"：{f.disposition_reason}"
        lines.append(f"  [{SEVERITY_NAMES[f.severity]}] {f.id}  {GATE_NAMES[f.gate]}  “{f.text}”  {f.where}  —— {disposition}")
    if status.signed_off:
        lines.append(f"签发：已签发，{status.signoff_user}，{short_time(status.signoff_time)}")
    elif status.signoff_blockers:
        lines.append("签发：未签发；尚不具备签发条件：")
        lines += [f"  · {b}" for b in status.signoff_blockers]
    else:
        lines.append("签发：未签发；可以由未参与关口决定的保密审查员签发")
    return "\n".join(lines)


def _decide(args) -> int:
    from reviewer.core.findings import GATE_NAMES
    from reviewer.core.workflow import DECISION_NAMES
    workflow = open_workflow(args)
    workflow.decide(args.review, args.gate, args.decision, args.reason, user=args.user, password=_password(args))
    print(f"已记录：{GATE_NAMES[args.gate]} {DECISION_NAMES[args.decision]}")
    return 0


def _dispose(args) -> int:
    from reviewer.core.workflow import DISPOSITION_NAMES
    workflow = open_workflow(args)
    workflow.dispose(args.review, args.findings, args.disposition, args.reason, user=args.user,
                     password=_password(args))
    print(f"已记录：{len(args.findings)} 个问题处置为“{DISPOSITION_NAMES[args.disposition]}”")
    return 0


def _update(args) -> int:
    workflow = open_workflow(args)
    reset = workflow.update_review(args.review, Path(args.file), user=args.user, password=_password(args))
    revision = workflow.status(args.review).revision.number
    if args.format == "json":
        print(json.dumps({"review": args.review, "revision": revision, "reset": reset.happened,
                          "reason": reset.reason}, ensure_ascii=False))
    else:
        print(f"审查 {args.review}：第{revision}稿。{reset.reason}")
    return 0


def _signoff(args) -> int:
    workflow = open_workflow(args)
    workflow.signoff(args.review, user=args.user, password=_password(args))
    status = workflow.status(args.review)
    print(f"已签发：审查 {args.review} 第{status.revision.number}稿（{status.revision.file_name}），"
          f"签发人 {status.signoff_user}")
    return 0


def _edit(args) -> int:
    workflow = open_workflow(args)
    fields = {dest: getattr(args, dest) for _, dest, _ in DETAIL_OPTIONS if getattr(args, dest) is not None}
    if not fields:
        print("reviewer review edit: 没有要修改的字段（如 --title、--doc-number、--disclosure）", file=sys.stderr)
        return 2
    workflow.update_details(args.review, user=args.user, password=_password(args), **fields)
    print("已修改审批单信息")
    return 0


def _list(args) -> int:
    workflow = open_workflow(args)
    reviews = workflow.reviews()
    if args.format == "json":
        print(json.dumps(reviews, ensure_ascii=False, indent=1))
        return 0
    from reviewer.core.workflow import short_time
    for r in reviews:
        state = "已签发" if r["signed_off"] else "审查中"
        print(f"{r['id']}\t{r['title']}\t第{r['revision']}稿\t{state}\t{short_time(r['updated'])}\t{r['path']}")
    return 0


def _history(args) -> int:
    workflow = open_workflow(args)
    from reviewer.core.workflow import short_time
    entries = workflow.history(args.review)
    if args.format == "json":
        print(json.dumps(entries, ensure_ascii=False, indent=1))
        return 0
    for e in entries:
        imported = "（导入）" if e["imported"] else ""
        print(f"{e['seq']:>3}  {short_time(e['time'])}  {e['user_label'] or '—'}  {e['action_name']}{imported}：{e['detail']}")
    return 0


def _export_package(args) -> int:
    workflow = open_workflow(args)
    out = workflow.export_package(args.review, Path(args.output))
    print(f"已导出审查包：{out}")
    return 0


def _import_package(args) -> int:
    workflow = open_workflow(args)
    password = _password(args) if args.user else None
    result = workflow.import_package(Path(args.package), dest_dir=Path(args.to) if args.to else None,
                                     user=args.user, password=password)
    if result["added"]:
        print(f"已导入：审查 {result['review']}，新增记录 {result['added']} 条，当前第{result['revision']}稿，"
              f"文件：{result['path']}")
        if result["users"]:
            print(f"外部用户（本机无账户，只作记录）：{'、'.join(result['users'])}")
    else:
        print(f"本机已有审查包中的全部记录（审查 {result['review']}），没有新增")
    return 0


ACTIONS = {"open": _open, "status": _status, "decide": _decide, "dispose": _dispose, "update": _update,
           "signoff": _signoff, "edit": _edit, "list": _list, "history": _history,
           "export-package": _export_package, "import-package": _import_package}
