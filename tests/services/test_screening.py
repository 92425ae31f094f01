"""Screening scales and campaigns (services/screening.py), the readers of results (services/screening_results.py:
the results page, a result's detail, its answers asked for with a reason, the profile section and the timeline) and
the export's columns (services/screening_export.py)."""
from __future__ import annotations

import json

import pytest
from screening_helpers import KEY_ONLY, NONE, POSITIVE, TODAY, csv_file, login, of_grade, phq_header, phq_row, prepare

from counselor_app.domain.errors import PermissionDenied, ValidationError
from counselor_app.domain.roles import Role
from counselor_app.domain.scales import builtin
from counselor_app.services import profile, screening, screening_export, screening_import as si, \
    screening_results as sr, timeline
from counselor_app.store import audit


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    return prepare(tmp_path_factory.mktemp("screening") / "office")


@pytest.fixture
def counselor(prepared, tmp_path):
    with login(prepared, tmp_path, Role.COUNSELOR) as s:
        yield s


def import_rows(session, tmp_path, rows, header=None, scale="PHQ-9", campaign="2026秋七年级"):
    path = csv_file(tmp_path / f"{campaign}.csv", header or phq_header(), rows)
    p = si.preview_screening(session, path, scale=scale, campaign=campaign, today=TODAY)
    return si.import_screening(session, p, candidates=False, today=TODAY)


def trail(session, action):
    return [r for r in audit.iter_all(session.conn) if r.action == action]


# -- scales -----------------------------------------------------------------------------------------------------

def own_scale(code="SAS-T", version=1, cutoff: int | None = None) -> str:
    """GAD-7 under another code (or the same one), with another cut-off when given."""
    raw = json.loads(builtin("GAD-7").text)
    raw.update(code=code, version=version)
    if cutoff is not None:
        raw["settings"]["cutoff"]["value"] = cutoff
    return json.dumps(raw, ensure_ascii=False)


def test_the_shipped_scales_are_listed(counselor):
    listed = {s.code: s for s in screening.list_scales(counselor)}
    assert set(listed) >= {"PHQ-9", "GAD-7", "SCL-90", "MHT", "MSSMHS", "UPI"}
    assert listed["SCL-90"].items == 90 and listed["SCL-90"].factors == 10 and listed["SCL-90"].builtin
    assert not listed["PHQ-9"].stored      # enters the office's table when first used


def test_an_office_adds_its_own_scale_and_a_new_version(counselor, tmp_path):
    path = tmp_path / "own.json"
    path.write_text(own_scale(), encoding="utf-8")
    info = screening.add_scale(counselor, path)
    assert (info.code, info.version, info.builtin, info.stored) == ("SAS-T", 1, False, True)
    assert screening.find_scale(counselor, "sas-t").fingerprint == info.fingerprint
    with pytest.raises(ValidationError) as e:      # the same definition again
        screening.add_scale(counselor, path)
    assert "already" in e.value.english()
    changed = own_scale(cutoff=12)
    with pytest.raises(ValidationError) as e:      # other rules under the same version
        screening.add_scale(counselor, changed)
    assert "higher \"version\"" in e.value.english()
    newer = screening.add_scale(counselor, own_scale(version=2, cutoff=12))
    assert newer.version == 2 and screening.find_scale(counselor, "SAS-T").version == 2
    with pytest.raises(ValidationError):           # a shipped code and version with other rules
        screening.add_scale(counselor, own_scale(code="GAD-7", cutoff=12))
    assert [r.detail for r in trail(counselor, "screening.scale_add")] == ["SAS-T v1", "SAS-T v2"]


