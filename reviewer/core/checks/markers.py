"""Secrecy markings in the published text: 国家秘密标志 (密级★保密期限), bare 密级 lines,
份号, 工作秘密 and 内部 marks, and a 公开属性 that forbids publishing.

A marking is told from prose about secrecy by where it stands, not by its words: 秘密, 内部资料
and 不予公开 are ordinary words in a sentence about the law. A span is a marking when

- it carries the ★ of a 国家秘密标志 (密级★期限 in any of its typed forms), or a 密级：/公开属性：
  label;
- it is a whole line, a whole sentence or a bracketed group made of nothing but marks
  (`内部资料 注意保存`, `（此件不公开）`, a sentence `内部资料。` appended to a paragraph);
- it stands apart in a page header or footer, or in the first lines of the document or page;
- the document speaks of itself: `本文件内部资料，不得外传`, `此件不予公开`.

Severity: block when it is a marking; review when it might be one (a table cell, a heading,
a mark fused onto the end of a sentence, a handling instruction in running text, 依申请公开,
份号); info for a marking quoted as an example in prose; nothing for prose.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Iterable

from reviewer.core.checks import CheckContext
from reviewer.core.checks._textflow import Block, blocks
from reviewer.core.documents.model import Document
from reviewer.core.findings import BLOCK, INFO, REVIEW, SEVERITY_RANK, Finding

GATE = "secrecy"
CLASSIFIED = "secrecy.marker.classified"
COPY_NUMBER = "secrecy.marker.copy_number"
INTERNAL = "secrecy.marker.internal"
DISCLOSURE = "secrecy.marker.disclosure"

BASIS = {
    CLASSIFIED: "《中华人民共和国保守国家秘密法》（国家秘密标志）；《国家秘密定密管理暂行规定》"
                "（标志形式为“密级★保密期限”“密级★解密时间”“密级★解密条件”）；"
                "《党政机关公文处理工作条例》第九条；GB/T 9704-2012《党政机关公文格式》7.2.2",
    COPY_NUMBER: "《党政机关公文处理工作条例》第九条（涉密公文应当标注份号）；GB/T 9704-2012 7.2.1",
    INTERNAL: "《中华人民共和国保守国家秘密法》（2024年修订）第六十四条（工作秘密）；"
              "《工作秘密管理暂行办法》（工作秘密标志如“内部”“内部事项 注意保管”）",
    DISCLOSURE: "《中华人民共和国政府信息公开条例》第十四条至第十六条；"
                "《关于全面推进政务公开工作的意见》（公文办理中明确主动公开、依申请公开、不予公开属性）",
}

# ---------------------------------------------------------------- vocabulary
# All patterns run on normalised text (reviewer.core.normalize): full-width ASCII is half-width
# (（ -> (, ： -> :, ， -> ,, ＊ -> *), letters are lower case, and whitespace next to a CJK
# character is gone.
LEVEL = r"(?:绝密|机密|秘密)"
# the ★ of the standard and what people type for it
STAR = r"[★☆*✱✲✳✴✵✶✷✸✹✺✻✼✽✩✪✫✬✭✮✯✰⭐⋆∗﹡※]"
TRUE_STARS = "★☆"
_NUM = r"(?:\d{1,3}|[一二两三四五六七八九十]{1,3})"
_DATE = (r"(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*(?:年|[-./])\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:月|[-./])"
         r"(?:\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日?)?")
# 保密期限 / 解密时间 / 解密条件 after the ★
PERIOD = (rf"(?:\(\s*{_NUM}\s*(?:年|个月|月)\s*\)|{_NUM}\s*(?:年|个月|月)|长期|永久"
          rf"|解密时间\s*[:为]?\s*{_DATE}|解密条件\s*[:为]?\s*[^\s,;。!?\"'()【】〔〕]{{1,30}}"
          r"|[\u4e00-\u9fff]{1,10}?前)")

# a 保密期限 typed without the ★ (only in a line of marks: 秘密 5年)
_BARE_PERIOD = rf"(?:{_NUM}\s*(?:年|个月)|长期|\(\s*{_NUM}\s*(?:年|个月)\s*\))"

INTERNAL_WORDS = ("内部明电", "内部资料", "内部文件", "内部交流", "内部刊物", "内部发行", "内部参考", "内部参阅", "内部使用",
                  "内部传阅", "内部掌握", "内部事项", "内部材料", "工作秘密", "注意保存", "注意保管",
                  "不得外传", "严禁外传", "请勿外传", "禁止外传", "不准外传", "切勿外传",
                  "不得扩散", "严禁扩散", "请勿扩散", "禁止扩散", "不准扩散")
# handling instructions: strong words, yet a sentence of running text may use them about other papers
HANDLING_WORDS = tuple(w for w in INTERNAL_WORDS if w.endswith(("外传", "扩散"))) + ("内部掌握", "内部传阅")
# words that name the paper itself as internal (not the handling instructions, not 注意保存)
DOC_TYPE_WORDS = tuple(w for w in INTERNAL_WORDS if w not in HANDLING_WORDS and not w.startswith("注意"))
# words that go with a mark but are ordinary alone
COMPANION_WORDS = ("免费交流", "妥善保管", "注意保密", "阅后收回", "阅后退回", "用后收回", "用毕收回", "阅后销毁", "不得翻印",
                   "严禁翻印", "不得复制", "严禁复制", "请勿转发", "不得转发", "仅供参阅", "仅供参考", "仅供领导参阅")
WITHHOLD_WORDS = ("不予主动公开", "不予公开", "不对外公开", "暂不公开", "不宜公开", "不得公开", "禁止公开", "不公开")
_WITHHOLD = rf"(?:{'|'.join(WITHHOLD_WORDS)})(?:发布)?"
ON_REQUEST = "依申请公开"
_SELF_DOC = r"(?:此件|本件|该件|本文件|此文件|本文|此文)"
_LABEL = r"(?:密级|保密期限|紧急程度|公开属性|公开方式|公开形式|公开选项|信息公开选项|份号)\s*[:为]?"
_SEP = r"[\s,、;:。.!?·/|\-—_()\[\]【】〔〕〖〗<>《》\"'「」『』]+"


def _alt(words: Iterable[str]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


_TOKEN = re.compile(
    rf"(?P<sep>{_SEP})"
    rf"|(?P<label>{_LABEL})"
    rf"|(?P<level>{LEVEL}级?(?:文件|资料|材料|件)?(?:\s*{STAR}\s*(?:{PERIOD})?|\s*{_BARE_PERIOD})?)"
    rf"|(?P<internal>请?(?:仅供|仅限|限|供)?(?:{_alt(INTERNAL_WORDS)}|内部)(?:\s*{STAR}\s*(?:{PERIOD})?)?)"
    rf"|(?P<companion>请?(?:{_alt(COMPANION_WORDS)}))"
    rf"|(?P<disclosure>{_SELF_DOC}?(?:{_WITHHOLD}|{ON_REQUEST}))"
    rf"|(?P<urgency>特急|加急|特提|平急)"
    rf"|(?P<copy>\d{{6}})")

# anywhere: 密级★期限 (not 工作秘密★, which is a 工作秘密 mark), 密级 + 保密期限, 密级：label
_STAR_MARK = re.compile(rf"(?<!工作)(?P<level>{LEVEL})\s*级?\s*(?P<star>{STAR})\s*(?P<period>{PERIOD})?")
_PERIOD_MARK = re.compile(rf"(?<![\u4e00-\u9fff])(?P<level>{LEVEL})\s*级?\s*[\s,、]\s*保密期限\s*:?\s*(?:{PERIOD})")
# 密级：秘密 is a label; 密级为秘密 may be a case report about another paper (review)
_LEVEL_LABEL = re.compile(rf"密级\s*(?P<colon>:)?为?\s*(?P<level>{LEVEL})(?:\s*级)?(?:\s*{STAR}\s*(?:{PERIOD})?)?")
_INTERNAL_STAR = re.compile(rf"(?:{_alt(INTERNAL_WORDS)}|内部)\s*{STAR}\s*(?:{PERIOD})?")
_INTERNAL_LABEL = re.compile(rf"密级\s*[:为]\s*(?:{_alt(INTERNAL_WORDS)}|内部)")
_DISCLOSURE_LABEL = re.compile(rf"(?:公开属性|公开方式|公开形式|信息公开选项|公开选项)\s*[:为]\s*"
                               rf"(?:{_WITHHOLD}|{ON_REQUEST})")
_SELF_DISCLOSURE = re.compile(rf"{_SELF_DOC}\s*(?:{_WITHHOLD}|{ON_REQUEST})")
_SELF_DOC_RE = re.compile(_SELF_DOC)
# the paper naming itself: 本文件, 此件, 本汇编 …
_SELF_NOUN = r"(?:本|此)(?:文件|件|文|材料|资料|通知|报告|简报|刊物|刊|期|纪要|方案|函|意见|稿|信息|通报|手册|汇编)"
_SELF_REF = re.compile(rf"{_SELF_NOUN}\s*(?:为|系|属|属于|是|列为|作为|定为|仅供|仅限|限)?")
_SELF_NOUN_BEFORE = re.compile(rf"{_SELF_NOUN}\s*$")
_COPY_LABEL = re.compile(r"份\s*号\s*[:]?\s*\d{1,8}")
_BRACKETS = re.compile(r"\(([^()]{1,40})\)|【([^【】]{1,40})】|\[([^\[\]]{1,40})\]|〔([^〔〕]{1,40})〕|〖([^〖〗]{1,40})〗")
_SENTENCE = re.compile(r"[^。!?;]+[。!?;]*")
_HANDLING = re.compile(_alt(HANDLING_WORDS))
_TAIL_START = re.compile(rf"请?(?:仅供|仅限|限|供)?(?:{_alt(INTERNAL_WORDS)}|内部)")
_ENDS_WITH_DATE = re.compile(r"(?:\d日?|[〇○零一二三四五六七八九十]日)$")
# a 发文字号 line a mark may be fused onto: 国发〔2018〕43号
_ENDS_WITH_DOCNO = re.compile(r"[〔\[(【〖﹝{]\s*\d{4}\s*[〕\])】〗﹞}]\s*第?\s*\d{1,4}\s*号$")
# a cheap test before any per-block work
_PREFILTER = re.compile(r"密|内部|外传|扩散|保存|保管|公开|份\s*号|[★☆*＊✱※]")
# the sentence talks about marks rather than carrying one
_MENTION = re.compile(r"标注|标明|标识|标志|字样|例如|比如|形式为|格式为|如[:“\"]|是指|所称")
_QUOTES_OPEN = "\"'“‘「『"
_QUOTES_CLOSE = "\"'”’」』"
# running text that governs a mark word as its object or lists it: 编印内部资料, 国家秘密和工作秘密
_GOVERNED = re.compile(
    r"(?:的|了|和|与|及|或|、|对|把|将|被|为|是|属|系|供|按|由|在|向|从|等|类|即|含|不|非|其|之|"
    r"涉及|泄露|泄漏|保守|保护|保管|管理|规范|加强|编印|印发|印制|编制|编辑|出版|发行|转发|报送|提供|形成|"
    r"制作|发放|收回|清理|销毁|使用|传阅|查阅|借阅|阅读|复制|整理|归档|存放|携带|其他|有关|相关|各类|各种|"
    r"一般|部分|所有|一律|不得|严禁|禁止|应当|应|要|请|须|必须|均|都|所称|包括|以及|或者|单位|机关|部门|"
    r"系统|作为|列入|定为|确定为|视为|属于|涉密|传递|标注|标明|标识|字样|知悉|获取|掌握|处理|审查|公开|于|成|"
    r"做好|落实|保障|防止|防范|存在|含有|包含|带有|标有|对于|关于|涉|强化|严守|守住|遵守|严防|杜绝|传达|学习|"
    r"阅办|起草|拟制|审核|报批|交流|讨论|研究|记录|解除|确定|认定|界定|产生|明确|区分|识别|辨别|如何|何为|失密|泄密)$")
# a numbered heading the mark was fused onto: 三、工作措施内部资料。
_HEADING_NUMBER = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.]|\(\s*[一二三四五六七八九十\d]+\s*\)|\d+[.、]"
                             r"|第[一二三四五六七八九十百零\d]+[章节条部分])")
# prose that states a rule about handling papers, not a mark on this one
_RULE_CUES = re.compile(r"涉密|秘密|保密|机要|密件|应当|必须|一律|严格|规定|制度|违反|擅自|责任|管理")


@dataclass
class Token:
    kind: str
    start: int
    end: int
    text: str


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token] | None:
    """The marks that make up text[start:end], or None when anything else is there."""
    end = len(text) if end is None else end
    tokens: list[Token] = []
    pos = start
    while pos < end:
        m = _TOKEN.match(text, pos, end)
        if not m:
            return None
        if m.lastgroup != "sep":
            tokens.append(Token(m.lastgroup, m.start(), m.end(), m.group()))
        pos = m.end()
    return tokens


@dataclass
class Candidate:
    rule: str
    severity: str
    start: int
    end: int
    why: str            # what made it a marking, shown in the message


def _is_withhold(token: Token) -> bool:
    return ON_REQUEST not in token.text


def _has_mark(tokens: list[Token]) -> bool:
    return any(t.kind in ("level", "internal", "disclosure") for t in tokens)


def _group(tokens: list[Token], kinds: tuple[str, ...]) -> tuple[int, int] | None:
    chosen = [t for t in tokens if t.kind in kinds]
    if not chosen:
        return None
    return chosen[0].start, chosen[-1].end


def _sequence_candidates(tokens: list[Token], *, level: str | None, internal: str | None,
                         withhold: str | None, on_request: str | None, why: str,
                         copy: str | None = None) -> list[Candidate]:
    """Candidates for one run of marks, one per family, with the severity each family gets here."""
    out = []
    if level:
        span = _group(tokens, ("level",))
        if span:
            out.append(Candidate(CLASSIFIED, level, *span, why))
    if internal:
        span = _group(tokens, ("internal",))
        if span:
            out.append(Candidate(INTERNAL, internal, *span, why))
    held = [t for t in tokens if t.kind == "disclosure" and _is_withhold(t)]
    asked = [t for t in tokens if t.kind == "disclosure" and not _is_withhold(t)]
    if held and withhold:
        out.append(Candidate(DISCLOSURE, withhold, held[0].start, held[-1].end, why))
    if asked and on_request:
        out.append(Candidate(DISCLOSURE, on_request, asked[0].start, asked[-1].end, why))
    if copy:
        span = _group(tokens, ("copy",))
        if span:
            out.append(Candidate(COPY_NUMBER, copy, *span, why))
    return out


def _quoted(text: str, start: int, end: int) -> bool:
    before = text[:start].rstrip()
    after = text[end:].lstrip()
    return bool(before) and before[-1] in _QUOTES_OPEN and bool(after) and after[0] in _QUOTES_CLOSE


def _sentence_of(text: str, pos: int) -> tuple[int, int]:
    start = max(text.rfind(c, 0, pos) for c in "。!?;") + 1
    ends = [i for i in (text.find(c, pos) for c in "。!?;") if i >= 0]
    return start, (min(ends) if ends else len(text))


def _explicit(text: str, block: Block, standalone: bool) -> list[Candidate]:
    """Forms that are marks wherever they stand: ★ forms, 密级/公开属性 labels, 本文件…, 份号."""
    out: list[Candidate] = []

    def severity_in_prose(start: int, end: int) -> str:
        if standalone or block.margin:
            return BLOCK
        if _quoted(text, start, end):
            return INFO
        s, e = _sentence_of(text, start)
        return REVIEW if _MENTION.search(text, s, start) or _MENTION.search(text, end, e) else BLOCK

    for m in _STAR_MARK.finditer(text):
        star_typed = m.group("star") not in TRUE_STARS
        if star_typed and not m.group("period") and m.start() > 0 and not standalone:
            prev = text[m.start() - 1]
            if "\u4e00" <= prev <= "\u9fff" and prev not in "为是系属":
                continue  # 商业秘密* with a footnote asterisk
        out.append(Candidate(CLASSIFIED, severity_in_prose(m.start(), m.end()), m.start(), m.end(), "密级★标志"))
    for rx, rule, why in ((_PERIOD_MARK, CLASSIFIED, "密级和保密期限"), (_LEVEL_LABEL, CLASSIFIED, "密级标注"),
                          (_INTERNAL_STAR, INTERNAL, "内部★标志"), (_INTERNAL_LABEL, INTERNAL, "密级标注")):
        for m in rx.finditer(text):
            after = text[m.end():m.end() + 1]
            if rx in (_LEVEL_LABEL, _INTERNAL_LABEL) and after and after not in " ,;。!?)】〕★☆*":
                continue  # 密级为秘密的文件, 密级为绝密、机密、秘密三级: prose about levels
            sev = severity_in_prose(m.start(), m.end())
            if rx is _LEVEL_LABEL and not m.group("colon") and sev == BLOCK and not standalone:
                sev = REVIEW
            out.append(Candidate(rule, sev, m.start(), m.end(), why))
    for m in _DISCLOSURE_LABEL.finditer(text):
        sev = severity_in_prose(m.start(), m.end())
        if ON_REQUEST in m.group() and sev == BLOCK:
            sev = REVIEW
        out.append(Candidate(DISCLOSURE, sev, m.start(), m.end(), "公开属性标注"))
    for m in _SELF_DISCLOSURE.finditer(text):
        after = text[m.end():m.end() + 1]
        if after and after not in " ,;。!?)】〕\"'”":
            continue  # 本件不予公开的理由…: the phrase is part of a longer statement
        sev = severity_in_prose(m.start(), m.end())
        if ON_REQUEST in m.group() and sev == BLOCK:
            sev = REVIEW
        out.append(Candidate(DISCLOSURE, sev, m.start(), m.end(), "文件自身的公开属性"))
    for m in _SELF_REF.finditer(text):
        tokens = _run_to_sentence_end(text, m.end())
        if tokens and any(t.kind in ("level", "internal") for t in tokens):
            sev = severity_in_prose(m.start(), tokens[-1].end)
            out += _sequence_candidates(tokens, level=sev, internal=sev, withhold=None, on_request=None,
                                        why="文件自述的标志")
    for m in _COPY_LABEL.finditer(text):
        out.append(Candidate(COPY_NUMBER, REVIEW, m.start(), m.end(), "份号"))
    return out


def _run_to_sentence_end(text: str, pos: int) -> list[Token] | None:
    """Marks from pos to the end of its sentence (a trailing bracket may close it)."""
    _, end = _sentence_of(text, pos)
    tokens = tokenize(text, pos, end)
    if tokens and _has_mark(tokens):
        return tokens
    return None


def _standalone(text: str, block: Block) -> list[Candidate]:
    tokens = tokenize(text)
    if not tokens or not (_has_mark(tokens) or any(t.kind == "copy" for t in tokens)):
        return []
    labelled_copy = any(t.kind == "label" and t.text.startswith("份") for t in tokens)
    copy = REVIEW if (labelled_copy or block.head or block.margin) else None
    if not _has_mark(tokens):
        return _sequence_candidates(tokens, level=None, internal=None, withhold=None, on_request=None,
                                    why="版头份号", copy=copy)
    uncertain = block.part == "table" or block.heading
    sev = REVIEW if uncertain else BLOCK
    # a bare 不予公开 line mid-document may be a heading or a table cell of a 公开目录; with 此件, in
    # brackets, or at the head or end of the document it is this file's own attribute
    self_doc = any(t.kind == "disclosure" and _SELF_DOC_RE.match(t.text) for t in tokens)
    attribute = self_doc or text[:1] in "(【[〔" or ((block.head or block.tail or block.margin) and not uncertain)
    return _sequence_candidates(tokens, level=sev, internal=sev, withhold=BLOCK if attribute else REVIEW,
                                on_request=REVIEW, why="单独成行的标志", copy=copy)


_WIDE_GAP = re.compile(r"(?:\s{2,}|[\u3000\t])\s*")
_ANY_GAP = re.compile(r"\s+")


def _chunks(raw: str, start: int, end: int, wide_gaps_only: bool) -> Iterable[tuple[int, int]]:
    """Spans of raw[start:end] between layout gaps: two or more spaces, a full-width space or a
    tab (one space may be a PDF artefact inside running text), or any space."""
    pos = start
    for m in (_WIDE_GAP if wide_gaps_only else _ANY_GAP).finditer(raw, start, end):
        if m.start() > pos:
            yield pos, m.start()
        pos = m.end()
    if pos < end:
        yield pos, end


def _edge_chunks(block: Block) -> list[Candidate]:
    """In a header or footer, or the first/last lines of the document or page, a mark may share
    the line with other text, set apart by spacing: `机密★1年　　　　特急`, `内部资料　第3期`.
    In a header or footer one space is enough to set it apart."""
    out: list[Candidate] = []
    spans = list(_chunks(block.text, 0, len(block.text), wide_gaps_only=True))
    for s, e in spans:
        found = _chunk_marks(block, s, e)
        if found is None and block.margin:
            for s2, e2 in _chunks(block.text, s, e, wide_gaps_only=False):
                out += _chunk_marks(block, s2, e2) or []
        elif found and len(spans) > 1:
            out += found
    return out


def _chunk_marks(block: Block, s: int, e: int) -> list[Candidate] | None:
    norm = block.norm
    tokens = tokenize(norm.text, norm.to_normalized(s), norm.to_normalized(e))
    if not tokens or not (_has_mark(tokens) or (block.head and any(t.kind == "copy" for t in tokens))):
        return None
    return _sequence_candidates(tokens, level=BLOCK, internal=BLOCK, withhold=BLOCK, on_request=REVIEW,
                                why="版头/页眉页脚中的标志", copy=REVIEW if block.head else None)


def _bracket_groups(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    stripped_end = len(text.rstrip(" 。.;!?"))
    for m in _BRACKETS.finditer(text):
        gi = next(i for i in range(1, 6) if m.group(i) is not None)
        tokens = tokenize(text, m.start(gi), m.end(gi))
        if not tokens or not _has_mark(tokens):
            continue
        at_edge = m.start() == len(text) - len(text.lstrip()) or m.end() >= stripped_end
        # mid-sentence, （内部资料） may cite another paper; （内部掌握） instructs about what precedes it
        instructs = any(t.kind == "internal" and t.text.lstrip("请") in HANDLING_WORDS for t in tokens)
        self_doc = any(t.kind == "disclosure" and _SELF_DOC_RE.match(t.text) for t in tokens)
        # 本汇编（内部资料）: the document names itself
        names_itself = _SELF_NOUN_BEFORE.search(text, 0, m.start()) is not None
        edge = BLOCK if at_edge or names_itself else REVIEW
        out += _sequence_candidates(tokens, level=edge, internal=BLOCK if instructs else edge,
                                    withhold=BLOCK if self_doc else edge, on_request=REVIEW, why="括注的标志")
    return out


def _sentences(text: str, block: Block) -> list[Candidate]:
    """A sentence that is only marks (`……落到实处。内部资料。`); a last clause that is a
    document-type mark (`……，内部资料。`); a mark fused onto the end of a heading or line."""
    out: list[Candidate] = []
    uncertain = block.part == "table" or block.heading
    sentences = [(m.start(), m.end()) for m in _SENTENCE.finditer(text)]
    for s, e in sentences:
        tokens = tokenize(text, s, e)
        if tokens is not None and _has_mark(tokens):
            if len(sentences) == 1:
                continue  # the whole block: _standalone decides
            sev = REVIEW if uncertain else BLOCK
            out += _sequence_candidates(tokens, level=sev, internal=sev, withhold=sev, on_request=REVIEW,
                                        why="单独成句的标志")
            continue
        out += _fused_tail(text, s, e, uncertain)
    return out


def _fused_tail(text: str, s: int, e: int, uncertain: bool) -> list[Candidate]:
    """The longest run of 工作秘密/内部 marks that ends the sentence text[s:e], judged by what
    comes before it: a mark fused onto a heading, a signature or date line, or a closing
    bracket is a marking; a verb, conjunction or 的 before it makes it the sentence's object."""
    body_end = e
    while body_end > s and text[body_end - 1] in "。!?; ":
        body_end -= 1
    best: list[Token] | None = None
    for m in _TAIL_START.finditer(text, s, body_end):
        tokens = tokenize(text, m.start(), body_end)
        if tokens and all(t.kind in ("internal", "companion", "level") for t in tokens) \
                and any(t.kind == "internal" for t in tokens):
            best = tokens
            break
    if not best:
        return []
    internal = [t.text.lstrip("请") for t in best if t.kind == "internal"]
    names_paper = any(_names_paper(t) for t in internal)
    if not names_paper and all(t in HANDLING_WORDS for t in internal):
        return []  # 请妥善保管，不得外传: a handling instruction, judged as running text
    head = text[s:best[0].start]
    tail = head.rstrip()
    clause_start = max(head.rfind(","), head.rfind(":"))
    if clause_start >= 0 and not head[clause_start + 1:].strip():
        # `……，内部资料。` a clause of its own naming the paper as internal; `……，注意保存。` is prose;
        # after a colon the words are a value (`……如下要求：内部。`, `使用范围：内部`): a person decides
        if not names_paper:
            if head[clause_start] != ":":
                return []
            sev = REVIEW
        else:
            sev = REVIEW if uncertain else BLOCK
    elif _GOVERNED.search(tail):
        # 编印内部资料, 国家秘密和工作秘密, 单位内部: the words are the sentence's object; but after a
        # numbered heading a run of two marks (二、做好资金保障内部资料，注意保存。) is no object
        marks = sum(t.kind in ("internal", "companion") for t in best)
        if not (marks >= 2 and _HEADING_NUMBER.match(head) and len(head) <= 30):
            return []
        sev = REVIEW
    else:
        number = _HEADING_NUMBER.match(head)
        set_off = tail[-1:] in ")】》\"'”〕" or _ENDS_WITH_DATE.search(tail) is not None \
            or _ENDS_WITH_DOCNO.search(tail) is not None \
            or (number is not None and len(head) <= 30)
        fused_line = not set_off and _signature_line(text, s, e, tail)
        if number and number.end() >= len(tail):
            sev = REVIEW  # （三）内部资料: a heading naming its subject, or a mark numbered as one
        elif set_off:
            sev = REVIEW if uncertain or not names_paper else BLOCK
        elif names_paper or fused_line:
            sev = REVIEW  # fused onto a title or signature line (某某县人民政府办公室内部。)
        else:
            return []  # ……原件注意保存。 / 问题出在办公室内部。
    return _sequence_candidates(best, level=None, internal=sev, withhold=None, on_request=None, why="句末的标志")


