"""Screening candidates on the watch list (services/screening_candidates.py): key-item hits first and due the next
school day, positive screens at the lowest level, a student's open entry linked and never doubled; the counselor's
decision through the watch list's services (follow, or dismiss with the head's approval)."""
from __future__ import annotations

from datetime import date

import pytest
from screening_helpers import KEY_ONLY, NONE, POSITIVE, TODAY, csv_file, login, of_grade, phq_header, phq_row, prepare
from watch_helpers import sample_entry

from counselor_app.domain.roles import Role
from counselor_app.services import (
    school_calendar, screening_candidates as sc, screening_import as si, watch, watch_closing, watch_detail,
)
from counselor_app.store import audit


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    return prepare(tmp_path_factory.mktemp("candidates") / "office")


@pytest.fixture
def counselor(prepared, tmp_path):
    with login(prepared, tmp_path, Role.COUNSELOR) as s:
        yield s


def import_file(session, tmp_path, rows, *, candidates=True, today=TODAY, campaign="2026秋七年级"):
    path = csv_file(tmp_path / "phq.csv", phq_header(), rows)
    p = si.preview_screening(session, path, scale="PHQ-9", campaign=campaign, today=today)
    return si.import_screening(session, p, candidates=candidates, today=today)


def entries(session):
    return {e.student_id: e for e in watch.list_entries(session, today=TODAY)}


def test_key_item_hits_first_urgent_and_due_the_next_school_day(counselor, tmp_path):
    a, b, c, d = of_grade(counselor, "七年级")[:4]
    done = import_file(counselor, tmp_path, [phq_row(a, POSITIVE), phq_row(b, NONE), phq_row(c, KEY_ONLY),
                                             phq_row(d, [3, 3, 3, 3, 3, 3, 3, 3, 3])])
    made = done.candidates
    # the key-item hits first (c, then d: positive too), in import order; then a (positive only)
    result_of = {sid: rid for rid, sid in counselor.conn.execute("SELECT id, student_id FROM screening_result")}
    assert [rid for rid, _e in made.opened] == [result_of[c.id], result_of[d.id], result_of[a.id]]
    assert made.urgent == 2 and made.linked == [] and made.failed == []
    listed = entries(counselor)
    assert b.id not in listed
    for student in (c, d):   # TODAY is a Friday: the next school day is the Monday
        assert listed[student.id].state == "candidate" and listed[student.id].next_review == "2026-11-23"
    assert listed[a.id].next_review == "2026-12-20" and listed[a.id].level == "yellow"   # the lowest level, 30 days
    assert listed[a.id].source == "screening"
    detail = watch_detail.get_entry(counselor, listed[c.id].id, today=TODAY)
    assert detail.entry.source_ref_type == "screening" and detail.entry.source_ref_id == str(result_of[c.id])
    assert detail.concern == ("Screening 2026秋七年级 (PHQ-9): key item 9 hit. A counselor needs to review it "
                              "promptly.")
    concern_a = watch_detail.get_entry(counselor, listed[a.id].id, today=TODAY).concern
    assert concern_a == "Screening 2026秋七年级 (PHQ-9): positive screen (total 11, 中度). A counselor needs to review it."
    listing = sc.candidate_list(counselor, done.campaign_id)
    assert [x.student_id for x in listing] == [c.id, d.id, a.id] and all(x.entry_state == "candidate" for x in listing)
    assert [x.urgent for x in listing] == [True, True, False]
    actions = [r.action for r in audit.iter_all(counselor.conn)]
    assert actions.count("watch.open") == 3 and actions.count("screening.candidate") == 3
    assert "screening.candidates" in actions


def test_a_holiday_pushes_the_due_day_to_the_next_school_day(prepared, tmp_path):
    with login(prepared, tmp_path, Role.HEAD) as head:
        school_calendar.add_office_day(head, "2026-11-23", "holiday", "校庆")
        school_calendar.add_office_day(head, "2026-11-24", "holiday", "校庆")
        a = of_grade(head, "七年级")[0]
        import_file(head, tmp_path, [phq_row(a, KEY_ONLY)])
        assert entries(head)[a.id].next_review == "2026-11-25"


