"""The year rollover's plan: grade naming styles, school types, clashes, cohorts, universities."""
from datetime import date

import pytest

from counselor_app.domain.rollover import (
    EARLY, EARLY_NO_DATES, early_warning, for_command_line,
    CLASH, EMPTY_ENTRY_GRADE, GRADE_NAME_TAKEN, GRADUATE, NO_CLASSES, NO_ENTRY_YEAR, NO_LEVEL, ON_LEAVE_IN_GRADUATING,
    PROMOTE, STAY, YEAR_EXISTS, ClassRow, GradeRow, plan_rollover,
)
from counselor_app.domain.rollover_names import (
    cohort_year, entry_year, graduated_class_name, next_class_name, next_grade_name,
)
from counselor_app.domain.roster_values import grade_level, parse_class
from counselor_app.domain.school import SchoolType


@pytest.mark.parametrize("name, expected", [
    ("一年级", "二年级"), ("五年级", "六年级"), ("六年级", "七年级"), ("七年级", "八年级"), ("八年级", "九年级"),
    ("九年级", "高一"), ("1年级", "2年级"), ("7年级", "8年级"), ("9年级", "高1"), ("十年级", "十一年级"),
    ("10年级", "11年级"), ("初一", "初二"), ("初二", "初三"), ("初三", "高一"), ("初1", "初2"), ("初一年级", "初二年级"),
    ("高一", "高二"), ("高二", "高三"), ("高1", "高2"), ("高一年级", "高二年级"), ("小学一年级", "小学二年级"),
    ("小学六年级", "初中一年级"), ("初中一年级", "初中二年级"), ("初中三年级", "高中一年级"), ("高中一年级", "高中二年级"),
    ("高中2年级", "高中3年级"),
])
def test_grade_names_keep_their_style(name, expected):
    level = grade_level(name)
    assert level and next_grade_name(name, level + 1) == expected
    assert grade_level(expected) == level + 1


def test_unknown_style_gets_the_register_name():
    assert next_grade_name("实验部", 8) == "八年级"
    assert next_grade_name("实验部", 11) == "高二"


@pytest.mark.parametrize("klass, level, expected", [
    ("七年级(3)班", 7, "八年级(3)班"), ("七年级（3）班", 7, "八年级（3）班"), ("初一3班", 7, "初二3班"),
    ("初一(3)班", 7, "初二(3)班"), ("七(3)班", 7, "八(3)班"), ("九(3)班", 9, "高一(3)班"), ("九年级(3)班", 9, "高一(3)班"),
    ("高中一年级2班", 10, "高中二年级2班"), ("高11班", 10, "高21班"), ("小学三年级1班", 3, "小学四年级1班"),
    ("7年级3班", 7, "8年级3班"), ("3班", 7, "3班"), ("实验班", 7, "实验班"), ("火箭班", 10, "火箭班"),
    ("2023级计算机1班", 10, "2023级计算机1班"),
    ("八年级(3)班", 7, "八年级(3)班"),   # speaks of another grade than its own: left to the office
])
def test_class_names_follow_their_grade(klass, level, expected):
    assert next_class_name(klass, level, level + 1) == expected


def test_renamed_classes_are_what_the_next_roster_import_finds():
    # next year's roster says 八年级 / 3班 or 八年级(3)班: the import's key must be the renamed class
    ref, _err = parse_class("3班", "八年级")
    assert ref.key == ("八年级", next_class_name("七年级(3)班", 7, 8))


def test_cohorts_and_entry_years():
    assert cohort_year("2024级") == (2024, "级") and cohort_year("2027届") == (2027, "届")
    assert cohort_year("七年级") is None
    assert entry_year("软件工程2301班", "计算机学院", 2027) == 2023
    assert entry_year("2022级会计1班", "经管学院", 2027) == 2022
    assert entry_year("1班", "2021级", 2027) == 2021
    assert entry_year("会计2026届1班", "", 2027) == -2026
    assert entry_year("实验班", "计算机学院", 2027) is None
    assert entry_year("软件工程9901班", "计算机学院", 2027) is None   # 1999 is not a plausible entry year


def k12(levels: dict[str, int], per_grade: int = 2, style=lambda g, n: f"{g}({n})班"):
    grades = [GradeRow(i, name, "grade", lv) for i, (name, lv) in enumerate(levels.items(), 1)]
    classes = [ClassRow(g.id * 10 + n, g.id, style(g.name, n), enrolled=40) for g in grades
               for n in range(1, per_grade + 1)]
    return grades, classes


def by_name(plan):
    return {(s.grade, s.name): s for s in plan.steps}


