"""危机事件: every crisis incident, the open ones first (in red); recording one, its steps and the parents' calls,
closing it, printing the report for the school leader (and the bureau's, for the office head). The rows come from
services.crisis.list_incidents (no clinical text)."""
from __future__ import annotations

from operator import attrgetter

from counselor_app.domain import crisis as rules
from counselor_app.domain.areas import Area
from counselor_app.domain.roles import Permission
from counselor_app.services import crisis as crisis_service
from counselor_app.ui.list_page import STRETCH, code_label, ChoiceFilter, ListPage
from counselor_app.ui.models import Column
from counselor_app.ui.qt import QCoreApplication

RED = "#b3261e"


class CrisisPage(ListPage):
    key = "crisis"
    permission = Permission.VIEW_CRISIS
    cares_about = frozenset({Area.CRISIS})
    loader = staticmethod(crisis_service.list_incidents)
    stretch = False   # each column as wide as its words; the last takes the rest

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("Pages", "Crisis incidents")

    def heading(self):
        self.new_button = self.action(self.tr("Record an incident…"), self.new_incident, Permission.MANAGE_CRISIS,
                                      name="crisisNew")
        self.step_button = self.action(self.tr("Record a step…"), self.record_step, Permission.MANAGE_CRISIS,
                                       row=True, when=lambda r: r.state == rules.State.OPEN, name="crisisStep")
        self.timeline_button = self.action(self.tr("Timeline entry…"), lambda: self.timeline(False),
                                           Permission.MANAGE_CRISIS, row=True, name="crisisTimeline")
        self.breach_button = self.action(self.tr("Breach of confidentiality…"), lambda: self.timeline(True),
                                         Permission.MANAGE_CRISIS, row=True, name="crisisBreach")
        self.close_button = self.action(self.tr("Close…"), self.close_incident, Permission.MANAGE_CRISIS, row=True,
                                        when=lambda r: r.state == rules.State.OPEN, name="crisisClose")
        self.print_button = self.action(self.tr("Print the report"), lambda: self._print("crisis_report"), row=True,
                                        name="crisisPrint")
        self.bureau_button = self.action(self.tr("Report for the bureau"), lambda: self._print("crisis_report_bureau"),
                                         Permission.BUREAU_REPORT, row=True, name="crisisBureau")
        return [self.new_button, self.step_button, self.timeline_button, self.breach_button, self.close_button,
                self.print_button, self.bureau_button]

    def filters(self):
        self.state = ChoiceFilter(attrgetter("state"), self.tr("All incidents"), choices=[
            (code_label(rules.State, s.value), s.value) for s in rules.State], name="crisisState")
        return [self.state, STRETCH]

    def columns(self):
        open_red = lambda r: RED if r.state == rules.State.OPEN else None   # noqa: E731
        return [
            Column(self.tr("No."), attrgetter("number"), colour=open_red, bold=lambda r: r.state == rules.State.OPEN),
            Column(self.tr("Happened"), lambda r: r.occurred_at.replace("T", " ")),
            Column(self.tr("Type"), lambda r: code_label(rules.Type, r.type)),
            Column(self.tr("Gravity"), lambda r: code_label(rules.Gravity, r.gravity)),
            Column(self.tr("Students"), attrgetter("students"), align_right=True),
            Column(self.tr("State"), lambda r: code_label(rules.State, r.state), colour=open_red),
            Column(self.tr("Parents reached"), lambda r: self.tr("yes") if r.parents_reached else self.tr("not yet"),
                   colour=lambda r: RED if r.state == rules.State.OPEN and not r.parents_reached else None),
            Column(self.tr("Review meeting"), lambda r: self.tr("held") if r.review_done else self.tr("not yet")),
        ]

    def received(self, rows) -> list:   # open incidents first, then the newest
        newest = sorted(rows, key=attrgetter("occurred_at"), reverse=True)
        return sorted(newest, key=lambda r: r.state != rules.State.OPEN)   # stable: the newest first in each

    def count_text(self, shown, rows) -> str:
        return self.tr("{shown} shown · {open} open").format(
            shown=len(shown), open=sum(1 for r in rows if r.state == rules.State.OPEN))

    def open_row(self, row) -> None:
        self._print("crisis_report")

    def new_incident(self) -> None:
        from counselor_app.ui.referrals.crisis_dialogs import NewIncidentDialog

        self.editor = NewIncidentDialog(self)
        self.editor.open()

    def record_step(self) -> None:
        from counselor_app.ui.referrals.crisis_dialogs import StepDialog

        row = self.selected()
        if row is not None:
            self.editor = StepDialog(self, row)
            self.editor.open()

    def timeline(self, breach: bool) -> None:
        from counselor_app.ui.referrals.crisis_dialogs import TimelineDialog

        row = self.selected()
        if row is not None:
            self.editor = TimelineDialog(self, row, breach)
            self.editor.open()

    def close_incident(self) -> None:
        from counselor_app.ui.referrals.crisis_dialogs import CloseIncidentDialog

        row = self.selected()
        if row is not None:
            self.editor = CloseIncidentDialog(self, row)
            self.editor.open()

    def _print(self, kind: str) -> None:
        from counselor_app.ui.print_preview import open_registered

        row = self.selected()
        if row is not None:
            open_registered(self.app, self, kind, row.number, row.id, id=row.id)
