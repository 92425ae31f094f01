"""Grade and class names one school year later, in the school's own way of writing them. Pure functions.

Decisions (the year rollover relies on them; tests/domain/test_rollover.py shows every style):
- A grade name is advanced in its own style: 七年级 → 八年级, 7年级 → 8年级, 初一 → 初二, 初1 → 初2, 初一年级 → 初二年级,
  高一 → 高二, 高中一年级 → 高中二年级, 小学一年级 → 小学二年级, 十年级 → 十一年级.
- Crossing a stage keeps the style where the style has one: 六年级 → 七年级, 小学六年级 → 初中一年级,
  初三 → 高一, 初中三年级 → 高中一年级. Schools that write 七年级…九年级 call the senior grades 高一…高三 (so does the
  roster import), hence 九年级 → 高一 and 9年级 → 高1.
- A class name that starts with its grade (七年级(3)班, 初一3班, 七(3)班, 高中一年级2班) gets the advanced grade in
  the same style (八年级(3)班, 初二3班, 八(3)班, 高中二年级2班), so that next year's roster from the student-status
  system, which names the class 八年级(3)班, finds the same class again. Any other name (3班, 实验班, 火箭班,
  2023级计算机1班) is kept as it is.
- Grades named after a cohort (2024级 = entry year, 2027届 = year of graduation) are never renamed: the grade keeps
  its name and its level goes up by one.
- A class that graduates into the archived grade 2027届 takes the cohort in front of its name (高三(1)班 →
  2027届高三(1)班; a name without its grade gets both: 实验班 of 高三 → 2027届高三实验班), so that the name alone
  never means the current class of that grade: an export of the register imports into the same classes again (the
  roster import reads a leading 高三 as the grade), and 高三(1)班 finds this year's class only. A name that already
  shows its cohort (2024级计算机1班) is kept.
"""
from __future__ import annotations

import re

from counselor_app.domain.roster_values import K12_GRADE_NAMES, chinese_number, grade_level

_CN = ("", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")
_FULL = re.compile(r"^(?P<stage>小学|初中|高中)?(?P<num>[一二三四五六七八九十]{1,3}|\d{1,2})年级$")
_SHORT = re.compile(r"^(?P<stage>[初高])(?P<num>[一二三]|\d)(?P<suffix>年级)?$")
_BARE = re.compile(r"^(?P<num>[一二三四五六七八九]|\d)$")
_STAGE_OFFSET = {"小学": 0, "初中": 6, "高中": 9, "初": 6, "高": 9}
# The grade at the start of a class name: 七年级, 7年级, 小学三年级, 初中一年级, 初一, 初一年级, 高1, or 七 before "(".
_CLASS_PREFIX = re.compile(r"^(?:(?:小学|初中|高中)?(?:[一二三四五六七八九十]{1,3}|\d{1,2})年级|[初高](?:[一二三]|\d)(?:年级)?"
                           r"|[一二三四五六七八九](?=[(（]))")
_COHORT = re.compile(r"^((?:19|20)\d{2})\s*(级|届)")


def _number(text: str, digits: bool, n: int) -> str:
    return str(n) if digits else _CN[n]


def _senior(digits: bool, level_to: int) -> str:
    return "高" + _number("", digits, level_to - 9)


def advance_grade_name(name: str, level_to: int) -> str | None:
    """``name`` (a K-12 grade in one of the usual styles) written for ``level_to`` in the same style, or None."""
    if not 1 <= level_to <= 12:
        return None
    if m := _FULL.match(name):
        digits, stage = m["num"].isdigit(), m["stage"]
        current = chinese_number(m["num"]) or 0
        if stage:
            stage_to = "小学" if level_to <= 6 else "初中" if level_to <= 9 else "高中"
            return f"{stage_to}{_number('', digits, level_to - _STAGE_OFFSET[stage_to])}年级"
        if level_to <= 9 or current >= 10:
            return f"{_number('', digits, level_to)}年级"
        return _senior(digits, level_to)
    if m := _SHORT.match(name):
        digits, suffix = m["num"].isdigit(), m["suffix"] or ""
        if level_to <= 6:
            return None
        stage_to = "初" if level_to <= 9 else "高"
        return f"{stage_to}{_number('', digits, level_to - _STAGE_OFFSET[stage_to])}{suffix}"
    if m := _BARE.match(name):
        digits = m["num"].isdigit()
        return _number("", digits, level_to) if level_to <= 9 else _senior(digits, level_to)
    return None


def next_grade_name(name: str, level_to: int) -> str:
    """The name for a grade of ``level_to`` written like ``name``; the register's usual name when no style is seen."""
    return advance_grade_name(name, level_to) or K12_GRADE_NAMES[level_to]


def next_class_name(class_name: str, level_from: int, level_to: int) -> str:
    """The class name one grade up: the grade at its start advanced in the same style; other names unchanged."""
    m = _CLASS_PREFIX.match(class_name)
    if not m:
        return class_name
    prefix = m.group(0)
    bare = not prefix.endswith("年级") and len(prefix) == 1
    if grade_level(prefix, bare=bare) != level_from:
        return class_name  # the name speaks of another grade than the class is in: leave it to the office
    advanced = advance_grade_name(prefix, level_to)
    return advanced + class_name[len(prefix):] if advanced else class_name


def cohort_year(name: str) -> tuple[int, str] | None:
    """(year, "级" or "届") when ``name`` begins with a cohort year: 2024级 (entered 2024), 2027届 (graduates 2027)."""
    m = _COHORT.match(name.strip())
    return (int(m.group(1)), m.group(2)) if m else None


_ENTRY_ANYWHERE = re.compile(r"((?:19|20)\d{2})\s*(级|届)")


def graduated_class_name(class_name: str, grade_name: str, graduation_grade: str) -> str:
    """The name of a class archived in ``graduation_grade`` (2027届): 高三(1)班 → 2027届高三(1)班, 实验班 (of 高三) →
    2027届高三实验班; a name that already shows a cohort year (2024级计算机1班) stays."""
    if _ENTRY_ANYWHERE.search(class_name):
        return class_name
    if class_name.startswith(grade_name) or _CLASS_PREFIX.match(class_name):
        return graduation_grade + class_name
    return graduation_grade + grade_name + class_name
_YEAR_AND_NUMBER = re.compile(r"(\d{2})(\d{2})班?$")   # 软件工程2301班: entered 2023, class 01
_FULL_YEAR = re.compile(r"((?:19|20)\d{2})班?$")       # 护理2026班: entered 2026 (not 2020, class 26)


def entry_year(class_name: str, grade_name: str, before: int) -> int | None:
    """The entry year a university or vocational class name shows (2022级…, …2301班), or None.

    A year of graduation (2026届) is turned into an entry year by the caller's program length, so it is returned
    negative: -2026. ``before`` is the start year of the new school year; two-digit years are taken only when
    they fall in the ten years before it.
    """
    for text in (class_name, grade_name):
        if m := _ENTRY_ANYWHERE.search(text):
            year = int(m.group(1))
            return year if m.group(2) == "级" else -year
    if (m := _FULL_YEAR.search(class_name)) and before - 10 <= int(m.group(1)) < before:
        return int(m.group(1))
    if m := _YEAR_AND_NUMBER.search(class_name):
        year = 2000 + int(m.group(1))
        if before - 10 <= year < before:
            return year
    return None
