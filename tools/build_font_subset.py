#!/usr/bin/env python3
"""Build resources/fonts/NotoSansSC-GB2312.otf: Noto Sans CJK SC Regular cut down to ASCII,
the GB 2312 characters, CJK punctuation and full-width forms, the marks official documents use
(★ ☆ 〔 〕 ①…⑳ — …), and every character of the shipped lexicons.

The app uses it only where the system has no Simplified Chinese font (a bare server making a
PDF record or a screenshot; a stripped office image), so records never print empty boxes.
Source: Debian's fonts-noto-cjk (NotoSansCJK-Regular.ttc), SIL Open Font License 1.1.
Needs fontTools (build time only): pip install fonttools
"""
from pathlib import Path

from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTCollection

ROOT = Path(__file__).resolve().parents[1]
SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
OUT = ROOT / "resources" / "fonts" / "NotoSansSC-GB2312.otf"


def gb2312() -> set[str]:
    chars = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def wanted() -> set[str]:
    chars = {chr(c) for c in range(0x20, 0x7F)} | gb2312()
    chars |= {chr(c) for c in range(0x3000, 0x3040)} | {chr(c) for c in range(0xFF01, 0xFF66)}
    chars |= {chr(c) for c in range(0x2460, 0x2474)} | set("★☆〔〕﹝﹞—…·‘’“”•●■□△▲×÷±≤≥℃‰№")
    for lex in (ROOT / "lexicons").rglob("*"):
        if lex.is_file() and lex.suffix in (".lex", ".txt"):
            chars |= set(lex.read_text(encoding="utf-8"))
    return {c for c in chars if c.isprintable()}


def main() -> None:
    collection = TTCollection(str(SOURCE))
    font = next(f for f in collection.fonts if "SC" in f["name"].getDebugName(1))
    options = Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    subsetter = Subsetter(options)
    subsetter.populate(text="".join(sorted(wanted())))
    subsetter.subset(font)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(OUT))
    print(f"{OUT}: {OUT.stat().st_size / 1e6:.1f} MB, family {font['name'].getDebugName(1)!r}")


if __name__ == "__main__":
    main()
