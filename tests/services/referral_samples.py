"""The permission matrix's samples of the referral, leave and crisis services (permission_samples.py merges them):
the records they act on are made by :func:`prepare_referrals` in the prepared office."""
from __future__ import annotations

from datetime import date, timedelta
from typing import Any, Callable

from datetime import datetime

from counselor_app.services import crisis, hospitals, leaves, referrals
from counselor_app.services.crisis import IncidentEdit
from counselor_app.services.leaves import Approval, LeaveEdit, ReturnMeeting, SupportLine
from counselor_app.services.referrals import MeetingEdit, ReceiptEdit, ReferralEdit


def call(*args, **kwargs) -> tuple[tuple, dict]:
    return args, kwargs


def _rev(s, referral_id: int) -> int:
    return s.conn.execute("SELECT revision FROM referral WHERE id = ?", (referral_id,)).fetchone()[0]


def prepare_referrals(s, watch: dict) -> dict:
    """A hospital; for the student of the watch list's open entry: a draft, a draft ready to issue, an issued
    referral (visit and receipt to come), a closed one (to reopen)."""
    today = date.today()
    student = s.conn.execute("SELECT student_id FROM watch_entry WHERE id = ?", (watch["entry"],)).fetchone()[0]
    h = hospitals.save_hospital(s, hospitals.HospitalEdit("样例精神卫生中心", ("心理科",), agreement=True))
    draft = referrals.create_referral(s, student, ReferralEdit("样例原因", "routine", h))
    ready = referrals.create_referral(s, student, ReferralEdit("样例原因", "routine", h))
    referrals.record_meeting(s, ready, MeetingEdit(today, "家长、心理教师", "refer", "consented"), _rev(s, ready))
    issued = referrals.create_referral(s, student, ReferralEdit("样例原因", "urgent", h))
    referrals.record_meeting(s, issued, MeetingEdit(today, "家长、心理教师", "refer", "consented"), _rev(s, issued))
    referrals.issue_referral(s, issued, _rev(s, issued))
    closed = referrals.create_referral(s, student, ReferralEdit("样例原因", "routine", h))
    referrals.close_referral(s, closed, "other", "样例", _rev(s, closed))
    spare = [r[0] for r in s.conn.execute("SELECT id FROM student WHERE status = 'enrolled' ORDER BY id DESC LIMIT 6")]
    start, end = today - timedelta(days=30), today + timedelta(days=60)
    edit = LeaveEdit("suspension", "mental", start, end, start, ("application",), "样例")
    applied = leaves.start_leave(s, spare[0], edit)
    away, meeting, agreed, returned = (leaves.start_leave(s, sid, edit) for sid in spare[1:5])
    for leave_id in (away, meeting, agreed, returned):
        leaves.approve_leave(s, leave_id, Approval(today, "样例校长", today), _lrev(s, leave_id))
    for leave_id in (meeting, agreed, returned):
        leaves.apply_return(s, leave_id, today, ("application",), _lrev(s, leave_id))
    for leave_id in (agreed, returned):
        leaves.record_return_meeting(s, leave_id, ReturnMeeting(today, "家长、心理教师", "agreed"), _lrev(s, leave_id))
    leaves.complete_return(s, returned, today, (SupportLine("peer", "心理委员关注", owner_other="心理委员"),),
                           _lrev(s, returned))
    found = datetime.now().replace(second=0, microsecond=0) - timedelta(hours=2)
    # the incidents' student is not the watch samples' (an incident raises the student's entry to the top level)
    involved = spare[0]
    incident = crisis.report_incident(s, IncidentEdit(found, "self_harm", "general", (involved,), "样例老师", found,
                                                      "样例"))
    closable = crisis.report_incident(s, IncidentEdit(found, "stress", "general", (involved,), "样例老师", found,
                                                      "样例"))
    crisis.add_parent_call(s, closable, involved, found + timedelta(minutes=5), "样例老师", "phone", True)
    crisis.record_step(s, closable, "review", found + timedelta(minutes=60), "样例主任")
    return dict(hospital=h, student=student, draft=draft, ready=ready, issued=issued, closed=closed,
                free=watch["free_student"],
                incident=incident, closable=closable, found=found, involved=involved,
                leave_student=spare[5], applied=applied, away=away, meeting=meeting, agreed=agreed,
                returned=returned)


def _lrev(s, leave_id: int) -> int:
    return s.conn.execute("SELECT revision FROM student_leave WHERE id = ?", (leave_id,)).fetchone()[0]


def _r(c) -> dict:
    return c.p.referrals


