-- Schema 12: monthly review meetings (月度研判会, policy §6; domain/meeting.py has the code lists and the rules).
--
-- One regular meeting per grade (K-12) or department (university) per month; an extra meeting (临时研判会) in the
-- same month is named. Its agenda comes from the watch list, its decisions flow back into it when the meeting is
-- finalized (services/meetings_finalize.py), in one transaction. Finalized (and abandoned) meetings are locked:
-- the triggers below refuse every change to them and their rows, except addenda to a finalized meeting, the
-- sealed columns (which a clinical-key rotation re-seals) and the link from a referral suggestion to the referral
-- opened from it. Clinical text is sealed with the clinical key (store/sealed.py): BLOB columns.
-- Dates are ISO days; *_at columns ISO timestamps; month 'YYYY-MM'.

CREATE TABLE meeting (
    id                INTEGER PRIMARY KEY,
    grade_id          INTEGER NOT NULL REFERENCES grade(id),
    month             TEXT NOT NULL,                 -- 'YYYY-MM': the month the meeting reviews
    kind              TEXT NOT NULL CHECK (kind IN ('regular', 'extra')),
    name              TEXT NOT NULL DEFAULT '',      -- an extra meeting's name: 临时研判会
    state             TEXT NOT NULL DEFAULT 'preparing'
                      CHECK (state IN ('preparing', 'in_progress', 'finalized', 'abandoned')),
    held_on           TEXT NOT NULL,                 -- the day it is (was) held
    start_time        TEXT NOT NULL DEFAULT '',      -- 'HH:MM'
    end_time          TEXT NOT NULL DEFAULT '',
    place             TEXT NOT NULL DEFAULT '',
    chair_staff_id    INTEGER REFERENCES staff(id),  -- 主持人
    recorder_staff_id INTEGER REFERENCES staff(id),  -- 记录人
    previous_id       INTEGER REFERENCES meeting(id),  -- the grade's last finalized meeting: its actions followed up
    other_matters     BLOB,                          -- sealed: 其他事项 (dorm visits, 心理委员 reports)
    abandon_reason    TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    created_by        INTEGER REFERENCES app_user(id),
    started_at        TEXT,
    finalized_at      TEXT,
    finalized_by      INTEGER REFERENCES app_user(id),
    abandoned_at      TEXT,
    abandoned_by      INTEGER REFERENCES app_user(id),
    revision          INTEGER NOT NULL DEFAULT 1,    -- every change adds one: a stale edit is refused
    CHECK (kind = 'regular' OR name <> '')
);
CREATE UNIQUE INDEX meeting_one_regular ON meeting(grade_id, month) WHERE kind = 'regular' AND state <> 'abandoned';
CREATE INDEX meeting_month ON meeting(month, grade_id);

-- The agenda: one row per student; ``reasons`` the codes of why it is on it ('due,level_changed'), '' for a student
-- added by hand (manual = 1: a refresh keeps it). ``entry_id`` the student's open watch-list entry when there is one.
CREATE TABLE meeting_item (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id),
    student_id INTEGER NOT NULL REFERENCES student(id),
    entry_id   INTEGER REFERENCES watch_entry(id),
    reasons    TEXT NOT NULL DEFAULT '',
    position   INTEGER NOT NULL,
    manual     INTEGER NOT NULL DEFAULT 0 CHECK (manual IN (0, 1)),
    added_at   TEXT NOT NULL,
    added_by   INTEGER REFERENCES app_user(id),
    UNIQUE (meeting_id, student_id)
);
CREATE INDEX meeting_item_entry ON meeting_item(entry_id);

