"""A demo office with screening campaigns for the GUI tests: tests/services/screening_helpers.py's office (40
students in six classes, the counselor linked to a staff member), one campaign of 七年级 with PHQ-9 results imported
through the services (positives, key-item hits, candidates on the watch list) and one empty campaign of 八年级;
built once per test module and copied into each test's data folder."""
from __future__ import annotations

import shutil
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "services"))

from screening_helpers import (  # noqa: E402
    KEY_ONLY, NONE, POSITIVE, Pupil, csv_file, of_grade, phq_header, phq_row, prepare,
)
from watch_helpers import LOGIN  # noqa: E402

from counselor_app.domain.roles import Role  # noqa: E402
from counselor_app.services import office, screening, screening_import  # noqa: E402
from counselor_app.services.demo import DEMO_PASSWORD  # noqa: E402

CAMPAIGN = "2026秋七年级心理测评"
EMPTY = "2026秋八年级心理测评"


@dataclass(frozen=True)
class ScreeningGuiOffice:
    folder: Path
    seventh: list[Pupil]          # 七年级's students; the first 6 have a result (0, 4, 5 positive; 2, 5 a key item)
    eighth: list[Pupil]
    campaign_id: int
    empty_id: int
    positive: list[int]           # student ids
    key_hit: list[int]


def build(folder: Path) -> ScreeningGuiOffice:
    base = prepare(folder)
    with office.login(base.folder, LOGIN[Role.COUNSELOR], DEMO_PASSWORD) as s:
        seventh, eighth = of_grade(s, "七年级"), of_grade(s, "八年级")
        grade7, grade8 = seventh[0].grade_id, eighth[0].grade_id
        campaign_id = screening.create_campaign(s, screening.CampaignEdit(CAMPAIGN, "PHQ-9", (grade7,),
                                                                          start_on=date.today()))
        empty_id = screening.create_campaign(s, screening.CampaignEdit(EMPTY, "GAD-7", (grade8,),
                                                                       start_on=date.today()))
        answers = [POSITIVE, NONE, KEY_ONLY, NONE, POSITIVE, [3] * 9]
        rows = [phq_row(p, a) for p, a in zip(seventh, answers)]
        path = csv_file(folder.parent / "setup.csv", phq_header(), rows)
        preview = screening_import.preview_screening(s, path, scale="PHQ-9", campaign=CAMPAIGN)
        screening_import.import_screening(s, preview)
    positive = [seventh[i].id for i in (0, 4, 5)]
    key_hit = [seventh[i].id for i in (2, 5)]
    return ScreeningGuiOffice(base.folder, seventh, eighth, campaign_id, empty_id, positive, key_hit)


def copy_into(prepared: ScreeningGuiOffice, data_dir: Path) -> None:
    shutil.copytree(prepared.folder, data_dir)
