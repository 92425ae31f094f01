"""Staff roster import: matching by staff number or name, class heads and grade leaders, all or nothing."""
import pytest
from openpyxl import Workbook

from counselor_app.domain.errors import PermissionDenied
from counselor_app.services import roster_import, staff_import
from counselor_app.store import audit, staff as staff_store

from tests.services.test_roster_import import GOOD, roster_file

STAFF_HEADER = ["工号", "姓名", "性别", "手机", "职务", "年级", "所带班级"]


def staff_file(tmp_path, rows, name="staff.xlsx", header=STAFF_HEADER):
    wb = Workbook()
    ws = wb.active
    ws.append(["教职工名单（2026学年）"])
    ws.merge_cells("A1:G1")
    ws.append(header)
    for r in rows:
        ws.append(r)
    path = tmp_path / name
    wb.save(path)
    return path


@pytest.fixture
def with_classes(session, tmp_path):
    """The register holds 七年级(1)班, 七年级(2)班 and 八年级(1)班 (from the student roster)."""
    roster_import.import_students(session, roster_import.preview_students(session, roster_file(tmp_path, GOOD)))
    return session


STAFF = [
    ["T001", "陈老师", "女", "13800000001", "班主任", "七年级", "1班"],
    ["T002", "刘老师", "男", "13800000002", "班主任、兼职心理教师", "", "七年级（2）班"],
    ["T003", "周老师", "女", "13800000003", "年级组长", "八年级", ""],
    ["T004", "吴老师", "女", "13800000004", "专职心理教师", "", ""],
]


def heads(session):
    return {name: head for name, head in session.conn.execute(
        "SELECT c.name, s.name FROM school_class c LEFT JOIN staff s ON s.id = c.head_teacher_staff_id")}


def test_import_links_classes_and_grades(with_classes, tmp_path):
    session = with_classes
    preview = staff_import.preview_staff(session, staff_file(tmp_path, STAFF))
    assert (preview.new, preview.updated, preview.unchanged, len(preview.rejected)) == (4, 0, 0, 0)
    assert not staff_store.all_staff(session.conn)  # a preview writes nothing
    result = staff_import.import_staff(session, preview)
    assert (result.new, result.updated, result.unchanged) == (4, 0, 0)
    assert heads(session) == {"七年级(1)班": "陈老师", "七年级(2)班": "刘老师", "八年级(1)班": None}
    staff = {s.name: s for s in staff_store.all_staff(session.conn).values()}
    assert staff["刘老师"].roles == ("counselor_part", "head_teacher")
    assert staff["吴老师"].staff_no == "T004" and staff["吴老师"].phone == "13800000004"
    leader = session.conn.execute("SELECT s.name FROM grade g JOIN staff s ON s.id = g.leader_staff_id "
                                  "WHERE g.name = '八年级'").fetchone()
    assert leader == ("周老师",)
    last = list(audit.iter_all(session.conn))[-1]
    assert (last.action, last.detail) == ("import.staff", "4/0/0/0")


def test_reimport_updates_by_staff_number_and_never_duplicates(with_classes, tmp_path):
    session = with_classes
    staff_import.import_staff(session, staff_import.preview_staff(session, staff_file(tmp_path, STAFF)))
    changed = [list(r) for r in STAFF]
    changed[0][3] = "13900000009"                # new phone
    changed[3][4] = "专职心理教师"                  # the same
    changed[2] = ["T003", "周老师", "女", "13800000003", "班主任", "八年级", "1班"]  # now heads 八年级(1)班
    preview = staff_import.preview_staff(session, staff_file(tmp_path, changed, "s2.xlsx"))
    assert (preview.new, preview.updated, preview.unchanged) == (0, 2, 2)
    staff_import.import_staff(session, preview)
    assert len(staff_store.all_staff(session.conn)) == 4
    assert heads(session)["八年级(1)班"] == "周老师"
    again = staff_import.preview_staff(session, staff_file(tmp_path, changed, "s3.xlsx"))
    assert (again.new, again.updated, again.unchanged) == (0, 0, 4)


def test_without_staff_numbers_people_are_matched_by_name(with_classes, tmp_path):
    session = with_classes
    header = ["姓名", "电话", "担任职务"]
    rows = [["陈老师", "13800000001", "班主任"], ["吴老师", "", "专职心理教师"]]
    staff_import.import_staff(session, staff_import.preview_staff(session, staff_file(tmp_path, rows, header=header)))
    rows[1][1] = "13800000004"
    preview = staff_import.preview_staff(session, staff_file(tmp_path, rows, "b.xlsx", header=header))
    assert (preview.new, preview.updated, preview.unchanged) == (0, 1, 1)


