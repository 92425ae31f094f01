"""The bureau report's files: the PDF (documents toolkit, charts), the data as xlsx and UTF-8-BOM csv, and the
AES-256 7z package that holds them with the manifest, file names hidden (py7zr, header encryption).

Why 7z: a zip's AES (WinZip AE-2) encrypts contents but leaves the file names readable in its central directory;
7z encrypts the header too, and 7-Zip, WinRAR, Bandizip and the Windows 11 archive support open it with the
password. Every file here is built in memory; the caller writes the finished package and PDF (store/files.py).
"""
from __future__ import annotations

import csv
import io
import json
import textwrap
import threading
from typing import Callable, Sequence
from xml.sax.saxutils import escape

from counselor_app.domain import bureau
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, UserError
from counselor_app.reports import toolkit as kit
from counselor_app.reports.charts import Withheld
from counselor_app.reports.table import has_cjk

C = "BureauReport"
TITLE = QT_TRANSLATE_NOOP("BureauReport", "Student mental-health work: report to the education bureau")
PERIOD = QT_TRANSLATE_NOOP("BureauReport", "Period: {period} ({start} to {end})")
GENERATED = QT_TRANSLATE_NOOP("BureauReport", "Generated {time} by Counseling Office Desk {version}")
UNIT_CODE = QT_TRANSLATE_NOOP("BureauReport", "Unit code: {code}")
PRIVACY = QT_TRANSLATE_NOOP("BureauReport", "De-identified: counts of students only; a count from 1 to 4 is shown as <5 and a rate "
                               "built on it as —. No names, student numbers, dates of birth or notes.")
CHART_NOTE = QT_TRANSLATE_NOOP("BureauReport", "In the charts a count shown as <5 (1 to 4 students) is a hatched bar "
                                                "or an open marker on a grey stroke reaching 4, the most it can be, "
                                                "never 0; a rate shown as — is not drawn.")
SECONDARY_NOTE = QT_TRANSLATE_NOOP("BureauReport", "Some other numbers are hidden as well, shown as *, so that a count "
                                                   "below 5 cannot be worked out from the totals; the charts do not "
                                                   "draw them.")
STAFF_NOTE = QT_TRANSLATE_NOOP("BureauReport", "Counselors (full-time and part-time) are counted as the staff register "
                                               "stood on {day}: the register keeps no dates of employment, so a "
                                               "report on an earlier period counts the staff of that day.")
EMPTY = QT_TRANSLATE_NOOP("BureauReport", "No records in this period.")
NOT_AVAILABLE = QT_TRANSLATE_NOOP("BureauReport", "Not recorded with this version of the application.")
SECTIONS_SHEET = QT_TRANSLATE_NOOP("BureauReport", "Sections")
SECTION_COL = QT_TRANSLATE_NOOP("BureauReport", "Section")
STATE_COL = QT_TRANSLATE_NOOP("BureauReport", "State")
STATE_DATA = QT_TRANSLATE_NOOP("BureauReport", "with data")
STATE_LABELS = {bureau.DATA: STATE_DATA, bureau.EMPTY: EMPTY, bureau.NOT_AVAILABLE: NOT_AVAILABLE}
NO_DATA_SECTIONS = QT_TRANSLATE_NOOP("BureauReport", "Sections without data: {sections}")
LIST_SEPARATOR = QT_TRANSLATE_NOOP("BureauReport", ", ")     # between the sections: 筛查、转介

Translate = Callable[[str], str]


class WrongPackagePassword(UserError):
    message = QT_TRANSLATE_NOOP("Errors", "The password does not open this package (or the package is damaged).")
    exit_code = 2


class NotAPackage(UserError):
    message = QT_TRANSLATE_NOOP("Errors", "This file is not a bureau report package.")
    exit_code = 2


def _t(tr: Translate, value) -> str:
    """A cell or title in the reader's language: a translatable Text translated, anything else as it is."""
    return tr(value) if hasattr(value, "context") else str(value)


# --- the PDF -----------------------------------------------------------------------------------------------------
def _wrap(label: str, width: int = 6, latin_width: int = 14) -> str:
    """A long category name on two or three lines under its bar: Chinese (no spaces to break at) every ``width``
    characters, other text at its spaces (a month 2026-10 or a word stays whole)."""
    if "\n" in label:
        return label
    if has_cjk(label):
        return label if len(label) <= width else "\n".join(label[i:i + width] for i in range(0, len(label), width))
    return "\n".join(textwrap.wrap(label, latin_width, break_long_words=False, break_on_hyphens=False)) or label


SMALL_CELL = Withheld(bureau.SMALL, top=4, low=1)   # 1 to 4 students
NO_RATE = Withheld(bureau.NO_RATE)
SECONDARY_CELL = Withheld(bureau.SECONDARY)          # 0 or 5 and more: no stub, its mark only


def chart_value(cell: str):
    """A cell of a table as a chart draws it: a number, or Withheld for "<5" (a stub up to 4), "*" and "—" (no
    bar, the mark only)."""
    if cell == bureau.SMALL:
        return SMALL_CELL
    if cell == bureau.SECONDARY:
        return SECONDARY_CELL
    try:
        return float(cell)
    except ValueError:
        return NO_RATE


