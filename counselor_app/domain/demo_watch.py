"""The demo office's watch list: a deterministic script of SYNTHETIC entries, plans, follow-ups and contacts.

:func:`generate` picks about 4% of the students and writes, for each, what a school psychologist and the office
head would have done over the past months, as :class:`Step` s in the order they happened: opening the entry, the
plan (some with a second version), follow-ups (weekly for 高危, fortnightly for 重点关注, monthly for 一般关注),
parent contacts, addenda, level and state changes, closing (with every reason; one waiting for the head's
approval, one sent back, one reopened). Some are overdue on purpose: a review date passed, a measure past its due
date, an entry without a plan after eight days, one whose head teacher left.

Pure Python (no Qt, no SQL): services/demo.py plays the steps through the watch-list services, the counselor's
with the counselor's account and the head's with the head's (within one case the counselor's come first).
Only ``random.Random(seed)`` is used: the same students, seed and day give the same script.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from random import Random

from counselor_app.domain import demo_watch_texts as w

COUNSELOR, HEAD = "counselor", "head"
SHARE = 0.04              # of the students on the list (open and closed entries)
MAX_CASES = 120           # a very large demo school still gets a list one can read, quickly written
_GAPS = {"red": (5, 6), "orange": (10, 13), "yellow": (20, 27)}   # days between follow-ups: within the review days


@dataclass(frozen=True)
class Pupil:
    """What the script needs to know of a student of the demo register."""
    gender: str
    boarding: bool
    klass: str                 # the class key: the case whose head teacher leaves has its class to itself
    guardian: str              # the first guardian's relation ('' none)
    monitor: int | None        # another student of the class who is its 心理委员 (index), None when none


@dataclass(frozen=True)
class Step:
    kind: str        # open severity move level leader plan measure followup followup_addendum contact
    actor: str       # contact_addendum close approve reject reopen head_teacher_leaves transfer
    day: date | None
    data: dict = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class Case:
    pupil: int       # index into the pupils given to generate()
    steps: tuple[Step, ...]


def school_day(d: date, today: date) -> date:
    """Saturday → Friday, Sunday → Monday, never after today."""
    if d.weekday() == 5:
        d -= timedelta(days=1)
    elif d.weekday() == 6:
        d += timedelta(days=1)
    while d > today:
        d -= timedelta(days=1)
    return d


def holiday(d: date) -> bool:
    """The summer and winter holidays, roughly: follow-ups then are phone calls."""
    return (d.month == 7 and d.day >= 15) or d.month == 8 or (d.month == 1 and d.day >= 25) or \
        (d.month == 2 and d.day < 20)


class _Case:
    """Writes one case's steps, keeping its level and counting its follow-ups and contacts."""

    def __init__(self, rng: Random, today: date, pupil: Pupil, university: bool) -> None:
        self.rng, self.today, self.pupil = rng, today, pupil
        self.words = {"teacher": "辅导员" if university else "班主任", "parent": pupil.guardian or "家长"}
        self.steps: list[Step] = []
        self.level = ""
        self.opened = today
        self.followups = self.contacts = self.sessions = 0
        self.plan_measures: list[dict] = []
        self.peer = False
        self.keep_overdue = False      # True: a measure stays past its due date on purpose
        self.closed = False

    def say(self, text: str, **extra) -> str:
        return text.format(**self.words, minutes=self.rng.choice((20, 30, 40, 45)), n=self.sessions, **extra)

    def pick(self, pool) -> str:
        return self.say(self.rng.choice(pool))

    def add(self, kind: str, actor: str, day: date | None = None, **data) -> None:
        self.steps.append(Step(kind, actor, day, data))

    # -- the entry ------------------------------------------------------------------------------------------
    def open(self, actor: str, days_ago: int, source: str, level: str, severity: str = "mild",
             state: str = "following", parent: bool = True) -> None:
        self.opened = self.today - timedelta(days=days_ago)
        self.level = level
        self.peer = self.pupil.monitor is not None and self.rng.random() < 0.5
        self.add("open", actor, self.opened, source=source, concern=self.pick(w.CONCERNS[source][level]),
                 level=level, severity=severity, state=state, peer=self.peer,
                 parent=parent and bool(self.pupil.guardian))

    def change_level(self, actor: str, level: str, reason: str) -> None:
        self.level = level
        self.add("level", actor, None, level=level, reason=self.say(reason))

    def move(self, actor: str, state: str, reason: str) -> None:
        self.add("move", actor, None, state=state, reason=self.say(reason))

    # -- the plan -------------------------------------------------------------------------------------------
    def measure(self, type_: str, start: date, due: date | None = None, state: str = "ongoing", n: int = 0) -> dict:
        description, frequency, owner = w.MEASURES[type_][n % len(w.MEASURES[type_])]
        return {"type": type_, "description": self.say(description), "frequency": frequency, "owner": owner,
                "start": start, "due": due, "state": state}

    def plan(self, actor: str, day: date, measures: list[dict], medication: bool = False) -> None:
        if self.peer and not any(m["type"] == "peer" for m in measures):
            measures = measures + [self.measure("peer", day)]
        self.plan_measures = measures
        self.add("plan", actor, day, goal=self.pick(w.GOALS[self.level]), measures=tuple(measures),
                 medication=self.pick(w.MEDICATION) if medication else "", notes=self.pick(w.NOTES))

    def first_plan(self, actor: str, day: date, *, medical: bool = False, medication: bool = False) -> None:
        n = self.rng.randrange(3)
        measures = [self.measure("individual", day, n=0 if self.level == "red" else n),
                    self.measure("teacher_watch", day, n=0 if self.level != "yellow" else 1)]
        if self.level != "yellow" or self.rng.random() < 0.5:
            measures.append(self.measure("family", day, n=0 if self.level == "red" else 1))
        if medical:
            measures.append(self.measure("medical", day, day + timedelta(days=14), "planned"))
        if medication:
            measures.append(self.measure("medication", day))
        if self.level == "yellow" and self.rng.random() < 0.4:
            measures.append(self.measure("group", day + timedelta(days=7), day + timedelta(days=49), "planned",
                                         n=self.rng.randrange(2)))
        self.plan(actor, day, measures, medication)

    def second_plan(self, actor: str, day: date, *, done=("medical",), extra=("academic",)) -> None:
        measures = [dict(m, state="done") if m["type"] in done else m for m in self.plan_measures]
        for type_ in extra:
            if type_ == "off_dorm" and not self.pupil.boarding:
                continue
            measures.append(self.measure(type_, day))
        self.plan(actor, day, measures, any(m["type"] == "medication" for m in measures))

    # -- follow-ups and contacts ----------------------------------------------------------------------------
    def followup(self, actor: str, day: date, phase: str, rating: str | None = None) -> None:
        rng = self.rng
        if holiday(day):
            method = "parent_phone"
        else:
            method = rng.choices(("talk", "counseling", "observation", "parent_phone"), (35, 30, 22, 13))[0]
        if method in ("talk", "counseling"):
            if method == "counseling":
                self.sessions += 1
            parts = [self.pick(w.OPENINGS[method]), self.pick(w.SLEEP[phase]), self.pick(w.MOOD[phase])]
            parts.append(self.pick(w.SCHOOL[phase] if rng.random() < 0.5 else w.PEERS[phase]))
            if self.level != "yellow":
                parts.append(self.pick(w.RISK[phase]))
            parts.append(self.pick(w.WORK))
            seen, rate = "".join(parts), self.level
        elif method == "observation":
            how, others = w.OBSERVED[phase]
            seen, rate = self.pick(w.OBSERVERS) + self.pick(how) + self.pick(others), ""
        else:
            home, more = w.PHONE[phase]
            seen = self.say(w.HOLIDAY_PHONE if holiday(day) else w.PHONE_OPENING) + self.pick(home) + \
                self.pick(more) + self.pick(w.PHONE_CLOSINGS)
            rate = ""
        if rating is not None:
            rate = rating
            self.level = rating
        self.followups += 1
        self.add("followup", actor, day, method=method, seen=seen, rating=rate)

    def special_followup(self, actor: str, day: date, method: str, text: str) -> None:
        self.followups += 1
        self.add("followup", actor, day, method=method, seen=self.say(text), rating="")

    def contact(self, actor: str, day: date, result: str = "reached", way: str | None = None,
                phase: str = "early") -> None:
        day = min(day, self.today)
        way = way or self.rng.choices(("phone", "meeting", "message"), (60, 25, 15))[0]
        reached = result == "reached"
        self.contacts += 1
        self.add("contact", actor, day, person=self.pupil.guardian or "家长", way=way, result=result,
                 facts=self.pick(w.CONTACT_FACTS[phase if reached else result]),
                 support=self.pick(w.FAMILY_SUPPORT) if reached else "",
                 agreements=self.pick(w.AGREEMENTS) if reached else "",
                 next_contact=day + timedelta(days=14) if reached else day + timedelta(days=2))

    def run(self, actor: str, start: date, end: date, phases=("early", "middle", "late"), contact_every: int = 3,
            addendum: bool = False) -> date | None:
        """Follow-ups from ``start`` to ``end`` at the level's pace (its level may change meanwhile), the phase
        moving from the first to the last of ``phases``; a parent contact every few. Returns the last day."""
        d, last, n = start, None, 0
        span = max(1, (end - start).days)
        while d <= end:
            day = max(school_day(d, self.today), self.opened)
            phase = phases[min(len(phases) - 1, int((d - start).days / span * len(phases)))]
            self.followup(actor, day, phase)
            n += 1
            if contact_every and n % contact_every == 0:
                self.contact(actor, day + timedelta(days=1), phase=phase)
            if addendum and n == 2:
                self.add("followup_addendum", actor, day + timedelta(days=1), of=self.followups - 1,
                         body=self.pick(w.FOLLOWUP_ADDENDA))
            last = day
            d += timedelta(days=self.rng.randint(*_GAPS[self.level]))
        return last

    def close(self, actor: str, day: date, reason: str) -> None:
        self.closed = True
        self.add("close", actor, day, reason=reason, explanation=self.say(w.CLOSINGS[reason]))

    def done(self, index: int) -> Case:
        """The case's steps; an open entry's measures whose due date passed are marked done at the end (by the
        last actor, so that the counselor's steps still come before the head's) unless kept overdue on purpose."""
        if not self.closed and not self.keep_overdue and self.steps:
            actor = self.steps[-1].actor
            for n, m in enumerate(self.plan_measures, 1):
                if m["due"] is not None and m["due"] < self.today and m["state"] in ("planned", "ongoing"):
                    self.add("measure", actor, None, position=n, state="done")
        return Case(index, tuple(self.steps))


