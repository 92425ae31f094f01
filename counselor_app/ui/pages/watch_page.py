"""重点关注学生清单: every watch-list entry, the open ones by default, soonest review first.

The rows come from services.watch.list_entries (no clinical text) together with the office's levels (names and
colours); filtering by level, state, grade, class, responsible person, source and "overdue only" runs on the plain
rows (ui/list_page.py), so 2,000 entries filter as the user clicks. A double-click, Enter or 打开 opens the entry
window; 纳入重点关注… opens the new-entry dialog (ui/watch/new_entry_dialog.py).
"""
from __future__ import annotations

from operator import attrgetter
from typing import Any, Sequence

from counselor_app.domain import watch as rules
from counselor_app.domain.areas import Area
from counselor_app.domain.roles import Permission
from counselor_app.services import watch as watch_service, watch_loop
from counselor_app.translation import translate_text
from counselor_app.ui.list_page import STRETCH, CheckFilter, ChoiceFilter, ListPage
from counselor_app.ui.models import Column, name_key, natural_key
from counselor_app.ui.pages.students_page import is_university
from counselor_app.ui.qt import QCoreApplication, QHBoxLayout, QHeaderView, Qt, QWidget
from counselor_app.ui.watch import list_words as words

OPEN = "open"          # the state filter's "not closed" choice


def load_watch_list(session) -> tuple[list, list[rules.Level]]:
    """Every entry (closed ones too: the state filter shows them without a reload) and every level, one call."""
    return watch_service.list_entries(session), watch_loop.levels(session, all_levels=True)


def open_watch_entry(app, entry_id: int, parent) -> Any:
    """The entry window of ``entry_id`` (ui/watch/entry_window.py, imported when first needed)."""
    from counselor_app.ui.watch.entry_window import open_entry_window

    return open_entry_window(app, entry_id, parent)


class OrderedChoice(ChoiceFilter):
    """A filter whose values come from the rows, offered in the school's order (grades, then classes)."""

    def __init__(self, *args, order=None, **kw) -> None:
        self.order = order
        super().__init__(*args, **kw)

    def offer(self, rows: Sequence) -> None:
        super().offer(sorted(rows, key=self.order) if self.order is not None else rows)


class StateFilter(ChoiceFilter):
    """Open entries (待复核, 跟进中, 观察中) by default; one state; or all of them."""

    def narrow(self, rows: Sequence) -> Sequence:
        chosen = self.currentData()
        if chosen is None:
            return rows
        if chosen == OPEN:
            return [r for r in rows if r.state != rules.State.CLOSED]
        return [r for r in rows if r.state == chosen]


class LevelFilter(ChoiceFilter):
    """The office's levels, least serious first (known once the rows are loaded)."""

    def set_levels(self, levels: list[rules.Level]) -> None:
        self._fill([(lv.name(translate_text), lv.code) for lv in levels], self.currentData())


class PersonFilter(ChoiceFilter):
    """Entries one staff member is responsible for (any duty): the people of the loaded rows, by name."""

    def offer(self, rows: Sequence) -> None:
        people = {s: n for r in rows for _d, s, n in r.responsible}
        self._fill([(n, s) for s, n in sorted(people.items(), key=lambda p: name_key(p[1]) or ())],
                   self.currentData())

    def narrow(self, rows: Sequence) -> Sequence:
        chosen = self.currentData()
        return rows if chosen is None else [r for r in rows if any(s == chosen for _d, s, _n in r.responsible)]


