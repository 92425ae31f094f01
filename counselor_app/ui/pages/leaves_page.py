"""请假/休学与复学: every leave and suspension, those not finished by default; the ones past their end without a
return in red. The buttons follow the selected leave's state: 审批, 撤回 (an application not yet approved, after
asking), 复学申请, 复学评估会, 办理复学; 评估会记录 (or a double-click) lists the leave's assessment meetings; the
forms (复学申请及评估表, the head teacher's support plan) print from here. Rows: services.leaves.list_leaves."""
from __future__ import annotations

from operator import attrgetter

from counselor_app.domain import leave as rules
from counselor_app.domain.areas import Area
from counselor_app.domain.roles import Permission
from counselor_app.services import leaves as leave_service
from counselor_app.ui.list_page import STRETCH, code_label, CheckFilter, ListPage
from counselor_app.ui.models import Column, name_key
from counselor_app.ui.qt import QCoreApplication

RED = "#b3261e"
UNFINISHED = (rules.State.APPLIED, rules.State.APPROVED, rules.State.RETURNING)


class LeavesPage(ListPage):
    key = "leaves"
    permission = Permission.MANAGE_REFERRALS
    cares_about = frozenset({Area.REFERRALS, Area.REGISTER})
    loader = staticmethod(leave_service.list_leaves)
    stretch = False   # each column as wide as its words; the last takes the rest

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("Pages", "Leave and return")

    def heading(self):
        state = lambda *states: (lambda r: r.state in states)   # noqa: E731
        self.new_button = self.action(self.tr("New leave…"), lambda: self._open("NewLeaveDialog", None),
                                      Permission.MANAGE_REFERRALS, name="leaveNew")
        self.approve_button = self.action(self.tr("Approve…"), lambda: self._open("ApproveDialog"), row=True,
                                          when=state(rules.State.APPLIED), name="leaveApprove")
        self.withdraw_button = self.action(self.tr("Withdraw"), self.withdraw, row=True,
                                           when=state(rules.State.APPLIED), name="leaveWithdraw",
                                           tip=self.tr("The family withdraws the application before it is "
                                                       "approved."))
        self.apply_button = self.action(self.tr("Application to return…"),
                                        lambda: self._open("ReturnApplicationDialog"), row=True,
                                        when=state(rules.State.APPROVED), name="leaveReturnApply")
        self.meeting_button = self.action(self.tr("Assessment meeting…"), lambda: self._open("ReturnMeetingDialog"),
                                          row=True, when=state(rules.State.RETURNING), name="leaveReturnMeeting")
        self.meetings_button = self.action(self.tr("Meetings held"), self.show_meetings, row=True,
                                           when=lambda r: bool(r.return_applied_on), name="leaveMeetings",
                                           tip=self.tr("Every return assessment meeting of this leave, in order."))
        self.return_button = self.action(self.tr("Back at school…"), lambda: self._open("ReturnDialog"), row=True,
                                         when=lambda r: r.state == rules.State.RETURNING
                                         and r.conclusion == rules.Conclusion.AGREED, name="leaveReturn")
        self.form_button = self.action(self.tr("Print the return form"), lambda: self._print("return_form"),
                                       row=True, when=lambda r: bool(r.return_applied_on), name="leaveForm")
        self.plan_button = self.action(self.tr("Print the support plan"), lambda: self._print("return_support"),
                                       row=True, when=lambda r: bool(r.returned_on), name="leavePlan")
        return [self.new_button, self.approve_button, self.withdraw_button, self.apply_button, self.meeting_button,
                self.meetings_button, self.return_button, self.form_button, self.plan_button]

    def search_hint(self) -> str:
        return ""

    def filters(self):
        self.unfinished = CheckFilter(self.tr("Not finished only"), when_on=lambda r: r.state in UNFINISHED,
                                      name="leaveUnfinished")
        self.unfinished.setChecked(True)
        return [self.unfinished, STRETCH]

    def columns(self):
        return [
            Column(self.tr("No."), attrgetter("number")),
            Column(self.tr("Student no."), attrgetter("student_no")),
            Column(self.tr("Name"), attrgetter("name"), sort_key=lambda r: name_key(r.name)),
            Column(self.tr("Class"), attrgetter("klass")),
            Column(self.tr("Type"), lambda r: code_label(rules.Kind, r.kind)),
            Column(self.tr("State"), lambda r: code_label(rules.State, r.state)),
            Column(self.tr("From"), attrgetter("start_on")),
            Column(self.tr("Expected end"), attrgetter("expected_end"), colour=lambda r: RED if r.overdue else None,
                   bold=attrgetter("overdue"),
                   tooltip=lambda r: self.tr("Past its end without a return.") if r.overdue else None),
            Column(self.tr("Return applied"), lambda r: r.return_applied_on or ""),
            Column(self.tr("Assessment"), lambda r: code_label(rules.Conclusion, r.conclusion)),
            Column(self.tr("Back at school"), lambda r: r.returned_on or ""),
        ]

    def count_text(self, shown, rows) -> str:
        return self.tr("{shown} shown · {away} not finished, {overdue} past their end").format(
            shown=len(shown), away=sum(1 for r in rows if r.state in UNFINISHED),
            overdue=sum(1 for r in rows if r.overdue))

    def open_row(self, row) -> None:
        self._open("MeetingsWindow", row)

    def show_meetings(self) -> None:
        self._open("MeetingsWindow")

    def withdraw(self) -> None:
        from counselor_app.ui import dialogs

        row = self.selected()
        if row is None or not dialogs.ask_yes_no(self, self.tr("Withdraw the application"), self.tr(
                "Withdraw application {number} of {name}? It stays in the list as withdrawn; a new application "
                "starts again from the beginning.").format(number=row.number, name=row.name),
                yes_text=self.tr("Withdraw"), no_text=self.tr("Cancel")):
            return
        leave_id = row.id

        def withdraw(s):
            return leave_service.withdraw_leave(s, leave_id, leave_service.get_leave(s, leave_id).row.revision)

        self.app.worker.run(withdraw, lambda _r: None, lambda e: dialogs.show_error(self, e), context=self)

    def _open(self, name: str, row="selected") -> None:
        from counselor_app.ui.referrals import leave_dialogs

        if isinstance(row, str):          # "selected"
            row = self.selected()
            if row is None:
                return
        dialog = getattr(leave_dialogs, name)
        self.editor = dialog(self) if row is None else dialog(self, row)
        self.editor.open()

    def _print(self, kind: str) -> None:
        from counselor_app.ui.print_preview import open_registered

        row = self.selected()
        if row is not None:
            open_registered(self.app, self, kind, row.number, row.id, id=row.id)