def test_middle_school_promotes_and_graduates_the_top_grade():
    grades, classes = k12({"七年级": 7, "八年级": 8, "九年级": 9})
    plan = plan_rollover(SchoolType.MIDDLE, grades, classes, 2027)
    steps = by_name(plan)
    assert plan.ok and plan.year == "2027-2028" and plan.year_start == date(2027, 9, 1)
    assert (steps["七年级", "七年级(1)班"].new_grade, steps["七年级", "七年级(1)班"].new_name) == ("八年级", "八年级(1)班")
    assert (steps["八年级", "八年级(2)班"].new_grade, steps["八年级", "八年级(2)班"].new_name) == ("九年级", "九年级(2)班")
    top = steps["九年级", "九年级(1)班"]
    assert (top.action, top.new_grade, top.new_name, top.optional) == (GRADUATE, "2027届", "2027届九年级(1)班", False)
    assert plan.new_grades == [] and plan.archive_grades == ["2027届"]
    assert plan.graduating_students == 80 and len(plan.promoted) == 4
    assert (EMPTY_ENTRY_GRADE, {"grade": "七年级"}) in plan.attention


@pytest.mark.parametrize("school_type, levels, top_name", [
    (SchoolType.PRIMARY, {f"{n}年级": i for i, n in enumerate("一二三四五六", 1)}, "六年级"),
    (SchoolType.NINE_YEAR, {f"{n}年级": i for i, n in enumerate("一二三四五六七八九", 1)}, "九年级"),
    (SchoolType.HIGH, {"高一": 10, "高二": 11, "高三": 12}, "高三"),
    (SchoolType.COMPLETE_MIDDLE, {"初一": 7, "初二": 8, "初三": 9, "高一": 10, "高二": 11, "高三": 12}, "高三"),
])
def test_top_grade_by_school_type(school_type, levels, top_name):
    grades, classes = k12(levels)
    plan = plan_rollover(school_type, grades, classes, 2027)
    assert plan.ok
    assert {s.grade for s in plan.graduating} == {top_name}
    assert all(s.action == PROMOTE for s in plan.steps if s.grade != top_name)


def test_missing_grade_is_created_in_the_style_of_the_school():
    grades, classes = k12({"初一": 7, "初三": 9}, style=lambda g, n: f"{g}{n}班")
    plan = plan_rollover(SchoolType.MIDDLE, grades, classes, 2027)
    assert plan.new_grades == [("初二", 8)]
    assert by_name(plan)["初一", "初一1班"].new_name == "初二1班"
    grades, classes = k12({"高中一年级": 10}, per_grade=1)
    plan = plan_rollover(SchoolType.HIGH, grades, classes, 2027)
    assert plan.new_grades == [("高中二年级", 11)]
    assert plan.steps[0].new_name == "高中二年级(1)班"


def test_existing_grade_of_the_level_is_used_whatever_its_name():
    grades, classes = k12({"七年级": 7, "初二": 8, "初三": 9})
    plan = plan_rollover(SchoolType.MIDDLE, grades, classes, 2027)
    assert plan.new_grades == [] and by_name(plan)["七年级", "七年级(1)班"].new_grade == "初二"


def test_archived_grade_of_the_level_is_taken_back():
    grades = [GradeRow(1, "七年级", "grade", 7), GradeRow(2, "八年级", "grade", 8, archived=True)]
    classes = [ClassRow(1, 1, "1班", enrolled=3)]
    plan = plan_rollover(SchoolType.MIDDLE, grades, classes, 2027)
    assert plan.unarchive_grades == [2] and plan.steps[0].new_grade == "八年级" and plan.ok


def test_leftover_class_in_the_target_grade_is_a_blocking_clash():
    grades, classes = k12({"七年级": 7, "八年级": 8, "九年级": 9}, per_grade=1, style=lambda g, n: f"{n}班")
    leftover = ClassRow(99, 3, "1班", archived=True)   # last year's 九年级 1班, archived where it was
    plan = plan_rollover(SchoolType.MIDDLE, grades, classes + [leftover], 2027)
    assert not plan.ok
    assert (CLASH, {"grade": "八年级", "klass": "1班", "new_grade": "九年级", "new_klass": "1班"}) in plan.problems
    assert plan.blocked == {21}   # the class that cannot move, shown in red in the dialog


def test_two_classes_landing_on_one_name_clash():
    grades = [GradeRow(1, "七年级", "grade", 7), GradeRow(2, "初一", "grade", 7), GradeRow(3, "八年级", "grade", 8)]
    classes = [ClassRow(1, 1, "3班"), ClassRow(2, 2, "3班"), ClassRow(3, 3, "1班")]
    plan = plan_rollover(SchoolType.MIDDLE, grades, classes, 2027)
    assert sum(1 for text, _p in plan.problems if text == CLASH) == 2


