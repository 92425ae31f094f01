"""School years and semesters, the office's holidays and make-up workdays, their import: validated and audited."""
from datetime import date

import pytest

from counselor_app.domain.errors import PermissionDenied, ValidationError, fill
from counselor_app.domain.holidays import DayKind, Source
from counselor_app.domain.roles import ROLE_PERMISSIONS, Role
from counselor_app.services import school_calendar as cal
from counselor_app.domain.table_import import MISSING_COLUMN
from counselor_app.files.roster_files import RosterFileError, UnknownSheet
from counselor_app.services.users import add_user
from counselor_app.store import audit

# A new office starts with the school year of the day it is created; the tests set that year to 2026-2027 (the
# package covers 2026, not 2027) or work on later years.
Y2026 = cal.YearEdit("2026-2027", "2026-09-01", "2027-08-31",
                     (("2026-09-01", "2027-01-22"), ("2027-02-22", "2027-07-09")))
YEAR = cal.YearEdit("2030-2031", "2030-09-01", "2031-08-31",
                    (("2030-09-01", "2031-01-22"), ("2031-02-22", "2031-07-09")))


def actions(session) -> list[str]:
    return [r.action for r in audit.iter_all(session.conn)]


def set_2026(session) -> int:
    [first] = cal.list_school_years(session)
    return cal.save_school_year(session, Y2026, first.id)


def names(session) -> list[str]:
    return [y.name for y in cal.list_school_years(session)]


def test_create_list_and_edit_a_school_year(session):
    before = names(session)
    year_id = cal.save_school_year(session, YEAR)
    year = cal.list_school_years(session)[0]   # the newest first
    assert (year.id, year.name, year.start, year.end) == (year_id, "2030-2031", date(2030, 9, 1), date(2031, 8, 31))
    assert [(s.number, s.start, s.end) for s in year.semesters] == [
        (1, date(2030, 9, 1), date(2031, 1, 22)), (2, date(2031, 2, 22), date(2031, 7, 9))]
    ids = [s.id for s in year.semesters]
    cal.save_school_year(session, cal.YearEdit(" 2030-2031 学年 ", date(2030, 8, 31), date(2031, 8, 31),
                                               ((date(2030, 8, 31), date(2031, 1, 20)),
                                                (date(2031, 2, 20), date(2031, 7, 10)))), year_id)
    year = cal.list_school_years(session)[0]
    assert year.name == "2030-2031 学年" and year.semesters[0].start == date(2030, 8, 31)
    assert [s.id for s in year.semesters] == ids   # later records that point at a semester keep pointing at it
    assert names(session) == ["2030-2031 学年", *before]
    assert "school_year.add" in actions(session) and "school_year.edit" in actions(session)
    details = [r.detail for r in audit.iter_all(session.conn) if r.action.startswith("school_year.")]
    assert details == ["2030-09-01/2031-08-31", "2030-08-31/2031-08-31"]   # dates only


@pytest.mark.parametrize("edit, words", [
    (cal.YearEdit(" ", "2030-09-01", "2031-08-31", YEAR.semesters), "name"),
    (cal.YearEdit("x", "2030-02-30", "2031-08-31", YEAR.semesters), "not valid"),
    (cal.YearEdit("x", "sometime", "2031-08-31", YEAR.semesters), "not valid"),
    (cal.YearEdit("x", "1999-09-01", "2000-08-31", YEAR.semesters), "2000"),
    (cal.YearEdit("x", "2031-08-31", "2030-09-01", YEAR.semesters), "end after"),
    (cal.YearEdit("x", "2030-09-01", "2032-08-31", YEAR.semesters), "13 months"),
    (cal.YearEdit("x", "2030-09-01", "2031-08-31", YEAR.semesters[:1]), "two semesters"),
    (cal.YearEdit("x", "2030-09-01", "2031-08-31", (("2030-09-01", "2030-08-01"), YEAR.semesters[1])),
     "Semester 1 must end"),
    (cal.YearEdit("x", "2030-09-01", "2031-08-31", (("2030-08-25", "2031-01-20"), YEAR.semesters[1])),
     "Semester 1 must lie inside"),
    (cal.YearEdit("x", "2030-09-01", "2031-08-31", (YEAR.semesters[0], ("2031-02-22", "2031-09-09"))),
     "Semester 2 must lie inside"),
    (cal.YearEdit("x", "2030-09-01", "2031-08-31", (("2030-09-01", "2031-03-01"), YEAR.semesters[1])), "overlap"),
])
def test_bad_school_years_are_refused_with_a_clear_message(session, edit, words):
    before = cal.list_school_years(session)
    with pytest.raises(ValidationError) as caught:
        cal.save_school_year(session, edit)
    assert words in caught.value.english()
    assert cal.list_school_years(session) == before
    assert "school_year.add" not in actions(session)


