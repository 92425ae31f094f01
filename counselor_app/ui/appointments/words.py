"""How the appointments' codes and rows read on screen (the domain's labels, translated)."""
from __future__ import annotations

from datetime import date

from counselor_app.domain import appointment as rules
from counselor_app.domain.errors import fill
from counselor_app.translation import translate_text
from counselor_app.ui.qt import QCoreApplication, QColor

STATE_COLOURS = {"booked": "#dbe9f7", "confirmed": "#b9d6f2", "arrived": "#fbe7b0", "completed": "#cfe8cf",
                 "no_show": "#f6c6c0", "cancelled_student": "#e6e6e6", "cancelled_counselor": "#e6e6e6",
                 "late_cancel": "#f0d8d0"}
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def label(enum, code: str) -> str:
    """A code of ``enum`` in the user's language ('' for '', an unknown code as it is)."""
    if not code:
        return ""
    try:
        return translate_text(enum(code).label)
    except ValueError:
        return code


def choices(enum) -> list[tuple[str, str]]:
    return [(translate_text(m.label), m.value) for m in enum]


def colour(state: str) -> QColor:
    return QColor(STATE_COLOURS.get(state, "#ffffff"))


def weekday(day: date) -> str:
    return weekday_of(day.weekday())


def weekday_of(number: int) -> str:
    """周一 … 周日 for 0 … 6."""
    return QCoreApplication.translate("AppointmentWords", WEEKDAYS[number])


def conflict_text(conflict) -> str:
    """A conflict's sentence, its placeholders filled."""
    return fill(conflict.message, conflict.values, translate_text)


def who(row) -> str:
    """The students of an appointment: '张三' or '张三、李四 等3人'."""
    names = list(row.student_names)
    if len(names) <= 2:
        return "、".join(names)
    return QCoreApplication.translate("AppointmentWords", "{names} and {more} more").format(
        names="、".join(names[:2]), more=len(names) - 2)


def place(row) -> str:
    return row.room_name if row.mode == rules.Mode.ROOM.value else label(rules.Mode, row.mode)


def line(row) -> str:
    """One line: '11-16 周一 12:10–12:50 张三 · 个体 · 个体辅导室1 · 已预约'."""
    day = date.fromisoformat(row.day)
    return QCoreApplication.translate("AppointmentWords", "{day} {weekday} {start}–{end} {who} · {kind} · {place} · "
                                                          "{state}").format(
        day=day.strftime("%m-%d"), weekday=weekday(day), start=row.start, end=row.end, who=who(row),
        kind=label(rules.Kind, row.kind), place=place(row), state=label(rules.State, row.state))


def _noop() -> None:   # lupdate: the weekday names above
    QCoreApplication.translate("AppointmentWords", "Mon")
    QCoreApplication.translate("AppointmentWords", "Tue")
    QCoreApplication.translate("AppointmentWords", "Wed")
    QCoreApplication.translate("AppointmentWords", "Thu")
    QCoreApplication.translate("AppointmentWords", "Fri")
    QCoreApplication.translate("AppointmentWords", "Sat")
    QCoreApplication.translate("AppointmentWords", "Sun")
