"""Student roster import and export through the services: preview, all-or-nothing, updates, round trip."""
from datetime import date

import pytest
from openpyxl import Workbook, load_workbook

from counselor_app.domain.roles import Role
from counselor_app.services import roster_export, roster_import
from counselor_app.services.users import add_user
from counselor_app.store import audit, register

HEADER = ["学号", "姓名", "性别", "出生日期", "年级", "班级", "家长姓名", "联系电话", "宿舍", "是否住校"]


def roster_file(tmp_path, rows, name="r.xlsx", title=True):
    wb = Workbook()
    ws = wb.active
    if title:
        ws.append(["2026级七年级学生名单"])
        ws.merge_cells("A1:J1")
        ws.append([])
    ws.append(HEADER)
    for r in rows:
        ws.append(r)
    path = tmp_path / name
    wb.save(path)
    return path


GOOD = [
    ["2026070101", "张小明", "男", date(2013, 5, 12), "七年级", "1班", "张大明", "13900000001", "3号楼-215", "是"],
    ["2026070102", "李小红", "女", "2013/6/1", "七年级", "七年级（2）班", "李母", "139 0000 0002", "", "否"],
    ["2026080101", "王小刚", "男", 41406, "", "初二1班", "王父", "0551-6123456", "", "否"],
]


def test_preview_then_import_creates_classes_and_students(session, tmp_path):
    path = roster_file(tmp_path, GOOD)
    preview = roster_import.preview_students(session, path)
    assert preview.header_row == 2 and (preview.new, preview.updated, preview.unchanged) == (3, 0, 0)
    assert register.counts(session.conn)["student"] == 0  # a preview writes nothing
    result = roster_import.import_students(session, preview)
    assert (result.new, result.updated, result.unchanged, len(result.rejected)) == (3, 0, 0, 0)
    students = register.students_by_number(session.conn)
    assert students["2026080101"]["birth_date"] == "2013-05-12"
    classes = {name for name, in session.conn.execute("SELECT name FROM school_class")}
    assert classes == {"七年级(1)班", "七年级(2)班", "八年级(1)班"}
    last = list(audit.iter_all(session.conn))[-1]
    assert (last.action, last.detail) == ("import.students", "3/0/0/0")


def test_reimport_updates_by_student_number_and_never_duplicates(session, tmp_path):
    roster_import.import_students(session, roster_import.preview_students(session, roster_file(tmp_path, GOOD)))
    changed = [list(r) for r in GOOD]
    changed[0][6] = "张爸爸"  # new guardian name
    changed.append(["2026070103", "赵小兰", "女", "20130701", "七年级", "3班", "", "", "", "否"])
    preview = roster_import.preview_students(session, roster_file(tmp_path, changed, "r2.xlsx"))
    assert (preview.new, preview.updated, preview.unchanged) == (1, 1, 2)
    result = roster_import.import_students(session, preview)
    assert (result.new, result.updated, result.unchanged) == (1, 1, 2)
    assert register.counts(session.conn)["student"] == 4


def test_invalid_rows_refuse_everything_by_default(session, tmp_path):
    bad = GOOD + [["", "无学号", "男", "2013-02-30", "七年级", "1班", "", "", "", ""],
                  ["2026070101", "重复", "男", "2013-01-01", "七年级", "1班", "", "", "", ""]]
    preview = roster_import.preview_students(session, roster_file(tmp_path, bad))
    lines = sorted(v.line for v in preview.rejected)
    assert lines == [4, 7, 8]  # the first copy of the repeated number, the row without one, the repeat
    with pytest.raises(roster_import.ImportRefused):
        roster_import.import_students(session, preview)
    assert register.counts(session.conn)["student"] == 0
    result = roster_import.import_students(session, preview, skip_invalid=True)
    assert result.new == 2 and len(result.rejected) == 3


def test_assistant_may_import_counselor_permissions_checked(session, data_dir, tmp_path):
    from counselor_app.services.office import login

    add_user(session, "zhao", "赵助理", Role.ASSISTANT, "Another-Pass-77")
    session.close()
    with login(data_dir, "zhao", "Another-Pass-77") as s:
        preview = roster_import.preview_students(s, roster_file(tmp_path, GOOD))
        assert roster_import.import_students(s, preview).new == 3


