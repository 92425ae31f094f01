"""The sections of the bureau report, as a registry: each section reads its counts for a period, or says that its
part of the product has no data in the period or does not exist in this version.

A section is ``(key, title, reader)``; ``reader(session, period, dashboard)`` returns a ``bureau.Section``. Parts
built later plug in by giving their service module a function ``bureau_counts(session, start, end)`` that returns
``[(label, count), …]`` (labels: a code's translatable Text or a month 'YYYY-MM'; counts of students): the
section named for that module (PLUGGED) picks it up with no change here. Every table is de-identified: labels of
groups and counts only (domain/bureau.py masks small cells). ``read_sections`` then hides, over the whole report,
the further cells that a total or a margin shared between tables would otherwise give a "<5" back from
(domain/suppression.py; SAME_SUMS says which margins are shared).
"""
from __future__ import annotations

import importlib
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from typing import Callable

from counselor_app.domain import bureau
from counselor_app.domain import compliance as rules
from counselor_app.domain import suppression
from counselor_app.domain import watch as watch_rules
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, Text
from counselor_app.services.compliance import Dashboard, Period
from counselor_app.services.session import Session
from counselor_app.services.settings import read_settings
from counselor_app.store import compliance as store
from counselor_app.store import watch as watch_store

C = "BureauReport"
COL_GRADE = QT_TRANSLATE_NOOP("BureauReport", "Grade")
COL_MONTH = QT_TRANSLATE_NOOP("BureauReport", "Month")
COL_COUNT = QT_TRANSLATE_NOOP("BureauReport", "Students")
COL_TOTAL = QT_TRANSLATE_NOOP("BureauReport", "Total")


@dataclass(frozen=True)
class SectionSpec:
    key: str
    title: Text
    reader: Callable[[Session, Period, Dashboard], bureau.Section]


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return bureau.NO_RATE
    text = f"{value:g}"
    return text + "%" if unit == "%" else text


def _status_tells(ind: rules.Indicator, thresholds: dict) -> bool:
    """Would the status (amber or red), beside the number of entries counted, tell a "<5" falling short? Amber
    and red split the shares at a threshold; when one value from 1 to 4 alone gives the status shown, it does."""
    counted, short = len(ind.evidence), len(ind.gaps)
    if not bureau.is_small(short) or bureau.is_small(counted) or ind.code not in _SHARES:
        return False
    fits = [n for n in range(1, 5) if n <= counted and _SHARES[ind.code](counted, n, thresholds) == ind.status]
    return len(fits) < 2


_SHARES = {   # an indicator's status with ``short`` of ``counted`` entries falling short
    rules.IndicatorCode.INTERVENTION.value: lambda counted, short, t: rules.intervention(
        rules.InterventionCounts(range(counted), range(short)), t).status,
    rules.IndicatorCode.SEVERE.value: lambda counted, short, t: rules.severe(
        rules.SevereCounts(range(counted), range(short, counted)), t).status,
}


def _indicators(session: Session, period: Period, board: Dashboard) -> bureau.Section:
    thresholds = read_settings(session).thresholds
    rows = []
    for ind in board.indicators:
        students = ind.evidence_kind == "watch_entry"   # the records behind it are students
        count = (lambda n: bureau.small_cell(n)) if students else str
        # the share of a "<5" (counted or falling short) times the count shown beside it gives the "<5" back
        small = students and any(bureau.is_small(len(n)) for n in (ind.evidence, ind.gaps))
        figure = bureau.NO_RATE if small else _fmt(ind.figure, ind.unit)
        counted = bureau.SECONDARY if students and _status_tells(ind, thresholds) else count(len(ind.evidence))
        rows.append((ind.label, ind.status.label, figure, _fmt(ind.target, ind.unit),
                     counted, count(len(ind.gaps))))
    table = bureau.Table("indicators", QT_TRANSLATE_NOOP("BureauReport", "The §19 indicators"),
                         (QT_TRANSLATE_NOOP("BureauReport", "Indicator"), QT_TRANSLATE_NOOP("BureauReport", "Status"),
                          QT_TRANSLATE_NOOP("BureauReport", "Figure"), QT_TRANSLATE_NOOP("BureauReport", "Target"),
                          QT_TRANSLATE_NOOP("BureauReport", "Records counted"), QT_TRANSLATE_NOOP("BureauReport", "Falling short")),
                         tuple(rows), students=False, label_columns=6)
    return bureau.Section("indicators", QT_TRANSLATE_NOOP("BureauReport", "Indicators"), bureau.DATA, (table,))