def _ago(case: _Case, days: int) -> date:
    return case.today - timedelta(days=days)


# -- the cases that show every state, level, source and overdue reason ---------------------------------------

def _red_on_track(c: _Case) -> None:
    c.open(COUNSELOR, 72, c.rng.choice(("self", "staff")), "red", "severe")
    c.add("leader", COUNSELOR, None, reason=w.LEADER)
    c.first_plan(COUNSELOR, _ago(c, 71), medical=True)
    c.run(COUNSELOR, _ago(c, 70), _ago(c, 37), ("early",), addendum=True)
    c.second_plan(COUNSELOR, _ago(c, 36), extra=("medication", "academic"))
    c.run(COUNSELOR, _ago(c, 35), c.today, ("early", "middle"))


def _red_review_overdue(c: _Case) -> None:
    c.open(COUNSELOR, 40, "screening", "red", "severe")
    c.first_plan(COUNSELOR, _ago(c, 39), medical=True)
    c.run(COUNSELOR, _ago(c, 38), _ago(c, 11), ("early", "middle"))


def _red_new(c: _Case) -> None:
    c.open(HEAD, 3, "family", "red", "severe")
    c.first_plan(HEAD, _ago(c, 3), medical=True)
    c.contact(HEAD, _ago(c, 3), way="meeting")
    c.followup(HEAD, school_day(_ago(c, 2), c.today), "early")


