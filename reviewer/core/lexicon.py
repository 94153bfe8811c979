"""Lexicons: rules as data files, validated at load, matched together in one automaton.

File format (`*.lex`, UTF-8, one entry per line so a diff shows what changed)::

    # comment
    @id: policy.reform2018
    @gate: policy
    @rule: policy.renamed
    @severity: block
    @version: 2018-03
    @source: 《深化党和国家机构改革方案》
    @source_date: 2018-03-21
    @message: 已撤销或更名的机构：{term}
    @flag: [2023-05-01] 由环境保护部会同有关部门组织实施。
    @noflag: 各级农业部门要加强指导。
    环境保护部 | 生态环境部 | since=2018-03-17
    农业部 | 农业农村部 | since=2018-03-17 | skip=农业部门 | flag=[2020-01-01] 报农业部备案。

Header keys: id, gate, rule, severity, version, source, source_date (required); message,
boundary (word|none), description, example_date, skip_quoted, skip_title (optional); flag /
noflag, skip_before, skip_after, skip_sentence (repeatable).
Entry fields after `term | suggestion`: since, until, note, basis, severity, rule, boundary,
skip_quoted, skip (a longer phrase holding the term that is not a match; repeatable), near,
skip_sentence, flag, noflag (repeatable). An example may start with `[YYYY-MM-DD]`, the
document date it is judged at.

Context rules, for wording that is only wrong when used, not when mentioned:

    @skip_before: 原          # 原《合同法》, 原国家工商行政管理总局: a historical mention
    @skip_after: 令           # 国家工商行政管理总局令第X号: citing a rule the old body issued
    @skip_sentence: 废止      # the sentence holding the match is about the repeal itself
    @skip_title: yes          # inside another document's title 《国家质检总局关于…的通知》
    @skip_quoted: yes         # inside quotation marks: mentioned, not used (所谓“台独”)
    罪犯 | 犯罪嫌疑人 | near=涉嫌   # only a match when its sentence also holds 涉嫌
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from reviewer.core.findings import GATES, SEVERITIES
from reviewer.core.normalize import NEEDS_NORMALIZING as _NEEDS_NORMALIZING
from reviewer.core.normalize import Normalized, normalize, normalize_term

HEADER_REQUIRED = ("id", "gate", "rule", "severity", "version", "source", "source_date")
HEADER_OPTIONAL = ("message", "boundary", "description", "example_date", "skip_quoted", "skip_title")
HEADER_REPEATABLE = ("flag", "noflag")
HEADER_CONTEXT = ("skip_before", "skip_after", "skip_sentence")
ENTRY_KEYS = ("since", "until", "note", "basis", "severity", "rule", "boundary", "skip_quoted")
ENTRY_REPEATABLE = ("skip", "flag", "noflag", "near", "skip_sentence")
_YES_NO = {"yes": True, "no": False}
_SENTENCE_END = "。!?;\n"
_OPENING_MARKS = "《〈\"'"
_BEFORE_REACH = 8  # characters a place name may put between 原 and the body: 原北京市工商局
_PLACE_ENDINGS = "省市县区州盟旗镇乡"
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_EXAMPLE_DATE = re.compile(r"^\[(\d{4}-\d{2}-\d{2})\]\s*")
_PLACEHOLDERS = {"term", "suggestion", "since", "until", "note"}


class LexiconError(Exception):
    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass
class Example:
    text: str
    date: dt.date | None
    line: int
    must_flag: bool


@dataclass
class Entry:
    term: str
    suggestion: str | None
    lexicon: "Lexicon"
    line: int
    since: dt.date | None = None
    until: dt.date | None = None
    note: str | None = None
    basis: str | None = None
    severity: str | None = None
    rule: str | None = None
    boundary: str | None = None
    skip_quoted: bool | None = None
    skip: list[str] = field(default_factory=list)
    near: list[str] = field(default_factory=list)
    skip_sentence: list[str] = field(default_factory=list)
    examples: list[Example] = field(default_factory=list)

    @property
    def effective_rule(self) -> str:
        return self.rule or self.lexicon.rule

    @property
    def effective_severity(self) -> str:
        return self.severity or self.lexicon.severity

    @property
    def needs_boundaries(self) -> bool:
        return (self.boundary or self.lexicon.boundary) == "word"

    @property
    def has_context_rules(self) -> bool:
        lex = self.lexicon
        return bool(self.near or self.skip_sentence or self.skip_quoted or lex.skip_quoted or lex.skip_title
                    or lex.skip_before or lex.skip_after or lex.skip_sentence)

    def applies_on(self, day: dt.date) -> bool:
        if self.since and day < self.since:
            return False
        if self.until and day >= self.until:
            return False
        return True

    def message(self) -> str:
        template = self.lexicon.message or "{term}"
        values = {"term": self.term, "suggestion": self.suggestion or "",
                  "since": _cn_date(self.since), "until": _cn_date(self.until), "note": self.note or ""}
        text = template.format(**values)
        if self.suggestion and "{suggestion}" not in template:
            text += f"，建议改为“{self.suggestion}”"
        if self.note and "{note}" not in template:
            text += f"（{self.note}）"
        return text

    def basis_text(self) -> str:
        return self.basis or f"{self.lexicon.source}（{self.lexicon.source_date}）"


@dataclass
class Lexicon:
    id: str
    gate: str
    rule: str
    severity: str
    version: str
    source: str
    source_date: str
    path: str = ""
    message: str | None = None
    boundary: str = "word"
    description: str | None = None
    example_date: dt.date | None = None
    skip_quoted: bool = False
    skip_title: bool = False
    skip_before: list[str] = field(default_factory=list)
    skip_after: list[str] = field(default_factory=list)
    skip_sentence: list[str] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)
    examples: list[Example] = field(default_factory=list)
    origin: str = "shipped"  # shipped | user | custom
    # a plain list (thousands of names, no per-entry options) kept as columns; an Entry is made
    # only for a term that is found
    bulk: "BulkTerms | None" = None

    @property
    def size(self) -> int:
        return len(self.bulk.keys) if self.bulk else len(self.entries)

    def all_entries(self) -> list[Entry]:
        if self.bulk:
            return [self.bulk.entry(self, n) for n in sorted(self.bulk.keys.values())]
        return self.entries


@dataclass
class BulkTerms:
    """The raw lines of a plain list; an entry is parsed from its line only when it is found."""
    lines: list[str] = field(default_factory=list)
    keys: dict[str, int] = field(default_factory=dict)   # normalised term -> 1-based line number
    made: dict[int, Entry] = field(default_factory=dict)

    def entry(self, lex: Lexicon, line: int) -> Entry:
        e = self.made.get(line)
        if e is None:
            term, _, suggestion = self.lines[line - 1].partition("\t")
            e = self.made[line] = Entry(term.strip(), suggestion.strip() or None, lex, line)
        return e


@dataclass
class Match:
    entry: Entry
    start: int  # original offsets in the matched text
    end: int


def _cn_date(d: dt.date | None) -> str:
    return f"{d.year}年{d.month}月{d.day}日" if d else ""


def _parse_date(value: str, where: str, problems: list[str]) -> dt.date | None:
    if not _DATE.match(value):
        problems.append(f"{where}: 日期应写成 YYYY-MM-DD：{value!r}")
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        problems.append(f"{where}: 不存在的日期：{value!r}")
        return None


def _example(raw: str, line: int, must_flag: bool, where: str, problems: list[str]) -> Example | None:
    raw = raw.strip()
    day = None
    m = _EXAMPLE_DATE.match(raw)
    if m:
        day = _parse_date(m.group(1), where, problems)
        raw = raw[m.end():]
    if not raw:
        problems.append(f"{where}: 例句为空")
        return None
    return Example(raw, day, line, must_flag)


def parse_lexicon(text: str, path: str = "<text>", origin: str = "shipped") -> tuple[Lexicon | None, list[str]]:
    """Parse one lexicon file; returns (lexicon, problems). Problems are `file:line: what`."""
    problems: list[str] = []
    header: dict[str, str] = {}
    header_lines: dict[str, int] = {}
    examples: list[Example] = []
    context: dict[str, list[str]] = {key: [] for key in HEADER_CONTEXT}
    raw_entries: list[tuple[int, str]] = []
    for n, line in enumerate(text.splitlines(), 1):
        where = f"{path}:{n}"
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if stripped.startswith("@"):
            if raw_entries:
                problems.append(f"{where}: 文件头（@…）必须写在所有词条之前")
                continue
            key, sep, value = stripped[1:].partition(":")
            key, value = key.strip(), value.strip()
            if not sep:
                problems.append(f"{where}: 文件头应写成 @键: 值")
            elif key in HEADER_REPEATABLE:
                ex = _example(value, n, key == "flag", where, problems)
                if ex:
                    examples.append(ex)
            elif key in HEADER_CONTEXT:
                if value:
                    context[key].append(value)
                else:
                    problems.append(f"{where}: @{key} 的值为空")
            elif key in HEADER_REQUIRED or key in HEADER_OPTIONAL:
                if key in header:
                    problems.append(f"{where}: @{key} 重复（第一次在第{header_lines[key]}行）")
                header[key], header_lines[key] = value, n
            else:
                problems.append(f"{where}: 未知的文件头 @{key}")
            continue
        raw_entries.append((n, line))
    missing = [key for key in HEADER_REQUIRED if not header.get(key)]
    for key in missing:
        problems.append(f"{path}:1: 缺少文件头 @{key}")
    if missing:
        return None, problems
    gate, rule, severity = header["gate"], header["rule"], header["severity"]
    hl = header_lines
    if gate not in GATES:
        problems.append(f"{path}:{hl['gate']}: 未知的关口 {gate!r}（应为 {' '.join(GATES)}）")
    if not rule.startswith(gate + "."):
        problems.append(f"{path}:{hl['rule']}: 规则 {rule!r} 应以关口 {gate}. 开头")
    if severity not in SEVERITIES:
        problems.append(f"{path}:{hl['severity']}: 未知的级别 {severity!r}（应为 block review info）")
    _parse_date(header["source_date"], f"{path}:{hl['source_date']}", problems)
    boundary = header.get("boundary", "word")
    if boundary not in ("word", "none"):
        problems.append(f"{path}:{hl['boundary']}: @boundary 应为 word 或 none")
    if header.get("message"):
        _check_template(header["message"], f"{path}:{hl['message']}", problems)
    example_date = None
    if header.get("example_date"):
        example_date = _parse_date(header["example_date"], f"{path}:{hl['example_date']}", problems)
    switches = {}
    for key in ("skip_quoted", "skip_title"):
        value = header.get(key, "no")
        if value not in _YES_NO:
            problems.append(f"{path}:{hl[key]}: @{key} 应为 yes 或 no")
        switches[key] = _YES_NO.get(value, False)
    lex = Lexicon(id=header["id"], gate=gate, rule=rule, severity=severity, version=header["version"],
                  source=header["source"], source_date=header["source_date"], path=path,
                  message=header.get("message"), boundary=boundary, description=header.get("description"),
                  example_date=example_date, examples=examples, origin=origin, **switches,
                  **{key: [normalize_term(v) for v in values] for key, values in context.items()})
    seen: dict[str, int] = {}
    for n, line in raw_entries:
        entry = _parse_entry(line, n, lex, problems)
        if entry is None:
            continue
        key = normalize_term(entry.term)
        if key in seen:
            problems.append(f"{path}:{n}: 词条 {entry.term!r} 重复（第一次在第{seen[key]}行）")
            continue
        seen[key] = n
        lex.entries.append(entry)
    if origin == "shipped" and not (examples or any(e.examples for e in lex.entries)):
        problems.append(f"{path}:1: 词表没有例句（@flag / @noflag）")
    if origin == "shipped" and not any(e.must_flag for e in examples) and lex.entries:
        problems.append(f"{path}:1: 词表至少需要一条必须命中的例句（@flag）")
    if origin == "shipped" and not any(not e.must_flag for e in examples) and lex.entries:
        problems.append(f"{path}:1: 词表至少需要一条不得命中的例句（@noflag）")
    return lex, problems


def _check_template(template: str, where: str, problems: list[str]) -> None:
    for name in re.findall(r"{(\w*)}", template):
        if name not in _PLACEHOLDERS:
            problems.append(f"{where}: 提示语中未知的占位符 {{{name}}}（可用：{', '.join(sorted(_PLACEHOLDERS))}）")


def _parse_entry(line: str, n: int, lex: Lexicon, problems: list[str]) -> Entry | None:
    where = f"{lex.path}:{n}"
    fields = [f.strip() for f in line.split("|")]
    term = fields[0]
    if not term:
        problems.append(f"{where}: 词条为空")
        return None
    if not normalize_term(term):
        problems.append(f"{where}: 词条只有空白")
        return None
    suggestion = fields[1] if len(fields) > 1 and fields[1] else None
    if suggestion and "=" in suggestion and suggestion.split("=", 1)[0] in ENTRY_KEYS + ENTRY_REPEATABLE:
        problems.append(f"{where}: 第二栏是建议词；键值请写在第三栏以后（词条 | 建议 | 键=值）")
        return None
    entry = Entry(term=term, suggestion=suggestion, lexicon=lex, line=n)
    for f in fields[2:]:
        if not f:
            continue
        key, sep, value = f.partition("=")
        key, value = key.strip(), value.strip()
        if not sep or not value:
            problems.append(f"{where}: 应写成 键=值：{f!r}")
            continue
        if key in ("since", "until"):
            setattr(entry, key, _parse_date(value, where, problems))
        elif key == "severity":
            if value not in SEVERITIES:
                problems.append(f"{where}: 未知的级别 {value!r}")
            entry.severity = value
        elif key == "rule":
            if not value.startswith(lex.gate + "."):
                problems.append(f"{where}: 规则 {value!r} 应以关口 {lex.gate}. 开头")
            entry.rule = value
        elif key == "boundary":
            if value not in ("word", "none"):
                problems.append(f"{where}: boundary 应为 word 或 none")
            entry.boundary = value
        elif key in ("note", "basis"):
            setattr(entry, key, value)
        elif key == "skip_quoted":
            if value not in _YES_NO:
                problems.append(f"{where}: skip_quoted 应为 yes 或 no")
            entry.skip_quoted = _YES_NO.get(value)
        elif key in ("near", "skip_sentence"):
            getattr(entry, key).append(normalize_term(value))
        elif key == "skip":
            if term not in value:
                problems.append(f"{where}: skip 短语 {value!r} 必须包含词条 {term!r}")
            else:
                entry.skip.append(value)
        elif key in ("flag", "noflag"):
            ex = _example(value, n, key == "flag", where, problems)
            if ex:
                entry.examples.append(ex)
        else:
            problems.append(f"{where}: 未知的键 {key!r}（可用：{', '.join(ENTRY_KEYS + ENTRY_REPEATABLE)}）")
    if entry.since and entry.until and entry.until <= entry.since:
        problems.append(f"{where}: until 应晚于 since")
    return entry


def load_file(path: Path, origin: str = "shipped") -> tuple[Lexicon | None, list[str]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        return None, [f"{path}:1: 不是 UTF-8 编码的文本"]
    except OSError as exc:
        return None, [f"{path}:1: 无法读取：{exc.strerror or exc}"]
    return parse_lexicon(text, str(path), origin)


# anything normalize() would change in a term (a character class: one fast scan of a big list)
_FOLDABLE_OR_SPACE = re.compile(r"[\t\r\x0b\x0c \xa0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000"
                                r"\uff01-\uff5eA-Z\"“”＂‘’']")
PLAIN_HEADER = ("id", "gate", "severity", "version", "source", "source_date", "message")


def plain_term_list(path: Path, gate: str | None = None, severity: str = "block",
                    origin: str = "custom") -> tuple[Lexicon, list[str]]:
    """A department's plain list (`*.terms`, or any text file given to --terms): one term per
    line, optionally TAB and a suggestion; `#` comments; an optional header of `@key: value`
    lines first (id, gate, severity, version, source, source_date, message). Internal names are
    rarely in the dictionary, so such a list matches like a search (no word boundaries).
    Written for 100,000-line lists: comprehensions, no object per line."""
    problems: list[str] = []
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("gb18030", errors="replace")
        problems.append(f"{path}:1: 不是 UTF-8 编码，已按 GB18030 读取")
    lines = text.splitlines()
    header: dict[str, str] = {}
    first = 0
    while first < len(lines) and (lines[first].startswith(("@", "#")) or not lines[first].strip()):
        line = lines[first]
        if line.startswith("@"):
            key, _, value = line[1:].partition(":")
            if key.strip() in PLAIN_HEADER:
                header[key.strip()] = value.strip()
            else:
                problems.append(f"{path}:{first + 1}: 未知的文件头 @{key.strip()}")
        first += 1
    bulk = BulkTerms(lines=lines)
    body_lines = lines[first:]
    numbers = range(first + 1, len(lines) + 1)
    if not _FOLDABLE_OR_SPACE.search(text) and "\t" not in text and "#" not in text:
        # the common plain list: every line is already its key (built in C, first occurrence wins)
        bulk.keys = dict(zip(reversed(body_lines), reversed(numbers)))
        bulk.keys.pop("", None)
    else:
        body = [(n, line.partition("\t")[0].strip()) for n, line in zip(numbers, body_lines)
                if not line.lstrip().startswith("#")]
        body = [(n, normalize_term(t) if _NEEDS_NORMALIZING.search(t) else t) for n, t in body]
        bulk.keys = {t: n for n, t in reversed(body) if t}
    gate = header.get("gate") or gate or "secrecy"
    severity = header.get("severity") or severity
    if gate not in GATES:
        problems.append(f"{path}:1: 未知的关口 {gate!r}")
        gate = "secrecy"
    if severity not in SEVERITIES:
        problems.append(f"{path}:1: 未知的级别 {severity!r}")
        severity = "block"
    lex = Lexicon(id=header.get("id") or f"custom.{path.stem}", gate=gate, rule=f"{gate}.custom",
                  severity=severity, version=header.get("version", "custom"),
                  source=header.get("source") or f"自定义词表 {path.name}",
                  source_date=header.get("source_date") or dt.date.today().isoformat(), path=str(path),
                  message=header.get("message") or "自定义词表中的词：{term}", origin=origin,
                  boundary="none", bulk=bulk)
    return lex, problems


def load_directory(directory: Path, origin: str = "shipped") -> tuple[list[Lexicon], list[str]]:
    lexicons, problems = [], []
    if not directory.is_dir():
        return lexicons, problems
    ids: dict[str, str] = {}
    for path in sorted([*directory.glob("**/*.lex"), *directory.glob("**/*.terms")]):
        if path.suffix == ".terms":
            lex, probs = plain_term_list(path, origin=origin)
        else:
            lex, probs = load_file(path, origin)
        problems += probs
        if lex is None:
            continue
        if lex.id in ids:
            problems.append(f"{path}:1: 词表编号 {lex.id} 与 {ids[lex.id]} 重复")
            continue
        ids[lex.id] = str(path)
        lexicons.append(lex)
    return lexicons, problems


class LexiconSet:
    """All literal terms of all lexicons matched in one pass: one Aho-Corasick automaton for the
    lexicons' entries, and a hashed index for large plain lists (building an automaton of
    100,000 names costs more than checking a 100-page document; the index costs almost nothing
    to build and its cost per character does not grow with the list)."""

    def __init__(self, lexicons: Iterable[Lexicon]):
        import ahocorasick

        self.lexicons = list(lexicons)
        self.automaton = ahocorasick.Automaton()
        self._keys: dict[str, list[Entry]] = {}
        self._counts: dict[str, int] = {}
        self.indexes: list[tuple[Lexicon, TermIndex]] = []
        for lex in self.lexicons:
            if lex.bulk:
                self.indexes.append((lex, TermIndex(lex.bulk.keys)))
                continue
            for entry in lex.entries:
                self._keys.setdefault(normalize_term(entry.term), []).append(entry)
        for key, entries in self._keys.items():
            self.automaton.add_word(key, (len(key), tuple(entries)))
        if self._keys:
            self.automaton.make_automaton()

    def versions(self) -> dict[str, str]:
        return {lex.id: f"{lex.version}+{lex.size}" for lex in self.lexicons}

    def match(self, text: str, day: dt.date, normalized: Normalized | None = None,
              boundaries=None) -> list[Match]:
        """Every entry in force on `day` found in `text`, in original offsets. `boundaries` is a
        callable giving token-start flags for the normalised text and extra words
        (segment.WordTable.boundaries)."""
        if not (self._keys or self.indexes) or not text:
            return []
        norm = normalized or normalize(text)
        found: list[Match] = []
        candidates: list[tuple[Entry, int, int]] = []
        hits = self.automaton.iter(norm.text) if self._keys else ()
        for start, end, entries in _chain_hits(hits, self.indexes, norm.text):
            for entry in entries:
                if not entry.applies_on(day):
                    continue
                if entry.skip and _in_skip_phrase(norm.text, start, entry):
                    continue
                candidates.append((entry, start, end))
        if not candidates:
            return []
        # like a jieba user dictionary: the terms found are words for this segmentation
        extra = {t: self._term_count(t) for t in {normalize_term(e.term) for e, _, _ in candidates
                                                  if e.needs_boundaries}}
        flags = _LazyFlags(norm.text, boundaries, extra)
        for entry, start, end in candidates:
            if entry.needs_boundaries and not (flags.get()[start] and flags.get()[end]):
                continue
            if entry.has_context_rules and _context_says_skip(norm.text, text, norm, start, end, entry, flags):
                continue
            s, e = norm.span(start, end)
            found.append(Match(entry, s, e))
        return _drop_contained(found)

    def _term_count(self, term: str) -> int:
        count = self._counts.get(term)
        if count is None:
            from reviewer.core.segment import word_table
            count = self._counts[term] = word_table().suggest_count(term)
        return count


def _chain_hits(automaton_hits, indexes, text: str):
    for end_index, (length, entries) in automaton_hits:
        yield end_index - length + 1, end_index + 1, entries
    for lex, index in indexes:
        for start, end, i in index.find(text):
            yield start, end, (lex.bulk.entry(lex, i),)


class TermIndex:
    """Literal terms found by hashing. Terms of four characters or more are probed by their
    first four characters, which rarely match by chance, so most positions of a text cost one
    set probe; shorter terms by their first two. Builds in a few comprehensions."""

    def __init__(self, terms: dict[str, int]):
        self.terms = terms
        lengths = set(map(len, terms))
        self.long_lengths = sorted(n for n in lengths if n >= 4)
        self.short_lengths = sorted(n for n in lengths if 2 <= n < 4)
        if self.short_lengths or 1 in lengths:
            self.long_heads = {k[:4] for k in terms if len(k) >= 4}
            self.short_heads = {k[:2] for k in terms if 2 <= len(k) < 4}
            self.singles = {k for k in terms if len(k) == 1}
        else:  # the usual list of names: one pass
            self.long_heads, self.short_heads, self.singles = {k[:4] for k in terms}, set(), set()

    def find(self, text: str):
        terms = self.terms
        for heads, lengths, width in ((self.long_heads, self.long_lengths, 4),
                                      (self.short_heads, self.short_lengths, 2)):
            if not heads:
                continue
            for i in [i for i in range(len(text) - width + 1) if text[i:i + width] in heads]:
                for n in lengths:
                    j = terms.get(text[i:i + n])
                    if j is not None:
                        yield i, i + n, j
        if self.singles:
            for i, ch in enumerate(text):
                if ch in self.singles:
                    yield i, i + 1, terms[ch]


class _LazyFlags:
    """Token-start flags of the normalised text, segmented on first need only."""

    def __init__(self, text: str, boundaries, extra: dict[str, int] | None = None):
        self.text, self.boundaries, self.extra, self.flags = text, boundaries, extra, None

    def get(self) -> bytearray:
        if self.flags is None:
            if self.boundaries is None:
                from reviewer.core.segment import word_table
                self.boundaries = word_table().boundaries
            self.flags = self.boundaries(self.text, self.extra)
        return self.flags


def _in_skip_phrase(text: str, start: int, entry: Entry) -> bool:
    term = normalize_term(entry.term)
    for phrase in entry.skip:
        p = normalize_term(phrase)
        k = p.find(term)
        while k >= 0:
            if start - k >= 0 and text[start - k: start - k + len(p)] == p:
                return True
            k = p.find(term, k + 1)
    return False


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence of normalised `text` holding [start, end)."""
    left = max(text.rfind(ch, 0, start) for ch in _SENTENCE_END) + 1
    rights = [i for i in (text.find(ch, end) for ch in _SENTENCE_END) if i >= 0]
    return text[left:min(rights) if rights else len(text)]