# the name of an issuing body: a signature line (某某市人民政府办公室) a mark may be fused onto
_ISSUER = re.compile(r"^[\u4e00-\u9fff()]{2,24}?(?:人民政府|人民代表大会常务委员会|人大常委会|办公厅|办公室|委员会|"
                     r"领导小组|指挥部|政府|党委|党组|局|厅|委|署|院|部|中心|总队|支队|大队|所|站|公司|协会|办)$")
_ISSUER_VERBS = re.compile(r"在|于|到|向|对|从|把|将|被|由|是|为|有|的|和|与|及|出|进|加强|完善|健全|规范|推进")


# a document title a mark may be fused onto: 关于……的通报内部。
_TITLE = re.compile(r"^[^,:;。!?]{4,60}?(?:通知|通报|批复|意见|决定|办法|方案|报告|请示|函|纪要|规定|细则|规划|计划|"
                    r"要点|公告|通告|决议|公报|答复|复函)$")


def _signature_line(text: str, s: int, e: int, head: str) -> bool:
    """The paragraph opens with a body's name or a document title followed by the mark
    (`国务院办公厅内部。`, `关于……的通报注意保存。`): a mark fused onto a signature or title line. A sentence that puts something inside an office
    (`问题出在办公室内部。`) has a verb or a preposition before the name."""
    if text[:s].strip():
        return False
    head = head.strip()
    if _TITLE.match(head):
        return True
    if _ISSUER_VERBS.search(head):
        return False
    if _ISSUER.match(head):
        return True
    # a name-and-title line (张某某　　副局长内部。) or a form label (联系电话内部。): a line of a
    # list or table that a sentence-closed mark was fused onto
    return text[e - 1:e] == "。" and _LINE_ONLY.fullmatch(head) is not None and head.endswith(_LINE_END_WORDS)


