"""Check digits and plausibility tests for Chinese personal and organisation numbers.

- 公民身份号码: GB 11643-1999 (ISO 7064 MOD 11-2 check character, 0-9 or X).
- 统一社会信用代码: GB 32100-2015 (MOD 31 check character over 0-9 and A-Y without I O S V Z).
- Bank cards: ISO/IEC 7812 Luhn check digit; the issuer (BIN) prefix says what kind of card.
- Mobile numbers: the 11-digit segments MIIT has allocated to operators.
"""
from __future__ import annotations

import datetime as dt

# 省级行政区划代码 (GB/T 2260) and 81/82/83 for 港澳台居民居住证 numbers
PROVINCE_CODES = frozenset({11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
                            50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83})

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def id_check_char(first17: str) -> str:
    """The 18th character of a 公民身份号码 whose first 17 digits are given."""
    return _ID_CHECK[sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS)) % 11]


def plausible_region(code: str) -> bool:
    """The first six digits name a province that exists and are not all zero below it
    (港澳台居民居住证 use 810000 / 820000 / 830000)."""
    if len(code) < 6 or not code[:6].isdigit() or int(code[:2]) not in PROVINCE_CODES:
        return False
    return code[2:6] != "0000" or code[:2] in ("71", "81", "82", "83")


def birth_date(digits: str, century: str = "") -> dt.date | None:
    """YYYYMMDD (or YYMMDD with a century) as a date, or None when it is no real day."""
    text = century + digits
    try:
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return None


def plausible_birth(day: dt.date | None, on: dt.date) -> bool:
    return day is not None and dt.date(1900, 1, 1) <= day <= on


def valid_id18(number: str, on: dt.date) -> bool:
    """An 18-character 公民身份号码 with a real region, a real birth date not after `on`,
    and the right check character."""
    number = number.upper()
    if len(number) != 18 or not number[:17].isdigit() or number[17] not in "0123456789X":
        return False
    return (plausible_region(number) and plausible_birth(birth_date(number[6:14]), on)
            and id_check_char(number[:17]) == number[17])


def id18_shape(number: str, on: dt.date) -> bool:
    """Region and birth date of an 18-character number look like an ID, check character aside."""
    number = number.upper()
    return (len(number) == 18 and number[:17].isdigit() and number[17] in "0123456789X"
            and plausible_region(number) and plausible_birth(birth_date(number[6:14]), on))


def valid_id15(number: str, on: dt.date) -> bool:
    """A 15-digit 身份证号 of before 1999: region, YYMMDD of the 1900s, sequence; no check digit."""
    return (len(number) == 15 and number.isdigit() and plausible_region(number)
            and plausible_birth(birth_date(number[6:12], "19"), on))


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_check_digit(payload: str) -> str:
    """The digit that makes payload + digit pass Luhn."""
    for d in "0123456789":
        if luhn_ok(payload + d):
            return d
    raise AssertionError("unreachable")


def card_issuer(digits: str) -> str | None:
    """What kind of card the prefix says, for cards Chinese banks issue; None for an unknown prefix."""
    if digits.startswith("62"):
        return "银联卡"
    if digits.startswith(("60", "95")):
        return "银行卡"          # older domestic BINs: 601382 中国银行, 955880 工商银行, 95599 农业银行
    if digits.startswith("4") and len(digits) in (16, 19):
        return "Visa 卡"
    if (digits[:2] in ("51", "52", "53", "54", "55") or "2221" <= digits[:4] <= "2720") and len(digits) == 16:
        return "万事达卡"
    if digits.startswith("35"):
        return "JCB 卡"
    return None


# MIIT 号段: 13x; 145-149; 150-153, 155-159; 162, 165-167; 170-178; 18x; 190-193, 195-199
def mobile_prefix_ok(number: str) -> bool:
    if len(number) != 11 or not number.isdigit() or number[0] != "1":
        return False
    second, third = number[1], number[2]
    return {
        "3": True,
        "4": third in "56789",
        "5": third != "4",
        "6": third in "2567",
        "7": third in "012345678",
        "8": True,
        "9": third != "4",
    }.get(second, False)


_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def uscc_check_char(first17: str) -> str | None:
    if any(c not in _USCC_CHARS for c in first17):
        return None
    total = sum(_USCC_CHARS.index(c) * w for c, w in zip(first17, _USCC_WEIGHTS))
    return _USCC_CHARS[(31 - total % 31) % 31]


def valid_uscc(code: str) -> bool:
    """A 统一社会信用代码: registration authority, a six-digit region code, and the check character."""
    code = code.upper()
    if len(code) != 18 or code[0] not in "123456789ANY" or not code[2:8].isdigit():
        return False
    if int(code[2:4]) not in PROVINCE_CODES and code[2:4] != "10":  # 10: central registration
        return False
    return uscc_check_char(code[:17]) == code[17]
