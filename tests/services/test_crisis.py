"""Crisis incidents: recording one (its students raised or put on the watch list at 高危), the plan's steps with the
report's minutes against the target, every attempt to reach the parents, the timeline and breaches (sealed), the
closing rule and the head's forced closing, times out of order; the documents."""
from datetime import date, datetime, timedelta
from io import BytesIO

import pytest
from pypdf import PdfReader
from watch_helpers import login, prepare, sample_entry

from counselor_app.domain.errors import PermissionDenied, ValidationError
from counselor_app.domain.roles import Role
from counselor_app.services import crisis, documents, watch, watch_detail
from counselor_app.services.crisis import IncidentEdit

NOW = datetime(2026, 11, 20, 16, 0)
FOUND = datetime(2026, 11, 20, 9, 40)


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    return prepare(tmp_path_factory.mktemp("crisis") / "office")


@pytest.fixture
def counselor(prepared, tmp_path):
    with login(prepared, tmp_path, Role.COUNSELOR) as s:
        yield s


def incident(s, ids, kind="self_harm") -> int:
    return crisis.report_incident(s, IncidentEdit(datetime(2026, 11, 20, 9, 30), kind, "major", tuple(ids), "王老师",
                                                  FOUND, "课间在卫生间发现学生手腕有新鲜划痕，情绪激动", "教学楼三楼"),
                                  now=NOW)


def rev(s, incident_id) -> int:
    return crisis.get_incident(s, incident_id).row.revision


def test_an_incident_puts_its_students_on_the_watch_list_at_the_top(prepared, counselor):
    on_list, new = prepared.student_ids[0], prepared.student_ids[1]
    entry = watch.open_entry(counselor, sample_entry(on_list, level="yellow"), today=date(2026, 11, 20))
    iid = incident(counselor, (on_list, new))
    assert watch_detail.get_entry(counselor, entry, today=date(2026, 11, 20)).entry.level == "red"
    opened = watch.list_entries(counselor, today=date(2026, 11, 20))
    mine = next(r for r in opened if r.student_id == new)
    assert mine.level == "red" and mine.state == "following"
    d = crisis.get_incident(counselor, iid)
    assert d.number == "2026-001" and d.details.startswith("课间") and d.steps[0].done_at == "2026-11-20T09:40"
    raw = counselor.conn.execute("SELECT details FROM crisis_incident WHERE id = ?", (iid,)).fetchone()[0]
    assert "卫生间".encode() not in bytes(raw)


def test_times_out_of_order_are_refused(prepared, counselor):
    with pytest.raises(ValidationError) as e:
        crisis.report_incident(counselor, IncidentEdit(datetime(2026, 11, 20, 10, 0), "runaway", "general",
                                                       (prepared.student_ids[2],), "王老师", FOUND, "未到校"), now=NOW)
    assert e.value.source == crisis.FOUND_BEFORE
    iid = incident(counselor, (prepared.student_ids[2],))
    with pytest.raises(ValidationError) as e:
        crisis.record_step(counselor, iid, "safety", FOUND - timedelta(minutes=5), "王老师", now=NOW)
    assert e.value.source == crisis.STEP_BEFORE
    with pytest.raises(ValidationError) as e:
        crisis.record_step(counselor, iid, "safety", NOW + timedelta(hours=1), "王老师", now=NOW)
    assert e.value.source == crisis.FUTURE