def test_an_open_entry_is_linked_never_doubled(counselor, tmp_path):
    a, b = of_grade(counselor, "七年级")[:2]
    existing = watch.open_entry(counselor, sample_entry(a.id), today=TODAY)
    done = import_file(counselor, tmp_path, [phq_row(a, KEY_ONLY), phq_row(b, POSITIVE)])
    made = done.candidates
    assert made.linked == [(made.linked[0][0], existing)] and len(made.opened) == 1 and made.urgent == 1
    assert [e for e in watch.list_entries(counselor, today=TODAY) if e.student_id == a.id] == \
        [entries(counselor)[a.id]]                       # still one entry, the old one
    assert entries(counselor)[a.id].next_review == "2026-11-16"     # its own review date is left alone
    listing = {x.student_id: x for x in sc.candidate_list(counselor, done.campaign_id)}
    assert listing[a.id].link == "linked" and listing[a.id].entry_id == existing
    assert listing[b.id].link == "opened"
    # running it again changes nothing: each result goes to the watch list once
    again = sc.make_candidates(counselor, done.campaign_id, today=TODAY)
    assert again.count == 0 and len(watch.list_entries(counselor, today=TODAY)) == 2


def test_an_import_interrupted_after_the_opening_is_completed(counselor, tmp_path):
    a = of_grade(counselor, "七年级")[0]
    done = import_file(counselor, tmp_path, [phq_row(a, KEY_ONLY)], candidates=False)
    rid = counselor.conn.execute("SELECT id FROM screening_result").fetchone()[0]
    entry = watch.open_entry(counselor, watch.NewEntry(a.id, watch.EntryEdit("screening", "中断", "screening", str(rid)),
                                                       "yellow"), today=TODAY)
    made = sc.make_candidates(counselor, done.campaign_id, today=TODAY)
    assert made.opened == [(rid, entry)] and made.linked == []


def test_the_counselors_decision_goes_through_the_watch_list(prepared, tmp_path):
    counselor = login(prepared, tmp_path, Role.COUNSELOR)
    a, b = of_grade(counselor, "七年级")[:2]
    import_file(counselor, tmp_path, [phq_row(a, KEY_ONLY), phq_row(b, POSITIVE)])
    listed = entries(counselor)
    # add a to the watch list: the class of the case, then following, at the level chosen
    follow = listed[a.id].id
    rev = watch_detail.get_entry(counselor, follow, today=TODAY).entry.revision
    watch.change_severity(counselor, follow, "mild", "面谈后确认", rev)
    watch.move_state(counselor, follow, "following", "面谈后纳入", rev + 1)
    watch.change_level(counselor, follow, "orange", "面谈后评估", rev + 2, today=TODAY)
    assert entries(counselor)[a.id].state == "following" and entries(counselor)[a.id].level == "orange"
    # dismiss b: closing with 复核后未纳入 waits for the head's approval
    dismiss = listed[b.id].id
    rev = watch_detail.get_entry(counselor, dismiss, today=TODAY).entry.revision
    assert watch_closing.request_close(counselor, dismiss, "not_confirmed", "面谈后未见异常", rev) is False
    assert entries(counselor)[b.id].close_requested
    counselor.close()
    with login(prepared, tmp_path, Role.HEAD) as head:
        rev = watch_detail.get_entry(head, dismiss, today=TODAY).entry.revision
        watch_closing.approve_close(head, dismiss, rev)
        assert entries(head)[b.id].state == "closed"


def test_the_watch_lists_open_entry_takes_an_explicit_first_review(counselor):
    a = of_grade(counselor, "七年级")[0]
    entry = watch.open_entry(counselor, watch.NewEntry(a.id, watch.EntryEdit("self", "自述"), "yellow"), today=TODAY,
                             next_review=date(2026, 11, 23))
    assert watch_detail.get_entry(counselor, entry, today=TODAY).entry.next_review == "2026-11-23"
    with pytest.raises(ValueError):
        watch.open_entry(counselor, watch.NewEntry(of_grade(counselor, "七年级")[1].id, watch.EntryEdit("self", "自述"),
                                                   "yellow"), today=TODAY, next_review=date(2026, 11, 1))
