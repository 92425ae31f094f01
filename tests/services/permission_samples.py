"""The permission matrix's office and its sample calls: one call per service operation that really works for a role
that is allowed (tests/services/test_permission_matrix.py runs each against every role).

A new operation needs a line in SAMPLES (the matrix test fails without it; a profile section's loader is called with
the prepared student without one); an operation with ``record=(kind, …)``
runs against the record's author and someone else (RECORDS says what that record is for its kind); a
``checked_inside`` operation needs its rule in the test's INSIDE table.
"""
from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Callable

from testdata import CHEAP_KDF

import appointment_samples  # the appointments' prepared records and samples

from counselor_app.domain import access, policy
from counselor_app.domain.errors import UserError
from counselor_app.domain.roles import Role
from counselor_app.domain.school import SchoolProfile, SchoolType
from counselor_app.services import compliance_logs
from counselor_app.services import screening_corrections
from counselor_app.services import (
    office, profile, rollover, roster_import, school_calendar, screening, screening_import, staff, staff_import,
    structure, students, users, watch, watch_closing, watch_records,
)
from counselor_app.domain.watch import DEFAULT_LEVELS
from counselor_app.store.database import transaction as office_transaction
from counselor_app.services.demo import DEMO_LOGINS, DEMO_PASSWORD, create_demo_office
from counselor_app.services.session import Session
from counselor_app.services.staff import StaffEdit
from counselor_app.services.students import StudentEdit
from counselor_app.services.school_calendar import YearEdit
from counselor_app.store.audit import AuditFilter
from counselor_app.store.audit import now_iso as audit_now
from counselor_app.store.users import UserRow

LOGIN_OF = {role: login for login, role in DEMO_LOGINS.items()}   # demo / counselor / assistant
OTHER = "zhouyi"        # an assistant's account the head acts on (locked out by five wrong passwords)
FORMER = "former"       # a counselor's account, deactivated
NEW_PASSWORD = "Fresh-Harbor-2027"
EMPTY_CLASS = "20班"    # a class without students (to archive)
OFFICE_DAY = "2030-10-08"   # a holiday the office entered (to remove)


@dataclass(frozen=True)
class Prepared:
    """The facts of the prepared office the samples refer to."""
    folder: Path
    recovery_key: str
    accounts: dict[str, UserRow]
    student_id: int
    student_no: str
    class_id: int
    class_label: str
    grade: str
    empty_class_id: int
    staff_id: int
    unlinked_staff_id: int
    year_id: int
    watch: dict = None    # the watch list's records: services/watch*.py samples (prepare_watch)
    screening: dict = None    # a screening campaign with two results: services/screening*.py (prepare_screening)
    duty: dict = None     # a duty roster with requests and a past duty: services/duty*.py (prepare_duty)
    appointments: dict = None   # appointments, series, waitlist, records: appointment_samples
    meetings: dict = None  # review meetings: a draft, one ready to finalize, a finalized one (prepare_meetings)
    referrals: dict = None   # referrals, leaves, crisis incidents: referral_samples.prepare_referrals


def prepare_watch(s: Session, student_ids: list[int]) -> dict:
    """An open entry with a plan, a follow-up and a parent contact; one whose closing waits for the head; a closed
    one; a student without any entry."""
    today = date.today()
    a, b, c, free = student_ids[:4]
    entry = watch.open_entry(s, watch.NewEntry(a, watch.EntryEdit("staff", "样例关注"), "orange", "mild", "following"))
    watch_records.save_plan(s, entry, watch_records.PlanEdit("样例目标", (watch_records.MeasureEdit(
        "individual", "样例措施", today, owner_other="心理老师", due_on=today + timedelta(days=30)),)), 0)
    followup = watch_records.add_followup(s, entry, watch_records.FollowUpEdit(today, "talk", "样例随访"))
    contact = watch_records.add_contact(s, entry, watch_records.ContactEdit(today, "母亲", "phone", "reached", "样例"))
    asked = watch.open_entry(s, watch.NewEntry(b, watch.EntryEdit("family", "样例"), "yellow", "mild", "following"))
    closed = watch.open_entry(s, watch.NewEntry(c, watch.EntryEdit("family", "样例"), "yellow", "mild", "following"))
    watch_closing.request_close(s, closed, "improved", "样例", _rev(s, closed))
    # the head's own request closes at once: ask for ``asked`` as the counselor would (the body, not the head)
    with office_transaction(s.conn):
        s.conn.execute("UPDATE watch_entry SET close_reason = 'improved', close_requested_by = ?, "
                       "close_requested_at = '2026-01-01T00:00:00+00:00' WHERE id = ?", (s.user.id, asked))
    plan_id = s.conn.execute("SELECT id FROM watch_plan WHERE entry_id = ?", (entry,)).fetchone()[0]
    measure = s.conn.execute("SELECT id FROM watch_measure WHERE plan_id = ?", (plan_id,)).fetchone()[0]
    return dict(entry=entry, asked=asked, closed=closed, free_student=free, plan=plan_id, measure=measure,
                followup=followup, contact=contact)


SCREENING_CSV = "学号,姓名,1,2,3,4,5,6,7,8,9\n{a},{an},0,0,0,0,0,0,0,0,1\n{b},{bn},0,0,0,0,0,0,0,0,0\n"


