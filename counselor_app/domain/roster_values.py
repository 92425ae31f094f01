"""Parsers for the cell values of a school roster, as schools really write them.

Every parser takes one cell (str, int, float, date, datetime or None) and returns ``(value, error)``: ``error`` is
``None`` or an English :class:`Text` marked for translation in the "Roster" context, without placeholders, so the
caller can put it into a row message. An empty cell is never an error here: the parsers return ``None`` (or "")
and the caller decides whether the field is required.

Decisions, for the reader and for the people who write the help text:
- Width: full-width digits, letters and brackets are folded to half-width (NFKC) before anything else.
- Dates: a year and month only (2013-5, 2013年5月, 201305, as in a 出生年月 column) is read as the first day of
  that month; the day is unknown and day 1 is the usual convention of the 学籍 systems. Two-digit years are
  refused (13-5-12 is ambiguous). A time after the date (2013-05-12 00:00:00) is ignored. Excel serial numbers
  use the 1900 date system of Windows Excel; as numbers they are taken only from 10000 to 73050 (1927-05-18 to
  2099-12-31), so a bare year (2013) is an error, not a day in 1905. Years outside 1900-2100 are errors.
- Gender codes 1 and 2 follow GB/T 2261.1 (人的性别代码): 1 male, 2 female; 0 and 9 (unknown / not stated)
  are refused as unknown values rather than guessed.
- Phones: an 11-digit mobile (1[3-9]…) is kept as its digits; a landline must carry its area code and is written
  0551-12345678 (010 and 02x have 3-digit area codes, all other 0xxx codes 4 digits). +86 / 0086 prefixes go.
  Several numbers in one cell (separated by / , ; 、) are all checked and kept, joined with " / ".
- Student numbers stay text. A float from Excel is exact below 2**53 and becomes its digits; a string in
  scientific notation is accepted only when its digits are all there (2.023070101e+09), otherwise it is an error
  because Excel has already dropped digits (2.02307e+09). Floats of 15 digits or more are refused the same way.
- Grades and classes: see the section at the end (parse_class).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import lru_cache

from counselor_app.domain import staff_roles
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, Text

Parsed = tuple[object, Text | None]

NOT_A_DATE = QT_TRANSLATE_NOOP("Roster", "not a date (write it like 2013-05-12)")
IMPOSSIBLE_DATE = QT_TRANSLATE_NOOP("Roster", "there is no such day in the calendar")
DATE_OUT_OF_RANGE = QT_TRANSLATE_NOOP("Roster", "the year must be between 1900 and 2100")
BIRTH_NOT_PLAUSIBLE = QT_TRANSLATE_NOOP(
    "Roster", "not a plausible birth date for a student (in the future, or more than 80 years ago: a placeholder "
              "such as 1900-01-01?)")
UNKNOWN_GENDER = QT_TRANSLATE_NOOP("Roster", "unknown gender (use 男 or 女)")
BAD_PHONE = QT_TRANSLATE_NOOP(
    "Roster", "not a phone number (an 11-digit mobile number, or a landline with its area code)")
UNKNOWN_BOARDING = QT_TRANSLATE_NOOP("Roster", "unknown value (use 是 or 否)")
UNKNOWN_STATUS = QT_TRANSLATE_NOOP("Roster", "unknown status (use 在读, 休学, 停学, 毕业 or 转出)")
UNKNOWN_ROLE = QT_TRANSLATE_NOOP(
    "Roster", "unknown role (use 专职心理教师, 兼职心理教师, 班主任, 年级组长, 院系负责人, 辅导员 or 校领导)")
DIGITS_LOST = QT_TRANSLATE_NOOP(
    "Roster", "Excel has shortened this number and digits are lost; format the column as text and type it again")
BAD_STUDENT_NO = QT_TRANSLATE_NOOP("Roster", "not a valid student number")

# --- text ------------------------------------------------------------------------------------------------------

_SPACE = re.compile(r"\s+")
# control characters, spaces of every width, zero-width and direction marks, BOM: all become a plain space
_INVISIBLE = re.compile("[\x00-\x20\x7f-\xa0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f"
                        "\u3000\ufeff\ufff9-\ufffb]")
_CJK_SPACE = re.compile(r"(?<=[\u3000-\u9fff\uf900-\ufaff])\s+|\s+(?=[\u3000-\u9fff\uf900-\ufaff])")
_EXCEL_TEXT = re.compile(r'^="(.*)"$')  # ="00123": how some systems keep leading zeros in a csv
_is_normalized = unicodedata.is_normalized


def fold(value: object) -> str:
    """A cell as text: full-width folded to half-width, no control characters, trimmed. None → ""."""
    if value is None:
        return ""
    if type(value) is not str:
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        value = str(value)
    # Fast path, the usual cell (a name, digits, a date): already NFKC and printable. A printable string holds no
    # character of _INVISIBLE but the plain space, so normalizing and replacing would change nothing (checked over
    # all of Unicode in tests/domain/test_roster.py).
    if value.isprintable() and _is_normalized("NFKC", value):
        text = value.strip()
    else:
        text = _INVISIBLE.sub(" ", unicodedata.normalize("NFKC", value)).strip()
    if text[:1] == "=" and (match := _EXCEL_TEXT.match(text)):
        return match.group(1).strip()
    return text


def clean_text(value: object) -> str:
    """Names, dorms, relations: folded, spaces around Chinese characters removed (张  三 → 张三), runs of spaces
    between Latin words collapsed to one."""
    text = fold(value)
    if " " not in text:  # fold() leaves no whitespace but the plain space
        return text
    return _SPACE.sub(" ", _CJK_SPACE.sub("", text))


def is_blank(value: object) -> bool:
    return value is None or not fold(value)


def cell_text(value: object) -> str:
    """A cell as the file shows it, for a value the import could not read: a date cell as 2035-05-17 (with its
    time only when it has one), anything else folded as :func:`fold` does."""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return fold(value)


# --- dates -----------------------------------------------------------------------------------------------------

_EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 = 1900-01-01 once Excel's phantom 1900-02-29 (serial 60) is skipped
_DATE_PATTERNS = (
    re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})[日号]?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
)
_MONTH_PATTERNS = (re.compile(r"^(\d{4})[-/.年](\d{1,2})月?$"), re.compile(r"^(\d{4})(\d{2})$"))
_TIME_SUFFIX = re.compile(r"(?:\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$")
_SERIAL_TEXT = re.compile(r"\d{5}(\.\d+)?")
_SERIALS = (10000, 73050)  # 1927-05-18 .. 2099-12-31: smaller numbers (a bare year 2013) are not taken as dates


def excel_serial_to_date(serial: float) -> date | None:
    """The date of an Excel serial number (1900 system), or None when it cannot be a date of 1900-2100."""
    days = int(serial)
    if not 1 <= days <= _SERIALS[1]:
        return None
    if days < 60:
        return date(1899, 12, 31) + timedelta(days=days)
    if days == 60:  # 1900-02-29 exists only in Excel
        return None
    return _EXCEL_EPOCH + timedelta(days=days)


def _make_date(year: int, month: int, day: int) -> Parsed:
    if not 1900 <= year <= 2100:
        return None, DATE_OUT_OF_RANGE
    try:
        return date(year, month, day), None
    except ValueError:
        return None, IMPOSSIBLE_DATE


@lru_cache(maxsize=8192, typed=True)  # birth dates repeat: a school year has only 365 of them
def parse_birth_date(value: object, today: date | None = None) -> Parsed:
    """A student's birth date: a date (see parse_date) between 80 years ago and today. 1900-01-01 and dates in the
    future are placeholders or typing errors, not birth dates."""
    found, problem = parse_date(value)
    if problem is not None or found is None:
        return found, problem
    today = today or date.today()
    if found > today or found.year < today.year - 80:
        return None, BIRTH_NOT_PLAUSIBLE
    return found, None


def parse_date(value: object) -> Parsed:
    """A date from an Excel date cell, an Excel serial number or the ways people write dates."""
    if value is None:
        return None, None
    if isinstance(value, datetime):
        return _make_date(value.year, value.month, value.day)
    if isinstance(value, date):
        return _make_date(value.year, value.month, value.day)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 19000101 <= value <= 21001231 and float(value).is_integer():  # 20130512 typed as a number
            return parse_date(str(int(value)))
        found = excel_serial_to_date(value) if _SERIALS[0] <= value <= _SERIALS[1] else None
        return (found, None) if found else (None, NOT_A_DATE)
    text = fold(value)
    if ":" in text:
        text = _TIME_SUFFIX.sub("", text)
    if " " in text:
        text = _SPACE.sub("", text)
    if not text:
        return None, None
    for pattern in _DATE_PATTERNS:
        if match := pattern.match(text):
            return _make_date(*map(int, match.groups()))
    for pattern in _MONTH_PATTERNS:
        if match := pattern.match(text):
            year, month = map(int, match.groups())
            return _make_date(year, month, 1)
    if _SERIAL_TEXT.fullmatch(text):  # a serial number that came through a csv
        return parse_date(float(text))
    return None, NOT_A_DATE


# --- gender, boarding, status, roles -------------------------------------------------------------------------

_GENDER = {"男": "male", "男性": "male", "男生": "male", "m": "male", "male": "male", "1": "male",
           "女": "female", "女性": "female", "女生": "female", "f": "female", "female": "female", "2": "female"}
_BOARDING = {"是": True, "住校": True, "住宿": True, "住校生": True, "寄宿": True, "y": True, "yes": True,
             "1": True, "true": True, "√": True, "✓": True,
             "否": False, "走读": False, "走读生": False, "通校": False, "不住校": False, "n": False, "no": False,
             "0": False, "false": False, "×": False, "✗": False}
_STATUS = {"在读": "enrolled", "在籍": "enrolled", "在校": "enrolled", "在校生": "enrolled", "正常": "enrolled", "在籍在读": "enrolled",
           "enrolled": "enrolled", "休学": "on_leave", "onleave": "on_leave", "on_leave": "on_leave",
           "停学": "suspended", "suspended": "suspended", "毕业": "graduated", "已毕业": "graduated",
           "graduated": "graduated", "转出": "transferred", "已转出": "transferred", "转学": "transferred",
           "transferred": "transferred"}
STAFF_ROLE_WORDS = {
    "专职心理教师": "counselor_full", "专职心理老师": "counselor_full", "心理教师": "counselor_full",
    "心理老师": "counselor_full", "专职": "counselor_full", "兼职心理教师": "counselor_part",
    "兼职心理老师": "counselor_part", "兼职": "counselor_part", "班主任": "head_teacher", "年级组长": "grade_leader",
    "年级主任": "grade_leader", "院系负责人": "department_head", "系主任": "department_head", "院长": "department_head",
    "辅导员": "instructor", "校领导": "school_leader", "校长": "school_leader", "副校长": "school_leader",
    "书记": "school_leader"}
_ROLE_CODES = staff_roles.CODES
_LIST_SEPARATORS = re.compile(r"[,;/、|]+")


def _key(value: object) -> str:
    return _SPACE.sub("", fold(value)).lower()


@lru_cache(maxsize=1024, typed=True)  # a handful of distinct values, repeated on every row
def parse_gender(value: object) -> Parsed:
    """'male', 'female', or '' for an empty cell."""
    key = _key(value)
    if not key:
        return "", None
    found = _GENDER.get(key)
    return (found, None) if found else (None, UNKNOWN_GENDER)


@lru_cache(maxsize=1024, typed=True)  # a handful of distinct values, repeated on every row
def parse_boarding(value: object) -> Parsed:
    """True (boarder), False (day student), or None for an empty cell."""
    key = _key(value)
    if not key:
        return None, None
    found = _BOARDING.get(key)
    return (found, None) if found is not None else (None, UNKNOWN_BOARDING)


@lru_cache(maxsize=1024, typed=True)  # a handful of distinct values, repeated on every row
def parse_status(value: object) -> Parsed:
    """enrolled / on_leave / suspended / graduated / transferred, or None for an empty cell."""
    key = _key(value)
    if not key:
        return None, None
    found = _STATUS.get(key) or _STATUS.get(key.replace(" ", "_"))
    return (found, None) if found else (None, UNKNOWN_STATUS)


def parse_roles(value: object) -> Parsed:
    """A tuple of staff role codes from '班主任、兼职心理教师' or role codes; () for an empty cell."""
    roles: list[str] = []
    for part in _LIST_SEPARATORS.split(_key(value)):
        if not part:
            continue
        role = STAFF_ROLE_WORDS.get(part) or (part if part in _ROLE_CODES else None)
        if role is None:
            return None, UNKNOWN_ROLE
        if role not in roles:
            roles.append(role)
    return tuple(r for r in _ROLE_CODES if r in roles), None


# --- phones ----------------------------------------------------------------------------------------------------

_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_LANDLINE = re.compile(r"^0\d{9,11}$")
_PHONE_PUNCTUATION = re.compile(r"[\s\-()（）.]")
_PHONE_SEPARATORS = re.compile(r"[,;/、|]+|\s{2,}")


def _one_phone(text: str) -> str | None:
    digits = text if text.isdigit() else _PHONE_PUNCTUATION.sub("", text)
    if digits.startswith("+86"):
        digits = digits[3:]
    elif digits.startswith("0086"):
        digits = digits[4:]
    if _MOBILE.match(digits):
        return digits
    if _LANDLINE.match(digits):
        area = 3 if digits[1] in "12" else 4
        number = digits[area:]
        if 7 <= len(number) <= 8 and number[0] not in "01":
            return f"{digits[:area]}-{number}"
    return None


def parse_phone(value: object) -> Parsed:
    """A normalized phone number (or several joined by ' / '); '' for an empty cell."""
    text = fold(value)
    if not text:
        return "", None
    if text.isascii() and text.isdigit():  # the usual cell: one number
        phone = _one_phone(text)
        return (phone, None) if phone is not None else (None, BAD_PHONE)
    found = []
    for part in _PHONE_SEPARATORS.split(text):
        if part.strip():
            phone = _one_phone(part)
            if phone is None:
                return None, BAD_PHONE
            found.append(phone)
    return " / ".join(found), None


# --- student numbers -------------------------------------------------------------------------------------------

_SCIENTIFIC = re.compile(r"^\d(\.\d+)?e\+?\d+$", re.IGNORECASE)
_WHOLE_FLOAT_TEXT = re.compile(r"\d+\.0+")
_STUDENT_NO = re.compile(r"[0-9A-Za-z_\-]+")


def parse_student_no(value: object) -> Parsed:
    """The student number as text, with the digits Excel may have turned into a float recovered when they can be."""
    if value is None or isinstance(value, bool):
        return "", None
    if isinstance(value, float):
        if not value.is_integer() or value < 0:
            return None, BAD_STUDENT_NO
        if value >= 2 ** 53 or value >= 1e15:  # Excel keeps 15 significant digits
            return None, DIGITS_LOST
        return str(int(value)), None
    if isinstance(value, int):
        return (str(value), None) if value >= 0 else (None, BAD_STUDENT_NO)
    text = fold(value)
    # the usual cell: digits, or letters and digits not starting with a digit (2e10 is scientific notation)
    if text.isascii() and (text.isdigit() or (text.isalnum() and not text[0].isdigit())):
        return text, None
    text = _SPACE.sub("", text).lstrip("'")
    if _WHOLE_FLOAT_TEXT.fullmatch(text):
        return text.split(".")[0], None
    if _SCIENTIFIC.match(text):
        number = Decimal(text)
        mantissa = text.lower().split("e")[0].replace(".", "")
        if number != number.to_integral_value() or len(mantissa) < len(str(int(number))):
            return None, DIGITS_LOST
        return str(int(number)), None
    if not _STUDENT_NO.fullmatch(text):
        return (None, BAD_STUDENT_NO) if text else ("", None)
    return text, None


def parse_text(value: object) -> Parsed:
    return clean_text(value), None


# --- numbers written in Chinese --------------------------------------------------------------------------------

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
              "九": 9}


def chinese_number(text: str) -> int | None:
    """1-99 from 一, 十二, 二十, 二十三 or digits; None otherwise."""
    if text.isdecimal():
        return int(text)
    try:
        if "十" not in text:
            return _CN_DIGITS[text] if len(text) == 1 else None
        tens, _, ones = text.partition("十")
        value = (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)
        return value if len(tens) <= 1 and len(ones) <= 1 else None
    except KeyError:
        return None


# --- grades and classes ----------------------------------------------------------------------------------------
# Grade and class names as schools write them, reduced to one key per class.
#
# K-12 grades take the names the register uses (一年级 … 九年级, 高一 … 高三): 初一 / 初中一年级 / 7年级 are all
# 七年级, 高1 / 高中一年级 / 十年级 are all 高一. A numbered K-12 class is written ``<grade>(<n>)班``, so 七年级(3)班,
# 七年级（3）班, 七年级3班, 七年级03班, 初一3班, 初一(3), 七(3)班, and 3班 beside a 七年级 grade cell are one class.
# Every other class name (vocational 2023级计算机1班, universities' 软件工程2301班) is kept as written, with only
# full-width characters folded and spaces removed; its grade (or department) comes from the grade column, else from
# a leading K-12 grade or entry year (2023级) in the name.

K12_GRADE_NAMES = ("", "一年级", "二年级", "三年级", "四年级", "五年级", "六年级", "七年级", "八年级", "九年级",
                   "高一", "高二", "高三")

CLASS_NEEDS_GRADE = QT_TRANSLATE_NOOP(
    "Roster", "the class has only a number; add a grade column or write the class like 七年级(3)班")
CLASS_GRADE_CONFLICT = QT_TRANSLATE_NOOP("Roster", "the class belongs to another grade than the grade column says")

_CN = "一二三四五六七八九十两〇零"
_GRADE_PATTERNS = (
    (re.compile(r"^(?:小学)?([一二三四五六七八九]|[1-9])年级$"), 0),
    (re.compile(r"^(?:初中|初)([一二三]|[1-3])(?:年级)?$"), 6),
    (re.compile(r"^(?:高中|高)([一二三]|[1-3])(?:年级)?$"), 9),
    (re.compile(r"^(十[一二]?|1[0-2])年级$"), 0),
)
_BARE_GRADE = re.compile(r"^([一二三四五六七八九]|[1-9])$")  # only in 七(3)班
_LEADING_GRADE = re.compile(r"^(?:小学|初中|高中)?(?:[一二三四五六七八九]年级|[初高][一二三]|[1-9]年级)")
_ENTRY_YEAR = re.compile(r"^((?:19|20)\d{2})级")


@dataclass(frozen=True, slots=True)
class ClassRef:
    grade: str            # normalized grade (or department) name; "" when unknown
    name: str             # the class name, the same for every way of writing the same class
    number: int | None    # the class number of a numbered class, else None
    level: int            # K-12 grade 1..12; 0 for other grades and departments

    @property
    def key(self) -> tuple[str, str]:
        return self.grade, self.name


def grade_level(text: object, bare: bool = False) -> int:
    """The K-12 level (1..12) of a grade written in any usual way, or 0."""
    key = re.sub(r"\s+", "", fold(text))
    if bare and (match := _BARE_GRADE.match(key)):
        return chinese_number(match.group(1)) or 0
    for pattern, offset in _GRADE_PATTERNS:
        if match := pattern.match(key):
            return offset + (chinese_number(match.group(1)) or 0)
    return 0


def normalize_grade(text: object) -> tuple[str, int]:
    """(name, level): K-12 grades get the register's name; others are kept as written (spaces removed)."""
    level = grade_level(text)
    return (K12_GRADE_NAMES[level], level) if level else (re.sub(r"\s+", "", fold(text)), 0)


