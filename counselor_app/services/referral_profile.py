"""The student profile's 转介, 请假/休学与复学 and 危机事件 sections: the student's referrals, leaves and crisis
incidents as short lists — numbers, dates, states and codes, never clinical text (no reason, no diagnosis, no
meeting notes, no crisis details). Referrals and leaves for those who manage referrals (as their pages), incidents
for those who may see them. Loaded under the profile's one audit row (services/profile.py); alone, each loader
audits its own look."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from counselor_app.domain import crisis as crisis_rules, leave as leave_rules, referral as referral_rules
from counselor_app.domain.errors import QT_TRANSLATE_NOOP
from counselor_app.domain.roles import Permission
from counselor_app.services.profile import Translate, english, profile_section
from counselor_app.services.session import Session
from counselor_app.store import crisis as crisis_store, leaves as leave_store, referrals as referral_store


@dataclass(frozen=True)
class StudentReferral:
    id: int
    number: str              # 2026-007
    hospital: str            # '' before one is chosen
    state: str               # a referral State code
    issued_on: str | None
    receipt_due: str | None
    returned_on: str | None
    overdue: bool            # issued or visited, the receipt past its due date
    closed_on: str | None
    reopened_on: str | None  # the day of the latest reopening (YYYY-MM-DD), None if never reopened


@dataclass(frozen=True)
class StudentLeave:
    id: int
    number: str
    kind: str                # leave / suspension
    state: str
    start_on: str
    expected_end: str
    returned_on: str | None
    meetings: int            # return assessment meetings held
    conclusion: str          # the latest meeting's conclusion code, '' before one


@dataclass(frozen=True)
class StudentIncident:
    id: int
    number: str
    occurred_at: str         # YYYY-MM-DDTHH:MM, the office's local time as recorded
    type: str
    gravity: str
    state: str


@profile_section("referrals", QT_TRANSLATE_NOOP("ProfileSection", "Referrals"), Permission.MANAGE_REFERRALS)
def student_referrals(session: Session, student_id: int, *, tr: Translate = english,
                      today: date | None = None) -> list[StudentReferral]:
    """The student's referrals, newest first."""
    conn, today = session.conn, today or date.today()
    names = {h.id: h.name for h in referral_store.hospitals(conn)}
    reopened: dict[int, str] = {}
    for o in referral_store.reopens_of_student(conn, student_id):   # oldest first: the latest stays
        reopened[o.referral_id] = o.reopened_at[:10]
    return [StudentReferral(r.id, referral_rules.number(r.year, r.seq), names.get(r.hospital_id, ""), r.state,
                            r.issued_on, r.receipt_due, r.returned_on,
                            referral_rules.receipt_overdue(r.state, r.receipt_due, today), r.closed_on,
                            reopened.get(r.id))
            for r in referral_store.referrals_of(conn, student_id)]


@profile_section("leaves", QT_TRANSLATE_NOOP("ProfileSection", "Leave and return"), Permission.MANAGE_REFERRALS)
def student_leaves(session: Session, student_id: int, *, tr: Translate = english) -> list[StudentLeave]:
    """The student's leaves and suspensions, the latest first, with their return assessment meetings counted."""
    conn, out = session.conn, []
    for x in leave_store.leaves_of(conn, student_id):
        held = leave_store.meetings(conn, x.id)
        out.append(StudentLeave(x.id, leave_rules.number(x.year, x.seq), x.kind, x.state, x.start_on, x.expected_end,
                                x.returned_on, len(held), held[-1].conclusion if held else x.conclusion))
    return out


@profile_section("incidents", QT_TRANSLATE_NOOP("ProfileSection", "Crisis incidents"), Permission.VIEW_CRISIS)
def student_incidents(session: Session, student_id: int, *, tr: Translate = english) -> list[StudentIncident]:
    """The crisis incidents the student was part of, newest first."""
    conn = session.conn
    rows = [crisis_store.incident(conn, i) for i in crisis_store.incidents_of_student(conn, student_id)]
    rows.sort(key=lambda r: (r.occurred_at, r.id), reverse=True)
    return [StudentIncident(r.id, crisis_rules.number(r.year, r.seq), r.occurred_at, r.type, r.gravity, r.state)
            for r in rows]
