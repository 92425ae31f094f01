"""domain/meeting.py: the agenda rule, what a decision does to an entry, months, the month's summary."""
from datetime import date

import pytest

from counselor_app.domain import meeting as m
from counselor_app.domain.errors import ValidationError
from counselor_app.domain.watch import DEFAULT_LEVELS

LEVELS = {lv.code: lv for lv in DEFAULT_LEVELS}
DAY = date(2026, 11, 18)
SINCE = date(2026, 10, 20)


def facts(**kw):
    base = dict(student_id=1, entry_id=1, state="following", opened_on=date(2026, 9, 1),
                next_review=date(2026, 12, 30), last_level_change=None, returned_on=None, screening_pending=False,
                open_action=False)
    return m.AgendaFacts(**{**base, **kw})


@pytest.mark.parametrize("kw, expected", [
    ({}, ()),
    ({"next_review": date(2026, 11, 25)}, ("due",)),             # within a week after the meeting
    ({"next_review": date(2026, 11, 26)}, ()),
    ({"opened_on": date(2026, 10, 21)}, ("new",)),
    ({"opened_on": date(2026, 10, 20)}, ()),                      # on the last meeting's day: discussed then
    ({"last_level_change": date(2026, 11, 1)}, ("level_changed",)),
    ({"returned_on": date(2026, 11, 2)}, ("returned",)),
    ({"open_action": True}, ("open_action",)),
    ({"state": "candidate", "screening_pending": True}, ("screening",)),
    ({"state": "following", "screening_pending": True}, ()),      # reviewed already
    ({"state": "closed", "next_review": date(2026, 11, 1)}, ()),
])
def test_agenda_reasons(kw, expected):
    assert tuple(r.value for r in m.agenda_reasons(facts(**kw), SINCE, DAY)) == expected


def test_first_meeting_counts_new_entries_of_the_last_month():
    assert m.agenda_reasons(facts(opened_on=date(2026, 10, 20)), None, DAY) == (m.Reason.NEW,)
    assert m.agenda_reasons(facts(opened_on=date(2026, 10, 17)), None, DAY) == ()


def out(code, level="orange", state="following", severity="mild", new_level="", new_severity=""):
    return m.outcome(code, level=level, state=state, severity=severity, new_level=new_level,
                     new_severity=new_severity, levels=LEVELS)


def test_what_each_decision_does():
    assert out("maintain") == m.Outcome("orange", "following", "mild", False)
    assert out("maintain", state="observing").state == "observing"
    assert out("raise", new_level="red", state="observing") == m.Outcome("red", "following", "mild", False)
    assert out("lower", new_level="yellow", state="observing") == m.Outcome("yellow", "observing", "mild", False)
    assert out("close").close
    assert out("refer", state="observing").state == "following"
    assert out("leave").state == "following"
    assert out("return_follow").state == "observing"
    assert out("maintain", state="candidate", severity="") == m.Outcome("orange", "candidate", "", False)
    assert out("raise", state="candidate", severity="", new_level="red", new_severity="severe") == \
        m.Outcome("red", "following", "severe", False)


@pytest.mark.parametrize("kw, message", [
    (dict(code="raise", new_level="yellow"), m.NEEDS_HIGHER),
    (dict(code="raise", new_level=""), m.NEEDS_HIGHER),
    (dict(code="lower", new_level="red"), m.NEEDS_LOWER),
    (dict(code="maintain", new_level="red"), m.LEVEL_NOT_CHANGED_HERE),
    (dict(code="close", level="red"), m.CLOSE_LOWER_FIRST),
    (dict(code="refer", state="candidate", severity=""), m.CANDIDATE_NEEDS_SEVERITY),
    (dict(code="promote"), m.BAD_DECISION),
])
def test_decisions_that_do_not_fit(kw, message):
    with pytest.raises(ValidationError) as e:
        out(**kw)
    assert e.value.source == message


def test_next_review_window():
    yellow = LEVELS["yellow"]
    assert m.next_review(DAY, yellow, None) is None
    assert m.next_review(DAY, yellow, date(2026, 12, 1)) == date(2026, 12, 1)
    for bad, message in ((DAY, m.REVIEW_BEFORE_MEETING), (date(2026, 12, 19), m.REVIEW_TOO_LATE)):
        with pytest.raises(ValidationError) as e:
            m.next_review(DAY, yellow, bad)
        assert e.value.source == message


