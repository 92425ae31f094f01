"""The watch list's printed documents and its export (services/watch_documents.py): what each carries, read back from
the PDF or the workbook; what the head teacher's version never carries; masking; who may print them; the audit."""
from __future__ import annotations

import io
import subprocess
from dataclasses import replace
from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from watch_helpers import TODAY, login, prepare, sample_entry

from counselor_app.domain import access
from counselor_app.domain.errors import PermissionDenied, ValidationError
from counselor_app.domain.masking import mask_name, mask_number
from counselor_app.domain.roles import Role
from counselor_app.reports.fonts import find_cjk_font
from counselor_app.services import documents, watch, watch_closing, watch_documents as wd, watch_records as rec
from counselor_app.store import audit, students as student_store

needs_font = pytest.mark.skipif(find_cjk_font() is None, reason="no Chinese TrueType font on this machine")

# Unique strings in every clinical text of the rich entry: none may reach the head teacher's version.
CLINICAL = {
    "concern": "QXCONCERN", "goal": "QXGOAL", "measure": "QXMEASURE", "medication": "QXMEDICATION",
    "notes": "QXNOTES", "seen": "QXSEEN", "addendum": "QXADDENDUM", "facts": "QXFACTS", "support": "QXSUPPORT",
    "agreements": "QXAGREE", "contact_addendum": "QXCADD",
}
LONG = ("课间常独自坐在座位上，很少与同学交谈；午饭吃得很少，晚自习时注意力难以集中，作业完成情况较上月明显下降。"
        "与本人谈话时语速较慢，表示最近入睡困难、早醒，对原来喜欢的篮球也提不起兴趣。")
OPENED = date(2026, 6, 1)


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    return prepare(tmp_path_factory.mktemp("watchdocs") / "office")


@pytest.fixture
def counselor(prepared, tmp_path):
    with login(prepared, tmp_path, Role.COUNSELOR) as s:
        yield s


def rich_entry(s, prepared, student_index: int = 0) -> int:
    """An entry as months of work leave it: a peer carer, a plan of four measures with long texts (a medication
    measure among them), eight follow-ups with addenda, two parent contacts with an addendum. Every clinical text
    carries a marker of CLINICAL."""
    student = prepared.student_ids[student_index]
    peer = prepared.student_ids[student_index + 1]
    new = sample_entry(student, concern=f"{CLINICAL['concern']} 班主任反映：{LONG * 2}", level="orange",
                       opened_on=OPENED)
    new = replace(new, edit=replace(new.edit, peer_student_id=peer, parent_name="赵红", parent_relation="母亲"),
                  responsible=((prepared.counselor_staff, "counselor"), (prepared.other_counselor_staff, "leader")))
    entry_id = watch.open_entry(s, new, today=TODAY)
    start = date(2026, 6, 3)
    due = TODAY + timedelta(days=40)
    measures = (
        rec.MeasureEdit("individual", f"{CLINICAL['measure']}1 每周一次个体辅导，围绕睡眠与情绪调节。{LONG}", start,
                        prepared.counselor_staff, frequency="每周一次", due_on=due, state="ongoing"),
        rec.MeasureEdit("teacher_watch", f"{CLINICAL['measure']}2 班主任每日留意出勤与课堂状态", start,
                        owner_other="班主任", frequency="每日", due_on=due),
        rec.MeasureEdit("family", f"{CLINICAL['measure']}3 每两周与母亲电话沟通一次", start, owner_other="家长",
                        frequency="每两周一次", due_on=due),
        rec.MeasureEdit("medication", f"{CLINICAL['measure']}4 家长告知按时服药", start, owner_other="家长",
                        frequency="每日", due_on=due),
    )
    rec.save_plan(s, entry_id, rec.PlanEdit(f"{CLINICAL['goal']} 情绪稳定，恢复正常作息与学习。", measures,
                                            medication=f"{CLINICAL['medication']} 家长告知：遵医嘱每日服药一次",
                                            notes=f"{CLINICAL['notes']} {LONG}"), 0, today=TODAY)
    methods = ("talk", "counseling", "parent_phone", "observation", "talk", "home_visit", "counseling", "talk")
    followups = []
    for n, method in enumerate(methods):
        day = date(2026, 6, 8) + timedelta(days=20 * n)
        rating = "red" if n == 3 else ("orange" if n > 3 else "")
        followups.append(rec.add_followup(s, entry_id, rec.FollowUpEdit(
            day, method, f"{CLINICAL['seen']}{n + 1} 第{n + 1}次跟踪：{LONG[: 30 + 12 * n]}", rating),
            today=TODAY))
    rec.add_followup_addendum(s, followups[2], f"{CLINICAL['addendum']} 补充：家长电话中提到孩子周末在家作息规律。",
                              today=TODAY)
    contact = rec.add_contact(s, entry_id, rec.ContactEdit(
        date(2026, 7, 2), "母亲", "phone", "reached", f"{CLINICAL['facts']} 告知近期在校表现，建议带孩子就医评估。",
        f"{CLINICAL['support']} 母亲很配合，父亲常年在外地工作。", f"{CLINICAL['agreements']} 每两周通一次电话。",
        date(2026, 7, 16)), today=TODAY)
    rec.add_contact_addendum(s, contact, f"{CLINICAL['contact_addendum']} 母亲回电：已预约医院门诊。", today=TODAY)
    rec.add_contact(s, entry_id, rec.ContactEdit(date(2026, 10, 9), "父亲", "meeting", "reached",
                                                 f"{CLINICAL['facts']} 面谈，父亲同意调整周末安排。"), today=TODAY)
    return entry_id


