"""The meeting window: where the office holds one review meeting (研判会) — agenda, attendance, decisions, finalizing.

``open_meeting_window(app, meeting_id, parent)`` opens it, or raises the one already open for that meeting. It loads
the meeting through the worker (services.meetings_agenda.get_meeting: one audited look, the entries' summaries only
for those who may read plans), reloads itself when an operation changed the meetings or the watch list, and closes
itself when the office locks.

The header says which meeting (grade, month, kind), its state, day, time, place, chair and minute-taker; the buttons
follow the state: while it is prepared 刷新议程 and 开始会议; while it is held 定稿… (a confirmation listing what
changes in the watch list); before it is finalized 放弃…(with a reason); once finalized everything is read-only except
补充说明…; printing (the sign-in sheet, the minutes) when the documents are registered. Tabs: 议程 (ui/meetings/
agenda_tab.py), 参会人员 (attendance.py), 上次措施与其他事项 (other_tab.py).
"""
from __future__ import annotations

from counselor_app.domain import meeting as rules
from counselor_app.domain.areas import Area
from counselor_app.services import meetings as meeting_service, meetings_agenda as agenda, meetings_decisions
from counselor_app.services import watch_loop
from counselor_app.translation import translate_text
from counselor_app.ui import dialogs
from counselor_app.ui.meetings import words
from counselor_app.ui.meetings.agenda_tab import AgendaTab
from counselor_app.ui.meetings.attendance import AttendanceTab
from counselor_app.ui.meetings.other_tab import OtherTab
from counselor_app.ui.qt import (
    QDialog, QGuiApplication, QHBoxLayout, QLabel, QMenu, QPushButton, QStackedWidget, Qt, QTabWidget, QVBoxLayout,
    QWidget, is_alive,
)
from counselor_app.ui.watch import list_words as watch_words

STYLE = """
QWidget#meetingWindow { background: #f6f7f9; }
QLabel#meetingTitle { font-size: 20px; font-weight: 600; color: #1f2d3d; }
QLabel#meetingWhen { color: #5a6b7b; font-size: 13px; }
QLabel#meetingCaption { color: #5a6b7b; font-weight: 600; padding-top: 6px; }
QLabel#meetingNotice { background: #fff4ce; color: #5c4500; border: 1px solid #e8c95a; border-radius: 4px;
                       padding: 6px 10px; }
"""
BADGE = "background: {bg}; color: white; border-radius: 4px; padding: 2px 10px; font-weight: 600;"

_windows: dict[int, "MeetingWindow"] = {}


def open_meeting_window(app, meeting_id: int, parent: QWidget | None = None) -> "MeetingWindow":
    found = _windows.get(meeting_id)
    if is_alive(found) and found.app is app:
        found.show()
        found.raise_()
        found.activateWindow()
        return found
    window = MeetingWindow(app, meeting_id, parent)
    _windows[meeting_id] = window
    window.show()
    return window


def load_window(session, meeting_id: int):
    """The meeting with its agenda, and the office's levels when the user may see the watch list."""
    view = agenda.get_meeting(session, meeting_id)
    levels = watch_loop.levels(session, all_levels=True) if view.summaries_shown else []
    return view, levels


