"""A review meeting's printed documents (registered in services/documents.py):

- ``minutes`` (MANAGE_MEETINGS): the minutes (reports/meeting_minutes.py) from the reader
  services/meetings_minutes.minutes — students masked; ``identities=True`` adds the annex that names them, on a
  page of its own, audited as ``view.minutes_identities`` under the meeting (the reader's own ``view.minutes`` row
  says so too). A meeting not yet finalized prints as a draft.
- ``meeting_sign_in`` (MANAGE_MEETINGS): the sign-in sheet (reports/meeting_sign_in.py), printed before the
  meeting: the meeting and the people invited, no student.

documents.build_document checks the permission (a refusal audited under the meeting) before anything here runs and
audits each preview, print and save; ``counselor-app print minutes --id N [--identities] --out F.pdf`` and
``print meeting-sign-in --id N --out F.pdf`` go through it too.
"""
from __future__ import annotations

from datetime import datetime
from typing import Callable

from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from counselor_app.domain.meeting import MonthSummary
from counselor_app.services.session import Session
from counselor_app.services.settings import read_settings

NO_MEETING = QT_TRANSLATE_NOOP("Errors", "This review meeting does not exist.")


def meeting_id_of(value) -> int:
    """The meeting's id from the window (an int) or the command line (--id, digits)."""
    text = str(value).strip()
    if isinstance(value, bool) or not text.isdigit():
        raise ValidationError(NO_MEETING)
    return int(text)


def _font(session: Session) -> str | None:
    return read_settings(session).pdf_font_path or None


def minutes_document(session: Session, *, tr: Callable = str, id, identities=None) -> bytes:  # noqa: A002
    """The minutes' PDF; with ``identities`` the identity annex too (audited here before it is read)."""
    from counselor_app.reports.meeting_minutes import build_minutes
    from counselor_app.services.meetings_minutes import minutes

    meeting_id = meeting_id_of(id)
    if identities:
        _exists(session, meeting_id)
        session.audit("view.minutes_identities", "meeting", meeting_id)
    data = minutes(session, meeting_id, identity=bool(identities))
    return build_minutes(data, tr=tr, font_path=_font(session), printed_at=datetime.now())


def sign_in_document(session: Session, *, tr: Callable = str, id) -> bytes:  # noqa: A002
    """The sign-in sheet's PDF: the meeting's facts and the people invited (read through the meetings' store)."""
    from counselor_app.reports.meeting_sign_in import build_sign_in

    data = sign_in_data(session, meeting_id_of(id))
    return build_sign_in(data, tr=tr, font_path=_font(session), printed_at=datetime.now())


def _exists(session: Session, meeting_id: int):
    from counselor_app.store import meetings as store

    found = store.meeting(session.conn, meeting_id)
    if found is None:
        raise ValidationError(NO_MEETING)
    return found


def sign_in_data(session: Session, meeting_id: int):
    """The minutes' rows a sign-in sheet needs: the school, the meeting, its attendees; nothing of the students."""
    from counselor_app.services.meetings_minutes import Minutes, MinutesAttendee, MinutesHeader, minutes_meeting
    from counselor_app.store import meetings as store, office as office_store

    m = _exists(session, meeting_id)
    profile = office_store.profile(session.conn)
    header = MinutesHeader(profile.name, profile.unit_name, m.grade_kind == "department")
    meeting = minutes_meeting(m)
    attendees = tuple(MinutesAttendee(a.name, a.role, a.organisation, a.staff_id is None, a.attendance,
                                      a.absence_reason) for a in store.attendees(session.conn, meeting_id))
    return Minutes(header, meeting, attendees, (), MonthSummary(), (), (), "", (), None)
