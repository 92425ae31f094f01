"""Changing a referral after it was written: 修改转介单 (complete or correct the form of a draft: urgency, hospital,
department, who accompanies, the guardian, the reason, what the school did, the screening summary — the service
refuses once it is issued, the paper is with the family then) and 结案 (close it by hand: completed once the receipt
is back, or earlier for another reason, with a note) and 重新打开 (reopen a closed one, with a reason: it goes back
to the state it was closed from). Each loads the referral (audited) and saves through its service on the worker; a
refusal shows in the form."""
from __future__ import annotations

from counselor_app.domain import referral as rules
from counselor_app.services import hospitals, referral_reopen, referral_views, referrals
from counselor_app.services.referrals import ReferralEdit
from counselor_app.translation import translate_text
from counselor_app.ui.form_dialog import FormDialog, Invalid, choice
from counselor_app.ui.profile_sections import local_time
from counselor_app.ui.qt import QCheckBox, QLabel
from counselor_app.ui.referrals.dialogs import _labels, _text_box


def _who(row) -> str:
    return f"{row.student_no} {row.name} · {row.klass}"


class ReferralEditDialog(FormDialog):
    """Complete or correct the form of a draft referral."""

    def __init__(self, page, row) -> None:
        super().__init__(page, page.app, self.tr("Referral form R {number}").format(number=row.number), 620)
        self.row = row
        self.field(self.tr("Student:"), QLabel(_who(row)))
        self.urgency = self.field(self.tr("Urgency:"), choice(_labels(rules.Urgency)), name="editUrgency")
        self.green = QCheckBox(self.tr("green channel (always for an emergency)"))
        self.green.setObjectName("editGreen")
        self.field("", self.green)
        self.hospital = self.field(self.tr("Hospital:"), choice([]), name="editHospital")
        self.department = self.field(self.tr("Department:"), name="editDepartment")
        self.accompany = self.field(self.tr("Accompanied by:"), choice([(self.tr("not decided yet"), "")]
                                                                      + _labels(rules.Accompany)),
                                    name="editAccompany")
        self.guardian = self.field(self.tr("Guardian:"), name="editGuardian")
        self.relation = self.field(self.tr("Relation:"), name="editRelation")
        self.phone = self.field(self.tr("Guardian's phone:"), name="editPhone")
        self.reason = self.field(self.tr("Reason and what was observed:"), _text_box("editReason", 4))
        self.actions = self.field(self.tr("What the school has done:"), _text_box("editActions"))
        self.screening = self.field(self.tr("Screening summary:"), _text_box("editScreening", 2))
        self.note(self.tr("The form can be changed until the referral is issued. The screening summary names the "
                          "scale, the date, the total and the level: never the answers to single items."))

    def loader(self):
        referral_id = self.row.id
        return lambda s: (referral_views.get_referral(s, referral_id), hospitals.list_hospitals(s))

    def loaded(self, result) -> None:
        detail, found = result
        r = detail.row
        self.revision = r.revision
        self.urgency.setCurrentIndex(max(0, self.urgency.findData(r.urgency)))
        self.green.setChecked(bool(r.green_channel))
        self.hospital.clear()
        self.hospital.addItem(self.tr("not chosen yet"), None)
        for h in found:   # the referral's own hospital even when it is no longer active
            if h.active or h.id == r.hospital_id:
                self.hospital.addItem(h.name, h.id)
        self.hospital.setCurrentIndex(max(0, self.hospital.findData(r.hospital_id)))
        self.department.setText(r.department)
        self.accompany.setCurrentIndex(max(0, self.accompany.findData(r.accompany)))
        self.guardian.setText(r.guardian_name)
        self.relation.setText(r.guardian_relation)
        self.phone.setText(r.guardian_phone)
        self.reason.setPlainText(detail.reason)
        self.actions.setPlainText(detail.school_actions)
        self.screening.setPlainText(detail.screening_summary)

    def edit(self):
        if not self.reason.toPlainText().strip():
            raise Invalid(self.tr("Write the reason of the referral and what was observed."), self.reason)
        return ReferralEdit(self.reason.toPlainText(), self.urgency.currentData(), self.hospital.currentData(),
                            self.department.text(), self.green.isChecked(), self.accompany.currentData(),
                            self.guardian.text(), self.relation.text(), self.phone.text(),
                            self.actions.toPlainText(), self.screening.toPlainText())

    def saver(self, edit):
        referral_id, revision = self.row.id, self.revision
        return lambda s: referrals.edit_referral(s, referral_id, edit, revision)


