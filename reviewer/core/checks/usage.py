"""Word pairs that only the context tells apart (《现代汉语词典》第7版):

- 截止 / 截至: 截止 (to end) takes no object — 报名于5月1日截止, 截止日期, 截止到5月1日; 截至 (up to)
  is followed by the time — 截至2023年底, 截至目前. 截止 directly followed by a time is 截至.
- 必需 / 必须: 必需 (to need) — 必需品, 生活所必需的物资; 必须 (must) goes before a verb —
  必须坚持, 必须按时报送. 必需 directly followed by a verb, preposition or adverb is 必须.
"""
from __future__ import annotations

import re
from typing import Iterable

from reviewer.core.checks import CheckContext, finding_at
from reviewer.core.checks._textkit import HAN, TEXT_GATE, published_paragraphs
from reviewer.core.documents.model import Document
from reviewer.core.findings import REVIEW, Finding

RULE = "text.typo.usage"
BASIS = "《现代汉语词典》（第7版）“截止”“截至”“必需”“必须”条"

_TIME_AFTER = (r"\d|[０-９]|[〇○零一二三四五六七八九十]{2,4}年|[一二三四五六七八九十]{1,3}月|目前|今年|去年|前年|本年|当年|上年|"
               r"年底|年末|年初|今天|今日|昨天|当前|现在|发稿|上半年|下半年|本月|上月|本周|上周|本季度|上季度|同期|此时|日前")
_JIEZHI = re.compile(rf"截止(?=\s*(?:{_TIME_AFTER}))")
# what follows 必须 and never 必需: verbs, prepositions, adverbs that open a predicate
_VERBAL = ("要 把 在 按 按照 经 经过 由 对 从 以 有 是 得 先 严格 认真 切实 始终 坚持 加强 做好 做到 进行 落实 遵守 "
           "遵循 依法 依照 确保 保证 提交 报送 具备 具有 符合 满足 持有 取得 立即 注意 采取 建立 完善 按时 如实 充分 "
           "尽快 加快 进一步 不断 明确 服从 接受 承担 履行 执行 实行 实施 将 向 与 同 给 使 让 通过 提供 填写 携带 "
           "登记 申请 办理 缴纳 签订 签署 予以 高度 全面 牢固 深刻 紧紧 自觉 主动 及时 统一 重视 把握 抓好 抓住 "
           "强化 提高 增强 推进 推动 坚定 保持 树立 牢记 坚决 深入 大力 着力 努力 全力 始终坚持 一律 逐级 经由 事先 "
           "事前 亲自 当场 另行 重新 同时 共同 分别 专门 单独 优先 首先").split()
_VERBAL_SET = frozenset(_VERBAL)
_HAN_RUN = re.compile(f"[{HAN}]+")

EXAMPLES = {
    RULE: {
        "flag": ["截止2023年底，全市共有企业1200家。", "截止目前，已完成全部任务。", "各单位必需严格遵守保密规定。",
                 "申请人必需按时报送材料。", "必需经过审批。", "必需要加强管理。"],
        "noflag": ["报名于2023年5月1日截止。", "截止日期为5月1日。", "截止到2023年底，全市共有企业1200家。",
                   "截至目前，已完成全部任务。", "保障群众生活必需品供应。", "这是开展工作所必需的条件。",
                   "各单位必须严格遵守保密规定。", "安排必需经费。", "生产必需要素。"],
    },
}


def run(doc: Document, ctx: CheckContext) -> Iterable[Finding]:
    for para in published_paragraphs(doc):
        text = para.text
        if "截止" in text:
            for m in _JIEZHI.finditer(text):
                yield finding_at(para, m.start(), m.end(), rule=RULE, gate=TEXT_GATE, severity=REVIEW,
                                 message="“截止”后面不带时间宾语；表示“到某时为止”应写作“截至”（或“截止到”）",
                                 suggestion="截至", basis=BASIS)
        if "必需" in text:
            for start in _bixu_before_verb(text, ctx):
                yield finding_at(para, start, start + 2, rule=RULE, gate=TEXT_GATE, severity=REVIEW,
                                 message="“必需”意为“必不可少的”，修饰动词表示“一定要”应写作“必须”",
                                 suggestion="必须", basis=BASIS)


def _bixu_before_verb(text: str, ctx: CheckContext) -> Iterable[int]:
    """Offsets of 必需 cut as a word of its own and followed by a verbal word (必需经过, not 必需经费)."""
    for run_match in _HAN_RUN.finditer(text):
        if "必需" not in run_match.group():
            continue
        pos, tokens = run_match.start(), ctx.words.cut(run_match.group())
        for tok, nxt in zip(tokens, tokens[1:] + [""]):
            if tok == "必需" and _verbal(nxt) or tok == "必" and nxt.startswith("需要"):
                yield pos
            pos += len(tok)


def _verbal(token: str) -> bool:
    return token in _VERBAL_SET or any(token.startswith(v) for v in _VERBAL_SET if len(v) > 1)
