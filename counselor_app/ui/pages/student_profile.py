"""The student profile: the hub of the student's file. A heading (who, which class, which status), then the sections
the user's role may see (ui/profile_sections.py: basic data, guardians, status changes, … the timeline), loaded in
one call and audited as one look; 编辑… and 变更学籍状态… for those who may edit the register.
"""
from __future__ import annotations

import html

from counselor_app.domain.areas import Area
from counselor_app.domain.roles import Permission
from counselor_app.services import profile as profile_service
from counselor_app.services import students as student_service
from counselor_app.translation import translate_text
from counselor_app.ui import dialogs
from counselor_app.ui.pages.students_page import status_text
from counselor_app.ui import profile_sections
from counselor_app.ui.profile_sections import SectionWidget
from counselor_app.ui.qt import (
    QComboBox, QDialog, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QStackedWidget,
    Qt, QVBoxLayout,
)
from counselor_app.ui.widgets import form_footer, show_error_text, show_failure

STYLE = """
QListWidget#profileSections { background: white; border: 1px solid #dde3ea; border-radius: 6px; font-size: 14px;
                              outline: 0; }
QFrame#profileBody { background: white; border: 1px solid #dde3ea; border-radius: 6px; }
QListWidget#profileSections::item { padding: 8px 14px; }
QListWidget#profileSections::item:selected { background: #3b82c4; color: white; }
QLabel#profileName { font-size: 20px; font-weight: 600; color: #1f2d3d; }
QLabel#profileWhere { color: #5a6b7b; font-size: 13px; }
"""


class StudentProfile(QDialog):
    """``StudentProfile(page, student_id)``: ``page`` is the widget that opens it (its ``app`` is used)."""

    def __init__(self, page, student_id: int) -> None:
        super().__init__(page)
        self.page = page
        self.app = page.app
        self.student_id = student_id
        self.detail = None      # the register entry (StudentDetail) once the basic data is loaded: for 编辑…
        self.header = None
        self.setWindowTitle(self.tr("Student profile"))
        self.setMinimumSize(860, 560)
        self.setStyleSheet(STYLE)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)   # closed, nothing of the student stays in memory
        layout = QVBoxLayout(self)
        self.name_label = QLabel()
        self.name_label.setObjectName("profileName")
        self.where_label = QLabel()
        self.where_label.setObjectName("profileWhere")
        layout.addWidget(self.name_label)
        layout.addWidget(self.where_label)
        body = QHBoxLayout()
        self.nav = QListWidget()
        self.nav.setObjectName("profileSections")
        self.stack = QStackedWidget()
        self.sections = [s for s in profile_sections.SECTIONS if self.app.may(s.permission)]
        self.widgets: dict[str, SectionWidget] = {}
        for section in self.sections:
            self.nav.addItem(section.title)
            widget = self.widgets[section.key] = section.widget(self)
            self.stack.addWidget(widget)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        frame = QFrame()
        frame.setObjectName("profileBody")
        QVBoxLayout(frame).addWidget(self.stack)
        body.addWidget(self.nav)
        body.addWidget(frame, 1)
        layout.addLayout(body, 1)
        self.nav.ensurePolished()   # measured with the style sheet's font and padding
        self.nav.setFixedWidth(max(140, self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 8))
        row = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setEnabled(False)
        self.status_button = QPushButton(self.tr("Change status…"))
        self.status_button.setEnabled(False)
        close = QPushButton(self.tr("Close"))
        row.addWidget(self.edit_button)
        row.addWidget(self.status_button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.status_button.clicked.connect(self.change_status)
        self.edit_button.clicked.connect(self.edit)
        editable = self.app.may(Permission.EDIT_REGISTER)
        self.edit_button.setVisible(editable)
        self.status_button.setVisible(editable)
        close.clicked.connect(self.accept)
        self.app.worker.changed.connect(self._on_changed)
        self.app.locked_changed.connect(self._on_locked)
        self.reload()

    # -- loading ----------------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Load the heading and every section shown, in one call (one audited look at the file)."""
        sid, keys = self.student_id, list(self.widgets)
        self.app.worker.run(lambda s: profile_service.open_profile(s, sid, keys, tr=translate_text),
                            self.show_profile, lambda e: dialogs.show_error(self, e), context=self)

    def show_profile(self, profile) -> None:
        h = self.header = profile.header
        self.name_label.setText(f"{html.escape(h.name)}  <span style='font-size:14px; color:#5a6b7b'>"
                                f"{html.escape(h.student_no)}</span>")
        self.where_label.setText(" · ".join([h.klass or self.tr("no class"), status_text(h.status)]))
        for key, data in profile.sections.items():
            self.widgets[key].load(data)
        basic = profile.sections.get("basic")
        self.detail = basic if isinstance(basic, student_service.StudentDetail) else None
        self.edit_button.setEnabled(self.detail is not None)
        self.status_button.setEnabled(True)

    def _on_changed(self, changes) -> None:
        if Area.REGISTER in changes and self.isVisible() and not self.app.locked:
            self.reload()

    def _on_locked(self, locked: int) -> None:
        if locked:   # nothing personal stays in the hidden window
            self.detail = self.header = None
            self.name_label.clear()
            self.where_label.clear()
            for widget in self.widgets.values():
                widget.clear()
        elif self.isVisible():   # shown again after the unlock
            self.reload()

    # -- the section widgets' old names (tests and callers reach the basic data and status history by them) -------
    @property
    def basic(self) -> QLabel:
        return self.widgets["basic"].label

    @property
    def history(self) -> QLabel:
        return self.widgets["history"].label

    def show_section(self, key: str) -> None:
        self.nav.setCurrentRow(list(self.widgets).index(key))

    # -- actions ----------------------------------------------------------------------------------------------------
    def edit(self) -> None:
        from counselor_app.ui.student_edit import StudentEditDialog

        self.editor = StudentEditDialog(self, self.app, self.detail)   # the profile reloads on the change it announces
        self.editor.open()

    def change_status(self) -> None:
        self.status_dialog = StatusDialog(self)
        self.status_dialog.open()


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
        current = profile.header.status if profile.header is not None else None
        self.status.setCurrentIndex(max(0, self.status.findData(current)))
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
                                    self._failed, context=self)

    def _done(self, _r) -> None:
        self.accept()   # the profile reloads on the change the operation announces

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_failure(self.error, self, error)
