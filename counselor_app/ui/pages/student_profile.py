"""The student profile: the root of the student's archive (later parts add their sections), with edit and status."""
from __future__ import annotations

import html

from counselor_app.domain.roles import Permission
from counselor_app.services import students as student_service
from counselor_app.ui import dialogs
from counselor_app.domain.school import class_label
from counselor_app.ui.pages.students_page import gender_text, status_text
from counselor_app.ui.qt import (
    QComboBox, QDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
)
from counselor_app.ui.widgets import form_footer, show_error_text, show_failure


class StudentProfile(QDialog):
    def __init__(self, page, student_id: int) -> None:
        super().__init__(page)
        self.page = page
        self.app = page.app
        self.student_id = student_id
        self.detail = None
        self.setWindowTitle(self.tr("Student profile"))
        self.setMinimumSize(560, 480)
        layout = QVBoxLayout(self)
        self.basic = QLabel()
        self.basic.setWordWrap(True)
        self.basic.setObjectName("profileBasic")
        layout.addWidget(self.basic)
        guardians = QGroupBox(self.tr("Guardians"))
        self.guardians = QLabel()
        self.guardians.setWordWrap(True)
        QVBoxLayout(guardians).addWidget(self.guardians)
        layout.addWidget(guardians)
        history = QGroupBox(self.tr("Status history"))
        self.history = QLabel()
        self.history.setWordWrap(True)
        QVBoxLayout(history).addWidget(self.history)
        layout.addWidget(history)
        layout.addStretch(1)
        row = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setEnabled(False)
        self.status_button = QPushButton(self.tr("Change status…"))
        close = QPushButton(self.tr("Close"))
        row.addWidget(self.edit_button)
        row.addWidget(self.status_button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.status_button.clicked.connect(lambda: StatusDialog(self).open())
        self.edit_button.clicked.connect(self.edit)
        editable = self.app.may(Permission.EDIT_REGISTER)
        self.edit_button.setVisible(editable)
        self.status_button.setVisible(editable)
        close.clicked.connect(self.accept)
        self.reload()

    def reload(self) -> None:
        sid = self.student_id
        self.app.worker.run(lambda s: student_service.get_student(s, sid), self.show_detail,
                            lambda e: dialogs.show_error(self, e), context=self)

    def edit(self) -> None:
        from counselor_app.ui.student_edit import StudentEditDialog

        self.editor = StudentEditDialog(self, self.app, self.detail, on_saved=lambda _id: self.reload())
        self.editor.open()

    def show_detail(self, d) -> None:
        self.detail = d
        self.edit_button.setEnabled(True)
        e = html.escape  # names come from rosters: never let them be read as markup
        extras = [self.tr("boards at school") if d.boarding else self.tr("day student")]
        if d.dorm:
            extras.append(self.tr("dorm {dorm}").format(dorm=e(d.dorm)))
        if d.is_monitor:
            extras.append(self.tr("mental-health monitor of the class"))
        self.basic.setText(self.tr(
            "<b>{name}</b> · {number}<br>{gender} · born {birth}<br>{klass} · {status}").format(
            name=e(d.name), number=e(d.student_no), gender=gender_text(d.gender) or "—", birth=d.birth_date or "—",
            klass=e(class_label(d.grade, d.class_name)) or self.tr("no class"), status=status_text(d.status))
            + "<br>" + " · ".join(extras))
        self.guardians.setText("<br>".join(e(f"{n} {r} {p}".strip()) for n, r, p in d.guardians) or "—")
        self.history.setText("<br>".join(f"{at[:10]} {status_text(s)} {e(self.reason_text(reason))}"
                                         for s, at, reason in d.history) or "—")

    def reason_text(self, reason: str) -> str:
        """Reasons the app writes itself are codes; a user's own reason is shown as written."""
        return {"created": self.tr("entered by hand"), "import": self.tr("roster import"), "demo": self.tr("demo office"),
                "rollover": self.tr("year rollover")}.get(reason, reason)


class StatusDialog(QDialog):
    def __init__(self, profile: StudentProfile) -> None:
        super().__init__(profile)
        self.profile = profile
        self.setWindowTitle(self.tr("Change status"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.status = QComboBox()
        for s in student_service.STATUSES:
            self.status.addItem(status_text(s), s)
        if profile.detail is not None:
            self.status.setCurrentIndex(max(0, self.status.findData(profile.detail.status)))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. sick leave approved on 2026-11-20"))
        form.addRow(self.tr("New status:"), self.status)
        form.addRow(self.tr("Reason:"), self.reason)
        layout.addLayout(form)
        self.error, self.buttons = form_footer(self, layout)

    def submit(self) -> None:
        sid, status, reason = self.profile.student_id, self.status.currentData(), self.reason.text()
        if not reason.strip():
            show_error_text(self.error, self.tr("Give a reason for the change."))
            return
        self.buttons.setEnabled(False)
        self.profile.app.worker.run(lambda s: student_service.change_status(s, sid, status, reason), self._done,
                                    self._failed, context=self, changes={"register", "audit"})

    def _done(self, _r) -> None:
        self.accept()
        self.profile.reload()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_failure(self.error, self, error)
