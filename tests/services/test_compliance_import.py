"""Importing lessons and trainings from a school's sheet: preview with row verdicts, all or nothing, again unchanged."""
from __future__ import annotations

from datetime import date

import pytest

from duty_helpers import YEAR
from counselor_app.domain.errors import ValidationError
from counselor_app.services import compliance_import, compliance_logs, school_calendar, staff, structure
from counselor_app.services.staff import StaffEdit
from counselor_app.store import audit


def _sheet(path, rows):
    from openpyxl import Workbook

    wb = Workbook()
    for row in rows:
        wb.active.append(list(row))
    wb.save(path)
    return path


@pytest.fixture
def school(session):
    existing = {y.name: y.id for y in school_calendar.list_school_years(session)}
    school_calendar.save_school_year(session, YEAR, existing.get(YEAR.name))
    structure.add_class(session, "七年级", "1班")
    structure.add_class(session, "七年级", "2班")
    staff.save_staff(session, StaffEdit("林老师", roles=("counselor_full",)))
    staff.save_staff(session, StaffEdit("陈老师", roles=("counselor_part",)))


def test_lessons_from_a_sheet(session, school, tmp_path):
    path = _sheet(tmp_path / "课程.xlsx", [
        ["2026-2027学年第一学期心理健康课记录"],
        ["班级", "日期", "授课教师", "课题", "课时"],
        ["七年级(1)班", "2026-09-08", "林老师", "认识自我", 1],
        ["初一2班", date(2026, 9, 9), "林老师", "认识自我", ""],
        ["九年级(9)班", "2026-09-10", "林老师", "情绪", 1],
        ["七年级(1)班", "2026-09-22", "王老师", "情绪", 1],
    ])
    preview = compliance_import.preview_logs(session, path, kind="lesson")
    assert [v.status for v in preview.verdicts] == ["ok", "ok", "error", "error"]
    assert preview.new == 2
    with pytest.raises(ValidationError):
        compliance_import.import_logs(session, preview, kind="lesson")   # all or nothing
    assert compliance_logs.list_logs(session, "lesson", "2026-09-01", "2027-01-31") == []
    assert compliance_import.import_logs(session, preview, skip_invalid=True, kind="lesson") == 2
    rows = compliance_logs.list_logs(session, "lesson", "2026-09-01", "2027-01-31")
    assert sorted(r.values["class"] for r in rows) == ["七年级(1)班", "七年级(2)班"]
    again = compliance_import.preview_logs(session, path, kind="lesson")
    assert again.new == 0 and again.unchanged == 2
    assert [r.detail for r in audit.iter_all(session.conn) if r.action == "import.compliance"] == ["2"]


def test_trainings_from_a_sheet(session, school, tmp_path):
    path = _sheet(tmp_path / "培训.xlsx", [
        ["姓名", "日期", "培训名称", "学时", "主办单位"],
        ["林老师", "2026-10-01", "省级心理健康教育培训", "24学时", "省教育厅"],
        ["陈老师", "2026-10-02", "区教研", 4, ""],
        ["无名氏", "2026-10-02", "区教研", 4, ""],
        ["林老师", "2026-10-03", "", 4, ""],
    ])
    preview = compliance_import.preview_logs(session, path, kind="training")
    assert [v.status for v in preview.verdicts] == ["ok", "ok", "error", "error"]
    assert compliance_import.import_logs(session, preview, skip_invalid=True, kind="training") == 2
    rows = compliance_logs.list_logs(session, "training", "2026-09-01", "2027-01-31")
    assert sorted((r.values["staff"], r.values["hours"]) for r in rows) == [("林老师", 24.0), ("陈老师", 4.0)]


def test_a_sheet_without_the_columns_is_refused(session, school, tmp_path):
    path = _sheet(tmp_path / "x.xlsx", [["甲", "乙"], [1, 2]])
    with pytest.raises(ValidationError, match="班级"):
        compliance_import.preview_logs(session, path, kind="lesson")
