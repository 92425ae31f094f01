"""The school calendar: school years with their two semesters, and the office's own holidays and make-up workdays.

Reading needs VIEW_REGISTER, every change EDIT_REGISTER; every change is audited (dates and kinds, never a
person). Later features get the whole calendar with :func:`calendar` and ask it ``is_school_day(day)``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from counselor_app.domain.calendar_table import (  # noqa: F401 - KINDS and NAME_MAX: the dialogs' too
    CALENDAR_DAYS, KINDS, NAME_MAX, NOTHING_TO_IMPORT, makes_no_difference,
)
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from counselor_app.domain.holidays import DayInfo, SchoolCalendar
from counselor_app.domain.roles import Permission
from counselor_app.services.progress import Progress
from counselor_app.services.session import Session
from counselor_app.services.table_import import ImportRefused, TablePreview, read_table, rows_to_apply
from counselor_app.store import audit, calendar as store
from counselor_app.store.database import transaction
from counselor_app.services.operations import operation
from counselor_app.domain.areas import Area

NAME_EMPTY = QT_TRANSLATE_NOOP("Errors", "Give the school year a name, e.g. 2026-2027.")
NAME_TAKEN = QT_TRANSLATE_NOOP("Errors", "Another school year already has this name.")
BAD_DATE = QT_TRANSLATE_NOOP("Errors", "A date is not valid. Write it like 2026-09-01.")
DATE_RANGE = QT_TRANSLATE_NOOP("Errors", "Dates must lie between the years 2000 and 2100.")
YEAR_ORDER = QT_TRANSLATE_NOOP("Errors", "The school year must end after it starts.")
YEAR_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "A school year cannot last longer than 13 months.")
SEMESTER_ORDER = QT_TRANSLATE_NOOP("Errors", "Semester {number} must end after it starts.")
SEMESTER_OUTSIDE = QT_TRANSLATE_NOOP(
    "Errors", "Semester {number} must lie inside the school year ({start} to {end}).")
SEMESTERS_OVERLAP = QT_TRANSLATE_NOOP("Errors", "The semesters overlap: semester 2 must start after semester 1 ends.")
SEMESTER_COUNT = QT_TRANSLATE_NOOP("Errors", "A school year has two semesters: give the dates of both.")
YEARS_OVERLAP = QT_TRANSLATE_NOOP(
    "Errors", "The dates overlap the school year {name} ({start} to {end}). School years must not overlap.")
NO_YEAR = QT_TRANSLATE_NOOP("Errors", "This school year does not exist.")
BAD_KIND = QT_TRANSLATE_NOOP("Errors", "Unknown kind of day: a day is a holiday or a make-up workday.")
WORKDAY_ANYWAY = QT_TRANSLATE_NOOP(
    "Errors", "{day} is a workday anyway. A make-up workday falls on a Saturday or Sunday (or replaces a holiday).")
NO_OFFICE_DAY = QT_TRANSLATE_NOOP("Errors", "No day entered by the office on {day}.")


# -- school years ----------------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Semester:
    id: int
    number: int
    start: date
    end: date


@dataclass(frozen=True, slots=True)
class SchoolYear:
    id: int
    name: str
    start: date
    end: date
    semesters: tuple[Semester, ...] = ()


@dataclass(frozen=True)
class YearEdit:
    """A school year as the user typed it: dates as ``date`` or ISO text, two semesters as (start, end)."""
    name: str
    start: date | str
    end: date | str
    semesters: tuple[tuple[date | str, date | str], ...] = ()


@operation(Permission.VIEW_REGISTER, target="school_year")
def list_school_years(session: Session) -> list[SchoolYear]:
    """Every school year with its semesters, the newest first."""
    return _years(session)


def _years(session: Session) -> list[SchoolYear]:
    by_year: dict[int, list[Semester]] = {}
    for sid, year_id, number, start, end in store.semesters(session.conn):
        by_year.setdefault(year_id, []).append(Semester(sid, number, date.fromisoformat(start),
                                                        date.fromisoformat(end)))
    return [SchoolYear(i, name, date.fromisoformat(s), date.fromisoformat(e), tuple(by_year.get(i, ())))
            for i, name, s, e in store.school_years(session.conn)]


def _date(value: date | str) -> date:
    if isinstance(value, date):
        day = value
    else:
        try:
            day = date.fromisoformat(str(value).strip())
        except ValueError:
            raise ValidationError(BAD_DATE) from None
    if not 2000 <= day.year <= 2100:
        raise ValidationError(DATE_RANGE)
    return day


def _validate_year(session: Session, edit: YearEdit, year_id: int | None) -> tuple[str, date, date, list]:
    name = " ".join(edit.name.split())[:40]
    if not name:
        raise ValidationError(NAME_EMPTY)
    start, end = _date(edit.start), _date(edit.end)
    if end <= start:
        raise ValidationError(YEAR_ORDER)
    if (end - start).days > 400:
        raise ValidationError(YEAR_TOO_LONG)
    if len(edit.semesters) != 2:
        raise ValidationError(SEMESTER_COUNT)
    semesters = []
    for number, (s, e) in enumerate(edit.semesters, start=1):
        s, e = _date(s), _date(e)
        if e <= s:
            raise ValidationError(SEMESTER_ORDER, number=number)
        if s < start or e > end:
            raise ValidationError(SEMESTER_OUTSIDE, number=number, start=start.isoformat(), end=end.isoformat())
        semesters.append((number, s, e))
    if semesters[1][1] <= semesters[0][2]:
        raise ValidationError(SEMESTERS_OVERLAP)
    for other in _years(session):
        if other.id == year_id:
            continue
        if other.name == name:
            raise ValidationError(NAME_TAKEN)
        if start <= other.end and other.start <= end:
            raise ValidationError(YEARS_OVERLAP, name=other.name, start=other.start.isoformat(),
                                  end=other.end.isoformat())
    return name, start, end, semesters


@operation(Permission.EDIT_REGISTER, changes={Area.CALENDAR}, audit="school_year.add", target="school_year")
def save_school_year(session: Session, edit: YearEdit, year_id: int | None = None) -> int:
    """Create a school year (``year_id`` None) or change one, with its two semesters; audited; returns its id."""
    with transaction(session.conn):
        if year_id is not None and store.school_year(session.conn, year_id) is None:
            raise ValidationError(NO_YEAR)
        name, start, end, semesters = _validate_year(session, edit, year_id)
        if year_id is None:
            year_id = store.insert_year(session.conn, name, start.isoformat(), end.isoformat())
            action = "school_year.add"
        else:
            store.update_year(session.conn, year_id, name, start.isoformat(), end.isoformat())
            action = "school_year.edit"
        store.set_semesters(session.conn, year_id, [(n, s.isoformat(), e.isoformat()) for n, s, e in semesters])
        audit.append(session.conn, user_id=session.user.id, action=action, target_type="school_year",
                     target_id=year_id, detail=f"{start.isoformat()}/{end.isoformat()}")
    return year_id


# -- the calendar ------------------------------------------------------------------------------------------------

@operation(Permission.VIEW_REGISTER, target="calendar")
def calendar(session: Session) -> SchoolCalendar:
    """The office's whole calendar (package, office days, semesters): build it once per job and ask it."""
    return _calendar(session)


