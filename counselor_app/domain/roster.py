"""Reading a school roster as schools really keep it: finding the header, mapping columns, checking every row.

Pure functions over plain rows (lists of cell values as ``files/roster_files.py`` reads them from xlsx or csv):
no I/O, no Qt, no SQL. The flow is

    guess = detect_header(rows, "students")          # the header row under any title rows, and a column mapping
    mapping = dict(guess.mapping)                     # the user may change it in the preview
    verdicts = validate_rows(rows, guess.row_index, mapping, "students")

``kind`` is "students" or "staff". Row messages are ``(Text, params)`` pairs: translate the Text in its context
("Roster") with Qt, then fill it with :func:`counselor_app.domain.errors.fill`, which translates Text parameters
too. Messages name the row and the column as the user wrote it, never a value from the file.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Iterable, Sequence

from counselor_app.domain.errors import QT_TRANSLATE_NOOP, Text
from counselor_app.domain.roster_values import (
    fold, is_blank, normalize_grade, parse_birth_date, parse_boarding, parse_class, parse_gender, parse_phone,
    parse_roles, parse_status, parse_student_no, parse_text,
)

KINDS = ("students", "staff")
HEADER_SEARCH_ROWS = 30  # title rows, notes and blank rows above the header: schools rarely have more than a few


@dataclass(frozen=True, slots=True)
class Field:
    key: str
    label: Text                          # shown in the mapping drop-down of the preview
    synonyms: tuple[str, ...]            # header texts, compared after normalize_header()
    parse: Callable[[object], tuple[object, Text | None]]
    required: bool = False


def _f(key: str, label: Text, synonyms: str, parse=parse_text, required: bool = False) -> Field:
    return Field(key, label, tuple(normalize_header(s) for s in synonyms.split("|")), parse, required)


def normalize_header(cell: object) -> str:
    """A header cell as a lookup key: folded to half-width, lower case, notes in brackets and * : _ - . # and
    spaces removed (学号* → 学号, 出生日期（yyyy-mm-dd） → 出生日期, Student No. → studentno)."""
    text = fold(cell).lower()
    text = re.sub(r"\([^)]*\)|\[[^\]]*\]|【[^】]*】|<[^>]*>", "", text)
    return re.sub(r"[\s*:_\-.#※△]|必填|选填", "", text)


_NAME = QT_TRANSLATE_NOOP("Roster", "Name")
_GENDER = QT_TRANSLATE_NOOP("Roster", "Gender")
_GRADE = QT_TRANSLATE_NOOP("Roster", "Grade / department")
_CLASS = QT_TRANSLATE_NOOP("Roster", "Class")
_PHONES = "联系电话|家长电话|监护人电话|家长手机|家长联系电话|监护人联系电话|监护人手机|家庭电话|紧急联系电话|紧急联系人电话|手机|手机号|" \
          "手机号码|电话|电话号码|联系方式|父亲电话|父亲手机|父亲联系电话|母亲电话|母亲手机|母亲联系电话|家长1电话|" \
          "监护人1电话|监护人1联系电话|phone|guardianphone|parentphone|mobile|tel|telephone|contactphone"

FIELDS: dict[str, tuple[Field, ...]] = {
    "students": (
        _f("student_no", QT_TRANSLATE_NOOP("Roster", "Student number"),
           "学号|学籍号|学生编号|考号|学生学号|学籍编号|学籍号码|全国学籍号|国家学籍号|学生学籍号|学生号|准考证号|"
           "studentno|studentnumber|studentid", parse_student_no, required=True),
        _f("name", _NAME, "姓名|学生姓名|名字|学生名字|name|studentname|fullname", required=True),
        _f("gender", _GENDER, "性别|学生性别|gender|sex", parse_gender),
        _f("birth_date", QT_TRANSLATE_NOOP("Roster", "Birth date"),
           "出生日期|出生年月日|生日|出生年月|出生时间|出生日|birthdate|dateofbirth|dob|birthday", parse_birth_date),
        _f("grade", _GRADE, "年级|所在年级|年级名称|院系|学院|系别|系部|所在院系|所在学院|年级/院系|grade|department|dept|"
           "grade/department"),
        _f("class_name", _CLASS, "班级|班级名称|所在班级|班别|班|行政班|班号|class|classname"),
        _f("guardian_name", QT_TRANSLATE_NOOP("Roster", "Guardian"),
           "家长姓名|监护人姓名|父亲姓名|母亲姓名|监护人|家长|第一监护人|监护人1姓名|家长1姓名|父亲|母亲|"
           "紧急联系人|紧急联系人姓名|guardian|guardianname|parent|parentname|emergencycontact"),
        _f("guardian_relation", QT_TRANSLATE_NOOP("Roster", "Guardian's relation"),
           "关系|与学生关系|家长关系|监护人关系|与本人关系|监护人1关系|与紧急联系人关系|紧急联系人关系|relation|relationship"),
        _f("guardian_phone", QT_TRANSLATE_NOOP("Roster", "Guardian's phone"), _PHONES, parse_phone),
        _f("guardian2_name", QT_TRANSLATE_NOOP("Roster", "Second guardian"),
           "监护人2姓名|家长2姓名|第二监护人|第二监护人姓名|其他监护人|guardian2|guardian2name"),
        _f("guardian2_relation", QT_TRANSLATE_NOOP("Roster", "Second guardian's relation"),
           "监护人2关系|家长2关系|第二监护人关系|guardian2relation"),
        _f("guardian2_phone", QT_TRANSLATE_NOOP("Roster", "Second guardian's phone"),
           "监护人2电话|家长2电话|监护人2联系电话|家长2手机|第二监护人电话|guardian2phone", parse_phone),
        _f("dorm", QT_TRANSLATE_NOOP("Roster", "Dorm"), "宿舍|寝室|宿舍号|寝室号|宿舍房间|宿舍房间号|dorm|dormitory|room"),
        _f("boarding", QT_TRANSLATE_NOOP("Roster", "Boarding"),
           "是否住校|住宿|住校生|是否住宿|住校|住宿情况|是否寄宿|就读方式|走读住校|boarding|boarder", parse_boarding),
        _f("status", QT_TRANSLATE_NOOP("Roster", "Status"), "状态|学籍状态|在校状态|学生状态|status", parse_status),
    ),
    "staff": (
        _f("staff_no", QT_TRANSLATE_NOOP("Roster", "Staff number"), "工号|教工号|职工号|教师编号|staffno|employeeid"),
        _f("name", _NAME, "姓名|教师姓名|教职工姓名|职工姓名|name|fullname", required=True),
        _f("gender", _GENDER, "性别|gender|sex", parse_gender),
        _f("phone", QT_TRANSLATE_NOOP("Roster", "Phone"),
           "手机|手机号|手机号码|电话|联系电话|电话号码|联系方式|phone|mobile|tel", parse_phone),
        _f("roles", QT_TRANSLATE_NOOP("Roster", "Roles"), "职务|角色|岗位|身份|职责|担任职务|role|roles|position",
           parse_roles),
        _f("grade", _GRADE, "年级|所在年级|负责年级|院系|学院|所在院系|grade|department|dept"),
        _f("class_name", _CLASS, "班级|所带班级|负责班级|担任班主任班级|管理班级|班主任班级|class|classname"),
    ),
}
FIELD_BY_KEY = {kind: {f.key: f for f in fields} for kind, fields in FIELDS.items()}
_SLOTS = (("guardian_name", "guardian_phone", "guardian_relation"),
          ("guardian2_name", "guardian2_phone", "guardian2_relation"))
_RELATION_WORDS = (("父亲", ("父亲", "爸爸")), ("母亲", ("母亲", "妈妈")))

MISSING_STUDENT_NO = QT_TRANSLATE_NOOP("Roster", "The student number is missing.")
MISSING_NAME = QT_TRANSLATE_NOOP("Roster", "The name is missing.")
BAD_VALUE = QT_TRANSLATE_NOOP("Roster", "{column}: {reason}.")
REPEATED_STUDENT_NO = QT_TRANSLATE_NOOP("Roster", "The same student number also appears in row(s) {lines}.")
MISSING_COLUMN = QT_TRANSLATE_NOOP("Roster", "No column of the file is used for: {field}.")
COLUMN_TWICE = QT_TRANSLATE_NOOP("Roster", "{field} is chosen for more than one column.")
NOTE_ROW = QT_TRANSLATE_NOOP("Roster", "A note, signature or total line, not a person: skipped.")
_MISSING = {"student_no": MISSING_STUDENT_NO, "name": MISSING_NAME}


@dataclass(slots=True)
class HeaderGuess:
    row_index: int                                  # 0-based index of the header row in ``rows``
    mapping: dict[int, str]                         # column index -> field key; the caller may change it
    unmapped_columns: list[int] = field(default_factory=list)  # header cells with text that match no field


@dataclass(slots=True)
class RowVerdict:
    line: int                                       # 1-based row number as Excel or a text editor shows it
    status: str                                     # "ok" or "error"
    record: dict[str, object]                       # parsed values of the mapped fields
    errors: list[tuple[Text, dict[str, object]]] = field(default_factory=list)
    raw: dict[str, object] = field(default_factory=dict)   # the file's cell of each field it could not read


def _lookup(kind: str) -> tuple[dict[str, str], list[tuple[str, str]]]:
    exact = {}
    for f in FIELDS[kind]:
        for s in f.synonyms:
            exact.setdefault(s, f.key)
    # containment only for Chinese synonyms of 3+ characters: 学籍号码(新) → 学籍号; never 父亲工作单位 → 父亲
    partial = sorted(((s, k) for s, k in exact.items() if len(s) >= 3 and not s.isascii()), key=lambda p: -len(p[0]))
    return exact, partial


_LOOKUPS = {kind: _lookup(kind) for kind in KINDS}


def match_header_cell(cell: object, kind: str) -> str | None:
    """The field a header cell names, or None."""
    key = normalize_header(cell)
    if not key:
        return None
    exact, partial = _LOOKUPS[kind]
    if key in exact:
        return exact[key]
    if len(key) <= 12:
        for synonym, found in partial:
            if synonym in key:
                return found
    return None


def _relation_of(cell: object) -> str | None:
    text = fold(cell)
    return next((rel for rel, words in _RELATION_WORDS if any(w in text for w in words)), None)


def _map_row(row: Sequence[object], kind: str) -> tuple[dict[int, str], list[int]]:
    mapping: dict[int, str] = {}
    unmapped: list[int] = []
    guardians: list[tuple[int, int, str | None]] = []  # (column, part 0 name / 1 phone / 2 relation, relation)
    for col, cell in enumerate(row):
        found = match_header_cell(cell, kind)
        if found is None:
            if not is_blank(cell):
                unmapped.append(col)
            continue
        for slot, names in enumerate(_SLOTS):
            if kind == "students" and found in names:
                guardians.append((col, names.index(found), _relation_of(cell) if slot == 0 else "#1"))
                break
        else:
            if found in mapping.values():
                unmapped.append(col)  # a second 姓名 column: the first one wins, the user can change it
            else:
                mapping[col] = found
    # guardian columns: those naming the same relation (父亲姓名, 父亲电话) share a slot, each relation its own slot;
    # the rest (家长姓名, 联系电话) fill the first slot that still lacks that part
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
    return dict(sorted(mapping.items())), sorted(unmapped)


def map_header_row(row: Sequence[object], kind: str) -> tuple[dict[int, str], list[int]]:
    """(column -> field key, columns with text that match no field) for one row read as a header."""
    return _map_row(row, kind)


def detect_header(rows: Sequence[Sequence[object]], kind: str) -> HeaderGuess | None:
    """The header row among the first rows (the one naming the most fields; the first on a tie) and its mapping.

    None when no row names at least two fields, e.g. a file without a header: the caller then asks the user.
    """
    best: HeaderGuess | None = None
    best_score = 1
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        mapping, unmapped = _map_row(row, kind)
        score = len(mapping) + sum(FIELD_BY_KEY[kind][k].required for k in mapping.values())
        if len(mapping) >= 2 and score > best_score:
            best, best_score = HeaderGuess(index, mapping, unmapped), score
    return best


def mapping_problems(mapping: dict[int, str | None], kind: str) -> list[tuple[Text, dict[str, object]]]:
    """What is wrong with a (possibly user-edited) mapping: a required field without a column, a field twice."""
    chosen = [key for key in mapping.values() if key]
    problems = [(MISSING_COLUMN, {"field": f.label}) for f in FIELDS[kind] if f.required and f.key not in chosen]
    problems += [(COLUMN_TWICE, {"field": FIELD_BY_KEY[kind][k].label})
                 for k in dict.fromkeys(chosen) if chosen.count(k) > 1 and k in FIELD_BY_KEY[kind]]
    return problems


def _column_label(header_row: Sequence[object], col: int, fallback: Text) -> object:
    text = fold(header_row[col]) if col < len(header_row) else ""
    return text or fallback


def validate_rows(rows: Sequence[Sequence[object]], header: int | HeaderGuess, mapping: dict[int, str | None],
                  kind: str) -> list[RowVerdict]:
    """A verdict for every non-blank row below the header. A row is blank when all its mapped cells are empty
    (a template with a pre-filled 序号 column has such rows); blank rows are skipped without a word.

    ``record`` holds the parsed value of every mapped field (empty cells as "" or None), so an import that updates
    students can leave unmapped fields alone. With a class column it also holds ``grade`` (normalized, from the
    class or the grade column) and ``class_number``; a guardian column headed 父亲…/母亲… gives
    ``guardian_relation`` / ``guardian2_relation`` when no relation column is mapped."""
    header_index = header.row_index if isinstance(header, HeaderGuess) else header
    header_row = rows[header_index] if 0 <= header_index < len(rows) else ()
    fields = FIELD_BY_KEY[kind]
    columns: dict[str, int] = {}
    for col, key in sorted(mapping.items()):
        if key in fields:
            columns.setdefault(key, col)  # a field chosen twice: the first column counts
    relations = {names[2]: _relation_of(header_row[columns[names[0]]])
                 for names in _SLOTS if names[0] in columns and names[2] not in columns}
    # what each row needs, worked out once: (key, column, parser) of the fields parsed cell by cell
    parsed_fields = [(key, col, fields[key].parse) for key, col in columns.items()
                     if key not in ("grade", "class_name")]
    required = ("student_no", "name") if kind == "students" else ("name",)
    has_class_cells = "class_name" in columns or "grade" in columns
    verdicts: list[RowVerdict] = []
    for index in range(header_index + 1, len(rows)):
        row = rows[index]
        width = len(row)
        cells = {key: (row[col] if col < width else None) for key, col in columns.items()}
        for value in cells.values():
            if value is not None and fold(value):
                break
        else:
            continue  # all mapped cells blank
        verdict = RowVerdict(index + 1, "ok", {})
        record = verdict.record
        failed = None
        for key, col, parse in parsed_fields:
            parsed, error = parse(cells[key])
            if error is not None:
                failed = failed or set()
                failed.add(key)
                verdict.raw[key] = cells[key]   # shown as the file has it (2013-02-30), not as an empty cell
                verdict.errors.append((BAD_VALUE, {"column": _column_label(header_row, col, fields[key].label),
                                                   "reason": error}))
            record[key] = parsed
        for key in required:
            if not record.get(key) and (failed is None or key not in failed):
                verdict.errors.append((_MISSING[key], {}))
        for key, relation in relations.items():
            if relation and record.get(key.replace("relation", "name")):
                record[key] = relation
        if has_class_cells:
            _parse_class_cells(verdict, cells, header_row, columns, fields)
        if verdict.errors and is_note_row(row):
            verdict.status, verdict.errors, verdict.record, verdict.raw = "note", [(NOTE_ROW, {})], {}, {}
        verdicts.append(verdict)
    if kind == "students":   # a staff roster may give one person a row per class (the staff import merges them)
        _mark_repeats(verdicts, "student_no", REPEATED_STUDENT_NO)
    for verdict in verdicts:
        if verdict.status != "note":
            verdict.status = "error" if verdict.errors else "ok"
    return verdicts


# A line under (or between) the rows that is not a person: 制表人/审核人 signatures, 合计 totals, 备注 notes.
_NOTE_START = re.compile(
    r"^(?:(?:制表|填表|审核|审批|核对|复核|统计|打印)人"                                   # 制表人 张老师
    r"|(?:制表|填表|审核|审批|备注|说明|注|附注|签字|签名|盖章|负责人|班主任|联系人|日期|打印日期)[:：]"  # 备注：…
    r"|(?:合计|总计|小计|共计)[:：]?\d"                                                    # 合计：18人
    r"|以上|本表)")


def is_note_row(row: Sequence[object]) -> bool:
    """True when the row's first non-empty cell opens a note, signature or total line (制表人：…, 合计：18人)."""
    for cell in row:
        text = fold(cell).strip() if cell is not None else ""
        if text:
            return bool(_NOTE_START.match(text.replace(" ", "")))
    return False


