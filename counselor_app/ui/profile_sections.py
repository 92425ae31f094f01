"""The sections of the student profile (ui/pages/student_profile.py): which there are, in which order, and the
widgets that show them.

A section is its loader, declared in the services with ``services.profile.profile_section`` (key, title,
permission), and a :class:`SectionWidget` that shows the loader's plain data. A feature adds its section with one
line in :data:`SECTIONS`, where it should appear::

    ProfileSection(watch_service.watch_entry, WatchSection),

The profile shows a section only when ``app.may(section.permission)``; the service refuses (and audits) a loader
called without it.
"""
from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Callable

from counselor_app.domain.areas import Area
from counselor_app.domain.roles import Permission
from counselor_app.services import profile as profile_service
from counselor_app.services import timeline as timeline_service
from counselor_app.translation import error_text, translate_text
from counselor_app.ui.flow_layout import FlowLayout
from counselor_app.ui.models import Column, RowsModel
from counselor_app.ui.qt import QCheckBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, Qt, QVBoxLayout, QWidget
from counselor_app.ui.widgets import row_table, selected_row


class SectionWidget(QWidget):
    """Shows one section's data. ``show_data`` gets what the section's loader returned; ``clear`` forgets it (the
    office is being locked). The widget's own controls may call services through ``self.profile.app.worker``."""

    def __init__(self, profile) -> None:
        super().__init__()
        self.profile = profile
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.failure = QLabel()
        self.failure.setObjectName("error")
        self.failure.setWordWrap(True)
        self.failure.hide()
        outer.addWidget(self.failure)
        self.body = QVBoxLayout()
        outer.addLayout(self.body, 1)

    def empty_hint(self) -> QLabel:
        """A hidden hint at the top of the body, for the section's "nothing here" text."""
        label = QLabel()
        label.setObjectName("hint")
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        label.hide()
        self.body.addWidget(label)
        return label

    def show_data(self, data: Any) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        """Forget every personal datum shown."""

    def load(self, data: Any) -> None:
        """Called by the profile: the data, or the reason the section could not be loaded."""
        if isinstance(data, profile_service.SectionFailure):
            self.clear()
            self.failure.setText(error_text(data.error))
            self.failure.show()
        else:
            self.failure.hide()
            self.show_data(data)


class ListSection(SectionWidget):
    """A section that is one table of rows, or its empty hint; reloaded by ``loader`` when ``area`` changes."""
    area: Area
    loader: Callable
    table_name: str
    open_name: str = ""   # the open button's object name (default: the table's name + "Open")

    def __init__(self, profile) -> None:
        super().__init__(profile)
        self.app = profile.app   # for the windows opened from here (they take their parent's app)
        self.rows = None
        self.window = self.preview = None   # the leave's meetings window, the document preview
        self.empty = self.empty_hint()
        self.model = RowsModel(self.columns(), self)
        self.table = row_table(self.model, stretch=False)
        self.table.setObjectName(self.table_name)
        self.table.setWordWrap(False)
        self.table.doubleClicked.connect(lambda index: self.open_row(self.model.row_at(index)))
        self.body.addWidget(self.table, 1)
        bar = QHBoxLayout()
        self.open_button = QPushButton(self.open_text())
        self.open_button.setObjectName(self.open_name or self.table_name + "Open")
        self.open_button.clicked.connect(lambda _c=False: self.open_row(selected_row(self.table)))
        bar.addWidget(self.open_button)
        bar.addStretch(1)
        self.body.addLayout(bar)
        self.table.selectionModel().selectionChanged.connect(self._selection)
        self.model.modelReset.connect(self._selection)
        self._selection()
        self.profile.app.worker.changed.connect(self._changed)

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def open_text(self) -> str:
        raise NotImplementedError

    def may_open(self, row) -> bool:
        return True

    def open_row(self, row) -> None:
        """What the feature's page does with the row (a window or a print preview, parented to this section)."""
        raise NotImplementedError

    def _selection(self, *_args) -> None:
        row = selected_row(self.table)
        self.open_button.setEnabled(row is not None and self.may_open(row))

    def print_document(self, kind: str, row) -> None:
        """The document's preview (print_preview.open_document keeps it as ``self.preview``)."""
        from counselor_app.ui.print_preview import open_registered

        if row is not None and self.may_open(row):
            open_registered(self.profile.app, self, kind, row.number, row.id, id=row.id)

    def empty_text(self) -> str:
        raise NotImplementedError

    def show_data(self, rows) -> None:
        self.rows = list(rows)
        self.model.set_rows(self.rows)
        if self.rows:
            self.table.selectRow(0)
        self.table.setVisible(bool(self.rows))
        self.open_button.setVisible(bool(self.rows))
        self.empty.setText(self.empty_text())
        self.empty.setVisible(not self.rows)

    def _changed(self, changes) -> None:
        app, load = self.profile.app, type(self).loader
        if self.area in changes and self.profile.isVisible() and not app.locked and self.rows is not None:
            sid = self.profile.student_id
            app.worker.run(lambda s: load(s, sid, tr=translate_text), self.load, context=self)

    def clear(self) -> None:
        self.rows = None
        self.model.clear()
        self.empty.hide()
        for window in (self.window, self.preview):   # nothing of the student stays open
            if window is not None:
                window.close()
        self.window = self.preview = None


