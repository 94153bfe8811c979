"""Typos that are in no list (rule text.typo.context): 合法全益 -> 合法权益.

Most real typos come from a pinyin input method (a sound-alike picked from the candidate list)
or are look-alike characters. Such a typo breaks a dictionary word into pieces that jieba
cannot join (权益 -> 全/益). So:

1. take jieba's tokens of the paragraph (`CheckContext.tokens`, shared with other checks);
2. at each loose character (a single-character token, or one of a rare two-character word),
   look up the dictionary words the text would hold if that character were a sound-alike
   (one dict probe per window in resources/spelling/sound_index.txt) or a look-alike
   (resources/spelling/shape.txt); longer words that jieba lists only with a placeholder
   count (渡假村, 甘败下风: misspellings among them) are checked as a whole;
3. score each candidate as a noisy channel: how much more probable jieba's unigram model
   finds the corrected stretch than the written one (the written one as jieba's own tokens),
   less the cost of assuming a typo at all;
4. hold back what is likely meant: names (a surname or title nearby), places (before 机场,
   海关, 省 ...), numbers, rare words that wordfreq's corpora know, words of official prose
   that neither word list has (resources/spelling/official.txt: 视情, 雨污, 股室), items of 、
   lists, short quoted coinages, and a form the document writes so more than once.

Only confident findings are `review`; weaker ones are `info` (a looser bar: they raise recall
where a person still decides). The data was built from public
sources by tools/build_spelling_data.py (sources and licences in resources/spelling/SOURCES.md);
thresholds were set on sentences corrupted by tools/make_spelling_devset.py from public
documents, never on an evaluation set.
"""
from __future__ import annotations

import math
import re
import threading
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Iterable

from reviewer.core import paths
from reviewer.core.checks import CheckContext, finding_at, text_paragraphs
from reviewer.core.documents.model import Document
from reviewer.core.findings import INFO, REVIEW, Finding
from reviewer.core.pieces import text_pieces, update_pairs

RULE = "text.typo.context"
GATE = "text"
BASIS = "统计推断：按 jieba 词频，把该处换成同音、近音或形近字后明显更通顺（非词表条目，请人工核对）"

# data layout (tools/build_spelling_data.py writes it; bump FORMAT when it changes)
FORMAT = 1
SYLLABLE_FILE = "syllables.txt"     # syllable \t characters having it
INDEX_FILE = "sound_index.txt"      # word with one character replaced by its syllable code \t characters
CONTEXT_FILE = "contexts.txt"       # 2+ characters before the code in some key, a blank line, 2+ after it
SHAPE_FILE = "shape.txt"            # character \t look-alike characters, most alike first
PROPER_FILE = "proper.txt"          # jieba words tagged as names of people or places, one per line
KNOWN_FILE = "known.txt"            # word \t wordfreq bucket: real words jieba lacks or counts rarely
MANIFEST_FILE = "manifest.json"     # sha256 of each file and the versions of the sources
OFFICIAL_FILE = "official.txt"      # word \t where published: official prose the word lists lack (hand-made)
SHAPE_MAX = 8                       # look-alikes offered per character, its own list first, then those listing it
SYLLABLE_BASE = 0xE000              # syllable k is written as chr(SYLLABLE_BASE + k) (private use area)
INDEX_MIN_COUNT = 30                # words rarer than this in jieba's counts are never suggested
INDEX_MAX_LEN = 4                   # longest indexed word

