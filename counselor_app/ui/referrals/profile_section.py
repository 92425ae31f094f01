"""The student profile's 转介, 请假/休学与复学 and 危机事件 sections: short tables of the student's referrals (number,
hospital, state, issued, receipt due and back, closed or reopened), leaves (number, kind, dates, state, assessment
meetings and the latest conclusion) and crisis incidents (number, time, type, gravity, state). No clinical text.
A button (or a double-click) does what the feature's page does with a row: the referral's form, the leave's return
assessment meetings, the incident's report. Each reloads when its area changes. For those who manage referrals / may see incidents (the profile hides them from
the others, the services refuse them: services/referral_profile.py).

Imported by ui/profile_sections.py (which defines SectionWidget) when that module is loaded: import that one first.
"""
from __future__ import annotations

from counselor_app.domain import crisis as crisis_rules, leave as leave_rules, referral as referral_rules
from counselor_app.domain.areas import Area
from counselor_app.services import referral_profile
from counselor_app.ui.list_page import code_label
from counselor_app.ui.models import Column
from counselor_app.ui.profile_sections import ListSection

DASH = "—"
RED = "#b3261e"


class ReferralsSection(ListSection):
    area = Area.REFERRALS
    loader = staticmethod(referral_profile.student_referrals)
    table_name = "profileReferrals"

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("No."), lambda r: r.number),
            Column(self.tr("Hospital"), lambda r: r.hospital or DASH, tooltip=lambda r: r.hospital),
            Column(self.tr("State"), lambda r: code_label(referral_rules.State, r.state)),
            Column(self.tr("Issued"), lambda r: r.issued_on or DASH),
            Column(self.tr("Receipt due"), lambda r: r.receipt_due or DASH,
                   colour=lambda r: RED if r.overdue else None, bold=lambda r: r.overdue,
                   tooltip=lambda r: self.tr("The receipt is overdue: ask the family.") if r.overdue else None),
            Column(self.tr("Receipt back"), lambda r: r.returned_on or DASH),
            Column(self.tr("Closed / reopened"), self.closed_text),
        ]

    def closed_text(self, r) -> str:
        if r.reopened_on and r.state != referral_rules.State.CLOSED:
            return self.tr("reopened {day}").format(day=r.reopened_on)
        if r.closed_on:
            return self.tr("closed {day}").format(day=r.closed_on)
        return DASH

    def empty_text(self) -> str:
        return self.tr("This student has no referral.")

    def open_text(self) -> str:
        return self.tr("Print the form")

    def may_open(self, row) -> bool:   # a draft has no form yet (as on the referrals page)
        return row.state != referral_rules.State.DRAFT

    def open_row(self, row) -> None:
        self.print_document("referral", row)


class LeavesSection(ListSection):
    area = Area.REFERRALS
    loader = staticmethod(referral_profile.student_leaves)
    table_name = "profileLeaves"

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("No."), lambda r: r.number),
            Column(self.tr("Type"), lambda r: code_label(leave_rules.Kind, r.kind)),
            Column(self.tr("From"), lambda r: r.start_on),
            Column(self.tr("Expected end"), lambda r: r.expected_end),
            Column(self.tr("Back at school"), lambda r: r.returned_on or DASH),
            Column(self.tr("State"), lambda r: code_label(leave_rules.State, r.state)),
            Column(self.tr("Assessment meetings"), lambda r: str(r.meetings) if r.meetings else DASH,
                   align_right=True),
            Column(self.tr("Latest conclusion"), lambda r: code_label(leave_rules.Conclusion, r.conclusion) or DASH),
        ]

    def empty_text(self) -> str:
        return self.tr("This student has had no leave or suspension.")

    def open_text(self) -> str:
        return self.tr("Assessment meetings held")

    def open_row(self, row) -> None:
        from types import SimpleNamespace

        from counselor_app.ui.referrals.leave_dialogs import MeetingsWindow

        header = self.profile.header
        if row is None or header is None:
            return
        line = SimpleNamespace(id=row.id, number=row.number, student_no=header.student_no, name=header.name,
                               klass=header.klass)   # what the window shows of a leaves page's row
        self.window = MeetingsWindow(self, line)
        self.window.open()


class IncidentsSection(ListSection):
    area = Area.CRISIS
    loader = staticmethod(referral_profile.student_incidents)
    table_name = "profileIncidents"

    def columns(self) -> list[Column]:
        is_open = lambda r: r.state == crisis_rules.State.OPEN   # noqa: E731
        return [
            Column(self.tr("No."), lambda r: r.number, colour=lambda r: RED if is_open(r) else None, bold=is_open),
            Column(self.tr("Happened"), lambda r: r.occurred_at.replace("T", " ")),
            Column(self.tr("Type"), lambda r: code_label(crisis_rules.Type, r.type)),
            Column(self.tr("Gravity"), lambda r: code_label(crisis_rules.Gravity, r.gravity)),
            Column(self.tr("State"), lambda r: code_label(crisis_rules.State, r.state),
                   colour=lambda r: RED if is_open(r) else None),
        ]

    def empty_text(self) -> str:
        return self.tr("This student has been part of no crisis incident.")

    def open_text(self) -> str:
        return self.tr("Print the report")

    def open_row(self, row) -> None:
        self.print_document("crisis_report", row)
