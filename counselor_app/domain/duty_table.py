"""Unavailability for duty as a kind of table (``domain/table_import.py``): the sheet a school's teaching office
keeps of who teaches when, or of leaves, with the columns 姓名 (or 工号), 日期 / 开始日期 and 结束日期, or 星期, 时段
and 原因.

A row is one unavailability: on a date or from–to, or every week on a weekday (星期二, 周二, 2), the whole day or one
period (午休, 课后 … as the office's shifts name them), with a reason (上课, 会议, 培训, 外出, 请假, 病假, 其他; empty:
其他). A person is matched by 工号, else by name among the staff still at school (services/duty_import.py). No Qt,
no I/O.
"""
from __future__ import annotations

from typing import Sequence

from counselor_app.domain.duty import NAME_MAX, Reason
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, Text
from counselor_app.domain.roster_values import clean_text, parse_date, parse_text
from counselor_app.domain.table_import import RowVerdict, TableKind, bad_value, field, register

NO_HEADER = QT_TRANSLATE_NOOP(
    "DutyImport", "No header row was found: the file needs the columns 姓名 (or 工号) and 日期 or 星期, and may have "
                  "结束日期, 时段 and 原因.")
NO_HEADER_IN_SHEETS = QT_TRANSLATE_NOOP(
    "DutyImport", "No sheet of the workbook has a header row with the columns 姓名 (or 工号) and 日期 or 星期. Its "
                  "sheets: {sheets}.")
NOTHING_TO_IMPORT = QT_TRANSLATE_NOOP("DutyImport", "The file holds no unavailability to import.")
ROW_WHEN = QT_TRANSLATE_NOOP("DutyImport", "give a date or a weekday")
ROW_WHO = QT_TRANSLATE_NOOP("DutyImport", "give the name or the staff number")
ROW_ORDER = QT_TRANSLATE_NOOP("DutyImport", "the end date comes before the start date")
ROW_WEEKDAY = QT_TRANSLATE_NOOP("DutyImport", "not a weekday (write 星期二, 周二 or 2)")
ROW_REASON = QT_TRANSLATE_NOOP("DutyImport", "unknown reason (use 上课, 会议, 培训, 外出, 请假, 病假 or 其他)")

NAME = QT_TRANSLATE_NOOP("DutyImport", "Name")
STAFF_NO = QT_TRANSLATE_NOOP("DutyImport", "Staff number")
FIRST = QT_TRANSLATE_NOOP("DutyImport", "Date (from)")
LAST = QT_TRANSLATE_NOOP("DutyImport", "Until")
WEEKDAY = QT_TRANSLATE_NOOP("DutyImport", "Weekday")
PERIOD = QT_TRANSLATE_NOOP("DutyImport", "Period")
REASON = QT_TRANSLATE_NOOP("DutyImport", "Reason")

_DIGITS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "七": 6}
_ENGLISH = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_REASONS = {"上课": "teaching", "授课": "teaching", "课": "teaching", "有课": "teaching", "教学": "teaching",
            "会议": "meeting", "开会": "meeting", "教研": "meeting", "教研活动": "meeting",
            "培训": "training", "进修": "training", "学习": "training",
            "外出": "trip", "出差": "trip", "公出": "trip", "外出学习": "trip",
            "请假": "leave", "事假": "leave", "休假": "leave", "产假": "leave", "婚假": "leave",
            "病假": "sick", "生病": "sick", "其他": "other", "其它": "other"}


def parse_weekday(value: object) -> tuple[int | None, Text | None]:
    """0 (Monday) … 6 (Sunday) from 星期二, 周二, 礼拜二, 二, 2, Tuesday, Tue; None for an empty cell."""
    text = clean_text(value).replace(" ", "").lower()
    if not text:
        return None, None
    for prefix in ("星期", "礼拜", "周"):
        if text.startswith(prefix):
            text = text[len(prefix):]
            break
    if text in _DIGITS:
        return _DIGITS[text], None
    if text.isdigit() and 1 <= int(text) <= 7:
        return int(text) - 1, None
    found = [n for n, day in enumerate(_ENGLISH) if len(text) >= 3 and day.startswith(text)]
    return (found[0], None) if len(found) == 1 else (None, ROW_WEEKDAY)


def parse_reason(value: object) -> tuple[str | None, Text | None]:
    text = clean_text(value).replace(" ", "")
    if not text:
        return None, None
    if text.lower() in {r.value for r in Reason}:
        return text.lower(), None
    return (_REASONS[text], None) if text in _REASONS else (None, ROW_REASON)


def _rules(header_row: Sequence[object], columns: dict[str, int]):
    def rule(verdict: RowVerdict, _cells: dict[str, object]) -> None:
        record = verdict.record
        if not record.get("name") and not record.get("staff_no"):
            bad_value(verdict, header_row, columns, "name", NAME, ROW_WHO)
        if record.get("first") is None and record.get("weekday") is None:
            bad_value(verdict, header_row, columns, "first", FIRST, ROW_WHEN)
        first, last = record.get("first"), record.get("last")
        if first is not None and last is not None and last < first:
            bad_value(verdict, header_row, columns, "last", LAST, ROW_ORDER)
        record.setdefault("reason", None)
        if record["reason"] is None:
            record["reason"] = Reason.OTHER.value
    return rule


UNAVAILABILITY = register(TableKind(
    "duty_unavailability",
    (field("staff_no", STAFF_NO, "工号|教工号|职工号|staffno|staff number", parse_text),
     field("name", NAME, "姓名|教师|老师|教师姓名|值班人|name", parse_text),
     field("first", FIRST, "日期|开始日期|起始日期|开始|起|从|date|from", parse_date),
     field("last", LAST, "结束日期|截止日期|结束|止|至|到|until|to", parse_date),
     field("weekday", WEEKDAY, "星期|周几|每周|weekday", parse_weekday),
     field("period", PERIOD, "时段|节次|班次|时间段|period", parse_text, max_length=NAME_MAX),
     field("reason", REASON, "原因|事由|类别|reason", parse_reason,
           labels={r.value: r.label for r in Reason})),
    NO_HEADER, NO_HEADER_IN_SHEETS, NOTHING_TO_IMPORT, row_rules=_rules))