-- Who is invited, present or absent (with the reason): staff of the register, or an external expert by name.
CREATE TABLE meeting_attendee (
    id             INTEGER PRIMARY KEY,
    meeting_id     INTEGER NOT NULL REFERENCES meeting(id),
    staff_id       INTEGER REFERENCES staff(id),
    name           TEXT NOT NULL DEFAULT '',         -- an external person's name (staff_id NULL)
    organisation   TEXT NOT NULL DEFAULT '',         -- of an external person: 市精神卫生中心
    role           TEXT NOT NULL CHECK (role IN ('grade_leader', 'head_teacher', 'counselor', 'school_leader',
                                                 'doctor', 'expert', 'other')),
    attendance     TEXT NOT NULL DEFAULT 'invited' CHECK (attendance IN ('invited', 'present', 'absent')),
    absence_reason TEXT NOT NULL DEFAULT '',
    position       INTEGER NOT NULL,
    CHECK ((staff_id IS NULL) <> (name = ''))
);
CREATE UNIQUE INDEX meeting_attendee_staff ON meeting_attendee(meeting_id, staff_id) WHERE staff_id IS NOT NULL;
CREATE INDEX meeting_attendee_meeting ON meeting_attendee(meeting_id, position);

-- One decision per agenda item; what it did to the entry is written when the meeting is finalized (*_before,
-- *_after, applied_at). ``referral_id``: the referral opened from a 建议转介就医 decision (set by referrals later).
CREATE TABLE meeting_decision (
    id             INTEGER PRIMARY KEY,
    meeting_id     INTEGER NOT NULL REFERENCES meeting(id),
    item_id        INTEGER NOT NULL UNIQUE REFERENCES meeting_item(id),
    entry_id       INTEGER NOT NULL REFERENCES watch_entry(id),
    code           TEXT NOT NULL CHECK (code IN ('maintain', 'raise', 'lower', 'close', 'refer', 'leave',
                                                 'return_follow')),
    level          TEXT NOT NULL DEFAULT '',         -- the new level (raise, lower); '' unchanged
    severity       TEXT NOT NULL DEFAULT '' CHECK (severity IN ('', 'mild', 'severe')),   -- for an entry 待复核
    close_reason   TEXT NOT NULL DEFAULT '' CHECK (close_reason IN
                   ('', 'improved', 'not_confirmed', 'left_school', 'transferred', 'mistake', 'other')),
    parent_contact TEXT NOT NULL DEFAULT '',         -- 家长沟通安排: who tells the parents, how, by when
    next_review    TEXT,                             -- NULL: the meeting day plus the level's days
    note           BLOB,                             -- sealed: the short clinical note
    decided_at     TEXT NOT NULL,
    decided_by     INTEGER REFERENCES app_user(id),
    level_before   TEXT NOT NULL DEFAULT '',
    level_after    TEXT NOT NULL DEFAULT '',
    state_before   TEXT NOT NULL DEFAULT '',
    state_after    TEXT NOT NULL DEFAULT '',
    review_after   TEXT,
    applied_at     TEXT,
    referral_id    INTEGER
);
CREATE INDEX meeting_decision_meeting ON meeting_decision(meeting_id);
CREATE INDEX meeting_decision_entry ON meeting_decision(entry_id);
CREATE INDEX meeting_decision_refer ON meeting_decision(code, referral_id);

-- The measures a decision sets (措施): each becomes a measure of the entry's plan when the meeting is finalized.
CREATE TABLE meeting_action (
    id             INTEGER PRIMARY KEY,
    meeting_id     INTEGER NOT NULL REFERENCES meeting(id),
    decision_id    INTEGER NOT NULL REFERENCES meeting_decision(id),
    position       INTEGER NOT NULL,
    type           TEXT NOT NULL CHECK (type IN ('individual', 'group', 'family', 'teacher_watch', 'peer', 'medical',
                                                 'medication', 'academic', 'leave', 'off_dorm')),
    description    BLOB,                             -- sealed
    owner_staff_id INTEGER REFERENCES staff(id),
    owner_other    TEXT NOT NULL DEFAULT '',         -- an owner outside the staff: 家长, 校医
    due_on         TEXT,
    measure_id     INTEGER REFERENCES watch_measure(id)   -- the plan measure it became
);
CREATE INDEX meeting_action_decision ON meeting_action(decision_id, position);
CREATE INDEX meeting_action_meeting ON meeting_action(meeting_id);
CREATE INDEX meeting_action_owner ON meeting_action(owner_staff_id);