def rich_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def table_html(header: list[str], rows: list[list[str]]) -> str:
    """A small table as rich text (values escaped: names come from rosters and must never be read as markup)."""
    head = "".join(f"<th align='left' style='padding:4px 18px 4px 0; color:#5a6b7b'>{html.escape(h)}</th>"
                   for h in header)
    body = "".join("<tr>" + "".join(f"<td style='padding:4px 18px 4px 0'>{html.escape(v)}</td>" for v in row)
                   + "</tr>" for row in rows)
    return f"<table cellspacing='0'><tr>{head}</tr>{body}</table>"


def heading_html(text: str) -> str:
    return f"<p style='font-weight:600; color:#1f2d3d; margin:8px 0 4px 0'>{html.escape(text)}</p>"


def local_time(iso: str, seconds: bool = False) -> str:
    """An ISO time (UTC) as the office's local time; a bare day stays a day."""
    if len(iso) == 10:
        return iso
    return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


# -- the register's sections ----------------------------------------------------------------------------------------

class BasicSection(SectionWidget):
    def __init__(self, profile) -> None:
        super().__init__(profile)
        self.label = rich_label("profileBasic")
        self.body.addWidget(self.label)
        self.body.addStretch(1)

    def show_data(self, d) -> None:
        from counselor_app.domain.school import class_label
        from counselor_app.ui.pages.students_page import gender_text, status_text

        lodging = [self.tr("boards at school") if d.boarding else self.tr("day student")]
        if d.dorm:
            lodging.append(self.tr("dorm {dorm}").format(dorm=d.dorm))
        rows = [
            (self.tr("Student number"), d.student_no),
            (self.tr("Name"), d.name),
            (self.tr("Gender"), gender_text(d.gender) or "—"),
            (self.tr("Birth date"), d.birth_date or "—"),
            (self.tr("Class"), class_label(d.grade, d.class_name) or self.tr("no class")),
            (self.tr("Status"), status_text(d.status)),
            (self.tr("Lodging"), " · ".join(lodging)),
        ]
        if d.is_monitor:
            rows.append((self.tr("Class role"), self.tr("mental-health monitor of the class")))
        self.label.setText("<table cellspacing='0'>" + "".join(
            f"<tr><td style='padding:5px 24px 5px 0; color:#5a6b7b'>{html.escape(k)}</td>"
            f"<td style='padding:5px 0'>{html.escape(v)}</td></tr>" for k, v in rows) + "</table>")

    def clear(self) -> None:
        self.label.clear()


