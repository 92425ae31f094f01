"""校历: school years and semesters, and a month view of the holidays and make-up workdays (调休) of a semester.

The statutory days come from the built-in calendar (the chinesecalendar package); for a year it does not cover the
page says so and the office enters or imports the days itself. Everything goes through the worker.
"""
from __future__ import annotations

from datetime import date

from counselor_app.domain.holidays import Source
from counselor_app.domain.roles import Permission, allows
from counselor_app.services import school_calendar as calendar_service
from counselor_app.ui import dialogs
from counselor_app.ui.flow_layout import flow_row, together
from counselor_app.ui.models import Column, RowsModel
from counselor_app.ui.pages import Page
from counselor_app.ui.pages.calendar_dialogs import CalendarImportDialog, DayDialog, YearDialog
from counselor_app.ui.pages.calendar_month import MonthModel, TodayFrame, describe
from counselor_app.ui.qt import (
    QAbstractItemView, QComboBox, QCoreApplication, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QTableView, Qt, QVBoxLayout, QWidget,
)
from counselor_app.ui.widgets import page_title, row_table

NOTICE_STYLE = "background: #fff4ce; border: 1px solid #e6c96a; border-radius: 4px; padding: 6px 8px; color: #5c4400;"


def semester_name(number: int) -> str:
    return {1: QCoreApplication.translate("Calendar", "First semester"),
            2: QCoreApplication.translate("Calendar", "Second semester")}.get(number, str(number))


def span(start: date, end: date) -> str:
    return f"{start.isoformat()} – {end.isoformat()}"