def test_export_then_import_changes_nothing(session, tmp_path):
    roster_import.import_students(session, roster_import.preview_students(session, roster_file(tmp_path, GOOD)))
    out = tmp_path / "export.xlsx"
    assert roster_export.export_students(session, out) == 3
    ws = load_workbook(out).active
    assert ws["A1"].value == "Student number" and ws["A2"].value == "2026070101"
    preview = roster_import.preview_students(session, out)
    assert (preview.new, preview.updated, preview.unchanged, len(preview.rejected)) == (0, 0, 3, 0)
    assert list(audit.iter_all(session.conn))[-1].action == "export.students"


@pytest.mark.parametrize("university", [False, True])
def test_formula_like_names_round_trip_unchanged(session, tmp_path, university):
    """Names typed so in the register (= + - @) are exported as text Excel never runs, and read back unchanged."""
    import zipfile
    from dataclasses import replace

    from counselor_app.domain.school import SchoolType
    from counselor_app.store import office
    from counselor_app.store.database import transaction

    roster_import.import_students(session, roster_import.preview_students(session, roster_file(tmp_path, GOOD)))
    risky = {"2026070109": "=王五", "2026070110": "+1", "2026070111": "-李四", "2026070112": "@x",
             "2026070113": "=HYPERLINK(\"http://x\")"}
    class_id = session.conn.execute("SELECT id FROM school_class ORDER BY id").fetchone()[0]
    with transaction(session.conn):
        for no, name in risky.items():
            register.insert_student(session.conn, {"student_no": no, "name": name, "class_id": class_id,
                                                   "birth_date": "2013-05-12"}, audit.now_iso())
        if university:
            profile = replace(office.profile(session.conn), school_type=SchoolType.UNIVERSITY)
            office.update_profile(session.conn, profile)
    out = tmp_path / "e.xlsx"
    assert roster_export.export_students(session, out) == 8
    with zipfile.ZipFile(out) as z:
        assert "<f" not in z.read("xl/worksheets/sheet1.xml").decode().replace("<fill", "")
    ws = load_workbook(out).active
    assert ws["E1"].value == ("Department" if university else "Grade / department")
    names = {ws.cell(r, 1).value: ws.cell(r, 2) for r in range(2, ws.max_row + 1)}
    for no, name in risky.items():
        assert (names[no].value, names[no].data_type, names[no].quotePrefix) == (name, "s", True)
    preview = roster_import.preview_students(session, out)
    assert (preview.new, preview.updated, preview.unchanged, len(preview.rejected)) == (0, 0, 8, 0)
    assert {n: register.students_by_number(session.conn)[n]["name"] for n in risky} == risky