def pdf_text(pdf: bytes) -> str:
    """The text of a PDF as poppler reads it (one space between words, lines kept)."""
    found = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True)
    return found.stdout.decode("utf-8")


def pages(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]


def student_of(s, entry_id: int):
    return student_store.by_id(s.conn, watch.load_entry(s, entry_id).student_id)


def actions(s, after: int) -> list:
    return [(r.action, r.target_type, r.target_id, r.detail) for r in audit.iter_all(s.conn, after_id=after)]


# -- the 一人一策 sheet ----------------------------------------------------------------------------------------------

@needs_font
def test_the_plan_sheet_carries_the_whole_entry_and_the_signature_lines(prepared, counselor):
    entry_id = rich_entry(counselor, prepared)
    student = student_of(counselor, entry_id)
    pdf = documents.build_document(counselor, "watch_plan", tr=str, student_id=student.id)
    text = pdf_text(pdf)
    assert student.name in text and student.student_no in text
    assert "No. W 2026-" in text and "Confidential" in text
    for marker in ("concern", "goal", "measure", "medication", "notes"):
        assert CLINICAL[marker] in text, marker
    for n in range(1, 5):
        assert f"{CLINICAL['measure']}{n}" in text
    assert "version 1" in text and "signed by the author, verified" in text
    assert "close concern" in text and "mild" in text and "staff or student cadre check" in text
    assert "赵红 (母亲) 13800001111" in text                   # the parent contact
    assert "8 follow-ups in all; the latest 6 are listed" in text
    assert CLINICAL["seen"] not in text                       # what was seen is in the follow-up record
    for signer in ("Counselor", "Head teacher", "Parent or guardian", "Head of the counseling office",
                   "School leader"):
        assert f"{signer}" in text
    assert len(pages(pdf)) >= 2


