"""Every code list the schema checks (``CHECK (column IN ('a', 'b'))``) is the domain's vocabulary for it, exactly."""
from __future__ import annotations

import re

import pytest

from counselor_app.domain import audit_labels, calendar_table, rollover
from counselor_app.domain.gender import Gender
from counselor_app.domain.roles import Role
from counselor_app.domain.school import GradeKind, SchoolType
from counselor_app.domain.student_status import StudentStatus
from counselor_app.domain import screening, watch
from counselor_app.domain import duty, duty_log
from counselor_app.domain import meeting
from counselor_app.domain import crisis, leave, referral
from counselor_app.domain import appointment, appointment_series
from counselor_app.domain import compliance
from counselor_app.store import crypto, database, migrations

VOCABULARIES = {
    ("office", "school_type"): {t.value for t in SchoolType},
    ("staff", "gender"): {g.value for g in Gender},
    ("student", "gender"): {g.value for g in Gender},
    ("student", "status"): {s.value for s in StudentStatus},
    ("app_user", "role"): {r.value for r in Role},
    ("audit_log", "outcome"): set(audit_labels.OUTCOMES),
    ("grade", "kind"): {k.value for k in GradeKind},
    ("calendar_day", "kind"): set(calendar_table.KINDS),
    ("calendar_day", "source"): set(calendar_table.SOURCES),
    ("rollover", "source"): set(rollover.RECORD_SOURCES),
    ("rollover_class", "action"): set(rollover.ACTIONS),
    ("watch_entry", "source"): set(watch.codes(watch.Source)),
    ("watch_entry", "severity"): {""} | set(watch.codes(watch.Severity)),
    ("watch_entry", "state"): set(watch.codes(watch.State)),
    ("watch_entry", "close_reason"): {""} | set(watch.codes(watch.CloseReason)),
    ("watch_history", "kind"): set(watch.HISTORY_KINDS),
    ("watch_responsible", "duty"): set(watch.codes(watch.Duty)),
    ("watch_measure", "type"): set(watch.codes(watch.MeasureType)),
    ("watch_measure", "state"): set(watch.codes(watch.MeasureState)),
    ("watch_followup", "method"): set(watch.codes(watch.Method)),
    ("watch_contact", "way"): set(watch.codes(watch.ContactWay)),
    ("watch_contact", "result"): set(watch.codes(watch.ContactResult)),
    ("screening_target", "disposition"): set(screening.codes(screening.Disposition)),
    ("screening_result", "outcome"): set(screening.codes(screening.Outcome)),
    ("screening_candidate", "link"): set(screening.codes(screening.CandidateLink)),
    ("duty_template", "kind"): {k.value for k in duty.DutyKind},
    ("duty_unavailable", "reason"): {r.value for r in duty.Reason},
    ("duty_change", "kind"): {k.value for k in duty.ChangeKind},
    ("duty_change", "state"): {s.value for s in duty.ChangeState},
    ("duty_change", "reason"): {r.value for r in duty.Reason},
    ("duty_contact", "party"): {p.value for p in duty_log.Party},
    ("duty_contact", "topic"): {t.value for t in duty_log.Topic},
    ("duty_contact", "handling"): {h.value for h in duty_log.Handling},
    ("meeting", "kind"): {k.value for k in meeting.Kind},
    ("meeting", "state"): {s.value for s in meeting.MeetingState},
    ("meeting_attendee", "role"): {r.value for r in meeting.AttendeeRole},
    ("meeting_attendee", "attendance"): {a.value for a in meeting.Attendance},
    ("meeting_decision", "code"): {d.value for d in meeting.Decision},
    ("meeting_decision", "severity"): {""} | set(watch.codes(watch.Severity)),
    ("meeting_decision", "close_reason"): {""} | set(watch.codes(watch.CloseReason)),
    ("meeting_action", "type"): set(watch.codes(watch.MeasureType)),
    # referrals, leave and return, crisis incidents (schema 11)
    ("referral", "origin"): set(referral.codes(referral.Origin)),
    ("referral", "urgency"): set(referral.codes(referral.Urgency)),
    ("referral", "state"): set(referral.codes(referral.State)),
    ("referral", "accompany"): {""} | set(referral.codes(referral.Accompany)),
    ("referral", "meeting_outcome"): {""} | set(referral.codes(referral.Outcome)),
    ("referral", "parents"): {""} | set(referral.codes(referral.Parents)),
    ("referral", "close_reason"): {""} | set(referral.codes(referral.CloseReason)),
    ("referral", "advice"): {""} | set(referral.codes(referral.Advice)),
    # schema 16: a reopening keeps the closing it undid and the state it went back to (any state but closed)
    ("referral_reopen", "close_reason"): set(referral.codes(referral.CloseReason)),
    ("referral_reopen", "back_to"): set(referral.codes(referral.State)) - {referral.State.CLOSED.value},
    ("student_leave", "kind"): set(leave.codes(leave.Kind)),
    ("student_leave", "reason"): set(leave.codes(leave.Reason)),
    ("student_leave", "state"): set(leave.codes(leave.State)),
    ("student_leave", "conclusion"): {""} | set(leave.codes(leave.Conclusion)),
    ("return_meeting", "conclusion"): set(leave.codes(leave.Conclusion)),   # schema 17
    ("crisis_incident", "type"): set(crisis.codes(crisis.Type)),
    ("crisis_incident", "gravity"): set(crisis.codes(crisis.Gravity)),
    ("crisis_incident", "state"): set(crisis.codes(crisis.State)),
    ("crisis_step", "step"): set(crisis.codes(crisis.Step)),
    ("crisis_parent_call", "way"): set(watch.codes(watch.ContactWay)),
    # appointments and session records (schema 13)
    ("appt_room", "kind"): set(appointment.codes(appointment.RoomKind)),
    ("appt_series", "kind"): set(appointment.codes(appointment.Kind)),
    ("appt_series", "mode"): set(appointment.codes(appointment.Mode)),
    ("appt_series", "every"): set(appointment.codes(appointment_series.Interval)),
    ("appt_series_exception", "kind"): set(appointment_series.EXCEPTION_KINDS),
    ("appointment", "kind"): set(appointment.codes(appointment.Kind)),
    ("appointment", "mode"): set(appointment.codes(appointment.Mode)),
    ("appointment", "state"): set(appointment.codes(appointment.State)),
    ("appointment", "referral"): {""} | set(appointment.codes(appointment.Referral)),
    ("appointment_history", "kind"): set(appointment.HISTORY_KINDS),
    ("appt_request", "kind"): set(appointment.REQUEST_KINDS),
    ("appt_request", "state"): set(appointment.REQUEST_STATES),
    ("compliance_family_activity", "form"): {m.value for m in compliance.FamilyForm},
    ("compliance_publicity", "audience"): {m.value for m in compliance.Audience},
    ("compliance_supervision", "form"): {m.value for m in compliance.SupervisionForm},
}
_CHECK = re.compile(r"CHECK\s*\(\s*(\w+)\s+IN\s*\(([^)]*)\)\s*\)", re.IGNORECASE)


