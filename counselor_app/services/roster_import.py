"""Importing a student roster: preview first (every row's verdict, new/updated/unchanged), then one transaction.
The file, the header and the row verdicts come from the table-import framework (services/table_import.py with the
roster's kinds in domain/roster.py); this module adds what the register needs.

All-or-nothing by default: with any invalid row nothing is written. With ``skip_invalid`` the valid rows go in and
the rest are reported. Importing a newer roster again updates students by student number, never duplicates them.
Students missing from the file are left as they are (a roster may cover one grade only).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from counselor_app.domain import roster
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, Text, ValidationError
from counselor_app.domain.roles import Permission
from counselor_app.domain.school import GradeKind, grade_problem
from counselor_app.domain.roster_values import grade_level
from counselor_app.domain.student_status import in_school
from counselor_app.services import class_history
from counselor_app.services.progress import Progress
from counselor_app.services.session import Session
from counselor_app.services.table_import import ImportRefused, TablePreview, read_table, refuse_problems  # noqa: F401
from counselor_app.store import audit, classes, dorms, grades, office as office_store, students as student_store
from counselor_app.store.database import transaction
from counselor_app.services.operations import operation
from counselor_app.domain.areas import Area

LOOKS_LIKE_STUDENTS = QT_TRANSLATE_NOOP(
    "Roster", "This file looks like a student roster (it has a student number column): import it as students.")
LOOKS_LIKE_STAFF = QT_TRANSLATE_NOOP(
    "Roster", "This file looks like a staff roster (staff numbers or roles, no student numbers): import it as staff.")
CLASS_ARCHIVED = QT_TRANSLATE_NOOP(
    "Roster", "this class is archived (graduated or no longer taught): restore it on the Classes page, or give the "
              "student's current class")
ACTIVE = ("enrolled", "on_leave", "suspended")
UNDECIDED = QT_TRANSLATE_NOOP(
    "Roster", "{count} row(s) look like students already in the register under another student number, so nothing "
              "was imported. Choose for each: import as a new student, correct the number, or skip the row.")
REGISTER_CHANGED = QT_TRANSLATE_NOOP(
    "Roster", "The register changed since the check (a student number was changed or taken): check the file again.")

GUARDIAN_FIELDS = ("guardian_name", "guardian_relation", "guardian_phone",
                   "guardian2_name", "guardian2_relation", "guardian2_phone")


@dataclass
class ImportPreview(TablePreview):
    """A roster's preview (services/table_import.py), with what the student import adds to it."""
    # students only: what the import creates, and the rows most likely a register's student under another number
    new_grades: list[str] = field(default_factory=list)
    new_classes: list[tuple[str, str]] = field(default_factory=list)   # (grade, class)
    university: bool = False              # grades are departments
    likely_same: dict[int, roster.LikelySame] = field(default_factory=dict)   # by line
    choices: dict[int, str] = field(default_factory=dict)   # line -> roster.SAME_CHOICES; none yet: undecided
    _counted: tuple[int, int, int] = (0, 0, 0)   # new, updated, unchanged without the likely-same rows

    @property
    def skipped(self) -> int:
        """Likely-same rows the user chose to skip."""
        return sum(1 for line in self.likely_same if self.choices.get(line) == roster.SAME_SKIP)

    @property
    def undecided(self) -> list[int]:
        """Lines of the likely-same rows still without a choice (the import refuses while there are any)."""
        return [line for line in self.likely_same if line not in self.choices]

    def choose(self, choice: str | None, lines: list[int] | None = None) -> list[int]:
        """Decide likely-same rows (all when ``lines`` is None): new, renumber or skip; None undecides.
        Renumbering is set only where it is unambiguous; returns the lines left as they were."""
        if choice is not None and choice not in roster.SAME_CHOICES:
            raise ValueError(choice)
        left = []
        for line in self.likely_same if lines is None else lines:
            if line not in self.likely_same or (choice == roster.SAME_RENUMBER
                                                and not self.likely_same[line].can_renumber):
                left.append(line)
            elif choice is None:
                self.choices.pop(line, None)
            else:
                self.choices[line] = choice
        self._recount()
        return left

    def _recount(self) -> None:
        chosen = list(self.choices.values())
        new, updated, unchanged = self._counted
        self.new = new + chosen.count(roster.SAME_NEW)
        self.updated = updated + chosen.count(roster.SAME_RENUMBER)
        self.unchanged = unchanged


@dataclass(frozen=True)
class ImportResult:
    new: int
    updated: int
    unchanged: int
    rejected: list[roster.RowVerdict]
    skipped: int = 0                       # likely-same rows skipped by choice
    renumbered: int = 0                    # students whose number was corrected (counted in ``updated`` too)
    new_grades: tuple[str, ...] = ()
    new_classes: tuple[tuple[str, str], ...] = ()


