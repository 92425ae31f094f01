"""The watch list's rules as pure functions: the overdue reasons, review dates, the code lists' labels."""
from datetime import date

import pytest

from counselor_app.domain import watch as w

TODAY = date(2026, 11, 20)


def facts(**kw) -> w.LoopFacts:
    base = dict(state="following", opened=date(2026, 11, 1), next_review=date(2026, 11, 25), has_counselor=True,
                has_plan=True, earliest_open_measure_due=None, responsible_lost=False)
    return w.LoopFacts(**{**base, **kw})


@pytest.mark.parametrize("kw, expected", [
    ({}, ()),
    (dict(next_review=date(2026, 11, 19)), ("review",)),
    (dict(next_review=TODAY), ()),                                      # due today is not yet overdue
    (dict(earliest_open_measure_due=date(2026, 11, 19)), ("measure",)),
    (dict(has_counselor=False), ("no_counselor",)),
    (dict(has_counselor=False, opened=date(2026, 11, 14)), ()),         # 7 days to settle
    (dict(has_plan=False), ("no_plan",)),
    (dict(has_plan=False, state="candidate"), ()),                      # a candidate needs no plan yet
    (dict(responsible_lost=True), ("responsible_lost",)),
    (dict(student_left=True), ("student_left",)),
    (dict(state="closed", next_review=date(2020, 1, 1), has_plan=False), ()),
    (dict(next_review=date(2026, 11, 1), has_plan=False, has_counselor=False),
     ("review", "no_counselor", "no_plan")),
])
def test_overdue_reasons(kw, expected):
    assert tuple(o.value for o in w.overdue_reasons(facts(**kw), TODAY)) == expected


def test_review_due_by_level():
    red, orange, yellow = (next(lv for lv in w.DEFAULT_LEVELS if lv.code == c) for c in ("red", "orange", "yellow"))
    assert w.review_due(TODAY, red) == date(2026, 11, 27)
    assert w.review_due(TODAY, orange) == date(2026, 12, 4)
    assert w.review_due(TODAY, yellow) == date(2026, 12, 20)
    assert not red.may_close and orange.may_close
    levels = {lv.code: lv for lv in w.DEFAULT_LEVELS}
    assert w.is_raise(levels, "yellow", "red") and not w.is_raise(levels, "red", "orange")


def test_every_code_has_a_label_and_moves_are_known():
    for enum in w.LABELS:
        assert set(w.LABELS[enum]) == set(enum), enum
    assert all(set(targets) <= set(w.State) for targets in w.MOVES.values())
    assert w.Level("x", "我的等级", "#000000", 9, 3, True).name(str) == "我的等级"
    assert w.DEFAULT_LEVELS[2].name(str) == "high risk"
