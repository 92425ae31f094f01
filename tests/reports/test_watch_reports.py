"""The watch list's printed forms (reports/watch_plan.py, watch_followups.py, watch_list.py) built from plain data at
the limits the services allow: the longest texts wrap onto further pages instead of being cut or failing, tables
repeat their header on every page, the signatures stay together with their heading."""
from __future__ import annotations

import io
from datetime import datetime

import pytest
from pypdf import PdfReader

from counselor_app.reports.fonts import find_cjk_font
from counselor_app.reports.watch_followups import FollowUpRecord, RecordItem, build_followup_record
from counselor_app.reports.watch_list import ListLine, WatchList, build_watch_list, watch_list_xlsx
from counselor_app.reports.watch_plan import (EntryFacts, FollowUpLine, MeasureLine, Person, PlanPart, PlanSheet,
                                              TeacherSheet, build_plan_sheet, build_teacher_sheet)

needs_font = pytest.mark.skipif(find_cjk_font() is None, reason="no Chinese TrueType font on this machine")
SENTENCE = "课间常独自坐在座位上，很少与同学交谈；午饭吃得很少，晚自习时注意力难以集中。"
FACTS = EntryFacts("示例市第一实验中学", "心理辅导室", "关注 2026-007", "2026070101", "欧阳晓明", "男", "七年级(3)班",
                   "重点关注", "重症", "心理测评筛查", "跟进中", "2026-03-02", "2026-12-01", datetime(2026, 11, 20, 9, 0))
PEOPLE = (Person("心理教师", "李老师", "13800000001", "counselor"), Person("班主任", "王老师", "13800000002", "head_teacher"),
          Person("校领导", "赵校长", "", "leader"))


def long_text(n: int, tag: str) -> str:
    """``n`` characters of Chinese prose, starting with ``tag`` and ending with ``END{tag}``."""
    body = (SENTENCE * (n // len(SENTENCE) + 1))[: n - len(tag) - len(f"END{tag}")]
    return f"{tag}{body}END{tag}"


def text_of(pdf: bytes) -> list[str]:
    """Each page's text, lines joined with single spaces (a label wrapped in its cell reads whole)."""
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def measures(n: int, length: int) -> tuple[MeasureLine, ...]:
    return tuple(MeasureLine("个体辅导", long_text(length, f"M{i:02d}") if length else "", "李老师", "每周一次",
                             "2026-03-05", "2026-12-30", "进行中") for i in range(n))


@needs_font
def test_a_plan_at_the_limits_runs_over_pages_without_losing_a_word():
    """The concern and the notes at 4,000 characters, twenty measures of 1,000: every text ends on some page."""
    plan = PlanPart(3, "李老师", "2026-11-02", True, long_text(4000, "GOAL"), long_text(1000, "MED"),
                    long_text(4000, "NOTES"), measures(20, 1000))
    sheet = PlanSheet(FACTS, PEOPLE, "张同学", "欧阳华（父亲）13812345678", long_text(4000, "CONCERN"), plan,
                      tuple(FollowUpLine(f"2026-10-{d:02d}", "谈话", "李老师", "高危") for d in range(1, 7)), 40)
    pages = text_of(build_plan_sheet(sheet))
    text = "".join(pages).replace(" ", "")
    assert len(pages) >= 8
    for tag in ("CONCERN", "GOAL", "MED", "NOTES", *(f"M{i:02d}" for i in range(20))):
        assert f"END{tag}" in text, tag   # nothing cut off at a page break
    measure_pages = [p for p in pages if "M0" in p or "M1" in p]
    assert all("What is done" in p for p in measure_pages)   # the table's header on each of its pages
    assert "Head of the counseling office" in pages[-1] and "4. Signatures" in pages[-1]
    assert all("关注 2026-007" in p for p in pages)           # the sheet's number in every page's header


@needs_font
def test_the_head_teachers_notice_fits_one_page_for_a_usual_plan():
    sheet = TeacherSheet(FACTS, PEOPLE, PEOPLE[:1], measures(3, 0), "王老师")
    pages = text_of(build_teacher_sheet(sheet))
    assert len(pages) == 1
    assert "Received by the head teacher 王老师 (signature)" in pages[0] and "13800000001" in pages[0]
    assert "What is done" not in pages[0]                    # no column for the descriptions


@needs_font
def test_a_longer_notice_never_leaves_the_signatures_alone_on_a_page():
    pages = text_of(build_teacher_sheet(TeacherSheet(FACTS, PEOPLE, PEOPLE[:1], measures(12, 0), "王老师")))
    assert len(pages) == 2
    assert "What the school does" in pages[1] and "Received by the head teacher" in pages[1]


@needs_font
def test_a_long_followup_record_keeps_every_record_whole_and_in_order():
    items = tuple(RecordItem(f"2026-{3 + n // 4:02d}-{1 + n % 4 * 7:02d}", "跟踪", "谈话", "李老师", "重点关注",
                             (("情况记录", long_text(4000 if n % 5 == 0 else 300, f"R{n:02d}")),),
                             ((f"2026-11-{n % 20 + 1:02d}", "王老师", long_text(200, f"A{n:02d}")),))
                  for n in range(30))
    pages = text_of(build_followup_record(FollowUpRecord(FACTS, PEOPLE, items)))
    text = "".join(pages).replace(" ", "")
    assert len(pages) >= 10
    ends = [text.index(f"ENDR{n:02d}") for n in range(30)]
    assert ends == sorted(ends)
    assert all(f"ENDA{n:02d}" in text for n in range(30))
    assert "Checked by the head of the counseling office" in pages[-1]


@needs_font
def test_a_list_of_many_entries_repeats_its_header_and_names_how_names_are_shown():
    lines = tuple(ListLine(f"******{n:04d}", "王*明", f"七年级({n % 12 + 1})班", "心理测评筛查", "重点关注", "轻症",
                           "跟进中", ("李老师", "王老师"), "2026-12-01", ("回访日期已过",) if n % 3 == 0 else (),
                           "2026-09-01") for n in range(120))
    data = WatchList("示例市第一实验中学", "心理辅导室", "七年级", True, datetime(2026, 11, 20), lines,
                     (("高危", 10), ("重点关注", 110)))
    pages = text_of(build_watch_list(data))
    assert len(pages) >= 3 and all("Next review" in p for p in pages if "******" in p)
    text = "".join(pages)
    assert "******0119" in text and "masked" in text and "高危 10" in text


def test_the_workbook_keeps_a_formula_like_text_as_text():
    from openpyxl import load_workbook

    line = ListLine("=1+1", "@王", "七年级(1)班", "心理测评筛查", "高危", "", "待复核", (), "2026-12-01", (),
                    "2026-11-01")
    ws = load_workbook(io.BytesIO(watch_list_xlsx([line]))).active
    assert ws["A2"].value == "=1+1" and ws["A2"].data_type == "s" and ws["B2"].value == "@王"
    assert ws["J2"].value == "no" and ws["F2"].value is None and ws["I2"].is_date
