"""The referral form with its tear-off receipt (one A4 page, the number on both parts, no diagnosis asked or
printed, the view audited under the student) and the registers of referrals out and receipts back."""
from datetime import date, timedelta
from io import BytesIO

import pytest
from pypdf import PdfReader
from watch_helpers import login, prepare, sample_entry

from counselor_app.domain.errors import PermissionDenied, ValidationError
from counselor_app.domain.roles import Role
from counselor_app.services import documents, hospitals, referral_views, referrals, watch
from counselor_app.services.referrals import MeetingEdit, ReceiptEdit, ReferralEdit
from counselor_app.store import audit

T = date.today()


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    return prepare(tmp_path_factory.mktemp("referral_docs") / "office")


def text_of(pdf: bytes) -> tuple[int, str]:
    reader = PdfReader(BytesIO(pdf))
    return len(reader.pages), "".join("".join(p.extract_text() for p in reader.pages).split())   # no spaces: lines wrap


def make(s, student_id) -> int:
    h = hospitals.save_hospital(s, hospitals.HospitalEdit("示范市精神卫生中心", ("心理科",), green_contact="王医生",
                                                          green_phone="13900001111", agreement=True))
    watch.open_entry(s, sample_entry(student_id, opened_on=T - timedelta(days=10)), today=T)
    rid = referrals.create_referral(s, student_id, ReferralEdit("情绪低落，" * 200, "emergency", h, "心理科",
                                                                accompany="school", screening_summary="PHQ-9 总分 16"))
    rev = lambda: referral_views.get_referral(s, rid).row.revision   # noqa: E731
    referrals.record_meeting(s, rid, MeetingEdit(T, "家长、心理教师", "refer", "consented"), rev())
    referrals.issue_referral(s, rid, rev())
    referrals.record_receipt(s, rid, ReceiptEdit(T, T, "revisit", diagnosis="家庭告知的诊断XYZ"), rev())
    return rid


def test_the_form_is_one_page_with_the_number_on_both_parts(prepared, tmp_path):
    with login(prepared, tmp_path, Role.COUNSELOR) as s:
        rid = make(s, prepared.student_ids[0])
        pages, text = text_of(documents.build_document(s, "referral", id=rid))
        assert pages == 1                                   # a long reason is cut, the page stays whole
        number = referral_views.get_referral(s, rid).number
        assert text.count(number) >= 3                      # the title's number, the receipt's heading and field
        assert "Cutalongthisline" in text and "Nodiagnosisisneeded" in text
        assert "XYZ" not in text                            # the diagnosis stays in the office
        assert "13900001111" in text                        # the green channel of an emergency
        assert documents.build_document(s, "referral", id=number)[:5] == b"%PDF-"   # by its number too
        last = [r for r in audit.iter_all(s.conn) if r.action == "view.referral"][-1]
        assert last.target_type == "student" and last.detail == f"referral={rid} form"
        with pytest.raises(ValidationError):
            documents.build_document(s, "referral", id="2020-999")


def test_the_registers_of_a_period(prepared, tmp_path):
    with login(prepared, tmp_path, Role.COUNSELOR) as s:
        make(s, prepared.student_ids[1])
        since, until = (T - timedelta(days=30)).isoformat(), T.isoformat()
        _pages, out = text_of(documents.build_document(s, "referrals_out", since=since, until=until))
        _pages, back = text_of(documents.build_document(s, "referrals_back", since=since, until=until))
        assert "Registerofreferralsout" in out and "receiptreturned" in out
        assert "Registerofreferralreceipts" in back and "withregularvisits" in back and "XYZ" not in back
        _pages, empty = text_of(documents.build_document(s, "referrals_out", since="2020-01-01", until="2020-02-01"))
        assert "Noreferralinthisperiod." in empty
        with pytest.raises(ValidationError):
            documents.build_document(s, "referrals_out", since=until, until=since)


def test_an_assistant_may_not_print_a_referral(prepared, tmp_path):
    with login(prepared, tmp_path, Role.ASSISTANT) as s:
        with pytest.raises(PermissionDenied):
            documents.build_document(s, "referral", id=1)
