"""The watch list's codes and history rows in the user's words (the entry window and its dialogs).

Codes come from domain/watch.py, each with a translatable label; a level is the office's own list (its name may be
the office's own text). A history row says what changed (old → new, in words) and why.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Iterable

from counselor_app.domain import watch as rules
from counselor_app.translation import translate, translate_text

DASH = "—"


def label(enum: type, code: str | None) -> str:
    """The code's label in the user's language; '—' for none, an unknown code as it is."""
    if not code:
        return DASH
    try:
        return translate_text(enum(code).label)
    except ValueError:
        return code


def choices(enum: type) -> list[tuple[str, str]]:
    """(label, code) of every code of ``enum``, for a drop-down."""
    return [(translate_text(m.label), m.value) for m in enum]


def level_of(levels: Iterable[rules.Level], code: str) -> rules.Level | None:
    return next((lv for lv in levels if lv.code == code), None)


def level_name(levels: Iterable[rules.Level], code: str) -> str:
    found = level_of(levels, code)
    return found.name(translate_text) if found else (code or DASH)


def severity_name(code: str) -> str:
    return label(rules.Severity, code) if code else translate("WatchWords", "not yet decided")


def text_colour(background: str) -> str:
    """Black or white, whichever reads better on ``background`` ('#rrggbb')."""
    try:
        r, g, b = (int(background[i:i + 2], 16) for i in (1, 3, 5))
    except ValueError:
        return "#ffffff"
    return "#1f2d3d" if 0.299 * r + 0.587 * g + 0.114 * b > 170 else "#ffffff"


def when(at: str) -> str:
    """An audit-style UTC timestamp in local time, to the minute."""
    try:
        return datetime.fromisoformat(at).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return at


def is_past(day: str | None, today: date | None = None) -> bool:
    return bool(day) and day < (today or date.today()).isoformat()


def overdue_words(codes: Iterable[str]) -> str:
    return translate("WatchWords", ", ").join(label(rules.Overdue, c) for c in codes)


def with_aside(main: str, aside: str) -> str:
    """'孙杰（19905047204）' / 'Sun Jie (19905047204)': the brackets of the user's language."""
    return translate("WatchWords", "{main} ({aside})").format(main=main, aside=aside) if aside else main


def people_words(value: str, names: dict[int, str]) -> str:
    """'duty:staff id,…' (a history row of the responsible people) as '班主任 王老师、心理教师 李老师'."""
    out = []
    for part in (p for p in value.split(",") if p):
        duty, _, staff = part.partition(":")
        try:
            who = names.get(int(staff)) or translate("WatchWords", "a former staff member")
        except ValueError:
            who = staff
        out.append(translate("WatchWords", "{duty} {name}").format(duty=label(rules.Duty, duty), name=who))
    return translate("WatchWords", "; ").join(out) or translate("WatchWords", "nobody")


def history_words(item, levels, names: dict[int, str], followup_days: dict[int, str]) -> tuple[str, str]:
    """(what changed, why) of one history row (services/watch_detail.HistoryItem)."""
    kind, old, new, reason = item.kind, item.old, item.new, item.reason
    if kind == "opened":   # old: the first state, new: the level
        what = translate("WatchWords", "Put on the watch list: {level}, {state}").format(
            level=level_name(levels, new), state=label(rules.State, old))
    elif kind == "level":
        what = translate("WatchWords", "Level: {old} → {new}").format(old=level_name(levels, old),
                                                                    new=level_name(levels, new))
        if reason.startswith("#followup "):
            day = followup_days.get(int(reason.split()[1]) if reason.split()[1].isdigit() else -1, "")
            reason = translate("WatchWords", "Re-rated at the follow-up of {day}").format(day=day or DASH)
    elif kind == "severity":
        what = translate("WatchWords", "Class: {old} → {new}").format(old=severity_name(old), new=severity_name(new))
    elif kind == "state":
        what = translate("WatchWords", "State: {old} → {new}").format(old=label(rules.State, old),
                                                                    new=label(rules.State, new))
    elif kind == "responsible":
        what = translate("WatchWords", "Responsible people: {old} → {new}").format(old=people_words(old, names),
                                                                                 new=people_words(new, names))
    elif kind == "close_requested":
        what = translate("WatchWords", "Closing asked: {reason}").format(reason=label(rules.CloseReason, new))
    elif kind == "close_withdrawn":
        what = translate("WatchWords", "Closing request withdrawn")
    elif kind == "close_rejected":
        what = translate("WatchWords", "Closing request sent back")
    elif kind == "closed":
        what = translate("WatchWords", "Closed")
    elif kind == "reopened":
        what = translate("WatchWords", "Reopened: level {old} → {new}").format(old=level_name(levels, old),
                                                                              new=level_name(levels, new))
    else:
        what = kind
    return what, reason


def ref_types() -> list[tuple[str, str]]:
    """(label, code) of the records an entry may name as its trigger; '' none."""
    return [(translate("WatchWords", "none"), ""), (translate("WatchWords", "Screening result"), "screening"),
            (translate("WatchWords", "Observation"), "observation"),
            (translate("WatchWords", "Parent contact"), "watch_contact"),
            (translate("WatchWords", "Hospital receipt"), "hospital_receipt")]


def ref_type_name(code: str) -> str:
    return next((text for text, c in ref_types() if c == code), code) if code else ""
