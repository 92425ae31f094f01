"""The compliance logs as kinds of table (``domain/table_import.py``), for the sheets schools keep in Excel:

- lessons (心理健康课记录): 班级, 日期, 授课教师, 课题, 课时 (default 1);
- trainings (教师培训记录): 姓名 or 工号, 日期, 培训名称, 学时, 主办单位.

A class is matched as the classes page writes it (七年级(1)班, 初一1班), a person by 工号, else by name among the
staff still at school (services/compliance_import.py). No Qt, no I/O.
"""
from __future__ import annotations

from typing import Sequence

from counselor_app.domain.errors import QT_TRANSLATE_NOOP, Text
from counselor_app.domain.roster_values import clean_text, parse_date, parse_text
from counselor_app.domain.table_import import RowVerdict, TableKind, bad_value, field, register

NOTHING = QT_TRANSLATE_NOOP("ComplianceImport", "The file holds no records to import.")
LESSON_NO_HEADER = QT_TRANSLATE_NOOP(
    "ComplianceImport", "No header row was found: a sheet of lessons needs the columns 班级 and 日期, and may have "
                        "授课教师, 课题 and 课时.")
LESSON_NO_HEADER_IN_SHEETS = QT_TRANSLATE_NOOP(
    "ComplianceImport", "No sheet of the workbook has a header row with the columns 班级 and 日期. Its sheets: "
                        "{sheets}.")
TRAINING_NO_HEADER = QT_TRANSLATE_NOOP(
    "ComplianceImport", "No header row was found: a sheet of trainings needs the columns 姓名 (or 工号), 日期, "
                        "培训名称 and 学时, and may have 主办单位.")
TRAINING_NO_HEADER_IN_SHEETS = QT_TRANSLATE_NOOP(
    "ComplianceImport", "No sheet of the workbook has a header row with the columns 姓名 (or 工号), 日期, 培训名称 "
                        "and 学时. Its sheets: {sheets}.")
CLASS = QT_TRANSLATE_NOOP("ComplianceImport", "Class")
DATE = QT_TRANSLATE_NOOP("ComplianceImport", "Date")
TEACHER = QT_TRANSLATE_NOOP("ComplianceImport", "Teacher")
TOPIC = QT_TRANSLATE_NOOP("ComplianceImport", "Topic")
PERIODS = QT_TRANSLATE_NOOP("ComplianceImport", "Lesson periods")
NAME = QT_TRANSLATE_NOOP("ComplianceImport", "Name")
STAFF_NO = QT_TRANSLATE_NOOP("ComplianceImport", "Staff number")
TITLE = QT_TRANSLATE_NOOP("ComplianceImport", "Training")
HOURS = QT_TRANSLATE_NOOP("ComplianceImport", "Hours")
PROVIDER = QT_TRANSLATE_NOOP("ComplianceImport", "Given by")
BAD_NUMBER = QT_TRANSLATE_NOOP("ComplianceImport", "not a number")
ROW_WHO = QT_TRANSLATE_NOOP("ComplianceImport", "give the name or the staff number")


def parse_number(value: object) -> tuple[float | None, Text | None]:
    text = clean_text(value).replace("学时", "").replace("课时", "").replace("小时", "").strip()
    if not text:
        return None, None
    try:
        return float(text), None
    except ValueError:
        return None, BAD_NUMBER


def _training_rules(header_row: Sequence[object], columns: dict[str, int]):
    def rule(verdict: RowVerdict, _cells: dict[str, object]) -> None:
        if not verdict.record.get("name") and not verdict.record.get("staff_no"):
            bad_value(verdict, header_row, columns, "name", NAME, ROW_WHO)
    return rule


LESSONS = register(TableKind(
    "compliance_lessons",
    (field("klass", CLASS, "班级|班别|班|class", parse_text, required=True),
     field("on_date", DATE, "日期|上课日期|授课日期|时间|date", parse_date, required=True),
     field("teacher", TEACHER, "授课教师|教师|老师|任课教师|teacher", parse_text),
     field("topic", TOPIC, "课题|主题|课程内容|内容|课名|topic", parse_text, max_length=80),
     field("periods", PERIODS, "课时|课时数|节数|periods", parse_number)),
    LESSON_NO_HEADER, LESSON_NO_HEADER_IN_SHEETS, NOTHING))

TRAININGS = register(TableKind(
    "compliance_trainings",
    (field("staff_no", STAFF_NO, "工号|教工号|职工号|staffno", parse_text),
     field("name", NAME, "姓名|教师|老师|教师姓名|name", parse_text),
     field("on_date", DATE, "日期|培训日期|开始日期|时间|date", parse_date, required=True),
     field("title", TITLE, "培训名称|培训项目|培训内容|名称|项目|training", parse_text, required=True, max_length=80),
     field("hours", HOURS, "学时|培训学时|时长|小时|hours", parse_number, required=True),
     field("provider", PROVIDER, "主办单位|培训单位|组织单位|主办|provider", parse_text, max_length=80)),
    TRAINING_NO_HEADER, TRAINING_NO_HEADER_IN_SHEETS, NOTHING, row_rules=_training_rules))
