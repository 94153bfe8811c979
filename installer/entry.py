"""Entry point of both frozen executables.

`reviewer` is the command line (with no command it opens the window, like the installed
`reviewer` script). `reviewer-gui` is the windowed launcher (no console on Windows): it opens
the window, with a file given to it (a double-click, "open with") opened there; given a
command (`reviewer-gui check FILE`), it runs that command, its output going to the log.
"""
import sys
from pathlib import Path

from reviewer.cli import COMMANDS, main


def _argv() -> list[str]:
    args = sys.argv[1:]
    if Path(sys.executable).stem.lower() != "reviewer-gui" or (args and args[0] in COMMANDS):
        return args
    if args and not args[0].startswith("-") and Path(args[0]).exists():
        return ["gui", "--open", *args]
    return ["gui", *args]


if __name__ == "__main__":
    sys.exit(main(_argv()))