def read_preview(session: Session, kind: str, path: Path, sheet: str | None = None,
                 mapping: dict[int, str | None] | None = None, strict: bool = True,
                 previous: ImportPreview | None = None) -> ImportPreview:
    """Read a roster of ``kind`` and check every row (no database look-ups yet); nothing is written. The options
    are those of :func:`counselor_app.services.table_import.read_table`; a roster of the other kind is named."""
    return read_table(kind, path, sheet, mapping, strict, previous, make=ImportPreview,
                      extra_problems=lambda rows, header_row: _wrong_kind(rows, header_row, kind))


def _wrong_kind(rows: list, header_row: int, kind: str) -> list[tuple[Text, dict]]:
    """A student roster given to the staff import (it has a 学号 column), or a staff roster given to the student
    import (工号 or 职务, no 学号), said as such instead of one puzzling message per row."""
    mapped, _unmapped = roster.map_header_row(rows[header_row], "students")
    if kind == "staff" and "student_no" in mapped.values():
        return [(LOOKS_LIKE_STUDENTS, {})]
    if kind == "students" and "student_no" not in mapped.values():
        staff, _unmapped = roster.map_header_row(rows[header_row], "staff")
        if {"staff_no", "roles"} & set(staff.values()):
            return [(LOOKS_LIKE_STAFF, {})]
    return []


@operation(Permission.EDIT_REGISTER, target="student")
def preview_students(session: Session, path: Path, sheet: str | None = None,
                     mapping: dict[int, str | None] | None = None, strict: bool = True,
                     previous: ImportPreview | None = None) -> ImportPreview:
    """Read and check a student roster; nothing is written. See :func:`read_preview` for the options."""
    preview = read_preview(session, "students", path, sheet, mapping, strict, previous)
    if not preview.problems:
        _classify(session, preview)
    return preview


def _changes(record: dict, existing: dict, ids: "_Ids", old_guardians: list) -> tuple[dict, list | None]:
    """The student fields and the guardian list that differ from the database (only columns the file has)."""
    fields = {}
    for key in ("name", "gender", "boarding", "status"):
        if key in record and record[key] not in (None, "") and record[key] != existing[key]:
            value = int(record[key]) if key == "boarding" else record[key]
            if value != existing[key]:
                fields[key] = value
    if record.get("birth_date"):
        iso = record["birth_date"].isoformat() if isinstance(record["birth_date"], date) else str(record["birth_date"])
        if iso != existing["birth_date"]:
            fields["birth_date"] = iso
    if record.get("class_name"):
        class_id = ids.class_for(record)
        if class_id != existing["class_id"]:
            fields["class_id"] = class_id
    if record.get("dorm"):
        dorm_id = ids.dorm_for(record["dorm"])
        if dorm_id != existing["dorm_id"]:
            fields["dorm_id"] = dorm_id
    guardians = _merged_guardians(record, old_guardians)
    new_guardians = guardians if guardians != [tuple(g) for g in old_guardians] else None
    return fields, new_guardians


def _guardians(record: dict) -> list[tuple[str, str, str]]:
    out = []
    for prefix in ("guardian", "guardian2"):
        name, phone = record.get(f"{prefix}_name") or "", record.get(f"{prefix}_phone") or ""
        if name or phone:
            out.append((name, record.get(f"{prefix}_relation") or "", phone))
    return out


def _merged_guardians(record: dict, old: list) -> list[tuple[str, str, str]]:
    """The register's guardians with what the file says laid over them, slot by slot (first, second guardian).

    A slot the file has no column for, and empty cells, keep what the register has: a phone list from a head
    teacher (学号, 姓名, 联系电话) must not wipe the guardians' names, nor a one-guardian roster the second one. When
    the file names another person in a slot, that slot is the file's alone: the old person's phone and relation
    never stay attached to the new name."""
    merged = [list(g) for g in old]
    for slot, prefix in enumerate(("guardian", "guardian2")):
        keys = (f"{prefix}_name", f"{prefix}_relation", f"{prefix}_phone")
        values = [record.get(k) or "" for k in keys]
        if not any(values):
            continue
        while len(merged) <= slot:
            merged.append(["", "", ""])
        if values[0] and merged[slot][0] and values[0] != merged[slot][0]:
            merged[slot] = list(values)   # another person
            continue
        for i, value in enumerate(values):
            if value:
                merged[slot][i] = value
    return [tuple(g) for g in merged if any(g)]


