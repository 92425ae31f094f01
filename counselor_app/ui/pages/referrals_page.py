"""转介: every referral, the open ones by default, newest first; the overdue receipts in red.

The rows come from services.referral_views.list_referrals (no clinical text); filtering runs on the plain rows
(ui/list_page.py). 打印转介单 previews the selected referral's form with its tear-off receipt (audited like every
document); 转介登记表 prints the registers of referrals out and back for the current semester's dates.
"""
from __future__ import annotations

from operator import attrgetter

from counselor_app.domain import referral as rules
from counselor_app.domain.areas import Area
from counselor_app.domain.roles import Permission
from counselor_app.services import referral_views
from counselor_app.ui.list_page import STRETCH, code_label, CheckFilter, ChoiceFilter, ListPage
from counselor_app.ui.models import Column, name_key
from counselor_app.ui.qt import QCoreApplication, Qt

OPEN = "open"
OVERDUE_RED = "#b3261e"


class ReferralStateFilter(ChoiceFilter):
    def narrow(self, rows):
        chosen = self.currentData()
        if chosen is None:
            return rows
        if chosen == OPEN:
            return [r for r in rows if r.state != rules.State.CLOSED]
        return [r for r in rows if r.state == chosen]


class ReferralsPage(ListPage):
    key = "referrals"
    permission = Permission.MANAGE_REFERRALS
    cares_about = frozenset({Area.REFERRALS, Area.REGISTER})
    loader = staticmethod(referral_views.list_referrals)
    stretch = False   # each column as wide as its words; the last takes the rest
    search_name = "referralSearch"

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("Pages", "Referrals")

    def __init__(self, app) -> None:
        super().__init__(app)
        self.table.setObjectName("referralTable")

    def heading(self):
        self.new_button = self.action(self.tr("New referral…"), self.new_referral, Permission.MANAGE_REFERRALS,
                                      name="referralNew", tip=self.tr("Write a referral for a student: the reason, "
                                                                      "the hospital, the urgency."))
        self.edit_button = self.action(self.tr("Edit the form…"), self.edit_referral, row=True, name="referralEdit",
                                       when=lambda r: r.state == rules.State.DRAFT,
                                       tip=self.tr("Complete or correct the form until the referral is issued."))
        self.meeting_button = self.action(self.tr("Meeting with the parents…"), self.record_meeting, row=True,
                                          name="referralMeeting", when=lambda r: r.state == rules.State.DRAFT)
        self.issue_button = self.action(self.tr("Issue"), self.issue, row=True, name="referralIssue",
                                        when=lambda r: r.state == rules.State.DRAFT,
                                        tip=self.tr("Issue the referral: the receipt is due a week later."))
        self.visit_button = self.action(self.tr("Visited today"), self.visited, row=True, name="referralVisit",
                                        when=lambda r: r.state == rules.State.ISSUED,
                                        tip=self.tr("The family says the student saw the doctor today; the receipt "
                                                    "is still to come."))
        self.receipt_button = self.action(self.tr("Enter the receipt…"), self.enter_receipt, row=True,
                                          name="referralReceipt",
                                          when=lambda r: r.state in (rules.State.ISSUED, rules.State.VISITED))
        self.close_button = self.action(self.tr("Close…"), self.close_referral, row=True, name="referralClose",
                                        when=lambda r: r.state != rules.State.CLOSED,
                                        tip=self.tr("Close the referral: completed once the receipt is back, or "
                                                    "earlier for another reason."))
        self.reopen_button = self.action(self.tr("Reopen…"), self.reopen_referral, row=True, name="referralReopen",
                                         when=lambda r: r.state == rules.State.CLOSED,
                                         tip=self.tr("Reopen a closed referral (closed by mistake, or the family "
                                                     "came back with a new hospital document): it goes back to the "
                                                     "state it was closed from."))
        self.print_button = self.action(self.tr("Print the form"), self.print_selected, row=True,
                                        name="referralPrint", when=lambda r: r.state != rules.State.DRAFT,
                                        tip=self.tr("The referral form with its tear-off receipt, on one A4 page."))
        self.hospital_button = self.action(self.tr("Hospitals…"), self.add_hospital, Permission.MANAGE_REFERRALS,
                                           name="referralHospital",
                                           tip=self.tr("Add a hospital to the directory the referrals choose from, "
                                                       "or change one."))
        self.registers_button = self.action(self.tr("Registers…"), self.print_registers, name="referralRegisters",
                                            tip=self.tr("The registers of referrals out and of receipts back, for "
                                                        "the last six months."))
        return [self.new_button, self.edit_button, self.meeting_button, self.issue_button, self.visit_button,
                self.receipt_button, self.close_button, self.reopen_button, self.print_button, self.registers_button,
                self.hospital_button]

    def search_hint(self) -> str:
        return self.tr("Student number, name, pinyin initials or the referral's number")

    def filters(self):
        self.state = ReferralStateFilter(attrgetter("state"), self.tr("All states"), choices=[
            (self.tr("Open"), OPEN), *[(code_label(rules.State, s.value), s.value) for s in rules.State]], default=OPEN,
            name="referralState")
        self.overdue_only = CheckFilter(self.tr("Receipt overdue only"), when_on=attrgetter("overdue"),
                                        name="referralOverdueOnly")
        return [self.state, self.overdue_only, STRETCH]

    def columns(self):
        return [
            Column(self.tr("No."), attrgetter("number")),
            Column(self.tr("Student no."), attrgetter("student_no")),
            Column(self.tr("Name"), attrgetter("name"), sort_key=lambda r: name_key(r.name)),
            Column(self.tr("Class"), attrgetter("klass"), tooltip=attrgetter("klass")),
            Column(self.tr("Urgency"), lambda r: code_label(rules.Urgency, r.urgency),
                   bold=lambda r: r.urgency == rules.Urgency.EMERGENCY),
            Column(self.tr("State"), lambda r: code_label(rules.State, r.state)),
            Column(self.tr("Hospital"), attrgetter("hospital"), tooltip=attrgetter("hospital")),
            Column(self.tr("Issued"), lambda r: r.issued_on or ""),
            Column(self.tr("Receipt due"), lambda r: r.receipt_due or "",
                   colour=lambda r: OVERDUE_RED if r.overdue else None, bold=attrgetter("overdue"),
                   tooltip=lambda r: self.tr("The receipt is overdue: ask the family.") if r.overdue else None),
            Column(self.tr("Receipt back"), lambda r: r.returned_on or ""),
            Column(self.tr("Doctor's advice"), lambda r: code_label(rules.Advice, r.advice),
                   tooltip=lambda r: code_label(rules.Advice, r.advice)),
        ]

    def table_tip(self) -> str:
        return self.tr("Select a referral to print its form. Click a column header to sort.")

    def count_text(self, shown, rows) -> str:
        open_rows = [r for r in rows if r.state != rules.State.CLOSED]
        return self.tr("{shown} shown · {open} open, {overdue} receipts overdue").format(
            shown=len(shown), open=len(open_rows), overdue=sum(1 for r in open_rows if r.overdue))

    def loading_text(self) -> str:
        return self.tr("Loading the referrals…")

    def open_row(self, row) -> None:
        if row.state != rules.State.DRAFT:
            self.print_row(row)

    # -- changes ---------------------------------------------------------------------------------------------
    def new_referral(self) -> None:
        from counselor_app.ui.referrals.dialogs import NewReferralDialog

        self.editor = NewReferralDialog(self)
        self.editor.open()

    def edit_referral(self) -> None:
        from counselor_app.ui.referrals.referral_edit import ReferralEditDialog

        row = self.selected()
        if row is not None:
            self.editor = ReferralEditDialog(self, row)
            self.editor.open()

    def close_referral(self) -> None:
        from counselor_app.ui.referrals.referral_edit import CloseReferralDialog

        row = self.selected()
        if row is not None:
            self.editor = CloseReferralDialog(self, row)
            self.editor.open()

    def reopen_referral(self) -> None:
        from counselor_app.ui.referrals.referral_edit import ReopenReferralDialog

        row = self.selected()
        if row is not None:
            self.editor = ReopenReferralDialog(self, row)
            self.editor.open()

    def add_hospital(self) -> None:
        from counselor_app.ui.referrals.dialogs import HospitalDialog

        self.editor = HospitalDialog(self)
        self.editor.open()

    def record_meeting(self) -> None:
        from counselor_app.ui.referrals.dialogs import ReferralMeetingDialog

        row = self.selected()
        if row is not None:
            self.editor = ReferralMeetingDialog(self, row)
            self.editor.open()

    def enter_receipt(self) -> None:
        from counselor_app.ui.referrals.dialogs import ReferralReceiptDialog

        row = self.selected()
        if row is not None:
            self.editor = ReferralReceiptDialog(self, row)
            self.editor.open()

    def issue(self) -> None:
        from counselor_app.services import referrals
        from counselor_app.ui import dialogs

        row = self.selected()
        if row is None or not dialogs.ask_yes_no(self, self.tr("Issue the referral"), self.tr(
                "Issue referral {number} for {name}? Then print the form and give it to the family.").format(
                number=row.number, name=row.name), yes_text=self.tr("Issue"), no_text=self.tr("Cancel")):
            return
        referral_id = row.id

        def issue(s):
            return referrals.issue_referral(s, referral_id, referral_views.get_referral(s, referral_id).row.revision)

        self.app.worker.run(issue, lambda _due: None, lambda e: dialogs.show_error(self, e), context=self)

    def visited(self) -> None:
        from datetime import date

        from counselor_app.services import referrals
        from counselor_app.ui import dialogs

        row = self.selected()
        if row is None:
            return
        referral_id = row.id

        def visit(s):
            return referrals.record_visit(s, referral_id, date.today(),
                                          referral_views.get_referral(s, referral_id).row.revision)

        self.app.worker.run(visit, lambda _r: None, lambda e: dialogs.show_error(self, e), context=self)

    # -- printing ------------------------------------------------------------------------------------------
    def print_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.print_row(row)

    def print_row(self, row) -> None:
        self._print("referral", {"id": row.id}, f"{row.number}", row.id)

    def print_registers(self) -> None:   # 转介出登记 or 转介返回登记, this semester unless changed
        from counselor_app.ui.referrals.registers_dialog import RegistersDialog

        self.editor = RegistersDialog(self)
        self.editor.open()

    def _print(self, kind: str, params: dict, suffix: str, target) -> None:
        from counselor_app.ui.print_preview import open_registered

        open_registered(self.app, self, kind, suffix, target, **params)
