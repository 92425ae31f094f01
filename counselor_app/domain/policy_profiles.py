"""Policy profiles: a whole set of thresholds as data, so that an office under another province's measures (or a
newer notice) switches them at once in Settings, and still adjusts single ones after.

A profile is ``{"code", "name", "thresholds": {key: value}}``; keys it leaves out keep the 2023 Anhui default
(domain/policy.py). The shipped ones are below; an office loads another from a JSON file of the same shape
(services/policy_profiles.py checks every key and value against the thresholds' bounds). No Qt, no I/O.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from counselor_app.domain import policy
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, Text, ValidationError

BAD_FILE = QT_TRANSLATE_NOOP("Errors", "This file is not a policy profile (JSON with \"name\" and \"thresholds\").")
BAD_KEY = QT_TRANSLATE_NOOP("Errors", "The profile names a threshold this version does not know: {key}.")
BAD_VALUE = QT_TRANSLATE_NOOP("Errors", "{name} must be between {min} and {max}.")


@dataclass(frozen=True)
class Profile:
    code: str
    name: str | Text
    thresholds: dict[str, float] = field(default_factory=dict)

    def values(self) -> dict[str, float]:
        """Every threshold: the profile's, else the 2023 Anhui default."""
        return policy.defaults() | self.thresholds


SHIPPED: tuple[Profile, ...] = (
    Profile("anhui_2023", QT_TRANSLATE_NOOP("PolicyProfile", "Anhui Province measures (2023)")),
    # the settings page's example: a 2025 national notice asks for two family guidance activities per semester
    Profile("anhui_2023_family2", QT_TRANSLATE_NOOP(
        "PolicyProfile", "Anhui 2023, with two family guidance activities per semester (2025 national notice)"),
        {"family_activities_per_semester": 2}),
)
BY_CODE = {p.code: p for p in SHIPPED}


def check(thresholds: dict) -> dict[str, float]:
    """The thresholds of a profile, every key known and every value within its bounds (else ValidationError)."""
    out = {}
    for key, value in thresholds.items():
        t = policy.BY_KEY.get(key)
        if t is None:
            raise ValidationError(BAD_KEY, key=str(key)[:40])
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise ValidationError(BAD_VALUE, name=t.label, min=f"{t.minimum:g}", max=f"{t.maximum:g}") from None
        if not t.minimum <= number <= t.maximum:
            raise ValidationError(BAD_VALUE, name=t.label, min=f"{t.minimum:g}", max=f"{t.maximum:g}")
        out[key] = number
    return out


def parse(text: str) -> Profile:
    """A profile from a JSON file's text: {"name": "…", "thresholds": {"key": value, …}}."""
    try:
        data = json.loads(text)
    except ValueError:
        raise ValidationError(BAD_FILE) from None
    if not isinstance(data, dict) or not isinstance(data.get("thresholds"), dict) or not str(data.get("name", "")):
        raise ValidationError(BAD_FILE)
    name = " ".join(str(data["name"]).split())[:80]
    return Profile(str(data.get("code") or "file")[:40], name, check(data["thresholds"]))