-- Corrections after finalizing: dated, written and signed by their author (Ed25519 over the digest), kept.
CREATE TABLE meeting_addendum (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id),
    written_on TEXT NOT NULL,
    author_id  INTEGER NOT NULL REFERENCES app_user(id),
    created_at TEXT NOT NULL,
    body       BLOB,                                 -- sealed
    digest     TEXT NOT NULL DEFAULT '',
    signature  BLOB
);
CREATE INDEX meeting_addendum_meeting ON meeting_addendum(meeting_id, id);

-- The lock. A meeting leaves 'preparing'/'in_progress' once; then only its sealed column may be re-sealed.
CREATE TRIGGER meeting_locked BEFORE UPDATE OF grade_id, month, kind, name, state, held_on, start_time, end_time,
    place, chair_staff_id, recorder_staff_id, previous_id, abandon_reason, created_at, created_by, started_at,
    finalized_at, finalized_by, abandoned_at, abandoned_by, revision ON meeting
WHEN OLD.state IN ('finalized', 'abandoned')
BEGIN SELECT RAISE(ABORT, 'the meeting is finalized or abandoned: it cannot change'); END;
CREATE TRIGGER meeting_no_delete BEFORE DELETE ON meeting
BEGIN SELECT RAISE(ABORT, 'a meeting is kept: abandon it instead'); END;

CREATE TRIGGER meeting_item_locked_insert BEFORE INSERT ON meeting_item
WHEN (SELECT state FROM meeting WHERE id = NEW.meeting_id) IN ('finalized', 'abandoned')
BEGIN SELECT RAISE(ABORT, 'the meeting is finalized or abandoned: it cannot change'); END;
CREATE TRIGGER meeting_item_locked_update BEFORE UPDATE ON meeting_item
WHEN (SELECT state FROM meeting WHERE id = OLD.meeting_id) IN ('finalized', 'abandoned')
  OR (SELECT state FROM meeting WHERE id = NEW.meeting_id) IN ('finalized', 'abandoned')
BEGIN SELECT RAISE(ABORT, 'the meeting is finalized or abandoned: it cannot change'); END;
CREATE TRIGGER meeting_item_locked_delete BEFORE DELETE ON meeting_item
WHEN (SELECT state FROM meeting WHERE id = OLD.meeting_id) IN ('finalized', 'abandoned')
BEGIN SELECT RAISE(ABORT, 'the meeting is finalized or abandoned: it cannot change'); END;

CREATE TRIGGER meeting_attendee_locked_insert BEFORE INSERT ON meeting_attendee
WHEN (SELECT state FROM meeting WHERE id = NEW.meeting_id) IN ('finalized', 'abandoned')
BEGIN SELECT RAISE(ABORT, 'the meeting is finalized or abandoned: it cannot change'); END;
CREATE TRIGGER meeting_attendee_locked_update BEFORE UPDATE ON meeting_attendee
WHEN (SELECT state FROM meeting WHERE id = OLD.meeting_id) IN ('finalized', 'abandoned')
  OR (SELECT state FROM meeting WHERE id = NEW.meeting_id) IN ('finalized', 'abandoned')
BEGIN SELECT RAISE(ABORT, 'the meeting is finalized or abandoned: it cannot change'); END;
CREATE TRIGGER meeting_attendee_locked_delete BEFORE DELETE ON meeting_attendee
WHEN (SELECT state FROM meeting WHERE id = OLD.meeting_id) IN ('finalized', 'abandoned')
BEGIN SELECT RAISE(ABORT, 'the meeting is finalized or abandoned: it cannot change'); END;