@needs_font
def test_an_entry_is_found_by_id_by_its_printed_number_or_as_the_students_latest(prepared, counselor):
    first = watch.open_entry(counselor, sample_entry(prepared.student_ids[5], opened_on=date(2026, 11, 2)),
                             today=TODAY)
    revision = watch.load_entry(counselor, first).revision
    watch_closing.request_close(counselor, first, "improved", "好转", revision, today=TODAY)
    student = student_of(counselor, first).id
    assert wd.find_entry(counselor, student).id == first            # the only one, waiting to close
    number = wd.entry_number(counselor.conn, first, str)
    assert wd.find_entry(counselor, student, number.split()[-1]).id == first
    assert wd.find_entry(counselor, str(student), str(first)).id == first
    other = watch.open_entry(counselor, sample_entry(prepared.student_ids[6]), today=TODAY)
    with pytest.raises(ValidationError) as e:
        wd.find_entry(counselor, student, other)
    assert e.value.source == wd.NOT_THE_STUDENTS
    with pytest.raises(ValidationError) as e:
        wd.find_entry(counselor, student, "2026-999")
    assert e.value.source == wd.BAD_ENTRY
    with pytest.raises(ValidationError) as e:
        wd.find_entry(counselor, prepared.student_ids[7])
    assert e.value.source == wd.NO_ENTRY
    with pytest.raises(ValidationError):
        documents.build_document(counselor, "watch_plan", tr=str, student_id=student, entry_id="abc")


def test_the_number_on_the_sheets_counts_the_entries_of_the_year(prepared, counselor):
    ids = [watch.open_entry(counselor, sample_entry(prepared.student_ids[10 + n]), today=TODAY) for n in range(3)]
    assert [wd.entry_number(counselor.conn, i, str) for i in ids] == ["W 2026-001", "W 2026-002", "W 2026-003"]


# -- the head teacher's version --------------------------------------------------------------------------------------

@needs_font
@pytest.mark.parametrize("role", [Role.HEAD, Role.COUNSELOR])
def test_the_head_teachers_version_never_carries_clinical_text(prepared, tmp_path, role):
    with login(prepared, tmp_path, Role.COUNSELOR) as s:
        entry_id = rich_entry(s, prepared)
    with login(prepared, tmp_path, role) as s:
        student = student_of(s, entry_id)
        pdf = documents.build_document(s, "watch_plan_head_teacher", tr=str, student_id=student.id,
                                       entry_id=entry_id)
        text = pdf_text(pdf)
        raw = "".join(pages(pdf))
    for name, marker in CLINICAL.items():
        assert marker not in text and marker not in raw, name
    assert LONG[:12] not in text.replace("\n", "")
    assert student.name in text and "close concern" in text
    assert "individual counseling" in text and "每两周一次" in text and "每日" in text
    assert "medication" not in text.lower()                     # not even the measure's name
    assert "Whom to call" in text and "Talking or writing about death or self-harm" in text
    assert "mild" not in text and "Class of case" not in text   # the class of the case is the office's judgement


def test_the_printout_rule_decides_what_the_head_teachers_version_reads(prepared, counselor, monkeypatch):
    """domain/access.py: a head teacher's printout never carries clinical text, whoever prints it; the service asks
    the rule before reading a sealed column."""
    for role in Role:
        for audience in access.Audience:
            allowed = access.may(access.Actor(1, role), access.PRINTOUT, access.CLINICAL_TEXT,
                                 wd.Printout(audience, 1))
            assert allowed == (audience is access.Audience.OFFICE and role is not Role.ASSISTANT)
    entry_id = rich_entry(counselor, prepared)
    entry = watch.load_entry(counselor, entry_id)
    sheet = wd.teacher_sheet_data(counselor, entry, str)
    assert [m.description for m in sheet.measures] == ["", "", ""]
    assert [m.type for m in sheet.measures] == ["individual counseling", "head teacher's observation",
                                                "home-school communication"]
    assert [p.name for p in sheet.call] == [p.name for p in sheet.responsible if p.code == "counselor"]
    assert all(p.phone for p in sheet.call) or not any(p.phone for p in sheet.responsible)
    monkeypatch.setattr(access, "may_printout", lambda actor, action, printout: True)
    monkeypatch.setitem(access.KINDS, access.PRINTOUT, replace(access.KINDS[access.PRINTOUT],
                                                               rule=lambda actor, action, printout: True))
    opened = wd.teacher_sheet_data(counselor, entry, str)   # were the rule to allow it, the texts would be read
    assert len(opened.measures) == 4 and all(CLINICAL["measure"] in m.description for m in opened.measures)


