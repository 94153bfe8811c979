#!/usr/bin/env python3
"""Rebuild resources/spelling/ (the data of the statistical typo check, rule text.typo.context).

Sources (see resources/spelling/SOURCES.md for licences):
  - jieba's dict.txt (the installed jieba package): the words and their counts;
  - pypinyin (phrase-aware readings of those words, readings of single characters);
  - wordfreq's Chinese word list (CC BY-SA 4.0): rare real words that jieba's dictionary lacks;
  - GB 2312 (Python's gb2312 codec): the 6,763 characters the confusion sets cover;
  - Noto Sans CJK SC and Noto Serif CJK SC (Debian fonts-noto-cjk): glyphs rendered to
    measure which characters look alike.

Build-time only (not needed to run the check): pypinyin, wordfreq's data, msgpack, numpy, pillow
and the fonts:
    .venv/bin/pip install pypinyin numpy pillow msgpack && .venv/bin/pip install --no-deps wordfreq
    apt-get install fonts-noto-cjk
    .venv/bin/python tools/build_spelling_data.py
The output is deterministic for the same inputs.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reviewer.core.segment import jieba_dict_path  # noqa: E402
from reviewer.core.checks.spelling import (  # noqa: E402
    CONTEXT_FILE, FORMAT, INDEX_FILE, INDEX_MAX_LEN, INDEX_MIN_COUNT, KNOWN_FILE, MANIFEST_FILE, PROPER_FILE, RARE_WORD, UNATTESTED, SHAPE_FILE, SYLLABLE_BASE, SYLLABLE_FILE)

FONTS = ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
         "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc")
FONT_FACE_SC = 2          # face index of the Simplified Chinese face in both collections
GLYPH_BOX = 48
SHAPE_MIN_SIMILARITY = 0.74
# wordfreq bucket k holds words of frequency 10**(-k/100); rarer ones are often typos themselves (那此)
KNOWN_MAX_BUCKET = 750
SHAPE_NEIGHBOURS = 4


def gb2312_hanzi() -> list[str]:
    chars = []
    for hi in range(0xB0, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.append(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def wordfreq_data_path() -> Path:
    """wordfreq's Chinese list, read from the installed package's files (wordfreq itself is not imported:
    it needs more packages than this script)."""
    from importlib.metadata import files
    for f in files("wordfreq") or ():
        if f.name == "large_zh.msgpack.gz":
            return Path(f.locate())
    raise SystemExit("wordfreq is not installed: pip install --no-deps wordfreq msgpack")


def wordfreq_version() -> str:
    from importlib.metadata import version
    return version("wordfreq")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


PROPER_TAGS = {"nr", "nrt", "nrfg", "ns", "nz"}   # jieba's tags for names of people, places, other proper nouns
# jieba also tags common words so (城市 ns, 和平 nz, 明白 nr); those are frequent, real names mostly are not
PROPER_MAX_COUNT = 2000
# places as common as most provinces and big cities (安徽 1864, 福州 897) may be suggested: a
# typo in one (案徽省) is a real error; rarer ones (下海, 霞海) are more often other words
PLACE_MAX_COUNT = 200
# and tags longer words as places where they are idioms (甘拜下风 ns): of four characters or
# more, only transliterated foreign names are trusted to be names
LONG_NAME_TAGS = {"nrt", "nrfg"}


def read_jieba(path: Path) -> tuple[dict[str, int], set[str]]:
    """Words -> counts, and the words tagged as proper nouns."""
    words, proper = {}, set()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) >= 2:
                words[parts[0]] = int(parts[1])
                limit = PLACE_MAX_COUNT if len(parts) >= 3 and parts[2] == "ns" else PROPER_MAX_COUNT
                if len(parts) >= 3 and parts[2] in PROPER_TAGS and int(parts[1]) < limit and (
                        len(parts[0]) <= 3 or parts[2] in LONG_NAME_TAGS):
                    proper.add(parts[0])
    return words, proper


def is_hanzi(word: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" for ch in word)


def word_readings(words: dict[str, int], proper: set[str]) -> dict[str, list[str]]:
    """The words the index holds -> the reading of each of their characters in that word."""
    from pypinyin import Style, lazy_pinyin
    out = {}
    for word, count in words.items():
        if count < INDEX_MIN_COUNT or not 2 <= len(word) <= INDEX_MAX_LEN or not is_hanzi(word) or word in proper:
            continue
        readings = lazy_pinyin(word, style=Style.NORMAL)
        if len(readings) == len(word) and all(r.isascii() and r.isalpha() for r in readings):
            out[word] = readings
    return out


def build_syllables(chars: list[str], readings: dict[str, list[str]]) -> dict[str, str]:
    """syllable (toneless pinyin) -> the GB 2312 characters read so: in their default reading
    or in a reading they have inside some indexed word (not the archaic readings that a
    character dictionary also lists, such as 省 xian)."""
    from pypinyin import Style, lazy_pinyin
    used: dict[str, set[str]] = defaultdict(set)
    for word, rs in readings.items():
        for ch, r in zip(word, rs):
            used[ch].add(r)
    by_syllable: dict[str, list[str]] = defaultdict(list)
    for ch in chars:
        default = lazy_pinyin(ch, style=Style.NORMAL)[0]
        for reading in sorted(used[ch] | {default}):
            if reading.isascii() and reading.isalpha():
                by_syllable[reading].append(ch)
    return {syl: "".join(cs) for syl, cs in sorted(by_syllable.items())}


def build_index(readings: dict[str, list[str]], syllable_ids: dict[str, int]) -> dict[str, str]:
    """key -> characters. The key is a word with one character replaced by the code of its
    reading in that word; the value lists the characters that stood there. So a typed text
    fragment with a sound-alike at that place finds the word by one lookup."""
    index: dict[str, str] = defaultdict(str)
    for word, rs in readings.items():
        for j, reading in enumerate(rs):
            key = word[:j] + chr(SYLLABLE_BASE + syllable_ids[reading]) + word[j + 1:]
            if word[j] not in index[key]:
                index[key] += word[j]
    return dict(sorted(index.items()))


def build_contexts(index: dict[str, str]) -> tuple[list[str], list[str]]:
    """The text of two or more characters that stands before, and after, the syllable code in
    some index key: a loose character whose neighbours are none of these need not be looked
    up in the longer windows."""
    lefts, rights = set(), set()
    for key in index:
        j = next(k for k, c in enumerate(key) if ord(c) >= SYLLABLE_BASE)
        if j >= 2:
            lefts.add(key[:j])
        if len(key) - j - 1 >= 2:
            rights.add(key[j + 1:])
    return sorted(lefts), sorted(rights)


def build_known(path: Path, words: dict[str, int]) -> list[tuple[str, int]]:
    """(word, wordfreq bucket) for words of wordfreq's Chinese list (web, subtitles, Wikipedia,
    books...) that the check may meet as written text: ones jieba's dictionary lacks, two-character
    ones it counts rarely, longer ones it lists only with a placeholder count. Rare but real
    words (县际, 审价, 个人账户) are written on purpose; a misspelling (渡假村) is far rarer
    than its correction. Bucket k means a frequency of 10**(-k/100)."""
    import gzip

    import msgpack
    buckets = msgpack.unpackb(gzip.open(path).read(), raw=False)[1:KNOWN_MAX_BUCKET + 2]
    found = {}
    for k, bucket in enumerate(buckets):
        for w in bucket:
            if w in found or not (2 <= len(w) <= INDEX_MAX_LEN and is_hanzi(w)):
                continue
            count = words.get(w, 0)
            if not count or len(w) == 2 and count < RARE_WORD or len(w) > 2 and count <= UNATTESTED:
                found[w] = k
    return sorted(found.items())


def render(chars: list[str], font_path: str):
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    font = ImageFont.truetype(font_path, 40, index=FONT_FACE_SC)
    glyphs = np.zeros((len(chars), GLYPH_BOX * GLYPH_BOX), np.float32)
    for k, ch in enumerate(chars):
        image = Image.new("L", (GLYPH_BOX, GLYPH_BOX), 0)
        ImageDraw.Draw(image).text((4, -6), ch, fill=255, font=font)
        # a little blur so that strokes shifted by a pixel or two still overlap
        glyphs[k] = np.asarray(image.filter(ImageFilter.GaussianBlur(1.5)), np.float32).ravel()
    glyphs -= glyphs.mean(1, keepdims=True)
    glyphs /= np.linalg.norm(glyphs, axis=1, keepdims=True)
    return glyphs


def build_shapes(chars: list[str]) -> dict[str, str]:
    """char -> up to SHAPE_NEIGHBOURS characters whose glyphs look most alike (mean cosine
    similarity of the blurred glyphs in a sans and a serif face)."""
    import numpy as np
    similarity = None
    for font_path in FONTS:
        glyphs = render(chars, font_path)
        part = glyphs @ glyphs.T
        similarity = part if similarity is None else similarity + part
    similarity /= len(FONTS)
    np.fill_diagonal(similarity, -1.0)
    shapes = {}
    for k, ch in enumerate(chars):
        order = np.argsort(-similarity[k], kind="stable")[:SHAPE_NEIGHBOURS]
        near = "".join(chars[j] for j in order if similarity[k, j] >= SHAPE_MIN_SIMILARITY)
        if near:
            shapes[ch] = near
    return shapes


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "resources" / "spelling")
    args = ap.parse_args()
    import pypinyin

    out = args.out
    out.mkdir(parents=True, exist_ok=True)
    chars = gb2312_hanzi()
    dict_path = jieba_dict_path()
    words, proper = read_jieba(dict_path)

    readings = word_readings(words, proper)
    syllables = build_syllables(chars, readings)
    syllable_ids = {syl: k for k, syl in enumerate(syllables)}
    (out / SYLLABLE_FILE).write_text("".join(f"{s}\t{cs}\n" for s, cs in syllables.items()), encoding="utf-8")

    index = build_index(readings, syllable_ids)
    (out / INDEX_FILE).write_text("".join(f"{k}\t{v}\n" for k, v in index.items()), encoding="utf-8")
    lefts, rights = build_contexts(index)
    (out / CONTEXT_FILE).write_text("\n".join(lefts) + "\n\n" + "\n".join(rights) + "\n", encoding="utf-8")

    proper_words = sorted(w for w in proper if words[w] >= INDEX_MIN_COUNT and len(w) >= 2 and is_hanzi(w))
    (out / PROPER_FILE).write_text("".join(f"{w}\n" for w in proper_words), encoding="utf-8")

    wordfreq_path = wordfreq_data_path()
    known = build_known(wordfreq_path, words)
    (out / KNOWN_FILE).write_text("".join(f"{w}\t{k}\n" for w, k in known), encoding="utf-8")

    shapes = build_shapes(chars)
    (out / SHAPE_FILE).write_text("".join(f"{c}\t{n}\n" for c, n in shapes.items()), encoding="utf-8")

    manifest = {
        "format": FORMAT,
        "files": {name: sha256(out / name) for name in (SYLLABLE_FILE, INDEX_FILE, CONTEXT_FILE, SHAPE_FILE, PROPER_FILE,
                                                          KNOWN_FILE)},
        "sources": {
            "jieba dict.txt": {"sha256": sha256(dict_path), "words": len(words)},
            "pypinyin": {"version": pypinyin.__version__},
            "wordfreq large_zh.msgpack.gz": {"version": wordfreq_version(), "sha256": sha256(wordfreq_path)},
            "GB 2312": {"characters": len(chars)},
            "fonts": {Path(f).name: sha256(Path(f)) for f in FONTS},
        },
        "parameters": {"index_min_count": INDEX_MIN_COUNT, "index_max_len": INDEX_MAX_LEN,
                       "shape_min_similarity": SHAPE_MIN_SIMILARITY, "shape_neighbours": SHAPE_NEIGHBOURS,
                       "proper_tags": sorted(PROPER_TAGS), "proper_max_count": PROPER_MAX_COUNT,
                       "place_max_count": PLACE_MAX_COUNT,
                       "known_max_bucket": KNOWN_MAX_BUCKET},
    }
    (out / MANIFEST_FILE).write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(syllables)} syllables, {len(index)} index keys, {len(shapes)} characters with look-alikes -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
