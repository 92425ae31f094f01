"""Record-level permissions: the rules that a role alone cannot say.

A role says what kind of work someone may do (roles.py: a Permission per kind of work). Some rules depend on the
record itself: whose it is, what state it is in, who will read it. Each kind of record has one function here that
decides, ``may_<kind>(actor, action, record) -> bool``: plain Python over the facts it needs. ``record`` is anything
with those attributes (a typed store row, a small dataclass), so the rules are tested as pure functions.

How services use them (services/session.py):

- ``session.require_record(kind, action, record)`` refuses: PermissionDenied with the rule's own message (the
  user's language, no names in it), and the refusal audited as ``denied.<kind>.<action>`` with the record's id,
  as a role's refusal is audited as ``denied.<permission>``. The permission of the operation is checked first (by
  ``@operation``); the record rule comes on top, once the record is loaded.
- ``session.may_record(kind, action, record)`` only asks: for a service that leaves out what the user may not see
  (an appointment shown without its notes) instead of refusing the whole record.
- An operation acting on such a record declares it, ``@operation(..., record=(USER_ACCOUNT, DEACTIVATE))``; the
  permission matrix test (tests/services/test_permission_matrix.py) then runs it against the record's author (for
  an account: the account itself) and against someone else, and expects what the rule here says.

The kind codes double as the audit trail's target types. Every (kind, action) has a label for the audit trail
("Refused: deactivate one's own account") and the message the user is shown; domain/audit_labels.py reads the
labels from here, and tests/services/test_audit_label_coverage.py checks that each refusal code has words.

Today's records: user accounts (the office head may not deactivate their own account, nor give it a temporary
password: their own password is changed in Settings). The next features' rules are ready below (their records do
not exist yet; each feature passes its own row): a counseling session record is visible to its author and the
office head only; a finalized meeting cannot change; an assistant sees an appointment but not its notes; a printout
for a head teacher never carries clinical text.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any, Callable, Mapping, Protocol

from counselor_app.domain.errors import QT_TRANSLATE_NOOP, Text
from counselor_app.domain.roles import Permission, Role, allows, holds_clinical_key


@dataclass(frozen=True)
class Actor:
    """Who acts: the logged-in user's account id and role (Session.actor)."""
    user_id: int
    role: Role


@dataclass(frozen=True)
class RecordAction:
    label: Text     # what was refused, for the audit trail: "Refused: {label}" (context Permissions)
    refusal: Text   # the message the user sees (context Errors; no placeholders, no names)


@dataclass(frozen=True)
class RecordKind:
    code: str                                   # also the audit target type
    rule: Callable[[Actor, str, Any], bool]
    actions: Mapping[str, RecordAction]


# -- user accounts ---------------------------------------------------------------------------------------------

USER_ACCOUNT = "user"
DEACTIVATE = "deactivate"
TEMP_PASSWORD = "temp_password"


class Account(Protocol):
    id: int


def may_user_account(actor: Actor, action: str, account: Account) -> bool:
    """Deactivating an account and giving it a temporary password are for other people's accounts: one's own
    password is changed in Settings, and an office head who deactivated their own account would lock themselves
    out (the last head is protected separately, by a ValidationError: that is a state of the office, not a right)."""
    _check(USER_ACCOUNT, action)
    return account.id != actor.user_id


# -- counseling session records (个案记录) ------------------------------------------------------------------------

SESSION_RECORD = "session_record"
VIEW = "view"


class AuthoredRecord(Protocol):
    author_id: int


def may_session_record(actor: Actor, action: str, record: AuthoredRecord) -> bool:
    """A session record is seen by its author and the office head only (the role's VIEW_SESSION_NOTES is checked
    by the operation before: an assistant never gets this far)."""
    _check(SESSION_RECORD, action)
    return record.author_id == actor.user_id or actor.role is Role.HEAD


# -- review meetings -----------------------------------------------------------------------------------------------

MEETING = "meeting"
EDIT = "edit"


class Finalizable(Protocol):
    finalized: bool


def may_meeting(actor: Actor, action: str, meeting: Finalizable) -> bool:
    """Finalized minutes are a record of what was decided: nobody changes them, the head neither."""
    _check(MEETING, action)
    return not meeting.finalized


