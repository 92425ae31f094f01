"""A synthetic office for trying the app, for tests and for benchmarks. Only invented people."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from counselor_app.domain.demo_data import generate_school
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from counselor_app.domain.roles import Role
from counselor_app.domain.school import SchoolProfile, SchoolType
from counselor_app.services import class_history, recovery
from counselor_app.services.office import NewOffice, create_office
from counselor_app.services.users import add_user
from counselor_app.store import audit, classes, dorms, grades, staff as staff_store, students as student_store, users
from counselor_app.store.crypto import KdfParams
from counselor_app.store.database import transaction

DEMO_PASSWORD = "Xinli-2026-Office"
DEMO_LOGINS = {"demo": Role.HEAD, "counselor": Role.COUNSELOR, "assistant": Role.ASSISTANT}
DEMO_SCHOOL_NAMES = {
    SchoolType.UNIVERSITY: "示范大学（演示）",
    SchoolType.PRIMARY: "示范小学（演示）",
    SchoolType.VOCATIONAL: "示范职业学校（演示）",
}
DEFAULT_DEMO_SCHOOL = "示范中学（演示）"
MAX_DEMO_STUDENTS = 100_000
BAD_COUNT = QT_TRANSLATE_NOOP("Errors", "The number of demo students must be between 0 and {max}.")


@dataclass(frozen=True)
class DemoOffice:
    office: NewOffice
    logins: dict[str, Role]
    password: str
    students: int


def create_demo_office(data_dir: Path, students: int = 600, seed: int = 1,
                       school_type: SchoolType = SchoolType.COMPLETE_MIDDLE,
                       kdf: KdfParams | None = None, today: date | None = None, watch: bool = False,
                       duty: bool = False) -> DemoOffice:
    """A demo office of ``students`` synthetic students. ``watch``: also a watch list written over the past months
    (about 4% of the students, services/demo_watch.py): the command line's and the set-up wizard's demo have it;
    the tests' small demos, which start from an empty list, do not (and stay fast). ``duty``: also a published duty
    roster of the semester with logs, a swap and a cover (services/demo_duty.py), as the command line's and the
    set-up wizard's demo have it."""
    if not 0 <= students <= MAX_DEMO_STUDENTS:
        raise ValidationError(BAD_COUNT, max=MAX_DEMO_STUDENTS)
    today = today or date.today()
    school = generate_school(school_type.value, students, seed=seed, today=today)
    profile = SchoolProfile(DEMO_SCHOOL_NAMES.get(school_type, DEFAULT_DEMO_SCHOOL), school_type,
                            "示范市示范区学府路1号", DEMO_SCHOOL_NAMES.get(school_type, DEFAULT_DEMO_SCHOOL))
    counselors = [s for s in school.staff if "counselor_full" in s.roles]
    # the demo counselor's own staff member: a counselor who is not the head and leads no class, if there is one
    others = [s for s in school.staff
              if s not in counselors[:1] and {"counselor_full", "counselor_part"} & set(s.roles)]
    own = next((s for s in others if "head_teacher" not in s.roles and "instructor" not in s.roles),
               others[0] if others else None)
    head_name = counselors[0].name if counselors else "演示主任"
    office = create_office(data_dir, profile, "demo", head_name, DEMO_PASSWORD, kdf=kdf, today=today)
    session = office.session
    conn = session.conn
    now = audit.now_iso()
    with transaction(conn):
        recovery.mark(conn, True)  # the demo's recovery key is never shown
        staff_ids = {}
        for s in school.staff:
            staff_ids[s.key] = staff_store.insert(conn, {"name": s.name, "gender": s.gender, "phone": s.phone}, now)
            staff_store.set_roles(conn, staff_ids[s.key], s.roles)
        grade_ids = {g.key: grades.insert(conn, g.name, g.kind, g.level,
                                          staff_ids.get(g.leader_key) if g.leader_key else None, i)
                     for i, g in enumerate(school.grades)}
        class_ids = {c.key: classes.insert(conn, grade_ids[c.grade_key], c.name,
                                           staff_ids.get(c.head_teacher_key) if c.head_teacher_key else None, i)
                     for i, c in enumerate(school.classes)}
        dorm_ids: dict[str, int] = {}
        rows = []
        for st in school.students:
            dorm = None
            if st.dorm:
                dorm = dorm_ids.get(st.dorm) or dorm_ids.setdefault(st.dorm, dorms.id_for(conn, st.dorm))
            rows.append((st.student_no, st.name, st.gender, st.birth_date.isoformat(), class_ids[st.class_key],
                         dorm, int(st.boarding), int(st.is_monitor)))
        ids = student_store.insert_many(conn, rows, now)
        student_store.add_status_history(conn, [(sid, "enrolled", now, "demo", session.user.id) for sid in ids])
        class_history.keep(conn, [(sid, class_ids[st.class_key]) for sid, st in zip(ids, school.students)], today)
        student_store.insert_guardians(conn, [(sid, g.name, g.relation, g.phone, i)
                                              for sid, st in zip(ids, school.students)
                                              for i, g in enumerate(st.guardians)])
        if counselors:
            users.set_staff(conn, session.user.id, staff_ids[counselors[0].key])
        audit.append(conn, user_id=session.user.id, action="demo.create", target_type="office",
                     detail=str(len(ids)))
    for login, role in DEMO_LOGINS.items():
        if role is not Role.HEAD:
            added = add_user(session, login, {Role.COUNSELOR: "演示心理老师", Role.ASSISTANT: "演示助理"}[role], role,
                             DEMO_PASSWORD)
            with transaction(conn):  # the demo passwords are public on purpose: no forced change
                users.set_must_change_password(conn, added.id, False)
                if role is Role.COUNSELOR and own is not None:   # their start page shows their own entries
                    users.set_staff(conn, added.id, staff_ids[own.key])
    session.user = users.by_id(conn, session.user.id)
    if watch:
        from counselor_app.services.demo_watch import write_watch_list

        session.close()
        logins = {role.value: login for login, role in DEMO_LOGINS.items()}
        session = write_watch_list(data_dir, logins, DEMO_PASSWORD, kdf, today, seed, school, ids, staff_ids)
        office = replace(office, session=session)
    if watch:   # referrals in every state, a return to school in progress, a closed crisis incident
        from counselor_app.services.demo_referrals import write_referrals

        write_referrals(session, today)
    if duty:
        from counselor_app.services.demo_duty import write_duty

        logins = {role.value: login for login, role in DEMO_LOGINS.items()}
        session = write_duty(data_dir, logins, DEMO_PASSWORD, kdf, today, session)
        office = replace(office, session=session)
    if watch:   # review meetings of the last two months, decided on the watch list above (services/demo_meetings.py)
        from counselor_app.services.demo_meetings import write_meetings

        write_meetings(office.session, today)
    if watch:   # the command line's and the wizard's demo: a semester of appointments, a waiting list, records
        from counselor_app.services.demo_appointments import write_appointments

        logins = {role.value: login for login, role in DEMO_LOGINS.items()}
        office = replace(office, session=write_appointments(data_dir, logins, DEMO_PASSWORD, kdf, today,
                                                            office.session, seed))
    if watch:   # the command line's and the wizard's demo: a school year of compliance logs, some indicators red
        from counselor_app.services.demo_compliance import write_compliance

        write_compliance(office.session, today, seed)
    if watch:   # the semester's screening campaign, its candidates met on the watch list above (demo_screening.py)
        from counselor_app.services.demo_screening import write_screening

        write_screening(office.session, today, seed, school)
    return DemoOffice(office, DEMO_LOGINS, DEMO_PASSWORD, len(ids))
