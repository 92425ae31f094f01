"""Buttons the roster's two job dialogs (生成值班表, 检查并发布) share under their table:

- HolidayButtons: the way out of a range reaching a year whose holidays nobody entered (services.duty_roster.
  YearNotCovered): 打开“校历”页面, and 只排到 / 只发布到 <the last known day> (each dialog words that one itself);
- DayButton: 调整这一天… for the chosen row (an empty seat, a duty breaking a rule): the dialog closes and the month
  tab shows that day of that post with 调整这一天 open on the shift; a double-click or Enter on the row does the same.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Callable

from counselor_app.ui.duty.fields import known_until
from counselor_app.ui.qt import QHBoxLayout, QPushButton, QWidget
from counselor_app.ui.widgets import selected_row


class HolidayButtons(QWidget):
    """Hidden until a preview fails for a year without holidays; ``use_known(day)`` moves the dialog's last day."""

    def __init__(self, dialog, known_text: str, known_tip: str, use_known: Callable[[date], None]) -> None:
        super().__init__(dialog)
        self.dialog, self.known_text, self.use_known = dialog, known_text, use_known
        self.known_until: date | None = None
        self.calendar_button = QPushButton(self.tr("Open the School calendar page"))
        self.calendar_button.setObjectName("dutyOpenCalendar")
        self.calendar_button.clicked.connect(lambda _c=False: self.open_calendar())
        self.known_button = QPushButton()
        self.known_button.setObjectName("dutyKnownUntil")
        self.known_button.setToolTip(known_tip)
        self.known_button.clicked.connect(lambda _c=False: self._use_known())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar_button)
        layout.addWidget(self.known_button)
        self.clear()

    def clear(self) -> None:
        self.known_until = None
        self.calendar_button.hide()
        self.known_button.hide()

    def show_for(self, error: BaseException, first: date) -> None:
        """After a failed preview: the buttons when ``error`` is a year without holidays (the range from ``first``)."""
        from counselor_app.services.duty_roster import YearNotCovered

        covered = isinstance(error, YearNotCovered)
        self.known_until = known_until(error, first) if covered else None
        self.calendar_button.setVisible(covered)
        if self.known_until is not None:
            self.known_button.setText(self.known_text.format(day=self.known_until.isoformat()))
        self.known_button.setVisible(self.known_until is not None)

    def _use_known(self) -> None:
        if self.known_until is not None:
            self.use_known(self.known_until)

    def open_calendar(self) -> None:
        main = self.dialog.app.main_window
        self.dialog.reject()
        if main is not None:
            main.go_to("calendar")


@dataclass(frozen=True)
class DayTarget:
    """Where a row of a dialog leads in the month: the day, its post and shift, whose duty it is (all optional but
    the day: a make-up workday without a timetable has no shift; an empty seat is nobody's)."""
    day: date
    post_id: int | None = None
    template_id: int | None = None
    staff_id: int | None = None


class DayButton(QPushButton):
    """调整这一天… for the row chosen in ``view``; ``target(row)`` says where it leads, ``allowed()`` whether the
    roster shown is the saved one (a preview not saved yet has no day to change)."""

    def __init__(self, dialog, view, target: Callable[[object], DayTarget | None],
                 allowed: Callable[[], bool] = lambda: True, not_yet: str = "") -> None:
        super().__init__(self.tr("Change this day…"))
        self.dialog, self.view, self.target, self.allowed, self.not_yet = dialog, view, target, allowed, not_yet
        self.setObjectName("dutyChangeDay")
        self.tip = self.tr("Show this day in the month and change its duties (a double-click on the row does the "
                           "same). The dialog closes: open it again to check the roster.")
        view.activated.connect(lambda _i: self.go())          # a double-click or Enter on the row
        view.selectionModel().selectionChanged.connect(lambda *_a: self.update_state())
        view.model().modelReset.connect(self.update_state)
        self.clicked.connect(lambda _c=False: self.go())
        self.update_state()

    def chosen(self) -> DayTarget | None:
        row = selected_row(self.view)
        return self.target(row) if row is not None else None

    def update_state(self) -> None:
        allowed = self.allowed()
        self.setEnabled(allowed and self.chosen() is not None)
        self.setToolTip(self.tip if allowed or not self.not_yet else self.not_yet)

    def go(self) -> None:
        where = self.chosen()
        if where is None or not self.allowed() or self.dialog._progress is not None:
            return
        page = self.dialog.page
        self.dialog.reject()
        page.month.go_to_day(where)
