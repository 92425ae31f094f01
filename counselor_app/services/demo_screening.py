"""The demo office's screening campaign (心理测评), run through the screening services (services/demo.py calls this
last, on the finished watch list).

One finished campaign of the school year: the semester's 心理健康普查 in its third week, with MHT for the grades it
suits (primary grade 4 up to high school; SCALES.md) or UPI for a university's freshmen. Every step is the office's
own: creating the campaign, 请假 / 免测 with their reasons, importing the platform's results file (written to a private
temporary folder and read back like any export), putting the candidates on the watch list, reviewing them. Synthetic
answers give a realistic spread: most sheets normal, a few positive, one or two key-item hits, a few invalid (MHT's
lie scale), a few students absent or exempt. At most MAX_SHEETS sheets (whole grades first, then classes), so that a
very large demo school stays quick.

How it meets the watch list written before (services/demo_watch.py), without a second entry for anyone:
- a 测评筛查 entry opened in the days after the campaign whose concern names no other scale is the campaign's own
  candidate: its sheet is positive (a key-item hit at 高危) and the entry names the result (``source_ref``, corrected
  through watch.edit_entry as a counselor would), so that make_candidates records it as the entry opened for it;
- students already on the list when the campaign ran screen positive more often (all at 重点关注 and 高危): the
  service links their results to their entries, as it does for any student with an open entry;
- entries that name another scale (PHQ-9, SCL-90 …) or came before the campaign keep their own story;
- one student who was on no list screens positive: make_candidates opens the 待复核 entry, the head interviews the
  student and closes it as 复核后未纳入 (more only when a small school has no one on the list).
Only ``random.Random(seed)``: the same school, seed and day give the same campaign.
"""
from __future__ import annotations

import csv
import re
import tempfile
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from random import Random

from counselor_app.domain import demo_data
from counselor_app.domain.scales import builtin_definitions
from counselor_app.domain.watch import CloseReason, Severity, Source, State
from counselor_app.services import school_calendar, screening, screening_candidates, screening_import, watch, \
    watch_closing, watch_records
from counselor_app.services.session import Session
from counselor_app.store import screening as store, screening_results as result_store, watch as watch_store

MAX_SHEETS = 1500          # a larger demo school screens its first grades (classes) up to this many students
LINK_DAYS = 14             # a 测评筛查 entry opened this long after the campaign came from it
MHT_LEVELS = range(4, 13)
MHT_LIE = frozenset(range(82, 101, 2))
MHT_KEY = (85, 97)
UPI_LIE = frozenset((5, 20, 35, 50))
UPI_KEY = (8, 16, 26)      # 25 (想轻生) is the fourth: the demo's key-item hits use it
UPI_REQUEST = 64           # the auxiliary question asking for counselling

# make_candidates words a new entry's concern with ``tr``: the demo office is a Chinese school's, written without Qt
# (its watch list, meetings and records are Chinese too), so the wording is the zh_CN translation's (a test compares
# them with i18n/counselor_zh_CN.ts).
_ZH = {
    screening_candidates.POSITIVE_CONCERN: "心理测评“{campaign}”（{scale}）：筛查阳性（总分 {total}{band}），请人工复核。",
    screening_candidates.POSITIVE_NO_TOTAL: "心理测评“{campaign}”（{scale}）：筛查阳性，请人工复核。",
    screening_candidates.KEY_CONCERN: "心理测评“{campaign}”（{scale}）：命中关键题目（第 {items} 题），请尽快人工复核。",
    screening_candidates.BAND: "，{band}",
}
ABSENT = ("病假，测评当周未到校", "事假，随家长外出就医")
EXEMPT = ("正在医院接受心理治疗，遵医嘱暂不参加本次测评",)
INTERVIEW = ("心理教师与该生面谈约30分钟：该生说测评时刚开学不久，作息还没调整过来，作答时心里比较紧张；"
             "近期情绪总体平稳，与同学相处融洽，饮食睡眠正常，否认消极想法。已告知有需要可随时预约心理辅导。")
KEY_INTERVIEW = ("测评命中关键题目，次日面谈复核：该生说开学后和同学相处不顺，有时觉得活着很累，偶尔闪过不好的念头，"
                 "否认有具体想法和计划；谈话中情绪低落，愿意接受定期辅导。已当天电话告知家长，请其多陪伴、留意。")
