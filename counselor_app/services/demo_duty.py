"""The demo office's duty roster, written through the duty services (services/demo.py calls this): two posts
(辅导室 at lunch and after class, 热线 at lunch for counselors), the counselors and a few trained head teachers on
the duty list, a teacher's weekly class as unavailability; the semester of ``today`` generated and published (as
far as the holidays are known), the logs of the past month written (most signed, a few left for the list of
missing logs), one swap approved (the head asks, the counselor accepts from her own account, the head approves),
one cover approved and one swap still waiting for the counselor's answer. Only synthetic people; a second or so.
"""
from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from counselor_app.domain.errors import UserError
from counselor_app.services import duty, duty_changes, duty_log, duty_roster, office
from counselor_app.services.session import Session
from counselor_app.store import users as user_store
from counselor_app.store.crypto import KdfParams

ROOM, HOTLINE = "辅导室", "热线"
SHIFTS = ((ROOM, "午休", "12:10", "13:30", ()), (ROOM, "课后", "16:40", "17:40", ()),
          (HOTLINE, "午休", "12:10", "13:30", ("counselor_full", "counselor_part")))
LOG_DAYS = 31          # the past days whose logs are written (the list of missing logs looks back 30)
HANDOVER = "来访学生情绪已平稳，约定下周二午休复谈；热线记录本已放回柜中。"


def _semester(session: Session, today: date):
    semesters = duty.duty_semesters(session)
    return (next((s for s in semesters if s.start <= today <= s.end), None)
            or next((s for s in semesters if s.start > today), None))


def _covered_end(session: Session, sem, first: date) -> date | None:
    """The semester's last day whose year's holidays are known (the package or the office), from ``first``."""
    last = sem.end
    while last >= first:
        try:
            duty_roster.inputs(session, sem.id, first, last)
            return last
        except duty_roster.YearNotCovered:
            last = date(last.year - 1, 12, 31)
    return None


def write_duty(data_dir: Path, logins: dict[str, str], password: str, kdf: KdfParams | None, today: date,
               head: Session) -> Session:
    """Set up, generate, publish and change the roster with ``head``'s session (the office head, linked to a staff
    member); the counselor logs in once to accept the swap. Returns ``head``."""
    sem = _semester(head, today)
    if sem is None:
        return head
    setup = duty.duty_setup(head, sem.id)
    counselors = [p for p in setup.people if {"counselor_full", "counselor_part"} & set(p.roles) and p.may_serve]
    teachers = [p for p in setup.people if "head_teacher" in p.roles and p not in counselors and p.may_serve][:3]
    people = counselors + teachers
    if len(people) < 2:
        return head
    posts = {name: duty.save_post(head, name) for name in (ROOM, HOTLINE)}
    for post, period, start, end, roles in SHIFTS:
        for wd in range(5):
            duty.save_template(head, sem.id, duty.TemplateEdit(posts[post], wd, period, start, end, roles=roles))
    duty.set_members(head, sem.id, tuple(p.staff_id for p in people))
    if teachers:   # teaches on Tuesday afternoons: never on the after-class duty that day
        duty.add_unavailability(head, sem.id, duty.UnavailableEdit(teachers[0].staff_id, "teaching", weekday=1,
                                                                   period="课后"))
    last = _covered_end(head, sem, sem.start)
    if last is None:
        return head
    preview = duty_roster.preview_roster(head, sem.id, sem.start, last, today=sem.start)
    duty_roster.apply_roster(head, preview)
    duty_roster.publish_roster(head, sem.id, last, confirm_gaps=True)
    _write_logs(head, today)
    return _changes(data_dir, logins, password, kdf, head, [p.staff_id for p in people], today)


def _write_logs(head: Session, today: date) -> None:
    shifts = _all_shifts(head, today - timedelta(days=LOG_DAYS), today - timedelta(days=1))
    for n, s in enumerate(shifts):
        if n % 11 == 5:
            continue                          # never written: on the list of missing logs
        day = date.fromisoformat(s.day)
        duty_log.save_log(head, s.id, duty_log.LogEdit(s.start_time, s.end_time, HANDOVER if n % 3 == 0 else None,
                                                       True, True, n % 4 != 1, "值班室" if n % 2 else ""), today=day)
        if n % 4 == 0:
            duty_log.add_contact(head, s.id, duty_log.ContactEdit(s.start_time, "student", "study", "on_the_spot",
                                                                  booked=n % 8 == 0, minutes=25), today=day)
        if n == 8:
            duty_log.add_contact(head, s.id, duty_log.ContactEdit(s.start_time, "student", "safety", "crisis",
                                                                  minutes=50, crisis=True, reported_to="心理中心主任"),
                                 today=day)
        if n % 11 != 3:
            duty_log.sign_log(head, s.id)     # n % 11 == 3: begun, not signed


def _all_shifts(session: Session, first: date, last: date):
    from counselor_app.store import duty as store

    return store.shifts(session.conn, first.isoformat(), last.isoformat())


def _try(call) -> bool:
    try:
        call()
        return True
    except UserError:
        return False


def _changes(data_dir: Path, logins: dict[str, str], password: str, kdf: KdfParams | None, head: Session,
             people: list[int], today: date) -> Session:
    """The swaps and the cover; the office is open in one session at a time, so the head's session is closed while
    the counselor answers, and the head logs in again (the session returned)."""
    start = max(today, date.today()) + timedelta(days=1)
    coming = _all_shifts(head, start, start + timedelta(days=28))
    own = head.user.staff_id
    swaps: list[int] = []
    used: set[int] = set()
    found = user_store.by_login(head.conn, logins["counselor"])
    colleague = found.staff_id if found is not None else None
    for a in (s for s in coming if s.staff_id == own):
        for b in (s for s in coming if s.staff_id == colleague):
            if a.id in used or b.id in used or a.day == b.day:
                continue
            if _try(lambda: swaps.append(duty_changes.request_swap(head, a.id, b.id, "meeting"))):
                used |= {a.id, b.id}
                break
        if len(swaps) == 2:
            break
    if swaps:
        head.close()
        with office.login(data_dir, logins["counselor"], password, kdf) as counselor:
            duty_changes.accept_swap(counselor, swaps[0])   # the second waits for her answer
        head = office.login(data_dir, logins["head"], password, kdf)
        duty_changes.approve_change(head, swaps[0])
    for s in coming:
        if s.id in used or s.staff_id in (own, colleague):
            continue
        day = date.fromisoformat(s.day)
        replacement = next((p for p in people if p != s.staff_id and _try(
            lambda p=p: duty_roster.check_person_on(head, day, s.template_id, p))), None)
        if replacement is not None:
            duty_changes.approve_change(head, duty_changes.request_cover(head, s.id, replacement, "leave"))
            break
    return head
