"""The permission matrix: every service operation against every role, and an operation on a record (declared with
``record=(kind, action)``) against the record's author and someone else, each on a fresh copy of one prepared office.

Allowed (the role holds all the operation's permissions and the record rule agrees): the sample call succeeds, writes
the audit row the operation declares and announces the areas it declares. Refused: PermissionDenied, exactly one audit
row by this user (``denied.<permission>``, or ``denied.<kind>.<action>`` with the record's id; outcome denied) and
nothing else changed: not the database, the key slots, the login guard, the backups, the files around. An operation
that checks inside (``checked_inside=True``) gets its expectation from its rule in INSIDE.

The sample calls and the prepared office are in permission_samples.py; an operation without a sample fails here.
"""
from __future__ import annotations

import hashlib
import importlib
import pkgutil
from dataclasses import dataclass
from typing import Callable

import pytest

import counselor_app.services as services_package
from counselor_app.domain import access
from counselor_app.domain.errors import PermissionDenied, UserError
from counselor_app.domain.roles import Permission, Role, allows
from counselor_app.services import documents
from counselor_app.services.operations import Operation, operation_of
from counselor_app.store import audit, crypto
from permission_samples import DOCUMENT_PARAMS, RECORDS, SAMPLES, Ctx, open_copy, prepare_office, sample_call
from testdata import CHEAP_KDF


def service_operations() -> dict[str, tuple[Operation, Callable]]:
    """Every operation the services declare (imported from every module of the package), with its function."""
    found = {}
    for info in pkgutil.iter_modules(services_package.__path__):
        module = importlib.import_module(f"{services_package.__name__}.{info.name}")
        for value in vars(module).values():
            op = operation_of(value)
            if isinstance(op, Operation) and getattr(value, "__module__", None) == module.__name__:
                found[op.name] = (op, value)
    return found


OPS = service_operations()


@dataclass(frozen=True)
class Expect:
    outcome: str                          # "ok", "denied" (raises ``error``, one audit row), "nothing"
    action: str | None = None             # the audit row written: on success (if any), or the refusal's
    error: type[UserError] = PermissionDenied
    target: tuple[str, str] | None = None  # (target type, id) of the refusal's audit row, when it names a record


# -- operations that check inside: their rule ----------------------------------------------------------------------

def _document(c: Ctx) -> documents.Document:
    return documents.get_document(c.variant)


def _build(c: Ctx) -> Expect:
    d = _document(c)
    return Expect("ok") if c.session.can(d.permission) else Expect("denied", f"denied.{d.permission.value}")


def _save(c: Ctx) -> Expect:
    d = _document(c)
    if not c.session.can(d.permission):
        return Expect("denied", f"denied.{d.permission.value}")
    if not d.savable:   # the recovery-key sheet: refused (and audited) even for the head
        return Expect("denied", f"save.{d.kind}", documents.NotSavable)
    return Expect("ok", f"save.{d.kind}")


def _backup_if_due(c: Ctx) -> Expect:
    return Expect("ok", "backup") if c.session.can(Permission.BACKUP) else Expect("nothing")


# name -> (variants, rule); the documents run once per registered document (the variant is its kind)
INSIDE: dict[str, tuple[tuple[str, ...], Callable[[Ctx], Expect]]] = {
    "documents.build_document": (tuple(documents.DOCUMENTS), _build),
    "documents.save_document": (tuple(documents.DOCUMENTS), _save),
    "backups.backup_if_due": (("",), _backup_if_due),
}


def variants(op: Operation) -> tuple[str, ...]:
    if op.name in INSIDE:
        return INSIDE[op.name][0]
    return ("author", "other") if op.record else ("",)


def expectation(op: Operation, c: Ctx) -> Expect:
    role = c.session.user.role
    missing = [p for p in op.permissions if not allows(role, p)]
    if missing:   # the decorator checks them in order: the first one missing is refused
        return Expect("denied", f"denied.{missing[0].value}")
    if op.record:
        kind, action = op.record
        assert kind in RECORDS, f"{op.name}: say in permission_samples.RECORDS what a {kind!r} record is"
        record = RECORDS[kind](c)
        if not access.may(c.session.actor, kind, action, record):
            return Expect("denied", access.denied_action(kind, action), target=(kind, str(record.id)))
    if op.checked_inside:
        assert op.name in INSIDE, f"{op.name} checks its permission inside: give its rule in INSIDE"
        return INSIDE[op.name][1](c)
    return Expect("ok", op.audit)


