"""The return to school's support plan for the head teacher: its two signatures each on one line, also with the
counselor's name written before the line (it once wrapped into "…演示心理老师（" / "签字）：")."""
from __future__ import annotations

import io
from datetime import datetime

import pytest
from pypdf import PdfReader

from counselor_app.reports.fonts import find_cjk_font
from counselor_app.reports.return_forms import SupportSheet, build_support_sheet

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
