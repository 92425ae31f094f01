"""A waiting-list request, read (候约名单 → double-click a request, or 查看…): the student, its state (an offered slot
with its time and how long it stands), the counselor and times wished for, the kind, how the student came, the last
day, when it was added — and for counselors and the office head its note (sealed with the clinical key: written when
adding the request, or by the office when misses sent the student back). The assistant never sees the note, nor
that a request is urgent (only its place at the top). Read through appointment_waitlist.get_request, which audits
the look under the student."""
from __future__ import annotations

from counselor_app.domain import appointment as rules
from counselor_app.domain.roles import Permission
from counselor_app.services import appointment_setup as setup_service, appointment_waitlist as service
from counselor_app.ui.appointments import words
from counselor_app.ui.form_dialog import FormDialog
from counselor_app.ui.qt import QDialogButtonBox, QLabel, Qt
from counselor_app.ui.widgets import note_box


def load_request(request_id: int):
    return lambda s: (service.get_request(s, request_id), setup_service.list_counselors(s))


def preferred_text(preferred: str, anytime: str, sep: str = "; ") -> str:
    """'2 12:00-13:00;4 16:30-18:00' → '周三 12:00–13:00；周五 16:30–18:00' ('' → ``anytime``)."""
    parts = []
    for part in filter(None, (p.strip() for p in (preferred or "").split(";"))):
        wd, _, times = part.partition(" ")
        day = words.weekday_of(int(wd)) if wd.isdigit() and 0 <= int(wd) <= 6 else wd
        parts.append(f"{day} {times.replace('-', '–')}")
    return sep.join(parts) if parts else anytime


class RequestViewDialog(FormDialog):
    def __init__(self, parent, app, request_id: int) -> None:
        super().__init__(parent, app, self.tr("Waiting-list request"), width=480)
        self.request_id = request_id
        self.view = None
        self.values: dict[str, QLabel] = {}
        for key, label in (("student", self.tr("Student:")), ("state", self.tr("State:")),
                           ("counselor", self.tr("Counselor:")), ("preferred", self.tr("Preferred times:")),
                           ("kind", self.tr("Kind:")), ("referral", self.tr("How the student came:")),
                           ("until", self.tr("Stands until:")), ("added", self.tr("Added:"))):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = self.field(label, value, name=f"request_{key}")
        self.note = None
        if app.may(Permission.VIEW_SESSION_NOTES):
            self.note = self.field(self.tr("Note (confidential):"), note_box(), name="requestNoteShown")
            self.note.setReadOnly(True)
            self.note.setFixedHeight(72)
            self.note.setPlaceholderText(self.tr("No note"))
        self.ok_button.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))

    def loader(self):
        return load_request(self.request_id)

    def loaded(self, result) -> None:
        view, counselors = result
        self.view = view
        r = view.row
        names = {c.id: c.name for c in counselors}
        self.values["student"].setText(f"{r.student_no} {r.student_name}")
        state = self.state_text(r)
        if view.urgent:
            state = self.tr("URGENT (watch list): never left waiting") + " · " + state
        self.values["state"].setText(state)
        self.values["counselor"].setText(names.get(r.counselor_id, self.tr("anyone")) if r.counselor_id else
                                         self.tr("anyone"))
        self.values["preferred"].setText(preferred_text(r.preferred, self.tr("any time"), self.tr("; ")))
        self.values["kind"].setText(words.label(rules.Kind, r.kind))
        self.values["referral"].setText(words.label(rules.Referral, r.referral) or "—")
        self.values["until"].setText(r.valid_until or self.tr("no last day"))
        self.values["added"].setText(r.created_at[:16].replace("T", " "))
        if self.note is not None:
            self.note.setPlainText(view.note or "")

    def state_text(self, r) -> str:
        if r.state == "offered":
            return self.tr("a freed slot offered: {day} {start}–{end}, until {expires}").format(
                day=r.offer_day, start=r.offer_start, end=r.offer_end,
                expires=(r.offer_expires or "")[:16].replace("T", " "))
        return {"waiting": self.tr("waiting"), "booked": self.tr("booked"), "expired": self.tr("expired"),
                "withdrawn": self.tr("withdrawn")}.get(r.state, r.state)
