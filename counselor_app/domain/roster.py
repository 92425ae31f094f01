"""The school's rosters (students, staff) as kinds of table: their fields, how their columns belong together, the
rules across a row's cells, and the likely-same-student rule of the student import.

The framework — header detection, column synonyms, row verdicts — is ``domain/table_import.py``; its functions are
re-exported here and take the kind by name ("students" or "staff"):

    guess = detect_header(rows, "students")          # the header row under any title rows, and a column mapping
    mapping = dict(guess.mapping)                     # the user may change it in the preview
    verdicts = validate_rows(rows, guess.row_index, mapping, "students")

Row messages are ``(Text, params)`` pairs (see table_import). A student roster's record also holds ``grade``
(normalized, from the class or the grade column) and ``class_number`` when it has a class column; a guardian column
headed 父亲…/母亲… gives ``guardian_relation`` / ``guardian2_relation`` when no relation column is mapped.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from counselor_app.domain.errors import QT_TRANSLATE_NOOP, Text
from counselor_app.domain.guardian_relation import FATHER, MAX_LENGTH as RELATION_MAX, MOTHER, words_for
from counselor_app.domain.roster_values import (
    fold, normalize_grade, parse_birth_date, parse_boarding, parse_class, parse_gender, parse_phone, parse_roles,
    parse_status, parse_student_no,
)
from counselor_app.domain.table_import import (  # noqa: F401 - the framework, as the roster's callers know it
    BAD_VALUE, COLUMN_TWICE, HEADER_SEARCH_ROWS, MISSING_COLUMN, NOTE_ROW, Field, HeaderGuess, RowVerdict,
    TableKind, bad_value, detect_header, field as _f, first_of_each, is_note_row, map_header_row, mapping_problems,
    match_header_cell, normalize_header, register, validate_rows,
)

_NAME = QT_TRANSLATE_NOOP("Roster", "Name")
_GENDER = QT_TRANSLATE_NOOP("Roster", "Gender")
_GRADE = QT_TRANSLATE_NOOP("Roster", "Grade / department")
_CLASS = QT_TRANSLATE_NOOP("Roster", "Class")
_PHONES = "联系电话|家长电话|监护人电话|家长手机|家长联系电话|监护人联系电话|监护人手机|家庭电话|紧急联系电话|紧急联系人电话|手机|手机号|" \
          "手机号码|电话|电话号码|联系方式|父亲电话|父亲手机|父亲联系电话|母亲电话|母亲手机|母亲联系电话|家长1电话|" \
          "监护人1电话|监护人1联系电话|phone|guardianphone|parentphone|mobile|tel|telephone|contactphone"

# The longest value of each field, in characters as stored: as the register's forms allow (services/office.MAX_NAME
# for names, guardian_relation.MAX_LENGTH, 40 for a dorm), 32 for numbers, 100 for phones (several numbers in one
# cell) and roles; longer cells are row errors (table_import.TOO_LONG).
NAME_MAX, NUMBER_MAX, PLACE_MAX, LIST_MAX = 40, 32, 40, 100

MISSING_STUDENT_NO = QT_TRANSLATE_NOOP("Roster", "The student number is missing.")
MISSING_NAME = QT_TRANSLATE_NOOP("Roster", "The name is missing.")
REPEATED_STUDENT_NO = QT_TRANSLATE_NOOP("Roster", "The same student number also appears in row(s) {lines}.")
NO_HEADER = QT_TRANSLATE_NOOP(
    "Roster", "No header row was found: the first rows must name the columns (学号, 姓名, 班级 …).")
NO_HEADER_IN_SHEETS = QT_TRANSLATE_NOOP(
    "Roster", "No sheet of the workbook has a header row naming the columns (学号, 姓名, 班级 …). Its sheets: {sheets}.")
NO_ROWS = QT_TRANSLATE_NOOP("Roster", "The file has no rows below its header row: there is nobody to import.")

STUDENT_FIELDS = (
    _f("student_no", QT_TRANSLATE_NOOP("Roster", "Student number"),
       "学号|学籍号|学生编号|考号|学生学号|学籍编号|学籍号码|全国学籍号|国家学籍号|学生学籍号|学生号|准考证号|"
       "studentno|studentnumber|studentid", parse_student_no, required=True, missing=MISSING_STUDENT_NO,
       max_length=NUMBER_MAX),
    _f("name", _NAME, "姓名|学生姓名|名字|学生名字|name|studentname|fullname", required=True, missing=MISSING_NAME,
       max_length=NAME_MAX),
    _f("gender", _GENDER, "性别|学生性别|gender|sex", parse_gender),
    _f("birth_date", QT_TRANSLATE_NOOP("Roster", "Birth date"),
       "出生日期|出生年月日|生日|出生年月|出生时间|出生日|birthdate|dateofbirth|dob|birthday", parse_birth_date),
    _f("grade", _GRADE, "年级|所在年级|年级名称|院系|学院|系别|系部|所在院系|所在学院|年级/院系|grade|department|dept|"
       "grade/department", None, max_length=PLACE_MAX),
    _f("class_name", _CLASS, "班级|班级名称|所在班级|班别|班|行政班|班号|class|classname", None, max_length=PLACE_MAX),
    _f("guardian_name", QT_TRANSLATE_NOOP("Roster", "Guardian"),
       "家长姓名|监护人姓名|父亲姓名|母亲姓名|监护人|家长|第一监护人|监护人1姓名|家长1姓名|父亲|母亲|"
       "紧急联系人|紧急联系人姓名|guardian|guardianname|parent|parentname|emergencycontact", max_length=NAME_MAX),
    _f("guardian_relation", QT_TRANSLATE_NOOP("Roster", "Guardian's relation"),
       "关系|与学生关系|家长关系|监护人关系|与本人关系|监护人1关系|与紧急联系人关系|紧急联系人关系|relation|relationship",
       max_length=RELATION_MAX),
    _f("guardian_phone", QT_TRANSLATE_NOOP("Roster", "Guardian's phone"), _PHONES, parse_phone, max_length=LIST_MAX),
    _f("guardian2_name", QT_TRANSLATE_NOOP("Roster", "Second guardian"),
       "监护人2姓名|家长2姓名|第二监护人|第二监护人姓名|其他监护人|guardian2|guardian2name", max_length=NAME_MAX),
    _f("guardian2_relation", QT_TRANSLATE_NOOP("Roster", "Second guardian's relation"),
       "监护人2关系|家长2关系|第二监护人关系|guardian2relation", max_length=RELATION_MAX),
    _f("guardian2_phone", QT_TRANSLATE_NOOP("Roster", "Second guardian's phone"),
       "监护人2电话|家长2电话|监护人2联系电话|家长2手机|第二监护人电话|guardian2phone", parse_phone,
       max_length=LIST_MAX),
    _f("dorm", QT_TRANSLATE_NOOP("Roster", "Dorm"), "宿舍|寝室|宿舍号|寝室号|宿舍房间|宿舍房间号|dorm|dormitory|room",
       max_length=PLACE_MAX),
    _f("boarding", QT_TRANSLATE_NOOP("Roster", "Boarding"),
       "是否住校|住宿|住校生|是否住宿|住校|住宿情况|是否寄宿|就读方式|走读住校|boarding|boarder", parse_boarding),
    _f("status", QT_TRANSLATE_NOOP("Roster", "Status"), "状态|学籍状态|在校状态|学生状态|status", parse_status),
)
STAFF_FIELDS = (
    _f("staff_no", QT_TRANSLATE_NOOP("Roster", "Staff number"), "工号|教工号|职工号|教师编号|staffno|employeeid",
       max_length=NUMBER_MAX),
    _f("name", _NAME, "姓名|教师姓名|教职工姓名|职工姓名|name|fullname", required=True, missing=MISSING_NAME,
       max_length=NAME_MAX),
    _f("gender", _GENDER, "性别|gender|sex", parse_gender),
    _f("phone", QT_TRANSLATE_NOOP("Roster", "Phone"),
       "手机|手机号|手机号码|电话|联系电话|电话号码|联系方式|phone|mobile|tel", parse_phone, max_length=LIST_MAX),
    _f("roles", QT_TRANSLATE_NOOP("Roster", "Roles"), "职务|角色|岗位|身份|职责|担任职务|role|roles|position",
       parse_roles, max_length=LIST_MAX),
    _f("grade", _GRADE, "年级|所在年级|负责年级|院系|学院|所在院系|grade|department|dept", None, max_length=PLACE_MAX),
    _f("class_name", _CLASS, "班级|所带班级|负责班级|担任班主任班级|管理班级|班主任班级|class|classname", None,
       max_length=PLACE_MAX),
)
_SLOTS = (("guardian_name", "guardian_phone", "guardian_relation"),
          ("guardian2_name", "guardian2_phone", "guardian2_relation"))
_RELATION_WORDS = tuple((rel, words_for(rel)) for rel in (FATHER, MOTHER))   # headers name a parent's slot


def _relation_of(cell: object) -> str | None:
    text = fold(cell)
    return next((rel for rel, words in _RELATION_WORDS if any(w in text for w in words)), None)


def _arrange_guardians(matches: list[tuple[int, str, object]]) -> tuple[dict[int, str], list[int]]:
    """Guardian columns: those naming the same relation (父亲姓名, 父亲电话) share a slot, each relation its own slot;
    the rest (家长姓名, 联系电话) fill the first slot that still lacks that part. Other fields: the first column."""
    guardians: list[tuple[int, int, str | None]] = []  # (column, part 0 name / 1 phone / 2 relation, relation)
    others = []
    for col, found, cell in matches:
        for slot, names in enumerate(_SLOTS):
            if found in names:
                guardians.append((col, names.index(found), _relation_of(cell) if slot == 0 else "#1"))
                break
        else:
            others.append((col, found, cell))
    mapping, unmapped = first_of_each(others)
    slots: list[dict[int, int]] = [{}, {}]
    slot_of_relation: dict[str, int] = {}
    for col, part, relation in guardians:
        if relation == "#1":
            slot: int | None = 1
        elif relation is None:
            slot = next((i for i, parts in enumerate(slots) if part not in parts), None)
        elif relation in slot_of_relation:
            slot = slot_of_relation[relation]
        else:
            taken = set(slot_of_relation.values())
            slot = next((i for i, parts in enumerate(slots) if i not in taken and part not in parts), None)
            if slot is not None:
                slot_of_relation[relation] = slot
        if slot is None or part in slots[slot]:
            unmapped.append(col)
        else:
            slots[slot][part] = col
    for slot, parts in enumerate(slots):
        for part, col in parts.items():
            mapping[col] = _SLOTS[slot][part]
    return mapping, unmapped


def _roster_rules(header_row: Sequence[object], columns: dict[str, int]):
    """A row's class from its class and grade cells; a guardian's relation from a 父亲…/母亲… header."""
    relations = {names[2]: _relation_of(header_row[columns[names[0]]])
                 for names in _SLOTS if names[0] in columns and names[2] not in columns}
    relations = {key: relation for key, relation in relations.items() if relation}
    has_class, has_grade = "class_name" in columns, "grade" in columns
    if not relations and not (has_class or has_grade):
        return None

    def rule(verdict: RowVerdict, cells: dict[str, object]) -> None:
        record = verdict.record
        for key, relation in relations.items():
            if record.get(key.replace("relation", "name")):
                record[key] = relation
        if has_class:
            ref, error = parse_class(cells["class_name"], cells.get("grade"))
            if error is not None:
                bad_value(verdict, header_row, columns, "class_name", _CLASS, error, cells["class_name"])
            record["class_name"] = ref.name if ref else ""
            record["class_number"] = ref.number if ref else None
            if ref is not None or has_grade:
                record["grade"] = ref.grade if ref else normalize_grade(cells.get("grade"))[0]
        elif has_grade:
            record["grade"] = normalize_grade(cells["grade"])[0]

    return rule


STUDENTS = register(TableKind(
    "students", STUDENT_FIELDS, NO_HEADER, NO_HEADER_IN_SHEETS, NO_ROWS, unique="student_no",
    repeated=REPEATED_STUDENT_NO, arrange=_arrange_guardians, row_rules=_roster_rules))
# a staff roster may give one person a row per class (the staff import merges them): no unique column
STAFF = register(TableKind("staff", STAFF_FIELDS, NO_HEADER, NO_HEADER_IN_SHEETS, NO_ROWS, row_rules=_roster_rules))
KINDS = ("students", "staff")
FIELDS: dict[str, tuple[Field, ...]] = {"students": STUDENT_FIELDS, "staff": STAFF_FIELDS}
FIELD_BY_KEY = {kind: {f.key: f for f in fields} for kind, fields in FIELDS.items()}


def class_label(grade: str, class_name: str) -> str:
    """A class as a list names it: 七年级(9)班 (its name holds the grade), 计算机学院 1班 (it does not)."""
    return class_name if not grade or class_name.startswith(grade) else f"{grade} {class_name}"


# -- a corrected student number ---------------------------------------------------------------------------------
# A row whose student number the register does not know, with the name, birth date and class of a student it holds
# under another number, is most likely that student with a corrected number (a typing error fixed by the school):
# importing it as new would give the child two records. The import asks, row by row: a new student, the corrected
# number for the student in the register (same record, everything attached stays), or skip the row.

SAME_NEW, SAME_RENUMBER, SAME_SKIP = "new", "renumber", "skip"
SAME_CHOICES = (SAME_NEW, SAME_RENUMBER, SAME_SKIP)

LIKELY_SAME = QT_TRANSLATE_NOOP(
    "Roster", "Same name, birth date and class as student {student_no} in the register: probably the same student "
              "with a corrected student number.")
LIKELY_SAME_IN_FILE = QT_TRANSLATE_NOOP(
    "Roster", "Same name, birth date and class as student {student_no} in the register, whose number is also in "
              "this file: import it as a new student or skip it.")
LIKELY_SAME_SEVERAL = QT_TRANSLATE_NOOP(
    "Roster", "Same name, birth date and class as students {student_no} in the register: import it as a new "
              "student or skip it.")
LIKELY_SAME_SHARED = QT_TRANSLATE_NOOP(
    "Roster", "Same name, birth date and class as student {student_no} in the register, like row(s) {lines} of "
              "this file: import it as a new student or skip it.")


@dataclass(frozen=True, slots=True)
class LikelySame:
    line: int                               # the file's row
    student_id: int                         # the register's student (the first, when several match)
    student_nos: tuple[str, ...]            # the register's numbers of the students that match
    can_renumber: bool                      # one student matches, its number is not in the file, no other row's
    message: tuple[Text, dict[str, object]]


def find_likely_same(rows: Iterable[tuple[int, str, str, str, object]],
                     students: Iterable[tuple[int, str, str, str, object]],
                     numbers_in_file: Iterable[str]) -> dict[int, LikelySame]:
    """The rows that are most likely a register's student under another number, by line.

    ``rows``: (line, student number, name, birth date ISO, class key) of the file's rows whose number is new to the
    register; ``students``: (id, student number, name, birth date ISO, class key) of the register's students;
    ``numbers_in_file``: every student number of the file. A row without a name, birth date or class never
    matches. Renumbering is offered only when it is unambiguous: exactly one student matches, the file does not
    also hold that student's own number, and no other row of the file matches the same student."""
    index: dict[tuple[str, str, object], list[tuple[str, int]]] = {}
    for sid, number, name, birth, class_key in students:
        if name and birth and class_key is not None:
            index.setdefault((name, birth, class_key), []).append((number, sid))
    found: list[tuple[int, list[tuple[str, int]]]] = []
    claims: dict[int, list[int]] = {}
    for line, number, name, birth, class_key in rows:
        if not (name and birth) or class_key is None:
            continue
        matches = sorted(m for m in index.get((name, birth, class_key), ()) if m[0] != number)
        if matches:
            found.append((line, matches))
            for _number, sid in matches:
                claims.setdefault(sid, []).append(line)
    in_file = set(numbers_in_file)
    out: dict[int, LikelySame] = {}
    for line, matches in found:
        numbers = tuple(m[0] for m in matches)
        sid = matches[0][1]
        others = [other for other in claims[sid] if other != line]
        if len(matches) > 1:
            message = (LIKELY_SAME_SEVERAL, {"student_no": ", ".join(numbers)})
        elif numbers[0] in in_file:
            message = (LIKELY_SAME_IN_FILE, {"student_no": numbers[0]})
        elif others:
            message = (LIKELY_SAME_SHARED, {"student_no": numbers[0], "lines": ", ".join(map(str, others))})
        else:
            message = (LIKELY_SAME, {"student_no": numbers[0]})
        out[line] = LikelySame(line, sid, numbers, message[0] is LIKELY_SAME, message)
    return out