class WatchPage(ListPage):
    key = "watch"
    permission = Permission.VIEW_WATCHLIST
    cares_about = frozenset({Area.WATCH, Area.REGISTER})
    loader = staticmethod(load_watch_list)
    edit_permission = Permission.EDIT_WATCHLIST
    search_name = "watchSearch"
    stretch = False
    CLASS, LEVEL, STATE, RESPONSIBLE, NEXT_REVIEW, OVERDUE, SOURCE = 2, 3, 5, 6, 7, 8, 9   # sorted by NEXT_REVIEW
    # narrowed to fit the window (elided, whole in the tooltip), down to about this many characters; the level
    # never gives way: it is what a counselor reads first, and 一般关注 / close concern must not look alike
    GIVE_WAY = {SOURCE: 4, OVERDUE: 6, STATE: 3, CLASS: 6, RESPONSIBLE: 6}

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("Pages", "Watch list")

    def __init__(self, app) -> None:
        self.levels: dict[str, rules.Level] = {}
        self.wanted_person: int | None = None   # show_overdue's person, chosen when the rows are there
        super().__init__(app)
        self.table.setObjectName("watchTable")
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()   # sized by fit_columns, to the window's width
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # the second row of filters, under the first (one row would squeeze the search box)
        second = QHBoxLayout()
        first_row = self._filters[-1]
        for widget in self.more_filters:
            if widget is STRETCH:
                second.addStretch(1)
                continue
            second.addWidget(widget)
            self._filters.append(widget)
            widget.changed.connect(self.apply_filter)
        self.layout().insertLayout(2, second)
        chain = [first_row, *(w for w in self.more_filters if w is not STRETCH), self.table]
        for before, after in zip(chain, chain[1:]):   # Tab: this row after the first one, then the table
            QWidget.setTabOrder(before, after)
        self.table.sortByColumn(self.NEXT_REVIEW, Qt.SortOrder.AscendingOrder)

    # -- what the page declares --------------------------------------------------------------------------
    def heading(self):
        self.new_button = self.action(self.tr("Put on the watch list…"), self.new_entry, Permission.EDIT_WATCHLIST,
                                      name="watchNew", tip=self.tr("Put a student on the watch list: find the "
                                                                   "student by number or name, then say why."))
        self.open_button = self.action(self.tr("Open"), self.open_selected, row=True, name="watchOpen")
        return [self.new_button, self.open_button]

    def search_hint(self) -> str:
        return self.tr("Student number, name, pinyin initials or a responsible person")

    def filters(self):
        self.level = LevelFilter(attrgetter("level"), self.tr("All levels"), choices=[], name="watchLevel")
        self.state = StateFilter(attrgetter("state"), self.tr("All states"), choices=[
            (self.tr("Open (to review, following up, observing)"), OPEN),
            *[(words.label_of(rules.State, s.value), s.value) for s in rules.State]], default=OPEN,
            name="watchState")
        self.overdue_only = CheckFilter(self.tr("Overdue only"), when_on=lambda r: bool(r.overdue),
                                        name="watchOverdueOnly")
        self.overdue_only.setToolTip(self.tr("Entries whose review date passed without a follow-up, a plan measure "
                                             "passed its due date, or without a responsible counselor or a plan "
                                             "a week after they were opened."))
        self.grade = OrderedChoice(attrgetter("grade"), self._all_grades, name="watchGrade",
                                   order=lambda r: (r.grade_id is None, r.grade_id or 0))
        self.klass = OrderedChoice(attrgetter("klass"), self.tr("All classes"), within=self.grade,
                                   name="watchClass", order=lambda r: (r.class_id is None, natural_key(r.klass)))
        self.person = PersonFilter(attrgetter("responsible"), self.tr("All responsible people"), name="watchPerson")
        self.source = ChoiceFilter(attrgetter("source"), self.tr("All sources"),
                                   choices=[(words.source_text(s.value), s.value) for s in rules.Source],
                                   name="watchSource")
        for combo in (self.grade, self.klass):   # long university class names must not push the bar off screen
            combo.setMaximumWidth(260)
        self.more_filters = [self.grade, self.klass, self.person, self.source, STRETCH]
        return [self.level, self.state, self.overdue_only]

    def columns(self):
        lv = self.levels
        return [
            Column(self.tr("Student no."), attrgetter("student_no")),
            Column(self.tr("Name"), attrgetter("name"), sort_key=lambda r: name_key(r.name)),
            Column(self.tr("Class"), attrgetter("klass"), tooltip=attrgetter("klass"),
                   sort_key=lambda r: (r.grade_id or 0, natural_key(r.klass)) if r.klass else None),
            Column(self.tr("Level"), lambda r: words.level_name(lv, r.level),
                   tooltip=lambda r: words.level_name(lv, r.level),
                   sort_key=lambda r: -words.level_rank(lv, r.level),
                   background=lambda r: words.level_background(lv, r.level), align=Qt.AlignmentFlag.AlignCenter,
                   header_tip=self.tr("The risk level; sorted most serious first.")),
            Column(self.tr("Severity"), lambda r: words.severity_text(r.severity),
                   header_tip=self.tr("Mild or severe (policy §8); undecided until the review.")),
            Column(self.tr("State"), lambda r: words.state_text(r.state, r.close_requested),
                   tooltip=lambda r: words.state_text(r.state, r.close_requested),
                   bold=lambda r: r.close_requested and r.state != rules.State.CLOSED),
            Column(self.tr("Responsible"), attrgetter("responsible_names"),
                   tooltip=self.responsible_tip),
            Column(self.tr("Next review"), self.next_review_text,
                   sort_key=lambda r: r.next_review if r.state != rules.State.CLOSED else None,
                   colour=lambda r: words.OVERDUE_RED if rules.Overdue.REVIEW in r.overdue else None,
                   bold=lambda r: rules.Overdue.REVIEW in r.overdue),
            Column(self.tr("Overdue"), lambda r: words.overdue_text(r.overdue),
                   colour=lambda r: words.OVERDUE_RED if r.overdue else None,
                   tooltip=lambda r: words.overdue_text(r.overdue),
                   sort_key=lambda r: -len(r.overdue) if r.overdue else None),
            Column(self.tr("Source"), lambda r: words.source_text(r.source),
                   tooltip=lambda r: words.source_text(r.source)),
            Column(self.tr("Opened"), attrgetter("opened_on")),
        ]

    def responsible_tip(self, row) -> str:
        return "\n".join(self.tr("{duty}: {name}").format(duty=words.duty_text(d), name=n)
                         for d, _s, n in row.responsible)

    def next_review_text(self, row) -> str:
        if row.state == rules.State.CLOSED:
            return self.tr("closed {day}").format(day=row.closed_on) if row.closed_on else ""
        return row.next_review

    def table_tip(self) -> str:
        return self.tr("Double-click an entry (or press Enter) to open it. Click a column header to sort.")

    def received(self, result) -> list:
        rows, levels = result
        self.levels.clear()
        self.levels.update(words.level_map(levels))
        used = {r.level for r in rows}   # a level the office no longer offers shows only while an entry has it
        self.level.set_levels([lv for lv in levels if lv.code in used])
        return rows

    def apply_filter(self) -> None:
        super().apply_filter()
        self.fit_columns()

    def fit_columns(self) -> None:
        """Every column as wide as its header and the rows on screen need; when that is wider than the table, the
        columns of GIVE_WAY give the missing room between them, each in proportion to what it has beyond a useful
        width (a reason, two names, the state's word), so that nothing hides behind a horizontal scroll bar at the
        window's usual width. Their cells say it all in the tooltip."""
        table, header = self.table, self.table.horizontalHeader()
        wanted = [max(table.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(self.model.columnCount())]
        room = table.viewport().width()
        bar = table.verticalScrollBar()
        if not bar.isVisible() and self.model.rowCount() * table.verticalHeader().defaultSectionSize() \
                > table.viewport().height():   # the scroll bar comes with these rows: its room is not the columns'
            room -= bar.sizeHint().width()
        missing = sum(wanted) - room
        if missing > 0:
            char = table.fontMetrics().horizontalAdvance("中")
            floor = {c: max(header.sectionSizeHint(c), chars * char + 14) for c, chars in self.GIVE_WAY.items()}
            spare = {c: max(0, wanted[c] - floor[c]) for c in self.GIVE_WAY}
            total = sum(spare.values())
            for c, extra in spare.items():
                wanted[c] -= extra if missing >= total else -(-missing * extra // total)   # rounded up
        for c, width in enumerate(wanted):
            header.resizeSection(c, width)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit_columns()

    def count_text(self, shown, rows) -> str:
        open_rows = [r for r in rows if r.state != rules.State.CLOSED]
        overdue = sum(1 for r in open_rows if r.overdue)
        return self.tr("{shown} shown · {open} open, {overdue} overdue").format(
            shown=len(shown), open=len(open_rows), overdue=overdue)

    def loading_text(self) -> str:
        return self.tr("Loading the watch list…")

    def _all_grades(self) -> str:
        return self.tr("All departments") if is_university(self.app) else self.tr("All grades")

    def refresh(self) -> None:
        self.grade.relabel()
        super().refresh()

    def clear_data(self) -> None:
        self.levels.clear()
        super().clear_data()

    # -- actions -------------------------------------------------------------------------------------------
    def open_row(self, row) -> None:
        self.entry_window = open_watch_entry(self.app, row.id, self)

    def open_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_row(row)

    def new_entry(self) -> None:
        from counselor_app.ui.watch.new_entry_dialog import NewEntryDialog

        if not self.may(Permission.EDIT_WATCHLIST):
            return
        self.editor = NewEntryDialog(self, self.app)
        self.editor.open()

    def show_overdue(self, person: int | None = None) -> None:
        """The open entries that are overdue — those of the staff member ``person`` is, if given —, nothing else
        narrowing them (the start page's 全部 N 条…). The person is chosen once the rows offer them."""
        for combo in (self.level, self.grade, self.klass, self.person, self.source):
            combo.setCurrentIndex(0)
        self.state.setCurrentIndex(max(0, self.state.findData(OPEN)))
        if self.search is not None:
            self.search.clear()
        self.overdue_only.setChecked(True)
        self.wanted_person = person
        if self.loaded:
            self._choose_person()
        self.apply_filter()

    def show_rows(self, result) -> None:
        super().show_rows(result)
        if self.wanted_person is not None:
            self._choose_person()
            self.apply_filter()

    def _choose_person(self) -> None:
        found = self.person.findData(self.wanted_person)
        if found >= 0:
            self.person.setCurrentIndex(found)
            self.wanted_person = None