class CalendarPage(Page):
    key = "calendar"
    permission = Permission.VIEW_REGISTER
    cares_about = frozenset({"register", "calendar"})

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("Pages", "School calendar")

    def __init__(self, app) -> None:
        super().__init__(app)
        self.years: list = []
        self.view: calendar_service.YearCalendar | None = None
        self.selected_year_id: int | None = None
        self.selected_day: date | None = None
        self.month = (date.today().year, date.today().month)
        self.can_edit = app.user is not None and allows(app.user.role, Permission.EDIT_REGISTER)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.title()))
        layout.addWidget(self._years_box())
        layout.addWidget(self._month_box(), 1)

    # -- building ------------------------------------------------------------------------------------------------
    def _years_box(self) -> QWidget:
        box = QGroupBox(self.tr("School years and semesters"))
        layout = QHBoxLayout(box)
        self.years_model = RowsModel([
            Column(self.tr("School year"), lambda y: y.name),
            Column(self.tr("Dates"), lambda y: span(y.start, y.end)),
            *[Column(semester_name(n), lambda y, n=n: next((span(s.start, s.end) for s in y.semesters
                                                              if s.number == n), "—")) for n in (1, 2)],
        ], self)
        self.years_table = row_table(self.years_model)
        self.years_table.setObjectName("yearsTable")
        self.years_table.setMaximumHeight(8 * self.fontMetrics().lineSpacing() + 20)
        self.years_table.selectionModel().currentRowChanged.connect(self._year_chosen)
        self.years_table.doubleClicked.connect(lambda _i: self.edit_year())
        layout.addWidget(self.years_table, 1)
        # Room for further year actions: the year rollover adds its button to this column.
        self.year_buttons = QVBoxLayout()
        self.add_year_button = QPushButton(self.tr("Add school year…"))
        self.edit_year_button = QPushButton(self.tr("Edit…"))
        self.add_year_button.clicked.connect(self.add_year)
        self.edit_year_button.clicked.connect(self.edit_year)
        for b in (self.add_year_button, self.edit_year_button):
            b.setVisible(self.can_edit)
            self.year_buttons.addWidget(b)
        self.year_buttons.addStretch(1)
        layout.addLayout(self.year_buttons)
        return box

    def _month_box(self) -> QWidget:
        box = QGroupBox(self.tr("Holidays and make-up workdays"))
        layout = QVBoxLayout(box)
        self.semester = QComboBox()
        self.semester.setObjectName("semesterChoice")
        self.semester.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.semester.currentIndexChanged.connect(self._semester_chosen)
        self.prev_button, self.next_button = QPushButton("‹"), QPushButton("›")
        self.prev_button.setToolTip(self.tr("Previous month"))
        self.next_button.setToolTip(self.tr("Next month"))
        for b in (self.prev_button, self.next_button):
            b.setFixedWidth(36)
        self.prev_button.clicked.connect(lambda: self.step_month(-1))
        self.next_button.clicked.connect(lambda: self.step_month(1))
        self.month_label = QLabel()
        self.month_label.setObjectName("monthLabel")
        self.month_label.setMinimumWidth(110)
        self.month_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        layout.addLayout(flow_row([self.semester, self.summary, None,   # wraps in a narrow window, ‹ month › as one
                                   together(self.prev_button, self.month_label, self.next_button)]))
        self.notice = QLabel()
        self.notice.setObjectName("calendarNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.hide()
        layout.addWidget(self.notice)
        self.month_model = MonthModel(self)
        self.grid = QTableView()
        self.grid.setObjectName("monthGrid")
        self.grid.setModel(self.month_model)
        self.grid.setItemDelegate(TodayFrame(self.grid))
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setTabKeyNavigation(False)   # the arrows move between the days; Tab leaves the month
        self.grid.verticalHeader().hide()
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.setMinimumHeight(6 * 2 * self.fontMetrics().lineSpacing() + 60)
        self.grid.setWordWrap(True)
        self.grid.selectionModel().currentChanged.connect(self._day_chosen)
        self.grid.doubleClicked.connect(lambda _i: self.add_day())
        layout.addWidget(self.grid, 1)
        legend = QLabel(self.tr("<span style='background:#fde2e1;color:#b3261e'>&nbsp;Holiday&nbsp;</span>&nbsp; "
                                "<span style='background:#dbeafe;color:#1d4ed8'>&nbsp;Make-up workday&nbsp;</span>"
                                "&nbsp; <span style='background:#eef1f4'>&nbsp;Weekend&nbsp;</span>&nbsp; "
                                "<b>bold</b>: entered by the office &nbsp; <span style='color:#9aa5b1'>grey</span>: "
                                "outside the semesters &nbsp; <span style='color:#2f6fae'><b>blue frame</b></span>: "
                                "today"))
        legend.setObjectName("hint")
        legend.setWordWrap(True)
        layout.addWidget(legend)
        self.day_label = QLabel()
        self.day_label.setObjectName("dayLabel")
        self.day_label.setWordWrap(True)
        layout.addWidget(self.day_label)
        self.add_day_button = QPushButton(self.tr("Add holiday or make-up workday…"))
        self.remove_day_button = QPushButton(self.tr("Remove the office's entry"))
        self.import_button = QPushButton(self.tr("Import from file…"))
        self.import_button.setToolTip(self.tr("A csv or xlsx file with the columns 日期, 类型 (放假 or 补班) and 名称."))
        self.add_day_button.clicked.connect(self.add_day)
        self.remove_day_button.clicked.connect(self.remove_day)
        self.import_button.clicked.connect(self.import_days)
        for b in (self.add_day_button, self.remove_day_button, self.import_button):
            b.setVisible(self.can_edit)
        layout.addLayout(flow_row([self.add_day_button, self.remove_day_button, self.import_button]))
        self._update_buttons()
        return box

    # -- loading -------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.app.worker.run(calendar_service.list_school_years, self.show_years, context=self)

    def clear_data(self) -> None:
        self.years, self.view = [], None
        self.years_model.clear()
        self.month_model.clear()
        self.semester.clear()
        for label in (self.summary, self.day_label, self.notice, self.month_label):
            label.clear()
        self.notice.hide()
        self._update_buttons()

    def show_years(self, years: list) -> None:
        self.years = years
        self.years_model.set_rows(years)
        if not years:
            self.view = None
            self.month_model.clear()
            self.summary.setText(self.tr("No school year yet. Add one to see its calendar."))
            self._update_buttons()
            return
        today = date.today()
        wanted = self.selected_year_id
        row = next((i for i, y in enumerate(years) if y.id == wanted), None)
        if row is None:
            row = next((i for i, y in enumerate(years) if y.start <= today <= y.end), 0)
        current = self.years_table.currentIndex()
        if current.isValid() and current.row() == row:
            self.load_year(years[row].id)   # the same row stays selected: no signal, so reload by hand
        else:
            self.years_table.selectRow(row)

    def _year_chosen(self, current, _previous) -> None:
        year = self.years_model.row_at(current)
        if year is not None:
            self.selected_year_id = year.id
            self.load_year(year.id)

    def load_year(self, year_id: int) -> None:
        self.app.worker.run(lambda s: calendar_service.year_calendar(s, year_id), self.show_year, context=self)

    def show_year(self, view: calendar_service.YearCalendar) -> None:
        self.view = view
        year = view.year
        today = date.today()
        keep = self.semester.currentData()
        self.semester.blockSignals(True)
        self.semester.clear()
        for s in year.semesters:
            self.semester.addItem(self.tr("{semester} ({dates})").format(semester=semester_name(s.number),
                                                                          dates=span(s.start, s.end)), s.number)
        self.semester.addItem(self.tr("Whole school year"), 0)
        index = self.semester.findData(keep) if keep is not None else -1
        if index < 0:
            index = next((i for i, s in enumerate(year.semesters) if s.start <= today <= s.end), 0)
        self.semester.setCurrentIndex(index)
        self.semester.blockSignals(False)
        self._show_notice(view)
        self.summary.setText(self.tr("School days: {list}").format(list="  ".join(
            self.tr("{semester} {count}").format(semester=semester_name(n), count=c)
            for n, c in sorted(view.school_days.items()))))
        first, last = self.shown_span()
        focus = self.selected_day if self.selected_day and first <= self.selected_day <= last else None
        focus = focus or (today if first <= today <= last else first)
        self.show_month(focus.year, focus.month)

    def _show_notice(self, view: calendar_service.YearCalendar) -> None:
        parts = []
        for y in view.uncovered:
            count = view.office_days.get(y, 0)
            if count:
                parts.append(self.tr("{year} is not covered by the built-in holiday calendar. The {count} day(s) "
                                     "entered by the office are used; check them against the State Council's "
                                     "notice.").format(year=y, count=count))
            else:
                parts.append(self.tr("{year} is not covered by the built-in holiday calendar yet. Enter or import "
                                     "that year's holidays and make-up workdays (from the State Council's notice); "
                                     "until then only Saturdays and Sundays count as days off.").format(year=y))
        self.notice.setText("\n".join(parts))
        self.notice.setVisible(bool(parts))

    # -- the month -----------------------------------------------------------------------------------------------
    def shown_span(self) -> tuple[date, date]:
        """The semester chosen (or the whole year) whose months can be shown."""
        year = self.view.year
        number = self.semester.currentData()
        chosen = next((s for s in year.semesters if s.number == number), None)
        return (chosen.start, chosen.end) if chosen else (year.start, year.end)

    def show_month(self, year: int, month: int) -> None:
        self.month = (year, month)
        self.month_model.show_month(self.view.calendar if self.view else None, year, month)
        self.month_label.setText(self.tr("{month}/{year}").format(year=year, month=month))
        if self.selected_day and (self.selected_day.year, self.selected_day.month) == (year, month):
            self.grid.setCurrentIndex(self.month_model.index_of(self.selected_day))
        else:
            self.day_label.clear()
        self._update_buttons()

    def step_month(self, step: int) -> None:
        year, month = self.month
        month += step
        year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
        self.show_month(year, month)

    def _semester_chosen(self) -> None:
        if self.view is None:
            return
        first, _last = self.shown_span()
        self.show_month(first.year, first.month)

    def _day_chosen(self, current, _previous) -> None:
        day = self.month_model.day_at(current)
        self.selected_day = day
        self.day_label.setText(describe(self.view.calendar.day(day)) if day and self.view else "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        have = self.view is not None
        if have:
            first, last = self.shown_span()
            self.prev_button.setEnabled(self.month > (first.year, first.month))
            self.next_button.setEnabled(self.month < (last.year, last.month))
        else:
            self.prev_button.setEnabled(False)
            self.next_button.setEnabled(False)
        self.edit_year_button.setEnabled(have)
        self.add_day_button.setEnabled(have)
        day = self.selected_day
        self.remove_day_button.setEnabled(have and day is not None
                                          and self.view.calendar.day(day).source is Source.OFFICE)

    # -- actions -------------------------------------------------------------------------------------------------
    def add_year(self) -> None:
        self.dialog = YearDialog(self)
        self.dialog.open()

    def edit_year(self) -> None:
        if self.view is not None:
            self.dialog = YearDialog(self, self.view.year)
            self.dialog.open()

    def add_day(self) -> None:
        if self.view is None or not self.can_edit:
            return
        self.dialog = DayDialog(self, self.selected_day or self.shown_span()[0])
        self.dialog.open()

    def remove_day(self) -> None:
        day = self.selected_day
        if day is None or not dialogs.ask_yes_no(
                self, self.tr("Remove the office's entry"),
                self.tr("Remove the office's entry for {day}? The built-in calendar (or the usual week) applies to "
                        "that day again.").format(day=day.isoformat()), yes_text=self.tr("Remove")):
            return
        self.app.worker.run(lambda s: calendar_service.remove_office_day(s, day), None,
                            lambda e: dialogs.show_error(self, e), context=self)

    def import_days(self) -> None:
        """The import preview (as for rosters); the page refreshes itself when days were imported."""
        self.dialog = CalendarImportDialog(self)
        self.dialog.open()
        self.dialog.choose_file()