def test_the_report_minutes_and_the_closing_rule(prepared, counselor, tmp_path):
    sid = prepared.student_ids[3]
    iid = incident(counselor, (sid,))
    assert crisis.record_step(counselor, iid, "reported", FOUND + timedelta(minutes=14), "李主任", now=NOW) == 14
    d = crisis.get_incident(counselor, iid)
    assert d.report_minutes == 14 and d.report_late is True and d.target_minutes == 10
    with pytest.raises(ValidationError) as e:
        crisis.close_incident(counselor, iid, "已处置", rev(counselor, iid))
    assert e.value.source == crisis.NOT_YET
    crisis.add_parent_call(counselor, iid, sid, FOUND + timedelta(minutes=5), "王老师", "phone", False, now=NOW)
    crisis.add_parent_call(counselor, iid, sid, FOUND + timedelta(minutes=12), "王老师", "phone", True, now=NOW)
    crisis.record_step(counselor, iid, "review", NOW, "李主任", "复盘：报告超时4分钟", now=NOW)
    d = crisis.get_incident(counselor, iid)
    parents = next(s for s in d.steps if s.step == "parents")
    assert parents.done_at == "2026-11-20T09:52" and len(d.calls) == 2 and d.may_close
    with pytest.raises(ValidationError):
        crisis.add_parent_call(counselor, iid, prepared.student_ids[9], NOW, "王老师", "phone", True, now=NOW)
    crisis.add_event(counselor, iid, FOUND + timedelta(minutes=30), "120到达，家长陪同送医", now=NOW)
    crisis.add_breach(counselor, iid, "学生家长、班主任", FOUND + timedelta(minutes=20), "学生有自伤行为，须告知以保护其安全",
                      now=NOW)
    crisis.close_incident(counselor, iid, "学生已送医，家长陪护；班级开展团体辅导", rev(counselor, iid))
    d = crisis.get_incident(counselor, iid)
    assert d.row.state == "closed" and not d.row.forced and d.events[0][2].startswith("120")
    assert d.breaches[0][1] == "学生家长、班主任"
    with pytest.raises(ValidationError):
        crisis.record_step(counselor, iid, "aftercare", NOW, "王老师", now=NOW)


def test_only_the_head_closes_an_incident_early(prepared, tmp_path):
    with login(prepared, tmp_path, Role.COUNSELOR) as s:
        iid = incident(s, (prepared.student_ids[4],))
        with pytest.raises(PermissionDenied):
            crisis.force_close_incident(s, iid, "家长拒绝配合，由学校领导小组决定结案", rev(s, iid))
    with login(prepared, tmp_path, Role.HEAD) as head:
        with pytest.raises(ValidationError):
            crisis.force_close_incident(head, iid, "", rev(head, iid))
        crisis.force_close_incident(head, iid, "家长拒绝配合，由学校领导小组决定结案", rev(head, iid))
        d = crisis.get_incident(head, iid)
        assert d.row.forced and d.close_note.startswith("家长拒绝")


def test_the_reports_leader_and_bureau(prepared, tmp_path):
    with login(prepared, tmp_path, Role.COUNSELOR) as counselor:
        iid = incident(counselor, (prepared.student_ids[5],))
        crisis.record_step(counselor, iid, "assessed", FOUND + timedelta(minutes=40), "李主任", "评估为高危，有自杀意念",
                           now=NOW)
        reader = PdfReader(BytesIO(documents.build_document(counselor, "crisis_report", id=iid)))
        text = "".join("".join(p.extract_text() for p in reader.pages).split())
        assert "自杀意念" in text and "卫生间" in text
        with pytest.raises(PermissionDenied):   # the bureau's version: the head's
            documents.build_document(counselor, "crisis_report_bureau", id=iid)
    with login(prepared, tmp_path, Role.HEAD) as head:
        reader = PdfReader(BytesIO(documents.build_document(head, "crisis_report_bureau", id=iid)))
        text = "".join("".join(p.extract_text() for p in reader.pages).split())
        assert "2026-001" in text or "2026-0" in text
        assert "自杀意念" not in text and "卫生间" not in text   # no clinical text for the bureau


def test_an_open_incident_without_its_review_is_overdue_after_the_office_days(prepared, counselor):
    iid = incident(counselor, (prepared.student_ids[6],))          # found 2026-11-20
    line = lambda day: next(i for i in crisis.open_incidents(counselor, today=day) if i.id == iid)   # noqa: E731
    assert not line(date(2026, 11, 27)).review_overdue and line(date(2026, 11, 28)).review_overdue
    crisis.record_step(counselor, iid, "review", NOW, "李主任", now=NOW)
    assert not line(date(2026, 12, 1)).review_overdue