def prepare_screening(s: Session, class_id: int) -> dict:
    """A PHQ-9 campaign of one grade: a sheet with a key item hit (not on the watch list yet), a negative one, and a
    student still due; the file that made it (imported again into a new campaign by the samples)."""
    rows = s.conn.execute("SELECT id, student_no, name FROM student WHERE class_id = ? AND status = 'enrolled' "
                          "ORDER BY student_no DESC LIMIT 3", (class_id,)).fetchall()
    (a, a_no, a_name), (b, b_no, b_name), (due, _no, _name) = rows
    text = SCREENING_CSV.format(a=a_no, an=a_name, b=b_no, bn=b_name)
    path = s.paths.data_dir.parent / "screening.csv"
    path.write_text(text, encoding="utf-8")
    preview = screening_import.preview_screening(s, path, scale="PHQ-9", campaign="样例测评")
    done = screening_import.import_screening(s, preview, candidates=False)
    path.unlink()
    ids = dict(s.conn.execute("SELECT student_id, id FROM screening_result WHERE campaign_id = ?",
                              (done.campaign_id,)).fetchall())
    grade = s.conn.execute("SELECT grade_id FROM school_class WHERE id = ?", (class_id,)).fetchone()[0]
    return dict(campaign=done.campaign_id, key_result=ids[a], result=ids[b], due_student=due, csv=text, grade=grade)


def _corrected_phq(c) -> int:
    """A version 2 of PHQ-9 in the office (cut-off 8), so that the sample campaign can be rescored; its id."""
    import json

    from counselor_app.domain.scales import builtin

    raw = json.loads(builtin("PHQ-9").text)
    raw.update(version=2)
    raw["settings"]["cutoff"]["value"] = 8
    unchecked(screening.add_scale, c, json.dumps(raw, ensure_ascii=False))
    return c.p.screening["campaign"]


def _rescore_preview(c):
    """The rescoring's preview; a role without the clinical key could not read the answers to make one: it gets an
    empty one (its call is refused before the preview is looked at)."""
    campaign = _corrected_phq(c)
    if c.session.clinical is None:
        return screening_corrections.RescorePreview(campaign, "PHQ-9 v2", None, (), 0, 0, 0, "")
    return unchecked(screening_corrections.preview_rescore, c, campaign)


def _screening_csv(c) -> Path:
    return c.file("screening.csv", c.p.screening["csv"])


def _scale_file(c) -> Path:
    import json

    from counselor_app.domain.scales import builtin

    raw = json.loads(builtin("GAD-7").text)
    raw["code"] = "TEST-7"
    return c.file("scale.json", json.dumps(raw, ensure_ascii=False))


def _watch_entry(c) -> dict[str, Any]:
    """An entry's sheets (services/watch_documents.py): the prepared entry and its student."""
    entry = c.p.watch["entry"]
    student = c.session.conn.execute("SELECT student_id FROM watch_entry WHERE id = ?", (entry,)).fetchone()[0]
    return {"student_id": student, "entry_id": entry}


def _rev(s: Session, entry_id: int) -> int:
    return s.conn.execute("SELECT revision FROM watch_entry WHERE id = ?", (entry_id,)).fetchone()[0]


def _duty_days(s: Session, sem, weekdays_only: bool = True) -> list[date]:
    """The school days of ``sem`` (Monday to Friday), from the calendar as the duty services read it."""
    cal = school_calendar.calendar(s)
    return [sem.start + timedelta(days=n) for n in range((sem.end - sem.start).days + 1)
            if cal.is_school_day(sem.start + timedelta(days=n)) and (sem.start + timedelta(days=n)).weekday() < 5]


def prepare_duty(s: Session, linked: set[int]) -> dict:
    """Posts and shifts (午休 in two posts, 课后 in one, every weekday) in both semesters, a duty list of four staff
    without accounts, duties on four coming school days, a swap asked and one accepted, a past duty for the log, an
    unavailability, a make-up workday of the office; another school year whose semester has no shift yet (to clone
    to). Years the holiday package lacks get an office day, so that the duty services may plan them."""
    from counselor_app.services import duty, duty_changes, duty_roster
    from counselor_app.store import duty as duty_store

    today = date.today()
    semesters = sorted(duty.duty_semesters(s), key=lambda x: x.start)
    cal = school_calendar.calendar(s)
    for year in cal.uncovered_years(semesters[0].start, semesters[-1].end + timedelta(days=400)):
        school_calendar.add_office_day(s, f"{year}-05-01", "holiday", "劳动节")
    saturday = date(2031, 10, 4) + timedelta(days=(5 - date(2031, 10, 4).weekday()) % 7)
    school_calendar.add_office_day(s, saturday, "workday", "调休")
    room, hotline = duty.save_post(s, "辅导室"), duty.save_post(s, "热线")
    templates: dict[tuple[int, int, str], int] = {}
    for sem in semesters:
        for wd in range(5):
            templates[sem.id, wd, "room"] = duty.save_template(s, sem.id, duty.TemplateEdit(room, wd, "午休", "12:10",
                                                                                            "13:30"))
            templates[sem.id, wd, "hotline"] = duty.save_template(s, sem.id, duty.TemplateEdit(hotline, wd, "午休",
                                                                                               "12:10", "13:30"))
            templates[sem.id, wd, "after"] = duty.save_template(s, sem.id, duty.TemplateEdit(room, wd, "课后",
                                                                                             "16:40", "17:40"))
    people = [p.id for p in staff.list_staff(s) if p.id not in linked and p.active][:4]
    a, b, c, d = people
    coming = [(sem, day) for sem in semesters for day in _duty_days(s, sem) if day > today + timedelta(days=1)][:4]
    sem = coming[0][0]
    for member_sem in semesters:
        duty.set_members(s, member_sem.id, tuple(people))
    d1, d2, d3, d4 = [day for _sem, day in coming]

    def put(day: date, post: str, person: int) -> int:
        owner = next(x for x, y in coming if y == day)
        return duty_roster.assign(s, day, templates[owner.id, day.weekday(), post], person)

    a1, a2, a3, a4 = put(d1, "room", a), put(d2, "room", b), put(d3, "room", c), put(d1, "hotline", c)
    a5, a6, a7, a8 = put(d4, "room", a), put(d4, "hotline", b), put(d2, "hotline", d), put(d3, "hotline", a)
    asked = duty_changes.request_swap(s, a5, a6)
    accepted = duty_changes.request_swap(s, a7, a8)
    duty_changes.accept_swap(s, accepted)
    past_sem, past_day = [(x, y) for x in semesters for y in _duty_days(s, x) if y <= today][-1]
    with office_transaction(s.conn):
        past = duty_store.insert_assignment(s.conn, past_day.isoformat(), templates[past_sem.id, past_day.weekday(),
                                                                                      "room"], d, audit_now())
    unavailable = duty.add_unavailability(s, sem.id, duty.UnavailableEdit(d, "teaching", weekday=4, period="课后"))
    spare = duty.save_template(s, sem.id, duty.TemplateEdit(room, 2, "晚自习", "19:00", "21:00"))
    other_year = school_calendar.save_school_year(s, YearEdit("2042-2043", "2042-09-01", "2043-07-31", (
        ("2042-09-01", "2043-01-20"), ("2043-02-20", "2043-07-10"))))
    empty = next(x.id for y in school_calendar.list_school_years(s) if y.id == other_year for x in y.semesters)
    return dict(semester=sem.id, first=d1, last=d4, room=room, people=people, swap=(a1, a2), cover=a3,
                edit=a4, asked=asked, accepted=accepted, past=past, unavailable=unavailable, spare=spare,
                free_slot=(d1, templates[sem.id, d1.weekday(), "after"], b), makeup=saturday, empty_semester=empty)


