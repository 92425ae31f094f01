"""The policy thresholds in English name their clause in the language's brackets (the full-width ones in Chinese)."""
from __future__ import annotations

from counselor_app.ui.qt import QFormLayout, QLabel
from ui_helpers import log_in, wait_for


def _threshold_labels(qtbot, make_app, lang):
    app = make_app(lang)
    main = log_in(qtbot, app)
    main.go_to("settings")
    page = main.pages["settings"]
    wait_for(qtbot, lambda: page.idle.value() == 5)
    texts = []
    for form in page.tabs.widget(2).findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and isinstance(item.widget(), QLabel):
                texts.append(item.widget().text())
    return texts


def test_the_clauses_use_the_brackets_of_the_language(qtbot, make_app, office_ready):
    english = _threshold_labels(qtbot, make_app, "en")
    assert english and all(t.endswith(")") and " (art. " in t and "（" not in t for t in english)


def test_chinese_keeps_its_full_width_brackets(qtbot, make_app, office_ready):
    chinese = _threshold_labels(qtbot, make_app, "zh_CN")
    assert chinese and all(t.endswith("条）") and "（第" in t for t in chinese)
