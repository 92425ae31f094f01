"""The state a closed referral goes back to when it is reopened: the one its closing recorded, else (closed before
schema 16) the one its dates show."""
import pytest

from counselor_app.domain import referral as rules


@pytest.mark.parametrize("closed_from, dates, expected", [
    ("issued", (None, None, None), "issued"), ("draft", ("2026-11-10", None, None), "draft"),
    (None, (None, None, None), "draft"), (None, ("2026-11-10", None, None), "issued"),
    (None, ("2026-11-10", "2026-11-12", None), "visited"),
    (None, ("2026-11-10", "2026-11-12", "2026-11-14"), "returned"),
    ("closed", ("2026-11-10", None, None), "issued"), ("nonsense", (None, None, None), "draft")])
def test_the_state_before_the_closing(closed_from, dates, expected):
    assert rules.state_before_closing(closed_from, *dates) == expected
