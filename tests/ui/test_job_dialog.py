"""The job dialog kit (ui/job_dialog.py) on a job of its own: previews and an apply the test holds on the worker with
events, so that the order in which answers arrive is the test's choice, not the scheduler's."""
import threading

import pytest

from ui_helpers import wait_for


class Job:
    """What the worker runs: previews that wait for their gate, an apply that reports progress and waits."""

    def __init__(self):
        self.gates: dict[str, threading.Event] = {}
        self.applied = []

    def gate(self, name):
        return self.gates.setdefault(name, threading.Event())

    def preview(self, name):
        def call(_session):
            assert self.gate(name).wait(10)
            return name
        return call

    def apply(self, plan, progress):
        def call(_session):
            progress.update(1, 4)
            assert self.gate("apply").wait(10)
            progress.update(4, 4)   # raises Cancelled when the user cancelled meanwhile
            self.applied.append(plan)
            return f"done {plan}"
        return call


@pytest.fixture
def dialog(qtbot, make_app):
    from counselor_app.ui.job_dialog import JobDialog
    from counselor_app.ui.qt import QLabel

    class Sample(JobDialog):
        def __init__(self, app, job):
            super().__init__(None, app, "job", "Apply")
            self.job, self.plan, self.shown = job, None, QLabel()
            self.body.addWidget(self.shown)
            self._update_buttons()

        def load(self, name):
            self.start_preview(self.job.preview(name))

        def _loaded(self, plan):
            self.plan = plan
            self.shown.setText(plan)

        def ready(self):
            return self.plan is not None

        def inputs(self):
            return [self.shown]

        def apply_call(self, progress):
            return self.job.apply(self.plan, progress)

        def _applied(self, result):
            self.shown.setText(result)

    app = make_app()
    job = Job()
    dlg = Sample(app, job)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg, job


def test_only_the_newest_preview_counts_and_a_busy_bar_shows_meanwhile(qtbot, dialog):
    dlg, job = dialog
    dlg.load("first")
    dlg.load("second")
    assert dlg.bar.isVisible() and dlg.bar.maximum() == 0 and not dlg.apply_button.isEnabled()
    job.gate("second").set()
    job.gate("first").set()   # the first answer comes later: it is dropped
    wait_for(qtbot, lambda: dlg.plan is not None)
    qtbot.wait(100)
    assert dlg.plan == "second" and dlg.shown.text() == "second"
    assert not dlg.bar.isVisible() and dlg.apply_button.isEnabled()


def test_progress_escape_cancels_the_apply_and_the_dialog_stays(qtbot, dialog):
    from counselor_app.ui.qt import Qt

    dlg, job = dialog
    job.gate("plan").set()
    dlg.load("plan")
    wait_for(qtbot, lambda: dlg.apply_button.isEnabled())
    qtbot.mouseClick(dlg.apply_button, Qt.MouseButton.LeftButton)
    assert not dlg.apply_button.isEnabled() and not dlg.shown.isEnabled()   # the choices are locked
    wait_for(qtbot, lambda: dlg.bar.maximum() == 4 and dlg.bar.value() == 1)   # progress_changed reached the bar
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    assert dlg.isVisible()
    job.gate("apply").set()
    wait_for(qtbot, lambda: dlg._progress is None)
    assert dlg.isVisible() and dlg.result is None and job.applied == []
    assert "取消" in dlg.error.text() and not dlg.bar.isVisible()   # said in the error line
    assert dlg.apply_button.isVisible() and dlg.apply_button.isEnabled() and dlg.shown.isEnabled()


def test_the_applied_plan_stays_shown_and_the_apply_button_goes(qtbot, dialog):
    from counselor_app.ui.qt import Qt

    dlg, job = dialog
    job.gate("plan").set()
    job.gate("apply").set()
    dlg.load("plan")
    wait_for(qtbot, lambda: dlg.apply_button.isEnabled())
    qtbot.mouseClick(dlg.apply_button, Qt.MouseButton.LeftButton)
    dlg.load("late")   # a change arriving while the apply runs: not planned, not shown
    wait_for(qtbot, lambda: dlg.result is not None)
    assert dlg.result == "done plan" and dlg.shown.text() == "done plan" and dlg.plan == "plan"
    assert not dlg.apply_button.isVisible() and dlg.close_button.text() == "关闭"
    assert not dlg.shown.isEnabled()
    job.gate("after").set()
    dlg.load("after")
    qtbot.wait(100)
    assert dlg.plan == "plan" and not dlg._loading
    qtbot.mouseClick(dlg.close_button, Qt.MouseButton.LeftButton)
    assert not dlg.isVisible() and dlg.result == "done plan"


def test_a_failed_preview_is_said_in_the_error_line(qtbot, dialog):
    from counselor_app.domain.errors import ValidationError
    from counselor_app.ui.qt import Qt

    dlg, job = dialog

    def broken(_session):
        raise ValidationError()

    dlg.start_preview(broken)
    wait_for(qtbot, lambda: dlg.error.text() != "")
    assert not dlg.bar.isVisible() and not dlg.apply_button.isEnabled()
    qtbot.mouseClick(dlg.close_button, Qt.MouseButton.LeftButton)   # Cancel closes when nothing runs
    assert not dlg.isVisible()