def _csv(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_partial_rosters_never_wipe_guardians(session, tmp_path):
    full = _csv(tmp_path, "full.csv", "学号,姓名,班级,父亲姓名,父亲电话,母亲姓名,母亲电话\n"
                                      "1,张三,七年级1班,张父,13900001111,张母,13900002222\n")
    roster_import.import_students(session, roster_import.preview_students(session, full))
    sid = register.student_id_by_number(session.conn, "1")
    assert register.guardians_by_student(session.conn)[sid] == [("张父", "父亲", "13900001111"),
                                                                ("张母", "母亲", "13900002222")]
    # a head teacher's phone list: number, name, one phone column
    phones = _csv(tmp_path, "phones.csv", "学籍号,姓名,班级,联系电话\n1,张三,七年级1班,13900003333\n")
    preview = roster_import.preview_students(session, phones)
    assert preview.updated == 1
    roster_import.import_students(session, preview)
    assert register.guardians_by_student(session.conn)[sid] == [("张父", "父亲", "13900003333"),
                                                                ("张母", "母亲", "13900002222")]
    # a one-guardian roster with the first guardian's name only: nothing else is lost
    one = _csv(tmp_path, "one.csv", "学号,姓名,班级,家长姓名,联系电话\n1,张三,七年级1班,张父,\n")
    assert roster_import.preview_students(session, one).unchanged == 1


def test_missing_required_column_is_a_clear_error_not_a_crash(session, tmp_path):
    path = _csv(tmp_path, "no_number.csv", "姓名,班级,性别\n张三,七年级1班,男\n")
    with pytest.raises(roster_import.ValidationError) as caught:
        roster_import.preview_students(session, path)
    assert "Student number" in str(caught.value)


def test_a_roster_behind_a_notes_sheet_is_found_and_a_wrong_sheet_names_the_others(session, tmp_path):
    wb = Workbook()
    wb.active.title = "填表说明"
    wb.active.append(["请勿修改表头"])
    ws = wb.create_sheet("八年级")
    ws.append(["学号", "姓名", "班级"])
    ws.append(["2025080101", "赵小兰", "八年级1班"])
    path = tmp_path / "two.xlsx"
    wb.save(path)
    preview = roster_import.preview_students(session, path)
    assert preview.sheet == "八年级" and preview.new == 1
    with pytest.raises(roster_import.ValidationError) as caught:
        roster_import.preview_students(session, path, "填表说明")
    assert "八年级" in str(caught.value)
    with pytest.raises(Exception) as caught:
        roster_import.preview_students(session, path, "九年级")
    assert "填表说明" in str(caught.value) and "八年级" in str(caught.value)


def test_classes_that_cannot_be_placed_are_rejected_not_created(session, tmp_path):
    from counselor_app.services import office

    assert office.school_profile(session).school_type.value in ("middle", "nine_year", "complete_middle")
    rows = ("学号,姓名,年级,班级\n"
            "1,甲,,火箭班\n"            # no grade at all
            "2,乙,,701班\n"             # a number only
            "3,丙,,十五年级(1)班\n"      # a made-up grade
            "4,丁,初一,3班\n"           # fine
            "5,戊,2024级,实验班\n")     # a cohort grade: fine
    if office.school_profile(session).school_type.value == "middle":
        rows += "6,己,,高一(3)班\n"     # a senior grade in a junior middle school
    path = _csv(tmp_path, "odd.csv", rows)
    preview = roster_import.preview_students(session, path)
    rejected = {v.line for v in preview.rejected}
    assert rejected == ({2, 3, 4} | ({7} if len(rows.splitlines()) == 7 else set()))
    assert preview.new == 2
    result = roster_import.import_students(session, preview, skip_invalid=True)
    assert result.new == 2
    grades = {g for g, in session.conn.execute("SELECT name FROM grade")}
    assert grades == {"七年级", "2024级"}


def test_signature_total_and_note_lines_are_skipped_not_rejected(session, tmp_path):
    rows = [["2026070101", "张小明", "男", date(2013, 5, 12), "七年级", "1班", "", "", "", ""],
            ["合计：1人"], [], ["制表人：张老师", "", "", "审核人：李主任"], ["备注：以上信息由班主任核对"]]
    preview = roster_import.preview_students(session, roster_file(tmp_path, rows))
    assert not preview.rejected and preview.new == 1
    assert [v.line for v in preview.notes] == [5, 7, 8]
    # a real row that merely fails is still rejected, even with a word like 说明 in a later cell
    bad = _csv(tmp_path, "bad.csv", "学号,姓名,班级,备注\n,张三,七年级1班,说明\n")
    assert [v.line for v in roster_import.preview_students(session, bad).rejected] == [2]


@pytest.mark.parametrize("birth", ["2035-05-17", "1900-01-01", "1899-12-31"])
def test_implausible_birth_dates_are_rejected(session, tmp_path, birth):
    path = _csv(tmp_path, "b.csv", f"学号,姓名,班级,出生日期\n1,张三,七年级1班,{birth}\n")
    (verdict,) = roster_import.preview_students(session, path).rejected
    assert "birth" in str(verdict.errors[0][1]["reason"]) or "year" in str(verdict.errors[0][1]["reason"])


def test_another_guardian_in_a_slot_replaces_the_whole_slot(session, tmp_path):
    first = _csv(tmp_path, "a.csv", "学号,姓名,班级,家长姓名,关系,联系电话\n1,张三,七年级1班,张大明,父亲,13900000001\n")
    roster_import.import_students(session, roster_import.preview_students(session, first))
    second = _csv(tmp_path, "b.csv", "学号,姓名,班级,家长姓名\n1,张三,七年级1班,刘芳\n")
    roster_import.import_students(session, roster_import.preview_students(session, second))
    sid = register.student_id_by_number(session.conn, "1")
    assert register.guardians_by_student(session.conn)[sid] == [("刘芳", "", "")]   # not 张大明's phone


def test_enrolled_students_are_not_put_into_an_archived_class(session, tmp_path):
    from counselor_app.services import structure

    class_id = structure.add_class(session, "七年级", "1班")
    structure.set_archived(session, class_id, True)
    path = _csv(tmp_path, "a.csv", "学号,姓名,班级,学籍状态\n1,张三,七年级1班,在读\n2,李四,七年级1班,毕业\n")
    preview = roster_import.preview_students(session, path)
    assert [v.line for v in preview.rejected] == [2] and preview.new == 1


def test_preview_names_the_grades_and_classes_it_creates(session, tmp_path):
    roster_import.import_students(session, roster_import.preview_students(session, roster_file(tmp_path, GOOD[:1])))
    rows = [GOOD[0],
            ["2026070109", "陈浩", "男", "2013-09-01", "七年级", "9班", "", "", "", ""],
            ["2026070110", "刘洋", "男", "2013-11-20", "七年级", "(9)班", "", "", "", ""],
            ["2026080103", "孙悦", "女", "2012-04-02", "八年级", "3班", "", "", "", ""],
            ["2026080104", "周末", "女", "2012-13-02", "八年级", "4班", "", "", "", ""]]   # rejected: not created
    preview = roster_import.preview_students(session, roster_file(tmp_path, rows, "more.xlsx"))
    assert preview.new_grades == ["八年级"] and not preview.university
    assert preview.new_classes == [("七年级", "七年级(9)班"), ("八年级", "八年级(3)班")]
    assert register.counts(session.conn)["school_class"] == 1   # the preview creates nothing
    result = roster_import.import_students(session, preview, skip_invalid=True)
    assert (result.new_grades, result.new_classes) == (("八年级",), (("七年级", "七年级(9)班"), ("八年级", "八年级(3)班")))
    assert register.counts(session.conn)["school_class"] == 3
    again = roster_import.preview_students(session, roster_file(tmp_path, rows[:4], "again.xlsx"))
    assert (again.new_grades, again.new_classes) == ([], [])


CORRECTED = ["2026070199", "李小红", "女", "2013-06-01", "七年级", "2班", "", "13900000009", "", ""]


def _registered(session, tmp_path):
    roster_import.import_students(session, roster_import.preview_students(session, roster_file(tmp_path, GOOD)))
    return register.student_id_by_number(session.conn, "2026070102")


def test_a_corrected_number_is_flagged_and_nothing_is_imported_before_a_choice(session, tmp_path):
    sid = _registered(session, tmp_path)
    preview = roster_import.preview_students(session, roster_file(tmp_path, [GOOD[0], CORRECTED], "fix.xlsx"))
    (same,) = preview.likely_same.values()
    assert (same.line, same.student_id, same.student_nos, same.can_renumber) == (5, sid, ("2026070102",), True)
    assert same.message[1] == {"student_no": "2026070102"}
    # not counted as new: it waits for the user's choice
    assert (preview.new, preview.updated, preview.unchanged, preview.undecided) == (0, 0, 1, [5])
    with pytest.raises(roster_import.ValidationError) as caught:
        roster_import.import_students(session, preview)
    assert "1 row(s) look like students already in the register" in str(caught.value)
    assert register.counts(session.conn)["student"] == 3 and register.student_id_by_number(session.conn, "2026070199") is None
    assert preview.choose("skip") == [] and (preview.new, preview.skipped) == (0, 1)
    assert preview.choose("new", [5]) == [] and (preview.new, preview.skipped) == (1, 0)
    assert preview.choose(None) == [] and preview.undecided == [5]


def test_the_corrected_number_keeps_the_same_record_and_is_audited(session, tmp_path):
    sid = _registered(session, tmp_path)
    history = register.status_history(session.conn, sid)
    preview = roster_import.preview_students(session, roster_file(tmp_path, [GOOD[0], CORRECTED], "fix.xlsx"))
    preview.choose("renumber")
    assert (preview.new, preview.updated, preview.unchanged) == (0, 1, 1)
    result = roster_import.import_students(session, preview)
    assert (result.new, result.updated, result.unchanged, result.renumbered, result.skipped) == (0, 1, 1, 1, 0)
    assert register.student_id_by_number(session.conn, "2026070199") == sid
    assert register.student_id_by_number(session.conn, "2026070102") is None
    assert register.counts(session.conn)["student"] == 3
    assert register.status_history(session.conn, sid) == history   # everything attached to the student stays
    assert register.guardians_by_student(session.conn)[sid] == [("李母", "", "13900000009")]
    entries = list(audit.iter_all(session.conn))
    edit = next(e for e in entries if e.action == "student.edit")
    assert (str(edit.target_id), edit.detail) == (str(sid), "student_no,guardians")
    assert not any("2026070199" in (e.detail or "") or "2026070102" in (e.detail or "") for e in entries)
    assert entries[-1].action == "import.students"


@pytest.mark.parametrize("choice,students,new", [("new", 4, 1), ("skip", 3, 0)])
def test_a_likely_same_row_imported_as_new_or_skipped(session, tmp_path, choice, students, new):
    _registered(session, tmp_path)
    preview = roster_import.preview_students(session, roster_file(tmp_path, [CORRECTED], "fix.xlsx"))
    preview.choose(choice)
    result = roster_import.import_students(session, preview)
    assert (result.new, result.skipped, register.counts(session.conn)["student"]) == (new, 1 - new, students)


def test_only_the_same_name_birth_date_and_class_is_likely_the_same(session, tmp_path):
    _registered(session, tmp_path)
    other_class = ["2026070199", "李小红", "女", "2013-06-01", "七年级", "3班", "", "", "", ""]
    other_birth = ["2026070198", "李小红", "女", "2013-06-02", "七年级", "2班", "", "", "", ""]
    no_birth = ["2026070197", "李小红", "女", "", "七年级", "2班", "", "", "", ""]
    preview = roster_import.preview_students(session, roster_file(tmp_path, [other_class, other_birth, no_birth]))
    assert preview.likely_same == {} and preview.new == 3 and not preview.undecided
    assert roster_import.import_students(session, preview).new == 3


def test_a_renumbering_that_is_not_clear_is_not_offered(session, tmp_path):
    from counselor_app.domain import roster

    _registered(session, tmp_path)
    old_row = list(GOOD[1])   # the register's number is in the file too: the other row is not a corrected number
    preview = roster_import.preview_students(session, roster_file(tmp_path, [old_row, CORRECTED], "both.xlsx"))
    (same,) = preview.likely_same.values()
    assert not same.can_renumber and same.message[0] == roster.LIKELY_SAME_IN_FILE
    assert preview.choose("renumber") == [same.line] and preview.undecided == [same.line]
    twice = ["2026070198", *CORRECTED[1:]]   # two new numbers for one student: which one is right is not clear
    preview = roster_import.preview_students(session, roster_file(tmp_path, [CORRECTED, twice], "twice.xlsx"))
    assert [s.can_renumber for s in preview.likely_same.values()] == [False, False]
    assert preview.likely_same[4].message == (roster.LIKELY_SAME_SHARED, {"student_no": "2026070102", "lines": "5"})


def test_a_register_changed_since_the_preview_refuses_the_renumbering(session, tmp_path):
    sid = _registered(session, tmp_path)
    preview = roster_import.preview_students(session, roster_file(tmp_path, [GOOD[0], CORRECTED], "fix.xlsx"))
    preview.choose("renumber")
    from counselor_app.store.database import transaction
    with transaction(session.conn):
        register.set_student_number(session.conn, sid, "2026070177")   # changed by someone else meanwhile
    with pytest.raises(roster_import.ValidationError) as caught:
        roster_import.import_students(session, preview)
    assert "changed since the check" in str(caught.value)
    assert register.student_id_by_number(session.conn, "2026070199") is None
    assert [e.action for e in audit.iter_all(session.conn)].count("import.students") == 1   # the first one only
