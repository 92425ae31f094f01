"""The appointments' printouts: the slip names the student, time and place but never the reason; the week schedule
lists the week's appointments; the consent form carries the student's and the guardian's names and the office's
rules; every print is checked and audited by the documents registry."""
from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from appointment_helpers import MONDAY, NOW, edit, login, prepare
from counselor_app.domain.errors import ValidationError
from counselor_app.domain.roles import Role
from counselor_app.services import appointments as ap, documents
from counselor_app.store import students as student_store

pytest.importorskip("reportlab")


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    return prepare(tmp_path_factory.mktemp("appt_docs") / "office")


def text_of(pdf: bytes) -> str:
    return "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).replace(" ", "")


def test_slip_week_and_consent(prepared, tmp_path):
    a = prepared.student_ids
    with login(prepared, tmp_path, Role.ASSISTANT) as asst:
        booked = ap.book(asst, edit(prepared, a[0], start="12:10"), now=NOW).id
    with login(prepared, tmp_path, Role.COUNSELOR) as s:
        ap.move(s, booked, MONDAY, "12:10", ap.load(s, booked).revision, now=NOW)   # a counselor's reason:
        from counselor_app.store import appointments as store
        from counselor_app.store.database import transaction
        with transaction(s.conn):
            store.REASON.write(s.conn, s.clinical, booked, "父母离异后情绪低落")
        row = ap.load(s, booked)
        slip = text_of(documents.build_document(s, "appointment_slip", id=booked))
        assert row.student_names[0] in slip and "12:10" in slip and "个体辅导室1" in slip
        assert "父母离异" not in slip
        week = text_of(documents.build_document(s, "appointment_week", counselor_id=prepared.counselor,
                                                day=MONDAY.isoformat()))
        assert row.student_names[0] in week and "12:10" in week
        by_login = text_of(documents.build_document(s, "appointment_week", counselor_id="counselor",
                                                    day=MONDAY.isoformat()))     # the command line's --counselor
        assert row.student_names[0] in by_login
        guardian = student_store.guardians_of(s.conn, a[0])[0].name
        consent = text_of(documents.build_document(s, "consent_form", student_id=a[0]))
        assert row.student_names[0] in consent and guardian in consent and "24" in consent and "10" in consent
        with pytest.raises(ValidationError):
            documents.build_document(s, "appointment_week", counselor_id=prepared.counselor, day="下周")