def chart(st: kit.Styles, table: bureau.Table, spec: bureau.ChartSpec, tr: Translate):
    """The chart of ``spec`` over ``table``'s masked cells, or None when no cell holds a count of 5 or more (a chart
    of stubs and zeros says nothing the table does not)."""
    cells = table.cells()
    categories = [_wrap(_t(tr, r[0])) for r in table.rows]
    series = [(_t(tr, table.columns[j]), [chart_value(c[j]) for c in cells]) for j in spec.series_columns]
    if not any(isinstance(v, float) and v > 0 for _name, values in series for v in values):
        return None
    make = kit.bar_chart if spec.kind == "bar" else kit.line_chart
    return make(st, categories, series, title=_t(tr, spec.title), height=62 * kit.MM)


def _data_table(st: kit.Styles, table: bureau.Table, tr: Translate):
    cols = [kit.Column(_t(tr, c), 2 if j == 0 else 1, "left" if j < table.label_columns else "right")
            for j, c in enumerate(table.columns)]
    rows = [[_t(tr, v) if j < table.label_columns else c for j, (v, c) in enumerate(zip(r, cells))]
            for r, cells in zip(table.rows, table.cells())]
    return kit.data_table(st, cols, rows)   # English headers and cells wrap at words there (reports/table.py)


def build_pdf(report: bureau.Report, *, tr: Translate = kit.identity, font_path: str | None = None,
              progress: Callable[[int, int], None] | None = None) -> bytes:
    """The report as a PDF: the school and period, each section with its tables and charts, a list of the sections
    without data. Charts are drawn while the PDF is laid out (progress counts the sections)."""
    from reportlab.platypus import KeepTogether, Paragraph, Spacer

    tables = {t.key: t for t in report.tables()}
    total = len(report.sections)

    def story(st: kit.Styles) -> list:
        parts = kit.title_block(st, tr(TITLE), tr=tr)
        lines = [tr(PERIOD).format(period=report.period_label, start=report.start, end=report.end)]
        if report.unit_code:
            lines.append(tr(UNIT_CODE).format(code=report.unit_code))
        lines.append(tr(GENERATED).format(time=report.generated_at, version=report.app_version))
        parts += [Paragraph(escape(line), st.body) for line in lines]
        parts.append(Paragraph(escape(tr(PRIVACY)), st.small))
        missing = [_t(tr, s.title) for s in report.sections if s.state != bureau.DATA]
        if missing:
            parts.append(Paragraph(escape(tr(NO_DATA_SECTIONS).format(sections=tr(LIST_SEPARATOR).join(missing))), st.small))
        if any(s.charts for s in report.sections if s.state == bureau.DATA):
            parts.append(Paragraph(escape(tr(CHART_NOTE)), st.small))
        if any(t.hidden for t in report.tables()):
            parts.append(Paragraph(escape(tr(SECONDARY_NOTE)), st.small))
        parts.append(Paragraph(escape(tr(STAFF_NOTE).format(day=report.generated_at[:10])), st.small))
        for i, section in enumerate(report.sections):
            head = Paragraph(escape(f"{i + 1}. {_t(tr, section.title)}"), st.heading)
            if section.state != bureau.DATA:
                parts.append(KeepTogether([head, Paragraph(escape(tr(STATE_LABELS[section.state])), st.body)]))
                continue
            first = True
            for table in section.tables:
                block = [Paragraph(escape(_t(tr, table.title)), st.small), Spacer(1, 2),
                         _data_table(st, table, tr), Spacer(1, 6)]
                parts.append(KeepTogether(([head] if first else []) + block))
                first = False
            for spec in section.charts:
                drawn = chart(st, tables[spec.table], spec, tr)
                if drawn is not None:
                    parts += [drawn, Spacer(1, 6)]
            if progress:
                progress(i + 1, total)
        return parts

    header = kit.PageHeader(report.school, tr(TITLE))
    return kit.build_pdf(header, story, tr=tr, font_path=font_path, metadata_title=tr(TITLE))


# --- the data files ------------------------------------------------------------------------------------------------
def _sheet_rows(table: bureau.Table, tr: Translate) -> list[list[str]]:
    rows = [[_t(tr, c) for c in table.columns]]
    for r, cells in zip(table.rows, table.cells()):
        rows.append([_t(tr, v) if j < table.label_columns else c for j, (v, c) in enumerate(zip(r, cells))])
    return rows


def csv_bytes(rows: Sequence[Sequence[str]]) -> bytes:
    """UTF-8 with a BOM (Excel on a Chinese Windows reads it right), CRLF lines."""
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8")


