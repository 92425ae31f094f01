"""The free-form audit details in words: 'meeting=9 entry=10 refer yellow>yellow' → 研判会 #9；重点关注条目 #10；…

The services write a row's detail as a few space-separated parts: ``key=value`` (an id, a count, a date, a code),
a bare code ('refer', 'urgent', 'form'), a change 'old>new' (levels, states), and after a tab a text the user
wrote (a reason, a purpose). The stored detail never changes (the trail is hash-chained); only its display is put
into words here. A key without words is shown as '键：值', a code without a label as it is, and a detail of which
no part is known (free text, an old format) exactly as stored.
"""
from __future__ import annotations

import re
from typing import Callable, Iterable, Mapping

from counselor_app.domain.errors import QT_TRANSLATE_NOOP, Text

Translate = Callable[[Text], str]

# target types of the case-work services (the register's are in audit_labels.TARGETS)
TARGETS: dict[str, Text] = {
    "app_user": QT_TRANSLATE_NOOP("AuditTarget", "user"),
    "appointment": QT_TRANSLATE_NOOP("AuditTarget", "appointment"),
    "appt_block": QT_TRANSLATE_NOOP("AuditTarget", "blocked time"),
    "appt_request": QT_TRANSLATE_NOOP("AuditTarget", "waiting-list request"),
    "appt_room": QT_TRANSLATE_NOOP("AuditTarget", "counseling room"),
    "appt_series": QT_TRANSLATE_NOOP("AuditTarget", "series of sessions"),
    "session_record": QT_TRANSLATE_NOOP("AuditTarget", "session record"),
    "bureau": QT_TRANSLATE_NOOP("AuditTarget", "education bureau report"),
    "compliance": QT_TRANSLATE_NOOP("AuditTarget", "compliance records"),
    "hospital": QT_TRANSLATE_NOOP("AuditTarget", "partner hospital"),
    "crisis": QT_TRANSLATE_NOOP("AuditTarget", "crisis incident"),
    "leave": QT_TRANSLATE_NOOP("AuditTarget", "leave of absence"),
    "referral": QT_TRANSLATE_NOOP("AuditTarget", "referral"),
    "watch": QT_TRANSLATE_NOOP("AuditTarget", "watch list"),
    "watch_plan": QT_TRANSLATE_NOOP("AuditTarget", "support plan"),
    "watch_measure": QT_TRANSLATE_NOOP("AuditTarget", "plan measure"),
    "watch_followup": QT_TRANSLATE_NOOP("AuditTarget", "follow-up"),
    "watch_contact": QT_TRANSLATE_NOOP("AuditTarget", "parent contact"),
}
# key=<id>: the record the row is about
ID_KEYS: dict[str, Text] = {
    "meeting": QT_TRANSLATE_NOOP("AuditDetail", "review meeting #{value}"),
    "entry": QT_TRANSLATE_NOOP("AuditDetail", "watch-list entry #{value}"),
    "referral": QT_TRANSLATE_NOOP("AuditDetail", "referral #{value}"),
    "leave": QT_TRANSLATE_NOOP("AuditDetail", "leave of absence #{value}"),
    "appointment": QT_TRANSLATE_NOOP("AuditDetail", "appointment #{value}"),
    "request": QT_TRANSLATE_NOOP("AuditDetail", "waiting-list request #{value}"),
    "offered": QT_TRANSLATE_NOOP("AuditDetail", "offered to waiting-list request #{value}"),
    "series": QT_TRANSLATE_NOOP("AuditDetail", "series of sessions #{value}"),
    "result": QT_TRANSLATE_NOOP("AuditDetail", "screening result #{value}"),
    "campaign": QT_TRANSLATE_NOOP("AuditDetail", "screening campaign #{value}"),
    "student": QT_TRANSLATE_NOOP("AuditDetail", "student #{value}"),
    "item": QT_TRANSLATE_NOOP("AuditDetail", "agenda item #{value}"),
    "decision": QT_TRANSLATE_NOOP("AuditDetail", "decision #{value}"),
    "addendum": QT_TRANSLATE_NOOP("AuditDetail", "addendum #{value}"),
    "addendum_of": QT_TRANSLATE_NOOP("AuditDetail", "addendum to record #{value}"),
    "followup": QT_TRANSLATE_NOOP("AuditDetail", "follow-up #{value}"),
    "contact": QT_TRANSLATE_NOOP("AuditDetail", "contact record #{value}"),
    "measure": QT_TRANSLATE_NOOP("AuditDetail", "measure #{value}"),
    "template": QT_TRANSLATE_NOOP("AuditDetail", "duty shift #{value}"),
    "duty": QT_TRANSLATE_NOOP("AuditDetail", "duty #{value}"),
    "change": QT_TRANSLATE_NOOP("AuditDetail", "duty swap or cover #{value}"),
    "with": QT_TRANSLATE_NOOP("AuditDetail", "swapped with duty #{value}"),
    "staff": QT_TRANSLATE_NOOP("AuditDetail", "staff member #{value}"),
    "from": QT_TRANSLATE_NOOP("AuditDetail", "copied from #{value}"),
    "grade": QT_TRANSLATE_NOOP("AuditDetail", "grade #{value}"),
    "record": QT_TRANSLATE_NOOP("AuditDetail", "session record #{value}"),
    "event": QT_TRANSLATE_NOOP("AuditDetail", "crisis event #{value}"),
    "breach": QT_TRANSLATE_NOOP("AuditDetail", "confidentiality exception #{value}"),
    "waitlist": QT_TRANSLATE_NOOP("AuditDetail", "waiting-list request #{value}"),
}
# key=<count, date or text>
VALUE_KEYS: dict[str, Text] = {
    "items": QT_TRANSLATE_NOOP("AuditDetail", "{value} agenda items"),
    "attendees": QT_TRANSLATE_NOOP("AuditDetail", "{value} attendees"),
    "present": QT_TRANSLATE_NOOP("AuditDetail", "{value} present"),
    "decisions": QT_TRANSLATE_NOOP("AuditDetail", "{value} decisions"),
    "raised": QT_TRANSLATE_NOOP("AuditDetail", "{value} levels raised"),
    "lowered": QT_TRANSLATE_NOOP("AuditDetail", "{value} levels lowered"),
    "closed": QT_TRANSLATE_NOOP("AuditDetail", "closed (and closings asked): {value}"),
    "measures": QT_TRANSLATE_NOOP("AuditDetail", "{value} measures"),
    "shown": QT_TRANSLATE_NOOP("AuditDetail", "{value} shown"),
    "lapsed": QT_TRANSLATE_NOOP("AuditDetail", "{value} offers lapsed"),
    "expired": QT_TRANSLATE_NOOP("AuditDetail", "{value} requests expired"),
    "n": QT_TRANSLATE_NOOP("AuditDetail", "meeting no. {value}"),
    "week": QT_TRANSLATE_NOOP("AuditDetail", "week of {value}"),
    "day": QT_TRANSLATE_NOOP("AuditDetail", "day {value}"),
    "month": QT_TRANSLATE_NOOP("AuditDetail", "month {value}"),
    "due": QT_TRANSLATE_NOOP("AuditDetail", "due {value}"),
    "until": QT_TRANSLATE_NOOP("AuditDetail", "until {value}"),
    "arrived_at": QT_TRANSLATE_NOOP("AuditDetail", "arrived at {value}"),
    "students": QT_TRANSLATE_NOOP("AuditDetail", "students: {value}"),
    "purpose": QT_TRANSLATE_NOOP("AuditDetail", "purpose: {value}"),
    "minutes": QT_TRANSLATE_NOOP("AuditDetail", "after {value} minutes"),
    "sessions": QT_TRANSLATE_NOOP("AuditDetail", "{value} sessions"),
    "skipped": QT_TRANSLATE_NOOP("AuditDetail", "{value} skipped"),
    "cancelled": QT_TRANSLATE_NOOP("AuditDetail", "{value} cancelled"),
    "moved": QT_TRANSLATE_NOOP("AuditDetail", "{value} moved"),
    "misses": QT_TRANSLATE_NOOP("AuditDetail", "{value} missed appointments"),
    "windows": QT_TRANSLATE_NOOP("AuditDetail", "{value} time windows"),
    "members": QT_TRANSLATE_NOOP("AuditDetail", "{value} people on duty"),
    "gaps": QT_TRANSLATE_NOOP("AuditDetail", "{value} duties without anyone"),
    "class_periods": QT_TRANSLATE_NOOP("AuditDetail", "class periods of weekdays {value}"),
}
# key=<code>: the value is a code of the row's area (put into words like a bare code)
CODE_KEYS: dict[str, Text] = {
    "kind": QT_TRANSLATE_NOOP("AuditDetail", "kind: {value}"),
    "advice": QT_TRANSLATE_NOOP("AuditDetail", "advice: {value}"),
    "reason": QT_TRANSLATE_NOOP("AuditDetail", "reason: {value}"),
    "level": QT_TRANSLATE_NOOP("AuditDetail", "level {value}"),
    "plan": QT_TRANSLATE_NOOP("AuditDetail", "plan version {value}"),
    "back": QT_TRANSLATE_NOOP("AuditDetail", "back to: {value}"),
    "scope": QT_TRANSLATE_NOOP("AuditDetail", "which: {value}"),
}
KNOWN_KEYS = frozenset(ID_KEYS) | frozenset(VALUE_KEYS) | frozenset(CODE_KEYS)
# bare words the services write that are no code of a domain list
WORDS: dict[str, Text] = {
    "urgent": QT_TRANSLATE_NOOP("AuditDetail", "urgent"),
    "form": QT_TRANSLATE_NOOP("AuditDetail", "form"),
    "register": QT_TRANSLATE_NOOP("AuditDetail", "register"),
    "report": QT_TRANSLATE_NOOP("AuditDetail", "report"),
    "opened": QT_TRANSLATE_NOOP("AuditDetail", "newly opened"),
    "identity": QT_TRANSLATE_NOOP("AuditDetail", "with the names"),
    "late": QT_TRANSLATE_NOOP("AuditDetail", "late"),
    "diagnosis": QT_TRANSLATE_NOOP("AuditDetail", "with a diagnosis"),
    "offer": QT_TRANSLATE_NOOP("AuditDetail", "offer"),
    "lapsed": QT_TRANSLATE_NOOP("AuditDetail", "lapsed"),
    "expired": QT_TRANSLATE_NOOP("AuditDetail", "expired"),
    "crisis": QT_TRANSLATE_NOOP("AuditDetail", "crisis"),
    "finalize": QT_TRANSLATE_NOOP("AuditDetail", "finalizing"),
    "preview": QT_TRANSLATE_NOOP("AuditDetail", "preview"),
    "linked": QT_TRANSLATE_NOOP("AuditDetail", "linked"),
    "to": QT_TRANSLATE_NOOP("AuditDetail", "to"),
    "-": QT_TRANSLATE_NOOP("AuditDetail", "none"),
    "new": QT_TRANSLATE_NOOP("AuditDetail", "added"),
    "added": QT_TRANSLATE_NOOP("AuditDetail", "added"),
    "edit": QT_TRANSLATE_NOOP("AuditDetail", "changed"),
}
KEY_VALUE = QT_TRANSLATE_NOOP("AuditDetail", "{key}: {value}")          # a key without words
CHANGE = QT_TRANSLATE_NOOP("AuditDetail", "{old} → {new}")
UNCHANGED = QT_TRANSLATE_NOOP("AuditDetail", "{value} (unchanged)")
NOTE = QT_TRANSLATE_NOOP("AuditDetail", "reason: {text}")                # the text after the tab
SEPARATOR = QT_TRANSLATE_NOOP("AuditDetail", "; ")

