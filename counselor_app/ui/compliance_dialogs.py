"""The dialogs of the compliance records: one form per log (lesson, family guidance, publicity, training,
supervision) and the school year's resources. Each turns its fields into the service's edit; the service checks."""
from __future__ import annotations

from datetime import date

from counselor_app.domain import compliance as rules
from counselor_app.services import compliance_logs as logs
from counselor_app.translation import translate_text
from counselor_app.ui.form_dialog import FormDialog, Invalid
from counselor_app.ui.pages.students_page import is_university
from counselor_app.ui.qt import QComboBox, QDate, QDateEdit, QDoubleSpinBox, QLineEdit, QListWidget, QListWidgetItem, QSpinBox, Qt


def _date_edit(value: str | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(QDate.fromString(value, "yyyy-MM-dd") if value else QDate.currentDate())
    return edit


def _combo(items, current=None) -> QComboBox:
    box = QComboBox()
    for text, value in items:
        box.addItem(text, value)
    if current is not None and box.findData(current) >= 0:
        box.setCurrentIndex(box.findData(current))
    return box


def _codes(enum) -> list[tuple[str, str]]:
    return [(translate_text(m.label), m.value) for m in enum]


class LogDialog(FormDialog):
    """A log's form: ``kind`` names the log; ``row`` (a LogRow) is the one being changed, None for a new one."""

    def __init__(self, page, row, kind: str, choices: logs.Choices) -> None:
        titles = {"lesson": self.tr("Mental-health lesson"), "family": self.tr("Family guidance activity"),
                  "publicity": self.tr("Publicity activity"), "training": self.tr("Training"),
                  "supervision": self.tr("Supervision session")}
        super().__init__(page, page.app, titles[kind])
        self.kind, self.row, self.choices = kind, row, choices
        v = row.values if row is not None else {}
        self.day = self.field(self.tr("Date:"), _date_edit(row.on_date if row else None), name="logDate")
        counselors = [(n, i) for i, n, c in choices.staff if c] or [(n, i) for i, n, _c in choices.staff]
        if kind == "lesson":
            self.klass = self.field(self.tr("Class:"), _combo([(t, i) for i, t in choices.classes], v.get("class_id")),
                                    name="logClass")
            self.teacher = self.field(self.tr("Teacher:"), _combo([(self.tr("(not recorded)"), None)] + [
                (n, i) for i, n, _c in choices.staff], v.get("teacher_staff_id")), name="logTeacher")
            self.topic = self.field(self.tr("Topic:"), QLineEdit(v.get("topic", "")), name="logTopic")
            self.periods = self.field(self.tr("Lesson periods:"), self._spin(1, 10, v.get("periods", 1)))
        elif kind == "family":
            self.title_edit = self.field(self.tr("Title:"), QLineEdit(v.get("title", "")), name="logTitle")
            self.form_box = self.field(self.tr("Form:"), _combo(_codes(rules.FamilyForm), v.get("form")))
            self.classes = QListWidget()
            self.classes.setObjectName("logClasses")
            chosen = set(v.get("class_ids", ()))
            for i, text in choices.classes:
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, i)
                item.setCheckState(Qt.CheckState.Checked if i in chosen else Qt.CheckState.Unchecked)
                self.classes.addItem(item)
            self.classes.setMinimumHeight(140)
            self.field(self.tr("Classes:"), self.classes)
            self.expected = self.field(self.tr("Parents expected:"), self._spin(0, 100000, v.get("parents_expected", 0)))
            self.present = self.field(self.tr("Parents present:"), self._spin(0, 100000, v.get("parents_present", 0)))
        elif kind == "publicity":
            self.title_edit = self.field(self.tr("Title:"), QLineEdit(v.get("title", "")), name="logTitle")
            self.audience = self.field(self.tr("For:"), _combo(_codes(rules.Audience), v.get("audience")),
                                       name="logAudience")
            self.participants = self.field(self.tr("Participants:"), self._spin(0, 100000, v.get("participants", 0)))
        else:
            self.staff = self.field(self.tr("Staff member:"), _combo(counselors, v.get("staff_id")), name="logStaff")
            if kind == "training":
                self.title_edit = self.field(self.tr("Title:"), QLineEdit(v.get("title", "")), name="logTitle")
                self.hours = self.field(self.tr("Hours:"), self._hours(200, v.get("hours", 8)), name="logHours")
                self.provider = self.field(self.tr("Given by:"), QLineEdit(v.get("provider", "")))
            else:
                self.form_box = self.field(self.tr("Form:"), _combo(_codes(rules.SupervisionForm), v.get("form")))
                self.hours = self.field(self.tr("Hours:"), self._hours(24, v.get("hours", 2)), name="logHours")
                self.supervisor = self.field(self.tr("Supervisor:"), QLineEdit(v.get("supervisor", "")))

    @staticmethod
    def _spin(low: int, high: int, value: int) -> QSpinBox:
        box = QSpinBox()
        box.setRange(low, high)
        box.setValue(int(value))
        return box

    @staticmethod
    def _hours(high: float, value: float) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setDecimals(1)
        box.setRange(0.5, high)
        box.setValue(float(value))
        return box

    def edit(self):
        day: date = self.day.date().toPython()
        if self.kind == "lesson":
            if self.klass.currentData() is None:
                raise Invalid(self.tr("Choose a class."), self.klass)
            return logs.LessonEdit(self.klass.currentData(), day, self.teacher.currentData(), self.topic.text(),
                                   self.periods.value())
        if self.kind == "family":
            ids = tuple(self.classes.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.classes.count())
                        if self.classes.item(i).checkState() == Qt.CheckState.Checked)
            if not ids:
                raise Invalid(self.tr("Tick the classes the activity was for."), self.classes)
            return logs.FamilyEdit(day, self.title_edit.text(), self.form_box.currentData(), ids,
                                   self.expected.value(), self.present.value())
        if self.kind == "publicity":
            return logs.PublicityEdit(day, self.title_edit.text(), self.audience.currentData(),
                                      self.participants.value())
        if self.staff.currentData() is None:
            raise Invalid(self.tr("Choose a staff member."), self.staff)
        if self.kind == "training":
            return logs.TrainingEdit(self.staff.currentData(), day, self.title_edit.text(), self.hours.value(),
                                     self.provider.text())
        return logs.SupervisionEdit(self.staff.currentData(), day, self.form_box.currentData(), self.hours.value(),
                                    self.supervisor.text())

    def saver(self, edit):
        kind, row_id = self.kind, self.row.id if self.row is not None else None
        return lambda s: logs.save_log(s, kind, edit, row_id)


