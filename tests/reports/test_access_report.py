"""The access report's layout: the student and period at the top, every entry listed (over as many pages as it
takes), the register-wide lists counted per person, an empty period said in words."""
import io
from datetime import date, datetime

from pypdf import PdfReader

from counselor_app.reports.access_report import AccessEntry, AccessReport, BulkEntry, build_access_report


def _report(entries=(), bulk=(), truncated=False):
    return AccessReport("测试实验中学", "心理辅导室", "林小雨", "2026070107", "七年级(2)班", "enrolled",
                        date(2026, 2, 1), date(2026, 7, 15), "王主任", datetime(2026, 7, 16, 9, 30),
                        list(entries), list(bulk), truncated)


def _pages(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]


def test_every_entry_is_listed_over_several_pages():
    entries = [AccessEntry(1000 + i, f"2026-03-{1 + i % 28:02d} 10:00:00", "李娜", "Student viewed", "done", "")
               for i in range(120)]
    pages = _pages(build_access_report(_report(entries, [BulkEntry("王主任", "Student list viewed", 14,
                                                                   "2026-02-03 08:00:00", "2026-07-01 16:20:00")])))
    text = "\n".join(pages)
    assert len(pages) >= 3
    assert all(str(1000 + i) in text for i in range(120))
    assert all("Time" in p and "User" in p for p in pages[:-1])   # the table's header on every page
    for expected in ("林小雨", "2026070107", "七年级(2)班", "2026-02-01 to 2026-07-15", "王主任",
                     "1. Actions on this student's records (120)", "Student list viewed", "14"):
        assert expected in text, expected


def test_an_empty_period_says_so():
    text = "\n".join(_pages(build_access_report(_report())))
    assert "Nothing was recorded about this student in the period." in text
    assert "None in the period." in text
    assert "(0)" in text


def test_a_cut_list_says_so():
    entries = [AccessEntry(1, "2026-03-01 10:00:00", "李娜", "Student viewed", "done", "")]
    text = "\n".join(_pages(build_access_report(_report(entries, truncated=True))))
    assert "Only the newest 1 entries are listed" in text
