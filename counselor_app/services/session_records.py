"""Counseling session records (心理辅导记录): written after a completed session, numbered per year (2026-001),
every clinical field sealed with the clinical key.

The record-level rule (domain/access.py, SESSION_RECORD): a record is open to its author and the office head only —
another counselor is refused (audited as denied.session_record.view), an assistant never gets past the role's
VIEW_SESSION_NOTES. Only the author writes and signs it; signing stores the digest of its content, signed with the
author's key, and locks it (a trigger refuses every later change but the re-sealing of its fields); later words
are addenda, by the author or the head. The record may add a follow-up to the student's watch-list entry.
Every look and write is audited under the student.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

from counselor_app.domain import access, appointment as rules
from counselor_app.domain.areas import Area
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from counselor_app.domain.roles import Permission, Role
from counselor_app.services.appointments import audit_students, load
from counselor_app.services.operations import changing, operation
from counselor_app.services.session import Session
from counselor_app.store import appointments as appt_store, audit, office as office_store
from counselor_app.store import session_records as store, signing as sig

NOT_COMPLETED = QT_TRANSLATE_NOOP("Errors", "A session record is written after the session was held (mark it as "
                                            "completed first).")
NOT_YOURS = QT_TRANSLATE_NOOP("Errors", "The counselor who held the session writes its record.")
NO_RECORD = QT_TRANSLATE_NOOP("Errors", "This session record does not exist.")
SIGNED = QT_TRANSLATE_NOOP("Errors", "This session record is signed and locked: add an addendum instead.")
ONLY_AUTHOR = QT_TRANSLATE_NOOP("Errors", "Only the author of a session record changes or signs it.")
EMPTY = QT_TRANSLATE_NOOP("Errors", "Write at least the presenting problem and the process before signing.")
FIELD_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "A field of the record is too long (at most {max} characters).")
NO_ADDENDUM = QT_TRANSLATE_NOOP("Errors", "Write the addendum.")
NOT_SIGNED = QT_TRANSLATE_NOOP("Errors", "An addendum is added to a signed record; change the record itself "
                                         "until it is signed.")
NO_WATCH_ENTRY = QT_TRANSLATE_NOOP("Errors", "The student has no open watch-list entry to add a follow-up to.")
PLACE_ONLINE = QT_TRANSLATE_NOOP("SessionRecord", "online")

MAX_FIELD = 4000


@dataclass(frozen=True)
class RecordEdit:
    """The template (FORMS.md): a DAP/SOAP-like record of one session."""
    complaint: str = ""          # 主诉
    state_seen: str = ""         # 当前状态与观察
    assessment: str = ""         # 问题评估与分析
    goal: str = ""               # 辅导目标
    process: str = ""            # 辅导过程
    intervention: str = ""       # 干预措施
    response: str = ""           # 学生反应
    homework: str = ""           # 家庭作业
    evaluation: str = ""         # 效果评估
    next_day: date | None = None   # the next appointment


@dataclass(frozen=True)
class RecordView:
    row: store.RecordRow
    edit: RecordEdit
    student_ids: tuple[int, ...]
    student_names: tuple[str, ...]
    addenda: tuple[tuple[store.AddendumRow, str], ...]
    signature_ok: bool | None       # None: not signed (or signed without a key)


def _load(session: Session, record_id: int) -> store.RecordRow:
    row = store.record(session.conn, record_id)
    if row is None:
        raise ValidationError(NO_RECORD)
    return row


def _texts(edit: RecordEdit) -> dict[str, str]:
    out = {}
    for name in store.FIELDS:
        value = (getattr(edit, name) or "").strip()
        if len(value) > MAX_FIELD:
            raise ValidationError(FIELD_TOO_LONG, max=MAX_FIELD)
        out[name] = value
    return out


def record_digest(row: store.RecordRow, texts: dict[str, str]) -> str:
    content = {"number": row.number, "appointment": row.appointment_id, "author": row.author_id, "day": row.on_day,
               "start": row.start, "end": row.end, "place": row.place, "form": row.form, "mode": row.mode,
               "referral": row.referral, "next_day": row.next_day, **texts}
    return sig.digest(sig.canonical(content))


def _statement(session: Session, row: store.RecordRow, digest: str) -> bytes:
    return sig.statement("session_record", office_store.office_id(session.conn), row.id, row.number, row.author_id,
                         digest)


@operation((Permission.MANAGE_APPOINTMENTS, Permission.VIEW_SESSION_NOTES), changes={Area.APPOINTMENTS},
           audit="session_record.save", target="appointment")
def save_record(session: Session, appointment_id: int, edit: RecordEdit) -> int:
    """Write (or rewrite, until signed) the record of a completed session; numbered when first saved."""
    appt = load(session, appointment_id)
    if appt.state != rules.State.COMPLETED.value:
        raise ValidationError(NOT_COMPLETED)
    existing = store.of_appointment(session.conn, appointment_id)
    if existing is None and appt.counselor_id != session.user.id:
        raise ValidationError(NOT_YOURS)
    if existing is not None:
        session.require_record(access.SESSION_RECORD, access.VIEW, existing)
        if existing.author_id != session.user.id:
            raise ValidationError(ONLY_AUTHOR)
        if existing.signed_at:
            raise ValidationError(SIGNED)
    texts = _texts(edit)
    at = audit.now_iso()
    with changing(session, "session_record.save") as note:
        if existing is None:
            year = int(appt.day[:4])
            record_id = store.insert(session.conn, {
                "appointment_id": appt.id, "year": year, "seq": store.next_seq(session.conn, year),
                "author_id": session.user.id, "on_day": appt.day, "start": appt.start, "end": appt.end,
                "place": appt.room_name if appt.mode == rules.Mode.ROOM.value else "", "form": appt.kind,
                "mode": appt.mode, "referral": appt.referral,
                "next_day": edit.next_day.isoformat() if edit.next_day else None}, at)
        else:
            record_id = existing.id
            store.update(session.conn, record_id, {"next_day": edit.next_day.isoformat() if edit.next_day else None},
                         at)
        for name, value in texts.items():
            store.SEALED[name].write(session.conn, session.clinical, record_id, value or None)
        audit_students(session, note, "session_record.save", appt.id, appt.student_ids, f"record={record_id}")
    return record_id


def _read(session: Session, row: store.RecordRow) -> dict[str, str]:
    return {name: store.SEALED[name].read(session.conn, session.clinical, row.id) or "" for name in store.FIELDS}


@operation((Permission.MANAGE_APPOINTMENTS, Permission.VIEW_SESSION_NOTES), changes={Area.APPOINTMENTS},
           audit="session_record.sign", target="session_record")
def sign_record(session: Session, record_id: int) -> str:
    """Sign the record: its digest signed with the author's key; locked from now on. Returns the record number.
    Only its author signs (the record rule refuses others first; the head, who may read it, is told why)."""
    row = _load(session, record_id)
    session.require_record(access.SESSION_RECORD, access.VIEW, row)
    if row.author_id != session.user.id:
        raise ValidationError(ONLY_AUTHOR)
    if row.signed_at:
        raise ValidationError(SIGNED)
    texts = _read(session, row)
    if not texts["complaint"] or not texts["process"]:
        raise ValidationError(EMPTY)
    digest = record_digest(row, texts)
    signature = session.signer.sign(_statement(session, row, digest)) if session.signer is not None else None
    appt = load(session, row.appointment_id)
    at = audit.now_iso()
    with changing(session, "session_record.sign") as note:
        store.update(session.conn, row.id, {"signed_at": at, "digest": digest, "signature": signature}, at)
        audit_students(session, note, "session_record.sign", appt.id, appt.student_ids, f"record={row.id}")
    return row.number


@operation((Permission.MANAGE_APPOINTMENTS, Permission.VIEW_SESSION_NOTES), changes={Area.APPOINTMENTS},
           audit="session_record.addendum", target="session_record", record=(access.SESSION_RECORD, access.VIEW))
def add_addendum(session: Session, record_id: int, body: str) -> int:
    """A later addition to a signed record, by its author or the office head; the record stays as signed."""
    row = _load(session, record_id)
    session.require_record(access.SESSION_RECORD, access.VIEW, row)
    if not row.signed_at:
        raise ValidationError(NOT_SIGNED)
    text = (body or "").strip()
    if not text:
        raise ValidationError(NO_ADDENDUM)
    if len(text) > MAX_FIELD:
        raise ValidationError(FIELD_TOO_LONG, max=MAX_FIELD)
    appt = load(session, row.appointment_id)
    at = audit.now_iso()
    with changing(session, "session_record.addendum") as note:
        addendum_id = store.insert_addendum(session.conn, row.id, session.user.id, at)
        store.ADDENDUM_BODY.write(session.conn, session.clinical, addendum_id, text)
        audit_students(session, note, "session_record.addendum", appt.id, appt.student_ids,
                       f"record={row.id} addendum={addendum_id}")
    return addendum_id


@dataclass(frozen=True)
class WatchTarget:
    """The student's open watch-list entry a record's follow-up would go to."""
    entry_id: int
    level: str                                # its level now (code)
    levels: tuple[tuple[str, str], ...]       # the office's levels (code, name): the level seen now


@operation((Permission.MANAGE_APPOINTMENTS, Permission.VIEW_SESSION_NOTES, Permission.EDIT_WATCHLIST),
           audit="view.watch_entry", target="appointment")
def watch_target(session: Session, appointment_id: int) -> WatchTarget | None:
    """The open watch-list entry of the session's one student (None for a group, or a student not on the list), so
    the record form can offer to add the session as a follow-up; the look is audited."""
    from counselor_app.store import watch as watch_store

    appt = load(session, appointment_id)
    entry = watch_store.open_entry_of(session.conn, appt.student_ids[0]) if len(appt.student_ids) == 1 else None
    if entry is None:
        return None
    session.audit("view.watch_entry", "student", entry.student_id, detail=f"entry={entry.id} appointment={appt.id}")
    return WatchTarget(entry.id, entry.level, tuple((lv.code, lv.label) for lv in watch_store.levels(session.conn)))


@operation((Permission.MANAGE_APPOINTMENTS, Permission.VIEW_SESSION_NOTES), audit="view.session_record",
           target="session_record", record=(access.SESSION_RECORD, access.VIEW))
def get_record(session: Session, record_id: int) -> RecordView:
    """A record with its addenda: for its author and the office head only (others refused, audited)."""
    row = _load(session, record_id)
    session.require_record(access.SESSION_RECORD, access.VIEW, row)
    texts = _read(session, row)
    appt = load(session, row.appointment_id)
    ok = None
    if row.signed_at and row.signature is not None:
        ok = row.digest == record_digest(row, texts) and _verify(session, row)
    elif row.signed_at:
        ok = row.digest == record_digest(row, texts)
    addenda = tuple((a, store.ADDENDUM_BODY.read(session.conn, session.clinical, a.id) or "")
                    for a in store.addenda(session.conn, row.id))
    with changing(session, "view.session_record") as note:
        audit_students(session, note, "view.session_record", appt.id, appt.student_ids, f"record={row.id}")
    edit = RecordEdit(**texts, next_day=date.fromisoformat(row.next_day) if row.next_day else None)
    return RecordView(row, edit, appt.student_ids, appt.student_names, addenda, ok)


def _verify(session: Session, row: store.RecordRow) -> bool:
    """The author's signature, checked with the signed roster's keys (as a plan version's is)."""
    from counselor_app.services.watch_detail import _signature_keys

    keys = _signature_keys(session)
    return row.author_id in keys.by_signer and keys.verifies(row.author_id, bytes(row.signature),
                                                             _statement(session, row, row.digest))


@operation((Permission.MANAGE_APPOINTMENTS, Permission.VIEW_SESSION_NOTES, Permission.EDIT_WATCHLIST),
           changes={Area.APPOINTMENTS, Area.WATCH}, audit="watch.followup", target="session_record",
           record=(access.SESSION_RECORD, access.VIEW))
def followup_to_watch(session: Session, record_id: int, seen: str, rating: str = "") -> int | None:
    """Add the session as a follow-up (method: counseling) to the student's open watch-list entry: once per record.
    The follow-up and the record's mark (risk_noted) are one transaction, so a retry after a later step failed (the
    form saves, adds the follow-up, then signs: a failed signature is retried) adds nothing and returns None."""
    from counselor_app.services import watch_records
    from counselor_app.store import watch as watch_store

    row = _load(session, record_id)
    session.require_record(access.SESSION_RECORD, access.VIEW, row)
    if row.risk_noted:
        return None
    appt = load(session, row.appointment_id)
    entry = watch_store.open_entry_of(session.conn, appt.student_ids[0]) if len(appt.student_ids) == 1 else None
    if entry is None:
        raise ValidationError(NO_WATCH_ENTRY)

    def add() -> int:
        return watch_records.add_followup(session, entry.id, watch_records.FollowUpEdit(
            date.fromisoformat(row.on_day), "counseling", seen, rating), today=max(date.today(),
                                                                                    date.fromisoformat(row.on_day)))
    if row.signed_at:      # locked: no mark can be kept (the form offers the follow-up on unsigned records only)
        return add()
    with changing(session, "session_record.save", "student", appt.student_ids[0], f"record={row.id} watch"):
        followup = add()
        store.update(session.conn, row.id, {"risk_noted": 1}, audit.now_iso())
    return followup


@operation((Permission.MANAGE_APPOINTMENTS, Permission.VIEW_SESSION_NOTES))
def records_without(session: Session, counselor_id: int | None = None) -> list[appt_store.AppointmentRow]:
    """Completed sessions without a record: one's own (a counselor), anyone's or one counselor's (the head)."""
    if session.user.role is not Role.HEAD:
        counselor_id = session.user.id
    return appt_store.without_record(session.conn, counselor_id)


def field_names() -> tuple[str, ...]:
    return tuple(f.name for f in fields(RecordEdit) if f.name != "next_day")
