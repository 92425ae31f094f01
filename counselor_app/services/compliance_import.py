"""Importing lessons and trainings from the sheets schools keep in Excel (domain/compliance_table.py) through the
table-import framework: the preview (header row, column mapping, every row's verdict with its Excel row number),
then all or nothing, or the valid rows only.

A class is found as the classes page writes it (七年级(1)班, 初一1班); a teacher by 工号, else by name among the
staff still at school (two of one name: the row needs the 工号). Values are checked as the log's own form checks
them (services/compliance_logs.validate). A row the log has already (the same class, day and topic; the same person,
day and title) is unchanged: importing the same file again changes nothing. MANAGE_COMPLIANCE; audited with the
kind and the count. The dialog: ``TableImportDialog(parent, app, "compliance_lessons", partial(preview_logs,
kind="lesson"), partial(import_logs, kind="lesson"))``.
"""
from __future__ import annotations

from pathlib import Path

from counselor_app.domain.areas import Area
from counselor_app.domain.compliance_table import LESSONS, NOTHING, TRAININGS
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from counselor_app.domain.roles import Permission
from counselor_app.domain.search import search_key
from counselor_app.services import class_roster
from counselor_app.services import compliance_logs as logs
from counselor_app.services.operations import operation
from counselor_app.services.progress import Progress
from counselor_app.services.session import Session
from counselor_app.services.table_import import TablePreview, read_table, rows_to_apply
from counselor_app.store import audit, compliance as store, staff as staff_store
from counselor_app.store.database import transaction

UNKNOWN_PERSON = QT_TRANSLATE_NOOP("ComplianceImport", "nobody of this name or staff number is at the school")
TWO_PEOPLE = QT_TRANSLATE_NOOP("ComplianceImport", "two staff members have this name: add the 工号 column")
KINDS = {"lesson": LESSONS, "training": TRAININGS}


def _people(session: Session):
    people = [s for s in staff_store.all_staff(session.conn).values() if s.active]
    by_number = {s.staff_no: s.id for s in people if s.staff_no}
    by_name: dict[str, list[int]] = {}
    for s in people:
        by_name.setdefault(search_key(s.name), []).append(s.id)
    return by_number, by_name


def _person(record: dict, by_number, by_name, errors: list, required: bool) -> int | None:
    found = by_number.get(record.get("staff_no") or "")
    name = record.get("name") or record.get("teacher") or ""
    if found is None and name:
        named = by_name.get(search_key(name), [])
        if len(named) > 1:
            errors.append((TWO_PEOPLE, {}))
            return None
        found = named[0] if named else None
    if found is None and (required or name):
        errors.append((UNKNOWN_PERSON, {}))
    return found


def _edit(kind: str, record: dict, person: int | None, class_id: int | None):
    if kind == "lesson":
        return logs.LessonEdit(class_id, record["on_date"], person, record.get("topic") or "",
                               int(record.get("periods") or 1))
    return logs.TrainingEdit(person, record["on_date"], record["title"], record["hours"], record.get("provider") or "")


def _preview(session: Session, kind: str, path, sheet=None, mapping=None, strict=True, previous=None):
    if kind not in KINDS:
        raise ValidationError(logs.UNKNOWN_KIND)
    preview = read_table(KINDS[kind], path, sheet, mapping, strict, previous)
    by_number, by_name = _people(session)
    seen: set = set()
    for v in preview.valid:
        record = v.record
        class_id = None
        if kind == "lesson":
            try:
                class_id = class_roster.class_id_by_name.__wrapped__(session, record["klass"])
            except UserError as e:
                v.errors.append((e.source, e.params))
        person = _person(record, by_number, by_name, v.errors, required=kind == "training")
        if not v.errors:
            try:
                record["values"] = logs.validate(session, kind, _edit(kind, record, person, class_id))
            except UserError as e:
                v.errors.append((e.source, e.params))
        if v.errors:
            v.status = "error"
            continue
        key = tuple(sorted((k, str(x)) for k, x in record["values"].items()))
        if store.find_same(session.conn, kind, record["values"]) is not None or key in seen:
            preview.unchanged += 1
            record["values"] = None
        else:
            preview.new += 1
        seen.add(key)
    return preview


@operation(Permission.MANAGE_COMPLIANCE, target="compliance")
def preview_logs(session: Session, path: str | Path, sheet: str | None = None, mapping: dict | None = None,
                 strict: bool = True, previous: TablePreview | None = None, *, kind: str) -> TablePreview:
    """Read and check a sheet of lessons or trainings; nothing is written."""
    return _preview(session, kind, path, sheet, mapping, strict, previous)


@operation(Permission.MANAGE_COMPLIANCE, changes={Area.COMPLIANCE}, audit="import.compliance", target="compliance")
def import_logs(session: Session, preview: TablePreview | str | Path, skip_invalid: bool = False,
                progress: Progress | None = None, *, kind: str) -> int:
    """Write the new valid rows of a preview (or of a file, checked first). All or nothing unless ``skip_invalid``.
    The number of rows added."""
    if not isinstance(preview, TablePreview):
        preview = _preview(session, kind, preview)
    rows = rows_to_apply(preview, skip_invalid)
    if not rows:
        raise ValidationError(NOTHING)
    added = 0
    with transaction(session.conn):
        if progress is not None:
            progress.update(0, len(rows))
        for v in rows:
            values = v.record.get("values")
            if values is None or store.find_same(session.conn, kind, values) is not None:
                continue
            logs.write(session, kind, values)
            added += 1
        if progress is not None:
            progress.update(len(rows), len(rows))
        audit.append(session.conn, user_id=session.user.id, action="import.compliance", target_type=kind,
                     target_id="", detail=str(added))
    return added
