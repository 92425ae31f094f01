"""Failed-login counting that works while the database is still locked.

A wrong password cannot be recorded in the database (it cannot be opened), so failures go to a small
file beside it: per login (by its slot id, never the login name) the count of consecutive failures, the
lockout end, and the events still to be written to the audit trail at the next successful unlock.
Every change re-reads the file under an exclusive lock, so parallel attempts are all counted.

An attempt is counted before its password is tried (:meth:`LoginGuard.begin_attempt`): one that cannot be recorded
is never tried, and one whose end is never recorded (the process killed while Argon2 runs) stays a failure. The
file keeps a bounded number of counts: the ones of made-up logins go first, a real login's (``known``) never.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from counselor_app.store.filelock import locked
from counselor_app.store.files import write_atomic

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)
MAX_ENTRIES = 500          # logins with a count; real (known) ones are never evicted, made-up locked ones last
MAX_PENDING_EVENTS = 1000  # beyond this, the oldest events are counted in "dropped", never silently lost


def entry_known(entry) -> bool:
    return isinstance(entry, dict) and entry.get("known") is True


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


def _parse_time(value) -> datetime | None:
    try:
        t = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return None
    return t if t.tzinfo is not None else None


@dataclass(frozen=True)
class PendingEvent:
    at: str
    slot_id: str
    outcome: str  # "failed", "locked", "blocked", "data_key_export", "attempt" (never finished)


class LoginGuard:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    # -- the file ---------------------------------------------------------------------------------
    def _read(self) -> dict:
        try:
            doc = json.loads(self.path.read_text("ascii"))
        except (OSError, ValueError):
            doc = None
        if not (isinstance(doc, dict) and isinstance(doc.get("logins"), dict) and isinstance(doc.get("pending"), list)):
            # Missing or unreadable: no failures. It holds nothing that needs restoring.
            doc = {"version": 1, "logins": {}, "pending": [], "dropped": 0}
        doc["logins"] = {k: v for k, v in doc["logins"].items() if isinstance(k, str) and isinstance(v, dict)}
        doc["pending"] = [e for e in doc["pending"] if isinstance(e, dict) and _parse_time(e.get("at"))
                          and isinstance(e.get("slot_id"), str) and isinstance(e.get("outcome"), str)]
        if not isinstance(doc.get("dropped"), int):
            doc["dropped"] = 0
        return doc

    def _change(self, fn):
        with locked(self.path):
            doc = self._read()
            result = fn(doc)
            self._bound(doc)
            write_atomic(self.path, json.dumps(doc, indent=1).encode("ascii"))
        return result

    @staticmethod
    def _bound(doc: dict) -> None:
        now = utcnow()
        logins = doc["logins"]
        extra = len(logins) - MAX_ENTRIES
        if extra > 0:
            made_up = [k for k, v in logins.items() if v.get("known") is not True]   # oldest activity first
            locked = {k for k in made_up if (_parse_time(logins[k].get("locked_until")) or now) > now}
            for k in ([k for k in made_up if k not in locked] + [k for k in made_up if k in locked])[:extra]:
                del logins[k]
        pending = doc["pending"]
        extra = len(pending) - MAX_PENDING_EVENTS
        if extra > 0:
            doc["dropped"] += extra
            del pending[:extra]

    # -- reading ------------------------------------------------------------------------------------
    def locked_until(self, slot_id: str, now: datetime | None = None) -> datetime | None:
        now = now or utcnow()
        until = _parse_time((self._read()["logins"].get(slot_id) or {}).get("locked_until"))
        return until if until and until > now else None

    def locked_logins(self, now: datetime | None = None) -> dict[str, datetime]:
        """Every login locked now (slot id -> lockout end), read in one go."""
        now = now or utcnow()
        out = {}
        for slot_id, entry in self._read()["logins"].items():
            until = _parse_time(entry.get("locked_until"))
            if until and until > now:
                out[slot_id] = until
        return out

    def remaining_attempts(self, slot_id: str) -> int:
        entry = self._read()["logins"].get(slot_id) or {}
        failures = entry.get("failures", 0)
        return max(0, MAX_FAILURES - (failures if isinstance(failures, int) else 0))

    def pending_events(self) -> list[PendingEvent]:
        return [PendingEvent(e["at"], e["slot_id"], e["outcome"]) for e in self._read()["pending"]]

    def dropped_events(self) -> int:
        return self._read()["dropped"]

    # -- changing -------------------------------------------------------------------------------------
    @staticmethod
    def _count(doc: dict, slot_id: str, now: datetime, outcome: str, known: bool) -> dict:
        """One more failure (or attempt) of ``slot_id``, moved to the newest place; returns its entry."""
        logins = doc["logins"]
        entry = logins.pop(slot_id, None) or {}
        known = known or entry_known(entry)
        failures = entry.get("failures", 0) if isinstance(entry.get("failures"), int) else 0
        until = _parse_time(entry.get("locked_until"))
        if until is not None and until <= now:
            failures = 0  # an expired lock starts a fresh count
        doc["pending"].append({"at": now.isoformat(), "slot_id": slot_id, "outcome": outcome})
        entry = {"failures": failures + 1, "locked_until": until.isoformat() if until and until > now else None}
        if known:
            entry["known"] = True
        logins[slot_id] = entry
        return entry

    @staticmethod
    def _lock_if_due(doc: dict, slot_id: str, entry: dict, now: datetime) -> datetime | None:
        if entry["failures"] < MAX_FAILURES or _parse_time(entry.get("locked_until")):
            return None
        new_lock = now + LOCKOUT
        entry["locked_until"] = new_lock.isoformat()
        doc["pending"].append({"at": now.isoformat(), "slot_id": slot_id, "outcome": "locked"})
        return new_lock

    def record_failure(self, slot_id: str, now: datetime | None = None, known: bool = False) -> datetime | None:
        """Count one failure; returns the lockout end when this failure locks the login. ``known``: the slot exists
        (a real login's count is never evicted by made-up ones)."""
        now = now or utcnow()

        def change(doc):
            entry = self._count(doc, slot_id, now, "failed", known)
            return self._lock_if_due(doc, slot_id, entry, now)

        return self._change(change)

    # -- an attempt, counted before its password is tried -------------------------------------------------
    def begin_attempt(self, slot_id: str, known: bool, now: datetime | None = None) -> None:
        """Count an attempt as a failure before the password is tried. Raises StorageError when it cannot be
        written: then the password must not be tried."""
        now = now or utcnow()
        self._change(lambda doc: self._count(doc, slot_id, now, "attempt", known))

    @staticmethod
    def _last_attempt(doc: dict, slot_id: str) -> int | None:
        return next((i for i in range(len(doc["pending"]) - 1, -1, -1)
                     if doc["pending"][i]["slot_id"] == slot_id and doc["pending"][i]["outcome"] == "attempt"), None)

    def attempt_failed(self, slot_id: str, now: datetime | None = None) -> datetime | None:
        """The attempt begun was a wrong password: returns the lockout end when it locks the login."""
        now = now or utcnow()

        def change(doc):
            i = self._last_attempt(doc, slot_id)
            if i is not None:
                doc["pending"][i]["outcome"] = "failed"
            entry = doc["logins"].get(slot_id)
            if entry is None:   # evicted meanwhile (not a real login): count it again
                entry = self._count(doc, slot_id, now, "failed", False)
            return self._lock_if_due(doc, slot_id, entry, now)

        return self._change(change)

    def attempt_succeeded(self, slot_id: str) -> None:
        """The attempt begun opened the slot: it is not a failure (the count is reset when the login completes)."""
        def change(doc):
            i = self._last_attempt(doc, slot_id)
            if i is not None:
                del doc["pending"][i]
            entry = doc["logins"].get(slot_id)
            if entry is not None and isinstance(entry.get("failures"), int) and entry["failures"] > 0:
                entry["failures"] -= 1

        self._change(change)

    def record_event(self, slot_id: str, outcome: str, now: datetime | None = None) -> None:
        now = now or utcnow()
        self._change(lambda doc: doc["pending"].append({"at": now.isoformat(), "slot_id": slot_id,
                                                         "outcome": outcome}))

    def record_blocked(self, slot_id: str, now: datetime | None = None) -> None:
        """An attempt while the login is locked: not counted, but audited later."""
        self.record_event(slot_id, "blocked", now)

    def record_success(self, slot_id: str) -> None:
        if slot_id in self._read()["logins"]:
            self._change(lambda doc: doc["logins"].pop(slot_id, None))

    def clear_lockout(self, slot_id: str, now: datetime | None = None) -> datetime | None:
        """Lift a lockout and forget the failure count (the office head helps a colleague).

        Returns the lockout end that was lifted, None when the login was not locked (nothing is written then).
        Events not yet audited stay pending.
        """
        now = now or utcnow()

        def change(doc):
            until = _parse_time((doc["logins"].get(slot_id) or {}).get("locked_until"))
            if until is None or until <= now:
                return None
            del doc["logins"][slot_id]
            return until

        if self.locked_until(slot_id, now) is None:
            return None
        return self._change(change)

    def clear_pending(self, count: int, dropped: int = 0) -> None:
        """Remove the first ``count`` events (and ``dropped`` from the counter) once they are audited.

        Events recorded meanwhile by another process stay for the next unlock.
        """
        def change(doc):
            del doc["pending"][:count]
            doc["dropped"] = max(0, doc["dropped"] - dropped)

        if count or dropped:
            self._change(change)
