"""What the audit trail's codes mean, in words (translated in the UI). Codes stay stable in the database."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Mapping

from counselor_app.domain import access, audit_details
from counselor_app.domain.audit_details import Translate
from counselor_app.domain.audit_chain import AuditRecord
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, Text, fill
from counselor_app.domain.roles import PERMISSION_LABELS, ROLE_LABELS, Permission, Role
from counselor_app.domain.student_status import StudentStatus


ACTIONS: dict[str, Text] = {
    "office.create": QT_TRANSLATE_NOOP("AuditAction", "Office created"),
    "demo.create": QT_TRANSLATE_NOOP("AuditAction", "Demo data created"),
    "user.add": QT_TRANSLATE_NOOP("AuditAction", "User added"),
    "user.deactivate": QT_TRANSLATE_NOOP("AuditAction", "User deactivated"),
    "user.reactivate": QT_TRANSLATE_NOOP("AuditAction", "User reactivated"),
    "user.role": QT_TRANSLATE_NOOP("AuditAction", "Role changed"),
    "user.lockout_clear": QT_TRANSLATE_NOOP("AuditAction", "Login lockout lifted"),
    "user.temp_password": QT_TRANSLATE_NOOP("AuditAction", "Temporary password set"),
    "login": QT_TRANSLATE_NOOP("AuditAction", "Login"),
    "login.lockout": QT_TRANSLATE_NOOP("AuditAction", "Login locked"),
    "login.events_dropped": QT_TRANSLATE_NOOP("AuditAction", "Login events summarized"),
    "password.change": QT_TRANSLATE_NOOP("AuditAction", "Password changed"),
    "password.recover": QT_TRANSLATE_NOOP("AuditAction", "Password reset with the recovery key"),
    "recovery_key.use": QT_TRANSLATE_NOOP("AuditAction", "Recovery key used"),
    "recovery_key.confirm": QT_TRANSLATE_NOOP("AuditAction", "Recovery key confirmed by typing it back"),
    "recovery_key.rotate": QT_TRANSLATE_NOOP("AuditAction", "New recovery key (the old one no longer opens the office)"),
    "password.revoke": QT_TRANSLATE_NOOP("AuditAction", "Password changed and the old one revoked (office re-keyed)"),
    "keys.rekey": QT_TRANSLATE_NOOP("AuditAction", "Office re-keyed (old key-slot copies no longer open it)"),
    "office.repair": QT_TRANSLATE_NOOP("AuditAction", "Office repaired (key slots made to match the accounts)"),
    "keys.slot_removed": QT_TRANSLATE_NOOP("AuditAction", "Key slot without an account removed"),
    "backup": QT_TRANSLATE_NOOP("AuditAction", "Backup"),
    "restore": QT_TRANSLATE_NOOP("AuditAction", "Backup restored"),
    "verify": QT_TRANSLATE_NOOP("AuditAction", "Integrity check"),
    "schema.migrate": QT_TRANSLATE_NOOP("AuditAction", "Database upgraded"),
    "setting.change": QT_TRANSLATE_NOOP("AuditAction", "Setting changed"),
    "export.export_data_key": QT_TRANSLATE_NOOP("AuditAction", "Data key exported"),
    "office.profile": QT_TRANSLATE_NOOP("AuditAction", "School profile changed"),
    "session.lock": QT_TRANSLATE_NOOP("AuditAction", "Locked"),
    "session.unlock": QT_TRANSLATE_NOOP("AuditAction", "Unlocked"),
    "session.logout": QT_TRANSLATE_NOOP("AuditAction", "Logged out"),
    "roster.root": QT_TRANSLATE_NOOP("AuditAction", "Accounts signed by the office head for the first time"),
    "audit.missing": QT_TRANSLATE_NOOP("AuditAction", "Audit trail found missing and re-created"),
    "audit.witness": QT_TRANSLATE_NOOP("AuditAction", "Audit trail differs from this user's last record of it"),
    "student.add": QT_TRANSLATE_NOOP("AuditAction", "Student added"),
    "student.edit": QT_TRANSLATE_NOOP("AuditAction", "Student changed"),
    "student.status": QT_TRANSLATE_NOOP("AuditAction", "Student status changed"),
    "view.student": QT_TRANSLATE_NOOP("AuditAction", "Student viewed"),
    "view.student_list": QT_TRANSLATE_NOOP("AuditAction", "Student list viewed"),
    "view.guardian_phones": QT_TRANSLATE_NOOP("AuditAction", "Guardians' phones viewed (student list)"),
    "import.students": QT_TRANSLATE_NOOP("AuditAction", "Student roster imported"),
    "export.students": QT_TRANSLATE_NOOP("AuditAction", "Student roster exported"),
    "register.rollover": QT_TRANSLATE_NOOP("AuditAction", "Year rollover"),
    "import.staff": QT_TRANSLATE_NOOP("AuditAction", "Staff roster imported"),
    "staff.add": QT_TRANSLATE_NOOP("AuditAction", "Staff member added"),
    "staff.edit": QT_TRANSLATE_NOOP("AuditAction", "Staff member changed"),
    "staff.deactivate": QT_TRANSLATE_NOOP("AuditAction", "Staff member marked as left"),
    "staff.activate": QT_TRANSLATE_NOOP("AuditAction", "Staff member reactivated"),
    "view.staff_list": QT_TRANSLATE_NOOP("AuditAction", "Staff list viewed"),
    "view.staff": QT_TRANSLATE_NOOP("AuditAction", "Staff member viewed"),
    "user.link_staff": QT_TRANSLATE_NOOP("AuditAction", "Account linked to a staff member"),
    "class.add": QT_TRANSLATE_NOOP("AuditAction", "Class added"),
    "class.rename": QT_TRANSLATE_NOOP("AuditAction", "Class renamed"),
    "class.archive": QT_TRANSLATE_NOOP("AuditAction", "Class archived"),
    "class.restore": QT_TRANSLATE_NOOP("AuditAction", "Class restored"),
    "view.class_list": QT_TRANSLATE_NOOP("AuditAction", "Class list viewed"),
    "school_year.add": QT_TRANSLATE_NOOP("AuditAction", "School year added"),
    "school_year.edit": QT_TRANSLATE_NOOP("AuditAction", "School year changed"),
    "calendar_day.add": QT_TRANSLATE_NOOP("AuditAction", "Holiday or make-up workday entered"),
    "calendar_day.remove": QT_TRANSLATE_NOOP("AuditAction", "Holiday or make-up workday removed"),
    "import.calendar_days": QT_TRANSLATE_NOOP("AuditAction", "Holidays and make-up workdays imported"),
    "view.audit": QT_TRANSLATE_NOOP("AuditAction", "Audit trail viewed"),
    "export.access_report": QT_TRANSLATE_NOOP("AuditAction", "Access report made"),
    # the watch list (services/watch*.py): under the student, the entry's id and codes in the detail
    "view.watch_list": QT_TRANSLATE_NOOP("AuditAction", "Watch list viewed"),
    "view.watch_entry": QT_TRANSLATE_NOOP("AuditAction", "Watch-list entry viewed"),
    "view.watch_plan": QT_TRANSLATE_NOOP("AuditAction", "Earlier plan version viewed"),
    "watch.open": QT_TRANSLATE_NOOP("AuditAction", "Put on the watch list"),
    "watch.edit": QT_TRANSLATE_NOOP("AuditAction", "Watch-list entry corrected"),
    "watch.level": QT_TRANSLATE_NOOP("AuditAction", "Watch-list level changed"),
    "watch.severity": QT_TRANSLATE_NOOP("AuditAction", "Class of case changed"),
    "watch.state": QT_TRANSLATE_NOOP("AuditAction", "Watch-list state changed"),
    "watch.responsible": QT_TRANSLATE_NOOP("AuditAction", "Responsible people changed"),
    "watch.close_request": QT_TRANSLATE_NOOP("AuditAction", "Closing of a watch-list entry asked"),
    "watch.close_withdraw": QT_TRANSLATE_NOOP("AuditAction", "Closing request withdrawn"),
    "watch.close": QT_TRANSLATE_NOOP("AuditAction", "Watch-list entry closed"),
    "watch.close_reject": QT_TRANSLATE_NOOP("AuditAction", "Closing request sent back"),
    "watch.reopen": QT_TRANSLATE_NOOP("AuditAction", "Watch-list entry reopened"),
    "watch.plan": QT_TRANSLATE_NOOP("AuditAction", "Plan written"),
    "watch.measure": QT_TRANSLATE_NOOP("AuditAction", "Plan measure updated"),
    "watch.followup": QT_TRANSLATE_NOOP("AuditAction", "Follow-up recorded"),
    "watch.followup_addendum": QT_TRANSLATE_NOOP("AuditAction", "Follow-up addendum recorded"),
    "watch.contact": QT_TRANSLATE_NOOP("AuditAction", "Parent contact recorded"),
    "watch.contact_addendum": QT_TRANSLATE_NOOP("AuditAction", "Parent contact addendum recorded"),
    "watch.levels": QT_TRANSLATE_NOOP("AuditAction", "Risk levels changed"),
    "export.watchlist": QT_TRANSLATE_NOOP("AuditAction", "Watch list exported"),
    "view.watch_list_names": QT_TRANSLATE_NOOP("AuditAction", "Watch list made with full names"),
    # appointments and session records (services/appointment*.py, session_records.py): under each student of the
    # appointment with its id in the detail (appointment=, request=, series=, record=)
    "appointment.room": QT_TRANSLATE_NOOP("AuditAction", "Counseling room changed"),
    "appointment.hours": QT_TRANSLATE_NOOP("AuditAction", "Counselor's available hours changed"),
    "appointment.block": QT_TRANSLATE_NOOP("AuditAction", "Time blocked for appointments"),
    "appointment.unblock": QT_TRANSLATE_NOOP("AuditAction", "Blocked time released"),
    "appointment.book": QT_TRANSLATE_NOOP("AuditAction", "Appointment booked"),
    "appointment.move": QT_TRANSLATE_NOOP("AuditAction", "Appointment moved"),
    "appointment.confirm": QT_TRANSLATE_NOOP("AuditAction", "Appointment confirmed"),
    "appointment.arrive": QT_TRANSLATE_NOOP("AuditAction", "Student arrived for an appointment"),
    "appointment.complete": QT_TRANSLATE_NOOP("AuditAction", "Counseling session held"),
    "appointment.no_show": QT_TRANSLATE_NOOP("AuditAction", "Student did not come to an appointment"),
    "appointment.cancel": QT_TRANSLATE_NOOP("AuditAction", "Appointment cancelled"),
    "appointment.excuse": QT_TRANSLATE_NOOP("AuditAction", "Missed appointment excused"),
    "appointment.series": QT_TRANSLATE_NOOP("AuditAction", "Recurring sessions booked"),
    "appointment.series_cancel": QT_TRANSLATE_NOOP("AuditAction", "Sessions of a series cancelled"),
    "appointment.series_move": QT_TRANSLATE_NOOP("AuditAction", "Sessions of a series moved"),
    "appointment.request": QT_TRANSLATE_NOOP("AuditAction", "Put on the waiting list"),
    "appointment.offer": QT_TRANSLATE_NOOP("AuditAction", "Freed slot offered from the waiting list"),
    "appointment.request_booked": QT_TRANSLATE_NOOP("AuditAction", "Waiting-list request booked"),
    "appointment.decline_offer": QT_TRANSLATE_NOOP("AuditAction", "Offered slot declined"),
    "appointment.expire": QT_TRANSLATE_NOOP("AuditAction", "Waiting-list offers and requests lapsed"),
    "appointment.withdraw": QT_TRANSLATE_NOOP("AuditAction", "Waiting-list request withdrawn"),
    "session_record.save": QT_TRANSLATE_NOOP("AuditAction", "Session record written"),
    "session_record.sign": QT_TRANSLATE_NOOP("AuditAction", "Session record signed"),
    "session_record.addendum": QT_TRANSLATE_NOOP("AuditAction", "Session record addendum added"),
    "view.session_record": QT_TRANSLATE_NOOP("AuditAction", "Session record viewed"),
    "view.appointment": QT_TRANSLATE_NOOP("AuditAction", "Appointment viewed"),
    "view.appointments": QT_TRANSLATE_NOOP("AuditAction", "Student's appointments viewed"),
    "view.appointment_week": QT_TRANSLATE_NOOP("AuditAction", "Week of appointments viewed"),
    "view.appointment_day": QT_TRANSLATE_NOOP("AuditAction", "Today's appointments viewed"),
    "view.request": QT_TRANSLATE_NOOP("AuditAction", "Waiting-list request viewed"),
    "view.series": QT_TRANSLATE_NOOP("AuditAction", "Recurring sessions viewed"),
    "view.caseload": QT_TRANSLATE_NOOP("AuditAction", "Caseload viewed"),
    # referrals, leave and return, crisis incidents (services/referrals.py, leaves.py, crisis*.py): under the
    # student with the record's id in the detail (referral=, leave=, incident=)
    "hospital.save": QT_TRANSLATE_NOOP("AuditAction", "Hospital directory changed"),
    "referral.create": QT_TRANSLATE_NOOP("AuditAction", "Referral written"),
    "referral.edit": QT_TRANSLATE_NOOP("AuditAction", "Referral corrected"),
    "referral.meeting": QT_TRANSLATE_NOOP("AuditAction", "Meeting with the parents about a referral recorded"),
    "referral.issue": QT_TRANSLATE_NOOP("AuditAction", "Referral issued"),
    "referral.visit": QT_TRANSLATE_NOOP("AuditAction", "Hospital visit of a referral recorded"),
    "referral.receipt": QT_TRANSLATE_NOOP("AuditAction", "Referral receipt entered"),
    "referral.close": QT_TRANSLATE_NOOP("AuditAction", "Referral closed"),
    "referral.reopen": QT_TRANSLATE_NOOP("AuditAction", "Closed referral reopened"),
    "view.referrals": QT_TRANSLATE_NOOP("AuditAction", "Referrals listed"),
    "view.referral": QT_TRANSLATE_NOOP("AuditAction", "Referral viewed"),
    "leave.start": QT_TRANSLATE_NOOP("AuditAction", "Leave or suspension applied for"),
    "leave.approve": QT_TRANSLATE_NOOP("AuditAction", "Leave or suspension approved"),
    "leave.withdraw": QT_TRANSLATE_NOOP("AuditAction", "Leave or suspension withdrawn"),
    "leave.return_apply": QT_TRANSLATE_NOOP("AuditAction", "Application to return to school received"),
    "leave.return_meeting": QT_TRANSLATE_NOOP("AuditAction", "Return assessment meeting recorded"),
    "leave.returned": QT_TRANSLATE_NOOP("AuditAction", "Back at school, support plan made"),
    "view.leaves": QT_TRANSLATE_NOOP("AuditAction", "Leaves and suspensions listed"),
    "view.leave": QT_TRANSLATE_NOOP("AuditAction", "Leave or suspension viewed"),
    "crisis.report": QT_TRANSLATE_NOOP("AuditAction", "Crisis incident recorded"),
    "crisis.step": QT_TRANSLATE_NOOP("AuditAction", "Emergency-plan step recorded"),
    "crisis.parent_call": QT_TRANSLATE_NOOP("AuditAction", "Attempt to reach the parents recorded"),
    "crisis.event": QT_TRANSLATE_NOOP("AuditAction", "Crisis timeline entry added"),
    "crisis.breach": QT_TRANSLATE_NOOP("AuditAction", "Breach of confidentiality recorded"),
    "crisis.close": QT_TRANSLATE_NOOP("AuditAction", "Crisis incident closed"),
    "crisis.force_close": QT_TRANSLATE_NOOP("AuditAction", "Crisis incident closed by the head before its loop"),
    "view.crisis_list": QT_TRANSLATE_NOOP("AuditAction", "Crisis incidents listed"),
    "view.crisis": QT_TRANSLATE_NOOP("AuditAction", "Crisis incident viewed"),
    # duty rosters (services/duty*.py): a semester, post, shift template, duty (assignment) or request by id
    "duty.post": QT_TRANSLATE_NOOP("AuditAction", "Duty post changed"),
    "duty.template": QT_TRANSLATE_NOOP("AuditAction", "Duty shift changed"),
    "duty.template_remove": QT_TRANSLATE_NOOP("AuditAction", "Duty shift removed"),
    "duty.members": QT_TRANSLATE_NOOP("AuditAction", "Duty list changed"),
    "duty.unavailable": QT_TRANSLATE_NOOP("AuditAction", "Unavailability for duty entered"),
    "duty.unavailable_remove": QT_TRANSLATE_NOOP("AuditAction", "Unavailability for duty removed"),
    "duty.makeup": QT_TRANSLATE_NOOP("AuditAction", "Timetable of a make-up workday chosen"),
    "duty.clone": QT_TRANSLATE_NOOP("AuditAction", "Duty set-up copied to another semester"),
    "duty.generate": QT_TRANSLATE_NOOP("AuditAction", "Duty roster generated"),
    "duty.publish": QT_TRANSLATE_NOOP("AuditAction", "Duty roster published"),
    "duty.assign": QT_TRANSLATE_NOOP("AuditAction", "Put on duty by hand"),
    "duty.reassign": QT_TRANSLATE_NOOP("AuditAction", "Duty given to another person by hand"),
    "duty.unassign": QT_TRANSLATE_NOOP("AuditAction", "Taken off duty by hand"),
    "duty.swap_request": QT_TRANSLATE_NOOP("AuditAction", "Duty swap asked"),
    "duty.cover_request": QT_TRANSLATE_NOOP("AuditAction", "Duty cover asked"),
    "duty.swap_accept": QT_TRANSLATE_NOOP("AuditAction", "Duty swap accepted by the colleague"),
    "duty.swap_decline": QT_TRANSLATE_NOOP("AuditAction", "Duty swap declined by the colleague"),
    "duty.change_withdraw": QT_TRANSLATE_NOOP("AuditAction", "Duty swap or cover request withdrawn"),
    "duty.change_approve": QT_TRANSLATE_NOOP("AuditAction", "Duty swap or cover approved"),
    "duty.change_reject": QT_TRANSLATE_NOOP("AuditAction", "Duty swap or cover not approved"),
    "duty.log": QT_TRANSLATE_NOOP("AuditAction", "Duty log written"),
    "duty.contact": QT_TRANSLATE_NOOP("AuditAction", "Contact recorded in the duty log"),
    "duty.log_sign": QT_TRANSLATE_NOOP("AuditAction", "Duty log signed"),
    "view.duty_log": QT_TRANSLATE_NOOP("AuditAction", "Duty log viewed"),
    "export.duty": QT_TRANSLATE_NOOP("AuditAction", "Duty roster exported"),
    "import.duty_unavailability": QT_TRANSLATE_NOOP("AuditAction", "Unavailability for duty imported"),
    # compliance (services/compliance*.py, services/bureau*.py): the log's kind and the row's id
    "compliance.add": QT_TRANSLATE_NOOP("AuditAction", "Compliance record added"),
    "compliance.edit": QT_TRANSLATE_NOOP("AuditAction", "Compliance record changed"),
    "compliance.remove": QT_TRANSLATE_NOOP("AuditAction", "Compliance record removed"),
    "compliance.year": QT_TRANSLATE_NOOP("AuditAction", "Funding, venue and partner hospital of a school year saved"),
    "import.compliance": QT_TRANSLATE_NOOP("AuditAction", "Compliance records imported"),
    "view.compliance": QT_TRANSLATE_NOOP("AuditAction", "Compliance indicators viewed"),
    "policy.profile": QT_TRANSLATE_NOOP("AuditAction", "Policy profile applied to the thresholds"),
    "export.bureau": QT_TRANSLATE_NOOP("AuditAction", "Report for the education bureau exported"),
    # screening (services/screening*.py): a campaign's id, or the student with the result's id in the detail
    "screening.scale_add": QT_TRANSLATE_NOOP("AuditAction", "Screening scale added"),
    "screening.campaign_add": QT_TRANSLATE_NOOP("AuditAction", "Screening campaign created"),
    "screening.disposition": QT_TRANSLATE_NOOP("AuditAction", "Screening disposition changed"),
    "import.screening": QT_TRANSLATE_NOOP("AuditAction", "Screening results imported"),
    "screening.candidates": QT_TRANSLATE_NOOP("AuditAction", "Screening candidates put on the watch list"),
    "screening.candidate": QT_TRANSLATE_NOOP("AuditAction", "Screening result linked to the watch list"),
    "view.screening_results": QT_TRANSLATE_NOOP("AuditAction", "Screening results viewed"),
    "view.screening_result": QT_TRANSLATE_NOOP("AuditAction", "Screening result viewed"),
    "view.screening_answers": QT_TRANSLATE_NOOP("AuditAction", "Screening answers viewed"),
    "view.screening_candidates": QT_TRANSLATE_NOOP("AuditAction", "Screening candidates viewed"),
    "export.screening": QT_TRANSLATE_NOOP("AuditAction", "Screening results exported"),
    # review meetings (services/meetings*.py): under the meeting; what finalizing did, under each student
    "meeting.create": QT_TRANSLATE_NOOP("AuditAction", "Review meeting prepared"),
    "meeting.edit": QT_TRANSLATE_NOOP("AuditAction", "Review meeting details changed"),
    "meeting.other_matters": QT_TRANSLATE_NOOP("AuditAction", "Review meeting: other matters written"),
    "meeting.start": QT_TRANSLATE_NOOP("AuditAction", "Review meeting started"),
    "meeting.abandon": QT_TRANSLATE_NOOP("AuditAction", "Review meeting abandoned"),
    "meeting.agenda_refresh": QT_TRANSLATE_NOOP("AuditAction", "Review meeting agenda rebuilt from the records"),
    "meeting.agenda_add": QT_TRANSLATE_NOOP("AuditAction", "Student added to a review meeting's agenda"),
    "meeting.agenda_remove": QT_TRANSLATE_NOOP("AuditAction", "Student taken off a review meeting's agenda"),
    "meeting.agenda_order": QT_TRANSLATE_NOOP("AuditAction", "Review meeting agenda reordered"),
    "meeting.attendance": QT_TRANSLATE_NOOP("AuditAction", "Review meeting attendance changed"),
    "meeting.decision": QT_TRANSLATE_NOOP("AuditAction", "Review meeting decision recorded"),
    "meeting.decision_clear": QT_TRANSLATE_NOOP("AuditAction", "Review meeting decision cleared"),
    "meeting.finalize": QT_TRANSLATE_NOOP("AuditAction", "Review meeting finalized (decisions applied)"),
    "meeting.apply": QT_TRANSLATE_NOOP("AuditAction", "Review meeting decision applied to the watch list"),
    "meeting.addendum": QT_TRANSLATE_NOOP("AuditAction", "Addendum to review meeting minutes"),
    "meeting.referral_link": QT_TRANSLATE_NOOP("AuditAction", "Referral opened from a review meeting's suggestion"),
    "view.meeting": QT_TRANSLATE_NOOP("AuditAction", "Review meeting viewed"),
    "view.meeting_decision": QT_TRANSLATE_NOOP("AuditAction", "Review meeting decision viewed"),
    "view.minutes": QT_TRANSLATE_NOOP("AuditAction", "Review meeting minutes read"),
    "view.minutes_identities": QT_TRANSLATE_NOOP("AuditAction", "Minutes made with the annex naming the students"),
    "view.meetings": QT_TRANSLATE_NOOP("AuditAction", "Review meetings of a school year viewed"),
    "view.meeting_actions": QT_TRANSLATE_NOOP("AuditAction", "Open actions of review meetings viewed"),
    "view.referral_suggestions": QT_TRANSLATE_NOOP("AuditAction", "Referral suggestions of review meetings viewed"),
    "screening.result_remove": QT_TRANSLATE_NOOP("AuditAction", "Screening result removed"),
    "screening.result_move": QT_TRANSLATE_NOOP("AuditAction", "Screening result moved to another student"),
    "screening.rescore": QT_TRANSLATE_NOOP("AuditAction", "Screening campaign rescored"),
    "view.screening_targets": QT_TRANSLATE_NOOP("AuditAction", "Students of a screening campaign listed"),
}
OUTPUTS: dict[str, Text] = {
    "preview": QT_TRANSLATE_NOOP("AuditAction", "Viewed: {document}"),
    "print": QT_TRANSLATE_NOOP("AuditAction", "Printed: {document}"),
    "save": QT_TRANSLATE_NOOP("AuditAction", "Saved as file: {document}"),
}
DOCUMENTS: dict[str, Text] = {
    "recovery_sheet": QT_TRANSLATE_NOOP("AuditAction", "recovery-key sheet"),
    "access_report": QT_TRANSLATE_NOOP("AuditAction", "student access report"),
    "class_roster": QT_TRANSLATE_NOOP("AuditAction", "class list"),
    "watch_plan": QT_TRANSLATE_NOOP("AuditAction", "individual support plan (watch list)"),
    "watch_plan_head_teacher": QT_TRANSLATE_NOOP("AuditAction", "watch-list notice for the head teacher"),
    "watch_followups": QT_TRANSLATE_NOOP("AuditAction", "follow-up record (watch list)"),
    "watch_list_grade": QT_TRANSLATE_NOOP("AuditAction", "watch list of a grade or class"),
    "referral": QT_TRANSLATE_NOOP("AuditAction", "referral form with its receipt"),
    "referrals_out": QT_TRANSLATE_NOOP("AuditAction", "register of referrals out"),
    "referrals_back": QT_TRANSLATE_NOOP("AuditAction", "register of referral receipts"),
    "return_form": QT_TRANSLATE_NOOP("AuditAction", "application and assessment for the return to school"),
    "return_support": QT_TRANSLATE_NOOP("AuditAction", "support plan after the return (head teacher)"),
    "crisis_report": QT_TRANSLATE_NOOP("AuditAction", "crisis incident report (school leader)"),
    "crisis_report_bureau": QT_TRANSLATE_NOOP("AuditAction", "crisis incident report (education bureau)"),
    "duty_roster": QT_TRANSLATE_NOOP("AuditAction", "duty roster of a month"),
    "appointment_slip": QT_TRANSLATE_NOOP("AuditAction", "appointment slip"),
    "appointment_week": QT_TRANSLATE_NOOP("AuditAction", "a counselor's week of appointments"),
    "consent_form": QT_TRANSLATE_NOOP("AuditAction", "consent form for counseling"),
    "minutes": QT_TRANSLATE_NOOP("AuditAction", "minutes of a review meeting"),
    "meeting_sign_in": QT_TRANSLATE_NOOP("AuditAction", "sign-in sheet of a review meeting"),
    "screening_summary": QT_TRANSLATE_NOOP("AuditAction", "screening campaign summary (office)"),
    "screening_summary_leaders": QT_TRANSLATE_NOOP("AuditAction", "screening campaign summary (de-identified)"),
}
DENIED = QT_TRANSLATE_NOOP("AuditAction", "Refused: {permission}")
RECORD_RULES: dict[str, Text] = access.action_labels()   # denied.user.deactivate: a record rule's refusal
TARGETS: dict[str, Text] = {
    "user": QT_TRANSLATE_NOOP("AuditTarget", "user"),
    "login": QT_TRANSLATE_NOOP("AuditTarget", "login"),
    "office": QT_TRANSLATE_NOOP("AuditTarget", "office"),
    "backup": QT_TRANSLATE_NOOP("AuditTarget", "backup"),
    "setting": QT_TRANSLATE_NOOP("AuditTarget", "setting"),
    "schema": QT_TRANSLATE_NOOP("AuditTarget", "schema"),
    "audit": QT_TRANSLATE_NOOP("AuditTarget", "audit trail"),
    "student": QT_TRANSLATE_NOOP("AuditTarget", "student"),
    "staff": QT_TRANSLATE_NOOP("AuditTarget", "staff member"),
    "class": QT_TRANSLATE_NOOP("AuditTarget", "class"),
    "school_year": QT_TRANSLATE_NOOP("AuditTarget", "school year"),
    "calendar_day": QT_TRANSLATE_NOOP("AuditTarget", "calendar day"),
    "calendar": QT_TRANSLATE_NOOP("AuditTarget", "school calendar"),
    "semester": QT_TRANSLATE_NOOP("AuditTarget", "semester"),
    "duty": QT_TRANSLATE_NOOP("AuditTarget", "duty roster"),
    "duty_post": QT_TRANSLATE_NOOP("AuditTarget", "duty post"),
    "duty_template": QT_TRANSLATE_NOOP("AuditTarget", "duty shift"),
    "duty_assignment": QT_TRANSLATE_NOOP("AuditTarget", "duty"),
    "duty_change": QT_TRANSLATE_NOOP("AuditTarget", "duty swap or cover"),
    "screening_campaign": QT_TRANSLATE_NOOP("AuditTarget", "screening campaign"),
    "screening_scale": QT_TRANSLATE_NOOP("AuditTarget", "screening scale"),
    "screening_result": QT_TRANSLATE_NOOP("AuditTarget", "screening result"),
    "grade": QT_TRANSLATE_NOOP("AuditTarget", "grade or department"),
    "meeting": QT_TRANSLATE_NOOP("AuditTarget", "review meeting"),
    **audit_details.TARGETS,   # the case-work records (appointments, referrals, leaves, crises …)
}
SETTINGS: dict[str, Text] = {
    "session.idle_lock_minutes": QT_TRANSLATE_NOOP("AuditTarget", "idle lock"),
    "backup.directory": QT_TRANSLATE_NOOP("AuditTarget", "backup folder"),
    "print.font_path": QT_TRANSLATE_NOOP("AuditTarget", "font for printed documents"),
    "policy.thresholds": QT_TRANSLATE_NOOP("AuditTarget", "policy thresholds"),
}
DETAILS: dict[str, Text] = {
    "failed": QT_TRANSLATE_NOOP("AuditDetail", "wrong password"),
    "blocked": QT_TRANSLATE_NOOP("AuditDetail", "attempt while locked"),
    "attempt": QT_TRANSLATE_NOOP("AuditDetail", "attempt not finished"),
    "locked": QT_TRANSLATE_NOOP("AuditDetail", "locked for 15 minutes"),
    "inactive": QT_TRANSLATE_NOOP("AuditDetail", "account deactivated"),
    "unknown": QT_TRANSLATE_NOOP("AuditDetail", "no such account"),
    "data_key_export": QT_TRANSLATE_NOOP("AuditDetail", "data key exported"),
    "chain_broken": QT_TRANSLATE_NOOP("AuditDetail", "the audit chain was broken"),
    "no_key_slot": QT_TRANSLATE_NOOP("AuditDetail", "no key slot after the restore"),
    "custom": QT_TRANSLATE_NOOP("AuditDetail", "chosen by the user"),
    "default": QT_TRANSLATE_NOOP("AuditDetail", "default"),
    "automatic": QT_TRANSLATE_NOOP("AuditDetail", "automatic"),
    "StorageError": QT_TRANSLATE_NOOP("AuditDetail", "could not write to the disk"),
    "Cancelled": QT_TRANSLATE_NOOP("AuditDetail", "cancelled"),
    "OfficeDamaged": QT_TRANSLATE_NOOP("AuditDetail", "office data damaged"),
    "role_unsigned": QT_TRANSLATE_NOOP("AuditDetail", "role not signed by an office head"),
    "role_changed": QT_TRANSLATE_NOOP("AuditDetail", "role or account changed without an office head's signature"),
    "role_replaced": QT_TRANSLATE_NOOP("AuditDetail", "signed list of accounts changed or replaced"),
    "role_key": QT_TRANSLATE_NOOP("AuditDetail", "account key does not match the signed one"),
    "role_no_clinical_key": QT_TRANSLATE_NOOP("AuditDetail", "role without the clinical key"),
    "truncated": QT_TRANSLATE_NOOP("AuditDetail", "entries removed from the end"),
    "rewritten": QT_TRANSLATE_NOOP("AuditDetail", "entries rewritten"),
    **{s.value: s.label for s in StudentStatus},
    "holiday": QT_TRANSLATE_NOOP("AuditDetail", "holiday"),
    "workday": QT_TRANSLATE_NOOP("AuditDetail", "make-up workday"),
    **{r.value: ROLE_LABELS[r] for r in Role},
}


def action_label(action: str) -> tuple[Text, dict] | None:
    """(label, params) for an action code, or None for a code without words (shown as it is)."""
    if action in ACTIONS:
        return ACTIONS[action], {}
    kind, _, rest = action.partition(".")
    if kind in OUTPUTS and rest in DOCUMENTS:
        return OUTPUTS[kind], {"document": DOCUMENTS[rest]}
    if kind == "denied":
        if rest in RECORD_RULES:
            return DENIED, {"permission": RECORD_RULES[rest]}
        try:
            return DENIED, {"permission": PERMISSION_LABELS[Permission(rest)]}
        except ValueError:
            return None
    return None


OUTCOMES: dict[str, Text] = {
    "ok": QT_TRANSLATE_NOOP("Audit", "done"),
    "failed": QT_TRANSLATE_NOOP("Audit", "failed"),
    "denied": QT_TRANSLATE_NOOP("Audit", "denied"),
}
UNKNOWN_LOGIN = QT_TRANSLATE_NOOP("Audit", "(unknown login)")

# -- details: what the numbers and codes a service wrote mean ----------------------------------------------------
# The services write counts as "6/0/0/2", one field per slash, in the order named here; the viewer puts them into
# words. Old rows hold the same formats, so they read right too. A detail that does not fit its format (another
# count of fields, a field that is not a number or a date) is shown as it is, never guessed at.
_NUMBER_OR_DATE = re.compile(r"\d+(-\d\d-\d\d)?")
IMPORT_COUNTS = QT_TRANSLATE_NOOP("AuditDetail", "{new} new, {updated} updated, {unchanged} unchanged, "
                                                 "{rejected} rejected")
DETAIL_FORMATS: dict[str, tuple[tuple[str, ...], Text]] = {
    "import.students": (("new", "updated", "unchanged", "rejected"), IMPORT_COUNTS),
    "import.staff": (("new", "updated", "unchanged", "rejected"), IMPORT_COUNTS),
    "register.rollover": (("promoted", "graduated", "students", "grades"), QT_TRANSLATE_NOOP(
        "AuditDetail", "{promoted} classes moved up, {graduated} classes graduated, {students} students graduated, "
                       "{grades} grades created")),
    "view.student_list": (("count",), QT_TRANSLATE_NOOP("AuditDetail", "{count} students listed")),
    "view.guardian_phones": (("count",), QT_TRANSLATE_NOOP("AuditDetail", "phones of {count} students shown")),
    "view.staff_list": (("count",), QT_TRANSLATE_NOOP("AuditDetail", "{count} staff members listed")),
    "view.class_list": (("count",), QT_TRANSLATE_NOOP("AuditDetail", "{count} classes listed")),
    "export.students": (("count",), QT_TRANSLATE_NOOP("AuditDetail", "{count} students exported")),
    "demo.create": (("count",), QT_TRANSLATE_NOOP("AuditDetail", "{count} demo students")),
    "import.calendar_days": (("count",), QT_TRANSLATE_NOOP("AuditDetail", "{count} days imported")),
    "login.events_dropped": (("count",), QT_TRANSLATE_NOOP("AuditDetail", "{count} events not recorded one by one")),
    "roster.root": (("count",), QT_TRANSLATE_NOOP("AuditDetail", "{count} accounts")),
    "school_year.add": (("start", "end"), QT_TRANSLATE_NOOP("AuditDetail", "{start} to {end}")),
    "school_year.edit": (("start", "end"), QT_TRANSLATE_NOOP("AuditDetail", "{start} to {end}")),
    "view.audit": (("entries",), QT_TRANSLATE_NOOP("AuditDetail", "{entries} entries shown")),
    "view.watch_list": (("count",), QT_TRANSLATE_NOOP("AuditDetail", "{count} entries listed")),
    "view.watch_list_names": (("count",), QT_TRANSLATE_NOOP("AuditDetail", "{count} entries with full names")),
    "import.screening": (("imported", "unchanged", "rejected", "positives", "key_hits"), QT_TRANSLATE_NOOP(
        "AuditDetail", "{imported} imported, {unchanged} unchanged, {rejected} rejected; {positives} positive, "
                       "{key_hits} with a key item hit")),
    "screening.candidates": (("opened", "linked", "failed"), QT_TRANSLATE_NOOP(
        "AuditDetail", "{opened} new candidates, {linked} linked to open entries, {failed} not possible")),
    "view.screening_results": (("count",), QT_TRANSLATE_NOOP("AuditDetail", "{count} results listed")),
    "view.screening_candidates": (("count",), QT_TRANSLATE_NOOP("AuditDetail", "{count} candidates listed")),
    "export.screening": (("count",), QT_TRANSLATE_NOOP("AuditDetail", "{count} results exported")),
    "view.screening_targets": (("count",), QT_TRANSLATE_NOOP("AuditDetail", "{count} students listed")),
    "office.repair": (("removed", "deactivated"), QT_TRANSLATE_NOOP(
        "AuditDetail", "{removed} key slots without an active account removed, {deactivated} accounts without a key "
                       "slot deactivated")),
    "view.meetings": (("count",), QT_TRANSLATE_NOOP("AuditDetail", "{count} meetings listed")),
    "view.meeting": (("count",), QT_TRANSLATE_NOOP("AuditDetail", "{count} agenda items shown")),
    "view.meeting_actions": (("count",), QT_TRANSLATE_NOOP("AuditDetail", "{count} open actions listed")),
    "view.referral_suggestions": (("count",), QT_TRANSLATE_NOOP("AuditDetail", "{count} suggestions listed")),
    "view.referrals": (("count",), QT_TRANSLATE_NOOP("AuditDetail", "{count} referrals listed")),
    "view.leaves": (("count",), QT_TRANSLATE_NOOP("AuditDetail", "{count} leaves listed")),
    "view.crisis_list": (("count",), QT_TRANSLATE_NOOP("AuditDetail", "{count} incidents listed")),
    "import.compliance": (("count",), QT_TRANSLATE_NOOP("AuditDetail", "{count} records imported")),
    "import.duty_unavailability": (("count",), QT_TRANSLATE_NOOP("AuditDetail", "{count} records imported")),
    "export.access_report": (("since", "until", "entries"), QT_TRANSLATE_NOOP(
        "AuditDetail", "{since} to {until}, {entries} entries")),
}
# student.edit writes the names of the changed fields (never their values), e.g. "class_id,guardians".
STUDENT_FIELDS: dict[str, Text] = {
    "student_no": QT_TRANSLATE_NOOP("AuditDetail", "student number"),
    "name": QT_TRANSLATE_NOOP("AuditDetail", "name"),
    "gender": QT_TRANSLATE_NOOP("AuditDetail", "gender"),
    "birth_date": QT_TRANSLATE_NOOP("AuditDetail", "birth date"),
    "class_id": QT_TRANSLATE_NOOP("AuditDetail", "class"),
    "boarding": QT_TRANSLATE_NOOP("AuditDetail", "boarding"),
    "is_monitor": QT_TRANSLATE_NOOP("AuditDetail", "mental-health monitor"),
    "dorm": QT_TRANSLATE_NOOP("AuditDetail", "dormitory"),
    "guardians": QT_TRANSLATE_NOOP("AuditDetail", "guardians"),
}
CHANGED = QT_TRANSLATE_NOOP("AuditDetail", "changed: {fields}")
LIST_SEPARATOR = QT_TRANSLATE_NOOP("AuditDetail", ", ")     # between the items of a list: 班级、监护人
CLAUSE_SEPARATOR = QT_TRANSLATE_NOOP("AuditDetail", "; ")  # between two statements
ROLE_CHANGE = QT_TRANSLATE_NOOP("AuditDetail", "{old} → {new}")
LINKED = QT_TRANSLATE_NOOP("AuditDetail", "linked to {staff}")
UNLINKED = QT_TRANSLATE_NOOP("AuditDetail", "link removed")
MINUTES = QT_TRANSLATE_NOOP("AuditDetail", "{minutes} minutes")
PROBLEMS = QT_TRANSLATE_NOOP("AuditDetail", "{count} problems found")
BROKEN_AT = QT_TRANSLATE_NOOP("AuditDetail", "chain broken at entry {row}")

# -- targets: whom or what a row is about -----------------------------------------------------------------------
STUDENT = QT_TRANSLATE_NOOP("AuditTarget", "student {name} ({number})")
STUDENT_GONE = QT_TRANSLATE_NOOP("AuditTarget", "student #{id} (not in the register)")
STAFF = QT_TRANSLATE_NOOP("AuditTarget", "staff member {name}")
STAFF_GONE = QT_TRANSLATE_NOOP("AuditTarget", "staff member #{id} (not in the register)")
CLASS = QT_TRANSLATE_NOOP("AuditTarget", "class {name}")
CLASS_GONE = QT_TRANSLATE_NOOP("AuditTarget", "class #{id} (no longer exists)")


@dataclass(frozen=True)
class Names:
    """Names for the ids that audit rows hold, looked up when the trail is shown (the trail itself names no one).

    ``register`` says whether the viewer may see the school register: without it, students, staff and classes stay
    ids, as they are stored."""
    users: Mapping[int, str] = field(default_factory=dict)
    students: Mapping[int, tuple[str, str]] = field(default_factory=dict)   # id -> (student number, name)
    staff: Mapping[int, str] = field(default_factory=dict)
    classes: Mapping[int, str] = field(default_factory=dict)
    register: bool = False
    levels: Mapping[str, Text] = field(default_factory=dict)   # the office's risk levels: code -> name


def as_id(text: str) -> int | None:
    return int(text) if text.isdigit() else None


def ids_to_name(records) -> dict[str, set[int]]:
    """The student, staff and class ids that ``records`` refer to (targets, and the staff a link names)."""
    wanted: dict[str, set[int]] = {"student": set(), "staff": set(), "class": set()}
    for r in records:
        if r.target_type in wanted and (i := as_id(r.target_id)) is not None:
            wanted[r.target_type].add(i)
        if r.action == "user.link_staff" and (i := as_id(r.detail)) is not None:
            wanted["staff"].add(i)
    return wanted


def action_words(action: str, tr: Translate) -> str:
    found = action_label(action)
    if not found:
        return action
    return fill(found[0], found[1], tr)


def outcome_words(outcome: str, tr: Translate) -> str:
    return tr(OUTCOMES[outcome]) if outcome in OUTCOMES else outcome


def user_words(user_id: int | None, names: Names) -> str:
    if user_id is None:
        return "—"
    return names.users.get(user_id, f"#{user_id}")


def student_words(student_id: int, names: Names, tr: Translate) -> str:
    """张三（2026070101）as the register holds the student today, or that the register no longer holds them."""
    found = names.students.get(student_id)
    if found is None:
        return tr(STUDENT_GONE).format(id=student_id)
    number, name = found
    return tr(STUDENT).format(name=name, number=number)


def _staff_words(staff_id: int, names: Names, tr: Translate) -> str:
    found = names.staff.get(staff_id)
    return tr(STAFF).format(name=found) if found is not None else tr(STAFF_GONE).format(id=staff_id)


def target_words(record: AuditRecord, names: Names, tr: Translate) -> str:
    kind, target = record.target_type, record.target_id
    if kind == "setting" and target in SETTINGS:
        return tr(SETTINGS[target])
    label = TARGETS.get(kind)
    kind_text = tr(label) if label else kind
    number = as_id(target)
    if names.register and number is not None:
        if kind == "student":
            return student_words(number, names, tr)
        if kind == "staff":
            return _staff_words(number, names, tr)
        if kind == "class":
            found = names.classes.get(number)
            return tr(CLASS).format(name=found) if found is not None else tr(CLASS_GONE).format(id=number)
    if kind in ("user", "app_user", "login") and number is not None and number in names.users:
        target = names.users[number]
    elif kind == "login" and target.startswith("#"):
        target = tr(UNKNOWN_LOGIN)
    return f"{kind_text} {target}".strip()


def detail_words(record: AuditRecord, names: Names, tr: Translate) -> str:
    """The row's detail in words: counts with their meaning, changed fields, roles; codes by their label."""
    action, detail = record.action, record.detail
    if not detail:
        return "" if action != "user.link_staff" else tr(UNLINKED)
    if action in DETAIL_FORMATS:
        fields, template = DETAIL_FORMATS[action]
        values = detail.split("/")
        if len(values) == len(fields) and all(_NUMBER_OR_DATE.fullmatch(v) for v in values):
            return tr(template).format(**dict(zip(fields, values)))
    elif action == "student.edit":
        keys = detail.split(",")
        return tr(CHANGED).format(fields=tr(LIST_SEPARATOR).join(
            tr(STUDENT_FIELDS[k]) if k in STUDENT_FIELDS else k for k in keys))
    elif action == "user.role" and "->" in detail:
        old, new = detail.split("->", 1)
        return tr(ROLE_CHANGE).format(old=_code(old, tr), new=_code(new, tr))
    elif action == "user.link_staff" and (staff_id := as_id(detail)) is not None:
        staff = _staff_words(staff_id, names, tr) if names.register else f"#{staff_id}"
        return tr(LINKED).format(staff=staff)
    elif action == "setting.change" and record.target_id == "session.idle_lock_minutes" and detail.isdigit():
        return tr(MINUTES).format(minutes=detail)
    elif action == "verify" and detail.startswith("problems="):
        return _verify_words(detail, tr)
    elif action == "export.watchlist" and detail.split("\t")[0].partition(" ")[2] in EXPORT_NAMES \
            and detail.split()[0].isdigit():
        head, _, purpose = detail.partition("\t")   # services/watch_documents.export_watchlist: "12 names<TAB>why"
        count, _, how = head.partition(" ")
        words = tr(EXPORT_NAMES[how]).format(count=count)
        return words + (tr(CLAUSE_SEPARATOR) + tr(PURPOSE).format(purpose=purpose) if purpose else "")
    elif (action.startswith("watch.") or action.startswith("view.watch")) and detail.startswith("entry="):
        return _watch_words(record, names, tr)
    if detail in DETAILS:
        return tr(DETAILS[detail])
    return audit_details.detail_words(action, detail, tr, names.levels)


