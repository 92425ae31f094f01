"""The demo office's referrals, leave and crisis records, written through their services (services/demo.py calls
this after the watch list, logged in as the office head): two hospitals; referrals in every state — a draft, one
issued whose receipt is overdue, one issued recently, one visited, one with its receipt back, one completed, one
the parents refused; a suspension whose return is in progress (late application, assessment meeting to come); a
closed crisis incident with its whole checklist. A few dozen writes: fast enough for every demo that has a watch
list."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

from counselor_app.domain import watch as watch_rules
from counselor_app.services import crisis, hospitals, leaves, referrals
from counselor_app.services.crisis import IncidentEdit
from counselor_app.services.leaves import Approval, LeaveEdit
from counselor_app.services.referrals import MeetingEdit, ReceiptEdit, ReferralEdit
from counselor_app.services.session import Session
from counselor_app.store import referrals as referral_store, watch as watch_store

REASONS = ("近两周情绪持续低落，课堂上多次独自哭泣，作业完成率明显下降；周记中出现消极言语。",
           "入睡困难、食欲下降一个月，心理测评提示中重度抑郁情绪，家长反映在家少语。",
           "与同学冲突后情绪激动，出现自伤念头，经班主任和心理教师多次谈话仍未缓解。",
           "近一个月频繁请假，自述心慌、胸闷，担心考试，回避上学。",
           "课堂上注意力难以集中，出现幻听样表现，班主任及时报告。",
           "家庭变故后情绪低落，睡眠差，学习成绩明显下滑。",
           "多次在网络上发布消极言论，同伴报告其有轻生念头。")
ACTIONS = "心理教师个别辅导，班主任每日关注，安排心理委员陪伴；已与家长面谈。"
PEOPLE = "家长、心理教师、班主任、分管校领导"


def _rev(session: Session, referral_id: int) -> int:
    return referral_store.referral(session.conn, referral_id).revision


def write_referrals(session: Session, today: date) -> None:
    top = max(watch_store.levels(session.conn), key=lambda lv: lv.rank).code
    settled = (today - timedelta(days=45)).isoformat()
    rows = sorted((r for r in watch_store.list_rows(session.conn, open_only=True) if r.opened_on <= settled),
                  key=lambda r: (r.level == top, r.severity != "severe", r.id))
    students = [r.student_id for r in rows]   # opened long enough ago, severe cases first, the 高危 ones last
    if not rows or rows[-1].level != top:
        return
    if len(students) < 9:
        return
    main = hospitals.save_hospital(session, hospitals.HospitalEdit(
        "示范市精神卫生中心", ("儿童青少年心理科", "心理门诊", "精神科"), "示范市健康路8号", "0551-62345678", "王建国",
        "13900001111", True, date(today.year - 1, 3, 1)), today=today)
    other = hospitals.save_hospital(session, hospitals.HospitalEdit(
        "示范市第一人民医院", ("心理科",), "示范市人民路100号", "0551-62001234"), today=today)

    def referral(n: int, written: date, urgency: str = "urgent", hospital: int = main) -> int:
        rid = referrals.create_referral(session, students[n], ReferralEdit(
            REASONS[n % len(REASONS)], urgency, hospital, "儿童青少年心理科" if hospital == main else "心理科",
            accompany="parent", school_actions=ACTIONS, screening_summary="PHQ-9 总分 16，中重度"), today=written)
        return rid

    def issued(n: int, day: date, **kw) -> int:
        rid = referral(n, day - timedelta(days=2), **kw)
        referrals.record_meeting(session, rid, MeetingEdit(day - timedelta(days=1), PEOPLE, "refer", "consented"),
                                 _rev(session, rid), today=today)
        referrals.issue_referral(session, rid, _rev(session, rid), issued_on=day, today=today)
        return rid

    referral(0, today - timedelta(days=1), urgency="routine")                      # a draft
    issued(1, today - timedelta(days=12))                                          # receipt overdue
    issued(2, today - timedelta(days=2), urgency="emergency")                      # recent
    visited = issued(3, today - timedelta(days=6), hospital=other)
    referrals.record_visit(session, visited, today - timedelta(days=4), _rev(session, visited), today=today)
    back = issued(4, today - timedelta(days=20))
    referrals.record_receipt(session, back, ReceiptEdit(
        today - timedelta(days=17), today - timedelta(days=14), "revisit", doctor="李医生",
        next_visit=today + timedelta(days=14), school_advice="减轻学业压力，保证睡眠，定期复诊"),
        _rev(session, back), today=today)
    done = issued(5, today - timedelta(days=40))
    referrals.record_receipt(session, done, ReceiptEdit(today - timedelta(days=38), today - timedelta(days=35),
                                                        "normal"), _rev(session, done), today=today)
    referrals.close_referral(session, done, "done", "", _rev(session, done), today=today - timedelta(days=30))
    refused = referral(6, today - timedelta(days=9), urgency="routine")
    referrals.record_meeting(session, refused, MeetingEdit(today - timedelta(days=8), PEOPLE, "refer", "refused",
                                                           "家长认为孩子只是学习压力大，暂不同意就医"),
                             _rev(session, refused), today=today)

    # a suspension: approved three months ago, the return applied for late, the assessment meeting to come
    sid = students[7]
    start, end = today - timedelta(days=80), today + timedelta(days=10)
    leave_id = leaves.start_leave(session, sid, LeaveEdit("suspension", "mental", start, end, start - timedelta(days=2),
                                                          ("application", "certificate"), "医院诊断证明：建议休学治疗三个月"),
                                  today=today)
    lrev = lambda: leaves.get_leave.__wrapped__(session, leave_id).row.revision   # noqa: E731 - not audited as a look
    leaves.approve_leave(session, leave_id, Approval(start - timedelta(days=1), "张校长", start - timedelta(days=1),
                                                     "示教〔%d〕12号" % start.year), lrev(), today=today)
    leaves.apply_return(session, leave_id, today - timedelta(days=2), ("application", "certificate"), lrev(),
                        today=today)

    # a closed crisis incident with its checklist
    found = datetime.combine(today - timedelta(days=21), time(10, 5))
    now = datetime.combine(today, time(8, 0))
    victim = students[-1]   # already 高危: the incident adds to the entry's history, not to its level
    iid = crisis.report_incident(session, IncidentEdit(found - timedelta(minutes=5), "self_harm", "major", (victim,),
                                                       "王芳（语文教师）", found,
                                                       "课间在卫生间发现学生手腕有划痕，情绪激动", "教学楼三楼"), now=now)
    at = lambda minutes: found + timedelta(minutes=minutes)   # noqa: E731
    for step, minutes, who, note in (("safety", 1, "王芳", "专人陪护，收走美工刀，校医包扎"),
                                     ("reported", 7, "心理辅导室主任", "电话报告主任和分管校长"),
                                     ("assessed", 35, "心理辅导室主任", "评估为高危"),
                                     ("hospital", 90, "班主任", "家长陪同前往示范市精神卫生中心"),
                                     ("bureau", 120, "分管校长", "电话报告区教育局"),
                                     ("public", 150, "分管校长", "由分管校长统一对外说明"),
                                     ("aftercare", 60 * 24, "心理教师", "班级团体辅导一次"),
                                     ("review", 60 * 24 * 5, "心理辅导室主任", "复盘：处置及时，报告在时限内")):
        crisis.record_step(session, iid, step, at(minutes), who, note, now=now)
    crisis.add_parent_call(session, iid, victim, at(6), "班主任", watch_rules.ContactWay.PHONE.value, False, now=now)
    crisis.add_parent_call(session, iid, victim, at(10), "班主任", watch_rules.ContactWay.PHONE.value, True, now=now)
    crisis.add_event(session, iid, at(40), "家长到校，与心理教师、班主任面谈", now=now)
    crisis.close_incident(session, iid, "学生已就医，家长陪护；班级开展团体辅导；纳入高危关注",
                          crisis.get_incident.__wrapped__(session, iid).row.revision, today=today - timedelta(days=15))
