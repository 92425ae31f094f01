"""Importing screening results (services/screening_import.py): the shapes platforms export (GBK and UTF-8±BOM csv,
title rows, xlsx; items by number, text, Q1, T1, 第1题, PHQ9_1; option words; score-only files), every row verdict
with its Excel row number, all or nothing, skipping, importing the same file again, a new campaign's grades."""
from __future__ import annotations

from datetime import date

import pytest
from screening_helpers import (
    KEY_ONLY, NONE, POSITIVE, TODAY, csv_file, login, of_grade, phq_header, phq_row, prepare, pupils, xlsx_file,
)

from counselor_app.domain.errors import ValidationError
from counselor_app.domain.roles import Role
from counselor_app.services import screening, screening_import as si, screening_results, students
from counselor_app.services.table_import import ImportRefused
from counselor_app.store import audit


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    return prepare(tmp_path_factory.mktemp("screening") / "office")


@pytest.fixture
def counselor(prepared, tmp_path):
    with login(prepared, tmp_path, Role.COUNSELOR) as s:
        yield s


def preview(session, path, scale="PHQ-9", campaign="2026秋七年级", **kw):
    return si.preview_screening(session, path, scale=scale, campaign=campaign, today=TODAY, **kw)


def do_import(session, path, scale="PHQ-9", campaign="2026秋七年级", skip_invalid=False, **kw):
    p = preview(session, path, scale, campaign, **kw)
    return p, si.import_screening(session, p, skip_invalid=skip_invalid, candidates=False, today=TODAY)


def messages(verdict) -> str:
    from counselor_app.domain.errors import fill

    return " ".join(fill(t, params, str) for t, params in verdict.errors)


@pytest.mark.parametrize("encoding", ["gbk", "utf-8", "utf-8-sig"])
@pytest.mark.parametrize("style", ["number", "text", "bare_text", "q", "t", "ti", "code"])
def test_csv_in_every_encoding_with_items_named_any_way(counselor, tmp_path, encoding, style):
    seven = of_grade(counselor, "七年级")[:3]
    path = csv_file(tmp_path / "phq.csv", phq_header(style),
                    [phq_row(seven[0], NONE), phq_row(seven[1], POSITIVE), phq_row(seven[2], KEY_ONLY)],
                    encoding=encoding, title="2026年秋季心理测评结果（导出）")
    p, done = do_import(counselor, path)
    assert p.header_row == 1 and not p.rejected
    assert sorted(k for k in p.mapping.values() if k.startswith("item_")) == sorted(f"item_{n}" for n in range(1, 10))
    assert (done.imported, done.unchanged, done.positives, done.key_hits) == (3, 0, 1, 1)
    assert done.campaign_created
    rows = {r.student_no: r for r in screening_results.campaign_results(counselor, done.campaign_id)}
    assert rows[seven[0].student_no].outcome == "negative" and rows[seven[0].student_no].total == 0
    assert rows[seven[1].student_no].outcome == "positive" and rows[seven[1].student_no].band == "中度"
    assert rows[seven[2].student_no].key_items == (9,) and rows[seven[2].student_no].outcome == "negative"


def test_xlsx_with_option_words_and_extra_columns(counselor, tmp_path):
    seven = of_grade(counselor, "七年级")[:2]
    words = ["完全不会", "好几天", "一半以上的天数", "几乎每天", "2", "1 好几天", "0", "没有", "好几天"]
    header = ["序号", "学号", "姓名", "班级", "提交时间", "用时（秒）", *[f"{n}." for n in range(1, 10)], "总分", "结论"]
    rows = [[1, seven[0].student_no, seven[0].name, seven[0].class_name, "2026-11-03 10:22:31", 301, *words, 99, "略"],
            [2, int(seven[1].student_no), seven[1].name, seven[1].class_name, date(2026, 11, 4), 250, *NONE, 0, ""]]
    p, done = do_import(counselor, xlsx_file(tmp_path / "phq.xlsx", header, rows, title="测评结果"))
    assert not p.rejected and done.imported == 2
    result = {r.student_no: r for r in screening_results.campaign_results(counselor, done.campaign_id)}
    first = result[seven[0].student_no]
    assert first.total == 0 + 1 + 2 + 3 + 2 + 1 + 0 + 0 + 1 and first.key_items == (9,)   # the file's 总分 is ignored
    assert first.taken_on == "2026-11-03" and result[seven[1].student_no].taken_on == "2026-11-04"
    answers = screening_results.result_answers(counselor, first.id, "复核前查看")
    assert [a.score for a in answers.answers] == [0, 1, 2, 3, 2, 1, 0, 0, 1]
    assert answers.answers[8].option == "好几天" and answers.answers[8].key_item


