"""The registry of printed documents: what is registered, permissions (refusals audited), parameters."""
from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from counselor_app.domain.audit_labels import DOCUMENTS as AUDIT_DOCUMENT_LABELS
from counselor_app.domain.errors import PermissionDenied, StorageError, Text
from counselor_app.domain.roles import Permission, Role
from counselor_app.reports.fonts import find_cjk_font
from counselor_app.services import documents, users as user_service
from counselor_app.services.office import login
from counselor_app.store import audit

KEY = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789"
PW = "Another-Pass-77"
needs_font = pytest.mark.skipif(find_cjk_font() is None, reason="no Chinese TrueType font on this machine")


def test_the_recovery_sheet_is_registered_and_may_not_be_saved():
    sheet = documents.get_document("recovery_sheet")
    assert sheet.savable is False
    assert sheet.permission is Permission.EXPORT_DATA_KEY
    assert sheet.params == ("recovery_key",)
    assert isinstance(sheet.label, Text) and sheet.label.context == "Documents"


def test_every_registered_document_has_words_in_the_audit_trail():
    assert set(documents.DOCUMENTS) <= set(AUDIT_DOCUMENT_LABELS)


def test_a_kind_cannot_be_registered_twice():
    with pytest.raises(ValueError):
        documents.register(documents.get_document("recovery_sheet"))


def test_an_unknown_kind_is_a_clear_error(session):
    with pytest.raises(documents.UnknownDocument) as err:
        documents.build_document(session, "no_such_form")
    assert "no_such_form" in str(err.value)


@needs_font
def test_the_head_builds_the_recovery_sheet_through_the_registry(session):
    pdf = documents.build_document(session, "recovery_sheet", recovery_key=KEY)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1 and "STUV" in reader.pages[0].extract_text()
    assert "recovery_sheet" in [d.kind for d in documents.available_documents(session)]


def test_parameters_are_checked_before_building(session):
    with pytest.raises(documents.DocumentParameterMissing) as missing:
        documents.build_document(session, "recovery_sheet")
    assert "--recovery_key" in str(missing.value)
    with pytest.raises(documents.DocumentParameterUnknown):
        documents.build_document(session, "recovery_sheet", recovery_key=KEY, month="2026-09")


@pytest.mark.parametrize("role", [Role.COUNSELOR, Role.ASSISTANT])
def test_others_are_refused_and_the_refusal_is_audited(session, data_dir, role):
    user_service.add_user(session, "zhao", "赵老师", role, PW)
    session.close()
    with login(data_dir, "zhao", PW) as s:
        assert "recovery_sheet" not in [d.kind for d in documents.available_documents(s)]
        with pytest.raises(PermissionDenied):
            documents.build_document(s, "recovery_sheet", recovery_key=KEY)
        denied = [r.action for r in audit.iter_all(s.conn) if r.outcome == "denied"]
    assert denied == ["denied.export_data_key"]


def test_save_writes_atomically_and_refuses_the_recovery_sheet(new_office, tmp_path):
    from counselor_app.services.documents import NotSavable, save_document
    from counselor_app.store import audit

    session = new_office.session
    with pytest.raises(NotSavable):
        save_document(session, "recovery_sheet", b"%PDF-1.4 x", tmp_path / "key.pdf")
    assert not (tmp_path / "key.pdf").exists()
    save_document(session, "access_report", b"%PDF-1.4 report", tmp_path / "r.pdf")
    assert (tmp_path / "r.pdf").read_bytes() == b"%PDF-1.4 report"
    with pytest.raises(StorageError):
        save_document(session, "access_report", b"%PDF-1.4 report", tmp_path / "missing" / "r.pdf")
    trail = [(r.action, r.outcome) for r in audit.iter_all(session.conn)]
    assert ("save.recovery_sheet", "denied") in trail and trail.count(("save.access_report", "ok")) == 1


def test_a_refused_access_report_names_the_student(new_office, data_dir):
    from counselor_app.domain.roles import Role

    user_service.add_user(new_office.session, "liuyang", "刘洋", Role.COUNSELOR, "Bright-River-2026")
    new_office.session.close()
    with login(data_dir, "liuyang", "Bright-River-2026") as counselor:
        with pytest.raises(PermissionDenied):
            documents.build_document(counselor, "access_report", student_id=17, since="2026-01-01",
                                     until="2026-02-01")
        last = list(audit.iter_all(counselor.conn))[-1]
        assert (last.action, last.target_type, last.target_id) == ("denied.view_audit", "student", "17")
