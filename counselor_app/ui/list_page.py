"""The list page kit: a page of rows declared, not wired (students, staff, classes, users; the watch list, meetings,
referrals, appointments and duty next).

A page subclasses :class:`ListPage` and declares what differs::

    class MeetingsPage(ListPage):
        key, permission = "meetings", Permission.MANAGE_MEETINGS
        cares_about = frozenset({Area.MEETINGS})          # refreshed when an operation changed one of these
        loader = staticmethod(meeting_service.list_meetings)   # session → rows, run on the worker
        edit_dialog = MeetingDialog                        # (page, row or None) → a FormDialog
        edit_permission = Permission.MANAGE_MEETINGS       # New… and double-click / Enter open it only then

        @classmethod
        def title(cls): return QCoreApplication.translate("Pages", "Meetings")
        def search_hint(self): return self.tr("Student name or pinyin initials")   # no search box without it
        def heading(self): return [self.action(self.tr("New meeting…"), self.edit, Permission.MANAGE_MEETINGS)]
        def filters(self):
            self.state = ChoiceFilter(attrgetter("state"), self.tr("All states"), choices=[...])
            return [self.state]
        def columns(self): return [Column(self.tr("Date"), attrgetter("date")), ...]

The kit lays out the heading (title and buttons), the bar (search box, filters), the table (sortable by a header
click) and the count line; it loads through the worker (a "loading…" line until the first rows arrive), filters as
the user types (after a short pause), keeps the selection across refreshes, opens a row on double-click or Enter,
enables row buttons by the selection, shows buttons by permission (``app.may``), and forgets every row on lock.

Search: a row matches when its ``search`` attribute (a lower-case string the service builds: number, name, pinyin
initials) holds every typed word. Filters narrow the plain rows with list comprehensions before the model sees them
(30,000 students in a few milliseconds: bench/bench_student_list.py).
"""
from __future__ import annotations

from dataclasses import dataclass
from operator import attrgetter
from typing import Any, Callable, Iterable, Sequence

from counselor_app.domain.roles import Permission
from counselor_app.translation import translate_text
from counselor_app.ui.flow_layout import flow_heading, flow_row
from counselor_app.ui.models import Column, RowsModel, sortable
from counselor_app.ui.pages import Page
from counselor_app.ui.qt import (
    QCheckBox, QComboBox, QEvent, QLabel, QLineEdit, QObject, QPushButton, QSizePolicy, Qt, QTimer, QVBoxLayout,
    QWidget,
)
from counselor_app.ui.widgets import page_title, row_table, selected_row

STRETCH = None   # in filters() or below(): the rest of the row's width goes here


# -- filtering plain rows -------------------------------------------------------------------------------
def keep_equal(rows: Sequence, value: Callable[[Any], Any], wanted: Any) -> list:
    return [r for r in rows if value(r) == wanted]


def select_rows(rows: Sequence, query: str, narrowers: Iterable[Callable[[Sequence], Sequence]] = (),
                key: Callable[[Any], str] = attrgetter("search")) -> list:
    """The rows every narrower keeps whose search key holds every word of ``query`` (case-insensitive). Each step
    is one list comprehension over what the previous ones kept."""
    for narrow in narrowers:
        rows = narrow(rows)
    for word in query.lower().split():
        rows = [r for r in rows if word in key(r)]
    return list(rows)


def code_label(enum, code: str) -> str:
    """The translated label of a stored code of ``enum`` ("" for none), for a column."""
    return translate_text(enum(code).label) if code else ""


class ChoiceFilter(QComboBox):
    """"All …" and one entry per value: ``choices`` given as (text, value), or else the values found in the loaded
    rows, in their order (grades, classes). ``within``: only the values of the rows another filter keeps (the
    classes of the chosen grade); its list follows that filter."""

    def __init__(self, value: Callable[[Any], Any], all_text: str | Callable[[], str],
                 choices: Iterable[tuple[str, Any]] | None = None, *, default: Any = None,
                 within: "ChoiceFilter | None" = None, width: int = 8, name: str = "") -> None:
        super().__init__()
        self.value, self.all_text, self.within = value, all_text, within
        self.fixed = choices is not None
        self._rows: Sequence = ()
        self.setMinimumContentsLength(width)
        self.setObjectName(name)
        self._fill(list(choices or ()), default)
        self.changed = self.currentIndexChanged
        if within is not None:   # connected before the page's own handler: refilled first, then applied
            within.currentIndexChanged.connect(self._refill)

    def _all(self) -> str:
        return self.all_text() if callable(self.all_text) else self.all_text

    def _fill(self, entries: list[tuple[str, Any]], current: Any) -> None:
        self.blockSignals(True)
        self.clear()
        self.addItem(self._all(), None)
        for text, value in entries:
            self.addItem(text, value)
        self.setCurrentIndex(max(0, self.findData(current)) if current is not None else 0)
        self.blockSignals(False)

    def offer(self, rows: Sequence) -> None:
        """The loaded rows: the values to offer (unless the choices are fixed); the choice stays when it still can."""
        if not self.fixed:
            self._rows = rows
            self._refill()

    def _refill(self) -> None:
        if self.fixed:
            return
        get, inside = self.value, self.within
        chosen = inside.currentData() if inside is not None else None
        rows = self._rows if chosen is None else keep_equal(self._rows, inside.value, chosen)
        self._fill([(str(v), v) for v in dict.fromkeys(get(r) for r in rows) if v not in (None, "")],
                   self.currentData())

    def relabel(self) -> None:
        """Say "All …" again (the words may follow the kind of school)."""
        self.setItemText(0, self._all())

    def narrow(self, rows: Sequence) -> Sequence:
        chosen = self.currentData()
        return rows if chosen is None else keep_equal(rows, self.value, chosen)


