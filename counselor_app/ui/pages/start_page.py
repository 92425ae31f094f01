"""工作台: the office at a glance."""
from __future__ import annotations

from counselor_app.domain.areas import Area
from counselor_app.domain.roles import Permission
from counselor_app.services import dashboard
from counselor_app.services.dashboard import StartPage as StartData
from counselor_app.translation import translate_text
from counselor_app.ui.pages import Page
from counselor_app.ui.qt import (
    QCoreApplication, QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)
from counselor_app.ui.widgets import Card, page_title


class StartPage(Page):
    key = "start"
    cares_about = frozenset({Area.BACKUP, Area.AUDIT, Area.REGISTER, Area.SETTINGS, Area.WATCH, Area.DUTY,
                             Area.MEETINGS, Area.REFERRALS, Area.CRISIS})

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("Pages", "Start")

    def __init__(self, app) -> None:
        super().__init__(app)
        # the cards in a scroll area: with every feature's card the page is taller than a laptop's window, and a
        # squeezed card drew its lines over each other
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setObjectName("startScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        scroll.setWidget(body)
        outer.addWidget(scroll)
        layout = QVBoxLayout(body)
        layout.addWidget(page_title(self.title()))
        self.greeting = QLabel()
        self.greeting.setObjectName("hint")
        layout.addWidget(self.greeting)
        self.recovery_notice = QFrame()
        self.recovery_notice.setObjectName("notice")
        row = QHBoxLayout(self.recovery_notice)
        text = QLabel(self.tr("The recovery key has not been confirmed. If it was noted wrongly and every password "
                              "is forgotten, the office's records cannot be opened again. Type the key back from "
                              "the sealed sheet to confirm it."))
        text.setWordWrap(True)
        row.addWidget(text, 1)
        self.confirm_key = QPushButton(self.tr("Confirm the recovery key…"))
        self.confirm_key.setObjectName("confirmRecoveryKey")
        self.confirm_key.clicked.connect(self.open_confirm_key)
        row.addWidget(self.confirm_key)
        self.recovery_notice.hide()
        layout.addWidget(self.recovery_notice)
        grid = QGridLayout()
        grid.setSpacing(12)
        self.year_card = Card(self.tr("School year"))
        self.backup_card = Card(self.tr("Last backup"))
        self.audit_card = Card(self.tr("Audit trail"))
        grid.addWidget(self.year_card, 0, 0)
        grid.addWidget(self.backup_card, 0, 1)
        grid.addWidget(self.audit_card, 0, 2)
        layout.addLayout(grid)
        self.loops_card = None   # open crisis incidents (red), overdue referral receipts and returns: first
        if app.may(Permission.VIEW_CRISIS) or app.may(Permission.MANAGE_REFERRALS):
            from counselor_app.ui.referrals.start_card import LoopsCard

            self.loops_card = LoopsCard(app, self.show_overdue_receipts)
            layout.addWidget(self.loops_card)
        self.watch_card = None   # the watch list's overdue entries: only for those who may see the watch list
        if app.may(Permission.VIEW_WATCHLIST):
            from counselor_app.ui.watch.start_card import WatchCard

            self.watch_card = WatchCard(app, self.open_watch_entry, self.show_overdue)
            layout.addWidget(self.watch_card)
        self.meeting_card = None   # grades without a meeting this month, one's overdue meeting actions
        if app.may(Permission.MANAGE_MEETINGS):
            from counselor_app.ui.meetings.start_card import MeetingCard

            self.meeting_card = MeetingCard(app, self.new_meeting, self.open_meeting)
            layout.addWidget(self.meeting_card)
        self.today_card = None   # today's appointments, records missing, urgent requests: for those who book
        if app.may(Permission.MANAGE_APPOINTMENTS):
            from counselor_app.ui.appointments.start_card import TodayCard

            self.today_card = TodayCard(app, self.open_appointment, self.open_appointments,
                                        self.open_request)
            layout.addWidget(self.today_card)
        self.duty_card = None    # one's duties, requests and missing logs: for those who manage duty
        if app.may(Permission.MANAGE_DUTY):
            from counselor_app.ui.duty.start_card import DutyCard

            self.duty_card = DutyCard(app, self.open_duty)
            layout.addWidget(self.duty_card)
        layout.addStretch(1)
        self.data: StartData | None = None

    def refresh(self) -> None:
        self.app.worker.run(dashboard.start_page, self.show_data, context=self)
        if self.loops_card is not None:
            from counselor_app.ui.referrals.start_card import load_loops

            self.app.worker.run(load_loops, self.loops_card.show_data, context=self.loops_card)
        if self.watch_card is not None:
            from counselor_app.ui.watch.start_card import load_overview

            self.app.worker.run(load_overview, self.watch_card.show_data, context=self.watch_card)
        if self.meeting_card is not None:
            from counselor_app.ui.meetings.start_card import load_card

            self.app.worker.run(load_card, self.meeting_card.show_data, context=self.meeting_card)
        if self.today_card is not None:
            from counselor_app.ui.appointments.start_card import load_today

            self.app.worker.run(load_today, self.today_card.show_data, context=self.today_card)
        if self.duty_card is not None:
            from counselor_app.ui.duty.start_card import load_desk

            self.app.worker.run(load_desk, self.duty_card.show_data, context=self.duty_card)

    def open_duty(self, tab: str, which: str = "") -> None:
        """The duty page at ``tab`` (the requests filtered to ``which``)."""
        main = self.app.main_window
        if main is not None and main.go_to("duty"):
            page = main.pages["duty"]
            page.show_tab(tab)
            if which:
                page.changes.show_waiting(which)

    def open_appointment(self, appointment_id: int) -> None:
        from counselor_app.ui.appointments.appointment_dialog import AppointmentDialog

        self.appointment_dialog = AppointmentDialog(self, self.app, appointment_id)
        self.appointment_dialog.open()

    def open_appointments(self, tab: int) -> None:
        """The appointments page at ``tab`` (0 the week, 1 the waiting list, 2 the records to write)."""
        main = self.app.main_window
        if main is not None and main.go_to("appointments"):
            main.pages["appointments"].tabs.setCurrentIndex(tab)

    def open_request(self, request_id: int) -> None:
        """An urgent waiting request: the waiting list shown, the request opened over it."""
        main = self.app.main_window
        if main is not None and main.go_to("appointments"):
            page = main.pages["appointments"]
            page.tabs.setCurrentIndex(1)
            page.open_request(request_id)

    def open_watch_entry(self, entry_id: int) -> None:
        from counselor_app.ui.pages.watch_page import open_watch_entry

        self.entry_window = open_watch_entry(self.app, entry_id, self)

    def new_meeting(self, grade_id: int, month: str) -> None:
        """The 研判会 page, with the new-meeting dialog for the grade and month."""
        main = self.app.main_window
        if main is not None and main.go_to("meetings"):
            main.pages["meetings"].new_meeting(grade_id, month)

    def open_meeting(self, meeting_id: int) -> None:
        from counselor_app.ui.pages.meetings_page import open_meeting

        self.meeting_window = open_meeting(self.app, meeting_id, self)

    def show_overdue(self) -> None:
        """The watch-list page with the overdue entries the card counts: the user's own (the head: all)."""
        main, card = self.app.main_window, self.watch_card
        mine = None if card is None or card.data is None or card.data.everyone else self.app.user.staff_id
        if main is not None and main.go_to("watch"):
            main.pages["watch"].show_overdue(mine)

    def show_overdue_receipts(self) -> None:
        """The referrals page filtered to the overdue receipts."""
        main = self.app.main_window
        if main is not None and main.go_to("referrals"):
            page = main.pages["referrals"]
            if not page.overdue_only.isChecked():
                page.overdue_only.click()

    def clear_data(self) -> None:
        self.data = None
        if self.loops_card is not None:
            self.loops_card.clear()
        if self.watch_card is not None:
            self.watch_card.clear()
        if self.meeting_card is not None:
            self.meeting_card.clear()
        if self.duty_card is not None:
            self.duty_card.clear()
        if self.today_card is not None:
            self.today_card.clear()
        self.greeting.clear()
        self.recovery_notice.hide()
        for card in (self.year_card, self.backup_card, self.audit_card):
            card.set("—")

    def day_text(self, d: StartData) -> str:
        """Today's kind of day in words: a holiday by its name, a make-up workday, the weekend; '' on a workday."""
        name = d.today_name
        name = translate_text(name) if hasattr(name, "context") else str(name or "")
        if d.today_kind == "holiday":
            return self.tr("today: {holiday}").format(holiday=name) if name else self.tr("today: day off")
        if d.today_kind == "makeup":
            return self.tr("today: make-up workday")
        if d.today_kind == "weekend":
            return self.tr("today: weekend")
        return ""

    def open_confirm_key(self) -> None:
        from counselor_app.ui.recovery_confirm import ConfirmRecoveryKeyDialog

        ConfirmRecoveryKeyDialog(self.app, self).open()

    def show_backup(self, d: StartData) -> None:
        may_back_up = self.app.may(Permission.BACKUP)   # Ctrl+B is there only for those who may back up
        if d.last_backup_at is None:
            self.backup_card.set(self.tr("None yet"), self.tr("Make a backup now (Ctrl+B).") if may_back_up
                                 else self.tr("Ask the office head to make a backup."))
            return
        when = d.last_backup_at.astimezone().strftime("%Y-%m-%d %H:%M")
        minutes = int(d.backup_age_days * 24 * 60)
        if minutes < 60:
            age = self.tr("{minutes} minute(s) ago").format(minutes=max(1, minutes))
        elif minutes < 24 * 60:
            age = self.tr("{hours} hour(s) ago").format(hours=minutes // 60)
        elif may_back_up:
            age = self.tr("{days} day(s) ago — make a backup now (Ctrl+B).").format(days=int(d.backup_age_days))
        else:
            age = self.tr("{days} day(s) ago — ask the office head to make a backup.").format(
                days=int(d.backup_age_days))
        self.backup_card.set(when, age)

    def show_data(self, d: StartData) -> None:
        user = self.app.user
        if user is None:  # logged out (or the test's window closed) while the figures were on their way
            return
        self.data = d
        self.recovery_notice.setVisible(d.recovery_unconfirmed)
        self.greeting.setText(self.tr("Hello, {name} ({role}). Today is {date}.").format(
            name=user.display_name, role=translate_text(user.role.label), date=d.today.strftime("%Y-%m-%d")))
        if d.school_year:
            if d.semester:
                detail = self.tr("Semester {semester}, week {week}").format(semester=d.semester, week=d.week)
            else:
                detail = self.tr("Between semesters")
            today = self.day_text(d)
            if today:
                detail += " · " + today
            if d.holidays_missing:
                detail += "\n" + self.tr("Holidays of {years} not entered yet (School calendar page).").format(
                    years=self.tr(", ").join(str(y) for y in d.holidays_missing))
            self.year_card.set(self.tr("{name} school year").format(name=d.school_year), detail)
        else:
            self.year_card.set(self.tr("Not set up"), self.tr("No school year covers today."))
        self.show_backup(d)
        if not d.audit_checked:
            self.audit_card.hide()
        elif d.audit_broken_row is None and not d.audit_problem:
            self.audit_card.set(self.tr("Intact"), self.tr("{rows} entries, chain verified.").format(rows=d.audit_rows))
        elif d.audit_broken_row is None:   # the accounts or the signed roster (services/trail_check.py)
            self.audit_card.set(self.tr("NOT CONFIRMED"), _finding(d.audit_problem))
        else:
            detail = self.tr("The chain breaks at entry {row}. Restore a backup and investigate.").format(
                row=d.audit_broken_row)
            self.audit_card.set(self.tr("BROKEN"), detail + ("\n" + _finding(d.audit_problem)
                                                           if d.audit_problem else ""))


def _finding(problem) -> str:
    """A finding of the trail check in the user's language."""
    return problem.render(translate_text) if hasattr(problem, "render") else str(problem)