# -- the follow-up record --------------------------------------------------------------------------------------------

@needs_font
def test_the_followup_record_has_everything_in_date_order_with_addenda(prepared, counselor):
    entry_id = rich_entry(counselor, prepared)
    student = student_of(counselor, entry_id)
    text = pdf_text(documents.build_document(counselor, "watch_followups", tr=str, student_id=student.id,
                                             entry_id=entry_id)).replace("\n", " ")
    positions = [text.index(f"{CLINICAL['seen']}{n}") for n in range(1, 9)]
    assert positions == sorted(positions)
    assert text.index(CLINICAL["addendum"]) > text.index(f"{CLINICAL['seen']}3")
    assert text.index(f"{CLINICAL['seen']}2") < text.index(CLINICAL["facts"]) < text.index(f"{CLINICAL['seen']}3")
    for marker in ("support", "agreements", "contact_addendum"):
        assert CLINICAL[marker] in text
    assert "Follow-ups and parent contacts (10)" in text and "Addendum of" in text
    assert "Re-rating: high risk" in text and "Next contact: 2026-07-16" in text


@needs_font
def test_an_entry_without_records_says_so(prepared, counselor):
    entry_id = watch.open_entry(counselor, sample_entry(prepared.student_ids[20]), today=TODAY)
    student = student_of(counselor, entry_id).id
    text = pdf_text(documents.build_document(counselor, "watch_followups", tr=str, student_id=student))
    assert "Nothing has been recorded for this entry yet." in text
    text = pdf_text(documents.build_document(counselor, "watch_plan", tr=str, student_id=student))
    assert "No plan has been written for this entry yet." in text and "No follow-up yet." in text


# -- the list of a grade -------------------------------------------------------------------------------------------

def _open_some(s, prepared) -> list[int]:
    ids = [watch.open_entry(s, sample_entry(prepared.student_ids[n], level=level), today=TODAY)
           for n, level in ((2, "red"), (8, "yellow"), (16, "orange"), (31, "yellow"))]
    revision = watch.load_entry(s, ids[1]).revision   # the head's request closes it at once
    watch_closing.request_close(s, ids[1], "improved", "好转", revision, today=TODAY)
    return ids


@needs_font
def test_the_list_masks_names_and_numbers_by_default(prepared, tmp_path):
    with login(prepared, tmp_path, Role.HEAD) as s:
        ids = _open_some(s, prepared)
        rows = {r.id: r for r in watch.list_entries(s)}
        after = audit.head(s.conn)[0]
        text = pdf_text(documents.build_document(s, "watch_list_grade", tr=str))
        assert not [a for a in actions(s, after) if a[0] == "view.watch_list_names"]
        for entry_id in (ids[0], ids[2], ids[3]):
            row = rows[entry_id]
            assert mask_name(row.name) in text and mask_number(row.student_no) in text
            assert row.name not in text and row.student_no not in text
        assert rows[ids[1]].name not in text and mask_number(rows[ids[1]].student_no) not in text   # closed
        assert "the whole school" in text and "high risk 1, close concern 1, general concern 1" in text
        full = pdf_text(documents.build_document(s, "watch_list_grade", tr=str, unmasked=True))
        assert rows[ids[0]].name in full and rows[ids[0]].student_no in full
        assert ("view.watch_list_names", "watch", "", "3") in actions(s, after)