def test_years_must_not_overlap_nor_share_a_name(session):
    first = set_2026(session)
    overlapping = cal.YearEdit("2027-2028", "2027-08-01", "2028-07-31",
                               (("2027-08-01", "2028-01-20"), ("2028-02-20", "2028-07-10")))
    with pytest.raises(ValidationError) as caught:
        cal.save_school_year(session, overlapping)
    assert "2026-2027 (2026-09-01 to 2027-08-31)" in caught.value.english()
    twin = cal.YearEdit("2026-2027", "2027-09-01", "2028-08-31",
                        (("2027-09-01", "2028-01-20"), ("2028-02-20", "2028-07-10")))
    with pytest.raises(ValidationError) as caught:
        cal.save_school_year(session, twin)
    assert "name" in caught.value.english()
    cal.save_school_year(session, Y2026, first)   # a year never overlaps itself
    with pytest.raises(ValidationError):
        cal.save_school_year(session, YEAR, 999)
    assert names(session) == ["2026-2027"]


def test_year_calendar_marks_the_uncovered_year_and_counts_school_days(session):
    year_id = set_2026(session)
    view = cal.year_calendar(session, year_id)
    assert view.uncovered == [2027]
    assert view.office_days == {2026: 0, 2027: 0}
    national = [d for d in view.days if d.day == date(2026, 10, 1)][0]
    assert national.kind is DayKind.HOLIDAY and national.source is Source.PACKAGE
    assert all(d.day.year == 2026 for d in view.days)   # nothing known of 2027 yet
    before = view.school_days[2]
    cal.add_office_day(session, "2027-02-22", "holiday", " 开学 延后 ")
    cal.add_office_day(session, date(2027, 2, 27), "workday", "补班")   # a Saturday
    view = cal.year_calendar(session, year_id)
    assert view.office_days[2027] == 2 and view.school_days[2] == before - 1 + 1
    entered = {d.day: d for d in view.days if d.source is Source.OFFICE}
    assert entered[date(2027, 2, 22)].name == "开学 延后" and entered[date(2027, 2, 27)].kind is DayKind.MAKEUP_WORKDAY
    assert cal.calendar(session).is_school_day(date(2027, 2, 27))
    cal.remove_office_day(session, "2027-02-22")
    assert cal.calendar(session).is_school_day(date(2027, 2, 22))
    with pytest.raises(ValidationError):
        cal.remove_office_day(session, "2027-02-22")
    for a in ("calendar_day.add", "calendar_day.remove"):
        assert a in actions(session)
    with pytest.raises(ValidationError):
        cal.year_calendar(session, 999)


@pytest.mark.parametrize("day, kind", [("2027-02-31", "holiday"), ("2027-03-01", "vacation"),
                                       ("2027-03-01", "workday")])   # a Monday is a workday anyway
def test_bad_office_days_are_refused(session, day, kind):
    with pytest.raises(ValidationError):
        cal.add_office_day(session, day, kind)
    assert "calendar_day.add" not in actions(session)


def test_a_package_holiday_can_be_cancelled_by_the_office(session):
    cal.add_office_day(session, "2026-10-07", "workday", "")   # Wednesday, National Day in the package
    assert cal.calendar(session).is_workday(date(2026, 10, 7))


def write_csv(path, text, encoding="utf-8-sig"):
    path.write_bytes(text.encode(encoding))
    return path