def prepare_meetings(s: Session, entry_id: int) -> dict:
    """Three meetings of the grade of the prepared watch-list entry, held today: one finalized (a referral suggested),
    one started with every decision recorded and everyone marked present (to finalize), and a regular one being
    prepared (its agenda: the entry and another student; a decision on the first, none on the second)."""
    from counselor_app.services import meetings, meetings_agenda, meetings_attendance, meetings_decisions as dec
    from counselor_app.services import meetings_finalize

    today = date.today()
    student = s.conn.execute("SELECT student_id FROM watch_entry WHERE id = ?", (entry_id,)).fetchone()[0]
    grade = s.conn.execute("SELECT c.grade_id FROM student s JOIN school_class c ON c.id = s.class_id WHERE s.id = ?",
                           (student,)).fetchone()[0]
    people = [r[0] for r in s.conn.execute("SELECT id FROM staff WHERE active = 1 ORDER BY id LIMIT 2")]
    edit = meetings.MeetingEdit(today, "15:30", "17:00", "会议室", people[0], people[1])
    month = today.strftime("%Y-%m")

    def made(name: str, refer: bool) -> int:
        mid = meetings.create_meeting(s, meetings.NewMeeting(grade, month, edit, name))
        for it in meetings_agenda.get_meeting(s, mid).items:
            code = "refer" if refer and it.entry_id == entry_id else "maintain"
            dec.record_decision(s, mid, it.id, dec.DecisionEdit(code))
        meetings.start_meeting(s, mid, meetings.load_meeting(s, mid).revision)
        present = tuple(meetings_attendance.AttendeeEdit(a.role, a.staff_id, attendance="present")
                        for a in meetings_agenda.get_meeting(s, mid).attendees)
        meetings_attendance.set_attendees(s, mid, present, meetings.load_meeting(s, mid).revision)
        return mid

    final = made("样例会一", True)
    ready = made("样例会二", False)
    draft = meetings.create_meeting(s, meetings.NewMeeting(grade, month, edit))
    items = meetings_agenda.get_meeting(s, draft).items
    decided = next(it.id for it in items if it.entry_id == entry_id)
    dec.record_decision(s, draft, decided, dec.DecisionEdit("maintain"))
    hand = meetings_agenda.add_student(s, draft, next(r[0] for r in s.conn.execute(
        "SELECT s.id FROM student s JOIN school_class c ON c.id = s.class_id WHERE c.grade_id = ? AND s.status = "
        "'enrolled' AND s.id NOT IN (SELECT student_id FROM meeting_item WHERE meeting_id = ?)", (grade, draft))))
    free = next(r[0] for r in s.conn.execute(
        "SELECT s.id FROM student s JOIN school_class c ON c.id = s.class_id WHERE c.grade_id = ? AND s.status = "
        "'enrolled' AND s.id NOT IN (SELECT student_id FROM meeting_item WHERE meeting_id = ?)", (grade, draft)))
    hooks = meetings_finalize.REFERRAL_HOOKS[:]
    meetings_finalize.REFERRAL_HOOKS.clear()   # the suggestion waits, as when the finalizer may not write referrals
    try:
        meetings_finalize.finalize_meeting(s, final, meetings.load_meeting(s, final).revision)
    finally:
        meetings_finalize.REFERRAL_HOOKS[:] = hooks
    refer = s.conn.execute("SELECT id FROM meeting_decision WHERE meeting_id = ? AND code = 'refer'",
                           (final,)).fetchone()[0]
    return dict(draft=draft, ready=ready, final=final, decided=decided, hand=hand, free=free, refer=refer,
                staff=people[0], grade=grade, day=today, order=tuple(reversed([it.id for it in items] + [hand])))


def _meeting(c) -> int:
    """The meeting an operation on a meeting record acts on: the draft ("author"), the finalized one ("other")."""
    return c.p.meetings["draft" if c.variant == "author" else "final"]


def _meeting_row(c):
    from counselor_app.store import meetings as meeting_store

    return meeting_store.meeting(c.session.conn, _meeting(c))


def _meeting_rev(c, meeting_id: int | None = None) -> int:
    return c.session.conn.execute("SELECT revision FROM meeting WHERE id = ?",
                                  (meeting_id or _meeting(c),)).fetchone()[0]


def _meeting_edit(c):
    from counselor_app.services import meetings

    return meetings.MeetingEdit(c.p.meetings["day"], "16:00", "17:30", "心理辅导室", c.p.meetings["staff"])


