-- Schema 3: the school calendar. Days the office enters or imports itself: statutory holidays and make-up
-- workdays (调休) for years the chinese-calendar package does not cover yet, and the school's own changes
-- (a local day off, a holiday cancelled). An office day overrides the package for its date.
CREATE TABLE calendar_day (
    id         INTEGER PRIMARY KEY,
    day        TEXT NOT NULL UNIQUE
               CHECK (day GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    kind       TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),   -- workday on a weekend: 补班
    name       TEXT NOT NULL DEFAULT '',                                -- e.g. 春节, 国庆节补班
    source     TEXT NOT NULL DEFAULT 'entered' CHECK (source IN ('entered', 'imported')),
    created_at TEXT NOT NULL
);

-- School years and semesters are looked up by date (which year and semester contain a day).
CREATE INDEX school_year_dates ON school_year(start_date, end_date);
CREATE INDEX semester_dates ON semester(start_date, end_date);
