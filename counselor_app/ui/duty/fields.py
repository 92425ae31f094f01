"""Small fields the duty dialogs share: a date field with a calendar, a time field, a table of plain rows."""
from __future__ import annotations

from datetime import date, time

from counselor_app.ui.models import RowsModel
from counselor_app.ui.qt import QDate, QDateEdit, QTime, QTimeEdit
from counselor_app.ui.widgets import row_table


def day_edit(day: date, name: str = "") -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(QDate(day.year, day.month, day.day))
    return edit


def picked(edit: QDateEdit) -> date:
    return edit.date().toPython()


def set_day(edit: QDateEdit, day: date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


def time_edit(value: time | None, name: str = "") -> QTimeEdit:
    edit = QTimeEdit()
    edit.setObjectName(name)
    edit.setDisplayFormat("HH:mm")
    if value is not None:
        edit.setTime(QTime(value.hour, value.minute))
    return edit


def clock(edit: QTimeEdit) -> str:
    return edit.time().toString("HH:mm")


def table(columns, parent=None, name: str = "", stretch: bool = False):
    """(model, view) of plain rows (ui/models.RowsModel), read-only, whole rows selected."""
    model = RowsModel(columns, parent)
    view = row_table(model, stretch=stretch)
    view.setObjectName(name)
    return model, view


def known_until(error: BaseException, first: date) -> date | None:
    """For a year whose holidays nobody entered (services.duty_roster.YearNotCovered): the last day before that
    year, when the range starting on ``first`` still has days there — 'plan through 12-31' in November."""
    years = str(getattr(error, "params", {}).get("years", "")).split("、")[0]
    if not years.isdigit():
        return None
    last = date(int(years) - 1, 12, 31)
    return last if first <= last else None