# scoring, in natural-log odds (set on the dev sets of tools/make_spelling_devset.py)
PRIOR = {"sound": 0.0, "near": -2.5, "shape": -2.0}   # of a typo of that kind, against a same-sound one
TYPO_COST = 4.5                 # against a typo at any given character: below it, nothing is reported
REVIEW_MARGIN = 2.5             # above TYPO_COST by this much a person should look (review), else info
SHORT_LINE = 8                  # a paragraph with fewer Chinese characters yields info findings only
KNOWN_PENALTY = 3.0             # the written form is a real (if rare) word that wordfreq knows ...
KNOWN_RATIO = 0.5               # ... less than this many powers of ten rarer than the correction:
KNOWN_VETO = 10.0               # then it is simply another word
LIST_PENALTY = 2.0              # the written form is an item of a 、 list
SLOGAN_PENALTY = 3.0            # the written form is inside an AXAY four-character item
DELIMITERS = frozenset(["", "、", "，", "。", "；", "：", "“", "”", "（", "）", " ", "　"])  # around such an item
QUOTE_PENALTY = 3.0             # the written form is inside a short quotation
QUOTE_SPAN = 8                  # characters between the quotation marks of a short quotation
SUFFIX_PENALTY = 1.0            # a compound with a productive last character (续证, 肥机) is often meant
SUFFIXES = frozenset("机器站厂费率额量证点区段线所室际处局科股队组会院校馆场库车船港品件物料剂种类型式法制度性化者员人家业")

# where to look, by jieba's counts
UNATTESTED = 3                  # jieba's placeholder count for words added without a corpus count
RARE_WORD = 20                  # a two-character word this rare may itself be a typo (堂务)
STRANDED = 20000                # a lone character rarer than this as a word is stranded (检查/院)
FUNCTION_WORD = 100000          # a lone character this common as a word (的, 和, 在) is a function word


# 常见姓氏 (the commonest surnames; a lone one followed by one or two loose characters is a name)
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武"
    "戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮"
    "柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古"
    "吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫"
    "寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝")
# what stands around a person's name in official documents
TITLES = frozenset("""
    书记 主任 部长 厅长 局长 处长 科长 省长 市长 县长 区长 镇长 乡长 村长 主席 委员 代表 经理 董事长 总裁 院长
    所长 校长 教授 专家 研究员 工程师 会计师 律师 法官 检察官 秘书长 组长 队长 站长 同志 先生 女士 责任人
    负责人 联系人 当事人 申请人 被申请人 被告人 被告 原告 上诉人 被上诉人 嫌疑人 罪犯 证人 作者 记者 编辑
    审核 签发 主编 成员 参赞 大使 领事 局长助理 副""".split())
TITLE_LENGTHS = sorted({len(t) for t in TITLES})
NAME_BEFORE = frozenset(["、", "，", ",", "：", ":", "（", "(", "；", ";", "“", "\"", "由", "请", "派", "经",
                         "据", "同", "与", "和", "及", "向", "对", "给", "让", "委托", "邀请", "任命", "免去",
                         "聘任", "聘请", "推荐", "选举", "授予", "追授", "晋升", "表彰", "称"])
NAME_AFTER = frozenset(["、", "，", ",", "（", "(", "；", "”", "：", ":", "等", "和", "及", "与", "受到", "为", "任", "同志", "系",
                        "因", "犯", "已", "曾", "的", "主持", "负责", "担任", "兼任", "出席", "参加", "表示",
                        "指出", "强调", "介绍", "讲话", "发言", "汇报", "签发", "审核", "拟稿", "校对", "分管",
                        "带队", "率队", "一行", "先生", "女士", "同学", "老师", "教授", "博士", "等人"])
# what follows the name of a place
PLACE_AFTER = frozenset(["省", "市", "县", "区", "镇", "乡", "村", "港", "湾", "岛", "山", "河", "湖", "江", "路",
                         "街", "桥", "站", "机场", "海关", "口岸", "码头", "港区", "港口", "新区", "开发区",
                         "高新区", "保税区", "园区", "工业园", "街道", "社区", "水库", "大道", "大桥", "铁路",
                         "公路", "高速", "车站", "火车站", "地区", "自治州", "自治县", "林场", "农场", "景区",
                         "风景区", "保护区", "湿地", "流域", "盆地", "半岛", "群岛", "海峡"])
DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{0,3}[〔\[［(（]\s*(?:19|20)\d\d")   # what follows 川办 in 川办函〔2022〕
COUNTS = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十两")
MEASURES = frozenset("年月日时分秒个项条款章节次届名位人元角级倍批期类种件份天周岁层号")
NUMERALS = frozenset("〇零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟第")


def data_dir() -> Path:
    return paths.resources_dir() / "spelling"


@dataclass(frozen=True, eq=False)
class SpellingData:
    codes: dict[str, str]        # character -> the syllable codes of its readings
    index: dict[str, str]        # key -> characters (see INDEX_FILE)
    lefts: frozenset[str]        # what may stand before the code in a key, when 2+ characters
    rights: frozenset[str]       # what may stand after it, when 2+ characters
    shapes: dict[str, str]       # character -> look-alikes
    proper: frozenset[str]       # names of people and places: never suggested
    known_lines: list[str]       # the sorted lines of KNOWN_FILE
    syllables: list[str]         # syllable k (its code is chr(SYLLABLE_BASE + k))
    near_cache: dict[str, str]   # character -> codes of near sounds (filled on demand)
    official: frozenset[str] = frozenset()   # words of official prose (OFFICIAL_FILE): never a typo

    def near(self, ch: str) -> str:
        """Codes of syllables that sound near one of ch's readings (zh/z, ch/c, sh/s, n/l, h/f;
        an/ang, en/eng, in/ing, ian/iang, uan/uang): a typist who does not tell them apart
        picks a character of the other one."""
        found = self.near_cache.get(ch)
        if found is None:
            own = self.codes.get(ch, "")
            found = ""
            for code in own:
                for variant in near_syllables(self.syllables[ord(code) - SYLLABLE_BASE]):
                    other = self.syllable_code.get(variant)
                    if other and other not in own and other not in found:
                        found += other
            self.near_cache[ch] = found
        return found

    @cached_property
    def syllable_code(self) -> dict[str, str]:
        return {syl: chr(SYLLABLE_BASE + k) for k, syl in enumerate(self.syllables)}

    def known(self, word: str) -> int | None:
        """wordfreq bucket of a rare real word (frequency 10**(-k/100)), None if unknown. A
        binary search: it is asked a few times per document, and a dict costs more to build."""
        key = word + "\t"
        k = bisect_left(self.known_lines, key)
        if k < len(self.known_lines) and self.known_lines[k].startswith(key):
            return int(self.known_lines[k][len(key):])
        return None


_INITIALS = ("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z",
             "c", "s", "y", "w")
_NEAR_INITIAL = {"zh": "z", "z": "zh", "ch": "c", "c": "ch", "sh": "s", "s": "sh", "n": "l", "l": "n", "h": "f",
                 "f": "h"}
_NEAR_FINAL = {"an": "ang", "ang": "an", "en": "eng", "eng": "en", "in": "ing", "ing": "in", "ian": "iang",
               "iang": "ian", "uan": "uang", "uang": "uan"}


def near_syllables(syllable: str) -> list[str]:
    """Spellings one fuzzy-pinyin step away: one initial or one final swapped (not all of them
    are syllables; the caller looks them up)."""
    initial = next((i for i in _INITIALS if syllable.startswith(i)), "")
    final = syllable[len(initial):]
    out = []
    if initial in _NEAR_INITIAL:
        out.append(_NEAR_INITIAL[initial] + final)
    if final in _NEAR_FINAL:
        out.append(initial + _NEAR_FINAL[final])
    return out


def load_data(folder: Path | None = None) -> SpellingData:
    folder = folder or data_dir()
    codes: dict[str, str] = {}
    syllables = []
    for k, line in enumerate((folder / SYLLABLE_FILE).read_text(encoding="utf-8").splitlines()):
        code = chr(SYLLABLE_BASE + k)
        syllable, chars = line.split("\t", 1)
        syllables.append(syllable)
        for ch in chars:
            codes[ch] = codes.get(ch, "") + code
    # in pieces: the data is loaded while the window runs (reviewer.core.pieces says why)
    index: dict[str, str] = {}
    update_pairs(index, text_pieces(folder / INDEX_FILE))
    lefts, rights = (folder / CONTEXT_FILE).read_text(encoding="utf-8").split("\n\n")
    shapes = dict(line.split("\t", 1) for line in (folder / SHAPE_FILE).read_text(encoding="utf-8").splitlines())
    # alike is symmetric, a top-4 list is not (函 lists 困, 困 does not list 函): a typo's
    # look-alikes are also the characters that list it
    back: dict[str, str] = {}
    for ch, alike in shapes.items():
        for other in alike:
            if ch not in shapes.get(other, ""):
                back[other] = back.get(other, "") + ch
    for ch, extra in back.items():
        shapes[ch] = (shapes.get(ch, "") + extra)[:SHAPE_MAX]
    proper = frozenset((folder / PROPER_FILE).read_text(encoding="utf-8").split())
    known_lines: list[str] = []
    for piece in text_pieces(folder / KNOWN_FILE):
        known_lines += piece.splitlines()
    return SpellingData(codes, index, frozenset(lefts.split()), frozenset(rights.split()), shapes, proper,
                        known_lines, syllables, {}, load_official(folder / OFFICIAL_FILE))


def _official_overlap(text: str, start: int, end: int, official: frozenset[str]) -> bool:
    """Whether a word of official prose stands in the text over any of [start, end)."""
    for n in range(2, INDEX_MAX_LEN + 1):
        for p in range(max(0, start - n + 1), end):
            if text[p:p + n] in official:
                return True
    return False


def load_official(path: Path) -> frozenset[str]:
    """The words of OFFICIAL_FILE (`word<TAB>where published`, # comments)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    return frozenset(line.split("\t", 1)[0].strip() for line in lines if line.strip() and not line.startswith("#"))


_data: SpellingData | None = None
_lock = threading.Lock()


def spelling_data() -> SpellingData:
    global _data
    if _data is None:
        with _lock:
            if _data is None:
                try:
                    _data = load_data()
                except (OSError, ValueError) as exc:
                    raise RuntimeError(f"错别字统计检查的数据缺失或损坏（{data_dir()}）：{exc}。请重新安装本软件。") from exc
    return _data


def is_hanzi(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def log_prob(freq: dict[str, int], log_total: float, s: str, exclude: str = "") -> tuple[float, list[int]]:
    """Best-route log probability of s under jieba's unigram model, and the route (end of the
    word starting at each position), as jieba.cut(HMM=False) computes them; `exclude` is a
    word not to use."""
    n = len(s)
    best = [0.0] * (n + 1)
    nxt = [0] * (n + 1)
    log = math.log
    for k in range(n - 1, -1, -1):
        best_score, best_end = -log_total + best[k + 1], k + 1
        found = False
        i = k + 1
        frag = s[k:i]
        while i <= n and frag in freq:
            f = freq[frag]
            if f and frag != exclude:
                score = log(f) - log_total + best[i]
                if not found or score >= best_score:
                    best_score, best_end, found = score, i, True
            i += 1
            frag = s[k:i]
        best[k], nxt[k] = best_score, best_end
    return best[0], nxt


@dataclass(frozen=True)
class Suspect:
    start: int           # span of the suspect word in the paragraph
    end: int
    text: str
    suggestion: str
    score: float         # log-odds that the suggestion is what was meant
    kind: str            # sound | near | shape


_WINDOWS: dict[tuple[int, int, int], tuple[tuple[int, int], ...]] = {}


def _windows(i: int, lo: int, hi: int) -> tuple[tuple[int, int], ...]:
    """(start, end) of every stretch of 2..INDEX_MAX_LEN characters inside [lo, hi) holding i."""
    key = (i, lo, hi)
    found = _WINDOWS.get(key)
    if found is None:
        found = _WINDOWS[key] = tuple((a, b) for a in range(lo, i + 1)
                                      for b in range(max(i + 1, a + 2), min(hi, a + INDEX_MAX_LEN) + 1))
    return found


def _contexts(s: str, i: int, lo: int, hi: int, data: SpellingData) -> list[tuple[int, int, str, str]]:
    """(start, end, text before i, text after i) of each window of _windows() whose text around
    the character some indexed word has."""
    lefts, rights = data.lefts, data.rights
    out = []
    for a, b in _windows(i, lo, hi):
        left, right = s[a:i], s[i + 1:b]
        if not (i - a > 1 and left not in lefts or b - i > 2 and right not in rights):
            out.append((a, b, left, right))
    return out


def candidates(s: str, i: int, data: SpellingData, freq: dict[str, int]) -> dict[str, tuple[str, int, int]]:
    """Replacement characters for s[i] that make a dictionary word with its neighbours:
    character -> (kind, start, end of the longest such word in s). Sound-alikes win over
    near sounds and look-alikes; a look-alike must make a two-character word."""
    lo, hi = i, i + 1
    while lo > i - INDEX_MAX_LEN + 1 and lo > 0 and "\u4e00" <= s[lo - 1] <= "\u9fff":
        lo -= 1
    while hi < i + INDEX_MAX_LEN and hi < len(s) and "\u4e00" <= s[hi] <= "\u9fff":
        hi += 1
    found: dict[str, tuple[str, int, int]] = {}
    own = s[i]
    codes = data.codes.get(own, "")
    every = codes + data.near(own)
    contexts = None
    if every:
        get = data.index.get
        contexts = _contexts(s, i, lo, hi, data)
        for a, b, left, right in contexts:
            for code in every:
                chars = get(left + code + right)
                if chars:
                    kind = "sound" if code in codes else "near"
                    for ch in chars:
                        old = found.get(ch)
                        # a sound-alike wins over a near sound, a longer word over a shorter one
                        if ch != own and (old is None or (kind, b - a) > (old[0], old[2] - old[1])):
                            found[ch] = (kind, a, b)
    shapes = data.shapes.get(own)
    if shapes:
        before = s[i - 1] if i > lo else ""
        after = s[i + 1] if i + 1 < hi else ""
        for ch in shapes:
            if ch in found:
                continue
            if before and freq.get(before + ch, 0) >= INDEX_MIN_COUNT:
                found[ch] = ("shape", i - 1, i + 1)
            elif after and freq.get(ch + after, 0) >= INDEX_MIN_COUNT:
                found[ch] = ("shape", i, i + 2)
            else:
                # 国务皖 -> 国务院: the look-alike makes a longer word only (neither 务院 nor 院批 is one)
                if contexts is None:
                    contexts = _contexts(s, i, lo, hi, data)
                for a, b, left, right in contexts:
                    if b - a <= 2:
                        continue
                    word = left + ch + right
                    if freq.get(word, 0) >= INDEX_MIN_COUNT and word not in data.proper:
                        found[ch] = ("shape", a, b)
                        break
    return found


def name_positions(tokens: list[str], starts: list[int]) -> set[int]:
    """Characters of what looks like a person's name: two or three characters that jieba could
    not join into words, after a title and before 受到, 等, a comma ...; or starting with a
    common surname and next to a title, a list comma, 同志, 等 ... (names are not in the
    dictionary; their characters are no typos)."""
    out: set[int] = set()
    n = len(tokens)
    for k, tok in enumerate(tokens):
        if len(tok) != 1 or not is_hanzi(tok) or (
                k > 0 and len(tokens[k - 1]) == 1 and is_hanzi(tokens[k - 1]) and tokens[k - 1] not in NAME_BEFORE):
            continue
        run = k + 1
        while run < n and run - k <= 3 and len(tokens[run]) == 1 and is_hanzi(tokens[run]) \
                and not (tokens[run] == "等" and run + 1 < n and tokens[run + 1][0] in COUNTS) \
                and not (tokens[run] in "和及与" and run - k >= 2):
            run += 1                   # (王伊丽等4名同志, 范先红和…: the run stops before 等 and a count, or 和)
        if not 2 <= run - k <= 3:
            continue
        before = tokens[k - 1] if k > 0 else "\n"
        after = tokens[run] if run < n else "\n"
        titled = any(before[-m:] in TITLES for m in TITLE_LENGTHS)
        if titled and (after in NAME_AFTER or after.isspace() or run == n) or tok in SURNAMES and (
                titled or before in NAME_BEFORE or before.isspace() or after in NAME_AFTER or after.isspace()
                or any(after[:m] in TITLES for m in TITLE_LENGTHS)):
            out.update(range(starts[k], starts[run - 1] + 1))
    return out


def detect(text: str, words, data: SpellingData, tokens: list[str] | None = None,
           memo: dict | None = None) -> list[Suspect]:
    """The suspect words of one paragraph, best first where they overlap."""
    freq, log_total = words.freq, math.log(words.total)
    if tokens is None:
        tokens = words.cut(text)
    starts, positions, placeholders, between = [], [], [], []
    pos = prev_size = 0
    stranded = False           # the previous token is a lone character that is rarely a word
    for tok in tokens:
        starts.append(pos)
        size = len(tok)
        if "\u4e00" <= tok[0] <= "\u9fff":
            if size == 1:
                count = freq.get(tok, 0)
                if count < FUNCTION_WORD or prev_size == 1:
                    positions.append(pos)
                else:
                    between.append(len(starts) - 1)
                # 最高人民检查院 -> 检查/院: a word next to a stranded character may be the slip
                lone = count < STRANDED
                if lone and prev_size == 2:
                    positions.append(pos - 1)
                stranded = lone
            else:
                if size == 2:
                    if stranded:
                        positions.append(pos)
                    if freq.get(tok, 0) < RARE_WORD:
                        positions.extend((pos, pos + 1))
                elif size <= INDEX_MAX_LEN and freq.get(tok, 0) <= UNATTESTED:
                    placeholders.append(len(starts) - 1)
                stranded = False
            prev_size = size
        else:
            stranded, prev_size = False, 0
        pos += size
    for k in between:
        # 的, 和, 在 between two words is how Chinese is written; next to another lone character
        # it may be part of a broken word
        nxt = tokens[k + 1] if k + 1 < len(tokens) else ""
        if len(nxt) == 1 and "\u4e00" <= nxt <= "\u9fff":
            positions.append(starts[k])
    positions = sorted(set(positions))
    if not positions and not placeholders:
        return []
    ends = starts[1:] + [pos]
    log = math.log
    names = None
    memo = {} if memo is None else memo
    best: dict[tuple[int, int], Suspect] = {}

    def consider(start: int, end: int, word: str, gain: float, kind: str) -> None:
        gain -= context_penalty(text, start, end)
        old = best.get((start, end))
        if gain <= 0 or old is not None and gain <= old.score:
            return                     # the penalties below only lower it
        written = text[start:end]
        if data.official and _official_overlap(text, start, end, data.official):
            return                     # a word of official prose (视情, 雨污) is written there, or
            # the stretch cuts into one (可视/情 in 可视情): not a typo
        if end - start == 2 and written[1] == word[-1] and written[1] in SUFFIXES:
            gain -= SUFFIX_PENALTY
        bucket = data.known(written)
        if bucket is not None:
            # how much rarer the written form is than the correction, in powers of ten
            rarer = bucket / 100 + math.log10((freq.get(word) or 1) / words.total)
            gain -= KNOWN_PENALTY if rarer > KNOWN_RATIO else KNOWN_VETO
        if gain > 0 and (old is None or gain > old.score):
            best[(start, end)] = Suspect(start, end, written, word, gain, kind)

    last = len(tokens) - 1
    for i in positions:
        if text[i] in NUMERALS and (text[i - 1:i] in NUMERALS or text[i + 1:i + 2] in NUMERALS
                                    or text[i - 1:i].isdigit() or text[i + 1:i + 2] in MEASURES):
            continue                   # 十级, 二十三日: a number, not a word
        if text[i + 1:i + 2] in NUMERALS and text[i] in "的地得":
            continue                   # 党的十九大: not 第十九 (both are written; only context tells)
        lo = max(0, i - INDEX_MAX_LEN + 1)
        near = text[lo:i + INDEX_MAX_LEN]
        cands = memo.get((near, i - lo))
        if cands is None:
            cands = memo[(near, i - lo)] = candidates(near, i - lo, data, freq)
        if not cands:
            continue
        if names is None:
            names = name_positions(tokens, starts)
        if i in names:
            continue
        for ch, (kind, a, b) in cands.items():
            a += lo
            b += lo
            # score the stretch of whole tokens that the word touches, and one token either
            # side: jieba's route through the written text there is its own (a sum over tokens)
            k0, k1 = bisect_right(starts, a) - 1, bisect_right(starts, b - 1) - 1
            if k0 > 0 and "\u4e00" <= tokens[k0 - 1][0] <= "\u9fff":
                k0 -= 1
            if k1 < last and "\u4e00" <= tokens[k1 + 1][0] <= "\u9fff":
                k1 += 1
            start, end = starts[k0], ends[k1]
            fixed = text[start:i] + ch + text[i + 1:end]
            scored = memo.get(fixed)
            if scored is None:
                scored = memo[fixed] = score_fix(fixed, i - start, data, freq, log_total)
            if scored is None:
                continue
            u, v, word, score = scored
            written = sum(log(freq.get(t) or 1) for t in tokens[k0:k1 + 1]) - (k1 - k0 + 1) * log_total
            consider(start + u, start + v, word, score - written + PRIOR[kind] - TYPO_COST, kind)
    for k in placeholders:
        # a longer word that jieba lists only with a placeholder count, misspellings among
        # them (渡假村, 甘败下风): is a sound-alike or look-alike of it a common word?
        tok = tokens[k]
        for word, kind in memo.get(("variants", tok)) or memo.setdefault(("variants", tok), variants(tok, data, freq)):
            written = memo.get(("written", tok))
            if written is None:
                written = memo[("written", tok)] = log_prob(freq, log_total, tok, exclude=tok)[0]
            score = log(freq[word]) - log_total
            consider(starts[k], ends[k], word, score - written + PRIOR[kind] - TYPO_COST, kind)
    token_starting = dict(zip(starts, tokens))
    chosen: list[Suspect] = []
    for sus in sorted(best.values(), key=lambda x: -x.score):
        after = token_starting.get(sus.end)
        if sus.score <= 0 or after in PLACE_AFTER and not freq.get(sus.suggestion + after):
            continue                   # 禄口机场, 三埠海关: a place name jieba does not know (but 福间省 -> 福建省)
        if DOC_NUMBER.match(text, sus.end):
            continue                   # 川办函〔2022〕: an issuing body's abbreviation in a document number
        if all(sus.end <= c.start or sus.start >= c.end for c in chosen):
            chosen.append(sus)
    return sorted(chosen, key=lambda x: x.start)


def variants(token: str, data: SpellingData, freq: dict[str, int]) -> tuple[tuple[str, str], ...]:
    """Common words (not names) that differ from token in one sound-alike or look-alike
    character: (word, kind)."""
    out = []
    for j, own in enumerate(token):
        left, right = token[:j], token[j + 1:]
        for code in data.codes.get(own, ""):
            for ch in data.index.get(left + code + right, ""):
                if ch != own:
                    out.append((left + ch + right, "sound"))
        for code in data.near(own):
            for ch in data.index.get(left + code + right, ""):
                if ch != own:
                    out.append((left + ch + right, "near"))
        for ch in data.shapes.get(own, ""):
            word = left + ch + right
            if freq.get(word, 0) >= INDEX_MIN_COUNT and word not in data.proper:
                out.append((word, "shape"))
    return tuple(out)


def context_penalty(text: str, start: int, end: int) -> float:
    """Less confidence where the written form is likely meant: an item of a 、 list
    (缓建、缩建、停建; 电、煤有条件), a four-character item of the form AXAY (、优机优补、),
    a short coinage in quotes (“放管服”)."""
    penalty = 0.0
    if text[start - 1:start] == "、" or text[end:end + 1] == "、":
        penalty += LIST_PENALTY
    for k in range(max(0, end - 4), start + 1):
        if k + 4 <= len(text) and text[k] == text[k + 2] and all(map(is_hanzi, text[k:k + 4])) \
                and text[k - 1:k] in DELIMITERS and text[k + 4:k + 5] in DELIMITERS:
            penalty += SLOGAN_PENALTY     # 、优机优补、 “一事一议”: a coined four-character item
            break
    left = text.rfind("“", max(0, start - QUOTE_SPAN), start)
    if left >= 0 and "”" in text[end:left + QUOTE_SPAN + 2] and "”" not in text[left:start]:
        penalty += QUOTE_PENALTY
    return penalty


def score_fix(fixed: str, j: int, data: SpellingData, freq: dict[str, int], log_total: float):
    """jieba's best route through the corrected stretch: (start, end, word holding the
    corrected character j, log probability), or None when no word of two or more
    characters holds it or that word is a name."""
    score, route = log_prob(freq, log_total, fixed)
    k = 0
    while route[k] <= j:
        k = route[k]
    u, v = k, route[k]
    word = fixed[u:v]
    if v - u < 2 or word in data.proper:
        return None
    return u, v, word, score


def run(doc: Document, ctx: CheckContext) -> Iterable[Finding]:
    paragraphs = [p for p in text_paragraphs(doc) if any(map(is_hanzi, p.text))]
    if not paragraphs:
        return
    data = spelling_data()
    whole = "\n".join(p.text for p in paragraphs)
    memo = ctx.cache.setdefault("spelling.memo", {})
    for para in paragraphs:
        # a line of a few characters (a table cell, a catalogue entry) gives a guess no context
        short = sum(map(is_hanzi, para.text)) < SHORT_LINE
        for sus in detect(para.text, ctx.words, data, ctx.tokens(para.text), memo):
            if whole.count(sus.text) > 1 and sus.suggestion not in whole:
                continue               # written so throughout the document: a term, not a slip
            severity = REVIEW if sus.score >= REVIEW_MARGIN and not short else INFO
            yield finding_at(para, sus.start, sus.end, rule=RULE, gate=GATE, severity=severity,
                             message=f"疑似错别字：“{sus.text}”，是否应为“{sus.suggestion}”？请核对。",
                             suggestion=sus.suggestion, basis=BASIS,
                             detail={"score": round(sus.score, 2), "kind": sus.kind})


EXAMPLES = {
    RULE: {
        "flag": [
            "各级行政机关应当严格遵守法定程序，保障当事人的合法全益。",
            "请各单位于每月底前报送工作进展请况。",
            "构成犯罪的，依法追究刑事责壬。",
            "要自觉接受社会监督，不断提高行政效律。",
            "本办法自发布之日起施形。",
            "各级人民增府要加强领导。",
            "最高人民检查院发布第一批指导性案例。",
        ],
        "noflag": [
            "经研究，决定任命李双祥同志为办公室主任。",
            "会议由李双祥主持，王晓峰、刘海燕参加会议。",
            "关于授予王伊丽等4名同志荣誉称号的决定",
            "同意将南京禄口机场口岸扩大开放。",
            "一至七月累计完成固定资产投资三百亿元。",
            "根据《中华人民共和国行政许可法》第十二条的规定，制定本办法。",
            "市政府办公室联系人：王晓峰，电话：020-12345678。",
            "严格管控围填海项目，加强滨海湿地保护。",
            "按照《关于做好有关工作的通知》（川办函〔2022〕12号）要求执行。",
            "推进“放管服”改革，持续优化营商环境。",
            "各地区要加强组织领导，确保各项措施落到实处，切实维护群众合法权益。",
        ],
    },
}