def _orange_measure_overdue(c: _Case) -> None:
    c.open(COUNSELOR, 50, "medical", "orange", "severe")
    c.keep_overdue = True
    day = _ago(c, 48)
    c.plan(COUNSELOR, day, [c.measure("individual", day, n=1), c.measure("family", day, n=1),
                            c.measure("medical", day, _ago(c, 10), "planned"), c.measure("teacher_watch", day)])
    c.run(COUNSELOR, _ago(c, 46), c.today, ("early", "middle"), contact_every=0)
    c.contact(COUNSELOR, _ago(c, 12), "declined", "phone")


def _orange_without_plan(c: _Case) -> None:
    c.open(COUNSELOR, 9, "staff", "orange")
    c.contact(COUNSELOR, _ago(c, 8))
    c.followup(COUNSELOR, school_day(_ago(c, 5), c.today), "early")


def _orange_head_teacher_left(c: _Case) -> None:
    c.open(HEAD, 60, "family", "orange")
    c.first_plan(HEAD, _ago(c, 58))
    c.run(HEAD, _ago(c, 56), c.today, ("early", "middle"))
    name, gender = c.rng.choice(w.NEW_HEAD_TEACHERS)
    c.add("head_teacher_leaves", HEAD, None, name=name, gender=gender)


def _pending_close(c: _Case) -> None:
    c.open(COUNSELOR, 130, "self", "yellow")
    c.first_plan(COUNSELOR, _ago(c, 128))
    c.run(COUNSELOR, _ago(c, 126), _ago(c, 50), ("early", "middle"))
    c.move(COUNSELOR, "observing", w.TO_OBSERVING)
    c.run(COUNSELOR, _ago(c, 45), _ago(c, 3), ("late",))
    c.close(COUNSELOR, _ago(c, 2), "improved")


