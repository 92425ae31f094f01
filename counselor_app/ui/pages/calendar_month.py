"""The month grid of the school calendar: a 6 × 7 table model that marks holidays, make-up workdays, semesters and
today (framed by TodayFrame, and said in the cell and its tooltip)."""
from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from counselor_app.domain.holidays import DayInfo, DayKind, SchoolCalendar, Source
from counselor_app.translation import translate_text
from counselor_app.ui.qt import (
    QAbstractTableModel, QColor, QCoreApplication, QFont, QModelIndex, QObject, QStyledItemDelegate, Qt,
)

HOLIDAY_BG, HOLIDAY_FG = QColor("#fde2e1"), QColor("#b3261e")
MAKEUP_BG, MAKEUP_FG = QColor("#dbeafe"), QColor("#1d4ed8")
WEEKEND_BG = QColor("#eef1f4")
OUTSIDE_FG = QColor("#9aa5b1")   # days outside the semester
TODAY_FRAME = QColor("#2f6fae")  # the app's accent colour
TODAY_ROLE = Qt.ItemDataRole.UserRole + 1


def weekday_names() -> list[str]:
    return [QCoreApplication.translate("Calendar", "Mon"), QCoreApplication.translate("Calendar", "Tue"),
            QCoreApplication.translate("Calendar", "Wed"), QCoreApplication.translate("Calendar", "Thu"),
            QCoreApplication.translate("Calendar", "Fri"), QCoreApplication.translate("Calendar", "Sat"),
            QCoreApplication.translate("Calendar", "Sun")]


def kind_text(kind: DayKind) -> str:
    return {DayKind.WORKDAY: QCoreApplication.translate("Calendar", "Workday"),
            DayKind.WEEKEND: QCoreApplication.translate("Calendar", "Weekend"),
            DayKind.HOLIDAY: QCoreApplication.translate("Calendar", "Holiday"),
            DayKind.MAKEUP_WORKDAY: QCoreApplication.translate("Calendar", "Make-up workday")}[kind]


def source_text(source: Source) -> str:
    return {Source.RULE: "", Source.PACKAGE: QCoreApplication.translate("Calendar", "built-in calendar"),
            Source.OFFICE: QCoreApplication.translate("Calendar", "entered by the office")}[source]


def day_name(info: DayInfo) -> str:
    """The holiday's name in the user's language (the package's names are translated, the office's kept)."""
    name = translate_text(info.name) if hasattr(info.name, "context") else info.name
    if name and info.source is Source.PACKAGE and info.kind is DayKind.MAKEUP_WORKDAY:
        return QCoreApplication.translate("Calendar", "{name} make-up").format(name=name)
    return name


def describe(info: DayInfo) -> str:
    """One line about a day, e.g. 2026-10-01 周四 · 放假 · 国庆节 · 内置日历."""
    parts = [f"{info.day.isoformat()} {weekday_names()[info.day.weekday()]}", kind_text(info.kind), day_name(info),
             source_text(info.source)]
    return " · ".join(p for p in parts if p)


class MonthModel(QAbstractTableModel):
    """Six weeks of seven days (Monday first) around one month; days of other months stay empty."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.calendar: SchoolCalendar | None = None
        self.year, self.month = 2000, 1
        self.first_cell = date(2000, 1, 1)
        self.today: date | None = None   # None: the computer's date, read at each paint (the app may run past midnight)

    def show_month(self, calendar: SchoolCalendar | None, year: int, month: int) -> None:
        self.beginResetModel()
        self.calendar, self.year, self.month = calendar, year, month
        first = date(year, month, 1)
        self.first_cell = first - timedelta(days=first.weekday())
        self.endResetModel()

    def clear(self) -> None:
        self.show_month(None, self.year, self.month)

    def day_at(self, index: QModelIndex) -> date | None:
        if not index.isValid() or self.calendar is None:
            return None
        day = self.first_cell + timedelta(days=index.row() * 7 + index.column())
        return day if (day.year, day.month) == (self.year, self.month) else None

    def index_of(self, day: date) -> QModelIndex:
        n = (day - self.first_cell).days
        return self.index(n // 7, n % 7) if 0 <= n < 42 else QModelIndex()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else 6

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else 7

    def flags(self, index: QModelIndex):
        if self.day_at(index) is None:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        day = self.day_at(index)
        if day is None:
            return None
        info = self.calendar.day(day)
        in_semester = self.calendar.in_semester(day)
        is_today = day == (self.today or date.today())
        if role == TODAY_ROLE:
            return is_today
        if role == Qt.ItemDataRole.DisplayRole:
            short = {DayKind.HOLIDAY: QCoreApplication.translate("Calendar", "Day off"),
                     DayKind.MAKEUP_WORKDAY: QCoreApplication.translate("Calendar", "Make-up")}
            label = day_name(info) or short.get(info.kind, "")
            number = (QCoreApplication.translate("Calendar", "{day} · today").format(day=day.day) if is_today
                      else str(day.day))
            return f"{number}\n{label}" if label else number
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [describe(info)]
            if not in_semester:
                parts.append(QCoreApplication.translate("Calendar", "outside the semesters"))
            if is_today:
                parts.append(QCoreApplication.translate("Calendar", "today"))
            return " · ".join(parts)
        if role == Qt.ItemDataRole.BackgroundRole:
            return {DayKind.HOLIDAY: HOLIDAY_BG, DayKind.MAKEUP_WORKDAY: MAKEUP_BG,
                    DayKind.WEEKEND: WEEKEND_BG}.get(info.kind)
        if role == Qt.ItemDataRole.ForegroundRole:
            if not in_semester:
                return OUTSIDE_FG
            return {DayKind.HOLIDAY: HOLIDAY_FG, DayKind.MAKEUP_WORKDAY: MAKEUP_FG}.get(info.kind)
        if role == Qt.ItemDataRole.FontRole and info.source is Source.OFFICE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.UserRole:
            return day
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return weekday_names()[section]
        return None


class TodayFrame(QStyledItemDelegate):
    """Draws the cell as usual, and a frame in the accent colour around today's."""

    def paint(self, painter, option, index) -> None:
        super().paint(painter, option, index)
        if index.data(TODAY_ROLE):
            painter.save()
            painter.setPen(TODAY_FRAME)
            r = option.rect
            for inset in (1, 2):   # two pixels wide, inside the cell's own grid lines
                painter.drawRect(r.adjusted(inset, inset, -inset - 1, -inset - 1))
            painter.restore()
