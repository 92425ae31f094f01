"""The year rollover on a demo office: preview, apply in one transaction, backup first, refusals."""
from datetime import date, timedelta

import pytest

from counselor_app.domain import rollover as plan_rules
from counselor_app.domain.calendar import school_year_for
from counselor_app.domain.errors import PermissionDenied, ValidationError
from counselor_app.domain.school import SchoolType
from counselor_app.services import rollover
from counselor_app.services.demo import create_demo_office
from counselor_app.services.office import login
from counselor_app.store import audit, backups, register
from counselor_app.store import rollover as rollover_store

TODAY = date.today()
NEXT = int(school_year_for(TODAY)[0][:4]) + 1          # the rollover goes into the school year starting then
YEAR, CLASS_OF = f"{NEXT}-{NEXT + 1}", f"{NEXT}届"


@pytest.fixture
def demo(data_dir):
    made = create_demo_office(data_dir, students=300, seed=3, today=TODAY)
    yield made
    made.office.session.close()


def snapshot(conn):
    return (conn.execute("SELECT id, grade_id, name, archived FROM school_class ORDER BY id").fetchall(),
            conn.execute("SELECT id, name, level, archived FROM grade ORDER BY id").fetchall(),
            conn.execute("SELECT id, class_id, status FROM student ORDER BY id").fetchall(),
            conn.execute("SELECT count(*) FROM student_status_history").fetchone(),
            conn.execute("SELECT name FROM school_year ORDER BY name").fetchall())


def test_rollover_on_the_demo_office(demo):
    session = demo.office.session
    conn = session.conn
    before = {r[0]: r for r in register.student_list(conn)}
    plan = rollover.preview_rollover(session, today=TODAY)
    assert plan.ok and plan.year == YEAR and plan.graduation_grade == CLASS_OF
    on_leave = next(sid for sid, *_rest in before.values() if before[sid][5] == "高三")
    conn.execute("UPDATE student SET status = 'on_leave' WHERE id = ?", (on_leave,))
    plan = rollover.preview_rollover(session, today=TODAY)  # the register changed: preview again
    assert plan.attention
    result = rollover.apply_rollover(session, plan, today=TODAY)
    assert result.year == YEAR and result.year_created and result.grades_created == 0
    assert result.promoted == len(plan.promoted) and result.graduated_classes == len(plan.graduating)
    after = {r[0]: r for r in register.student_list(conn)}
    graduated = [sid for sid, r in before.items() if r[5] == "高三" and sid != on_leave]
    assert result.graduated_students == len(graduated)
    for sid, r in before.items():
        new = after[sid]
        if r[5] == "七年级":
            assert new[5] == "八年级" and new[6] == r[6].replace("七年级", "八年级") and new[7] == "enrolled"
        elif r[5] == "九年级":
            assert new[5] == "高一" and new[6] == r[6].replace("九年级", "高一")
        elif r[5] == "高三":
            assert new[5] == CLASS_OF and new[6] == CLASS_OF + r[6]   # 2027届高三(1)班
            assert new[7] == ("on_leave" if sid == on_leave else "graduated")
    history = register.status_history(conn, graduated[0])
    assert history[0][0] == "enrolled" and history[-1][0] == "graduated" and history[-1][2] == "rollover"
    grades = {n: (lv, a) for _i, n, _k, lv, a, _led in rollover_store.grades(conn)}
    assert grades[CLASS_OF][1] == 1 and grades["七年级"] == (7, 0)
    assert register.class_choices(conn) and all(g != CLASS_OF for _c, g, _n in register.class_choices(conn))
    assert YEAR in rollover_store.school_year_names(conn)
    # one audit row with counts only, and the backup before it
    rows = [r for r in audit.iter_all(conn) if r.action == "register.rollover"]
    assert len(rows) == 1 and rows[0].target_id == YEAR
    assert rows[0].detail == f"{result.promoted}/{result.graduated_classes}/{result.graduated_students}/0"
    info = backups.read_manifest(result.backup)
    assert info.kind == "prerollover" and result.backup.name.startswith("prerollover-")


def test_second_rollover_is_refused(demo):
    session = demo.office.session
    rollover.apply_rollover(session, rollover.preview_rollover(session, today=TODAY), today=TODAY)
    again = rollover.preview_rollover(session, year=YEAR, today=TODAY)
    assert again.problems[0][0] == rollover.ALREADY_ROLLED
    with pytest.raises(ValidationError):
        rollover.apply_rollover(session, again, today=TODAY)
    following = rollover.preview_rollover(session, today=TODAY)
    assert following.year == f"{NEXT + 1}-{NEXT + 2}" and not following.ok
    later = rollover.preview_rollover(session, today=date(NEXT + 1, 7, 10))
    assert later.ok   # a year on, the next rollover is due


