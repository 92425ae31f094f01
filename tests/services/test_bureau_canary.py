"""The canary: a demo office whose students carry distinctive names, numbers and birth dates. None of them appears in
any file of the bureau export after decryption — in UTF-8, UTF-16 or GBK, in the PDF's text, in the xlsx's parts,
the csv files, the json and the manifest — and neither the PDF nor the package opens without the password."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from testdata import CHEAP_KDF
from counselor_app.domain import bureau
from counselor_app.reports.bureau_report import WrongPackagePassword, open_package
from counselor_app.services import bureau_export
from counselor_app.services.demo import create_demo_office
from counselor_app.store.database import transaction

SURNAMES = "鹬蜩鼯麂貘"


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    folder = tmp_path_factory.mktemp("canary")
    demo = create_demo_office(folder / "office", students=80, kdf=CHEAP_KDF, watch=True)
    s = demo.office.session
    canaries = []
    with transaction(s.conn):
        for n, (sid,) in enumerate(s.conn.execute("SELECT id FROM student ORDER BY id").fetchall()):
            name = f"{SURNAMES[n % 5]}金丝雀{n:03d}"
            number = f"QX9{n:05d}7"
            birth = f"2010-0{1 + n % 9}-{11 + n % 17}"
            s.conn.execute("UPDATE student SET name = ?, student_no = ?, birth_date = ? WHERE id = ?",
                           (name, number, birth, sid))
            s.conn.execute("UPDATE guardian SET name = ? WHERE student_id = ?", (f"{name}家长", sid))
            canaries.append((name, number, birth))
    out = folder / "out"
    out.mkdir()
    result = bureau_export.export_bureau(s, None, out, "canary test")
    s.close()
    return result, canaries


def _haystacks(result) -> list[tuple[str, bytes]]:
    """Every file of the export after decryption, and what lies inside them (xlsx parts, the PDF's text)."""
    from pypdf import PdfReader

    files = open_package(result.package.read_bytes(), result.password)
    found = list(files.items())
    for name, data in files.items():
        if name.endswith(".xlsx"):
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                found += [(f"{name}:{part}", z.read(part)) for part in z.namelist()]
        if name.endswith(".pdf"):
            reader = PdfReader(io.BytesIO(data))
            assert reader.is_encrypted
            reader.decrypt(result.password)
            text = "\n".join(p.extract_text() for p in reader.pages)
            found.append((f"{name}:text", text.encode("utf-8")))
    return found


def test_no_name_number_or_birth_date_leaves(exported):
    result, canaries = exported
    haystacks = _haystacks(result)
    assert any(name.endswith(".pdf:text") and "金丝雀".encode() not in data for name, data in haystacks)
    text_of_pdf = next(data for name, data in haystacks if name.endswith(".pdf:text")).decode()
    assert "重点关注" in text_of_pdf or "Risk" in text_of_pdf or "风险" in text_of_pdf or "Indicator" in text_of_pdf
    needles = {"金丝雀"} | {c for canary in canaries for c in canary}
    for needle in needles:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be", "gbk"):
            encoded = needle.encode(encoding)
            for name, data in haystacks:
                assert encoded not in data, (needle, encoding, name)
    for path in (result.pdf, result.package):   # file names carry the school's code and the period only
        assert "金丝雀" not in path.name and path.name.startswith("bureau-")


def test_nothing_opens_without_the_password(exported):
    from pypdf import PdfReader

    result, _ = exported
    reader = PdfReader(io.BytesIO(result.pdf.read_bytes()))
    assert reader.is_encrypted
    assert not reader.decrypt("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA")
    with pytest.raises(Exception):
        reader.pages[0].extract_text()
    with pytest.raises(WrongPackagePassword):
        open_package(result.package.read_bytes(), "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA")
    raw = result.package.read_bytes()
    assert b"manifest.json" not in raw and b"indicators" not in raw and "manifest".encode("utf-16-le") not in raw


def test_the_password_is_not_kept_anywhere(exported, tmp_path):
    result, _ = exported
    office = result.pdf.parent.parent / "office"
    for path in office.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert result.password.encode() not in data and result.password.encode("utf-16-le") not in data
    assert len(bureau.normalize_password(result.password.lower())) == 29
