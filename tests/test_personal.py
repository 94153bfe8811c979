"""Personal information: validators (GB 11643 check character, Luhn, GB 32100, region codes,
birth dates, mobile segments), digit boundaries, masks, severities, and the parts of a
document it is found in. Test numbers are generated here from the algorithms."""
from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest

from reviewer.core.checks import personal
from reviewer.core.checks._validators import (PROVINCE_CODES, birth_date, card_issuer, id_check_char, luhn_check_digit,
                                              luhn_ok, mobile_prefix_ok, plausible_region, uscc_check_char, valid_id15,
                                              valid_id18, valid_uscc)
from reviewer.core.documents.model import Document
from reviewer.core.documents.text import from_string
from reviewer.core.examples import iter_examples, run_example
from reviewer.core.findings import BLOCK, INFO, REVIEW

DAY = dt.date(2025, 6, 30)
SHARED = next((p / "shared" for p in Path(__file__).resolve().parents if (p / "shared" / "corpus").is_dir()),
              Path("/nonexistent"))
REGIONS = ("110101", "310104", "440305", "510681", "650102", "330106", "210203", "460105")


def make_id(rng: random.Random, birth: dt.date | None = None, region: str | None = None) -> str:
    birth = birth or dt.date(1930, 1, 1) + dt.timedelta(days=rng.randrange(30000))
    body = (region or rng.choice(REGIONS)) + birth.strftime("%Y%m%d") + f"{rng.randrange(1000):03d}"
    return body + id_check_char(body)


def make_card(rng: random.Random, prefix: str, length: int) -> str:
    payload = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    return payload + luhn_check_digit(payload)


def wrong_check(number: str) -> str:
    last = number[-1]
    return number[:-1] + ("0" if last in "9X" else str(int(last) + 1))


def _personal(checker, doc, date=DAY):
    saved = checker.options.date, checker.options.today
    checker.options.date = checker.options.today = date
    try:
        found = checker.check_document(doc).findings
    finally:
        checker.options.date, checker.options.today = saved
    return [f for f in found if f.rule.startswith("secrecy.personal")]


def _text(checker, text, date=DAY):
    return _personal(checker, from_string(text), date)


def _loud(found):
    return [(f.rule, f.severity, f.text) for f in found if f.severity != INFO]


# ------------------------------------------------------------------ the rule's own examples

def _cases():
    from reviewer.core.engine import Checker, CheckOptions
    return [c for c in iter_examples(Checker(CheckOptions())) if c.where.startswith("reviewer.core.checks.personal")]


@pytest.mark.parametrize("case", _cases(), ids=lambda c: f"{c.label}:{'flag' if c.must_flag else 'noflag'}:{c.text[:20]}")
def test_examples(checker, case):
    problem, _ = run_example(checker, case)
    assert problem is None, problem


def test_example_numbers_are_valid_by_the_algorithms():
    # the module's flag examples must be right by construction, not by accident
    assert valid_id18("440305198506151233", DAY) and valid_id18("33010619780221007X", DAY)
    assert luhn_ok("6214830176543210988") and luhn_ok("9558801234567890128") and luhn_ok("4367421234567896")
    assert valid_uscc("92440300MA5F12345Y") and not valid_uscc("92440300MA5F12345A")


# ------------------------------------------------------------------ validators

def test_id_check_character_of_the_standard_example():
    # GB 11643-1999 gives 11010519491231002X as its worked example
    assert id_check_char("11010519491231002") == "X"
    assert valid_id18("11010519491231002X", DAY) and valid_id18("11010519491231002x", DAY)


def test_every_single_digit_change_breaks_the_id_check():
    # MOD 11-2 catches every single-digit error: no changed digit keeps the check character
    number = make_id(random.Random(1))
    for i in range(17):
        for d in "0123456789":
            if d != number[i]:
                changed = number[:i] + d + number[i + 1:]
                assert id_check_char(changed[:17]) != number[17]
    assert not valid_id18(wrong_check(number), DAY)


def test_region_codes():
    assert all(plausible_region(f"{p}0101") for p in PROVINCE_CODES if p not in (71, 81, 82, 83))
    assert plausible_region("810000") and plausible_region("830000")
    for bad in ("000000", "100101", "160101", "200101", "660101", "910101", "990101", "440000"):
        assert not plausible_region(bad), bad