def test_months():
    assert m.parse_month("2026-1") == "2026-01" and m.parse_month("2026年11月") == "2026-11"
    for bad in ("2026-13", "11/2026", "", "2026"):
        with pytest.raises(ValidationError):
            m.parse_month(bad)
    assert m.month_bounds("2026-12") == (date(2026, 12, 1), date(2026, 12, 31))
    assert m.month_bounds("2028-02") == (date(2028, 2, 1), date(2028, 2, 29))
    assert m.school_year_months(date(2026, 9, 1), date(2027, 1, 31)) == \
        ["2026-09", "2026-10", "2026-11", "2026-12", "2027-01"]
    with pytest.raises(ValidationError) as e:
        m.check_day_in_month(date(2026, 12, 1), "2026-11")
    assert e.value.source == m.DAY_OUTSIDE_MONTH


def test_month_summary():
    row = m.EntryMonth
    s = m.month_summary([row("staff", "red", True, True, True, False, False, False),
                         row("screening", "yellow", True, False, False, True, False, True),
                         row("staff", "yellow", False, False, False, False, True, False)])
    assert s.by_level == {"red": 1, "yellow": 1} and s.open == 2
    assert (s.new, s.raised, s.lowered, s.closed, s.screening_alerts) == (1, 1, 1, 1, 1)
    assert s.by_source == {"staff": 1, "screening": 1}


def test_every_code_has_a_label():
    for enum in m.LABELS:
        assert set(m.LABELS[enum]) == set(enum)


def test_review_after_a_decision():
    yellow, red = LEVELS["yellow"], LEVELS["red"]
    current, touch = date(2026, 12, 1), date(2026, 11, 10)
    kw = dict(current=current, last_touch=touch)
    assert m.review_after(chosen=None, level_changed=False, raised=False, level=yellow, **kw) == current
    assert m.review_after(chosen=date(2026, 11, 30), level_changed=False, raised=False, level=yellow, **kw) == \
        date(2026, 11, 30)
    assert m.review_after(chosen=None, level_changed=True, raised=True, level=red, **kw) == date(2026, 11, 17)
    assert m.review_after(chosen=None, level_changed=True, raised=False, level=yellow, **kw) == date(2026, 12, 10)


def test_an_entry_opened_after_the_meeting_waits_for_the_next():
    assert m.agenda_reasons(facts(opened_on=date(2026, 11, 19), next_review=date(2026, 11, 20)), SINCE, DAY) == ()


RANKS = {lv.code: lv.rank for lv in DEFAULT_LEVELS}
START, HELD_ON = "2026-11-01", "2026-11-18"


def month_row(events, opened_on="2026-09-01", **kw):
    return m.entry_month("staff", opened_on, "yellow", events, START, HELD_ON, RANKS, **kw)


def test_a_level_change_of_the_meeting_day_counts_one_of_the_next_day_does_not():
    opened = ("2026-11-20", "opened", "following", "yellow")   # written later (a day back-dated): its level counts
    same = month_row([opened, ("2026-11-18", "level", "yellow", "orange")])
    assert (same.level, same.raised_in_month, same.open) == ("orange", True, True)
    later = month_row([opened, ("2026-11-19", "level", "yellow", "red")])
    assert (later.level, later.raised_in_month) == ("yellow", False)
    before = month_row([opened, ("2026-10-31", "level", "orange", "yellow")])   # the month before: not lowered
    assert (before.level, before.lowered_in_month) == ("yellow", False)


def test_an_entry_opened_and_closed_within_the_month():
    opened = ("2026-11-03", "opened", "following", "orange")
    closed = month_row([opened, ("2026-11-10", "closed", "following", "closed")], opened_on="2026-11-03",
                       closed_on="2026-11-10")
    assert (closed.open, closed.opened_in_month, closed.closed_in_month) == (False, True, True)
    # reopened after the meeting day: it was closed that day all the same (its closed_on is gone now)
    reopened = month_row([opened, ("2026-11-10", "closed", "following", "closed"),
                          ("2026-11-19", "reopened", "orange", "red")], opened_on="2026-11-03")
    assert (reopened.open, reopened.closed_in_month, reopened.level) == (False, True, "orange")
    # closed and reopened before the meeting: open, and closed once in the month
    back = month_row([opened, ("2026-11-10", "closed", "following", "closed"),
                      ("2026-11-12", "reopened", "orange", "red")], opened_on="2026-11-03")
    assert (back.open, back.closed_in_month, back.level) == (True, True, "red")
    # closed after the meeting day: open then
    after = month_row([opened, ("2026-11-25", "closed", "following", "closed")], opened_on="2026-11-03",
                      closed_on="2026-11-25")
    assert (after.open, after.closed_in_month) == (True, False)


def test_an_entry_without_history_falls_back_on_its_present_closing():
    assert month_row([], closed_on="2026-11-05").closed_in_month
    assert not month_row([], closed_on="2026-11-05").open
    assert month_row([], closed_on="2026-11-19").open
    assert month_row([], screening_on="2026-11-18").screening_in_month
    assert not month_row([], screening_on="2026-11-19").screening_in_month
