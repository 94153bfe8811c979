"""Word boundaries and word frequencies from jieba's dictionary, loaded fast.

jieba's own start-up unmarshals a 500,000-entry prefix dictionary (about 1.3 s on an office
PC), more than the whole budget for checking a 100-page .docx. We read the same dict.txt once,
keep a compact copy (words and frequencies) in the user's cache folder and segment with
jieba's algorithm (DAG of dictionary words, maximum-probability route, no HMM), so boundaries
are jieba's boundaries at a fraction of the start-up cost.
"""
from __future__ import annotations

import array
import hashlib
import importlib.util
import math
import os
import re
import sys
import threading
from pathlib import Path

from reviewer.core import paths
from reviewer.core.pieces import dict_of, split_lines, write_lines

_BLOCK = re.compile(r"([\u4E00-\u9FD5a-zA-Z0-9+#&._%\-]+)")
_ENG1 = re.compile(r"[a-zA-Z0-9]")
_FORMAT = 2  # bump when the cache layout changes


def jieba_dict_path() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle and (Path(bundle) / "jieba" / "dict.txt").exists():
        return Path(bundle) / "jieba" / "dict.txt"
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("找不到 jieba 词典（jieba 未安装）")
    return Path(list(spec.submodule_search_locations)[0]) / "dict.txt"


class WordTable:
    """Word -> frequency (0 for a prefix that is not itself a word), as jieba keeps it."""

    def __init__(self, freq: dict[str, int], total: int):
        self.freq = freq
        self.total = total
        self._log_total = math.log(total)

    def count(self, word: str) -> int:
        return self.freq.get(word) or 0

    def is_word(self, word: str) -> bool:
        return bool(self.freq.get(word))

    def add_word(self, word: str, count: int) -> None:
        """Add (or raise) a word and its prefixes, as jieba's add_word does."""
        self.freq[word] = count
        self.total += count
        self._log_total = math.log(self.total)
        for i in range(1, len(word)):
            self.freq.setdefault(word[:i], 0)

    def suggest_count(self, word: str) -> int:
        """The count that makes `word` one token when it stands alone (jieba's suggest_freq)."""
        p = 1.0
        for piece in self.cut(word):
            p *= (self.freq.get(piece) or 1) / self.total
        return max(int(p * self.total) + 1, self.count(word))

    def _route(self, s: str, extra: dict[str, int] | None = None) -> list[int]:
        """End index (exclusive) of the word starting at each position on the best route.
        `extra` adds words (with their prefixes at 0) for this call only, like a user dictionary."""
        freq, n = self.freq, len(s)
        if extra:
            freq = _Overlay(freq, extra)
        log, log_total = math.log, self._log_total
        best = [0.0] * (n + 1)
        nxt = [0] * (n + 1)
        for k in range(n - 1, -1, -1):
            frag = s[k]
            i = k
            best_score = None
            best_end = k + 1
            while i < n and frag in freq:
                f = freq[frag]
                if f:
                    score = log(f) - log_total + best[i + 1]
                    if best_score is None or score >= best_score:
                        best_score, best_end = score, i + 1
                i += 1
                frag = s[k:i + 1]
            if best_score is None:
                best_score = log(1) - log_total + best[k + 1]
                best_end = k + 1
            best[k], nxt[k] = best_score, best_end
        return nxt

    def cut(self, text: str, extra: dict[str, int] | None = None) -> list[str]:
        """jieba.cut(text, HMM=False); `extra` as for _route."""
        out: list[str] = []
        for block in _BLOCK.split(text):
            if not block:
                continue
            if not _BLOCK.fullmatch(block):
                out.extend(block)  # punctuation and spaces: one token per character
                continue
            nxt = self._route(block, extra)
            x, buf = 0, ""
            while x < len(block):
                y = nxt[x]
                word = block[x:y]
                if y - x == 1 and _ENG1.match(word):
                    buf += word
                else:
                    if buf:
                        out.append(buf)
                        buf = ""
                    out.append(word)
                x = y
            if buf:
                out.append(buf)
        return out

    def boundaries(self, text: str, extra: dict[str, int] | None = None) -> bytearray:
        """flags[i] == 1 when a token starts (or the text ends) at offset i."""
        flags = bytearray(len(text) + 1)
        pos = 0
        for tok in self.cut(text, extra):
            flags[pos] = 1
            pos += len(tok)
        flags[pos] = 1
        return flags


class _Overlay(dict):
    """A few extra words over the big table, without copying or mutating it."""

    def __init__(self, base: dict[str, int], extra: dict[str, int]):
        super().__init__()
        self.base = base
        for word, count in extra.items():
            for i in range(1, len(word)):
                if word[:i] not in base:
                    self[word[:i]] = 0
            self[word] = count

    def __contains__(self, key) -> bool:
        return dict.__contains__(self, key) or key in self.base

    def __getitem__(self, key):
        return dict.get(self, key) if dict.__contains__(self, key) else self.base[key]

    def get(self, key, default=None):
        return dict.get(self, key) if dict.__contains__(self, key) else self.base.get(key, default)


def _cache_file(source: Path) -> Path:
    st = source.stat()
    key = hashlib.sha1(f"{source}:{st.st_size}:{st.st_mtime_ns}:{_FORMAT}".encode()).hexdigest()[:12]
    return paths.cache_dir() / f"words-{key}"


def _build(source: Path) -> tuple[list[str], array.array]:
    freq: dict[str, int] = {}
    with open(source, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split(" ")
            if len(parts) < 2:
                continue
            word, count = parts[0], int(parts[1])
            freq[word] = count
            for i in range(1, len(word)):
                freq.setdefault(word[:i], 0)
    return list(freq), array.array("I", freq.values())


def _load(source: Path) -> WordTable:
    cache = _cache_file(source)
    words_path, counts_path = cache.with_suffix(".words"), cache.with_suffix(".counts")
    try:
        # in pieces: the table is loaded while the window runs (reviewer.core.pieces says why)
        words = split_lines(words_path)
        counts = array.array("I")
        with open(counts_path, "rb") as fh:
            counts.fromfile(fh, len(words))
    except (OSError, EOFError, ValueError):
        words, counts = _build(source)
        try:
            paths.ensure(cache.parent)
            tmp = f".{os.getpid()}.tmp"
            write_lines(Path(str(words_path) + tmp), words)
            with open(str(counts_path) + tmp, "wb") as fh:
                counts.tofile(fh)
            os.replace(str(words_path) + tmp, words_path)
            os.replace(str(counts_path) + tmp, counts_path)
        except OSError:
            pass  # a read-only cache folder only costs speed
    return WordTable(dict_of(words, counts), sum(counts))


_table: WordTable | None = None
_lock = threading.Lock()


def word_table() -> WordTable:
    global _table
    if _table is None:
        with _lock:
            if _table is None:
                _table = _load(jieba_dict_path())
    return _table


def configure_jieba():
    """Import jieba for code that needs jieba itself: its cache in the user's cache folder (not
    a shared temp file) and its logger quiet (a windowed build has no stderr)."""
    import logging

    import jieba
    jieba.dt.tmp_dir = str(paths.ensure(paths.cache_dir()))
    jieba.setLogLevel(logging.ERROR)
    for handler in list(jieba.default_logger.handlers):
        if getattr(handler, "stream", True) is None:
            jieba.default_logger.removeHandler(handler)
    return jieba
