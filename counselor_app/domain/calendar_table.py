"""The office's holidays and make-up workdays as a kind of table (``domain/table_import.py``): a file with the
columns 日期, 类型 (放假, or 补班/上班) and 名称, as the State Council's notice is usually typed up.

A row is a day: a holiday, or a make-up workday that makes a difference (on a Saturday or Sunday, or replacing a
holiday of the built-in calendar). A date may appear once; a later row with the same date is rejected and the
first one counts. Years outside 2000-2100 are refused, as everywhere in the calendar. No Qt, no I/O.
"""
from __future__ import annotations

from datetime import date
from typing import Sequence

from counselor_app.domain.errors import QT_TRANSLATE_NOOP, Text
from counselor_app.domain.holidays import package_days
from counselor_app.domain.roster_values import clean_text, parse_date
from counselor_app.domain.table_import import RowVerdict, TableKind, bad_value, field, register

KINDS = ("holiday", "workday")
SOURCES = ("entered", "imported")   # how an office day came: typed in, or from a file (calendar_day.source)
NAME_MAX = 40

NO_HEADER = QT_TRANSLATE_NOOP(
    "Calendar", "No header row was found: the file needs the columns 日期 (date) and 类型 (放假 or 补班), "
                "and may have 名称 (name).")
NO_HEADER_IN_SHEETS = QT_TRANSLATE_NOOP(
    "Calendar", "No sheet of the workbook has a header row with the columns 日期 (date) and 类型 (放假 or 补班). "
                "Its sheets: {sheets}.")
NOTHING_TO_IMPORT = QT_TRANSLATE_NOOP("Calendar", "The file holds no days to import.")
ROW_BAD_KIND = QT_TRANSLATE_NOOP("Calendar", "unknown type (use 放假, 补班 or 上班)")
ROW_RANGE = QT_TRANSLATE_NOOP("Calendar", "the year must be between 2000 and 2100")
ROW_WORKDAY_ANYWAY = QT_TRANSLATE_NOOP(
    "Calendar", "this day is a workday anyway (a make-up workday falls on a Saturday or Sunday)")
ROW_TWICE = QT_TRANSLATE_NOOP("Calendar", "The same date is already in row {lines}; that row counts.")

DAY = QT_TRANSLATE_NOOP("Calendar", "Date")
KIND = QT_TRANSLATE_NOOP("Calendar", "Type (放假 or 补班)")
KIND_LABELS = {"holiday": QT_TRANSLATE_NOOP("Calendar", "Holiday"),
               "workday": QT_TRANSLATE_NOOP("Calendar", "Make-up workday")}

_KIND_WORDS = {"放假": "holiday", "休息": "holiday", "假日": "holiday", "节假日": "holiday", "休假": "holiday",
               "holiday": "holiday", "补班": "workday", "上班": "workday", "调休上班": "workday", "工作日": "workday",
               "workday": "workday"}


def parse_day(value: object) -> tuple[date | None, Text | None]:
    day, error = parse_date(value)
    if error is None and day is not None and not 2000 <= day.year <= 2100:
        return None, ROW_RANGE
    return day, error


def parse_kind(value: object) -> tuple[str | None, Text | None]:
    """'holiday' or 'workday' from 放假 / 补班 / 上班 …; None for an empty cell."""
    key = clean_text(value).replace(" ", "").lower()
    if not key:
        return None, None
    found = _KIND_WORDS.get(key)
    return (found, None) if found else (None, ROW_BAD_KIND)


def parse_name(value: object) -> tuple[str, None]:
    return clean_text(value), None   # longer than NAME_MAX: a row error (the field's max_length), never cut


def makes_no_difference(day: date, kind: str) -> bool:
    """A make-up workday on a weekday that is a workday anyway (not a holiday of the built-in calendar)."""
    return kind == "workday" and day.weekday() < 5 and package_days(day.year).get(day, ("",))[0] != "holiday"


def _rules(header_row: Sequence[object], columns: dict[str, int]):
    def rule(verdict: RowVerdict, _cells: dict[str, object]) -> None:
        day, kind = verdict.record.get("day"), verdict.record.get("kind")
        if day is not None and kind is not None and makes_no_difference(day, kind):
            bad_value(verdict, header_row, columns, "kind", KIND, ROW_WORKDAY_ANYWAY)
    return rule


CALENDAR_DAYS = register(TableKind(
    "calendar_days",
    (field("day", DAY, "日期|公历日期|放假日期|date|day", parse_day, required=True),
     field("kind", KIND, "类型|类别|放假或补班|放假/补班|type|kind", parse_kind, required=True, labels=KIND_LABELS),
     field("name", QT_TRANSLATE_NOOP("Calendar", "Name of the day"), "名称|节日|节日名称|节假日名称|节假日|name|说明|备注",
           parse_name, max_length=NAME_MAX)),
    NO_HEADER, NO_HEADER_IN_SHEETS, NOTHING_TO_IMPORT, unique="day", repeated=ROW_TWICE, first_wins=True,
    row_rules=_rules))