def _risk(session: Session, period: Period, board: Dashboard) -> bureau.Section:
    opened = store.watch_opened(session.conn, period.start.isoformat(), board.as_of.isoformat())
    title = QT_TRANSLATE_NOOP("BureauReport", "Risk levels by grade and month")
    if not opened:
        return bureau.Section("risk", title, bureau.EMPTY)
    levels = sorted(watch_store.levels(session.conn, all_levels=True), key=lambda lv: lv.rank)
    codes = [lv.code for lv in levels]
    heads = tuple(lv.text for lv in levels)
    by_grade: dict[str, Counter] = defaultdict(Counter)
    by_month: dict[str, Counter] = defaultdict(Counter)
    for month, grade, level, _source, _reason in opened:
        by_grade[grade or "—"][level] += 1
        by_month[month][level] += 1
    grade_order = list(store.enrolled_per_grade(session.conn))
    grades = sorted(by_grade, key=lambda g: (grade_order.index(g) if g in grade_order else len(grade_order), g))
    grade_rows = tuple((g, *(by_grade[g][c] for c in codes), sum(by_grade[g].values())) for g in grades)
    month_rows = tuple((m, *(by_month[m][c] for c in codes), sum(by_month[m].values())) for m in sorted(by_month))
    n = len(codes)
    return bureau.Section("risk", title, bureau.DATA, (
        bureau.Table("risk_by_grade", QT_TRANSLATE_NOOP("BureauReport", "New watch-list entries by grade and risk level"),
                     (COL_GRADE, *heads, COL_TOTAL), grade_rows, total_column=n + 1),
        bureau.Table("risk_by_month", QT_TRANSLATE_NOOP("BureauReport", "New watch-list entries by month and risk level"),
                     (COL_MONTH, *heads, COL_TOTAL), month_rows, total_column=n + 1),
    ), (bureau.ChartSpec("risk_by_grade", "bar", tuple(range(1, n + 1)),
                         QT_TRANSLATE_NOOP("BureauReport", "New entries by grade and risk level")),
        bureau.ChartSpec("risk_by_month", "line", tuple(range(1, n + 1)),
                         QT_TRANSLATE_NOOP("BureauReport", "New entries by month and risk level"))))


def _screening(session: Session, period: Period, board: Dashboard) -> bureau.Section:
    title = QT_TRANSLATE_NOOP("BureauReport", "Screening coverage and positive rates by grade")
    rows = [c for c in board.coverage if c.due or c.tested]
    if not rows:
        return bureau.Section("screening", title, bureau.EMPTY)
    table = bureau.Table(
        "screening_by_grade", QT_TRANSLATE_NOOP("BureauReport", "Screening by grade (campaigns of the school year)"),
        (COL_GRADE, QT_TRANSLATE_NOOP("BureauReport", "To screen"), QT_TRANSLATE_NOOP("BureauReport", "Screened"),
         QT_TRANSLATE_NOOP("BureauReport", "Coverage %"), QT_TRANSLATE_NOOP("BureauReport", "Positive"),
         QT_TRANSLATE_NOOP("BureauReport", "Positive rate %")),
        tuple((c.grade, c.due, c.tested, bureau.rate(c.tested, c.due), c.positive, bureau.rate(c.positive, c.tested))
              for c in rows))
    return bureau.Section("screening", title, bureau.DATA, (table,), (
        bureau.ChartSpec("screening_by_grade", "bar", (3, 5), QT_TRANSLATE_NOOP("BureauReport", "Coverage and positive rate, %")),))