def test_unknown_class_and_same_class_twice_reject_rows_and_write_nothing(with_classes, tmp_path):
    session = with_classes
    rows = STAFF + [["T005", "郑老师", "男", "", "班主任", "九年级", "5班"],
                    ["T006", "孙老师", "男", "", "班主任", "七年级", "1班"]]
    preview = staff_import.preview_staff(session, staff_file(tmp_path, rows))
    rejected = {v.line: [t for t, _ in v.errors] for v in preview.rejected}
    assert set(rejected) == {3, 7, 8}  # 七年级(1)班 given twice (rows 3 and 8), 九年级(5)班 unknown (row 7)
    assert rejected[7] == [staff_import.UNKNOWN_CLASS]
    assert rejected[3] == [staff_import.CLASS_TWICE]
    before = list(audit.iter_all(session.conn))
    with pytest.raises(roster_import.ImportRefused):
        staff_import.import_staff(session, preview)
    assert not staff_store.all_staff(session.conn)
    assert len(list(audit.iter_all(session.conn))) == len(before)
    result = staff_import.import_staff(session, preview, skip_invalid=True)
    assert (result.new, len(result.rejected)) == (3, 3)


def test_ambiguous_class_and_name(with_classes, tmp_path):
    session = with_classes
    rows = [["", "陈老师", "", "", "班主任", "", "1班"]]  # 七年级(1)班 or 八年级(1)班?
    preview = staff_import.preview_staff(session, staff_file(tmp_path, rows))
    (text, params), = preview.rejected[0].errors
    assert "grade" in str(params["reason"])
    # a university class named without its department, present in two departments
    dept_a = session.conn.execute("INSERT INTO grade (name, kind) VALUES ('计算机学院', 'department')").lastrowid
    dept_b = session.conn.execute("INSERT INTO grade (name, kind) VALUES ('软件学院', 'department')").lastrowid
    for dept in (dept_a, dept_b):
        session.conn.execute("INSERT INTO school_class (grade_id, name) VALUES (?, '2301班')", (dept,))
    preview = staff_import.preview_staff(session, staff_file(tmp_path, [["", "林老师", "", "", "辅导员", "", "2301班"]],
                                                             "u.xlsx"))
    assert [t for t, _ in preview.rejected[0].errors] == [staff_import.AMBIGUOUS_CLASS]
    staff_store.insert(session.conn, {"name": "王芳"}, "2026-11-28T00:00:00")
    staff_store.insert(session.conn, {"name": "王芳"}, "2026-11-28T00:00:00")
    preview = staff_import.preview_staff(session, staff_file(tmp_path, [["", "王芳", "女", "", "", "", ""]], "b.xlsx"))
    assert [t for t, _ in preview.rejected[0].errors] == [staff_import.SAME_NAME]


def test_assistant_may_import_but_a_missing_permission_is_refused(session, tmp_path, monkeypatch):
    path = staff_file(tmp_path, STAFF[3:])
    monkeypatch.setattr(type(session), "can", lambda self, permission: False)
    with pytest.raises(PermissionDenied):
        staff_import.preview_staff(session, path)
    assert list(audit.iter_all(session.conn))[-1].action == "denied.edit_register"


