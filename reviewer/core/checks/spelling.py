"""Typos that are in no list (rule text.typo.context): 程序正档 -> 程序正当.

Most real typos come from a pinyin input method (a sound-alike picked from the candidate list)
or from a look-alike character. Such a typo breaks a dictionary word into fragments that jieba
cannot join (正当 -> 正/档). So:

1. segment the paragraph with jieba's dictionary (`reviewer.core.segment`);
2. at each character of a fragment (a single-character token or a rare word), look up the
   dictionary words that the text would contain if that character were a sound-alike (one
   lookup per window in a precomputed table, resources/spelling/sound_index.txt) or a
   look-alike (resources/spelling/shape.txt);
3. score each candidate against its context: how much more probable jieba's unigram model
   finds the corrected stretch of text than the written one, less the cost of assuming a typo
   at all (a noisy channel). Only confident candidates are `review`; weaker ones are `info`.

Everything was built from public data by tools/build_spelling_data.py (sources and licences
in resources/spelling/SOURCES.md); thresholds were set on sentences corrupted by
tools/make_spelling_devset.py from public documents, never on an evaluation set.
"""
from __future__ import annotations

import math
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from reviewer.core import paths
from reviewer.core.checks import CheckContext, finding_at, text_paragraphs
from reviewer.core.documents.model import Document
from reviewer.core.findings import INFO, REVIEW, Finding

RULE = "text.typo.context"
GATE = "text"
BASIS = "《党政机关公文处理工作条例》（文字准确）；jieba 词频与同音/形近字统计推断"

# data layout (tools/build_spelling_data.py writes it; bump FORMAT when it changes)
FORMAT = 1
SYLLABLE_FILE = "syllables.txt"     # syllable \t characters having it
INDEX_FILE = "sound_index.txt"      # word with one character replaced by its syllable code \t characters
SHAPE_FILE = "shape.txt"            # character \t look-alike characters, most alike first
PROPER_FILE = "proper.txt"          # jieba words tagged as names of people or places, one per line
KNOWN_FILE = "known.txt"            # real words jieba's dictionary lacks (from wordfreq), one per line
MANIFEST_FILE = "manifest.json"     # sha256 of each file and the versions of the sources
SYLLABLE_BASE = 0xE000              # syllable k is written as chr(SYLLABLE_BASE + k) (private use area)
INDEX_MIN_COUNT = 10                # words rarer than this in jieba's counts are never suggested
INDEX_MAX_LEN = 4                   # longest indexed word

PRIOR = {"sound": 0.0, "shape": -2.0}   # log-odds of a typo of that kind, relative to a sound-alike
TYPO_COST = 6.0                 # log-odds against a typo at any given character
REVIEW_MARGIN = 2.0             # score above which a person should look (review), else info
KNOWN_PENALTY = 3.0             # the written form is a real (if rare) word
RARE_WORD = 20                  # a word this rare in jieba's counts may itself be a typo
CONTEXT = 4                     # characters of context either side when scoring


# 常见姓氏 (the commonest surnames; a lone one followed by one or two loose characters is a name)
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武"
    "戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮"
    "柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古"
    "吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫"
    "寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝")
# what stands around a person's name in official documents
TITLES = ("书记", "主任", "部长", "厅长", "局长", "处长", "科长", "省长", "市长", "县长", "区长", "镇长", "乡长",
          "村长", "主席", "委员", "代表", "经理", "董事长", "总裁", "院长", "所长", "校长", "教授", "专家",
          "研究员", "工程师", "会计师", "律师", "法官", "检察官", "秘书长", "组长", "队长", "站长", "同志",
          "先生", "女士", "责任人", "负责人", "联系人", "当事人", "申请人", "被申请人", "被告人", "被告",
          "原告", "上诉人", "被上诉人", "嫌疑人", "罪犯", "证人", "作者", "记者", "编辑", "审核", "签发",
          "主编", "成员", "参赞", "大使", "领事", "局长助理", "副")
NAME_BEFORE = frozenset("、，,：:（(；;“\"")
NAME_AFTER = frozenset(["、", "，", ",", "（", "(", "；", "”", "等", "受到", "为", "任", "同志", "系", "因",
                        "犯", "已", "曾", "的", "：", ":"])
# what follows the name of a place
PLACE_AFTER = frozenset(["省", "市", "县", "区", "镇", "乡", "村", "港", "湾", "岛", "山", "河", "湖", "江", "路",
                         "街", "桥", "站", "机场", "海关", "口岸", "码头", "港区", "港口", "新区", "开发区",
                         "高新区", "保税区", "园区", "工业园", "街道", "社区", "水库", "大道", "大桥", "铁路",
                         "公路", "高速", "车站", "火车站", "地区", "自治州", "自治县", "林场", "农场", "景区",
                         "风景区", "保护区", "湿地", "流域", "盆地", "半岛", "群岛", "海峡"])
