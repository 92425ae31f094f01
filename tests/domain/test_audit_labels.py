"""The audit trail in words: the ids a row holds become names (for a viewer who may see the register), and the
details the services wrote ("6/0/0/2", "607", "class_id,guardians") say what each number or code means."""
import pytest

from counselor_app.domain import audit_labels as words
from counselor_app.domain.audit_chain import AuditRecord
from counselor_app.domain.audit_labels import Names

NAMES = Names(users={1: "王主任"}, students={7: ("2026070107", "林小雨")}, staff={3: "陈静"},
              classes={4: "七年级(2)班"}, register=True)


def row(action, target_type="", target_id="", detail="", outcome="ok", user_id=1):
    return AuditRecord(1, "2026-03-02T01:00:00+00:00", user_id, action, target_type, str(target_id), outcome,
                       detail, "", "")


def tr(text):
    return str(text)


@pytest.mark.parametrize("record, expected", [
    # as every office's trail holds them, written by the services of today and of earlier versions
    (row("import.students", "student", "", "6/0/0/2"), "6 new, 0 updated, 0 unchanged, 2 rejected"),
    (row("import.staff", "staff", "", "3/1/0/0"), "3 new, 1 updated, 0 unchanged, 0 rejected"),
    (row("export.students", "student", "", "607"), "607 students exported"),
    (row("view.student_list", "student", "", "30000"), "30000 students listed"),
    (row("register.rollover", "school_year", "2026-2027", "18/6/290/1"),
     "18 classes moved up, 6 classes graduated, 290 students graduated, 1 grades created"),
    (row("school_year.add", "school_year", "3", "2026-09-01/2027-07-15"), "2026-09-01 to 2027-07-15"),
    (row("student.edit", "student", 7, "class_id,guardians"), "changed: class, guardians"),
    (row("student.status", "student", 7, "on_leave"), "on leave"),
    (row("user.role", "user", 1, "counselor->head"), "Counselor → Office head"),
    (row("user.link_staff", "user", 1, "3"), "linked to staff member 陈静"),
    (row("user.link_staff", "user", 1, ""), "link removed"),
    (row("setting.change", "setting", "session.idle_lock_minutes", "5"), "5 minutes"),
    (row("verify", "office", "", "problems=2 broken=17", "failed"), "2 problems found; chain broken at entry 17"),
    (row("verify", "office", "", "problems=0 broken=9", "failed"), "chain broken at entry 9"),
    (row("export.access_report", "student", 7, "2026-01-01/2026-03-31/12"), "2026-01-01 to 2026-03-31, 12 entries"),
    (row("login", "login", 1, "failed", "failed"), "wrong password"),
    (row("login", "login", 1, "attempt", "failed"), "attempt not finished"),
    (row("office.repair", "office", "", "2/1"),
     "2 key slots without an active account removed, 1 accounts without a key slot deactivated"),
])
def test_details_say_what_the_numbers_mean(record, expected):
    assert words.detail_words(record, NAMES, tr) == expected


@pytest.mark.parametrize("record", [
    row("import.students", "student", "", "6/0/2"),     # a field missing: not guessed at
    row("import.students", "student", "", "6//0/2"),
    row("export.students", "student", "", "all"),
])
def test_a_detail_that_does_not_fit_its_format_is_shown_as_it_is(record):
    assert words.detail_words(record, NAMES, tr) == record.detail


def test_unknown_field_names_and_codes_are_kept():
    assert words.detail_words(row("student.edit", "student", 7, "class_id,shoe_size"), NAMES, tr) == \
        "changed: class, shoe_size"
    assert words.detail_words(row("backup", "backup", "", "SomethingNew", "failed"), NAMES, tr) == "SomethingNew"


def test_targets_name_the_student_for_a_register_viewer():
    assert words.target_words(row("view.student", "student", 7), NAMES, tr) == "student 林小雨 (2026070107)"
    assert words.target_words(row("view.staff", "staff", 3), NAMES, tr) == "staff member 陈静"
    assert words.target_words(row("class.add", "class", 4), NAMES, tr) == "class 七年级(2)班"
    assert words.target_words(row("user.add", "user", 1), NAMES, tr) == "user 王主任"
    assert words.target_words(row("view.student_list", "student", ""), NAMES, tr) == "student"


def test_ids_the_register_no_longer_holds_say_so():
    assert words.target_words(row("view.student", "student", 99), NAMES, tr) == "student #99 (not in the register)"
    assert words.target_words(row("view.staff", "staff", 98), NAMES, tr) == "staff member #98 (not in the register)"
    assert words.target_words(row("class.add", "class", 97), NAMES, tr) == "class #97 (no longer exists)"


def test_without_the_register_ids_stay_ids():
    hidden = Names(users={1: "王主任"}, students={7: ("2026070107", "林小雨")}, staff={3: "陈静"})
    assert words.target_words(row("view.student", "student", 7), hidden, tr) == "student 7"
    assert words.detail_words(row("user.link_staff", "user", 1, "3"), hidden, tr) == "linked to #3"


def test_ids_to_name_collects_each_kind_once():
    records = [row("view.student", "student", 7), row("view.student", "student", 7), row("view.staff", "staff", 3),
               row("user.link_staff", "user", 1, "5"), row("class.add", "class", 4),
               row("view.student_list", "student", ""), row("login", "login", "#abc")]
    assert words.ids_to_name(records) == {"student": {7}, "staff": {3, 5}, "class": {4}}


def test_actions_and_outcomes():
    assert words.action_words("view.audit", tr) == "Audit trail viewed"
    assert words.action_words("export.access_report", tr) == "Access report made"
    assert words.action_words("preview.access_report", tr) == "Viewed: student access report"
    assert words.action_words("denied.view_audit", tr) == "Refused: view the audit trail"
    assert words.action_words("something.new", tr) == "something.new"
    assert words.outcome_words("denied", tr) == "denied"
    assert words.user_words(None, NAMES) == "—"
    assert words.user_words(42, NAMES) == "#42"


def test_every_detail_format_has_distinct_placeholders_for_its_fields():
    for action, (fields, template) in words.DETAIL_FORMATS.items():
        assert template.format(**{f: "x" for f in fields}), action
        assert all("{" + f + "}" in template for f in fields), action
