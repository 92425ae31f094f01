"""The bureau's end: open a school's package (check the manifest and every file's SHA-256), and merge many schools'
packages of one period into one district workbook (schools as rows, the indicators as columns) and a PDF.

No office and no login: the bureau's PC has the application installed, nothing more. Nothing of a package is
trusted before its hashes matched; a tampered file is named and nothing is written.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from counselor_app.domain import bureau
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, Text, UserError, ValidationError
from counselor_app.store.files import make_private_dir, write_atomic

C = "BureauDistrict"
NO_FILE = QT_TRANSLATE_NOOP("Errors", "The file {file} does not exist or cannot be read.")
TAMPERED = QT_TRANSLATE_NOOP("Errors", "The package {package} does not match its manifest: {files}. Ask the school "
                                       "to send it again.")
MISSING_PASSWORD = QT_TRANSLATE_NOOP("Errors", "The passwords file has no line for {package}.")
MIXED = QT_TRANSLATE_NOOP("Errors", "The packages are of different periods ({periods}): merge one period at a time.")
DUPLICATE = QT_TRANSLATE_NOOP("Errors", "Two packages come from the same school ({school}): keep one of them.")
NOT_DATA = QT_TRANSLATE_NOOP("Errors", "The package {package} holds no report data.")
SCHOOL = QT_TRANSLATE_NOOP("BureauDistrict", "School")
UNIT = QT_TRANSLATE_NOOP("BureauDistrict", "Unit code")
GENERATED = QT_TRANSLATE_NOOP("BureauDistrict", "Generated")
DISTRICT = QT_TRANSLATE_NOOP("BureauDistrict", "District table, {period}")


class Tampered(UserError):
    message = TAMPERED
    exit_code = 4


@dataclass(frozen=True)
class Opened:
    manifest: dict
    files: tuple[str, ...]


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        raise ValidationError(NO_FILE, file=path.name) from None


def verified(path: Path, password: str) -> tuple[dict, dict[str, bytes]]:
    """The manifest and the files of a package whose every hash matched (else Tampered, naming the files)."""
    from counselor_app.reports.bureau_report import MANIFEST, NotAPackage, open_package

    files = open_package(_read(path), bureau.normalize_password(password))
    try:
        manifest = json.loads(files.pop(MANIFEST).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise NotAPackage() from None
    if manifest.get("format") != bureau.FORMAT:
        raise NotAPackage()
    check = bureau.check_manifest(manifest, files)
    if not check.ok:
        raise Tampered(package=path.name, files="、".join(check.changed + check.missing + check.extra))
    return manifest, files


def open_package_file(path: Path, password: str, out: Path) -> Opened:
    """Check a package and write its files (and the manifest) into ``out``."""
    manifest, files = verified(path, password)
    make_private_dir(out)
    for name, data in files.items():
        write_atomic(out / Path(name).name, data)
    write_atomic(out / "manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8"))
    return Opened(manifest, tuple(sorted(files)))


def read_passwords(path: Path) -> dict[str, str]:
    """``file name<TAB>password`` or ``file name password`` per line; blank lines and # comments skipped."""
    out = {}
    for line in _read(path).decode("utf-8-sig", errors="replace").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, _sep, password = line.replace("\t", " ").rpartition(" ")
        out[Path(name.strip()).name] = password.strip()
    return out


@dataclass(frozen=True)
class Merged:
    period: str
    schools: int


def merge_packages(paths: list[Path], passwords_file: Path, out: Path, pdf: Path | None = None, *,
                   tr: Callable[[Text], str] = str) -> Merged:
    """One district workbook of the packages' indicators (and every table, schools stacked), one period only."""
    passwords = read_passwords(passwords_file)
    reports = []
    for path in paths:
        if path.name not in passwords:
            raise ValidationError(MISSING_PASSWORD, package=path.name)
        manifest, files = verified(path, passwords[path.name])
        data = next((d for n, d in files.items() if n.endswith(".json")), None)
        if data is None:
            raise ValidationError(NOT_DATA, package=path.name)
        reports.append((manifest, json.loads(data.decode("utf-8"))))
    problems = bureau.mergeable([m for m, _r in reports])
    if "mixed_periods" in problems:
        raise ValidationError(MIXED, periods="、".join(sorted({m["period"] for m, _r in reports})))
    if "duplicate_school" in problems:
        seen: set[str] = set()
        for m, _r in reports:
            key = m.get("unit_code") or m.get("short_code") or m.get("school")
            if key in seen:
                raise ValidationError(DUPLICATE, school=m.get("school", key))
            seen.add(key)
    period = reports[0][0]["period"] if reports else ""
    write_atomic(out, district_workbook(reports, tr))
    if pdf is not None:
        write_atomic(pdf, district_pdf(reports, period, tr))
    return Merged(period, len(reports))