FOLLOWED = "关键题目复核后纳入关注，定期面谈，家长已知情。"
DISMISSAL = ("测评阳性后面谈复核：该生近期状态良好，结果与开学初的短暂紧张有关，暂不需要列入关注；"
             "已请{teacher}日常留意，下次普查时再看。")


@dataclass(frozen=True)
class Plan:
    scale: str
    name: str
    grade_ids: tuple[int, ...]
    class_ids: tuple[int, ...]
    start: date
    end: date
    days: tuple[date, ...]         # the school days the classes sat it, in turn


def write_screening(session: Session, today: date, seed: int, school: demo_data.DemoSchool) -> int | None:
    """Run the demo's campaign with the head's session; its id (None: no student it suits, or no time for it)."""
    plan = _plan(session, today, school)
    if plan is None:
        return None
    campaign_id = screening.create_campaign(session, screening.CampaignEdit(
        plan.name, plan.scale, plan.grade_ids, plan.class_ids, plan.start, plan.end))
    conn = session.conn
    targets = store.targets(conn, campaign_id)
    pupils = sorted((p for p in store.pupils(conn) if p.id in targets),
                    key=lambda p: (p.grade_id or 0, p.class_id or 0, p.student_no))
    rng = Random(f"screening-{seed}")
    import_day = _after(session, plan.end, 1)
    own, on_list, listed = _watch_links(session, plan, {p.id for p in pupils}, import_day)
    kinds = _kinds(rng, pupils, own, on_list, listed, plan.scale)
    for p in pupils:
        if kinds[p.id] in ("absent", "exempt"):
            reasons = ABSENT if kinds[p.id] == "absent" else EXEMPT
            screening.set_disposition(session, campaign_id, p.id, kinds[p.id], rng.choice(reasons))
    tested = [p for p in pupils if kinds[p.id] not in ("absent", "exempt")]
    days = {cid: plan.days[n % len(plan.days)] for n, cid in enumerate(dict.fromkeys(p.class_id for p in tested))}
    make = _mht if plan.scale == "MHT" else _upi
    rows = [(p, days[p.class_id], make(rng, kinds[p.id])) for p in tested]
    with tempfile.TemporaryDirectory(prefix="demo-") as folder:
        path = _results_file(Path(folder) / "results.csv", rows)
        preview = screening_import.preview_screening(session, path, scale=plan.scale, campaign=plan.name,
                                                     today=today)
        screening_import.import_screening(session, preview, candidates=False, today=import_day)
    results = result_store.digests(conn, campaign_id)
    for entry_id, student_id in own.items():
        _name_the_result(session, entry_id, results[student_id].id)
    report = screening_candidates.make_candidates(session, campaign_id, tr=_zh, today=import_day)
    teacher = "辅导员" if plan.scale == "UPI" else "班主任"
    review_day = _after(session, import_day, 1)
    for result_id, entry_id in report.opened:
        if entry_id in own:
            continue
        if result_store.result(conn, result_id).key_items:
            _follow(session, entry_id, review_day)
        else:
            _dismiss(session, entry_id, _after(session, review_day, 1), teacher)
    return campaign_id


def _zh(text) -> str:
    return _ZH.get(text, str(text))


# -- which students, when ---------------------------------------------------------------------------------------

