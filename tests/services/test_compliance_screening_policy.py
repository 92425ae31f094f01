"""The policy's screenings per student and school year (设置 → 政策指标, screening_per_year, §5): the compliance
page's coverage by grade and the screening indicator count a student as covered when screened in at least that many
campaigns of the school year; with one a year nothing changes (per campaign's targets, as before)."""
from __future__ import annotations

import pytest
from screening_helpers import NONE, POSITIVE, TODAY, csv_file, login, of_grade, phq_header, phq_row, prepare

from counselor_app.domain.roles import Role
from counselor_app.services import compliance, screening, screening_import as si, settings
from counselor_app.store import compliance as store


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    return prepare(tmp_path_factory.mktemp("screeningpolicy") / "office")


@pytest.fixture
def head(prepared, tmp_path):
    with login(prepared, tmp_path, Role.HEAD) as s:
        yield s


def campaign(session, tmp_path, name, grade_id, rows, exempt):
    cid = screening.create_campaign(session, screening.CampaignEdit(name, "phq9", (grade_id,), start_on=TODAY))
    path = csv_file(tmp_path / f"{name}.csv", phq_header(), rows)
    si.import_screening(session, si.preview_screening(session, path, scale="PHQ-9", campaign=name, today=TODAY),
                        candidates=False, today=TODAY)
    screening.set_disposition(session, cid, exempt.id, "exempt", "家长申请免测")
    return cid


@pytest.fixture
def two_campaigns(head, tmp_path):
    """七年级, two campaigns: A tests s0, s1 (positive), s2; B tests s0 (positive), s1, s3; s5 is exempt in both."""
    s = of_grade(head, "七年级")
    campaign(head, tmp_path, "2026秋七年级A", s[0].grade_id, [phq_row(s[0], NONE), phq_row(s[1], POSITIVE),
                                                             phq_row(s[2], NONE)], s[5])
    campaign(head, tmp_path, "2026秋七年级B", s[0].grade_id, [phq_row(s[0], POSITIVE), phq_row(s[1], NONE),
                                                             phq_row(s[3], NONE)], s[5])
    return len(s)


def seventh(board):
    return next(c for c in board.coverage if c.grade == "七年级")


def test_once_a_year_counts_as_before(head, two_campaigns):
    n = two_campaigns
    board = compliance.dashboard(head, today=TODAY)
    assert board.screenings == 1
    # per campaign's targets: 2 × (n − 1 exempt) due, 3 + 3 tested, one positive in each
    assert seventh(board) == compliance.GradeCoverage("七年级", 2 * (n - 1), 6, 2)
    year = board.period.year_start.isoformat()
    assert store.screened(head.conn, year, TODAY.isoformat())[0] == 4          # s0 … s3


def test_twice_a_year_covers_the_students_screened_twice(head, two_campaigns):
    n = two_campaigns
    settings.set_thresholds(head, {"screening_per_year": 2})
    board = compliance.dashboard(head, today=TODAY)
    assert board.screenings == 2
    # per student: n − 1 due (s5 exempt), s0 and s1 tested in both campaigns, both positive once
    assert seventh(board) == compliance.GradeCoverage("七年级", n - 1, 2, 2)
    year = board.period.year_start.isoformat()
    assert store.screened(head.conn, year, TODAY.isoformat(), 2)[0] == 2       # s0, s1
    indicator = next(i for i in board.indicators if i.code == "screening")
    assert indicator.figure == pytest.approx(round(100 * 2 / board.students, 1), abs=0.1)
