"""Qt objects in reference cycles are destroyed on the GUI thread, never on the worker (ui/worker.py).

Python's cyclic collector runs on whichever thread allocates when a threshold is crossed. Before the worker kept
it to the GUI thread, old OfficeApps and closed dialogs were destroyed on the worker thread while the GUI thread
was using them, and the GUI tests crashed with SIGSEGV (README "Known problems").
"""
import gc
import threading


def test_reference_cycles_are_collected_on_the_gui_thread(qtbot):
    from counselor_app.ui.qt import QObject
    from counselor_app.ui.worker import Worker

    finalized_on: list[str] = []

    class InACycle(QObject):
        def __del__(self):
            finalized_on.append(threading.current_thread().name)

    worker = Worker()
    try:
        gc.collect()
        garbage = InACycle()
        garbage.me = garbage  # freed only by a cycle collection
        del garbage
        kept: list = []
        # enough allocations on the worker for several young-generation collections, kept alive so that one is due
        worker.run(lambda _s: [[] for _ in range(20_000)], kept.append)
        qtbot.waitUntil(lambda: bool(kept) and bool(finalized_on), timeout=10000)
        assert finalized_on == [threading.main_thread().name]
    finally:
        worker.shutdown()


def test_a_calls_closure_is_released_on_the_gui_thread(qtbot):
    """A page's call may hold the last reference to a widget the GUI let go of while the call ran (a page replaced
    by a reload after a restore): the worker must not be the thread that frees it (a SIGSEGV in CI, 2026-11-29)."""
    from counselor_app.ui.qt import QObject
    from counselor_app.ui.worker import Worker

    finalized_on: list[str] = []

    class Page(QObject):
        def __del__(self):
            finalized_on.append(threading.current_thread().name)

    worker = Worker()
    try:
        started, release, done = threading.Event(), threading.Event(), []
        page = Page()

        def call(_session, held=page):
            started.set()
            release.wait(10)

        worker.run(call, done.append)
        del call
        assert started.wait(10)
        del page               # the GUI lets go while the call runs: the call's closure holds the last reference
        release.set()
        qtbot.waitUntil(lambda: bool(done) and bool(finalized_on), timeout=10000)
        assert finalized_on == [threading.main_thread().name]
    finally:
        worker.shutdown()