def test_a_broken_definition_is_refused_with_its_reason(counselor, tmp_path):
    raw = json.loads(own_scale())
    raw["factors"] = [{"id": "a", "name": {"zh": "甲", "en": "A"}, "items": [1, 2], "score": "sum"},
                      {"id": "b", "name": {"zh": "乙", "en": "B"}, "items": [2, 3], "score": "sum"}]
    with pytest.raises(ValidationError) as e:
        screening.add_scale(counselor, json.dumps(raw, ensure_ascii=False))
    assert "2" in e.value.english()
    with pytest.raises(ValidationError):
        screening.add_scale(counselor, "{not json")
    with pytest.raises(ValidationError) as e:
        screening.add_scale(counselor, tmp_path / "missing.json")
    assert "cannot be read" in e.value.english()
    assert trail(counselor, "screening.scale_add") == []


# -- campaigns and coverage ---------------------------------------------------------------------------------------

def test_a_campaign_targets_its_grades_and_counts_coverage(counselor, tmp_path):
    seven = of_grade(counselor, "七年级")
    grade_id = seven[0].grade_id
    campaign = screening.create_campaign(counselor, screening.CampaignEdit("2026秋七年级", "phq9", (grade_id,),
                                                                           start_on=TODAY))
    import_rows(counselor, tmp_path, [phq_row(p, NONE) for p in seven[:3]])
    screening.set_disposition(counselor, campaign, seven[3].id, "absent", "病假住院")
    screening.set_disposition(counselor, campaign, seven[4].id, "exempt", "随班就读，家长申请免测")
    cov = screening.campaign_coverage(counselor, campaign)
    n = len(seven)
    assert (cov.total.due, cov.total.tested, cov.total.absent, cov.total.exempt) == (n - 2, 3, 1, 1)
    assert cov.total.percent == f"{3 / (n - 2) * 100:.1f}%"
    assert [g.grade for g in cov.grades] == ["七年级"] and [c.klass for c in cov.classes] == ["七年级(1)班"]
    info = screening.list_campaigns(counselor)[0]
    assert info.coverage == cov.total and info.results == 3 and info.groups == ("七年级",)
    # the reason is sealed: not in the database's plain text
    blob = counselor.conn.execute("SELECT reason FROM screening_target WHERE student_id = ?", (seven[3].id,)).fetchone()
    assert "病假".encode() not in bytes(blob[0])
    screening.set_disposition(counselor, campaign, seven[3].id, "due")
    assert screening.campaign_coverage(counselor, campaign).total.absent == 0
    details = [r.detail for r in trail(counselor, "screening.disposition")]
    assert details == [f"campaign={campaign} due>absent", f"campaign={campaign} due>exempt",
                       f"campaign={campaign} absent>due"]


def test_campaign_and_disposition_mistakes_are_clear(counselor, tmp_path):
    seven = of_grade(counselor, "七年级")
    edit = screening.CampaignEdit("测评", "PHQ-9", (seven[0].grade_id,))
    campaign = screening.create_campaign(counselor, edit)
    for bad, words in ((screening.CampaignEdit(" ", "PHQ-9", (1,)), "Give the campaign a name"),
                       (edit, "already has this name"),
                       (screening.CampaignEdit("二", "PHQ-9"), "grades or classes"),
                       (screening.CampaignEdit("三", "XYZ", (1,)), "No scale is called XYZ"),
                       (screening.CampaignEdit("四", "PHQ-9", (999,)), "not in the register"),
                       (screening.CampaignEdit("五", "PHQ-9", (1,), start_on=TODAY,
                                               end_on=TODAY.replace(day=1)), "end on or after")):
        with pytest.raises(ValidationError) as e:
            screening.create_campaign(counselor, bad)
        assert words in e.value.english()
    import_rows(counselor, tmp_path, [phq_row(seven[0], NONE)], campaign="测评")
    for args, words in (((seven[1].id, "absent", ""), "reason"), ((seven[1].id, "tested", ""), "imported"),
                        ((seven[0].id, "absent", "x"), "imported"), ((seven[1].id, "gone", ""), "Unknown"),
                        ((of_grade(counselor, "八年级")[0].id, "absent", "x"), "not one the campaign screens")):
        with pytest.raises(ValidationError) as e:
            screening.set_disposition(counselor, campaign, *args)
        assert words in e.value.english()


