"""domain/, store/, services/, reports/ and files/ never import Qt: the office works headless."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "counselor_app"
HEADLESS = ("domain", "store", "services", "reports", "files")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_headless_layers_do_not_import_qt_in_source():
    offenders = []
    for layer in HEADLESS:
        for path in (PACKAGE / layer).rglob("*.py"):
            bad = {n for n in _imports(path) if n.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6")
                   or n.startswith("counselor_app.ui") or n == "counselor_app.translation"}
            if bad:
                offenders.append(f"{path.relative_to(PACKAGE)}: {sorted(bad)}")
    assert not offenders


def test_headless_layers_do_not_load_qt_at_run_time():
    modules = [f"counselor_app.{layer}.{p.stem}" for layer in HEADLESS
               for p in sorted((PACKAGE / layer).glob("*.py")) if p.stem != "__init__"]
    code = ("import sys\n" + "".join(f"import {m}\n" for m in modules)
            + "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
            + "print(bad); sys.exit(1 if bad else 0)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_sql_only_in_store():
    """No SQL statements outside store/ (a crude but useful guard)."""
    keywords = ("SELECT ", "INSERT INTO", "UPDATE ", "DELETE FROM", "CREATE TABLE", "PRAGMA ")
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] == "store":
            continue
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if any(node.value.lstrip().startswith(k) for k in keywords):  # our SQL is upper-case
                    offenders.append(f"{rel}:{node.lineno}")
    assert not offenders


def test_every_package_is_installed():
    """pyproject lists the packages explicitly (resources/ maps into the package): none may be forgotten."""
    import tomllib

    listed = set(tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(PACKAGE.parent).parts) for p in PACKAGE.rglob("__init__.py")}
    assert found <= listed