_PART = re.compile(r"[A-Za-z_]+=")
# the domain lists whose codes appear bare in details, first those of the action's own area
_AREAS = {"meeting": "meeting", "referral": "referral", "leave": "leave", "crisis": "crisis",
          "appointment": "appointment", "compliance": "compliance", "watch": "watch", "screening": "screening",
          "duty": "duty"}


def _code_tables(action: str, own_area_only: bool = False) -> list[Mapping[str, Text]]:
    """Code → label of the domain lists, the action's own area first (a code such as 'closed' is in several)."""
    import importlib

    area = action.split(".")[-1 if action.startswith("view.") else 0].split("_")[0]
    names = list(_AREAS.values()) + ["appointment_series"]
    if area in _AREAS:
        names.remove(_AREAS[area])
        names.insert(0, _AREAS[area])
    if own_area_only:
        names = [_AREAS[area]] if area in _AREAS else []
    tables = []
    for name in names:
        module = importlib.import_module(f"counselor_app.domain.{name}")
        labels = getattr(module, "LABELS", None)
        if isinstance(labels, dict):
            tables.extend({getattr(m, "value", m): label for m, label in members.items()}
                          for members in labels.values() if isinstance(members, dict))
        for enum in _watch_enums(module):
            tables.append({m.value: m.label for m in enum})
    return tables