# -- reading results ----------------------------------------------------------------------------------------------

def test_the_results_page_the_detail_and_the_answers(counselor, tmp_path):
    a, b = of_grade(counselor, "七年级")[:2]
    done = import_rows(counselor, tmp_path, [phq_row(a, POSITIVE), phq_row(b, KEY_ONLY)])
    rows = {r.student_id: r for r in sr.campaign_results(counselor, done.campaign_id)}
    assert rows[a.id].candidate and rows[b.id].candidate and rows[a.id].klass == "七年级(1)班"
    assert rows[a.id].scale == "PHQ-9 v1" and a.name in rows[a.id].search
    assert trail(counselor, "view.screening_results")[-1].detail == "2"
    view = sr.result_detail(counselor, rows[a.id].id)
    assert view.detail.total == 11 and view.detail.band.zh == "中度"
    assert "positive" in " ".join(view.detail.sentences(str, "en")).lower() or view.detail.reasons
    # a key item hit: the answers only with a reason, which the trail keeps
    with pytest.raises(ValidationError) as e:
        sr.result_answers(counselor, rows[b.id].id)
    assert "key item" in e.value.english()
    answers = sr.result_answers(counselor, rows[b.id].id, "面谈前核对")
    assert answers.key_items == (9,) and answers.answers[8].score == 1
    seen = trail(counselor, "view.screening_answers")
    assert seen[-1].target_type == "student" and seen[-1].target_id == str(b.id)
    assert seen[-1].detail == f"result={rows[b.id].id}\t面谈前核对"
    assert sr.result_answers(counselor, rows[a.id].id).answers[0].score == 2     # no key item: no reason needed


def test_the_assistant_sees_nothing_of_screening(prepared, tmp_path):
    with login(prepared, tmp_path, Role.ASSISTANT) as assistant:
        for call in (lambda: screening.list_campaigns(assistant), lambda: sr.campaign_results(assistant, 1),
                     lambda: sr.result_answers(assistant, 1, "x"),
                     lambda: screening_export.export_campaign(assistant, "测评", tmp_path / "x.xlsx")):
            with pytest.raises(PermissionDenied):
                call()
        assert "screening" not in profile.may_see(assistant)


def test_a_students_results_over_the_years_in_the_profile_and_timeline(counselor, tmp_path):
    a = of_grade(counselor, "七年级")[0]
    import_rows(counselor, tmp_path, [phq_row(a, NONE)], campaign="一")
    import_rows(counselor, tmp_path, [phq_row(a, KEY_ONLY)], campaign="二")
    section = sr.student_screening(counselor, a.id)
    assert [(r.campaign, r.total, r.key_items) for r in section.results] == [("一", 0, ()), ("二", 1, (9,))]
    assert section.totals("PHQ-9") == [("一", 0), ("二", 1)] and section.may_view_answers
    page = timeline.student_timeline(counselor, a.id, sources=["screening"])
    titles = [(e.title, e.detail) for e in page.events]
    assert titles[0] == ("Screening 二: Negative", "PHQ-9, total 1 无/极轻; key item 9 hit")
    assert len(titles) == 2 and all(e.day_only for e in page.events)


# -- the export ---------------------------------------------------------------------------------------------------

def sheet(path):
    from openpyxl import load_workbook

    return [[c.value for c in row] for row in load_workbook(path).active.iter_rows()]