def prepare_office(folder: Path) -> Prepared:
    """Students, classes, staff, a school year, accounts of every role (and one to act on, one deactivated), an
    office day and an empty class; closed, with a login locked out. Built once; each test works on a copy."""
    demo = create_demo_office(folder, students=30, kdf=CHEAP_KDF)
    s = demo.office.session
    users.add_user(s, OTHER, "周一", Role.ASSISTANT, DEMO_PASSWORD)
    users.add_user(s, FORMER, "离职老师", Role.COUNSELOR, DEMO_PASSWORD)
    users.deactivate_user(s, FORMER)
    school_calendar.add_office_day(s, OFFICE_DAY, "holiday", "校庆")
    first = structure.list_classes(s)[0]
    empty = structure.add_class(s, first.grade, EMPTY_CLASS)
    student = next(r for r in students.list_students(s) if r.status == "enrolled")
    linked = {u.staff_id for u in users.list_users(s)}
    people = staff.list_staff(s)
    facts = dict(recovery_key=demo.office.recovery_key, student_id=student.id, student_no=student.student_no,
                 class_id=first.id,
                 class_label=first.label, grade=first.grade, empty_class_id=empty, staff_id=people[0].id,
                 unlinked_staff_id=next(p.id for p in people if p.id not in linked),
                 year_id=school_calendar.list_school_years(s)[0].id)
    enrolled = [r.id for r in students.list_students(s) if r.status == "enrolled" and r.id != student.id]
    facts["watch"] = prepare_watch(s, enrolled)
    facts["screening"] = prepare_screening(s, first.id)
    facts["duty"] = prepare_duty(s, linked)
    logins = {u.login: u.id for u in users.list_users(s)}
    facts["appointments"] = appointment_samples.prepare_appointments(
        s, enrolled[-10:], logins[LOGIN_OF[Role.HEAD]], logins[LOGIN_OF[Role.COUNSELOR]])
    appointment_samples.prepare_records(s, facts["appointments"])
    facts["meetings"] = prepare_meetings(s, facts["watch"]["entry"])
    facts["referrals"] = referral_samples.prepare_referrals(s, facts["watch"])
    s.close()
    with office.login(folder, LOGIN_OF[Role.COUNSELOR], DEMO_PASSWORD) as writer:   # a record is its author's
        appointment_samples.prepare_records(writer, facts["appointments"])
    for _ in range(5):   # OTHER is locked out (the head lifts it in clear_lockout's sample)
        try:
            office.login(folder, OTHER, "Wrong-Password-2026").close()
        except UserError:
            pass
    with office.login(folder, LOGIN_OF[Role.HEAD], DEMO_PASSWORD) as head:   # the failed attempts enter the trail
        accounts = {u.login: u for u in users.list_users(head)}
    return Prepared(folder, accounts=accounts, **facts)


@dataclass
class Ctx:
    """One test's office: a copy of the prepared one, logged in as the role under test."""
    session: Session
    prepared: Prepared
    work: Path            # files the calls read and write (outside the office folder)
    variant: str = ""     # the document kind, or "author"/"other" for an operation on a record

    @property
    def p(self) -> Prepared:
        return self.prepared

    def account(self) -> UserRow:
        """The account the variant names: one's own ("author") or someone else's."""
        return self.session.user if self.variant == "author" else self.p.accounts[OTHER]

    def file(self, name: str, text: str) -> Path:
        path = self.work / name
        path.write_text(text, encoding="utf-8")
        return path


def open_copy(prepared: Prepared, tmp: Path, role: Role, variant: str = "") -> Ctx:
    folder = tmp / "office"
    shutil.copytree(prepared.folder, folder)
    work = tmp / "work"
    work.mkdir()
    return Ctx(office.login(folder, LOGIN_OF[role], DEMO_PASSWORD), prepared, work, variant)


def unchecked(fn: Callable, c: Ctx, *args, **kwargs):
    """Call an operation's body without its permission check, to make another call's arguments (a preview, a plan):
    the matrix is about the call under test, not about whether this role could have prepared it."""
    return fn.__wrapped__(c.session, *args, **kwargs)


def call(*args, **kwargs) -> tuple[tuple, dict]:
    return args, kwargs


STUDENTS_CSV = "学号,姓名,班级\n2099001,吴一凡,{klass}\n2099002,吴二凡,{klass}\n"
STAFF_CSV = "工号,姓名,手机\nT9001,吴老师,13800009001\n"
DAYS_CSV = "日期,类型,名称\n2031-10-09,放假,测试日\n"
YEAR = YearEdit("2040-2041", "2040-09-01", "2041-07-31", (("2040-09-01", "2041-01-20"), ("2041-02-20", "2041-07-10")))
A_PDF = b"%PDF-1.4\n%%EOF\n"


def _students_csv(c: Ctx) -> Path:
    return c.file("students.csv", STUDENTS_CSV.format(klass=c.p.class_label))


def _document_params(c: Ctx) -> dict[str, Any]:
    return DOCUMENT_PARAMS[c.variant](c)


# Each document's parameters for build_document (the matrix test fails for a document without an entry).
DOCUMENT_PARAMS: dict[str, Callable[[Ctx], dict[str, Any]]] = {
    "recovery_sheet": lambda c: {"recovery_key": c.p.recovery_key},
    "access_report": lambda c: {"student_id": c.p.student_id, "since": "2026-01-01", "until": date.today()},
    "class_roster": lambda c: {"class_id": c.p.class_id},
    "watch_plan": lambda c: _watch_entry(c),
    "watch_plan_head_teacher": lambda c: _watch_entry(c),
    "watch_followups": lambda c: _watch_entry(c),
    "watch_list_grade": lambda c: {"grade": c.p.grade},
    "duty_roster": lambda c: {"month": c.p.duty["first"].strftime("%Y-%m")},
    "screening_summary": lambda c: {"campaign_id": c.p.screening["campaign"]},
    "screening_summary_leaders": lambda c: {"campaign_id": c.p.screening["campaign"]},
    "minutes": lambda c: {"id": c.p.meetings["final"], "identities": True},
    "meeting_sign_in": lambda c: {"id": c.p.meetings["draft"]},
}

