"""The named mutexes that tell the Windows installer the program is running (counselor_app/running.py)."""
import re
from pathlib import Path

import pytest

from counselor_app import running

ISS = Path(__file__).resolve().parents[1] / "installer" / "counselor_app.iss"


class FakeKernel32:
    def __init__(self, refuse=()):
        self.created, self.refuse = [], set(refuse)

    def CreateMutexW(self, attributes, initial_owner, name):  # noqa: N802 (the Windows name)
        self.created.append((attributes, initial_owner, name))
        return 0 if name in self.refuse else 100 + len(self.created)


@pytest.fixture(autouse=True)
def no_handles(monkeypatch):
    monkeypatch.setattr(running, "_handles", [])


def test_creates_both_names_once_and_keeps_the_handles():
    kernel = FakeKernel32()
    assert running.announce(kernel) is True
    assert [c[2] for c in kernel.created] == list(running.MUTEX_NAMES)
    assert all(c[1] is False for c in kernel.created)   # not owned: only its existence is the signal
    assert running._handles == [101, 102]
    assert running.announce(kernel) is True
    assert len(kernel.created) == 2


def test_a_refused_global_name_leaves_the_session_name():
    kernel = FakeKernel32(refuse={"Global\\CounselorOfficeDesk.Running"})
    assert running.announce(kernel) is True
    assert running._handles == [101]


def test_nothing_to_do_outside_windows(monkeypatch):
    monkeypatch.setattr(running.sys, "platform", "linux")
    assert running.announce() is False


def test_the_installer_waits_for_the_same_names():
    app_mutex = re.search(r"^AppMutex=(.+)$", ISS.read_text("utf-8-sig"), re.M)
    assert app_mutex, "installer/counselor_app.iss has no AppMutex"
    assert tuple(app_mutex.group(1).strip().split(",")) == running.MUTEX_NAMES