def test_the_export_of_scl90_and_mht_campaigns(counselor, tmp_path):
    high = of_grade(counselor, "高一")[:2]
    answers = [[1] * 90, [2] * 90]
    answers[0][14] = 3                       # item 15 (key item) at 3
    header = ["学号", "姓名", *[f"第{n}题" for n in range(1, 91)]]
    import_rows(counselor, tmp_path, [[p.student_no, p.name, *a] for p, a in zip(high, answers)], header,
                scale="SCL-90", campaign="高一 SCL")
    out = tmp_path / "scl.xlsx"
    assert screening_export.export_campaign(counselor, "高一 SCL", out) == 2
    rows = sheet(out)
    assert rows[0][:8] == ["学号", "姓名", "班级", "量表", "总分", "等级", "筛查结果", "关键题"]
    assert rows[0][8:] == ["躯体化", "强迫症状", "人际关系敏感", "抑郁", "焦虑", "敌对", "恐怖", "偏执", "精神病性",
                           "其他（饮食睡眠）", "阳性项目数"]
    first, second = rows[1], rows[2]
    assert first[:8] == [high[0].student_no, high[0].name, "高一(1)班", "SCL-90", 92, None, "阴性", "15"]
    assert second[4] == 180 and second[6] == "阳性" and second[7] == "15、59" and second[8] == 2 and second[-1] == 90
    from openpyxl import load_workbook

    cell = load_workbook(out).active.cell(row=2, column=9)
    assert cell.number_format == "0.00"      # factor scores shown with two decimals

    eight = of_grade(counselor, "八年级")[:1]
    mht = [0] * 100
    for n in (82, 84, 86, 88, 90, 92, 94):   # a lie score of 7: invalid
        mht[n - 1] = 1
    import_rows(counselor, tmp_path, [[eight[0].student_no, eight[0].name, *["是" if v else "否" for v in mht]]],
                ["学号", "姓名", *[f"T{n}" for n in range(1, 101)]], scale="MHT", campaign="八年级 MHT")
    out = tmp_path / "mht.xlsx"
    screening_export.export_campaign(counselor, "八年级 MHT", out)
    rows = sheet(out)
    assert rows[0][-1] == "效度" and rows[0][8] == "学习焦虑" and len(rows[0]) == 8 + 8 + 1
    assert rows[1][6] == "无效" and rows[1][-1] == 7 and rows[1][8] == 0 and rows[1][5] is None
    assert [r.detail for r in trail(counselor, "export.screening")] == ["2", "1"]
    with pytest.raises(ValidationError):
        screening_export.export_campaign(counselor, "没有", tmp_path / "n.xlsx")
    with pytest.raises(ValidationError):
        screening_export.export_campaign(counselor, "八年级 MHT", tmp_path / "no" / "n.xlsx")


def test_a_scale_not_meant_for_the_grade_is_warned_about_not_refused(counselor):
    seven = of_grade(counselor, "七年级")
    grade_id, class_id = seven[0].grade_id, seven[0].class_id

    def warnings(scale, grades=(grade_id,), classes=()):
        return screening.campaign_warnings(counselor, screening.CampaignEdit("x", scale, grades, classes,
                                                                             start_on=TODAY))

    assert warnings("PHQ-9") == [] and warnings("MHT") == [] and warnings("SCL-90", ()) == []
    adult = warnings("SCL-90")
    assert adult[0] == ("Symptom Checklist 90 (SCL-90) is meant for age 16 and older (high school, university), not "
                        "for 七年级: check that this is the scale you want.")
    assert adult[1].startswith("Symptom Checklist 90 (SCL-90) is meant for age 16 and older: ")
    assert warnings("SCL-90", (), (class_id,))[0].endswith("not for 七年级: check that this is the scale you want.")
    screening.create_campaign(counselor, screening.CampaignEdit("成人量表", "SCL-90", (grade_id,), start_on=TODAY))


def test_the_age_rule_counts_birthdays():
    from datetime import date

    from counselor_app.domain import screening as rules

    day = date(2026, 9, 1)
    births = [date(2010, 9, 1), date(2010, 9, 2), None, date(2005, 1, 1)]
    assert rules.younger_than(births, 16, day) == 1 and rules.younger_than(births, None, day) == 0
