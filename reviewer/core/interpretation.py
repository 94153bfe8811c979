"""政策解读 check: an interpretation may not be a shortened copy of the policy it explains.

`compare(interpretation, policy)` reports the share of the interpretation's text that lies in
passages of 15+ characters copied from the policy, lists those passages, and names the
elements a 解读 must explain (政策背景, 决策依据, 出台目的, 主要内容, 新旧差异) that it does not.
"""
from __future__ import annotations

import re
from typing import Any

from reviewer.core.checks import TEXT_PARTS
from reviewer.core.documents.model import Document
from reviewer.core.findings import REVIEW, Finding, Location, context_of
from reviewer.core.normalize import normalize

MIN_PASSAGE = 15
COPIED_LIMIT = 0.5
BASIS = ("《国务院办公厅关于全面推进政务公开工作的意见》实施细则（国办发〔2016〕80号）；"
         "《国务院办公厅关于进一步加强政府信息公开回应社会关切提升政府公信力的意见》（国办发〔2013〕100号）："
         "政策解读应重点解读政策措施的背景依据、目标任务、主要内容、涉及范围、执行标准，以及注意事项、关键词诠释、惠民利民举措、新旧政策差异等")

# what each element sounds like in a real 解读; a heading or a sentence that uses these words counts
ELEMENTS: dict[str, tuple[str, ...]] = {
    "政策背景": ("背景", "形势", "现状", "起草过程", "起草情况", "为什么出台", "出台的必要性"),
    "决策依据": ("依据", "根据", "按照", "遵循", "贯彻落实", "法律法规"),
    "出台目的": ("目的", "目标", "意义", "为了", "旨在", "着力解决", "必要性"),
    "主要内容": ("主要内容", "主要措施", "重点内容", "主要任务", "包括", "共分为", "明确了", "具体措施", "核心内容"),
    "新旧差异": ("新旧", "变化", "差异", "区别", "调整", "修订", "修改", "原办法", "原规定", "原政策", "相比",
               "相较", "新增", "不再", "取消了", "亮点", "创新之处", "有哪些新"),
}
_SKIP = re.compile(r"[\s，。、；：？！“”‘’（）《》〈〉【】,.;:?!\"'()\[\]—…·-]")


def _plain(text: str) -> tuple[str, list[int]]:
    """Text without whitespace and punctuation, with each kept character's offset in `text`:
    a copy that changed only its commas is still a copy."""
    norm = normalize(text)
    keep, index = [], []
    for i, ch in enumerate(norm.text):
        if not _SKIP.match(ch):
            keep.append(ch)
            index.append(norm.span(i, i + 1)[0])
    return "".join(keep), index


def _grams(policy: Document) -> set[str]:
    grams: set[str] = set()
    for para in policy.paragraphs(TEXT_PARTS):
        plain, _ = _plain(para.text)
        grams.update(plain[i:i + MIN_PASSAGE] for i in range(len(plain) - MIN_PASSAGE + 1))
    return grams


def compare(doc: Document, policy: Document) -> tuple[dict[str, Any], list[Finding]]:
    grams = _grams(policy)
    passages, findings = [], []
    total = copied = 0
    for para in doc.paragraphs(TEXT_PARTS):
        plain, index = _plain(para.text)
        total += len(plain)
        covered = bytearray(len(plain))
        for i in range(len(plain) - MIN_PASSAGE + 1):
            if plain[i:i + MIN_PASSAGE] in grams:
                covered[i:i + MIN_PASSAGE] = b"\x01" * MIN_PASSAGE
        copied += sum(covered)
        for m in re.finditer(b"\x01+", bytes(covered)):
            start, end = index[m.start()], index[m.end() - 1] + 1
            passages.append({"text": para.text[start:end], "start": start, "end": end,
                             "location": para.location(start, end).to_json()})
    share = round(copied / total, 3) if total else 0.0
    whole = "\n".join(p.text for p in doc.paragraphs(TEXT_PARTS))
    missing = [name for name, words in ELEMENTS.items() if not any(w in whole for w in words)]
    result = {"source": policy.path, "copied_share": share, "passages": passages, "missing": missing}
    head = Location("body" if doc.kind != "pdf" else "page", None if doc.kind != "pdf" else 1, 0, 0, 0,
                    None if doc.kind != "pdf" else 1)
    if share > COPIED_LIMIT and passages:
        longest = max(passages, key=lambda p: p["end"] - p["start"])
        loc = Location(**longest["location"])
        para_text = next(p.text for p in doc.paragraphs(TEXT_PARTS)
                         if (p.part, p.part_index, p.index) == (loc.part, loc.part_index, loc.paragraph))
        findings.append(Finding(
            rule="policy.interpretation.copied", gate="policy", severity=REVIEW,
            message=f"解读有{share:.0%}的文字照抄政策原文（{len(passages)}段连续15字以上相同），解读不能是原文的简写版，"
                    "应当用通俗语言说明政策的背景、依据、目的、主要内容和新旧变化",
            text=longest["text"], location=loc, context=context_of(para_text, loc.start, loc.end), basis=BASIS,
            detail={"copied_share": share, "passages": len(passages)}))
    for name in missing:
        findings.append(Finding(
            rule="policy.interpretation.missing", gate="policy", severity=REVIEW,
            message=f"解读中没有找到“{name}”方面的说明（未出现：{'、'.join(ELEMENTS[name][:4])}等），请确认是否需要补充",
            text=name, location=head, context="", basis=BASIS, detail={"element": name}))
    return result, findings
