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
