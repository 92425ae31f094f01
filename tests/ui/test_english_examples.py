"""The English UI reads as English: the examples of the student form and the new screening campaign are English
(their Chinese examples in the Chinese UI), and the start page lists the years missing holidays with ", "."""
from __future__ import annotations

import dataclasses
import re

import pytest

from counselor_app.ui.qt import QLineEdit
from ui_helpers import log_in, wait_for

CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")


def _placeholders(dialog) -> list[str]:
    return [w.placeholderText() for w in dialog.findChildren(QLineEdit) if w.placeholderText()]


def test_the_student_form_examples_follow_the_language(qtbot, make_app, office_ready):
    from counselor_app.ui.student_edit import StudentEditDialog

    app = make_app("en")
    main = log_in(qtbot, app)
    dialog = StudentEditDialog(main, app)
    shown = _placeholders(dialog)
    assert "e.g. Building 3, room 215" in shown and "e.g. mother" in shown
    assert not any(CJK.search(t) for t in shown), shown
    dialog.close()


def test_the_student_form_examples_stay_chinese_in_chinese(qtbot, make_app, office_ready):
    from counselor_app.ui.student_edit import StudentEditDialog

    app = make_app()
    main = log_in(qtbot, app)
    dialog = StudentEditDialog(main, app)
    shown = _placeholders(dialog)
    assert "例如 3号楼-215" in shown and "例如 母亲" in shown
    dialog.close()


def test_the_campaign_name_example_is_english(qtbot, make_app, office_ready):
    from counselor_app.ui.screening.campaign_dialog import CampaignDialog

    app = make_app("en")
    main = log_in(qtbot, app)
    dialog = CampaignDialog(main)
    assert dialog.name.placeholderText() == "e.g. Grade 7 mental-health screening, autumn 2026"
    dialog.close()


@pytest.mark.parametrize("lang, joined", [("en", "2026, 2027"), ("zh_CN", "2026、2027")])
def test_the_years_missing_holidays_use_the_list_separator_of_the_language(qtbot, make_app, office_ready, lang, joined):
    app = make_app(lang)
    main = log_in(qtbot, app)
    page = main.pages["start"]
    wait_for(qtbot, lambda: page.data is not None)
    assert page.data.school_year
    page.show_data(dataclasses.replace(page.data, holidays_missing=(2026, 2027)))
    assert joined in page.year_card.detail.text()
