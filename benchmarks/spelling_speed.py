#!/usr/bin/env python3
"""Speed of the statistical typo check (text.typo.context), kept out of the test suite.

    .venv/bin/python benchmarks/spelling_speed.py [TEXT.txt ...]

Reports loading its data (once, cold), jieba segmentation of ~100k characters (shared with
the lexicon check when the engine caches it), and the check's own work per 100k characters
(best of --repeat runs, each with an empty memo). Times are CPU seconds of this process
(steadier than wall time on a shared machine) and wall seconds. Default text: the shared
corpus, then policy titles, up to 100k distinct characters.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(ROOT / "benchmarks"))

from corpus import corpus_files, read  # noqa: E402

DEFAULT = [str(p) for p in corpus_files()]
TARGET = 100_000


def timed(fn) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.process_time() - cpu, time.perf_counter() - wall


def main() -> int:
    import argparse
    ap = argparse.ArgumentParser()
    ap.add_argument("texts", nargs="*", default=DEFAULT)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    lines: list[str] = []
    total = 0
    for path in args.texts:
        for line in read(path).splitlines():
            if line.strip() and total < TARGET:
                lines.append(line)
                total += len(line)
    from reviewer.core.segment import word_table
    words = word_table()
    from reviewer.core.checks import spelling

    holder: dict = {}
    load = timed(lambda: holder.setdefault("data", spelling.spelling_data()))
    data = holder["data"]
    tokens: list[list[str]] = []
    cut = min((timed(lambda: tokens.__setitem__(slice(None), [words.cut(line) for line in lines]))
               for _ in range(args.repeat)), key=lambda x: x[0])
    found: list[int] = []

    def check():
        memo: dict = {}
        found[:] = [sum(len(spelling.detect(line, words, data, toks, memo=memo)) for line, toks in zip(lines, tokens))]
    work = min((timed(check) for _ in range(args.repeat)), key=lambda x: x[0])

    scale = 100_000 / total
    print(f"{total} characters, {len(lines)} paragraphs, {found[0]} suspects (before the document-level filter)")
    print(f"load data            {load[0] * 1000:7.1f} ms CPU {load[1] * 1000:7.1f} ms wall")
    print(f"jieba segmentation   {cut[0] * scale * 1000:7.1f} ms CPU {cut[1] * scale * 1000:7.1f} ms wall per 100k characters")
    print(f"check work           {work[0] * scale * 1000:7.1f} ms CPU {work[1] * scale * 1000:7.1f} ms wall per 100k characters")
    return 0


if __name__ == "__main__":
    sys.exit(main())
