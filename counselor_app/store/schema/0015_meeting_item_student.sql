-- Schema 15: the review meetings that discussed one student are looked up by the student (the profile's 研判会
-- section, store/meeting_student.py) — an index on meeting_item(student_id), so that the look no longer reads every
-- agenda item of every meeting. A decision and its measures are then reached by their item (meeting_decision's
-- UNIQUE item_id) and decision (meeting_action_decision), which are indexed already; bench/bench_meetings.py measures it.
CREATE INDEX meeting_item_student ON meeting_item(student_id);
