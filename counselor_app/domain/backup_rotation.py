"""Which backups to keep: grandfather-father-son rotation (7 daily, 4 weekly, 12 monthly)."""
from __future__ import annotations

from datetime import datetime
from typing import Hashable, Iterable, TypeVar

K = TypeVar("K", bound=Hashable)


def backups_to_keep(backups: Iterable[tuple[K, datetime]], daily: int = 7, weekly: int = 4,
                    monthly: int = 12) -> set[K]:
    """Keep the newest backup of each of the newest `daily` days, `weekly` ISO weeks and `monthly` months.

    The newest backup of all is always kept.
    """
    ordered = sorted(backups, key=lambda kv: kv[1], reverse=True)
    keep: set[K] = set()
    if ordered:
        keep.add(ordered[0][0])
    for count, period in ((daily, lambda d: d.date()),
                          (weekly, lambda d: tuple(d.isocalendar())[:2]),
                          (monthly, lambda d: (d.year, d.month))):
        seen: list[object] = []
        for key, when in ordered:
            p = period(when)
            if p in seen:
                continue
            if len(seen) >= count:
                break
            seen.append(p)
            keep.add(key)
    return keep