# -- appointments --------------------------------------------------------------------------------------------------

APPOINTMENT = "appointment"
VIEW_NOTES = "view_notes"


def may_appointment(actor: Actor, action: str, appointment: Any) -> bool:
    """Everyone who manages appointments sees them (the assistant keeps the diary: no rule is needed for that); their
    notes are clinical text, for those who may read counseling notes. The service shows the appointment without its
    notes otherwise (``session.may_record``), it does not refuse it."""
    _check(APPOINTMENT, action)
    return allows(actor.role, Permission.VIEW_SESSION_NOTES)


# -- printouts -----------------------------------------------------------------------------------------------------

PRINTOUT = "printout"
CLINICAL_TEXT = "clinical_text"


class Audience(str, Enum):
    OFFICE = "office"                # the counseling office's own file copy
    HEAD_TEACHER = "head_teacher"    # handed to a head teacher (班主任 / 辅导员)


class Printout(Protocol):
    audience: Audience


def may_printout(actor: Actor, action: str, printout: Printout) -> bool:
    """Clinical text (notes, plans, screening answers, crisis details) goes only onto the office's own copies, printed
    by someone who holds the clinical key; a printout for a head teacher never carries it, whoever prints it."""
    _check(PRINTOUT, action)
    return printout.audience is Audience.OFFICE and holds_clinical_key(actor.role)


# -- the registry --------------------------------------------------------------------------------------------------

KINDS: dict[str, RecordKind] = {k.code: k for k in (
    RecordKind(USER_ACCOUNT, may_user_account, {
        DEACTIVATE: RecordAction(
            QT_TRANSLATE_NOOP("Permissions", "deactivate one's own account"),
            QT_TRANSLATE_NOOP("Errors", "You cannot deactivate your own account.")),
        TEMP_PASSWORD: RecordAction(
            QT_TRANSLATE_NOOP("Permissions", "give one's own account a temporary password"),
            QT_TRANSLATE_NOOP("Errors", "Change your own password in Settings.")),
    }),
    RecordKind(SESSION_RECORD, may_session_record, {
        VIEW: RecordAction(
            QT_TRANSLATE_NOOP("Permissions", "open another counselor's session record"),
            QT_TRANSLATE_NOOP("Errors", "A counseling session record is open to its author and the office head "
                                        "only.")),
    }),
    RecordKind(MEETING, may_meeting, {
        EDIT: RecordAction(
            QT_TRANSLATE_NOOP("Permissions", "change finalized meeting minutes"),
            QT_TRANSLATE_NOOP("Errors", "These meeting minutes are finalized and can no longer be changed.")),
    }),
    RecordKind(APPOINTMENT, may_appointment, {
        VIEW_NOTES: RecordAction(
            QT_TRANSLATE_NOOP("Permissions", "read an appointment's notes"),
            QT_TRANSLATE_NOOP("Errors", "Only the office head and counselors can read the notes of an "
                                        "appointment.")),
    }),
    RecordKind(PRINTOUT, may_printout, {
        CLINICAL_TEXT: RecordAction(
            QT_TRANSLATE_NOOP("Permissions", "put clinical text on a printout"),
            QT_TRANSLATE_NOOP("Errors", "Confidential clinical text may not be printed on this document.")),
    }),
)}


def _check(kind: str, action: str) -> None:
    """An action the kind does not know is a programming error, never a silent yes."""
    if action not in KINDS[kind].actions:
        raise ValueError(f"unknown action {action!r} for records of kind {kind!r}")


def may(actor: Actor, kind: str, action: str, record: Any) -> bool:
    """The rule of ``kind`` for ``action`` on ``record``."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind of record: {kind!r}")
    return bool(KINDS[kind].rule(actor, action, record))


def refusal(kind: str, action: str) -> Text:
    return KINDS[kind].actions[action].refusal


def denied_action(kind: str, action: str) -> str:
    """The audit action of a refusal: denied.user.deactivate (a role's refusal is denied.<permission>)."""
    return f"denied.{kind}.{action}"


def action_labels() -> dict[str, Text]:
    """'kind.action' -> the audit trail's words for what was refused."""
    return {f"{kind.code}.{code}": a.label for kind in KINDS.values() for code, a in kind.actions.items()}