def test_new_grade_name_taken_by_another_level_is_blocking():
    grades = [GradeRow(1, "七年级", "grade", 7), GradeRow(2, "八年级", "grade", 0)]
    plan = plan_rollover(SchoolType.MIDDLE, grades, [ClassRow(1, 1, "1班")], 2027)
    assert (GRADE_NAME_TAKEN, {"name": "八年级", "grade": "七年级"}) in plan.problems


def test_graduates_of_earlier_years_do_not_block():
    # 九年级(1)班 of last year went to 2026届: this year's 九年级(1)班 graduates into 2027届 without a clash
    grades, classes = k12({"七年级": 7, "八年级": 8, "九年级": 9}, per_grade=1)
    grades.append(GradeRow(9, "2026届", "grade", 9, archived=True))
    classes.append(ClassRow(90, 9, "九年级(1)班", archived=True, other=40))
    plan = plan_rollover(SchoolType.MIDDLE, grades, classes, 2027)
    assert plan.ok and by_name(plan)["九年级", "九年级(1)班"].new_grade == "2027届"
    assert 90 not in {s.class_id for s in plan.steps}   # archived classes are left alone


def test_on_leave_students_move_with_the_class_and_are_flagged_when_it_graduates():
    grades = [GradeRow(1, "八年级", "grade", 8), GradeRow(2, "九年级", "grade", 9)]
    classes = [ClassRow(1, 1, "八年级(1)班", enrolled=30, on_leave=1), ClassRow(2, 2, "九年级(1)班", enrolled=30, on_leave=2)]
    plan = plan_rollover(SchoolType.MIDDLE, grades, classes, 2027)
    assert plan.graduating_students == 30
    assert (ON_LEAVE_IN_GRADUATING, {"grade": "九年级", "klass": "九年级(1)班", "count": 2}) in plan.attention
    assert not any(text == ON_LEAVE_IN_GRADUATING and params["grade"] == "八年级" for text, params in plan.attention)


def test_user_may_graduate_more_classes_but_not_keep_the_top_grade():
    grades, classes = k12({"初一": 7, "初二": 8, "初三": 9, "高一": 10, "高二": 11, "高三": 12}, per_grade=1)
    junior = next(c.id for c in classes if c.name.startswith("初三"))
    top = next(c.id for c in classes if c.name.startswith("高三"))
    plan = plan_rollover(SchoolType.COMPLETE_MIDDLE, grades, classes, 2027, graduate={junior})
    assert {s.class_id for s in plan.graduating} == {junior, top}
    assert plan.choices == frozenset({junior, top})


def test_grade_without_level_stays():
    grades = [GradeRow(1, "七年级", "grade", 7), GradeRow(2, "国际部", "grade", 0)]
    classes = [ClassRow(1, 1, "1班"), ClassRow(2, 2, "A班")]
    plan = plan_rollover(SchoolType.MIDDLE, grades, classes, 2027)
    assert by_name(plan)["国际部", "A班"].action == STAY
    assert (NO_LEVEL, {"grade": "国际部", "ids": "2"}) in plan.attention


def test_vocational_cohort_grades_keep_their_names():
    grades = [GradeRow(1, "2024级", "grade", 12), GradeRow(2, "2025级", "grade", 11), GradeRow(3, "2026级", "grade", 10)]
    classes = [ClassRow(1, 1, "2024级计算机应用1班", enrolled=40), ClassRow(2, 2, "2025级护理1班", enrolled=40),
               ClassRow(3, 3, "2026级会计事务1班", enrolled=40)]
    plan = plan_rollover(SchoolType.VOCATIONAL, grades, classes, 2027)
    steps = by_name(plan)
    assert plan.ok and plan.new_grades == []
    assert steps["2024级", "2024级计算机应用1班"].action == GRADUATE
    assert steps["2024级", "2024级计算机应用1班"].new_grade == "2024级"
    assert steps["2025级", "2025级护理1班"].new_grade == "2025级"
    assert plan.grade_levels == {2: 12, 3: 11}
    assert plan.archive_grades == ["2024级"]


