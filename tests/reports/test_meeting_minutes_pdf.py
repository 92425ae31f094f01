"""The minutes of a review meeting and its sign-in sheet (reports/meeting_minutes.py, meeting_sign_in.py), built from
hand-made reader rows (meeting_samples.py): masked students, the identity annex on its own page only when the rows
hold it, a 120-item agenda over many pages with the table's header on each and nothing cut off, a draft marked as
such on every page."""
from __future__ import annotations

import io
from dataclasses import replace

import pytest
from pypdf import PdfReader

from counselor_app.reports.fonts import find_cjk_font
from counselor_app.reports.meeting_minutes import build_minutes, decision_rows
from counselor_app.reports.meeting_sign_in import build_sign_in
from meeting_samples import identities, minutes

needs_font = pytest.mark.skipif(find_cjk_font() is None, reason="no Chinese TrueType font on this machine")


def pages_of(pdf: bytes) -> list[str]:
    return ["".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]


@needs_font
def test_short_minutes_hold_every_section_with_the_students_masked():
    pages = pages_of(build_minutes(minutes(6)))
    text = "".join(pages)
    assert "示例市第一实验中学心理辅导室" in pages[0]              # the school header
    assert "七年级reviewmeetingonstudents'mentalstate:minutes(11/2026)" in pages[0]
    for section in ("1.Themeeting", "2.Attendees", "3.Actionsofthelastmeeting", "4.Themonthataglance",
                    "5.Studentsreviewedanddecisions", "6.Othermatters", "7.Signaturesandapproval",
                    "Addendawrittenafter"):
        assert section in text, section
    assert "行政楼三楼会议室" in text and "赵建国" in text and "15:30–16:40" in text
    assert "陈伟(headteacher):外出参加区教研活动" in text              # the absence with its reason
    assert "王*明" in text and "七(1)班" in text and "******1000" in text
    assert "王晓明" not in text and "20260701000" not in text         # nobody named in full
    assert "Annex" not in text
    assert "2of3actionscarriedout." in text
    assert "DRAFT" not in text and "(draft)" not in text
    assert "Page1of" in pages[0]


@needs_font
def test_the_identity_annex_is_on_a_page_of_its_own_only_when_the_rows_hold_it():
    pages = pages_of(build_minutes(minutes(6, identity=True)))
    annex = [n for n, p in enumerate(pages) if "Annex:thestudentsoftheminutesbyname" in p]
    assert annex == [len(pages) - 1]
    assert "王晓明" in pages[-1] and "20260701000" in pages[-1]
    assert "Signaturesandapproval" not in pages[-1] and "Addenda" not in pages[-1]
    assert all("王晓明" not in p for p in pages[:-1])


@needs_font
def test_a_120_item_meeting_runs_over_pages_with_the_header_repeated_and_nothing_cut_off():
    data = minutes(120, long=True)
    pages = pages_of(build_minutes(data))
    text = "".join(pages)
    assert len(pages) >= 10
    for i in range(120):
        assert f"END{i:03d}" in text, i             # every row's measure printed to its end
    table_pages = [p for p in pages if "END0" in p or "END1" in p]
    assert len(table_pages) >= 8
    assert all("Measures(owner,due)" in p and "Nextreview" in p for p in table_pages)
    assert "120studentsreviewed." in text
    assert "Page1of" in pages[0] and f"Page{len(pages)}of{len(pages)}" in pages[-1]
    assert "7.Signaturesandapproval" in pages[-2] + pages[-1]


@needs_font
def test_a_measure_longer_than_a_page_breaks_inside_its_row_instead_of_failing():
    data = minutes(3)
    d = data.decisions[1]
    huge = replace(d.actions[0], description="每周一次个体辅导，关注睡眠与情绪变化。" * 300 + "ENDHUGE")
    data = replace(data, decisions=(data.decisions[0], replace(d, actions=(huge,)), data.decisions[2]))
    text = "".join(pages_of(build_minutes(data)))
    assert "ENDHUGE" in text and "END002" in text


@needs_font
def test_a_draft_says_so_in_its_title_on_every_page_and_across_it():
    pages = pages_of(build_minutes(minutes(40, state="in_progress")))
    assert len(pages) > 1
    assert all("(draft)" in p for p in pages)            # the page header
    assert all("DRAFT" in p for p in pages)               # the mark across each page
    assert "Draft:themeetingisnotfinalized" in pages[0]
    assert "Addenda" not in "".join(pages)


@needs_font
def test_a_university_meeting_says_department_and_an_extra_meeting_its_name():
    text = "".join(pages_of(build_minutes(minutes(2, university=True, grade="心理学院", name="临时研判会",
                                                  kind="extra"))))
    assert "Department心理学院" in text and "临时研判会" in text
    assert "classcounselor(university)" in text                         # 辅导员, not head teacher


def test_the_decision_rows_put_codes_in_words():
    rows = decision_rows(minutes(3), str)
    assert rows[1][:5] == ["2", "李*明\n七(2)班\n******1001", "staff or student cadre check\nobserving",
                           "general concern → close concern", "raise"]
    assert rows[0][3] == "close concern"                    # unchanged level: once
    assert rows[0][5].startswith("• individual counseling")
    assert rows[0][5].endswith("END000\n李静, by 2026-12-16")      # who and by when on their own line


@needs_font
def test_the_sign_in_sheet_lists_the_invited_with_room_for_walk_ins_and_no_student():
    data = minutes(6, state="preparing", identity=True)
    pages = pages_of(build_sign_in(data))
    text = "".join(pages)
    assert len(pages) == 1
    assert "sign-insheet(11/2026)" in text and "行政楼三楼会议室" in text
    assert all(a.name in text for a in data.attendees)
    assert "externalexpert,市精神卫生中心" in text
    assert "Attendingwithoutaninvitation" in text and "12" in text  # blank rows numbered after the invited
    assert "Invited:7" in text
    assert "王*明" not in text and "王晓明" not in text and "DRAFT" not in text


def test_the_identities_sample_numbers_match_the_decision_table():
    assert [r.number for r in identities(3)] == [1, 2, 3]


@needs_font
def test_an_abandoned_meeting_says_so_instead_of_draft():
    pages = pages_of(build_minutes(minutes(3, state="abandoned", abandon_reason="年级统一考试，改期至下月")))
    text = "".join(pages)
    assert all("(abandoned)" in p and "ABANDONED" in p for p in pages)
    assert "Thismeetingwasabandoned:年级统一考试，改期至下月" in text and "abandoned,notfinalized" in text
    assert "DRAFT" not in text and "(draft)" not in text
