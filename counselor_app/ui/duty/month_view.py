"""The month tab: the month of one post as a calendar grid (a week a row, Monday first), each day with its shifts,
times and names — what the printed copy on the door shows; the print preview (A4 landscape, the registered
``duty_roster`` document) and the xlsx export of the month; 调整这一天… changes a day's duties by hand."""
from __future__ import annotations

from datetime import date, timedelta

from counselor_app.services import duty_documents, duty_roster
from counselor_app.translation import translate_text
from counselor_app.ui import dialogs
from counselor_app.ui.duty import words
from counselor_app.ui.flow_layout import flow_row
from counselor_app.ui.qt import (
    QAbstractItemView, QColor, QComboBox, QHeaderView, QLabel, QPushButton, Qt, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)
from counselor_app.ui.widgets import tab_leaves

DAY_ROLE = Qt.ItemDataRole.UserRole
OFF_DAY = "#f2f2f2"        # weekends and holidays without duty
GAP_RED = "#b3261e"


def month_start(day: date) -> date:
    return day.replace(day=1)


def add_months(first: date, step: int) -> date:
    n = first.year * 12 + first.month - 1 + step
    return date(n // 12, n % 12 + 1, 1)


class MonthTab(QWidget):
    def __init__(self, page) -> None:
        super().__init__()
        self.page, self.app = page, page.app
        self.first = month_start(date.today())
        self.data = None                   # services.duty_roster.MonthRoster shown
        self.pending = None                # a DayTarget to show once its month is loaded (go_to_day)
        layout = QVBoxLayout(self)
        self.previous = QPushButton("◀")
        self.previous.setToolTip(self.tr("Previous month"))
        self.previous.setObjectName("dutyPreviousMonth")
        self.next = QPushButton("▶")
        self.next.setToolTip(self.tr("Next month"))
        self.next.setObjectName("dutyNextMonth")
        for b in (self.previous, self.next):
            b.setFixedWidth(36)
        self.previous.clicked.connect(lambda _c=False: self.go(-1))
        self.next.clicked.connect(lambda _c=False: self.go(1))
        self.month_label = QLabel()
        self.month_label.setObjectName("dutyMonthLabel")
        self.month_label.setMinimumWidth(110)
        self.month_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.post = QComboBox()
        self.post.setObjectName("dutyPost")
        self.post.setMinimumContentsLength(10)
        self.post.currentIndexChanged.connect(lambda _i: self.show_grid())
        self.published = QLabel()
        self.published.setObjectName("hint")
        self.edit_button = QPushButton(self.tr("Change this day…"))
        self.edit_button.setObjectName("dutyEditDay")
        self.edit_button.setToolTip(self.tr("Put someone on a shift of the chosen day, give a duty to someone else, "
                                            "or take someone off duty. Changes made by hand are kept when the "
                                            "roster is generated again."))
        self.edit_button.clicked.connect(lambda _c=False: self.edit_day())
        self.print_button = QPushButton(self.tr("Print preview…"))
        self.print_button.setObjectName("dutyPrint")
        self.print_button.clicked.connect(lambda _c=False: self.print_month())
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.setObjectName("dutyExport")
        self.export_button.clicked.connect(lambda _c=False: self.export_month())
        bar = flow_row([self.previous, self.month_label, self.next, QLabel(self.tr("Post:")), self.post,
                        self.published, None, self.edit_button, self.print_button, self.export_button])
        layout.addLayout(bar)
        self.grid = tab_leaves(QTableWidget(0, 7))   # the arrows move between the days
        self.grid.setObjectName("dutyMonthGrid")
        self.grid.setHorizontalHeaderLabels([words.weekday(n) for n in range(7)])
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().hide()
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setWordWrap(True)
        self.grid.itemSelectionChanged.connect(self._selection_changed)
        self.grid.itemDoubleClicked.connect(lambda _item: self.edit_day())
        layout.addWidget(self.grid, 1)
        self._selection_changed()

    # -- loading -----------------------------------------------------------------------------------------------
    def go(self, step: int) -> None:
        self.first = add_months(self.first, step)
        self.refresh()

    def show_month(self, day: date) -> None:
        self.first = month_start(day)
        self.refresh()

    def go_to_day(self, target) -> None:
        """A row of the generate or publish dialog (ui/duty/dialog_buttons.DayTarget): this tab on the target's
        month, its post and day chosen, and — when it names a shift — 调整这一天 open on that shift."""
        self.pending = target
        self.first = month_start(target.day)
        if self.page.tabs.currentWidget() is self:
            self.refresh()
        else:
            self.page.tabs.setCurrentWidget(self)          # the tab refreshes when it comes forward

    def _show_pending(self) -> None:
        target = self.pending
        if target is None or self.data is None or (self.data.year, self.data.month) != (target.day.year,
                                                                                          target.day.month):
            return
        self.pending = None
        if target.post_id is not None and self.post.findData(target.post_id) >= 0:
            self.post.setCurrentIndex(self.post.findData(target.post_id))
        self.select_day(target.day)
        self.grid.setFocus()
        if target.template_id is not None:
            self.edit_day(target.template_id, target.staff_id)

    def follow_semester(self, semester) -> None:
        """Another semester chosen at the top: its month of today, else its first month (not the month shown
        before, which may lie in another semester). Loaded when the tab refreshes."""
        if month_start(semester.start) <= self.first <= semester.end:
            return
        today = date.today()
        self.first = month_start(today if semester.start <= today <= semester.end else semester.start)

    def refresh(self) -> None:
        year, month = self.first.year, self.first.month
        self.month_label.setText(self.tr("{month}/{year}").format(year=year, month=month))
        self.app.worker.run(lambda s: duty_roster.month_roster(s, year, month, tr=translate_text), self._loaded,
                            lambda e: dialogs.show_error(self, e), context=self)

    def _loaded(self, data) -> None:
        kept = self.selected_day()   # a reload (a change saved meanwhile) keeps the day the user chose
        self.data = data
        chosen = self.post.currentData()
        posts = [(p.post_id, p.post) for p in data.posts]
        if self.page.setup is not None:
            known = {pid for pid, _n in posts}
            posts += [(p.id, p.name) for p in self.page.setup.posts if p.active and p.id not in known]
        self.post.blockSignals(True)
        self.post.clear()
        for pid, name in posts:
            self.post.addItem(name, pid)
        if chosen is not None and self.post.findData(chosen) >= 0:
            self.post.setCurrentIndex(self.post.findData(chosen))
        self.post.blockSignals(False)
        self.published.setText(self.tr("Published") if data.published else
                               self.tr("Draft: not published yet") if data.posts else self.tr("No duties this month"))
        self.show_grid()
        if kept is not None:
            self.select_day(kept)
        self._show_pending()

    def post_month(self):
        if self.data is None:
            return None
        pid = self.post.currentData()
        return next((p for p in self.data.posts if p.post_id == pid), None)

    def show_grid(self) -> None:
        self.grid.clearContents()
        first = self.first
        last = add_months(first, 1) - timedelta(days=1)
        start = first - timedelta(days=first.weekday())
        weeks = ((last - start).days // 7) + 1
        self.grid.setRowCount(weeks)
        post = self.post_month()
        days = post.days if post is not None else {}
        notes = self.data.notes if self.data is not None else {}
        for n in range((last - start).days + 1):
            day = start + timedelta(days=n)
            if day < first:
                continue
            item = QTableWidgetItem(self.cell_text(day, days.get(day, ()), notes.get(day)))
            item.setData(DAY_ROLE, day)
            item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            lines = days.get(day, ())
            if any(len(line.names) < line.heads for line in lines):
                item.setForeground(QColor(GAP_RED))
                item.setToolTip(self.tr("A shift of this day still has an empty seat."))
            elif not lines:
                item.setBackground(QColor(OFF_DAY))
            self.grid.setItem(n // 7, n % 7, item)
        self.grid.resizeRowsToContents()
        self._selection_changed()

    def cell_text(self, day: date, lines, note) -> str:
        out = [str(day.day)]
        makeup = next((m for m in self.page.setup.makeup_days if m.day == day), None) if self.page.setup else None
        if makeup is not None and makeup.timetable is not None:   # 调休上班（按星期三课表）, as on the door
            note = translate_text(duty_documents.MAKEUP_FOLLOWS).format(weekday=words.weekday(makeup.timetable))
        if note:
            out[0] += "  " + (translate_text(note) if hasattr(note, "context") else str(note))
        for line in lines:
            names = words.names_text(line.names)
            empty = line.heads - len(line.names)
            if empty > 0:
                gap = self.tr("{count} empty").format(count=empty)
                names = f"{names}  [{gap}]" if names else f"[{gap}]"
            out.append(f"{line.period} {line.times}\n  {names}")
        return "\n".join(out)

    # -- the chosen day ----------------------------------------------------------------------------------------
    def selected_day(self) -> date | None:
        items = self.grid.selectedItems()
        return items[0].data(DAY_ROLE) if items else None

    def select_day(self, day: date) -> None:
        for r in range(self.grid.rowCount()):
            for c in range(7):
                item = self.grid.item(r, c)
                if item is not None and item.data(DAY_ROLE) == day:
                    self.grid.setCurrentItem(item)
                    return

    def _selection_changed(self) -> None:
        self.edit_button.setEnabled(self.selected_day() is not None and self.post.currentData() is not None)

    def edit_day(self, template_id: int | None = None, staff_id: int | None = None) -> None:
        """调整这一天 for the chosen day and post; ``template_id`` (and ``staff_id``): the shift (and whose duty on
        it, else an empty seat) chosen in the form at first."""
        from counselor_app.ui.duty.day_dialog import DayDialog

        day, post_id = self.selected_day(), self.post.currentData()
        if day is None or post_id is None or self.page.setup is None:
            return
        post = self.post_month()
        lines = post.days.get(day, ()) if post is not None else ()
        self.page.editor = DayDialog(self.page, day, post_id, self.post.currentText(), lines)
        if template_id is not None:
            self.page.editor.choose(template_id, staff_id)
        self.page.editor.open()

    # -- print and export ---------------------------------------------------------------------------------------
    def month_text(self) -> str:
        return f"{self.first.year}-{self.first.month:02}"

    def print_month(self) -> None:
        from counselor_app.services import documents
        from counselor_app.ui.print_preview import open_document

        month = self.month_text()
        title = self.tr("Duty roster {month}").format(month=month)
        open_document(self.app, self.page, title, "duty_roster",
                      lambda s: documents.build_document(s, "duty_roster", tr=translate_text, month=month),
                      default_name=title)

    def export_month(self) -> None:
        first = self.first
        last = add_months(first, 1) - timedelta(days=1)
        name = self.tr("Duty roster {month}").format(month=self.month_text())
        path = dialogs.get_save_file_name(self, self.tr("Export the month"), name + ".xlsx",
                                          self.tr("Excel workbooks (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        from pathlib import Path

        self.app.worker.run(
            lambda s: duty_documents.export_duty(s, first, last, Path(path), tr=translate_text),
            lambda count: dialogs.show_info(self, self.tr("Exported"), self.tr(
                "{count} shift(s) were exported to {path}.").format(count=count, path=path)),
            lambda e: dialogs.show_error(self, e), context=self)

    def clear_data(self) -> None:
        self.data = None
        self.grid.clearContents()
        self.post.clear()
        self.published.clear()
