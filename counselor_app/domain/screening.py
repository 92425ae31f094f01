"""Screening campaigns (心理测评, policy §5): their code lists and rules, as pure functions.

A campaign screens the students of some grades or classes with one scale. Each target student has a disposition:
应测 (due: not tested yet), 已测 (tested: a result was imported), 请假 (absent) or 免测 (exempt), the last two with
a reason. Coverage per grade and class is tested / due, where "due" counts the students who should be tested: the
tested ones and those still due, never the absent or exempt ones.

Scoring is the scale engine's (domain/scales); the import's table is domain/screening_table.py. A result that is
positive or hits a key item becomes a candidate on the watch list (services/screening_candidates.py): key-item hits
first, urgent. No diagnostic wording anywhere: a result says 阳性 / 阴性 / 无效, never what a student "has".
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum
from typing import Callable, Iterable

from counselor_app.domain.errors import QT_TRANSLATE_NOOP, Text


class _Code(str, Enum):
    def __hash__(self) -> int:   # a member and its code are one set or dict member
        return hash(self.value)

    @property
    def label(self) -> Text:
        return LABELS[type(self)][self]


class Disposition(_Code):
    DUE = "due"            # 应测
    TESTED = "tested"      # 已测
    ABSENT = "absent"      # 请假
    EXEMPT = "exempt"      # 免测


class Outcome(_Code):
    """The verdict of one sheet as stored (the scale engine's scales.Outcome, by value)."""
    POSITIVE = "positive"    # 阳性
    NEGATIVE = "negative"    # 阴性
    INVALID = "invalid"      # 无效 (MHT's lie scale): neither positive nor negative, retest
    UNKNOWN = "unknown"      # 未定: a score-only row the rules cannot decide


class CandidateLink(_Code):
    """How a candidate result reached the watch list."""
    OPENED = "opened"        # a new entry 待复核 was opened for it
    LINKED = "linked"        # the student had an open entry already: the result was linked to it


LABELS: dict[type, dict] = {
    Disposition: {
        Disposition.DUE: QT_TRANSLATE_NOOP("Screening", "Due"),
        Disposition.TESTED: QT_TRANSLATE_NOOP("Screening", "Tested"),
        Disposition.ABSENT: QT_TRANSLATE_NOOP("Screening", "Absent"),
        Disposition.EXEMPT: QT_TRANSLATE_NOOP("Screening", "Exempt"),
    },
    Outcome: {
        Outcome.POSITIVE: QT_TRANSLATE_NOOP("Screening", "Positive"),
        Outcome.NEGATIVE: QT_TRANSLATE_NOOP("Screening", "Negative"),
        Outcome.INVALID: QT_TRANSLATE_NOOP("Screening", "Invalid"),
        Outcome.UNKNOWN: QT_TRANSLATE_NOOP("Screening", "Undetermined"),
    },
    CandidateLink: {
        CandidateLink.OPENED: QT_TRANSLATE_NOOP("Screening", "New candidate on the watch list"),
        CandidateLink.LINKED: QT_TRANSLATE_NOOP("Screening", "Linked to the open watch-list entry"),
    },
}

# The words of the export's 筛查结果 column: a file format schools script against, the same in every UI language.
OUTCOME_WORDS = {"positive": "阳性", "negative": "阴性", "invalid": "无效", "unknown": "未定"}
NEEDS_REASON = (Disposition.ABSENT, Disposition.EXEMPT)


def codes(enum: type[_Code]) -> tuple[str, ...]:
    return tuple(m.value for m in enum)


def key_items_text(items: Iterable[int]) -> str:
    """Key items hit as stored and exported: 15、59 ('' when none)."""
    return "、".join(str(n) for n in sorted(items))


def key_items_of(text: str) -> tuple[int, ...]:
    return tuple(int(n) for n in text.split("、") if n.strip().isdigit()) if text else ()


# -- coverage ---------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Coverage:
    """The screening's reach in one group (a grade, a class, the whole campaign)."""
    due: int        # 应测: tested + not yet tested (absent and exempt students excluded)
    tested: int     # 已测
    absent: int     # 请假
    exempt: int     # 免测

    @property
    def rate(self) -> float | None:
        """tested / due, None when nobody is due."""
        return self.tested / self.due if self.due else None

    @property
    def percent(self) -> str:
        return "" if self.rate is None else f"{self.rate * 100:.1f}%"


def coverage(dispositions: Iterable[str]) -> Coverage:
    counts = {d.value: 0 for d in Disposition}
    for d in dispositions:
        counts[d] += 1
    return Coverage(counts["due"] + counts["tested"], counts["tested"], counts["absent"], counts["exempt"])


# -- candidates -------------------------------------------------------------------------------------------------

def is_candidate(outcome: str, key_items: Iterable[int]) -> bool:
    """A positive screen or a key-item hit (whatever the total) needs a counselor's review."""
    return outcome == Outcome.POSITIVE or bool(tuple(key_items))


def candidate_order(key_items: tuple[int, ...], result_id: int) -> tuple[int, int]:
    """Key-item hits first (urgent), then the positive screens; in the order of import within each."""
    return (0 if key_items else 1, result_id)


def next_school_day(today: date, is_school_day: Callable[[date], bool], is_workday: Callable[[date], bool],
                    horizon: int = 120) -> date:
    """The first school day after ``today`` (the summer break counted in); when the calendar knows none within
    ``horizon`` days (no semesters entered), the next workday; else tomorrow."""
    for test in (is_school_day, is_workday):
        for n in range(1, horizon + 1):
            day = today + timedelta(days=n)
            if test(day):
                return day
    return today + timedelta(days=1)


# -- does the scale suit the students? ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Group:
    """A grade a campaign screens (or the grade of a chosen class): its K-12 level (0 for a university's
    department)."""
    name: str
    level: int


def unsuited(applies, groups: Iterable[Group], university: bool) -> list[str]:
    """The names of the groups the scale is not meant for (its ``applies_to``: K-12 levels, university), in order.
    A scale that states nothing suits everyone."""
    return list(dict.fromkeys(g.name for g in groups
                              if applies.suits(grade_level=g.level, university=university) is False))


def age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def younger_than(births: Iterable[date | None], min_age: int | None, day: date) -> int:
    """How many of the students (their birth dates; unknown ones not counted) are under ``min_age`` on ``day``."""
    if min_age is None:
        return 0
    return sum(1 for b in births if b is not None and age_on(b, day) < min_age)