# words only: no clause mark, digit or bracket that would make the line a sentence (the text is
# normalised: the spaces that set out a name-and-title line are gone)
_LINE_ONLY = re.compile(r"[\u4e00-\u9fff]{2,20}")
_LINE_END_WORDS = ("电话", "地址", "邮编", "邮箱", "传真", "名称", "姓名", "职务", "联系人", "经办人", "备注",
                   "长", "主任", "书记", "主席", "委员", "专员", "巡视员", "调研员", "秘书")


def _names_paper(token_text: str) -> bool:
    return any(w in token_text for w in DOC_TYPE_WORDS)


def _handling_in_prose(text: str, taken: list[Candidate]) -> list[Candidate]:
    """不得外传/严禁扩散/内部掌握 in running text: a person decides whether it is about this file."""
    out = []
    for m in _HANDLING.finditer(text):
        if any(c.start <= m.start() < c.end for c in taken):
            continue
        after = text[m.end():m.end() + 1]
        if after and after not in " ,;。!?)】〕\"'”":
            continue  # 不得外传的信息应当…, 严禁扩散谣言: an attribute or a verb with its object
        s, e = _sentence_of(text, m.start())
        if _RULE_CUES.search(text, s, e) or _MENTION.search(text, s, e):
            continue
        out.append(Candidate(INTERNAL, REVIEW, m.start(), m.end(), "传阅限制要求"))
    return out


