"""The wrapping row (ui/flow_layout.py): one line when there is room, more lines when not (heightForWidth says how
high), hidden widgets take no room, an expanding widget takes the spare width, a right-aligned row ends at the
right edge, the order (and so Tab) is kept."""
from __future__ import annotations

import pytest


@pytest.fixture
def row(qtbot):
    from counselor_app.ui.flow_layout import FlowLayout
    from counselor_app.ui.qt import QPushButton, QWidget

    def make(count=4, width=100, **options):
        holder = QWidget()
        qtbot.addWidget(holder)
        flow = FlowLayout(holder, h_spacing=10, v_spacing=5, **options)
        buttons = []
        for n in range(count):
            button = QPushButton(f"button {n}")
            button.setFixedSize(width, 20)
            flow.addWidget(button)
            buttons.append(button)
        return holder, flow, buttons
    return make


def _lay_out(holder, flow, width):
    from counselor_app.ui.qt import QRect

    holder.resize(width, 200)
    flow.setGeometry(QRect(0, 0, width, flow.heightForWidth(width)))


def test_one_line_when_everything_fits(row):
    holder, flow, buttons = row()
    assert flow.hasHeightForWidth() and flow.heightForWidth(430) == 20
    _lay_out(holder, flow, 430)
    assert [b.geometry().topLeft().toTuple() for b in buttons] == [(0, 0), (110, 0), (220, 0), (330, 0)]


def test_wraps_when_too_narrow_and_says_how_high(row):
    holder, flow, buttons = row()
    assert flow.heightForWidth(429) == 45           # 3 + 1: two lines and the gap between them
    assert flow.heightForWidth(209) == 20 * 4 + 5 * 3  # one a line
    _lay_out(holder, flow, 250)
    assert [b.geometry().topLeft().toTuple() for b in buttons] == [(0, 0), (110, 0), (0, 25), (110, 25)]
    assert all(b.width() == 100 for b in buttons)   # nothing squeezed
    assert flow.minimumSize().width() == 100 and flow.sizeHint().width() == 430


def test_hidden_widgets_take_no_room(row):
    holder, flow, buttons = row()
    holder.show()
    buttons[1].hide()
    assert flow.heightForWidth(320) == 20
    assert flow.sizeHint().width() == 320
    _lay_out(holder, flow, 320)
    assert [buttons[n].x() for n in (0, 2, 3)] == [0, 110, 220]


def test_a_right_aligned_row_ends_at_the_right_edge(row):
    holder, flow, buttons = row(count=3, right=True)
    _lay_out(holder, flow, 300)   # two on the first line, one on the second, each line pushed right
    assert [b.geometry().topLeft().toTuple() for b in buttons] == [(90, 0), (200, 0), (200, 25)]


def test_an_expanding_widget_and_a_stretch_take_the_spare_width(qtbot):
    from counselor_app.ui.flow_layout import flow_row
    from counselor_app.ui.qt import QLineEdit, QPushButton, QSizePolicy, QWidget

    holder = QWidget()
    qtbot.addWidget(holder)
    search, after, last = QLineEdit(), QPushButton("after"), QPushButton("last")
    search.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    search.setFixedHeight(20)
    search.setMinimumWidth(100)
    search.setMaximumWidth(10000)
    for button in (after, last):
        button.setFixedSize(50, 20)
    flow = flow_row([search, after, None, last])
    flow.setSpacing(10)
    holder.setLayout(flow)
    holder.resize(500, 100)
    flow.setGeometry(holder.rect())
    # the spare width goes half to the search box, half to the stretch that pushes "last" to the right edge
    grown = search.width() - max(100, search.sizeHint().width())
    stretch = last.x() - (after.x() + 50) - 2 * 10
    assert grown > 0 and abs(grown - stretch) <= 1
    assert (after.x(), last.x() + last.width()) == (search.width() + 10, 500)
