"""The duty roster's documents: the month per post as a PDF (A4 landscape, names and times only: it hangs on the
door; registered in services/documents.py as ``duty_roster``, printed headlessly with ``counselor-app print
duty-roster --month 2026-10 --out F.pdf``) and the xlsx export of a date range (``counselor-app export duty``).

Both need MANAGE_DUTY; the print goes through documents.build_document/save_document (permission and audit there),
the export is audited here (the range and the number of rows) and written atomically from memory.
"""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Callable

from counselor_app.domain import duty as rules
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from counselor_app.domain.roles import Permission
from counselor_app.services import duty, duty_roster
from counselor_app.services.operations import operation
from counselor_app.services.session import Session
from counselor_app.services.settings import read_settings
from counselor_app.store import duty as store, office as office_store
from counselor_app.store.files import write_atomic

BAD_MONTH = QT_TRANSLATE_NOOP("Errors", "{value} is not a month (write it as 2026-09).")
RANGE_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "Export at most one year of duties at a time.")
MAKEUP_FOLLOWS = QT_TRANSLATE_NOOP("DutyRoster", "make-up workday ({weekday} timetable)")


def _month(value) -> tuple[int, int]:
    try:
        year, month = (int(x) for x in str(value).strip().split("-"))
        date(year, month, 1)
    except ValueError:
        raise ValidationError(BAD_MONTH, value=str(value)) from None
    return year, month


def door_month(session: Session, month, *, tr: Callable = str):
    """The plain data of the month's grid (reports/duty_roster.DoorMonth), every post with duty that month."""
    from counselor_app.reports.duty_roster import DoorLine, DoorMonth, PostPage

    year, number = _month(month)
    data = duty_roster.month_data(session, year, number, tr=tr)
    follows = {d.day: d.timetable for d in duty.makeup_days(session, *duty_roster._month_bounds(year, number))}
    notes = dict(data.notes)
    for day, weekday in follows.items():
        if weekday is not None:
            notes[day] = tr(MAKEUP_FOLLOWS).format(weekday=tr(rules.WEEKDAYS[weekday]))
    pages = [PostPage(p.post, {day: [DoorLine(line.times, line.names, max(0, line.heads - len(line.names)),
                                              line.period)
                                     for line in lines] for day, lines in p.days.items()}) for p in data.posts]
    profile = office_store.profile(session.conn)
    return DoorMonth(profile.name, profile.unit_name, year, number, datetime.now(), pages, notes,
                     draft=not data.published)


def roster_document(session: Session, *, tr: Callable, month) -> bytes:
    """The PDF of the month (documents.build_document checked the permission)."""
    from counselor_app.reports.duty_roster import build_duty_roster

    data = door_month(session, month, tr=tr)
    return build_duty_roster(data, tr=tr, font_path=read_settings(session).pdf_font_path or None)


@operation(Permission.MANAGE_DUTY, audit="export.duty", target="duty")
def export_duty(session: Session, first, last, out: Path, *, tr: Callable = str) -> int:
    """The duties from ``first`` to ``last`` as an xlsx workbook (日期, 星期, 岗位, 时段, 值班人), one row per shift
    and day; written atomically. The number of rows."""
    from counselor_app.reports.duty_roster import ExportLine, duty_xlsx

    first, last = duty.parse_day(first), duty.parse_day(last)
    if first is None or last is None:
        raise ValidationError(duty.BAD_DAY)
    if last < first:
        raise ValidationError(duty_roster.RANGE_ORDER)
    if (last - first).days > 366:
        raise ValidationError(RANGE_TOO_LONG)
    grouped: dict[tuple, list[str]] = {}
    for r in store.shifts(session.conn, first.isoformat(), last.isoformat()):
        grouped.setdefault((r.day, r.post, r.start_time, r.template_id, r.period, r.end_time), []).append(r.name)
    lines = [ExportLine(date.fromisoformat(day), post, period, f"{start}–{end}", tuple(names))
             for (day, post, start, _tid, period, end), names in grouped.items()]
    data = duty_xlsx(lines, tr)
    write_atomic(Path(out), data)
    session.audit("export.duty", "duty", "", detail=f"{first.isoformat()}/{last.isoformat()}/{len(lines)}")
    return len(lines)
