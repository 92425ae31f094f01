"""Record-level rules as pure functions: own accounts, session records, finalized meetings, appointment notes,
printouts for head teachers."""
from dataclasses import dataclass

import pytest

from counselor_app.domain import access
from counselor_app.domain.access import Actor, Audience
from counselor_app.domain.audit_labels import action_words
from counselor_app.domain.errors import Text
from counselor_app.domain.roles import Role

HEAD, OTHER_HEAD = Actor(1, Role.HEAD), Actor(4, Role.HEAD)
COUNSELOR, OTHER_COUNSELOR = Actor(2, Role.COUNSELOR), Actor(5, Role.COUNSELOR)
ASSISTANT = Actor(3, Role.ASSISTANT)


@dataclass(frozen=True)
class Account:
    id: int


@dataclass(frozen=True)
class SessionRecord:
    author_id: int


@dataclass(frozen=True)
class Meeting:
    finalized: bool


@dataclass(frozen=True)
class Printout:
    audience: Audience


@pytest.mark.parametrize("action", [access.DEACTIVATE, access.TEMP_PASSWORD])
def test_an_account_is_acted_on_by_others_only(action):
    assert not access.may_user_account(HEAD, action, Account(HEAD.user_id))
    assert access.may_user_account(HEAD, action, Account(COUNSELOR.user_id))
    assert access.may_user_account(OTHER_HEAD, action, Account(HEAD.user_id))


@pytest.mark.parametrize("actor, seen", [(COUNSELOR, True), (HEAD, True), (OTHER_HEAD, True),
                                         (OTHER_COUNSELOR, False), (ASSISTANT, False)])
def test_a_session_record_is_seen_by_its_author_and_the_office_head_only(actor, seen):
    assert access.may_session_record(actor, access.VIEW, SessionRecord(author_id=COUNSELOR.user_id)) is seen


@pytest.mark.parametrize("actor", [HEAD, COUNSELOR, ASSISTANT])
def test_a_finalized_meeting_cannot_change_whoever_asks(actor):
    assert access.may_meeting(actor, access.EDIT, Meeting(finalized=False))
    assert not access.may_meeting(actor, access.EDIT, Meeting(finalized=True))


@pytest.mark.parametrize("actor, notes", [(HEAD, True), (COUNSELOR, True), (ASSISTANT, False)])
def test_an_assistant_sees_the_appointment_but_not_its_notes(actor, notes):
    assert access.may_appointment(actor, access.VIEW_NOTES, object()) is notes


@pytest.mark.parametrize("actor", [HEAD, COUNSELOR, ASSISTANT])
def test_a_head_teachers_printout_never_carries_clinical_text(actor):
    assert not access.may_printout(actor, access.CLINICAL_TEXT, Printout(Audience.HEAD_TEACHER))


def test_clinical_text_on_the_offices_own_copy_only_for_holders_of_the_clinical_key():
    own_copy = Printout(Audience.OFFICE)
    assert access.may_printout(HEAD, access.CLINICAL_TEXT, own_copy)
    assert access.may_printout(COUNSELOR, access.CLINICAL_TEXT, own_copy)
    assert not access.may_printout(ASSISTANT, access.CLINICAL_TEXT, own_copy)


def test_may_dispatches_to_the_kinds_rule_and_refuses_what_it_does_not_know():
    assert access.may(HEAD, access.USER_ACCOUNT, access.DEACTIVATE, Account(2))
    assert not access.may(HEAD, access.MEETING, access.EDIT, Meeting(True))
    with pytest.raises(ValueError):
        access.may(HEAD, "diary", access.EDIT, Meeting(False))
    with pytest.raises(ValueError):   # a typo never turns into a yes
        access.may(HEAD, access.MEETING, "edt", Meeting(False))
    with pytest.raises(ValueError):
        access.may_user_account(HEAD, access.EDIT, Account(2))


def test_every_rule_has_a_message_and_words_for_the_audit_trail():
    for kind in access.KINDS.values():
        assert kind.actions, kind.code
        for code, action in kind.actions.items():
            assert isinstance(action.label, Text) and action.label.context == "Permissions"
            assert isinstance(action.refusal, Text) and action.refusal.context == "Errors"
            assert "{" not in action.refusal   # the refusal is raised without parameters
            denied = access.denied_action(kind.code, code)
            assert action_words(denied, str) == f"Refused: {action.label}"