class CloseReferralDialog(FormDialog):
    """已结案 by hand: completed (the receipt is back) or closed earlier, with a note (required for 其他)."""

    def __init__(self, page, row) -> None:
        super().__init__(page, page.app, self.tr("Close referral R {number}").format(number=row.number), 520)
        self.row = row
        self.field(self.tr("Student:"), QLabel(_who(row)))
        self.field(self.tr("State:"), QLabel(translate_text(rules.State(row.state).label)))
        default = rules.CloseReason.DONE if row.state == rules.State.RETURNED else rules.CloseReason.OTHER
        self.reason = self.field(self.tr("Why it is closed:"), choice(_labels(rules.CloseReason), default.value),
                                 name="closeReason")
        self.words = self.field(self.tr("Note:"), _text_box("closeNote", 3))
        self.reopened = self.note("", hint=False)   # why it was reopened last, if it was
        self.reopened.setObjectName("closeReopened")
        self.reopened.setVisible(False)
        self.note(self.tr("A referral is completed once its receipt is back. Closing it earlier for another reason "
                          "needs a note saying why. A closed referral takes nothing more until it is reopened."))

    def loader(self):
        referral_id = self.row.id
        return lambda s: referral_views.get_referral(s, referral_id)

    def loaded(self, detail) -> None:
        self.revision = detail.row.revision
        if detail.reopenings:
            last = detail.reopenings[-1]
            self.reopened.setText(self.tr("Reopened on {time}: {reason}").format(time=local_time(last.reopened_at),
                                                                               reason=last.reason))
            self.reopened.setVisible(True)

    def edit(self):
        reason, words = self.reason.currentData(), self.words.toPlainText()
        if reason == rules.CloseReason.OTHER and not words.strip():
            raise Invalid(self.tr("Write why the referral is closed."), self.words)
        return reason, words

    def saver(self, edit):
        reason, words = edit
        referral_id, revision = self.row.id, self.revision
        return lambda s: referrals.close_referral(s, referral_id, reason, words, revision)


class ReopenReferralDialog(FormDialog):
    """重新打开 a closed referral (closed by mistake, or the family came back with a new hospital document): back to
    the state it was closed from, with a reason (required)."""

    def __init__(self, page, row) -> None:
        super().__init__(page, page.app, self.tr("Reopen referral R {number}").format(number=row.number), 520)
        self.row = row
        self.field(self.tr("Student:"), QLabel(_who(row)))
        self.closed = self.field(self.tr("Closed:"), QLabel(), name="reopenClosed")
        self.back_to = self.field(self.tr("Goes back to:"), QLabel(), name="reopenBackTo")
        self.reason = self.field(self.tr("Why it is reopened:"), _text_box("reopenReason", 3))
        self.note(self.tr("For a referral closed by mistake, or when the family comes back with a new hospital "
                          "document. The reopening and its reason are kept with the referral; the student's "
                          "timeline shows it."))

    def loader(self):
        referral_id = self.row.id
        return lambda s: referral_views.get_referral(s, referral_id)

    def loaded(self, detail) -> None:
        r = detail.row
        self.revision = r.revision
        why = translate_text(rules.CloseReason(r.close_reason).label) if r.close_reason else ""
        self.closed.setText(self.tr("{day}, {reason}").format(day=r.closed_on or "", reason=why))
        back = rules.state_before_closing(r.closed_from, r.issued_on, r.visited_on, r.returned_on)
        self.back_to.setText(translate_text(rules.State(back).label))

    def edit(self):
        words = self.reason.toPlainText()
        if not words.strip():
            raise Invalid(self.tr("Write why the referral is reopened."), self.reason)
        return words

    def saver(self, edit):
        referral_id, revision = self.row.id, self.revision
        return lambda s: referral_reopen.reopen_referral(s, referral_id, edit, revision)
