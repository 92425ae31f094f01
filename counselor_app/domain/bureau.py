"""The report for the education bureau (教育局), as plain data: de-identified tables of counts, sections that
say when they had no data, the small-cell rule, the export password and the package's manifest. No Qt, no I/O.

De-identified: the tables hold counts and the labels of groups (a grade, a month, a code's label), never a name,
a student number, a birth date or free text. A count of students from 1 to 4 is shown as "<5" (a small group could
name a student); a rate built on such a count is left out ("—"). Where a total or a margin shared with another
table would give a "<5" back, more cells are hidden as "*" (domain/suppression.py). Counts of staff and activities
are not masked.
"""
from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass, field
from typing import Sequence

from counselor_app.domain.errors import QT_TRANSLATE_NOOP, Text, ValidationError

SMALL = "<5"
SECONDARY = "*"           # hidden as well, so that no "<5" can be worked out from the totals
NO_RATE = "—"
FORMAT = "counselor-bureau-package"
FORMAT_VERSION = 1

# Section states
DATA, EMPTY, NOT_AVAILABLE = "data", "empty", "not_available"


def is_small(count: int) -> bool:
    """A count of students too small to leave the office as a number: 1 to 4."""
    return 0 < count < 5


def small_cell(count: int) -> str:
    """A count of students as it may leave the office: 1 to 4 as "<5"."""
    return SMALL if 0 < count < 5 else str(int(count))


def rate(part: int, whole: int) -> str:
    """A percentage with one decimal, or "—" when either count is a small cell (or nothing to divide)."""
    if whole <= 0 or 0 < part < 5 or 0 < whole < 5:
        return NO_RATE
    return f"{100.0 * part / whole:.1f}"


@dataclass(frozen=True)
class Table:
    """A table of the report. ``students``: its numbers count students (masked); else staff or activities."""
    key: str                              # file-name safe: risk_by_grade
    title: Text
    columns: tuple[Text, ...]
    rows: tuple[tuple, ...]               # labels (str) then counts (int) or ready text (a rate)
    students: bool = True
    label_columns: int = 1                # how many leading columns are labels
    total_column: int | None = None       # a column that is the sum of the count columns before it
    hidden: frozenset = frozenset()       # (row, column) of the counts hidden as "*" (secondary suppression)

    def cells(self) -> list[list[str]]:
        """The rows as they leave the office (masked when the table counts students)."""
        out = []
        for r, row in enumerate(self.rows):
            cells = []
            for i, v in enumerate(row):
                if (r, i) in self.hidden:
                    cells.append(SECONDARY)
                elif i < self.label_columns or isinstance(v, str):
                    cells.append(str(v))
                elif isinstance(v, float):
                    cells.append(f"{v:g}")
                else:
                    cells.append(small_cell(v) if self.students else str(int(v)))
            out.append(cells)
        return out


@dataclass(frozen=True)
class ChartSpec:
    """A chart drawn from a table: categories from a label column, one series per listed column."""
    table: str
    kind: str                      # "bar" or "line"
    series_columns: tuple[int, ...]
    title: Text


@dataclass(frozen=True)
class Section:
    key: str
    title: Text
    state: str                         # DATA, EMPTY (the part exists, nothing in the period), NOT_AVAILABLE
    tables: tuple[Table, ...] = ()
    charts: tuple[ChartSpec, ...] = ()


@dataclass(frozen=True)
class Report:
    school: str
    short_code: str
    unit_code: str
    period: str                # 2026-2027-1
    period_label: str          # 2026-2027学年第一学期
    start: str
    end: str
    generated_at: str
    app_version: str
    sections: tuple[Section, ...] = field(default_factory=tuple)

    def tables(self) -> list[Table]:
        return [t for s in self.sections for t in s.tables]


# --- the export password -------------------------------------------------------------------------------------
PASSWORD_GROUPS = 6
PASSWORD_GROUP = 4
# No 0/O, 1/I/L, 2/Z, 5/S, 8/B: read aloud or copied from paper without doubt. 26 symbols: 4.7 bits each,
# 24 symbols ≈ 113 bits.
ALPHABET = "34679ACDEFGHJKMNPQRTUVWXY"
BAD_PASSWORD = QT_TRANSLATE_NOOP("Errors", "An export password has {groups} groups of {size} letters and digits.")


def new_password() -> str:
    """One random password per export, in groups like the recovery key: 7KQ4-M9TX-…"""
    raw = "".join(secrets.choice(ALPHABET) for _ in range(PASSWORD_GROUPS * PASSWORD_GROUP))
    return "-".join(raw[i:i + PASSWORD_GROUP] for i in range(0, len(raw), PASSWORD_GROUP))


def normalize_password(text: str) -> str:
    """A typed password as the package was sealed with: upper case, the groups joined by '-'."""
    raw = "".join(ch for ch in (text or "").upper() if ch.isalnum())
    if len(raw) != PASSWORD_GROUPS * PASSWORD_GROUP:
        raise ValidationError(BAD_PASSWORD, groups=PASSWORD_GROUPS, size=PASSWORD_GROUP)
    return "-".join(raw[i:i + PASSWORD_GROUP] for i in range(0, len(raw), PASSWORD_GROUP))


# --- file names and the manifest -----------------------------------------------------------------------------
def safe_code(text: str) -> str:
    """The school's short code as it may appear in a file name: ASCII letters, digits, - and _."""
    kept = "".join(ch for ch in (text or "") if ch.isascii() and (ch.isalnum() or ch in "-_"))
    return kept[:24] or "SCHOOL"


def base_name(short_code: str, period: str) -> str:
    return f"bureau-{safe_code(short_code)}-{period}"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def manifest(report: Report, files: dict[str, bytes]) -> bytes:
    """The manifest (manifest.json) of a package: who, which period, when, and the SHA-256 of every file."""
    body = {
        "format": FORMAT, "format_version": FORMAT_VERSION,
        "school": report.school, "short_code": report.short_code, "unit_code": report.unit_code,
        "period": report.period, "period_label": report.period_label, "start": report.start, "end": report.end,
        "generated_at": report.generated_at, "app_version": report.app_version,
        "files": {name: {"sha256": sha256(data), "bytes": len(data)} for name, data in sorted(files.items())},
    }
    return json.dumps(body, ensure_ascii=False, indent=2).encode("utf-8")


@dataclass(frozen=True)
class Check:
    ok: bool
    missing: tuple[str, ...]       # listed in the manifest, absent from the package
    changed: tuple[str, ...]       # present, with another SHA-256
    extra: tuple[str, ...]         # in the package, not in the manifest


def check_manifest(manifest_json: dict, files: dict[str, bytes]) -> Check:
    listed = manifest_json.get("files", {})
    missing = tuple(sorted(n for n in listed if n not in files))
    changed = tuple(sorted(n for n, meta in listed.items() if n in files and sha256(files[n]) != meta.get("sha256")))
    extra = tuple(sorted(n for n in files if n not in listed))
    return Check(not (missing or changed or extra), missing, changed, extra)


def mergeable(manifests: Sequence[dict]) -> tuple[str, ...]:
    """Why packages cannot be merged into one district table: the codes of the problems ('' = fine)."""
    problems = []
    if len({m.get("period") for m in manifests}) > 1:
        problems.append("mixed_periods")
    codes = [m.get("unit_code") or m.get("short_code") or m.get("school") for m in manifests]
    if len(set(codes)) != len(codes):
        problems.append("duplicate_school")
    return tuple(problems)
