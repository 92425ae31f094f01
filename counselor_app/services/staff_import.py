"""Importing a staff roster: the same preview and all-or-nothing transaction as the student roster.

A staff member in the file is the register's staff member with the same staff number (工号); without a number, the
one with the same name (and the same phone when both have one). A class column makes the person that class's
班主任 (K-12) or 辅导员 (university), and the classes a person's rows give are all the classes they lead; a grade
column with the role 年级组长 / 院系负责人 in the row makes them its leader. Classes and grades are never created
from a staff roster: an unknown one rejects the row (import the students first).
Roles in the file replace the person's roles; an empty roles cell keeps them.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Collection

from counselor_app.domain.errors import QT_TRANSLATE_NOOP
from counselor_app.domain.roles import Permission
from counselor_app.domain.staff_roles import class_role, lead_changes, leads_classes, leads_grades, ordered
from counselor_app.services.progress import Progress
from counselor_app.services.roster_import import (
    ImportPreview, ImportRefused, ImportResult, is_university, read_preview, refuse_problems,
)
from counselor_app.services.session import Session
from counselor_app.store import audit, classes, grades, staff as staff_store
from counselor_app.store.database import transaction
from counselor_app.services.operations import operation
from counselor_app.domain.areas import Area

UNKNOWN_CLASS = QT_TRANSLATE_NOOP("Roster", "The class {klass} is not in the register (import the students first).")
AMBIGUOUS_CLASS = QT_TRANSLATE_NOOP(
    "Roster", "Several grades have a class {klass}: add a grade column or write the grade with the class.")
UNKNOWN_GRADE = QT_TRANSLATE_NOOP("Roster", "The grade or department {grade} is not in the register.")
SAME_NAME = QT_TRANSLATE_NOOP(
    "Roster", "Several staff members in the register have this name: add a staff number (工号) column.")
SAME_PERSON_TWICE = QT_TRANSLATE_NOOP(
    "Roster", "Row(s) {lines} give the same person (staff number, or name and phone) other details.")
CLASS_TWICE = QT_TRANSLATE_NOOP("Roster", "The same class is also given to row(s) {lines}.")


@dataclass(frozen=True, slots=True)
class StaffPlan:
    """What one valid row does: the staff id it updates (None: a new person), its roles, class and grade."""
    staff_id: int | None
    roles: tuple[str, ...]
    class_id: int | None
    grade_id: int | None


class _Register:
    """The staff, classes and grades of the register, for matching rows."""

    def __init__(self, conn) -> None:
        self.staff = staff_store.all_staff(conn)
        self.by_number = {s.staff_no: i for i, s in self.staff.items() if s.staff_no}
        self.by_name: dict[str, list[int]] = {}
        for i, s in self.staff.items():
            self.by_name.setdefault(s.name, []).append(i)
        self.classes: dict[tuple[str, str], int] = {}
        self.class_by_name: dict[str, list[int]] = {}
        for c in classes.choices(conn):
            self.classes[(c.grade, c.name)] = c.id
            self.class_by_name.setdefault(c.name, []).append(c.id)
        self.grades = grades.ids_by_name(conn, archived=False)
        self.heads = staff_store.class_heads(conn)
        self.leaders = staff_store.grade_leaders(conn)

    def match(self, record: dict) -> tuple[int | None, bool]:
        """(staff id or None for a new person, ambiguous). By 工号; a number not yet in the register falls back to
        the name among staff without a number (a roster that gained a 工号 column). By name, two people with the
        same name whose phones differ are two people."""
        number = record.get("staff_no") or ""
        if number and number in self.by_number:
            return self.by_number[number], False
        same = [i for i in self.by_name.get(record["name"], []) if not (number and self.staff[i].staff_no)]
        phone = record.get("phone") or ""
        if phone:
            same = [i for i in same if not self.staff[i].phone or self.staff[i].phone == phone]
        if len(same) > 1:
            return None, True
        return (same[0] if same else None), False


def _plan_row(verdict, reg: _Register, university: bool) -> StaffPlan | None:
    record = verdict.record
    staff_id, ambiguous = reg.match(record)
    if ambiguous:
        verdict.errors.append((SAME_NAME, {}))
        return None
    file_roles = tuple(record.get("roles") or ())
    roles = list(file_roles or (reg.staff[staff_id].roles if staff_id is not None else ()))
    leads_grade = leads_grades(file_roles)   # the row itself must say 年级组长 / 院系负责人
    class_id = grade_id = None
    if record.get("class_name"):
        grade, name = record.get("grade") or "", record["class_name"]
        class_id = reg.classes.get((grade, name)) if grade else None
        if class_id is None and not grade:
            found = reg.class_by_name.get(name, [])
            if len(found) > 1:
                verdict.errors.append((AMBIGUOUS_CLASS, {"klass": name}))
                return None
            class_id = found[0] if found else None
        if class_id is None:
            verdict.errors.append((UNKNOWN_CLASS, {"klass": f"{grade}{name}"}))
            return None
        if not leads_classes(roles):
            roles.append(class_role(university))
    elif record.get("grade") and leads_grade:
        grade_id = reg.grades.get(record["grade"])
        if grade_id is None:
            verdict.errors.append((UNKNOWN_GRADE, {"grade": record["grade"]}))
            return None
    if class_id is not None and record.get("grade") and leads_grade:
        grade_id = reg.grades.get(record["grade"])
    return StaffPlan(staff_id, ordered(roles), class_id, grade_id)


def _changed_fields(record: dict, old: staff_store.StaffMember) -> dict:
    fields = {}
    for key in ("staff_no", "name", "gender", "phone"):
        value = record.get(key)
        if value not in (None, "") and value != getattr(old, key):
            fields[key] = value
    return fields


@dataclass
class Person:
    """One staff member of the file: a roster may give a 辅导员 one row per class (same 工号, or same name and phone)."""
    lines: list[int]
    record: dict                      # the first row's values
    staff_id: int | None              # None: a new person
    roles: tuple[str, ...]
    class_ids: list[int]
    grade_ids: list[int]


def _person_key(record: dict) -> tuple:
    number = record.get("staff_no") or ""
    return ("no", number) if number else ("name", record["name"], record.get("phone") or "")


def _same_details(a: dict, b: dict) -> bool:
    """Two rows of one person must not contradict each other (an empty cell agrees with anything)."""
    for key in ("name", "phone", "gender", "roles"):
        x, y = a.get(key), b.get(key)
        if x and y and x != y:
            return False
    return True


def _reject(verdict, text, lines) -> None:
    verdict.errors.append((text, {"lines": ", ".join(str(o) for o in lines if o != verdict.line)}))
    verdict.status = "error"


def _plans(session: Session, preview: ImportPreview) -> list[Person]:
    """The people of the file with what each row does (rows whose class or grade is unknown, or that contradict
    another row of the same person, become invalid), and the counts (per person, not per row)."""
    reg = _Register(session.conn)
    university = is_university(session)
    plans: dict[int, StaffPlan] = {}
    for verdict in preview.valid:
        plan = _plan_row(verdict, reg, university)
        if plan is None:
            verdict.status = "error"
            continue
        plans[verdict.line] = plan
    by_line = {v.line: v for v in preview.verdicts}
    groups: dict[tuple, list[int]] = {}
    for verdict in preview.valid:
        groups.setdefault(_person_key(verdict.record), []).append(verdict.line)
    for lines in groups.values():
        first = by_line[lines[0]].record
        if any(not _same_details(first, by_line[line].record) for line in lines[1:]) or \
                len({plans[line].staff_id for line in lines}) > 1:
            for line in lines:
                _reject(by_line[line], SAME_PERSON_TWICE, lines)
    claimed: dict[int, set[tuple]] = {}
    claim_lines: dict[int, list[int]] = {}
    for verdict in preview.valid:
        class_id = plans[verdict.line].class_id
        if class_id is not None:
            claimed.setdefault(class_id, set()).add(_person_key(verdict.record))
            claim_lines.setdefault(class_id, []).append(verdict.line)
    for class_id, keys in claimed.items():
        if len(keys) > 1:   # two different people for one class
            for line in claim_lines[class_id]:
                _reject(by_line[line], CLASS_TWICE, claim_lines[class_id])
    people: dict[tuple, Person] = {}
    for verdict in preview.valid:
        plan = plans[verdict.line]
        key = _person_key(verdict.record)
        person = people.get(key)
        if person is None:
            person = people[key] = Person([], verdict.record, plan.staff_id, plan.roles, [], [])
        person.lines.append(verdict.line)
        person.roles = ordered((*person.roles, *plan.roles))
        if plan.class_id is not None and plan.class_id not in person.class_ids:
            person.class_ids.append(plan.class_id)
        if plan.grade_id is not None and plan.grade_id not in person.grade_ids:
            person.grade_ids.append(plan.grade_id)
    preview.new = preview.updated = preview.unchanged = 0
    for person in people.values():
        if person.staff_id is None:
            preview.new += 1
        elif _differs(person, reg):
            preview.updated += 1
        else:
            preview.unchanged += 1
    return list(people.values())


def _leads(person: Person, staff_id: int | None, reg: _Register,
           taken: Collection[int] = ()) -> tuple[dict[int, int | None], dict[int, int | None]]:
    """(class heads, grade leaders) to write for this person. When the file gives a person's classes, it gives all
    of them (a head teacher who moved from 1班 to 2班 no longer heads 1班, unless another row of the file takes 1班
    over: ``taken``); grades in the file are added to those the person leads."""
    return (lead_changes(staff_id, reg.heads, person.class_ids or None, taken=taken),
            lead_changes(staff_id, reg.leaders, person.grade_ids, only=False))


def _differs(person: Person, reg: _Register) -> bool:
    old = reg.staff[person.staff_id]
    return bool(_changed_fields(person.record, old) or set(person.roles) != set(old.roles) or not old.active
                or any(_leads(person, person.staff_id, reg)))


@operation(Permission.EDIT_REGISTER, target="staff")
def preview_staff(session: Session, path: Path, sheet: str | None = None,
                  mapping: dict[int, str | None] | None = None, strict: bool = True,
                  previous: ImportPreview | None = None) -> ImportPreview:
    """Read and check a staff roster against the register; nothing is written (options as in read_preview)."""
    preview = read_preview(session, "staff", path, sheet, mapping, strict, previous)
    if not preview.problems:
        _plans(session, preview)
    return preview


@operation(Permission.EDIT_REGISTER, changes={Area.REGISTER}, audit="import.staff", target="staff")
def import_staff(session: Session, preview: ImportPreview, skip_invalid: bool = False,
                 progress: Progress | None = None) -> ImportResult:
    """Write the previewed staff rows in one transaction (all or nothing), audited with counts only."""
    refuse_problems(preview)
    conn = session.conn
    now = audit.now_iso()
    new = updated = unchanged = 0
    with transaction(conn):
        plans = _plans(session, preview)  # again inside the transaction: the register may have changed
        rejected = preview.rejected
        if rejected and not skip_invalid:
            raise ImportRefused(count=len(rejected))
        reg = _Register(conn)
        claimed = {c for person in plans for c in person.class_ids}
        for i, person in enumerate(plans):
            if progress is not None and i % 200 == 0:
                progress.update(i, len(plans))
            staff_id = person.staff_id
            if staff_id is None:
                staff_id = staff_store.insert(conn, person.record, now)
                staff_store.set_roles(conn, staff_id, person.roles)
                new += 1
            elif _differs(person, reg):
                fields = _changed_fields(person.record, reg.staff[staff_id])
                if not reg.staff[staff_id].active:
                    fields["active"] = 1
                staff_store.update(conn, staff_id, fields)
                if set(person.roles) != set(reg.staff[staff_id].roles):
                    staff_store.set_roles(conn, staff_id, person.roles)
                updated += 1
            else:
                unchanged += 1
                continue
            heads, leaders = _leads(person, staff_id, reg, taken=claimed)
            staff_store.set_class_heads(conn, heads)
            staff_store.set_grade_leaders(conn, leaders)
        if progress is not None:
            progress.update(len(plans), len(plans))   # the last chance to cancel: before the commit, not after
        audit.append(conn, user_id=session.user.id, action="import.staff", target_type="staff",
                     detail=f"{new}/{updated}/{unchanged}/{len(rejected)}")
    return ImportResult(new, updated, unchanged, rejected)
