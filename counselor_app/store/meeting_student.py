"""The review meetings that discussed one student, with what each decided (the student profile's 研判会 section).

One row per agenda item of the student, newest meeting first; the decision's columns are '' (None for dates) when
none was recorded. No clinical text: the decision's note and the measures' words stay sealed in their tables.
"""
from __future__ import annotations

from typing import NamedTuple

from counselor_app.store.database import Connection


class StudentMeetingRow(NamedTuple):
    meeting_id: int
    grade: str
    month: str
    kind: str
    name: str
    state: str
    held_on: str
    reasons: str
    decision: str              # domain.meeting.Decision ('' none)
    level: str                 # the new level of 升级 / 降级 ('' otherwise)
    level_before: str          # as applied when the meeting was finalized ('' before)
    level_after: str
    next_review: str | None    # the review date the decision chose
    review_after: str | None   # the entry's review date after finalizing
    parent_contact: str
    actions: int               # measures the decision set


_ROWS = """
SELECT m.id, g.name, m.month, m.kind, m.name, m.state, m.held_on, i.reasons, COALESCE(d.code, ''),
       COALESCE(d.level, ''), COALESCE(d.level_before, ''), COALESCE(d.level_after, ''), d.next_review,
       d.review_after, COALESCE(d.parent_contact, ''),
       (SELECT COUNT(*) FROM meeting_action a WHERE a.decision_id = d.id)
FROM meeting_item i JOIN meeting m ON m.id = i.meeting_id JOIN grade g ON g.id = m.grade_id
LEFT JOIN meeting_decision d ON d.item_id = i.id
WHERE i.student_id = ?
ORDER BY m.held_on DESC, m.id DESC
"""


def of_student(conn: Connection, student_id: int) -> list[StudentMeetingRow]:
    return [StudentMeetingRow(*r) for r in conn.execute(_ROWS, (student_id,))]
