-- Schema 11: referrals to hospitals with their receipts, leave/suspension and return to school, crisis incidents
-- (policy §7, §9, §10; domain/referral.py, domain/leave.py and domain/crisis.py have the code lists and rules).
--
-- Clinical text (the reason of a referral, what the school did, the meeting's notes, a refusal's reason, the
-- advice to the school, a diagnosis the family gave, medical documents, crisis details, the timeline, why a
-- confidence was broken) is sealed with the clinical key (store/sealed.py): BLOB columns. Dates are ISO days,
-- *_at ISO timestamps (a crisis step's time to the minute: '2026-11-29T08:40').

-- The hospitals the office refers to (§10 school–hospital cooperation).
CREATE TABLE hospital (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 80),
    departments     TEXT NOT NULL DEFAULT '',          -- one per line: 儿童青少年心理科 …
    address         TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    green_contact   TEXT NOT NULL DEFAULT '',          -- the green-channel contact's name
    green_phone     TEXT NOT NULL DEFAULT '',
    agreement       INTEGER NOT NULL DEFAULT 0 CHECK (agreement IN (0, 1)),   -- a cooperation agreement
    agreement_since TEXT,
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);

-- One referral (转介单) and its receipt (回执). Numbered per year: 转介 2026-007.
CREATE TABLE referral (
    id                 INTEGER PRIMARY KEY,
    year               INTEGER NOT NULL,
    seq                INTEGER NOT NULL,
    student_id         INTEGER NOT NULL REFERENCES student(id),
    entry_id           INTEGER REFERENCES watch_entry(id),
    origin             TEXT NOT NULL CHECK (origin IN ('watch', 'meeting', 'direct')),
    origin_ref         TEXT NOT NULL DEFAULT '',         -- the meeting decision that asked for it
    urgency            TEXT NOT NULL CHECK (urgency IN ('routine', 'urgent', 'emergency')),
    state              TEXT NOT NULL CHECK (state IN ('draft', 'issued', 'visited', 'returned', 'closed')),
    hospital_id        INTEGER REFERENCES hospital(id),
    department         TEXT NOT NULL DEFAULT '',
    green_channel      INTEGER NOT NULL DEFAULT 0 CHECK (green_channel IN (0, 1)),
    accompany          TEXT NOT NULL DEFAULT '' CHECK (accompany IN ('', 'parent', 'school', 'ambulance')),
    guardian_name      TEXT NOT NULL DEFAULT '',
    guardian_relation  TEXT NOT NULL DEFAULT '',
    guardian_phone     TEXT NOT NULL DEFAULT '',
    reason             BLOB,                             -- sealed: the reason and what was observed
    school_actions     BLOB,                             -- sealed: what the school has done
    screening_summary  BLOB,                             -- sealed: scale, date, total, level (never item answers)
    meeting_on         TEXT,                             -- the multi-party meeting with the parents
    meeting_people     TEXT NOT NULL DEFAULT '',         -- its participants, '、' between them
    meeting_outcome    TEXT NOT NULL DEFAULT '' CHECK (meeting_outcome IN ('', 'refer', 'school')),
    meeting_notes      BLOB,                             -- sealed
    parents            TEXT NOT NULL DEFAULT '' CHECK (parents IN ('', 'informed', 'consented', 'refused')),
    refusal_reason     BLOB,                             -- sealed: the reason of a signed refusal
    issued_on          TEXT,
    receipt_due        TEXT,
    visited_on         TEXT,
    returned_on        TEXT,                             -- the receipt came back
    closed_on          TEXT,
    close_reason       TEXT NOT NULL DEFAULT '' CHECK (close_reason IN ('', 'done', 'school', 'refused', 'other')),
    receipt_hospital   TEXT NOT NULL DEFAULT '',
    receipt_department TEXT NOT NULL DEFAULT '',
    doctor             TEXT NOT NULL DEFAULT '',
    advice             TEXT NOT NULL DEFAULT '' CHECK (advice IN ('', 'normal', 'revisit', 'leave', 'inpatient')),
    next_visit         TEXT,
    school_advice      BLOB,                             -- sealed: the doctor's advice to the school
    diagnosis          BLOB,                             -- sealed: only when the family gives one
    close_note         BLOB,                             -- sealed
    created_by         INTEGER REFERENCES app_user(id),
    revision           INTEGER NOT NULL DEFAULT 1,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    UNIQUE (year, seq)
);
CREATE INDEX referral_student ON referral(student_id);
CREATE INDEX referral_state ON referral(state, receipt_due);

