"""The export for the education bureau: the report of a semester or a school year as an AES-256 PDF, and the same
figures (xlsx, UTF-8-BOM csv, json) with a manifest of SHA-256 hashes in one AES-256 7z package whose file names are
hidden. One random password per export, returned once to be shown (and printed on a slip), never stored.

Only the office head (BUREAU_REPORT). Audited with the period, the purpose and the files' SHA-256 — never the
password. File names carry the school's short code and the period (bureau-SFZX-2026-2027-1.pdf / .7z).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Callable

from counselor_app import __version__
from counselor_app.domain import bureau
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from counselor_app.domain.roles import Permission
from counselor_app.services import bureau_sections
from counselor_app.services.compliance import compute, current_period, resolve_period
from counselor_app.services.operations import changing, operation
from counselor_app.services.progress import Progress
from counselor_app.services.session import Session
from counselor_app.services.settings import PDF_FONT_SETTING
from counselor_app.store import office as office_store
from counselor_app.store.files import write_atomic

SHORT_CODE_SETTING = "bureau.short_code"
UNIT_CODE_SETTING = "bureau.unit_code"
C = "BureauReport"
SEMESTER_LABEL = QT_TRANSLATE_NOOP("BureauReport", "{year} school year, semester {number}")
YEAR_LABEL = QT_TRANSLATE_NOOP("BureauReport", "{year} school year")

NO_PURPOSE = QT_TRANSLATE_NOOP("Errors", "Say what the export is for (for example: 2026 autumn report to the district "
                                         "education bureau).")
LONG_PURPOSE = QT_TRANSLATE_NOOP("Errors", "The purpose has at most {max} characters.")
NO_FOLDER = QT_TRANSLATE_NOOP("Errors", "The folder {folder} does not exist.")
BAD_CODE = QT_TRANSLATE_NOOP("Errors", "A short code is 2 to 24 letters, digits, - or _ (for example SFZX).")
MAX_PURPOSE = 200


@dataclass(frozen=True)
class BureauCodes:
    short_code: str
    unit_code: str


def _initials(name: str) -> str:
    from pypinyin import Style, lazy_pinyin

    letters = "".join(p[:1] for p in lazy_pinyin(name, style=Style.FIRST_LETTER) if p[:1].isascii())
    return bureau.safe_code(letters.upper())


def codes(session: Session) -> BureauCodes:
    conn = session.conn
    short = str(office_store.get_setting(conn, SHORT_CODE_SETTING, "") or "")
    if not short:
        short = _initials(office_store.profile(conn).name)
    return BureauCodes(short, str(office_store.get_setting(conn, UNIT_CODE_SETTING, "") or ""))


@operation(Permission.EDIT_SETTINGS, audit="setting.change", target="setting")
def set_codes(session: Session, short_code: str, unit_code: str = "") -> None:
    """The school's short code (in the export's file names) and the bureau's unit code (in the manifest)."""
    short = (short_code or "").strip()
    if short and (bureau.safe_code(short) != short or len(short) < 2):
        raise ValidationError(BAD_CODE)
    unit = " ".join((unit_code or "").split())[:40]
    with changing(session, "setting.change", "setting", SHORT_CODE_SETTING):
        office_store.set_setting(session.conn, SHORT_CODE_SETTING, short)
        office_store.set_setting(session.conn, UNIT_CODE_SETTING, unit)


def build_report(session: Session, period_code: str | None, *, today: date,
                 tr: Callable = str, progress: Callable[[int, int], None] | None = None) -> bureau.Report:
    """The de-identified report of a period (no permission check: the operations below check)."""
    period = resolve_period(session, period_code) if period_code else current_period(session, today)
    board = compute(session, period, today)
    sections = bureau_sections.read_sections(session, period, board, progress)
    label = (tr(SEMESTER_LABEL).format(year=period.year_name, number=period.semester) if period.semester
             else tr(YEAR_LABEL).format(year=period.year_name))
    c = codes(session)
    return bureau.Report(office_store.profile(session.conn).name, c.short_code, c.unit_code, period.code, label,
                         period.start.isoformat(), board.as_of.isoformat(),
                         datetime.now().strftime("%Y-%m-%d %H:%M"), __version__, sections)


@dataclass(frozen=True)
class Export:
    password: str                  # shown once, never stored
    pdf: Path
    package: Path
    period: str
    sections_without_data: tuple[str, ...]   # section keys
    sha256: dict[str, str]         # of the PDF and the package, as audited


@operation(Permission.BUREAU_REPORT, audit="export.bureau", target="bureau")
def export_bureau(session: Session, period_code: str | None, folder: str | Path, purpose: str, *,
                  today: date | None = None, tr: Callable = str, progress: Progress | None = None) -> Export:
    """Write ``bureau-<code>-<period>.pdf`` (AES-256) and ``.7z`` (AES-256, names hidden) into ``folder``."""
    from counselor_app.reports import bureau_report as files
    from counselor_app.reports.encrypt import encrypt_pdf

    purpose = " ".join((purpose or "").split())
    if not purpose:
        raise ValidationError(NO_PURPOSE)
    if len(purpose) > MAX_PURPOSE:
        raise ValidationError(LONG_PURPOSE, max=MAX_PURPOSE)
    folder = Path(folder)
    if not folder.is_dir():
        raise ValidationError(NO_FOLDER, folder=str(folder))
    step = (lambda done, total: progress.update(done, total)) if progress else None
    total = len(bureau_sections.SECTIONS) * 2 + 3
    report = build_report(session, period_code, today=today or date.today(), tr=tr, progress=step)
    n = len(bureau_sections.SECTIONS)
    font = str(office_store.get_setting(session.conn, PDF_FONT_SETTING, "") or "") or None
    pdf = files.build_pdf(report, tr=tr, font_path=font,
                          progress=(lambda d, t: step(n + d, total)) if step else None)
    password = bureau.new_password()
    pdf = encrypt_pdf(pdf, password)
    if step:
        step(2 * n + 1, total)
    base = bureau.base_name(report.short_code, report.period)
    data = files.data_files(report, tr)
    data[f"{base}.pdf"] = pdf
    package = files.seal_package(data, bureau.manifest(report, data), password)
    if step:
        step(2 * n + 2, total)
    pdf_path, package_path = folder / f"{base}.pdf", folder / f"{base}.7z"
    sums = {pdf_path.name: bureau.sha256(pdf), package_path.name: bureau.sha256(package)}
    with changing(session, "export.bureau", "bureau", report.period) as note:
        write_atomic(pdf_path, pdf)
        write_atomic(package_path, package)
        note.detail = f"purpose={purpose}; " + "; ".join(f"{k}={v}" for k, v in sums.items())
    if step:
        step(total, total)
    return Export(password, pdf_path, package_path, report.period,
                  tuple(s.key for s in report.sections if s.state != bureau.DATA), sums)


@operation(Permission.BUREAU_REPORT, target="bureau")
def preview_report(session: Session, period_code: str | None = None, *, today: date | None = None,
                   tr: Callable = str) -> bureau.Report:
    """The report's figures for the window, before the export (not audited as an export: nothing leaves)."""
    return build_report(session, period_code, today=today or date.today(), tr=tr)
