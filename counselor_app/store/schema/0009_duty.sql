-- Schema 9: duty rosters (值班表) and the duty log (值班记录); domain/duty*.py has the code lists and the generator.
--
-- Templates, the duty list and unavailability belong to a semester (cloned to the next one); assignments are
-- (day, template, person). Times are 'HH:MM', days ISO ('2026-09-21'), *_at ISO timestamps. The duty log's free
-- text (handover notes, a contact's note) is sealed with the clinical key (store/sealed.py): BLOB columns.

-- The office's posts: 辅导室, 热线, 线上, 晚间值班 … (its own list).
CREATE TABLE duty_post (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    sort_order INTEGER NOT NULL DEFAULT 0,
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

-- One shift of a post on a weekday of the timetable (0 = Monday), in one semester.
CREATE TABLE duty_template (
    id          INTEGER PRIMARY KEY,
    semester_id INTEGER NOT NULL REFERENCES semester(id),
    post_id     INTEGER NOT NULL REFERENCES duty_post(id),
    weekday     INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),
    period      TEXT NOT NULL CHECK (length(period) BETWEEN 1 AND 40),
    start_time  TEXT NOT NULL,
    end_time    TEXT NOT NULL CHECK (start_time < end_time),
    heads       INTEGER NOT NULL DEFAULT 1 CHECK (heads BETWEEN 1 AND 20),
    kind        TEXT NOT NULL CHECK (kind IN ('regular', 'evening', 'weekend')),
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))   -- 0: removed, kept for past assignments
);
CREATE UNIQUE INDEX duty_template_one ON duty_template(semester_id, post_id, weekday, period) WHERE active = 1;

-- Who may take a template's shift: holders of a staff role, or named staff. Neither: everyone on the duty list.
CREATE TABLE duty_template_role (
    template_id INTEGER NOT NULL REFERENCES duty_template(id) ON DELETE CASCADE,
    role        TEXT NOT NULL,
    PRIMARY KEY (template_id, role)
);
CREATE TABLE duty_template_staff (
    template_id INTEGER NOT NULL REFERENCES duty_template(id) ON DELETE CASCADE,
    staff_id    INTEGER NOT NULL REFERENCES staff(id),
    PRIMARY KEY (template_id, staff_id)
);

-- The people on the duty list of a semester.
CREATE TABLE duty_member (
    semester_id INTEGER NOT NULL REFERENCES semester(id),
    staff_id    INTEGER NOT NULL REFERENCES staff(id),
    PRIMARY KEY (semester_id, staff_id)
);

-- A person cannot take duty: on first_day..last_day, or every weekday of the timetable (within the days when
-- given); the whole day, or one period. A reason category only: never a free-text reason (a sick leave's cause).
CREATE TABLE duty_unavailable (
    id          INTEGER PRIMARY KEY,
    semester_id INTEGER NOT NULL REFERENCES semester(id),
    staff_id    INTEGER NOT NULL REFERENCES staff(id),
    reason      TEXT NOT NULL CHECK (reason IN ('teaching', 'meeting', 'training', 'trip', 'leave', 'sick', 'other')),
    first_day   TEXT,
    last_day    TEXT,
    weekday     INTEGER CHECK (weekday IS NULL OR weekday BETWEEN 0 AND 6),
    period      TEXT NOT NULL DEFAULT '',
    CHECK (first_day IS NOT NULL OR weekday IS NOT NULL),
    CHECK (last_day IS NULL OR first_day IS NULL OR first_day <= last_day)
);
CREATE INDEX duty_unavailable_semester ON duty_unavailable(semester_id, staff_id);

-- The weekday whose timetable a make-up workday follows, when the office chose it (domain/duty_days.py).
CREATE TABLE duty_makeup (
    day     TEXT PRIMARY KEY,
    weekday INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 4)
);

-- A semester's roster: a draft until published through a day (a month at a time, or the whole semester);
-- gaps > 0: published with that many open seats, confirmed. Every change adds one to the revision.
CREATE TABLE duty_roster (
    semester_id       INTEGER PRIMARY KEY REFERENCES semester(id),
    published_through TEXT,
    published_at      TEXT,
    published_by      INTEGER REFERENCES app_user(id),
    gaps              INTEGER NOT NULL DEFAULT 0,
    revision          INTEGER NOT NULL DEFAULT 1
);

