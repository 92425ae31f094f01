-- Schema 1: the office, users, settings, the audit trail, and the core of the school register.
-- Later parts of the product (watch list, meetings, appointments, duty, screening, referrals,
-- incidents, compliance) arrive as further numbered migrations; see store/SCHEMA.md for the plan.

CREATE TABLE office (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    office_id   TEXT NOT NULL,               -- the same random id as in the key-slot file
    school_name TEXT NOT NULL,
    school_type TEXT NOT NULL CHECK (school_type IN
                ('primary','middle','high','nine_year','complete_middle','vocational','university')),
    address     TEXT NOT NULL DEFAULT '',
    unit_name   TEXT NOT NULL DEFAULT '',    -- printed on forms and beside the seal
    created_at  TEXT NOT NULL
);

-- Settings of the office, JSON values; policy thresholds live here with the 2023 Anhui defaults in code.
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE staff (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    gender     TEXT NOT NULL DEFAULT '' CHECK (gender IN ('', 'male', 'female')),
    phone      TEXT NOT NULL DEFAULT '',
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL
);

CREATE TABLE app_user (
    id             INTEGER PRIMARY KEY,
    login          TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name   TEXT NOT NULL,
    role           TEXT NOT NULL CHECK (role IN ('head', 'counselor', 'assistant')),
    active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    slot_id        TEXT NOT NULL UNIQUE,       -- the user's key slot (HMAC of the login)
    staff_id       INTEGER REFERENCES staff(id),
    created_at     TEXT NOT NULL,
    deactivated_at TEXT
);

-- Append-only, hash-chained. Targets are (type, id), never a name.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    user_id     INTEGER,
    action      TEXT NOT NULL,
    target_type TEXT NOT NULL DEFAULT '',
    target_id   TEXT NOT NULL DEFAULT '',
    outcome     TEXT NOT NULL CHECK (outcome IN ('ok', 'failed', 'denied')),
    detail      TEXT NOT NULL DEFAULT '',
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
CREATE INDEX audit_log_user ON audit_log(user_id, at);
CREATE INDEX audit_log_action ON audit_log(action, at);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

-- School register core. K-12 grades or university departments; classes; dorms.
CREATE TABLE school_year (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,           -- e.g. 2026-2027
    start_date TEXT NOT NULL,
    end_date   TEXT NOT NULL,
    CHECK (start_date < end_date)
);

CREATE TABLE semester (
    id             INTEGER PRIMARY KEY,
    school_year_id INTEGER NOT NULL REFERENCES school_year(id) ON DELETE CASCADE,
    number         INTEGER NOT NULL CHECK (number IN (1, 2)),
    start_date     TEXT NOT NULL,
    end_date       TEXT NOT NULL,
    UNIQUE (school_year_id, number),
    CHECK (start_date < end_date)
);

CREATE TABLE grade (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    kind       TEXT NOT NULL CHECK (kind IN ('grade', 'department')),
    level      INTEGER NOT NULL DEFAULT 0,       -- K-12 school grade 1..12; 0 for departments
    leader_staff_id INTEGER REFERENCES staff(id),
    sort_order INTEGER NOT NULL DEFAULT 0,
    archived   INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
);

CREATE TABLE school_class (
    id         INTEGER PRIMARY KEY,
    grade_id   INTEGER NOT NULL REFERENCES grade(id),
    name       TEXT NOT NULL,
    head_teacher_staff_id INTEGER REFERENCES staff(id),   -- 班主任 (K-12) or 辅导员 (university)
    sort_order INTEGER NOT NULL DEFAULT 0,
    archived   INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    UNIQUE (grade_id, name)
);
CREATE INDEX school_class_grade ON school_class(grade_id);

CREATE TABLE staff_role (
    staff_id   INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
    role       TEXT NOT NULL,                  -- counselor_full, counselor_part, head_teacher, grade_leader, ...
    PRIMARY KEY (staff_id, role)
);

CREATE TABLE dorm (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE                 -- building and room, e.g. 3号楼-215
);

CREATE TABLE student (
    id          INTEGER PRIMARY KEY,
    student_no  TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    gender      TEXT NOT NULL DEFAULT '' CHECK (gender IN ('', 'male', 'female')),
    birth_date  TEXT,
    class_id    INTEGER REFERENCES school_class(id),
    dorm_id     INTEGER REFERENCES dorm(id),
    boarding    INTEGER NOT NULL DEFAULT 0 CHECK (boarding IN (0, 1)),
    is_monitor  INTEGER NOT NULL DEFAULT 0 CHECK (is_monitor IN (0, 1)),   -- class 心理委员
    status      TEXT NOT NULL DEFAULT 'enrolled'
                CHECK (status IN ('enrolled', 'on_leave', 'suspended', 'graduated', 'transferred')),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX student_class ON student(class_id, status);
CREATE INDEX student_name ON student(name);

CREATE TABLE guardian (
    id         INTEGER PRIMARY KEY,
    student_id INTEGER NOT NULL REFERENCES student(id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    relation   TEXT NOT NULL DEFAULT '',
    phone      TEXT NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX guardian_student ON guardian(student_id);

CREATE TABLE student_status_history (
    id         INTEGER PRIMARY KEY,
    student_id INTEGER NOT NULL REFERENCES student(id) ON DELETE CASCADE,
    status     TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    reason     TEXT NOT NULL DEFAULT '',
    user_id    INTEGER REFERENCES app_user(id)
);
CREATE INDEX student_status_history_student ON student_status_history(student_id);
