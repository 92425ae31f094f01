"""The demo office's review meetings, written through the meeting services after the demo watch list
(services/demo.py calls this for the demo with a watch list).

Each grade with students on the watch list met in the two months before this one (on a school day near the 15th),
with everyone invited present but the school leader (away, with the reason) and, at the latest meeting, an
external expert. The agenda is the one the records made, plus every other open entry of the grade (a full review,
added by hand). The earlier meeting keeps every level and gives the first students a head teacher's observation
to carry out (most of them not done since: the later minutes follow them up, their owners' start pages show
them); the later one lowers one close-concern entry with a family measure and suggests a referral for another,
then both were finalized by the office head. This month, the first such grade has its meeting in preparation;
the others have not met yet (the start page says so). Deterministic: the same register and day give the same
meetings.
"""
from __future__ import annotations

from datetime import date, timedelta

from counselor_app.domain import meeting as rules
from counselor_app.domain.demo_watch import school_day
from counselor_app.services import meetings, meetings_agenda as agenda, meetings_attendance as attendance
from counselor_app.services import meetings_decisions as dec, meetings_finalize as fin
from counselor_app.services.session import Session
from counselor_app.store import meetings as meeting_store, staff as staff_store, watch as watch_store

OTHER_MATTERS = "各班心理委员本月反馈：班级整体情绪平稳；宿舍走访未见异常情况。"
ADDENDUM = "补记：会上建议的家长沟通已由班主任于会后两日内完成。"
EXPERT = ("李明华", "市精神卫生中心")
ABSENT_REASON = "外出参加教育局会议"


def _month_day(today: date, back: int) -> date:
    """A school day near the 15th, ``back`` months before ``today``'s month."""
    y, m = today.year, today.month - back
    while m < 1:
        y, m = y - 1, m + 12
    return school_day(date(y, m, 15), today)


def _open_entries(session: Session, grade_id: int, day: date) -> dict[int, watch_store.EntryRow]:
    out = {}
    for e in watch_store.list_rows(session.conn, open_only=True):
        if e.grade_id == grade_id and e.opened_on <= day.isoformat():
            out[e.student_id] = watch_store.entry(session.conn, e.id)
    return out


def _owner(session: Session, student_id: int) -> tuple[int | None, str]:
    """The class's head teacher (still at the school), else named in words."""
    head = watch_store.class_head(session.conn, student_id)
    member = staff_store.by_id(session.conn, head) if head is not None else None
    return (head, "") if member is not None and member.active else (None, "班主任")


def _hold(session: Session, grade_id: int, day: date, *, later: bool, expert: bool) -> int:
    usual = meeting_store.invitees(session.conn, -1, grade_id)
    chair = usual.leader or (usual.counselors[0] if usual.counselors else None)
    recorder = usual.counselors[0] if usual.counselors else chair
    month = rules.month_of(day)
    mid = meetings.create_meeting(session, meetings.NewMeeting(grade_id, month, meetings.MeetingEdit(
        day, "16:10", "17:20", "行政楼三楼会议室", chair, recorder)), today=day)
    on = {it.student_id for it in agenda.get_meeting(session, mid).items}
    entries = _open_entries(session, grade_id, day)
    for student_id in sorted(entries):
        if student_id not in on:
            agenda.add_student(session, mid, student_id)
    view = agenda.get_meeting(session, mid)
    lowered = referred = False
    for n, it in enumerate(view.items):
        entry = entries.get(it.student_id) or watch_store.open_entry_of(session.conn, it.student_id)
        if entry is None:
            continue
        owner, other = _owner(session, it.student_id)
        edit = dec.DecisionEdit(rules.Decision.MAINTAIN.value)
        if not later and n < 2 and entry.state != "candidate":
            edit = dec.DecisionEdit(rules.Decision.MAINTAIN.value, (dec.ActionEdit(
                "teacher_watch", "班主任每周关注其课堂表现和同伴交往，如有异常当天告知心理教师", owner, other,
                day + timedelta(days=21)),), parent_contact="班主任两周内与家长电话沟通一次")
        elif later and not lowered and entry.level == "orange" and entry.state == "following":
            lowered = True
            edit = dec.DecisionEdit(rules.Decision.LOWER.value, (dec.ActionEdit(
                "family", "每两周与家长电话沟通一次，了解其在家作息和情绪", owner, other, day + timedelta(days=45)),),
                level="yellow", parent_contact="班主任本周内告知家长降级及后续安排", note="近一月情绪平稳，睡眠改善")
        elif later and not referred and entry.state in ("following", "observing") and entry.level != "red":
            referred = True
            edit = dec.DecisionEdit(rules.Decision.REFER.value, (dec.ActionEdit(
                "medical", "建议家长带学生到精神卫生专科门诊评估", None, "家长", day + timedelta(days=40)),),
                parent_contact="心理教师与班主任共同约谈家长", note="持续失眠，情绪低落加重")
        dec.record_decision(session, mid, it.id, edit)
    row = meeting_store.meeting(session.conn, mid)
    meetings.set_other_matters(session, mid, OTHER_MATTERS, row.revision)
    meetings.start_meeting(session, mid, meeting_store.meeting(session.conn, mid).revision)
    marks = []
    for a in meeting_store.attendees(session.conn, mid):
        absent = a.role == rules.AttendeeRole.SCHOOL_LEADER
        marks.append(attendance.AttendeeEdit(a.role, a.staff_id, attendance="absent" if absent else "present",
                                             absence_reason=ABSENT_REASON if absent else ""))
    if expert:
        marks.append(attendance.AttendeeEdit(rules.AttendeeRole.EXPERT.value, name=EXPERT[0],
                                             organisation=EXPERT[1], attendance="present"))
    attendance.set_attendees(session, mid, tuple(marks), meeting_store.meeting(session.conn, mid).revision)
    fin.finalize_meeting(session, mid, meeting_store.meeting(session.conn, mid).revision, today=day)
    return mid


def write_meetings(session: Session, today: date) -> list[int]:
    """Hold the demo's meetings as the office head (``session``); returns their ids, oldest first."""
    grades = [g for g, _n in meeting_store.meeting_grades(session.conn)
              if any(e.grade_id == g for e in watch_store.list_rows(session.conn, open_only=True))]
    made = []
    for back, later in ((2, False), (1, True)):
        day = _month_day(today, back)
        for n, grade_id in enumerate(grades):
            made.append(_hold(session, grade_id, day, later=later, expert=later and n == 0))
    latest = [mid for mid in made if meeting_store.meeting(session.conn, mid).month == rules.month_of(
        _month_day(today, 1))]
    busiest = max(latest, key=lambda mid: len(meeting_store.items(session.conn, mid)), default=None)
    if busiest is not None:
        fin.add_addendum(session, busiest, ADDENDUM, today=_month_day(today, 1) + timedelta(days=3))
    if grades:
        day = max(today, date(today.year, today.month, 1))
        made.append(meetings.create_meeting(session, meetings.NewMeeting(grades[0], rules.month_of(today),
                                                                          meetings.MeetingEdit(day, "16:10")),
                                            today=today))
    return made