def _merge(cands: list[Candidate]) -> list[Candidate]:
    """One candidate per overlapping span of a rule: the most severe, then the widest."""
    cands.sort(key=lambda c: (SEVERITY_RANK[c.severity], -(c.end - c.start), c.start))
    kept: list[Candidate] = []
    for c in cands:
        if any(k.rule == c.rule and k.start < c.end and c.start < k.end for k in kept):
            continue
        kept.append(c)
    return sorted(kept, key=lambda c: c.start)


MESSAGES = {
    (CLASSIFIED, BLOCK): "国家秘密标志「{text}」（{why}）：标有密级的文件不得公开发布。请核实定密情况："
                         "确属国家秘密的不予公开；已解密或误标的，按程序变更后删除标志再发布",
    (CLASSIFIED, REVIEW): "疑似国家秘密标志「{text}」（{why}）：请人工确认是否为本文件的密级标志；是则不得公开发布",
    (CLASSIFIED, INFO): "文中引用了国家秘密标志的写法「{text}」，看来是举例说明，请确认不是本文件的标志",
    (INTERNAL, BLOCK): "工作秘密/内部标志「{text}」（{why}）：标有“内部”或工作秘密标志的材料不得公开发布。"
                       "请确认该标志已依规解除并删除后再发布，否则不予公开",
    (INTERNAL, REVIEW): "疑似工作秘密/内部标志「{text}」（{why}）：请人工确认它是否标明本文件只限内部知悉；"
                        "是则不得公开发布",
    (INTERNAL, INFO): "文中引用了内部标志的写法「{text}」，看来是举例说明，请确认不是本文件的标志",
    (DISCLOSURE, BLOCK): "公开属性为不予公开「{text}」（{why}）：本文件的公开属性不允许发布。"
                         "如确需公开，应先按程序变更公开属性并删除该标注",
    (DISCLOSURE, REVIEW): "公开属性「{text}」（{why}）：请确认这是否为本文件的公开属性，并确认发布渠道与之一致："
                          "不予公开的不得发布；依申请公开的一般只向申请人提供，不在门户网站等渠道主动发布",
    (DISCLOSURE, INFO): "文中引用了公开属性的写法「{text}」，看来是举例说明，请确认不是本文件的属性",
    (COPY_NUMBER, REVIEW): "份号「{text}」：标注份号的通常是涉密公文的印制份数序号。请确认本文件是否涉密；"
                           "不涉密的，对外发布前删除份号",
}

