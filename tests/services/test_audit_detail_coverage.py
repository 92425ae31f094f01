"""Every key a service writes into an audit detail ('meeting=9') and every target type has words.

Read from the source of counselor_app/services/: ``key=`` at the start of a part of any f-string (the details are
built in the call that writes them, in ``changing(…)``, or by a helper that returns them), and the target type of ``….audit(action, "type", …)``,
``target_type="type"``, ``target="type"``. A new key or type without words fails here: add it to
domain/audit_details.py (keys) or TARGETS in domain/audit_labels.py (types)."""
from __future__ import annotations

import re
from pathlib import Path

import counselor_app.services as services_package
from counselor_app.domain.audit_details import KNOWN_KEYS
from counselor_app.domain.audit_labels import TARGETS

SERVICES = Path(services_package.__file__).parent
WRITES_DETAIL = re.compile(r"detail|note_student\(|_note\(|audit_students\(")
KEY = re.compile(r"""(?:["'\s/;,{]|^)([a-z_]+)=(?:\{|v\{|["']|$)""")
TYPES = re.compile(r"""\.audit\([^,]+,\s*"([a-z_]+)"|target_type\s*=\s*"([a-z_]+)"|target="([a-z_]+)\"""")
NOT_DETAIL_KEYS = {"detail", "target", "target_type", "target_id", "action", "outcome", "extra", "user_id", "at",
                   "audit", "target_arg", "changes",
                   "problems", "broken"}   # the integrity check's detail: in words by audit_labels._verify_words


def _lines():
    for path in sorted(SERVICES.glob("*.py")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            yield f"{path.name}:{n}", line


def test_every_detail_key_has_words():
    missing = set()
    for where, line in _lines():
        if 'f"' in line or "f'" in line:   # any f-string: details are also built apart from the call that writes them
            for m in KEY.finditer(line.split("detail=", 1)[-1] if "detail=" in line else line):
                if m.group(1) not in KNOWN_KEYS | NOT_DETAIL_KEYS:
                    missing.add((m.group(1), where))
    assert not missing, sorted(missing)


def test_the_scan_finds_the_keys_services_write():
    found = {m.group(1) for _, line in _lines() if WRITES_DETAIL.search(line) for m in KEY.finditer(line)}
    assert {"meeting", "entry", "followup", "result", "week", "shown"} <= found


def test_every_target_type_has_words():
    types = {t for _, line in _lines() for m in TYPES.finditer(line) for t in m.groups() if t}
    assert {"student", "app_user", "referral"} <= types
    assert not types - set(TARGETS), sorted(types - set(TARGETS))