CREATE TRIGGER meeting_decision_locked_insert BEFORE INSERT ON meeting_decision
WHEN (SELECT state FROM meeting WHERE id = NEW.meeting_id) IN ('finalized', 'abandoned')
BEGIN SELECT RAISE(ABORT, 'the meeting is finalized or abandoned: it cannot change'); END;
CREATE TRIGGER meeting_decision_locked_update BEFORE UPDATE OF meeting_id, item_id, entry_id, code, level, severity,
    close_reason, parent_contact, next_review, decided_at, decided_by, level_before, level_after, state_before,
    state_after, review_after, applied_at ON meeting_decision
WHEN (SELECT state FROM meeting WHERE id = OLD.meeting_id) IN ('finalized', 'abandoned')
  OR (SELECT state FROM meeting WHERE id = NEW.meeting_id) IN ('finalized', 'abandoned')
BEGIN SELECT RAISE(ABORT, 'the meeting is finalized or abandoned: it cannot change'); END;
CREATE TRIGGER meeting_decision_referral_once BEFORE UPDATE OF referral_id ON meeting_decision
WHEN OLD.referral_id IS NOT NULL OR NEW.code <> 'refer'
BEGIN SELECT RAISE(ABORT, 'a referral suggestion is linked to one referral'); END;
CREATE TRIGGER meeting_decision_locked_delete BEFORE DELETE ON meeting_decision
WHEN (SELECT state FROM meeting WHERE id = OLD.meeting_id) IN ('finalized', 'abandoned')
BEGIN SELECT RAISE(ABORT, 'the meeting is finalized or abandoned: it cannot change'); END;

CREATE TRIGGER meeting_action_locked_insert BEFORE INSERT ON meeting_action
WHEN (SELECT state FROM meeting WHERE id = NEW.meeting_id) IN ('finalized', 'abandoned')
BEGIN SELECT RAISE(ABORT, 'the meeting is finalized or abandoned: it cannot change'); END;
CREATE TRIGGER meeting_action_locked_update BEFORE UPDATE OF meeting_id, decision_id, position, type, owner_staff_id,
    owner_other, due_on, measure_id ON meeting_action
WHEN (SELECT state FROM meeting WHERE id = OLD.meeting_id) IN ('finalized', 'abandoned')
  OR (SELECT state FROM meeting WHERE id = NEW.meeting_id) IN ('finalized', 'abandoned')
BEGIN SELECT RAISE(ABORT, 'the meeting is finalized or abandoned: it cannot change'); END;
CREATE TRIGGER meeting_action_locked_delete BEFORE DELETE ON meeting_action
WHEN (SELECT state FROM meeting WHERE id = OLD.meeting_id) IN ('finalized', 'abandoned')
BEGIN SELECT RAISE(ABORT, 'the meeting is finalized or abandoned: it cannot change'); END;

-- Addenda: only to a finalized meeting; kept as written (the signature is written once, right after the row).
CREATE TRIGGER meeting_addendum_finalized_only BEFORE INSERT ON meeting_addendum
WHEN (SELECT state FROM meeting WHERE id = NEW.meeting_id) IS NOT 'finalized'
BEGIN SELECT RAISE(ABORT, 'an addendum is added to finalized minutes only'); END;
CREATE TRIGGER meeting_addendum_fixed BEFORE UPDATE OF meeting_id, written_on, author_id, created_at, digest
    ON meeting_addendum
BEGIN SELECT RAISE(ABORT, 'an addendum is kept as written'); END;
CREATE TRIGGER meeting_addendum_signed_once BEFORE UPDATE OF signature ON meeting_addendum
WHEN OLD.signature IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'an addendum is kept as written'); END;
CREATE TRIGGER meeting_addendum_no_delete BEFORE DELETE ON meeting_addendum
BEGIN SELECT RAISE(ABORT, 'an addendum is kept as written'); END;
