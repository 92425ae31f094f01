"""Words of the screening windows shared by the page, the results window and the profile section."""
from __future__ import annotations

from counselor_app.domain import screening as rules
from counselor_app.translation import translate_text
from counselor_app.ui.qt import QCoreApplication

URGENT_RED = "#b3261e"


def outcome_text(code: str) -> str:
    """阳性 / 阴性 / 无效 / 未定 in the user's language."""
    try:
        return translate_text(rules.Outcome(code).label)
    except ValueError:
        return code


def key_items_text(items) -> str:
    return rules.key_items_text(items)


def dates_text(start: str, end: str | None) -> str:
    if not end or end == start:
        return start
    return QCoreApplication.translate("ScreeningWords", "{start} to {end}").format(start=start, end=end)
