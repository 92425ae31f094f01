"""The school calendar: school years with their two semesters, and the office's own holidays and make-up workdays.

Reading needs VIEW_REGISTER, every change EDIT_REGISTER; every change is audited (dates and kinds, never a
person). Later features get the whole calendar with :func:`calendar` and ask it ``is_school_day(day)``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from counselor_app.domain.errors import QT_TRANSLATE_NOOP, Text, ValidationError
from counselor_app.domain.holidays import DayInfo, SchoolCalendar, package_days
from counselor_app.domain.roles import Permission
from counselor_app.domain.roster_values import clean_text, is_blank, parse_date
from counselor_app.files.roster_files import read_rows
from counselor_app.services.session import Session
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
INVALID_ROWS = QT_TRANSLATE_NOOP(
    "Calendar", "{count} row(s) of the file are not valid, so nothing was imported. Correct them and import again.")
NO_HEADER = QT_TRANSLATE_NOOP(
    "Calendar", "No header row was found: the file needs the columns 日期 (date) and 类型 (放假 or 补班), "
                "and may have 名称 (name).")
NOTHING_TO_IMPORT = QT_TRANSLATE_NOOP("Calendar", "The file holds no days to import.")
ROW_NO_DATE = QT_TRANSLATE_NOOP("Calendar", "the date is missing")
ROW_NO_KIND = QT_TRANSLATE_NOOP("Calendar", "the type is missing (放假 or 补班)")
ROW_BAD_KIND = QT_TRANSLATE_NOOP("Calendar", "unknown type (use 放假, 补班 or 上班)")
ROW_TWICE = QT_TRANSLATE_NOOP("Calendar", "the date appears twice in the file")
ROW_RANGE = QT_TRANSLATE_NOOP("Calendar", "the year must be between 2000 and 2100")
ROW_WORKDAY_ANYWAY = QT_TRANSLATE_NOOP(
    "Calendar", "this day is a workday anyway (a make-up workday falls on a Saturday or Sunday)")

KINDS = ("holiday", "workday")
NAME_MAX = 40
_KIND_WORDS = {"放假": "holiday", "休息": "holiday", "假日": "holiday", "节假日": "holiday", "休假": "holiday",
               "holiday": "holiday", "补班": "workday", "上班": "workday", "调休上班": "workday", "工作日": "workday",
               "workday": "workday"}
_HEADERS = {"日期": "day", "date": "day", "类型": "kind", "type": "kind", "kind": "kind",
            "名称": "name", "节日": "name", "节假日名称": "name", "name": "name", "说明": "name", "备注": "name"}


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
    if kind == "workday" and day.weekday() < 5 and package_days(day.year).get(day, ("",))[0] != "holiday":
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


# -- import --------------------------------------------------------------------------------------------------------

class CalendarImportRefused(ValidationError):
    """Invalid rows: nothing was written. ``problems`` holds (row number as the user sees it, reason)."""
    message = INVALID_ROWS

    def __init__(self, problems: list[tuple[int, Text]]) -> None:
        self.problems = problems
        super().__init__(count=len(problems))


@dataclass(frozen=True)
class ImportedDays:
    count: int
    years: tuple[int, ...]


def _header(rows: list[list[object]]) -> tuple[int, dict[str, int]] | None:
    for i, row in enumerate(rows[:10]):
        found: dict[str, int] = {}
        for col, cell in enumerate(row):
            key = _HEADERS.get(clean_text(cell).replace(" ", "").lower())
            if key and key not in found:
                found[key] = col
        if "day" in found and "kind" in found:
            return i, found
    return None


def read_office_days(path: str | Path, sheet: str | None = None
                     ) -> tuple[list[tuple[date, str, str]], list[tuple[int, Text]]]:
    """The (day, kind, name) rows of a csv/xlsx file, and the (row number, reason) of the invalid ones."""
    rows = read_rows(path, sheet)
    found = _header(rows)
    if found is None:
        raise ValidationError(NO_HEADER)
    header, cols = found
    days: list[tuple[date, str, str]] = []
    problems: list[tuple[int, Text]] = []
    seen: set[date] = set()

    def cell(row: list, key: str) -> object:
        col = cols.get(key)
        return row[col] if col is not None and col < len(row) else None

    for index in range(header + 1, len(rows)):
        row, line = rows[index], index + 1
        if all(is_blank(v) for v in row):
            continue
        day, error = parse_date(cell(row, "day"))
        kind_text = clean_text(cell(row, "kind")).replace(" ", "").lower()
        kind = _KIND_WORDS.get(kind_text)
        if error is not None:
            problems.append((line, error))
        elif day is None:
            problems.append((line, ROW_NO_DATE))
        elif not 2000 <= day.year <= 2100:
            problems.append((line, ROW_RANGE))
        elif not kind_text:
            problems.append((line, ROW_NO_KIND))
        elif kind is None:
            problems.append((line, ROW_BAD_KIND))
        elif day in seen:
            problems.append((line, ROW_TWICE))
        else:
            try:
                _check_day(day, kind)
            except ValidationError:
                problems.append((line, ROW_WORKDAY_ANYWAY))
                continue
            seen.add(day)
            days.append((day, kind, clean_text(cell(row, "name"))[:NAME_MAX]))
    return days, problems


@operation(Permission.EDIT_REGISTER, changes={Area.CALENDAR}, audit="import.calendar_days", target="calendar_day")
def import_office_days(session: Session, path: str | Path, sheet: str | None = None) -> ImportedDays:
    """Import holidays and make-up workdays (columns 日期, 类型 放假/补班, 名称) from csv or xlsx.

    All or nothing: with any invalid row nothing is written and CalendarImportRefused lists the rows. A date the
    office had entered before is replaced by the file's. Audited with the count only.
    """
    days, problems = read_office_days(path, sheet)
    if problems:
        raise CalendarImportRefused(problems)
    if not days:
        raise ValidationError(NOTHING_TO_IMPORT)
    with transaction(session.conn):
        store.put_days(session.conn, [(d.isoformat(), k, n) for d, k, n in days], "imported", audit.now_iso())
        audit.append(session.conn, user_id=session.user.id, action="import.calendar_days",
                     target_type="calendar_day", detail=str(len(days)))
    return ImportedDays(len(days), tuple(sorted({d.year for d, _k, _n in days})))

