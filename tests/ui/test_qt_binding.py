"""Guards against a defect of the Qt binding that would abort the application.

PySide6 6.12.0 loses a reference to ``True`` on Python emissions of ``True`` and on queued cross-thread
signals (the worker's), and to ``None`` in event processing. After enough of them the interpreter aborts
("bool_dealloc"): in this app, a crash after a morning of use. pyproject.toml therefore keeps PySide6 below
6.12; these tests fail on any binding with the same defect, and the app's own signals avoid Python bools.
"""
import ast
import gc
import sys
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "counselor_app" / "ui"


def test_no_signal_is_declared_with_or_emits_a_bool():
    offenders = []
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Signal":
                if any(isinstance(a, ast.Name) and a.id == "bool" for a in node.args):
                    offenders.append(f"{path.name}:{node.lineno} Signal(bool)")
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "emit":
                if any(isinstance(a, ast.Constant) and isinstance(a.value, bool) for a in node.args):
                    offenders.append(f"{path.name}:{node.lineno} emit(bool)")
    assert not offenders


def test_queued_signals_keep_reference_counts(qtbot):
    import threading

    from counselor_app.ui.qt import QObject, Qt, Signal

    class Sink(QObject):
        fin = Signal(int)

        def __init__(self):
            super().__init__()
            self.n = 0
            self.fin.connect(self.deliver, Qt.ConnectionType.QueuedConnection)

        def deliver(self, _job):
            self.n += 1

    sink = Sink()
    from counselor_app.ui.qt import QApplication, QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # earlier tests' windows go first
    QApplication.processEvents()
    gc.collect()
    before = sys.getrefcount(True), sys.getrefcount(None)
    t = threading.Thread(target=lambda: [sink.fin.emit(i) for i in range(50)])
    t.start()
    t.join()
    qtbot.waitUntil(lambda: sink.n == 50)
    gc.collect()
    after = sys.getrefcount(True), sys.getrefcount(None)
    assert after[0] >= before[0] - 5 and after[1] >= before[1] - 5  # the defect loses 50 here, one per signal


def test_worker_round_trips_do_not_leak_references(qtbot):
    from counselor_app.ui.worker import Worker

    worker = Worker()
    got = []
    try:
        for _ in range(3):  # warm up
            worker.run(lambda s: True, got.append)
        qtbot.waitUntil(lambda: len(got) == 3)
        gc.collect()
        before = sys.getrefcount(True), sys.getrefcount(None)
        for _ in range(60):
            worker.run(lambda s: True, got.append)
            worker.run(lambda s: None, got.append)
        qtbot.waitUntil(lambda: len(got) == 123, timeout=10000)
        del got[:]
        gc.collect()
        after = sys.getrefcount(True), sys.getrefcount(None)
        assert after[0] >= before[0] - 5 and after[1] >= before[1] - 5  # a leak here would be ~60
    finally:
        worker.shutdown()


def test_results_of_a_closed_session_are_dropped(qtbot):
    """A page refresh queued just before a lock or log-out never reaches the next user's screen."""
    from counselor_app.ui.worker import Worker

    worker = Worker()
    got, closed = [], []
    try:
        worker.run(lambda s: "old data", got.append)
        worker.close_session(closed.append)
        qtbot.waitUntil(lambda: bool(closed))
        assert got == []
        worker.run(lambda s: "new data", got.append)
        qtbot.waitUntil(lambda: bool(got))
        assert got == ["new data"]
    finally:
        worker.shutdown()


def test_errors_reach_the_gui_without_frame_locals(qtbot):
    from counselor_app.ui.worker import Worker

    worker = Worker()
    errors = []

    def fail(_session):
        secret_local = ["database object"]  # noqa: F841 - must not travel to the GUI thread
        raise ValueError("boom")

    try:
        worker.run(fail, None, errors.append)
        qtbot.waitUntil(lambda: bool(errors))
        tb = errors[0].__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        assert "secret_local" not in tb.tb_frame.f_locals
    finally:
        worker.shutdown()
