"""The class list (班级学生名单): the enrolled students of one class, as a head teacher or the office prints it for
the class's file, a trip or a parents' meeting.

Register facts only — no counseling record, nothing about the watch list — so the footer carries no
"counseling records" note. Input: plain rows the service read (services/class_roster.py); this module lays them
out with the documents toolkit.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from counselor_app.domain.errors import QT_TRANSLATE_NOOP
from counselor_app.reports.pdf_base import PageHeader, Styles, Translate, build_pdf, identity

TITLE = QT_TRANSLATE_NOOP("ClassRoster", "Class list")
CLASS = QT_TRANSLATE_NOOP("ClassRoster", "Class")
GRADE = QT_TRANSLATE_NOOP("ClassRoster", "Grade")
DEPARTMENT = QT_TRANSLATE_NOOP("ClassRoster", "Department")
HEAD_TEACHER = QT_TRANSLATE_NOOP("ClassRoster", "Head teacher")
INSTRUCTOR = QT_TRANSLATE_NOOP("ClassRoster", "Instructor")
MONITORS = QT_TRANSLATE_NOOP("ClassRoster", "Mental-health monitors")
ENROLLED = QT_TRANSLATE_NOOP("ClassRoster", "Enrolled")
ENROLLED_VALUE = QT_TRANSLATE_NOOP("ClassRoster", "{count} students")
PRINTED = QT_TRANSLATE_NOOP("ClassRoster", "Printed on")
NO = QT_TRANSLATE_NOOP("ClassRoster", "No.")
NUMBER = QT_TRANSLATE_NOOP("ClassRoster", "Student number")
NAME = QT_TRANSLATE_NOOP("ClassRoster", "Name")
GENDER = QT_TRANSLATE_NOOP("ClassRoster", "Gender")
BIRTH = QT_TRANSLATE_NOOP("ClassRoster", "Date of birth")
BOARDING = QT_TRANSLATE_NOOP("ClassRoster", "Boarding / day")
GUARDIANS = QT_TRANSLATE_NOOP("ClassRoster", "Guardians and phones")
NO_STUDENTS = QT_TRANSLATE_NOOP("ClassRoster", "No student is enrolled in this class.")
MADE_BY = QT_TRANSLATE_NOOP("ClassRoster", "Compiled by")
NONE = "—"


@dataclass(frozen=True)
class RosterLine:
    student_no: str
    name: str
    gender: str          # in words already
    birth_date: str      # YYYY-MM-DD or ""
    boarding: str        # 住宿 / 走读, in words already
    guardians: str       # one guardian a line: 张建国（父亲） 13800001111


@dataclass(frozen=True)
class ClassRoster:
    school_name: str
    unit_name: str
    class_label: str     # 七年级(1)班, 计算机学院 2301班
    grade: str
    university: bool     # 院系 and 辅导员 instead of 年级 and 班主任
    head_teacher: str
    monitors: str
    printed_at: datetime
    students: list[RosterLine] = field(default_factory=list)


def build_class_roster(roster: ClassRoster, *, tr: Translate = identity, font_path: str | None = None) -> bytes:
    from reportlab.platypus import Spacer

    from counselor_app.reports import toolkit as kit

    columns = [kit.Column(tr(NO), fixed=11 * kit.MM, align="right"), kit.Column(tr(NUMBER), fixed=24 * kit.MM),
               kit.Column(tr(NAME), fixed=21 * kit.MM), kit.Column(tr(GENDER), fixed=16 * kit.MM, align="center"),
               kit.Column(tr(BIRTH), fixed=23 * kit.MM, align="center"),
               kit.Column(tr(BOARDING), fixed=22 * kit.MM, align="center"), kit.Column(tr(GUARDIANS), weight=1)]
    rows = [[str(n), s.student_no, s.name, s.gender, s.birth_date or NONE, s.boarding, s.guardians or NONE]
            for n, s in enumerate(roster.students, 1)]

    def story(st: Styles):
        facts = kit.label_value_grid(st, [
            kit.Field(tr(CLASS), roster.class_label),
            kit.Field(tr(DEPARTMENT if roster.university else GRADE), roster.grade or NONE),
            kit.Field(tr(INSTRUCTOR if roster.university else HEAD_TEACHER), roster.head_teacher or NONE),
            kit.Field(tr(MONITORS), roster.monitors or NONE),
            kit.Field(tr(ENROLLED), tr(ENROLLED_VALUE).format(count=len(roster.students))),
            kit.Field(tr(PRINTED), roster.printed_at.strftime("%Y-%m-%d")),
        ])
        return [*kit.title_block(st, tr(TITLE), tr=tr), facts, Spacer(1, 4 * kit.MM),
                kit.data_table(st, columns, rows, empty_text=tr(NO_STUDENTS)), Spacer(1, 8 * kit.MM),
                kit.signature_block(st, [kit.Signer(tr(MADE_BY))], tr=tr)]

    title = f"{roster.class_label} {tr(TITLE)}"
    header = PageHeader(roster.school_name, title, roster.unit_name, roster.printed_at, confidential=False)
    return build_pdf(header, story, tr=tr, font_path=font_path, metadata_title=title)
