"""Printed documents: the registry of every document the office prints, building them, and recording every print
and save in the audit trail.

A document is registered once (``register(Document(...))`` at the end of this module): its kind (the code in the
audit trail, with a label in ``domain/audit_labels.DOCUMENTS``), its label, the permission it needs, whether it may
be saved as a file, and ``build(session, *, tr, **params) -> bytes``. ``build_document`` checks the permission and
the parameters and builds it; the GUI and ``counselor-app print`` both go through it. Builders import their
``reports/`` module when called: reportlab is not loaded at start-up.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Callable

from counselor_app.domain.errors import QT_TRANSLATE_NOOP, Text, UserError
from counselor_app.domain.roles import Permission
from counselor_app.services.session import Session
from counselor_app.services.settings import read_settings
from counselor_app.store import office as office_store
from counselor_app.services.operations import operation

OUTPUTS = ("preview", "print", "save")


class UnknownDocument(UserError):
    message = QT_TRANSLATE_NOOP("Errors", "There is no document called \u201c{kind}\u201d.")


class DocumentParameterMissing(UserError):
    message = QT_TRANSLATE_NOOP("Errors", "The document \u201c{document}\u201d needs --{parameter}.")


class DocumentParameterUnknown(UserError):
    message = QT_TRANSLATE_NOOP("Errors", "The document \u201c{document}\u201d does not take --{parameter}.")


@dataclass(frozen=True)
class Document:
    kind: str                      # stable code: audit actions are print.KIND, save.KIND
    label: Text                    # what menus and ``print --list`` show (translated by the caller)
    permission: Permission         # checked by build_document before anything is read
    savable: bool                  # may it be saved as a file (the recovery-key sheet may not)
    build: Callable[..., bytes]    # build(session, *, tr, **params) -> PDF bytes
    params: tuple[str, ...] = ()   # the keyword parameters build needs (id, month, recovery_key)
    target: tuple[str, str] = ("", "")   # (record type, parameter holding its id): the audit rows name the record
    optional: tuple[str, ...] = ()  # keyword parameters build may also take (an entry of the student, unmasked)


DOCUMENTS: dict[str, Document] = {}


def register(document: Document) -> Document:
    if document.kind in DOCUMENTS:
        raise ValueError(f"document kind registered twice: {document.kind}")
    DOCUMENTS[document.kind] = document
    return document


def get_document(kind: str) -> Document:
    try:
        return DOCUMENTS[kind]
    except KeyError:
        raise UnknownDocument(kind=kind) from None


@operation(None)
def available_documents(session: Session) -> list[Document]:
    """The documents this user may print, in registration order."""
    return [d for d in DOCUMENTS.values() if session.can(d.permission)]


@operation(None, checked_inside=True)
def build_document(session: Session, kind: str, *, tr: Callable = str, **params) -> bytes:
    """The PDF of document ``kind``: permission checked (a refusal is audited), parameters checked, then built.

    Building is not output: the caller records the preview, print or save with ``record_output``.
    """
    document = get_document(kind)
    session.require(document.permission, target_type=document.target[0],
                    target_id=params.get(document.target[1], "") if document.target[1] else "")
    for name in document.params:
        if params.get(name) in (None, ""):
            raise DocumentParameterMissing(document=document.label, parameter=name)
    for name in params:
        if name not in document.params and name not in document.optional:
            raise DocumentParameterUnknown(document=document.label, parameter=name)
    return document.build(session, tr=tr, **params)


def recovery_sheet_pdf(session: Session, recovery_key: str, tr: Callable) -> bytes:
    """The recovery-key sheet of this office. Only at set-up, while the key is still known."""
    from counselor_app.reports.recovery_sheet import RecoverySheet, build_recovery_sheet

    profile = office_store.profile(session.conn)
    font = read_settings(session).pdf_font_path or None
    sheet = RecoverySheet(profile.name, profile.unit_name, recovery_key, datetime.now())
    return build_recovery_sheet(sheet, tr=tr, font_path=font)


class NotSavable(UserError):
    message = QT_TRANSLATE_NOOP("Errors", "The document \u201c{document}\u201d may not be saved on a computer; print it.")


@operation(None, checked_inside=True)
def save_document(session: Session, kind: str, pdf: bytes, path, target_id: str | int = "") -> None:
    """Write a built document to ``path`` (atomically, owner-only) and audit the save (never the file's name).

    Refused for documents that may not be stored (the recovery-key sheet) and for users without the document's
    permission; a full disk or an unwritable folder is a StorageError and leaves any earlier file intact.
    """
    from pathlib import Path

    from counselor_app.store.files import write_atomic

    document = get_document(kind)
    target_type = document.target[0] if target_id != "" else ""
    session.require(document.permission, target_type=target_type, target_id=target_id)
    if not document.savable:
        session.audit(f"save.{kind}", target_type, target_id, outcome="denied")
        raise NotSavable(document=document.label)
    if not bytes(pdf[:5]) == b"%PDF-":
        raise ValueError("not a PDF document")
    write_atomic(Path(path), pdf)
    record_output(session, kind, "save", target_type, target_id)


@operation(None)
def record_output(session: Session, document: str, how: str, target_type: str = "", target_id: str | int = "") -> None:
    """Audit that ``document`` was previewed, printed or saved as a file (never the file's name)."""
    if how not in OUTPUTS:
        raise ValueError(how)
    session.audit(f"{how}.{document}", target_type, target_id)


@operation(None)
def pdf_font(session: Session) -> str | None:
    """The font file printed documents will use, or None when no usable Chinese font exists."""
    from counselor_app.reports.fonts import find_cjk_font

    choice = find_cjk_font(read_settings(session).pdf_font_path or None)
    return choice.path if choice else None


def _recovery_sheet(session: Session, *, tr: Callable, recovery_key: str) -> bytes:
    return recovery_sheet_pdf(session, recovery_key, tr)


register(Document("recovery_sheet", QT_TRANSLATE_NOOP("Documents", "Recovery-key sheet"), Permission.EXPORT_DATA_KEY,
                  savable=False, build=_recovery_sheet, params=("recovery_key",)))


def _access_report(session: Session, *, tr: Callable, student_id, since, until) -> bytes:
    from counselor_app.services.audit_view import access_report_document

    return access_report_document(session, tr=tr, student_id=student_id, since=since, until=until)


register(Document("access_report", QT_TRANSLATE_NOOP("Documents", "Student access report"), Permission.VIEW_AUDIT,
                  savable=True, build=_access_report, params=("student_id", "since", "until"),
                  target=("student", "student_id")))


def _class_roster(session: Session, *, tr: Callable, class_id) -> bytes:
    from counselor_app.services.class_roster import class_roster_document

    return class_roster_document(session, tr=tr, class_id=class_id)


register(Document("class_roster", QT_TRANSLATE_NOOP("Documents", "Class list"), Permission.VIEW_REGISTER,
                  savable=True, build=_class_roster, params=("class_id",), target=("class", "class_id")))


# The watch list's documents (services/watch_documents.py). An entry's sheets are audited under the student; they
# take the entry too (its id, or the number printed on its sheets), else the student's open or latest entry.
def _watch(name: str) -> Callable[..., bytes]:
    def build(session: Session, *, tr: Callable, **params) -> bytes:
        from counselor_app.services import watch_documents

        return getattr(watch_documents, name)(session, tr=tr, **params)

    return build


register(Document("watch_plan", QT_TRANSLATE_NOOP("Documents", "Individual support plan (watch list)"),
                  Permission.VIEW_PLANS, savable=True, build=_watch("plan_sheet_document"), params=("student_id",),
                  target=("student", "student_id"), optional=("entry_id",)))
register(Document("watch_plan_head_teacher", QT_TRANSLATE_NOOP("Documents", "Watch-list notice for the head teacher"),
                  Permission.VIEW_WATCHLIST, savable=True, build=_watch("teacher_sheet_document"),
                  params=("student_id",), target=("student", "student_id"), optional=("entry_id",)))
register(Document("watch_followups", QT_TRANSLATE_NOOP("Documents", "Follow-up record (watch list)"),
                  Permission.VIEW_PLANS, savable=True, build=_watch("followup_record_document"),
                  params=("student_id",), target=("student", "student_id"), optional=("entry_id",)))
register(Document("watch_list_grade", QT_TRANSLATE_NOOP("Documents", "Watch list of a grade or class"),
                  Permission.VIEW_WATCHLIST, savable=True, build=_watch("watch_list_document"),
                  optional=("grade", "class_id", "unmasked")))


# Referrals (services/referral_documents.py): the form with its tear-off receipt, the registers of a period.
def _referral(name: str) -> Callable[..., bytes]:
    def build(session: Session, *, tr: Callable, **params) -> bytes:
        from counselor_app.services import referral_documents

        return getattr(referral_documents, name)(session, tr=tr, **params)

    return build


register(Document("referral", QT_TRANSLATE_NOOP("Documents", "Referral form with its receipt"),
                  Permission.MANAGE_REFERRALS, savable=True, build=_referral("referral_form_document"), params=("id",),
                  target=("referral", "id")))
register(Document("referrals_out", QT_TRANSLATE_NOOP("Documents", "Register of referrals out"),
                  Permission.MANAGE_REFERRALS, savable=True, build=_referral("referrals_out_document"),
                  params=("since", "until")))
register(Document("referrals_back", QT_TRANSLATE_NOOP("Documents", "Register of referral receipts"),
                  Permission.MANAGE_REFERRALS, savable=True, build=_referral("referrals_back_document"),
                  params=("since", "until")))


# The return to school (services/leave_documents.py): the application and assessment form, the head teacher's plan.
def _leave_document(name: str) -> Callable[..., bytes]:
    def build(session: Session, *, tr: Callable, **params) -> bytes:
        from counselor_app.services import leave_documents

        return getattr(leave_documents, name)(session, tr=tr, **params)

    return build


register(Document("return_form", QT_TRANSLATE_NOOP("Documents", "Application to return to school and assessment"),
                  Permission.MANAGE_REFERRALS, savable=True, build=_leave_document("return_form_document"),
                  params=("id",), target=("leave", "id")))
register(Document("return_support", QT_TRANSLATE_NOOP("Documents", "Support plan after the return (head teacher)"),
                  Permission.MANAGE_REFERRALS, savable=True, build=_leave_document("support_sheet_document"),
                  params=("id",), target=("leave", "id")))


# Crisis incidents (services/crisis_documents.py): the school leader's report, the bureau's without clinical text.
def _crisis(name: str) -> Callable[..., bytes]:
    def build(session: Session, *, tr: Callable, **params) -> bytes:
        from counselor_app.services import crisis_documents

        return getattr(crisis_documents, name)(session, tr=tr, **params)

    return build


register(Document("crisis_report", QT_TRANSLATE_NOOP("Documents", "Crisis incident report (school leader)"),
                  Permission.VIEW_CRISIS, savable=True, build=_crisis("report_document"), params=("id",),
                  target=("crisis", "id")))
register(Document("crisis_report_bureau", QT_TRANSLATE_NOOP("Documents", "Crisis incident report (education bureau)"),
                  Permission.BUREAU_REPORT, savable=True, build=_crisis("bureau_report_document"), params=("id",),
                  target=("crisis", "id")))


# The duty roster of a month, one page per post (services/duty_documents.py): names and times, for the door.
def _duty_roster(session: Session, *, tr: Callable, month) -> bytes:
    from counselor_app.services.duty_documents import roster_document

    return roster_document(session, tr=tr, month=month)


register(Document("duty_roster", QT_TRANSLATE_NOOP("Documents", "Duty roster of a month"), Permission.MANAGE_DUTY,
                  savable=True, build=_duty_roster, params=("month",)))


# A screening campaign's summaries (services/screening_summary.py): the office's, and the de-identified one for the
# school leaders. ``campaign_id``: the campaign's id (the window) or its id or name (the command line).
def _screening(name: str) -> Callable[..., bytes]:
    def build(session: Session, *, tr: Callable, campaign_id) -> bytes:
        from counselor_app.services import screening_summary

        return getattr(screening_summary, name)(session, tr=tr, campaign_id=campaign_id)

    return build


register(Document("screening_summary", QT_TRANSLATE_NOOP("Documents", "Screening campaign summary (office)"),
                  Permission.MANAGE_SCREENING, savable=True, build=_screening("office_summary_document"),
                  params=("campaign_id",), target=("screening_campaign", "campaign_id")))
register(Document("screening_summary_leaders",
                  QT_TRANSLATE_NOOP("Documents", "Screening campaign summary (de-identified, for the school leaders)"),
                  Permission.MANAGE_SCREENING, savable=True, build=_screening("leaders_summary_document"),
                  params=("campaign_id",), target=("screening_campaign", "campaign_id")))


# A review meeting's minutes and its sign-in sheet (services/meeting_documents.py), by the meeting's id. The minutes
# mask the students; ``identities`` adds the annex that names them (audited as view.minutes_identities).
def _minutes(session: Session, *, tr: Callable, id, identities=None) -> bytes:  # noqa: A002 - the --id option
    from counselor_app.services.meeting_documents import minutes_document

    return minutes_document(session, tr=tr, id=id, identities=identities)


def _meeting_sign_in(session: Session, *, tr: Callable, id) -> bytes:  # noqa: A002
    from counselor_app.services.meeting_documents import sign_in_document

    return sign_in_document(session, tr=tr, id=id)


register(Document("minutes", QT_TRANSLATE_NOOP("Documents", "Minutes of a review meeting"), Permission.MANAGE_MEETINGS,
                  savable=True, build=_minutes, params=("id",), target=("meeting", "id"), optional=("identities",)))
register(Document("meeting_sign_in", QT_TRANSLATE_NOOP("Documents", "Sign-in sheet of a review meeting"),
                  Permission.MANAGE_MEETINGS, savable=True, build=_meeting_sign_in, params=("id",),
                  target=("meeting", "id")))


# The appointments' printouts (services/appointment_documents.py): the slip of an appointment (no reason), a
# counselor's week (``day``: any day of it), the consent form of a student.
def _appointment(name: str) -> Callable[..., bytes]:
    def build(session: Session, *, tr: Callable, **params) -> bytes:
        from counselor_app.services import appointment_documents

        return getattr(appointment_documents, name)(session, tr=tr, **params)
    return build


register(Document("appointment_slip", QT_TRANSLATE_NOOP("Documents", "Appointment slip"),
                  Permission.MANAGE_APPOINTMENTS, savable=True, build=_appointment("slip_document"), params=("id",),
                  target=("appointment", "id")))
register(Document("appointment_week", QT_TRANSLATE_NOOP("Documents", "A counselor's week of appointments"),
                  Permission.MANAGE_APPOINTMENTS, savable=True, build=_appointment("week_document"),
                  params=("counselor_id", "day"), target=("app_user", "counselor_id")))
register(Document("consent_form", QT_TRANSLATE_NOOP("Documents", "Consent form for counseling"),
                  Permission.MANAGE_APPOINTMENTS, savable=True, build=_appointment("consent_document"),
                  params=("student_id",), target=("student", "student_id")))
