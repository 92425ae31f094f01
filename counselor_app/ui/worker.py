"""The background worker: one thread owns the office session; the GUI thread never runs SQL or waits on I/O.

Widgets call ``worker.run(call, on_done, on_error, context=self)``. ``call(session)`` runs on the worker
thread with the open session (or None before login); the callbacks run later on the GUI thread, and not
at all if ``context`` has been deleted meanwhile. The operations a call ran note the areas they changed on the
session (services/operations.py); after a call that succeeded the worker emits them with ``changed``, so that
open pages refresh themselves. No call site says what changed.
"""
from __future__ import annotations

import gc
import itertools
import threading
import traceback
import logging
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, Callable, Iterable

from counselor_app.ui.qt import QCoreApplication, QObject, Qt, QTimer, Signal, is_alive

if TYPE_CHECKING:
    from counselor_app.services.progress import Progress
    from counselor_app.services.session import Session

log = logging.getLogger(__name__)


class Worker(QObject):
    # Signals carry no Python True: PySide6 6.12.0 loses a reference to True on every emission of it from
    # Python, and the interpreter aborts once the count runs out (tests/ui/test_qt_binding.py). Results
    # travel in a dict; the signal carries only the job id.
    _finished = Signal(int)      # job id
    changed = Signal(object)     # frozenset of change names
    busy_changed = Signal(int)   # 1 busy, 0 idle
    # Progress of long jobs, emitted from the worker thread on this object (which lives as long as the app), never
    # on the widget that shows it: a dialog closed during the job just stops receiving (token, done, total).
    progress_changed = Signal(int, int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        collect_garbage_on_gui_thread()  # before the second thread exists
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="office-worker")
        self._session: "Session | None" = None   # touched only on the worker thread
        self._jobs: dict[int, tuple] = {}
        self._results: dict[int, tuple] = {}
        self._results_lock = threading.Lock()
        self._ids = itertools.count(1)
        # Bumped whenever the session is opened or closed: results of calls made for an earlier session
        # (a page refresh queued just before a lock or log-out) are dropped, not shown to whoever comes next.
        self._generation = 0
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._shut_down = False

    def progress(self) -> tuple[int, "Progress"]:
        """(token, Progress) for a long job; ``progress_changed`` carries the token with each report."""
        from counselor_app.services.progress import Progress

        token = next(self._ids)
        return token, Progress(lambda done, total: self.progress_changed.emit(token, done, total))

    # -- running calls -------------------------------------------------------------------------
    def run(self, call: Callable[["Session | None"], Any], on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None, *, context: QObject | None = None,
            changes: Iterable[str] = (), _new_generation: bool = False) -> int:
        if self._shut_down:
            return -1  # the application is closing: a page's late refresh has nothing to do any more
        if _new_generation:
            self._generation += 1
        job = next(self._ids)
        self._jobs[job] = (on_done, on_error, context, frozenset(changes), self._generation)
        if len(self._jobs) == 1:
            self.busy_changed.emit(1)

        # The call travels in a list that the worker empties: once it has run, the only reference to it (and to
        # the widgets its closure may hold) goes back with the result and is dropped on the GUI thread. Were the
        # worker thread to drop the last reference, a widget the GUI let go of meanwhile (a page replaced by a
        # reload) would be destroyed on the wrong thread, which crashes Qt (seen: a restore from the backup page).
        holder = [call]

        def work() -> None:
            task = holder.pop()
            try:
                result, error = task(self._session), None
            except BaseException as exc:  # delivered to on_error on the GUI thread
                # Release the frames' locals (cursors, connections) here, on the thread that owns them:
                # the GUI thread must never be the one to finalize a database object.
                traceback.clear_frames(exc.__traceback__)
                result, error = None, exc
            # what the operations of this call changed (kept only when the call succeeded)
            taken = self._session.take_changes() if self._session is not None else frozenset()
            with self._results_lock:
                self._results[job] = (result, error, taken, task)
            del task
            self._finished.emit(job)

        del call
        self._executor.submit(work)
        return job

    def open_session(self, opener: Callable[[], "Session"], on_done, on_error=None, *, context=None) -> int:
        """Run ``opener`` (a login) on the worker; keep the session it returns. on_done gets its user row."""
        def call(_old):
            self._close_now()
            session = opener()
            self._session = session
            return session.user
        return self.run(call, on_done, on_error, context=context, _new_generation=True)

    def with_session_closed(self, action: Callable[[], Any], reopen: Callable[[], "Session"], on_done=None,
                            on_error=None, *, context=None) -> int:
        """Close the office, run ``action`` (a restore), then open it again with ``reopen`` — also when the
        action failed, so the user is never left with a closed office after an error. Every area counts as
        changed: the office that comes back may differ in anything."""
        from counselor_app.domain.areas import Area

        def call(_old):
            self._close_now()
            try:
                return action()
            finally:
                self._session = reopen()
        return self.run(call, on_done, on_error, context=context, changes=frozenset(Area), _new_generation=True)

    def close_session(self, on_done=None, *, context=None) -> int:
        """Close the database and zero the key (on the worker thread, after every queued call)."""
        return self.run(lambda _s: self._close_now(), on_done, context=context, _new_generation=True)

    def _close_now(self) -> None:
        if self._session is not None:
            try:
                self._session.close()
            finally:
                self._session = None

    def has_pending(self) -> bool:
        return bool(self._jobs)

    def shutdown(self) -> None:
        """Finish queued calls, close the session, stop the thread (blocks: only at exit). Calls made after it are
        dropped (a callback of the last calls may still ask a page to refresh)."""
        if self._shut_down:
            return
        self._shut_down = True
        self._executor.submit(self._close_now)
        self._executor.shutdown(wait=True)

    # -- delivering results on the GUI thread ----------------------------------------------------
    def _deliver(self, job: int) -> None:
        with self._results_lock:
            result, error, taken, _task = self._results.pop(job)
        on_done, on_error, context, changes, generation = self._jobs.pop(job, (None, None, None, frozenset(), -1))
        changes = changes | taken
        if not self._jobs:
            self.busy_changed.emit(0)
        if generation != self._generation:
            return  # made for a session that has been closed since
        if error is None and changes:
            self.changed.emit(changes)
        if context is not None and not is_alive(context):
            return
        from counselor_app.ui.dialogs import show_error

        try:
            if error is not None:
                if on_error is not None:
                    on_error(error)
                else:
                    show_error(None, error)
            elif on_done is not None:
                on_done(result)
        except Exception as exc:  # a fault in the GUI's own callback: logged and apologized for, never silent
            show_error(None, exc)


