-- Schema 6: signed roles and a signed audit trail (issue 10, findings 1 and 2; services/signing.py).
--
-- account_roster: the office's accounts as a head vouched for them. Each version lists every account (id, login,
-- key-slot id, role, active, the public half of its signing key) and the recovery key's signing key, names the
-- hash of the version before it, and is signed by an active head of that previous version (or by the recovery
-- key). Version 1 (the root) is signed by the head who made it; its hash is pinned in every key slot. Nobody
-- holding only the data key can add a version that a head's login or `verify` accepts.
CREATE TABLE account_roster (
    version INTEGER PRIMARY KEY,        -- 1, 2, 3 …
    body    TEXT NOT NULL,              -- canonical JSON, see services/signing.py
    signer  INTEGER NOT NULL,           -- user id of the signing head; 0: the recovery key
    sig     BLOB NOT NULL,              -- Ed25519 over the body's statement
    hash    TEXT NOT NULL               -- SHA-256 of the body: what the next version names and the slots pin
);
CREATE TRIGGER account_roster_no_update BEFORE UPDATE ON account_roster
BEGIN SELECT RAISE(ABORT, 'the account roster is append-only'); END;
CREATE TRIGGER account_roster_no_delete BEFORE DELETE ON account_roster
BEGIN SELECT RAISE(ABORT, 'the account roster is append-only'); END;

-- Every audit entry from now on names its writer (user id; 0: the recovery key) and carries the writer's
-- Ed25519 signature over its hash; the hash of a signed entry covers the signer too.
ALTER TABLE audit_log ADD COLUMN signer INTEGER;
ALTER TABLE audit_log ADD COLUMN sig BLOB;
