"""The demo office's watch list, written through the watch-list services (services/demo.py calls this).

domain/demo_watch.py writes the script; this plays it: the counselor's steps logged in as the demo counselor, then
the head's logged in as the head (approvals, a returned closing, the reopening, a head teacher who leaves), so that
every record has the author, history, audit row and signature a real one would have. Days in the past are given
to the services as they allow: an entry opened months ago, follow-ups and contacts dated back to it, each plan
version written on its own day (``today=`` of save_plan), each closing approved on its day.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from counselor_app.domain import demo_watch
from counselor_app.domain.demo_data import DemoSchool
from counselor_app.services import office, staff as staff_service, students as student_service
from counselor_app.services import watch, watch_closing, watch_records
from counselor_app.services.session import Session
from counselor_app.store import staff as staff_store, watch as entry_store, watch_records as record_store
from counselor_app.store.crypto import KdfParams


def pupils_of(school: DemoSchool) -> list[demo_watch.Pupil]:
    """The register's students as the script sees them (a class's 心理委员 by index)."""
    monitors: dict[str, int] = {}
    for n, st in enumerate(school.students):
        if st.is_monitor:
            monitors.setdefault(st.class_key, n)
    out = []
    for n, st in enumerate(school.students):
        monitor = monitors.get(st.class_key)
        out.append(demo_watch.Pupil(st.gender, st.boarding, st.class_key,
                                    st.guardians[0].relation if st.guardians else "",
                                    monitor if monitor is not None and monitor != n else None))
    return out


def write_watch_list(data_dir: Path, logins: dict[str, str], password: str, kdf: KdfParams | None, today: date,
                     seed: int, school: DemoSchool, student_ids: list[int], staff_ids: dict[str, int]) -> Session:
    """Play the script; returns the head's session (logged in again at the end, as create_demo_office returns)."""
    university = any(g.kind == "department" for g in school.grades)
    pupils = pupils_of(school)
    cases = demo_watch.generate(pupils, today, seed, university)
    leader = next((staff_ids[s.key] for s in school.staff if "school_leader" in s.roles), None)
    player = _Player(cases, school, pupils, student_ids, leader, today)
    with office.login(data_dir, logins[demo_watch.COUNSELOR], password, kdf) as counselor:
        player.play(counselor, demo_watch.COUNSELOR)
    head = office.login(data_dir, logins[demo_watch.HEAD], password, kdf)
    try:
        player.play(head, demo_watch.HEAD)
    except BaseException:
        head.close()
        raise
    return head


