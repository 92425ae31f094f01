"""Importing unavailability for duty from a sheet: people by name or 工号, weekdays and reasons in words, rows refused
with their Excel row numbers, the same file twice changes nothing."""
from __future__ import annotations

from datetime import date

import pytest

from duty_helpers import duty_office
from counselor_app.domain.duty_table import parse_reason, parse_weekday
from counselor_app.domain.errors import fill
from counselor_app.services import duty, duty_import
from counselor_app.services.table_import import ImportRefused
from counselor_app.store import audit

SHEET = """2026年秋季学期 不可值班登记表
姓名,开始日期,结束日期,星期,时段,原因
林老师,,,星期二,午休,上课
陈老师,2026-10-12,2026-10-16,,,病假
赵老师,,,周四,,教研
无名氏,,,周一,,上课
周老师,2026-10-20,2026-10-18,,,请假
吴老师,,,周五,早读,上课
郑老师,2027-03-01,,,,培训
制表人：王主任
"""


@pytest.mark.parametrize("text, weekday", [("星期二", 1), ("周日", 6), ("礼拜三", 2), ("5", 4), ("Tue", 1), ("", None)])
def test_weekdays_in_words(text, weekday):
    assert parse_weekday(text) == (weekday, None)


def test_reasons_in_words():
    assert parse_reason("病假") == ("sick", None) and parse_reason("教研") == ("meeting", None)
    assert parse_reason("出差") == ("trip", None) and parse_reason("")[0] is None
    assert parse_reason("旅游")[1] is not None and parse_weekday("星期八")[1] is not None


def test_a_sheet_of_unavailability(session, tmp_path):
    office = duty_office(session)
    path = tmp_path / "不可值班.csv"
    path.write_text(SHEET, encoding="utf-8")
    preview = duty_import.preview_unavailability(session, path, semester_id=office.autumn)
    assert preview.new == 3 and preview.unchanged == 0
    assert [v.line for v in preview.rejected] == [6, 7, 8, 9]
    reasons = {v.line: " ".join(fill(m, p, str) for m, p in v.errors) for v in preview.rejected}
    assert "nobody of this name" in reasons[6] and "before the start" in reasons[7]
    assert "no shift of the semester has the period 早读" in reasons[8] and "outside the semester" in reasons[9]
    with pytest.raises(ImportRefused):
        duty_import.import_unavailability(session, preview, semester_id=office.autumn)
    assert duty_import.import_unavailability(session, preview, skip_invalid=True, semester_id=office.autumn) == 3
    rows = {(u.name, u.reason, u.weekday, u.period, u.first) for u in duty.duty_setup(session, office.autumn).unavailable}
    assert rows == {("林老师", "teaching", 1, "午休", None), ("陈老师", "sick", None, "", date(2026, 10, 12)),
                    ("赵老师", "meeting", 3, "", None)}
    again = duty_import.preview_unavailability(session, path, semester_id=office.autumn)
    assert again.new == 0 and again.unchanged == 3
    assert duty_import.import_unavailability(session, again, skip_invalid=True, semester_id=office.autumn) == 0
    codes = [r for r in audit.iter_all(session.conn) if r.action == "import.duty_unavailability"]
    assert [r.detail for r in codes] == ["3", "0"]