def test_birth_dates():
    assert birth_date("19900228") == dt.date(1990, 2, 28)
    assert birth_date("19900230") is None and birth_date("19901301") is None and birth_date("19900000") is None
    assert birth_date("000229", "20") == dt.date(2000, 2, 29)
    rng = random.Random(2)
    assert not valid_id18(make_id(rng, dt.date(1899, 12, 31)), DAY)
    assert valid_id18(make_id(rng, dt.date(1900, 1, 1)), DAY)
    born = dt.date(2025, 7, 1)
    assert not valid_id18(make_id(rng, born), DAY) and valid_id18(make_id(rng, born), dt.date(2025, 7, 1))


def test_fifteen_digit_ids():
    assert valid_id15("440305850615123", DAY)
    assert not valid_id15("440305851315123", DAY)        # month 13
    assert not valid_id15("990305850615123", DAY)        # no such province


def test_luhn():
    assert luhn_ok("79927398713") and not luhn_ok("79927398710")
    rng = random.Random(3)
    for _ in range(200):
        card = make_card(rng, "62", rng.choice([16, 17, 18, 19]))
        assert luhn_ok(card) and not luhn_ok(wrong_check(card))


def test_card_issuers():
    assert card_issuer("6222021234567890128") == "银联卡"
    assert card_issuer("9558801234567890128") == "银行卡"
    assert card_issuer("4367421234567896") == "Visa 卡"
    assert card_issuer("5309301234567890") == "万事达卡" and card_issuer("2221001234567890") == "万事达卡"
    assert card_issuer("1234567890123456") is None and card_issuer("3012345678901234") is None


ALLOCATED = ["13" + d for d in "0123456789"] + ["145", "146", "147", "148", "149"] + \
    ["15" + d for d in "01235689"] + ["157", "162", "165", "166", "167"] + ["17" + d for d in "012345678"] + \
    ["18" + d for d in "0123456789"] + ["19" + d for d in "01235689"] + ["197"]
UNALLOCATED = ["100", "110", "120", "140", "141", "142", "143", "144", "154", "160", "161", "163", "164", "168",
               "169", "179", "194"]


def test_mobile_segments():
    for prefix in ALLOCATED:
        assert mobile_prefix_ok(prefix + "12345678"), prefix
    for prefix in UNALLOCATED:
        assert not mobile_prefix_ok(prefix + "12345678"), prefix
    assert not mobile_prefix_ok("1381234567") and not mobile_prefix_ok("138123456789")


def test_uscc_check_character():
    rng = random.Random(4)
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    for _ in range(100):
        body = rng.choice("159") + rng.choice("123") + rng.choice(REGIONS) + "".join(rng.choice(chars) for _ in range(9))
        code = body + uscc_check_char(body)
        assert valid_uscc(code)
        other = next(c for c in chars if c != code[-1])
        assert not valid_uscc(code[:-1] + other)
    assert uscc_check_char("9144030071526726I") is None   # I is not in the code's alphabet


# ------------------------------------------------------------------ findings: IDs

def test_generated_ids_block_and_corrupted_ones_do_not(checker):
    rng = random.Random(5)
    for _ in range(40):
        number = make_id(rng)
        found = _text(checker, f"申请人{number}，特此证明。")
        assert [(f.rule, f.severity, f.text) for f in found] == [(personal.ID, BLOCK, number)]
        assert found[0].suggestion == f"遮盖为 {number[:6]}{'*' * 8}{number[-4:]}"
        assert "第二十八条" in found[0].basis and "第十五条" in found[0].basis
        # a wrong check character with no word saying what it is: no finding at all (not even a
        # card, though 44…, 51… and 62… are card prefixes too)
        assert _loud(_text(checker, f"编号{wrong_check(number)}")) == []


def test_corrupted_id_next_to_its_label_is_review(checker):
    number = wrong_check(make_id(random.Random(6)))
    f, = _text(checker, f"身份证号码：{number}")
    assert f.rule == personal.ID and f.severity == REVIEW


def test_id_born_after_the_document_date_is_no_id(checker):
    number = make_id(random.Random(7), dt.date(2026, 3, 1))
    assert _loud(_text(checker, f"证书编号{number}", date=dt.date(2025, 6, 30))) == []
    assert _loud(_text(checker, f"身份证号{number}", date=dt.date(2026, 6, 30))) == [(personal.ID, BLOCK, number)]


def test_id_date_comes_from_the_document(checker):
    number = make_id(random.Random(8), dt.date(2024, 3, 1))
    text = f"关于某事的通知\n申请人身份证号码：{number}。\n某某局\n2023年5月1日"
    assert _loud(_text(checker, text, date=dt.date(2025, 6, 30))) == []