def _calendar(session: Session) -> SchoolCalendar:
    office = {date.fromisoformat(d): (k, n) for d, k, n, _s in store.office_days(session.conn)}
    spans = [(s.start, s.end) for y in _years(session) for s in y.semesters]
    return SchoolCalendar(office, spans)


@dataclass(frozen=True)
class YearCalendar:
    """What the calendar page shows for one school year."""
    year: SchoolYear
    days: list[DayInfo]                                         # holidays, make-up workdays, named days
    uncovered: list[int]                                        # calendar years the package lacks
    calendar: SchoolCalendar                                    # ask it about any day (the month view does)
    office_days: dict[int, int] = field(default_factory=dict)   # calendar year -> days the office entered
    school_days: dict[int, int] = field(default_factory=dict)   # semester number -> school days


@operation(Permission.VIEW_REGISTER, target="school_year")
def year_calendar(session: Session, year_id: int) -> YearCalendar:
    """The holidays and make-up workdays of a school year (the package's and the office's)."""
    year = next((y for y in _years(session) if y.id == year_id), None)
    if year is None:
        raise ValidationError(NO_YEAR)
    cal = _calendar(session)
    years = range(year.start.year, year.end.year + 1)
    return YearCalendar(year, cal.special_days(year.start, year.end), cal.uncovered_years(year.start, year.end), cal,
                        {y: cal.office_day_count(y) for y in years},
                        {s.number: cal.school_days(s.start, s.end) for s in year.semesters})


# -- the office's own days ----------------------------------------------------------------------------------------

def _check_day(day: date, kind: str) -> None:
    """A workday entry must make a difference: on a weekend, or replacing a package holiday."""
    if makes_no_difference(day, kind):
        raise ValidationError(WORKDAY_ANYWAY, day=day.isoformat())


