"""A review meeting's documents through the registry (services/meeting_documents.py, documents.py): the minutes
with the students masked unless the identity annex is asked for (then audited, on its own page), a draft marked as
such, the sign-in sheet, an assistant refused (audited), a meeting that does not exist a clear message."""
from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from counselor_app.domain.errors import PermissionDenied, ValidationError
from counselor_app.domain.roles import Role
from counselor_app.reports.fonts import find_cjk_font
from counselor_app.services import documents, meetings, meetings_agenda as agenda, meetings_attendance as attendance
from counselor_app.services import meetings_decisions as dec, meetings_finalize as fin
from counselor_app.store import audit
from meeting_helpers import HELD, MONTH, TODAY, login, prepared_office

needs_font = pytest.mark.skipif(find_cjk_font() is None, reason="no Chinese TrueType font on this machine")


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    return prepared_office(tmp_path_factory, "meeting_documents")


@pytest.fixture
def head(prepared, tmp_path):
    s = login(prepared, tmp_path, Role.HEAD)
    yield s
    s.close()


def pages_of(pdf: bytes) -> list[str]:
    return ["".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def names(s, p) -> dict[int, tuple[str, str]]:
    return {r[0]: (r[1], r[2]) for r in s.conn.execute("SELECT id, name, student_no FROM student")}


def finalized(s, p) -> int:
    """The grade's meeting with a decision on each student, everyone present, finalized."""
    mid = meetings.create_meeting(s, meetings.NewMeeting(p.grade_id, MONTH, meetings.MeetingEdit(
        HELD, "15:30", "17:00", "三楼会议室", p.staff[0], p.staff[1])), today=TODAY)
    for it in agenda.get_meeting(s, mid).items:
        edit = dec.DecisionEdit("maintain", actions=(dec.ActionEdit(
            "family", "班主任每周与家长电话沟通一次", owner_staff_id=p.staff[3], due_on=date(2026, 12, 10)),),
            parent_contact="班主任本周内电话告知家长", severity="mild" if it.student_id == p.students[4] else "")
        dec.record_decision(s, mid, it.id, edit)
    meetings.start_meeting(s, mid, meetings.load_meeting(s, mid).revision)
    present = tuple(attendance.AttendeeEdit(a.role, a.staff_id, attendance="present")
                    for a in agenda.get_meeting(s, mid).attendees)
    attendance.set_attendees(s, mid, present, meetings.load_meeting(s, mid).revision)
    fin.finalize_meeting(s, mid, meetings.load_meeting(s, mid).revision, today=TODAY)
    return mid


def trail(s) -> list[tuple[str, str, str, str]]:
    return [(r.action, r.target_type, str(r.target_id), r.detail) for r in audit.iter_all(s.conn)]


@needs_font
def test_the_minutes_mask_the_students_unless_the_annex_is_asked_for_and_audited(prepared, head):
    mid = finalized(head, prepared)
    on_agenda = [it.student_id for it in agenda.get_meeting(head, mid).items]
    full = [names(head, prepared)[sid] for sid in on_agenda]
    pdf = documents.build_document(head, "minutes", id=mid)
    text = "".join(pages_of(pdf))
    assert "学生心理状况研判会会议纪要" in text or "reviewmeetingonstudents'mentalstate:minutes" in text
    assert "DRAFT" not in text and "草稿" not in text
    for name, number in full:
        assert name not in text and number not in text
        assert name[0] + "*" in text and number[-4:] in text
    assert not any(a == "view.minutes_identities" for a, *_ in trail(head))

    before = len(trail(head))
    pages = pages_of(documents.build_document(head, "minutes", id=mid, identities=True))
    assert all(name in pages[-1] and number in pages[-1] for name, number in full)   # the annex: the last page
    assert not any(name in p for p in pages[:-1] for name, _ in full)                # and only there
    rows = trail(head)[before:]
    assert ("view.minutes_identities", "meeting", str(mid), "") in rows
    documents.record_output(head, "minutes", "print", "meeting", mid)
    assert trail(head)[-1][:3] == ("print.minutes", "meeting", str(mid))


@needs_font
def test_a_meeting_not_finalized_prints_as_a_draft_and_the_sign_in_sheet_lists_the_invited(prepared, head):
    mid = meetings.create_meeting(head, meetings.NewMeeting(prepared.grade_id, MONTH, meetings.MeetingEdit(
        HELD, "15:30", "17:00", "三楼会议室", prepared.staff[0], prepared.staff[1])), today=TODAY)
    pages = pages_of(documents.build_document(head, "minutes", id=mid))
    assert all("DRAFT" in p or "草稿" in p for p in pages)
    invited = [a.name for a in agenda.get_meeting(head, mid).attendees]
    assert invited
    sheet = "".join(pages_of(documents.build_document(head, "meeting_sign_in", id=mid)))
    assert all(name in sheet for name in invited) and "三楼会议室" in sheet
    on_agenda = {it.student_id for it in agenda.get_meeting(head, mid).items}
    assert not any(names(head, prepared)[sid][0] in sheet for sid in on_agenda)


def test_an_assistant_is_refused_both_documents_and_the_refusal_is_audited(prepared, tmp_path):
    s = login(prepared, tmp_path, Role.ASSISTANT)
    try:
        for kind, params in (("minutes", {"identities": True}), ("meeting_sign_in", {})):
            with pytest.raises(PermissionDenied):
                documents.build_document(s, kind, id=1, **params)
            assert trail(s)[-1][:3] == ("denied.manage_meetings", "meeting", "1")
        assert not any(a in ("view.minutes", "view.minutes_identities") for a, *_ in trail(s))
    finally:
        s.close()


def test_a_meeting_that_does_not_exist_is_a_clear_message(prepared, head):
    for kind, params in (("minutes", {}), ("minutes", {"identities": True}), ("meeting_sign_in", {})):
        with pytest.raises(ValidationError) as err:
            documents.build_document(head, kind, id=9999, **params)
        assert "does not exist" in str(err.value)
    with pytest.raises(ValidationError):
        documents.build_document(head, "minutes", id="abc")
    assert not any(a == "view.minutes_identities" for a, *_ in trail(head))
