"""发文字号 (GB/T 9704-2012 7.2.4): 发文机关代字 + 年份 + 发文顺序号, e.g. 国办发〔2023〕12号. The year
is written in full inside 六角括号 〔〕; the number has no leading zero and no 第.

Found wherever a 文号 stands (the document head, citations such as 依据《…》（X发〔2020〕3号）):
a Han character (the end of the 机关代字) directly before a bracketed year, then the number
and 号. Court case numbers such as （2023）京01民初123号 legitimately put the year in （）
(《关于人民法院案件案号的若干规定》), but a court or case-type code follows their bracket, not a bare
number, so they do not match.
"""
from __future__ import annotations

import re
from typing import Iterable

from reviewer.core.checks import CheckContext
from reviewer.core.checks._textkit import TEXT_GATE, ascii_digits, flow_finding, flows, is_han
from reviewer.core.documents.model import Document
from reviewer.core.findings import REVIEW, Finding

RULE = "text.docnumber"
BASIS = "GB/T 9704-2012《党政机关公文格式》7.2.4：年份应标全称，用六角括号“〔〕”括入；发文顺序号不加“第”字，不编虚位"

_OPEN = "〔[(（【［﹝〖〘{｛"
_CLOSE = "〕])）】］﹞〗〙}｝"
_DOCNUMBER = re.compile(
    rf"(?P<open>[{re.escape(_OPEN)}])\s*(?P<year>\d{{2,4}})\s*(?P<close>[{re.escape(_CLOSE)}])"
    rf"\s*(?P<di>第)?\s*(?P<num>\d{{1,5}})\s*号")

EXAMPLES = {
    RULE: {
        "flag": ["国办发[2023]12号", "根据《关于加强管理的通知》（财办发（2022）5号）要求。", "粤府函(2021)88号",
                 "国发〔2023〕第12号", "国发〔2023〕012号", "川办函【2022】89号", "国发﹝2019﹞3号", "国发〔19〕3号"],
        "noflag": ["国办发〔2023〕12号", "依据《通知》（国办公开办函〔2021〕30号）等规定。",
                   "北京市第一中级人民法院（2023）京01民初123号民事判决书", "（2023）穗仲案字第123号",
                   "全年(2023)共完成12项", "见附件(2023年度)"],
    },
}


def run(doc: Document, ctx: CheckContext) -> Iterable[Finding]:
    for flow in flows(doc):
        if "号" not in flow.text:
            continue
        text = ascii_digits(flow.text)
        for m in _DOCNUMBER.finditer(text):
            problems = _problems(m)
            if not problems or not is_han(text[max(0, m.start() - 20):m.start()].rstrip()[-1:]):
                continue  # a 文号 follows its 机关代字
            year = m.group("year")
            right = f"〔{year}〕{int(m.group('num'))}号" if len(year) == 4 else None
            message = "发文字号不规范：" + "；".join(problems) + (f"，应写作“{right}”" if right else "")
            yield flow_finding(flow, m.start("open"), m.end(), rule=RULE, gate=TEXT_GATE, severity=REVIEW,
                             message=message, suggestion=right, basis=BASIS)


def _problems(m: re.Match) -> list[str]:
    problems = []
    if m.group("open") != "〔" or m.group("close") != "〕":
        bracket = m.group("open") + m.group("close")
        if bracket in ("﹝﹞", "〖〗", "〘〙"):
            problems.append(f"年份外的“{bracket}”是形近字符，应为六角括号“〔〕”")
        else:
            problems.append(f"年份应使用六角括号“〔〕”，不用“{bracket}”")
    if len(m.group("year")) != 4:
        problems.append("年份应标全称（四位数字）")
    if m.group("di"):
        problems.append("发文顺序号前不加“第”字")
    if len(m.group("num")) > 1 and m.group("num").startswith("0"):
        problems.append("发文顺序号不编虚位（不加前导“0”）")
    return problems
