"""A window 1024 pixels wide (an office PC at 1024×768, or 1366 wide and not maximized): every page keeps its
buttons and filters whole — each as wide as its text needs and inside the page — in Chinese and in English, whose
labels are longer. The heading and filter rows wrap onto another line instead (ui/flow_layout.py)."""
from __future__ import annotations

import pytest

from counselor_app.services.demo import DEMO_PASSWORD
from ui_helpers import log_in, wait_for

# every page with rows of buttons or filters; the head sees all of them
PAGES = ["referrals", "leaves", "crisis", "compliance", "compliance_logs", "appointments", "duty", "staff",
         "classes", "calendar", "audit", "users", "backup", "students", "watch", "screening"]
# not yet: meetings (its year row in ui/meetings does not wrap; English cuts the year and the legend)


def cut_off(page) -> list[str]:
    """The visible buttons, check boxes and combo boxes of ``page`` that are narrower than their text needs or
    reach out of the page's visible area (described by class and text, for the failure message)."""
    from counselor_app.ui.qt import QCheckBox, QComboBox, QPushButton, QRect

    visible = page.visibleRegion().boundingRect()
    bad = []
    for kind in (QPushButton, QCheckBox, QComboBox):
        for widget in page.findChildren(kind):
            if not widget.isVisible() or widget.window() is not page.window() or _inside_a_view(widget, page):
                continue
            # a button made narrow on purpose (◀ ▶, setFixedWidth) needs only its maximum width
            need = min((widget.minimumSizeHint() if _squeezable(widget) else widget.sizeHint()).width(),
                       widget.maximumWidth())
            where = QRect(widget.mapTo(page, widget.rect().topLeft()), widget.size())
            if widget.width() < need or not visible.contains(where):
                text = widget.currentText() if kind is QComboBox else widget.text()
                bad.append(f"{kind.__name__} {text!r}: {widget.width()} wide, needs {need}; at {where.x()},"
                           f"{where.y()} +{where.width()}x{where.height()} in {visible.width()}x{visible.height()}")
    return bad


def _squeezable(widget) -> bool:
    """A combo box may be narrower than its longest entry (its list opens wider), unless it is meant to show it."""
    from counselor_app.ui.qt import QComboBox

    return isinstance(widget, QComboBox) and widget.sizeAdjustPolicy() != QComboBox.SizeAdjustPolicy.AdjustToContents


def _inside_a_view(widget, page) -> bool:
    """Editors and buttons that scroll with a table or a scroll area (their cut-off is the scroll's business)."""
    from counselor_app.ui.qt import QAbstractItemView, QScrollArea

    parent = widget.parentWidget()
    while parent is not None and parent is not page:
        if isinstance(parent, (QAbstractItemView, QScrollArea)):
            return True
        parent = parent.parentWidget()
    return False


@pytest.fixture
def narrow_main(qtbot, make_app, demo_office):
    def open_(lang: str):
        app = make_app(lang)
        main = log_in(qtbot, app, "demo", DEMO_PASSWORD)
        main.resize(1024, 700)
        return main
    return open_


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_every_page_keeps_its_buttons_whole_at_1024_pixels(qtbot, narrow_main, lang):
    main = narrow_main(lang)
    found = {}
    for key in PAGES:
        assert main.go_to(key), key
        page = main.pages[key]
        wait_for(qtbot, lambda: not main.app.worker.has_pending())   # the page shows what it loaded
        qtbot.wait(50)   # the layouts settle
        found[key] = cut_off(page)
    assert not any(found.values()), "\n".join(f"{k}: {line}" for k, lines in found.items() for line in lines)