@pytest.mark.parametrize("wrap", ["x{}", "{}5", "A{}", "{}b", "1{}", "{}-7", "{}.5"])
def test_digit_boundaries_keep_an_id_whole(checker, wrap):
    number = make_id(random.Random(9))
    text = "编号" + wrap.format(number)
    assert [f for f in _text(checker, text) if f.rule == personal.ID] == []


def test_id_with_spaces_and_full_width_digits(checker):
    number = make_id(random.Random(10))
    spaced = f"{number[:6]} {number[6:14]} {number[14:]}"
    full = number.translate(str.maketrans("0123456789X", "０１２３４５６７８９Ｘ"))
    for shown in (spaced, full):
        f, = _text(checker, f"身份证号：{shown}。")
        assert f.rule == personal.ID and f.severity == BLOCK and f.text == shown


def test_fifteen_digit_id_needs_its_label(checker):
    assert _loud(_text(checker, "身份证号：440305850615123")) == [(personal.ID, BLOCK, "440305850615123")]
    assert _loud(_text(checker, "批准文号440305850615123")) == []


@pytest.mark.parametrize("masked", ["440305********1233", "4403051985****1233", "440305198506****33",
                                    "440305××××××××1233", "440305XXXXXXXX1233"])
def test_masked_ids_are_no_finding(checker, masked):
    assert _loud(_text(checker, f"身份证号码：{masked}")) == []


# ------------------------------------------------------------------ findings: bank cards

@pytest.mark.parametrize("prefix, length", [("622202", 19), ("622848", 19), ("621700", 19), ("622588", 16),
                                            ("625807", 16), ("955880", 19), ("601382", 19), ("436742", 16),
                                            ("531693", 16)])
def test_generated_cards_block(checker, prefix, length):
    card = make_card(random.Random(prefix), prefix, length)
    found = _text(checker, f"补助资金已拨付至{card}。")
    assert [(f.rule, f.severity, f.text) for f in found] == [(personal.BANKCARD, BLOCK, card)]
    assert found[0].suggestion.startswith("遮盖为 " + card[:4]) and found[0].suggestion.endswith(card[-4:])


def test_spaced_and_hyphenated_cards(checker):
    card = make_card(random.Random(11), "622202", 19)
    for shown in (" ".join(card[i:i + 4] for i in range(0, 19, 4)), "-".join(card[i:i + 4] for i in range(0, 19, 4)),
                  f"{card[:6]} {card[6:]}"):
        f, = _text(checker, f"卡号：{shown}")
        assert f.rule == personal.BANKCARD and f.severity == BLOCK and f.text == shown


def test_card_severity_follows_issuer_and_context(checker):
    rng = random.Random(12)
    unknown = make_card(rng, "1234", 16)
    assert _loud(_text(checker, unknown)) == [(personal.BANKCARD, REVIEW, unknown)]
    unionpay = make_card(rng, "6228", 19)
    org = _text(checker, f"户名：某某市财政局，开户行：某银行，账号：{unionpay}")
    assert [(f.rule, f.severity) for f in org] == [(personal.BANKCARD, REVIEW)]
    failing = wrong_check(unionpay)
    assert _loud(_text(checker, f"编号{failing}")) == []
    assert _loud(_text(checker, f"银行卡号：{failing}")) == [(personal.BANKCARD, REVIEW, failing)]


def test_masked_cards_are_no_finding(checker):
    for masked in ("6222 **** **** 1234", "6222********1234", "622202*********0128"):
        assert _loud(_text(checker, f"卡号：{masked}")) == []


def test_card_never_yields_a_phone(checker):
    rng = random.Random(13)
    for _ in range(50):
        card = make_card(rng, "6213812", 19)
        assert [f.rule for f in _text(checker, f"账户{card}")] == [personal.BANKCARD]


# ------------------------------------------------------------------ findings: phones and others

@pytest.mark.parametrize("shown", ["13812345678", "138-1234-5678", "138 1234 5678", "+86 13812345678",
                                   "+86-138-1234-5678", "8613812345678", "１３８１２３４５６７８"])
def test_mobile_forms_are_review(checker, shown):
    f, = _text(checker, f"联系电话：{shown}。")
    assert f.rule == personal.MOBILE and f.severity == REVIEW
    assert f.suggestion == "遮盖为 138****5678"


def test_mobile_is_never_cut_from_an_id(checker):
    rng = random.Random(14)
    for _ in range(100):
        number = make_id(rng, region="513812")   # the region holds a phone-like 138…
        assert [f.rule for f in _text(checker, number)] in ([personal.ID], [])


