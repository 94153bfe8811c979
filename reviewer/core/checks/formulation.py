"""political.formulation: a fixed formulation (规范表述) of the Party's theories and slogans
written wrongly — a near-miss of the canonical form, or a fixed enumeration out of order.

The canonical forms and enumerations are data, with their sources:
`lexicons/political/formulations.txt` (format in its header). A near-miss is text within one
or two character edits (substitution, insertion, deletion) of a canonical form that shares an
exact prefix or suffix of at least four characters with it: 习近平新时代中国特色社会主议思想,
习近平新时代特色社会主义思想. Everything starts from one Aho-Corasick pass over anchors, exact
forms, accepted variants and enumeration items; the bounded edit distance only runs where an
anchor is found and no exact form starts (or ends) there, so a document full of correct
formulations costs little more than the pass itself.

Not a finding: the canonical form itself, a longer phrase that starts with a canonical form
(中国特色社会主义制度 starts with 中国特色社会主义), an accepted variant listed with `ok=`,
and a window that cuts a word in two (社会主义核心价值体系 is not a misspelt
社会主义核心价值观: the window would end inside 价值体系).
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from reviewer.core import paths
from reviewer.core.checks import CheckContext, finding_at, text_paragraphs
from reviewer.core.documents.model import Document
from reviewer.core.findings import BLOCK, Finding

RULE = "political.formulation"
GATE = "political"
DATA_FILE = Path("political") / "formulations.txt"
ANCHOR = 4
# quotes and spaces do not count: “三个代表”重要思想 == 三个代表重要思想
_DROPPED = re.compile(r"[\s\u3000“”\"‘’'「」『』]+")
_FOLDS = ((",", "，"), (";", "；"), (":", "："), ("(", "（"), (")", "）"))
_OPENING = "“‘「『\""
_CLOSING = "”’」』\""
_JOIN = "\x00"  # between paragraphs: never part of a form, never dropped
_SEPARATORS = set("、，；和及与")
_GAP_WORDS = ("倡导",)
_MAX_GAP = 3

EXAMPLES = {
    RULE: {
        "flag": [
            "全面贯彻习近平新时代中国特色社会主议思想。",
            "坚持以习近平新时代特色社会主义思想为指导。",
            "坚定道路自信、制度自信、理论自信、文化自信。",
            "牢固树立创新、绿色、协调、开放、共享的新发展理念。",
            "坚持和发展中国特色社会主仪。",
            "全面贯彻习近平新时代中国特色社会主义思象。",
        ],
        "noflag": [
            "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神。",
            "坚持和发展中国特色社会主义，坚定中国特色社会主义道路自信、理论自信、制度自信、文化自信。",
            "完善中国特色社会主义制度，发展中国特色社会主义理论体系。",
            "建设有中国特色社会主义的伟大事业。",
            "坚持以马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观为指导。",
            "建设社会主义核心价值体系，培育和践行社会主义核心价值观。",
            "倡导富强、民主、文明、和谐，倡导自由、平等、公正、法治，倡导爱国、敬业、诚信、友善。",
            "推动经济建设、政治建设、文化建设、社会建设、生态文明建设。",
            "加强开放、创新、协调工作。",
            "为全面建设社会主义现代化罗江贡献力量。",
        ],
    }
}


def max_edits(length: int) -> int:
    """How many edits a near-miss of a canonical form of this length may have."""
    return 2 if length >= 12 else 1 if length >= 7 else 0


def _fold(text: str) -> str:
    for half, full in _FOLDS:
        if half in text:
            text = text.replace(half, full)
    return text


def skeleton_of(text: str) -> str:
    return _fold(_DROPPED.sub("", text))


@dataclass(frozen=True, eq=False)
class Form:
    text: str           # skeleton: what is compared
    display: str        # as written in the source
    source: str
    since: dt.date | None = None

    @property
    def edits(self) -> int:
        return max_edits(len(self.text))


@dataclass(eq=False)
class Enumeration:
    name: str
    items: list[str]          # skeletons, in canonical order
    shown: list[str]          # the items as written in the source
    display: str
    source: str
    min_items: int


@dataclass
class Formulations:
    forms: list[Form] = field(default_factory=list)
    accepted: list[str] = field(default_factory=list)      # ok= variants (skeletons)
    enumerations: list[Enumeration] = field(default_factory=list)
    automaton: object = None

    def build(self) -> None:
        import ahocorasick
        keys: dict[str, list[tuple]] = {}
        for form in self.forms:
            keys.setdefault(form.text, []).append(("exact", form))
            if form.edits and len(form.text) > ANCHOR:
                keys.setdefault(form.text[:ANCHOR], []).append(("prefix", form))
                keys.setdefault(form.text[-ANCHOR:], []).append(("suffix", form))
        for variant in self.accepted:
            keys.setdefault(variant, []).append(("exact", None))
        for e_no, enum in enumerate(self.enumerations):
            for i_no, item in enumerate(enum.items):
                keys.setdefault(item, []).append(("item", e_no, i_no))
        self.automaton = ahocorasick.Automaton()
        for key, payloads in keys.items():
            self.automaton.add_word(key, (len(key), tuple(payloads)))
        self.automaton.make_automaton()


def parse(text: str, where: str = "formulations.txt") -> tuple[Formulations, list[str]]:
    data, problems = Formulations(), []
    seen: dict[str, int] = {}
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        kind, sep, rest = line.partition(":")
        if not sep or kind not in ("form", "order"):
            problems.append(f"{where}:{n}: 每行应以 form: 或 order: 开头")
            continue
        fields = [f.strip() for f in rest.split("|")]
        body, options, accepted = fields[0], {}, []
        for f in fields[1:]:
            key, eq, value = f.partition("=")
            if not eq or not value.strip():
                problems.append(f"{where}:{n}: 应写成 键=值：{f!r}")
            elif key.strip() == "ok":
                accepted.append(skeleton_of(value.strip()))
            elif key.strip() in ("source", "since", "name", "min"):
                options[key.strip()] = value.strip()
            else:
                problems.append(f"{where}:{n}: 未知的键 {key.strip()!r}")
        if not body:
            problems.append(f"{where}:{n}: 内容为空")
            continue
        if not options.get("source"):
            problems.append(f"{where}:{n}: 缺少出处（source=）")
        since = None
        if "since" in options:
            try:
                since = dt.date.fromisoformat(options["since"])
            except ValueError:
                problems.append(f"{where}:{n}: 日期应写成 YYYY-MM-DD：{options['since']!r}")
        if kind == "form":
            skel = skeleton_of(body)
            if skel in seen:
                problems.append(f"{where}:{n}: {body} 重复（第一次在第{seen[skel]}行）")
                continue
            seen[skel] = n
            data.forms.append(Form(skel, body, options.get("source", ""), since))
            data.accepted += accepted
        else:
            shown = [i.strip() for i in re.split(r"[、，]", body) if i.strip()]
            items = [skeleton_of(i) for i in shown]
            if len(items) < 2:
                problems.append(f"{where}:{n}: order 至少需要两项")
                continue
            try:
                least = int(options.get("min", len(items)))
            except ValueError:
                problems.append(f"{where}:{n}: min 应为整数")
                least = len(items)
            data.enumerations.append(Enumeration(options.get("name", body), items, shown, body,
                                                 options.get("source", ""), max(2, min(least, len(items)))))
    return data, problems


@lru_cache(maxsize=4)
def load(path: Path | None = None) -> tuple[Formulations, tuple[str, ...]]:
    path = path or paths.lexicon_dir() / DATA_FILE
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        return Formulations(), (f"{path}:1: 无法读取：{exc.strerror or exc}",)
    data, problems = parse(text, str(path))
    if data.forms or data.enumerations:
        data.build()
    return data, tuple(problems)


class _Skeleton:
    """Text without quotes and spaces, with skeleton offsets mapped back to the original."""

    def __init__(self, text: str):
        self.starts: list[int] = []       # skeleton offset where each kept run begins
        self.origins: list[int] = []      # its original offset
        parts, pos, k = [], 0, 0
        for m in _DROPPED.finditer(text):
            if m.start() > pos:
                parts.append(text[pos:m.start()])
                self.starts.append(k)
                self.origins.append(pos)
                k += m.start() - pos
            pos = m.end()
        if pos < len(text):
            parts.append(text[pos:])
            self.starts.append(k)
            self.origins.append(pos)
        self.text = _fold("".join(parts))

    def original(self, start: int, end: int) -> tuple[int, int]:
        def at(i: int) -> int:
            j = bisect.bisect_right(self.starts, i) - 1
            return self.origins[j] + (i - self.starts[j])
        return at(start), at(end - 1) + 1


def _align(s: str, i: int, c: str, j: int, budget: int) -> tuple[int, int] | None:
    """Fewest edits (<= budget) to match c[j:] against s from i on: (edits, end in s)."""
    n, m = len(s), len(c)
    while i < n and j < m and s[i] == c[j]:
        i += 1
        j += 1
    if j == m:
        return 0, i
    if budget == 0:
        return None
    best = None
    for di, dj in ((1, 1), (1, 0), (0, 1)):  # substitution, extra character, missing character
        if di and i >= n:
            continue
        found = _align(s, i + di, c, j + dj, budget - 1)
        if found and (best is None or found[0] + 1 < best[0]):
            best = (found[0] + 1, found[1])
    return best


@dataclass
class _Candidate:
    start: int
    end: int
    form: Form
    edits: int


def _near_misses(skel: str, hits: list[tuple[int, int, tuple]], day: dt.date) -> list[_Candidate]:
    exact = [(s, e) for s, e, p in hits if p[0] == "exact"]
    starts = {s for s, _ in exact}
    ends = {e for _, e in exact}
    found: list[_Candidate] = []
    reversed_skel = None
    for s, e, payload in hits:
        kind = payload[0]
        if kind not in ("prefix", "suffix"):
            continue
        form: Form = payload[1]
        if form.since and day < form.since:
            continue
        if kind == "prefix":
            if s in starts:
                continue
            aligned = _align(skel, e, form.text, ANCHOR, form.edits)
            if aligned and aligned[0]:
                found.append(_Candidate(s, aligned[1], form, aligned[0]))
        else:
            if e in ends:
                continue
            if reversed_skel is None:
                reversed_skel = skel[::-1]
            n = len(skel)
            aligned = _align(reversed_skel, n - s, form.text[::-1], ANCHOR, form.edits)
            if aligned and aligned[0]:
                found.append(_Candidate(n - aligned[1], e, form, aligned[0]))
    return [c for c in found if not any(x <= c.start and c.end <= y for x, y in exact)]


def _cuts_a_word(skel: str, start: int, end: int, words) -> bool:
    lo, hi = max(0, start - 8), min(len(skel), end + 8)
    flags = words.boundaries(skel[lo:hi])
    return not (flags[start - lo] and flags[end - lo])


def _replaces_an_edge_word(skel: str, c: _Candidate, words, edge_words: dict) -> bool:
    """全面建设社会主义现代化罗江 is not a misspelt 全面建设社会主义现代化国家: the edits replace
    the form's whole last (or first) word, which is a different phrase, not a typo."""
    form = c.form
    if form not in edge_words:
        tokens = words.cut(form.text)
        edge_words[form] = (len(tokens[0]), len(tokens[-1]))
    first, last = edge_words[form]
    window = skel[c.start:c.end]
    n = len(form.text)
    same_head = next((i for i, (a, b) in enumerate(zip(window, form.text)) if a != b), min(len(window), n))
    same_tail = next((i for i, (a, b) in enumerate(zip(window[::-1], form.text[::-1])) if a != b),
                     min(len(window), n))
    return (same_head >= n - last and c.edits >= last) or (same_tail >= n - first and c.edits >= first)


