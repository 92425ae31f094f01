-- Schema 2: a first password set by the office head must be changed by its user at the first login;
-- staff get an optional staff number (工号) so that staff rosters can be imported again without duplicates.
ALTER TABLE app_user ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1));
ALTER TABLE staff ADD COLUMN staff_no TEXT;
CREATE UNIQUE INDEX staff_staff_no ON staff(staff_no) WHERE staff_no IS NOT NULL AND staff_no <> '';
