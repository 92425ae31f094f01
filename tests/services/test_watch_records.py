"""Plans (versioned, signed), measures, follow-ups and parent contacts (immutable, with addenda), the closed loop,
the profile section and the timeline."""
from datetime import date, timedelta

import pytest
from watch_helpers import TODAY, login, prepare, sample_entry

from counselor_app.domain.errors import ValidationError
from counselor_app.domain.roles import Role
from counselor_app.services import timeline, watch, watch_detail, watch_loop, watch_records as rec
from counselor_app.services.watch import ChangedMeanwhile
from counselor_app.store.database import DatabaseError, transaction


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    return prepare(tmp_path_factory.mktemp("watchrec") / "office")


@pytest.fixture
def counselor(prepared, tmp_path):
    with login(prepared, tmp_path, Role.COUNSELOR) as s:
        yield s


def plan(prepared, **kw) -> rec.PlanEdit:
    due = kw.pop("due", TODAY + timedelta(days=30))
    start = kw.pop("start", date(2026, 11, 3))
    return rec.PlanEdit(kw.pop("goal", "情绪稳定，恢复正常作息"), (
        rec.MeasureEdit("individual", "每周一次个体辅导，关注睡眠", start, prepared.counselor_staff,
                        frequency="每周一次", due_on=due),
        rec.MeasureEdit("family", "每两周与母亲通话一次", start, owner_other="家长", due_on=due),
    ), medication="家长告知：舍曲林，每日一次", notes="")


def test_plan_versions_are_whole_dated_and_signed(prepared, counselor):
    entry_id = watch.open_entry(counselor, sample_entry(prepared.student_ids[0]), today=TODAY)
    assert rec.save_plan(counselor, entry_id, plan(prepared), 0, today=TODAY) == 1
    with pytest.raises(ChangedMeanwhile):   # someone else's version 1 is there: a plan started from none is stale
        rec.save_plan(counselor, entry_id, plan(prepared, goal="另一位老师的目标"), 0, today=TODAY)
    assert rec.save_plan(counselor, entry_id, plan(prepared, goal="第二版目标"), 1, today=TODAY) == 2
    d = watch_detail.get_entry(counselor, entry_id, today=TODAY)
    assert d.plan.version == 2 and d.plan.goal == "第二版目标" and d.plan.signed
    assert [m.owner for m in d.plan.measures][1] == "家长"
    assert d.plan.medication.startswith("家长告知")
    first = watch_detail.get_plan_version(counselor, d.plan_versions[-1][0])
    assert first.version == 1 and first.goal == "情绪稳定，恢复正常作息" and first.signed
    with pytest.raises(DatabaseError):   # a version is kept as written
        with transaction(counselor.conn):
            counselor.conn.execute("UPDATE watch_plan SET written_on = '2020-01-01' WHERE id = ?", (first.id,))
    # a changed digest no longer matches the signature
    with transaction(counselor.conn):
        counselor.conn.execute("DROP TRIGGER watch_plan_fixed")
        counselor.conn.execute("UPDATE watch_plan SET digest = 'x' WHERE id = ?", (first.id,))
    assert not watch_detail.get_plan_version(counselor, first.id).signed


@pytest.mark.parametrize("bad, message", [
    (dict(goal=" "), rec.NO_GOAL),
    (dict(due=TODAY - timedelta(days=1)), rec.DUE_IN_PAST),
    (dict(due=date(2026, 11, 1)), rec.DUE_BEFORE_START),
])
def test_bad_plans_are_refused(prepared, counselor, bad, message):
    entry_id = watch.open_entry(counselor, sample_entry(prepared.student_ids[1]), today=TODAY)
    with pytest.raises(ValidationError) as e:
        rec.save_plan(counselor, entry_id, plan(prepared, **bad), 0, today=TODAY)
    assert e.value.source == message
    assert counselor.conn.execute("SELECT count(*) FROM watch_plan").fetchone()[0] == 0


def test_a_measure_past_its_due_date_makes_the_entry_overdue(prepared, counselor):
    entry_id = watch.open_entry(counselor, sample_entry(prepared.student_ids[2], opened_on=TODAY), today=TODAY)
    rec.save_plan(counselor, entry_id, plan(prepared, due=TODAY + timedelta(days=3), start=TODAY), 0, today=TODAY)
    later = TODAY + timedelta(days=4)
    row = next(r for r in watch.list_entries(counselor, today=later) if r.id == entry_id)
    assert row.overdue == ("measure",)
    d = watch_detail.get_entry(counselor, entry_id, today=later)
    for m in d.plan.measures:
        rec.set_measure_state(counselor, m.id, "done")
    assert next(r for r in watch.list_entries(counselor, today=later) if r.id == entry_id).overdue == ()