# What the record of an operation with record=(kind, action) is, for the variant ("author" or "other").
RECORDS: dict[str, Callable[[Ctx], Any]] = {
    access.USER_ACCOUNT: Ctx.account,
    access.SESSION_RECORD: lambda c: appointment_samples.record_of(c),
    access.MEETING: lambda c: _meeting_row(c),
}

SAMPLES: dict[str, Callable[[Ctx], tuple[tuple, dict]]] = {
    # audit trail, integrity, backups
    "audit_view.load_trail": lambda c: call(AuditFilter()),
    "audit_view.access_report_pdf": lambda c: call(c.p.student_id, date(2026, 1, 1), date.today(), str),
    "class_roster.class_id_by_name": lambda c: call(c.p.class_label),
    "integrity.verify_office": lambda c: call(),
    "integrity.audit_trail": lambda c: call(AuditFilter()),
    "backups.make_backup": lambda c: call(),
    "backups.list_office_backups": lambda c: call(),
    "backups.newest_backup": lambda c: call(),
    "backups.backup_if_due": lambda c: call(),
    # the office, settings, one's own password, the recovery key
    "office.school_profile": lambda c: call(),
    "office.record_session_event": lambda c: call("lock"),
    "office.update_school_profile": lambda c: call(SchoolProfile("示范中学", SchoolType.COMPLETE_MIDDLE, "学府路2号", "")),
    "settings.read_settings": lambda c: call(),
    "settings.set_idle_lock_minutes": lambda c: call(10),
    "settings.set_backup_dir": lambda c: call(str(c.work)),
    "settings.set_pdf_font_path": lambda c: call(""),
    "settings.set_thresholds": lambda c: call(dict([next(iter(policy.defaults().items()))])),
    "credentials.change_password": lambda c: call(DEMO_PASSWORD, NEW_PASSWORD),
    "credentials.revoke_password": lambda c: call(DEMO_PASSWORD, NEW_PASSWORD),
    "rekey.renew_office_keys": lambda c: call(),
    "recovery.is_confirmed": lambda c: call(),
    "recovery.confirm_recovery_key": lambda c: call(c.p.recovery_key),
    "recovery.rotate_recovery_key": lambda c: call(),
    "repair.repair_office": lambda c: call(),
    "dashboard.start_page": lambda c: call(),
    # accounts
    "users.list_users": lambda c: call(),
    "users.lockouts": lambda c: call(),
    "users.add_user": lambda c: call("newcomer", "新同事", Role.ASSISTANT, NEW_PASSWORD),
    "users.deactivate_user": lambda c: call(c.account().login),
    "users.reactivate_user": lambda c: call(FORMER, NEW_PASSWORD),
    "users.change_role": lambda c: call(OTHER, Role.COUNSELOR),
    "users.clear_lockout": lambda c: call(OTHER),
    "users.set_temporary_password": lambda c: call(c.account().login, NEW_PASSWORD),
    # documents (build and save run once per registered document: the variant is its kind)
    "documents.available_documents": lambda c: call(),
    "documents.build_document": lambda c: call(c.variant, tr=str, **_document_params(c)),
    "documents.save_document": lambda c: call(c.variant, A_PDF, c.work / "saved.pdf"),
    "documents.record_output": lambda c: call("access_report", "print", "student", c.p.student_id),
    "documents.pdf_font": lambda c: call(),
    # school calendar
    "school_calendar.list_school_years": lambda c: call(),
    "school_calendar.save_school_year": lambda c: call(YEAR),
    "school_calendar.calendar": lambda c: call(),
    "school_calendar.year_calendar": lambda c: call(c.p.year_id),
    "school_calendar.add_office_day": lambda c: call("2031-10-10", "holiday", "测试日"),
    "school_calendar.remove_office_day": lambda c: call(OFFICE_DAY),
    "school_calendar.preview_office_days": lambda c: call(c.file("days.csv", DAYS_CSV)),
    "school_calendar.import_office_days": lambda c: call(unchecked(school_calendar.preview_office_days, c,
                                                                   c.file("days.csv", DAYS_CSV))),
    # students, classes, staff, imports, export, rollover
    "students.list_students": lambda c: call(),
    "students.guardian_phones": lambda c: call(),
    "students.get_student": lambda c: call(c.p.student_id),
    "students.save_student": lambda c: call(StudentEdit("2099100", "吴三凡", class_id=c.p.class_id)),
    "students.change_status": lambda c: call(c.p.student_id, "on_leave", "病假"),
    "students.class_choices": lambda c: call(),
    "student_lookup.student_id_by_number": lambda c: call(c.p.student_no),
    "class_history.student_classes": lambda c: call(c.p.student_id),
    "class_history.class_on": lambda c: call(c.p.student_id, date.today()),
    "class_history.students_of_class": lambda c: call(c.p.class_id, c.p.year_id),
    "class_history.counts_on": lambda c: call(date.today()),
    "class_history.register_year": lambda c: call(),
    "class_history.rollover_history": lambda c: call(),
    # the student profile (each section's loader is an operation too: sample_call gives it the student)
    "profile.open_profile": lambda c: call(c.p.student_id, profile.may_see(c.session)),
    "structure.list_classes": lambda c: call(),
    "structure.add_class": lambda c: call(c.p.grade, "21班"),
    "structure.rename_class": lambda c: call(c.p.class_id, "22班"),
    "structure.set_archived": lambda c: call(c.p.empty_class_id, True),
    "staff.list_staff": lambda c: call(),
    "staff.get_staff": lambda c: call(c.p.staff_id),
    "staff.save_staff": lambda c: call(StaffEdit("吴老师", phone="13800009002")),
    "staff.set_active": lambda c: call(c.p.staff_id, False),
    "staff.link_account": lambda c: call(c.p.accounts[OTHER].id, c.p.unlinked_staff_id),
    "staff.staff_choices": lambda c: call(),
    "staff.leadable": lambda c: call(),
    "roster_import.preview_students": lambda c: call(_students_csv(c)),
    "roster_import.import_students": lambda c: call(unchecked(roster_import.preview_students, c, _students_csv(c))),
    "staff_import.preview_staff": lambda c: call(c.file("staff.csv", STAFF_CSV)),
    "staff_import.import_staff": lambda c: call(unchecked(staff_import.preview_staff, c,
                                                          c.file("staff.csv", STAFF_CSV))),
    "roster_export.export_students": lambda c: call(c.work / "roster.xlsx"),
    "rollover.preview_rollover": lambda c: call(),
    "rollover.apply_rollover": lambda c: call(unchecked(rollover.preview_rollover, c)),
    # the watch list
    "watch.list_entries": lambda c: call(),
    "watch.choices": lambda c: call(c.p.student_id),
    "watch.open_entry": lambda c: call(watch.NewEntry(c.p.watch["free_student"], watch.EntryEdit("self", "样例"),
                                                      "yellow")),
    "watch.edit_entry": lambda c: call(c.p.watch["entry"], watch.EntryEdit("family", "更正"),
                                       _rev(c.session, c.p.watch["entry"])),
    "watch.change_level": lambda c: call(c.p.watch["entry"], "red", "样例", _rev(c.session, c.p.watch["entry"])),
    "watch.change_severity": lambda c: call(c.p.watch["entry"], "severe", "样例",
                                            _rev(c.session, c.p.watch["entry"])),
    "watch.move_state": lambda c: call(c.p.watch["entry"], "observing", "", _rev(c.session, c.p.watch["entry"])),
    "watch.set_responsible": lambda c: call(c.p.watch["entry"], ((c.p.staff_id, "counselor"),),
                                            _rev(c.session, c.p.watch["entry"])),
    "watch_closing.request_close": lambda c: call(c.p.watch["entry"], "improved", "样例",
                                                  _rev(c.session, c.p.watch["entry"])),
    "watch_closing.withdraw_close": lambda c: call(c.p.watch["asked"], _rev(c.session, c.p.watch["asked"])),
    "watch_closing.approve_close": lambda c: call(c.p.watch["asked"], _rev(c.session, c.p.watch["asked"])),
    "watch_closing.reject_close": lambda c: call(c.p.watch["asked"], "样例", _rev(c.session, c.p.watch["asked"])),
    "watch_closing.reopen": lambda c: call(c.p.watch["closed"], "orange", "样例", _rev(c.session, c.p.watch["closed"])),
    "watch_records.save_plan": lambda c: call(c.p.watch["entry"], watch_records.PlanEdit("新目标", (
        watch_records.MeasureEdit("group", "样例", date.today(), owner_other="心理老师"),)), 1),
    "watch_records.set_measure_state": lambda c: call(c.p.watch["measure"], "done"),
    "watch_records.add_followup": lambda c: call(c.p.watch["entry"], watch_records.FollowUpEdit(date.today(), "talk",
                                                                                                "样例")),
    "watch_records.add_followup_addendum": lambda c: call(c.p.watch["followup"], "补充"),
    "watch_records.add_contact": lambda c: call(c.p.watch["entry"], watch_records.ContactEdit(
        date.today(), "父亲", "meeting", "reached", "样例")),
    "watch_records.add_contact_addendum": lambda c: call(c.p.watch["contact"], "补充"),
    "watch_detail.get_entry": lambda c: call(c.p.watch["entry"]),
    "watch_detail.get_plan_version": lambda c: call(c.p.watch["plan"]),
    "watch_loop.my_overdue": lambda c: call(),
    "watch_loop.levels": lambda c: call(),
    "watch_loop.save_levels": lambda c: call(list(DEFAULT_LEVELS)),
    "watch_documents.export_watchlist": lambda c: call(c.work / "watch.xlsx", masked=True),
    # screening
    "screening.list_scales": lambda c: call(),
    "screening.add_scale": lambda c: call(_scale_file(c)),
    "screening.create_campaign": lambda c: call(screening.CampaignEdit("样例测评二", "PHQ-9", (c.p.screening["grade"],))),
    "screening.list_campaigns": lambda c: call(),
    "screening.campaign_warnings": lambda c: call(screening.CampaignEdit("样例", "SCL-90", (c.p.screening["grade"],))),
    "screening.campaign_coverage": lambda c: call(c.p.screening["campaign"]),
    "screening.set_disposition": lambda c: call(c.p.screening["campaign"], c.p.screening["due_student"], "absent",
                                                "病假"),
    "screening_import.preview_screening": lambda c: call(_screening_csv(c), scale="PHQ-9", campaign="样例测评"),
    "screening_import.import_screening": lambda c: call(unchecked(screening_import.preview_screening, c,
                                                                 _screening_csv(c), scale="PHQ-9",
                                                                 campaign="样例测评三")),
    "screening_candidates.make_candidates": lambda c: call(c.p.screening["campaign"]),
    "screening_candidates.candidate_list": lambda c: call(c.p.screening["campaign"]),
    "screening_results.campaign_results": lambda c: call(c.p.screening["campaign"]),
    "screening_results.result_detail": lambda c: call(c.p.screening["result"]),
    "screening_results.result_answers": lambda c: call(c.p.screening["key_result"], "复核前查看"),
    "screening_export.export_campaign": lambda c: call(c.p.screening["campaign"], c.work / "screening.xlsx"),
    "screening_results.campaign_targets": lambda c: call(c.p.screening["campaign"]),
    "screening_corrections.remove_result": lambda c: call(c.p.screening["result"], "重复答卷"),
    "screening_corrections.move_result": lambda c: call(c.p.screening["result"], c.p.screening["due_student"],
                                                        "学号录错"),
    "screening_corrections.preview_rescore": lambda c: call(_corrected_phq(c)),
    "screening_corrections.rescore_campaign": lambda c: call(_rescore_preview(c), "界值更正"),
    # duty rosters
    "duty.duty_semesters": lambda c: call(),
    "duty.duty_setup": lambda c: call(c.p.duty["semester"]),
    "duty.save_post": lambda c: call("线上"),
    "duty.add_default_posts": lambda c: call(),
    "duty.save_template": lambda c: call(c.p.duty["semester"], _duty_template(c)),
    "duty.remove_template": lambda c: call(c.p.duty["spare"]),
    "duty.set_members": lambda c: call(c.p.duty["semester"], tuple(c.p.duty["people"][:3])),
    "duty.add_unavailability": lambda c: call(c.p.duty["semester"], _duty_unavailable(c)),
    "duty.remove_unavailability": lambda c: call(c.p.duty["unavailable"]),
    "duty.set_makeup_timetable": lambda c: call(c.p.duty["makeup"], 2),
    "duty.clone_setup": lambda c: call(c.p.duty["semester"], c.p.duty["empty_semester"]),
    "duty_roster.preview_roster": lambda c: call(c.p.duty["semester"], c.p.duty["first"], c.p.duty["last"]),
    "duty_roster.apply_roster": lambda c: call(unchecked(_duty_preview(), c, c.p.duty["semester"], c.p.duty["first"],
                                                         c.p.duty["last"])),
    "duty_roster.coverage": lambda c: call(c.p.duty["semester"], c.p.duty["first"], c.p.duty["last"]),
    "duty_roster.publish_roster": lambda c: call(c.p.duty["semester"], c.p.duty["last"], confirm_gaps=True),
    "duty_roster.assign": lambda c: call(*c.p.duty["free_slot"]),
    "duty_roster.reassign": lambda c: call(c.p.duty["edit"], c.p.duty["people"][3]),
    "duty_roster.unassign": lambda c: call(c.p.duty["edit"]),
    "duty_roster.month_roster": lambda c: call(c.p.duty["first"].year, c.p.duty["first"].month),
    "duty_roster.my_duties": lambda c: call(staff_id=c.p.duty["people"][0]),
    "duty_roster.fairness": lambda c: call(c.p.duty["semester"]),
    "duty_changes.list_changes": lambda c: call(),
    "duty_changes.request_swap": lambda c: call(*c.p.duty["swap"]),
    "duty_changes.request_cover": lambda c: call(c.p.duty["cover"], c.p.duty["people"][1]),
    "duty_changes.accept_swap": lambda c: call(c.p.duty["asked"]),
    "duty_changes.decline_swap": lambda c: call(c.p.duty["asked"]),
    "duty_changes.withdraw_change": lambda c: call(c.p.duty["asked"]),
    "duty_changes.approve_change": lambda c: call(c.p.duty["accepted"]),
    "duty_changes.reject_change": lambda c: call(c.p.duty["asked"]),
    "duty_log.get_log": lambda c: call(c.p.duty["past"]),
    "duty_log.save_log": lambda c: call(c.p.duty["past"], _duty_log_edit()),
    "duty_log.add_contact": lambda c: call(c.p.duty["past"], _duty_contact()),
    "duty_log.sign_log": lambda c: _duty_sign(c),
    "duty_log.missing_logs": lambda c: call(),
    "duty_documents.export_duty": lambda c: call(c.p.duty["first"], c.p.duty["last"], c.work / "duty.xlsx"),
    "duty_import.preview_unavailability": lambda c: call(_duty_sheet(c), semester_id=c.p.duty["semester"]),
    "duty_import.import_unavailability": lambda c: call(_duty_sheet(c), semester_id=c.p.duty["semester"]),
    # review meetings (the record's variant: the draft meeting, or the finalized one)
    "meetings.create_meeting": lambda c: call(_new_meeting(c)),
    "meetings.edit_meeting": lambda c: call(_meeting(c), _meeting_edit(c), _meeting_rev(c)),
    "meetings.set_other_matters": lambda c: call(_meeting(c), "宿舍走访未见异常", _meeting_rev(c)),
    "meetings.start_meeting": lambda c: call(_meeting(c), _meeting_rev(c)),
    "meetings.abandon_meeting": lambda c: call(_meeting(c), "改期", _meeting_rev(c)),
    "meetings_agenda.refresh_agenda": lambda c: call(_meeting(c)),
    "meetings_agenda.add_student": lambda c: call(_meeting(c), c.p.meetings["free"]),
    "meetings_agenda.remove_item": lambda c: call(_meeting(c), c.p.meetings["hand"]),
    "meetings_agenda.reorder": lambda c: call(_meeting(c), c.p.meetings["order"]),
    "meetings_agenda.get_meeting": lambda c: call(c.p.meetings["draft"]),
    "meetings_attendance.set_attendees": lambda c: call(_meeting(c), (_attendee(),), _meeting_rev(c)),
    "meetings_decisions.record_decision": lambda c: call(_meeting(c), c.p.meetings["decided"], _decision()),
    "meetings_decisions.clear_decision": lambda c: call(_meeting(c), c.p.meetings["decided"]),
    "meetings_decisions.get_decision": lambda c: call(c.p.meetings["draft"], c.p.meetings["decided"]),
    "meetings_finalize.finalize_meeting": lambda c: call(
        c.p.meetings["ready" if c.variant == "author" else "final"],
        _meeting_rev(c, c.p.meetings["ready" if c.variant == "author" else "final"])),
    "meetings_finalize.add_addendum": lambda c: call(c.p.meetings["final"], "补充说明"),
    "meetings_finalize.referral_suggestions": lambda c: call(),
    "meetings_finalize.link_referral": lambda c: call(c.p.meetings["refer"], 9001),
    "meetings_minutes.minutes": lambda c: call(c.p.meetings["final"], identity=True),
    "meetings_overview.year_overview": lambda c: call(c.p.year_id),
    "meetings_overview.grades_without_meeting": lambda c: call(),
    "meetings_overview.grades_short": lambda c: call(),
    "meetings_overview.overdue_actions": lambda c: call(staff_id=c.p.meetings["staff"]),
    "meetings_overview.open_actions_for_agenda": lambda c: call(c.p.meetings["draft"]),
    "meetings_overview.list_meetings": lambda c: call(),
    "meetings_preview.finalize_preview": lambda c: call(c.p.meetings["draft"]),
    "compliance_logs.save_log": lambda c: call("publicity", _publicity()),
    "compliance_logs.remove_log": lambda c: call("publicity", unchecked(compliance_logs.save_log, c, "publicity",
                                                                        _publicity())),
    "compliance_logs.list_logs": lambda c: call("lesson", "2026-01-01", "2027-12-31"),
    "compliance_logs.get_year_resources": lambda c: call(c.p.year_id),
    "compliance_logs.save_year_resources": lambda c: call(c.p.year_id, compliance_logs.YearResourcesEdit(1000, 1)),
    "bureau_export.set_codes": lambda c: call("SFZX", "340100"),
    "bureau_export.export_bureau": lambda c: call(None, c.work, "期末报送"),
    "bureau_export.preview_report": lambda c: call(),
    "compliance.periods": lambda c: call(),
    "compliance.indicator_evidence": lambda c: call(_year_name(c), "courses"),
    "compliance_import.preview_logs": lambda c: call(_lessons_csv(c), kind="lesson"),
    "compliance_import.import_logs": lambda c: call(_lessons_csv(c), kind="lesson"),
    "policy_profiles.current_profile": lambda c: call(),
    "policy_profiles.apply_profile": lambda c: call("anhui_2023_family2"),
    "policy_profiles.apply_profile_file": lambda c: call(c.file("p.json", '{"name": "x", "thresholds": {}}')),
    "compliance_logs.choices": lambda c: call(),
    "compliance_logs.list_year": lambda c: call(),
    "compliance.dashboard": lambda c: call(),
}

