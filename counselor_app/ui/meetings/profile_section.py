"""The student profile's 研判会 section: the review meetings that discussed the student, newest first — the meeting
(grade, month, kind), its state, why the student was on the agenda, the decision (with the new level), the level
before and after as applied, the review date, the parent-contact arrangement and how many measures were set.
A double-click (or 打开会议) opens the meeting's window. Only for those who manage meetings (the profile hides it
from the others, and the service refuses them).

Imported by ui/profile_sections.py (which defines SectionWidget) when that module is loaded: import that one first.
"""
from __future__ import annotations

from counselor_app.domain import meeting as rules
from counselor_app.domain.areas import Area
from counselor_app.domain.roles import Permission
from counselor_app.services import meetings_profile, watch_loop
from counselor_app.ui.meetings import words
from counselor_app.ui.models import Column
from counselor_app.ui.profile_sections import ListSection
from counselor_app.ui.watch import list_words as watch_words
from counselor_app.ui.widgets import selected_row


class MeetingsSection(ListSection):
    area = Area.MEETINGS
    loader = staticmethod(meetings_profile.student_meetings)
    table_name = "profileMeetings"
    open_name = "profileMeetingOpen"

    def __init__(self, profile) -> None:
        super().__init__(profile)
        self.levels: dict = {}
        self.meeting_window = None

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Meeting"), lambda r: words.meeting_title(r.grade, r.month, r.kind, r.name)),
            Column(self.tr("Day"), lambda r: r.held_on),
            Column(self.tr("State"), lambda r: words.state_text(r.state),
                   colour=lambda r: words.STATE_COLOURS.get(r.state)),
            Column(self.tr("Why on the agenda"), lambda r: words.reasons_text(rules.reasons_of(r.reasons))),
            Column(self.tr("Decision"), self.decision_text, bold=lambda r: bool(r.decision)),
            Column(self.tr("Level"), self.level_text),
            Column(self.tr("Next review"), lambda r: r.review_after or r.next_review or words.DASH),
            Column(self.tr("Parent contact"), lambda r: r.parent_contact or words.DASH,
                   tooltip=lambda r: r.parent_contact),
            Column(self.tr("Measures"), lambda r: str(r.actions) if r.actions else words.DASH, align_right=True),
        ]

    def open_text(self) -> str:
        return self.tr("Open the meeting")

    def empty_text(self) -> str:
        return self.tr("No review meeting has discussed this student.")

    def decision_text(self, r) -> str:
        if not r.decision:
            return self.tr("(no decision)") if r.state in rules.LOCKED_STATES else self.tr("(not decided yet)")
        text = words.decision_text(r.decision)
        if r.level:
            text += " → " + watch_words.level_name(self.levels, r.level)
        return text

    def level_text(self, r) -> str:
        if not r.level_before:
            return words.DASH
        before = watch_words.level_name(self.levels, r.level_before)
        after = watch_words.level_name(self.levels, r.level_after)
        return before if before == after else f"{before} → {after}"

    def show_data(self, rows) -> None:
        super().show_data(rows)
        if not self.levels and self.profile.app.may(Permission.VIEW_WATCHLIST):
            self.profile.app.worker.run(lambda s: watch_loop.levels(s, all_levels=True), self._levels, context=self)

    def _levels(self, levels) -> None:
        """The level names arrived: shown again, the selected meeting kept selected."""
        held = getattr(selected_row(self.table), "meeting_id", None)
        self.levels.update(watch_words.level_map(levels))
        self.model.values_changed()
        where = next((n for n, r in enumerate(self.model.rows) if r.meeting_id == held), 0 if self.model.rows else None)
        if where is not None:
            self.table.selectRow(where)

    def open_row(self, row) -> None:
        self.open_meeting(row)

    def open_meeting(self, row) -> None:
        if row is None:
            return
        from counselor_app.ui.pages.meetings_page import open_meeting

        self.meeting_window = open_meeting(self.profile.app, row.meeting_id, self.profile)