SUGGESTIONS = {
    CLASSIFIED: "不予公开；确已解密的，删除密级标志后再发布",
    INTERNAL: "不予公开；确已解除的，删除内部/工作秘密标志后再发布",
    DISCLOSURE: "按公开属性处理：不予公开的不发布；依申请公开的只向申请人提供",
    COPY_NUMBER: "核实是否涉密；不涉密的删除份号",
}


def check_block(block: Block) -> list[Candidate]:
    edge = block.margin or block.head or block.tail
    if not edge and not _PREFILTER.search(block.text):
        return []
    text = block.norm.text
    stripped = text.strip()
    if not stripped:
        return []
    whole = tokenize(stripped)
    standalone = bool(whole) and _has_mark(whole)
    cands = _explicit(text, block, standalone)
    cands += _standalone_at(text, block)
    if len(block.paragraphs) > 1 and not standalone:
        cands += _standalone_lines(block)
    if block.margin or block.head or block.tail:
        cands += _edge_chunks(block)
    cands += _bracket_groups(text)
    cands += _sentences(text, block)
    cands += _handling_in_prose(text, cands)
    return _merge(cands)


def _standalone_lines(block: Block) -> list[Candidate]:
    """A PDF block joins lines that look run on; a line of nothing but marks among them (a URL
    line, then `不予公开`) is still a line of its own."""
    out: list[Candidate] = []
    norm = block.norm
    for para, offset in zip(block.paragraphs, block.starts):
        s, e = norm.to_normalized(offset), norm.to_normalized(offset + len(para.text))
        line = norm.text[s:e]
        if not line.strip():
            continue
        for c in _standalone_at(line, block):
            c.start += s
            c.end += s
            out.append(c)
    return out