def test_no_header_is_a_clear_error(session, tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(roster_import.ValidationError):
        staff_import.preview_staff(session, path)


def test_head_teacher_and_grade_leader_in_one_row_reimports_unchanged(with_classes, tmp_path):
    session = with_classes
    rows = [["T006", "曾强", "男", "13800000006", "班主任、年级组长", "八年级", "1班"]]
    first = staff_import.preview_staff(session, staff_file(tmp_path, rows))
    staff_import.import_staff(session, first)
    again = staff_import.preview_staff(session, staff_file(tmp_path, rows, "again.xlsx"))
    assert (again.new, again.updated, again.unchanged) == (0, 0, 1)
    leader = session.conn.execute("SELECT s.name FROM grade g JOIN staff s ON s.id = g.leader_staff_id "
                                  "WHERE g.name = '八年级'").fetchone()
    assert leader == ("曾强",) and heads(session)["八年级(1)班"] == "曾强"


def test_a_roster_of_the_other_kind_is_named_as_such(session, tmp_path):
    students = _students_csv = tmp_path / "students.csv"
    students.write_text("学号,姓名,班级\n1,张三,七年级1班\n", encoding="utf-8")
    with pytest.raises(roster_import.ValidationError) as caught:
        staff_import.preview_staff(session, students)
    assert caught.value.source == roster_import.LOOKS_LIKE_STUDENTS
    with pytest.raises(roster_import.ValidationError) as caught:
        roster_import.preview_students(session, staff_file(tmp_path, STAFF))
    assert caught.value.source == roster_import.LOOKS_LIKE_STAFF


def test_review_cases_same_name_number_added_later_and_repeated_rows(session, tmp_path):
    header = ["工号", "姓名", "手机", "职务"]
    # two different 王芳: the phones differ
    staff_import.import_staff(session, staff_import.preview_staff(
        session, staff_file(tmp_path, [["", "王芳", "13800000011", "班主任"]], header=header)))
    other = staff_import.preview_staff(session, staff_file(tmp_path, [["", "王芳", "13900000022", "班主任"]], "b.xlsx",
                                                           header=header))
    assert (other.new, other.updated) == (1, 0)
    # the roster gains a 工号 column: the same person, not a new one
    later = staff_import.preview_staff(session, staff_file(tmp_path, [["T9", "王芳", "13800000011", "班主任"]],
                                                           "c.xlsx", header=header))
    assert (later.new, later.updated) == (0, 1)
    # the same person twice in one file without numbers
    twice = staff_import.preview_staff(session, staff_file(
        tmp_path, [["", "李明", "13700000001", "班主任"], ["", "李明", "13700000001", "班主任"]], "d.xlsx",
        header=header))
    assert not twice.rejected and twice.new == 1   # one person, two identical rows
    clash = staff_import.preview_staff(session, staff_file(
        tmp_path, [["T7", "李明", "13700000001", "班主任"], ["T7", "李华", "13700000002", "班主任"]], "e.xlsx",
        header=header))
    assert [t for v in clash.rejected for t, _ in v.errors] == [staff_import.SAME_PERSON_TWICE] * 2


def test_grade_leadership_comes_from_the_rows_own_roles(with_classes, tmp_path):
    session = with_classes
    staff_import.import_staff(session, staff_import.preview_staff(session, staff_file(tmp_path, STAFF)))
    # 周老师 leads 八年级; a later row with an empty roles cell and 七年级 must not make her lead 七年级 too
    row = [["T003", "周老师", "女", "13800000003", "", "七年级", ""]]
    staff_import.import_staff(session, staff_import.preview_staff(session, staff_file(tmp_path, row, "z.xlsx")))
    led = session.conn.execute("SELECT g.name FROM grade g JOIN staff s ON s.id = g.leader_staff_id "
                               "WHERE s.name = '周老师'").fetchall()
    assert led == [("八年级",)]


def test_cancel_at_the_end_rolls_back(with_classes, tmp_path):
    from counselor_app.domain.errors import Cancelled
    from counselor_app.services.progress import Progress

    session = with_classes
    progress = Progress()
    progress.cancel()
    preview = staff_import.preview_staff(session, staff_file(tmp_path, STAFF))
    with pytest.raises(Cancelled):
        staff_import.import_staff(session, preview, progress=progress)
    assert not staff_store.all_staff(session.conn)



def test_an_instructor_with_one_row_per_class(with_classes, tmp_path):
    session = with_classes
    rows = [["T010", "林辅导员", "女", "13800000010", "辅导员", "七年级", "1班"],
            ["T010", "林辅导员", "女", "13800000010", "辅导员", "七年级", "2班"]]
    preview = staff_import.preview_staff(session, staff_file(tmp_path, rows))
    assert (preview.new, preview.updated, len(preview.rejected)) == (1, 0, 0)
    staff_import.import_staff(session, preview)
    assert heads(session) == {"七年级(1)班": "林辅导员", "七年级(2)班": "林辅导员", "八年级(1)班": None}
    assert len(staff_store.all_staff(session.conn)) == 1
    again = staff_import.preview_staff(session, staff_file(tmp_path, rows, "again.xlsx"))
    assert (again.new, again.updated, again.unchanged) == (0, 0, 1)


def test_a_head_teacher_who_moved_class_no_longer_heads_the_old_one(with_classes, tmp_path):
    session = with_classes
    staff_import.import_staff(session, staff_import.preview_staff(session, staff_file(tmp_path, STAFF[:1])))
    assert heads(session)["七年级(1)班"] == "陈老师"
    moved = [["T001", "陈老师", "女", "13800000001", "班主任", "八年级", "1班"]]
    preview = staff_import.preview_staff(session, staff_file(tmp_path, moved, "m.xlsx"))
    assert preview.updated == 1
    staff_import.import_staff(session, preview)
    assert heads(session) == {"七年级(1)班": None, "七年级(2)班": None, "八年级(1)班": "陈老师"}


def test_two_head_teachers_swapping_classes(with_classes, tmp_path):
    session = with_classes
    staff_import.import_staff(session, staff_import.preview_staff(session, staff_file(tmp_path, STAFF[:2])))
    swapped = [["T001", "陈老师", "女", "13800000001", "班主任", "七年级", "2班"],
               ["T002", "刘老师", "男", "13800000002", "班主任", "七年级", "1班"]]
    staff_import.import_staff(session, staff_import.preview_staff(session, staff_file(tmp_path, swapped, "s.xlsx")))
    assert heads(session)["七年级(1)班"] == "刘老师" and heads(session)["七年级(2)班"] == "陈老师"