def test_import_csv_and_xlsx(session, tmp_path):
    import openpyxl

    csv_file = write_csv(tmp_path / "2027.csv", "2027年国务院办公厅通知\n日期,类型,名称\n2027-02-06,放假,春节\n"
                         "2027/2/7,放假,春节\n\n20270213,补班,春节补班\n2027年10月1日,放假,国庆节\n", "gb18030")
    result = cal.import_office_days(session, csv_file)
    assert result.count == 4 and result.years == (2027,)
    calendar = cal.calendar(session)
    assert calendar.day(date(2027, 2, 13)).kind is DayKind.MAKEUP_WORKDAY
    assert calendar.day(date(2027, 10, 1)).name == "国庆节"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["名称", "日期", "类型"])
    sheet.append(["春节", date(2027, 2, 7), "上班"])   # Sunday: the office corrects its own entry
    sheet.append(["劳动节", date(2027, 5, 3), "放假"])
    book.save(tmp_path / "days.xlsx")
    assert cal.import_office_days(session, tmp_path / "days.xlsx").count == 2
    calendar = cal.calendar(session)
    assert calendar.day(date(2027, 2, 7)).kind is DayKind.MAKEUP_WORKDAY
    assert calendar.day(date(2027, 5, 3)).kind is DayKind.HOLIDAY
    details = [r.detail for r in audit.iter_all(session.conn) if r.action == "import.calendar_days"]
    assert details == ["4", "2"]


def test_a_bad_import_changes_nothing_and_names_the_rows(session, tmp_path):
    cal.add_office_day(session, "2027-01-01", "holiday", "元旦")
    bad = write_csv(tmp_path / "bad.csv", "日期,类型,名称\n2027-02-06,放假,春节\n2027-02-30,放假,春节\n"
                    "2027-02-08,休假吧,\n2027-02-06,放假,重复\n,放假,无日期\n2027-03-01,补班,周一\n"
                    "2027-03-02,,\n")
    with pytest.raises(cal.CalendarImportRefused) as caught:
        cal.import_office_days(session, bad)
    assert [line for line, _reason in caught.value.problems] == [3, 4, 5, 6, 7, 8]
    assert "6 row(s)" in caught.value.english()
    assert [d.day for d in cal.calendar(session).special_days(date(2027, 1, 1), date(2027, 12, 31))] == [
        date(2027, 1, 1)]
    assert "import.calendar_days" not in actions(session)


@pytest.mark.parametrize("content", [b"", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1old excel", "名称,备注\n春节,x\n".encode(),
                                     "日期,类型\n".encode()])
def test_unreadable_files_end_in_a_clear_error(session, tmp_path, content):
    path = tmp_path / "x.csv"
    path.write_bytes(content)
    with pytest.raises((RosterFileError, ValidationError)):
        cal.import_office_days(session, path)
    assert cal.calendar(session).office_day_count(2027) == 0


def test_assistant_keeps_the_calendar(session, data_dir):
    from counselor_app.services.office import login

    add_user(session, "zhao", "赵助理", Role.ASSISTANT, "Another-Pass-77")
    session.close()
    with login(data_dir, "zhao", "Another-Pass-77") as s:
        year_id = cal.save_school_year(s, YEAR)
        cal.add_office_day(s, "2031-02-08", "holiday", "春节")
        assert cal.year_calendar(s, year_id).office_days[2031] == 1


def test_a_role_without_register_rights_is_refused_and_audited(session, data_dir, monkeypatch):
    from counselor_app.services.office import login

    add_user(session, "zhao", "赵助理", Role.ASSISTANT, "Another-Pass-77")
    session.close()
    monkeypatch.setitem(ROLE_PERMISSIONS, Role.ASSISTANT, frozenset())
    with login(data_dir, "zhao", "Another-Pass-77") as s:
        years = s.conn.execute("SELECT count(*) FROM school_year").fetchone()[0]
        for call in (lambda: cal.list_school_years(s), lambda: cal.save_school_year(s, YEAR),
                     lambda: cal.add_office_day(s, "2027-02-08", "holiday"), lambda: cal.calendar(s),
                     lambda: cal.remove_office_day(s, "2027-02-08"), lambda: cal.year_calendar(s, 1),
                     lambda: cal.import_office_days(s, data_dir / "none.csv")):
            with pytest.raises(PermissionDenied):
                call()
        denied = [a for a in actions(s) if a.startswith("denied.")]
        assert denied.count("denied.view_register") == 3 and denied.count("denied.edit_register") == 4
        assert s.conn.execute("SELECT count(*) FROM school_year").fetchone()[0] == years
        assert s.conn.execute("SELECT count(*) FROM calendar_day").fetchone()[0] == 0


