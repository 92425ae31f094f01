"""Every audit action code the services write has words in the audit trail (domain/audit_labels.py).

The codes are read from the source of counselor_app/services/ (ast): ``action=…`` and ``extra_action=…`` of any
call, the first argument of ``….audit(…)``, the action of ``changing(session, …)``, ``@operation(audit=…)``. A code
is a literal, a conditional of literals, a local variable assigned literals, or a module constant; a code composed
from values known only when the service runs (an f-string over a parameter, a lookup) is expanded by COMPOSED, for
the function that writes it. A code this test cannot read fails it: teach COMPOSED what it can be.
"""
from __future__ import annotations

import ast
import importlib
from pathlib import Path
from typing import Iterable, Iterator

import counselor_app.services as services_package
from counselor_app.domain import access
from counselor_app.domain.audit_labels import action_label
from counselor_app.domain.roles import Permission
from counselor_app.services import documents, office

SERVICES = Path(services_package.__file__).parent

# (module, function) -> every code that function can write with a code composed at run time
COMPOSED: dict[tuple[str, str], Iterable[str]] = {
    ("session", "require"): [f"denied.{p.value}" for p in Permission],
    ("session", "require_record"): [access.denied_action(kind.code, action)
                                    for kind in access.KINDS.values() for action in kind.actions],
    ("documents", "record_output"): [f"{how}.{kind}" for how in documents.OUTPUTS for kind in documents.DOCUMENTS],
    ("documents", "save_document"): [f"save.{kind}" for kind in documents.DOCUMENTS],
    ("office", "record_session_event"): ["session.lock", "session.logout"],   # the events it accepts
    ("office", "flush_guard_events"): [action for action, _outcome in office.GUARD_EVENTS.values()] + ["login"],
    ("operations", "changing"): [],   # writes the action its callers pass (read at their calls)
    ("appointments", "audit_students"): [],   # the action of its caller's changing(…) (read there)
    ("appointments", "change_state"): ["appointment.confirm", "appointment.arrive", "appointment.complete",
                                       "appointment.no_show", "appointment.cancel"],
}


class Unreadable(Exception):
    pass


def _functions(tree: ast.AST) -> Iterator[ast.FunctionDef]:
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield node


def _enclosing(tree: ast.AST) -> dict[ast.AST, ast.FunctionDef]:
    """Each node -> the innermost function holding it (decorators count as the function's own)."""
    owner: dict[ast.AST, ast.FunctionDef] = {}
    for fn in sorted(_functions(tree), key=lambda f: f.lineno):   # outer first: inner ones overwrite
        for node in ast.walk(fn):
            owner[node] = fn
    return owner


def _sinks(tree: ast.AST) -> Iterator[ast.expr]:
    """The expressions that are audit action codes."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        for kw in node.keywords:
            if kw.arg in ("action", "extra_action") or (kw.arg == "audit" and name == "operation"):
                yield kw.value
        if isinstance(func, ast.Attribute) and name == "audit" and node.args:
            yield node.args[0]
        if name == "changing" and len(node.args) > 1:
            yield node.args[1]


def _assigned(fn: ast.FunctionDef, name: str) -> list[ast.expr] | None:
    """The values assigned to local ``name`` in ``fn`` (a tuple target takes its element), or None if none is."""
    values: list[ast.expr] = []
    for node in ast.walk(fn):
        if not isinstance(node, ast.Assign):
            continue
        for target in node.targets:
            if isinstance(target, ast.Name) and target.id == name:
                values.append(node.value)
            elif isinstance(target, ast.Tuple):
                for i, element in enumerate(target.elts):
                    if isinstance(element, ast.Name) and element.id == name:
                        if not isinstance(node.value, ast.Tuple):
                            raise Unreadable(ast.unparse(node))
                        values.append(node.value.elts[i])
    return values or None


def _codes(expr: ast.expr, fn: ast.FunctionDef | None, module) -> set[str]:
    if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
        return {expr.value}
    if isinstance(expr, ast.IfExp):
        return _codes(expr.body, fn, module) | _codes(expr.orelse, fn, module)
    if isinstance(expr, ast.Name) and fn is not None:
        if expr.id in {a.arg for a in fn.args.args + fn.args.kwonlyargs + fn.args.posonlyargs}:
            return set()   # passed in: read at the callers
        values = _assigned(fn, expr.id)
        if values is not None:
            return set().union(*(_codes(v, fn, module) for v in values))
    if isinstance(expr, ast.JoinedStr):
        parts = []
        for part in expr.values:
            parts.append(part.value if isinstance(part, ast.Constant) else str(_evaluate(part.value, module)))
        return {"".join(parts)}
    return {str(_evaluate(expr, module))}


def _evaluate(expr: ast.expr, module):
    """A module constant (REPORT_KIND, store.ROLLOVER_ACTION, Permission.RESTORE.value)."""
    if not all(isinstance(n, (ast.Name, ast.Attribute, ast.Load)) for n in ast.walk(expr)):
        raise Unreadable(ast.unparse(expr))
    try:
        return eval(compile(ast.Expression(expr), "<code>", "eval"), vars(module))  # noqa: S307 - names only
    except NameError:
        raise Unreadable(ast.unparse(expr)) from None


def used_codes() -> tuple[dict[str, str], list[str]]:
    """code -> where it is written; and the places whose code this test cannot read."""
    found: dict[str, str] = {}
    unreadable: list[str] = []
    for path in sorted(SERVICES.glob("*.py")):
        module = importlib.import_module(f"{services_package.__name__}.{path.stem}")
        tree = ast.parse(path.read_text(encoding="utf-8"))
        owner = _enclosing(tree)
        for expr in _sinks(tree):
            fn = owner.get(expr)
            where = f"services/{path.name}:{expr.lineno}"
            try:
                codes = _codes(expr, fn, module)
            except Unreadable:
                key = (path.stem, fn.name if fn else "")
                if key not in COMPOSED:
                    unreadable.append(f"{where} {ast.unparse(expr)}")
                    continue
                codes = set(COMPOSED[key])
            for code in codes:
                found.setdefault(code, where)
    return found, unreadable


def test_every_audit_code_used_in_the_services_has_a_label():
    found, unreadable = used_codes()
    assert not unreadable, f"audit codes this test cannot read (add them to COMPOSED): {unreadable}"
    missing = {code: where for code, where in found.items() if action_label(code) is None}
    assert not missing, f"audit codes without a label in domain/audit_labels.py: {missing}"


def test_the_scan_finds_literal_composed_and_declared_codes():
    found, _unreadable = used_codes()
    assert {"user.add", "student.add", "student.edit", "class.archive", "class.restore", "register.rollover",
            "export.access_report", "export.export_data_key", "recovery_key.use", "login.lockout", "session.lock",
            "denied.manage_users", "denied.restore", "denied.user.deactivate", "print.access_report",
            "save.recovery_sheet", "calendar_day.add"} <= set(found)


def test_a_code_without_a_label_or_unreadable_is_caught(tmp_path):
    tree = ast.parse("def f(session, x):\n    session.audit('nobody.knows')\n    session.audit(lookup(x))\n")
    owner = _enclosing(tree)
    first, second = _sinks(tree)
    assert _codes(first, owner[first], documents) == {"nobody.knows"} and action_label("nobody.knows") is None
    try:
        _codes(second, owner[second], documents)
    except Unreadable:
        pass
    else:
        raise AssertionError("a code computed at run time must not pass unread")
