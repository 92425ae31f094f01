"""How the watch list's codes read on the list page, the start page and the profile section: level names and
colours (a tinted cell, a coloured dot), state (with a closing waiting for approval), class of case, source, overdue
reasons — domain/watch.py's labels, translated. (The entry window has its own words in entry_words.py.)
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable

from counselor_app.domain import watch as rules
from counselor_app.translation import translate, translate_text
from counselor_app.ui.qt import QColor, QIcon, QPainter, QPixmap, Qt

OVERDUE_RED = "#b3261e"


def label_of(enum: type, code: str) -> str:
    """A code of one of the domain's lists in the user's language (an unknown code as it is)."""
    try:
        return translate_text(enum(code).label)
    except ValueError:
        return code


def level_map(levels: Iterable[rules.Level]) -> dict[str, rules.Level]:
    return {lv.code: lv for lv in levels}


def level_name(levels: dict[str, rules.Level], code: str) -> str:
    found = levels.get(code)
    return found.name(translate_text) if found is not None else code


def level_rank(levels: dict[str, rules.Level], code: str) -> int:
    found = levels.get(code)
    return found.rank if found is not None else 0


def tint(colour: str, strength: float = 0.28) -> str:
    """``colour`` mixed into white: a background under dark text that still says the level at a glance."""
    c = QColor(colour)
    if not c.isValid():
        return ""
    mix = [round(255 - (255 - v) * strength) for v in (c.red(), c.green(), c.blue())]
    return "#{:02x}{:02x}{:02x}".format(*mix)


def level_background(levels: dict[str, rules.Level], code: str) -> str | None:
    found = levels.get(code)
    return tint(found.colour) if found is not None else None


@lru_cache(maxsize=32)
def dot_icon(colour: str, size: int = 12) -> QIcon:
    """A filled round dot of the level's colour (lists and the start page)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


def level_icon(levels: dict[str, rules.Level], code: str) -> QIcon:
    found = levels.get(code)
    return dot_icon(found.colour if found is not None else "#9aa5b1")


def severity_text(code: str) -> str:
    """轻症 / 重症, or 未定 while the class of the case is not decided."""
    return label_of(rules.Severity, code) if code else translate("WatchListWords", "undecided")


def state_text(state: str, close_requested: bool = False) -> str:
    """The state, with 待审批关闭 while a closing waits for the head's approval."""
    text = label_of(rules.State, state)
    if close_requested and state != rules.State.CLOSED:
        return translate("WatchListWords", "{state} (closing to approve)").format(state=text)
    return text


def source_text(code: str) -> str:
    return label_of(rules.Source, code)


def separator() -> str:
    """Between the items of a list in a sentence: ', ' (、 in Chinese)."""
    return translate("WatchListWords", ", ")


def overdue_text(codes: Iterable[str]) -> str:
    """The reasons an entry is overdue, in words."""
    return separator().join(label_of(rules.Overdue, c) for c in codes)


def duty_text(code: str) -> str:
    return label_of(rules.Duty, code)