def test_follow_ups_move_the_review_date_and_re_rate(prepared, counselor):
    entry_id = watch.open_entry(counselor, sample_entry(prepared.student_ids[3]), today=TODAY)   # opened 11-02
    with pytest.raises(ValidationError) as e:
        rec.add_followup(counselor, entry_id, rec.FollowUpEdit(date(2026, 11, 1), "talk", "谈话"), today=TODAY)
    assert e.value.source == rec.BEFORE_OPENED
    with pytest.raises(ValidationError) as e:
        rec.add_followup(counselor, entry_id, rec.FollowUpEdit(TODAY + timedelta(days=1), "talk", "谈话"), today=TODAY)
    assert e.value.source == watch.FUTURE_DATE
    with pytest.raises(ValidationError) as e:   # orange: within 14 days
        rec.add_followup(counselor, entry_id, rec.FollowUpEdit(TODAY, "talk", "谈话", next_review=date(2026, 12, 31)),
                         today=TODAY)
    assert e.value.source == rec.REVIEW_TOO_LATE
    with pytest.raises(ValidationError) as e:
        rec.add_followup(counselor, entry_id, rec.FollowUpEdit(TODAY, "talk", "谈话", next_review=date(2026, 11, 19)),
                         today=TODAY)
    assert e.value.source == rec.REVIEW_BEFORE
    rec.add_followup(counselor, entry_id, rec.FollowUpEdit(TODAY, "talk", "情绪好转，睡眠改善"), today=TODAY)
    d = watch_detail.get_entry(counselor, entry_id, today=TODAY)
    assert d.entry.next_review == "2026-12-04" and "review" not in d.row.overdue
    fid = rec.add_followup(counselor, entry_id, rec.FollowUpEdit(TODAY, "home_visit", "家访发现自伤痕迹", rating="red"),
                           today=TODAY)
    d = watch_detail.get_entry(counselor, entry_id, today=TODAY)
    assert d.entry.level == "red" and d.entry.next_review == "2026-11-27"
    assert d.history[-1].kind == "level" and d.history[-1].reason == f"#followup {fid}"
    rec.add_followup_addendum(counselor, fid, "补充：痕迹为旧伤", today=TODAY)
    d = watch_detail.get_entry(counselor, entry_id, today=TODAY)
    original = next(f for f in d.followups if f.id == fid)
    assert original.seen == "家访发现自伤痕迹" and [a.seen for a in original.addenda] == ["补充：痕迹为旧伤"]
    with pytest.raises(DatabaseError):   # a follow-up is a fact
        with transaction(counselor.conn):
            counselor.conn.execute("DELETE FROM watch_followup WHERE id = ?", (fid,))


def test_parent_contacts(prepared, counselor):
    entry_id = watch.open_entry(counselor, sample_entry(prepared.student_ids[4]), today=TODAY)
    c = rec.ContactEdit(TODAY, "母亲", "phone", "reached", "告知学校观察到的情况，家长表示会配合",
                        family_support="母亲支持，父亲常年在外", agreements="周末带孩子就医",
                        next_contact_on=TODAY + timedelta(days=7))
    cid = rec.add_contact(counselor, entry_id, c, today=TODAY)
    d = watch_detail.get_entry(counselor, entry_id, today=TODAY)
    assert d.contacts[0].facts.startswith("告知") and d.contacts[0].agreements == "周末带孩子就医"
    assert d.entry.next_review == "2026-12-04"   # a conversation counts as a review
    for bad, message in ((dict(contact_person=""), rec.NO_PERSON), (dict(facts=""), rec.NO_FACTS),
                         (dict(way="pigeon"), rec.BAD_WAY),
                         (dict(next_contact_on=TODAY - timedelta(days=1)), rec.NEXT_CONTACT_PAST)):
        with pytest.raises(ValidationError) as e:
            rec.add_contact(counselor, entry_id, rec.ContactEdit(**{**c.__dict__, **bad}), today=TODAY)
        assert e.value.source == message
    rec.add_contact_addendum(counselor, cid, "更正：就医时间改为下周一", today=TODAY)
    d = watch_detail.get_entry(counselor, entry_id, today=TODAY)
    assert len(d.contacts) == 1 and d.contacts[0].addenda[0].facts == "更正：就医时间改为下周一"


def test_start_page_overview_is_the_users_own(prepared, counselor, tmp_path):
    mine = watch.open_entry(counselor, sample_entry(prepared.student_ids[5]), today=TODAY)
    others = watch.open_entry(counselor, sample_entry(
        prepared.student_ids[6], responsible=((prepared.other_counselor_staff, "counselor"),)), today=TODAY)
    overview = watch_loop.my_overdue(counselor, today=TODAY)
    assert [r.id for r in overview.overdue] == [mine] and not overview.everyone
    counselor.close()
    with login(prepared, tmp_path, Role.HEAD) as head:
        overview = watch_loop.my_overdue(head, today=TODAY)
        assert {r.id for r in overview.overdue} == {mine, others} and overview.everyone


