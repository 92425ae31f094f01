"""An unlocked office: the open database, its data key and the logged-in user."""
from __future__ import annotations

from dataclasses import dataclass, field

from counselor_app.domain import access
from counselor_app.domain.errors import PermissionDenied
from counselor_app.domain.roles import Permission, allows
from counselor_app.store import audit, crypto
from counselor_app.store.crypto import KdfParams
from counselor_app.store.database import Connection, transaction
from counselor_app.store.filelock import HeldLock
from counselor_app.store.keyslots import KeySlots
from counselor_app.store.location import OfficePaths
from counselor_app.store.sealed import ClinicalKeys
from counselor_app.store.signing import Signer
from counselor_app.store.users import UserRow


@dataclass(eq=False)
class Session:
    paths: OfficePaths
    conn: Connection
    data_key: bytearray
    user: UserRow
    keyslots: KeySlots
    kdf: KdfParams = field(default_factory=crypto.default_kdf)
    lock: HeldLock | None = None   # the office is this process's while the session is open
    closed: bool = False
    clinical: ClinicalKeys | None = None   # the clinical key (heads, counselors); None for an assistant
    changed: set = field(default_factory=set)   # areas changed by the operations run since take_changes()
    signer: Signer | None = None   # this user's signing key: signs the audit entries written on ``conn``
    leaves_witness: bool = True    # False while the trail disagrees with this user's last witness (kept as it is)

    def __post_init__(self) -> None:
        if self.signer is not None:
            audit.sign_with(self.conn, self.signer)

    def take_changes(self) -> frozenset:
        """The areas the operations changed since the last call (the GUI's worker tells the pages)."""
        out, self.changed = frozenset(self.changed), set()
        return out

    def can(self, permission: Permission) -> bool:
        return allows(self.user.role, permission)

    def require(self, permission: Permission, *, target_type: str = "", target_id: str | int = "") -> None:
        """Raise PermissionDenied (and audit the denial) unless the user's role allows ``permission``."""
        if self.can(permission):
            return
        with transaction(self.conn):
            audit.append(self.conn, user_id=self.user.id, action=f"denied.{permission.value}",
                         target_type=target_type, target_id=target_id, outcome="denied")
        raise PermissionDenied(permission=permission.label)

    @property
    def actor(self) -> access.Actor:
        return access.Actor(self.user.id, self.user.role)

    def may_record(self, kind: str, action: str, record) -> bool:
        """Whether the record rule of ``kind`` (domain/access.py) lets this user do ``action`` on ``record``."""
        return access.may(self.actor, kind, action, record)

    def require_record(self, kind: str, action: str, record, *, record_id: str | int | None = None) -> None:
        """Raise PermissionDenied with the rule's message (and audit the refusal as denied.<kind>.<action> with the
        record's id: ``record_id``, else ``record.id``) unless the record rule allows ``action`` on ``record``."""
        if self.may_record(kind, action, record):
            return
        target = record_id if record_id is not None else getattr(record, "id", "")
        with transaction(self.conn):
            audit.append(self.conn, user_id=self.user.id, action=access.denied_action(kind, action),
                         target_type=kind, target_id=target, outcome="denied")
        raise PermissionDenied(access.refusal(kind, action))

    def audit(self, action: str, target_type: str = "", target_id: str | int = "", outcome: str = "ok",
              detail: str = "") -> None:
        """Audit in its own transaction (use audit.append inside a write transaction instead)."""
        with transaction(self.conn):
            audit.append(self.conn, user_id=self.user.id, action=action, target_type=target_type,
                         target_id=target_id, outcome=outcome, detail=detail)

    def close(self) -> None:
        """Close the database and zero the key. Safe to call twice."""
        if self.closed:
            return
        self.closed = True
        try:
            self._leave_witness()
            audit.stop_signing(self.conn)
            self.conn.close()
        finally:
            if self.signer is not None:
                self.signer.wipe()
            crypto.wipe(self.data_key)
            if self.clinical is not None:
                self.clinical.wipe()
            if self.lock is not None:
                self.lock.release()

    def _leave_witness(self) -> None:
        """The trail's head as this user leaves it, signed, in the key-slot file (services/trail_check.py).
        Best effort: a failure here must not keep the office open."""
        if self.signer is None or not self.leaves_witness:
            return
        from counselor_app.services import trail_check

        try:
            trail_check.leave_witness(self.paths, self.conn, self.signer)
        except Exception:   # noqa: BLE001 - the log-out goes on; verify reports a stale witness as such
            pass

    def __enter__(self) -> "Session":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