def _rejected_close(c: _Case) -> None:
    c.open(COUNSELOR, 100, "staff", "red", "severe")
    c.first_plan(COUNSELOR, _ago(c, 99), medical=True)
    c.run(COUNSELOR, _ago(c, 98), _ago(c, 40), ("early", "middle"), addendum=True)
    c.followup(COUNSELOR, school_day(_ago(c, 35), c.today), "middle", rating="orange")
    c.second_plan(COUNSELOR, _ago(c, 34), extra=())
    c.run(COUNSELOR, _ago(c, 23), _ago(c, 21), ("late",), contact_every=0)
    c.move(COUNSELOR, "observing", w.TO_OBSERVING)
    c.run(COUNSELOR, _ago(c, 11), c.today, ("late",), contact_every=1)
    c.close(COUNSELOR, _ago(c, 3), "improved")
    c.add("reject", HEAD, None, reason=c.say(w.REJECTION))


def _reopened(c: _Case) -> None:
    c.open(COUNSELOR, 220, "family", "yellow")
    c.first_plan(COUNSELOR, _ago(c, 218))
    c.run(COUNSELOR, _ago(c, 216), _ago(c, 122), ("early", "middle", "late"))
    c.close(COUNSELOR, _ago(c, 120), "improved")
    c.add("approve", HEAD, _ago(c, 119))
    c.level = "orange"
    c.add("reopen", HEAD, _ago(c, 25), level="orange", reason=c.say(w.REOPENING))
    c.second_plan(HEAD, _ago(c, 24), done=("group",), extra=("academic",))
    c.run(HEAD, _ago(c, 23), c.today, ("early", "middle"))


def _candidate(actor: str, source: str, days: int):
    def write(c: _Case) -> None:
        c.open(actor, days, source, "yellow", "", "candidate")
    return write


def _yellow_observing(c: _Case) -> None:
    c.open(HEAD, 150, "screening", "yellow")
    c.first_plan(HEAD, _ago(c, 149))
    c.run(HEAD, _ago(c, 147), _ago(c, 62), ("early", "middle"))
    c.move(HEAD, "observing", w.TO_OBSERVING)
    c.run(HEAD, _ago(c, 58), c.today, ("late",))


def _yellow_following(c: _Case) -> None:
    c.open(COUNSELOR, 45, "family", "yellow")
    c.first_plan(COUNSELOR, _ago(c, 44))
    c.run(COUNSELOR, _ago(c, 43), c.today, ("early", "middle"), contact_every=1)


def _yellow_review_overdue(c: _Case) -> None:
    c.open(COUNSELOR, 80, "staff", "yellow")
    c.first_plan(COUNSELOR, _ago(c, 79))
    c.run(COUNSELOR, _ago(c, 77), _ago(c, 41), ("early", "middle"))


def _orange_following(c: _Case) -> None:
    c.open(COUNSELOR, 30, "self", "orange")
    c.first_plan(COUNSELOR, _ago(c, 29))
    c.run(COUNSELOR, _ago(c, 27), c.today, ("early", "middle"))


def _closed_improved_lowered(c: _Case) -> None:
    c.open(COUNSELOR, 300, "screening", "orange")
    c.first_plan(COUNSELOR, _ago(c, 298), medical=True)
    c.run(COUNSELOR, _ago(c, 296), _ago(c, 205), ("early", "middle"))
    c.change_level(COUNSELOR, "yellow", w.LOWERED)
    c.second_plan(COUNSELOR, _ago(c, 203), extra=("group",))
    c.run(COUNSELOR, _ago(c, 200), _ago(c, 178), ("middle", "late"))
    c.move(COUNSELOR, "observing", w.TO_OBSERVING)
    c.run(COUNSELOR, _ago(c, 175), _ago(c, 152), ("late",))
    c.close(COUNSELOR, _ago(c, 150), "improved")
    c.add("approve", HEAD, _ago(c, 149))