def test_cohort_grade_without_level_graduates_after_the_program_length():
    grades = [GradeRow(1, "2024级", "grade", 0), GradeRow(2, "2025级", "grade", 0), GradeRow(3, "2027届", "grade", 0)]
    classes = [ClassRow(1, 1, "1班"), ClassRow(2, 2, "1班"), ClassRow(3, 3, "1班")]
    plan = plan_rollover(SchoolType.VOCATIONAL, grades, classes, 2027)
    assert {s.grade for s in plan.graduating} == {"2024级", "2027届"}
    assert sorted(plan.archive_grades) == ["2024级", "2027届"]
    longer = plan_rollover(SchoolType.VOCATIONAL, grades, classes, 2027, program_years=4)
    assert {s.grade for s in longer.graduating} == {"2027届"}


def test_university_graduates_by_entry_year_and_promotes_nothing():
    grades = [GradeRow(1, "计算机学院", "department", 0), GradeRow(2, "外国语学院", "department", 0)]
    classes = [ClassRow(1, 1, "软件工程2301班", enrolled=30), ClassRow(2, 1, "软件工程2401班", enrolled=30),
               ClassRow(3, 2, "2022级英语1班", enrolled=28, on_leave=1), ClassRow(4, 2, "英语实验班", enrolled=20)]
    plan = plan_rollover(SchoolType.UNIVERSITY, grades, classes, 2027)
    assert {s.class_id for s in plan.graduating} == {1, 3}
    assert not plan.promoted and plan.new_grades == [] and plan.archive_grades == []
    assert all(s.optional and s.new_grade == s.grade and s.new_name == s.name for s in plan.steps)
    assert (NO_ENTRY_YEAR, {"count": 1, "ids": "4"}) in plan.attention
    assert plan.graduating_students == 58
    chosen = plan_rollover(SchoolType.UNIVERSITY, grades, classes, 2027, graduate={4})
    assert {s.class_id for s in chosen.graduating} == {4}
    five = plan_rollover(SchoolType.UNIVERSITY, grades, classes, 2027, program_years=5)
    assert {s.class_id for s in five.graduating} == {3}


def test_year_exists_and_empty_register():
    plan = plan_rollover(SchoolType.MIDDLE, [], [], 2027, existing_years={"2027-2028"})
    assert plan.year_exists and (YEAR_EXISTS, {"year": "2027-2028"}) in plan.attention
    assert (NO_CLASSES, {}) in plan.problems


def test_junior_to_senior_and_grade_leaders_are_pointed_out():
    from counselor_app.domain.rollover import JUNIOR_TO_SENIOR, LEADERS_STAY

    grades = [GradeRow(1, "九年级", "grade", 9, has_leader=True), GradeRow(2, "高一", "grade", 10),
              GradeRow(3, "高三", "grade", 12, has_leader=True)]
    classes = [ClassRow(1, 1, "九年级(1)班"), ClassRow(2, 2, "高一(1)班"), ClassRow(3, 3, "高三(1)班")]
    plan = plan_rollover(SchoolType.COMPLETE_MIDDLE, grades, classes, 2027)
    assert (JUNIOR_TO_SENIOR, {"grade": "九年级", "new_grade": "高一", "ids": "1"}) in plan.attention
    assert (LEADERS_STAY, {"grades": "九年级"}) in plan.attention   # 高三 graduates: nobody to follow


@pytest.mark.parametrize("grade, klass, expected", [
    ("高三", "高三(1)班", "2027届高三(1)班"), ("九年级", "九年级(2)班", "2027届九年级(2)班"), ("初三", "初三3班", "2027届初三3班"),
    ("高三", "1班", "2027届高三1班"), ("高三", "实验班", "2027届高三实验班"), ("高中三年级", "高中三年级2班", "2027届高中三年级2班"),
    ("12年级", "12年级(1)班", "2027届12年级(1)班"), ("高三", "2024级计算机1班", "2024级计算机1班"),
])
def test_graduating_classes_are_named_with_their_cohort(grade, klass, expected):
    # 高三(1)班 archived in 2027届 as 高三(1)班 came back into this year's 高三(1)班 on the next import of an export
    # (the class cell's 高三 wins over the grade column), and export --class 高三(1)班 mixed both years
    name = graduated_class_name(klass, grade, "2027届")
    assert name == expected
    ref, error = parse_class(name, "2027届")
    assert error is None and (ref.grade, ref.name, ref.level) == ("2027届", name, 0)


def test_graduates_are_renamed_in_the_plan_and_two_grades_graduating_together_do_not_clash():
    grades = [GradeRow(1, "初三", "grade", 9), GradeRow(2, "高一", "grade", 10), GradeRow(3, "高二", "grade", 11),
              GradeRow(4, "高三", "grade", 12)]
    classes = [ClassRow(1, 1, "1班"), ClassRow(2, 2, "1班"), ClassRow(3, 3, "1班"), ClassRow(4, 4, "1班")]
    plan = plan_rollover(SchoolType.COMPLETE_MIDDLE, grades, classes, 2027, graduate={1})
    assert plan.ok   # 1班 of 初三 and of 高三 both go to 2027届: 2027届初三1班 and 2027届高三1班
    assert {(s.new_grade, s.new_name) for s in plan.graduating} == {("2027届", "2027届初三1班"), ("2027届", "2027届高三1班")}