class _Player:
    def __init__(self, cases, school: DemoSchool, pupils: list[demo_watch.Pupil], student_ids: list[int],
                 leader: int | None, today: date) -> None:
        self.cases, self.school, self.pupils, self.ids = cases, school, pupils, student_ids
        self.leader, self.today = leader, today
        self.university = any(g.kind == "department" for g in school.grades)
        self.teacher = "辅导员" if self.university else "班主任"
        self.done = [0] * len(cases)
        self.entries: list[int | None] = [None] * len(cases)
        self.followups: list[list[int]] = [[] for _ in cases]
        self.contacts: list[list[int]] = [[] for _ in cases]

    def play(self, session: Session, actor: str) -> None:
        for n, case in enumerate(self.cases):
            while self.done[n] < len(case.steps) and case.steps[self.done[n]].actor == actor:
                step = case.steps[self.done[n]]
                getattr(self, f"_{step.kind}")(session, n, step, **step.data)
                self.done[n] += 1
        if actor == demo_watch.HEAD:
            left = [n for n, case in enumerate(self.cases) if self.done[n] != len(case.steps)]
            assert not left, f"demo watch script out of order in cases {left}"

    def _revision(self, session: Session, n: int) -> int:
        return entry_store.entry(session.conn, self.entries[n]).revision

    # -- the entry --------------------------------------------------------------------------------------------
    def _open(self, session, n, step, *, source, concern, level, severity, state, peer, parent) -> None:
        case = self.cases[n]
        pupil = self.school.students[case.pupil]
        monitor = self.pupils[case.pupil].monitor
        monitor = self.ids[monitor] if peer and monitor is not None else None
        guardian = pupil.guardians[0] if parent and pupil.guardians else None
        edit = watch.EntryEdit(source, concern, peer_student_id=monitor,
                               parent_name=guardian.name if guardian else "",
                               parent_relation=guardian.relation if guardian else "",
                               parent_phone=guardian.phone if guardian else "")
        self.entries[n] = watch.open_entry(session, watch.NewEntry(self.ids[case.pupil], edit, level, severity, state,
                                                                   opened_on=step.day), today=self.today)

    def _severity(self, session, n, step, *, severity, reason) -> None:
        watch.change_severity(session, self.entries[n], severity, reason, self._revision(session, n))

    def _move(self, session, n, step, *, state, reason) -> None:
        watch.move_state(session, self.entries[n], state, reason, self._revision(session, n))

    def _level(self, session, n, step, *, level, reason) -> None:
        watch.change_level(session, self.entries[n], level, reason, self._revision(session, n))

    def _leader(self, session, n, step, *, reason) -> None:
        if self.leader is None:
            return
        people = [(r.staff_id, r.duty) for r in entry_store.responsible(session.conn, self.entries[n])]
        watch.set_responsible(session, self.entries[n], tuple(people + [(self.leader, "leader")]),
                              self._revision(session, n), reason)

    # -- what is written into it ----------------------------------------------------------------------------
    def _plan(self, session, n, step, *, goal, measures, medication, notes) -> None:
        entry = self.entries[n]
        people = entry_store.responsible(session.conn, entry)
        owners = {duty: next((r.staff_id for r in people if r.duty == duty), None)
                  for duty in ("counselor", "head_teacher")}
        edits = []
        for m in measures:   # a duty nobody holds on the entry (a class without a head teacher): named in words
            owner = owners.get(m["owner"])
            other = "" if owner is not None else {"counselor": "心理教师", "head_teacher": self.teacher}.get(
                m["owner"], m["owner"])
            edits.append(watch_records.MeasureEdit(m["type"], m["description"], m["start"], owner, other,
                                                   m["frequency"], m["due"], m["state"]))
        current = record_store.current_plan(session.conn, entry)
        watch_records.save_plan(session, entry, watch_records.PlanEdit(goal, tuple(edits), medication, notes),
                                current.version if current else 0, today=step.day)

    def _measure(self, session, n, step, *, position, state) -> None:
        plan = record_store.current_plan(session.conn, self.entries[n])
        measure = next(m for m in record_store.measures(session.conn, plan.id) if m.position == position)
        watch_records.set_measure_state(session, measure.id, state)

    def _followup(self, session, n, step, *, method, seen, rating) -> None:
        self.followups[n].append(watch_records.add_followup(
            session, self.entries[n], watch_records.FollowUpEdit(step.day, method, seen, rating), today=self.today))

    def _followup_addendum(self, session, n, step, *, of, body) -> None:
        watch_records.add_followup_addendum(session, self.followups[n][of], body, today=step.day)

    def _contact(self, session, n, step, *, person, way, result, facts, support, agreements, next_contact) -> None:
        self.contacts[n].append(watch_records.add_contact(session, self.entries[n], watch_records.ContactEdit(
            step.day, person, way, result, facts, support, agreements, next_contact), today=self.today))

    def _contact_addendum(self, session, n, step, *, of, body) -> None:
        watch_records.add_contact_addendum(session, self.contacts[n][of], body, today=step.day)

    # -- closing ----------------------------------------------------------------------------------------------
    def _close(self, session, n, step, *, reason, explanation) -> None:
        watch_closing.request_close(session, self.entries[n], reason, explanation, self._revision(session, n),
                                    today=step.day)

    def _approve(self, session, n, step) -> None:
        watch_closing.approve_close(session, self.entries[n], self._revision(session, n), today=step.day)

    def _reject(self, session, n, step, *, reason) -> None:
        watch_closing.reject_close(session, self.entries[n], reason, self._revision(session, n))

    def _reopen(self, session, n, step, *, level, reason) -> None:
        watch_closing.reopen(session, self.entries[n], level, reason, self._revision(session, n), today=step.day)

    # -- the register around it -------------------------------------------------------------------------------
    def _head_teacher_leaves(self, session, n, step, *, name, gender) -> None:
        """The class's head teacher leaves the school; a new one takes over the classes they led. The entry keeps
        the one who left, to be replaced: the loop lists it (responsible person lost)."""
        old = entry_store.class_head(session.conn, self.ids[self.cases[n].pupil])
        if old is None:
            return
        led = staff_store.classes_led(session.conn, old)
        staff_service.set_active(session, old, False)
        role = "instructor" if self.university else "head_teacher"
        staff_service.save_staff(session, staff_service.StaffEdit(name, gender=gender, roles=(role,),
                                                                  class_ids=tuple(led)))

    def _transfer(self, session, n, step, *, reason) -> None:
        student_service.change_status(session, self.ids[self.cases[n].pupil], "transferred", reason)

