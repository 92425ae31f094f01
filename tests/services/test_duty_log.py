"""The duty log of each duty: times, contacts, sealed handover notes, safety check, signature, missing logs."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from duty_helpers import duty_office
from counselor_app.domain.errors import ValidationError
from counselor_app.domain.roles import Role
from counselor_app.services import duty_log, duty_roster, office as office_service, students, users
from counselor_app.services.students import StudentEdit
from counselor_app.store import audit

DAY = date(2026, 11, 23)


@pytest.fixture
def shift(session):
    office = duty_office(session)
    return duty_roster.assign(session, DAY, office.templates[0], office.staff[0])   # Monday lunch, 辅导室


def test_a_log_is_written_then_signed_and_kept(session, shift):
    duty_log.save_log(session, shift, duty_log.LogEdit("12:05", "13:35", "小组活动室的钥匙在前台。", True, True, True,
                                                       "陈老师"))
    contact = duty_log.add_contact(session, shift, duty_log.ContactEdit("12:30", "student", "emotions", "booked",
                                                                         minutes=20, note="考试前焦虑，约周三。"))
    duty_log.add_contact(session, shift, duty_log.ContactEdit("13:00", "parent", "family", "crisis",
                                                              reported_to="王主任"))
    log = duty_log.get_log(session, shift)
    assert (log.arrived, log.left, log.handover, log.key_to, log.cabinet_locked) == (
        "12:05", "13:35", "小组活动室的钥匙在前台。", "陈老师", True)
    assert [(c.id, c.party, c.topic, c.crisis, c.note) for c in log.contacts] == [
        (contact, "student", "emotions", False, "考试前焦虑，约周三。"), (contact + 1, "parent", "family", True, None)]
    assert log.signed_by == "" and log.post == "辅导室" and log.times == "12:10–13:30"
    duty_log.sign_log(session, shift)
    assert duty_log.get_log(session, shift).signed_by == "王主任"
    with pytest.raises(ValidationError, match="signed"):
        duty_log.save_log(session, shift, duty_log.LogEdit("12:00", "13:30"))
    with pytest.raises(ValidationError, match="signed"):
        duty_log.add_contact(session, shift, duty_log.ContactEdit("13:10", "teacher", "study", "on_the_spot"))
    codes = [r.action for r in audit.iter_all(session.conn)]
    assert {"duty.log", "duty.contact", "duty.log_sign", "view.duty_log"} <= set(codes)
    # the sealed text is not in the database in clear
    raw = session.conn.execute("SELECT handover FROM duty_log").fetchone()[0]
    assert "钥匙".encode() not in raw


def test_bad_input_is_refused(session, shift):
    with pytest.raises(ValidationError, match="before the arrival"):
        duty_log.save_log(session, shift, duty_log.LogEdit("13:00", "12:00"))
    with pytest.raises(ValidationError, match="written like"):
        duty_log.save_log(session, shift, duty_log.LogEdit("中午", ""))
    for edit, words in [(duty_log.ContactEdit("12:30", "alien", "study", "booked"), "who came"),
                        (duty_log.ContactEdit("12:30", "student", "gossip", "booked"), "topic"),
                        (duty_log.ContactEdit("12:30", "student", "study", "ignored"), "handled"),
                        (duty_log.ContactEdit("12:30", "student", "study", "booked", minutes=900), "Minutes"),
                        (duty_log.ContactEdit("12:30", "student", "study", "booked", student_id=999), "register")]:
        with pytest.raises(ValidationError, match=words):
            duty_log.add_contact(session, shift, edit)
    duty_log.save_log(session, shift, duty_log.LogEdit("12:05", ""))
    with pytest.raises(ValidationError, match="arrival and leaving"):
        duty_log.sign_log(session, shift)
    with pytest.raises(ValidationError, match="not begun"):
        duty_log.save_log(session, shift, duty_log.LogEdit("12:05", ""), today=date(2026, 11, 20))


def test_a_contact_with_a_student_is_audited_under_the_student(session, shift):
    student = students.save_student(session, StudentEdit("2026001", "孙小明"))
    duty_log.add_contact(session, shift, duty_log.ContactEdit("12:40", "student", "study", "on_the_spot",
                                                              student_id=student))
    row = [r for r in audit.iter_all(session.conn) if r.action == "duty.contact"][-1]
    assert (row.target_type, row.target_id) == ("student", str(student))


def test_an_assistant_writes_a_log_without_the_sealed_texts(session, shift, data_dir):
    duty_log.save_log(session, shift, duty_log.LogEdit("12:05", "", "交接：需回访"))
    users.add_user(session, "helper", "助理", Role.ASSISTANT, "Quiet-River-2026")
    session.close()
    with office_service.login(data_dir, "helper", "Quiet-River-2026") as assistant:
        log = duty_log.get_log(assistant, shift)
        assert log.handover is None and log.handover_hidden
        duty_log.save_log(assistant, shift, duty_log.LogEdit("12:05", "13:30", None, True, True, True, "陈老师"))
        from counselor_app.domain.errors import ClinicalKeyMissing
        with pytest.raises(ClinicalKeyMissing):
            duty_log.save_log(assistant, shift, duty_log.LogEdit("12:05", "13:30", "新的交接"))
        duty_log.add_contact(assistant, shift, duty_log.ContactEdit("12:20", "anonymous", "emotions", "on_the_spot"))
        assert duty_log.get_log(assistant, shift).handover_hidden


def test_missing_logs_of_past_shifts(session, shift):
    monday = duty_roster.load_assignment(session, shift)
    later = duty_roster.assign(session, date(2026, 11, 24), monday.template_id + 4, monday.staff_id)   # Tuesday
    now = datetime(2026, 11, 24, 12, 0)                               # Tuesday's lunch has not ended yet
    missing = duty_log.missing_logs(session, "2026-11-01", now=now)
    assert [(m.assignment_id, m.written) for m in missing] == [(shift, False)]
    duty_log.save_log(session, shift, duty_log.LogEdit("12:05", "13:35"))
    assert [m.written for m in duty_log.missing_logs(session, "2026-11-01", now=now)] == [True]
    duty_log.sign_log(session, shift)
    assert duty_log.missing_logs(session, "2026-11-01", now=now) == []
    assert [m.assignment_id for m in duty_log.missing_logs(session, "2026-11-01",
                                                          now=datetime(2026, 11, 24, 14, 0))] == [later]
