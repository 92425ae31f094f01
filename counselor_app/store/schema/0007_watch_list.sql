-- Schema 7: the watch list (重点关注学生清单, policy §8; domain/watch.py has the code lists and the rules).
--
-- Clinical text (the concern, plan goals, measures, medication, notes, follow-up observations, parent-contact
-- facts, the reasons of changes and closing) is sealed with the clinical key (store/sealed.py): BLOB columns.
-- Dates are ISO days ('2026-11-29'); *_at columns are ISO timestamps.

-- The office's risk levels: configurable; label '' = the default level's translated name.
CREATE TABLE watch_level (
    code        TEXT PRIMARY KEY,
    label       TEXT NOT NULL DEFAULT '',
    colour      TEXT NOT NULL,
    rank        INTEGER NOT NULL UNIQUE,
    review_days INTEGER NOT NULL CHECK (review_days BETWEEN 1 AND 120),
    may_close   INTEGER NOT NULL DEFAULT 1 CHECK (may_close IN (0, 1)),
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);
INSERT INTO watch_level (code, label, colour, rank, review_days, may_close) VALUES
    ('yellow', '', '#e0b000', 1, 30, 1),
    ('orange', '', '#e07000', 2, 14, 1),
    ('red', '', '#d02020', 3, 7, 0);

-- One period of a student on the watch list. At most one open entry per student.
CREATE TABLE watch_entry (
    id                 INTEGER PRIMARY KEY,
    student_id         INTEGER NOT NULL REFERENCES student(id),
    source             TEXT NOT NULL CHECK (source IN ('staff', 'screening', 'family', 'medical', 'self')),
    source_ref_type    TEXT NOT NULL DEFAULT '',   -- the record that triggered it: 'watch_contact', 'screening' …
    source_ref_id      TEXT NOT NULL DEFAULT '',
    concern            BLOB,                        -- sealed
    level              TEXT NOT NULL REFERENCES watch_level(code),
    severity           TEXT NOT NULL DEFAULT '' CHECK (severity IN ('', 'mild', 'severe')),
    state              TEXT NOT NULL CHECK (state IN ('candidate', 'following', 'observing', 'closed')),
    opened_on          TEXT NOT NULL,
    opened_by          INTEGER REFERENCES app_user(id),
    next_review        TEXT NOT NULL,
    peer_student_id    INTEGER REFERENCES student(id),   -- the peer carer (心理委员), optional
    parent_name        TEXT NOT NULL DEFAULT '',
    parent_relation    TEXT NOT NULL DEFAULT '',
    parent_phone       TEXT NOT NULL DEFAULT '',
    close_reason       TEXT NOT NULL DEFAULT '' CHECK (close_reason IN
                       ('', 'improved', 'not_confirmed', 'left_school', 'transferred', 'mistake', 'other')),
    close_note         BLOB,                        -- sealed: the explanation of the closing
    close_requested_by INTEGER REFERENCES app_user(id),
    close_requested_at TEXT,
    closed_on          TEXT,
    closed_by          INTEGER REFERENCES app_user(id),   -- the head who approved the closing
    revision           INTEGER NOT NULL DEFAULT 1,        -- every change adds one: a stale edit is refused
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);
CREATE UNIQUE INDEX watch_entry_one_open ON watch_entry(student_id) WHERE state <> 'closed';
CREATE INDEX watch_entry_student ON watch_entry(student_id);
CREATE INDEX watch_entry_state ON watch_entry(state, next_review);

-- Every change of level, class, state and responsible people: who, when, why.
CREATE TABLE watch_history (
    id        INTEGER PRIMARY KEY,
    entry_id  INTEGER NOT NULL REFERENCES watch_entry(id),
    at        TEXT NOT NULL,
    user_id   INTEGER REFERENCES app_user(id),
    kind      TEXT NOT NULL CHECK (kind IN ('opened', 'level', 'severity', 'state', 'responsible',
                                             'close_requested', 'close_withdrawn', 'close_rejected', 'closed',
                                             'reopened')),
    old_value TEXT NOT NULL DEFAULT '',
    new_value TEXT NOT NULL DEFAULT '',
    reason    BLOB                                  -- sealed
);
CREATE INDEX watch_history_entry ON watch_history(entry_id, id);
CREATE TRIGGER watch_history_no_delete BEFORE DELETE ON watch_history
BEGIN SELECT RAISE(ABORT, 'the watch list history is kept'); END;
CREATE TRIGGER watch_history_fixed BEFORE UPDATE OF entry_id, at, user_id, kind, old_value, new_value ON watch_history
BEGIN SELECT RAISE(ABORT, 'the watch list history is kept'); END;

-- The responsible people (包保人): staff of the register, each with a duty.
CREATE TABLE watch_responsible (
    entry_id INTEGER NOT NULL REFERENCES watch_entry(id),
    staff_id INTEGER NOT NULL REFERENCES staff(id),
    duty     TEXT NOT NULL CHECK (duty IN ('counselor', 'head_teacher', 'leader')),
    PRIMARY KEY (entry_id, staff_id, duty)
);
CREATE INDEX watch_responsible_staff ON watch_responsible(staff_id);

