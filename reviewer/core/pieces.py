"""Big data files read and indexed a piece at a time.

The word table and the typo statistics are loaded by a worker thread while the window runs.
One `split()` or `dict()` over a whole file is a single call that holds the GIL for 30-140 ms,
and all that time the GUI thread cannot run a line of Python: the window freezes. In pieces of
about PIECE characters or entries, the worker lets go of the GIL every few milliseconds.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator, Sequence

PIECE = 1 << 16          # characters read and split at a time
ITEM_PIECE = 1 << 14     # lines written, or entries added to a dict, at a time


def text_pieces(path: Path, size: int = PIECE) -> Iterator[str]:
    """The text of a UTF-8 file (newlines translated as `Path.read_text` does) in pieces that
    end after a newline; only the last may lack one. Joined they are the whole text."""
    rest = ""
    with open(path, encoding="utf-8") as fh:
        while chunk := fh.read(size):
            text = rest + chunk
            cut = text.rfind("\n") + 1
            if cut:
                yield text[:cut]
            rest = text[cut:]
    if rest:
        yield rest


def split_lines(path: Path, size: int = PIECE) -> list[str]:
    """`path.read_text(encoding="utf-8").split("\\n")`, a piece at a time."""
    lines: list[str] = []
    tail = ""
    for piece in text_pieces(path, size):
        if piece.endswith("\n"):
            lines += piece[:-1].split("\n")
        else:
            tail = piece
    lines += tail.split("\n")
    return lines


def write_lines(path: Path, lines: Sequence[str], size: int = ITEM_PIECE) -> None:
    """`path.write_text("\\n".join(lines), encoding="utf-8")`, a piece at a time."""
    with open(path, "w", encoding="utf-8", newline="") as fh:
        for start in range(0, len(lines), size):
            if start:
                fh.write("\n")
            fh.write("\n".join(lines[start:start + size]))


def dict_of(keys: Sequence, values: Sequence, size: int = ITEM_PIECE) -> dict:
    """`dict(zip(keys, values))`, a piece at a time."""
    out: dict = {}
    for start in range(0, min(len(keys), len(values)), size):
        out.update(zip(keys[start:start + size], values[start:start + size]))
    return out


def update_pairs(target: dict, pairs: Iterable[str]) -> None:
    """Add `key<TAB>value` lines (each piece of whole lines) to `target`."""
    for piece in pairs:
        fields = piece.replace("\n", "\t").split("\t")
        target.update(zip(fields[0:-1:2], fields[1::2]))
