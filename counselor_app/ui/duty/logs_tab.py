"""Two tabs of the duty page: 值班记录 (the past shifts of the last 30 days without a signed log — begun or not — and
the log of each) and 公平统计 (the semester's duties per person and kind: regular, evening, weekend)."""
from __future__ import annotations

from operator import attrgetter

from counselor_app.services import duty_log, duty_roster
from counselor_app.ui.duty import words
from counselor_app.ui.duty.rows_tab import RowsTab
from counselor_app.ui.models import Column
from counselor_app.ui.qt import QCheckBox, QLabel

RIGHT = dict(align_right=True)
LATE_RED = "#b3261e"


class LogsTab(RowsTab):
    def __init__(self, page) -> None:
        super().__init__(page)
        self.table.setObjectName("dutyMissingLogs")
        intro = QLabel(self.tr("Past duties of the last 30 days whose log is not signed yet."))
        intro.setObjectName("hint")
        self.bar.addWidget(intro, 1)
        self.only_mine = QCheckBox(self.tr("Only mine"))
        self.only_mine.setObjectName("dutyLogsMine")
        self.only_mine.toggled.connect(lambda _on: self.show_rows(self.all_rows))
        self.bar.addWidget(self.only_mine)
        self.all_rows: list = []
        self.log_button = self.row_button(self.tr("Write the log…"), self.open_log, "dutyWriteLog")
        self.buttons.addStretch(1)

    def columns(self):
        return [Column(self.tr("Date"), lambda m: words.day_text(m.day), sort_key=attrgetter("day")),
                Column(self.tr("Post"), attrgetter("post")),
                Column(self.tr("Shift"), lambda m: f"{m.period} {m.times}"),
                Column(self.tr("On duty"), attrgetter("name")),
                Column(self.tr("Log"), lambda m: self.tr("begun, not signed") if m.written else self.tr("missing"),
                       colour=lambda m: None if m.written else LATE_RED)]

    def loader(self):
        return lambda s: duty_log.missing_logs(s)

    def show_rows(self, rows) -> None:
        self.all_rows = list(rows)
        own = self.app.user.staff_id if self.app.user is not None else None
        shown = [r for r in self.all_rows if r.staff_id == own] if self.only_mine.isChecked() else self.all_rows
        super().show_rows(shown)

    def count_text(self, rows) -> str:
        return self.tr("{count} log(s) to write or sign.").format(count=len(rows))

    def open_row(self, row) -> None:
        if row is not None:
            self.open_log(row)

    def open_log(self, row) -> None:
        from counselor_app.ui.duty.log_dialog import LogDialog

        self.page.editor = LogDialog(self.page, self.app, row.assignment_id)
        self.page.editor.open()


class FairnessTab(RowsTab):
    stretch = True

    def __init__(self, page) -> None:
        super().__init__(page)
        self.table.setObjectName("dutyFairness")
        intro = QLabel(self.tr("The semester's duties per person; evening and weekend duties are counted apart so "
                               "that nobody carries all of them."))
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        self.bar.addWidget(intro, 1)

    def columns(self):
        return [Column(self.tr("Person"), attrgetter("name")),
                Column(self.tr("Regular"), lambda x: x.counts.regular, **RIGHT),
                Column(self.tr("Evening"), lambda x: x.counts.evening, **RIGHT),
                Column(self.tr("Weekend"), lambda x: x.counts.weekend, **RIGHT),
                Column(self.tr("Total"), lambda x: x.counts.total, **RIGHT, bold=lambda _x: True)]

    def loader(self):
        sid = self.page.semester_id()
        return None if sid is None else (lambda s: duty_roster.fairness(s, sid))

    def count_text(self, rows) -> str:
        if not rows:
            return self.tr("Nobody is on the duty list of this semester yet (Set-up → Duty list…).")
        totals = [r.counts.total for r in rows]
        if not any(totals):
            return self.tr("No duties in this semester yet: generate the roster.")
        return self.tr("{people} people · from {low} to {high} duties each").format(
            people=len(rows), low=min(totals), high=max(totals))
