"""检查并发布: the coverage check of the roster from the semester's start through a day (every seat filled, no duty
breaking a rule — someone unavailable, on two shifts at once, who left the school or whose account is deactivated —
each with its date), then publishing (services/duty_roster.coverage / publish_roster). Empty seats need a
confirmation; duties breaking a rule must be resolved first (the service refuses them either way)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from operator import attrgetter

from counselor_app.domain.duty_plan import ConflictReason, GapReason
from counselor_app.services import duty_roster
from counselor_app.translation import translate_text
from counselor_app.ui import dialogs
from counselor_app.ui.duty import words
from counselor_app.ui.duty.dialog_buttons import DayButton, DayTarget, HolidayButtons
from counselor_app.ui.duty.fields import day_edit, picked, set_day, table
from counselor_app.ui.job_dialog import JobDialog
from counselor_app.ui.models import Column
from counselor_app.ui.qt import QDate, QHBoxLayout, QLabel

PROBLEM_RED = "#b3261e"


@dataclass(frozen=True)
class Finding:
    day: date
    shift: str
    who: str
    what: str
    blocking: bool          # a conflict (must be resolved); a gap only needs confirming
    where: DayTarget | None = None     # the day, post, shift and duty in the month (调整这一天…)


class PublishDialog(JobDialog):
    def __init__(self, page, app, semester) -> None:
        super().__init__(page, app, self.tr("Check and publish the duty roster"), self.tr("Publish"))
        self.page, self.semester = page, semester
        self.found = None
        self.resize(760, 560)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Publish from {start} through:").format(start=semester.start.isoformat())))
        self.through = day_edit(semester.end, "dutyPublishThrough")
        self.through.setDateRange(QDate(semester.start), QDate(semester.end))
        self.through.dateChanged.connect(lambda _d: self.load())
        row.addWidget(self.through)
        row.addStretch(1)
        self.body.addLayout(row)
        self.summary = QLabel()
        self.summary.setObjectName("dutyCoverageSummary")
        self.summary.setWordWrap(True)
        self.body.addWidget(self.summary)
        self.model, self.view = table([
            Column(self.tr("Date"), lambda f: words.day_text(f.day), sort_key=attrgetter("day")),
            Column(self.tr("Shift"), attrgetter("shift")),
            Column(self.tr("Person"), attrgetter("who")),
            Column(self.tr("Problem"), attrgetter("what"),
                   colour=lambda f: PROBLEM_RED if f.blocking else None),
        ], self, "dutyCoverage")
        self.body.addWidget(self.view, 1)
        self.holidays = HolidayButtons(self, self.tr("Only through {day}"), self.tr(
            "Only the days whose holidays are known; the rest of the semester once the holidays of the next year "
            "are entered."), lambda day: set_day(self.through, day))
        self.calendar_button, self.known_button = self.holidays.calendar_button, self.holidays.known_button
        self.day_button = DayButton(self, self.view, self.target)
        buttons = QHBoxLayout()
        buttons.addWidget(self.holidays)
        buttons.addStretch(1)
        buttons.addWidget(self.day_button)
        self.body.addLayout(buttons)
        self._update_buttons()
        self.load()

    def load(self) -> None:
        sid, first, last = self.semester.id, self.semester.start, picked(self.through)
        self.holidays.clear()
        self.start_preview(lambda s: duty_roster.coverage(s, sid, first, last))

    def findings(self, found) -> list[Finding]:
        """The coverage's gaps, conflicts and make-up workdays without a timetable, by date."""
        def shift(template_id: int) -> str:
            t = found.templates.get(template_id)
            return f"{t.post} · {t.period} {t.times}" if t else ""

        def where(day: date, template_id: int, staff_id: int | None = None) -> DayTarget:
            t = found.templates.get(template_id)
            return DayTarget(day, t.post_id if t else None, template_id, staff_id)

        out = [Finding(g.day, shift(g.template_id), "", self.tr("{count} empty seat(s): {why}").format(
            count=g.missing, why=translate_text(GapReason(g.reason).label)), False, where(g.day, g.template_id))
               for g in found.plan.gaps]
        out += [Finding(c.assignment.day, shift(c.assignment.template_id),
                        found.names.get(c.assignment.person_id, ""), translate_text(ConflictReason(c.reason).label),
                        True, where(c.assignment.day, c.assignment.template_id, c.assignment.person_id))
                for c in found.plan.conflicts]
        out += [Finding(d, "", "", self.tr("a make-up workday without a timetable (choose one in the set-up)"), True,
                        DayTarget(d)) for d in found.plan.unplanned_days]
        return sorted(out, key=lambda f: (f.day, f.shift))

    def _loaded(self, found) -> None:
        self.found = found
        rows = self.findings(found)
        self.model.set_rows(rows)
        blocking = sum(1 for f in rows if f.blocking)
        parts = [self.tr("{seats} seat(s) checked.").format(seats=found.plan.seats)]
        if not rows:
            parts.append(self.tr("Every seat is filled and no duty breaks a rule."))
        if found.gaps:
            parts.append(self.tr("{gaps} seat(s) still empty: publishing asks you to confirm.").format(gaps=found.gaps))
        if blocking:
            parts.append(self.tr("{count} problem(s) in red must be resolved before publishing (change the day in "
                                 "the month, or generate again).").format(count=blocking))
        if found.published_through:
            parts.append(self.tr("Published so far through {day}.").format(day=found.published_through.isoformat()))
        self.summary.setText(words.sentences(parts))

    def _load_failed(self, error: BaseException) -> None:
        self.found = None
        self.model.clear()
        self.summary.clear()
        self.holidays.show_for(error, self.semester.start)
        super()._load_failed(error)

    @staticmethod
    def target(finding: Finding) -> DayTarget | None:
        return finding.where

    def ready(self) -> bool:
        return self.found is not None

    def inputs(self):
        return [self.through]

    def confirm(self) -> bool:
        if self.found is not None and self.found.gaps:
            return dialogs.ask_yes_no(self, self.tr("Publish with empty seats?"), self.tr(
                "{gaps} seat(s) of the roster are still empty. Publish the roster anyway? The empty seats stay "
                "marked on the printed month.").format(gaps=self.found.gaps),
                yes_text=self.tr("Publish anyway"), no_text=self.tr("Cancel"))
        return True

    def apply_call(self, progress):
        sid, through, gaps = self.semester.id, picked(self.through), bool(self.found and self.found.gaps)
        return lambda s: duty_roster.publish_roster(s, sid, through, confirm_gaps=gaps)

    def _applied(self, found) -> None:
        self.summary.setText(self.tr("Published through {day}.").format(day=found.last.isoformat()))
