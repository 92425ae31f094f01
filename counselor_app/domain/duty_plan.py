"""The duty roster generator: shifts of the templates on the planned days, filled with people, fairly.

Input: the days (:mod:`duty_days`: each with the weekday whose timetable it follows), the shift templates, the
people on the duty list with their unavailability, and the assignments to keep (manual edits: regeneration keeps
them unless told otherwise). Output (:class:`DutyPlan`): every assignment, the gaps (a seat nobody may take, and
why), the kept assignments that break a rule (conflicts), the make-up workdays without a timetable, and the counts
per person and kind of duty.

Rules, in order of strength:
1. nobody against their unavailability, nobody on a shift their eligibility does not allow (kept assignments
   excepted: they are reported as conflicts, never moved);
2. never the same person twice at the same time (overlapping shifts of one day, any post);
3. every seat filled when possible: within a day, the most constrained seat first, then an augmenting path (a
   person busy at that time moves over when someone else can take their seat);
4. fairness per kind of duty (regular, evening, weekend), counted among the people who may take that kind: while a
   person has at least two duties more than another, one duty moves along a chain of people who can take it
   (the augmenting paths of a flow), so max − min ≤ 1 whenever availability allows it; then totals are evened by
   direct moves that keep each kind within its range.
5. deterministic: the same input gives the same roster (people, templates and days taken in id and date order,
   ties broken by id, never by hashing or chance).

Carried counts (``carry``: duties a person already has this semester outside the range) join the balance, so that
regenerating a month keeps the semester fair. By default fairness counts duties as they are: someone on leave for
six weeks does the same number of duties in the other weeks. With ``credit_absence`` a whole day away for leave,
sick leave or a trip counts as the share of that day's duties the person would have had (rounded per kind), so
that the balance is "equal, absences credited"; :attr:`DutyPlan.credit` says how much each person was credited.
No Qt, no I/O.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Iterable, Mapping, Sequence

from counselor_app.domain.duty import (
    Availability, DutyKind, Person, Reason, ShiftTemplate, Unavailability,
)
from counselor_app.domain.duty_days import DutyDay
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, Text


class GapReason(str, Enum):
    NOBODY_ELIGIBLE = "nobody_eligible"    # nobody on the duty list may take this shift
    UNAVAILABLE = "unavailable"            # everyone who may take it is unavailable that day
    BUSY = "busy"                          # those who are free are on another shift at that time, or too few

    def __hash__(self) -> int:
        return hash(self.value)

    @property
    def label(self) -> Text:
        return GAP_LABELS[self]


class ConflictReason(str, Enum):
    UNAVAILABLE = "unavailable"            # a kept assignment on a day or period the person is unavailable
    DOUBLE = "double"                      # a kept assignment at the same time as another of the same person
    NOT_ELIGIBLE = "not_eligible"          # a kept assignment of someone the shift's eligibility excludes
    NO_SHIFT = "no_shift"                  # a kept assignment of a shift that no longer takes place that day
    OVERFULL = "overfull"                  # more kept people than the shift needs
    UNKNOWN_PERSON = "unknown_person"      # a kept assignment of someone no longer on the duty list
    LEFT = "left"                          # ... of a staff member who left the school (services say which)
    DEACTIVATED = "deactivated"            # ... of someone whose account was deactivated

    def __hash__(self) -> int:
        return hash(self.value)

    @property
    def label(self) -> Text:
        return CONFLICT_LABELS[self]


GAP_LABELS = {
    GapReason.NOBODY_ELIGIBLE: QT_TRANSLATE_NOOP("DutyGap", "nobody on the duty list may take this shift"),
    GapReason.UNAVAILABLE: QT_TRANSLATE_NOOP("DutyGap", "everyone who may take it is unavailable"),
    GapReason.BUSY: QT_TRANSLATE_NOOP("DutyGap", "too few people free at this time"),
}
CONFLICT_LABELS = {
    ConflictReason.UNAVAILABLE: QT_TRANSLATE_NOOP("DutyConflict", "the person is unavailable"),
    ConflictReason.DOUBLE: QT_TRANSLATE_NOOP("DutyConflict", "the person is on another shift at the same time"),
    ConflictReason.NOT_ELIGIBLE: QT_TRANSLATE_NOOP("DutyConflict", "the person may not take this shift"),
    ConflictReason.NO_SHIFT: QT_TRANSLATE_NOOP("DutyConflict", "the shift does not take place that day"),
    ConflictReason.OVERFULL: QT_TRANSLATE_NOOP("DutyConflict", "more people than the shift needs"),
    ConflictReason.UNKNOWN_PERSON: QT_TRANSLATE_NOOP("DutyConflict", "the person is no longer on the duty list"),
    ConflictReason.LEFT: QT_TRANSLATE_NOOP("DutyConflict", "the person has left the school"),
    ConflictReason.DEACTIVATED: QT_TRANSLATE_NOOP("DutyConflict", "the person's account is deactivated"),
}


ABSENCES = frozenset({Reason.LEAVE, Reason.SICK, Reason.TRIP})   # days away, credited with credit_absence


@dataclass(frozen=True, slots=True, order=True)
class Assignment:
    day: date
    template_id: int
    person_id: int
    manual: bool = False


@dataclass(frozen=True, slots=True)
class Gap:
    day: date
    template_id: int
    missing: int
    reason: GapReason


@dataclass(frozen=True, slots=True)
class Conflict:
    assignment: Assignment
    reason: ConflictReason


@dataclass(frozen=True, slots=True)
class Counts:
    regular: int = 0
    evening: int = 0
    weekend: int = 0

    @property
    def total(self) -> int:
        return self.regular + self.evening + self.weekend

    def of(self, kind: DutyKind) -> int:
        return getattr(self, kind.value)


@dataclass(frozen=True)
class DutyPlan:
    assignments: tuple[Assignment, ...]
    gaps: tuple[Gap, ...]
    conflicts: tuple[Conflict, ...]
    unplanned_days: tuple[date, ...]          # make-up workdays without a timetable
    counts: Mapping[int, Counts]               # person id -> duties in the range (and carried ones)
    seats: int                                 # seats to fill in the range
    kinds: Mapping[DutyKind, tuple[int, ...]] = field(default_factory=dict)   # who may take each kind
    credit: Mapping[int, Counts] = field(default_factory=dict)   # absences counted as duties (credit_absence)

    @property
    def complete(self) -> bool:
        return not self.gaps and not self.conflicts and not self.unplanned_days

    def balanced(self, person_id: int) -> Counts:
        """The counts fairness compares: duties plus the absence credit."""
        c, extra = self.counts[person_id], self.credit.get(person_id, Counts())
        return Counts(c.regular + extra.regular, c.evening + extra.evening, c.weekend + extra.weekend)

    def spread(self, kind: DutyKind | None = None) -> int:
        """max − min of the balanced counts among the people who may take ``kind`` (every kind's people for the
        totals)."""
        if kind is None:
            ids = sorted({p for ps in self.kinds.values() for p in ps})
            values = [self.balanced(p).total for p in ids]
        else:
            values = [self.balanced(p).of(kind) for p in self.kinds.get(kind, ())]
        return max(values) - min(values) if values else 0


@dataclass(frozen=True, slots=True)
class Slot:
    """One shift on one day."""
    day: date
    timetable: int
    template: ShiftTemplate


def enumerate_slots(days: Iterable[DutyDay], templates: Iterable[ShiftTemplate]) -> list[Slot]:
    """Every shift of ``templates`` on ``days``, in date, start time, post and template order."""
    by_weekday: dict[int, list[ShiftTemplate]] = {}
    for t in sorted(templates, key=lambda t: (t.start, t.post_id, t.id)):
        by_weekday.setdefault(t.weekday, []).append(t)
    return [Slot(d.day, d.timetable, t) for d in sorted(days, key=lambda d: d.day) if d.timetable is not None
            for t in by_weekday.get(d.timetable, ())]


# -- the generator -------------------------------------------------------------------------------------------------

class _Planner:
    def __init__(self, days: Sequence[DutyDay], templates: Sequence[ShiftTemplate], people: Sequence[Person],
                 unavailability: Iterable[Unavailability], carry: Mapping[int, Counts]) -> None:
        self.people = sorted(people, key=lambda p: p.id)
        self.index = {p.id: i for i, p in enumerate(self.people)}
        self.slots = enumerate_slots(days, templates)
        self.kinds = sorted({s.template.kind for s in self.slots}, key=lambda k: list(DutyKind).index(k))
        start = min((d.day for d in days), default=date.min)
        end = max((d.day for d in days), default=date.min)
        by_person: dict[int, list[Unavailability]] = {}
        for u in unavailability:
            by_person.setdefault(u.person_id, []).append(u)
        self.avail = [Availability.of(by_person.get(p.id, ()), start, end) for p in self.people]
        n = len(self.people)
        self.count = {k: [carry.get(p.id, Counts()).of(k) for p in self.people] for k in DutyKind}
        self.total = [carry.get(p.id, Counts()).total for p in self.people]
        self.credit = {k: [0] * n for k in DutyKind}
        self.slot_people: list[list[int]] = [[] for _ in self.slots]         # assigned person indexes per slot
        self.kept: list[set[int]] = [set() for _ in self.slots]               # of those, the kept ones
        self.busy: list[dict[date, list[int]]] = [{} for _ in range(n)]      # person -> day -> slot indexes
        self.held: list[set[int]] = [set() for _ in range(n)]                # person -> slot indexes (movable)
        self.last_day = [0] * n
        eligible: dict[int, list[int]] = {}
        for t in {s.template.id: s.template for s in self.slots}.values():
            eligible[t.id] = [i for i, p in enumerate(self.people) if t.eligibility.allows(p)]
        self.eligible = [eligible[s.template.id] for s in self.slots]
        self.free = [[i for i in self.eligible[k] if self.avail[i].free(s.day, s.timetable, s.template.period)]
                     for k, s in enumerate(self.slots)]
        self.may_take = {k: sorted({i for j, s in enumerate(self.slots) if s.template.kind is k
                                    for i in self.eligible[j]}) for k in self.kinds}

    def credit_absence(self, unavailability: Iterable[Unavailability]) -> None:
        """Count each whole day away (leave, sick leave, trip) as the person's share of that day's duties."""
        away: dict[int, set[date]] = {}
        for u in unavailability:
            i = self.index.get(u.person_id)
            if i is None or u.reason not in ABSENCES or u.weekday is not None or u.period or u.first is None:
                continue
            last = u.last or u.first
            away.setdefault(i, set()).update(date.fromordinal(n) for n in range(u.first.toordinal(),
                                                                                 last.toordinal() + 1))
        share: dict[int, dict[DutyKind, float]] = {}
        for k, slot in enumerate(self.slots):
            for i in self.eligible[k]:
                if slot.day in away.get(i, ()):
                    kinds = share.setdefault(i, {})
                    kinds[slot.template.kind] = (kinds.get(slot.template.kind, 0.0)
                                                 + slot.template.heads / len(self.eligible[k]))
        for i, kinds in sorted(share.items()):
            for kind, amount in kinds.items():
                self.credit[kind][i] = round(amount)
                self.count[kind][i] += round(amount)
                self.total[i] += round(amount)

    # -- bookkeeping

    def overlapping(self, i: int, k: int) -> list[int]:
        """Slots of person ``i`` on slot ``k``'s day that overlap it (``k`` itself included if held)."""
        slot = self.slots[k]
        return [j for j in self.busy[i].get(slot.day, ()) if j == k or self.slots[j].template.overlaps(slot.template)]

    def can_take(self, i: int, k: int) -> bool:
        return i not in self.slot_people[k] and not self.overlapping(i, k)

    def add(self, i: int, k: int, kept: bool = False) -> None:
        slot = self.slots[k]
        self.slot_people[k].append(i)
        self.busy[i].setdefault(slot.day, []).append(k)
        self.count[slot.template.kind][i] += 1
        self.total[i] += 1
        self.last_day[i] = max(self.last_day[i], slot.day.toordinal())
        if kept:
            self.kept[k].add(i)
        else:
            self.held[i].add(k)

    def remove(self, i: int, k: int) -> None:
        slot = self.slots[k]
        self.slot_people[k].remove(i)
        self.busy[i][slot.day].remove(k)
        self.count[slot.template.kind][i] -= 1
        self.total[i] -= 1
        self.held[i].discard(k)

    # -- kept assignments

    def keep(self, keep: Iterable[Assignment]) -> list[Conflict]:
        where = {(s.day, s.template.id): k for k, s in enumerate(self.slots)}
        conflicts = []
        for a in sorted(set(keep)):
            k, i = where.get((a.day, a.template_id)), self.index.get(a.person_id)
            if k is None:
                conflicts.append(Conflict(a, ConflictReason.NO_SHIFT))
                continue
            if i is None:
                conflicts.append(Conflict(a, ConflictReason.UNKNOWN_PERSON))
                continue
            if i in self.slot_people[k]:
                continue
            slot = self.slots[k]
            if len(self.slot_people[k]) >= slot.template.heads:
                conflicts.append(Conflict(a, ConflictReason.OVERFULL))
            elif i not in self.eligible[k]:
                conflicts.append(Conflict(a, ConflictReason.NOT_ELIGIBLE))
            elif not self.avail[i].free(slot.day, slot.timetable, slot.template.period):
                conflicts.append(Conflict(a, ConflictReason.UNAVAILABLE))
            elif self.overlapping(i, k):
                conflicts.append(Conflict(a, ConflictReason.DOUBLE))
            self.add(i, k, kept=True)
        return conflicts

    # -- filling

    def fill(self) -> None:
        by_day: dict[date, list[int]] = {}
        for k, s in enumerate(self.slots):
            by_day.setdefault(s.day, []).append(k)
        for day in sorted(by_day):
            # the most constrained shifts of the day first: fewest free people per missing seat
            order = sorted(by_day[day], key=lambda k: (len(self.free[k]) / self.slots[k].template.heads,
                                                       self.slots[k].template.start, k))
            for k in order:
                while len(self.slot_people[k]) < self.slots[k].template.heads:
                    i = self.pick(k)
                    if i is None:
                        if not self.augment(k):
                            break
                    else:
                        self.add(i, k)

    def pick(self, k: int) -> int | None:
        slot = self.slots[k]
        kind_count = self.count[slot.template.kind]
        best, best_key = None, None
        for i in self.free[k]:
            if not self.can_take(i, k):
                continue
            key = (kind_count[i], self.total[i], len(self.busy[i].get(slot.day, ())), self.last_day[i], i)
            if best_key is None or key < best_key:
                best, best_key = i, key
        return best

    def augment(self, k: int, depth: int = 3) -> bool:
        """Fill one seat of ``k`` by moving a free-but-busy person over from an overlapping shift whose seat
        someone else can take (recursively, ``depth`` levels)."""
        return self._augment(k, depth, set())

    def _augment(self, k: int, depth: int, seen: set[int]) -> bool:
        seen.add(k)
        for i in self.free[k]:
            if i in self.slot_people[k]:
                continue
            blocking = self.overlapping(i, k)
            if len(blocking) != 1 or blocking[0] in seen or blocking[0] not in self.held[i]:
                continue
            j = blocking[0]
            self.remove(i, j)
            self.add(i, k)              # before looking for someone else for j: i is busy at j's time now
            other = self.pick(j)
            if other is not None:
                self.add(other, j)
                return True
            if depth > 1 and self._augment(j, depth - 1, seen):
                return True
            self.remove(i, k)
            self.add(i, j)
        return False

    # -- fairness

    def balance(self) -> None:
        for kind in self.kinds:
            while self._move_along_path(kind):
                pass
        while self._even_totals():
            pass

    def _move_along_path(self, kind: DutyKind) -> bool:
        """Move one duty of ``kind`` from a person with c duties to one with at most c − 2, along a chain of people
        who can each take the previous one's duty. False when no such chain exists."""
        people, count = self.may_take[kind], self.count[kind]
        levels = sorted({count[i] for i in people}, reverse=True)
        for level in levels:
            targets = {i for i in people if count[i] <= level - 2}
            if not targets:
                return False
            sources = [i for i in people if count[i] == level]
            parent: dict[int, tuple[int, int] | None] = {i: None for i in sources}
            queue = list(sources)
            for a in queue:
                for k in sorted(self.held[a]):
                    if self.slots[k].template.kind is not kind:
                        continue
                    for b in self.free[k]:
                        if b in parent or not self.can_take(b, k):
                            continue
                        parent[b] = (a, k)
                        if b in targets:
                            self._apply(parent, b)
                            return True
                        queue.append(b)
        return False

    def _apply(self, parent: dict[int, tuple[int, int] | None], end: int) -> None:
        moves = []
        b = end
        while parent[b] is not None:
            a, k = parent[b]
            moves.append((a, b, k))
            b = a
        for a, b, k in moves:          # the last receiver first: each giver still holds its seat until then
            self.remove(a, k)
            self.add(b, k)

    def _even_totals(self) -> bool:
        """One direct move from a person with t duties in all to one with at most t − 2, of a kind in which the
        giver has more than the receiver (so that no kind's spread grows)."""
        everyone = sorted({i for ps in self.may_take.values() for i in ps})
        for a in sorted(everyone, key=lambda i: (-self.total[i], i)):
            for k in sorted(self.held[a]):
                kind = self.slots[k].template.kind
                for b in self.free[k]:
                    if (self.total[b] <= self.total[a] - 2 and self.count[kind][b] < self.count[kind][a]
                            and self.can_take(b, k)):
                        self.remove(a, k)
                        self.add(b, k)
                        return True
        return False

    # -- results

    def gaps(self) -> list[Gap]:
        out = []
        for k, slot in enumerate(self.slots):
            missing = slot.template.heads - len(self.slot_people[k])
            if missing <= 0:
                continue
            if not self.eligible[k]:
                reason = GapReason.NOBODY_ELIGIBLE
            elif not self.free[k]:
                reason = GapReason.UNAVAILABLE
            else:
                reason = GapReason.BUSY
            out.append(Gap(slot.day, slot.template.id, missing, reason))
        return out

    def assignments(self) -> list[Assignment]:
        out = []
        for k, slot in enumerate(self.slots):
            for i in self.slot_people[k]:
                out.append(Assignment(slot.day, slot.template.id, self.people[i].id, manual=i in self.kept[k]))
        return sorted(out)

    def counts(self, credit: bool = False) -> dict[int, Counts]:
        """Duties per person (carried ones included); with ``credit``, the absence credit alone."""
        def value(kind: DutyKind, i: int) -> int:
            return self.credit[kind][i] if credit else self.count[kind][i] - self.credit[kind][i]
        return {p.id: Counts(value(DutyKind.REGULAR, i), value(DutyKind.EVENING, i), value(DutyKind.WEEKEND, i))
                for i, p in enumerate(self.people)}


