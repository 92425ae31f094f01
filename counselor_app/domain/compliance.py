"""Compliance (合规): the code lists of the logs and the seven §19 indicators as pure functions over counts.

Policy §19 names what the bureau scores a school on: 课程开设, 专职教师配备, 经费场地保障, 校医协同, 排查预警,
干预化解, 重症学生包保. Each function below takes counts (services/compliance.py reads them) and the office's policy
thresholds (domain/policy.py; every number a setting with the 2023 Anhui default) and returns an
:class:`Indicator`: green / amber / red, the figure, the target, and the ids of the records behind the figure
(``evidence``) and of those that fall short (``gaps``) so that the dashboard can open them.

Amber is "partly met": the share of the target reached is at least the ``amber_share_percent`` setting. A part of
the product that does not exist yet (referrals, meetings) is passed as ``None`` and left out of the rule.

What is due so far: a period still running is judged on the part that has passed (``due_so_far``), so that a
school is not red in the first week of a semester for lessons it has weeks left to give.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Mapping, Sequence

from counselor_app.domain import policy
from counselor_app.domain.codes import Code
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, Text


class FamilyForm(Code):
    LECTURE = "lecture"      # 讲座
    MEETING = "meeting"      # 家长会
    WORKSHOP = "workshop"    # 工作坊
    ONLINE = "online"        # 线上
    OTHER = "other"          # 其他


class Audience(Code):
    ALL_STAFF = "all_staff"   # 全体教师
    STUDENTS = "students"     # 学生
    PARENTS = "parents"       # 家长
    COMMUNITY = "community"   # 社区


class SupervisionForm(Code):
    INDIVIDUAL = "individual"   # 个人督导
    GROUP = "group"             # 团体督导


class Status(Code):
    GREEN = "green"
    AMBER = "amber"
    RED = "red"


class IndicatorCode(Code):
    COURSES = "courses"               # 课程开设
    STAFFING = "staffing"             # 专职教师配备
    FUNDING_VENUE = "funding_venue"   # 经费场地保障
    HOSPITAL = "hospital"             # 校医协同
    SCREENING = "screening"           # 排查预警
    INTERVENTION = "intervention"     # 干预化解
    SEVERE = "severe"                 # 重症学生包保


LABELS: dict[type, dict] = {
    FamilyForm: {FamilyForm.LECTURE: QT_TRANSLATE_NOOP("Compliance", "lecture"),
                 FamilyForm.MEETING: QT_TRANSLATE_NOOP("Compliance", "parents' meeting"),
                 FamilyForm.WORKSHOP: QT_TRANSLATE_NOOP("Compliance", "workshop"),
                 FamilyForm.ONLINE: QT_TRANSLATE_NOOP("Compliance", "online"),
                 FamilyForm.OTHER: QT_TRANSLATE_NOOP("Compliance", "other")},
    Audience: {Audience.ALL_STAFF: QT_TRANSLATE_NOOP("Compliance", "all staff"),
               Audience.STUDENTS: QT_TRANSLATE_NOOP("Compliance", "students"),
               Audience.PARENTS: QT_TRANSLATE_NOOP("Compliance", "parents"),
               Audience.COMMUNITY: QT_TRANSLATE_NOOP("Compliance", "community")},
    SupervisionForm: {SupervisionForm.INDIVIDUAL: QT_TRANSLATE_NOOP("Compliance", "individual"),
                      SupervisionForm.GROUP: QT_TRANSLATE_NOOP("Compliance", "group")},
    Status: {Status.GREEN: QT_TRANSLATE_NOOP("Compliance", "met"),
             Status.AMBER: QT_TRANSLATE_NOOP("Compliance", "partly met"),
             Status.RED: QT_TRANSLATE_NOOP("Compliance", "not met")},
    IndicatorCode: {IndicatorCode.COURSES: QT_TRANSLATE_NOOP("Compliance", "Courses"),
                    IndicatorCode.STAFFING: QT_TRANSLATE_NOOP("Compliance", "Full-time teachers"),
                    IndicatorCode.FUNDING_VENUE: QT_TRANSLATE_NOOP("Compliance", "Funding and venue"),
                    IndicatorCode.HOSPITAL: QT_TRANSLATE_NOOP("Compliance", "School–hospital cooperation"),
                    IndicatorCode.SCREENING: QT_TRANSLATE_NOOP("Compliance", "Screening and warning"),
                    IndicatorCode.INTERVENTION: QT_TRANSLATE_NOOP("Compliance", "Intervention"),
                    IndicatorCode.SEVERE: QT_TRANSLATE_NOOP("Compliance", "Severe cases under care")},
}

# Why an indicator is not green: short notes the dashboard and the report list under it.
NOTE_LESSONS = QT_TRANSLATE_NOOP("Compliance", "{count} of {total} classes below the lessons due ({due} each)")
NOTE_FAMILY = QT_TRANSLATE_NOOP("Compliance", "{count} of {total} classes without the family guidance due ({due})")
NOTE_CREDITS = QT_TRANSLATE_NOOP("Compliance", "course credits {figure} of {due}")
NOTE_CREDITS_MISSING = QT_TRANSLATE_NOOP("Compliance", "course credits not entered for the school year")
NOTE_NO_CLASSES = QT_TRANSLATE_NOOP("Compliance", "no classes in the register")
NOTE_FULLTIME = QT_TRANSLATE_NOOP("Compliance", "{figure} full-time teachers of {due} required")
NOTE_NO_COUNSELOR = QT_TRANSLATE_NOOP("Compliance", "no full- or part-time counselor in the staff register")
NOTE_TRAINING = QT_TRANSLATE_NOOP("Compliance", "{count} of {total} counselors below the training or supervision due")
NOTE_PUBLICITY = QT_TRANSLATE_NOOP("Compliance", "publicity activities for all staff: {figure} of {due}")
NOTE_FUNDING_MISSING = QT_TRANSLATE_NOOP("Compliance", "funding not entered for the school year")
NOTE_FUNDING = QT_TRANSLATE_NOOP("Compliance", "funding {figure} yuan per student, {due} required")
NOTE_VENUE_MISSING = QT_TRANSLATE_NOOP("Compliance", "venue not entered for the school year")
NOTE_VENUE_M2 = QT_TRANSLATE_NOOP("Compliance", "venue {figure} m², {due} m² required")
NOTE_VENUE_ROOMS = QT_TRANSLATE_NOOP("Compliance", "{figure} counseling rooms, {due} required")
NOTE_NO_PARTNER = QT_TRANSLATE_NOOP("Compliance", "no partner mental-health institution entered")
NOTE_RECEIPTS = QT_TRANSLATE_NOOP("Compliance", "{count} referral receipts overdue")
NOTE_NO_SCREENING = QT_TRANSLATE_NOOP("Compliance", "no screening results in the period")
NOTE_COVERAGE = QT_TRANSLATE_NOOP("Compliance", "screening coverage {figure}%, {due}% required")
NOTE_MEETINGS = QT_TRANSLATE_NOOP("Compliance", "review meetings held {figure} of {due}")
NOTE_OVERDUE = QT_TRANSLATE_NOOP("Compliance", "{count} of {total} open watch entries overdue")
NOTE_SEVERE = QT_TRANSLATE_NOOP("Compliance", "{count} of {total} severe cases without a responsible person or plan")


@dataclass(frozen=True)
class Note:
    text: Text
    params: dict


@dataclass(frozen=True)
class Indicator:
    code: str
    status: Status
    figure: float | None         # what was measured (a share in % or a count); None: nothing to measure
    target: float                # what the policy asks for, in the figure's unit
    unit: str                    # "%", "count", "yuan", "m2"
    evidence_kind: str           # the kind of record in evidence and gaps: "class", "staff", "watch_entry" …
    evidence: tuple[int, ...] = ()
    gaps: tuple[int, ...] = ()
    notes: tuple[Note, ...] = field(default_factory=tuple)

    @property
    def label(self) -> Text:
        return IndicatorCode(self.code).label


def due_so_far(per_unit: float, units_elapsed: float) -> int:
    """How many are due after ``units_elapsed`` units (weeks / 2, semesters, years) at ``per_unit`` each: whole ones
    only, so that what the period still leaves time for is not due yet."""
    return int(math.floor(per_unit * units_elapsed + 1e-9))


def _share_status(share: float, thresholds: Mapping[str, float]) -> Status:
    if share >= 1 - 1e-9:
        return Status.GREEN
    return Status.AMBER if share * 100 >= thresholds["amber_share_percent"] - 1e-9 else Status.RED


def _worst(*statuses: Status) -> Status:
    order = [Status.GREEN, Status.AMBER, Status.RED]
    return max(statuses, key=order.index) if statuses else Status.GREEN


def _pct(part: float, whole: float) -> float:
    return round(100.0 * part / whole, 1) if whole else 100.0


# --- 1 课程开设 -------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CourseCounts:
    category: str                          # policy.K12 / VOCATIONAL / UNIVERSITY
    lessons: Mapping[int, int]             # class id -> lesson periods (课时) in the period, every class listed
    family: Mapping[int, int]              # class id -> family guidance activities in the period
    weeks_elapsed: float                   # teaching weeks of the period passed (K-12 lessons)
    semesters_elapsed: float               # semesters of the period passed (0..2)
    credits: float | None = None           # universities: the course's credits (None: not entered)
    lesson_ids: tuple[int, ...] = ()


def courses(c: CourseCounts, t: Mapping[str, float]) -> Indicator:
    """Lessons per class (K-12 every two weeks, vocational per semester) or the university course's credits, and
    family guidance per class per semester (§2, §11). Figure: the share of classes meeting both."""
    classes = sorted(c.lessons)
    notes: list[Note] = []
    if not classes:
        return Indicator(IndicatorCode.COURSES.value, Status.RED, None, 100, "%", "class",
                         notes=(Note(NOTE_NO_CLASSES, {}),))
    statuses = []
    short_lessons: set[int] = set()
    if c.category == policy.UNIVERSITY:
        due_credits = t["university_credits"]
        if c.credits is None:
            notes.append(Note(NOTE_CREDITS_MISSING, {}))
            statuses.append(Status.RED)
        elif c.credits + 1e-9 < due_credits:
            notes.append(Note(NOTE_CREDITS, {"figure": f"{c.credits:g}", "due": f"{due_credits:g}"}))
            statuses.append(_share_status(c.credits / due_credits if due_credits else 1, t))
    else:
        if c.category == policy.VOCATIONAL:
            due = due_so_far(t["vocational_lessons_per_semester"], c.semesters_elapsed)
        else:
            due = due_so_far(t["k12_lessons_per_two_weeks"], c.weeks_elapsed / 2)
        short_lessons = {k for k in classes if c.lessons.get(k, 0) < due}
        if short_lessons:
            notes.append(Note(NOTE_LESSONS, {"count": len(short_lessons), "total": len(classes), "due": due}))
    due_family = due_so_far(t["family_activities_per_semester"], c.semesters_elapsed)
    short_family = {k for k in classes if c.family.get(k, 0) < due_family}
    if short_family:
        notes.append(Note(NOTE_FAMILY, {"count": len(short_family), "total": len(classes), "due": due_family}))
    short = short_lessons | short_family
    share = (len(classes) - len(short)) / len(classes)
    statuses.append(_share_status(share, t))
    return Indicator(IndicatorCode.COURSES.value, _worst(*statuses), _pct(len(classes) - len(short), len(classes)),
                     100, "%", "class", tuple(classes), tuple(sorted(short)), tuple(notes))


# --- 2 专职教师配备 ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class StaffCounts:
    category: str
    students: int                              # enrolled students
    fulltime: Sequence[int]                    # staff ids of full-time counselors
    parttime: Sequence[int]                    # staff ids of part-time counselors
    training_hours: Mapping[int, float]        # staff id -> training hours in the period
    trainings: Mapping[int, int]               # staff id -> trainings in the period
    supervisions: Mapping[int, int]            # staff id -> supervision sessions in the period
    publicity_all_staff: int                   # publicity activities for all staff in the period
    years_elapsed: float                       # school years of the period passed (0..1)


def required_fulltime(category: str, students: int, t: Mapping[str, float]) -> int:
    if category == policy.UNIVERSITY:
        return max(int(t["university_min_teachers"]),
                   math.ceil(students / t["university_students_per_teacher"]) if students else 0)
    return 1 if students > t["fulltime_teacher_above_students"] else 0


def staffing(c: StaffCounts, t: Mapping[str, float]) -> Indicator:
    """Full-time teachers as §15 requires (red when short), then training, supervision (§16) and the all-staff
    publicity activity: amber when those fall short. Figure: the full-time teachers; target: those required."""
    need = required_fulltime(c.category, c.students, t)
    full, part = sorted(set(c.fulltime)), sorted(set(c.parttime) - set(c.fulltime))
    notes: list[Note] = []
    status = Status.GREEN
    if len(full) < need:
        notes.append(Note(NOTE_FULLTIME, {"figure": len(full), "due": need}))
        status = Status.RED
    if not full and not part:
        notes.append(Note(NOTE_NO_COUNSELOR, {}))
        status = Status.RED
    hours_due = due_so_far(t["fulltime_training_hours"], c.years_elapsed)
    trainings_due = due_so_far(t["parttime_trainings"], c.years_elapsed)
    supervision_due = due_so_far(t["supervisions_per_year"], c.years_elapsed)
    short = {s for s in full if c.training_hours.get(s, 0) + 1e-9 < hours_due}
    short |= {s for s in part if c.trainings.get(s, 0) < trainings_due}
    short |= {s for s in full + part if c.supervisions.get(s, 0) < supervision_due}
    if short:
        notes.append(Note(NOTE_TRAINING, {"count": len(short), "total": len(full) + len(part)}))
        status = _worst(status, Status.AMBER)
    publicity_due = due_so_far(t["publicity_per_year"], c.years_elapsed)
    if c.publicity_all_staff < publicity_due:
        notes.append(Note(NOTE_PUBLICITY, {"figure": c.publicity_all_staff, "due": publicity_due}))
        status = _worst(status, Status.AMBER)
    return Indicator(IndicatorCode.STAFFING.value, status, float(len(full)), float(need), "count", "staff",
                     tuple(full + part), tuple(sorted(short)), tuple(notes))


# --- 3 经费场地保障 ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ResourceCounts:
    category: str
    students: int
    funding_yuan: float | None
    venue_rooms: int | None
    venue_m2: float | None


def funding_venue(c: ResourceCounts, t: Mapping[str, float]) -> Indicator:
    """Funding per student and the venue (§14): universities at least the yuan per student and the m²; schools a
    budget entered (§14: by their needs) and the counseling rooms. Green both, amber one, red neither."""
    notes: list[Note] = []
    met = 0
    per_student = None
    if c.funding_yuan is None:
        notes.append(Note(NOTE_FUNDING_MISSING, {}))
    else:
        per_student = round(c.funding_yuan / c.students, 2) if c.students else 0.0
        due = t["university_funding_per_student"] if c.category == policy.UNIVERSITY else 0
        if c.funding_yuan > 0 and per_student + 1e-9 >= due:
            met += 1
        else:
            notes.append(Note(NOTE_FUNDING, {"figure": f"{per_student:g}", "due": f"{due:g}"}))
    if c.category == policy.UNIVERSITY:
        if c.venue_m2 is None:
            notes.append(Note(NOTE_VENUE_MISSING, {}))
        elif c.venue_m2 + 1e-9 >= t["university_venue_m2"]:
            met += 1
        else:
            notes.append(Note(NOTE_VENUE_M2, {"figure": f"{c.venue_m2:g}", "due": f"{t['university_venue_m2']:g}"}))
    else:
        if c.venue_rooms is None:
            notes.append(Note(NOTE_VENUE_MISSING, {}))
        elif c.venue_rooms >= t["school_counseling_rooms"]:
            met += 1
        else:
            notes.append(Note(NOTE_VENUE_ROOMS, {"figure": c.venue_rooms, "due": f"{t['school_counseling_rooms']:g}"}))
    status = (Status.GREEN, Status.AMBER, Status.RED)[2 - met]
    target = t["university_funding_per_student"] if c.category == policy.UNIVERSITY else 0
    return Indicator(IndicatorCode.FUNDING_VENUE.value, status, per_student, float(target), "yuan", "school_year",
                     notes=tuple(notes))


# --- 4 校医协同 -------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class HospitalCounts:
    partner: bool                        # a partner mental-health institution is entered for the school year
    referrals: int | None = None         # referrals in the period (None: the referrals part does not exist)
    receipts_overdue: Sequence[int] = () # referral ids whose receipt is overdue


def hospital(c: HospitalCounts, t: Mapping[str, float]) -> Indicator:
    """School–hospital cooperation (§10): a partner institution (red without), and referrals whose receipts came
    back (amber while receipts are overdue). Figure: referrals in the period when that part exists."""
    notes: list[Note] = []
    status = Status.GREEN
    if not c.partner:
        notes.append(Note(NOTE_NO_PARTNER, {}))
        status = Status.RED
    if c.receipts_overdue:
        notes.append(Note(NOTE_RECEIPTS, {"count": len(c.receipts_overdue)}))
        status = _worst(status, Status.AMBER)
    figure = None if c.referrals is None else float(c.referrals)
    return Indicator(IndicatorCode.HOSPITAL.value, status, figure, 1, "count", "referral",
                     gaps=tuple(sorted(c.receipts_overdue)), notes=tuple(notes))


# --- 5 排查预警 -------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ScreeningCounts:
    due: int                                  # students to screen (enrolled, less the exempt)
    screened: Sequence[int]                   # campaign ids with results in the period
    tested: int                               # students with a result in the period
    meetings_held: int | None = None          # review meetings held (None: the meetings part does not exist)
    meetings_due: int | None = None


def screening(c: ScreeningCounts, t: Mapping[str, float]) -> Indicator:
    """Screening coverage (§5) against the coverage setting, and the monthly review meetings (§6) once they exist.
    Figure: the coverage in %."""
    notes: list[Note] = []
    target = t["screening_coverage_percent"]
    if c.tested == 0:
        notes.append(Note(NOTE_NO_SCREENING, {}))
        status = Status.RED
        cover = 0.0 if c.due else None
    else:
        cover = _pct(c.tested, c.due)
        share = cover / target if target else 1.0
        status = _share_status(min(share, 1.0), t)
        if status is not Status.GREEN:
            notes.append(Note(NOTE_COVERAGE, {"figure": f"{cover:g}", "due": f"{target:g}"}))
    if c.meetings_held is not None and c.meetings_due:
        if c.meetings_held < c.meetings_due:
            notes.append(Note(NOTE_MEETINGS, {"figure": c.meetings_held, "due": c.meetings_due}))
            status = _worst(status, _share_status(c.meetings_held / c.meetings_due, t))
    return Indicator(IndicatorCode.SCREENING.value, status, cover, target, "%", "screening_campaign",
                     tuple(sorted(c.screened)), notes=tuple(notes))


# --- 6 干预化解 -------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class InterventionCounts:
    open_entries: Sequence[int]     # open watch entries (following or observing)
    overdue: Sequence[int]          # of those, the ones overdue (domain/watch.overdue_reasons)


def intervention(c: InterventionCounts, t: Mapping[str, float]) -> Indicator:
    """The watch list's loop (§8): open entries reviewed on time. Figure: the share on time in %."""
    total = len(set(c.open_entries))
    late = sorted(set(c.overdue) & set(c.open_entries))
    share = (total - len(late)) / total if total else 1.0
    notes = (Note(NOTE_OVERDUE, {"count": len(late), "total": total}),) if late else ()
    return Indicator(IndicatorCode.INTERVENTION.value, _share_status(share, t), _pct(total - len(late), total),
                     100, "%", "watch_entry", tuple(sorted(set(c.open_entries))), tuple(late), notes)


# --- 7 重症学生包保 ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class SevereCounts:
    severe: Sequence[int]           # open entries marked severe (or at the highest level)
    covered: Sequence[int]          # of those, the ones with a responsible person and a plan (一人一策)


def severe(c: SevereCounts, t: Mapping[str, float]) -> Indicator:
    """Every severe case with its responsible people (包保) and a plan (§8). Figure: the share covered in %."""
    total = sorted(set(c.severe))
    missing = sorted(set(total) - set(c.covered))
    share = (len(total) - len(missing)) / len(total) if total else 1.0
    notes = (Note(NOTE_SEVERE, {"count": len(missing), "total": len(total)}),) if missing else ()
    return Indicator(IndicatorCode.SEVERE.value, _share_status(share, t), _pct(len(total) - len(missing), len(total)),
                     100, "%", "watch_entry", tuple(total), tuple(missing), notes)