def test_failure_mid_apply_changes_nothing(demo, monkeypatch):
    session = demo.office.session
    conn = session.conn
    plan = rollover.preview_rollover(session, today=TODAY)
    before = snapshot(conn)

    def broken(*args, **kwargs):
        raise OSError("disk gone")   # after classes were moved, before the students graduate

    monkeypatch.setattr(rollover_store, "graduate_students", broken)
    with pytest.raises(OSError):
        rollover.apply_rollover(session, plan, today=TODAY)
    assert snapshot(conn) == before
    failed = [r for r in audit.iter_all(conn) if r.action == "register.rollover"]
    assert [r.outcome for r in failed] == ["failed"]
    monkeypatch.undo()
    assert rollover.preview_rollover(session, today=TODAY).ok   # a failed attempt does not count


def test_cancel_during_apply_changes_nothing(demo):
    from counselor_app.domain.errors import Cancelled
    from counselor_app.services.progress import Progress

    session = demo.office.session
    plan = rollover.preview_rollover(session, today=TODAY)
    before = snapshot(session.conn)
    progress = Progress()

    def report(done, total):
        if done > 3:
            progress.cancel()

    progress._report = report
    with pytest.raises(Cancelled):
        rollover.apply_rollover(session, plan, progress=progress, today=TODAY)
    assert snapshot(session.conn) == before


def test_changed_register_after_preview_is_refused(demo):
    session = demo.office.session
    plan = rollover.preview_rollover(session, today=TODAY)
    register.insert_class(session.conn, 1, "七年级(99)班", None, 99)
    with pytest.raises(ValidationError) as err:
        rollover.apply_rollover(session, plan, today=TODAY)
    assert err.value.source == rollover.CHANGED


def test_clash_blocks_apply(demo):
    session = demo.office.session
    conn = session.conn
    ids = {n: i for i, n, *_r in rollover_store.grades(conn)}
    conn.execute("UPDATE school_class SET name = '实验班' WHERE name = '八年级(1)班'")
    leftover = register.insert_class(conn, ids["九年级"], "实验班", None, 0)   # last year's, archived where it was
    conn.execute("UPDATE school_class SET archived = 1 WHERE id = ?", (leftover,))
    plan = rollover.preview_rollover(session, today=TODAY)
    assert not plan.ok
    text, params = plan.problems[0]
    assert params == {"grade": "八年级", "klass": "实验班", "new_grade": "九年级", "new_klass": "实验班"}
    before = snapshot(conn)
    with pytest.raises(ValidationError):
        rollover.apply_rollover(session, plan, today=TODAY)
    assert snapshot(conn) == before


def test_university_demo_graduates_the_chosen_classes(data_dir):
    demo = create_demo_office(data_dir, students=400, seed=2, school_type=SchoolType.UNIVERSITY, today=TODAY)
    session = demo.office.session
    try:
        plan = rollover.preview_rollover(session, today=TODAY)
        assert plan.ok and plan.graduating and not plan.promoted
        assert all(f"{(NEXT - 4) % 100:02d}" in s.name for s in plan.graduating)   # entered four years before
        one = plan.graduating[0].class_id
        chosen = rollover.preview_rollover(session, graduate={one}, today=TODAY)
        result = rollover.apply_rollover(session, chosen, today=TODAY)
        assert result.graduated_classes == 1 and result.promoted == 0
        statuses = session.conn.execute("SELECT DISTINCT status FROM student WHERE class_id = ?", (one,)).fetchall()
        assert statuses == [("graduated",)]
    finally:
        session.close()


def test_assistant_may_preview_but_not_apply(demo, data_dir):
    demo.office.session.close()
    with login(data_dir, "assistant", demo.password) as session:
        plan = rollover.preview_rollover(session, today=TODAY)
        with pytest.raises(PermissionDenied):
            rollover.apply_rollover(session, plan, today=TODAY)
        denied = [r for r in audit.iter_all(session.conn) if r.outcome == "denied"]
        assert denied and denied[-1].action == "denied.backup" and denied[-1].target_id == YEAR
        assert not any(r.action == "register.rollover" for r in audit.iter_all(session.conn))


def test_bad_year_is_refused(demo):
    with pytest.raises(ValidationError):
        rollover.preview_rollover(demo.office.session, year="next year", today=TODAY)


def test_restoring_the_backup_undoes_the_rollover(demo, data_dir):
    from counselor_app.services.restore import restore_backup

    session = demo.office.session
    before = snapshot(session.conn)
    result = rollover.apply_rollover(session, rollover.preview_rollover(session, today=TODAY), today=TODAY)
    assert snapshot(session.conn) != before
    session.close()
    restore_backup(data_dir, result.backup, "demo", demo.password)
    with login(data_dir, "demo", demo.password) as again:
        assert snapshot(again.conn) == before
        assert rollover.preview_rollover(again, today=TODAY).ok   # and the rollover can be done again