def generate(days: Sequence[DutyDay], templates: Sequence[ShiftTemplate], people: Sequence[Person],
             unavailability: Iterable[Unavailability] = (), keep: Iterable[Assignment] = (),
             carry: Mapping[int, Counts] | None = None, credit_absence: bool = False) -> DutyPlan:
    """The roster of ``days``: see the module doc for the rules."""
    unavailability = list(unavailability)
    planner = _Planner(days, templates, people, unavailability, carry or {})
    if credit_absence:
        planner.credit_absence(unavailability)
    conflicts = planner.keep(keep)
    planner.fill()
    planner.balance()
    return DutyPlan(
        assignments=tuple(planner.assignments()),
        gaps=tuple(planner.gaps()),
        conflicts=tuple(conflicts),
        unplanned_days=tuple(sorted(d.day for d in days if d.timetable is None)),
        counts=planner.counts(),
        seats=sum(s.template.heads for s in planner.slots),
        kinds={k: tuple(planner.people[i].id for i in planner.may_take[k]) for k in planner.kinds},
        credit=planner.counts(credit=True) if credit_absence else {},
    )


def check_roster(days: Sequence[DutyDay], templates: Sequence[ShiftTemplate], people: Sequence[Person],
                 unavailability: Iterable[Unavailability], assignments: Iterable[Assignment]) -> DutyPlan:
    """The coverage of a roster as it stands (nothing filled, nothing moved): every assignment kept, the seats left
    open as gaps, each assignment that breaks a rule as a conflict. What publishing checks."""
    planner = _Planner(days, templates, people, unavailability, {})
    conflicts = planner.keep(Assignment(a.day, a.template_id, a.person_id, True) for a in assignments)
    return DutyPlan(
        assignments=tuple(planner.assignments()),
        gaps=tuple(planner.gaps()),
        conflicts=tuple(conflicts),
        unplanned_days=tuple(sorted(d.day for d in days if d.timetable is None)),
        counts=planner.counts(),
        seats=sum(s.template.heads for s in planner.slots),
        kinds={k: tuple(planner.people[i].id for i in planner.may_take[k]) for k in planner.kinds},
    )
