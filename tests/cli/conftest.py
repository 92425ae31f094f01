"""Fixtures of the command-line tests (tests/cli mirrors counselor_app/cli/: one file per area)."""
from __future__ import annotations

import pytest

from cli_helpers import init_office


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    """An office shared by the tests of one module: (data folder, recovery key)."""
    d = tmp_path_factory.mktemp("cli") / "office"
    return d, init_office(d)
