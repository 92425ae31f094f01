"""The month's duty roster (reports/duty_roster.py): an A4 landscape page per post with the weeks, times and names;
a crowded month breaks between weeks; the export workbook's columns, dates and formula-safe text."""
from __future__ import annotations

import io
from datetime import date, datetime

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from counselor_app.reports.duty_roster import DoorLine, DoorMonth, ExportLine, PostPage, build_duty_roster, duty_xlsx
from counselor_app.reports.fonts import find_cjk_font

needs_font = pytest.mark.skipif(find_cjk_font() is None, reason="no Chinese TrueType font on this machine")
LUNCH, AFTER = "12:10–13:30", "16:40–17:40"


def october(days: dict, *, draft: bool = False, notes=None) -> DoorMonth:
    return DoorMonth("示例市第一实验中学", "心理辅导室", 2026, 10, datetime(2026, 9, 28, 9, 0),
                     [PostPage("辅导室", days)], notes or {}, draft)


def pages(pdf: bytes) -> list:
    return PdfReader(io.BytesIO(pdf)).pages


@needs_font
def test_a_month_on_one_landscape_page_with_names_and_times():
    days = {date(2026, 10, 12): [DoorLine(LUNCH, ("林老师",)), DoorLine(AFTER, ("陈老师", "赵老师"))],
            date(2026, 10, 10): [DoorLine(LUNCH, ("周老师",), vacant=1)]}
    pdf = build_duty_roster(october(days, notes={date(2026, 10, 1): "国庆节",
                                                 date(2026, 10, 10): "make-up workday (Wednesday timetable)"}))
    [page] = pages(pdf)
    assert float(page.mediabox.width) > float(page.mediabox.height)            # landscape
    text = " ".join(page.extract_text().split())          # a line wrapped in its cell reads whole
    for words in ("Duty roster 2026-10: 辅导室", "Monday", "Saturday", "国庆节", f"{LUNCH} 林老师",
                  f"{AFTER} 陈老师, 赵老师", "周老师, (vacant)", "make-up workday"):
        assert words in text, words
    assert "Confidential" not in text and "Draft" not in text


@needs_font
def test_weekdays_only_when_no_weekend_duty_and_a_draft_says_so():
    pdf = build_duty_roster(october({date(2026, 10, 12): [DoorLine(LUNCH, ("林老师",))]}, draft=True))
    text = pages(pdf)[0].extract_text()
    assert "Friday" in text and "Saturday" not in text and "Draft: not published yet" in text


@needs_font
def test_a_crowded_month_breaks_between_weeks_and_every_name_is_printed():
    names = [f"老师{n:02d}" for n in range(12)]
    days = {date(2026, 10, d): [DoorLine(f"{h:02d}:00–{h:02d}:50", tuple(names[(d + h) % 12:(d + h) % 12 + 3]))
                                for h in range(8, 20)] for d in range(1, 32) if date(2026, 10, d).weekday() < 5}
    result = pages(build_duty_roster(october(days)))
    assert len(result) >= 2
    text = "".join(p.extract_text() for p in result)
    assert all(f"{d}\n" in text or f"{d} " in text for d in (1, 30))
    assert text.count("Monday") == len(result)                                  # the header on every page
    assert text.count("19:00–19:50") == sum(1 for d in days)


@needs_font
def test_several_posts_one_page_each_and_an_empty_month():
    data = DoorMonth("示例中学", "", 2026, 11, datetime(2026, 10, 28), [
        PostPage("辅导室", {date(2026, 11, 2): [DoorLine(LUNCH, ("林老师",))]}),
        PostPage("热线", {date(2026, 11, 3): [DoorLine(AFTER, ("陈老师",))]})])
    result = pages(build_duty_roster(data))
    assert ["辅导室" in result[0].extract_text(), "热线" in result[1].extract_text()] == [True, True]
    empty = pages(build_duty_roster(DoorMonth("示例中学", "", 2026, 11, datetime(2026, 10, 28), [])))
    assert len(empty) == 1 and "No duty this month." in empty[0].extract_text()
    assert "Duty roster 2026-11" in empty[0].extract_text()          # the month said even when nothing is on it


