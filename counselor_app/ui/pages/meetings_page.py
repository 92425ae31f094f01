"""研判会: the review meetings of every grade — the month × grade overview of the school year on top (which grades have
met, which have not: red for the current month), the list of meetings under it (grade, month, kind, state, day),
newest first, with filters.

新建研判会… opens ui/meetings/new_meeting_dialog.py; a double-click on a meeting (or Enter, or 打开) opens its window
(ui/meetings/meeting_window.py); a double-click on an empty cell of the overview prepares that grade's meeting of
that month. The page is for those who manage meetings (counselors, the office head): an assistant has none.
"""
from __future__ import annotations

from datetime import date
from operator import attrgetter

from counselor_app.domain import meeting as rules
from counselor_app.domain.areas import Area
from counselor_app.domain.roles import Permission
from counselor_app.services import meetings_overview as overview_service, school_calendar
from counselor_app.ui.list_page import ChoiceFilter, ListPage, STRETCH
from counselor_app.ui.meetings import words
from counselor_app.ui.meetings.overview import Overview
from counselor_app.ui.models import Column, natural_key
from counselor_app.ui.pages.students_page import is_university
from counselor_app.ui.qt import QCoreApplication, Qt


def year_of(years, day: date):
    """The school year that holds ``day``, else the latest one that started before it, else the first."""
    inside = [y for y in years if y.start <= day <= y.end]
    if inside:
        return inside[0]
    before = [y for y in years if y.start <= day]
    return max(before, key=lambda y: y.start) if before else (years[0] if years else None)


def load_meetings(session, year_id: int | None = None, today: date | None = None):
    """(the meetings, the school years, the chosen year's overview or None) in one call."""
    years = school_calendar.list_school_years(session)
    chosen = next((y for y in years if y.id == year_id), None) or year_of(years, today or date.today())
    view = overview_service.year_overview(session, chosen.id) if chosen is not None else None
    return overview_service.list_meetings(session), years, view


def open_meeting(app, meeting_id: int, parent):
    from counselor_app.ui.meetings.meeting_window import open_meeting_window

    return open_meeting_window(app, meeting_id, parent)


class MeetingsPage(ListPage):
    key = "meetings"
    permission = Permission.MANAGE_MEETINGS
    cares_about = frozenset({Area.MEETINGS, Area.REGISTER, Area.CALENDAR})
    edit_permission = Permission.MANAGE_MEETINGS
    stretch = False

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("Pages", "Review meetings")

    def __init__(self, app) -> None:
        self.year_id: int | None = None
        self.meeting_window = None
        super().__init__(app)
        self.table.setObjectName("meetingsTable")
        self.overview = Overview()
        self.overview.activated.connect(self.cell_activated)
        self.overview.year_chosen.connect(self.year_chosen)
        self.layout().insertWidget(1, self.overview)

    def loader_call(self):
        year_id = self.year_id
        return lambda s: load_meetings(s, year_id)

    def refresh(self) -> None:
        self.grade.relabel()
        self.update_actions()
        if not self.loaded:
            self.count.setText(self.loading_text())
        self.app.worker.run(self.loader_call(), self.show_rows, context=self)

    # -- what the page declares --------------------------------------------------------------------------
    def heading(self):
        self.new_button = self.action(self.tr("New meeting…"), self.new_meeting, Permission.MANAGE_MEETINGS,
                                      name="meetingNew", tip=self.tr("Prepare a grade's review meeting of a month: "
                                                                     "its agenda is built from the watch list."))
        self.open_button = self.action(self.tr("Open"), self.open_selected, row=True, name="meetingOpen")
        return [self.new_button, self.open_button]

    def filters(self):
        self.grade = ChoiceFilter(attrgetter("grade"), self._all_grades, name="meetingsGrade")
        self.state = ChoiceFilter(attrgetter("state"), self.tr("All states"), choices=[
            (words.state_text(s.value), s.value) for s in rules.MeetingState], name="meetingsState")
        self.kind = ChoiceFilter(attrgetter("kind"), self.tr("All kinds"), choices=[
            (words.label(rules.Kind, k.value), k.value) for k in rules.Kind], name="meetingsKind")
        return [self.grade, self.state, self.kind, STRETCH]

    def columns(self):
        return [
            Column(self._grade_header(), attrgetter("grade"), sort_key=lambda r: (r.grade_id,)),
            Column(self.tr("Month"), lambda r: words.month_text(r.month), sort_key=attrgetter("month")),
            Column(self.tr("Kind"), lambda r: words.kind_text(r.kind, r.name)),
            Column(self.tr("State"), lambda r: words.state_text(r.state),
                   colour=lambda r: words.STATE_COLOURS.get(r.state), bold=lambda r: r.state in rules.OPEN_STATES),
            Column(self.tr("Day"), attrgetter("held_on")),
            Column(self.tr("Chair"), lambda r: r.chair or words.DASH, sort_key=lambda r: natural_key(r.chair)),
        ]

    def table_tip(self) -> str:
        return self.tr("Double-click a meeting (or press Enter) to open it.")

    def received(self, result) -> list:
        rows, years, view = result
        self.year_id = view.year_id if view is not None else None
        self.overview.set_years(years, self.year_id)
        self.overview.show_data(view)
        return rows

    def count_text(self, shown, rows) -> str:
        open_rows = sum(1 for r in rows if r.state in rules.OPEN_STATES)
        return self.tr("{shown} shown · {open} not finalized yet").format(shown=len(shown), open=open_rows)

    def loading_text(self) -> str:
        return self.tr("Loading the meetings…")

    def _all_grades(self) -> str:
        return self.tr("All departments") if is_university(self.app) else self.tr("All grades")

    def _grade_header(self) -> str:
        return self.tr("Department") if is_university(self.app) else self.tr("Grade")

    def clear_data(self) -> None:
        self.overview.clear()
        self.year_id = None
        super().clear_data()

    # -- actions -------------------------------------------------------------------------------------------
    def year_chosen(self, year_id: int) -> None:
        if year_id != self.year_id:
            self.year_id = year_id
            self.refresh()

    def open_row(self, row) -> None:
        self.meeting_window = open_meeting(self.app, row.id, self)

    def open_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_row(row)

    def new_meeting(self, grade_id: int | None = None, month: str | None = None) -> None:
        from counselor_app.ui.meetings.new_meeting_dialog import NewMeetingDialog

        if not self.may(Permission.MANAGE_MEETINGS):
            return
        self.editor = NewMeetingDialog(self, self.app, grade_id, month, on_saved=self.created)
        self.editor.open()

    def created(self, meeting_id: int) -> None:
        self.meeting_window = open_meeting(self.app, meeting_id, self)

    def cell_activated(self, grade_id: int, month: str, meeting_id) -> None:
        if meeting_id is not None:
            self.meeting_window = open_meeting(self.app, meeting_id, self)
        else:
            self.new_meeting(grade_id, month)