PURPOSE = QT_TRANSLATE_NOOP("AuditDetail", "purpose: {purpose}")
EXPORT_NAMES = {"masked": QT_TRANSLATE_NOOP("AuditDetail", "{count} entries, names masked"),
                "names": QT_TRANSLATE_NOOP("AuditDetail", "{count} entries, with full names")}
WATCH_ENTRY = QT_TRANSLATE_NOOP("AuditDetail", "entry #{id}")
WATCH_LEVEL = QT_TRANSLATE_NOOP("AuditDetail", "level {level}")
WATCH_PLAN = QT_TRANSLATE_NOOP("AuditDetail", "plan version {version}")


def _watch_words(record: AuditRecord, names: Names, tr: Translate) -> str:
    """'entry=12 level=orange', 'entry=12 orange>red', 'entry=3 plan=v2', 'entry=4 reason=improved' in words."""
    from counselor_app.domain import watch

    detail, levels = record.detail, {**watch.DEFAULT_LABELS, **names.levels}

    def code(value: str) -> str:
        if value in levels:
            return tr(levels[value])
        for enum in (watch.State, watch.Severity, watch.CloseReason, watch.MeasureState):
            if value in watch.codes(enum):
                return tr(enum(value).label)
        return value

    words = []
    for part in detail.split():
        key, _, value = part.partition("=")
        if key == "entry":
            words.append(tr(WATCH_ENTRY).format(id=value))
        elif key == "level":
            words.append(tr(WATCH_LEVEL).format(level=code(value)))
        elif key == "plan":
            words.append(tr(WATCH_PLAN).format(version=value.lstrip("v")))
        elif key == "reason":
            words.append(code(value))
        elif not value and ">" in key:
            old, _, new = key.partition(">")
            words.append(tr(ROLE_CHANGE).format(old=code(old), new=code(new)))
        elif key == "measure":
            continue
        else:   # followup=, contact=, addendum_of= …
            words.append(audit_details.detail_words(record.action, part, tr, names.levels))
    return tr(CLAUSE_SEPARATOR).join(words)


def _code(code: str, tr: Translate) -> str:
    return tr(DETAILS[code]) if code in DETAILS else code


def _verify_words(detail: str, tr: Translate) -> str:
    """'problems=2 broken=17' (the integrity check) in words."""
    values = dict(part.partition("=")[::2] for part in detail.split())
    words = []
    if values.get("problems", "0") not in ("", "0"):
        words.append(tr(PROBLEMS).format(count=values["problems"]))
    if values.get("broken"):
        words.append(tr(BROKEN_AT).format(row=values["broken"]))
    return tr(CLAUSE_SEPARATOR).join(words) or detail
