"""AES-256 encryption of a finished PDF (pypdf), for a document that leaves the office as a file.

reportlab's own encryption is RC4 or an AES variant poppler rejects; pypdf's AES-256 (PDF 2.0, revision 6)
opens in Acrobat, poppler and qpdf, and a wrong password fails.
"""
from __future__ import annotations

import io

from counselor_app.domain.errors import QT_TRANSLATE_NOOP, UserError


class NoPdfPassword(UserError):
    message = QT_TRANSLATE_NOOP("Errors", "Enter a password to encrypt the PDF document with.")


def encrypt_pdf(pdf: bytes, password: str, *, owner_password: str | None = None) -> bytes:
    """``pdf`` encrypted with AES-256: it opens only with ``password`` (or the owner password)."""
    if not password:
        raise NoPdfPassword()
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DictionaryObject, NameObject, NumberObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=password, owner_password=owner_password or password, algorithm="AES-256")
    # AES-256 (revision 6) belongs to PDF 1.7 with Adobe's extension level 8, which is what the file says (as qpdf
    # writes it); reportlab's header said 1.3
    writer.pdf_header = "%PDF-1.7"
    writer.root_object[NameObject("/Extensions")] = DictionaryObject({
        NameObject("/ADBE"): DictionaryObject({NameObject("/BaseVersion"): NameObject("/1.7"),
                                               NameObject("/ExtensionLevel"): NumberObject(8)})})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