import referral_samples  # noqa: E402 - its samples join these (it imports nothing of this module)

SAMPLES.update(referral_samples.SAMPLES)
DOCUMENT_PARAMS.update(referral_samples.DOCUMENTS)


def _new_meeting(c):
    from counselor_app.services import meetings

    return meetings.NewMeeting(c.p.meetings["grade"], c.p.meetings["day"].strftime("%Y-%m"), _meeting_edit(c),
                               "样例临时会")


def _attendee():
    from counselor_app.services import meetings_attendance

    return meetings_attendance.AttendeeEdit("expert", name="李医生", organisation="市精神卫生中心")


def _decision():
    from counselor_app.services import meetings_decisions

    return meetings_decisions.DecisionEdit("maintain", parent_contact="班主任电话告知")


def _duty_sheet(c) -> Path:
    """A sheet of unavailability naming the first person of the duty list (a weekly lunch)."""
    name = c.session.conn.execute("SELECT name FROM staff WHERE id = ?", (c.p.duty["people"][0],)).fetchone()[0]
    return c.file("unavailable.csv", f"姓名,星期,时段,原因\n{name},星期三,午休,上课\n")


def _duty_template(c):
    from counselor_app.services import duty

    return duty.TemplateEdit(c.p.duty["room"], 3, "晚自习", "19:00", "21:00")