def test_the_preview_finds_the_header_counts_and_names_rows_like_excel(session, tmp_path):
    cal.add_office_day(session, "2027-02-06", "holiday", "春节")
    cal.add_office_day(session, "2027-02-07", "holiday", "春节")
    path = write_csv(tmp_path / "days.csv", "2027年放假安排\n\n类型,日期（年-月-日）,节日名称\n放假,2027-02-06,春节\n"
                     "补班,2027-02-07,春节补班\n放假,2027-02-08,春节\n放假,2027-02-08,又一次\n备注：以国务院通知为准\n")
    preview = cal.preview_office_days(session, path)
    assert preview.header_row == 2 and preview.mapping == {0: "kind", 1: "day", 2: "name"}
    assert (preview.new, preview.updated, preview.unchanged) == (1, 1, 1)
    assert [(v.line, v.status) for v in preview.verdicts] == [(4, "ok"), (5, "ok"), (6, "ok"), (7, "error"),
                                                              (8, "note")]
    assert [fill(t, p, str) for t, p in preview.rejected[0].errors] == [
        "The same date is already in row 6; that row counts."]
    assert "import.calendar_days" not in actions(session)   # a preview writes nothing


def test_skip_invalid_rows_imports_the_valid_ones(session, tmp_path):
    path = write_csv(tmp_path / "days.csv", "日期,类型\n2027-02-06,放假\n2027-02-30,放假\n2027-03-01,补班\n")
    preview = cal.preview_office_days(session, path)
    assert [v.line for v in preview.rejected] == [3, 4]
    with pytest.raises(cal.CalendarImportRefused) as caught:
        cal.import_office_days(session, preview)
    assert [line for line, _errors in caught.value.problems] == [3, 4]
    assert cal.import_office_days(session, preview, skip_invalid=True) == cal.ImportedDays(1, (2027,))
    assert cal.calendar(session).day(date(2027, 2, 6)).kind is DayKind.HOLIDAY


def test_a_missing_type_column_a_wrong_sheet_and_a_notes_sheet(session, tmp_path):
    import openpyxl

    path = write_csv(tmp_path / "days.csv", "日期,名称\n2027-02-06,春节\n")
    with pytest.raises(ValidationError) as caught:
        cal.preview_office_days(session, path)
    assert "Type" in caught.value.english()
    assert cal.preview_office_days(session, path, strict=False).problems[0][0] == MISSING_COLUMN
    book = openpyxl.Workbook()
    book.active.title = "说明"
    book.active.append(["按通知填写"])
    book.create_sheet("2027").append(["日期", "类型"])
    book["2027"].append([date(2027, 10, 1), "放假"])
    book.save(tmp_path / "days.xlsx")
    preview = cal.preview_office_days(session, tmp_path / "days.xlsx")
    assert preview.sheet == "2027" and preview.sheets == ["说明", "2027"] and preview.new == 1
    with pytest.raises(UnknownSheet):
        cal.preview_office_days(session, tmp_path / "days.xlsx", "2028")
    with pytest.raises(ValidationError) as caught:
        cal.preview_office_days(session, tmp_path / "days.xlsx", "说明")
    assert "日期" in caught.value.english()


def test_cancel_during_the_import_writes_nothing(session, tmp_path):
    from counselor_app.domain.errors import Cancelled
    from counselor_app.services.progress import Progress

    preview = cal.preview_office_days(session, write_csv(tmp_path / "d.csv", "日期,类型\n2027-02-06,放假\n"))
    progress = Progress(lambda done, total: progress.cancel())   # the user cancels once the writing began
    with pytest.raises(Cancelled):
        cal.import_office_days(session, preview, progress=progress)
    assert cal.calendar(session).office_day_count(2027) == 0 and "import.calendar_days" not in actions(session)