class GuardiansSection(SectionWidget):
    def __init__(self, profile) -> None:
        super().__init__(profile)
        self.label = rich_label("profileGuardians")
        self.body.addWidget(self.label)
        self.body.addStretch(1)

    def show_data(self, guardians) -> None:
        if not guardians:
            self.label.setText(html.escape(self.tr("No guardian is recorded in the register.")))
            return
        self.label.setText(table_html([self.tr("Name"), self.tr("Relation"), self.tr("Phone")],
                                      [[g.name or "—", g.relation or "—", g.phone or "—"] for g in guardians]))

    def clear(self) -> None:
        self.label.clear()


class HistorySection(SectionWidget):
    def __init__(self, profile) -> None:
        super().__init__(profile)
        self.label = rich_label("profileHistory")
        self.body.addWidget(self.label)
        self.body.addStretch(1)

    def show_data(self, history) -> None:
        from counselor_app.ui.pages.students_page import status_text

        statuses = table_html(
            [self.tr("Date"), self.tr("Status"), self.tr("Reason"), self.tr("By")],
            [[local_time(e.at)[:10], status_text(e.status), e.reason or "—", e.by or "—"] for e in history.statuses])
        classes = table_html(
            [self.tr("School year"), self.tr("Class"), self.tr("Since"), self.tr("Left on")],
            [[c.year or "—", c.klass or "—", c.since, c.until or self.tr("now")] for c in history.classes]
        ) if history.classes else html.escape(self.tr("No class is recorded for this student."))
        self.label.setText(heading_html(self.tr("Status")) + statuses + heading_html(self.tr("Class by school year"))
                           + classes)

    def clear(self) -> None:
        self.label.clear()


# -- the timeline ---------------------------------------------------------------------------------------------------

class TimelineSection(SectionWidget):
    """Every event about the student, newest first, a page at a time; a check box per kind of event the user may
    see (e.g. leave out who looked at the file)."""

    def __init__(self, profile) -> None:
        super().__init__(profile)
        self.page: timeline_service.TimelinePage | None = None
        self.events: list = []
        self.bar = FlowLayout()   # the boxes wrap onto a second line in a narrow window, never cut off
        self.bar.addWidget(QLabel(self.tr("Show:")))
        self.kinds: dict[str, QCheckBox] = {}   # a box per source the service read for this user (first page)
        self.body.addLayout(self.bar)
        self.model = RowsModel([
            Column(self.tr("Time"), lambda e: local_time(e.at)[:10] if e.day_only else local_time(e.at)),
            Column(self.tr("Event"), lambda e: e.title, tooltip=lambda e: e.title),
            Column(self.tr("Detail"), lambda e: e.detail, tooltip=lambda e: e.detail or None),   # cut off: read here
            Column(self.tr("By"), lambda e: e.by),
        ], self)
        self.table = row_table(self.model, stretch=False)
        self.table.setObjectName("timeline")
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in (self.EVENT, self.DETAIL):   # share the width; time and user fit their contents
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.body.addWidget(self.table, 1)
        foot = QHBoxLayout()
        self.count = QLabel()
        self.count.setObjectName("hint")
        self.more_button = QPushButton(self.tr("Earlier events"))
        self.more_button.setObjectName("timelineMore")
        self.more_button.clicked.connect(self.load_more)
        foot.addWidget(self.count, 1)
        foot.addWidget(self.more_button)
        self.body.addLayout(foot)
        self.more_button.setEnabled(False)

    EVENT, DETAIL = 1, 2

    def chosen(self) -> list[str]:
        return [key for key, box in self.kinds.items() if box.isChecked()]

    def show_data(self, page) -> None:
        if not self.kinds:
            self._offer_kinds(page.sources)
        for key, box in self.kinds.items():   # the boxes say which kinds the page holds (a reload holds all)
            box.blockSignals(True)
            box.setChecked(key in page.sources)
            box.blockSignals(False)
        self.events = []
        self._add(page)

    def _offer_kinds(self, keys) -> None:
        for key in keys:
            box = self.kinds[key] = QCheckBox(translate_text(timeline_service.SOURCES[key].title))
            box.setChecked(True)
            box.toggled.connect(self.reload)
            self.bar.addWidget(box)

    def _add(self, page) -> None:
        self.page = page
        self.events = self.events + list(page.events)
        self.model.set_rows(self.events)
        self.more_button.setEnabled(page.more)
        self.count.setText(self.tr("{count} events shown").format(count=len(self.events)) if self.events
                           else self.tr("No events of these kinds."))

    def reload(self) -> None:
        """The first page again, with the kinds of event ticked (a look at the file: audited)."""
        self._fetch(None, self.show_data)

    def load_more(self) -> None:
        if self.page is not None and self.page.more:
            self._fetch(self.page.before, self._add)

    def _fetch(self, before: str | None, done: Callable) -> None:
        sid, kinds = self.profile.student_id, self.chosen()
        self.more_button.setEnabled(False)
        self.profile.app.worker.run(
            lambda s: timeline_service.student_timeline(s, sid, tr=translate_text, before=before, sources=kinds),
            done, self._failed, context=self)

    def _failed(self, error: BaseException) -> None:
        from counselor_app.ui import dialogs

        self.more_button.setEnabled(self.page is not None and self.page.more)
        dialogs.show_error(self, error)

    def clear(self) -> None:
        self.page, self.events = None, []
        self.model.clear()
        self.count.clear()
        self.more_button.setEnabled(False)


