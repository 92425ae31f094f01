"""Operations that declare themselves: permission, the areas they change, the audit action they write.

Every use case of the services is a function decorated with :func:`operation`::

    @operation(Permission.EDIT_REGISTER, changes={Area.REGISTER}, audit="student.edit", target="student")
    def save_student(session, edit, student_id=None): ...

The decorator checks the permission before the body runs (a refusal is audited, with the record's id when the
function takes ``<something>_id`` or names ``target_arg``, which may be an argument's attribute: "plan.year"), and after the body returned notes the areas on the
session; the GUI's worker hands them on to the pages (ui/worker.py), so no call site names what changed. The
registry (:data:`OPERATIONS`) is what the permission matrix test runs every use case from, against every role
(tests/services/test_permission_matrix.py: a new operation needs a sample call there).

Rules that depend on the record (whose account, a finalized meeting) are domain/access.py's: the body enforces
them with ``session.require_record(kind, action, record)`` once it has loaded the record, and the operation declares
``record=(kind, action)`` so that the matrix test runs it against the record's author and someone else too.

:func:`changing` is the one helper for the write itself: a transaction that ends with its audit row.
"""
from __future__ import annotations

import functools
import inspect
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from counselor_app.domain import access
from counselor_app.domain.areas import Area
from counselor_app.domain.roles import Permission
from counselor_app.store import audit
from counselor_app.store.database import transaction


@dataclass(frozen=True)
class Operation:
    name: str                              # module.function
    permissions: tuple[Permission, ...]    # all of them needed; () = any logged-in user (or checked inside)
    changes: frozenset[Area]
    audit: str | None                      # the audit action written on success, if one
    checked_inside: bool = False           # the permission depends on the record (e.g. the document's own)
    record: tuple[str, str] | None = None  # (kind, action) of the record rule the body enforces (domain/access.py)


OPERATIONS: dict[str, Operation] = {}


def operation(permission: Permission | Iterable[Permission] | None = None, *, changes: Iterable[Area] = (),
              audit: str | None = None, target: str = "", target_arg: str | None = None,
              checked_inside: bool = False, record: tuple[str, str] | None = None) -> Callable:
    perms = () if permission is None else (permission,) if isinstance(permission, Permission) else tuple(permission)
    # A change is audited, so it changes the trail too; a view's own audit row (view.student…) is not announced:
    # the audit page and the start page would reload after every look, and a look at the trail is itself one.
    areas = frozenset(Area(a) for a in changes)
    if record is not None and (record[0] not in access.KINDS or record[1] not in access.KINDS[record[0]].actions):
        raise ValueError(f"unknown record rule: {record}")
    if areas:
        areas |= {Area.AUDIT}

    def decorate(fn: Callable) -> Callable:
        op = Operation(f"{fn.__module__.rsplit('.', 1)[-1]}.{fn.__name__}", perms, areas, audit, checked_inside,
                       record)
        if op.name in OPERATIONS:
            raise ValueError(f"operation declared twice: {op.name}")
        OPERATIONS[op.name] = op
        signature = inspect.signature(fn)
        id_arg = target_arg or next((p for p in signature.parameters if p.endswith("_id")), None)
        id_path = id_arg.split(".") if id_arg else []   # "plan.year": an attribute of an argument

        @functools.wraps(fn)
        def run(session, *args, **kwargs):
            if perms:
                target_id = ""
                if id_path:
                    value = signature.bind_partial(session, *args, **kwargs).arguments.get(id_path[0])
                    for attr in id_path[1:]:
                        value = getattr(value, attr, None)
                    target_id = "" if value is None else str(value)
                for p in perms:
                    session.require(p, target_type=target, target_id=target_id)
            result = fn(session, *args, **kwargs)
            session.changed |= areas
            return result

        run.operation = op
        return run

    return decorate


@dataclass
class AuditNote:
    """The audit row a change ends with; fill in what is known only at the end (a new row's id, a count)."""
    action: str
    target_type: str = ""
    target_id: str | int = ""
    detail: str = ""
    outcome: str = "ok"


@contextmanager
def changing(session, action: str, target_type: str = "", target_id: str | int = "",
             detail: str = "") -> Iterator[AuditNote]:
    """One write transaction ending with its audit row (both or neither)."""
    note = AuditNote(action, target_type, target_id, detail)
    with transaction(session.conn):
        yield note
        audit.append(session.conn, user_id=session.user.id, action=note.action, target_type=note.target_type,
                     target_id=note.target_id, outcome=note.outcome, detail=note.detail)


def operation_of(fn: Callable) -> Operation | None:
    return getattr(fn, "operation", None)