def _watch_enums(module) -> Iterable:
    if module.__name__.endswith(".watch"):
        return (module.State, module.Severity, module.CloseReason, module.MeasureState)
    return ()


class _Words:
    """Puts one detail's parts into words; ``known`` counts the parts that had words."""

    def __init__(self, action: str, levels: Mapping[str, Text], tr: Translate, own_area_only: bool) -> None:
        from counselor_app.domain.watch import DEFAULT_LABELS

        self.action, self.tr, self.known, self.own_area_only = action, tr, 0, own_area_only
        self.levels = {**DEFAULT_LABELS, **levels}
        self._tables: list[Mapping[str, Text]] | None = None

    def code(self, value: str) -> str:
        if value in self.levels:
            self.known += 1
            return self.tr(self.levels[value])
        if self._tables is None:
            self._tables = _code_tables(self.action, self.own_area_only)
        for table in [WORDS, *self._tables]:
            if value in table:
                self.known += 1
                return self.tr(table[value])
        return value

    def part(self, part: str) -> str:
        key, eq, value = part.partition("=")
        if eq and key in ID_KEYS:
            self.known += 1
            return self.tr(ID_KEYS[key]).format(value=value)
        if eq and key in VALUE_KEYS:
            self.known += 1
            return self.tr(VALUE_KEYS[key]).format(value=value)
        if eq and key in CODE_KEYS:
            self.known += 1
            shown = value.lstrip("v") if key == "plan" else self.code(value)
            return self.tr(CODE_KEYS[key]).format(value=shown)
        if eq:
            return self.tr(KEY_VALUE).format(key=key, value=value)
        if ">" in part:
            old, _, new = part.partition(">")
            if old == new:
                return self.tr(UNCHANGED).format(value=self.code(old))
            return self.tr(CHANGE).format(old=self.code(old), new=self.code(new))
        return self.code(part)


