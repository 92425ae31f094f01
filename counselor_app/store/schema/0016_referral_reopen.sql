-- Schema 16: a closed referral may be reopened (重新打开: closed by mistake, or the family came back with a new
-- hospital document), by whoever may close one, with a required reason (services/referral_reopen.py). It goes back
-- to the state it was closed from: the closing now records that state (closed_from; the referrals closed before
-- this version get the state their dates show: receipt back, visited, issued, else a draft). Each reopening keeps
-- the closing it undid (day, reason, sealed note), the state it went back to, the sealed reason, when and by whom:
-- the student's timeline shows it.
ALTER TABLE referral ADD COLUMN closed_from TEXT
    CHECK (closed_from IS NULL OR closed_from IN ('draft', 'issued', 'visited', 'returned'));
UPDATE referral SET closed_from = CASE
        WHEN returned_on IS NOT NULL THEN 'returned'
        WHEN visited_on IS NOT NULL THEN 'visited'
        WHEN issued_on IS NOT NULL THEN 'issued'
        ELSE 'draft' END
    WHERE state = 'closed';
CREATE TABLE referral_reopen (
    id            INTEGER PRIMARY KEY,
    referral_id   INTEGER NOT NULL REFERENCES referral(id),
    closed_on     TEXT NOT NULL,                    -- the closing undone
    close_reason  TEXT NOT NULL CHECK (close_reason IN ('done', 'school', 'refused', 'other')),
    close_note    BLOB,                             -- sealed: the closing's note, kept
    back_to       TEXT NOT NULL CHECK (back_to IN ('draft', 'issued', 'visited', 'returned')),
    reason        BLOB,                             -- sealed: why it was reopened
    reopened_at   TEXT NOT NULL,
    reopened_by   INTEGER REFERENCES app_user(id)
);
CREATE INDEX referral_reopen_referral ON referral_reopen(referral_id);
