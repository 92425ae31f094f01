-- Schema 10: compliance logs (合规记录; policy §2 §11 §14–§16) that the §19 indicators read
-- (domain/compliance.py has the code lists and the indicator rules, services/compliance_logs.py the operations).
--
-- Logs hold facts about lessons, activities and staff, never about one student: no student id, no clinical text.
-- Days are ISO ('2026-09-21'), *_at ISO timestamps. Titles and topics are short labels (≤ 80 characters); the
-- bureau report counts rows and never prints a title.

-- A mental-health lesson (心理健康课) given to one class.
CREATE TABLE compliance_lesson (
    id               INTEGER PRIMARY KEY,
    class_id         INTEGER NOT NULL REFERENCES school_class(id),
    on_date          TEXT NOT NULL CHECK (on_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    teacher_staff_id INTEGER REFERENCES staff(id),
    topic            TEXT NOT NULL DEFAULT '' CHECK (length(topic) <= 80),
    periods          INTEGER NOT NULL DEFAULT 1 CHECK (periods BETWEEN 1 AND 10),   -- 课时
    created_at       TEXT NOT NULL,
    created_by       INTEGER REFERENCES app_user(id),
    UNIQUE (class_id, on_date, topic)
);
CREATE INDEX compliance_lesson_date ON compliance_lesson(on_date);

-- A family mental-health guidance activity (家庭心理健康教育指导活动, §11) for one or more classes.
CREATE TABLE compliance_family_activity (
    id               INTEGER PRIMARY KEY,
    on_date          TEXT NOT NULL CHECK (on_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    title            TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 80),
    form             TEXT NOT NULL CHECK (form IN ('lecture', 'meeting', 'workshop', 'online', 'other')),
    parents_expected INTEGER NOT NULL DEFAULT 0 CHECK (parents_expected >= 0),
    parents_present  INTEGER NOT NULL DEFAULT 0 CHECK (parents_present >= 0),
    created_at       TEXT NOT NULL,
    created_by       INTEGER REFERENCES app_user(id)
);
CREATE INDEX compliance_family_activity_date ON compliance_family_activity(on_date);
CREATE TABLE compliance_family_activity_class (
    activity_id INTEGER NOT NULL REFERENCES compliance_family_activity(id) ON DELETE CASCADE,
    class_id    INTEGER NOT NULL REFERENCES school_class(id),
    PRIMARY KEY (activity_id, class_id)
);
CREATE INDEX compliance_family_activity_class_class ON compliance_family_activity_class(class_id);

-- A publicity activity (心理健康教育宣传活动, §16: at least one a year for all staff).
CREATE TABLE compliance_publicity (
    id           INTEGER PRIMARY KEY,
    on_date      TEXT NOT NULL CHECK (on_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    title        TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 80),
    audience     TEXT NOT NULL CHECK (audience IN ('all_staff', 'students', 'parents', 'community')),
    participants INTEGER NOT NULL DEFAULT 0 CHECK (participants >= 0),
    created_at   TEXT NOT NULL,
    created_by   INTEGER REFERENCES app_user(id)
);
CREATE INDEX compliance_publicity_date ON compliance_publicity(on_date);

-- A training a staff member took (专业培训, §16), in hours.
CREATE TABLE compliance_training (
    id         INTEGER PRIMARY KEY,
    staff_id   INTEGER NOT NULL REFERENCES staff(id),
    on_date    TEXT NOT NULL CHECK (on_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    title      TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 80),
    hours      REAL NOT NULL CHECK (hours > 0 AND hours <= 200),
    provider   TEXT NOT NULL DEFAULT '' CHECK (length(provider) <= 80),
    created_at TEXT NOT NULL,
    created_by INTEGER REFERENCES app_user(id),
    UNIQUE (staff_id, on_date, title)
);
CREATE INDEX compliance_training_date ON compliance_training(on_date);

-- A supervision session a counselor took part in (个人或团体督导, §16).
CREATE TABLE compliance_supervision (
    id         INTEGER PRIMARY KEY,
    staff_id   INTEGER NOT NULL REFERENCES staff(id),
    on_date    TEXT NOT NULL CHECK (on_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    form       TEXT NOT NULL CHECK (form IN ('individual', 'group')),
    hours      REAL NOT NULL DEFAULT 1 CHECK (hours > 0 AND hours <= 24),
    supervisor TEXT NOT NULL DEFAULT '' CHECK (length(supervisor) <= 80),
    created_at TEXT NOT NULL,
    created_by INTEGER REFERENCES app_user(id),
    UNIQUE (staff_id, on_date, form)
);
CREATE INDEX compliance_supervision_date ON compliance_supervision(on_date);

-- Resources of a school year (§14 funding and venue, §2 the university course, §10 the partner hospital).
-- NULL: not entered yet (the indicator says so instead of counting it as zero).
CREATE TABLE compliance_year (
    school_year_id   INTEGER PRIMARY KEY REFERENCES school_year(id),
    funding_yuan     REAL CHECK (funding_yuan IS NULL OR funding_yuan >= 0),    -- the year's budget, yuan
    venue_rooms      INTEGER CHECK (venue_rooms IS NULL OR venue_rooms >= 0),
    venue_m2         REAL CHECK (venue_m2 IS NULL OR venue_m2 >= 0),
    course_credits   REAL CHECK (course_credits IS NULL OR course_credits >= 0),   -- universities
    hospital_partner TEXT NOT NULL DEFAULT '' CHECK (length(hospital_partner) <= 80),
    hospital_since   TEXT,
    updated_at       TEXT NOT NULL,
    updated_by       INTEGER REFERENCES app_user(id)
);
