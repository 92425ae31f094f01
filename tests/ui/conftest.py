"""GUI fixtures: the application controller on a fresh office, offscreen, with dialogs answered by the test."""
from __future__ import annotations

import gc
import shutil

import pytest
from testdata import CHEAP_KDF


@pytest.fixture(autouse=True)
def answered_dialogs():
    from counselor_app.ui import dialogs

    dialogs.answer_automatically(True)
    yield dialogs
    dialogs.answer_automatically(False)


@pytest.fixture
def make_app(qtbot, data_dir):
    """Build an OfficeApp on ``data_dir``; closes windows and stops its worker afterwards."""
    from counselor_app.ui.app import OfficeApp
    from counselor_app.ui.qt import QApplication, QCoreApplication, QEvent

    QApplication.instance().setQuitOnLastWindowClosed(False)
    made = []

    def make(lang: str = "zh_CN") -> OfficeApp:
        app = OfficeApp(data_dir, lang)
        made.append(app)
        return app

    yield make
    for app in made:
        app.idle.stop()
        app.user = None
        for w in QApplication.topLevelWidgets():
            w.close()
            w.deleteLater()  # no window of this test lingers into the next one
        app.worker.shutdown()
    QApplication.processEvents()
    # The test's windows, then its OfficeApp and their reference cycles, go now and on this (the GUI) thread;
    # a collection on the next test's worker thread crashed the run (counselor_app/ui/worker.py).
    made.clear()
    app = None  # noqa: F841 - the loop variable held the last one
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    gc.collect()


@pytest.fixture
def office_ready(new_office):
    """An office on disk with the head's account, the session closed (the GUI opens its own)."""
    new_office.session.close()
    return new_office


@pytest.fixture(scope="module")
def demo_prepared(tmp_path_factory):
    """The demo office with its watch list (120 students), made once for a test module."""
    from counselor_app.services.demo import create_demo_office

    folder = tmp_path_factory.mktemp("demo") / "office"
    create_demo_office(folder, students=120, kdf=CHEAP_KDF, watch=True).office.session.close()
    return folder


@pytest.fixture
def demo_office(demo_prepared, data_dir):
    """A fresh copy of that demo office in the test's data folder."""
    shutil.copytree(demo_prepared, data_dir)
    return data_dir