def split_parts(head: str) -> list[str]:
    """'a=1 b', 'duty=4/contact=9/crisis', 'purpose=x; k=v' → the parts (a slash splits only between keyed parts)."""
    parts = []
    chunks = []
    for clause in head.split(";"):   # bureau: 'purpose=<the user's words>; k=v; …': the purpose stays whole
        chunks.extend([clause.strip()] if clause.strip().startswith("purpose=") else clause.split())
    for chunk in chunks:
        for mark in "/,":
            pieces = chunk.split(mark)   # 'staff=15/teaching' splits, 'closed=1/2' and 'students=3,4' do not
            if any(_PART.match(p) for p in pieces) and not all(p.isdigit() for p in pieces[1:]):
                parts.extend(split_parts(" ".join(p for p in pieces if p)))
                break
        else:
            parts.append(chunk)
    return parts


def detail_words(action: str, detail: str, tr: Translate, levels: Mapping[str, Text] | None = None) -> str:
    """The detail in words; as stored when none of its parts is known."""
    head, tab, text = detail.partition("\t")
    keyed = "=" in head or ">" in head
    # bare words alone ('report', 'all', a count): only words of the action's own area, and all of them or none
    words = _Words(action, levels or {}, tr, own_area_only=not keyed)
    parts = split_parts(head)
    shown = [words.part(p) for p in parts]
    if not keyed and words.known < len(parts):
        return detail
    out = tr(SEPARATOR).join(shown)
    if tab and text:
        out = tr(SEPARATOR).join(x for x in (out, tr(NOTE).format(text=text)) if x)
    return out