def test_the_export_workbook():
    lines = [ExportLine(date(2026, 10, 12), "辅导室", "午休", LUNCH, ("林老师", "陈老师")),
             ExportLine(date(2026, 10, 13), "=HYPERLINK(1)", "课后", AFTER, ("-赵老师",))]
    ws = load_workbook(io.BytesIO(duty_xlsx(lines))).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == ("Date", "Weekday", "Post", "Time slot", "On duty")
    assert rows[1] == (datetime(2026, 10, 12), "Monday", "辅导室", f"午休 {LUNCH}", "林老师, 陈老师")
    assert rows[2][2] == "=HYPERLINK(1)" and ws.cell(3, 3).data_type == "s" and ws.cell(3, 5).value == "-赵老师"
    assert ws.cell(2, 1).number_format == "yyyy-mm-dd"


@needs_font
def test_a_busy_six_week_month_stays_on_one_page_with_names_whole():
    """November 2026 spans six weeks; three shifts a day, two names in one: smaller type, one page, 欧阳明 never
    broken over two lines."""
    days = {}
    for d in range(1, 31):
        day = date(2026, 11, d)
        if day.weekday() < 5:
            days[day] = [DoorLine(LUNCH, ("林晓燕",)), DoorLine(AFTER, ("陈建国", "欧阳明")),
                         DoorLine("19:00–21:00", ("赵老师",))]
        elif day.weekday() == 5:
            days[day] = [DoorLine("19:00–21:00", ("周老师",))]
    data = DoorMonth("示例中学", "", 2026, 11, datetime(2026, 10, 28), [PostPage("晚间值班", days)], draft=True)
    [page] = pages(build_duty_roster(data))
    text = page.extract_text()
    assert text.count("欧阳明") == 21 and "欧阳\n明" not in text and text.count("19:00–21:00") == 25


def test_names_are_kept_whole_when_a_line_wraps():
    from counselor_app.reports.duty_roster import _unbroken

    def width(text):
        return len(text)                      # one unit a character

    assert _unbroken("12:10", ("张三", "欧阳明"), "、", width, 20) == ["12:10 张三、欧阳明"]
    assert _unbroken("12:10", ("张三", "欧阳明"), "、", width, 10) == ["12:10 张三、", "欧阳明"]
    assert _unbroken("12:10", ("一个很长很长的名字",), "、", width, 5) == ["12:10", "一个很长很长的名字"]


@needs_font
def test_each_shift_is_printed_with_the_name_the_office_gave_it():
    days = {date(2026, 10, 12): [DoorLine(LUNCH, ("林老师",), period="午休"),
                                 DoorLine(AFTER, ("陈老师",), vacant=1, period="课后")]}
    text = " ".join(pages(build_duty_roster(october(days)))[0].extract_text().split())
    assert f"午休 {LUNCH} 林老师" in text and f"课后 {AFTER} 陈老师, (vacant)" in text


@needs_font
def test_a_long_shift_name_in_a_full_week_keeps_its_times_whole_on_one_page():
    """Seven columns (weekend duty), six weeks, English names of the office's shifts: 'Evening study' goes on a line
    of its own where it does not fit beside the times, which are never broken; every name still printed."""
    days = {}
    for d in range(1, 31):
        day = date(2026, 11, d)
        days[day] = [DoorLine(LUNCH, ("Lin Xiaoyan",), period="Lunch break"),
                     DoorLine("19:00–21:00", ("Ouyang Ming", "Chen Jianguo"), period="Evening study")]
    data = DoorMonth("Example Middle School", "", 2026, 11, datetime(2026, 10, 28), [PostPage("Hotline", days)])
    [page] = pages(build_duty_roster(data))
    text = page.extract_text()
    assert "Sunday" in text and text.count("Evening study") == 30 and text.count("19:00–21:00") == 30
    assert text.count("Lunch break") == 30 and text.count("Ouyang Ming") == 30


def test_a_shift_name_too_wide_beside_its_times_gets_a_line_of_its_own():
    from counselor_app.reports.duty_roster import _shift_lines

    def width(text):
        return len(text)

    line = DoorLine("19:00–21:00", ("张三",), period="Evening study")
    assert _shift_lines(line, line.names, "、", width, 40) == ["Evening study 19:00–21:00 张三"]
    assert _shift_lines(line, line.names, "、", width, 14) == ["Evening study", "19:00–21:00 张三"]
    assert _shift_lines(DoorLine(LUNCH, ("张三",)), ("张三",), "、", width, 40) == [f"{LUNCH} 张三"]