class _Ids:
    """Grade, class and dorm ids, creating the missing ones when ``create`` (inside the import transaction)."""

    def __init__(self, conn, create: bool, university: bool) -> None:
        self.conn, self.create, self.university = conn, create, university
        self.grades = grades.ids_by_name(conn)
        self.classes = classes.ids_by_name(conn)
        self.dorms = dorms.ids_by_name(conn)
        self._fake = -1
        self.created_grades: list[str] = []                  # in the order the rows name them
        self.created_classes: list[tuple[str, str]] = []

    def _new_id(self) -> int:
        self._fake -= 1
        return self._fake

    def grade_for(self, name: str) -> int:
        if name not in self.grades:
            if self.create:
                self.grades[name] = create_grade(self.conn, name, self.university)
            else:
                self.grades[name] = self._new_id()
            self.created_grades.append(name)
        return self.grades[name]

    def class_for(self, record: dict) -> int:
        grade_id = self.grade_for(record.get("grade") or "")
        key = (grade_id, record["class_name"])
        if key not in self.classes:
            if self.create:
                self.classes[key] = classes.insert(self.conn, grade_id, record["class_name"])
            else:
                self.classes[key] = self._new_id()
            self.created_classes.append((record.get("grade") or "", record["class_name"]))
        return self.classes[key]

    def dorm_for(self, name: str) -> int:
        if name not in self.dorms:
            self.dorms[name] = dorms.id_for(self.conn, name) if self.create else self._new_id()
        return self.dorms[name]


def is_university(session: Session) -> bool:
    """Whether the office serves a university (departments, not K-12 grades)."""
    return office_store.profile(session.conn).school_type.is_university


def create_grade(conn, name: str, university: bool) -> int:
    """A new grade (K-12, with its level) or department (university) at the end of the register's order."""
    return grades.insert(conn, name, GradeKind.of_school(university), 0 if university else grade_level(name))


def _check_grades(session: Session, preview: ImportPreview, ids: "_Ids") -> None:
    """Rows whose class cannot be placed in this school are rejected, not created: a class without a grade
    (火箭班, 701班), a grade this kind of school does not have (高一 in a 初中), a made-up grade (十五年级). Grades
    already in the register are always accepted."""
    school_type = office_store.profile(session.conn).school_type
    label = roster.FIELD_BY_KEY["students"]["class_name"].label
    archived = classes.archived_names(session.conn)
    for v in preview.valid:
        if not v.record.get("class_name"):
            continue
        grade = v.record.get("grade") or ""
        if (grade, v.record["class_name"]) in archived and (v.record.get("status") or "enrolled") in ACTIVE:
            # graduates of an archived class may come back in an export; an enrolled student may not go there
            v.errors.append((roster.BAD_VALUE, {"column": label, "reason": CLASS_ARCHIVED}))
            v.status = "error"
            continue
        if grade in ids.grades:
            continue
        found = grade_problem(grade, grade_level(grade), school_type)
        if found is not None:
            reason, params = found
            v.errors.append((roster.BAD_VALUE, {"column": label, "reason": reason, **params}))
            v.status = "error"


def _classify(session: Session, preview: ImportPreview) -> None:
    existing = student_store.by_number(session.conn)
    guardians = student_store.guardians_by_student(session.conn)
    preview.university = is_university(session)
    ids = _Ids(session.conn, create=False, university=preview.university)
    _check_grades(session, preview, ids)
    new = updated = unchanged = 0
    candidates = []   # rows with a new number: (line, number, name, birth date, class id)
    for v in preview.valid:
        record = v.record
        class_id = ids.class_for(record) if record.get("class_name") else None   # notes the classes to create
        old = existing.get(record["student_no"])
        if old is None:
            new += 1
            birth = record.get("birth_date")
            if existing and birth and class_id is not None:   # the only rows that may match a register's student
                candidates.append((v.line, record["student_no"], record.get("name") or "", birth.isoformat(),
                                   class_id))
            continue
        fields, new_guardians = _changes(record, old, ids, guardians.get(old["id"], []))
        if fields or new_guardians is not None:
            updated += 1
        else:
            unchanged += 1
    preview.new_grades, preview.new_classes = ids.created_grades, ids.created_classes
    preview.likely_same = roster.find_likely_same(
        candidates, ((s["id"], s["student_no"], s["name"], s["birth_date"] or "", s["class_id"])
                     for s in existing.values()),
        (v.record.get("student_no") for v in preview.verdicts if v.record.get("student_no"))) if candidates else {}
    preview._counted = (new - len(preview.likely_same), updated, unchanged)
    preview.choices = {}
    preview._recount()