def data_files(report: bureau.Report, tr: Translate = kit.identity) -> dict[str, bytes]:
    """``<base>.xlsx`` (a sheet of sections, then one sheet per table), one csv per table, and ``report.json``
    (the same figures for `bureau merge`)."""
    import xlsxwriter

    base = bureau.base_name(report.short_code, report.period)
    files: dict[str, bytes] = {}
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True, "strings_to_numbers": False})
    bold = book.add_format({"bold": True})
    sections = book.add_worksheet(tr(SECTIONS_SHEET)[:31])
    sections.write_row(0, 0, [tr(SECTION_COL), tr(STATE_COL)], bold)
    for i, s in enumerate(report.sections, start=1):
        sections.write_row(i, 0, [_t(tr, s.title), tr(STATE_LABELS[s.state])])
    notes = [PRIVACY] + ([SECONDARY_NOTE] if any(t.hidden for t in report.tables()) else [])
    for i, note in enumerate(notes, start=len(report.sections) + 2):     # what "<5", "—" and "*" mean
        sections.write_string(i, 0, tr(note))
    sections.set_column(0, 0, 40)
    sections.set_column(1, 1, 24)
    for table in report.tables():
        rows = _sheet_rows(table, tr)
        sheet = book.add_worksheet(table.key[:31])
        sheet.write(0, 0, _t(tr, table.title), bold)
        for r, row in enumerate(rows, start=2):
            for c, value in enumerate(row):
                if c >= table.label_columns and value.replace(".", "", 1).isdigit():
                    sheet.write_number(r, c, float(value))
                else:
                    sheet.write_string(r, c, value, bold if r == 2 else None)
        sheet.set_column(0, 0, 22)
        sheet.set_column(1, len(table.columns), 12)
        files[f"{base}-{table.key}.csv"] = csv_bytes(rows)
    book.close()
    files[f"{base}.xlsx"] = out.getvalue()
    files[f"{base}.json"] = json.dumps(report_json(report, tr), ensure_ascii=False, indent=1).encode("utf-8")
    return files


def report_json(report: bureau.Report, tr: Translate = kit.identity) -> dict:
    return {
        "period": report.period, "school": report.school, "short_code": report.short_code,
        "unit_code": report.unit_code,
        "sections": [{"key": s.key, "title": _t(tr, s.title), "state": s.state} for s in report.sections],
        "tables": {t.key: {"title": _t(tr, t.title), "rows": _sheet_rows(t, tr)} for t in report.tables()},
    }


# --- the package ---------------------------------------------------------------------------------------------------
MANIFEST = "manifest.json"


# 7z derives its AES key with 2^cycles SHA-256 rounds (7-Zip's default 19, ~0.2 s in py7zr per derivation) to slow
# the guessing of a weak password. Ours is 24 random symbols of 25 (~111 bits): no guessing reaches it, so 2^10 rounds
# lose nothing and let the bureau open hundreds of packages in seconds. The archive records the count: 7-Zip and
# WinRAR read it from there.
KDF_CYCLES = 10
_SEAL_LOCK = threading.Lock()


def seal_package(files: dict[str, bytes], manifest: bytes, password: str) -> bytes:
    """A 7z archive, AES-256, header encrypted (names hidden), holding ``files`` and the manifest."""
    import py7zr
    from py7zr import compressor

    buf = io.BytesIO()
    filters = [{"id": py7zr.FILTER_LZMA2, "preset": 6}, {"id": py7zr.FILTER_CRYPTO_AES256_SHA256}]
    original_init, original_key = compressor.AESCompressor.__init__, compressor.calculate_key

    def fewer_rounds(self, *args, **kwargs):   # the key derived with KDF_CYCLES, and the archive says so
        original_init(self, *args, **kwargs)
        self.cycles = KDF_CYCLES

    with _SEAL_LOCK:
        compressor.AESCompressor.__init__ = fewer_rounds
        compressor.calculate_key = lambda pw, _cycles, salt, digest: original_key(pw, KDF_CYCLES, salt, digest)
        try:
            with py7zr.SevenZipFile(buf, "w", password=password, header_encryption=True,
                                    filters=filters) as archive:
                archive.writestr(manifest, MANIFEST)
                for name, data in sorted(files.items()):
                    archive.writestr(data, name)
        finally:
            compressor.AESCompressor.__init__, compressor.calculate_key = original_init, original_key
    return buf.getvalue()


MAX_PACKAGE_CONTENT = 200 * 1024 * 1024


def open_package(data: bytes, password: str) -> dict[str, bytes]:
    """The files of a package (manifest included). A wrong password or a damaged file: WrongPackagePassword."""
    import py7zr
    from py7zr.io import BytesIOFactory

    if not data.startswith(b"7z\xbc\xaf\x27\x1c"):
        raise NotAPackage()
    try:
        with py7zr.SevenZipFile(io.BytesIO(data), "r", password=password) as archive:
            factory = BytesIOFactory(MAX_PACKAGE_CONTENT)
            archive.extractall(factory=factory)
            out = {}
            for name, product in factory.products.items():
                product.seek(0)
                out[name] = product.read()
    except Exception as exc:   # py7zr reports a wrong key as a bad header, a CRC or a decompression error
        raise WrongPackagePassword() from exc
    if MANIFEST not in out:
        raise NotAPackage()
    return out