# -- the profile's sections, in the order shown -------------------------------------------------------------------

from counselor_app.services import watch_detail  # noqa: E402 - the features' sections, after SectionWidget
from counselor_app.ui.watch.profile_section import WatchSection  # noqa: E402
from counselor_app.services import screening_results  # noqa: E402
from counselor_app.ui.screening.profile_section import ScreeningSection  # noqa: E402
from counselor_app.services import meetings_profile  # noqa: E402
from counselor_app.ui.meetings.profile_section import MeetingsSection  # noqa: E402
from counselor_app.services import appointment_profile  # noqa: E402
from counselor_app.ui.appointments.profile_section import AppointmentsSection  # noqa: E402
from counselor_app.services import referral_profile  # noqa: E402
from counselor_app.ui.referrals.profile_section import (  # noqa: E402
    IncidentsSection, LeavesSection, ReferralsSection,
)


@dataclass(frozen=True)
class ProfileSection:
    loader: Callable                 # declared with services.profile.profile_section
    widget: type[SectionWidget]

    @property
    def key(self) -> str:
        return profile_service.section_of(self.loader).key

    @property
    def title(self) -> str:
        return translate_text(profile_service.section_of(self.loader).title)

    @property
    def permission(self) -> Permission:
        return profile_service.section_of(self.loader).permission


SECTIONS: list[ProfileSection] = [
    ProfileSection(profile_service.basic_data, BasicSection),
    ProfileSection(profile_service.guardians, GuardiansSection),
    ProfileSection(profile_service.status_changes, HistorySection),
    ProfileSection(watch_detail.watch_section, WatchSection),
    ProfileSection(screening_results.student_screening, ScreeningSection),
    ProfileSection(meetings_profile.student_meetings, MeetingsSection),
    ProfileSection(appointment_profile.student_appointments_section, AppointmentsSection),
    ProfileSection(referral_profile.student_referrals, ReferralsSection),
    ProfileSection(referral_profile.student_leaves, LeavesSection),
    ProfileSection(referral_profile.student_incidents, IncidentsSection),
    # the case-work sections come here, before the timeline
    ProfileSection(timeline_service.student_timeline, TimelineSection),
]