@operation(Permission.EDIT_REGISTER, changes={Area.REGISTER}, audit="import.students", target="student")
def import_students(session: Session, preview: ImportPreview, skip_invalid: bool = False,
                    progress: Progress | None = None) -> ImportResult:
    """Write the previewed rows in one transaction (all or nothing), audited with counts only."""
    refuse_problems(preview)
    rejected = preview.rejected
    if rejected and not skip_invalid:
        raise ImportRefused(count=len(rejected))
    if preview.undecided:
        raise ValidationError(UNDECIDED, count=len(preview.undecided))
    conn = session.conn
    now = audit.now_iso()
    new = updated = unchanged = skipped = renumbered = 0
    valid = preview.valid
    with transaction(conn):
        existing = student_store.by_number(conn)
        guardians = student_store.guardians_by_student(conn)
        ids = _Ids(conn, create=True, university=is_university(session))
        history: list[tuple] = []         # written together after the loop (one executemany each)
        placements: list[tuple[int, int | None]] = []   # (student, class now) of those whose class or status changed
        new_guardians_rows: list[tuple] = []
        for i, v in enumerate(valid):
            if progress is not None and i % 500 == 0:
                progress.update(i, len(valid))
            record = v.record
            old = existing.get(record["student_no"])
            choice = preview.choices.get(v.line) if v.line in preview.likely_same else None
            if choice == roster.SAME_SKIP:
                skipped += 1
                continue
            if choice == roster.SAME_RENUMBER:
                old = _renumber(session, existing, preview.likely_same[v.line], record["student_no"])
                renumbered += 1
            if old is None:
                fields = {"student_no": record["student_no"], "name": record["name"],
                          "gender": record.get("gender") or "", "status": record.get("status") or "enrolled",
                          "boarding": bool(record.get("boarding"))}
                if record.get("birth_date"):
                    fields["birth_date"] = record["birth_date"].isoformat()
                if record.get("class_name"):
                    fields["class_id"] = ids.class_for(record)
                if record.get("dorm"):
                    fields["dorm_id"] = ids.dorm_for(record["dorm"])
                sid = student_store.insert(conn, fields, now)
                history.append((sid, fields["status"], now, "import", session.user.id))
                if in_school(fields["status"]):   # a graduate in the file: when they were in the class is unknown
                    placements.append((sid, fields.get("class_id")))
                new_guardians_rows += [(sid, n, r, p, k) for k, (n, r, p) in enumerate(_guardians(record))]
                existing[record["student_no"]] = {**fields, "id": sid}
                new += 1
                continue
            fields, changed_guardians = _changes(record, old, ids, guardians.get(old["id"], []))
            if choice == roster.SAME_RENUMBER:
                # the same record under its corrected number: which fields changed, never their values
                changed = ["student_no", *fields] + (["guardians"] if changed_guardians is not None else [])
                audit.append(conn, user_id=session.user.id, action="student.edit", target_type="student",
                             target_id=old["id"], detail=",".join(changed))
            elif not fields and changed_guardians is None:
                unchanged += 1
                continue
            student_store.update(conn, old["id"], fields, now)
            if "status" in fields:
                history.append((old["id"], fields["status"], now, "import", session.user.id))
            if "status" in fields or "class_id" in fields:
                status = fields.get("status", old["status"])
                placements.append((old["id"], fields.get("class_id", old["class_id"]) if in_school(status) else None))
            if changed_guardians is not None:
                student_store.replace_guardians(conn, old["id"], changed_guardians)
            updated += 1
        student_store.add_status_history(conn, history)
        class_history.keep(conn, placements)
        student_store.insert_guardians(conn, new_guardians_rows)
        if progress is not None:
            progress.update(len(valid), len(valid))   # the last chance to cancel: before the commit, not after
        audit.append(conn, user_id=session.user.id, action="import.students", target_type="student",
                     detail=f"{new}/{updated}/{unchanged}/{len(rejected)}")
    return ImportResult(new, updated, unchanged, rejected, skipped, renumbered, tuple(ids.created_grades),
                        tuple(ids.created_classes))


def _renumber(session: Session, existing: dict, same: roster.LikelySame, number: str) -> dict:
    """Give the register's student of a likely-same row the row's (corrected) number: the same record, so all that
    is attached to the student stays. Refused when the register changed since the preview."""
    old = existing.get(same.student_nos[0])
    if old is None or old["id"] != same.student_id or number in existing:
        raise ValidationError(REGISTER_CHANGED)
    student_store.set_number(session.conn, old["id"], number)
    del existing[same.student_nos[0]]
    existing[number] = old = {**old, "student_no": number}
    return old