class CheckFilter(QCheckBox):
    """A check box that narrows the rows: ``when_on`` keeps the rows it accepts while ticked ("only classes without a
    head teacher"), ``when_off`` while not ticked ("show archived classes" hides them until ticked)."""

    def __init__(self, text: str, *, when_on: Callable[[Any], bool] | None = None,
                 when_off: Callable[[Any], bool] | None = None, checked: bool = False, name: str = "") -> None:
        super().__init__(text)
        self.when_on, self.when_off = when_on, when_off
        self.setChecked(checked)
        self.setObjectName(name)
        self.changed = self.toggled

    def narrow(self, rows: Sequence) -> Sequence:
        keep = self.when_on if self.isChecked() else self.when_off
        return rows if keep is None else [r for r in rows if keep(r)]


@dataclass
class _Action:
    button: QPushButton
    permission: Permission | tuple[Permission, ...] | None
    row: bool
    when: Callable[[Any], bool] | None
    label: Callable[[Any], str] | None


class ListPage(Page):
    """A page of rows. Declare ``loader``, ``columns()``, and as needed ``search_hint()``, ``filters()``,
    ``heading()``, ``below()``, ``edit_dialog``, ``open_row()``, ``count_text()``, ``received()``."""

    loader: Callable[[Any], Any] | None = None   # session → what received() turns into rows; on the worker
    edit_dialog: Callable[..., Any] | None = None   # (page, row or None) → a dialog; opened by edit()
    edit_permission: Permission | None = None
    search_name = ""       # the search box's object name
    stretch = True         # columns share the width; False: sized to their contents, the last one stretched
    debounce_ms = 120      # the search runs once typing pauses this long

    def __init__(self, app) -> None:
        super().__init__(app)
        self.all_rows: list = []
        self.loaded = False
        self.editor = None
        self._actions: list[_Action] = []
        layout = QVBoxLayout(self)
        layout.addLayout(flow_heading(page_title(self.title()), self.heading()))
        bar: list[QWidget | None] = []   # wraps onto a second line when the window is narrow (ui/flow_layout.py)
        self.search: QLineEdit | None = None
        hint = self.search_hint()
        if hint:
            self.search = QLineEdit()
            self.search.setObjectName(self.search_name)
            self.search.setPlaceholderText(hint)
            self.search.setClearButtonEnabled(True)
            self.search.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.search.setMinimumWidth(min(360, self.search.fontMetrics().horizontalAdvance(hint) + 48))
            bar.append(self.search)
        self._filters = []
        for widget in self.filters():
            bar.append(widget)
            if hasattr(widget, "narrow"):
                self._filters.append(widget)
                widget.changed.connect(self.apply_filter)
        if bar:
            layout.addLayout(flow_row(bar))
        self.model = RowsModel(self.columns(), self)
        self.table = row_table(self.model, stretch=self.stretch)
        sortable(self.table)
        tip = self.table_tip()
        if tip:
            self.table.setToolTip(tip)
        layout.addWidget(self.table, 1)
        for widgets in self.below():
            layout.addLayout(flow_row(widgets))
        self.count = QLabel()
        self.count.setObjectName("hint")
        layout.addWidget(self.count)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.debounce_ms)
        self._timer.timeout.connect(self.apply_filter)
        if self.search is not None:
            self.search.textChanged.connect(self._timer.start)
        self.table.doubleClicked.connect(self._open_index)
        self._enter = _EnterOpens(self.table, self._open_current)
        self.table.selectionModel().selectionChanged.connect(self.selection_changed)
        self.model.modelReset.connect(self.selection_changed)
        self.update_actions()

    # -- what a page declares ------------------------------------------------------------------------
    def columns(self) -> list[Column]:
        raise NotImplementedError

    def search_hint(self) -> str:
        """The search box's placeholder; "" for a page without a search box."""
        return ""

    def filters(self) -> list[QWidget | None]:
        """The widgets after the search box: ChoiceFilter / CheckFilter narrow the rows, others just sit there;
        STRETCH pushes the rest to the right."""
        return []

    def heading(self) -> list[QWidget]:
        """The buttons right of the title (usually made with action())."""
        return []

    def below(self) -> list[list[QWidget | None]]:
        """Rows of widgets under the table (buttons for the selected row)."""
        return []

    def table_tip(self) -> str:
        return ""

    def received(self, result: Any) -> list:
        """The rows out of what the loader returned (a page that loads more than rows keeps the rest here)."""
        return result

    def count_text(self, shown: list, rows: list) -> str:
        return self.tr("{shown} of {total}").format(shown=len(shown), total=len(rows))

    def loading_text(self) -> str:
        return self.tr("Loading…")

    def open_row(self, row: Any) -> None:
        """Double-click or Enter on a row: its edit dialog, unless the page says otherwise."""
        self.edit(row)

    # -- actions -------------------------------------------------------------------------------------
    def action(self, text: str, run: Callable[[], Any], permission: Permission | tuple[Permission, ...] | None = None,
               *, row: bool = False,
               when: Callable[[Any], bool] | None = None, label: Callable[[Any], str] | None = None,
               tip: str = "", name: str = "") -> QPushButton:
        """A button: shown only when the user may ``permission``; with ``row``, enabled only while a row is
        selected (and ``when(row)`` holds), its text ``label(row)`` (e.g. Archive / Restore)."""
        button = QPushButton(text)
        button.setObjectName(name)
        if tip:
            button.setToolTip(tip)
        button.clicked.connect(lambda _checked=False: run())
        self._actions.append(_Action(button, permission, row, when, label))
        return button

    def may(self, permission: Permission | tuple[Permission, ...] | None) -> bool:
        """Whether the user may all of ``permission`` (one, several, or None: anyone who sees the page)."""
        wanted = () if permission is None else permission if isinstance(permission, tuple) else (permission,)
        return all(self.app.may(p) for p in wanted)

    def update_actions(self) -> None:
        for a in self._actions:
            a.button.setVisible(self.may(a.permission))
        self.selection_changed()

    def selection_changed(self, *_args) -> None:
        row = self.selected()
        for a in self._actions:
            if a.row:
                a.button.setEnabled(row is not None and (a.when is None or bool(a.when(row))))
            if a.label is not None:
                a.button.setText(a.label(row))

    def selected(self) -> Any:
        return selected_row(self.table)

    def edit(self, row: Any = None) -> None:
        """Open the edit dialog for ``row`` (None: a new one), when the user may edit."""
        if self.edit_dialog is None or not self.may(self.edit_permission):
            return
        self.editor = self.edit_dialog(self, row)
        self.editor.open()

    def _open_index(self, index) -> None:
        row = self.model.row_at(index)
        if row is not None:
            self.open_row(row)

    def _open_current(self) -> None:
        self._open_index(self.table.currentIndex())

    # -- loading and filtering -----------------------------------------------------------------------
    def refresh(self) -> None:
        self.update_actions()
        if not self.loaded:
            self.count.setText(self.loading_text())
        if self.loader is not None:
            self.app.worker.run(self.loader, self.show_rows, context=self)

    def show_rows(self, result: Any) -> None:
        self.all_rows = self.received(result)
        self.loaded = True
        for f in self._filters:
            if isinstance(f, ChoiceFilter):
                f.offer(self.all_rows)
        self.apply_filter()

    def narrowers(self) -> list[Callable[[Sequence], Sequence]]:
        return [f.narrow for f in self._filters]

    def apply_filter(self) -> None:
        self._timer.stop()
        held = getattr(self.selected(), "id", None)
        shown = select_rows(self.all_rows, self.search.text() if self.search is not None else "", self.narrowers())
        self.model.set_rows(shown)
        if held is not None:   # a refresh or a filter keeps the selected row selected while it is shown
            where = next((n for n, r in enumerate(self.model.rows) if getattr(r, "id", None) == held), None)
            if where is not None:
                self.table.selectRow(where)
        self.count.setText(self.count_text(shown, self.all_rows) if self.loaded else self.loading_text())

    def clear_data(self) -> None:
        """The office is being locked: no row, no typed name, no class list stays on screen."""
        self.all_rows = []
        self.loaded = False
        if self.search is not None:
            self.search.clear()
        for f in self._filters:
            if isinstance(f, ChoiceFilter):
                f.offer([])
        self._timer.stop()
        self.model.clear()
        self.count.clear()


class _EnterOpens(QObject):
    """Enter or Return on the table opens the current row (the table's own key handling, not a shortcut: it works
    whichever window Qt thinks is active, and the table sees few events of its own; clicks and painting go to its
    viewport)."""

    KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)

    def __init__(self, table: QWidget, open_current: Callable[[], None]) -> None:
        super().__init__(table)
        self.open_current = open_current
        table.installEventFilter(self)

    def eventFilter(self, _obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and event.key() in self.KEYS:
            self.open_current()
            return True
        return False

