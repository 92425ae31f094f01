-- Schema 13: counseling appointments and session records (心理咨询预约, 心理辅导记录; policy §7; domain/appointment*.py
-- has the code lists and the rules, services/appointments*.py the use cases).
--
-- Counselors are accounts (app_user): a session record is its author's, and visible to the author and the office
-- head only. Reasons, notes and the record's clinical fields are sealed with the clinical key (store/sealed.py):
-- BLOB columns, which an assistant (who books, moves and cancels) cannot open. Dates are ISO days; times 'HH:MM';
-- *_at columns ISO timestamps.

CREATE TABLE appt_room (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE,
    kind     TEXT NOT NULL CHECK (kind IN ('individual', 'group')),
    capacity INTEGER NOT NULL DEFAULT 2 CHECK (capacity BETWEEN 1 AND 200),
    active   INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

-- A counselor's weekly available hours (weekday 0 = Monday); a counselor without rows is available at any time.
CREATE TABLE appt_availability (
    id           INTEGER PRIMARY KEY,
    counselor_id INTEGER NOT NULL REFERENCES app_user(id),
    weekday      INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),
    start_time   TEXT NOT NULL,
    end_time     TEXT NOT NULL,
    CHECK (start_time < end_time)
);
CREATE INDEX appt_availability_counselor ON appt_availability(counselor_id, weekday);

-- Blocked dates or times: a counselor's, a room's, or the whole office's (both NULL). Whole day when start is NULL.
CREATE TABLE appt_blocked (
    id           INTEGER PRIMARY KEY,
    day          TEXT NOT NULL,
    counselor_id INTEGER REFERENCES app_user(id),
    room_id      INTEGER REFERENCES appt_room(id),
    start_time   TEXT,
    end_time     TEXT,
    reason       TEXT NOT NULL DEFAULT '',       -- 培训, 维修: plain words of the office, no clinical text
    created_by   INTEGER REFERENCES app_user(id),
    created_at   TEXT NOT NULL,
    CHECK ((start_time IS NULL) = (end_time IS NULL))
);
CREATE INDEX appt_blocked_day ON appt_blocked(day);

-- A recurring series: the rule; its sessions are appointment rows (series_id, planned_on), its exceptions below.
CREATE TABLE appt_series (
    id           INTEGER PRIMARY KEY,
    counselor_id INTEGER NOT NULL REFERENCES app_user(id),
    kind         TEXT NOT NULL CHECK (kind IN ('individual', 'group', 'parent', 'crisis')),
    mode         TEXT NOT NULL CHECK (mode IN ('room', 'online')),
    room_id      INTEGER REFERENCES appt_room(id),
    start_time   TEXT NOT NULL,
    end_time     TEXT NOT NULL,
    first_day    TEXT NOT NULL,
    referral     TEXT NOT NULL DEFAULT '',
    every        TEXT NOT NULL CHECK (every IN ('weekly', 'biweekly')),
    sessions     INTEGER CHECK (sessions IS NULL OR sessions BETWEEN 1 AND 60),
    until        TEXT,
    ended_on     TEXT,                           -- cut from this day ("this and the following" cancelled)
    created_by   INTEGER REFERENCES app_user(id),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    CHECK ((sessions IS NULL) <> (until IS NULL))
);

CREATE TABLE appt_series_student (
    series_id  INTEGER NOT NULL REFERENCES appt_series(id),
    student_id INTEGER NOT NULL REFERENCES student(id),
    PRIMARY KEY (series_id, student_id)
);

-- The series' single-date exceptions, and the dates its rule skipped (not a school day), kept to report them.
CREATE TABLE appt_series_exception (
    series_id  INTEGER NOT NULL REFERENCES appt_series(id),
    planned_on TEXT NOT NULL,                    -- the date the rule gives
    kind       TEXT NOT NULL CHECK (kind IN ('skipped', 'cancelled', 'moved')),
    moved_to   TEXT,                             -- the day it was held instead (a make-up workday, or moved)
    at         TEXT NOT NULL,
    PRIMARY KEY (series_id, planned_on)
);