@pytest.mark.parametrize("text", ["联系电话：028-86012345", "(0898)65338888", "请拨打12345热线", "电话：010-12345678",
                                  "传真：68724683", "联系电话：0991-2817458 2316124（传真）", "138****5678",
                                  "手机：138xxxx5678", "项目资金13800000000元", "统计人口13812345678人",
                                  "国办发〔2019〕3号", "GB/T 9704-2012", "ISBN 978-7-5117-1234-5",
                                  "2023年5月1日", "面积1381.2345678公顷"])
def test_not_personal_information(checker, text):
    assert _loud(_text(checker, text)) == []


def test_two_mobiles_separated_by_a_space(checker):
    found = _text(checker, "联系电话：13812345678 13987654321")
    assert [(f.rule, f.text) for f in found] == [(personal.MOBILE, "13812345678"), (personal.MOBILE, "13987654321")]


def test_email(checker):
    f, = _text(checker, "联系人张某，邮箱 Zhang.San@163.com")
    assert f.rule == personal.EMAIL and f.severity == REVIEW and f.suggestion == "遮盖为 z***@163.com"
    assert [f.severity for f in _text(checker, "政务邮箱：bgs@example.gov.cn")] == [INFO]


def test_passport_and_permits_need_their_words(checker):
    assert _loud(_text(checker, "护照号码：E12345678")) == [(personal.PASSPORT, REVIEW, "E12345678")]
    assert _loud(_text(checker, "往来港澳通行证：C12345678")) == [(personal.PERMIT, REVIEW, "C12345678")]
    assert _loud(_text(checker, "型号E12345678、C12345678")) == []


def test_uscc_of_a_sole_trader_is_review_and_of_an_organisation_info(checker):
    rng = random.Random(15)
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    org = "91440300" + "".join(rng.choice(chars) for _ in range(9))
    org += uscc_check_char(org)
    sole = "92440300" + "".join(rng.choice(chars) for _ in range(9))
    sole += uscc_check_char(sole)
    assert [(f.rule, f.severity) for f in _text(checker, f"统一社会信用代码：{org}")] == [(personal.USCC, INFO)]
    assert [(f.rule, f.severity) for f in _text(checker, f"统一社会信用代码：{sole}")] == [(personal.USCC, REVIEW)]


# ------------------------------------------------------------------ parts of a document

def test_numbers_in_tables_headers_and_pdf_pages(checker):
    rng = random.Random(16)
    number, card = make_id(rng), make_card(rng, "622202", 19)
    doc = Document(path="<t>", kind="docx", sha256="")
    doc.part("header", 1).add("经办人：张某 13812345678")
    doc.part("body", None).add("关于某事的通知")
    table = doc.part("table", 1)
    table.add("身份证号")
    table.add(number)
    found = {(f.location.part, f.rule, f.severity) for f in _personal(checker, doc)}
    assert found == {("header", personal.MOBILE, REVIEW), ("table", personal.ID, BLOCK)}

    pdf = Document(path="<t.pdf>", kind="pdf", sha256="", pages=1)
    page = pdf.part("page", 1)
    page.add("关于某事的通知", page=1)
    page.add("根据申请人提交的材料，补助资金已于本月拨付至其个人账户，账号为" + card[:8], page=1)
    page.add(card[8:] + "，请及时查收。", page=1)
    f, = _personal(checker, pdf)
    assert f.rule == personal.BANKCARD and f.severity == BLOCK
    assert f.location.part == "page" and f.location.paragraph == 1 and f.text == card


def test_location_points_at_the_number(checker):
    number = make_id(random.Random(17))
    text = f"第一行\n　　申请人身份证号码：{number}。"
    f, = _text(checker, text)
    line = text.split("\n")[1]
    assert f.location.paragraph == 1 and line[f.location.start:f.location.end] == number


# ------------------------------------------------------------------ real documents

def _corpus():
    """The real documents copied into tests/fixtures (always), and the shared corpus where it
    lies beside the repository."""
    folders = [Path(__file__).resolve().parent / "fixtures" / "corpus", SHARED / "corpus"]
    return sorted(p for folder in folders if folder.is_dir() for p in folder.glob("*.txt")
                  if not p.name.endswith(".source.txt"))


def test_no_block_on_real_published_documents(checker):
    from reviewer.core.documents import load_document
    for path in _corpus():
        found = _personal(checker, load_document(path))
        assert [f for f in found if f.severity == BLOCK] == [], path.name