def _plan(session: Session, today: date, school: demo_data.DemoSchool) -> Plan | None:
    """The semester's campaign: MHT for the grades from primary grade 4 up, UPI for a university's freshmen;
    in the third week of this semester, or of the last one when this one began too recently."""
    conn = session.conn
    university = any(g.kind == "department" for g in school.grades)
    start = _campaign_start(session, today)
    if start is None:
        return None
    pupils = [p for p in store.pupils(conn) if p.status == "enrolled" and p.class_id is not None]
    if university:
        entry = start.year if start.month >= 8 else start.year - 1
        fresh = re.compile(rf"{entry % 100:02d}\d\d班$")
        by_class: dict[int, list] = {}
        for p in pupils:
            if fresh.search(p.class_name):
                by_class.setdefault(p.class_id, []).append(p)
        groups = [(None, members) for members in by_class.values()]
        scale, name = "UPI", f"{entry}级新生心理普查"
    else:
        levels = {g.name: g.level for g in school.grades}
        by_grade: dict[int, list] = {}
        for p in pupils:
            if levels.get(p.grade) in MHT_LEVELS:
                by_grade.setdefault(p.grade_id, []).append(p)
        groups = list(by_grade.items())
        season = "秋季" if start.month >= 8 else "春季"
        scale, name = "MHT", f"{start.year}年{season}心理健康普查"
    grade_ids, class_ids, count = [], [], 0
    for gid, members in groups:      # whole grades (a university: its freshmen classes) up to MAX_SHEETS
        if count + len(members) <= MAX_SHEETS:
            (grade_ids if gid is not None else class_ids).append(gid if gid is not None else members[0].class_id)
            count += len(members)
            continue
        for cid in dict.fromkeys(p.class_id for p in members) if gid is not None else ():
            size = sum(p.class_id == cid for p in members)      # then the classes of the next grade
            if count + size > MAX_SHEETS and count:
                break
            class_ids.append(cid)
            count += size
        break
    if not count:
        return None
    cal = school_calendar.calendar(session)
    days = tuple(d for d in (start + timedelta(days=n) for n in range(5)) if cal.is_school_day(d)) or (start,)
    return Plan(scale, name, tuple(grade_ids), tuple(class_ids), days[0], days[-1], days)


def _campaign_start(session: Session, today: date) -> date | None:
    """The Monday of the semester's third week, when the candidates have had two weeks since; else the semester's
    before it, if the calendar holds one (None: a demo made in a school year's first weeks has no campaign)."""
    starts = sorted(s.start for y in school_calendar.list_school_years(session) for s in y.semesters)
    for begin in reversed([d for d in starts if d <= today] or starts[:1]):
        day = begin + timedelta(days=14)
        day += timedelta(days=(7 - day.weekday()) % 7)
        if day + timedelta(days=18) <= today:
            return day
    return None


def _after(session: Session, day: date, school_days: int) -> date:
    cal = school_calendar.calendar(session)
    for _ in range(school_days):
        nxt = day + timedelta(days=1)
        while not cal.is_school_day(nxt) and (nxt - day).days < 10:
            nxt += timedelta(days=1)
        day = nxt
    return day


def _watch_links(session: Session, plan: Plan, targets: set[int], import_day: date):
    """(entry id → student id of the 测评筛查 entries opened for this campaign, student id → level of those on the
    list when it was imported, every student with an entry)."""
    others = [d.code for d in builtin_definitions() if d.code != plan.scale]
    own, on_list, listed = {}, {}, set()
    for row in watch_store.list_rows(session.conn):
        listed.add(row.student_id)
        if row.student_id not in targets:
            continue
        opened = date.fromisoformat(row.opened_on)
        if row.source == Source.SCREENING and plan.start <= opened <= plan.end + timedelta(days=LINK_DAYS):
            concern = watch_store.CONCERN.read(session.conn, session.clinical, row.id) or ""
            if not any(code in concern for code in others):
                own[row.id] = row.student_id
                on_list[row.student_id] = row.level
                continue
        if row.state != State.CLOSED and opened <= import_day:
            on_list[row.student_id] = row.level
    return own, on_list, listed


def _kinds(rng: Random, pupils, own: dict[int, int], on_list: dict[int, str], listed: set[int],
           scale: str) -> dict[int, str]:
    """Each student's sheet: normal, positive, key (a key item hit), invalid, or absent / exempt (no sheet)."""
    kinds = {p.id: "normal" for p in pupils}
    keys = 0
    for student_id, level in on_list.items():
        if level == "red" and keys < 2:
            kinds[student_id], keys = "key", keys + 1
        elif level != "yellow" or rng.random() < 0.4 or student_id in own.values():
            kinds[student_id] = "positive"
    free = [p.id for p in pupils if p.id not in listed]     # no entry at all: a new candidate is a new entry
    rng.shuffle(free)
    n = len(pupils)
    if not keys:     # a key-item hit all the same: someone followed already, else someone new (a small school)
        followed = sorted(on_list, key=lambda sid: (on_list[sid] != "orange", sid))
        if followed:
            kinds[followed[0]] = "key"
        elif free:
            kinds[free.pop()] = "key"
    found = sum(k in ("key", "positive") for k in kinds.values())
    for _ in range(min(max(1, round(n * 0.01) - found), len(free))):     # about 1% positive, one new at least
        kinds[free.pop()] = "positive"
    counts = (("invalid", round(n * 0.012) if scale == "MHT" else 0), ("absent", round(n * 0.006) or (n >= 30)),
              ("exempt", int(n >= 60)), ("border", round(n * 0.03)))
    for kind, count in counts:
        for _ in range(min(int(count), len(free))):
            kinds[free.pop()] = kind
    return kinds