def _enclosed(original: str, start: int, end: int, opens: str, closes: str) -> bool:
    """Whether original[start:end] lies between an opening mark of `opens` and a closing one."""
    last_open = max(original.rfind(ch, 0, start) for ch in opens)
    last_close = max(original.rfind(ch, 0, start) for ch in closes)
    return last_open > last_close and any(original.find(ch, end) >= 0 for ch in closes)


def _in_title(original: str, start: int) -> bool:
    """Inside a cited title: a 《 opened before the match and not closed before it. The closing
    》 may be missing from this paragraph when a PDF line break cut the title in two."""
    last_open = max(original.rfind("《", 0, start), original.rfind("〈", 0, start))
    last_close = max(original.rfind("》", 0, start), original.rfind("〉", 0, start))
    return last_open > last_close and not any(ch in original[last_open:start] for ch in "。；;")


def _quoted(original: str, start: int, end: int) -> bool:
    if _enclosed(original, start, end, "“「『‘", "”」』’"):
        return True
    return original.count('"', 0, start) % 2 == 1 and '"' in original[end:]


def _said_before(text: str, start: int, words: list[str], flags: _LazyFlags) -> bool:
    """One of `words` right before the match (原《物权法》, 原国家工商行政管理总局), or standing as
    a word of its own before a place name that precedes it (原县环保局, 原北京市工商局 — not
    原则上由县环保局, not 原副院长由文化部)."""
    head = start
    while head > 0 and text[head - 1] in _OPENING_MARKS:  # 原《物权法》: look through the 《
        head -= 1
    if any(text.endswith(w, 0, head) or text.endswith(w, 0, start) for w in words):
        return True
    low = head
    while low > 0 and head - low < _BEFORE_REACH and "\u4e00" <= text[low - 1] <= "\u9fff":
        low -= 1
    for w in words:
        k = text.rfind(w, low, head)
        while k >= 0:
            if flags.get()[k] and _place_names(text, k + len(w), head, flags.get()):
                return True
            k = text.rfind(w, low, k)
    return False


