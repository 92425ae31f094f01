"""The referral form in English: its labels wrap between words (Chinese wrapping printed "Date of refer" / "ral",
"Green chann" / "el", "Parent's signatur" / "e"), and the form with its receipt stays on one page."""
from __future__ import annotations

import io
from datetime import datetime

import pytest
from pypdf import PdfReader

from counselor_app.reports.fonts import find_cjk_font
from counselor_app.reports.referral_form import ReferralForm, build_referral_form

pytestmark = pytest.mark.skipif(find_cjk_font() is None, reason="no Chinese TrueType font on this machine")


def form() -> ReferralForm:
    return ReferralForm("Demo School", "Demo Bureau", "2026-009", "2026-11-29", ("routine", "urgent", "emergency"),
                        "routine", "Cui Mingxuan", "male", "14", "Grade 9 class 1", "2024070136", "general concern",
                        "Cui Gang", "father", "19906177757", "City Hospital", "psychology", "", "",
                        ("parents", "school staff", "ambulance (120)"), "parents", "low mood for two weeks", "", "",
                        ("informed", "agree to the visit", "refuse the visit"), "agree to the visit", "", "2026-12-06",
                        ("may study at school as usual", "suspension for treatment advised"),
                        datetime(2026, 11, 29, 16, 47))


def test_the_english_labels_wrap_between_words_on_one_page():
    pages = PdfReader(io.BytesIO(build_referral_form(form()))).pages
    words = pages[0].extract_text().split()
    assert len(pages) == 1
    for word in ("referral", "channel", "signature", "observed", "Accompanied"):
        assert word in words, (word, words)
