"""The year rollover (学年升级) as a plan: which class goes where, who graduates, what needs a person's look.

Pure: the service reads the register into the rows below, calls :func:`plan_rollover`, shows the plan, and applies
exactly that plan in one transaction. Nothing here touches the database.

What a school expects, as decided here:
- K-12 (grades with a level 1..12): every class moves to the grade one level up — the class row itself moves, so
  its students, head teacher and 心理委员 go with it. The grade one level up is the existing one (by level), else a
  new one named in the style of the class's current grade (see rollover_names). A class name that starts with its
  grade is renamed the same way (七年级(3)班 → 八年级(3)班); other names stay.
- Classes of the top grade of the school type (primary 6, middle and nine-year 9, high, complete middle and
  vocational 12) graduate: their *enrolled* students become graduated (with a history row), the class is archived
  and moved into the archived grade "<year>届" (e.g. 2027届) so that the grade can take next year's classes. The
  class takes the cohort in front of its name (高三(1)班 → 2027届高三(1)班, see rollover_names): a class name must
  say on its own which class it is, or the export of the register imports the graduates back into this year's
  高三(1)班 and ``export --class 高三(1)班`` mixes both. Other classes may be marked to graduate as well (for example 九年级 of a
  complete middle school whose junior graduates leave).
- Cohort grades (2024级, 2027届) keep their name and classes; their level goes up, and they graduate in place at the
  top level (or, without a level, after the program length). An emptied cohort grade is archived.
- Students on leave or suspended stay in their class and move with it. In a graduating class they keep their
  status in the archived class; the preview lists them as needing attention (the office decides each case).
  Graduated and transferred students stay where they are, in whatever class they were.
- Universities: departments have no levels, nothing is promoted. The user chooses which classes graduate; by
  default those whose name shows an entry year (2022级…, 软件工程2201班) at least the program length ago (4 years,
  vocational 3 — a parameter). Graduating classes are archived in their department.
- Too early: a rollover well before the end of the school year being left (more than EARLY_WEEKS before the end
  of its last semester, or of the year when it has no semesters; before July when the calendar has no such year)
  is warned about, not refused: schools sometimes roll over in June, and the backup taken first undoes it.
- Notes ask the user to tick classes in the dialog; the command line shows COMMAND_LINE's wording instead
  (``--graduate`` with the class IDs).
- Clashes (the grade a class moves to keeps another class of the same name, e.g. an archived or leftover one) are
  blocking problems of the preview; nothing is applied while there is one.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from counselor_app.domain.calendar import school_year_for
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, Text
from counselor_app.domain.rollover_names import (
    cohort_year, entry_year, graduated_class_name, next_class_name, next_grade_name,
)
from counselor_app.domain.school import SchoolType

PROMOTE, GRADUATE, STAY = "promote", "graduate", "stay"
ACTIONS = (PROMOTE, GRADUATE, STAY)            # what a rollover did to a class (rollover_class.action)
RECORD_SOURCES = ("rollover", "audit")         # a rollover's record: kept by it, or rebuilt from the audit trail

TOP_LEVEL = {SchoolType.PRIMARY: 6, SchoolType.MIDDLE: 9, SchoolType.NINE_YEAR: 9, SchoolType.HIGH: 12,
             SchoolType.COMPLETE_MIDDLE: 12, SchoolType.VOCATIONAL: 12}
PROGRAM_YEARS = {SchoolType.PRIMARY: 6, SchoolType.MIDDLE: 3, SchoolType.NINE_YEAR: 9, SchoolType.HIGH: 3,
                 SchoolType.COMPLETE_MIDDLE: 6, SchoolType.VOCATIONAL: 3, SchoolType.UNIVERSITY: 4}

CLASH = QT_TRANSLATE_NOOP(
    "Rollover", "{grade} {klass} cannot move to {new_grade} as {new_klass}: that grade already has a class of this "
                "name. Rename or archive one of them first.")
GRADE_NAME_TAKEN = QT_TRANSLATE_NOOP(
    "Rollover", "A new grade {name} is needed for the classes of {grade}, but a grade of that name already exists at "
                "another level. Correct the grade names first.")
GRADUATION_GRADE_IN_USE = QT_TRANSLATE_NOOP(
    "Rollover", "The graduates would be kept in the grade {name}, but that grade still has classes that do not "
                "graduate. Rename that grade first.")
NO_CLASSES = QT_TRANSLATE_NOOP("Rollover", "The register has no classes: there is nothing to roll over.")
ON_LEAVE_IN_GRADUATING = QT_TRANSLATE_NOOP(
    "Rollover", "{grade} {klass} graduates, but {count} student(s) on leave or suspended are in it. They keep "
                "their status and stay in the archived class: decide for each of them (for example move them to a "
                "class of the next year).")
NO_LEVEL = QT_TRANSLATE_NOOP(
    "Rollover", "{grade} has no school grade level, so its classes stay where they are (mark them to graduate if "
                "they do).")
EMPTY_ENTRY_GRADE = QT_TRANSLATE_NOOP(
    "Rollover", "{grade} has no classes after the rollover: import the roster of the new students afterwards.")
NO_ENTRY_YEAR = QT_TRANSLATE_NOOP(
    "Rollover", "{count} class(es) show no entry year in their name (like 2022级 or 软件工程2201班): tick the ones "
                "that graduate.")
JUNIOR_TO_SENIOR = QT_TRANSLATE_NOOP(
    "Rollover", "The classes of {grade} move on to {new_grade}. If your junior graduates leave after the entrance "
                "examination (中考) and new senior classes are formed, tick them to graduate instead.")
LEADERS_STAY = QT_TRANSLATE_NOOP(
    "Rollover", "Grade leaders stay with their grade ({grades}); head teachers move up with their class. If a grade "
                "leader moves up with the students, change it on the Staff page afterwards.")
YEAR_EXISTS = QT_TRANSLATE_NOOP("Rollover", "The school year {year} is already in the calendar; it is kept as it is.")
EARLY = QT_TRANSLATE_NOOP(
    "Rollover", "Today is {today}, but the current school year {year} only ends on {end}. The rollover is done in the "
                "summer holiday, after the school year: done now, the top grade graduates and every class moves up "
                "in the middle of the year. Go on only if your school really moves up now.")
EARLY_NO_DATES = QT_TRANSLATE_NOOP(
    "Rollover", "Today is {today}, in the middle of the school year {year} (the calendar has no dates for it; it "
                "ends in the summer). The rollover is done in the summer holiday, after the school year: done now, "
                "the top grade graduates and every class moves up in the middle of the year. Go on only if your "
                "school really moves up now.")
EARLY_WEEKS = 6

# The same notes for the command line, where classes are chosen with --graduate, not ticked.
NO_LEVEL_CLI = QT_TRANSLATE_NOOP(
    "Rollover", "{grade} has no school grade level, so its classes stay where they are (if they graduate, name them "
                "with --graduate: {ids}).")
NO_ENTRY_YEAR_CLI = QT_TRANSLATE_NOOP(
    "Rollover", "{count} class(es) show no entry year in their name (like 2022级 or 软件工程2201班): {ids}. List "
                "every class that graduates with --graduate <class IDs> (it replaces the default choice).")
JUNIOR_TO_SENIOR_CLI = QT_TRANSLATE_NOOP(
    "Rollover", "The classes of {grade} move on to {new_grade}. If your junior graduates leave after the entrance "
                "examination (中考) and new senior classes are formed, let them graduate instead: --graduate {ids}.")
COMMAND_LINE = {NO_LEVEL: NO_LEVEL_CLI, NO_ENTRY_YEAR: NO_ENTRY_YEAR_CLI, JUNIOR_TO_SENIOR: JUNIOR_TO_SENIOR_CLI}


@dataclass(frozen=True)
class GradeRow:
    id: int
    name: str
    kind: str          # "grade" or "department"
    level: int         # 1..12 for K-12 grades, 0 for departments and grades without a level
    archived: bool = False
    has_leader: bool = False


@dataclass(frozen=True)
class ClassRow:
    id: int
    grade_id: int
    name: str
    archived: bool = False
    enrolled: int = 0
    on_leave: int = 0      # on leave or suspended
    other: int = 0         # graduated or transferred earlier


Note = tuple[Text, dict]   # a message and its parameters, filled with domain.errors.fill


@dataclass(frozen=True)
class ClassStep:
    class_id: int
    grade: str
    name: str
    action: str            # PROMOTE, GRADUATE or STAY
    new_grade: str         # where the class is after the rollover
    new_name: str
    enrolled: int
    on_leave: int
    other: int
    optional: bool         # the user may choose whether this class graduates
    default_graduate: bool

    @property
    def students(self) -> int:
        return self.enrolled + self.on_leave + self.other


@dataclass
class Plan:
    school_type: SchoolType
    year: str                                   # the new school year, e.g. 2027-2028
    year_start: date
    year_end: date
    semesters: list[tuple[int, date, date]]
    year_exists: bool
    graduation_grade: str                       # e.g. 2027届
    steps: list[ClassStep] = field(default_factory=list)
    new_grades: list[tuple[str, int]] = field(default_factory=list)   # (name, level) to create
    grade_levels: dict[int, int] = field(default_factory=dict)        # cohort grade id → new level
    archive_grades: list[str] = field(default_factory=list)           # grade names archived at the end
    unarchive_grades: list[int] = field(default_factory=list)
    problems: list[Note] = field(default_factory=list)                # blocking
    blocked: set[int] = field(default_factory=set)                    # classes a blocking problem is about
    attention: list[Note] = field(default_factory=list)               # to look at, not blocking
    warnings: list[Note] = field(default_factory=list)                # not blocking, shown first (too early)
    program_years: int = 4

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def graduating(self) -> list[ClassStep]:
        return [s for s in self.steps if s.action == GRADUATE]

    @property
    def promoted(self) -> list[ClassStep]:
        return [s for s in self.steps if s.action == PROMOTE]

    @property
    def graduating_students(self) -> int:
        return sum(s.enrolled for s in self.graduating)

    @property
    def choices(self) -> frozenset[int]:
        """The graduating classes, as the ``graduate`` argument that plans this same rollover again."""
        return frozenset(s.class_id for s in self.graduating)


def target_year(start_year: int) -> tuple[str, date, date, list[tuple[int, date, date]]]:
    """The school year beginning in September of ``start_year`` (domain.calendar's usual dates)."""
    return school_year_for(date(start_year, 9, 1))


class _Planner:
    def __init__(self, school_type: SchoolType, grades: list[GradeRow], start_year: int, program_years: int) -> None:
        self.type, self.start_year, self.years = school_type, start_year, program_years
        self.grades = {g.id: g for g in grades}
        self.by_name = {g.name: g for g in grades}
        self.top = TOP_LEVEL.get(school_type, 12)
        self.targets: dict[int, str] = {}        # source grade id → target grade name
        self.new_grades: dict[str, int] = {}
        self.unarchive: set[int] = set()
        self.problems: list[Note] = []

    def cohort_done(self, grade: GradeRow) -> bool:
        if grade.level:
            return grade.level >= self.top
        found = cohort_year(grade.name)
        if not found:
            return False
        year, kind = found
        return self.start_year >= (year if kind == "届" else year + self.years)

    def class_done(self, klass: ClassRow, grade: GradeRow) -> bool | None:
        """University default: True/False from the entry year in the name, None when no year shows."""
        year = entry_year(klass.name, grade.name, self.start_year)
        if year is None:
            return None
        return self.start_year >= (-year if year < 0 else year + self.years)

    def target_grade(self, grade: GradeRow) -> str:
        if grade.id in self.targets:
            return self.targets[grade.id]
        level = grade.level + 1
        styled = next_grade_name(grade.name, level)
        same = [g for g in self.grades.values() if g.kind == "grade" and g.level == level and not cohort_year(g.name)]
        same.sort(key=lambda g: (g.name != styled, g.archived, g.id))
        if same:
            name = same[0].name
            if same[0].archived:
                self.unarchive.add(same[0].id)
        else:
            name = styled
            taken = self.by_name.get(name)
            if taken is not None or (name in self.new_grades and self.new_grades[name] != level):
                self.problems.append((GRADE_NAME_TAKEN, {"name": name, "grade": grade.name}))
            else:
                self.new_grades[name] = level
        self.targets[grade.id] = name
        return name


def plan_rollover(school_type: SchoolType, grades: list[GradeRow], classes: list[ClassRow], start_year: int, *,
                  graduate: frozenset[int] | set[int] | None = None, program_years: int | None = None,
                  existing_years: set[str] | frozenset[str] = frozenset()) -> Plan:
    """Plan the rollover into the school year beginning in September of ``start_year``.

    ``graduate``: the classes the user chose to graduate (None: the defaults). K-12 classes of the top grade always
    graduate. ``program_years``: the usual length of study for cohorts without a level (default by school type).
    """
    years = program_years or PROGRAM_YEARS[school_type]
    name, start, end, semesters = target_year(start_year)
    plan = Plan(school_type, name, start, end, semesters, name in existing_years, f"{start_year}届",
                program_years=years)
    if plan.year_exists:
        plan.attention.append((YEAR_EXISTS, {"year": name}))
    p = _Planner(school_type, grades, start_year, years)
    live = [c for c in classes if not c.archived]
    if not live:
        plan.problems.append((NO_CLASSES, {}))
    no_year: list[int] = []
    no_level: dict[int, list[int]] = {}     # grade id → its classes
    for c in sorted(live, key=lambda c: (-p.grades[c.grade_id].level, c.grade_id, c.id)):
        g = p.grades[c.grade_id]
        forced = False
        if school_type.is_university or g.kind == "department":
            default = p.class_done(c, g) if school_type.is_university else False
            if default is None:
                no_year.append(c.id)
            default, alt = bool(default), STAY
        elif cohort_year(g.name):
            forced = bool(g.level) and g.level >= p.top
            default, alt = p.cohort_done(g), (PROMOTE if g.level else STAY)
        elif g.level <= 0:
            no_level.setdefault(g.id, []).append(c.id)
            default, alt = False, STAY
        else:
            forced = g.level >= p.top
            default, alt = forced, PROMOTE
        chosen = forced or (default if graduate is None else c.id in graduate)
        if chosen:
            keep_in_grade = school_type.is_university or g.kind == "department" or bool(cohort_year(g.name))
            new_grade = g.name if keep_in_grade else plan.graduation_grade
            if not keep_in_grade:
                new_name = graduated_class_name(c.name, g.name, plan.graduation_grade)
            elif (school_type.is_university or g.kind == "department") and \
                    entry_year(c.name, "", p.start_year + 1) is None:
                # a department keeps its classes in place: a name without its cohort (1班) gets one, so next
                # year's 1班 of the same department is a new class, not the graduates' archived one
                new_name = plan.graduation_grade + c.name
            else:
                new_name = c.name
            step = ClassStep(c.id, g.name, c.name, GRADUATE, new_grade, new_name, c.enrolled, c.on_leave, c.other,
                             not forced, bool(default or forced))
            if c.on_leave:
                plan.attention.append((ON_LEAVE_IN_GRADUATING, {"grade": g.name, "klass": c.name,
                                                                "count": c.on_leave}))
        elif alt == PROMOTE and not cohort_year(g.name):
            new_grade = p.target_grade(g)
            step = ClassStep(c.id, g.name, c.name, PROMOTE, new_grade, next_class_name(c.name, g.level, g.level + 1),
                             c.enrolled, c.on_leave, c.other, True, bool(default))
        else:
            if alt == PROMOTE:  # a cohort grade: the grade goes up a level, the class stays in it
                plan.grade_levels[g.id] = g.level + 1
            step = ClassStep(c.id, g.name, c.name, alt, g.name, c.name, c.enrolled, c.on_leave, c.other,
                             True, bool(default))
        plan.steps.append(step)
    for grade_id, ids in no_level.items():
        plan.attention.append((NO_LEVEL, {"grade": p.grades[grade_id].name, "ids": _ids(ids)}))
    for name, new_name in sorted({(s.grade, s.new_grade) for s in plan.promoted
                                  if s.grade != s.new_grade and p.by_name[s.grade].level == 9}):
        ids = [s.class_id for s in plan.promoted if s.grade == name]
        plan.attention.append((JUNIOR_TO_SENIOR, {"grade": name, "new_grade": new_name, "ids": _ids(ids)}))
    led = [g.name for g in grades if g.has_leader and not g.archived and g.level and not cohort_year(g.name)
           and any(s.grade == g.name and s.action == PROMOTE for s in plan.steps)]
    if led:
        plan.attention.append((LEADERS_STAY, {"grades": "、".join(led)}))
    if school_type.is_university and no_year:
        plan.attention.append((NO_ENTRY_YEAR, {"count": len(no_year), "ids": _ids(no_year)}))
    grade_pos = {g.id: i for i, g in enumerate(grades)}
    class_pos = {c.id: (grade_pos[c.grade_id], i) for i, c in enumerate(classes)}
    plan.steps.sort(key=lambda s: class_pos[s.class_id])   # the register's order
    plan.new_grades = sorted(p.new_grades.items(), key=lambda kv: kv[1])
    plan.unarchive_grades = sorted(p.unarchive)
    _archive_and_check(plan, p, grades, classes)
    plan.problems[:0] = p.problems
    return plan


def _ids(class_ids: list[int]) -> str:
    """Class IDs as --graduate takes them: 12 13 14."""
    return " ".join(str(i) for i in sorted(class_ids))


def for_command_line(note: Note) -> Note:
    """``note`` in the command line's words (--graduate with class IDs instead of ticking classes)."""
    text, params = note
    return COMMAND_LINE.get(text, text), params


def early_warning(today: date, start_year: int,
                  calendar: list[tuple[str, date, date, date | None]]) -> Note | None:
    """A warning when ``today`` is well before the end of the school year the register leaves for the one starting
    in September of ``start_year``. ``calendar``: the recorded school years (name, start, end, end of the last
    semester or None). The year left is the recorded one containing today (else the one named like
    2026-2027); it ends with its last semester, or on its end date without semesters. No record: before July."""
    starts = date(start_year, 9, 1)
    current = next((y for y in calendar if y[1] <= today <= y[2] and y[1] < starts), None)
    if current is None:
        name = f"{start_year - 1}-{start_year}"
        current = next((y for y in calendar if y[0] == name), None)
    if current is None:
        if today < date(start_year, 7, 1):
            return EARLY_NO_DATES, {"today": today.isoformat(), "year": f"{start_year - 1}-{start_year}"}
        return None
    name, _start, end, last_semester_end = current
    end = last_semester_end or end
    if today < end - timedelta(weeks=EARLY_WEEKS):
        return EARLY, {"today": today.isoformat(), "year": name, "end": end.isoformat()}
    return None


def _archive_and_check(plan: Plan, p: _Planner, grades: list[GradeRow], classes: list[ClassRow]) -> None:
    steps = {s.class_id: s for s in plan.steps}
    graduating_level_grade = any(s.new_grade == plan.graduation_grade and s.grade != s.new_grade
                                 for s in plan.graduating)
    if graduating_level_grade:
        plan.archive_grades.append(plan.graduation_grade)
        holder = p.by_name.get(plan.graduation_grade)
        if holder is not None and any(c.grade_id == holder.id and not c.archived and
                                      steps[c.id].action != GRADUATE for c in classes):
            plan.problems.append((GRADUATION_GRADE_IN_USE, {"name": plan.graduation_grade}))
    for g in grades:
        mine = [c for c in classes if c.grade_id == g.id and not c.archived]
        if not mine or g.archived:
            continue
        if cohort_year(g.name) and all(steps[c.id].action == GRADUATE for c in mine):
            if g.name not in plan.archive_grades:
                plan.archive_grades.append(g.name)
        elif (g.kind == "grade" and g.level and g.level == min((x.level for x in grades if x.level and
                                                                 not cohort_year(x.name)), default=0)
              and not cohort_year(g.name)
              and all(steps[c.id].new_grade != g.name for c in classes if c.id in steps)):
            plan.attention.append((EMPTY_ENTRY_GRADE, {"grade": g.name}))
    # The register after the rollover must still have one class of a name per grade.
    final: dict[tuple[str, str], list[int]] = {}
    names = {g.id: g.name for g in grades}
    for c in classes:
        step = steps.get(c.id)
        key = (step.new_grade, step.new_name) if step else (names[c.grade_id], c.name)
        final.setdefault(key, []).append(c.id)
    for (grade, name), ids in final.items():
        if len(ids) < 2:
            continue
        for cid in ids:
            s = steps.get(cid)
            if s is not None and (s.grade, s.name) != (grade, name):
                plan.blocked.add(cid)
                plan.problems.append((CLASH, {"grade": s.grade, "klass": s.name, "new_grade": grade,
                                              "new_klass": name}))
