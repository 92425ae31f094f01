"""How the review meetings' codes read in the windows: kinds, states, decisions, reasons, roles, attendance
(domain/meeting.py's labels, translated), a meeting's title and its month."""
from __future__ import annotations

from counselor_app.domain import meeting as rules
from counselor_app.translation import translate_text
from counselor_app.ui.qt import QCoreApplication, QDate, QLocale

DASH = "—"
LATE_RED = "#b3261e"
STATE_COLOURS = {rules.MeetingState.PREPARING: "#2f6fae", rules.MeetingState.IN_PROGRESS: "#8a5a00",
                 rules.MeetingState.FINALIZED: "#2e7d32", rules.MeetingState.ABANDONED: "#7a7a7a"}


def label(enum: type, code: str) -> str:
    """A code of one of domain/meeting.py's lists in the user's language (an unknown code as it is, '' as —)."""
    if not code:
        return DASH
    try:
        return translate_text(enum(code).label)
    except ValueError:
        return code


def kind_text(kind: str, name: str = "") -> str:
    return name if kind == rules.Kind.EXTRA and name else label(rules.Kind, kind)


def state_text(state: str) -> str:
    return label(rules.MeetingState, state)


def decision_text(code: str) -> str:
    return label(rules.Decision, code) if code else ""


def joined(texts) -> str:
    """Words of a list: 、 between them in Chinese, a comma in English."""
    return QCoreApplication.translate("MeetingWords", ", ").join(texts)


def reasons_text(codes) -> str:
    return joined(label(rules.Reason, c) for c in codes)


def role_text(code: str) -> str:
    return label(rules.AttendeeRole, code)


def attendance_text(code: str) -> str:
    return label(rules.Attendance, code)


def month_text(month: str) -> str:
    """'2026-11' as 2026年11月 / 2026-11: the month written with a Qt date format the translation gives."""
    try:
        year, mon = (int(x) for x in month.split("-"))
    except ValueError:
        return month
    return month_format(year, mon, QCoreApplication.translate("MeetingWords", "yyyy-MM"))


def month_format(year: int, month: int, pattern: str) -> str:
    """The first day of the month written with the Qt date ``pattern`` (yyyy年M月, MMM) in the user's locale."""
    return QLocale().toString(QDate(year, month, 1), pattern)


def meeting_title(grade: str, month: str, kind: str, name: str = "") -> str:
    """七年级 2026年11月 月度研判会 — what a window and a list call one meeting."""
    return QCoreApplication.translate("MeetingWords", "{grade} · {month} · {kind}").format(
        grade=grade, month=month_text(month), kind=kind_text(kind, name))