def test_a_score_only_scl90_file(counselor, tmp_path):
    high = of_grade(counselor, "高一")[:3]
    header = ["学号", "姓名", "总分", "躯体化", "强迫症状因子分", "抑郁", "阳性项目数", "总均分"]
    rows = [[high[0].student_no, high[0].name, 120, 1.2, 1.5, "1.31", 20, 1.33],
            [high[1].student_no, high[1].name, 200, 2.5, 2.1, "2.00", 60, 2.22],
            [high[2].student_no, high[2].name, 150, 1.2, 1.5, "1.31", 30, 1.67]]
    p, done = do_import(counselor, csv_file(tmp_path / "scl.csv", header, rows), scale="SCL-90", campaign="高一 SCL")
    assert p.score_only and not p.rejected and done.imported == 3
    lines = {r.student_no: r for r in screening_results.campaign_results(counselor, done.campaign_id)}
    assert lines[high[1].student_no].outcome == "positive" and lines[high[1].student_no].score_only
    # the known values below every cut-off, the other factors unknown: the rules cannot decide
    assert lines[high[0].student_no].outcome == "unknown"
    assert lines[high[0].student_no].key_items == ()
    detail = screening_results.result_detail(counselor, lines[high[1].student_no].id).detail
    assert detail.positive_items == 60 and {f.id: f.shown for f in detail.factors}["depression"] == "2.00"
    assert screening_results.result_answers(counselor, lines[high[1].student_no].id).answers == ()


def test_a_score_only_mht_file_with_the_lie_scale(counselor, tmp_path):
    p1, p2 = of_grade(counselor, "八年级")[:2]
    header = ["学号", "姓名", "全量表分", "效度"]
    rows = [[p1.student_no, p1.name, 70, 2], [p2.student_no, p2.name, 40, 8]]
    _p, done = do_import(counselor, csv_file(tmp_path / "mht.csv", header, rows), scale="MHT", campaign="八年级 MHT")
    lines = {r.student_no: r for r in screening_results.campaign_results(counselor, done.campaign_id)}
    assert lines[p1.student_no].outcome == "positive" and lines[p2.student_no].outcome == "invalid"
    assert done.positives == 1


def test_every_row_verdict_names_its_excel_row(counselor, tmp_path):
    seven = of_grade(counselor, "七年级")
    nine = of_grade(counselor, "九年级")[0]
    rows = [
        phq_row(seven[0], NONE),                                      # 3: fine
        ["2099999", "无此人", *NONE],                                  # 4: unknown student
        phq_row(seven[1], [0, 0, "", 0, 0, 0, 0, 0, 0]),              # 5: a missing answer
        phq_row(seven[2], [0, 0, 0, "常常", 0, 0, 0, 0, 0]),           # 6: not an option
        phq_row(seven[3], NONE),                                      # 7: twice …
        phq_row(seven[3], POSITIVE),                                  # 8: … in the file
        [seven[4].student_no, "别人", *NONE],                          # 9: the name is another's
        phq_row(seven[5], [0, 0, 0, 0, 0, 0, 0, 0, 5]),               # 10: out of the range
        phq_row(seven[6], [0, 0, 0, 0, 0, 0, 0, "", 3]),              # 11: incomplete, but item 9 hit
    ]
    path = csv_file(tmp_path / "bad.csv", phq_header(), rows, title="导出")
    p = preview(counselor, path)
    verdicts = {v.line: v for v in p.verdicts}
    assert verdicts[3].status == "ok"
    assert "not in the register" in messages(verdicts[4])
    assert "item(s) 3" in messages(verdicts[5]) or "3" in messages(verdicts[5])
    assert messages(verdicts[6]).startswith("4: not an answer of this scale (use 0 完全不会")
    assert "row(s) 8" in messages(verdicts[7]) and "row(s) 7" in messages(verdicts[8])
    assert "differs" in messages(verdicts[9])
    assert verdicts[10].status == "error"
    assert verdicts[11].status == "error" and p.rejected_key_hits == [11]
    assert [v.line for v in p.rejected] == [4, 5, 6, 7, 8, 9, 10, 11] and p.new == 1
    with pytest.raises(ImportRefused) as refused:
        si.import_screening(counselor, p, candidates=False)
    assert [line for line, _m in refused.value.problems] == [4, 5, 6, 7, 8, 9, 10, 11]
    assert screening.campaign_by_name(counselor, "2026秋七年级") is None          # nothing was written
    done = si.import_screening(counselor, p, skip_invalid=True, candidates=False)
    assert (done.imported, len(done.rejected), done.rejected_key_hits) == (1, 8, (11,))

    # the campaign is seventh grade now: a ninth-grader is outside it
    p = preview(counselor, csv_file(tmp_path / "nine.csv", phq_header(), [phq_row(nine, NONE)]))
    assert "not in the grades or classes of this campaign (七年级)" in messages(p.rejected[0])


