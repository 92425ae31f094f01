from counselor_app.domain.roles import PERMISSION_LABELS, ROLE_PERMISSIONS, Permission, Role, allows


def test_head_may_do_everything():
    assert ROLE_PERMISSIONS[Role.HEAD] == frozenset(Permission)


def test_assistant_never_sees_sensitive_sections():
    for p in (Permission.VIEW_SESSION_NOTES, Permission.VIEW_SCREENING_ANSWERS, Permission.VIEW_CRISIS,
              Permission.VIEW_PLANS, Permission.VIEW_WATCHLIST, Permission.MANAGE_USERS, Permission.VIEW_AUDIT):
        assert not allows(Role.ASSISTANT, p)
    assert allows(Role.ASSISTANT, Permission.MANAGE_APPOINTMENTS)
    assert allows(Role.ASSISTANT, Permission.EDIT_REGISTER)


def test_counselor_cannot_administer():
    for p in (Permission.MANAGE_USERS, Permission.VIEW_AUDIT, Permission.RESTORE, Permission.EXPORT_DATA_KEY):
        assert not allows(Role.COUNSELOR, p)


def test_every_permission_has_a_label():
    assert set(PERMISSION_LABELS) == set(Permission)