def _best(candidates: list[_Candidate]) -> list[_Candidate]:
    chosen: list[_Candidate] = []
    for c in sorted(candidates, key=lambda c: (c.edits, -len(c.form.text), c.start)):
        if all(c.end <= o.start or o.end <= c.start for o in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


def _gap_ok(gap: str) -> bool:
    for word in _GAP_WORDS:
        gap = gap.replace(word, "")
    return len(gap) <= _MAX_GAP and all(ch in _SEPARATORS for ch in gap)


def _out_of_order(data: Formulations, skel: str, hits) -> list[tuple[int, int, Enumeration, list[int]]]:
    items = sorted(((s, e, p[1], p[2]) for s, e, p in hits if p[0] == "item"), key=lambda h: (h[0], -h[1]))
    by_enum: dict[int, list[tuple[int, int, int]]] = {}
    for s, e, e_no, i_no in items:
        runs = by_enum.setdefault(e_no, [])
        if runs and s < runs[-1][1]:
            continue  # overlaps the previous item of the same enumeration
        runs.append((s, e, i_no))
    out = []
    for e_no, found in by_enum.items():
        enum = data.enumerations[e_no]
        run: list[tuple[int, int, int]] = []
        for hit in found + [None]:
            if hit is not None and run and _gap_ok(skel[run[-1][1]:hit[0]]):
                run.append(hit)
                continue
            order = [i for _, _, i in run]
            if len(set(order)) >= enum.min_items and order != sorted(set(order)):
                out.append((run[0][0], run[-1][1], enum, order))
            run = [hit] if hit is not None else []
    return out


def run(doc: Document, ctx: CheckContext) -> Iterable[Finding]:
    data, _ = load()
    if data.automaton is None:
        return
    paras = [p for p in text_paragraphs(doc) if len(p.text) >= 2]
    if not paras:
        return
    # the whole document in one pass: per-paragraph work costs more than the matching itself
    joined = _JOIN.join(p.text for p in paras)
    starts, pos = [], 0
    for p in paras:
        starts.append(pos)
        pos += len(p.text) + 1
    sk = _Skeleton(joined)
    hits = [(end - length + 1, end + 1, payload)
            for end, (length, payloads) in data.automaton.iter(sk.text) for payload in payloads]
    if not hits:
        return

    def located(start: int, end: int, shown: str = ""):
        s, e = sk.original(start, end)
        if shown[-1:] in _CLOSING:  # 做到“两个维护”: keep the closing quote the skeleton dropped
            while e < len(joined) and joined[e] in _CLOSING:
                e += 1
        if shown[:1] in _OPENING:
            while s > 0 and joined[s - 1] in _OPENING:
                s -= 1
        i = bisect.bisect_right(starts, s) - 1
        return paras[i], s - starts[i], e - starts[i]

    edge_words = ctx.cache.setdefault("formulation.edge_words", {})
    misses = [c for c in _near_misses(sk.text, hits, ctx.date)
              if _JOIN not in sk.text[c.start:c.end]
              and not _cuts_a_word(sk.text, c.start, c.end, ctx.words)
              and not _replaces_an_edge_word(sk.text, c, ctx.words, edge_words)]
    for c in _best(misses):
        para, s, e = located(c.start, c.end, c.form.display)
        yield finding_at(para, s, e, rule=RULE, gate=GATE, severity=BLOCK,
                         message=f"规范表述有误：应为“{c.form.display}”",
                         suggestion=c.form.display, basis=c.form.source,
                         detail={"form": c.form.display, "edits": c.edits})
    for start, end, enum, order in _out_of_order(data, sk.text, hits):
        para, s, e = located(start, end)
        canonical = [enum.shown[i] for i in sorted(set(order))]
        suggestion = enum.display if len(canonical) == len(enum.items) else "、".join(canonical)
        yield finding_at(para, s, e, rule=RULE, gate=GATE, severity=BLOCK,
                         message=f"{enum.name}的顺序有误：应为“{suggestion}”",
                         suggestion=suggestion, basis=enum.source,
                         detail={"enumeration": enum.name})
