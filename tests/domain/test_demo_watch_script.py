"""The demo office's watch-list script (domain/demo_watch.py): who writes what, when, and the same every time."""
from __future__ import annotations

from datetime import date, timedelta

from counselor_app.domain import demo_watch
from counselor_app.domain.demo_watch import COUNSELOR, HEAD, Pupil, generate, holiday, school_day

TODAY = date(2026, 11, 20)


def pupils(n: int, per_class: int = 45) -> list[Pupil]:
    return [Pupil("male" if i % 2 else "female", i % 3 == 0, f"C{i // per_class}", "母亲" if i % 7 else "",
                  (i // per_class) * per_class if i % per_class else None) for i in range(n)]


def test_about_four_percent_each_student_once_and_the_counselor_first():
    cases = generate(pupils(600), TODAY, seed=1)
    assert len(cases) == 24
    assert len({c.pupil for c in cases}) == len(cases)
    for case in cases:
        actors = [s.actor for s in case.steps]
        assert actors[0] in (COUNSELOR, HEAD) and case.steps[0].kind == "open"
        assert actors == sorted(actors, key=lambda a: a == HEAD), "the head's steps come after the counselor's"


def test_dates_within_the_entry_and_never_after_today():
    for case in generate(pupils(600), TODAY, seed=2):
        opened = case.steps[0].day
        assert TODAY - timedelta(days=330) <= opened <= TODAY
        for step in case.steps:
            if step.day is not None and step.kind not in ("approve", "close", "reopen"):
                assert opened <= step.day <= TODAY, (step.kind, step.day)
            if step.kind == "followup" and step.data["method"] != "parent_phone":
                assert step.day.weekday() < 5 or step.day == opened


def test_the_same_seed_gives_the_same_script_and_another_seed_another():
    one, two = generate(pupils(600), TODAY, seed=1), generate(pupils(600), TODAY, seed=1)
    assert [(c.pupil, [(s.kind, s.day, s.data) for s in c.steps]) for c in one] == \
        [(c.pupil, [(s.kind, s.day, s.data) for s in c.steps]) for c in two]
    assert [c.pupil for c in generate(pupils(600), TODAY, seed=3)] != [c.pupil for c in one]


def test_the_head_teacher_who_leaves_has_a_class_to_that_case_alone():
    data = pupils(600)
    cases = generate(data, TODAY, seed=1)
    leaving = [c for c in cases if any(s.kind == "head_teacher_leaves" for s in c.steps)]
    assert len(leaving) == 1
    klass = data[leaving[0].pupil].klass
    assert [c for c in cases if data[c.pupil].klass == klass] == leaving


def test_small_and_large_schools():
    assert generate([], TODAY) == ()
    assert len(generate(pupils(10), TODAY)) == 10
    assert len(generate(pupils(30000), TODAY)) == demo_watch.MAX_CASES


def test_university_words_and_holiday_calls():
    text = "".join(str(s.data) for c in generate(pupils(600), TODAY, university=True) for s in c.steps)
    assert "辅导员" in text and "班主任" not in text
    assert holiday(date(2026, 8, 3)) and holiday(date(2027, 2, 1)) and not holiday(date(2026, 11, 3))
    assert school_day(date(2026, 11, 21), TODAY) == date(2026, 11, 20)      # Saturday → Friday
    assert school_day(date(2026, 11, 15), TODAY) == date(2026, 11, 16)      # Sunday → Monday
