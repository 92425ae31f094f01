"""The compliance logs (合规记录): lessons per class, family guidance activities, publicity activities, trainings and
supervision sessions of staff, and the school year's funding, venue, course credits and partner hospital.

One edit type per log, validated here; one add / edit / remove per log through :func:`save_log` and
:func:`remove_log` (permission MANAGE_COMPLIANCE, audited with the log's kind and the row's id). Lists are open to
everyone who sees the register: logs carry no student and no clinical text.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date

from counselor_app.domain import compliance as rules
from counselor_app.domain.areas import Area
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from counselor_app.domain.roles import Permission
from counselor_app.domain.school import class_label
from counselor_app.services.operations import changing, operation
from counselor_app.services.session import Session
from counselor_app.store import compliance as store
from counselor_app.store import school_years
from counselor_app.store.audit import now_iso

KINDS = ("lesson", "family", "publicity", "training", "supervision")
MAX_TITLE = 80

UNKNOWN_KIND = QT_TRANSLATE_NOOP("Errors", "Unknown kind of compliance record.")
NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "This record no longer exists.")
BAD_DAY = QT_TRANSLATE_NOOP("Errors", "The date must be a day such as 2026-09-21.")
NO_TITLE = QT_TRANSLATE_NOOP("Errors", "Give the record a title (at most {max} characters).")
LONG_TEXT = QT_TRANSLATE_NOOP("Errors", "At most {max} characters.")
NO_CLASS = QT_TRANSLATE_NOOP("Errors", "Choose a class.")
NO_CLASSES = QT_TRANSLATE_NOOP("Errors", "Choose at least one class.")
UNKNOWN_CLASS = QT_TRANSLATE_NOOP("Errors", "The class is not in the register.")
NO_STAFF = QT_TRANSLATE_NOOP("Errors", "Choose a staff member of the register.")
BAD_PERIODS = QT_TRANSLATE_NOOP("Errors", "Lesson periods: from 1 to 10.")
BAD_HOURS = QT_TRANSLATE_NOOP("Errors", "Hours: more than 0 and at most {max}.")
BAD_COUNT = QT_TRANSLATE_NOOP("Errors", "A number of people is a whole number from 0.")
BAD_CODE = QT_TRANSLATE_NOOP("Errors", "Choose one of the listed kinds.")
BAD_AMOUNT = QT_TRANSLATE_NOOP("Errors", "Amounts and areas are numbers from 0 (leave empty when unknown).")
NO_YEAR = QT_TRANSLATE_NOOP("Errors", "The school year does not exist.")


@dataclass(frozen=True)
class LessonEdit:
    class_id: int
    on_date: date
    teacher_staff_id: int | None = None
    topic: str = ""
    periods: int = 1


@dataclass(frozen=True)
class FamilyEdit:
    on_date: date
    title: str
    form: str
    class_ids: tuple[int, ...]
    parents_expected: int = 0
    parents_present: int = 0


@dataclass(frozen=True)
class PublicityEdit:
    on_date: date
    title: str
    audience: str
    participants: int = 0


@dataclass(frozen=True)
class TrainingEdit:
    staff_id: int
    on_date: date
    title: str
    hours: float
    provider: str = ""


@dataclass(frozen=True)
class SupervisionEdit:
    staff_id: int
    on_date: date
    form: str
    hours: float = 1.0
    supervisor: str = ""


EDITS = {"lesson": LessonEdit, "family": FamilyEdit, "publicity": PublicityEdit, "training": TrainingEdit,
         "supervision": SupervisionEdit}


@dataclass(frozen=True)
class LogRow:
    """One row of a log's list: the plain columns the list shows, by name."""
    kind: str
    id: int
    on_date: str
    values: dict = field(default_factory=dict)
    search: str = ""


def _day(value) -> str:
    try:
        return (value if isinstance(value, date) else date.fromisoformat(str(value))).isoformat()
    except ValueError:
        raise ValidationError(BAD_DAY) from None


def _text(value: str, required: bool = False) -> str:
    text = " ".join(str(value or "").split())
    if required and not text:
        raise ValidationError(NO_TITLE, max=MAX_TITLE)
    if len(text) > MAX_TITLE:
        raise ValidationError(LONG_TEXT, max=MAX_TITLE)
    return text


def _count(value) -> int:
    try:
        n = int(value)
    except (TypeError, ValueError):
        raise ValidationError(BAD_COUNT) from None
    if n < 0 or n != float(value):
        raise ValidationError(BAD_COUNT)
    return n


