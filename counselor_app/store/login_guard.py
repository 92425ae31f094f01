"""Failed-login counting that works while the database is still locked.

A wrong password cannot be recorded in the database (it cannot be opened), so failures go to a
small file beside it: per login (by its slot id, never the login name) the count of consecutive
failures, the lockout end, and the events still to be written to the audit trail at the next
successful unlock. This is the only file a failed attempt writes.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from counselor_app.store.files import write_atomic

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)
MAX_ENTRIES = 500        # bound the file when someone tries many unknown logins
MAX_PENDING_EVENTS = 1000


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


@dataclass(frozen=True)
class PendingEvent:
    at: str
    slot_id: str
    outcome: str  # "failed" or "locked"


class LoginGuard:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._doc = self._read()

    def _read(self) -> dict:
        try:
            doc = json.loads(self.path.read_text("ascii"))
            if isinstance(doc, dict) and isinstance(doc.get("logins"), dict) and isinstance(doc.get("pending"), list):
                return doc
        except (OSError, ValueError):
            pass
        # A missing or unreadable file counts as no failures; it holds nothing that needs restoring.
        return {"version": 1, "logins": {}, "pending": []}

    def _save(self) -> None:
        write_atomic(self.path, json.dumps(self._doc, indent=1).encode("ascii"))

    def locked_until(self, slot_id: str, now: datetime | None = None) -> datetime | None:
        now = now or utcnow()
        entry = self._doc["logins"].get(slot_id)
        if not entry or not entry.get("locked_until"):
            return None
        until = datetime.fromisoformat(entry["locked_until"])
        return until if until > now else None

    def remaining_attempts(self, slot_id: str) -> int:
        entry = self._doc["logins"].get(slot_id) or {}
        return max(0, MAX_FAILURES - int(entry.get("failures", 0)))

    def record_failure(self, slot_id: str, now: datetime | None = None) -> datetime | None:
        """Count one failure; returns the lockout end when this failure locks the login."""
        now = now or utcnow()
        logins = self._doc["logins"]
        entry = logins.pop(slot_id, None) or {"failures": 0, "locked_until": None}
        if entry.get("locked_until") and datetime.fromisoformat(entry["locked_until"]) <= now:
            entry = {"failures": 0, "locked_until": None}  # an expired lock starts a fresh count
        entry["failures"] = int(entry["failures"]) + 1
        pending = self._doc["pending"]
        pending.append({"at": now.isoformat(), "slot_id": slot_id, "outcome": "failed"})
        locked = None
        if entry["failures"] >= MAX_FAILURES:
            locked = now + LOCKOUT
            entry["locked_until"] = locked.isoformat()
            pending.append({"at": now.isoformat(), "slot_id": slot_id, "outcome": "locked"})
        logins[slot_id] = entry  # re-inserted last: the dict's order is oldest activity first
        while len(logins) > MAX_ENTRIES:
            logins.pop(next(iter(logins)))
        del pending[:-MAX_PENDING_EVENTS]
        self._save()
        return locked

    def record_blocked(self, slot_id: str, now: datetime | None = None) -> None:
        """An attempt while the login is locked: not counted, but audited later."""
        now = now or utcnow()
        pending = self._doc["pending"]
        pending.append({"at": now.isoformat(), "slot_id": slot_id, "outcome": "blocked"})
        del pending[:-MAX_PENDING_EVENTS]
        self._save()

    def record_success(self, slot_id: str) -> None:
        if slot_id in self._doc["logins"]:
            del self._doc["logins"][slot_id]
            self._save()

    def pending_events(self) -> list[PendingEvent]:
        return [PendingEvent(e["at"], e["slot_id"], e["outcome"]) for e in self._doc["pending"]]

    def clear_pending(self) -> None:
        if self._doc["pending"]:
            self._doc["pending"] = []
            self._save()
