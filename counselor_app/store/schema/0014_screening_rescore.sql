-- Schema 14: a screening result may be rescored by a corrected version of its scale — only explicitly, audited,
-- after the counselor saw what changes (services/screening_corrections.py). The result then names the version that
-- scored it; its campaign, student and sheet (digest) stay fixed, and the scored columns (outcome, total, band, key
-- items) change only together with the scale, to another version of the same code. A wrongly matched or
-- duplicate sheet is deleted (its audit row keeps the reason), a sheet moved to the right student is a new row.
DROP TRIGGER screening_result_fixed;
CREATE TRIGGER screening_result_fixed BEFORE UPDATE OF campaign_id, student_id, scale_id, outcome, total, band,
    key_items, digest ON screening_result
WHEN NEW.campaign_id IS NOT OLD.campaign_id OR NEW.student_id IS NOT OLD.student_id OR NEW.digest IS NOT OLD.digest
    OR NEW.scale_id IS OLD.scale_id
    OR (SELECT code FROM screening_scale WHERE id = NEW.scale_id) IS NOT
       (SELECT code FROM screening_scale WHERE id = OLD.scale_id)
BEGIN SELECT RAISE(ABORT, 'a screening result is kept as it was scored, or rescored by another version'); END;
