"""预约: the week calendar of a counselor or a room, the waiting list and (for counselors and the head) the sessions
that still need a record.

The week: ◀ and ▶ move a week, 本周 comes back; the drop-down shows a counselor's week (a counselor starts on their
own) or a room's. A double-click on a free half hour books it (ui/appointments/booking_dialog.py, conflicts shown
as you type), on an appointment opens it (state changes, moving it, its record). Every call goes through the worker
to services/appointment*.py, which check MANAGE_APPOINTMENTS (and VIEW_SESSION_NOTES for records) and audit each
look and change; the page refreshes when an operation changed the appointments.
"""
from __future__ import annotations

from datetime import date, timedelta

from counselor_app.domain import appointment as rules
from counselor_app.domain.areas import Area
from counselor_app.domain.roles import Permission
from counselor_app.services import appointment_setup, appointment_views, appointment_waitlist, session_records
from counselor_app.ui.appointments import words
from counselor_app.ui.appointments.request_view import preferred_text
from counselor_app.ui.appointments.week_view import WeekGrid
from counselor_app.ui.flow_layout import flow_heading, flow_row
from counselor_app.ui.pages import Page
from counselor_app.ui.qt import (QComboBox, QCoreApplication, QLabel, QListWidget, QListWidgetItem,
                                 QPushButton, Qt, QTabWidget, QVBoxLayout, QWidget)
from counselor_app.ui.widgets import page_title

ROW = Qt.ItemDataRole.UserRole
REQUEST = Qt.ItemDataRole.UserRole + 1   # the waiting list's request row (to book it)
PERSON, ROOM = "person", "room"       # whose week is shown: a counselor's account, or a room


def watch_level_text(code: str) -> str:
    """A watch-list level's default name ('' none: not on the watch list); an office's own level as its code."""
    from counselor_app.domain.watch import DEFAULT_LABELS
    from counselor_app.translation import translate_text

    if not code:
        return QCoreApplication.translate("AppointmentsPage", "not on the watch list")
    return translate_text(DEFAULT_LABELS[code]) if code in DEFAULT_LABELS else code


def load_week(session, day: date, who: tuple[str, int] | None):
    """The counselors and rooms to choose from and the week of the chosen one (default: one's own, else the first
    counselor), in one call on the worker."""
    counselors = appointment_setup.list_counselors(session)
    rooms = appointment_setup.list_rooms(session)
    if who is None:
        own = next((c.id for c in counselors if c.id == session.user.id), None)
        who = (PERSON, own) if own is not None else ((PERSON, counselors[0].id) if counselors else None)
    week = None
    if who is not None:
        kind, ident = who
        week = appointment_views.week(session, day, **({"counselor_id": ident} if kind == PERSON else
                                                       {"room_id": ident}))
    return counselors, rooms, who, week


def load_lists(session, counselor_id: int | None):
    """The waiting list, the sessions without a record (None for the assistant) and the caseload of the counselor
    shown (None for the assistant, or when a room's week is shown)."""
    requests = appointment_waitlist.list_requests(session)
    clinical = session.can(Permission.VIEW_SESSION_NOTES) and session.can(Permission.VIEW_WATCHLIST)
    missing = session_records.records_without(session) if session.can(Permission.VIEW_SESSION_NOTES) else None
    cases = appointment_views.caseload(session, counselor_id) if clinical and counselor_id is not None else None
    return requests, missing, cases


