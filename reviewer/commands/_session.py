"""What the review, user, record and db verbs share: opening the database, reading passwords,
and turning a refusal into a Chinese line on stderr and a non-zero exit."""
from __future__ import annotations

import sys
from pathlib import Path

REFUSED, BROKEN = 1, 2  # an act a rule refused / a database or file that could not be used


def open_workflow(args):
    from reviewer.core.store import Store
    from reviewer.core.workflow import Workflow
    return Workflow(Store.open(Path(args.db) if args.db else None))


def add_password_argument(parser) -> None:
    parser.add_argument("--password-stdin", action="store_true",
                        help="从标准输入读取密码（每行一个）；不加时在终端上提示输入")


def read_passwords(args, prompts: list[str]) -> list[str]:
    """One password per prompt: the lines of stdin with --password-stdin, else asked on the terminal."""
    if args.password_stdin:
        lines = sys.stdin.read().splitlines()
        if len(lines) < len(prompts):
            raise PasswordMissing(f"标准输入中的密码不足：需要 {len(prompts)} 行（{'、'.join(prompts)}），只有 {len(lines)} 行")
        return lines[:len(prompts)]
    if not sys.stdin.isatty():
        raise PasswordMissing("请用 --password-stdin 从标准输入提供密码，或在终端中运行以输入密码")
    import getpass
    return [getpass.getpass(f"{p}：") for p in prompts]


class PasswordMissing(Exception):
    pass


def report_failure(command: str, exc: BaseException) -> int:
    from reviewer.core.store import StoreError
    print(f"reviewer {command}: {exc}", file=sys.stderr)
    return BROKEN if isinstance(exc, (StoreError, PasswordMissing)) else REFUSED


def guarded(command: str, action) -> int:
    """Run action() -> int; a WorkflowError or a missing password becomes a message and an exit code."""
    from reviewer.core.store import WorkflowError
    try:
        return int(action() or 0)
    except (WorkflowError, PasswordMissing) as exc:
        return report_failure(command, exc)