def _standalone_at(text: str, block: Block) -> list[Candidate]:
    lead = len(text) - len(text.lstrip())
    cands = _standalone(text.strip(), block)
    for c in cands:
        c.start += lead
        c.end += lead
    return cands


def _unseen_spans(doc: Document) -> dict[tuple, list[tuple[int, int]]]:
    """(part, part index, paragraph) -> spans of text a reader does not see (white or tiny text
    the loader left in the paragraph); the hidden-content check reports them on their own."""
    spans: dict[tuple, list[tuple[int, int]]] = {}
    for item in doc.hidden:
        loc = item.location
        if item.kind == "invisible" and loc is not None and loc.paragraph is not None and loc.end > loc.start:
            spans.setdefault((loc.part, loc.part_index, loc.paragraph), []).append((loc.start, loc.end))
    return spans


def _as_seen(block: Block, unseen: dict[tuple, list[tuple[int, int]]]) -> Block:
    """The block as a reader sees it: unseen text becomes a wide gap, so a mark line that ends in
    white 1-pt text (不予公开 + invisible words) is still a line of marks. Offsets stay put."""
    chars = None
    for para, offset in zip(block.paragraphs, block.starts):
        for start, end in unseen.get((para.part, para.part_index, para.index), ()):
            if chars is None:
                chars = list(block.text)
            lo, hi = offset + max(0, start), offset + min(end, len(para.text))
            chars[lo:hi] = "\u3000" * max(0, hi - lo)
    return block if chars is None else replace(block, text="".join(chars), _norm=None)