-- Who is on duty: one row per person per shift and day. manual = 1: entered or changed by hand (a regeneration
-- keeps it unless told otherwise).
CREATE TABLE duty_assignment (
    id          INTEGER PRIMARY KEY,
    day         TEXT NOT NULL,
    template_id INTEGER NOT NULL REFERENCES duty_template(id),
    staff_id    INTEGER NOT NULL REFERENCES staff(id),
    manual      INTEGER NOT NULL DEFAULT 0 CHECK (manual IN (0, 1)),
    created_at  TEXT NOT NULL,
    UNIQUE (day, template_id, staff_id)
);
CREATE INDEX duty_assignment_day ON duty_assignment(day, template_id);
CREATE INDEX duty_assignment_staff ON duty_assignment(staff_id, day);

-- Swaps (request → the colleague accepts → the head approves; both duties change hands) and covers (a person's
-- leave with a named replacement → the head approves).
CREATE TABLE duty_change (
    id               INTEGER PRIMARY KEY,
    kind             TEXT NOT NULL CHECK (kind IN ('swap', 'cover')),
    state            TEXT NOT NULL CHECK (state IN ('requested', 'accepted', 'approved', 'declined', 'rejected',
                                                    'withdrawn')),
    assignment_id    INTEGER NOT NULL REFERENCES duty_assignment(id),
    other_assignment INTEGER REFERENCES duty_assignment(id),    -- a swap: the colleague's duty in exchange
    staff_id         INTEGER NOT NULL REFERENCES staff(id),     -- who gives the duty away
    other_staff_id   INTEGER NOT NULL REFERENCES staff(id),     -- the colleague (swap) or the replacement (cover)
    reason           TEXT NOT NULL DEFAULT 'other' CHECK (reason IN ('teaching', 'meeting', 'training', 'trip',
                                                                     'leave', 'sick', 'other')),
    requested_by     INTEGER REFERENCES app_user(id),
    requested_at     TEXT NOT NULL,
    accepted_by      INTEGER REFERENCES app_user(id),
    accepted_at      TEXT,
    decided_by       INTEGER REFERENCES app_user(id),
    decided_at       TEXT,
    CHECK (kind = 'cover' OR other_assignment IS NOT NULL)
);
CREATE INDEX duty_change_state ON duty_change(state);
CREATE INDEX duty_change_assignment ON duty_change(assignment_id);

-- The duty log of one assignment (FORMS.md "Duty log"): arrival and leaving, handover notes (sealed), safety
-- check, key handed to; signed by the person on duty, then kept as it is.
CREATE TABLE duty_log (
    id             INTEGER PRIMARY KEY,
    assignment_id  INTEGER NOT NULL UNIQUE REFERENCES duty_assignment(id),
    arrived        TEXT NOT NULL DEFAULT '',
    left_at        TEXT NOT NULL DEFAULT '',
    handover       BLOB,                                      -- sealed
    doors_windows  INTEGER NOT NULL DEFAULT 0 CHECK (doors_windows IN (0, 1)),
    power_off      INTEGER NOT NULL DEFAULT 0 CHECK (power_off IN (0, 1)),
    cabinet_locked INTEGER NOT NULL DEFAULT 0 CHECK (cabinet_locked IN (0, 1)),
    key_to         TEXT NOT NULL DEFAULT '',
    written_by     INTEGER REFERENCES app_user(id),
    signed_by      INTEGER REFERENCES app_user(id),
    signed_at      TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);

-- Each contact during a shift: who (a kind of person; the student when known), booked or walk-in, topic, handling,
-- minutes, crisis, reported to whom; a note (sealed).
CREATE TABLE duty_contact (
    id          INTEGER PRIMARY KEY,
    log_id      INTEGER NOT NULL REFERENCES duty_log(id),
    at          TEXT NOT NULL,
    party       TEXT NOT NULL CHECK (party IN ('student', 'parent', 'teacher', 'anonymous', 'other')),
    student_id  INTEGER REFERENCES student(id),
    booked      INTEGER NOT NULL DEFAULT 0 CHECK (booked IN (0, 1)),
    topic       TEXT NOT NULL CHECK (topic IN ('study', 'relationships', 'emotions', 'family', 'romance',
                                               'adjustment', 'growth', 'career', 'safety', 'other')),
    handling    TEXT NOT NULL CHECK (handling IN ('on_the_spot', 'booked', 'referred', 'crisis')),
    minutes     INTEGER NOT NULL DEFAULT 0 CHECK (minutes BETWEEN 0 AND 600),
    crisis      INTEGER NOT NULL DEFAULT 0 CHECK (crisis IN (0, 1)),
    reported_to TEXT NOT NULL DEFAULT '',
    note        BLOB                                          -- sealed
);
CREATE INDEX duty_contact_log ON duty_contact(log_id);
CREATE INDEX duty_contact_student ON duty_contact(student_id) WHERE student_id IS NOT NULL;
