"""The entry window in English: a name with its phone or relation in brackets uses the language's brackets (the
Chinese full-width ones only in Chinese)."""
from __future__ import annotations

from test_keyboard_tables import open_each_entry

from counselor_app.services.demo import DEMO_PASSWORD
from ui_helpers import log_in, wait_for


def _open_entries(qtbot, make_app, lang):
    app = make_app(lang)
    main = log_in(qtbot, app, "demo", DEMO_PASSWORD)
    main.go_to("watch")
    page = main.pages["watch"]
    wait_for(qtbot, lambda: page.loaded and page.model.rowCount() > 0)
    page.table.setFocus()
    windows = []
    for window in open_each_entry(qtbot, page):
        measures = window.plan_tab.measures
        owners = [measures.item(r, 2).text() for r in range(measures.rowCount()) if measures.item(r, 2)]
        windows.append((window.parent_label.text(), owners))
    return windows


def test_brackets_follow_the_language(qtbot, make_app, demo_office):
    shown = _open_entries(qtbot, make_app, "en")
    parents = [p for p, _o in shown if "(" in p or "（" in p]
    owners = [o for _p, os in shown for o in os if "(" in o or "（" in o]
    assert parents and owners   # the demo has parents with their relation and plan owners with a phone
    assert all("（" not in t and " (" in t for t in parents + owners)
