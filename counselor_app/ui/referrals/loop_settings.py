"""设置 → 转介与危机 (the head's): the days until a referral's receipt is due (default 7), the minutes from a crisis's
discovery to its report (the 10-minute target) and the days to the crisis review meeting (default 7). Read and saved
through services.hospitals.loop_settings / set_loop_settings on the worker (the service checks the permission and
the ranges, and audits the change); a refusal shows in the box's error line."""
from __future__ import annotations

from counselor_app.domain import referral as rules
from counselor_app.services import hospitals
from counselor_app.ui.qt import (
    QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget,
)
from counselor_app.ui.widgets import error_label, show_error_text, show_failure

DEFAULTS = hospitals.LoopSettings()


def _spin(low: int, high: int, suffix: str, name: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setSuffix(suffix)
    box.setObjectName(name)
    box.setMaximumWidth(150)
    return box


class LoopSettingsTab(QWidget):
    def __init__(self, app) -> None:
        super().__init__()
        self.app = app
        layout = QVBoxLayout(self)
        box = QGroupBox(self.tr("Referrals and crises"))
        box.setMaximumWidth(720)
        form = QFormLayout(box)
        hint = QLabel(self.tr("The deadlines the referral and crisis lists and the start page measure against. The "
                              "receipt days count for referrals issued from now on (those already issued keep their "
                              "due date); the crisis minutes and days apply to every incident shown."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        form.addRow(hint)
        days, minutes = self.tr(" days"), self.tr(" min")
        self.receipt_days = _spin(rules.MIN_RECEIPT_DAYS, rules.MAX_RECEIPT_DAYS, days, "loopReceiptDays")
        self.report_minutes = _spin(1, 120, minutes, "loopReportMinutes")
        self.review_days = _spin(1, 60, days, "loopReviewDays")
        form.addRow(self.tr("A referral's receipt is due after:"), self.receipt_days)
        form.addRow(self.tr("A crisis is reported within:"), self.report_minutes)
        form.addRow(self.tr("The crisis review meeting within:"), self.review_days)
        self.error = error_label()
        form.addRow(self.error)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveLoops")
        self.save_button.clicked.connect(self.save)
        defaults = QPushButton(self.tr("Restore the defaults"))
        defaults.setObjectName("loopDefaults")
        defaults.setToolTip(self.tr("{receipt} days for the receipt, {report} minutes to report a crisis, {review} "
                                    "days to its review meeting.").format(receipt=DEFAULTS.receipt_days,
                                                                          report=DEFAULTS.report_minutes,
                                                                          review=DEFAULTS.review_days))
        defaults.clicked.connect(lambda: self._show(DEFAULTS))
        row.addWidget(self.save_button)
        row.addWidget(defaults)
        row.addStretch(1)
        self.saved = QLabel()
        self.saved.setObjectName("hint")
        row.addWidget(self.saved)
        form.addRow(row)
        layout.addWidget(box)
        layout.addStretch(1)

    def refresh(self) -> None:
        self.app.worker.run(hospitals.loop_settings, self._show, context=self)

    def _show(self, loops) -> None:
        self.receipt_days.setValue(loops.receipt_days)
        self.report_minutes.setValue(loops.report_minutes)
        self.review_days.setValue(loops.review_days)

    def save(self) -> None:
        wanted = hospitals.LoopSettings(self.receipt_days.value(), self.report_minutes.value(),
                                        self.review_days.value())

        def done(loops) -> None:
            show_error_text(self.error, "")
            self._show(loops)
            self.saved.setText(self.tr("Saved."))

        def write_and_read(session):
            hospitals.set_loop_settings(session, wanted)
            return hospitals.loop_settings(session)

        self.saved.clear()
        self.app.worker.run(write_and_read, done, lambda e: show_failure(self.error, self, e), context=self)