def test_levels_are_the_offices_own(prepared, counselor, tmp_path):
    from counselor_app.domain.watch import Level

    entry_id = watch.open_entry(counselor, sample_entry(prepared.student_ids[7], level="yellow"), today=TODAY)
    counselor.close()
    with login(prepared, tmp_path, Role.HEAD) as head:
        now = watch_loop.levels(head)
        assert [lv.code for lv in now] == ["yellow", "orange", "red"]
        with pytest.raises(ValidationError):   # yellow is used by an open entry
            watch_loop.save_levels(head, now[1:])
        with pytest.raises(ValidationError):
            watch_loop.save_levels(head, [Level("yellow", "", "#e0b000", 1, 0, True), *now[1:]])
        watch_loop.save_levels(head, [Level("yellow", "一般", "#E0B000", 1, 21, True), now[1], now[2],
                                      Level("black", "极高危", "#000000", 4, 3, False)])
        got = watch_loop.levels(head)
        assert [(lv.code, lv.label, lv.review_days) for lv in got][0] == ("yellow", "一般", 21)
        assert got[-1].code == "black"
        watch.change_level(head, entry_id, "black", "升级", watch_detail.get_entry(head, entry_id).entry.revision,
                           today=TODAY)


def test_profile_section_and_timeline(prepared, counselor):
    sid = prepared.student_ids[8]
    entry_id = watch.open_entry(counselor, sample_entry(sid), today=TODAY)
    rec.add_followup(counselor, entry_id, rec.FollowUpEdit(TODAY, "talk", "谈话内容"), today=TODAY)
    summary = watch_detail.watch_section(counselor, sid, today=TODAY)
    assert [r.id for r in summary.entries] == [entry_id] and summary.may_edit
    page = timeline.student_timeline(counselor, sid, sources=["watch"])
    titles = [e.title for e in page.events]
    assert "Follow-up: talk" in titles and "Put on the watch list (close concern)" in titles
    assert all("谈话内容" not in (e.title + e.detail) for e in page.events)   # no clinical text in the timeline


def test_verify_finds_a_plan_changed_outside_the_application(prepared, counselor, tmp_path):
    from counselor_app.services.integrity import PLAN_UNSIGNED, verify_office
    from counselor_app.store import watch_records as store

    entry_id = watch.open_entry(counselor, sample_entry(prepared.student_ids[9]), today=TODAY)
    rec.save_plan(counselor, entry_id, plan(prepared), 0, today=TODAY)
    plan_id = counselor.conn.execute("SELECT id FROM watch_plan WHERE entry_id = ?", (entry_id,)).fetchone()[0]
    measure = counselor.conn.execute("SELECT id FROM watch_measure WHERE plan_id = ?", (plan_id,)).fetchone()[0]
    rec.set_measure_state(counselor, measure, "ongoing")   # a state change is not a change of the signed content
    counselor.close()
    with login(prepared, tmp_path, Role.HEAD) as head:
        report = verify_office(head)
        assert report.ok, report.problems
        with transaction(head.conn):   # someone with the keys rewrites a measure's text behind the app's back
            store.MEASURE_DESCRIPTION.write(head.conn, head.clinical, measure, "改写后的措施")
        report = verify_office(head)
        assert [p.source for p in report.problems] == [PLAN_UNSIGNED]
        assert not watch_detail.get_entry(head, entry_id, today=TODAY).plan.signed


def test_watch_texts_survive_a_clinical_key_rotation(prepared, counselor, tmp_path):
    from counselor_app.services import users
    from counselor_app.services.integrity import verify_office
    from counselor_app.store import sealed

    entry_id = watch.open_entry(counselor, sample_entry(prepared.student_ids[10]), today=TODAY)
    rec.save_plan(counselor, entry_id, plan(prepared), 0, today=TODAY)
    fid = rec.add_followup(counselor, entry_id, rec.FollowUpEdit(TODAY, "talk", "轮换前写下的随访"), today=TODAY)
    rec.add_followup_addendum(counselor, fid, "轮换前的补充", today=TODAY)
    rec.add_contact(counselor, entry_id, rec.ContactEdit(TODAY, "父亲", "phone", "reached", "轮换前的沟通"), today=TODAY)
    counselor.close()
    with login(prepared, tmp_path, Role.HEAD) as head:
        epoch = head.clinical.current
        users.deactivate_user(head, "counselor")   # the counselor leaves: the clinical key is replaced
    with login(prepared, tmp_path, Role.HEAD) as head:
        assert head.clinical.current != epoch
        d = watch_detail.get_entry(head, entry_id, today=TODAY)
        assert d.followups[0].seen == "轮换前写下的随访" and d.followups[0].addenda[0].seen == "轮换前的补充"
        assert d.contacts[0].facts == "轮换前的沟通" and d.plan.goal and d.plan.signed
        assert verify_office(head).ok
        tables = {c.table for c in sealed.registered(head.conn)}
        assert {"watch_entry", "watch_history", "watch_plan", "watch_measure", "watch_followup",
                "watch_contact"} <= tables