def test_cohort_grades_and_universities_graduate_in_place_under_their_own_name():
    grades = [GradeRow(1, "2024级", "grade", 12), GradeRow(2, "2027届", "grade", 12)]
    classes = [ClassRow(1, 1, "2024级计算机应用1班"), ClassRow(2, 2, "1班")]
    plan = plan_rollover(SchoolType.VOCATIONAL, grades, classes, 2027)
    assert {(s.grade, s.new_grade, s.new_name) for s in plan.graduating} == {
        ("2024级", "2024级", "2024级计算机应用1班"), ("2027届", "2027届", "1班")}
    uni = plan_rollover(SchoolType.UNIVERSITY, [GradeRow(1, "计算机学院", "department", 0)],
                        [ClassRow(1, 1, "软件工程2301班")], 2027)
    assert [(s.new_grade, s.new_name) for s in uni.graduating] == [("计算机学院", "软件工程2301班")]


CALENDAR = [("2026-2027", date(2026, 9, 1), date(2027, 8, 31), date(2027, 7, 10))]


@pytest.mark.parametrize("today, calendar, expected", [
    (date(2026, 11, 28), CALENDAR, (EARLY, {"today": "2026-11-28", "year": "2026-2027", "end": "2027-07-10"})),
    (date(2027, 5, 28), CALENDAR, (EARLY, {"today": "2027-05-28", "year": "2026-2027", "end": "2027-07-10"})),
    (date(2027, 5, 29), CALENDAR, None),                       # six weeks before the last semester ends
    (date(2027, 7, 20), CALENDAR, None),
    (date(2027, 9, 20), CALENDAR, None),                       # late: already in the new year
    (date(2027, 6, 1), [("2026-2027", date(2026, 9, 1), date(2027, 8, 31), None)],
     (EARLY, {"today": "2027-06-01", "year": "2026-2027", "end": "2027-08-31"})),   # no semesters: the year's end
    (date(2027, 7, 21), [("2026-2027", date(2026, 9, 1), date(2027, 8, 31), None)], None),
    (date(2026, 11, 28), [], (EARLY_NO_DATES, {"today": "2026-11-28", "year": "2026-2027"})),
    (date(2027, 7, 1), [], None),                              # no calendar: July is summer
])
def test_a_rollover_well_before_the_end_of_the_school_year_is_warned_about(today, calendar, expected):
    assert early_warning(today, 2027, calendar) == expected


def test_command_line_notes_name_the_graduate_option_not_ticking():
    from counselor_app.domain.errors import fill

    grades = [GradeRow(1, "九年级", "grade", 9), GradeRow(2, "高一", "grade", 10), GradeRow(3, "国际部", "grade", 0)]
    classes = [ClassRow(5, 1, "九年级(1)班"), ClassRow(6, 1, "九年级(2)班"), ClassRow(7, 2, "高一(1)班"),
               ClassRow(8, 3, "A班")]
    plan = plan_rollover(SchoolType.COMPLETE_MIDDLE, grades, classes, 2027)
    gui = [fill(t, p, str) for t, p in plan.attention]
    cli = [fill(t, p, str) for t, p in map(for_command_line, plan.attention)]
    assert any("tick them" in n for n in gui)
    assert not any("tick" in n or "mark them" in n for n in cli)
    assert any("--graduate 5 6" in n for n in cli) and any("--graduate: 8" in n for n in cli)
    uni = plan_rollover(SchoolType.UNIVERSITY, [GradeRow(1, "外国语学院", "department", 0)],
                        [ClassRow(3, 1, "英语实验班"), ClassRow(4, 1, "英语实验2班")], 2027)
    note = fill(*for_command_line(next(n for n in uni.attention if n[0] == NO_ENTRY_YEAR)), str)
    assert "3 4" in note and "--graduate" in note and "tick" not in note


def test_four_digit_entry_years_in_class_names():
    from counselor_app.domain.rollover_names import entry_year

    assert entry_year("护理2026班", "医学院", 2027) == 2026        # not "entered 2020, class 26"
    assert entry_year("计算机应用2025班", "信息学院", 2027) == 2025
    assert entry_year("软件工程2301班", "计算机学院", 2027) == 2023