def _watch(session: Session, period: Period, board: Dashboard) -> bureau.Section:
    title = QT_TRANSLATE_NOOP("BureauReport", "Watch-list entries by source and outcome")
    opened = store.watch_opened(session.conn, period.start.isoformat(), board.as_of.isoformat())
    if not opened:
        return bureau.Section("watch", title, bureau.EMPTY)
    sources = Counter(r[3] for r in opened)
    outcomes = Counter(r[4] for r in opened)
    source_rows = tuple((watch_rules.Source(s).label, n) for s, n in sorted(sources.items()))
    outcome_rows = tuple(((watch_rules.CloseReason(r).label if r else QT_TRANSLATE_NOOP("BureauReport", "still open")), n)
                         for r, n in sorted(outcomes.items()))
    return bureau.Section("watch", title, bureau.DATA, (
        bureau.Table("watch_by_source", QT_TRANSLATE_NOOP("BureauReport", "New entries by source"),
                     (QT_TRANSLATE_NOOP("BureauReport", "Source"), COL_COUNT), source_rows),
        bureau.Table("watch_by_outcome", QT_TRANSLATE_NOOP("BureauReport", "New entries by outcome"),
                     (QT_TRANSLATE_NOOP("BureauReport", "Outcome"), COL_COUNT), outcome_rows),
    ), (bureau.ChartSpec("watch_by_source", "bar", (1,), QT_TRANSLATE_NOOP("BureauReport", "New entries by source")),))


def _leaves(session: Session, period: Period, board: Dashboard) -> bureau.Section:
    title = QT_TRANSLATE_NOOP("BureauReport", "Leaves and returns")
    changes = store.status_changes(session.conn, period.start.isoformat(), board.as_of.isoformat())
    kinds = ("on_leave", "suspended", "enrolled")
    by_month: dict[str, Counter] = defaultdict(Counter)
    for month, status in changes:
        if status in kinds:
            by_month[month][status] += 1
    if not by_month:
        return bureau.Section("leaves", title, bureau.EMPTY)
    rows = tuple((m, *(by_month[m][k] for k in kinds)) for m in sorted(by_month))
    return bureau.Section("leaves", title, bureau.DATA, (
        bureau.Table("leaves_by_month", QT_TRANSLATE_NOOP("BureauReport", "Status changes in the register by month"),
                     (COL_MONTH, QT_TRANSLATE_NOOP("BureauReport", "Leave"), QT_TRANSLATE_NOOP("BureauReport", "Suspension"),
                      QT_TRANSLATE_NOOP("BureauReport", "Back at school")), rows),))


def _logs(session: Session, period: Period, board: Dashboard) -> bureau.Section:
    title = QT_TRANSLATE_NOOP("BureauReport", "Courses, family guidance, publicity and training")
    conn, start, end = session.conn, period.start.isoformat(), board.as_of.isoformat()
    lessons = sum(store.lessons_per_class(conn, start, end).values())
    activities, expected, present = store.family_totals(conn, start, end)
    publicity = store.publicity_count(conn, start, end)
    training = store.training_per_staff(conn, start, end)
    supervisions = sum(store.supervision_per_staff(conn, start, end).values())
    full, part = store.counselors(conn)
    rows = ((QT_TRANSLATE_NOOP("BureauReport", "Mental-health lesson periods"), lessons),
            (QT_TRANSLATE_NOOP("BureauReport", "Family guidance activities"), activities),
            (QT_TRANSLATE_NOOP("BureauReport", "Parents expected at them"), expected),
            (QT_TRANSLATE_NOOP("BureauReport", "Parents present"), present),
            (QT_TRANSLATE_NOOP("BureauReport", "Publicity activities"), publicity),
            (QT_TRANSLATE_NOOP("BureauReport", "Trainings taken by staff"), sum(n for _h, n in training.values())),
            (QT_TRANSLATE_NOOP("BureauReport", "Training hours"), round(sum(h for h, _n in training.values()), 1)),
            (QT_TRANSLATE_NOOP("BureauReport", "Supervision sessions"), supervisions),
            (QT_TRANSLATE_NOOP("BureauReport", "Full-time counselors"), len(full)),
            (QT_TRANSLATE_NOOP("BureauReport", "Part-time counselors"), len(part)))
    state = bureau.DATA if any(v for _l, v in rows[:8]) else bureau.EMPTY
    return bureau.Section("logs", title, state, (
        bureau.Table("compliance_logs", title, (QT_TRANSLATE_NOOP("BureauReport", "Item"), QT_TRANSLATE_NOOP("BureauReport", "Number")), rows,
                     students=False),) if state == bureau.DATA else ())