def test_a_date_in_the_future_and_the_default_date(counselor, tmp_path):
    a, b = of_grade(counselor, "七年级")[:2]
    header = phq_header() + ["测评日期"]
    path = csv_file(tmp_path / "d.csv", header, [phq_row(a, NONE) + ["2026-12-01"], phq_row(b, NONE) + [""]])
    p = preview(counselor, path, taken_on=date(2026, 11, 10))
    assert "in the future" in messages(p.rejected[0])
    assert p.valid[0].record["taken_on"] == date(2026, 11, 10)


def test_name_and_class_without_numbers_and_an_ambiguous_name(counselor, tmp_path):
    a, b = of_grade(counselor, "七年级")[:2]
    twin = students.save_student(counselor, students.StudentEdit("2026079999", b.name, class_id=b.class_id))
    rows = [[a.name, "七年级（1）班", *NONE], [b.name, a.class_name, *POSITIVE], ["谁也不是", a.class_name, *NONE]]
    p = preview(counselor, csv_file(tmp_path / "names.csv", ["姓名", "班级", *map(str, range(1, 10))], rows))
    verdicts = {v.line: v for v in p.verdicts}
    assert verdicts[2].status == "ok" and p.students[2] == a.id
    assert "2 students of the register have this name" in messages(verdicts[3])
    assert "No student of the register has this name" in messages(verdicts[4])
    assert twin


def test_importing_the_same_file_again_changes_nothing(counselor, tmp_path):
    seven = of_grade(counselor, "七年级")[:4]
    path = csv_file(tmp_path / "phq.csv", phq_header(), [phq_row(p, POSITIVE) for p in seven])
    _p, first = do_import(counselor, path)
    marks = counselor.conn.execute("SELECT count(*) FROM screening_result").fetchone()
    again, second = do_import(counselor, path, taken_on=date(2026, 11, 12))   # another day: still the same sheets
    assert (again.new, again.unchanged) == (0, 4)
    assert (second.imported, second.unchanged, second.positives) == (0, 4, 0) and not second.campaign_created
    assert counselor.conn.execute("SELECT count(*) FROM screening_result").fetchone() == marks
    # another sheet of a student who has one is refused: a retest is a campaign of its own
    changed = csv_file(tmp_path / "phq2.csv", phq_header(), [phq_row(seven[0], NONE)])
    p = preview(counselor, changed)
    assert "another result in this campaign already" in messages(p.rejected[0])
    rows = [r for r in audit.iter_all(counselor.conn) if r.action == "import.screening"]
    assert [r.detail for r in rows] == ["4/0/0/4/0", "0/4/0/0/0"] and rows[0].target_type == "screening_campaign"


def test_a_new_campaign_gets_the_grades_of_the_files_students(counselor, tmp_path):
    seven, eight = of_grade(counselor, "七年级")[0], of_grade(counselor, "八年级")[0]
    path = csv_file(tmp_path / "two.csv", phq_header(), [phq_row(seven, NONE), phq_row(eight, NONE)])
    p = preview(counselor, path, campaign="两个年级")
    assert p.campaign_id is None and p.new_groups == ["七年级", "八年级"]
    done = si.import_screening(counselor, p, candidates=False)
    info = next(c for c in screening.list_campaigns(counselor) if c.id == done.campaign_id)
    grade_size = len(of_grade(counselor, "七年级")) + len(of_grade(counselor, "八年级"))
    assert info.groups == ("七年级", "八年级") and info.scale_code == "PHQ-9"
    assert (info.coverage.due, info.coverage.tested) == (grade_size, 2) and info.start_on == TODAY.isoformat()


