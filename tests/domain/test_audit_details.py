"""The free-form audit details in words (domain/audit_details.py), as the timeline and the audit page show them."""
from __future__ import annotations

import pytest

from counselor_app.domain import audit_details
from counselor_app.domain.audit_chain import AuditRecord
from counselor_app.domain.audit_labels import Names, detail_words, target_words
from counselor_app.domain.errors import Text


def words(action: str, detail: str, names: Names = Names()) -> str:
    return detail_words(AuditRecord(1, "", 1, action, "student", "1", "ok", detail, "", ""), names, str)


@pytest.mark.parametrize("action, detail, expected", [
    ("meeting.apply", "meeting=9 entry=10 refer yellow>orange",
     "review meeting #9; watch-list entry #10; suggest a referral to a hospital; general concern → close concern"),
    ("meeting.apply", "meeting=9 entry=10 keep yellow>yellow", "general concern (unchanged)"),
    ("watch.followup", "entry=26 followup=124", "entry #26; follow-up #124"),
    ("watch.followup_addendum", "entry=26 addendum_of=7", "entry #26; addendum to record #7"),
    ("screening.candidate", "result=358 entry=1 linked urgent",
     "screening result #358; watch-list entry #1; linked; urgent"),
    ("view.appointment_week", "week=2026-11-23 shown=0", "week of 2026-11-23; 0 shown"),
    ("duty.contact", "duty=4/contact=9/crisis", "duty #4; contact record #9; crisis"),
    ("duty.change_approve", "change=3/with=7", "duty swap or cover #3; swapped with duty #7"),
    ("view.crisis", "students=1,2,3", "students: 1,2,3"),
    ("view.crisis", "report", "report"),
    ("hospital.edit", "name=A,phone=B", "name: A; phone: B"),
    ("export.bureau", "purpose=annual report; students=3", "purpose: annual report; students: 3"),
    ("screening.result_remove", "result=3 campaign=2\twrong child",
     "screening result #3; screening campaign #2; reason: wrong child"),
    ("meeting.finalize", "decisions=3 raised=1 lowered=0 closed=1/2 measures=4",
     "3 decisions; 1 levels raised; 0 levels lowered; closed (and closings asked): 1/2; 4 measures"),
    ("view.minutes", "items=4 identity", "4 agenda items; with the names"),
    ("leave.return_meeting", "leave=3 meeting=2 n=1", "leave of absence #3; review meeting #2; meeting no. 1"),
    ("referral.due", "referral=5 due=2026-12-01", "referral #5; due 2026-12-01"),
    ("duty.unavailable", "staff=15/teaching", "staff member #15; teaching"),
    ("duty.members", "members=6", "6 people on duty"),
    ("appointment.no_show", "appointment=4 booked>no_show misses=1",
     "appointment #4; booked → did not come; 1 missed appointments"),
    ("appointment.series", "appointment=16 series=1 sessions=8 skipped=0",
     "appointment #16; series of sessions #1; 8 sessions; 0 skipped"),
])
def test_known_parts_read_as_words(action, detail, expected):
    assert expected in words(action, detail)
    assert "=" not in words(action, detail)


def test_unknown_key_kept_as_key_colon_value():
    assert words("meeting.x", "meeting=2 weird=5") == "review meeting #2; weird: 5"


@pytest.mark.parametrize("detail", ["from 0013", "defaults/3", "yellow:30,orange:14", "just some text"])
def test_detail_without_known_parts_is_shown_as_stored(detail):
    assert words("office.x", detail) == detail


def test_the_office_level_names_are_used():
    names = Names(levels={"yellow": Text("一级关注")})
    assert words("meeting.apply", "meeting=1 entry=2 keep yellow>red", names).endswith("一级关注 → high risk")


def test_words_are_translated():
    zh = {"review meeting #{value}": "研判会 #{value}", "urgent": "紧急", "; ": "；"}
    assert audit_details.detail_words("meeting.apply", "meeting=9 urgent", lambda t: zh.get(str(t), str(t))) \
        == "研判会 #9；紧急"


@pytest.mark.parametrize("kind, expected", [("app_user", "user 1"), ("referral", "referral 1"),
                                            ("leave", "leave of absence 1"), ("crisis", "crisis incident 1"),
                                            ("watch", "watch list 1"), ("compliance", "compliance records 1")])
def test_target_types_read_as_words(kind, expected):
    assert target_words(AuditRecord(1, "", 1, "x", kind, "1", "ok", "", "", ""), Names(), str) == expected


@pytest.mark.parametrize("action, count, expected", [("view.meeting_actions", "0", "0 open actions listed"),
                                                     ("view.referrals", "4", "4 referrals listed"),
                                                     ("import.compliance", "12", "12 records imported")])
def test_bare_counts_say_what_they_count(action, count, expected):
    assert words(action, count) == expected