@needs_font
def test_the_list_of_a_grade_or_a_class(prepared, head):
    counselor = head
    _open_some(counselor, prepared)
    rows = [r for r in watch.list_entries(counselor) if r.state != "closed"]
    grade = rows[0].grade
    text = pdf_text(documents.build_document(counselor, "watch_list_grade", tr=str, grade=grade, unmasked=True))
    for r in rows:
        assert (r.name in text) == (r.grade == grade)
    text = pdf_text(documents.build_document(counselor, "watch_list_grade", tr=str, class_id=rows[0].class_id,
                                             unmasked=True))
    assert rows[0].klass in text and all((r.name in text) == (r.class_id == rows[0].class_id) for r in rows)
    with pytest.raises(ValidationError) as e:
        documents.build_document(counselor, "watch_list_grade", tr=str, grade="十三年级")
    assert e.value.source == wd.UNKNOWN_GRADE and grade in str(e.value)
    other = next(r for r in rows if r.grade != grade)
    with pytest.raises(ValidationError) as e:
        documents.build_document(counselor, "watch_list_grade", tr=str, grade=grade, class_id=other.class_id)
    assert e.value.source == wd.GRADE_AND_CLASS


# -- who may print them, and the audit -------------------------------------------------------------------------------

@pytest.mark.parametrize("kind, permission", [
    ("watch_plan", "view_plans"), ("watch_plan_head_teacher", "view_watchlist"), ("watch_followups", "view_plans"),
    ("watch_list_grade", "view_watchlist")])
def test_an_assistant_prints_none_of_them(prepared, tmp_path, kind, permission):
    with login(prepared, tmp_path, Role.COUNSELOR) as s:
        entry_id = watch.open_entry(s, sample_entry(prepared.student_ids[3]), today=TODAY)
        student = student_of(s, entry_id).id
    with login(prepared, tmp_path, Role.ASSISTANT) as s:
        after = audit.head(s.conn)[0]
        params = {} if kind == "watch_list_grade" else {"student_id": student}
        with pytest.raises(PermissionDenied):
            documents.build_document(s, kind, tr=str, **params)
        target = ("", "") if kind == "watch_list_grade" else ("student", str(student))
        assert actions(s, after) == [(f"denied.{permission}", *target, "")]


@needs_font
def test_saving_a_sheet_is_audited_under_the_student(prepared, counselor, tmp_path):
    entry_id = watch.open_entry(counselor, sample_entry(prepared.student_ids[4]), today=TODAY)
    student = student_of(counselor, entry_id).id
    after = audit.head(counselor.conn)[0]
    pdf = documents.build_document(counselor, "watch_plan_head_teacher", tr=str, student_id=student,
                                   entry_id=entry_id)
    documents.save_document(counselor, "watch_plan_head_teacher", pdf, tmp_path / "sheet.pdf", student)
    assert actions(counselor, after) == [("save.watch_plan_head_teacher", "student", str(student), "")]


# -- the export ------------------------------------------------------------------------------------------------------

def _sheet(path) -> list[list]:
    from openpyxl import load_workbook

    ws = load_workbook(path).active
    return [[c.value for c in row] for row in ws.iter_rows()]


HEADERS = ["学号", "姓名", "班级", "来源", "等级", "类别", "状态", "包保人", "下次回访", "是否逾期", "开始日期", "逾期事项"]


@pytest.fixture
def head(prepared, tmp_path):
    with login(prepared, tmp_path, Role.HEAD) as s:
        yield s