-- The plan (一人一策), versioned: each version is whole, dated and signed by its author (services/watch_plans.py).
CREATE TABLE watch_plan (
    id         INTEGER PRIMARY KEY,
    entry_id   INTEGER NOT NULL REFERENCES watch_entry(id),
    version    INTEGER NOT NULL,
    author_id  INTEGER NOT NULL REFERENCES app_user(id),
    written_on TEXT NOT NULL,
    created_at TEXT NOT NULL,
    goal       BLOB,                                -- sealed
    medication BLOB,                                -- sealed: as the family reports it
    notes      BLOB,                                -- sealed
    digest     TEXT NOT NULL DEFAULT '',            -- SHA-256 of the version's content
    signature  BLOB,                                -- the author's Ed25519 signature of the digest
    UNIQUE (entry_id, version)
);
CREATE TRIGGER watch_plan_no_delete BEFORE DELETE ON watch_plan
BEGIN SELECT RAISE(ABORT, 'a plan version is kept'); END;
CREATE TRIGGER watch_plan_fixed BEFORE UPDATE OF entry_id, version, author_id, written_on, digest ON watch_plan
BEGIN SELECT RAISE(ABORT, 'a plan version is kept'); END;

CREATE TABLE watch_measure (
    id             INTEGER PRIMARY KEY,
    plan_id        INTEGER NOT NULL REFERENCES watch_plan(id),
    position       INTEGER NOT NULL,
    type           TEXT NOT NULL CHECK (type IN ('individual', 'group', 'family', 'teacher_watch', 'peer', 'medical',
                                                 'medication', 'academic', 'leave', 'off_dorm')),
    description    BLOB,                            -- sealed
    owner_staff_id INTEGER REFERENCES staff(id),
    owner_other    TEXT NOT NULL DEFAULT '',        -- an owner outside the staff: 家长, 校医
    frequency      TEXT NOT NULL DEFAULT '',
    start_on       TEXT NOT NULL,
    due_on         TEXT,
    state          TEXT NOT NULL CHECK (state IN ('planned', 'ongoing', 'done', 'stopped'))
);
CREATE INDEX watch_measure_plan ON watch_measure(plan_id, position);

-- Follow-ups: immutable facts; a correction is an addendum (addendum_of) written later.
CREATE TABLE watch_followup (
    id          INTEGER PRIMARY KEY,
    entry_id    INTEGER NOT NULL REFERENCES watch_entry(id),
    on_date     TEXT NOT NULL,
    author_id   INTEGER NOT NULL REFERENCES app_user(id),
    created_at  TEXT NOT NULL,
    method      TEXT NOT NULL CHECK (method IN ('talk', 'parent_phone', 'home_visit', 'counseling', 'medical',
                                                'observation')),
    seen        BLOB,                               -- sealed: what was seen
    rating      TEXT NOT NULL DEFAULT '',           -- the level rated at this follow-up, '' none
    addendum_of INTEGER REFERENCES watch_followup(id)
);
CREATE INDEX watch_followup_entry ON watch_followup(entry_id, on_date);
CREATE TRIGGER watch_followup_no_delete BEFORE DELETE ON watch_followup
BEGIN SELECT RAISE(ABORT, 'a follow-up is a fact: add an addendum'); END;
CREATE TRIGGER watch_followup_fixed BEFORE UPDATE OF entry_id, on_date, author_id, created_at, method, rating,
    addendum_of ON watch_followup
BEGIN SELECT RAISE(ABORT, 'a follow-up is a fact: add an addendum'); END;

-- Parent contacts (家校沟通): immutable too; facts relevant to support only.
CREATE TABLE watch_contact (
    id              INTEGER PRIMARY KEY,
    entry_id        INTEGER NOT NULL REFERENCES watch_entry(id),
    on_date         TEXT NOT NULL,
    author_id       INTEGER NOT NULL REFERENCES app_user(id),
    created_at      TEXT NOT NULL,
    contact_person  TEXT NOT NULL,                  -- 联系对象: 母亲, 父亲 …
    way             TEXT NOT NULL CHECK (way IN ('phone', 'meeting', 'home_visit', 'message', 'other')),
    result          TEXT NOT NULL CHECK (result IN ('reached', 'unreached', 'declined')),
    family_support  BLOB,                           -- sealed
    facts           BLOB,                           -- sealed: 沟通事实
    agreements      BLOB,                           -- sealed: 约定事项
    next_contact_on TEXT,
    addendum_of     INTEGER REFERENCES watch_contact(id)
);
CREATE INDEX watch_contact_entry ON watch_contact(entry_id, on_date);
CREATE TRIGGER watch_contact_no_delete BEFORE DELETE ON watch_contact
BEGIN SELECT RAISE(ABORT, 'a parent contact is a fact: add an addendum'); END;
CREATE TRIGGER watch_contact_fixed BEFORE UPDATE OF entry_id, on_date, author_id, created_at, contact_person, way,
    result, next_contact_on, addendum_of ON watch_contact
BEGIN SELECT RAISE(ABORT, 'a parent contact is a fact: add an addendum'); END;
