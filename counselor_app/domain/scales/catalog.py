"""The scale definitions shipped with the application (``data/*.json``), and finding a scale by what a user types.

The files are read through ``importlib.resources``, so they are found in an installed package (wheel, frozen
build) as in the source tree; pyproject.toml lists them as package data.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Iterable

from counselor_app.domain.scales.definition import load_definition
from counselor_app.domain.scales.model import ScaleDefinition

BUILTIN_FILES = ("phq9.json", "gad7.json", "scl90.json", "mht.json", "mssmhs.json", "upi.json")


def builtin_text(file_name: str) -> bytes:
    return resources.files("counselor_app.domain.scales").joinpath("data", file_name).read_bytes()


@lru_cache(maxsize=1)
def builtin_definitions() -> tuple[ScaleDefinition, ...]:
    """PHQ-9, GAD-7, SCL-90, MHT, MSSMHS and UPI, validated like any office file."""
    return tuple(load_definition(builtin_text(name)) for name in BUILTIN_FILES)


def _key(text: str) -> str:
    return re.sub(r"[\s\-_（）()·.]", "", str(text)).lower()


def find_definition(definitions: Iterable[ScaleDefinition], name: str) -> ScaleDefinition | None:
    """The definition whose code or name (Chinese or English) ``name`` is, ignoring case, spaces, - and _:
    "phq9", "PHQ-9", "患者健康问卷抑郁量表" all find PHQ-9. With several versions of a code, the highest."""
    wanted = _key(name)
    if not wanted:
        return None
    found = [d for d in definitions if wanted in (_key(d.code), _key(d.name.zh), _key(d.name.en))]
    return max(found, key=lambda d: d.version, default=None)


def builtin(name: str) -> ScaleDefinition | None:
    return find_definition(builtin_definitions(), name)
