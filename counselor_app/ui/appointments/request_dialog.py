"""加入候约…: put a student on the waiting list — the student (typed), a preferred counselor or anyone, preferred
times ("2 12:00-13:00;4 16:30-18:00": weekday 0 = Monday), the last day it stands, and for counselors a sealed note.
A watch-list student at 重点关注 or 高危 never waits: after saving, the counselor to tell is named at once."""
from __future__ import annotations

from counselor_app.domain.roles import Permission
from counselor_app.services import appointment_setup as setup_service, appointment_waitlist as service, students
from counselor_app.ui import dialogs
from counselor_app.ui.form_dialog import FormDialog, Invalid, choice
from counselor_app.ui.student_picker import StudentPicker
from counselor_app.ui.widgets import note_box


def load_choices(session):
    return students.list_students(session), setup_service.list_counselors(session)


class RequestDialog(FormDialog):
    def __init__(self, parent, app, on_saved=None) -> None:
        super().__init__(parent, app, self.tr("Put on the waiting list"), width=520, on_saved=on_saved)
        self.counselors: dict[int, str] = {}
        self.picker = self.field(self.tr("Student:"), StudentPicker())
        self.counselor = self.field(self.tr("Counselor:"), choice([(self.tr("anyone"), None)]),
                                    name="requestCounselor")
        self.preferred = self.field(self.tr("Preferred times:"), name="requestPreferred",
                                    placeholder=self.tr("e.g. 2 12:00-13:00;4 16:30-18:00 (0 = Monday)"))
        self.note = None
        if app.may(Permission.VIEW_SESSION_NOTES):
            self.note = self.field(self.tr("Note (confidential):"), note_box(), name="requestNote")
            self.note.setFixedHeight(52)
        self.ok_button.setText(self.tr("Add"))

    def loader(self):
        return load_choices

    def loaded(self, result) -> None:
        rows, counselors = result
        self.picker.set_rows(rows)
        for c in counselors:
            self.counselor.addItem(c.name, c.id)
            self.counselors[c.id] = c.name
        self.picker.line.setFocus()

    def edit(self) -> service.RequestEdit:
        if self.picker.current is None:
            raise Invalid(self.tr("Choose the student first: type a number, a name or pinyin initials."),
                          self.picker.line)
        return service.RequestEdit(self.picker.current.id, self.counselor.currentData(), preferred=
                                   self.preferred.text(), note=self.note.toPlainText() if self.note else "")

    def saver(self, edit):
        return lambda s: service.add_request(s, edit)

    def saved(self, result) -> None:
        if result.urgent:
            who = self.counselors.get(result.notify_user_id, self.tr("the responsible counselor"))
            dialogs.show_info(self, self.tr("Urgent: never left waiting"), self.tr(
                "This student is on the watch list at a high level: book a session now, or tell {counselor} at "
                "once. The request heads every counselor's start page until it is booked.").format(counselor=who))
        super().saved(result)
