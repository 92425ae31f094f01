"""The crisis incident report: a section's heading never stays alone at the foot of a page, its table on the next
(it did: "事件经过" under the parents' calls, its entries overleaf)."""
from __future__ import annotations

import io
from datetime import datetime

import pytest
from pypdf import PdfReader

from counselor_app.reports.crisis_report import CrisisReport, build_crisis_report
from counselor_app.reports.fonts import find_cjk_font

pytestmark = pytest.mark.skipif(find_cjk_font() is None, reason="no Chinese TrueType font on this machine")

STEPS = tuple((f"Step {n}: who, when, where, what was seen", f"2026-11-08 10:{n:02d}", "Head teacher",
               "Stayed with the student, removed the tools") for n in range(1, 11))


def report(seen_lines: int) -> CrisisReport:
    """The report with "What was seen" about ``seen_lines`` lines long: the longer, the lower every section starts."""
    return CrisisReport("Demo School", "Demo Bureau", "C 2026-001", False, "2026-11-08 10:00", "Building 3",
                        "Self-harm", "major", "Ms Wang (Chinese)", "2026-11-08 10:05", "Li (Grade 10 class 2)",
                        "closed (2026-11-14)", "7 minutes (target 10)", "seen " * 24 * seen_lines, STEPS,
                        (("2026-11-08 10:11", "Li", "phone", "Head teacher", "not reached"),),
                        (("2026-11-08 10:45", "Office head", "Parents came; met the counselor and the teacher"),),
                        (), "Seen at the hospital, parents with him; class talk held.", datetime(2026, 11, 29, 16, 41))


HEADER_AND_FOOTER = 5   # school, title; confidential, page, printed: extracted after the page's body


@pytest.mark.parametrize("seen_lines", range(0, 28))
def test_a_heading_is_on_the_page_of_its_table(seen_lines):
    pdf = build_crisis_report(report(seen_lines))
    pages = [[line.strip() for line in p.extract_text().splitlines()][:-HEADER_AND_FOOTER]
             for p in PdfReader(io.BytesIO(pdf)).pages]
    for heading, column in (("The emergency plan", "Step"), ("Reaching the parents", "Result"),
                            ("Timeline", "Entry"), ("Breaches of confidentiality", "Who was told"),
                            ("Closing", "Seen at the hospital")):
        body = next(lines for lines in pages if heading in lines)
        assert any(column in line for line in body[body.index(heading) + 1:]), (seen_lines, heading)


def test_english_step_cells_wrap_between_words():
    """"Head teacher" in the narrow By column of the plan's steps wrapped inside the word ("Head teach/er")."""
    pdf = build_crisis_report(report(0))
    lines = [line.strip() for p in PdfReader(io.BytesIO(pdf)).pages for line in p.extract_text().splitlines()]
    assert not any(line.endswith("Head teach") or line.startswith("er ") or line == "er" for line in lines)
    assert not any("teach" in line and "teacher" not in line for line in lines), lines