-- Leave (请假) and suspension (休学), with the return to school (复学) on the same row. Numbered per year.
CREATE TABLE student_leave (
    id                INTEGER PRIMARY KEY,
    year              INTEGER NOT NULL,
    seq               INTEGER NOT NULL,
    student_id        INTEGER NOT NULL REFERENCES student(id),
    entry_id          INTEGER REFERENCES watch_entry(id),
    referral_id       INTEGER REFERENCES referral(id),
    kind              TEXT NOT NULL CHECK (kind IN ('leave', 'suspension')),
    reason            TEXT NOT NULL CHECK (reason IN ('mental', 'physical', 'family', 'other')),
    state             TEXT NOT NULL CHECK (state IN ('applied', 'approved', 'returning', 'returned', 'withdrawn')),
    applied_on        TEXT NOT NULL,
    start_on          TEXT NOT NULL,
    expected_end      TEXT NOT NULL CHECK (expected_end >= start_on),
    documents         TEXT NOT NULL DEFAULT '',          -- the documents received: codes, ',' between them
    medical_note      BLOB,                              -- sealed: what the medical documents say
    school_approved_on TEXT,
    school_approver   TEXT NOT NULL DEFAULT '',
    bureau_approved_on TEXT,
    bureau_ref        TEXT NOT NULL DEFAULT '',          -- the bureau's document number
    status_before     TEXT NOT NULL DEFAULT '',          -- the register status before the suspension
    -- the return to school
    return_applied_on TEXT,
    return_documents  TEXT NOT NULL DEFAULT '',
    return_late       INTEGER NOT NULL DEFAULT 0 CHECK (return_late IN (0, 1)),
    meeting_on        TEXT,
    meeting_people    TEXT NOT NULL DEFAULT '',
    conclusion        TEXT NOT NULL DEFAULT '' CHECK (conclusion IN ('', 'agreed', 'postponed', 'appeal')),
    reassess_on       TEXT,
    meeting_notes     BLOB,                              -- sealed
    returned_on       TEXT,
    support_until     TEXT,                              -- the support plan's end (default three months)
    created_by        INTEGER REFERENCES app_user(id),
    revision          INTEGER NOT NULL DEFAULT 1,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    UNIQUE (year, seq)
);
CREATE INDEX student_leave_student ON student_leave(student_id);
CREATE INDEX student_leave_state ON student_leave(state, expected_end);