def _duty_unavailable(c):
    from counselor_app.services import duty

    return duty.UnavailableEdit(c.p.duty["people"][0], "meeting", weekday=2)


def _duty_preview():
    from counselor_app.services import duty_roster

    return duty_roster.preview_roster


def _duty_log_edit():
    from counselor_app.services import duty_log

    return duty_log.LogEdit("12:05", "13:35", None, True, True, True, "值班室")


def _duty_contact():
    from counselor_app.services import duty_log

    return duty_log.ContactEdit("12:30", "anonymous", "emotions", "on_the_spot", minutes=15)


def _duty_sign(c):
    """sign_log needs the times written: written here (unchecked) before the call under test."""
    from counselor_app.services import duty_log

    unchecked(duty_log.save_log, c, c.p.duty["past"], _duty_log_edit())
    return call(c.p.duty["past"])


def sample_call(name: str, fn: Callable) -> Callable[[Ctx], tuple[tuple, dict]] | None:
    """The sample of operation ``name``: from SAMPLES, or for a profile section's loader, the student."""
    if name in SAMPLES:
        return SAMPLES[name]
    if getattr(fn, "section", None) is not None:   # services/profile.py: profile_section(...)
        return lambda c: call(c.p.student_id)
    return None


def _publicity():
    return compliance_logs.PublicityEdit(date(2026, 9, 10), "全体教师心理健康宣传", "all_staff", 50)

SAMPLES.update(appointment_samples.APPOINTMENT_SAMPLES)


def _year_name(c) -> str:
    from counselor_app.services import compliance

    return unchecked(compliance.periods, c)[0][0]


def _lessons_csv(c) -> Path:
    return c.file("lessons.csv", f"班级,日期,课题\n{c.p.class_label},2026-09-08,认识自我\n")
DOCUMENT_PARAMS.update(appointment_samples.APPOINTMENT_DOCUMENTS)
