"""生成值班表: choose the date range → the preview (the counts per person, evening and weekend duties counted apart,
the seats left empty with their dates and why) → save it (services/duty_roster.preview_roster / apply_roster).

Generation plans the school days of the calendar; changes made by hand are kept unless "replace them too" is
chosen, and a duty a log or a request refers to is never touched. A year whose holidays nobody entered is refused
with the way to the School calendar page (a button goes there). Built on the job dialog kit."""
from __future__ import annotations

from datetime import date
from operator import attrgetter

from counselor_app.domain.duty_plan import GapReason
from counselor_app.services import duty_roster
from counselor_app.translation import translate_text
from counselor_app.ui import dialogs
from counselor_app.ui.duty import words
from counselor_app.ui.duty.dialog_buttons import DayButton, DayTarget, HolidayButtons
from counselor_app.ui.duty.fields import day_edit, picked, set_day, table
from counselor_app.ui.job_dialog import JobDialog
from counselor_app.ui.models import Column
from counselor_app.ui.qt import QCheckBox, QDate, QHBoxLayout, QLabel, QSplitter, Qt, QTimer

RIGHT = dict(align_right=True)


class GenerateDialog(JobDialog):
    def __init__(self, page, app, semester) -> None:
        super().__init__(page, app, self.tr("Generate the duty roster"), self.tr("Save the roster"))
        self.page, self.semester = page, semester
        self.preview = None
        self.resize(760, 620)
        intro = QLabel(self.tr("The school days of the range are planned from the set-up: holidays skipped, make-up "
                               "workdays with the timetable they follow, nobody on duty while unavailable or twice "
                               "at the same time, the counts kept even. Nothing is saved before you save it."))
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        row = QHBoxLayout()
        start = max(date.today(), semester.start) if date.today() <= semester.end else semester.start
        self.first = day_edit(start, "dutyGenerateFrom")
        self.last = day_edit(semester.end, "dutyGenerateTo")
        for edit in (self.first, self.last):
            edit.setDateRange(QDate(semester.start), QDate(semester.end))
        self.keep = QCheckBox(self.tr("Keep the changes made by hand"))
        self.keep.setObjectName("dutyKeepManual")
        self.keep.setChecked(True)
        self.keep.setToolTip(self.tr("Unticked, the duties put in by hand are planned again too (a duty a log or a "
                                     "request refers to always stays)."))
        row.addWidget(QLabel(self.tr("From:")))
        row.addWidget(self.first)
        row.addWidget(QLabel(self.tr("to:")))
        row.addWidget(self.last)
        row.addSpacing(12)
        row.addWidget(self.keep)
        row.addStretch(1)
        self.body.addLayout(row)
        self.summary = QLabel()
        self.summary.setObjectName("dutyGenerateSummary")
        self.summary.setWordWrap(True)
        self.body.addWidget(self.summary)
        self.counts_model, self.counts = table([
            Column(self.tr("Person"), attrgetter("name")),
            Column(self.tr("Regular"), lambda x: x.counts.regular, **RIGHT),
            Column(self.tr("Evening"), lambda x: x.counts.evening, **RIGHT),
            Column(self.tr("Weekend"), lambda x: x.counts.weekend, **RIGHT),
            Column(self.tr("Total"), lambda x: x.counts.total, **RIGHT, bold=lambda _x: True),
        ], self, "dutyPreviewCounts", stretch=True)
        self.gaps_model, self.gaps = table([
            Column(self.tr("Date"), lambda g: words.day_text(g.day), sort_key=attrgetter("day")),
            Column(self.tr("Shift"), lambda g: self._shift_text(g.template_id)),
            Column(self.tr("Empty seats"), attrgetter("missing"), **RIGHT),
            Column(self.tr("Why"), lambda g: translate_text(GapReason(g.reason).label)),
        ], self, "dutyPreviewGaps")
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.counts)
        split.addWidget(self.gaps)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        self.body.addWidget(split, 1)
        self.holidays = HolidayButtons(self, self.tr("Only through {day}"), self.tr(
            "Only the days whose holidays are known; the rest of the semester once the holidays of the next year "
            "are entered."), lambda day: set_day(self.last, day))
        self.calendar_button, self.known_button = self.holidays.calendar_button, self.holidays.known_button
        self.day_button = DayButton(self, self.gaps, self.gap_target, allowed=lambda: self.result is not None,
                                    not_yet=self.tr("Save the roster first; then a double-click on an empty seat "
                                                    "opens its day in the month."))
        buttons = QHBoxLayout()
        buttons.addWidget(self.holidays)
        buttons.addStretch(1)
        buttons.addWidget(self.day_button)
        self.body.addLayout(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.load)
        for edit in (self.first, self.last):
            edit.dateChanged.connect(lambda _d: self._timer.start())
        self.keep.toggled.connect(lambda _on: self.load())
        self._update_buttons()
        self.load()

    def _shift_text(self, template_id: int) -> str:
        t = self.preview.templates.get(template_id) if self.preview else None
        return f"{t.post} · {t.period} {t.times}" if t else ""

    def gap_target(self, gap) -> DayTarget:
        t = self.preview.templates.get(gap.template_id) if self.preview else None
        return DayTarget(gap.day, t.post_id if t else None, gap.template_id)

    # -- the preview -------------------------------------------------------------------------------------------
    def load(self) -> None:
        self._timer.stop()
        sid, first, last, keep = self.semester.id, picked(self.first), picked(self.last), self.keep.isChecked()
        self.holidays.clear()
        self.start_preview(lambda s: duty_roster.preview_roster(s, sid, first, last, keep_manual=keep))

    def _loaded(self, preview) -> None:
        self.preview = preview
        plan = preview.plan
        gaps = sum(g.missing for g in plan.gaps)
        text = self.tr("{first} to {last}: {seats} seat(s) to fill, {planned} duty(ies) planned, {gaps} seat(s) "
                       "left empty.").format(first=preview.first.isoformat(), last=preview.last.isoformat(),
                                             seats=plan.seats, planned=len(plan.assignments), gaps=gaps)
        parts = [text]
        if preview.replaced:
            parts.append(self.tr("{count} duty(ies) of the range saved before are replaced.").format(
                count=preview.replaced))
        if preview.replaces_published:
            parts.append(self.tr("The roster is published through {day}: saving changes duties the colleagues may "
                                 "already know.").format(day=preview.published_through.isoformat()))
        if plan.conflicts:
            parts.append(self.tr("{count} kept duty(ies) break a rule: see Check and publish.").format(
                count=len(plan.conflicts)))
        if plan.unplanned_days:
            parts.append(self.tr("Make-up workdays without a timetable (choose one in the set-up): {days}.").format(
                days=words.list_text(d.isoformat() for d in plan.unplanned_days)))
        parts.append(self.tr("The counts include the semester's duties outside the range."))
        self.summary.setText(words.sentences(parts))
        self.counts_model.set_rows(list(preview.lines))
        self.gaps_model.set_rows(list(plan.gaps))
        self.gaps.setVisible(bool(plan.gaps))

    def _load_failed(self, error: BaseException) -> None:
        self.preview = None
        self.counts_model.clear()
        self.gaps_model.clear()
        self.summary.clear()
        self.holidays.show_for(error, picked(self.first))
        super()._load_failed(error)

    def ready(self) -> bool:
        return self.preview is not None

    def confirm(self) -> bool:
        """Duties already published (on the door, known to the colleagues) are only replaced when the head says so."""
        count = self.preview.replaces_published if self.preview is not None else 0
        if not count:
            return True
        return dialogs.ask_yes_no(self, self.tr("Change the published roster?"), self.tr(
            "The roster is published through {day}. Saving replaces {count} duty(ies) of the range that the "
            "colleagues may already know; print the month again and tell those whose duties change. Save the new "
            "roster?").format(day=self.preview.published_through.isoformat(), count=count),
            yes_text=self.tr("Save the new roster"), no_text=self.tr("Cancel"))

    def inputs(self):
        return [self.first, self.last, self.keep]

    # -- applying ----------------------------------------------------------------------------------------------
    def apply_call(self, progress):
        preview = self.preview
        return lambda s: duty_roster.apply_roster(s, preview)

    def _applied(self, count: int) -> None:
        text = self.tr("Saved: {count} duty(ies) put on the roster. Check and publish it when it is complete.").format(
            count=count)
        if self.gaps_model.rowCount():
            text = words.sentences([text, self.tr("Double-click an empty seat to fill it by hand in the month.")])
        self.summary.setText(text)
        self.day_button.update_state()
