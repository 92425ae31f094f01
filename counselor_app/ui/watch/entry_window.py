"""The entry window: where a counselor works on one student's watch-list entry (重点关注学生 / 一人一策).

``open_entry_window(app, entry_id, parent)`` opens it, or raises the one already open for that entry. It loads the
entry through the worker (services/watch_detail.get_entry: one audited look), reloads itself when an operation
changed the watch list (Area.WATCH, announced by the worker), and closes itself when the office locks: nothing of
the student stays on screen or in memory after the idle lock.

The header says who, the level (a coloured badge), the class 轻症/重症, the state, the dates and what is overdue;
then the concern and the people (包保人, 心理委员, parent); the actions the user's role allows; the tabs
(ui/watch/entry_tabs.py). Every change goes through a form dialog (ui/watch/change_dialogs.py, record_dialogs.py,
plan_editor.py) that carries the revision the window showed: a save from a stale copy is refused by the service
(ChangedMeanwhile), the dialog keeps the user's text and shows the message, and the window reloads behind it.
"""
from __future__ import annotations

import html

from counselor_app.domain import watch as rules
from counselor_app.domain.areas import Area
from counselor_app.domain.errors import UserError
from counselor_app.domain.roles import Permission
from counselor_app.services import watch as watch_service, watch_closing, watch_detail
from counselor_app.translation import error_text, translate_text
from counselor_app.ui import dialogs
from counselor_app.ui.qt import (
    QDialog, QFrame, QGridLayout, QGuiApplication, QHBoxLayout, QKeySequence, QLabel, QMenu, QPushButton, QScrollArea,
    QShortcut, QSizePolicy, QStackedWidget, Qt, QTabWidget, QVBoxLayout, QWidget, is_alive,
)
from counselor_app.ui.vocabulary import gender_text
from counselor_app.ui.watch.entry_tabs import (
    ContactsTab, FollowUpsTab, HistoryTab, PlanTab, caption, history_rows, text_label,
)
from counselor_app.ui.watch.entry_words import (
    DASH, is_past, label, level_name, level_of, overdue_words, ref_type_name, severity_name, text_colour, with_aside,
)

STYLE = """
QWidget#entryWindow { background: #f6f7f9; }
QLabel#entryName { font-size: 20px; font-weight: 600; color: #1f2d3d; }
QLabel#entryWhere { color: #5a6b7b; font-size: 13px; }
QLabel#watchCaption { color: #5a6b7b; font-weight: 600; }
QFrame#entryInfo, QFrame#watchCard { background: white; border: 1px solid #dde3ea; border-radius: 6px; }
QFrame#watchAddendum { background: #f6f7f9; border: none; border-left: 3px solid #c8d1db; }
QLabel#watchCardTitle { font-weight: 600; color: #1f2d3d; }
QLabel#watchAddendumTitle { color: #5a6b7b; }
QLabel#stateBadge, QLabel#severityBadge { background: #e8edf2; color: #1f2d3d; border-radius: 4px; padding: 2px 8px; }
QLabel#pendingBadge { background: #fff4ce; color: #5c4500; border: 1px solid #e8c95a; border-radius: 4px;
                      padding: 2px 8px; }
QLabel#overdue { color: #b3261e; font-weight: 600; }
QWidget#planBody, QWidget#recordsBody { background: white; }
"""
BADGE = "background: {bg}; color: {fg}; border-radius: 4px; padding: 2px 10px; font-weight: 600;"

_windows: dict[int, "EntryWindow"] = {}


def open_entry_window(app, entry_id: int, parent: QWidget | None = None) -> "EntryWindow":
    """Open the window of the entry, or raise the one already open for it."""
    found = _windows.get(entry_id)
    if is_alive(found) and found.app is app:
        found.show()
        found.raise_()
        found.activateWindow()
        return found
    window = EntryWindow(app, entry_id, parent)
    _windows[entry_id] = window
    window.show()
    return window


