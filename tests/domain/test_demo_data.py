"""The synthetic demo school: deterministic, consistent, plausible."""
from __future__ import annotations

import re
from collections import Counter
from datetime import date

import pytest
from hypothesis import given, settings, strategies as st

from counselor_app.domain.demo_data import (
    SCHOOL_TYPES,
    STAFF_ROLES,
    DemoSchool,
    generate_school,
)
from counselor_app.domain.school import SchoolType

SPRING = date(2025, 3, 14)   # inside school year 2024-25
AUTUMN = date(2025, 10, 8)   # inside school year 2025-26
EXPECTED_LEVELS = {
    "primary": list(range(1, 7)),
    "middle": [7, 8, 9],
    "high": [10, 11, 12],
    "nine_year": list(range(1, 10)),
    "complete_middle": list(range(7, 13)),
    "vocational": [10, 11, 12],
    "university": None,  # departments, level 0
}
PHONE = re.compile(r"1990\d{7}")
HAN = re.compile(r"[\u4e00-\u9fff]{2,4}")


def age_on(born: date, day: date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def school_year_start(day: date) -> int:
    return day.year if day.month >= 9 else day.year - 1


def check_invariants(school: DemoSchool, kind: str, students: int) -> None:
    """Everything that must hold for any school the generator makes."""
    grades = {g.key: g for g in school.grades}
    classes = {c.key: c for c in school.classes}
    staff = {s.key: s for s in school.staff}
    assert len(grades) == len(school.grades) and len(classes) == len(school.classes)
    assert len(staff) == len(school.staff)
    assert len(school.students) == students
    nos = [s.student_no for s in school.students]
    assert len(set(nos)) == len(nos)
    assert all(no.isdigit() for no in nos)
    # structure
    assert school.grades and school.classes
    for grade in school.grades:
        assert grade.leader_key in staff
        if kind == "university":
            assert (grade.kind, grade.level) == ("department", 0)
            assert "department_head" in staff[grade.leader_key].roles
        else:
            assert grade.kind == "grade"
            assert "grade_leader" in staff[grade.leader_key].roles
    if kind != "university":
        assert [g.level for g in school.grades] == EXPECTED_LEVELS[kind]
    for cls in school.classes:
        assert cls.grade_key in grades
        assert cls.head_teacher_key in staff
        role = "instructor" if kind == "university" else "head_teacher"
        assert role in staff[cls.head_teacher_key].roles
    # staff
    roles = Counter(r for s in school.staff for r in s.roles)
    assert 1 <= roles["counselor_full"] <= 3
    assert roles["counselor_part"] >= 1
    assert roles["school_leader"] >= 1
    assert len({s.key for s in school.staff if "head_teacher" in s.roles or "instructor" in s.roles}) >= 1
    for person in school.staff:
        assert person.roles and set(person.roles) <= set(STAFF_ROLES)
        assert person.gender in ("male", "female")
        assert PHONE.fullmatch(person.phone)
        assert HAN.fullmatch(person.name)
    # students
    by_class = Counter(s.class_key for s in school.students)
    monitors = Counter(s.class_key for s in school.students if s.is_monitor)
    for cls in school.classes:
        assert monitors[cls.key] == (1 if by_class[cls.key] else 0)
    assert set(by_class) <= set(classes)
    for student in school.students:
        assert student.gender in ("male", "female")
        assert HAN.fullmatch(student.name)
        assert (student.dorm is not None) == student.boarding
        assert 1 <= len(student.guardians) <= 2
        for guardian in student.guardians:
            assert PHONE.fullmatch(guardian.phone)
            assert guardian.relation in ("父亲", "母亲", "祖父", "祖母", "外祖父", "外祖母", "其他")
            assert HAN.fullmatch(guardian.name)
            if guardian.relation in ("父亲", "祖父"):  # the family name (first character, even if compound)
                assert guardian.name[0] == student.name[0]


@pytest.mark.parametrize("kind", SCHOOL_TYPES)
@pytest.mark.parametrize("students", [0, 1, 7, 300, 2000])
def test_every_type_and_size_is_consistent(kind, students):
    check_invariants(generate_school(kind, students, seed=3, today=AUTUMN), kind, students)


@pytest.mark.parametrize("kind", SCHOOL_TYPES)
def test_same_arguments_give_the_same_school(kind):
    first = generate_school(kind, 800, seed=42, today=SPRING)
    assert first == generate_school(kind, 800, seed=42, today=SPRING)
    assert first != generate_school(kind, 800, seed=43, today=SPRING)


def test_default_reference_date_is_today():
    school = generate_school("middle", 200, seed=1)
    assert school == generate_school("middle", 200, seed=1, today=date.today())


def test_global_random_state_is_untouched():
    import random
    random.seed(7)
    expected = random.random()
    random.seed(7)
    generate_school("primary", 500, seed=9, today=SPRING)
    assert random.random() == expected


def test_no_students_gives_structure_and_staff():
    school = generate_school("complete_middle", 0, today=AUTUMN)
    assert school.students == ()
    assert len(school.grades) == 6
    assert len(school.classes) == 6  # one class per grade
    assert len(school.staff) >= len(school.classes) + len(school.grades)


@pytest.mark.parametrize("today", [SPRING, AUTUMN, date(2024, 8, 31), date(2024, 9, 1), date(2028, 2, 29)])
@pytest.mark.parametrize("kind", ["nine_year", "complete_middle", "vocational"])
def test_k12_ages_follow_the_grade(kind, today):
    school = generate_school(kind, 3000, seed=5, today=today)
    level = {c.key: next(g.level for g in school.grades if g.key == c.grade_key) for c in school.classes}
    for student in school.students:
        grade_level = level[student.class_key]
        assert grade_level + 5 <= age_on(student.birth_date, today) <= grade_level + 7, student


def test_seventh_graders_are_twelve_to_fourteen():
    school = generate_school("middle", 1500, seed=11, today=SPRING)
    seventh = {c.key for c in school.classes if c.grade_key == "G07"}
    ages = Counter(age_on(s.birth_date, SPRING) for s in school.students if s.class_key in seventh)
    assert set(ages) <= {12, 13, 14}
    assert ages[12] + ages[13] > 0.9 * sum(ages.values())


@pytest.mark.parametrize("today", [SPRING, AUTUMN])
def test_university_ages_follow_the_enrolment_year(today):
    school = generate_school("university", 4000, seed=2, today=today)
    start = school_year_start(today)
    years = set()
    for student in school.students:
        year_of_study = start - int(student.student_no[:4])
        years.add(year_of_study)
        assert 17 + year_of_study <= age_on(student.birth_date, today) <= 20 + year_of_study, student
    assert years == {0, 1, 2, 3}


def test_grade_and_class_names():
    school = generate_school("complete_middle", 2400, seed=1, today=AUTUMN)
    assert [g.name for g in school.grades] == ["七年级", "八年级", "九年级", "高一", "高二", "高三"]
    assert school.classes[0].name == "七年级(1)班"
    assert any(c.name == "高一(3)班" for c in school.classes)
    vocational = generate_school("vocational", 1500, seed=1, today=AUTUMN)
    assert [g.name for g in vocational.grades] == ["2025级", "2024级", "2023级"]
    assert all(re.fullmatch(r"20\d\d级\D+\d+班", c.name) for c in vocational.classes)
    university = generate_school("university", 6000, seed=1, today=AUTUMN)
    assert all(g.name.endswith("学院") for g in university.grades)
    assert all(re.fullmatch(r"\D+\d{4}班", c.name) for c in university.classes)


def test_k12_student_numbers_encode_entry_and_class():
    school = generate_school("nine_year", 900, seed=4, today=AUTUMN)
    for student in school.students:
        assert len(student.student_no) == 10
    first = school.students[0]
    assert first.class_key == "G01C01" and first.student_no == "2025010101"


@pytest.mark.parametrize(("kind", "low", "high"), [("primary", 35, 55), ("high", 35, 55), ("university", 25, 40)])
def test_class_sizes_are_realistic(kind, low, high):
    school = generate_school(kind, 6000, seed=8, today=SPRING)
    sizes = Counter(s.class_key for s in school.students)
    assert all(low <= n <= high for n in sizes.values()), sizes


def test_boarding_by_school_type():
    def share(kind):
        school = generate_school(kind, 3000, seed=6, today=SPRING)
        return sum(s.boarding for s in school.students) / len(school.students)
    assert share("university") == 1.0
    assert share("primary") < 0.1
    assert share("high") > 0.5 and share("vocational") > 0.5


def test_dorm_rooms_do_not_mix_genders_or_overflow():
    school = generate_school("university", 3000, seed=6, today=SPRING)
    rooms: dict[str, list] = {}
    for student in school.students:
        assert re.fullmatch(r"\d+号楼-\d{3}", student.dorm)
        rooms.setdefault(student.dorm, []).append(student)
    for occupants in rooms.values():
        assert len({s.gender for s in occupants}) == 1
        assert len(occupants) <= 4
        assert len({s.class_key for s in occupants}) == 1


def test_names_look_like_a_real_school():
    school = generate_school("university", 20000, seed=0, today=SPRING)
    surnames = Counter(s.name[0] for s in school.students)
    assert {name for name, _ in surnames.most_common(5)} <= set("王李张刘陈杨赵黄周")
    full_names = Counter(s.name for s in school.students)
    assert full_names.most_common(1)[0][1] > 1  # duplicates happen, as in real schools
    genders = Counter(s.gender for s in school.students)
    assert 0.4 < genders["male"] / len(school.students) < 0.6


def test_school_type_enum_is_accepted():
    assert generate_school(SchoolType.HIGH, 100, today=SPRING) == generate_school("high", 100, today=SPRING)


@pytest.mark.parametrize("kind", ["", "kindergarten", "University", None])
def test_unknown_school_type_is_refused(kind):
    with pytest.raises(ValueError):
        generate_school(kind, 100)


@pytest.mark.parametrize("students", [-1, -30000, 1.5, "100", True])
def test_bad_student_count_is_refused(students):
    with pytest.raises(ValueError):
        generate_school("primary", students)


def test_thirty_thousand_student_university():
    school = generate_school("university", 30_000, seed=0, today=SPRING)
    assert len(school.students) == 30_000
    assert len({s.student_no for s in school.students}) == 30_000
    check_invariants(school, "university", 30_000)


@settings(max_examples=40, deadline=None)
@given(kind=st.sampled_from(SCHOOL_TYPES), students=st.integers(0, 700), seed=st.integers(0, 2**32),
       today=st.dates(date(2000, 1, 1), date(2060, 12, 31)))
def test_invariants_hold_for_any_arguments(kind, students, seed, today):
    check_invariants(generate_school(kind, students, seed=seed, today=today), kind, students)
