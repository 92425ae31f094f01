"""设置: the semester's set-up — posts, shifts (per weekday and period, how many people, who may take them), the
duty list, unavailability (entered one by one or imported from a sheet), make-up workdays and their timetable, and
copying the set-up of another semester. Everything from the page's DutySetup; each change through a form."""
from __future__ import annotations

from operator import attrgetter

from counselor_app.services import duty as duty_service
from counselor_app.translation import translate_text
from counselor_app.ui import dialogs
from counselor_app.ui.duty import setup_dialogs as forms, words
from counselor_app.ui.duty.fields import table
from counselor_app.ui.models import Column
from counselor_app.ui.qt import QGroupBox, QHBoxLayout, QLabel, QPushButton, QSplitter, Qt, QVBoxLayout, QWidget
from counselor_app.ui.widgets import selected_row


def _button(text: str, name: str, run) -> QPushButton:
    b = QPushButton(text)
    b.setObjectName(name)
    b.clicked.connect(lambda _c=False: run())
    return b


class SetupTab(QWidget):
    def __init__(self, page) -> None:
        super().__init__()
        self.page, self.app = page, page.app
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        self.summary.setWordWrap(True)
        top.addWidget(self.summary, 1)
        self.members_button = _button(self.tr("Duty list…"), "dutyMembersButton", self.edit_members)
        self.clone_button = _button(self.tr("Copy from another semester…"), "dutyClone", self.clone)
        self.import_button = _button(self.tr("Import unavailability…"), "dutyImportUnavailable",
                                     self.import_unavailability)
        for b in (self.members_button, self.clone_button, self.import_button):
            top.addWidget(b)
        layout.addLayout(top)
        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.posts_model, self.posts = table([
            Column(self.tr("Post"), attrgetter("name")),
            Column(self.tr("State"), lambda p: self.tr("in use") if p.active else self.tr("retired"))],
            self, "dutyPosts", stretch=True)
        self.posts.doubleClicked.connect(lambda _i: self.edit_post())
        left_layout.addWidget(self._box(self.tr("Posts"), self.posts, [
            _button(self.tr("New post…"), "dutyNewPost", self.new_post),
            _button(self.tr("Suggested posts"), "dutyDefaultPosts", self.default_posts),
            _button(self.tr("Change…"), "dutyEditPost", self.edit_post)]))
        self.makeup_model, self.makeup = table([
            Column(self.tr("Make-up workday"), lambda m: words.day_text(m.day)),
            Column(self.tr("Timetable"), lambda m: words.weekday(m.timetable) if m.timetable is not None
                   else self.tr("not chosen"), colour=lambda m: None if m.timetable is not None else "#b3261e")],
            self, "dutyMakeupDays", stretch=True)
        self.makeup.doubleClicked.connect(lambda _i: self.edit_makeup())
        left_layout.addWidget(self._box(self.tr("Make-up workdays"), self.makeup, [
            _button(self.tr("Timetable…"), "dutyEditMakeup", self.edit_makeup)]))
        split.addWidget(left)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.shifts_model, self.shifts = table([
            Column(self.tr("Post"), attrgetter("post")),
            Column(self.tr("Weekday"), lambda t: words.weekday(t.weekday), sort_key=attrgetter("weekday")),
            Column(self.tr("Period"), attrgetter("period")),
            Column(self.tr("Time"), attrgetter("times")),
            Column(self.tr("People"), attrgetter("heads"), align_right=True),
            Column(self.tr("Kind"), lambda t: words.kind(t.kind)),
            Column(self.tr("Who may take it"), self.who_text)], self, "dutyShifts")
        self.shifts.doubleClicked.connect(lambda _i: self.edit_shift())
        right_layout.addWidget(self._box(self.tr("Shifts of a week"), self.shifts, [
            _button(self.tr("New shift…"), "dutyNewShift", self.new_shift),
            _button(self.tr("Change…"), "dutyEditShift", self.edit_shift),
            _button(self.tr("Remove"), "dutyRemoveShift", self.remove_shift)]), 3)
        self.unavailable_model, self.unavailable = table([
            Column(self.tr("Person"), attrgetter("name")),
            Column(self.tr("When"), words.unavailable_when),
            Column(self.tr("Why"), lambda u: words.reason(u.reason))], self, "dutyUnavailable")
        right_layout.addWidget(self._box(self.tr("Cannot take duty"), self.unavailable, [
            _button(self.tr("Add…"), "dutyAddUnavailable", self.add_unavailable),
            _button(self.tr("Remove"), "dutyRemoveUnavailable", self.remove_unavailable)]), 2)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        layout.addWidget(split, 1)

    def _box(self, title: str, view, buttons) -> QGroupBox:
        box = QGroupBox(title)
        inner = QVBoxLayout(box)
        inner.addWidget(view, 1)
        row = QHBoxLayout()
        for b in buttons:
            row.addWidget(b)
        row.addStretch(1)
        inner.addLayout(row)
        return box

    def who_text(self, t) -> str:
        parts = [translate_text(duty_service.STAFF_ROLES[r]) for r in t.roles if r in duty_service.STAFF_ROLES]
        parts += [n for n in t.staff_names if n]
        return words.list_text(parts) or self.tr("anyone on the duty list")

    # -- showing ----------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        setup = self.page.setup
        if setup is None:
            self.clear_data()
            return
        self.posts_model.set_rows(list(setup.posts))
        self.shifts_model.set_rows(sorted(setup.templates, key=lambda t: (t.post, t.weekday, t.start)))
        self.unavailable_model.set_rows(list(setup.unavailable))
        self.makeup_model.set_rows(list(setup.makeup_days))
        on_list = [p.name for p in setup.people if p.on_list]
        self.summary.setText(self.tr("On the duty list ({count}): {names}").format(
            count=len(on_list), names=words.names_text(on_list) or self.tr("nobody yet")))
        self.clone_button.setEnabled(not setup.templates and len(self.page.semesters) > 1)

    def clear_data(self) -> None:
        for model in (self.posts_model, self.shifts_model, self.unavailable_model, self.makeup_model):
            model.clear()
        self.summary.clear()

    def _open(self, dialog) -> None:
        self.page.editor = dialog
        dialog.open()

    def _ready(self) -> bool:
        return self.page.setup is not None

    # -- posts ----------------------------------------------------------------------------------------------------
    def new_post(self) -> None:
        if self._ready():
            self._open(forms.PostDialog(self.page))

    def edit_post(self) -> None:
        post = selected_row(self.posts)
        if post is not None:
            self._open(forms.PostDialog(self.page, post))

    def default_posts(self) -> None:
        self.app.worker.run(lambda s: duty_service.add_default_posts(s, tr=translate_text), None,
                            lambda e: dialogs.show_error(self, e), context=self)

    # -- shifts ---------------------------------------------------------------------------------------------------
    def new_shift(self) -> None:
        if self._ready():
            self._open(forms.TemplateDialog(self.page))

    def edit_shift(self) -> None:
        shift = selected_row(self.shifts)
        if shift is not None:
            self._open(forms.TemplateDialog(self.page, shift))

    def remove_shift(self) -> None:
        shift = selected_row(self.shifts)
        if shift is None or not dialogs.ask_yes_no(self, self.tr("Remove the shift"), self.tr(
                "Remove the shift {period} {times} of {post} on {weekday}? Its coming duties are removed too; past "
                "duties stay.").format(period=shift.period, times=shift.times, post=shift.post,
                                       weekday=words.weekday(shift.weekday)), yes_text=self.tr("Remove")):
            return
        tid = shift.id
        self.app.worker.run(lambda s: duty_service.remove_template(s, tid), None,
                            lambda e: dialogs.show_error(self, e), context=self)

    # -- people -----------------------------------------------------------------------------------------------
    def edit_members(self) -> None:
        if self._ready():
            self._open(forms.MembersDialog(self.page))

    def add_unavailable(self) -> None:
        if self._ready():
            self._open(forms.UnavailableDialog(self.page))

    def remove_unavailable(self) -> None:
        row = selected_row(self.unavailable)
        if row is None:
            return
        rid = row.id
        self.app.worker.run(lambda s: duty_service.remove_unavailability(s, rid), None,
                            lambda e: dialogs.show_error(self, e), context=self)

    def import_unavailability(self) -> None:
        from counselor_app.ui.duty.import_dialog import UnavailabilityImportDialog

        sid = self.page.semester_id()
        if sid is not None:
            self._open(UnavailabilityImportDialog(self.page, sid))

    def edit_makeup(self) -> None:
        row = selected_row(self.makeup)
        if row is not None:
            self._open(forms.MakeupDialog(self.page, row))

    def clone(self) -> None:
        if self._ready():
            self._open(forms.CloneDialog(self.page))
