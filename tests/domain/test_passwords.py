import pytest

from counselor_app.domain.passwords import WeakPassword, check_password, common_passwords


@pytest.mark.parametrize("pw", ["Quiet-Harbor-2026", "长城长江黄河泰山2026", "correct horse battery"])
def test_good_passwords_pass(pw):
    check_password(pw, "head")


@pytest.mark.parametrize("pw", ["short", "123456789", "", "aaaaaaaaaaaa", "1234567890", "Password123",
                                "QWERTYUIOP", "woaini1314", "with\nnewline-xx"])
def test_weak_passwords_are_refused(pw):
    with pytest.raises(WeakPassword):
        check_password(pw, "head")


def test_password_containing_login_is_refused():
    with pytest.raises(WeakPassword):
        check_password("zhangwei-2026-x", "zhangwei")


def test_common_list_is_loaded_and_long_enough_to_matter():
    words = common_passwords()
    assert len(words) > 50
    assert all(len(w) >= 10 for w in words)


# -- heads and counselors: their passwords open the counseling records (issue 10, finding 6) ------------------------
from counselor_app.domain import passwords  # noqa: E402
from counselor_app.domain.roles import Role  # noqa: E402

CLINICAL = (Role.HEAD, Role.COUNSELOR)


@pytest.mark.parametrize("pw", ["Quiet-Harbor-2026", "长城长江黄河泰山2026", "correct horse battery", "Xinli-2026-Office"])
def test_good_passwords_pass_for_every_role(pw):
    for role in Role:
        check_password(pw, "head", role=role)


@pytest.mark.parametrize("pw, reason", [
    ("Harbor-2026", passwords.CLINICAL_TOO_SHORT),       # 11 characters: enough for an assistant
    ("138123456789012", passwords.ONLY_DIGITS),          # a phone number, a date, an ID number
    ("2026-07-01 2026", passwords.ONLY_DIGITS),
    ("password2024!", passwords.COMMON_BASE),             # a common password with a few characters around it
    ("Woaini1314-520", passwords.COMMON_BASE),
    ("!!Qwertyuiop12", passwords.COMMON_BASE),
    ("abcdefghijklm", passwords.PATTERN),                # a sequence, a keyboard row, a short part repeated
    ("1qaz2wsx3edc4rfv", passwords.PATTERN),
    ("abcabcabcabc", passwords.PATTERN),
    ("aaaabbbbcccc", passwords.FEW_CHARACTERS),
])
def test_heads_and_counselors_need_a_stronger_password(pw, reason):
    check_password(pw, "lihua", role=Role.ASSISTANT)      # the general rule lets it pass
    check_password(pw, "lihua")
    for role in CLINICAL:
        with pytest.raises(WeakPassword) as info:
            check_password(pw, "lihua", role=role)
        assert info.value.source == reason


def test_the_messages_say_why_in_plain_words():
    with pytest.raises(WeakPassword) as info:
        check_password("Harbor-2026", "lihua", role=Role.COUNSELOR)
    assert "12" in info.value.english() and "counseling records" in info.value.english()
