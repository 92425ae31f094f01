"""The bureau's end: open a package (manifest and hashes checked, a tampered file named, a wrong password said
clearly) and merge many schools' packages of one period (duplicates and mixed periods refused)."""
from __future__ import annotations

import io
import json
from collections import Counter
from pathlib import Path

import pytest

from testdata import CHEAP_KDF
from counselor_app.domain import bureau
from counselor_app.domain.errors import ValidationError
from counselor_app.domain.school import SchoolType
from counselor_app.reports.bureau_report import MANIFEST, WrongPackagePassword, open_package, seal_package
from counselor_app.services import bureau_district, bureau_export
from counselor_app.services.demo import create_demo_office


@pytest.fixture(scope="module")
def packages(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bureau")
    out = folder / "out"
    out.mkdir()
    made = []
    for code, kind in (("SFZX", SchoolType.COMPLETE_MIDDLE), ("SFXX", SchoolType.PRIMARY)):
        demo = create_demo_office(folder / code, students=60, kdf=CHEAP_KDF, school_type=kind, watch=True)
        s = demo.office.session
        bureau_export.set_codes(s, code, f"3401{code}")
        made.append(bureau_export.export_bureau(s, None, out, "期末报送"))
        s.close()
    return made


def test_the_export_writes_a_pdf_and_a_package_named_by_code_and_period(packages):
    first = packages[0]
    assert first.pdf.name == f"bureau-SFZX-{first.period}.pdf" and first.package.name.endswith(".7z")
    files = open_package(first.package.read_bytes(), first.password)
    manifest = json.loads(files[MANIFEST])
    assert manifest["short_code"] == "SFZX" and manifest["unit_code"] == "3401SFZX"
    assert manifest["period"] == first.period and manifest["app_version"]
    assert set(manifest["files"]) == set(files) - {MANIFEST}
    csv_file = next(d for n, d in files.items() if n.endswith("-indicators.csv"))
    assert csv_file.startswith(b"\xef\xbb\xbf")
    assert bureau.check_manifest(manifest, {n: d for n, d in files.items() if n != MANIFEST}).ok
    # the sections of parts with no data are named in the report
    report = json.loads(next(d for n, d in files.items() if n.endswith(".json") and n != MANIFEST))
    assert {s["key"]: s["state"] for s in report["sections"]}["indicators"] == bureau.DATA
    # (which ones depends on what the demo holds: tests/reports/test_bureau_report.py names them in the PDF)
    assert first.sections_without_data == tuple(s["key"] for s in report["sections"] if s["state"] != bureau.DATA)


def test_open_checks_and_writes_the_files(packages, tmp_path):
    first = packages[0]
    opened = bureau_district.open_package_file(first.package, first.password.lower().replace("-", " "), tmp_path)
    assert opened.manifest["school"] and (tmp_path / "manifest.json").exists()
    assert (tmp_path / first.pdf.name).read_bytes() == first.pdf.read_bytes()


def test_a_wrong_password_is_a_clear_message(packages, tmp_path):
    with pytest.raises(WrongPackagePassword, match="password does not open"):
        bureau_district.open_package_file(packages[0].package, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF", tmp_path)
    with pytest.raises(ValidationError, match="6 groups of 4"):
        bureau_district.open_package_file(packages[0].package, "1234", tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_tampered_file_is_named_and_nothing_written(packages, tmp_path):
    first = packages[0]
    files = open_package(first.package.read_bytes(), first.password)
    manifest = files.pop(MANIFEST)
    victim = next(n for n in files if n.endswith("-indicators.csv"))
    files[victim] = files[victim].replace(b"0", b"9")
    forged = tmp_path / "forged.7z"
    forged.write_bytes(seal_package(files, manifest, first.password))
    out = tmp_path / "out"
    with pytest.raises(bureau_district.Tampered, match=victim):
        bureau_district.open_package_file(forged, first.password, out)
    assert not out.exists()


def test_merge_two_schools_into_a_district_table(packages, tmp_path):
    from openpyxl import load_workbook

    pw = tmp_path / "passwords.txt"
    pw.write_text("\n".join(f"{p.package.name}\t{p.password}" for p in packages) + "\n", "utf-8")
    out, pdf = tmp_path / "district.xlsx", tmp_path / "district.pdf"
    merged = bureau_district.merge_packages([p.package for p in packages], pw, out, pdf)
    assert merged.schools == 2
    sheet = load_workbook(io.BytesIO(out.read_bytes()))["indicators"]
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 3 and {rows[1][1], rows[2][1]} == {"3401SFZX", "3401SFXX"}
    assert pdf.read_bytes().startswith(b"%PDF")


def test_merge_refuses_duplicates_and_missing_passwords(packages, tmp_path):
    first = packages[0]
    pw = tmp_path / "passwords.txt"
    pw.write_text(f"{first.package.name} {first.password}\n", "utf-8")
    with pytest.raises(ValidationError, match="same school"):
        bureau_district.merge_packages([first.package, first.package], pw, tmp_path / "d.xlsx")
    with pytest.raises(ValidationError, match="no line for"):
        bureau_district.merge_packages([packages[1].package], pw, tmp_path / "d.xlsx")
    assert not (tmp_path / "d.xlsx").exists()


def test_merge_refuses_mixed_periods():
    assert bureau.mergeable([{"period": "2026-2027-1", "short_code": "A"},
                             {"period": "2026-2027", "short_code": "B"}]) == ("mixed_periods",)


def test_the_purpose_is_required_and_audited(packages, tmp_path):
    demo = create_demo_office(tmp_path / "o", students=20, kdf=CHEAP_KDF)
    s = demo.office.session
    with pytest.raises(ValidationError, match="what the export is for"):
        bureau_export.export_bureau(s, None, tmp_path, "  ")
    result = bureau_export.export_bureau(s, None, tmp_path, "区教育局年度报送")
    from counselor_app.store import audit

    row = [r for r in audit.iter_all(s.conn) if r.action == "export.bureau"][-1]
    assert "区教育局年度报送" in row.detail and result.sha256[result.pdf.name] in row.detail
    assert result.password not in row.detail
    s.close()
    assert Path(result.pdf).exists()


def test_merge_many_schools(packages, tmp_path):
    """120 schools of one period (packages made from one export, each with its own manifest) in one table."""
    from openpyxl import load_workbook

    first = packages[0]
    files = open_package(first.package.read_bytes(), first.password)
    manifest = json.loads(files.pop(MANIFEST))
    lines, paths = [], []
    for n in range(120):
        m = dict(manifest, school=f"示范学校{n:03d}", unit_code=f"3401{n:04d}", short_code=f"S{n:03d}")
        path = tmp_path / f"bureau-S{n:03d}-{first.period}.7z"
        path.write_bytes(seal_package(files, json.dumps(m, ensure_ascii=False).encode(), first.password))
        paths.append(path)
        lines.append(f"{path.name}\t{first.password}")
    pw = tmp_path / "passwords.txt"
    pw.write_text("\n".join(lines), "utf-8")
    merged = bureau_district.merge_packages(paths, pw, tmp_path / "district.xlsx")
    assert merged.schools == 120
    rows = list(load_workbook(tmp_path / "district.xlsx")["indicators"].iter_rows(values_only=True))
    assert len(rows) == 121 and rows[120][0] == "示范学校119"


def _school_report(n: int, rng) -> bureau.Report:
    """A school's report whose risk and watch tables share margins, protected as bureau_sections protects them."""
    from counselor_app.services.bureau_sections import protected

    entries = [(rng.randrange(3), rng.randrange(2), rng.randrange(2), rng.randrange(3))
               for _ in range(rng.randint(3, 25))]

    def cross(axis: int, size: int) -> tuple:
        c = Counter((e[axis], e[2]) for e in entries)
        return tuple((f"g{i}", c[(i, 0)], c[(i, 1)], c[(i, 0)] + c[(i, 1)]) for i in range(size))

    source = Counter(e[3] for e in entries)
    risk = bureau.Section("risk", "Risk", bureau.DATA, (
        bureau.Table("risk_by_grade", "by grade", ("Grade", "L0", "L1", "Total"), cross(0, 3), total_column=3),
        bureau.Table("risk_by_month", "by month", ("Month", "L0", "L1", "Total"), cross(1, 2), total_column=3)))
    watch = bureau.Section("watch", "Watch", bureau.DATA, (
        bureau.Table("watch_by_source", "by source", ("Source", "Students"),
                     tuple((f"s{i}", source[i]) for i in range(3))),))
    return bureau.Report(f"示范学校{n:02d}", f"S{n:02d}", f"3401{n:04d}", "2026-2027-1", "2026-2027-1", "2026-09-01",
                         "2026-11-29", "2026-11-29 10:00", "0.1.0", protected((risk, watch)))


def test_merge_carries_each_schools_hidden_cells_and_sums_nothing(tmp_path):
    """The district workbook stacks each school's rows as the school sent them ("<5" and "*" included): it adds no
    district total, which could only be summed from the true counts (or guessed from "<5") and would give them back."""
    import random

    from openpyxl import load_workbook

    from bureau_attacker import assert_report_protected
    from counselor_app.reports.bureau_report import data_files
    from counselor_app.services.bureau_sections import same_sums

    rng = random.Random(17)
    password = bureau.new_password()
    reports, paths, lines = [], [], []
    for n in range(12):
        report = _school_report(n, rng)
        assert_report_protected(report.tables(), same_sums(report.tables()))
        files = data_files(report)
        path = tmp_path / f"bureau-S{n:02d}.7z"
        path.write_bytes(seal_package(files, bureau.manifest(report, files), password))
        reports.append(report)
        paths.append(path)
        lines.append(f"{path.name}\t{password}")
    pw = tmp_path / "passwords.txt"
    pw.write_text("\n".join(lines), "utf-8")
    bureau_district.merge_packages(paths, pw, tmp_path / "district.xlsx")
    book = load_workbook(tmp_path / "district.xlsx")
    marks = Counter()
    for key in ("risk_by_grade", "risk_by_month", "watch_by_source"):
        expected = []
        for report in reports:
            table = next(t for t in report.tables() if t.key == key)
            expected += [(report.school, *[str(c) for c in table.columns])]
            expected += [(report.school, *row) for row in table.cells()]
            expected.append(None)
            marks.update(c for row in table.cells() for c in row if c in (bureau.SMALL, bureau.SECONDARY))
        got = [None if all(v is None for v in row) else tuple(row) for row in book[key].iter_rows(values_only=True)]
        assert got == expected[:-1]
    assert marks[bureau.SMALL] and marks[bureau.SECONDARY]     # the schools' tables did hide cells
