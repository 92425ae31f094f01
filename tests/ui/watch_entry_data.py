"""Entries for the entry-window tests, made through the services: a plain one, and a rich one (a plan of four
measures in two versions, six follow-ups with a note, two parent contacts, five changes in its history)."""
from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "services"))

from watch_helpers import WatchOffice  # noqa: E402

from counselor_app.services import watch, watch_detail, watch_records  # noqa: E402

CONCERN = ("班主任反映该生近两周情绪低落，上课时常走神，课间独自一人，周记中写到“觉得活着没意思”。"
           "同桌反映其晚上睡不着，食欲下降。心理委员已主动陪伴。")


def free_students(s, prepared: WatchOffice) -> list[int]:
    """Enrolled students with no entry yet (the demo office may bring entries of its own)."""
    return [sid for sid in prepared.student_ids
            if watch.choices(s, sid).open_entry is None and watch.choices(s, sid).last_closed is None]


def plain_entry(s, student_id: int, *, level: str = "orange", days_ago: int = 20, state: str = "following",
                severity: str = "mild") -> int:
    edit = watch.EntryEdit("staff", CONCERN, parent_name="李红", parent_relation="母亲", parent_phone="13800001111")
    return watch.open_entry(s, watch.NewEntry(student_id, edit, level, severity, state,
                                              date.today() - timedelta(days=days_ago)))


def revision(s, entry_id: int) -> int:
    return watch_detail.get_entry(s, entry_id).entry.revision


def rich_entry(s, student_id: int, prepared: WatchOffice) -> int:
    today = date.today()
    opened = today - timedelta(days=40)
    eid = plain_entry(s, student_id, level="yellow", days_ago=40, state="candidate", severity="")
    watch.change_severity(s, eid, "severe", "复核后判断为重症：存在明确的消极念头", revision(s, eid))
    watch.move_state(s, eid, "following", "已与家长沟通，开始跟进", revision(s, eid))
    watch.change_level(s, eid, "orange", "周记中出现消极表述，提高关注等级", revision(s, eid))
    watch.set_responsible(s, eid, ((prepared.counselor_staff, "counselor"),
                                   (prepared.other_counselor_staff, "leader")), revision(s, eid), "重症个案增加校领导包保")
    M = watch_records.MeasureEdit
    measures = (
        M("individual", "每周一次个体心理辅导，关注情绪变化和睡眠情况，必要时增加频次", opened,
          owner_staff_id=prepared.counselor_staff, frequency="每周一次", due_on=today + timedelta(days=60),
          state="ongoing"),
        M("teacher_watch", "班主任每日观察课堂和课间表现，异常情况当天告知心理老师", opened, owner_other="班主任",
          frequency="每天", state="ongoing"),
        M("family", "与家长保持每两周一次电话沟通，了解在家情况", opened, owner_other="母亲",
          frequency="每两周一次", due_on=today + timedelta(days=30)),
        M("medication", "家长告知：已在市精神卫生中心就诊，遵医嘱服药", opened, owner_other="家长",
          frequency="遵医嘱"),
    )
    watch_records.save_plan(s, eid, watch_records.PlanEdit("情绪稳定，睡眠改善，能正常参加学习和集体活动", measures[:3],
                                                           notes="第一版"), 0)
    watch_records.save_plan(s, eid, watch_records.PlanEdit(
        "情绪稳定，睡眠改善，能正常参加学习和集体活动；四周内不再出现消极表述", measures,
        medication="家长告知：每日服药一次（舍曲林），由家长监督", notes="与家长约定每两周反馈一次服药和睡眠情况。"), 1)
    seen = ["谈话中情绪低落，说睡眠差，对学习提不起兴趣。", "家长电话：在家话少，晚上玩手机到很晚。",
            "心理辅导：做了放松训练，愿意下周再来。", "班主任观察：课堂上比上周专注，课间和同桌有交流。",
            "谈话中主动说起周末和家人出去玩，情绪较前好转。" * 3, "就医复诊：医生建议继续服药，一个月后复查。"]
    methods = ["talk", "parent_phone", "counseling", "observation", "talk", "medical"]
    first = None
    for n, (text, method) in enumerate(zip(seen, methods)):
        fid = watch_records.add_followup(s, eid, watch_records.FollowUpEdit(
            opened + timedelta(days=3 + 6 * n), method, text, rating="orange" if n == 4 else ""))
        first = first or fid
    watch_records.add_followup_addendum(s, first, "补充：该生提到与同学有矛盾，已请班主任了解。")
    C = watch_records.ContactEdit
    c1 = watch_records.add_contact(s, eid, C(opened + timedelta(days=2), "母亲", "phone", "reached",
                                             "告知孩子近期在校情绪低落，建议带孩子就医评估。",
                                             "家长重视，愿意配合", "本周内带孩子到市精神卫生中心就诊",
                                             today + timedelta(days=7)))
    watch_records.add_contact(s, eid, C(opened + timedelta(days=20), "父亲", "meeting", "reached",
                                        "面谈：就诊结果和用药情况，在家作息安排。", "父母轮流陪伴", "每两周电话反馈一次"))
    watch_records.add_contact_addendum(s, c1, "更正：就诊医院为市第四人民医院。")
    return eid
