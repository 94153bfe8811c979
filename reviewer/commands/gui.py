"""reviewer gui [--open FILE] [--screenshot PNG] — the main window (also `reviewer` alone)."""
from __future__ import annotations

import argparse
import os


def add_arguments(parser: argparse.ArgumentParser, command: str) -> None:
    parser.add_argument("--open", metavar="FILE", help="打开并检查这个文件")
    parser.add_argument("--screenshot", metavar="PNG",
                        help="等检查完成后把主窗口保存为 PNG 图片并退出（不需要操作，未登录时只读显示）")


def run(args) -> int:
    from reviewer.app.main import check_in_terminal, has_display
    if not has_display():
        if not args.screenshot:
            return check_in_terminal(args.open)
        os.environ["QT_QPA_PLATFORM"] = "offscreen"   # a screenshot needs no screen
    from reviewer.app.main import run_gui
    return run_gui(open_path=args.open, screenshot=args.screenshot)