def _closed_by_head(c: _Case) -> None:
    c.open(HEAD, 190, "self", "yellow")
    c.first_plan(HEAD, _ago(c, 189))
    c.run(HEAD, _ago(c, 187), _ago(c, 110), ("early", "middle", "late"))
    c.move(HEAD, "observing", w.TO_OBSERVING)
    c.run(HEAD, _ago(c, 105), _ago(c, 72), ("late",))
    c.close(HEAD, _ago(c, 70), "improved")


def _closed_not_confirmed(c: _Case) -> None:
    c.open(HEAD, 60, "screening", "yellow", "", "candidate")
    c.followup(HEAD, school_day(_ago(c, 57), c.today), "middle")
    c.contact(HEAD, _ago(c, 56), phase="middle")
    c.close(HEAD, _ago(c, 55), "not_confirmed")


def _closed_with(reason: str, source: str, level: str, opened: int, closed: int, extra=()):
    def write(c: _Case) -> None:
        c.open(COUNSELOR, opened, source, level)
        c.first_plan(COUNSELOR, _ago(c, opened - 2))
        if "leave" in extra:
            c.second_plan(COUNSELOR, _ago(c, opened - 20), done=(), extra=("leave",))
        c.run(COUNSELOR, _ago(c, opened - 4), _ago(c, closed + 3), ("early", "middle"))
        c.close(COUNSELOR, _ago(c, closed), reason)
        c.add("approve", HEAD, _ago(c, closed - 1))
        if reason == "transferred":
            c.add("transfer", HEAD, None, reason=w.TRANSFER_STATUS)
    return write


def _closed_mistake(c: _Case) -> None:
    c.open(HEAD, 20, "staff", "yellow", "", "candidate")
    c.close(HEAD, _ago(c, 19), "mistake")


CORE = (_red_on_track, _red_review_overdue, _red_new, _orange_measure_overdue, _orange_without_plan,
        _pending_close, _rejected_close, _reopened, _candidate(COUNSELOR, "screening", 2),
        _candidate(HEAD, "staff", 1), _yellow_observing, _yellow_following, _yellow_review_overdue,
        _orange_following, _closed_improved_lowered, _closed_by_head, _closed_not_confirmed,
        _closed_with("left_school", "staff", "orange", 250, 140),
        _closed_with("transferred", "family", "yellow", 120, 30),
        _closed_mistake, _closed_with("other", "medical", "orange", 160, 90, extra=("leave",)))


def _routine(c: _Case) -> None:
    """A further ordinary case for a larger school: mostly 一般关注, some closed."""
    rng = c.rng
    actor = rng.choice((COUNSELOR, HEAD))
    level = rng.choices(("yellow", "orange"), (70, 30))[0]
    opened = rng.randint(25, 200)
    c.open(actor, opened, rng.choice(("staff", "screening", "family", "self", "medical")), level)
    c.first_plan(actor, _ago(c, opened - 1))
    if opened > 90 and rng.random() < 0.5:
        c.run(actor, _ago(c, opened - 3), _ago(c, 40), ("early", "middle", "late"))
        if level == "orange":
            c.change_level(actor, "yellow", w.LOWERED)
        c.close(actor, _ago(c, 35), "improved")
        if actor == COUNSELOR:
            c.add("approve", HEAD, _ago(c, 34))
        return
    c.run(actor, _ago(c, opened - 3), c.today, ("early", "middle", "late") if opened > 60 else ("early", "middle"))


def generate(pupils: list[Pupil], today: date, seed: int = 1, university: bool = False) -> tuple[Case, ...]:
    """The script for a school of ``pupils``: about SHARE of them (at least the cases above, at most MAX_CASES),
    each student at most once."""
    rng = Random(f"watch-{seed}")
    wanted = min(len(pupils), max(len(CORE) + 1, min(MAX_CASES, round(len(pupils) * SHARE))))
    if wanted < 1:
        return ()
    # the case whose head teacher leaves gets a class of its own: no other case's head teacher changes with it
    first = rng.randrange(len(pupils))
    rest = [i for i in range(len(pupils)) if pupils[i].klass != pupils[first].klass]
    if len(rest) < wanted - 1:   # a school of one or two classes: share it
        rest = [i for i in range(len(pupils)) if i != first]
    chosen = [first] + rng.sample(rest, wanted - 1)
    writers = [_orange_head_teacher_left, *CORE] + [_routine] * max(0, len(chosen) - len(CORE) - 1)
    cases = []
    for index, write in zip(chosen, writers):
        case = _Case(rng, today, pupils[index], university)
        write(case)
        cases.append(case.done(index))
    return tuple(cases)