def test_the_export_has_one_row_per_entry_and_no_clinical_text(prepared, head, tmp_path):
    counselor = head
    rich = rich_entry(counselor, prepared)
    ids = _open_some(counselor, prepared)
    after = audit.head(counselor.conn)[0]
    out = tmp_path / "watch.xlsx"
    with pytest.raises(ValidationError) as e:   # full names need a purpose (FORMS.md privacy rules)
        wd.export_watchlist(counselor, out)
    assert e.value.source == wd.PURPOSE_NEEDED and not out.exists()
    assert wd.export_watchlist(counselor, out, purpose="  转介至 市精神卫生中心 ") == 5
    rows = _sheet(out)
    assert [str(v) for v in rows[0]] == ["Student number", "Name", "Class", "Source", "Level", "Class of case",
                                          "State", "Responsible people", "Next review", "Overdue", "Opened on",
                                          "What is overdue"]
    flat = " ".join(str(v) for row in rows for v in row if v is not None)
    for marker in CLINICAL.values():
        assert marker not in flat
    by_number = {r[0]: r for r in rows[1:]}
    student = student_of(counselor, rich)
    line = by_number[student.student_no]
    assert line[1] == student.name and line[3] == "staff or student cadre check" and line[4] == "close concern"
    assert line[5] == "mild" and line[6] == "following up" and line[10].date() == OPENED
    assert line[9] in ("yes", "no") and (line[9] == "yes") == bool(line[11])
    closed = by_number[student_of(counselor, ids[1]).student_no]
    assert closed[6] == "closed" and closed[8] is None
    assert actions(counselor, after)[-1] == ("export.watchlist", "watch", "", "5 names\t转介至 市精神卫生中心")
    masked = tmp_path / "masked.xlsx"
    assert wd.export_watchlist(counselor, masked, state="open", masked=True) == 4
    numbers = [r[0] for r in _sheet(masked)[1:]]
    assert mask_number(student.student_no) in numbers and student.student_no not in numbers
    assert mask_name(student.name) in [r[1] for r in _sheet(masked)[1:]]
    assert actions(counselor, after)[-1] == ("export.watchlist", "watch", "", "4 masked")


def test_the_export_filters_by_grade_and_state_and_refuses_unknown_ones(prepared, head, tmp_path):
    counselor = head
    _open_some(counselor, prepared)
    rows = watch.list_entries(counselor)
    grade = rows[0].grade
    out = tmp_path / "w.xlsx"
    assert wd.export_watchlist(counselor, out, grade=grade, masked=True) == sum(1 for r in rows if r.grade == grade)
    assert wd.export_watchlist(counselor, out, state="closed", masked=True) == 1
    assert wd.export_watchlist(counselor, out, state="Following up", masked=True) == 3
    assert wd.export_watchlist(counselor, out, state="跟进中", masked=True,
                               tr=lambda t: {"following up": "跟进中"}.get(t, t)) == 3
    for bad in (dict(grade="十三年级"), dict(state="sleeping")):
        with pytest.raises(ValidationError) as e:
            wd.export_watchlist(counselor, tmp_path / "bad.xlsx", masked=True, **bad)
        assert e.value.exit_code == 2
        assert not (tmp_path / "bad.xlsx").exists()
    with pytest.raises(ValidationError):
        wd.export_watchlist(counselor, tmp_path / "missing" / "w.xlsx")


def test_an_assistant_may_not_export_the_watch_list(prepared, tmp_path):
    with login(prepared, tmp_path, Role.ASSISTANT) as s:
        after = audit.head(s.conn)[0]
        with pytest.raises(PermissionDenied) as e:
            wd.export_watchlist(s, tmp_path / "w.xlsx")
        assert e.value.exit_code == 7 and not (tmp_path / "w.xlsx").exists()
        assert [a[0] for a in actions(s, after)] == ["denied.view_watchlist"]


def test_the_audit_trail_says_what_was_exported_and_printed(prepared, head, tmp_path):
    from counselor_app.domain import audit_labels

    _open_some(head, prepared)
    after = audit.head(head.conn)[0]
    wd.export_watchlist(head, tmp_path / "w.xlsx", masked=True)
    documents.build_document(head, "watch_list_grade", tr=str, unmasked=True)
    documents.record_output(head, "watch_list_grade", "print")
    rows = list(audit.iter_all(head.conn, after_id=after))
    words = [(audit_labels.action_words(r.action, str), audit_labels.detail_words(r, audit_labels.Names(), str))
             for r in rows]
    assert words == [("Watch list exported", "4 entries, names masked"),
                     ("Watch list made with full names", "3 entries with full names"),
                     ("Printed: watch list of a grade or class", "")]
