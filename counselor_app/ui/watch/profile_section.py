"""The student profile's 重点关注 section: the student's watch-list entries (services.watch_detail.watch_section,
no clinical text), newest first, each with its level colour, state, dates and what is overdue; 打开 (or a
double-click) opens the entry window, 纳入重点关注… opens the new-entry dialog for this student when they have no
open entry and the user may edit the watch list.

Imported by ui/profile_sections.py (which defines SectionWidget) when that module is loaded: import that one first.
"""
from __future__ import annotations

from operator import attrgetter

from counselor_app.domain import watch as rules
from counselor_app.domain.areas import Area
from counselor_app.services import watch_detail, watch_loop
from counselor_app.translation import translate_text
from counselor_app.ui.models import Column, RowsModel
from counselor_app.ui.profile_sections import SectionWidget
from counselor_app.ui.qt import QHBoxLayout, QPushButton
from counselor_app.ui.watch import list_words as words
from counselor_app.ui.widgets import row_table, selected_row


class WatchSection(SectionWidget):
    def __init__(self, profile) -> None:
        super().__init__(profile)
        self.summary = None
        self.levels: dict = {}
        self.dialog = self.entry_window = None
        self.empty = self.empty_hint()
        lv = self.levels
        self.model = RowsModel([
            Column(self.tr("Level"), lambda r: words.level_name(lv, r.level),
                   background=lambda r: words.level_background(lv, r.level)),
            Column(self.tr("State"), lambda r: words.state_text(r.state, r.close_requested)),
            Column(self.tr("Severity"), lambda r: words.severity_text(r.severity)),
            Column(self.tr("Opened"), attrgetter("opened_on")),
            Column(self.tr("Next review"), lambda r: "" if r.state == rules.State.CLOSED else r.next_review,
                   colour=lambda r: words.OVERDUE_RED if rules.Overdue.REVIEW in r.overdue else None),
            Column(self.tr("Closed"), lambda r: r.closed_on or ""),
            Column(self.tr("Overdue"), lambda r: words.overdue_text(r.overdue),
                   colour=lambda r: words.OVERDUE_RED if r.overdue else None),
            Column(self.tr("Responsible"), attrgetter("responsible_names")),
        ], self)
        self.table = row_table(self.model, stretch=False)
        self.table.setObjectName("profileWatch")
        self.table.setWordWrap(False)
        self.table.doubleClicked.connect(lambda index: self.open_entry(self.model.row_at(index)))
        self.body.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open entry"))
        self.open_button.setObjectName("profileWatchOpen")
        self.open_button.clicked.connect(lambda _c=False: self.open_entry(selected_row(self.table)))
        self.new_button = QPushButton(self.tr("Put on the watch list…"))
        self.new_button.setObjectName("profileWatchNew")
        self.new_button.clicked.connect(self.new_entry)
        self.new_button.hide()
        row.addWidget(self.open_button)
        row.addStretch(1)
        row.addWidget(self.new_button)
        self.body.addLayout(row)
        self.table.selectionModel().selectionChanged.connect(self._selection)
        self.model.modelReset.connect(self._selection)
        self._selection()
        self.profile.app.worker.changed.connect(self._changed)

    def show_data(self, summary) -> None:
        self.summary = summary
        entries = list(summary.entries)
        self.model.set_rows(entries)
        if entries:
            self.table.selectRow(0)
        self.table.setVisible(bool(entries))
        self.open_button.setVisible(bool(entries))
        self.empty.setVisible(not entries)
        self.empty.setText(self.tr("This student has never been on the watch list."))
        has_open = any(r.state != rules.State.CLOSED for r in entries)
        self.new_button.setVisible(summary.may_edit and not has_open)
        if not self.levels:
            self.profile.app.worker.run(lambda s: watch_loop.levels(s, all_levels=True), self._levels, context=self)

    def _levels(self, levels) -> None:
        self.levels.update(words.level_map(levels))
        self.model.values_changed()
        if self.model.rows:
            self.table.selectRow(0)

    def _selection(self, *_args) -> None:
        self.open_button.setEnabled(selected_row(self.table) is not None)

    def open_entry(self, row) -> None:
        if row is None:
            return
        from counselor_app.ui.pages.watch_page import open_watch_entry

        self.entry_window = open_watch_entry(self.profile.app, row.id, self.profile)

    def new_entry(self) -> None:
        from counselor_app.ui.watch.new_entry_dialog import NewEntryDialog

        header = self.profile.header
        label = " ".join(x for x in (header.student_no, header.name, header.klass) if x) if header else ""
        self.dialog = NewEntryDialog(self.profile, self.profile.app, self.profile.student_id, label)
        self.dialog.open()

    def _changed(self, changes) -> None:
        """An entry of the list changed (opened here, or in the entry window): this section again (one look)."""
        app = self.profile.app
        if Area.WATCH in changes and self.profile.isVisible() and not app.locked and self.summary is not None:
            sid = self.profile.student_id
            app.worker.run(lambda s: watch_detail.watch_section(s, sid, tr=translate_text), self.load,
                           context=self)

    def clear(self) -> None:
        self.summary = None
        self.model.clear()
        self.empty.hide()
        self.new_button.hide()
