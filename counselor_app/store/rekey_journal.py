"""The re-key journal: the key-slot file a re-key moves the office to, written before anything else changes.

A re-key (services/rekey.py) gives the database a new data key. The journal holds the complete next key-slot file:
the new key sealed to every slot that stays (and the current key beside it, so that any of them can undo an
interrupted re-key), slots removed or given a new key pair, a new clinical key for its holders. Its ``id`` is
committed to the database together with the change the re-key serves (setting ``keys.rekey``): whoever opens the
office next can tell whether that change happened. The switch renames the next file, without the old key, over
``keyslots.json``, then deletes the journal.

File (JSON, written atomically)::

    {"format": "counselor-rekey-journal", "version": 1, "id": "<hex>", "from_epoch": 3, "to_epoch": 4,
     "keyslots": "<the next key-slot file>"}
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from counselor_app.domain.errors import OfficeDamaged, QT_TRANSLATE_NOOP
from counselor_app.store.filelock import locked
from counselor_app.store.files import fsync_dir, write_atomic
from counselor_app.store.keyslots import KeySlots
from counselor_app.store.location import OfficePaths

FORMAT = "counselor-rekey-journal"
NAME = "keyslots.journal.json"
MARKER_SETTING = "keys.rekey"   # the id of the last re-key whose change the database committed
DAMAGED_JOURNAL = QT_TRANSLATE_NOOP("Errors", "key-change journal")


@dataclass
class Journal:
    id: str
    from_epoch: int
    to_epoch: int
    slots: KeySlots

    def to_bytes(self) -> bytes:
        return json.dumps({"format": FORMAT, "version": 1, "id": self.id, "from_epoch": self.from_epoch,
                           "to_epoch": self.to_epoch, "keyslots": self.slots.to_bytes().decode("ascii")}).encode()

    @classmethod
    def from_bytes(cls, data: bytes) -> "Journal":
        try:
            doc = json.loads(data.decode("ascii"))
            if doc.get("format") != FORMAT or doc.get("version") != 1:
                raise ValueError("format")
            journal = cls(str(doc["id"]), int(doc["from_epoch"]), int(doc["to_epoch"]),
                          KeySlots.from_bytes(str(doc["keyslots"]).encode("ascii")))
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeError, OfficeDamaged):
            raise OfficeDamaged(what=DAMAGED_JOURNAL) from None
        return journal


def path(paths: OfficePaths) -> Path:
    return paths.data_dir / NAME


def read(paths: OfficePaths) -> Journal | None:
    """The journal of an unfinished re-key, or None. OfficeDamaged when one is there and unreadable."""
    try:
        data = path(paths).read_bytes()
    except FileNotFoundError:
        return None
    except OSError:
        raise OfficeDamaged(what=DAMAGED_JOURNAL) from None
    return Journal.from_bytes(data)


def write(paths: OfficePaths, journal: Journal) -> None:
    write_atomic(path(paths), journal.to_bytes())


def remove(paths: OfficePaths) -> None:
    path(paths).unlink(missing_ok=True)
    fsync_dir(paths.data_dir)


def final_slots(journal: Journal) -> KeySlots:
    """The key-slot file the journal leads to: the old data key dropped from every slot."""
    slots = KeySlots.from_bytes(journal.slots.to_bytes())
    slots.finish_rekey(journal.to_epoch)
    return slots


def switch(paths: OfficePaths, journal: Journal) -> KeySlots:
    """The last step: the next key-slot file replaces the current one (atomically), then the journal goes."""
    slots = final_slots(journal)
    with locked(paths.keyslots):
        slots.save(paths.keyslots)
    remove(paths)
    return slots
