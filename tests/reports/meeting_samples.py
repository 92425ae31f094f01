"""Hand-made minutes (the reader's row types, services/meetings_minutes.py) for the minutes' PDF tests and the bench:
a short meeting and one of any number of agenda items, synthetic people only."""
from __future__ import annotations

from dataclasses import replace

from counselor_app.domain.meeting import MonthSummary
from counselor_app.domain.watch import DEFAULT_LEVELS
from counselor_app.services.meetings_minutes import (IdentityRow, Minutes, MinutesAction, MinutesAddendum,
                                                     MinutesAttendee, MinutesDecision, MinutesFollowUp, MinutesHeader,
                                                     MinutesMeeting)

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = ("晓明", "子涵", "雨轩", "思远", "欣怡", "浩然", "梓萱", "俊杰", "诗琪", "宇航")
DECISIONS = ("maintain", "raise", "lower", "close", "refer", "leave", "return_follow", "maintain")
LEVEL_PAIRS = (("orange", "orange"), ("yellow", "orange"), ("red", "orange"), ("yellow", "yellow"),
               ("red", "red"), ("orange", "orange"), ("yellow", "yellow"), ("orange", "orange"))
HEADER = MinutesHeader("示例市第一实验中学", "心理辅导室", False)


def meeting(state: str = "finalized", **changes) -> MinutesMeeting:
    base = MinutesMeeting(7, "七年级", "2026-11", 2026, 11, "regular", "", state, "2026-11-18", "15:30", "16:40",
                          "行政楼三楼会议室", "赵建国", "李静", "2026-11-19" if state == "finalized" else "",
                          "李静" if state == "finalized" else "", "")
    return replace(base, **changes)


ATTENDEES = (
    MinutesAttendee("赵建国", "school_leader", "", False, "present", ""),
    MinutesAttendee("孙丽华", "grade_leader", "", False, "present", ""),
    MinutesAttendee("李静", "counselor", "", False, "present", ""),
    MinutesAttendee("王芳", "head_teacher", "", False, "present", ""),
    MinutesAttendee("陈伟", "head_teacher", "", False, "absent", "外出参加区教研活动"),
    MinutesAttendee("周敏", "doctor", "", False, "present", ""),
    MinutesAttendee("郑医生", "expert", "市精神卫生中心", True, "present", ""),
)


def _name(i: int) -> str:
    return SURNAMES[i % len(SURNAMES)] + GIVEN[(i // len(SURNAMES)) % len(GIVEN)]


def masked(i: int) -> str:
    full = _name(i)
    return full[0] + "*" + full[-1]


def decisions(n: int, *, long: bool = False) -> tuple[MinutesDecision, ...]:
    out = []
    for i in range(n):
        before, after = LEVEL_PAIRS[i % len(LEVEL_PAIRS)]
        description = ("每周一次个体辅导，关注睡眠与情绪变化，必要时联系家长；" * (4 if long and i % 10 == 3 else 1)
                       + f"END{i:03d}")
        actions = (MinutesAction("individual", description, "李静", "2026-12-16"),
                   MinutesAction("teacher_watch", "班主任每日观察课堂与午休情况", "王芳", ""))[: 1 + i % 2]
        out.append(MinutesDecision(i + 1, masked(i), f"******{1000 + i:04d}", f"七({i % 12 + 1})班",
                                   ("due",), ("screening", "staff", "family", "medical", "self")[i % 5],
                                   ("following", "observing", "candidate")[i % 3], before, after,
                                   DECISIONS[i % len(DECISIONS)], actions,
                                   "班主任本周内电话告知家长" if i % 3 else "", "2026-12-02" if i % 4 else ""))
    return tuple(out)


def identities(n: int) -> tuple[IdentityRow, ...]:
    return tuple(IdentityRow(i + 1, _name(i), f"2026070{1000 + i:04d}", f"七年级({i % 12 + 1})班") for i in range(n))


def minutes(n: int = 6, *, state: str = "finalized", identity: bool = False, addenda: int = 1, long: bool = False,
            university: bool = False, **meeting_changes) -> Minutes:
    follow = tuple(MinutesFollowUp(masked(i + 40), f"七({i + 1})班", "family", "与家长面谈，商定就医安排", "王芳",
                                   "2026-11-10", "done" if i % 2 == 0 else "ongoing", i % 2 == 0) for i in range(3))
    summary = MonthSummary({"yellow": 9, "orange": 4, "red": 1}, 14, 3, 2, 1, 1,
                           {"screening": 6, "staff": 4, "family": 2, "medical": 1, "self": 1}, 2)
    adds = tuple(MinutesAddendum("2026-11-25", "李静", "第 3 号学生的下次复查日期更正为 2026-12-01。", True)
                 for _ in range(addenda)) if state == "finalized" else ()
    header = replace(HEADER, university=True) if university else HEADER
    return Minutes(header, meeting(state, **meeting_changes), ATTENDEES, follow, summary, DEFAULT_LEVELS,
                   decisions(n, long=long), "宿舍走访 2 次，未发现异常；心理委员报告 1 名同学近期情绪低落，已转班主任关注。",
                   adds, identities(n) if identity else None)
