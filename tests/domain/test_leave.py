"""The return to school's rules: the latest assessment meeting decides."""
import pytest

from counselor_app.domain.leave import return_agreed


@pytest.mark.parametrize("conclusions, agreed", [
    ((), False),
    (("agreed",), True),
    (("postponed",), False),
    (("postponed", "agreed"), True),
    (("agreed", "postponed"), False),      # an earlier agreement no longer counts
    (("postponed", "appeal"), False),
    (("postponed", "appeal", "agreed"), True),
])
def test_the_latest_meeting_decides(conclusions, agreed):
    assert return_agreed(list(conclusions)) is agreed