class MeetingWindow(QWidget):
    def __init__(self, app, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.app, self.meeting_id = app, meeting_id
        self.view = None
        self.meeting = None
        self.dialog: QDialog | None = None   # the dialog open over the window (tests reach it here)
        self.setWindowTitle(self.tr("Review meeting"))   # no names in the task bar
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("meetingWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(STYLE)
        self.setMinimumSize(900, 600)
        screen = (parent.screen() if parent is not None else QGuiApplication.primaryScreen()).availableGeometry()
        self.resize(min(1180, screen.width() - 40), min(820, screen.height() - 60))
        outer = QVBoxLayout(self)
        self.stack = QStackedWidget()
        self.message = QLabel(self.tr("Loading…"))
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.message)
        self.content = QWidget()
        self.stack.addWidget(self.content)
        outer.addWidget(self.stack, 1)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("meetingTitle")
        self.state_badge = QLabel()
        self.state_badge.setObjectName("meetingState")
        top.addWidget(self.title)
        top.addSpacing(10)
        top.addWidget(self.state_badge)
        top.addStretch(1)
        layout.addLayout(top)
        self.when = QLabel()
        self.when.setObjectName("meetingWhen")
        self.when.setWordWrap(True)
        layout.addWidget(self.when)
        self.notice = QLabel()
        self.notice.setObjectName("meetingNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout.addWidget(self.notice)
        layout.addLayout(self._build_actions())
        self.tabs = QTabWidget()
        self.agenda_tab, self.attendance_tab, self.other_tab = AgendaTab(self), AttendanceTab(self), OtherTab(self)
        for tab in (self.agenda_tab, self.attendance_tab, self.other_tab):
            self.tabs.addTab(tab, "")
        layout.addWidget(self.tabs, 1)
        app.worker.changed.connect(self._on_changed)
        app.locked_changed.connect(self._on_locked)
        self.reload()

    def _build_actions(self) -> QHBoxLayout:
        row = QHBoxLayout()

        def button(text: str, name: str, run) -> QPushButton:
            b = QPushButton(text)
            b.setObjectName(name)
            b.clicked.connect(lambda _c=False: run())
            row.addWidget(b)
            return b

        self.details_button = button(self.tr("Details…"), "meetingDetails", self.open_details)
        self.details_button.setToolTip(self.tr("The day, times, place, chair and minute-taker."))
        self.refresh_button = button(self.tr("Refresh the agenda"), "meetingRefresh", self.refresh_agenda)
        self.refresh_button.setToolTip(self.tr("Build the agenda again from the watch list (until the meeting "
                                               "starts). Students added by hand, decisions and the order stay."))
        self.start_button = button(self.tr("Start the meeting"), "meetingStart", self.start_meeting)
        self.finalize_button = button(self.tr("Finalize…"), "meetingFinalize", self.open_finalize)
        self.addendum_button = button(self.tr("Add an addendum…"), "meetingAddendum",
                                      lambda: self._open(self._dialogs().AddendumDialog(self, self.app, self.meeting)))
        row.addStretch(1)
        self.print_button = button(self.tr("Print"), "meetingPrint", lambda: None)
        self.print_menu = QMenu(self)
        self.print_button.setMenu(self.print_menu)
        self.abandon_button = button(self.tr("Abandon…"), "meetingAbandon",
                                     lambda: self._open(self._dialogs().AbandonDialog(self, self.app, self.meeting)))
        button(self.tr("Close"), "meetingClose", self.close)
        return row

    @staticmethod
    def _dialogs():
        from counselor_app.ui.meetings import meeting_dialogs

        return meeting_dialogs

    # -- loading and showing ----------------------------------------------------------------------------------
    def reload(self) -> None:
        meeting_id = self.meeting_id
        self.app.worker.run(lambda s: load_window(s, meeting_id), self._loaded, self._load_failed, context=self)

    def _loaded(self, result) -> None:
        view, levels = result
        self.view, self.meeting = view, view.meeting
        m = view.meeting
        state = m.state
        editable = state in (rules.MeetingState.PREPARING, rules.MeetingState.IN_PROGRESS)
        self.title.setText(words.meeting_title(m.grade, m.month, m.kind, m.name))
        self.state_badge.setText(words.state_text(state))
        self.state_badge.setStyleSheet(BADGE.format(bg=words.STATE_COLOURS.get(state, "#7a7a7a")))
        time = "–".join(t for t in (m.start_time, m.end_time) if t)
        self.when.setText(self.tr("{day} {time} · place: {place} · chair: {chair} · minute-taker: {recorder}").format(
            day=m.held_on, time=time, place=m.place or words.DASH, chair=m.chair or words.DASH,
            recorder=m.recorder or words.DASH).replace("  ", " "))   # no double space without times
        self._show_notice(m)
        self.refresh_button.setVisible(state == rules.MeetingState.PREPARING)
        self.start_button.setVisible(state == rules.MeetingState.PREPARING)
        self.finalize_button.setVisible(state == rules.MeetingState.IN_PROGRESS)
        self.abandon_button.setVisible(editable)
        self.details_button.setVisible(editable)
        self.addendum_button.setVisible(state == rules.MeetingState.FINALIZED)
        self._fill_print_menu()
        self.agenda_tab.show_view(view, watch_words.level_map(levels), editable,
                                  state == rules.MeetingState.PREPARING)
        self.attendance_tab.show_view(view, editable)
        self.other_tab.show_view(view, editable)
        self.tabs.setTabText(0, self.tr("Agenda ({n})").format(n=len(view.items)))
        self.tabs.setTabText(1, self.tr("Attendance ({n})").format(n=len(view.attendees)))
        self.tabs.setTabText(2, self.tr("Last meeting's actions and other matters"))
        self.stack.setCurrentWidget(self.content)

    def _show_notice(self, m) -> None:
        if m.state == rules.MeetingState.FINALIZED:
            text = self.tr("Finalized on {day} by {who}. The minutes are locked: corrections are addenda.").format(
                day=rules.local_day(m.finalized_at) if m.finalized_at else words.DASH,
                who=m.finalizer or words.DASH)
        elif m.state == rules.MeetingState.ABANDONED:
            text = self.tr("Abandoned: {reason}").format(reason=m.abandon_reason or words.DASH)
        elif m.state == rules.MeetingState.IN_PROGRESS:
            text = self.tr("The meeting has started: record the attendance and a decision for each student, then "
                           "finalize it.")
        else:
            text = ""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _load_failed(self, error: BaseException) -> None:
        from counselor_app.translation import error_text

        self.view = self.meeting = None
        self.message.setText(error_text(error) if hasattr(error, "message") else
                             self.tr("The meeting could not be loaded."))
        self.stack.setCurrentWidget(self.message)
        if not hasattr(error, "message"):
            dialogs.show_error(self, error)

    # -- acting -----------------------------------------------------------------------------------------------
    def _open(self, dialog) -> QDialog | None:
        if self.meeting is None:
            return None
        self.dialog = dialog
        dialog.open()
        return dialog

    def call(self, run, after=None) -> None:
        """One change of the meeting on the worker; a refusal is shown, and the window loads the meeting again."""
        def failed(error: BaseException) -> None:
            dialogs.show_error(self, error)
            self.reload()

        self.app.worker.run(run, after, failed, context=self)

    def refresh_agenda(self) -> None:
        if self.meeting is not None:
            meeting_id = self.meeting_id
            self.call(lambda s: agenda.refresh_agenda(s, meeting_id))

    def start_meeting(self) -> None:
        m = self.meeting
        if m is None or not dialogs.ask_yes_no(
                self, self.tr("Start the meeting"),
                self.tr("Start the meeting now? From then on the agenda is no longer built from the watch list; "
                        "students can still be added by hand."), yes_text=self.tr("Start")):
            return
        meeting_id, revision = m.id, m.revision
        self.call(lambda s: meeting_service.start_meeting(s, meeting_id, revision))

    def open_finalize(self) -> QDialog | None:
        return self._open(self._dialogs().FinalizeDialog(self, self.app, self.meeting, on_saved=self.finalized))

    def finalized(self, result) -> None:
        dialogs.show_info(self, self.tr("Finalize the meeting"), self.tr(
            "The meeting is finalized: {applied} decisions applied to the watch list ({raised} raised, {lowered} "
            "lowered, {closed} closed, {requests} closings waiting for the head's approval, {measures} plan "
            "measures added).").format(applied=result.applied, raised=result.raised, lowered=result.lowered,
                                       closed=result.closed, requests=result.close_requests,
                                       measures=result.measures))

    def open_details(self) -> QDialog | None:
        from counselor_app.ui.meetings.new_meeting_dialog import EditMeetingDialog

        return self._open(EditMeetingDialog(self, self.app, self.meeting)) if self.meeting is not None else None

    def open_decision(self, item) -> QDialog | None:
        from counselor_app.ui.meetings.decision_dialog import DecisionDialog

        return self._open(DecisionDialog(self, self.app, self.meeting, item))

    def clear_decision(self, item) -> None:
        if not dialogs.ask_yes_no(self, self.tr("Clear the decision"),
                                  self.tr("Clear the decision recorded for {name}?").format(name=item.name),
                                  yes_text=self.tr("Clear")):
            return
        meeting_id, item_id = self.meeting_id, item.id
        self.call(lambda s: meetings_decisions.clear_decision(s, meeting_id, item_id))

    def remove_item(self, item) -> None:
        if not dialogs.ask_yes_no(self, self.tr("Remove from the agenda"),
                                  self.tr("Take {name} off the agenda?").format(name=item.name),
                                  yes_text=self.tr("Remove")):
            return
        meeting_id, item_id = self.meeting_id, item.id
        self.call(lambda s: agenda.remove_item(s, meeting_id, item_id))

    def reorder(self, item_ids: tuple[int, ...]) -> None:
        """The agenda in this order (the moved item stays selected: the reload keeps the selection)."""
        meeting_id = self.meeting_id
        self.call(lambda s: agenda.reorder(s, meeting_id, item_ids))

    def open_add_student(self) -> QDialog | None:
        return self._open(self._dialogs().AddStudentDialog(self, self.app, self.meeting))

    def open_attendance(self) -> QDialog | None:
        from counselor_app.ui.meetings.attendance import AttendanceDialog

        if self.view is None:
            return None
        return self._open(AttendanceDialog(self, self.app, self.meeting_id, self.meeting.revision,
                                           self.view.attendees))

    def open_other_matters(self) -> QDialog | None:
        return self._open(self._dialogs().OtherMattersDialog(self, self.app, self.meeting, self.other_tab.other_text))

    # -- printing ---------------------------------------------------------------------------------------------
    def printable(self) -> list:
        """The registered documents about one meeting (the sign-in sheet, the minutes) this user may print: those
        whose record is a meeting, given by its id."""
        from counselor_app.services import documents

        return [doc for doc in documents.DOCUMENTS.values()
                if doc.target[0] == "meeting" and tuple(doc.params) == ("id",) and self.app.may(doc.permission)]

    def _fill_print_menu(self) -> None:
        self.print_menu.clear()
        for doc in self.printable():
            action = self.print_menu.addAction(translate_text(doc.label) + "…")
            action.triggered.connect(lambda _c=False, d=doc: self.print_document(d))
            if "identities" in doc.optional:   # the annex that names the students: on its own page, audited
                action = self.print_menu.addAction(self.tr("{document} with the identity annex…").format(
                    document=translate_text(doc.label)))
                action.triggered.connect(lambda _c=False, d=doc: self.print_document(d, identities=True))
        self.print_button.setVisible(bool(self.print_menu.actions()))

    def print_document(self, document, **options) -> None:
        """The document in the print preview; its preview, print and save are audited under the meeting."""
        from counselor_app.services import documents
        from counselor_app.ui.print_preview import open_document

        if self.meeting is None:
            return
        kind, title, meeting_id = document.kind, translate_text(document.label), self.meeting_id
        open_document(self.app, self, title, kind,
                      lambda s: documents.build_document(s, kind, tr=translate_text, id=meeting_id, **options),
                      default_name=f"{title}-{meeting_id}", target_id=meeting_id)

    # -- changes and the lock -----------------------------------------------------------------------------------
    def _on_changed(self, changes) -> None:
        if (Area.MEETINGS in changes or Area.WATCH in changes) and not self.app.locked:
            self.reload()

    def _on_locked(self, locked: int) -> None:
        if locked:
            self.clear()
            self.close()
            self.deleteLater()

    def clear(self) -> None:
        self.view = self.meeting = None
        for label in (self.title, self.when, self.notice, self.state_badge):
            label.clear()
        for tab in (self.agenda_tab, self.attendance_tab, self.other_tab):
            tab.clear()
        self.stack.setCurrentWidget(self.message)