# -- what "nothing else changed" means -------------------------------------------------------------------------------

DATABASE_FILES = {"office.db", "office.db-wal", "office.db-shm"}


def state(c: Ctx) -> tuple[dict, dict]:
    """Every table but the audit trail, and every file and folder of the office and of the work folder."""
    conn = c.session.conn
    tables = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'") if n != "audit_log"]
    rows = {t: sorted(repr(r) for r in conn.execute(f'SELECT * FROM "{t}"') if r[0] != "audit_log") for t in tables}
    files = {}
    for root in (c.session.paths.data_dir, c.work):
        for p in sorted(root.rglob("*")):
            if p.is_dir():
                files[str(p)] = "folder"
            elif p.name not in DATABASE_FILES and not p.name.endswith(".lock"):
                files[str(p)] = hashlib.sha256(p.read_bytes()).hexdigest()
    return rows, files


def last_audit_id(c: Ctx) -> int:
    return audit.head(c.session.conn)[0]


def audit_since(c: Ctx, after: int) -> list:
    return list(audit.iter_all(c.session.conn, after_id=after))


# -- the matrix ------------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(crypto, "PRODUCTION_KDF", CHEAP_KDF)
        return prepare_office(tmp_path_factory.mktemp("matrix") / "office")


CASES = [(name, variant, role) for name, (op, _fn) in sorted(OPS.items()) for variant in variants(op) for role in Role]


@pytest.mark.parametrize("name, variant, role", CASES,
                         ids=[f"{n}{'[' + v + ']' if v else ''}-{r.value}" for n, v, r in CASES])
def test_operation_for_role(prepared, tmp_path, name, variant, role):
    op, fn = OPS[name]
    sample = sample_call(name, fn)
    assert sample is not None, f"no sample call for the operation {name}: add one to permission_samples.SAMPLES"
    c = open_copy(prepared, tmp_path, role, variant)
    try:
        expect = expectation(op, c)
        args, kwargs = sample(c)
        c.session.take_changes()
        after = last_audit_id(c)
        before = state(c)
        if expect.outcome == "denied":
            with pytest.raises(expect.error):
                fn(c.session, *args, **kwargs)
            written = audit_since(c, after)
            assert [(r.action, r.outcome, r.user_id) for r in written] == [
                (expect.action, "denied", c.session.user.id)]
            if expect.target:
                assert (written[0].target_type, written[0].target_id) == expect.target
            assert state(c) == before
            assert c.session.take_changes() == frozenset()
        elif expect.outcome == "nothing":
            assert fn(c.session, *args, **kwargs) is None
            assert audit_since(c, after) == [] and state(c) == before
        else:
            fn(c.session, *args, **kwargs)
            written = audit_since(c, after)
            assert not [r.action for r in written if r.outcome != "ok"]
            if expect.action:
                assert expect.action in [r.action for r in written]
            if op.changes:   # every change is audited
                assert written, f"{name} changed {set(op.changes)} without an audit row"
            assert c.session.take_changes() == op.changes
    finally:
        c.session.close()


def test_the_sample_table_names_only_operations_that_exist():
    assert set(SAMPLES) <= set(OPS), sorted(set(SAMPLES) - set(OPS))
    assert set(INSIDE) <= {n for n, (op, _fn) in OPS.items() if op.checked_inside}
    assert set(DOCUMENT_PARAMS) == set(documents.DOCUMENTS)


def test_the_matrix_covers_every_operation_and_role():
    assert {name for name, _variant, _role in CASES} == set(OPS)
    assert len(OPS) >= 60 and {role for _n, _v, role in CASES} == set(Role)
    records = [n for n, (op, _fn) in OPS.items() if op.record]
    assert "users.deactivate_user" in records and "users.set_temporary_password" in records