def _hours(value, most: float) -> float:
    try:
        h = float(value)
    except (TypeError, ValueError):
        raise ValidationError(BAD_HOURS, max=f"{most:g}") from None
    if not 0 < h <= most:
        raise ValidationError(BAD_HOURS, max=f"{most:g}")
    return h


def _code(value: str, enum) -> str:
    if value not in {m.value for m in enum}:
        raise ValidationError(BAD_CODE)
    return value


def _staff(session: Session, staff_id) -> int:
    if staff_id is None or not store.staff_exists(session.conn, staff_id):
        raise ValidationError(NO_STAFF)
    return int(staff_id)


def _class(session: Session, class_id) -> int:
    if class_id is None:
        raise ValidationError(NO_CLASS)
    if not store.class_exists(session.conn, class_id):
        raise ValidationError(UNKNOWN_CLASS)
    return int(class_id)


def validate(session: Session, kind: str, edit) -> dict:
    """The columns to store for ``edit`` (a ValidationError names what is wrong)."""
    if kind not in EDITS or not isinstance(edit, EDITS[kind]):
        raise ValidationError(UNKNOWN_KIND)
    if kind == "lesson":
        if not 1 <= int(edit.periods) <= 10:
            raise ValidationError(BAD_PERIODS)
        teacher = None if edit.teacher_staff_id is None else _staff(session, edit.teacher_staff_id)
        return {"class_id": _class(session, edit.class_id), "on_date": _day(edit.on_date), "teacher_staff_id": teacher,
                "topic": _text(edit.topic), "periods": int(edit.periods)}
    if kind == "family":
        if not edit.class_ids:
            raise ValidationError(NO_CLASSES)
        classes = tuple(_class(session, c) for c in edit.class_ids)
        return {"on_date": _day(edit.on_date), "title": _text(edit.title, True),
                "form": _code(edit.form, rules.FamilyForm), "parents_expected": _count(edit.parents_expected),
                "parents_present": _count(edit.parents_present), "class_ids": classes}
    if kind == "publicity":
        return {"on_date": _day(edit.on_date), "title": _text(edit.title, True),
                "audience": _code(edit.audience, rules.Audience), "participants": _count(edit.participants)}
    if kind == "training":
        return {"staff_id": _staff(session, edit.staff_id), "on_date": _day(edit.on_date),
                "title": _text(edit.title, True), "hours": _hours(edit.hours, 200), "provider": _text(edit.provider)}
    return {"staff_id": _staff(session, edit.staff_id), "on_date": _day(edit.on_date),
            "form": _code(edit.form, rules.SupervisionForm), "hours": _hours(edit.hours, 24),
            "supervisor": _text(edit.supervisor)}


def write(session: Session, kind: str, values: dict, row_id: int | None = None) -> int:
    """Store validated values (inside the caller's transaction)."""
    conn = session.conn
    if row_id is None:
        row_id = store.insert(conn, kind, values, now_iso(), session.user.id)
    elif not store.update(conn, kind, row_id, values):
        raise ValidationError(NOT_FOUND)
    if kind == "family":
        store.set_classes(conn, row_id, values["class_ids"])
    return row_id


@operation(Permission.MANAGE_COMPLIANCE, changes={Area.COMPLIANCE}, audit="compliance.add", target="compliance")
def save_log(session: Session, kind: str, edit, row_id: int | None = None) -> int:
    """Add a row to a log (``row_id`` None) or change one. Returns the row's id."""
    values = validate(session, kind, edit)
    with changing(session, "compliance.add" if row_id is None else "compliance.edit", kind) as note:
        row_id = write(session, kind, values, row_id)
        note.target_id = row_id
    return row_id


@operation(Permission.MANAGE_COMPLIANCE, changes={Area.COMPLIANCE}, audit="compliance.remove", target="compliance")
def remove_log(session: Session, kind: str, row_id: int) -> None:
    if kind not in EDITS:
        raise ValidationError(UNKNOWN_KIND)
    with changing(session, "compliance.remove", kind, row_id):
        if not store.delete(session.conn, kind, row_id):
            raise ValidationError(NOT_FOUND)


