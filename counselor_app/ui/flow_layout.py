"""A row of widgets that wraps onto the next line when the window is too narrow for all of them.

Office PCs run 1024 or 1280 pixels wide, often not maximized: a page's heading buttons and filters must stay whole
and clickable there, not squeezed or cut off. :class:`FlowLayout` lays its items left to right (or right-aligned,
for a heading's buttons) and starts a new line when the next one does not fit; it reports ``heightForWidth`` so the
page above gives it the lines it needs. Modelled on Qt's "Flow Layout" example, with two additions the list pages
use: an item that expands horizontally (a search box, a STRETCH spacer) takes its line's spare width, and every
item of a line is centred vertically (buttons, combo boxes and line edits differ by a pixel or two).

The widgets keep their order, so Tab walks them as before; hidden widgets take no room.
"""
from __future__ import annotations

from counselor_app.ui.qt import QHBoxLayout, QLayout, QRect, QSize, QSizePolicy, QSpacerItem, QStyle, Qt, QWidget


class FlowLayout(QLayout):
    """Items in reading order, wrapped into lines. ``right``: each line pushed to the right edge (a heading's
    buttons next to the page title); otherwise lines start at the left and expanding items share the spare width."""

    def __init__(self, parent=None, *, right: bool = False, h_spacing: int = -1, v_spacing: int = -1) -> None:
        super().__init__(parent)
        self._items: list = []
        self._right = right
        self._h, self._v = h_spacing, v_spacing
        self.setContentsMargins(0, 0, 0, 0)

    # -- the QLayout protocol ------------------------------------------------------------------------
    def addItem(self, item) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):  # noqa: N802 - Qt's name
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):  # noqa: N802 - Qt's name
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):  # noqa: N802 - Qt's name
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect) -> None:  # noqa: N802 - Qt's name
        super().setGeometry(rect)
        self._place(rect, move=True)

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        """As wide as the widest item (everything else can wrap), one line high."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Everything on one line, when there is room for it."""
        items = self._shown()
        width = sum(i.sizeHint().width() for i in items) + self._gap_x() * max(0, len(items) - 1)
        height = max((i.sizeHint().height() for i in items), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    # -- placing -------------------------------------------------------------------------------------
    def _shown(self) -> list:
        """The items that take room: visible widgets and nested layouts; spacers are placed by _place."""
        return [i for i in self._items if not i.isEmpty()]

    def _gap_x(self) -> int:
        return self._h if self._h >= 0 else self._style_gap(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)

    def _gap_y(self) -> int:
        return self._v if self._v >= 0 else self._style_gap(QStyle.PixelMetric.PM_LayoutVerticalSpacing)

    def _style_gap(self, metric) -> int:
        if self.spacing() >= 0:
            return self.spacing()
        owner = self.parentWidget()
        gap = owner.style().pixelMetric(metric, None, owner) if owner is not None else -1
        return gap if gap >= 0 else 6

    def _lines(self, width: int) -> list[list]:
        """The items (spacers included) cut into lines no wider than ``width``; a line never starts with a
        spacer, and an item wider than the whole width gets a line of its own."""
        lines: list[list] = [[]]
        used, gap = 0, self._gap_x()
        for item in self._items:
            spacer = item.spacerItem() is not None
            if item.isEmpty() and not spacer:
                continue   # a hidden widget takes no room
            if spacer and not lines[-1]:
                continue
            w = 0 if spacer else item.sizeHint().width()
            extra = w if not lines[-1] else gap + w
            if lines[-1] and not spacer and used + extra > width:
                lines.append([])
                used, extra = 0, w
            lines[-1].append(item)
            used += extra
        return [line for line in lines if any(i.spacerItem() is None for i in line)]

    def _place(self, rect, *, move: bool) -> int:
        """Lay the items out in ``rect`` (only measure unless ``move``); the height they need."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        gap_x, y = self._gap_x(), area.y()
        lines = self._lines(area.width())
        for number, line in enumerate(lines):
            while line and line[-1].spacerItem() is not None:
                line.pop()   # a spacer at the end of a line pushes nothing
            height = max(i.sizeHint().height() for i in line if i.spacerItem() is None)
            if move:
                self._place_line(line, area, y, height, gap_x)
            y += height + (self._gap_y() if number < len(lines) - 1 else 0)
        return y - rect.y() + m.bottom() if lines else 0

    def _place_line(self, line: list, area, y: int, height: int, gap_x: int) -> None:
        widths = [0 if i.spacerItem() is not None else i.sizeHint().width() for i in line]
        spare = max(0, area.width() - sum(widths) - gap_x * (len(line) - 1))
        growing = [n for n, i in enumerate(line) if _grows(i)]
        if growing and not self._right:
            share, rest = divmod(spare, len(growing))
            for k, n in enumerate(growing):
                widths[n] += share + (1 if k < rest else 0)
            spare = 0
        widths = [min(w, area.width()) for w in widths]
        x = area.x() + (spare if self._right else 0)
        for item, width in zip(line, widths):
            if item.spacerItem() is None:
                h = min(height, max(item.sizeHint().height(), item.minimumSize().height()))
                item.setGeometry(QRect(x, y + (height - h) // 2, width, h))
            x += width + gap_x


def _grows(item) -> bool:
    """Whether an item takes its line's spare width: an expanding spacer, or a widget whose horizontal size
    policy says Expanding (the search box)."""
    spacer = item.spacerItem()
    if spacer is not None:
        return bool(spacer.expandingDirections() & Qt.Orientation.Horizontal)
    widget = item.widget()
    return widget is not None and bool(
        widget.sizePolicy().horizontalPolicy().value & QSizePolicy.PolicyFlag.ExpandFlag.value)


def flow_row(widgets, *, right: bool = False) -> FlowLayout:
    """A wrapping row of ``widgets``; None (the list kit's STRETCH) takes the spare width of its line, pushing
    what follows to the right."""
    row = FlowLayout(right=right)
    for widget in widgets:
        if widget is None:
            row.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum))
        else:
            row.addWidget(widget)
    return row


def flow_heading(title, buttons, *, right: bool = True) -> QHBoxLayout:
    """A page's title on the left and its buttons (right-aligned unless ``right`` is False) beside it, wrapping onto
    more lines when the page is too narrow for one; the title stays level with the first line."""
    shown = [b for b in buttons if b is not None]
    if shown:
        title.setMinimumHeight(max(b.sizeHint().height() for b in shown))
    heading = QHBoxLayout()
    heading.addWidget(title, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    heading.addLayout(flow_row(buttons, right=right), 1)
    return heading


def together(*widgets) -> QWidget:
    """Widgets that wrap as one (a caption and its field): a row of their own, without margins."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    return holder
