"""Shared fixtures: a fresh office in a temp dir for every test, with cheap KDF parameters.

The Argon2id parameters are lowered here, for tests only; production code always uses
crypto.PRODUCTION_KDF (tests/store/test_keyslots.py checks that value).
"""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

# No library is imported ahead here: the GUI tests import reportlab, openpyxl, pypinyin… on the worker thread at
# first use, as the application does. (Those imports were once suspected of the intermittent crash; its cause was
# a .qm file rewritten in place under the running tests, see counselor_app/translation.py.)

from counselor_app.domain.school import SchoolProfile, SchoolType  # noqa: E402
from counselor_app.store import crypto  # noqa: E402
from testdata import CHEAP_KDF, HEAD_LOGIN, HEAD_PASSWORD, SCHOOL_NAME  # noqa: E402


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch):
    monkeypatch.setattr(crypto, "PRODUCTION_KDF", CHEAP_KDF)
    return CHEAP_KDF


@pytest.fixture
def data_dir(tmp_path) -> Path:
    return tmp_path / "office"


@pytest.fixture
def new_office(data_dir):
    """A fresh office with one head; yields the NewOffice (session open) and closes it afterwards."""
    from counselor_app.services.office import create_office

    created = create_office(data_dir, SchoolProfile(SCHOOL_NAME, SchoolType.MIDDLE, "示范路1号", SCHOOL_NAME),
                            HEAD_LOGIN, "王主任", HEAD_PASSWORD)
    yield created
    created.session.close()


@pytest.fixture
def session(new_office):
    return new_office.session
