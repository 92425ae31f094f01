"""Readers across meetings: the month × grade overview of a school year, the grades that have not met this month
(the start page), the meetings of a grade, and the open actions of meetings — overdue ones on their owners' start
pages and on the next agenda.

"Met" follows the policy setting 每个年级（院系）每月研判会次数 (review_meetings_per_month, §6, default 1): a grade
is short in a month while it has fewer meetings of that month than the setting asks. A meeting counts from the
moment it is prepared (准备中, 进行中 or 已定稿); an abandoned one does not."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from counselor_app.domain import meeting as rules
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from counselor_app.domain.roles import Permission
from counselor_app.services.meetings import today_or
from counselor_app.services.operations import operation
from counselor_app.services.session import Session
from counselor_app.services.settings import read_settings
from counselor_app.store import meeting_records as records, meetings as store, school_years

NO_YEAR = QT_TRANSLATE_NOOP("Errors", "This school year does not exist.")


@dataclass(frozen=True)
class Cell:
    """The meetings of one grade in one month (abandoned ones left out)."""
    month: str
    meetings: tuple[tuple[int, str, str], ...]     # (meeting id, kind, state)

    @property
    def held(self) -> bool:
        return any(state == rules.MeetingState.FINALIZED for _i, _k, state in self.meetings)

    def short(self, required: int) -> bool:
        """Fewer meetings than the policy asks for a month."""
        return len(self.meetings) < required


@dataclass(frozen=True)
class GradeYear:
    grade_id: int
    grade: str
    cells: tuple[Cell, ...]       # one per month of the school year, in order


@dataclass(frozen=True)
class YearOverview:
    year_id: int
    name: str
    months: tuple[str, ...]
    grades: tuple[GradeYear, ...]
    required: int = 1             # meetings a grade owes each month (the policy setting)


def _grades(session: Session) -> list[tuple[int, str]]:
    return store.meeting_grades(session.conn)


def required_per_month(session: Session) -> int:
    """The policy's review meetings per grade (department) and month (at least 1)."""
    return max(1, int(read_settings.__wrapped__(session).thresholds["review_meetings_per_month"]))


@operation(Permission.MANAGE_MEETINGS, audit="view.meetings", target="school_year")
def year_overview(session: Session, year_id: int) -> YearOverview:
    """Month × grade for a school year: which meetings were prepared, held (finalized) or are missing."""
    year = school_years.by_id(session.conn, year_id)
    if year is None:
        raise ValidationError(NO_YEAR)
    months = rules.school_year_months(date.fromisoformat(year.start_date), date.fromisoformat(year.end_date))
    found: dict[tuple[int, str], list] = {}
    for m in store.meetings(session.conn, months=months):
        if m.state != rules.MeetingState.ABANDONED:
            found.setdefault((m.grade_id, m.month), []).append((m.id, m.kind, m.state))
    grades = tuple(GradeYear(g, name, tuple(Cell(mo, tuple(found.get((g, mo), ()))) for mo in months))
                   for g, name in _grades(session))
    session.audit("view.meetings", "school_year", year_id, detail=str(sum(len(v) for v in found.values())))
    return YearOverview(year_id, year.name, tuple(months), grades, required_per_month(session))


@dataclass(frozen=True)
class GradeShort:
    """A grade with fewer meetings in a month than the policy asks (``held`` of ``required``)."""
    grade_id: int
    grade: str
    held: int
    required: int


@operation(Permission.MANAGE_MEETINGS)
def grades_short(session: Session, *, month: str | None = None, today: date | None = None) -> list[GradeShort]:
    """The grades with classes that have fewer meetings (prepared, in progress or finalized; not abandoned) in the
    month (default: this month) than the policy's meetings per month. No student data: not audited."""
    month = rules.parse_month(month) if month else rules.month_of(today_or(today))
    required = required_per_month(session)
    held: dict[int, int] = {}
    for m in store.meetings(session.conn, months=[month]):
        if m.state != rules.MeetingState.ABANDONED:
            held[m.grade_id] = held.get(m.grade_id, 0) + 1
    return [GradeShort(g, n, held.get(g, 0), required) for g, n in _grades(session) if held.get(g, 0) < required]


@operation(Permission.MANAGE_MEETINGS)
def grades_without_meeting(session: Session, *, month: str | None = None,
                           today: date | None = None) -> list[tuple[int, str]]:
    """(grade id, name) of the grades short of the month's meetings (grades_short). Not audited."""
    return [(g.grade_id, g.grade) for g in grades_short.__wrapped__(session, month=month, today=today)]


@dataclass(frozen=True)
class ActionDue:
    """An open action of a finalized meeting (no clinical text: the measure's type, not its words)."""
    action_id: int
    meeting_id: int
    held_on: str
    grade: str
    student_id: int
    student: str
    klass: str
    type: str
    owner: str
    due_on: str | None
    overdue: bool


def _rows(session: Session, found, today: date) -> list[ActionDue]:
    from counselor_app.domain.school import class_label

    if not found:
        return []
    ids = sorted({a.student_id for a in found})
    names = {sid: (n, g, c) for sid, (n, _no, g, c) in store.students_brief(session.conn, ids).items()}
    grades = store.grade_names(session.conn)
    out = []
    for a in found:
        name, grade, cls = names.get(a.student_id, ("", "", ""))
        out.append(ActionDue(a.action_id, a.meeting_id, a.held_on, grades.get(a.grade_id, ""), a.student_id, name,
                             class_label(grade, cls) if cls else "", a.type, a.owner, a.due_on,
                             bool(a.due_on) and a.due_on < today.isoformat()))
    return out


@operation(Permission.MANAGE_MEETINGS, audit="view.meeting_actions", target="staff")
def overdue_actions(session: Session, *, staff_id: int | None = None, today: date | None = None) -> list[ActionDue]:
    """The overdue actions of finalized meetings owned by ``staff_id`` (default: the user's own staff member; none
    when the account is not linked to one), for the start page. Audited with the count."""
    today = today_or(today)
    staff_id = staff_id if staff_id is not None else session.user.staff_id
    if staff_id is None:
        return []
    rows = _rows(session, records.open_actions(session.conn, owner_staff_id=staff_id,
                                               due_before=today.isoformat()), today)
    session.audit("view.meeting_actions", "staff", staff_id, detail=str(len(rows)))
    return rows


@operation(Permission.MANAGE_MEETINGS, audit="view.meeting_actions", target="meeting")
def open_actions_for_agenda(session: Session, meeting_id: int, *, today: date | None = None) -> list[ActionDue]:
    """The previous meeting's actions still open (overdue ones marked), for the meeting's agenda and minutes."""
    from counselor_app.services.meetings import load_meeting

    today = today_or(today)
    meeting = load_meeting(session, meeting_id)
    rows = _rows(session, records.open_actions(session.conn, meeting_id=meeting.previous_id), today) \
        if meeting.previous_id else []
    session.audit("view.meeting_actions", "meeting", meeting_id, detail=str(len(rows)))
    return rows


@dataclass(frozen=True)
class MeetingListRow:
    id: int
    grade_id: int
    grade: str
    month: str
    kind: str
    name: str
    state: str
    held_on: str
    chair: str


@operation(Permission.MANAGE_MEETINGS)
def list_meetings(session: Session, *, grade_id: int | None = None) -> list[MeetingListRow]:
    """Every meeting (of one grade), newest first. No student data: not audited."""
    rows = store.meetings(session.conn, grade_id=grade_id)
    return [MeetingListRow(m.id, m.grade_id, m.grade, m.month, m.kind, m.name, m.state, m.held_on, m.chair)
            for m in reversed(rows)]
