"""The class list (班级学生名单, services/class_roster.py, reports/class_roster.py): its content read back from the
PDF, finding a class by the name people write, and what an assistant may do."""
from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from counselor_app.domain.errors import ValidationError
from counselor_app.domain.roles import Role
from counselor_app.reports.fonts import find_cjk_font
from counselor_app.services import documents, structure, users as user_service
from counselor_app.services.class_roster import class_id_by_name
from counselor_app.services.office import login
from counselor_app.store import students
from counselor_app.store.database import transaction

PW = "Another-Pass-77"
needs_font = pytest.mark.skipif(find_cjk_font() is None, reason="no Chinese TrueType font on this machine")
SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎鲁韦昌马苗凤花方俞任袁柳"


def _class_of(session, n: int, boarding: bool = False) -> int:
    class_id = structure.add_class(session, "七年级", "1班")
    with transaction(session.conn):
        for i in range(n):
            sid = students.insert(session.conn, {
                "student_no": f"20260701{i + 1:02d}", "name": f"{SURNAMES[i]}小{'明红'[i % 2]}",
                "gender": "male" if i % 2 == 0 else "female", "birth_date": "2013-05-12", "class_id": class_id,
                "boarding": boarding and i % 3 == 0}, "2026-09-01T00:00:00Z")
            students.replace_guardians(session.conn, sid, [(f"{SURNAMES[i]}建国", "父亲", f"1380000{i:04d}")])
        left = students.insert(session.conn, {"student_no": "2026079999", "name": "转学生", "class_id": class_id,
                                              "status": "transferred"}, "2026-09-01T00:00:00Z")
    assert left
    return class_id


@needs_font
def test_a_class_of_sixty_has_every_student_and_the_header_on_each_page(session):
    class_id = _class_of(session, 60, boarding=True)
    pdf = documents.build_document(session, "class_roster", tr=str, class_id=class_id)
    reader = PdfReader(io.BytesIO(pdf))
    pages = [p.extract_text() for p in reader.pages]
    assert len(pages) >= 2
    text = "".join(pages)
    assert "七年级(1)班" in text and "60 students" in text
    for i in (0, 29, 59):
        assert f"20260701{i + 1:02d}" in text and f"{SURNAMES[i]}小" in text and f"1380000{i:04d}" in text
    assert "父亲" in text and "boarder" in text
    assert "转学生" not in text   # enrolled students only
    for page in pages:   # the table's header repeats
        assert "Date of birth" in page and "Guardians and phones" in page
    assert "Compiled by" in pages[-1]
    assert "Confidential" not in text   # register facts: no "counseling records" footer


@needs_font
def test_an_empty_class_prints_its_header_and_says_so(session):
    class_id = structure.add_class(session, "八年级", "2班")
    text = PdfReader(io.BytesIO(documents.build_document(session, "class_roster", tr=str, class_id=class_id)))\
        .pages[0].extract_text()
    assert "八年级(2)班" in text and "No student is enrolled in this class." in text


def test_an_unknown_class_id_is_refused(session):
    with pytest.raises(ValidationError):
        documents.build_document(session, "class_roster", tr=str, class_id=999)


def test_a_class_is_found_by_the_name_people_write(session):
    seven = structure.add_class(session, "七年级", "1班")
    eight = structure.add_class(session, "八年级", "1班")
    assert class_id_by_name(session, "七年级(1)班") == seven
    assert class_id_by_name(session, " 初一1班 ") == seven        # read as the roster import reads it
    assert class_id_by_name(session, "八年级（1）班") == eight
    with pytest.raises(ValidationError) as unknown:
        class_id_by_name(session, "九年级(5)班")
    assert "九年级(5)班" in str(unknown.value) and "--class 七年级(1)班" in str(unknown.value)


def test_a_name_in_several_departments_asks_for_the_full_name(session):
    a = structure.add_class(session, "2024级", "1班")
    b = structure.add_class(session, "2025级", "1班")
    with pytest.raises(ValidationError) as several:
        class_id_by_name(session, "1班")
    message = str(several.value)
    assert "2024级 1班" in message and "2025级 1班" in message and '--class "2024级 1班"' in message
    assert class_id_by_name(session, "2025级 1班") == b and class_id_by_name(session, "2024级  1班") == a


def test_an_assistant_may_print_the_class_list(session, data_dir):
    class_id = structure.add_class(session, "七年级", "1班")
    user_service.add_user(session, "zhao", "赵老师", Role.ASSISTANT, PW)
    session.close()
    with login(data_dir, "zhao", PW) as s:
        assert "class_roster" in [d.kind for d in documents.available_documents(s)]
        assert class_id_by_name(s, "七年级(1)班") == class_id