NUMERALS = frozenset("〇零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟第")


def data_dir() -> Path:
    return paths.resources_dir() / "spelling"


@dataclass(frozen=True)
class SpellingData:
    codes: dict[str, str]        # character -> the syllable codes of its readings
    index: dict[str, str]        # key -> characters (see INDEX_FILE)
    shapes: dict[str, str]       # character -> look-alikes
    proper: frozenset[str]       # names of people and places: never suggested
    known: frozenset[str]        # rare real words outside jieba's dictionary: likely written on purpose


def load_data(folder: Path | None = None) -> SpellingData:
    folder = folder or data_dir()
    codes: dict[str, str] = {}
    for k, line in enumerate((folder / SYLLABLE_FILE).read_text(encoding="utf-8").splitlines()):
        code = chr(SYLLABLE_BASE + k)
        for ch in line.split("\t", 1)[1]:
            codes[ch] = codes.get(ch, "") + code
    text = (folder / INDEX_FILE).read_text(encoding="utf-8")
    fields = text.replace("\n", "\t").split("\t")
    index = dict(zip(fields[0:-1:2], fields[1::2]))
    shapes = dict(line.split("\t", 1) for line in (folder / SHAPE_FILE).read_text(encoding="utf-8").splitlines())
    proper = frozenset((folder / PROPER_FILE).read_text(encoding="utf-8").split())
    known = frozenset((folder / KNOWN_FILE).read_text(encoding="utf-8").split())
    return SpellingData(codes, index, shapes, proper, known)


_data: SpellingData | None = None
_lock = threading.Lock()


def spelling_data() -> SpellingData:
    global _data
    if _data is None:
        with _lock:
            if _data is None:
                _data = load_data()
    return _data