class EntryWindow(QWidget):
    """A window of its own (not a dialog: Enter presses no button unasked), above its parent's window; Esc closes it
    like 关闭 (it holds no unsaved input: the changes are made in dialogs over it, which take their Esc first)."""

    def __init__(self, app, entry_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.app, self.entry_id = app, entry_id
        self.detail = None          # services/watch_detail.EntryDetail, once loaded
        self.choices = None         # services/watch.Choices (levels, staff, peer carers) for the dialogs
        self.names: dict[int, str] = {}
        self.dialog: QDialog | None = None   # the dialog open over the window (tests reach it here)
        self._after: list = []
        self.setWindowTitle(self.tr("Watch-list entry"))   # no name: window titles show in the task bar
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("entryWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(STYLE)
        self.setMinimumSize(900, 600)
        screen = (parent.screen() if parent is not None else QGuiApplication.primaryScreen()).availableGeometry()
        self.resize(min(1120, screen.width() - 40), min(820, screen.height() - 60))
        outer = QVBoxLayout(self)
        self.stack = QStackedWidget()
        self.message = QLabel(self.tr("Loading…"))
        self.message.setObjectName("entryMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        page = QWidget()   # while loading, or what kept the entry from showing (a refusal): the message, 关闭
        box = QVBoxLayout(page)
        box.addWidget(self.message, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        leave = QPushButton(self.tr("Close"))
        leave.setObjectName("closeMessage")
        leave.clicked.connect(self.close)
        row.addWidget(leave)
        box.addLayout(row)
        self.message_page = page
        self.stack.addWidget(page)
        self.content = QWidget()
        self.stack.addWidget(self.content)
        outer.addWidget(self.stack, 1)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._build_header())
        self.notice = self._build_notice()
        layout.addWidget(self.notice)
        layout.addLayout(self._build_actions())
        self.info_area = self._build_info()
        layout.addWidget(self.info_area)
        self.tabs = QTabWidget()
        self.plan_tab, self.followups_tab = PlanTab(self), FollowUpsTab(self)
        self.contacts_tab, self.history_tab = ContactsTab(self), HistoryTab(self)
        for tab in (self.plan_tab, self.followups_tab, self.contacts_tab, self.history_tab):
            self.tabs.addTab(tab, "")
        layout.addWidget(self.tabs, 1)
        self.followups_tab.add_button.clicked.connect(lambda: self.open_dialog("followup"))
        self.contacts_tab.add_button.clicked.connect(lambda: self.open_dialog("contact"))
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)   # a window of its own: Esc closes it too
        app.worker.changed.connect(self._on_changed)
        app.locked_changed.connect(self._on_locked)
        self.reload()

    # -- building ---------------------------------------------------------------------------------------------
    def _build_header(self) -> QVBoxLayout:
        box = QVBoxLayout()
        top = QHBoxLayout()
        self.name_label = QLabel()
        self.name_label.setObjectName("entryName")
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(self.name_label)
        self.level_badge, self.severity_badge = QLabel(), QLabel()
        self.level_badge.setObjectName("levelBadge")
        self.severity_badge.setObjectName("severityBadge")
        self.state_badge, self.pending_badge = QLabel(), QLabel(self.tr("Closing awaits approval"))
        self.state_badge.setObjectName("stateBadge")
        self.pending_badge.setObjectName("pendingBadge")
        for badge in (self.level_badge, self.severity_badge, self.state_badge, self.pending_badge):
            top.addWidget(badge)
        top.addStretch(1)
        box.addLayout(top)
        self.where_label = QLabel()
        self.where_label.setObjectName("entryWhere")
        box.addWidget(self.where_label)
        self.dates_label = QLabel()
        self.dates_label.setObjectName("entryDates")
        self.dates_label.setWordWrap(True)
        box.addWidget(self.dates_label)
        self.overdue_label = QLabel()
        self.overdue_label.setObjectName("overdue")
        self.overdue_label.setWordWrap(True)
        box.addWidget(self.overdue_label)
        return box

    def _build_notice(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("notice")
        row = QHBoxLayout(frame)
        self.notice_label = text_label(name="closeNotice")
        row.addWidget(self.notice_label, 1)
        self.withdraw_button = QPushButton(self.tr("Withdraw the request"))
        self.withdraw_button.setObjectName("withdrawClose")
        self.approve_button = QPushButton(self.tr("Approve closing"))
        self.approve_button.setObjectName("approveClose")
        self.reject_button = QPushButton(self.tr("Send back…"))
        self.reject_button.setObjectName("rejectClose")
        for button in (self.withdraw_button, self.approve_button, self.reject_button):
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.withdraw_button.clicked.connect(lambda: self.withdraw_close())
        self.approve_button.clicked.connect(lambda: self.approve_close())
        self.reject_button.clicked.connect(lambda: self.open_dialog("reject"))
        return frame

    def _build_actions(self) -> QHBoxLayout:
        row = QHBoxLayout()

        def button(text: str, name: str, kind: str | None = None) -> QPushButton:
            b = QPushButton(text)
            b.setObjectName(name)
            b.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)   # never cut short
            if kind is not None:
                b.clicked.connect(lambda: self.open_dialog(kind))
            row.addWidget(b)
            return b

        self.level_button = button(self.tr("Change level…"), "changeLevel", "level")
        self.severity_button = button(self.tr("Change class…"), "changeSeverity", "severity")
        self.state_button = button(self.tr("State"), "changeState")
        self.state_menu = QMenu(self.state_button)
        self.state_button.setMenu(self.state_menu)
        self.responsible_button = button(self.tr("Responsible people…"), "changeResponsible", "responsible")
        self.edit_button = button(self.tr("Correct the details…"), "editEntry", "edit")
        row.addStretch(1)
        self.request_button = button(self.tr("Ask to close…"), "requestClose", "request_close")
        self.reopen_button = button(self.tr("Reopen…"), "reopenEntry", "reopen")
        self.print_button = button(self.tr("Print…"), "printEntry")
        self.print_menu = QMenu(self.print_button)
        self.print_button.setMenu(self.print_menu)
        close = button(self.tr("Close"), "closeWindow")
        close.clicked.connect(self.close)
        return row

    def _build_info(self) -> QScrollArea:
        self.info_frame = frame = QFrame()
        frame.setObjectName("entryInfo")
        grid = QGridLayout(frame)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setHorizontalSpacing(12)
        self.source_label, self.peer_label = text_label(name="entrySource"), text_label(name="entryPeer")
        self.people_label, self.parent_label = text_label(name="entryPeople"), text_label(name="entryParent")
        self.concern_label = text_label(name="entryConcern")
        cells = [(0, 0, self.tr("Source"), self.source_label), (0, 2, self.tr("Peer carer"), self.peer_label),
                 (1, 0, self.tr("Responsible"), self.people_label), (1, 2, self.tr("Parent contact"),
                                                                       self.parent_label)]
        for r, c, title, value in cells:
            grid.addWidget(caption(title), r, c, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, r, c + 1, Qt.AlignmentFlag.AlignTop)   # the value on its caption's line
        grid.addWidget(caption(self.tr("Concern")), 2, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.concern_label, 2, 1, 1, 3, Qt.AlignmentFlag.AlignTop)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(frame)
        return area

    # -- loading ----------------------------------------------------------------------------------------------
    def reload(self, after=None) -> None:
        """Load the entry again (one audited look); ``after(detail)`` runs once it is shown."""
        if after is not None:
            self._after.append(after)
        entry_id, editor = self.entry_id, self.app.may(Permission.EDIT_WATCHLIST)

        def load(session):
            detail = watch_detail.get_entry(session, entry_id)
            return detail, watch_service.choices(session, detail.entry.student_id) if editor else None

        self.app.worker.run(load, self._loaded, self._load_failed, context=self)

    def _loaded(self, result) -> None:
        self.detail, self.choices = result
        self.names = {sid: name for sid, name, _roles in (self.choices.staff if self.choices else ())}
        self.names.update({r.staff_id: r.name for r in self.detail.responsible})
        self.names.update(self.detail.staff_names)   # people the history names who have left since
        self._show(self.detail)
        self.stack.setCurrentWidget(self.content)
        self.fit_info()
        after, self._after = self._after, []
        for call in after:
            call(self.detail)

    def _load_failed(self, error: BaseException) -> None:
        self._after = []
        if self.detail is None:   # nothing to show: the window says why (a refusal, an entry that is gone)
            self.message.setText(error_text(error) if isinstance(error, UserError) else
                                 self.tr("The entry could not be loaded."))
            self.stack.setCurrentWidget(self.message_page)
            if not isinstance(error, UserError):
                dialogs.show_error(self, error)
        else:
            dialogs.show_error(self, error)

    def fit_info(self) -> None:
        """The people and the concern as tall as they are, up to a third of the window (a longer concern scrolls)."""
        wanted = self.info_frame.heightForWidth(self.info_area.viewport().width() or self.width() - 30)
        wanted = max(wanted, self.info_frame.minimumSizeHint().height()) + 4
        self.info_area.setFixedHeight(min(wanted, max(140, self.height() // 3)))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.detail is not None:
            self.fit_info()

    def levels(self):
        return self.detail.levels if self.detail is not None else ()

    def _show(self, d) -> None:
        e, row = d.entry, d.row
        is_open = e.state != rules.State.CLOSED
        asked = bool(e.close_requested_at) and is_open
        self.name_label.setText(row.name)
        self.where_label.setText(" · ".join(p for p in (row.student_no, row.klass or self.tr("no class"),
                                                        gender_text(d.gender)) if p))
        level = level_of(d.levels, e.level)
        colour = level.colour if level else "#8da2b5"
        self.level_badge.setText(level_name(d.levels, e.level))
        self.level_badge.setStyleSheet(BADGE.format(bg=colour, fg=text_colour(colour)))
        self.severity_badge.setText(severity_name(e.severity) if e.severity else self.tr("class not yet decided"))
        self.state_badge.setText(label(rules.State, e.state))
        self.pending_badge.setVisible(asked)
        self._show_dates(d, is_open)
        self._show_info(d)
        self._show_notice(d, is_open, asked)
        self._show_actions(d, is_open, asked)
        edit = self.app.may(Permission.EDIT_WATCHLIST)
        self.plan_tab.load(d, edit and is_open)
        self.followups_tab.show_records(d.followups, edit and is_open, edit)
        self.contacts_tab.show_records(d.contacts, edit and is_open, edit)
        self.history_tab.show_history(history_rows(d, self.names))
        titles = [self.tr("Individual plan"), self.tr("Follow-ups ({n})").format(n=len(d.followups)),
                  self.tr("Parent contacts ({n})").format(n=len(d.contacts)),
                  self.tr("History ({n})").format(n=len(d.history))]
        for n, title in enumerate(titles):
            self.tabs.setTabText(n, title)

    def _show_dates(self, d, is_open: bool) -> None:
        e, row = d.entry, d.row
        parts = [self.tr("On the list since {day}").format(day=e.opened_on)]
        if is_open:
            review = html.escape(self.tr("Next review: {day}").format(day=e.next_review))
            late = rules.Overdue.REVIEW in row.overdue or is_past(e.next_review)
            parts.append(f"<span style='color:#b3261e; font-weight:600'>{review}</span>" if late else review)
        else:
            parts.append(html.escape(self.tr("Closed on {day}").format(day=e.closed_on or DASH)))
        self.dates_label.setText(" · ".join(html.escape(parts[0]) if n == 0 else p for n, p in enumerate(parts)))
        self.overdue_label.setText(self.tr("Overdue: {reasons}").format(reasons=overdue_words(row.overdue))
                                   if row.overdue and is_open else "")
        self.overdue_label.setVisible(bool(row.overdue) and is_open)

    def _show_info(self, d) -> None:
        e = d.entry
        source = label(rules.Source, e.source)
        if e.source_ref_id:
            source += " · " + self.tr("record {ref}").format(ref=" ".join(p for p in (ref_type_name(e.source_ref_type),
                                                                                   e.source_ref_id) if p))
        self.source_label.setText(source)
        people = []
        for r in d.responsible:
            line = self.tr("{duty}: {name}").format(duty=label(rules.Duty, r.duty), name=r.name)
            if r.phone:
                line += f"  {r.phone}"
            if not r.active:
                line += " " + self.tr("(has left the school)")
            people.append(line)
        self.people_label.setText("\n".join(people) or self.tr("nobody yet"))
        self.peer_label.setText(d.peer or DASH)
        parent = with_aside(e.parent_name, e.parent_relation if e.parent_relation != e.parent_name else "")
        self.parent_label.setText("  ".join(p for p in (parent, e.parent_phone) if p) or DASH)
        self.concern_label.setText(d.concern)

    def _show_notice(self, d, is_open: bool, asked: bool) -> None:
        e = d.entry
        asked_by = next((h for h in reversed(d.history) if h.kind == "close_requested"), None)
        if asked:
            text = self.tr("Closing asked by {who}: {reason}. {note}").format(
                who=asked_by.by if asked_by else DASH, reason=label(rules.CloseReason, e.close_reason),
                note=d.close_note)
        elif not is_open:
            text = self.tr("Closed on {day}: {reason}. {note}").format(
                day=e.closed_on or DASH, reason=label(rules.CloseReason, e.close_reason), note=d.close_note)
        else:
            text = ""
        self.notice_label.setText(text.strip())
        self.notice.setVisible(bool(text))
        edit, approve = self.app.may(Permission.EDIT_WATCHLIST), self.app.may(Permission.APPROVE_WATCH_CLOSING)
        self.withdraw_button.setVisible(asked and edit)
        self.approve_button.setVisible(asked and approve)
        self.reject_button.setVisible(asked and approve)

    def _show_actions(self, d, is_open: bool, asked: bool) -> None:
        edit = self.app.may(Permission.EDIT_WATCHLIST)
        for button in (self.level_button, self.severity_button, self.responsible_button):
            button.setVisible(edit and is_open)
        self.edit_button.setVisible(edit)
        self.state_menu.clear()
        for target in rules.MOVES[rules.State(d.entry.state)]:
            action = self.state_menu.addAction(self.tr("Move to “{state}”…").format(state=label(rules.State, target)))
            action.triggered.connect(lambda *_a, t=target.value: self.open_dialog("state", t))
        self.state_button.setVisible(edit and is_open and bool(self.state_menu.actions()))
        self.request_button.setVisible(edit and is_open and not asked)
        self.reopen_button.setVisible(edit and not is_open)
        self.print_menu.clear()
        for document in self.printable():
            action = self.print_menu.addAction(translate_text(document.label))
            action.triggered.connect(lambda *_a, doc=document: self.print_document(doc))
        self.print_button.setVisible(bool(self.print_menu.actions()))

    # -- acting -----------------------------------------------------------------------------------------------
    def open_dialog(self, kind: str, *args) -> QDialog | None:
        """Open the form dialog of ``kind`` over the window (once the entry is loaded)."""
        if self.detail is None:
            return None
        from counselor_app.ui.watch import change_dialogs, plan_editor, record_dialogs

        make = {"level": change_dialogs.LevelDialog, "severity": change_dialogs.SeverityDialog,
                "state": change_dialogs.StateDialog, "responsible": change_dialogs.ResponsibleDialog,
                "edit": change_dialogs.EditEntryDialog, "request_close": change_dialogs.CloseRequestDialog,
                "reject": change_dialogs.RejectDialog, "reopen": change_dialogs.ReopenDialog,
                "followup": record_dialogs.FollowUpDialog, "contact": record_dialogs.ContactDialog,
                "addendum": record_dialogs.AddendumDialog, "plan": plan_editor.PlanEditor,
                "versions": plan_editor.PlanVersionsDialog}[kind]
        self.dialog = make(self, *args)
        self.dialog.open()
        return self.dialog

    def write_plan(self) -> None:
        self.open_dialog("plan")

    def show_plan_versions(self) -> None:
        self.open_dialog("versions")

    def add_addendum(self, kind: str, record) -> None:
        self.open_dialog("addendum", kind, record)

    def _entry_call(self, call, done_text: str = "") -> None:
        """Run a change of the entry; a refusal is shown and the window loads the entry again."""
        def failed(error: BaseException) -> None:
            dialogs.show_error(self, error)
            self.reload()

        self.app.worker.run(call, lambda _r: done_text and dialogs.show_info(self, self.windowTitle(), done_text),
                            failed, context=self)

    def approve_close(self) -> None:
        d = self.detail
        if d is None or not dialogs.ask_yes_no(
                self, self.tr("Approve closing"),
                self.tr("Close this entry as asked ({reason})? It stays in the student's history and can be "
                        "reopened.").format(reason=label(rules.CloseReason, d.entry.close_reason)),
                yes_text=self.tr("Close the entry")):
            return
        entry_id, revision = self.entry_id, d.entry.revision
        self._entry_call(lambda s: watch_closing.approve_close(s, entry_id, revision))

    def withdraw_close(self) -> None:
        d = self.detail
        if d is None or not dialogs.ask_yes_no(self, self.tr("Withdraw the request"),
                                               self.tr("Withdraw the request to close this entry? It stays open."),
                                               yes_text=self.tr("Withdraw")):
            return
        entry_id, revision = self.entry_id, d.entry.revision
        self._entry_call(lambda s: watch_closing.withdraw_close(s, entry_id, revision))

    # -- printing ---------------------------------------------------------------------------------------------
    def printable(self) -> list:
        """The registered watch-list documents about one entry (or its student) that this user may print: those
        whose parameters the window can fill (the entry's id, its student's id)."""
        from counselor_app.services import documents

        return [doc for doc in documents.DOCUMENTS.values()
                if doc.kind.startswith("watch_") and doc.params and set(doc.params) <= {"entry_id", "student_id"}
                and self.app.may(doc.permission)]

    def print_document(self, document) -> None:
        """The document in the print preview; its preview, print and save are audited under its record."""
        from counselor_app.services import documents
        from counselor_app.ui.print_preview import open_document

        if self.detail is None:
            return
        known = {"entry_id": self.entry_id, "student_id": self.detail.entry.student_id}
        wanted = set(document.params) | ({"entry_id"} & set(getattr(document, "optional", ())))
        params = {name: value for name, value in known.items() if name in wanted}
        kind, title = document.kind, translate_text(document.label)
        target = params.get(document.target[1], "") if document.target[1] else ""
        open_document(self.app, self, title, kind,
                      lambda s: documents.build_document(s, kind, tr=translate_text, **params),
                      default_name=f"{title}-{self.entry_id}", target_id=target)

    # -- changes and the lock -----------------------------------------------------------------------------------
    def _on_changed(self, changes) -> None:
        if Area.WATCH in changes and not self.app.locked:
            self.reload()

    def _on_locked(self, locked: int) -> None:
        if locked:   # nothing of the student stays on screen or in memory; the window is not shown again
            self.clear()
            self.close()
            self.deleteLater()

    def clear(self) -> None:
        self.detail = self.choices = None
        self.names = {}
        for widget in (self.name_label, self.where_label, self.dates_label, self.overdue_label, self.level_badge,
                       self.severity_badge, self.state_badge, self.notice_label, self.source_label,
                       self.people_label, self.peer_label, self.parent_label, self.concern_label):
            widget.clear()
        for tab in (self.plan_tab, self.followups_tab, self.contacts_tab, self.history_tab):
            tab.clear()
        self.message.setText("")
        self.stack.setCurrentWidget(self.message_page)