def _parse_class_cells(verdict: RowVerdict, cells: dict, header_row, columns: dict, fields: dict) -> None:
    if "class_name" in cells:
        ref, error = parse_class(cells["class_name"], cells.get("grade"))
        if error is not None:
            verdict.raw["class_name"] = cells["class_name"]
            verdict.errors.append((BAD_VALUE, {"column": _column_label(header_row, columns["class_name"],
                                                                        fields["class_name"].label), "reason": error}))
        verdict.record["class_name"] = ref.name if ref else ""
        verdict.record["class_number"] = ref.number if ref else None
        if ref is not None or "grade" in cells:
            verdict.record["grade"] = ref.grade if ref else normalize_grade(cells.get("grade"))[0]
    elif "grade" in cells:
        verdict.record["grade"] = normalize_grade(cells["grade"])[0]


def _mark_repeats(verdicts: list[RowVerdict], key: str, message: Text) -> None:
    lines: dict[str, list[int]] = {}
    for verdict in verdicts:
        value = verdict.record.get(key)
        if value:
            lines.setdefault(value if type(value) is str else str(value), []).append(verdict.line)
    repeated = [found for found in lines.values() if len(found) > 1]
    if not repeated:
        return
    by_line = {v.line: v for v in verdicts}
    for found in repeated:
        for line in found:
            others = ", ".join(str(other) for other in found if other != line)
            by_line[line].errors.append((message, {"lines": others}))


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