@operation(Permission.VIEW_REGISTER)
def list_logs(session: Session, kind: str, start: date | str, end: date | str,
              ids: tuple[int, ...] | None = None) -> list[LogRow]:
    """The rows of a log between two days, newest first (``ids``: only those, for an indicator's evidence)."""
    if kind not in EDITS:
        raise ValidationError(UNKNOWN_KIND)
    out = []
    for r in store.rows(session.conn, kind, _day(start), _day(end), ids):
        if kind == "lesson":
            values = {"class_id": r[2], "class": class_label(r[3], r[4]), "teacher_staff_id": r[5], "teacher": r[6],
                      "topic": r[7], "periods": r[8]}
        elif kind == "family":
            values = {"title": r[2], "form": r[3], "parents_expected": r[4], "parents_present": r[5],
                      "class_ids": tuple(int(c) for c in (r[6] or "").split(",") if c)}
        elif kind == "publicity":
            values = {"title": r[2], "audience": r[3], "participants": r[4]}
        elif kind == "training":
            values = {"staff_id": r[2], "staff": r[3], "title": r[4], "hours": r[5], "provider": r[6]}
        else:
            values = {"staff_id": r[2], "staff": r[3], "form": r[4], "hours": r[5], "supervisor": r[6]}
        search = " ".join(str(v) for v in values.values() if isinstance(v, str)).lower()
        out.append(LogRow(kind, int(r[0]), r[1], values, search))
    return out


# --- the school year's resources --------------------------------------------------------------------------------
@dataclass(frozen=True)
class YearResourcesEdit:
    funding_yuan: float | None = None
    venue_rooms: int | None = None
    venue_m2: float | None = None
    course_credits: float | None = None
    hospital_partner: str = ""
    hospital_since: date | None = None


def _amount(value, whole: bool = False):
    if value is None or value == "":
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValidationError(BAD_AMOUNT) from None
    if number < 0 or (whole and number != int(number)):
        raise ValidationError(BAD_AMOUNT)
    return int(number) if whole else number


@operation(Permission.VIEW_REGISTER)
def get_year_resources(session: Session, year_id: int) -> YearResourcesEdit:
    r = store.year_resources(session.conn, year_id)
    if r is None:
        return YearResourcesEdit()
    return YearResourcesEdit(r.funding_yuan, r.venue_rooms, r.venue_m2, r.course_credits, r.hospital_partner,
                             date.fromisoformat(r.hospital_since) if r.hospital_since else None)


@operation(Permission.MANAGE_COMPLIANCE, changes={Area.COMPLIANCE}, audit="compliance.year", target="school_year")
def save_year_resources(session: Session, year_id: int, edit: YearResourcesEdit) -> None:
    if school_years.by_id(session.conn, year_id) is None:
        raise ValidationError(NO_YEAR)
    row = store.YearResources(year_id, _amount(edit.funding_yuan), _amount(edit.venue_rooms, True),
                              _amount(edit.venue_m2), _amount(edit.course_credits), _text(edit.hospital_partner),
                              _day(edit.hospital_since) if edit.hospital_since else None)
    with changing(session, "compliance.year", "school_year", year_id):
        store.save_year_resources(session.conn, row, now_iso(), session.user.id)


def as_dict(edit) -> dict:
    return asdict(edit)


@dataclass(frozen=True)
class Choices:
    """What the log dialogs offer: the classes (id, label) and the staff (id, name, is a counselor)."""
    classes: tuple[tuple[int, str], ...]
    staff: tuple[tuple[int, str, bool], ...]
    year_id: int | None
    start: str
    end: str


@operation(Permission.VIEW_REGISTER)
def choices(session: Session, *, today: date | None = None) -> Choices:
    """The classes and staff to choose from, and the school year of ``today`` (the logs page shows that year)."""
    conn = session.conn
    day = (today or date.today()).isoformat()
    year = school_years.on(conn, day) or next(iter(school_years.newest_first(conn)), None)
    full, part = store.counselors(conn)
    counselors = set(full) | set(part)
    return Choices(tuple((c[0], class_label(c[2], c[3])) for c in store.active_classes(conn)),
                   tuple((i, n, i in counselors) for i, n in store.active_staff(conn)),
                   year.id if year else None, year.start_date if year else "2000-01-01",
                   year.end_date if year else "2100-12-31")


@operation(Permission.VIEW_REGISTER)
def list_year(session: Session, *, today: date | None = None) -> tuple[Choices, list[LogRow]]:
    """Every log's rows of the current school year, newest first, with the choices the dialogs offer."""
    c = choices.__wrapped__(session, today=today)
    rows = [r for kind in KINDS for r in list_logs.__wrapped__(session, kind, c.start, c.end)]
    return c, sorted(rows, key=lambda r: (r.on_date, r.id), reverse=True)
