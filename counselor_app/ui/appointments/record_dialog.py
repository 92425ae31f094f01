"""心理辅导记录: the record of a held session, on the template of FORMS.md (主诉, state and observations, assessment,
goal, process, intervention, response, homework, evaluation, the next appointment). 保存 keeps a draft; 签名并锁定
signs it with the author's key and locks it; a signed record shows read-only with its addenda, and 添加补充… adds
one. Confidential: only its author and the office head open it (the service refuses everyone else).

When the student has an open watch-list entry (and the user may edit the watch list), an unsigned record offers to
add the session as a follow-up to it: a check box, what was seen and the level seen now; saving (or signing) then
adds the follow-up before the record is signed. Once only: the service keeps the mark with the follow-up, so a
signature that fails after it is retried without a second follow-up, and the form offers it no more."""
from __future__ import annotations

from datetime import date

from counselor_app.domain import appointment as rules
from counselor_app.domain.roles import Permission
from counselor_app.services import session_records as service
from counselor_app.ui import dialogs
from counselor_app.ui.appointments import words
from counselor_app.ui.form_dialog import FormDialog, Invalid
from counselor_app.ui.qt import QCheckBox, QComboBox, QDate, QDateEdit, QPlainTextEdit, QPushButton
from counselor_app.ui.widgets import note_box

FIELDS = ("complaint", "state_seen", "assessment", "goal", "process", "intervention", "response", "homework",
          "evaluation")


