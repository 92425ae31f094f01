"""Importing unavailability for duty from a sheet (domain/duty_table.py) through the table-import framework: the
preview (header row, column mapping, every row's verdict with its Excel row number), then all or nothing, or the
valid rows only.

People are matched by 工号, else by name among the staff still at school (two of one name: the row needs the
工号). A period must be one the semester's shifts use; dates must lie in the semester. A row the semester has
already (same person, reason, dates, weekday, period) is unchanged: importing the same file again changes nothing.
MANAGE_DUTY; audited with the semester and the count. The dialog: ``TableImportDialog(parent, app,
"duty_unavailability", partial(preview_unavailability, semester_id=…), partial(import_unavailability, semester_id=…))``.
"""
from __future__ import annotations

from pathlib import Path

from counselor_app.domain.areas import Area
from counselor_app.domain.duty_table import NOTHING_TO_IMPORT, UNAVAILABILITY
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from counselor_app.domain.roles import Permission
from counselor_app.domain.search import search_key
from counselor_app.services import duty
from counselor_app.services.operations import operation
from counselor_app.services.progress import Progress
from counselor_app.services.session import Session
from counselor_app.services.table_import import TablePreview, read_table, rows_to_apply
from counselor_app.store import audit, duty as store, staff as staff_store
from counselor_app.store.database import transaction

UNKNOWN_PERSON = QT_TRANSLATE_NOOP("DutyImport", "nobody of this name or staff number is at the school")
TWO_PEOPLE = QT_TRANSLATE_NOOP("DutyImport", "two staff members have this name: add the 工号 column")
NO_SUCH_PERIOD = QT_TRANSLATE_NOOP("DutyImport", "no shift of the semester has the period {period}")
OUTSIDE = QT_TRANSLATE_NOOP("DutyImport", "the date lies outside the semester ({start} to {end})")


def _key(staff_id: int, record: dict) -> tuple:
    first, last = record.get("first"), record.get("last")
    return (staff_id, record["reason"], first.isoformat() if first else None, last.isoformat() if last else None,
            record.get("weekday"), record.get("period") or "")


def _preview(session: Session, semester_id: int, path, sheet=None, mapping=None, strict=True, previous=None):
    sem = duty.semester(session, semester_id)
    preview = read_table(UNAVAILABILITY, path, sheet, mapping, strict, previous)
    people = [s for s in staff_store.all_staff(session.conn).values() if s.active]
    by_number = {s.staff_no: s.id for s in people if s.staff_no}
    by_name: dict[str, list[int]] = {}
    for s in people:
        by_name.setdefault(search_key(s.name), []).append(s.id)
    periods = {t.period for t in store.templates(session.conn, semester_id)}
    existing = {(u.staff_id, u.reason, u.first_day, u.last_day, u.weekday, u.period)
                for u in store.unavailable(session.conn, semester_id)}
    for v in preview.valid:
        record = v.record
        found = by_number.get(record.get("staff_no") or "")
        if found is None:
            named = by_name.get(search_key(record.get("name") or ""), []) if record.get("name") else []
            if len(named) > 1:
                v.errors.append((TWO_PEOPLE, {}))
            found = named[0] if len(named) == 1 else None
        if found is None and not v.errors:
            v.errors.append((UNKNOWN_PERSON, {}))
        period = record.get("period") or ""
        if period and period not in periods:
            v.errors.append((NO_SUCH_PERIOD, {"period": period}))
        for day in (record.get("first"), record.get("last")):
            if day is not None and not sem.start <= day <= sem.end:
                v.errors.append((OUTSIDE, {"start": sem.start.isoformat(), "end": sem.end.isoformat()}))
                break
        if v.errors:
            v.status = "error"
            continue
        record["staff_id"] = found
        if _key(found, record) in existing:
            preview.unchanged += 1
        else:
            preview.new += 1
    return preview


@operation(Permission.MANAGE_DUTY, target="semester")
def preview_unavailability(session: Session, path: str | Path, sheet: str | None = None, mapping: dict | None = None,
                           strict: bool = True, previous: TablePreview | None = None, *,
                           semester_id: int) -> TablePreview:
    """Read and check a sheet of unavailability for a semester; nothing is written."""
    return _preview(session, semester_id, path, sheet, mapping, strict, previous)


@operation(Permission.MANAGE_DUTY, changes={Area.DUTY}, audit="import.duty_unavailability", target="semester")
def import_unavailability(session: Session, preview: TablePreview | str | Path, skip_invalid: bool = False,
                          progress: Progress | None = None, *, semester_id: int) -> int:
    """Write the valid rows of a preview (or of a file, checked first) as the semester's unavailability; the rows it
    has already are left as they are. All or nothing unless ``skip_invalid``. The number of rows added."""
    if not isinstance(preview, TablePreview):
        preview = _preview(session, semester_id, preview)
    rows = rows_to_apply(preview, skip_invalid)
    if not rows:
        raise ValidationError(NOTHING_TO_IMPORT)
    with transaction(session.conn):
        existing = {(u.staff_id, u.reason, u.first_day, u.last_day, u.weekday, u.period)
                    for u in store.unavailable(session.conn, semester_id)}
        added = 0
        if progress is not None:
            progress.update(0, len(rows))
        for v in rows:
            key = _key(v.record["staff_id"], v.record)
            if key in existing:
                continue
            existing.add(key)
            store.insert_unavailable(session.conn, semester_id, *key)
            added += 1
        store.touch_roster(session.conn, semester_id)
        if progress is not None:
            progress.update(len(rows), len(rows))   # the last chance to cancel: before the commit
        audit.append(session.conn, user_id=session.user.id, action="import.duty_unavailability",
                     target_type="semester", target_id=semester_id, detail=str(added))
    return added