@operation(Permission.EDIT_REGISTER, changes={Area.CALENDAR}, audit="calendar_day.add", target="calendar_day", target_arg="day")
def add_office_day(session: Session, day: date | str, kind: str, name: str = "") -> None:
    """Enter a holiday or a make-up workday (replacing the office's entry of that date, if any); audited."""
    day = _date(day)
    if kind not in KINDS:
        raise ValidationError(BAD_KIND)
    _check_day(day, kind)
    with transaction(session.conn):
        store.put_day(session.conn, day.isoformat(), kind, " ".join(name.split())[:NAME_MAX], "entered",
                      audit.now_iso())
        audit.append(session.conn, user_id=session.user.id, action="calendar_day.add", target_type="calendar_day",
                     target_id=day.isoformat(), detail=kind)


@operation(Permission.EDIT_REGISTER, changes={Area.CALENDAR}, audit="calendar_day.remove", target="calendar_day", target_arg="day")
def remove_office_day(session: Session, day: date | str) -> None:
    """Take back a day the office entered (the package's data, or the week's rule, applies again); audited."""
    day = _date(day)
    with transaction(session.conn):
        if not store.delete_day(session.conn, day.isoformat()):
            raise ValidationError(NO_OFFICE_DAY, day=day.isoformat())
        audit.append(session.conn, user_id=session.user.id, action="calendar_day.remove",
                     target_type="calendar_day", target_id=day.isoformat())


# -- import ---------------------------------------------------------------------------------------------------
# A file of days is a kind of table (domain/calendar_table.py) and gets the roster's preview: the header row found,
# the column mapping, every row's verdict with its Excel row number; then all or nothing, or the valid rows only.

CalendarImportRefused = ImportRefused   # invalid rows, nothing written; ``problems``: (row number, messages)


@dataclass(frozen=True)
class ImportedDays:
    count: int
    years: tuple[int, ...]


def _preview(session: Session, path: str | Path, sheet: str | None = None, mapping: dict | None = None,
             strict: bool = True, previous: TablePreview | None = None) -> TablePreview:
    preview = read_table(CALENDAR_DAYS, path, sheet, mapping, strict, previous)
    entered = {d: (k, n) for d, k, n, _s in store.office_days(session.conn)}
    for v in preview.valid:   # new: no entry of the office that day; updated: the file's day replaces one
        old = entered.get(v.record["day"].isoformat())
        if old is None:
            preview.new += 1
        elif old != (v.record["kind"], v.record.get("name") or ""):
            preview.updated += 1
        else:
            preview.unchanged += 1
    return preview


@operation(Permission.EDIT_REGISTER, target="calendar_day")
def preview_office_days(session: Session, path: str | Path, sheet: str | None = None, mapping: dict | None = None,
                        strict: bool = True, previous: TablePreview | None = None) -> TablePreview:
    """Read and check a file of holidays and make-up workdays (columns 日期, 类型 放假/补班, 名称); nothing is
    written. The options are those of :func:`counselor_app.services.table_import.read_table`."""
    return _preview(session, path, sheet, mapping, strict, previous)


@operation(Permission.EDIT_REGISTER, changes={Area.CALENDAR}, audit="import.calendar_days", target="calendar_day")
def import_office_days(session: Session, preview: TablePreview | str | Path, sheet: str | None = None,
                       skip_invalid: bool = False, progress: Progress | None = None) -> ImportedDays:
    """Import the holidays and make-up workdays of a preview (or of a csv/xlsx file, checked first).

    All or nothing unless ``skip_invalid``: with an invalid row nothing is written and CalendarImportRefused
    lists the rows. A date the office had entered before is replaced by the file's. Audited with the count only.
    """
    if not isinstance(preview, TablePreview):
        preview = _preview(session, preview, sheet)
    rows = rows_to_apply(preview, skip_invalid)
    days = [(v.record["day"], v.record["kind"], v.record.get("name") or "") for v in rows]
    if not days:
        raise ValidationError(NOTHING_TO_IMPORT)
    with transaction(session.conn):
        if progress is not None:
            progress.update(0, len(days))
        store.put_days(session.conn, [(d.isoformat(), k, n) for d, k, n in days], "imported", audit.now_iso())
        if progress is not None:
            progress.update(len(days), len(days))   # the last chance to cancel: before the commit, not after
        audit.append(session.conn, user_id=session.user.id, action="import.calendar_days",
                     target_type="calendar_day", detail=str(len(days)))
    return ImportedDays(len(days), tuple(sorted({d.year for d, _k, _n in days})))