CREATE TABLE appointment (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('individual', 'group', 'parent', 'crisis')),
    mode         TEXT NOT NULL CHECK (mode IN ('room', 'online')),
    counselor_id INTEGER NOT NULL REFERENCES app_user(id),
    room_id      INTEGER REFERENCES appt_room(id),
    day          TEXT NOT NULL,
    start_time   TEXT NOT NULL,
    end_time     TEXT NOT NULL,
    state        TEXT NOT NULL DEFAULT 'booked' CHECK (state IN ('booked', 'confirmed', 'arrived', 'completed',
                 'no_show', 'cancelled_student', 'cancelled_counselor', 'late_cancel')),
    referral     TEXT NOT NULL DEFAULT '' CHECK (referral IN ('', 'self', 'head_teacher', 'parent', 'observation',
                                                              'screening', 'meeting')),
    reason       BLOB,                           -- sealed: why (主诉 in a word); the assistant never sees it
    state_note   BLOB,                           -- sealed: why cancelled, excused, the cap overridden …
    excused      INTEGER NOT NULL DEFAULT 0 CHECK (excused IN (0, 1)),   -- a miss the counselor excused
    overbooked   INTEGER NOT NULL DEFAULT 0 CHECK (overbooked IN (0, 1)), -- a crisis booked over conflicts
    over_cap     INTEGER NOT NULL DEFAULT 0 CHECK (over_cap IN (0, 1)),   -- booked past the semester cap
    series_id    INTEGER REFERENCES appt_series(id),
    planned_on   TEXT,                           -- the series' date this session stands for
    request_id   INTEGER,                        -- the waitlist request it was booked from (appt_request)
    arrived_at   TEXT,
    created_by   INTEGER REFERENCES app_user(id),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    revision     INTEGER NOT NULL DEFAULT 1,
    CHECK (start_time < end_time),
    CHECK (mode = 'online' OR room_id IS NOT NULL)
);
CREATE INDEX appointment_counselor_day ON appointment(counselor_id, day);
CREATE INDEX appointment_room_day ON appointment(room_id, day);
CREATE INDEX appointment_day ON appointment(day, start_time);
CREATE INDEX appointment_series ON appointment(series_id, planned_on);

-- Who the appointment is for: one student (individual, crisis, a parent meeting about a student), several (group).
CREATE TABLE appointment_student (
    appointment_id INTEGER NOT NULL REFERENCES appointment(id),
    student_id     INTEGER NOT NULL REFERENCES student(id),
    PRIMARY KEY (appointment_id, student_id)
);
CREATE INDEX appointment_student_student ON appointment_student(student_id, appointment_id);