def _plugged(key: str, module: str, title: Text, column: Text) -> SectionSpec:
    """A section read from another part's ``bureau_counts(session, start, end)``, when that part has one."""

    def read(session: Session, period: Period, board: Dashboard) -> bureau.Section:
        try:
            reader = getattr(importlib.import_module(f"counselor_app.services.{module}"), "bureau_counts", None)
        except ImportError:
            reader = None
        if reader is None:
            return bureau.Section(key, title, bureau.NOT_AVAILABLE)
        rows = tuple((label, int(n)) for label, n in reader(session, period.start, board.as_of))
        if not rows:
            return bureau.Section(key, title, bureau.EMPTY)
        return bureau.Section(key, title, bureau.DATA, (bureau.Table(key, title, (column, COL_COUNT), rows),),
                              (bureau.ChartSpec(key, "bar", (1,), title),))

    return SectionSpec(key, title, read)


def _other_part(module: str):
    """A service module of another part, or None in a version without it."""
    try:
        return importlib.import_module(f"counselor_app.services.{module}")
    except ImportError:
        return None


def _counted(key: str, title: Text, column: Text, counts: Counter, chart: bool = True) -> bureau.Section:
    if not counts:
        return bureau.Section(key, title, bureau.EMPTY)
    rows = tuple((label, n) for label, n in counts.items())
    return bureau.Section(key, title, bureau.DATA, (bureau.Table(key, title, (column, COL_COUNT), rows),),
                          (bureau.ChartSpec(key, "bar", (1,), title),) if chart else ())


def _referrals(session: Session, period: Period, board: Dashboard) -> bureau.Section:
    """Referrals issued in the period by state, and their receipts overdue (services/referrals.lines)."""
    title = QT_TRANSLATE_NOOP("BureauReport", "Referrals and receipts")
    module = _other_part("referrals")
    if module is None or not hasattr(module, "lines"):
        return _plugged("referrals", "referrals", title, QT_TRANSLATE_NOOP("BureauReport", "State")).reader(
            session, period, board)
    from counselor_app.domain import referral as referral_rules

    start, end = period.start.isoformat(), board.as_of.isoformat()
    rows = [r for r in module.lines(session, today=board.as_of) if r.issued_on and start <= r.issued_on <= end]
    counts: Counter = Counter()
    for r in rows:
        counts[referral_rules.State(r.state).label] += 1
    if rows:
        counts[QT_TRANSLATE_NOOP("BureauReport", "receipts overdue")] = sum(1 for r in rows if r.overdue)
    return _counted("referrals", title, QT_TRANSLATE_NOOP("BureauReport", "State"), counts)


def _incidents(session: Session, period: Period, board: Dashboard) -> bureau.Section:
    """Crisis incidents of the period by type, counts only (services/crisis.list_incidents)."""
    title = QT_TRANSLATE_NOOP("BureauReport", "Crisis incidents by type")
    module = _other_part("crisis")
    if module is None or not hasattr(module, "list_incidents"):
        return bureau.Section("incidents", title, bureau.NOT_AVAILABLE)
    from counselor_app.domain import crisis as crisis_rules

    start, end = period.start.isoformat(), board.as_of.isoformat()
    counts: Counter = Counter(crisis_rules.Type(i.type).label for i in module.list_incidents(session)
                              if start <= i.occurred_at[:10] <= end)
    return _counted("incidents", title, QT_TRANSLATE_NOOP("BureauReport", "Type"), counts, chart=False)


