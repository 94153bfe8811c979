#!/usr/bin/env python3
"""Make a development set for the statistical typo check by corrupting public sentences.

Sentences come from public official documents (by default the shared corpus and the list of
policy/regulation titles); about half of them get one typo: a character inside a dictionary
word is replaced by a sound-alike (weighted by how common the character is, as an input
method ranks its candidates) or, less often, by a look-alike. The other half stay as they are,
so false alarms on real text are measured too. Output is the ECSpell TSV that
csc_score.py reads: `<errors>\\t<sentence>\\t<corrected>`.

    .venv/bin/python tools/make_spelling_devset.py OUT.tsv [SOURCE.txt ...] [--seed N]
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reviewer.core.checks.spelling import is_hanzi, load_data  # noqa: E402
from reviewer.core.segment import word_table  # noqa: E402

DEFAULT_SOURCES = sorted(str(p) for p in Path("/work/shared/corpus").glob("*.txt") if not p.name.endswith(".source.txt"))
DEFAULT_SOURCES.append("/work/shared/lists/zhengce_fagui_biaoti_ECSpell.txt")
SHAPE_SHARE = 0.25
WORD_MIN_COUNT = 100     # a word an input method would offer as a candidate


def read_text(path: str) -> str:
    raw = Path(path).read_bytes()
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    return raw.decode("utf-8", "replace")


def sentences(text: str) -> list[str]:
    out = []
    for line in text.splitlines():
        for s in re.split(r"(?<=[。；！？])", line.strip()):
            s = s.strip()
            if sum(map(is_hanzi, s)) >= 8 and "\t" not in s:
                out.append(s)
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("sources", nargs="*", default=DEFAULT_SOURCES)
    ap.add_argument("--seed", type=int, default=20240601)
    ap.add_argument("--share", type=float, default=0.5, help="share of sentences given a typo")
    ap.add_argument("--near-share", type=float, default=0.0,
                    help="share of typos that are near sounds (zh/z, n/l, an/ang ...) instead of same-sound ones")
    ap.add_argument("--word-share", type=float, default=0.0,
                    help="share of typos that are a whole two-character word replaced by another dictionary word "
                         "read the same (an input method's wrong candidate: 权利 -> 权力, 制订 -> 制定)")
    ap.add_argument("--with-kind", action="store_true",
                    help="add a fourth column naming the kind of typo (word, sound, near, shape) for analysis")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    words = word_table()
    data = load_data()
    by_code: dict[str, list[str]] = {}
    for ch, codes in data.codes.items():
        for code in codes:
            by_code.setdefault(code, []).append(ch)
    char_weight: Counter[str] = Counter()
    for word, count in words.freq.items():
        for ch in word:
            char_weight[ch] += count
    # two-character words by their reading: what an input method offers for the same pinyin
    homophones: dict[str, list[tuple[str, int]]] = {}
    if args.word_share:
        from pypinyin import Style, lazy_pinyin   # build-time only (see resources/spelling/SOURCES.md)
        for word, count in words.freq.items():
            if len(word) == 2 and count >= WORD_MIN_COUNT and all(map(is_hanzi, word)):
                homophones.setdefault(" ".join(lazy_pinyin(word, style=Style.NORMAL)), []).append((word, count))

    reading: dict[str, str] = {}
    if args.word_share:
        for key, group in homophones.items():
            for w, _ in group:
                reading[w] = key
    seen, rows = set(), []
    for src in args.sources:
        for s in sentences(read_text(src)):
            if s in seen:
                continue
            seen.add(s)
            if rng.random() >= args.share:
                rows.append(f"\t{s}\t{s}" + ("\t" if args.with_kind else ""))
                continue
            tokens, pos, spots, word_spots = words.cut(s), 0, [], []
            for tok in tokens:
                if len(tok) >= 2 and all(map(is_hanzi, tok)) and words.count(tok) >= 10:
                    spots.extend(range(pos, pos + len(tok)))
                    if len(tok) == 2:
                        word_spots.append((pos, tok))
                pos += len(tok)
            if not spots:
                continue
            if args.word_share and rng.random() < args.word_share:
                pairs = [(p, tok) for p, tok in word_spots if tok in reading]
                others = []
                if pairs:
                    p, tok = rng.choice(pairs)
                    others = [(w, c) for w, c in homophones.get(reading[tok], ()) if w != tok]
                if not others:
                    continue
                typo = rng.choices([w for w, _ in others], [c for _, c in others])[0]
                wrong = ",".join(str(p + k + 1) for k in range(2) if typo[k] != tok[k])
                rows.append(f"{wrong}\t{s[:p]}{typo}{s[p + 2:]}\t{s}" + ("\tword" if args.with_kind else ""))
                continue
            i = rng.choice(spots)
            ch = s[i]
            roll = rng.random()
            kind = "shape" if roll < SHAPE_SHARE else "near" if roll < SHAPE_SHARE + args.near_share else "sound"
            if roll < SHAPE_SHARE:
                pool = list(data.shapes.get(ch, ""))
                weights = [1.0] * len(pool)
            elif roll < SHAPE_SHARE + args.near_share:
                pool = sorted({c for code in data.near(ch) for c in by_code[code] if c != ch})
                weights = [char_weight[c] + 1 for c in pool]
            else:
                pool = sorted({c for code in data.codes.get(ch, "") for c in by_code[code] if c != ch})
                weights = [char_weight[c] + 1 for c in pool]
            if not pool:
                continue
            typo = rng.choices(pool, weights)[0]
            rows.append(f"{i + 1}\t{s[:i]}{typo}{s[i + 1:]}\t{s}" + (f"\t{kind}" if args.with_kind else ""))
    rng.shuffle(rows)
    args.out.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} sentences, {sum(1 for r in rows if r.split(chr(9))[0])} with a typo -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