# -- the sheets -------------------------------------------------------------------------------------------------

def _mht(rng: Random, kind: str) -> list[int]:
    """MHT's 100 answers (是 1): content total about 30 for most, 65+ positive, lie scale 7+ invalid, 85/97 key."""
    content = [n for n in range(1, 101) if n not in MHT_LIE and n not in MHT_KEY]
    total = {"positive": rng.randint(65, 76), "key": rng.randint(38, 66), "border": rng.randint(52, 63)}.get(
        kind, max(3, min(56, round(rng.gauss(30, 10)))))
    yes = set(rng.sample(content, min(total, len(content))))
    if kind == "key":
        yes.add(rng.choice(MHT_KEY))
    lie = rng.randint(7, 9) if kind == "invalid" else min(5, sum(rng.random() < 0.22 for _ in MHT_LIE))
    yes |= set(rng.sample(sorted(MHT_LIE), lie))
    return [int(n in yes) for n in range(1, 101)]


def _upi(rng: Random, kind: str) -> list[int]:
    """UPI's 60 items and 4 auxiliary questions: 第三类 for most, 第一类 (25+) positive, item 25 a key-item hit."""
    scored = [n for n in range(1, 61) if n not in UPI_LIE and n not in UPI_KEY and n != 25]
    total = {"positive": rng.randint(25, 33), "key": rng.randint(14, 28), "border": rng.randint(20, 24)}.get(
        kind, max(0, min(18, round(rng.gauss(8, 5)))))
    yes = set(rng.sample(scored, min(total, len(scored))))
    if kind == "key":
        yes.add(25)
    yes |= {n for n in UPI_LIE if rng.random() < 0.3}
    if kind in ("positive", "key") and rng.random() < 0.5:
        yes.add(UPI_REQUEST)
    return [int(n in yes) for n in range(1, 65)]


def _results_file(path: Path, rows) -> Path:
    """The results as the assessment platform exports them: 学号, 姓名, 测评日期, one column per item."""
    items = len(rows[0][2]) if rows else 0
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f)
        out.writerow(["学号", "姓名", "测评日期", *[str(n) for n in range(1, items + 1)]])
        for pupil, day, answers in rows:
            out.writerow([pupil.student_no, pupil.name, day.isoformat(), *answers])
    return path


# -- the watch list ---------------------------------------------------------------------------------------------

def _name_the_result(session: Session, entry_id: int, result_id: int) -> None:
    """The counselor notes on the entry which result triggered it (the entry window shows it)."""
    e = watch_store.entry(session.conn, entry_id)
    concern = watch_store.CONCERN.read(session.conn, session.clinical, entry_id) or ""
    watch.edit_entry(session, entry_id, watch.EntryEdit(
        e.source, concern, "screening", str(result_id), e.peer_student_id, e.parent_name, e.parent_relation,
        e.parent_phone), e.revision)


def _follow(session: Session, entry_id: int, day: date) -> None:
    """A key-item hit the head confirms at the interview: 轻症, 跟进中, the interview its first follow-up."""
    watch_records.add_followup(session, entry_id, watch_records.FollowUpEdit(day, "talk", KEY_INTERVIEW), today=day)
    entry = watch_store.entry(session.conn, entry_id)
    watch.change_severity(session, entry_id, Severity.MILD.value, FOLLOWED, entry.revision)
    watch.move_state(session, entry_id, State.FOLLOWING.value, FOLLOWED,
                     watch_store.entry(session.conn, entry_id).revision)


def _dismiss(session: Session, entry_id: int, day: date, teacher: str) -> None:
    """The head interviews the student and closes the candidate as 复核后未纳入 (their own request closes it)."""
    watch_records.add_followup(session, entry_id, watch_records.FollowUpEdit(day, "talk", INTERVIEW), today=day)
    revision = watch_store.entry(session.conn, entry_id).revision
    watch_closing.request_close(session, entry_id, CloseReason.NOT_CONFIRMED.value, DISMISSAL.format(teacher=teacher),
                                revision, today=day)
