"""The return to school's forms: the support plan's two signatures each on one line, also with the counselor's name
written before the line (it once wrapped into "…演示心理老师（" / "签字）："); the English form's labels whole (they
broke inside words: "Reason catego" / "ry")."""
from __future__ import annotations

import io
from datetime import datetime

import pytest
from pypdf import PdfReader

from counselor_app.reports.fonts import find_cjk_font
from counselor_app.reports.return_forms import ReturnForm, SupportSheet, build_return_form, build_support_sheet

pytestmark = pytest.mark.skipif(find_cjk_font() is None, reason="no Chinese TrueType font on this machine")

ZH = {   # as the app's translations give them (tests do not load Qt)
    "{role} (signature):": "{role}（签字）：",
    "{role} {name} (signature):": "{role} {name}（签字）：",
    "Received by the head teacher": "班主任签收",
    "Handed over by the counselor": "心理教师交接",
}


def zh(text) -> str:
    return ZH.get(str(text), str(text))


def sheet(counselor: str) -> SupportSheet:
    return SupportSheet("示范中学", "示范区教育局", "复学 2026-002", "崔明轩", "九年级(1)班", "2026-11-29", "2027-02-28",
                        (("个体辅导", "每周个别辅导", "心理老师", "每周一次"),), counselor, datetime(2026, 11, 29, 16, 34))


@pytest.mark.parametrize("counselor", ["演示心理老师", "欧阳心理老师（兼职）"])
def test_each_signature_of_the_support_plan_stays_on_one_line(counselor):
    reader = PdfReader(io.BytesIO(build_support_sheet(sheet(counselor), tr=zh)))
    lines = [line.strip() for line in reader.pages[0].extract_text().splitlines()]
    assert f"心理教师交接 {counselor}（签字）：" in lines, lines
    assert "班主任签收（签字）：" in lines, lines


def test_the_english_return_form_breaks_no_label_inside_a_word():
    form = ReturnForm("Demo School", "Demo Bureau", "2026-002", "Cui Mingxuan", "male", "Grade 9 class 1", "2024070136",
                      "Cui Gang (father) 19906177757", "suspension", "mental health", "2026-09-30", "2026-12-19",
                      "2026-09-29 Principal Wang", "2026-09-30 No. 12", "2026-11-29", False,
                      ("application to return", "the medical record"), ("application to return",), "2026-11-29",
                      "counselor, head teacher, parents", ("return agreed", "return postponed", "appeal"),
                      "return agreed", "", "calm, agreed", datetime(2026, 11, 29, 16, 51),
                      earlier=(("2026-11-15", "counselor, parents", "return postponed", "2026-11-29", "sleep"),))
    words = PdfReader(io.BytesIO(build_return_form(form))).pages[0].extract_text().split()
    for label in ("category", "approval", "Re-assessment", "number", "Guardian"):
        assert label in words, (label, words)
