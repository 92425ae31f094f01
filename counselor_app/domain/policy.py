"""Policy thresholds: every number of the provincial measures is a setting, defaulting to the 2023 Anhui value.

Later parts of the product (compliance dashboard, review windows, meetings) read these through
services/settings.py; the office head may change them (a 2025 national notice, for example, asks for two
family guidance activities per semester). Each threshold names the part that uses it; Settings offers it for
change once that part exists (its code is in FEATURES_IN_USE) and until then says which part it waits for.
"""
from __future__ import annotations

from dataclasses import dataclass

from counselor_app.domain.errors import QT_TRANSLATE_NOOP, Text


K12, VOCATIONAL, UNIVERSITY = "k12", "vocational", "university"
ALL = (K12, VOCATIONAL, UNIVERSITY)


@dataclass(frozen=True)
class Threshold:
    key: str
    label: Text
    default: float
    minimum: float
    maximum: float
    unit: Text | None    # None for plain counts (the label says what is counted)
    clause: int          # the article of the 2023 Anhui measures it comes from
    feature: str         # the part of the product that uses it (a key of FEATURES)
    applies: tuple[str, ...] = ALL

    @property
    def in_use(self) -> bool:
        return self.feature in FEATURES_IN_USE


# The watch list's review intervals (red 7, orange 14, yellow 30 days) are not here: they belong to the office's risk
# levels (domain/watch.py, 设置 → 重点关注), which an office may rename, add or remove.
SCREENING, MEETINGS, COMPLIANCE = "screening", "meetings", "compliance"
FEATURES: dict[str, Text] = {
    SCREENING: QT_TRANSLATE_NOOP("Policy", "screening campaigns"),
    MEETINGS: QT_TRANSLATE_NOOP("Policy", "monthly review meetings"),
    COMPLIANCE: QT_TRANSLATE_NOOP("Policy", "the compliance records and their indicators"),
}
# The parts that exist and read their thresholds: a part adds its code here when it does.
FEATURES_IN_USE: frozenset[str] = frozenset({SCREENING, MEETINGS, COMPLIANCE})


def school_category(school_type: str) -> str:
    return {"university": UNIVERSITY, "vocational": VOCATIONAL}.get(school_type, K12)


THRESHOLDS: tuple[Threshold, ...] = (
    Threshold("screening_per_year", QT_TRANSLATE_NOOP("Policy", "Screenings per student per school year"),
              1, 1, 4, None, 5, SCREENING),
    Threshold("review_meetings_per_month", QT_TRANSLATE_NOOP("Policy", "Review meetings per grade or department per month"),
              1, 1, 4, None, 6, MEETINGS),
    Threshold("family_activities_per_semester",
              QT_TRANSLATE_NOOP("Policy", "Family guidance activities per class per semester"),
              1, 1, 10, None, 11, COMPLIANCE),
    Threshold("k12_lessons_per_two_weeks", QT_TRANSLATE_NOOP("Policy", "Mental-health lessons (K-12) per two weeks"),
              1, 0, 10, None, 2, COMPLIANCE, (K12,)),
    Threshold("vocational_lessons_per_semester",
              QT_TRANSLATE_NOOP("Policy", "Mental-health lessons (vocational) per semester"),
              10, 0, 100, None, 2, COMPLIANCE, (VOCATIONAL,)),
    Threshold("university_credits", QT_TRANSLATE_NOOP("Policy", "Mental-health course credits (university)"),
              2, 0, 10, None, 2, COMPLIANCE, (UNIVERSITY,)),
    Threshold("fulltime_teacher_above_students",
              QT_TRANSLATE_NOOP("Policy", "K-12: at least one full-time teacher above this many students"),
              1000, 100, 10000, QT_TRANSLATE_NOOP("Policy", "students"), 15, COMPLIANCE, (K12, VOCATIONAL)),
    Threshold("university_students_per_teacher",
              QT_TRANSLATE_NOOP("Policy", "University: students per full-time teacher at most"),
              4000, 500, 20000, QT_TRANSLATE_NOOP("Policy", "students"), 15, COMPLIANCE, (UNIVERSITY,)),
    Threshold("university_min_teachers", QT_TRANSLATE_NOOP("Policy", "University: full-time teachers at least"),
              2, 1, 20, None, 15, COMPLIANCE, (UNIVERSITY,)),
    Threshold("fulltime_training_hours", QT_TRANSLATE_NOOP("Policy", "Training per full-time teacher per year"),
              40, 0, 200, QT_TRANSLATE_NOOP("Policy", "hours"), 16, COMPLIANCE),
    Threshold("parttime_trainings", QT_TRANSLATE_NOOP("Policy", "Trainings per part-time teacher per year"),
              2, 0, 20, None, 16, COMPLIANCE),
    Threshold("supervisions_per_year", QT_TRANSLATE_NOOP("Policy", "Supervisions per counselor per year"),
              2, 0, 20, None, 16, COMPLIANCE),
    Threshold("university_funding_per_student",
              QT_TRANSLATE_NOOP("Policy", "University funding per student per year at least"),
              15, 0, 1000, QT_TRANSLATE_NOOP("Policy", "yuan"), 14, COMPLIANCE, (UNIVERSITY,)),
    Threshold("university_venue_m2", QT_TRANSLATE_NOOP("Policy", "University counseling venue at least"),
              300, 0, 5000, QT_TRANSLATE_NOOP("Policy", "m²"), 14, COMPLIANCE, (UNIVERSITY,)),
    # §14 sends schools to the ministry's guide for counseling rooms (中小学心理辅导室建设指南): at least one room.
    Threshold("school_counseling_rooms", QT_TRANSLATE_NOOP("Policy", "School counseling rooms at least"),
              1, 0, 20, None, 14, COMPLIANCE, (K12, VOCATIONAL)),
    Threshold("publicity_per_year", QT_TRANSLATE_NOOP("Policy", "Publicity activities for all staff per year"),
              1, 0, 20, None, 16, COMPLIANCE),
    # §5 asks for screening of all students (全覆盖): 100 %.
    Threshold("screening_coverage_percent", QT_TRANSLATE_NOOP("Policy", "Screening coverage of students at least"),
              100, 50, 100, QT_TRANSLATE_NOOP("Policy", "%"), 5, COMPLIANCE),
    # The measures score §19 without saying where "partly met" begins: the office's choice, 80 % by default.
    Threshold("amber_share_percent",
              QT_TRANSLATE_NOOP("Policy", "An indicator is partly met (amber) from this share of its target"),
              80, 0, 100, QT_TRANSLATE_NOOP("Policy", "%"), 19, COMPLIANCE),
)

BY_KEY = {t.key: t for t in THRESHOLDS}


def defaults() -> dict[str, float]:
    return {t.key: t.default for t in THRESHOLDS}
