"""The start page's watch-list card: 需要跟进的重点关注学生.

services.watch_loop.my_overdue gives the user's overdue entries (the office head: everyone's) and, for the head,
the closings waiting for approval. The card lists up to :data:`SHOWN` of each, most urgent first — the level's
colour, name, class, the reasons in words, the review date —; a click opens the entry window, 全部 N 条… the watch
list filtered to the overdue entries. Nothing of it is built for a role without the watch list.
"""
from __future__ import annotations

from counselor_app.services import watch_loop
from counselor_app.ui.qt import QLabel, QPushButton, QSize, Qt, QVBoxLayout, QWidget
from counselor_app.ui.watch import list_words as words
from counselor_app.ui.widgets import StartCard

SHOWN = 10

STYLE = """
QPushButton#watchItem { text-align: left; border: none; padding: 4px 6px; background: transparent; }
QPushButton#watchItem:hover { background: #eef3f8; }
QPushButton#watchAll, QPushButton#watchAllRequests { border: none; color: #2f6fae; padding: 2px 4px;
                                                     background: transparent; }
QPushButton#watchAll:hover, QPushButton#watchAllRequests:hover { text-decoration: underline; }
QLabel#watchSubTitle { font-weight: 600; color: #1f2d3d; padding-top: 6px; }
"""


def load_overview(session):
    """The overview and the office's levels (their names and colours), in one call on the worker."""
    return watch_loop.my_overdue(session), watch_loop.levels(session, all_levels=True)


class WatchCard(StartCard):
    """``WatchCard(app, open_entry, show_all)``: ``open_entry(entry_id)`` opens an entry, ``show_all()`` goes to
    the watch list filtered to the overdue entries."""

    def __init__(self, app, open_entry, show_all, parent: QWidget | None = None) -> None:
        super().__init__(STYLE, parent)
        self.app = app
        self.open_entry, self.show_all = open_entry, show_all
        self.levels: dict = {}
        self.title.setText(self.tr("Watch-list students to follow up"))
        layout = self.layout()
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.hide()
        layout.addWidget(self.empty)
        self.items = QVBoxLayout()
        self.items.setSpacing(0)
        layout.addLayout(self.items)
        self.all_button = QPushButton()
        self.all_button.setObjectName("watchAll")
        self.all_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.all_button.clicked.connect(lambda _c=False: self.show_all())
        self.all_button.hide()
        layout.addWidget(self.all_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.requests_title = QLabel(self.tr("Closing requests waiting for approval"))
        self.requests_title.setObjectName("watchSubTitle")
        self.requests_title.hide()
        layout.addWidget(self.requests_title)
        self.requests = QVBoxLayout()
        self.requests.setSpacing(0)
        layout.addLayout(self.requests)
        self.buttons: list[QPushButton] = []
        self.request_buttons: list[QPushButton] = []

    # -- showing -----------------------------------------------------------------------------------------------
    def show_data(self, result) -> None:
        overview, levels = result
        self.data = overview
        self.levels = words.level_map(levels)
        self._clear_items()
        overdue = overview.overdue
        if overview.everyone:
            self.summary.setText(self.tr("whole office: {open} open, {overdue} overdue").format(
                open=overview.open_count, overdue=len(overdue)))
        else:
            self.summary.setText(self.tr("yours: {open} open, {overdue} overdue").format(
                open=overview.open_count, overdue=len(overdue)))
        self.empty.setVisible(not overdue)
        self.empty.setText(self.tr("Nothing is overdue: every open entry has its follow-up in time.")
                           if overview.open_count else self.tr("No open entry to follow up."))
        self.buttons = [self._item(self.items, row, self.reasons(row)) for row in overdue[:SHOWN]]
        self.all_button.setText(self.tr("All {count} overdue entries…").format(count=len(overdue)))
        self.all_button.setVisible(len(overdue) > SHOWN)
        requests = overview.close_requests
        self.requests_title.setVisible(bool(requests))
        self.request_buttons = [self._item(self.requests, row, self.tr("closing asked"))
                                for row in requests[:SHOWN]]

    def reasons(self, row) -> str:
        return words.overdue_text(row.overdue)

    def _item(self, layout, row, what: str) -> QPushButton:
        text = self.tr("{name} · {klass} · {level} — {what} · next review {day}").format(
            name=row.name, klass=row.klass or self.tr("no class"), level=words.level_name(self.levels, row.level),
            what=what, day=row.next_review)
        button = QPushButton(words.level_icon(self.levels, row.level), text)
        button.setObjectName("watchItem")
        button.setIconSize(QSize(12, 12))
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setToolTip(self.tr("Open the entry"))
        entry_id = row.id
        button.clicked.connect(lambda _c=False: self.open_entry(entry_id))
        layout.addWidget(button)
        if self.isVisible():   # shown now, not at the next turn of the event loop (a hidden card shows it later)
            button.show()
        return button

    def _clear_items(self) -> None:
        for button in self.buttons + self.request_buttons:
            button.hide()
            button.deleteLater()
        self.buttons, self.request_buttons = [], []

    def clear(self) -> None:
        """The office is being locked: no name stays on screen."""
        self.data = None
        self._clear_items()
        self.summary.clear()
        self.empty.hide()
        self.all_button.hide()
        self.requests_title.hide()