class AppointmentsPage(Page):
    key = "appointments"
    permission = Permission.MANAGE_APPOINTMENTS
    cares_about = frozenset({Area.APPOINTMENTS, Area.CALENDAR, Area.USERS})

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("Pages", "Appointments")

    def __init__(self, app) -> None:
        super().__init__(app)
        self.day = date.today()
        self.who: tuple[str, int] | None = None
        self.week = None
        self.editor = None            # the dialog open from this page (tests reach it here)
        self.loaded = False
        layout = QVBoxLayout(self)
        self.chooser = QComboBox()
        self.chooser.setObjectName("appointmentWho")
        self.chooser.setMinimumContentsLength(14)
        self.chooser.activated.connect(lambda _i: self._chosen())
        self.previous = QPushButton("◀")
        self.previous.setObjectName("appointmentPrevious")
        self.previous.setToolTip(self.tr("The week before"))
        self.this_week = QPushButton(self.tr("This week"))
        self.this_week.setObjectName("appointmentThisWeek")
        self.next = QPushButton("▶")
        self.next.setObjectName("appointmentNext")
        self.next.setToolTip(self.tr("The week after"))
        for arrow in (self.previous, self.next):
            arrow.setFixedWidth(36)   # as the duty roster's and the calendar's month arrows
        for button, step in ((self.previous, -7), (self.this_week, 0), (self.next, 7)):
            button.clicked.connect(lambda _c=False, d=step: self.go(d))
        self.week_label = QLabel()
        self.week_label.setObjectName("appointmentWeekLabel")
        self.book_button = QPushButton(self.tr("Book…"))
        self.book_button.setObjectName("appointmentBook")
        self.book_button.clicked.connect(lambda _c=False: self.book_at(self.day, ""))
        self.print_button = QPushButton(self.tr("Print the week…"))
        self.print_button.setObjectName("appointmentPrintWeek")
        self.print_button.clicked.connect(lambda _c=False: self.print_week())
        self.setup_button = QPushButton(self.tr("Set-up…"))
        self.setup_button.setObjectName("appointmentSetup")
        self.setup_button.setToolTip(self.tr("Rooms, available hours and the office's rules"))
        self.setup_button.clicked.connect(lambda _c=False: self.open_setup())
        layout.addLayout(flow_heading(   # the week's controls, then the buttons, wrapping in a narrow window
            page_title(self.title()), [self.chooser, self.previous, self.this_week, self.next, self.week_label, None,
                                       self.print_button, self.book_button, self.setup_button], right=False))
        self.hint = QLabel(self.tr("Double-click a free half hour to book it, an appointment to open it; drag an "
                                   "appointment to another time to move it."))
        self.hint.setObjectName("hint")
        layout.addWidget(self.hint)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("appointmentTabs")
        self.grid = WeekGrid(self.book_at, self.open_appointment, self.move_to)
        self.tabs.addTab(self.grid, self.tr("Week"))
        self.waiting = QListWidget()
        self.waiting.setObjectName("appointmentWaiting")
        self.waiting.itemActivated.connect(lambda item: self.open_request(item.data(ROW)))
        waiting_tab = QWidget()
        box = QVBoxLayout(waiting_tab)
        box.addWidget(self.waiting)
        self.accept_button = QPushButton(self.tr("Offered slot taken: book it"))
        self.accept_button.setObjectName("appointmentAcceptOffer")
        self.accept_button.clicked.connect(lambda _c=False: self._request_call("accept"))
        self.decline_button = QPushButton(self.tr("Offered slot declined"))
        self.decline_button.setObjectName("appointmentDeclineOffer")
        self.decline_button.setToolTip(self.tr("The student does not take the offered time: the request waits again "
                                               "and the time is offered to the next fitting request"))
        self.decline_button.clicked.connect(lambda _c=False: self._request_call("decline"))
        self.withdraw_button = QPushButton(self.tr("Withdraw the request"))
        self.withdraw_button.setObjectName("appointmentWithdraw")
        self.withdraw_button.clicked.connect(lambda _c=False: self._request_call("withdraw"))
        self.request_button = QPushButton(self.tr("Put on the waiting list…"))
        self.request_button.setObjectName("appointmentRequest")
        self.request_button.clicked.connect(lambda _c=False: self.add_request())
        self.view_request_button = QPushButton(self.tr("Open…"))
        self.view_request_button.setObjectName("appointmentViewRequest")
        self.view_request_button.setToolTip(self.tr("The whole request (a double-click on it does the same)"))
        self.view_request_button.clicked.connect(lambda _c=False: self.open_request(
            self.waiting.currentItem().data(ROW) if self.waiting.currentItem() is not None else None))
        self.book_request_button = QPushButton(self.tr("Book for this request…"))
        self.book_request_button.setObjectName("appointmentBookRequest")
        self.book_request_button.setToolTip(self.tr("Book the chosen request at a time the office chooses: the "
                                                    "request leaves the waiting list as booked"))
        self.book_request_button.clicked.connect(lambda _c=False: self.book_for_request())
        box.addLayout(flow_row([self.request_button, self.view_request_button, self.book_request_button,
                                self.accept_button, self.decline_button, self.withdraw_button]))
        self.tabs.addTab(waiting_tab, self.tr("Waiting list"))
        self.missing = QListWidget()
        self.missing.setObjectName("appointmentMissing")
        self.missing.itemActivated.connect(lambda item: self.open_appointment(item.data(ROW)))
        self.cases = QListWidget()
        self.cases.setObjectName("appointmentCaseload")
        if app.may(Permission.VIEW_SESSION_NOTES):
            self.tabs.addTab(self.missing, self.tr("Records to write"))
        if app.may(Permission.VIEW_SESSION_NOTES) and app.may(Permission.VIEW_WATCHLIST):
            self.tabs.addTab(self.cases, self.tr("Caseload"))
        layout.addWidget(self.tabs, 1)
        self.status = QLabel()
        self.status.setObjectName("hint")
        layout.addWidget(self.status)

    # -- loading ---------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        day, who = self.day, self.who
        self.app.worker.run(lambda s: load_week(s, day, who), self._week_loaded, context=self)
        counselor = who[1] if who is not None and who[0] == PERSON else (
            self.app.user.id if who is None and self.app.user is not None else None)
        self.app.worker.run(lambda s: load_lists(s, counselor), self._lists_loaded, context=self)

    def _week_loaded(self, result) -> None:
        counselors, rooms, who, week = result
        self.who, self.week = who, week
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for c in counselors:
            self.chooser.addItem(c.name, f"{PERSON}:{c.id}")
        for r in rooms:
            self.chooser.addItem(self.tr("Room: {name}").format(name=r.name), f"{ROOM}:{r.id}")
        if who is not None:
            self.chooser.setCurrentIndex(max(0, self.chooser.findData(f"{who[0]}:{who[1]}")))
        self.chooser.blockSignals(False)
        if week is None:
            self.grid.clear_data()
            self.week_label.setText("")
            self.status.setText(self.tr("No counselor account yet: the office head adds counselors under Users."))
        else:
            self.grid.show_week(week)
            self.print_button.setEnabled(who is not None and who[0] == PERSON)
            sunday = week.monday + timedelta(days=6)
            self.week_label.setText(self.tr("{start} to {end}").format(start=week.monday.isoformat(),
                                                                        end=sunday.isoformat()))
            shown = [a for a in week.appointments if a.state not in rules.CANCELLED]
            self.status.setText(self.tr("{n} appointment(s) this week").format(n=len(shown)))
        self.loaded = True

    def _lists_loaded(self, result) -> None:
        requests, missing, cases = result
        self.waiting.clear()
        for view in requests:
            r = view.row
            text = f"{r.student_no} {r.student_name}"
            if view.urgent:
                text = self.tr("URGENT (watch list): ") + text
            if r.state == "offered":
                text += " · " + self.tr("offered {day} {start}–{end}").format(day=r.offer_day, start=r.offer_start,
                                                                              end=r.offer_end)
            elif r.preferred:
                text += " · " + self.tr("prefers {times}").format(times=preferred_text(r.preferred, "",
                                                                                        self.tr("; ")))
            item = QListWidgetItem(text)
            item.setData(ROW, r.id)
            item.setData(REQUEST, r)
            self.waiting.addItem(item)
        self.tabs.setTabText(1, self.tr("Waiting list ({n})").format(n=len(requests)))
        if getattr(self, "_wanted_request", None) is not None:
            self._select_request(self._wanted_request)
        self.missing.clear()
        for row in missing or ():
            item = QListWidgetItem(words.line(row))
            item.setData(ROW, row.id)
            self.missing.addItem(item)
        if missing is not None:
            self.tabs.setTabText(2, self.tr("Records to write ({n})").format(n=len(missing)))
        self.cases.clear()
        for c in cases or ():
            level = watch_level_text(c.level)
            self.cases.addItem(self.tr("{no} {name} · {level} · last {last} · next {next} · {n} this semester").format(
                no=c.student_no, name=c.name, level=level, last=c.last_session or "—", next=c.next_session or "—",
                n=c.sessions_this_semester))

    def clear_data(self) -> None:
        self.grid.clear_data()
        self.chooser.clear()
        self.waiting.clear()
        self.missing.clear()
        self.cases.clear()
        self.status.clear()
        self.week = None
        self.loaded = False

    # -- moving through the weeks ------------------------------------------------------------------------------
    def go(self, days: int) -> None:
        self.day = date.today() if days == 0 else self.day + timedelta(days=days)
        self.refresh()

    def _chosen(self) -> None:
        self.who = self.chosen()
        self.refresh()

    def chosen(self) -> tuple[str, int] | None:
        """(PERSON, a counselor's account id) or (ROOM, room id) of the drop-down."""
        data = self.chooser.currentData()
        if not data:
            return None
        kind, _, ident = data.partition(":")
        return kind, int(ident)

    def show_counselor(self, counselor_id: int, day: date | None = None) -> None:
        self.who = (PERSON, counselor_id)
        if day is not None:
            self.day = day
        self.refresh()

    # -- booking and opening ------------------------------------------------------------------------------------
    def book_at(self, day: date, start: str) -> None:
        from counselor_app.ui.appointments.booking_dialog import BookingDialog

        kind, ident = self.who or ("", None)
        self.editor = BookingDialog(self, self.app, day=day, start=start,
                                    counselor_id=ident if kind == PERSON else None,
                                    room_id=ident if kind == ROOM else None)
        self.editor.open()

    def move_to(self, appointment, day: date, start: str) -> None:
        """An appointment dragged to another time: moved there by the service (the same conflict checks); a
        conflict is shown in a message, the week unchanged."""
        from counselor_app.services import appointments as appointment_service
        from counselor_app.ui import dialogs

        if not rules.may_reschedule(appointment.state):
            return
        appointment_id, revision = appointment.id, appointment.revision
        self.app.worker.run(lambda s: appointment_service.move(s, appointment_id, day, start, revision), None,
                            lambda e: dialogs.show_error(self, e), context=self)

    def open_appointment(self, appointment_id: int) -> None:
        from counselor_app.ui.appointments.appointment_dialog import AppointmentDialog

        self.editor = AppointmentDialog(self, self.app, appointment_id)
        self.editor.open()

    def print_week(self) -> None:
        from counselor_app.services import documents
        from counselor_app.translation import translate_text
        from counselor_app.ui.print_preview import open_document

        if self.week is None or self.who is None or self.who[0] != PERSON:
            return
        counselor_id, day = self.who[1], self.week.monday.isoformat()
        open_document(self.app, self, self.tr("Week schedule"), "appointment_week",
                      lambda s: documents.build_document(s, "appointment_week", tr=translate_text,
                                                         counselor_id=counselor_id, day=day),
                      default_name=self.tr("week-{day}").format(day=day), target_id=counselor_id)

    def open_setup(self) -> None:
        from counselor_app.ui.appointments.setup_dialog import SetupDialog

        who = self.who[1] if self.who is not None and self.who[0] == PERSON else self.app.user.id
        self.editor = SetupDialog(self, self.app, who)
        self.editor.open()

    def add_request(self) -> None:
        from counselor_app.ui.appointments.request_dialog import RequestDialog

        self.editor = RequestDialog(self, self.app)
        self.editor.open()

    def book_for_request(self) -> None:
        """The chosen waiting request booked at a time the office chooses (a 高危 student cannot wait for a
        cancellation): the booking dialog with the request's student, counselor, kind and way of coming."""
        from counselor_app.ui.appointments.booking_dialog import BookingDialog

        item = self.waiting.currentItem()
        if item is None:
            return
        kind, ident = self.who or ("", None)
        self.editor = BookingDialog(self, self.app, day=max(self.day, date.today()), start="",
                                    counselor_id=ident if kind == PERSON else None, request=item.data(REQUEST))
        self.editor.open()

    def open_request(self, request_id: int | None) -> None:
        """The request read, with its note for counselors and the office head (the look is audited)."""
        from counselor_app.ui.appointments.request_view import RequestViewDialog

        if request_id is None:
            return
        self._select_request(request_id)
        self.editor = RequestViewDialog(self, self.app, request_id)
        self.editor.open()

    def _select_request(self, request_id: int) -> None:
        """The request chosen in the waiting list, so that its buttons (book, withdraw …) act on it; when the list is
        still loading, once it has loaded."""
        self._wanted_request = request_id
        for i in range(self.waiting.count()):
            if self.waiting.item(i).data(ROW) == request_id:
                self.waiting.setCurrentRow(i)
                self._wanted_request = None
                return

    def _request_call(self, what: str) -> None:
        item = self.waiting.currentItem()
        if item is None:
            return
        from counselor_app.ui import dialogs

        request_id = item.data(ROW)
        calls = {"accept": lambda s: appointment_waitlist.accept_offer(s, request_id),
                 "decline": lambda s: appointment_waitlist.decline_offer(s, request_id),
                 "withdraw": lambda s: appointment_waitlist.withdraw_request(s, request_id)}
        self.app.worker.run(calls[what], None, lambda e: dialogs.show_error(self, e), context=self)