class RecordDialog(FormDialog):
    def __init__(self, parent, app, appointment, record_id: int | None, on_saved=None) -> None:
        super().__init__(parent, app, self.tr("Counseling session record"), width=640, on_saved=on_saved)
        self.appointment, self.record_id = appointment, record_id
        self.view = None
        self.sign_after_save = False
        day = date.fromisoformat(appointment.day)
        self.heading = self.note(self.tr("{day} {start}–{end} · {who} · {kind} · {place} · {counselor}").format(
            day=appointment.day, start=appointment.start, end=appointment.end, who=words.who(appointment),
            kind=words.label(rules.Kind, appointment.kind), place=words.place(appointment),
            counselor=appointment.counselor_name), hint=False)
        self.number = self.note(self.tr("Confidential: open to its author and the office head only."))
        for position, label in enumerate((self.heading, self.number)):   # above the fields
            self.body.removeWidget(label)
            self.body.insertWidget(position, label)
        labels = {"complaint": self.tr("Presenting problem:"), "state_seen": self.tr("State and observations:"),
                  "assessment": self.tr("Assessment and analysis:"), "goal": self.tr("Goal:"),
                  "process": self.tr("Process:"), "intervention": self.tr("Intervention:"),
                  "response": self.tr("The student's response:"), "homework": self.tr("Homework:"),
                  "evaluation": self.tr("Evaluation of the effect:")}
        self.texts: dict[str, QPlainTextEdit] = {}
        for name in FIELDS:
            edit = note_box()
            edit.setObjectName(f"record_{name}")
            edit.setFixedHeight(48 if name not in ("process", "complaint") else 64)
            self.texts[name] = self.field(labels[name], edit)
        self.has_next = QCheckBox(self.tr("Next appointment on"))
        self.has_next.setObjectName("recordHasNext")
        self.next_day = QDateEdit(QDate(day.year, day.month, day.day).addDays(7))
        self.next_day.setObjectName("recordNextDay")
        self.next_day.setCalendarPopup(True)
        self.next_day.setDisplayFormat("yyyy-MM-dd")
        self.form.addRow(self.has_next, self.next_day)
        self.pending_followup = None
        self.target = None             # the student's open watch-list entry (services/session_records.WatchTarget)
        self.followup = QCheckBox(self.tr("Add this session as a follow-up to the student's watch-list entry"))
        self.followup.setObjectName("recordFollowup")
        self.form.addRow(self.followup)
        self.seen = self.field(self.tr("Follow-up, what was seen:"), note_box(), name="recordFollowupSeen")
        self.seen.setFixedHeight(48)
        self.rating = self.field(self.tr("Level seen now:"), QComboBox(), name="recordFollowupRating")
        self.followup.toggled.connect(self._followup_toggled)
        self._show_followup(False)
        self.addenda = self.note("", hint=False)
        self.addenda.hide()
        self.sign_button = QPushButton(self.tr("Save, sign and lock"))
        self.sign_button.setObjectName("recordSign")
        self.sign_button.clicked.connect(lambda _c=False: self.sign())
        self.buttons.addButton(self.sign_button, self.buttons.ButtonRole.ActionRole)
        self.addendum_button = QPushButton(self.tr("Add an addendum…"))
        self.addendum_button.setObjectName("recordAddendum")
        self.addendum_button.clicked.connect(lambda _c=False: self.add_addendum())
        self.buttons.addButton(self.addendum_button, self.buttons.ButtonRole.ActionRole)
        self.addendum_button.hide()
        self.addendum = note_box()
        self.addendum.setObjectName("recordAddendumText")
        self.addendum.setPlaceholderText(self.tr("The addendum: what is added or corrected, dated and signed by you"))
        self.addendum.setFixedHeight(56)
        self.addendum.hide()
        self.body.addWidget(self.addendum)
        self.ok_button.setText(self.tr("Save draft"))

    def loader(self):
        record_id, appointment_id = self.record_id, self.appointment.id
        offer = self.app.may(Permission.EDIT_WATCHLIST)
        return lambda s: (service.get_record(s, record_id) if record_id is not None else None,
                          service.watch_target(s, appointment_id) if offer else None)

    def _show_followup(self, shown: bool) -> None:
        self.form.setRowVisible(self.followup, shown)
        self.form.setRowVisible(self.seen, shown)
        self.form.setRowVisible(self.rating, shown)
        self._followup_toggled(self.followup.isChecked())

    def _followup_toggled(self, on: bool) -> None:
        self.seen.setEnabled(on)
        self.rating.setEnabled(on)

    def loaded(self, result) -> None:
        view, target = result
        signed = view is not None and bool(view.row.signed_at)
        noted = view is not None and view.row.risk_noted       # its follow-up is in the entry already: not twice
        if target is not None and not signed and not noted:
            from counselor_app.domain.watch import DEFAULT_LABELS
            from counselor_app.translation import translate_text

            def name(code: str, label: str) -> str:
                return translate_text(DEFAULT_LABELS[code]) if code in DEFAULT_LABELS else label
            self.target = target
            self.rating.clear()
            now = next((name(c, lb) for c, lb in target.levels if c == target.level), target.level)
            self.rating.addItem(self.tr("unchanged ({level})").format(level=now), "")
            for code, label in target.levels:
                if code != target.level:
                    self.rating.addItem(name(code, label), code)
            self._show_followup(True)
        if view is None:
            return
        self.view = view
        for name in FIELDS:
            self.texts[name].setPlainText(getattr(view.edit, name))
        if view.edit.next_day is not None:
            d = view.edit.next_day
            self.has_next.setChecked(True)
            self.next_day.setDate(QDate(d.year, d.month, d.day))
        signed = bool(view.row.signed_at)
        self.number.setText(self.tr("Record {number}").format(number=view.row.number) + " · " + (
            self.tr("signed {at} by {name}, locked").format(at=view.row.signed_at[:16].replace("T", " "),
                                                            name=view.row.author_name)
            if signed else self.tr("draft, not signed yet")) + (
            " · " + self.tr("already a follow-up in the watch-list entry") if view.row.risk_noted else ""))
        if view.addenda:
            self.addenda.setText("\n".join(self.tr("Addendum {at} {name}: {text}").format(
                at=a.created_at[:16].replace("T", " "), name=a.author_name, text=text) for a, text in view.addenda))
            self.addenda.show()
        if signed:
            for w in (*self.texts.values(), self.has_next, self.next_day):
                w.setEnabled(False)
            self.ok_button.hide()
            self.sign_button.hide()
            self.addendum_button.show()
            self.addendum.show()

    def edit(self) -> service.RecordEdit:
        self.pending_followup = self.followup_edit()
        values = {name: self.texts[name].toPlainText() for name in FIELDS}
        return service.RecordEdit(**values, next_day=self.next_day.date().toPython() if self.has_next.isChecked()
                                  else None)

    def followup_edit(self) -> tuple[str, str] | None:
        """(what was seen, the level seen now or '') when the follow-up is asked for; Invalid without the text."""
        if self.target is None or not self.followup.isChecked():
            return None
        seen = self.seen.toPlainText().strip()
        if not seen:
            raise Invalid(self.tr("Write what was seen for the follow-up, or clear its check box."), self.seen)
        return seen, self.rating.currentData() or ""

    def saver(self, edit):
        appointment_id, sign = self.appointment.id, self.sign_after_save
        followup = self.pending_followup

        def save(s):
            record_id = service.save_record(s, appointment_id, edit)
            if followup is not None:
                service.followup_to_watch(s, record_id, *followup)
            return service.sign_record(s, record_id) if sign else record_id
        return save

    def saved(self, result) -> None:
        self.followup.setChecked(False)      # added once: a later save of the same form does not add it again
        super().saved(result)

    def sign(self) -> None:
        if not dialogs.ask_yes_no(self, self.tr("Sign the record"), self.tr(
                "Once signed, the record is locked: later changes are addenda. Sign it now?")):
            return
        self.sign_after_save = True
        self.submit()
        self.sign_after_save = False

    def add_addendum(self) -> None:
        if self.view is None:
            return
        text, record_id = self.addendum.toPlainText(), self.view.row.id
        self.error.clear()
        self.app.worker.run(lambda s: service.add_addendum(s, record_id, text), lambda _r: self.accept(),
                            self._failed, context=self)

