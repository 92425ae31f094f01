-- Schema 8: screening campaigns (心理测评, policy §5; domain/screening.py has the code lists, domain/scales the
-- scoring). Item answers and the detailed result (factor scores, reasons, notes) are sealed with the clinical key
-- (store/sealed.py): BLOB columns. Dates are ISO days; *_at columns ISO timestamps.

-- The scale definitions the office has used or added: one row per code and version. A result keeps the row that
-- scored it; a changed definition is a new version (a new row), so old results are never rescored silently.
-- The shipped scales enter the table when first used (builtin = 1); an office's own come from a file.
CREATE TABLE screening_scale (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL,                 -- PHQ-9
    version     INTEGER NOT NULL CHECK (version >= 1),
    name        TEXT NOT NULL,                 -- the Chinese name, for lists
    fingerprint TEXT NOT NULL,                 -- SHA-256 of the canonical definition
    definition  TEXT NOT NULL,                 -- the canonical JSON (scales.load_definition reads it back)
    builtin     INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
    added_at    TEXT NOT NULL,
    added_by    INTEGER REFERENCES app_user(id),
    UNIQUE (code, version)
);

CREATE TABLE screening_campaign (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL UNIQUE,       -- 2026年秋季七年级心理测评
    scale_code     TEXT NOT NULL,              -- every version of this code may score its results
    school_year_id INTEGER REFERENCES school_year(id),
    start_on       TEXT NOT NULL,
    end_on         TEXT,
    created_at     TEXT NOT NULL,
    created_by     INTEGER REFERENCES app_user(id)
);

-- The grades or classes a campaign screens (one of the two per row).
CREATE TABLE screening_campaign_group (
    campaign_id INTEGER NOT NULL REFERENCES screening_campaign(id),
    grade_id    INTEGER REFERENCES grade(id),
    class_id    INTEGER REFERENCES school_class(id),
    CHECK ((grade_id IS NULL) <> (class_id IS NULL))
);
CREATE UNIQUE INDEX screening_campaign_group_one ON screening_campaign_group(campaign_id, grade_id, class_id);

-- Every student the campaign should screen, with the grade and class they were in when it began (coverage is
-- counted by these, also after a rollover renamed the class: 七年级(3)班 stays so here), and what became of them:
-- 应测 / 已测 / 请假 / 免测.
CREATE TABLE screening_target (
    id          INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES screening_campaign(id),
    student_id  INTEGER NOT NULL REFERENCES student(id),
    grade_id    INTEGER REFERENCES grade(id),
    class_id    INTEGER REFERENCES school_class(id),
    grade_name  TEXT NOT NULL DEFAULT '',
    class_name  TEXT NOT NULL DEFAULT '',
    disposition TEXT NOT NULL DEFAULT 'due' CHECK (disposition IN ('due', 'tested', 'absent', 'exempt')),
    reason      BLOB,                          -- sealed: why absent or exempt (may be medical)
    changed_at  TEXT,
    changed_by  INTEGER REFERENCES app_user(id),
    UNIQUE (campaign_id, student_id)
);
CREATE INDEX screening_target_student ON screening_target(student_id);

-- One sheet of one student in one campaign. The plain columns serve lists and filters (no clinical text); the
-- answers and the detailed result are sealed. ``digest``: SHA-256 of the scale code and the sheet's answers (or
-- totals), so that importing the same file again changes nothing.
CREATE TABLE screening_result (
    id          INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES screening_campaign(id),
    student_id  INTEGER NOT NULL REFERENCES student(id),
    scale_id    INTEGER NOT NULL REFERENCES screening_scale(id),
    taken_on    TEXT NOT NULL,
    outcome     TEXT NOT NULL CHECK (outcome IN ('positive', 'negative', 'invalid', 'unknown')),
    total       INTEGER,                       -- NULL: a score-only row without a total
    band        TEXT NOT NULL DEFAULT '',      -- the band's Chinese name, '' when the scale has none
    key_items   TEXT NOT NULL DEFAULT '',      -- the key items hit: 15、59
    score_only  INTEGER NOT NULL DEFAULT 0 CHECK (score_only IN (0, 1)),
    digest      TEXT NOT NULL,
    answers     BLOB,                          -- sealed: {"item": score} as JSON; NULL for a score-only row
    detail      BLOB,                          -- sealed: factor scores, reasons, notes, validity … as JSON
    imported_at TEXT NOT NULL,
    imported_by INTEGER REFERENCES app_user(id),
    UNIQUE (campaign_id, student_id)
);
CREATE INDEX screening_result_student ON screening_result(student_id);
CREATE TRIGGER screening_result_fixed BEFORE UPDATE OF campaign_id, student_id, scale_id, outcome, total, band,
    key_items, digest ON screening_result
BEGIN SELECT RAISE(ABORT, 'a screening result is kept as it was scored'); END;

-- A candidate result (positive, or a key item hit) and the watch-list entry it went to: a new entry 待复核
-- ('opened'), or the student's entry that was open already ('linked'). What the counselor decided is the entry's.
CREATE TABLE screening_candidate (
    result_id INTEGER PRIMARY KEY REFERENCES screening_result(id),
    entry_id  INTEGER NOT NULL REFERENCES watch_entry(id),
    link      TEXT NOT NULL CHECK (link IN ('opened', 'linked')),
    urgent    INTEGER NOT NULL DEFAULT 0 CHECK (urgent IN (0, 1)),   -- a key item hit
    at        TEXT NOT NULL,
    by_user   INTEGER REFERENCES app_user(id)
);
CREATE INDEX screening_candidate_entry ON screening_candidate(entry_id);