def is_hanzi(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def log_prob(freq: dict[str, int], log_total: float, s: str) -> tuple[float, list[int]]:
    """Best-route log probability of s under jieba's unigram model, and the route (end of the
    word starting at each position), as jieba.cut(HMM=False) computes them."""
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
            if f:
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
    kind: str            # sound | shape


def candidates(s: str, i: int, data: SpellingData, freq: dict[str, int]) -> dict[str, str]:
    """Replacement characters for s[i] that make a dictionary word with its neighbours:
    character -> kind (sound wins over shape)."""
    lo, hi = i, i + 1
    while lo > i - INDEX_MAX_LEN + 1 and lo > 0 and is_hanzi(s[lo - 1]):
        lo -= 1
    while hi < i + INDEX_MAX_LEN and hi < len(s) and is_hanzi(s[hi]):
        hi += 1
    lefts = [s[a:i] for a in range(i, lo - 1, -1)]       # "", s[i-1], s[i-2:i], ...
    rights = [s[i + 1:b] for b in range(i + 1, hi + 1)]  # "", s[i+1], s[i+1:i+3], ...
    found: dict[str, str] = {}
    get = data.index.get
    own = s[i]
    for code in data.codes.get(own, ""):
        for left in lefts:
            key = left + code
            for right in rights:
                length = len(key) + len(right)
                if length < 2:
                    continue
                if length > INDEX_MAX_LEN:
                    break
                for ch in get(key + right, ""):
                    if ch != own and ch not in found:
                        found[ch] = "sound"
    for ch in data.shapes.get(own, ""):
        if ch in found:
            continue
        for left in lefts:
            frag = left + ch
            if frag not in freq:        # neither a word nor the start of one
                continue
            for right in rights:
                word = frag + right
                count = freq.get(word)
                if count is None:
                    break
                if count >= INDEX_MIN_COUNT and len(word) >= 2:
                    found[ch] = "shape"
                    break
            if ch in found:
                break
    return found


def suspicious_positions(tokens: list[str], freq: dict[str, int]) -> list[int]:
    """Characters where a typo may hide: those of single-character tokens and of rare words."""
    out = []
    pos = 0
    for tok in tokens:
        if is_hanzi(tok[0]) and (len(tok) == 1 or freq.get(tok, 0) < RARE_WORD):
            out.extend(range(pos, pos + len(tok)))
        pos += len(tok)
    return out


def name_positions(tokens: list[str], starts: list[int]) -> set[int]:
    """Characters of what looks like a person's name: two or three characters that jieba could
    not join into words, after a title and before 受到, 等, a comma ...; or starting with a
    common surname and next to a title, a list comma, 同志, 等 ... (names are not in the
    dictionary; their characters are no typos)."""
    out: set[int] = set()
    n = len(tokens)
    for k, tok in enumerate(tokens):
        if len(tok) != 1 or not is_hanzi(tok) or (k > 0 and len(tokens[k - 1]) == 1 and is_hanzi(tokens[k - 1])):
            continue
        run = k + 1
        while run < n and run - k <= 3 and len(tokens[run]) == 1 and is_hanzi(tokens[run]):
            run += 1
        if not 2 <= run - k <= 3:
            continue
        before = tokens[k - 1] if k > 0 else "\n"
        after = tokens[run] if run < n else "\n"
        titled = any(before.endswith(t) for t in TITLES)
        if titled and (after in NAME_AFTER or after.isspace() or run == n) or tok in SURNAMES and (
                titled or before in NAME_BEFORE or before.isspace() or after in NAME_AFTER or after.isspace()
                or any(after.startswith(t) for t in TITLES)):
            out.update(range(starts[k], starts[run - 1] + 1))
    return out


def detect(text: str, words, data: SpellingData, tokens: list[str] | None = None,
           memo: dict | None = None) -> list[Suspect]:
    """The suspect words of one paragraph, best first where they overlap."""
    freq, log_total = words.freq, math.log(words.total)
    if tokens is None:
        tokens = words.cut(text)
    starts, hanzi_tok = [], []
    pos = 0
    for tok in tokens:
        starts.append(pos)
        hanzi_tok.append(all(map(is_hanzi, tok)))
        pos += len(tok)
    ends = starts[1:] + [pos]
    token_at = [0] * pos
    for k, tok in enumerate(tokens):
        for p in range(starts[k], ends[k]):
            token_at[p] = k
    names = name_positions(tokens, starts)
    memo = {} if memo is None else memo
    best: dict[tuple[int, int], Suspect] = {}
    for i in suspicious_positions(tokens, freq):
        if i in names or text[i] in NUMERALS:
            continue
        # the context: whole tokens of the same run of Chinese text around i, so that the
        # written text's best route inside it is jieba's own
        k0 = k1 = token_at[i]
        while k0 > 0 and hanzi_tok[k0 - 1] and ends[k0 - 1] > i - CONTEXT:
            k0 -= 1
        while k1 + 1 < len(tokens) and hanzi_tok[k1 + 1] and starts[k1 + 1] <= i + CONTEXT:
            k1 += 1
        a, b = starts[k0], ends[k1]
        window, j = text[a:b], i - a
        key = (window, j)
        found = memo.get(key)
        if found is None:
            found = memo[key] = score_window(window, j, data, freq, log_total)
        for u, v, fixed, gain, kind in found:
            span = (a + u, a + v)
            old = best.get(span)
            if old is None or gain > old.score:
                best[span] = Suspect(a + u, a + v, text[a + u:a + v], fixed, gain, kind)
    token_starting = dict(zip(starts, tokens))
    chosen: list[Suspect] = []
    for sus in sorted(best.values(), key=lambda x: -x.score):
        if sus.score <= 0 or token_starting.get(sus.end) in PLACE_AFTER:
            continue                   # 禄口机场, 三埠海关: a place name jieba does not know
        if all(sus.end <= c.start or sus.start >= c.end for c in chosen):
            chosen.append(sus)
    return sorted(chosen, key=lambda x: x.start)


def score_window(window: str, j: int, data: SpellingData, freq: dict[str, int], log_total: float):
    """Corrections of window[j]: (start, end, corrected word, log-odds, kind) for each candidate."""
    cands = candidates(window, j, data, freq)
    if not cands:
        return ()
    base, _ = log_prob(freq, log_total, window)
    out = []
    for ch, kind in cands.items():
        fixed = window[:j] + ch + window[j + 1:]
        score, route = log_prob(freq, log_total, fixed)
        k = 0
        while route[k] <= j:       # the corrected route's word that holds the character
            k = route[k]
        u, v = k, route[k]
        word = fixed[u:v]
        if v - u < 2 or word in data.proper:
            continue
        gain = score - base + PRIOR[kind] - TYPO_COST
        if window[u:v] in data.known:
            gain -= KNOWN_PENALTY
        out.append((u, v, word, gain, kind))
    return tuple(out)


def run(doc: Document, ctx: CheckContext) -> Iterable[Finding]:
    paragraphs = [p for p in text_paragraphs(doc) if any(map(is_hanzi, p.text))]
    if not paragraphs:
        return
    data = spelling_data()
    whole = "\n".join(p.text for p in paragraphs)
    memo = ctx.cache.setdefault("spelling.memo", {})
    for para in paragraphs:
        for sus in detect(para.text, ctx.words, data, memo=memo):
            if whole.count(sus.text) > 1 and sus.suggestion not in whole:
                continue               # written so throughout the document: a term, not a slip
            severity = REVIEW if sus.score >= REVIEW_MARGIN else INFO
            yield finding_at(para, sus.start, sus.end, rule=RULE, gate=GATE, severity=severity,
                             message=f"疑似错别字：“{sus.text}”，是否应为“{sus.suggestion}”？请核对。",
                             suggestion=sus.suggestion, basis=BASIS,
                             detail={"score": round(sus.score, 2), "kind": sus.kind})


EXAMPLES = {
    RULE: {
        "flag": [],
        "noflag": [],
    },
}
