"""``counselor-app print return-form|return-support|crisis-report|crisis-report-bureau --id 2026-001``: leave and
crisis documents printed by the number on their forms as well as by their id; an unknown number said clearly; the
save audited under the record's id, never the typed text."""
from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from cli_helpers import run
from counselor_app.reports.fonts import find_cjk_font

PW = "Xinli-2026-Office"   # the demo office's password
needs_font = pytest.mark.skipif(find_cjk_font() is None, reason="no Chinese TrueType font on this machine")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The demo office (a leave with a return in progress, a closed crisis incident): (folder, {kind: (id,
    number)})."""
    from counselor_app.services.office import login
    from counselor_app.store import crisis, leaves

    d = tmp_path_factory.mktemp("print_by_number") / "office"
    r = run("demo", "--data-dir", str(d), "--students", "120", lang="zh_CN")
    assert r.returncode == 0, r.stderr
    with login(d, "demo", PW) as s:
        leave_id, leave_year, leave_seq = s.conn.execute(
            "SELECT id, year, seq FROM student_leave ORDER BY id LIMIT 1").fetchone()
        incident_id, year, seq = s.conn.execute(
            "SELECT id, year, seq FROM crisis_incident ORDER BY id LIMIT 1").fetchone()
        assert leaves.leave_by_number(s.conn, leave_year, leave_seq) == leave_id
        assert crisis.incident_by_number(s.conn, year, seq) == incident_id
    return d, {"return_form": (leave_id, f"{leave_year}-{leave_seq:03d}"),
               "crisis_report": (incident_id, f"{year}-{seq:03d}")}


def saves(d, action: str) -> list[tuple]:
    from counselor_app.services.office import login
    from counselor_app.store import audit

    with login(d, "demo", PW) as s:
        return [(r.outcome, r.target_type, str(r.target_id)) for r in audit.iter_all(s.conn) if r.action == action]


@needs_font
@pytest.mark.parametrize("kind, record, target", [("return-form", "return_form", "leave"),
                                                  ("crisis-report", "crisis_report", "crisis")])
def test_printed_by_the_number_on_the_form_or_by_the_id(demo, tmp_path, kind, record, target):
    d, records = demo
    record_id, number = records[record]
    for given, name in ((number, "by_number.pdf"), (f" {number} ", "spaced.pdf"), (str(record_id), "by_id.pdf")):
        out = tmp_path / name
        r = run("print", kind, "--id", given, "--out", str(out), "--data-dir", str(d), "--login", "demo",
                "--password-stdin", stdin=PW + "\n", lang="zh_CN")
        assert r.returncode == 0, r.stderr
        assert PdfReader(io.BytesIO(out.read_bytes())).pages
    assert saves(d, f"save.{record}") == [("ok", target, str(record_id))] * 3


@pytest.mark.parametrize("kind, message", [("return-support", "不是请假/休学记录"), ("crisis-report-bureau", "不是危机事件")])
def test_an_unknown_number_is_refused_and_nothing_is_written(demo, tmp_path, kind, message):
    d, _records = demo
    out = tmp_path / "x.pdf"
    r = run("print", kind, "--id", "2019-099", "--out", str(out), "--data-dir", str(d), "--login", "demo",
            "--password-stdin", stdin=PW + "\n", lang="zh_CN")
    assert r.returncode == 2, r.stdout
    assert "“2019-099”" in r.stderr and message in r.stderr
    assert not out.exists()


def test_a_document_without_numbers_still_takes_digits_only(demo, tmp_path):
    d, _records = demo
    r = run("print", "minutes", "--id", "2026-001", "--out", str(tmp_path / "m.pdf"), "--data-dir", str(d),
            "--login", "demo", "--password-stdin", stdin=PW + "\n", lang="en")
    assert r.returncode == 2 and "is not a record's number" in r.stderr