class _GuiThreadGarbageCollector(QObject):
    """Python's cyclic garbage collector, run on the GUI thread only.

    CPython collects reference cycles on whichever thread allocates when a generation's threshold is crossed:
    with the worker running Python code, often the worker thread. Qt objects caught in a cycle (a closed dialog
    whose connected lambda captures ``self``, an OfficeApp and its windows) then had their C++ destructors run on
    the worker while the GUI thread was using them: QWidgets destroyed off the GUI thread, the IdleWatcher (an
    event filter on the whole application) deleted in the middle of an event dispatch, which crashed with SIGSEGV
    in subtype_dealloc (README "Known problems"). So automatic collection is off once a worker exists, and this
    timer collects on the GUI thread whenever the interpreter's own thresholds say a collection is due.
    Database objects do not depend on it: the worker closes the session and clears exception frames itself.
    """

    INTERVAL_MS = 250

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start(self.INTERVAL_MS)
        gc.disable()

    @staticmethod
    def collect_if_due() -> None:
        (n0, n1, n2), (t0, t1, t2) = gc.get_count(), gc.get_threshold()
        if n0 > t0:
            gc.collect(2 if n2 > t2 else 1 if n1 > t1 else 0)


_collector: _GuiThreadGarbageCollector | None = None


def collect_garbage_on_gui_thread() -> None:
    """Collect cyclic garbage on the GUI thread only, from now on (once per application; call on the GUI thread)."""
    global _collector
    app = QCoreApplication.instance()
    if app is not None and not is_alive(_collector):
        _collector = _GuiThreadGarbageCollector(app)