def _indicator_rows(report: dict) -> list[list[str]]:
    return report.get("tables", {}).get("indicators", {}).get("rows", [])


def district_workbook(reports: list[tuple[dict, dict]], tr: Callable[[Text], str] = str) -> bytes:
    """Sheet 1: schools as rows, each indicator's status and figure as columns; then each table, schools stacked."""
    import io

    import xlsxwriter

    buf = io.BytesIO()
    book = xlsxwriter.Workbook(buf, {"in_memory": True})
    bold = book.add_format({"bold": True})
    sheet = book.add_worksheet("indicators")
    names = [r[0] for r in _indicator_rows(reports[0][1])[1:]] if reports else []
    head = [tr(SCHOOL), tr(UNIT), tr(GENERATED)]
    for name in names:
        head += [name, ""]
    sheet.write_row(0, 0, head, bold)
    for i, (manifest, report) in enumerate(reports, start=1):
        sheet.write_row(i, 0, [manifest.get("school", ""), manifest.get("unit_code", ""),
                               manifest.get("generated_at", "")])
        by_name = {r[0]: r for r in _indicator_rows(report)[1:]}
        for j, name in enumerate(names):
            row = by_name.get(name, ["", "", "", ""])
            sheet.write(i, 3 + 2 * j, row[1])
            sheet.write(i, 4 + 2 * j, row[2])
    sheet.set_column(0, 0, 28)
    sheet.set_column(1, 2, 16)
    sheet.freeze_panes(1, 1)
    keys: list[str] = []
    for _m, report in reports:
        keys += [k for k in report.get("tables", {}) if k not in keys and k != "indicators"]
    for key in keys:
        ws = book.add_worksheet(key[:31])
        r = 0
        for manifest, report in reports:
            table = report.get("tables", {}).get(key)
            if not table:
                continue
            for row in table["rows"]:
                ws.write_row(r, 0, [manifest.get("school", "")] + list(row), bold if row is table["rows"][0] else None)
                r += 1
            r += 1
        ws.set_column(0, 0, 28)
    book.close()
    return buf.getvalue()


def district_pdf(reports: list[tuple[dict, dict]], period: str, tr: Callable[[Text], str] = str) -> bytes:
    """A PDF of the district table: per indicator, how many schools are green, amber, red; and the table."""
    from collections import Counter
    from xml.sax.saxutils import escape

    from reportlab.platypus import Paragraph, Spacer

    from counselor_app.reports import toolkit as kit

    names = [r[0] for r in _indicator_rows(reports[0][1])[1:]] if reports else []
    statuses = sorted({row[1] for _m, rep in reports for row in _indicator_rows(rep)[1:]})
    counts = {name: Counter() for name in names}
    for _m, rep in reports:
        for row in _indicator_rows(rep)[1:]:
            if row[0] in counts:
                counts[row[0]][row[1]] += 1
    title = tr(DISTRICT).format(period=period)

    def story(st):
        parts = kit.title_block(st, title)
        parts.append(kit.bar_chart(st, names, [(s, [counts[n][s] for n in names]) for s in statuses],
                                   height=80 * kit.MM))
        parts.append(Spacer(1, 8))
        cols = [kit.Column(tr(SCHOOL), 3)] + [kit.Column(n, 1, "center") for n in names]
        rows = []
        for manifest, rep in reports:
            by_name = {r[0]: r for r in _indicator_rows(rep)[1:]}
            rows.append([manifest.get("school", "")] + [by_name.get(n, ["", ""])[1] for n in names])
        parts.append(kit.data_table(st, cols, rows))
        parts.append(Paragraph(escape(""), st.small))
        return parts

    return kit.build_pdf(kit.PageHeader("", title, confidential=False), story, tr=tr, landscape=True)