def _appointments(session: Session, period: Period, board: Dashboard) -> bureau.Section:
    """Counseling appointments per month, cancelled ones left out (services/appointment_views.week_rows)."""
    from datetime import timedelta

    title = QT_TRANSLATE_NOOP("BureauReport", "Counseling appointments per month")
    module = _other_part("appointment_views")
    if module is None or not hasattr(module, "week_rows"):
        return bureau.Section("appointments", title, bureau.NOT_AVAILABLE)
    monday = period.start - timedelta(days=period.start.weekday())
    start, end = period.start.isoformat(), board.as_of.isoformat()
    counts: Counter = Counter()
    while monday <= board.as_of:
        for a in module.week_rows(session, monday, None, None):
            if start <= a.day <= end and not a.state.startswith("cancelled") and a.state != "late_cancel":
                counts[a.day[:7]] += 1
        monday += timedelta(days=7)
    return _counted("appointments", title, COL_MONTH, Counter(dict(sorted(counts.items()))))


def _meetings(session: Session, period: Period, board: Dashboard) -> bureau.Section:
    """Review meetings held in the period, by grade (services/meetings_overview.list_meetings)."""
    title = QT_TRANSLATE_NOOP("BureauReport", "Review meetings held")
    module = _other_part("meetings_overview")
    if module is None or not hasattr(module, "list_meetings"):
        return bureau.Section("meetings", title, bureau.NOT_AVAILABLE)
    start, end = period.start.isoformat(), board.as_of.isoformat()
    counts: Counter = Counter(m.grade for m in module.list_meetings(session)
                              if m.held_on and start <= m.held_on[:10] <= end and m.state != "abandoned")
    return _counted("meetings", title, COL_GRADE, counts)


SECTIONS: list[SectionSpec] = [
    SectionSpec("indicators", QT_TRANSLATE_NOOP("BureauReport", "Indicators"), _indicators),
    SectionSpec("risk", QT_TRANSLATE_NOOP("BureauReport", "Risk levels by grade and month"), _risk),
    SectionSpec("screening", QT_TRANSLATE_NOOP("BureauReport", "Screening coverage and positive rates by grade"), _screening),
    SectionSpec("watch", QT_TRANSLATE_NOOP("BureauReport", "Watch-list entries by source and outcome"), _watch),
    SectionSpec("referrals", QT_TRANSLATE_NOOP("BureauReport", "Referrals and receipts"), _referrals),
    SectionSpec("leaves", QT_TRANSLATE_NOOP("BureauReport", "Leaves and returns"), _leaves),
    SectionSpec("incidents", QT_TRANSLATE_NOOP("BureauReport", "Crisis incidents by type"), _incidents),
    SectionSpec("appointments", QT_TRANSLATE_NOOP("BureauReport", "Counseling appointments per month"), _appointments),
    SectionSpec("meetings", QT_TRANSLATE_NOOP("BureauReport", "Review meetings held"), _meetings),
    SectionSpec("logs", QT_TRANSLATE_NOOP("BureauReport", "Courses, family guidance, publicity and training"), _logs),
]


def same_sums(tables: list[bureau.Table]) -> list[list[suppression.Margin]]:
    """The margins the report publishes twice: the risk tables by grade and by month count the same entries per
    level and in all, and so do the watch tables by source and by outcome (all read from ``watch_opened``)."""
    by_key = {t.key: t for t in tables}
    groups: list[list[suppression.Margin]] = []
    grade = by_key.get("risk_by_grade")
    if grade is not None:
        groups += [[("risk_by_grade", j), ("risk_by_month", j)] for j in range(1, len(grade.columns) - 1)]
    groups.append([("risk_by_grade", -1), ("risk_by_month", -1), ("watch_by_source", 1), ("watch_by_outcome", 1)])
    return groups


def protected(sections: tuple[bureau.Section, ...]) -> tuple[bureau.Section, ...]:
    """The sections with the cells hidden as "*" that keep every "<5" from being worked out (whole report)."""
    tables = [t for s in sections for t in s.tables]
    hidden = suppression.protect_tables(tables, same_sums(tables))
    if not hidden:
        return sections
    return tuple(replace(s, tables=tuple(replace(t, hidden=hidden.get(t.key, frozenset())) for t in s.tables))
                 for s in sections)


def read_sections(session: Session, period: Period, board: Dashboard,
                  progress: Callable[[int, int], None] | None = None) -> tuple[bureau.Section, ...]:
    out = []
    for i, spec in enumerate(SECTIONS):
        out.append(spec.reader(session, period, board))
        if progress:
            progress(i + 1, len(SECTIONS))
    return protected(tuple(out))