-- Every change of an appointment: booked, moved, state changes; who and when (reasons sealed on the appointment).
CREATE TABLE appointment_history (
    id             INTEGER PRIMARY KEY,
    appointment_id INTEGER NOT NULL REFERENCES appointment(id),
    at             TEXT NOT NULL,
    user_id        INTEGER REFERENCES app_user(id),
    kind           TEXT NOT NULL CHECK (kind IN ('booked', 'moved', 'state', 'excused')),
    old_value      TEXT NOT NULL DEFAULT '',
    new_value      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX appointment_history_appointment ON appointment_history(appointment_id, id);
CREATE TRIGGER appointment_history_kept BEFORE DELETE ON appointment_history
BEGIN SELECT RAISE(ABORT, 'the appointment history is kept'); END;
CREATE TRIGGER appointment_history_fixed BEFORE UPDATE ON appointment_history
BEGIN SELECT RAISE(ABORT, 'the appointment history is kept'); END;

-- The waiting list: requests with preferences; offered a freed slot, then booked, expired or withdrawn.
CREATE TABLE appt_request (
    id             INTEGER PRIMARY KEY,
    student_id     INTEGER NOT NULL REFERENCES student(id),
    counselor_id   INTEGER REFERENCES app_user(id),   -- the preferred counselor, NULL any
    kind           TEXT NOT NULL DEFAULT 'individual' CHECK (kind IN ('individual', 'group', 'parent')),
    referral       TEXT NOT NULL DEFAULT '',
    preferred      TEXT NOT NULL DEFAULT '',         -- preferred times: 'weekday HH:MM-HH:MM;…', '' any
    priority       INTEGER NOT NULL DEFAULT 0,       -- higher first; a watch-list student at 重点关注/高危: urgent
    urgent         INTEGER NOT NULL DEFAULT 0 CHECK (urgent IN (0, 1)),
    note           BLOB,                             -- sealed: why, and notes (three misses …)
    state          TEXT NOT NULL DEFAULT 'waiting'
                   CHECK (state IN ('waiting', 'offered', 'booked', 'expired', 'withdrawn')),
    valid_until    TEXT,                             -- the request lapses after this day
    offer_day      TEXT,                             -- the slot offered
    offer_start    TEXT,
    offer_end      TEXT,
    offer_counselor_id INTEGER REFERENCES app_user(id),
    offer_room_id  INTEGER REFERENCES appt_room(id),
    offer_expires  TEXT,                             -- ISO timestamp: the offer lapses then
    appointment_id INTEGER REFERENCES appointment(id),
    notify_user_id INTEGER REFERENCES app_user(id),  -- who is told at once about an urgent request
    created_by     INTEGER REFERENCES app_user(id),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX appt_request_state ON appt_request(state, urgent DESC, priority DESC, id);
CREATE INDEX appt_request_student ON appt_request(student_id);

-- The session record (心理辅导记录) of a completed appointment: numbered per year (2026-001), written by the
-- counselor, sealed; signed → locked by the trigger below (except its sealed columns, which a clinical-key
-- rotation re-seals: the signed digest covers their text). Later changes are addenda.
CREATE TABLE session_record (
    id             INTEGER PRIMARY KEY,
    appointment_id INTEGER NOT NULL UNIQUE REFERENCES appointment(id),
    year           INTEGER NOT NULL,
    seq            INTEGER NOT NULL,
    author_id      INTEGER NOT NULL REFERENCES app_user(id),
    on_day         TEXT NOT NULL,
    start_time     TEXT NOT NULL,
    end_time       TEXT NOT NULL,
    place          TEXT NOT NULL DEFAULT '',
    form           TEXT NOT NULL,                  -- individual / group / parent / crisis; online or room below
    mode           TEXT NOT NULL,
    referral       TEXT NOT NULL DEFAULT '',
    complaint      BLOB,                           -- sealed: 主诉
    state_seen     BLOB,                           -- sealed: 当前状态与观察
    assessment     BLOB,                           -- sealed: 问题评估与分析
    goal           BLOB,                           -- sealed: 辅导目标
    process        BLOB,                           -- sealed: 辅导过程
    intervention   BLOB,                           -- sealed: 干预措施
    response       BLOB,                           -- sealed: 学生反应
    homework       BLOB,                           -- sealed: 家庭作业
    evaluation     BLOB,                           -- sealed: 效果评估
    next_day       TEXT,                           -- the next appointment, if one is planned
    risk_noted     INTEGER NOT NULL DEFAULT 0 CHECK (risk_noted IN (0, 1)),   -- a follow-up went to the watch list
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    signed_at      TEXT,
    digest         TEXT NOT NULL DEFAULT '',
    signature      BLOB,
    UNIQUE (year, seq)
);
CREATE INDEX session_record_author ON session_record(author_id, on_day);
CREATE TRIGGER session_record_kept BEFORE DELETE ON session_record
BEGIN SELECT RAISE(ABORT, 'a session record is kept'); END;
CREATE TRIGGER session_record_locked BEFORE UPDATE OF appointment_id, year, seq, author_id, on_day, start_time,
    end_time, place, form, mode, referral, next_day, risk_noted, signed_at, digest, signature ON session_record
    WHEN OLD.signed_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a signed session record is locked: add an addendum'); END;

CREATE TABLE session_addendum (
    id         INTEGER PRIMARY KEY,
    record_id  INTEGER NOT NULL REFERENCES session_record(id),
    author_id  INTEGER NOT NULL REFERENCES app_user(id),
    created_at TEXT NOT NULL,
    body       BLOB                                -- sealed
);
CREATE INDEX session_addendum_record ON session_addendum(record_id, id);
CREATE TRIGGER session_addendum_kept BEFORE DELETE ON session_addendum
BEGIN SELECT RAISE(ABORT, 'an addendum is kept'); END;
CREATE TRIGGER session_addendum_fixed BEFORE UPDATE OF record_id, author_id, created_at ON session_addendum
BEGIN SELECT RAISE(ABORT, 'an addendum is kept'); END;