def _place_names(text: str, start: int, end: int, flags: bytearray) -> bool:
    """text[start:end] is nothing but place names (北京市, 四川省成都市, 县), word by word."""
    if not flags[start]:
        return False
    word_start = start
    for i in range(start + 1, end + 1):
        if flags[i]:
            if text[i - 1] not in _PLACE_ENDINGS:
                return False
            word_start = i
    return word_start == end


def _context_says_skip(text: str, original: str, norm: Normalized, start: int, end: int, entry: Entry,
                       flags: _LazyFlags) -> bool:
    """The lexicon's and the entry's context rules: a mention (historical, quoted, in a cited
    title, about the repeal itself) rather than a use."""
    lex = entry.lexicon
    if lex.skip_before and _said_before(text, start, lex.skip_before, flags):
        return True
    if any(text.startswith(after, end) for after in lex.skip_after):
        return True
    if entry.near or lex.skip_sentence or entry.skip_sentence:
        sentence = _sentence(text, start, end)
        if entry.near and not any(word in sentence for word in entry.near):
            return True
        if any(word in sentence for word in lex.skip_sentence + entry.skip_sentence):
            return True
    s, e = norm.span(start, end)
    quoted = entry.skip_quoted if entry.skip_quoted is not None else lex.skip_quoted
    if quoted and _quoted(original, s, e):
        return True
    if lex.skip_title and not entry.term.startswith("《") and _in_title(original, s):
        return True
    return False


def _drop_contained(matches: list[Match]) -> list[Match]:
    """Of two matches of the same gate where one lies inside the other, keep the longer."""
    if len(matches) < 2:
        return matches
    keep = []
    for m in matches:
        inside = any(o is not m and o.entry.lexicon.gate == m.entry.lexicon.gate
                     and o.start <= m.start and m.end <= o.end and (o.end - o.start) > (m.end - m.start)
                     for o in matches)
        if not inside:
            keep.append(m)
    return keep
