"""Which backups to keep: grandfather-father-son rotation (7 daily, 4 weekly, 12 monthly)."""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Hashable, Iterable, TypeVar

K = TypeVar("K", bound=Hashable)
RECENT = timedelta(hours=48)


def backups_to_keep(backups: Iterable[tuple[K, datetime]], daily: int = 7, weekly: int = 4,
                    monthly: int = 12, now: datetime | None = None, recent: timedelta = RECENT) -> set[K]:
    """Keep every backup of the last ``recent`` hours before ``now``, and the newest backup of each of the
    newest ``daily`` days, ``weekly`` ISO weeks and ``monthly`` months. The newest of all is always kept.

    Days, weeks and months are those of the datetimes given: pass local times for the office's days.
    """
    ordered = sorted(backups, key=lambda kv: kv[1], reverse=True)
    keep: set[K] = set()
    if ordered:
        keep.add(ordered[0][0])
        if now is not None:
            keep |= {k for k, when in ordered if when >= now - recent}
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
