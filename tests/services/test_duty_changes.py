"""Swaps (request → the colleague accepts → the head approves; both duties change hands) and covers."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from duty_helpers import duty_office
from counselor_app.domain.errors import PermissionDenied, ValidationError
from counselor_app.domain.roles import Role
from counselor_app.services import duty_changes, duty_roster, office as office_service, staff, users
from counselor_app.store import audit

MONDAY = date(2026, 12, 7)      # ahead of "today" (the tests' clock is the real one: days must lie in the future)


@pytest.fixture
def office(session, monkeypatch):
    found = duty_office(session)
    monkeypatch.setattr(duty_changes, "date", _Clock)
    return found


class _Clock(date):
    @classmethod
    def today(cls):
        return date(2026, 11, 30)


def put(session, office, day: date, template: int, person: int) -> int:
    return duty_roster.assign(session, day, office.templates[template], office.staff[person])


def test_a_swap_needs_the_colleague_and_the_head(session, office):
    mine = put(session, office, MONDAY, 0, 0)                          # 林 on Monday's lunch (辅导室)
    # templates: per weekday 辅导室 午休, 热线 午休, 辅导室 课后, 热线 课后 (duty_helpers)
    theirs = put(session, office, MONDAY + timedelta(days=1), 4, 4)    # 吴 on Tuesday's lunch (辅导室)
    change = duty_changes.request_swap(session, mine, theirs, "meeting")
    with pytest.raises(ValidationError, match="not accepted"):
        duty_changes.approve_change(session, change)
    with pytest.raises(ValidationError, match="already open"):
        duty_changes.request_swap(session, mine, theirs)
    duty_changes.accept_swap(session, change)                           # 吴 has no account: the office records it
    [info] = duty_changes.list_changes(session, open_only=True)
    assert (info.kind, info.state, info.name, info.other_name, info.day, info.other_day) == (
        "swap", "accepted", "林老师", "吴老师", MONDAY, MONDAY + timedelta(days=1))
    duty_changes.approve_change(session, change)
    assert [a.day for a in duty_roster.my_duties(session, MONDAY, MONDAY + timedelta(days=1),
                                                 staff_id=office.staff[0])] == ["2026-12-08"]
    assert [a.day for a in duty_roster.my_duties(session, MONDAY, MONDAY + timedelta(days=1),
                                                 staff_id=office.staff[4])] == ["2026-12-07"]
    assert duty_changes.list_changes(session, open_only=True) == []
    with pytest.raises(ValidationError, match="already approved"):
        duty_changes.reject_change(session, change)
    codes = [r.action for r in audit.iter_all(session.conn)]
    assert codes[-3:] == ["duty.swap_request", "duty.swap_accept", "duty.change_approve"]


def test_a_swap_that_breaks_a_rule_is_refused(session, office):
    mine = put(session, office, MONDAY, 0, 0)
    hotline = put(session, office, MONDAY + timedelta(days=1), 5, 1)   # Tuesday's hotline lunch: counselors only
    part_timer = put(session, office, MONDAY + timedelta(days=2), 8, 4)
    with pytest.raises(ValidationError, match="may not take"):
        duty_changes.request_swap(session, part_timer, hotline)
    put(session, office, MONDAY + timedelta(days=1), 4, 0)             # 林 on Tuesday's 辅导室 lunch already
    with pytest.raises(ValidationError, match="same time"):
        duty_changes.request_swap(session, mine, hotline)                # would be on Tuesday's hotline lunch too
    same_time = put(session, office, MONDAY, 1, 1)                      # Monday's hotline lunch: posts exchanged
    assert duty_changes.request_swap(session, mine, same_time)
    past = put(session, office, date(2026, 11, 23), 0, 2)
    with pytest.raises(ValidationError, match="past"):
        duty_changes.request_swap(session, mine, past)


def test_a_cover_goes_to_the_head(session, office):
    mine = put(session, office, MONDAY, 0, 0)
    change = duty_changes.request_cover(session, mine, office.staff[5], "sick")
    with pytest.raises(ValidationError, match="cover goes to the head"):
        duty_changes.accept_swap(session, change)
    duty_changes.approve_change(session, change)
    assert [a.name for a in duty_roster.my_duties(session, MONDAY, MONDAY, staff_id=office.staff[5])] == ["郑老师"]
    rejected = duty_changes.request_cover(session, mine, office.staff[4])
    duty_changes.reject_change(session, rejected)
    assert duty_changes.list_changes(session)[0].state == "rejected"
    withdrawn = duty_changes.request_cover(session, mine, office.staff[3])
    duty_changes.withdraw_change(session, withdrawn)
    with pytest.raises(ValidationError, match="already withdrawn"):
        duty_changes.approve_change(session, withdrawn)


def test_the_head_approves_again_only_what_still_holds(session, office):
    from counselor_app.services import duty

    mine = put(session, office, MONDAY, 0, 0)
    change = duty_changes.request_cover(session, mine, office.staff[5], "leave")
    duty.add_unavailability(session, office.autumn, duty.UnavailableEdit(office.staff[5], "trip", MONDAY))
    with pytest.raises(ValidationError, match="unavailable"):
        duty_changes.approve_change(session, change)


def test_a_colleague_with_an_account_answers_from_it(session, office, data_dir):
    mine = put(session, office, MONDAY, 0, 0)
    theirs = put(session, office, MONDAY + timedelta(days=1), 4, 3)
    account = users.add_user(session, "zhoulaoshi", "周老师", Role.ASSISTANT, "Quiet-River-2026")
    staff.link_account(session, account.id, office.staff[3])
    change = duty_changes.request_swap(session, mine, theirs)
    with pytest.raises(ValidationError, match="colleague asked"):
        duty_changes.accept_swap(session, change)                     # the head is not the colleague
    session.close()
    with office_service.login(data_dir, "zhoulaoshi", "Quiet-River-2026") as colleague:
        duty_changes.decline_swap(colleague, change)
        with pytest.raises(PermissionDenied):
            duty_changes.approve_change(colleague, change)
        assert duty_changes.list_changes(colleague)[0].state == "declined"


def test_a_refused_swap_says_whose_taking_fails_and_on_which_day(session, office):
    """"This person is on another shift at the same time" did not say which of the two (the swap dialog shows both)."""
    mine = put(session, office, MONDAY, 0, 0)                          # 林, Monday's 辅导室 lunch
    theirs = put(session, office, MONDAY + timedelta(days=1), 5, 1)    # a counselor, Tuesday's hotline lunch
    put(session, office, MONDAY + timedelta(days=1), 4, 0)             # 林 on Tuesday's 辅导室 lunch already
    with pytest.raises(ValidationError) as asked:
        duty_changes.request_swap(session, mine, theirs)
    assert str(asked.value) == ("The one asking cannot take the duty of 2026-12-08: This person is on another "
                                "shift at the same time.")
    put(session, office, MONDAY, 1, 1)                                 # the counselor on Monday's hotline lunch
    other = put(session, office, MONDAY + timedelta(days=2), 8, 1)     # and on Wednesday's 辅导室 lunch
    with pytest.raises(ValidationError) as answered:
        duty_changes.request_swap(session, mine, other)
    assert str(answered.value) == ("The colleague cannot take the duty of 2026-12-07: This person is on another "
                                   "shift at the same time.")