def run(doc: Document, ctx: CheckContext) -> Iterable[Finding]:
    unseen = _unseen_spans(doc)
    for block in blocks(doc, ctx):
        if unseen:
            block = _as_seen(block, unseen)
        for c in check_block(block):
            finding = block.finding(c.start, c.end, rule=c.rule, gate=GATE, severity=c.severity, message="",
                                    suggestion=SUGGESTIONS[c.rule], basis=BASIS[c.rule], detail={"why": c.why})
            finding.message = MESSAGES[(c.rule, c.severity)].format(text=finding.text.strip(), why=c.why)
            yield finding


EXAMPLES = {
    CLASSIFIED: {
        "flag": [
            "机密★10年", "秘密★6个月", "绝密★", "机密★长期", "绝密★20年", "秘密★解密时间：2025年12月31日",
            "机密★解密条件：项目验收后", "绝密★启用前", "秘密*5年", "机密＊1年", "秘密☆3年", "绝密✱10年",
            "机 密 ★ 1 年", "秘密★５年", "秘密★（10年）", "秘密", "机 密", "【机密】", "（绝密）", "密级：秘密",
            "秘密，保密期限：10年", "经鉴定，该文件密级为机密。",
            "000123\n机密\n特急\n关于做好防汛工作的通知",
            "关于做好防汛工作的通知\n秘密★1年\n各区人民政府：",
            "机密★1年　　　　　特急\n关于做好防汛工作的通知", "秘密 5年", "机密文件", "绝密（30年）",
            "各项工作要落到实处。秘密。",
            "本通知附件三属机密★5年，另行印发。",
        ],
        "noflag": [
            "保守秘密是每个公民的义务。", "国家秘密的密级分为绝密、机密、秘密三级。",
            "涉及国家秘密、商业秘密、个人隐私的政府信息，不予公开。", "严禁在互联网上存储、处理国家秘密。",
            "公安机关依法开展秘密侦查。", "双方举行了秘密会谈。", "某某将一份密级为秘密的文件带回家中。",
            "绝密级国家秘密是最重要的国家秘密。",
            "国家秘密的保密期限，除另有规定外，绝密级不超过三十年，机密级不超过二十年，秘密级不超过十年。",
            "国家秘密保密期限为10年的，到期自行解密。", "加强机密文件管理，严防失泄密。",
            "商业秘密*依照反不正当竞争法认定。", "标注“秘密★10年”的文件不得公开发布。",
            "国家秘密标志形式为“密级★保密期限”。", "严格遵守保密纪律，切实维护国家秘密安全。",
            "不得将涉及国家秘密的信息公开。", "工作秘密★", "秘密会谈纪要的整理工作由办公室负责。",
        ],
    },
    COPY_NUMBER: {
        "flag": ["份号：000123", "000123\n秘密★1年\n关于做好防汛工作的通知", "份 号 000045"],
        "noflag": ["地址：北京市西城区府右街2号，邮编100017。", "本项目编号为000123号。",
                   "关于做好防汛工作的通知\n各区人民政府：\n共发放补助资金\n100017"],
    },
    INTERNAL: {
        "flag": [
            "内部资料", "内部", "内部资料 注意保存", "内部文件★", "工作秘密", "内部事项 注意保管", "内部明电",
            "（内部资料）", "【内部】", "密级：内部", "工作秘密★1年", "严禁扩散", "不得外传",
            "本文件内部资料，不得外传。", "本材料仅供内部使用，请勿外传。", "此件请勿外传。", "本通知内部掌握。",
            "各项任务要落实到位。内部资料。", "三、保障措施内部文件 注意保管。",
            "该项目预算为860万元（内部掌握）。", "本书为非卖品，内部资料。", "会议材料请妥善保管，不得外传。",
            "关于做好防汛工作的通知\n内部资料　　　　2023年第5期\n各区人民政府：", "内部资料 免费交流",
        ],
        "noflag": [
            "加强内部管理，完善内部控制制度。", "开展内部审计，规范单位内部财务管理。",
            "不得外传的信息应当严格管理。", "各单位要严格保守国家秘密和工作秘密。",
            "机关、单位应当加强对工作秘密的管理。",
            "行政机关的内部事务信息，包括人事管理、后勤管理、内部工作流程等方面的信息，可以不予公开。",
            "规范编印内部资料，严禁以内部资料名义从事经营活动。", "《内部资料性出版物管理办法》已经修订。",
            "严禁扩散谣言，维护社会稳定。", "采取有效措施防止污染扩散。", "涉密文件一律不得外传。",
            "请妥善保管好相关票据，注意保存。", "请参会人员注意保管好个人物品。", "进一步优化内部流程，提升服务效率。",
            "健全内部监督制约机制。", "推动部门内部信息共享。", "本办法所称内部资料，是指在本行政区域内编印的资料。",
            "不得泄露所知悉的国家秘密、工作秘密。", "“内部★”字样不得出现在公开文件中。",
        ],
    },
    DISCLOSURE: {
        "flag": [
            "（此件不公开）", "此件不予公开", "（不予公开）", "此件不公开", "公开属性：不予公开", "公开方式：依申请公开",
            "此件依申请公开", "依申请公开", "（此件不公开发布）",
            "关于做好防汛工作的通知\n各区人民政府：\n请认真贯彻执行。\n2023年5月1日\n不予公开",
            "请认真贯彻执行。（此件不予公开）",
        ],
        "noflag": [
            "涉及国家秘密的信息依法不予公开。", "不予公开的情形包括涉及国家秘密的政府信息。", "（此件主动公开）",
            "此件公开发布", "（此件公开发布）", "公开方式：主动公开",
            "行政机关依据本条例的规定决定不予公开的，告知申请人不予公开并说明理由。", "（二）依申请公开情况。",
            "规范依申请公开工作，提高办理答复质量。", "本年度共收到依申请公开申请26件，其中不予公开3件。",
            "（三）不予公开", "对依申请公开的政府信息，行政机关应当依法答复。", "本文件不公开征求意见的理由如下。",
            "对标注“此件不公开”的文件，严禁上网发布。",
        ],
    },
}