def text_check_lists(conn) -> dict[tuple[str, str], set[str]]:
    """(table, column) -> the values of every CHECK ... IN list of quoted text in the schema as SQLite keeps it."""
    found = {}
    for table, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL"):
        for column, values in _CHECK.findall(sql):
            items = [v.strip() for v in values.split(",")]
            if all(v.startswith("'") and v.endswith("'") for v in items):
                found[(table, column)] = {v[1:-1] for v in items}
    return found


@pytest.fixture(scope="module")
def schema(tmp_path_factory):
    conn = database.connect(tmp_path_factory.mktemp("schema") / "office.db", crypto.new_data_key(), create=True)
    migrations.migrate(conn)
    yield text_check_lists(conn)
    conn.close()


def test_every_checked_code_list_has_its_vocabulary(schema):
    assert set(schema) == set(VOCABULARIES), "a CHECK list without a vocabulary here, or one that went away"


@pytest.mark.parametrize("key", sorted(VOCABULARIES))
def test_the_schema_checks_exactly_the_vocabulary(schema, key):
    assert schema[key] == VOCABULARIES[key]


def test_the_reader_finds_a_changed_list():
    class Fake:
        def execute(self, _sql):
            return [("t", "CREATE TABLE t (a TEXT CHECK (a IN ('x', 'y')), b INTEGER CHECK (b IN (0, 1)))")]

    assert text_check_lists(Fake()) == {("t", "a"): {"x", "y"}}