SAMPLES: dict[str, Callable[[Any], tuple[tuple, dict]]] = {
    "hospitals.list_hospitals": lambda c: call(),
    "hospitals.save_hospital": lambda c: call(hospitals.HospitalEdit("另一家医院"), None),
    "hospitals.loop_settings": lambda c: call(),
    "hospitals.set_loop_settings": lambda c: call(hospitals.LoopSettings(receipt_days=10)),
    "referrals.create_referral": lambda c: call(_r(c)["free"], ReferralEdit("样例"), open_watch_entry=True),
    "referrals.open_draft_referral": lambda c: call(_r(c)["student"], from_meeting="meeting=1", reason="样例"),
    "referrals.edit_referral": lambda c: call(_r(c)["draft"], ReferralEdit("更正", "urgent", _r(c)["hospital"]),
                                              _rev(c.session, _r(c)["draft"])),
    "referrals.record_meeting": lambda c: call(_r(c)["draft"], MeetingEdit(date.today(), "家长", "refer", "informed"),
                                               _rev(c.session, _r(c)["draft"])),
    "referrals.issue_referral": lambda c: call(_r(c)["ready"], _rev(c.session, _r(c)["ready"])),
    "referrals.record_visit": lambda c: call(_r(c)["issued"], date.today(), _rev(c.session, _r(c)["issued"])),
    "referrals.record_receipt": lambda c: call(_r(c)["issued"], ReceiptEdit(date.today(), date.today(), "revisit"),
                                               _rev(c.session, _r(c)["issued"])),
    "referrals.close_referral": lambda c: call(_r(c)["issued"], "other", "样例", _rev(c.session, _r(c)["issued"])),
    "referral_reopen.reopen_referral": lambda c: call(_r(c)["closed"], "样例", _rev(c.session, _r(c)["closed"])),
    "referral_views.list_referrals": lambda c: call(),
    "referral_views.get_referral": lambda c: call(_r(c)["issued"]),
    "referral_views.overdue_receipts": lambda c: call(today=date.today() + timedelta(days=30)),
    "leaves.start_leave": lambda c: call(_r(c)["leave_student"], LeaveEdit("leave", "physical", date.today(),
                                                                           date.today() + timedelta(days=7))),
    "leaves.approve_leave": lambda c: call(_r(c)["applied"], Approval(date.today(), "样例校长", date.today()),
                                           _lrev(c.session, _r(c)["applied"])),
    "leaves.withdraw_leave": lambda c: call(_r(c)["applied"], _lrev(c.session, _r(c)["applied"])),
    "leaves.apply_return": lambda c: call(_r(c)["away"], date.today(), ("application",),
                                          _lrev(c.session, _r(c)["away"])),
    "leaves.record_return_meeting": lambda c: call(_r(c)["meeting"], ReturnMeeting(date.today(), "家长", "agreed"),
                                                   _lrev(c.session, _r(c)["meeting"])),
    "leaves.complete_return": lambda c: call(_r(c)["agreed"], date.today(), (SupportLine(
        "peer", "心理委员关注", owner_other="心理委员"),), _lrev(c.session, _r(c)["agreed"])),
    "leaves.list_leaves": lambda c: call(),
    "leaves.get_leave": lambda c: call(_r(c)["agreed"]),
    "leaves.overdue_returns": lambda c: call(today=date.today() + timedelta(days=90)),
    "crisis.report_incident": lambda c: call(IncidentEdit(_r(c)["found"], "runaway", "general", (_r(c)["free"],),
                                                          "样例老师", _r(c)["found"], "样例")),
    "crisis.record_step": lambda c: call(_r(c)["incident"], "reported", _r(c)["found"] + timedelta(minutes=8),
                                         "样例主任"),
    "crisis.add_parent_call": lambda c: call(_r(c)["incident"], _r(c)["involved"], _r(c)["found"], "样例老师", "phone",
                                             False),
    "crisis.add_event": lambda c: call(_r(c)["incident"], _r(c)["found"], "样例"),
    "crisis.add_breach": lambda c: call(_r(c)["incident"], "家长", _r(c)["found"], "样例"),
    "crisis.close_incident": lambda c: call(_r(c)["closable"], "样例", _crev(c.session, _r(c)["closable"])),
    "crisis.force_close_incident": lambda c: call(_r(c)["incident"], "样例", _crev(c.session, _r(c)["incident"])),
    "crisis.list_incidents": lambda c: call(),
    "crisis.open_incidents": lambda c: call(),
    "crisis.get_incident": lambda c: call(_r(c)["incident"]),
    "referral_loops.my_loops": lambda c: call(),
}


def _crev(s, incident_id: int) -> int:
    return s.conn.execute("SELECT revision FROM crisis_incident WHERE id = ?", (incident_id,)).fetchone()[0]

DOCUMENTS: dict[str, Callable[[Any], dict[str, Any]]] = {
    "referral": lambda c: {"id": _r(c)["issued"]},
    "referrals_out": lambda c: {"since": "2026-01-01", "until": date.today()},
    "referrals_back": lambda c: {"since": "2026-01-01", "until": date.today()},
    "return_form": lambda c: {"id": _r(c)["agreed"]},
    "return_support": lambda c: {"id": _r(c)["returned"]},
    "crisis_report": lambda c: {"id": _r(c)["incident"]},
    "crisis_report_bureau": lambda c: {"id": _r(c)["incident"]},
}