-- The support plan after the return: who does what, how often (no clinical text: the head teacher's sheet).
CREATE TABLE return_support (
    id             INTEGER PRIMARY KEY,
    leave_id       INTEGER NOT NULL REFERENCES student_leave(id),
    position       INTEGER NOT NULL,
    type           TEXT NOT NULL,                        -- a watch-plan measure type: peer, individual, medical …
    what           TEXT NOT NULL DEFAULT '',
    owner_staff_id INTEGER REFERENCES staff(id),
    owner_other    TEXT NOT NULL DEFAULT '',
    frequency      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX return_support_leave ON return_support(leave_id, position);

-- Crisis incidents (危机事件) and the emergency plan's steps. Numbered per year: 危机 2026-003.
CREATE TABLE crisis_incident (
    id            INTEGER PRIMARY KEY,
    year          INTEGER NOT NULL,
    seq           INTEGER NOT NULL,
    occurred_at   TEXT NOT NULL,
    place         TEXT NOT NULL DEFAULT '',
    type          TEXT NOT NULL CHECK (type IN ('self_harm', 'attempt', 'death', 'violence', 'runaway',
                                                'psychotic', 'stress')),
    gravity       TEXT NOT NULL CHECK (gravity IN ('major', 'general')),
    found_by      TEXT NOT NULL DEFAULT '',
    found_at      TEXT NOT NULL,
    details       BLOB,                                  -- sealed: what was seen
    state         TEXT NOT NULL CHECK (state IN ('open', 'closed')),
    closed_on     TEXT,
    closed_by     INTEGER REFERENCES app_user(id),
    forced        INTEGER NOT NULL DEFAULT 0 CHECK (forced IN (0, 1)),   -- the head closed it before the loop did
    close_note    BLOB,                                  -- sealed: the summary, or the head's reason
    created_by    INTEGER REFERENCES app_user(id),
    revision      INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    UNIQUE (year, seq)
);
CREATE INDEX crisis_incident_state ON crisis_incident(state, occurred_at);

CREATE TABLE crisis_student (
    incident_id INTEGER NOT NULL REFERENCES crisis_incident(id),
    student_id  INTEGER NOT NULL REFERENCES student(id),
    entry_id    INTEGER REFERENCES watch_entry(id),
    PRIMARY KEY (incident_id, student_id)
);
CREATE INDEX crisis_student_student ON crisis_student(student_id);

-- The emergency plan walked step by step: when, by whom (one row per step).
CREATE TABLE crisis_step (
    id          INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES crisis_incident(id),
    step        TEXT NOT NULL CHECK (step IN ('found', 'safety', 'reported', 'assessed', 'parents', 'hospital',
                                              'bureau', 'public', 'aftercare', 'review')),
    done_at     TEXT NOT NULL,
    done_by     TEXT NOT NULL,
    note        BLOB,                                    -- sealed
    user_id     INTEGER REFERENCES app_user(id),
    created_at  TEXT NOT NULL,
    UNIQUE (incident_id, step)
);

-- Every attempt to reach the parents (§9: at once), reached or not.
CREATE TABLE crisis_parent_call (
    id          INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES crisis_incident(id),
    student_id  INTEGER NOT NULL REFERENCES student(id),
    at          TEXT NOT NULL,
    by_name     TEXT NOT NULL,
    way         TEXT NOT NULL CHECK (way IN ('phone', 'meeting', 'home_visit', 'message', 'other')),
    reached     INTEGER NOT NULL CHECK (reached IN (0, 1)),
    user_id     INTEGER REFERENCES app_user(id),
    created_at  TEXT NOT NULL
);
CREATE INDEX crisis_parent_call_incident ON crisis_parent_call(incident_id, at);

-- The timeline: free entries, kept.
CREATE TABLE crisis_event (
    id          INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES crisis_incident(id),
    at          TEXT NOT NULL,
    text        BLOB,                                    -- sealed
    user_id     INTEGER REFERENCES app_user(id),
    created_at  TEXT NOT NULL
);
CREATE INDEX crisis_event_incident ON crisis_event(incident_id, at);
CREATE TRIGGER crisis_event_no_delete BEFORE DELETE ON crisis_event
BEGIN SELECT RAISE(ABORT, 'the crisis timeline is kept'); END;

-- A breach of confidentiality to protect life: who was told, when, why.
CREATE TABLE crisis_breach (
    id          INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES crisis_incident(id),
    told        TEXT NOT NULL,
    at          TEXT NOT NULL,
    why         BLOB,                                    -- sealed
    user_id     INTEGER REFERENCES app_user(id),
    created_at  TEXT NOT NULL
);
CREATE TRIGGER crisis_breach_no_delete BEFORE DELETE ON crisis_breach
BEGIN SELECT RAISE(ABORT, 'a breach of confidentiality stays on record'); END;