def _split_number(body: str) -> list[tuple[str, str, bool]]:
    """Ways to read ``body`` (the class without 班) as prefix + class number: (prefix, number, in brackets)."""
    if match := re.match(r"^(.*)\((\d{1,2}|[" + _CN + r"]{1,3})\)$", body):
        return [(match.group(1), match.group(2), True)]
    if match := re.match(r"^(.*?)(\d{1,2})$", body):  # 高11班: 高 + 11 does not read, 高1 + 1 does
        prefix, digits = match.groups()
        return [(prefix, digits, False)] + ([(prefix + digits[0], digits[1:], False)] if len(digits) == 2 else [])
    return [(body[:-k], body[-k:], False) for k in (1, 2, 3) if len(body) >= k and
            all(c in _CN for c in body[-k:])]


@lru_cache(maxsize=4096, typed=True)  # a roster repeats the same few hundred classes thousands of times
def parse_class(class_value: object, grade_value: object = None) -> tuple[ClassRef | None, Text | None]:
    """The class of a roster row from its class cell and, when the roster has one, its grade cell."""
    grade_name, grade_lvl = normalize_grade(grade_value)
    text = re.sub(r"\s+", "", fold(class_value)).replace("·", "")
    if not text:
        return None, None
    body = text[:-1] if text.endswith("班") else text
    for prefix, number_text, bracketed in _split_number(body):
        number = chinese_number(number_text)
        if not number:
            continue
        if not prefix:
            if not grade_name:
                return None, CLASS_NEEDS_GRADE
            if grade_lvl:
                return ClassRef(grade_name, f"{grade_name}({number})班", number, grade_lvl), None
            return ClassRef(grade_name, f"{number}班", number, 0), None
        level = grade_level(prefix, bare=bracketed)
        if not level:
            continue
        if grade_lvl and grade_lvl != level:
            return None, CLASS_GRADE_CONFLICT
        name = K12_GRADE_NAMES[level]
        return ClassRef(name, f"{name}({number})班", number, level), None
    label = text
    leading = _LEADING_GRADE.match(label)
    if leading and grade_lvl and grade_level(leading.group(0)) != grade_lvl:
        return None, CLASS_GRADE_CONFLICT
    if grade_name:
        return ClassRef(grade_name, label, None, grade_lvl), None
    if leading:
        name, level = normalize_grade(leading.group(0))
        return ClassRef(name, label, None, level), None
    if match := _ENTRY_YEAR.match(label):
        return ClassRef(match.group(0), label, None, 0), None
    return ClassRef("", label, None, 0), None
