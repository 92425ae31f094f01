import pytest
from hypothesis import given, strategies as st

from counselor_app.domain.recovery_key import (
    MalformedRecoveryKey, format_recovery_key, new_recovery_key, parse_recovery_key,
)


@given(st.binary(min_size=16, max_size=16))
def test_round_trip(key):
    text = format_recovery_key(key)
    assert len(text) == 8 * 6 + 7
    assert parse_recovery_key(text) == key


def test_new_key_has_128_random_bits():
    keys = {new_recovery_key() for _ in range(50)}
    assert len(keys) == 50 and all(len(k) == 16 for k in keys)


def test_spaces_fullwidth_and_other_separators_are_accepted():
    key = new_recovery_key()
    text = format_recovery_key(key)
    assert parse_recovery_key(" " + text.replace("-", " ") + "\n") == key
    full = text.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))
    assert parse_recovery_key(full) == key


def test_mistyped_group_is_named():
    text = format_recovery_key(bytes(range(16)))
    groups = text.split("-")
    groups[2] = f"{(int(groups[2]) + 1) % 1000000:06d}"
    with pytest.raises(MalformedRecoveryKey) as info:
        parse_recovery_key("-".join(groups))
    assert info.value.params == {"group": 3}


@pytest.mark.parametrize("text", ["", "123456", "1" * 47, "1" * 49, "abc-def"])
def test_wrong_length_is_refused(text):
    with pytest.raises(MalformedRecoveryKey):
        parse_recovery_key(text)