class YearResourcesDialog(FormDialog):
    """Funding, venue, the university course's credits and the partner hospital of the school year. The credits
    count only for a university (the courses indicator of other schools counts lesson periods): elsewhere their row
    is hidden, and a value entered while the office was a university is kept as it was."""

    def __init__(self, page, year_id: int) -> None:
        super().__init__(page, page.app, self.tr("Funding, venue and partner hospital"))
        self.year_id = year_id
        self.funding = self.field(self.tr("Funding this school year (yuan):"), name="yearFunding",
                                  placeholder=self.tr("empty: not known"))
        self.rooms = self.field(self.tr("Counseling rooms:"), name="yearRooms")
        self.m2 = self.field(self.tr("Venue area (m²):"), name="yearArea")
        self.credits = self.field(self.tr("Mental-health course credits:"), name="yearCredits")
        self.form.setRowVisible(self.credits, is_university(page.app))
        self.partner = self.field(self.tr("Partner mental-health institution:"), name="yearPartner")
        self.note(self.tr("A hospital of the referrals' directory with a cooperation agreement counts as a partner "
                          "too."))

    def loader(self):
        year_id = self.year_id
        return lambda s: logs.get_year_resources(s, year_id)

    def loaded(self, r: logs.YearResourcesEdit) -> None:
        for edit, value in ((self.funding, r.funding_yuan), (self.rooms, r.venue_rooms), (self.m2, r.venue_m2),
                            (self.credits, r.course_credits)):
            edit.setText("" if value is None else f"{value:g}")
        self.partner.setText(r.hospital_partner)
        self.since = r.hospital_since

    def edit(self):
        return logs.YearResourcesEdit(self.funding.text().strip() or None, self.rooms.text().strip() or None,
                                      self.m2.text().strip() or None, self.credits.text().strip() or None,
                                      self.partner.text(), getattr(self, "since", None))

    def saver(self, edit):
        year_id = self.year_id
        return lambda s: logs.save_year_resources(s, year_id, edit)
