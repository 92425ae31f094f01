"""Dialogs of the school calendar page: a school year with its two semesters; a holiday or make-up workday; the
import of such days from a file (the table import's preview, as for rosters)."""
from __future__ import annotations

from datetime import date

from counselor_app.domain.calendar import school_year_for
from counselor_app.domain.calendar_table import CALENDAR_DAYS
from counselor_app.services import school_calendar as calendar_service
from counselor_app.ui.qt import (
    QComboBox, QDate, QDateEdit, QDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout,
)
from counselor_app.ui.table_import_dialog import TableImportDialog
from counselor_app.ui.widgets import form_footer, show_failure


def date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(QDate(2000, 1, 1))
    edit.setMaximumDate(QDate(2100, 12, 31))
    return edit


def picked(edit: QDateEdit) -> date:
    return edit.date().toPython()


def suggested_year(years: list) -> calendar_service.YearEdit:
    """The usual school year after the newest one (or the one of today): 1 September to 31 August."""
    day = date(years[0].end.year, 9, 1) if years else date.today()
    name, start, end, semesters = school_year_for(day)
    return calendar_service.YearEdit(name, start, end, tuple((s, e) for _n, s, e in semesters))


class YearDialog(QDialog):
    """Add a school year, or change one; the service checks the dates and overlaps and says what is wrong."""

    def __init__(self, page, year=None) -> None:
        super().__init__(page)
        self.page = page
        self.year_id = year.id if year is not None else None
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit school year") if year is not None else self.tr("Add a school year"))
        self.setMinimumWidth(480)
        if year is not None:
            values = calendar_service.YearEdit(year.name, year.start, year.end,
                                               tuple((s.start, s.end) for s in year.semesters))
        else:
            values = suggested_year(page.years)
        semesters = list(values.semesters) + [(values.start, values.end)] * (2 - len(values.semesters))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(values.name)
        self.name.setObjectName("yearName")
        self.name.setPlaceholderText(self.tr("e.g. 2026-2027"))
        self.start, self.end = date_edit(values.start), date_edit(values.end)
        form.addRow(self.tr("School year:"), self.name)
        form.addRow(self.tr("From:"), self.start)
        form.addRow(self.tr("To:"), self.end)
        layout.addLayout(form)
        self.semesters: list[tuple[QDateEdit, QDateEdit]] = []
        for title, (s, e) in zip((self.tr("First semester"), self.tr("Second semester")), semesters):
            box = QGroupBox(title)
            row = QHBoxLayout(box)
            first, last = date_edit(s), date_edit(e)
            row.addWidget(QLabel(self.tr("From:")))
            row.addWidget(first)
            row.addWidget(QLabel(self.tr("to:")))
            row.addWidget(last)
            row.addStretch(1)
            layout.addWidget(box)
            self.semesters.append((first, last))
        hint = QLabel(self.tr("A semester runs from its first to its last day of teaching; holidays between "
                              "them are taken from the calendar."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.error, self.buttons = form_footer(self, layout)

    def edit(self) -> calendar_service.YearEdit:
        return calendar_service.YearEdit(self.name.text(), picked(self.start), picked(self.end),
                                         tuple((picked(a), picked(b)) for a, b in self.semesters))

    def submit(self) -> None:
        edit, year_id = self.edit(), self.year_id
        self.buttons.setEnabled(False)
        self.page.app.worker.run(lambda s: calendar_service.save_school_year(s, edit, year_id), self._done,
                                 self._failed, context=self)

    def _done(self, year_id: int) -> None:
        self.saved_id = year_id
        self.page.selected_year_id = year_id
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_failure(self.error, self, error)


class DayDialog(QDialog):
    """Enter a holiday or a make-up workday the built-in calendar does not know (or the school's own change)."""

    def __init__(self, page, day: date) -> None:
        super().__init__(page)
        self.page = page
        self.setWindowTitle(self.tr("Holiday or make-up workday"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.day = date_edit(day)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Holiday (放假)"), "holiday")
        self.kind.addItem(self.tr("Make-up workday (补班)"), "workday")
        self.kind.setCurrentIndex(1 if day.weekday() >= 5 else 0)
        self.name = QLineEdit()
        self.name.setObjectName("dayName")
        self.name.setMaxLength(calendar_service.NAME_MAX)
        self.name.setPlaceholderText(self.tr("e.g. 春节 or 国庆节补班"))
        form.addRow(self.tr("Date:"), self.day)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Name:"), self.name)
        layout.addLayout(form)
        hint = QLabel(self.tr("An entry of the office replaces the built-in calendar for that date."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.error, self.buttons = form_footer(self, layout)

    def submit(self) -> None:
        day, kind, name = picked(self.day), self.kind.currentData(), self.name.text()
        self.buttons.setEnabled(False)
        self.page.app.worker.run(lambda s: calendar_service.add_office_day(s, day, kind, name), self._done,
                                 self._failed, context=self)

    def _done(self, _r) -> None:
        self.page.selected_day = picked(self.day)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_failure(self.error, self, error)


class CalendarImportDialog(TableImportDialog):
    """Holidays and make-up workdays from a csv or xlsx file (日期, 类型 放假/补班, 名称): the header row found, the
    column mapping, every row's verdict with its row number in Excel, then all or nothing (or the valid rows)."""

    def __init__(self, page, path: str | None = None) -> None:
        super().__init__(page, page.app, CALENDAR_DAYS.name, calendar_service.preview_office_days,
                         calendar_service.import_office_days, path=path)
        self.setWindowTitle(self.tr("Import holidays and make-up workdays"))

    def result_text(self, result: calendar_service.ImportedDays) -> str:
        text = self.tr("{count} day(s) imported for {years}.").format(
            count=result.count, years=", ".join(str(y) for y in result.years))
        left_out = len(self.preview.rejected)
        return text + (" " + self.tr("{count} invalid row(s) left out.").format(count=left_out) if left_out else "")
