"""The §19 indicators of a semester or a school year, read from the logs, the register, screening and the watch
list, and the operational loops the dashboard shows beside them (domain/compliance.py has the rules).

A period is named as the command line and the bureau report name it: ``2026-2027-1`` (a semester) or ``2026-2027``
(a school year). A period still running is judged on the part that has passed (domain/compliance.due_so_far).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from counselor_app.domain import compliance as rules
from counselor_app.domain import policy
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, Text, ValidationError
from counselor_app.domain.roles import Permission
from counselor_app.services.operations import operation
from counselor_app.services.session import Session
from counselor_app.services.settings import read_settings
from counselor_app.store import compliance as store
from counselor_app.store import office as office_store
from counselor_app.store import school_years
from counselor_app.store import watch as watch_store

BAD_PERIOD = QT_TRANSLATE_NOOP("Errors", "No such semester or school year: {period} (write 2026-2027-1 or 2026-2027).")
NO_PERIOD = QT_TRANSLATE_NOOP("Errors", "No school year covers today: add it under School calendar first.")
# The staff register keeps no dates of employment (staff.active only): a past period's counselors cannot be told
# from today's, and the indicator says so rather than guess.
NOTE_STAFF_TODAY = QT_TRANSLATE_NOOP("Compliance", "counselors counted from the staff register as it stands on {day} "
                                                   "(it keeps no dates of employment)")


@dataclass(frozen=True)
class Period:
    code: str                                   # 2026-2027-1 or 2026-2027
    year_id: int
    year_name: str
    semester: int | None                        # 1, 2 or None for the whole year
    start: date
    end: date
    year_start: date
    year_end: date
    semesters: tuple[tuple[int, date, date], ...]   # the semesters inside the period

    def as_of(self, today: date) -> date:
        return min(max(today, self.start - timedelta(days=1)), self.end)


def resolve_period(session: Session, code: str) -> Period:
    code = (code or "").strip()
    name, _, number = code.rpartition("-") if code.count("-") == 2 else (code, "", "")
    year = next((y for y in school_years.all_years(session.conn) if y.name == name), None)
    if year is None or number not in ("", "1", "2"):
        raise ValidationError(BAD_PERIOD, period=code)
    sems = tuple((s.number, date.fromisoformat(s.start_date), date.fromisoformat(s.end_date))
                 for s in school_years.semesters_of(session.conn, year.id))
    ys, ye = date.fromisoformat(year.start_date), date.fromisoformat(year.end_date)
    if number:
        picked = tuple(s for s in sems if s[0] == int(number))
        if not picked:
            raise ValidationError(BAD_PERIOD, period=code)
        return Period(code, year.id, year.name, int(number), picked[0][1], picked[0][2], ys, ye, picked)
    return Period(code, year.id, year.name, None, ys, ye, ys, ye, sems)


def current_period(session: Session, today: date, whole_year: bool = False) -> Period:
    """The semester containing ``today`` (else the last one begun), or its school year."""
    year = school_years.on(session.conn, today.isoformat())
    if year is None:
        raise ValidationError(NO_PERIOD)
    if whole_year:
        return resolve_period(session, year.name)
    sems = school_years.semesters_of(session.conn, year.id)
    begun = [s for s in sems if s.start_date <= today.isoformat()] or sems[:1]
    if not begun:
        return resolve_period(session, year.name)
    return resolve_period(session, f"{year.name}-{begun[-1].number}")


def _elapsed(period: Period, as_of: date) -> tuple[float, float, float]:
    """(teaching weeks passed in the period's semesters, semesters passed, school years passed) up to ``as_of``."""
    weeks = semesters = 0.0
    for _n, start, end in period.semesters:
        length = (end - start).days + 1
        passed = min(max((as_of - start).days + 1, 0), length)
        weeks += passed / 7
        semesters += passed / length
    year_days = (period.year_end - period.year_start).days + 1
    years = min(max((as_of - period.year_start).days + 1, 0), year_days) / year_days
    return weeks, semesters, years


@dataclass(frozen=True)
class GradeCoverage:
    grade: str
    due: int
    tested: int
    positive: int


@dataclass(frozen=True)
class Dashboard:
    period: Period
    as_of: date
    category: str                                # policy.K12 / VOCATIONAL / UNIVERSITY
    indicators: tuple[rules.Indicator, ...]
    coverage: tuple[GradeCoverage, ...]          # screening coverage by grade (campaigns begun in the school year)
    watch_overdue: tuple[int, ...]               # open watch entries overdue today
    watch_open: int
    students: int
    loops: tuple = ()                            # (label Text, count) of the other parts' loops (the dashboard)
    screenings: int = 1                          # screenings per student and school year (policy, §5): the coverage
                                                 # counts a student screened at least that many times


def compute(session: Session, period: Period, today: date) -> Dashboard:
    """The indicators without a permission check or audit: the dashboard and the bureau report call it."""
    conn = session.conn
    t = read_settings(session).thresholds
    school = office_store.profile(conn)
    category = policy.school_category(school.school_type.value)
    as_of = period.as_of(today)
    start, end = period.start.isoformat(), as_of.isoformat()
    ystart = period.year_start.isoformat()
    weeks, semesters, years = _elapsed(period, as_of)
    students = store.enrolled_students(conn)
    resources = store.year_resources(conn, period.year_id)
    classes = [c[0] for c in store.active_classes(conn)]
    lessons = store.lessons_per_class(conn, start, end)
    family = store.family_per_class(conn, start, end)
    courses = rules.courses(rules.CourseCounts(
        category, {c: lessons.get(c, 0) for c in classes}, {c: family.get(c, 0) for c in classes}, weeks, semesters,
        resources.course_credits if resources else None), t)
    full, part = store.counselors(conn)
    training = store.training_per_staff(conn, ystart, end)
    staffing = rules.staffing(rules.StaffCounts(
        category, students, full, part, {s: h for s, (h, _n) in training.items()},
        {s: n for s, (_h, n) in training.items()}, store.supervision_per_staff(conn, ystart, end),
        store.publicity_count(conn, ystart, end, rules.Audience.ALL_STAFF.value), years), t)
    if period.end < today:
        staffing = replace(staffing, notes=staffing.notes + (rules.Note(NOTE_STAFF_TODAY, {"day": today.isoformat()}),))
    funding = rules.funding_venue(rules.ResourceCounts(
        category, students, resources.funding_yuan if resources else None, resources.venue_rooms if resources else None,
        resources.venue_m2 if resources else None), t)
    hospital = rules.hospital(_hospital_counts(session, resources, start, end, as_of), t)
    times = max(1, int(t["screening_per_year"]))                # a student is covered when screened so often
    tested, campaigns = store.screened(conn, ystart, end, times)
    screening = rules.screening(rules.ScreeningCounts(students, campaigns, tested), t)
    open_rows = watch_rows_today(session, as_of if as_of < today else today)
    overdue = [r.id for r in open_rows if r.overdue]
    intervention = rules.intervention(rules.InterventionCounts([r.id for r in open_rows], overdue), t)
    top = max((lv.rank for lv in watch_store.levels(conn, all_levels=True)), default=0)
    rank = {lv.code: lv.rank for lv in watch_store.levels(conn, all_levels=True)}
    severe_rows = [r for r in open_rows if r.state != "candidate" and (r.severity == "severe" or rank.get(r.level) == top)]
    covered = [r.id for r in severe_rows if r.responsible and r.has_plan]
    severe = rules.severe(rules.SevereCounts([r.id for r in severe_rows], covered), t)
    coverage = tuple(GradeCoverage(*row) for row in store.screening_by_grade(conn, ystart, period.year_end.isoformat(),
                                                                             times))
    return Dashboard(period, as_of, category, (courses, staffing, funding, hospital, screening, intervention, severe),
                     coverage, tuple(overdue), len(open_rows), students, screenings=times)


def _hospital_counts(session: Session, resources, start: str, end: str, as_of: date) -> rules.HospitalCounts:
    """The partner institution (entered for the year, or a hospital of the directory with a cooperation agreement)
    and, once the referrals part exists, the period's referrals and their overdue receipts (services/referrals)."""
    import importlib

    partner = bool(resources and resources.hospital_partner)
    try:
        referrals = importlib.import_module("counselor_app.services.referrals")
        hospitals = importlib.import_module("counselor_app.services.hospitals")
    except ImportError:
        return rules.HospitalCounts(partner)
    partner = partner or any(h.agreement and h.active for h in hospitals.list_hospitals.__wrapped__(session))
    lines = [r for r in referrals.lines(session, today=as_of) if r.issued_on and start <= r.issued_on <= end]
    return rules.HospitalCounts(partner, len(lines), tuple(r.id for r in lines if r.overdue))


@dataclass(frozen=True)
class _OpenRow:
    id: int
    state: str
    level: str
    severity: str
    responsible: bool
    has_plan: bool
    overdue: bool


def watch_rows_today(session: Session, today: date) -> list[_OpenRow]:
    """The open watch entries with what the indicators need (no names)."""
    from counselor_app.services.watch import watch_rows

    raw = watch_store.list_rows(session.conn, open_only=True)
    return [_OpenRow(r.id, r.state, r.level, r.severity, bool(r.responsible), r.has_plan, bool(w.overdue))
            for r, w in zip(raw, watch_rows(session, raw, today))]


@operation(Permission.VIEW_REGISTER, audit="view.compliance", target="compliance")
def dashboard(session: Session, period_code: str | None = None, *, today: date | None = None,
              whole_year: bool = False) -> Dashboard:
    """The seven indicators of a period (the current semester when none is named) and the operational loops.
    Counts and record ids only; audited."""
    today = today or date.today()
    period = resolve_period(session, period_code) if period_code else current_period(session, today, whole_year)
    result = compute(session, period, today)
    session.audit("view.compliance", "compliance", period.code)
    return replace(result, loops=other_loops(session, today))


LOOP_MEETINGS = QT_TRANSLATE_NOOP("Compliance", "Grades without a review meeting this month")
LOOP_MEETINGS_SHORT = QT_TRANSLATE_NOOP("Compliance", "Grades with fewer review meetings this month than the "
                                                      "policy asks")
LOOP_RECEIPTS = QT_TRANSLATE_NOOP("Compliance", "Referral receipts overdue")
LOOP_RECORDS = QT_TRANSLATE_NOOP("Compliance", "Counseling sessions without a record")


def other_loops(session: Session, today: date) -> tuple[tuple[Text, int], ...]:
    """The closed loops of the other parts, as counts, where the part exists and the user may see it: grades
    without this month's review meeting, referral receipts overdue, sessions held without a record."""
    import importlib

    def part(name):
        try:
            return importlib.import_module(f"counselor_app.services.{name}")
        except ImportError:
            return None

    found = []
    meetings = part("meetings_overview")
    if meetings is not None and session.can(Permission.MANAGE_MEETINGS):
        short = meetings.grades_short.__wrapped__(session, today=today)   # the policy's meetings per month
        label = LOOP_MEETINGS if meetings.required_per_month(session) == 1 else LOOP_MEETINGS_SHORT
        found.append((label, len(short)))
    referrals = part("referrals")
    if referrals is not None and session.can(Permission.MANAGE_REFERRALS):
        found.append((LOOP_RECEIPTS, sum(1 for r in referrals.lines(session, open_only=True, today=today)
                                         if r.overdue)))
    records = part("session_records")
    if records is not None and session.can(Permission.MANAGE_APPOINTMENTS) and \
            session.can(Permission.VIEW_SESSION_NOTES):
        found.append((LOOP_RECORDS, len(records.records_without.__wrapped__(session))))
    return tuple(found)


@operation(Permission.VIEW_REGISTER)
def periods(session: Session) -> list[tuple[str, str, int | None]]:
    """(code, year name, semester number or None) of every school year and semester, newest first."""
    out = []
    for year in school_years.newest_first(session.conn):
        out.append((year.name, year.name, None))
        for s in sorted(school_years.semesters_of(session.conn, year.id), key=lambda s: -s.number):
            out.append((f"{year.name}-{s.number}", year.name, s.number))
    return out


@dataclass(frozen=True)
class EvidenceRow:
    """One record behind an indicator: what it is (a class, a staff member, a watch-list entry …) and its figures.
    No student's name: a watch-list entry is its number, grade and level."""
    kind: str
    id: int
    label: str
    figures: tuple       # class: (lesson periods, family activities); staff: (training hours, trainings,
                         # supervisions); watch entry: (level's name as Text, next review day); else ()
    short: bool          # one of the gaps (falls short)


@operation(Permission.VIEW_REGISTER, audit="view.compliance", target="compliance")
def indicator_evidence(session: Session, period_code: str, code: str, *, today: date | None = None
                       ) -> list[EvidenceRow]:
    """The records behind one indicator of a period, those falling short first. Audited."""
    from counselor_app.domain.school import class_label

    today = today or date.today()
    period = resolve_period(session, period_code)
    board = compute(session, period, today)
    ind = next(i for i in board.indicators if i.code == code)
    conn = session.conn
    start, end = period.start.isoformat(), board.as_of.isoformat()
    gaps = set(ind.gaps)
    rows: list[EvidenceRow] = []
    if ind.evidence_kind == "class":
        lessons, family = store.lessons_per_class(conn, start, end), store.family_per_class(conn, start, end)
        for cid, _gid, grade, name in store.active_classes(conn):
            rows.append(EvidenceRow("class", cid, class_label(grade, name),
                                    (lessons.get(cid, 0), family.get(cid, 0)), cid in gaps))
    elif ind.evidence_kind == "staff":
        ystart = period.year_start.isoformat()
        training, supervision = store.training_per_staff(conn, ystart, end), store.supervision_per_staff(conn, ystart, end)
        names = dict(store.staff_names(conn, ind.evidence))
        for sid in ind.evidence:
            hours, count = training.get(sid, (0.0, 0))
            rows.append(EvidenceRow("staff", sid, names.get(sid, ""), (hours, count, supervision.get(sid, 0)),
                                    sid in gaps))
    elif ind.evidence_kind == "watch_entry" and session.can(Permission.VIEW_WATCHLIST):
        facts = {r.id: r for r in watch_store.list_rows(conn, open_only=True)}
        levels = {lv.code: lv.text for lv in watch_store.levels(conn, all_levels=True)}
        for eid in ind.evidence:
            r = facts.get(eid)
            if r is not None:
                rows.append(EvidenceRow("watch_entry", eid, f"#{eid} · {r.grade}",
                                        (levels.get(r.level, r.level), r.next_review), eid in gaps))
    elif ind.evidence_kind == "referral" and session.can(Permission.MANAGE_REFERRALS):
        import importlib

        referrals = importlib.import_module("counselor_app.services.referrals")
        for r in referrals.lines(session, today=board.as_of):
            if r.id in gaps:
                rows.append(EvidenceRow("referral", r.id, r.number, (r.hospital, r.receipt_due or ""), True))
    elif ind.evidence_kind == "school_year":
        r = store.year_resources(conn, period.year_id)
        if r is not None:
            rows.append(EvidenceRow("school_year", period.year_id, period.year_name,
                                    (r.funding_yuan, r.venue_rooms, r.venue_m2), ind.status != rules.Status.GREEN))
    elif ind.evidence_kind == "screening_campaign":
        for cid, name in store.campaign_names(conn, ind.evidence):
            rows.append(EvidenceRow("screening_campaign", cid, name, (), False))
    session.audit("view.compliance", "compliance", f"{period.code}:{code}")
    return sorted(rows, key=lambda r: (not r.short, r.label))
