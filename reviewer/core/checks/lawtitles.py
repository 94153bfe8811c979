"""legal.title: a cited 《中华人民共和国……法》 that is not the name of any national law.

The official names (current laws, laws added since, and repealed laws whose names were real)
are data: `lexicons/legal/law_names.txt`, with its source. A title not on the list is a
`review` finding with the nearest official name as suggestion when one is close. Titles the
curated lexicon `legal.titles` already names (common wrong titles with their right ones) are
left to it, so a reviewer sees one finding, not two.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from reviewer.core import paths
from reviewer.core.checks import CheckContext, finding_at, text_paragraphs
from reviewer.core.documents.model import Document
from reviewer.core.findings import REVIEW, Finding
from reviewer.core.normalize import normalize_term

RULE = "legal.title"
GATE = "legal"
DATA_FILE = Path("legal") / "law_names.txt"
PREFIX = "中华人民共和国"
BASIS = "国家法律法规数据库（全国人大常委会办公厅，flk.npc.gov.cn）所载法律名称"
# laws whose official name has no 中华人民共和国 prefix
UNPREFIXED = {"反分裂国家法"}
_TITLE = re.compile(rf"[《〈]{PREFIX}([^《》〈〉\n]{{1,40}}?法)(?:[（(][^（）()\n]{{0,20}}[）)])?[》〉]")

EXAMPLES = {
    RULE: {
        "flag": [
            "依据《中华人民共和国食品安全管理法》开展监督检查。",
            "根据《中华人民共和国网络信息安全法》第二十一条。",
        ],
        "noflag": [
            "依据《中华人民共和国行政许可法》《中华人民共和国行政处罚法》办理。",
            "依据《中华人民共和国政府信息公开条例》第十九条。",
            "《中华人民共和国宪法》和《中华人民共和国立法法》。",
            "根据《中华人民共和国个人所得税法（2018年修正）》。",
            "《中华人民共和国刑法修正案（十一）》。",
            "国务院关于修改《中华人民共和国发票管理办法》的决定。",
        ],
    }
}


@lru_cache(maxsize=4)
def load(path: Path | None = None) -> frozenset[str]:
    path = path or paths.lexicon_dir() / DATA_FILE
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except OSError:
        return frozenset()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def _distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def nearest(name: str, names: Iterable[str]) -> str | None:
    """The official name closest to `name`, if it is close enough to be the one meant."""
    limit = max(1, len(name) // 3)
    best = min(((_distance(name, n), n) for n in names), default=None)
    return best[1] if best and best[0] <= limit else None


def _curated(ctx: CheckContext) -> frozenset[str]:
    """Wrong titles the lexicon already reports (normalised)."""
    key = "lawtitles.curated"
    if key not in ctx.cache:
        lexicons = getattr(ctx.lexicons, "lexicons", []) if ctx.lexicons is not None else []
        ctx.cache[key] = frozenset(normalize_term(e.term) for lex in lexicons if lex.rule == RULE
                                   for e in lex.entries)
    return ctx.cache[key]


def run(doc: Document, ctx: CheckContext) -> Iterable[Finding]:
    names = load()
    if not names:
        return
    for para in text_paragraphs(doc):
        if PREFIX not in para.text:
            continue
        for m in _TITLE.finditer(para.text):
            name = m.group(1)
            if name in names or name.endswith("办法"):  # 办法 titles are regulations, not laws
                continue
            if normalize_term(f"《{PREFIX}{name}》") in _curated(ctx):
                continue
            if name in UNPREFIXED:
                suggestion = f"《{name}》"
            else:
                close = nearest(name, names)
                suggestion = f"《{PREFIX}{close}》" if close else None
            message = f"未找到名为《{PREFIX}{name}》的法律，请核对正式名称"
            yield finding_at(para, m.start(), m.end(), rule=RULE, gate=GATE, severity=REVIEW,
                             message=message, suggestion=suggestion, basis=BASIS,
                             detail={"title": f"{PREFIX}{name}"})