@pytest.mark.parametrize("school_type", [SchoolType.COMPLETE_MIDDLE, SchoolType.VOCATIONAL, SchoolType.UNIVERSITY])
def test_the_export_after_a_rollover_imports_unchanged(data_dir, tmp_path, school_type):
    """The office's own export, imported again after the rollover, changes nothing: graduates stay in their archived
    class (高三(1)班 in 2027届 used to come back into this year's 高三(1)班), and export --class 高三(1)班 is this
    year's class only. Cohort grades (vocational 2024级) and universities archive in place: the same holds."""
    from counselor_app.services import roster_export, roster_import

    demo = create_demo_office(data_dir, students=300, seed=3, school_type=school_type, today=TODAY)
    session = demo.office.session
    try:
        plan = rollover.preview_rollover(session, today=TODAY)
        assert plan.graduating
        rollover.apply_rollover(session, plan, today=TODAY)
        out = tmp_path / "export.xlsx"
        count = roster_export.export_students(session, out)
        preview = roster_import.preview_students(session, out)
        assert (preview.new, preview.updated, preview.unchanged, len(preview.rejected)) == (0, 0, count, 0)
        if school_type == SchoolType.COMPLETE_MIDDLE:
            rows = register.students_for_export(session.conn, None, "高三(1)班")
            assert rows and {(r[4], r[8]) for r in rows} == {("高三", "enrolled")}
            graduates = register.students_for_export(session.conn, CLASS_OF, f"{CLASS_OF}高三(1)班")
            assert graduates and {r[8] for r in graduates} == {"graduated"}
    finally:
        session.close()


def test_a_rollover_in_the_middle_of_the_school_year_is_warned_about_not_refused(demo):
    session = demo.office.session
    conn = session.conn
    conn.execute("DELETE FROM class_membership")   # (kept in the demo's school year)
    conn.execute("DELETE FROM school_year")   # the demo's calendar is today's; set the year being left here
    from counselor_app.store import calendar as calendar_store

    year_id = calendar_store.insert_year(conn, f"{NEXT - 1}-{NEXT}", f"{NEXT - 1}-09-01", f"{NEXT}-08-31")
    calendar_store.set_semesters(conn, year_id, [(1, f"{NEXT - 1}-09-01", f"{NEXT}-01-20"),
                                                 (2, f"{NEXT}-02-20", f"{NEXT}-07-03")])
    early = rollover.preview_rollover(session, today=date(NEXT - 1, 11, 28))
    assert early.ok and early.warnings == [(plan_rules.EARLY, {"today": f"{NEXT - 1}-11-28", "year": f"{NEXT - 1}-{NEXT}",
                                                               "end": f"{NEXT}-07-03"})]
    assert not rollover.preview_rollover(session, today=date(NEXT, 6, 1)).warnings   # in the last weeks: fine
    conn.execute("DELETE FROM school_year")
    bare = rollover.preview_rollover(session, today=date(NEXT, 3, 1))
    assert bare.warnings == [(plan_rules.EARLY_NO_DATES, {"today": f"{NEXT}-03-01", "year": f"{NEXT - 1}-{NEXT}"})]
    assert not rollover.preview_rollover(session, today=date(NEXT, 7, 1)).warnings
    rollover.apply_rollover(session, early, today=date(NEXT - 1, 11, 28))   # a warning does not stop it


def test_a_department_class_without_its_cohort_in_the_name_gets_one(data_dir):
    from counselor_app.services import structure

    demo = create_demo_office(data_dir, students=100, seed=2, school_type=SchoolType.UNIVERSITY, today=TODAY)
    session = demo.office.session
    try:
        plain = structure.add_class(session, "计算机学院", "1班")
        plan = rollover.preview_rollover(session, graduate={plain}, today=TODAY)
        step = next(s for s in plan.steps if s.class_id == plain)
        assert step.new_name == f"{plan.graduation_grade}1班"   # next year's 1班 is a new class
        named = [s for s in plan.steps if s.class_id != plain and s.action == "graduate"]
        assert all(s.new_name == s.name for s in named)          # 软件工程2201班 shows its cohort already
    finally:
        session.close()


def test_a_school_year_the_office_entered_is_kept_not_doubled(demo):
    from counselor_app.services import school_calendar

    session = demo.office.session
    plan = rollover.preview_rollover(session, today=TODAY)
    start = plan.year_start + timedelta(days=2)     # the office's own dates and name
    school_calendar.save_school_year(session, school_calendar.YearEdit(
        f"{plan.year}学年", start, plan.year_end - timedelta(days=40),
        ((start, start + timedelta(days=140)), (start + timedelta(days=170), plan.year_end - timedelta(days=45)))))
    again = rollover.preview_rollover(session, today=TODAY)
    assert again.year_exists


def test_default_year_for_an_office_set_up_in_late_august(demo, monkeypatch):
    from counselor_app.store import rollover as rollover_store

    session = demo.office.session
    monkeypatch.setattr(rollover_store, "office_created_at", lambda conn: "2026-08-25T08:00:00+00:00")
    monkeypatch.setattr(rollover_store, "rollovers", lambda conn: [])
    assert rollover._default_start_year(session, date(2027, 7, 15)) == 2027   # not 2026 again
    assert rollover._default_start_year(session, date(2026, 11, 28)) == 2027
    assert rollover._default_start_year(session, date(2026, 9, 10)) == 2026
