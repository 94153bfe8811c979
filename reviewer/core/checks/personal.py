"""Personal information in the published text: 身份证号, bank card numbers, mobile numbers,
e-mail addresses, passport and 港澳台 permit numbers, and the 统一社会信用代码 of a
个体工商户 (which names a person).

Presidio's shape: a loose pattern finds a candidate, then a check digit, a plausibility test
and the words around it confirm it, drop it or lower its severity. A number is read as a
whole digit run (digits with single spaces or hyphens between groups), so an ID or card
number never yields a phone number cut out of it; masked numbers (`138****5678`) are left
alone, and so are landlines, hotlines, 文号, dates, amounts and standard numbers.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Iterable

from reviewer.core.checks import CheckContext
from reviewer.core.checks._textflow import blocks
from reviewer.core.checks._validators import (card_issuer, id18_shape, luhn_ok, mobile_prefix_ok, valid_id15,
                                              valid_id18, valid_uscc)
from reviewer.core.documents.model import Document
from reviewer.core.findings import BLOCK, INFO, REVIEW, Finding

GATE = "secrecy"
ID = "secrecy.personal.id"
BANKCARD = "secrecy.personal.bankcard"
MOBILE = "secrecy.personal.mobile"
EMAIL = "secrecy.personal.email"
PASSPORT = "secrecy.personal.passport"
PERMIT = "secrecy.personal.permit"
USCC = "secrecy.personal.uscc"

_SENSITIVE = "《中华人民共和国个人信息保护法》第二十八条（敏感个人信息）、第二十五条；《中华人民共和国政府信息公开条例》第十五条"
_ORDINARY = "《中华人民共和国个人信息保护法》第四条、第二十五条（不得公开其处理的个人信息）；《中华人民共和国政府信息公开条例》第十五条"
BASIS = {ID: _SENSITIVE, BANKCARD: _SENSITIVE, PASSPORT: _SENSITIVE, PERMIT: _SENSITIVE,
         MOBILE: _ORDINARY, EMAIL: _ORDINARY,
         USCC: "GB 32100-2015《法人和其他组织统一社会信用代码编码规则》；个体工商户的代码指向经营者本人："
               "《中华人民共和国个人信息保护法》第四条；《中华人民共和国政府信息公开条例》第十五条"}

# the text is normalised first: full-width digits are ASCII, letters lower case
_PREFILTER = re.compile(r"[0-9０-９]{5}|[0-9０-９]{3,4}[ \-－‐][0-9０-９]{4}|[@＠]")
_EDGE_BEFORE = r"(?<![0-9a-z*×•●■#_./\\])"
_EDGE_AFTER = r"(?![0-9a-z*×•●■#_\\]|\.\d|/\d)"
# a digit run: groups of digits with one space or hyphen between them, an ID's closing x
_RUN = re.compile(rf"{_EDGE_BEFORE}(?P<plus>\+\s?)?(?P<run>\d+(?:[ \-]\d+)*x?){_EDGE_AFTER}")
_EMAIL = re.compile(r"(?<![a-z0-9._%+\-])[a-z0-9][a-z0-9._%+\-]*@[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}")
_USCC = re.compile(rf"{_EDGE_BEFORE}[0-9a-y]{{2}}\d{{6}}[0-9a-y]{{10}}{_EDGE_AFTER}")
_PASSPORT = re.compile(rf"{_EDGE_BEFORE}(?:e[a-z0-9]\d{{7}}|[egdsph]\d{{8}}|[gdsp]\d{{7}}|1[45]\d{{7}}){_EDGE_AFTER}")
_PERMIT = re.compile(rf"{_EDGE_BEFORE}(?:c[a-z0-9]\d{{7}}|w\d{{8}}|[hm]\d{{8}}(?:\d{{2}})?){_EDGE_AFTER}")
# 台湾居民来往大陆通行证 (台胞证): eight digits, older ones ten with a check letter in brackets
_TW_PERMIT = re.compile(rf"{_EDGE_BEFORE}\d{{8}}(?:\d{{2}}(?:\([a-z]\))?)?{_EDGE_AFTER}")

_ID_WORDS = re.compile(r"身份证|身份号码|证件号|公民身份|居民身份|证号|身份证件")
_CARD_WORDS = re.compile(r"卡号|银行卡|借记卡|信用卡|储蓄卡|社保卡|账号|帐号|账户|帐户|开户|收款|汇入|转入|拨付至|打入|存入")
_ORG_ACCOUNT = re.compile(r"户名\s*[:]?[^,;。]{0,24}?(?:局|委员会|委|办公室|办|中心|公司|院|所|厅|政府|财政|学校|医院|银行|"
                          r"协会|学会|基金会|站|队|部|处|社|馆|会)|对公|单位账户|单位帐户|单位账号|收款单位|开户单位|"
                          r"基本户|基本账户|专户|零余额|国库")
# an office's published mailbox: 办公室邮箱, 投稿邮箱, 举报信箱
_OFFICE_MAILBOX = re.compile(r"(?:办公室|单位|工作|官方|投稿|举报|监督|政务|咨询|信息|宣传|服务|受理|申报|报送)(?:电子)?(?:邮箱|信箱)")
_USCC_WORDS = re.compile(r"信用代码|社会信用|纳税人识别号|税号|注册号|组织机构代码")
_PASSPORT_WORDS = re.compile(r"护照")
_PERMIT_WORDS = re.compile(r"通行证|往来港澳|港澳通行|回乡证|台胞证|来往大陆|来往内地|往来台湾|入台证|旅行证")
_TW_PERMIT_WORDS = re.compile(r"台胞证|台湾居民来往大陆|来往大陆通行证")
# what follows an amount, a quantity or a measurement
_UNIT_AFTER = re.compile(r"\s*(?:元|万|亿|千|百|美元|港元|人民币|吨|千克|公斤|克|平方|立方|米|亩|公顷|%|‰|人|户|个|件|"
                         r"次|台|辆|股|套|册|份|页|字|kb|mb|gb)")
_CONTEXT_BEFORE = 24
_HAS_LETTER = re.compile(r"[a-z]")


@dataclass
class Hit:
    rule: str
    severity: str
    start: int
    end: int
    what: str               # 身份证号 / 银联卡号 … for the message
    mask: str
    note: str = ""          # why the severity is lowered


def _mask(digits: str, keep_head: int, keep_tail: int) -> str:
    return digits[:keep_head] + "*" * max(0, len(digits) - keep_head - keep_tail) + digits[-keep_tail:]


def _card_mask(digits: str) -> str:
    return f"{digits[:4]} **** **** {digits[-4:]}"


def _groups(run: str) -> list[str]:
    return re.split(r"[ \-]", run)


def _before(text: str, start: int) -> str:
    return text[max(0, start - _CONTEXT_BEFORE):start]


def _id_hit(digits: str, start: int, end: int, text: str, on: dt.date) -> Hit | None:
    context = _before(text, start)
    if len(digits) == 18:
        if valid_id18(digits, on):
            if valid_uscc(digits) and _USCC_WORDS.search(context):
                return None
            return Hit(ID, BLOCK, start, end, "身份证号", _mask(digits.upper(), 6, 4))
        if id18_shape(digits, on) and _ID_WORDS.search(context):
            return Hit(ID, REVIEW, start, end, "身份证号", _mask(digits.upper(), 6, 4),
                       "校验位不符，可能是抄错的身份证号")
    elif len(digits) == 15 and _ID_WORDS.search(context) and valid_id15(digits, on):
        return Hit(ID, BLOCK, start, end, "15位身份证号", _mask(digits, 6, 3))
    return None


def _card_hit(digits: str, start: int, end: int, text: str) -> Hit | None:
    if not 16 <= len(digits) <= 19:
        return None
    context = _before(text, start)
    issuer = card_issuer(digits)
    mask = _card_mask(digits)
    if len(digits) == 18 and id18_shape(digits, dt.date.max) and not _CARD_WORDS.search(context):
        return None  # an ID number with a wrong check character (44…, 51…, 62… look like card prefixes)
    if luhn_ok(digits):
        if issuer is None:
            return Hit(BANKCARD, REVIEW, start, end, "银行卡号", mask, "通过卡号校验，但卡组织前缀不常见")
        if _ORG_ACCOUNT.search(context):
            return Hit(BANKCARD, REVIEW, start, end, issuer + "号", mask, "看来是单位账户，请确认不是个人账户")
        return Hit(BANKCARD, BLOCK, start, end, issuer + "号", mask)
    if issuer and _CARD_WORDS.search(context) and not _ORG_ACCOUNT.search(context):
        return Hit(BANKCARD, REVIEW, start, end, "银行账号", mask, "未通过卡号校验，可能是存折账号或抄错的卡号")
    return None


def _mobile_hit(groups: list[str], start: int, end: int, text: str) -> Hit | None:
    digits = "".join(groups)
    if len(digits) == 13 and digits.startswith("86") and groups[0] in ("86", digits):
        digits = digits[2:]
    elif len(digits) == 15 and digits.startswith("0086"):
        digits = digits[4:]
    shapes = ([11], [3, 4, 4], [3, 8], [7, 4], [2, 11], [2, 3, 4, 4], [4, 11], [13], [15])
    if [len(g) for g in groups] not in shapes or not mobile_prefix_ok(digits):
        return None
    if _UNIT_AFTER.match(text, end):
        return None  # 13500000000元: an amount
    return Hit(MOBILE, REVIEW, start, end, "手机号码", _mask(digits, 3, 4))


def _number_hits(text: str, on: dt.date) -> list[Hit]:
    hits: list[Hit] = []
    for m in _RUN.finditer(text):
        run = m.group("run")
        start, end = m.start("run"), m.end("run")
        groups = _groups(run)
        digits = "".join(groups)
        lengths = [len(g) for g in groups]
        hit = None
        if m.group("plus") is None and (len(groups) == 1 or lengths in ([6, 8, 4], [6, 4, 4, 4], [3, 3, 4, 4, 4])):
            hit = _id_hit(digits, start, end, text, on)
        if hit is None and len(groups) == 1 and len(digits) == 18 and valid_uscc(digits):
            hit = _uscc_hit(digits, start, end)  # 机关、事业单位 codes are often all digits
        if hit is None and digits.isdigit():
            card_shaped = (len(groups) == 1 or (all(n == 4 for n in lengths[:-1]) and 1 <= lengths[-1] <= 4)
                           or (len(groups) == 2 and lengths[0] == 6))
            if card_shaped and m.group("plus") is None:
                hit = _card_hit(digits, start, end, text)
            if hit is None:
                hit = _mobile_hit(groups, m.start(), end, text)
        if hit is None and len(groups) > 1 and " " in run:
            # numbers listed with spaces between them: 13812345678 13987654321
            pos = start
            for g in groups:
                g_start = text.index(g, pos)
                pos = g_start + len(g)
                one = _id_hit(g, g_start, pos, text, on) or (_mobile_hit([g], g_start, pos, text) if g.isdigit() else None)
                if one:
                    hits.append(one)
            continue
        if hit:
            hits.append(hit)
    return hits


def _letter_hits(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for m in _USCC.finditer(text) if _HAS_LETTER.search(text) else ():
        code = m.group().upper()
        if code.isdigit() or not valid_uscc(code):
            continue  # all-digit codes are read with the digit runs, where an ID number wins
        hits.append(_uscc_hit(code, m.start(), m.end()))
    for m in _EMAIL.finditer(text) if "@" in text else ():
        local, _, domain = m.group().partition("@")
        institutional = domain.endswith((".gov.cn", ".gov")) or bool(_OFFICE_MAILBOX.search(_before(text, m.start())))
        hits.append(Hit(EMAIL, INFO if institutional else REVIEW, m.start(), m.end(), "电子邮箱",
                        local[:1] + "***@" + domain, "看来是机关单位的工作邮箱，一般可公开；如为个人邮箱请遮盖"
                        if institutional else ""))
    for rx, words, rule, what in ((_PASSPORT, _PASSPORT_WORDS, PASSPORT, "护照号码"),
                                  (_PERMIT, _PERMIT_WORDS, PERMIT, "港澳台通行证件号码"),
                                  (_TW_PERMIT, _TW_PERMIT_WORDS, PERMIT, "台胞证号码")):
        if not words.search(text):
            continue
        for m in rx.finditer(text):
            if words.search(_before(text, m.start())):
                code = m.group().upper()
                hits.append(Hit(rule, REVIEW, m.start(), m.end(), what, _mask(code, 1, 2)))
    return hits


def _uscc_hit(code: str, start: int, end: int) -> Hit:
    if code.startswith("92"):
        return Hit(USCC, REVIEW, start, end, "个体工商户统一社会信用代码", code,
                   "个体工商户的代码对应经营者本人")
    return Hit(USCC, INFO, start, end, "统一社会信用代码", code, "单位的代码，可以公开")


def _overlaps(a: Hit, b: Hit) -> bool:
    return a.start < b.end and b.start < a.end


MESSAGES = {
    BLOCK: "{what}「{text}」：属于个人信息（{kind}），不得公开发布。请删除或遮盖",
    REVIEW: "{what}「{text}」{note}：公开个人信息须有法定依据或本人同意。请确认后删除或遮盖",
    INFO: "{what}「{text}」{note}",
}


def hits_in(text: str, on: dt.date) -> list[Hit]:
    """Every personal-information hit in one normalised text, overlaps resolved."""
    hits = _number_hits(text, on)
    hits += _letter_hits(text)
    rank = {BLOCK: 0, REVIEW: 1, INFO: 2}
    hits.sort(key=lambda h: (rank[h.severity], -(h.end - h.start)))
    kept: list[Hit] = []
    for h in hits:
        if not any(_overlaps(h, k) for k in kept):
            kept.append(h)
    return sorted(kept, key=lambda h: h.start)


def run(doc: Document, ctx: CheckContext) -> Iterable[Finding]:
    for block in blocks(doc, ctx):
        if not _PREFILTER.search(block.text):
            continue
        for h in hits_in(block.norm.text, ctx.date):
            kind = "敏感个人信息" if h.rule in (ID, BANKCARD, PASSPORT, PERMIT) else "个人信息"
            finding = block.finding(h.start, h.end, rule=h.rule, gate=GATE, severity=h.severity, message="",
                                    suggestion=f"遮盖为 {h.mask}" if h.rule != USCC or h.severity != INFO else None,
                                    basis=BASIS[h.rule], detail={"kind": h.what})
            note = f"（{h.note}）" if h.note else ""
            finding.message = MESSAGES[h.severity].format(what=h.what, text=finding.text, kind=kind, note=note)
            yield finding


# sample numbers made with the check-digit algorithms above; they belong to nobody
EXAMPLES = {
    ID: {
        "flag": [
            "申请人身份证号码：440305198506151233。", "身份证号 33010619780221007X", "身份证号 33010619780221007x",
            "证件号码：440305 19850615 1233", "440305198506151233", "公民身份号码４４０３０５１９８５０６１５１２３３",
            "身份证号码：440305198506151234", "身份证号：440305850615123",
        ],
        "noflag": [
            "身份证号码：440305********1233。", "身份证号码：4403051985****1233",
            "[2025-06-30] 编号110105203001010044", "批次号x440305198506151233", "流水号4403051985061512330",
            "编号440305850615123", "合同编号440305198506151234", "统一社会信用代码：124400004557582348",
        ],
    },
    BANKCARD: {
        "flag": [
            "补助资金已拨付至个人账户6214830176543210988。", "银行卡号：6225 8812 3456 7898",
            "开户行：中国工商银行，账号：9558801234567890128", "4367421234567896", "卡号：6225-8812-3456-7898",
            "户名：某某市财政局，账号：6228487654321019", "银行卡号：6222027654321010",
        ],
        "noflag": [
            "卡号：6222 **** **** 1234", "6222027654321010", "项目代码：2019-441900-13-01-004569",
            "身份证号码：440305198506151233", "ISBN 978-7-5117-1234-5",
        ],
    },
    MOBILE: {
        "flag": [
            "联系人：张某，联系电话：13812345678。", "电话：138-1234-5678", "+86 139 8765 4321", "手机：199 1234 5678",
            "8613812345678", "联系电话：13812345678 13987654321", "经办人电话１３８１２３４５６７８",
        ],
        "noflag": [
            "联系电话：138****5678", "联系电话：028-86012345", "(0898)65338888", "请拨打12345政务服务便民热线",
            "电话：01012345678", "14012345678", "19412345678", "预算13500000000元", "440305198506151233",
            "国办发〔2019〕3号", "GB/T 9704-2012", "6214830176543210988", "联系电话：0991-2817458 2316124（传真）",
            "编号A13812345678", "13812345678.5",
        ],
    },
    EMAIL: {
        "flag": ["联系人张某，邮箱 zhangsan@163.com", "请发送至 Li.Ming_1990@qq.com"],
        "noflag": ["政务邮箱：bgs@example.gov.cn", "电子版请发送至投稿邮箱tougao@example.com", "版本v1.2@build"],
    },
    PASSPORT: {
        "flag": ["护照号码：E12345678", "护照号：EA1234567"],
        "noflag": ["产品型号E12345678", "护照办理地点：出入境接待大厅"],
    },
    PERMIT: {
        "flag": ["往来港澳通行证号码：C12345678", "台胞证号码：12345678", "港澳居民来往内地通行证H12345678"],
        "noflag": ["通行证办理电话：87654321", "车辆通行证编号2023年第15号"],
    },
    USCC: {
        "flag": ["个体工商户统一社会信用代码：92440300MA5F12345Y"],
        "noflag": ["统一社会信用代码：91440300MA5D98765Y", "统一社会信用代码：9144030071526726XG",
                   "统一社会信用代码：92440300MA5F12345A"],
    },
}