def test_wrong_scale_for_a_campaign_and_files_that_are_not_results(counselor, tmp_path):
    a = of_grade(counselor, "七年级")[0]
    do_import(counselor, csv_file(tmp_path / "a.csv", phq_header(), [phq_row(a, NONE)]))
    with pytest.raises(ValidationError) as e:
        preview(counselor, csv_file(tmp_path / "b.csv", ["学号", *map(str, range(1, 8))], [[a.student_no, *[0] * 7]]),
                scale="GAD-7")
    assert "screens with PHQ-9" in e.value.english()
    with pytest.raises(ValidationError) as e:
        preview(counselor, csv_file(tmp_path / "c.csv", ["学号", "1", "2", "3"], [[a.student_no, 0, 0, 0]]),
                campaign="另一个")
    assert "item(s) 4、5、6、7、8、9" in e.value.english()
    with pytest.raises(ValidationError) as e:
        preview(counselor, csv_file(tmp_path / "d.csv", ["姓名", "电话"], [["张三", "1"]]), campaign="另一个")
    assert "No header row" in e.value.english()
    with pytest.raises(ValidationError) as e:
        preview(counselor, csv_file(tmp_path / "e.csv", ["学号", "年级", "总分"], []), campaign="另一个")
    assert "no rows" in e.value.english() or "no results" in e.value.english()
    with pytest.raises(ValidationError) as e:
        preview(counselor, tmp_path / "e.csv", scale="SDS-99", campaign="另一个")
    assert "No scale is called SDS-99" in e.value.english()


def test_a_preview_can_be_checked_again_with_another_mapping(counselor, tmp_path):
    a = of_grade(counselor, "七年级")[0]
    header = ["学号", "姓名", *map(str, range(1, 10)), "备用"]
    p = preview(counselor, csv_file(tmp_path / "m.csv", header, [phq_row(a, [0] * 8 + ["x"]) + [1]]), strict=False)
    assert p.rejected
    mapping = {**p.mapping, 10: None, 11: "item_9"}       # item 9 is in the last column in truth
    again = si.preview_screening(counselor, tmp_path / "m.csv", p.sheet, mapping, False, p, scale="PHQ-9",
                                 campaign="2026秋七年级", today=TODAY)
    assert not again.rejected and again.valid[0].record["result"].key_item_hits == (9,)


def test_a_result_is_sealed_in_the_database(counselor, tmp_path):
    a = of_grade(counselor, "七年级")[0]
    _p, done = do_import(counselor, csv_file(tmp_path / "s.csv", phq_header(), [phq_row(a, KEY_ONLY)]))
    answers, detail = counselor.conn.execute("SELECT answers, detail FROM screening_result").fetchone()
    assert b'"9"' not in bytes(answers) and b"phq2" not in bytes(detail)
    from counselor_app.store import sealed

    assert ("screening_result", "answers", 1) not in sealed.unreadable(counselor.conn, counselor.clinical)
    assert len(pupils(counselor)) >= 40 and done.imported == 1


def test_a_results_file_longer_than_a_roster_may_be_imports(counselor, tmp_path, monkeypatch):
    """Beyond the roster's cell limit (a university's 30,000 SCL-90 sheets are 2.8 million cells): the screening
    import reads within files/limits.answer_sheets(); the roster import still refuses such a file."""
    from counselor_app.files import limits
    from counselor_app.files.roster_files import TooManyCells, read_rows

    seven = of_grade(counselor, "七年级")
    monkeypatch.setattr(limits, "MAX_CELLS", 40)
    path = csv_file(tmp_path / "long.csv", phq_header(), [phq_row(p, NONE) for p in seven])   # 8 x 11 = 88 cells
    with pytest.raises(TooManyCells):
        read_rows(path)
    p, done = do_import(counselor, path)
    assert done.imported == len(seven) and not p.rejected


def test_a_row_of_many_wrong_answers_names_five_and_counts_the_rest(counselor, tmp_path):
    seven = of_grade(counselor, "七年级")
    path = csv_file(tmp_path / "bad.csv", phq_header(), [phq_row(seven[0], ["x"] * 8 + [0])])
    p = preview(counselor, path, strict=False)
    verdict, = p.rejected
    assert len(verdict.errors) == 6 and "3 more cells of this row are no answers of the scale" in messages(verdict)
