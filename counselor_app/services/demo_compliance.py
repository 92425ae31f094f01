"""The demo office's compliance logs: the school year up to today, kept the way a real office half keeps them, so
that the dashboard and the bureau report show green, amber and red.

Lessons every two weeks for most classes (one grade's classes skipped some: 课程开设 red or amber), a family
guidance activity per class in the first semester, one publicity activity for all staff, trainings (the first
full-time counselor short of the 40 hours: amber), supervisions, funding and rooms entered, no partner hospital
yet (校医协同 red). Written in one transaction, audited as the demo's creation.
"""
from __future__ import annotations

import random
from datetime import date, timedelta

from counselor_app.domain import compliance as rules
from counselor_app.services.session import Session
from counselor_app.store import compliance as store
from counselor_app.store import school_years
from counselor_app.store.audit import now_iso
from counselor_app.store.database import transaction

TOPICS = ("认识我自己", "情绪的小怪兽", "学会倾听", "压力与应对", "友谊的力量", "时间管理", "生命教育", "考试心理调适",
          "网络与我", "感恩与沟通")
TRAININGS = ("省中小学心理健康教育教师培训", "市心理危机干预专题培训", "沙盘游戏技术培训", "区心理教研活动")


def write_compliance(session: Session, today: date, seed: int = 1) -> None:
    conn = session.conn
    year = school_years.on(conn, today.isoformat())
    if year is None:
        return
    rng = random.Random(seed * 7919)
    start = date.fromisoformat(year.start_date)
    now, me = now_iso(), session.user.id
    classes = store.active_classes(conn)
    full, part = store.counselors(conn)
    teachers = full + part
    grades = sorted({c[1] for c in classes})
    behind = grades[-1] if grades else None          # one grade's lessons fell behind
    with transaction(conn):
        for class_id, grade_id, _g, _c in classes:
            day = start + timedelta(days=(7 - start.weekday()) % 7 + rng.randrange(5))
            n = 0
            while day <= today:
                if grade_id != behind or rng.random() < 0.55:
                    store.insert(conn, "lesson", {"class_id": class_id, "on_date": day.isoformat(),
                                                  "teacher_staff_id": teachers[n % len(teachers)] if teachers else None,
                                                  "topic": TOPICS[n % len(TOPICS)], "periods": 1}, now, me)
                n += 1
                day += timedelta(days=14)
        by_grade: dict[int, list[int]] = {}
        for class_id, grade_id, _g, _c in classes:
            by_grade.setdefault(grade_id, []).append(class_id)
        for i, (grade_id, ids) in enumerate(sorted(by_grade.items())):
            day = start + timedelta(days=40 + 7 * i)
            if day > today or grade_id == behind:
                continue
            expected = 45 * len(ids)
            activity = store.insert(conn, "family", {
                "on_date": day.isoformat(), "title": "家庭教育讲座：读懂青春期", "form": rules.FamilyForm.LECTURE.value,
                "parents_expected": expected, "parents_present": int(expected * rng.uniform(0.7, 0.95))}, now, me)
            store.set_classes(conn, activity, ids)
        if start + timedelta(days=10) <= today:
            store.insert(conn, "publicity", {"on_date": (start + timedelta(days=10)).isoformat(),
                                             "title": "全体教师心理健康知识讲座", "audience": "all_staff",
                                             "participants": 80 + rng.randrange(40)}, now, me)
            store.insert(conn, "publicity", {"on_date": (start + timedelta(days=60)).isoformat(),
                                             "title": "“5·25”心理健康宣传周", "audience": "students",
                                             "participants": 300 + rng.randrange(300)}, now, me)
        for k, staff_id in enumerate(teachers):
            hours = (12, 8) if k == 0 else (24, 16)
            for j, h in enumerate(hours):
                day = start + timedelta(days=30 + 45 * j + k)
                if day <= today:
                    store.insert(conn, "training", {"staff_id": staff_id, "on_date": day.isoformat(),
                                                    "title": TRAININGS[(k + j) % len(TRAININGS)], "hours": float(h),
                                                    "provider": "示范市教育局"}, now, me)
            day = start + timedelta(days=50 + k)
            if day <= today:
                store.insert(conn, "supervision", {"staff_id": staff_id, "on_date": day.isoformat(),
                                                   "form": "group", "hours": 2.0, "supervisor": "市心理督导专家组"},
                             now, me)
        students = store.enrolled_students(conn)
        store.save_year_resources(conn, store.YearResources(year.id, float(20 * students), 3, 120.0, None, "", None),
                                  now, me)
