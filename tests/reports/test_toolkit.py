"""The documents toolkit: a two-page specimen with every part, read back with pypdf; encryption; each part alone."""
from __future__ import annotations

import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf import PasswordType

from counselor_app.reports import toolkit as kit
from counselor_app.reports.fonts import find_cjk_font
from counselor_app.reports.pdf_base import resolve_font
from counselor_app.reports.table import column_widths

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sample_form  # noqa: E402

pytestmark = pytest.mark.skipif(find_cjk_font() is None, reason="no Chinese TrueType font on this machine")

# the toolkit's own words in Chinese, as the app's translations give them (tests do not load Qt)
ZH = {
    "No. {number}": "编号：{number}",
    "Cut along this line": "沿此线剪开",
    "{role} (signature):": "{role}（签字）：",
    "{role} {name} (signature):": "{role} {name}（签字）：",
    "Date: __________": "\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日",
    "{organization} (seal)": "{organization}（盖章）",
    "Page {page} of {pages}": "第 {page} 页，共 {pages} 页",
}


def zh(text) -> str:
    return ZH.get(str(text), str(text))


@pytest.fixture(scope="module")
def sample() -> bytes:
    return sample_form.build_sample(zh)


def texts(pdf: bytes, password: str | None = None) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    if password is not None:
        reader.decrypt(password)
    return [page.extract_text() for page in reader.pages]


def build(story, tr=zh) -> bytes:
    return kit.build_pdf(kit.PageHeader("示例中学", "测试"), story, tr=tr)


def test_the_sample_has_two_pages_with_every_part_in_chinese(sample):
    page1, page2 = texts(sample)
    for label in ("学生心理危机转介单（样张）", "编号：转介 2026-007", "学生姓名", "紧急程度", "加急", "转介原因及观",
                  "学校已采取的", "本年级关注学生人数", "一般关注", "跟进记录", "情况记录"):
        assert label in page1, label
    for label in ("家长（签字）：", "心理教师 李老师（签字）：", "分管校领导（签字）：", "年\u3000\u3000月\u3000\u3000日",
                  "示例市第一实验中学（盖章）", "沿此线剪开", "回 执", "医生建议", "住院治疗", "第 2 页，共 2 页"):
        assert label in page2, label


def test_the_table_header_repeats_on_the_second_page(sample):
    page1, page2 = texts(sample)
    for header in ("序号", "情况记录", "记录人", "评级"):
        assert header in page1 and header in page2
    assert "2026-09-01" in page1 and "2026-09-05" in page2 and "2026-09-01" not in page2


def test_printed_names_and_numbers_are_masked(sample):
    text = "".join(texts(sample))
    assert "欧阳*明" in text and "******0199" in text and "138****5678" in text
    assert "欧阳晓明" not in text and "2026070199" not in text and "13812345678" not in text


def test_check_boxes_are_drawn_not_typed(sample):
    text = "".join(texts(sample))
    assert not set("☐☑☒✓✔") & set(text)
    assert "常规" in text and "拒绝就医（须签字并写明原因）" in text


def _images(resources) -> list:
    """Raster images among a page's resources, looking into form XObjects too."""
    found = []
    xobjects = resources.get("/XObject") if resources else None
    for ref in (xobjects or {}).values():
        obj = ref.get_object()
        if obj.get("/Subtype") == "/Image":
            found.append(obj)
        elif obj.get("/Subtype") == "/Form":
            found += _images(obj.get("/Resources"))
    return found


def test_the_chart_is_vectors_in_the_chinese_font(sample):
    from counselor_app.reports.charts import _font_family

    page = PdfReader(io.BytesIO(sample)).pages[0]
    assert _images(page["/Resources"]) == []
    fonts = {str(f.get_object()["/BaseFont"]) for f in page["/Resources"]["/Font"].values()}
    family = _font_family(find_cjk_font().path).replace(" ", "")
    # reportlab's subsets and matplotlib's (Type 42, a CID TrueType subset) are both the Chinese font
    assert sum(family in name for name in fonts) >= 3, fonts
    assert "本年级关注学生人数（人）" in page.extract_text()
    assert "matplotlib.pyplot" not in sys.modules


def test_importing_the_toolkit_does_not_load_matplotlib():
    code = ("import sys, counselor_app.reports.toolkit, counselor_app.services.documents; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'matplotlib'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_a_chart_outside_build_pdf_is_refused():
    from reportlab.pdfgen.canvas import Canvas

    chart = kit.bar_chart(kit.Styles("Helvetica"), ["a"], [("n", [1])])
    chart.canv = Canvas(io.BytesIO())
    with pytest.raises(RuntimeError):
        chart.draw()


def test_encrypted_pdf_opens_with_its_password_only(sample):
    locked = kit.encrypt_pdf(sample, "Ab3-示例-pass")
    reader = PdfReader(io.BytesIO(locked))
    assert reader.is_encrypted
    encrypt = reader.trailer["/Encrypt"]
    assert (encrypt["/V"], encrypt["/R"]) == (5, 6)                    # AES-256, PDF 2.0
    assert encrypt["/CF"]["/StdCF"]["/CFM"] == "/AESV3"
    assert reader.decrypt("wrong") == PasswordType.NOT_DECRYPTED
    with pytest.raises(Exception):
        PdfReader(io.BytesIO(locked)).pages[0].extract_text()
    assert "学生姓名" in texts(locked, "Ab3-示例-pass")[0]
    assert b"\xe5\xad\xa6" not in locked and b"2026-007" not in locked    # nothing readable left in the bytes


@pytest.mark.skipif(not shutil.which("pdfinfo"), reason="poppler's pdfinfo not installed")
def test_poppler_opens_the_encrypted_pdf_with_the_password_and_refuses_a_wrong_one(sample, tmp_path):
    path = tmp_path / "locked.pdf"
    path.write_bytes(kit.encrypt_pdf(sample, "Ab3-pass"))
    good = subprocess.run(["pdfinfo", "-upw", "Ab3-pass", str(path)], capture_output=True, text=True)
    assert good.returncode == 0 and "Pages:           2" in good.stdout and "AES-256" in good.stdout
    assert "PDF version:     1.7" in good.stdout
    assert subprocess.run(["pdfinfo", "-upw", "nope", str(path)], capture_output=True).returncode != 0
    assert subprocess.run(["pdfinfo", str(path)], capture_output=True).returncode != 0


def test_encryption_needs_a_password(sample):
    with pytest.raises(kit.NoPdfPassword):
        kit.encrypt_pdf(sample, "")


def test_grid_two_columns_a_lone_field_spans_and_long_values_wrap():
    from reportlab.pdfgen.canvas import Canvas

    styles = kit.Styles(resolve_font(None))
    long = "情绪低落，" * 60
    grid = kit.label_value_grid(styles, [kit.Field("姓名", "王*明"), kit.Field("性别", "女"), kit.Field("班级", "初一(2)班"),
                                         kit.Field("说明", long, wide=True)])
    _, height = grid.wrapOn(Canvas(io.BytesIO()), kit.CONTENT_WIDTH, 800)
    assert height > 6 * 15                    # the long value takes several lines
    assert ("SPAN", (1, 1), (3, 1)) in [tuple(c[:3]) for c in grid._spanCmds]   # 班级's value runs to the edge
    two = kit.label_value_grid(styles, [kit.Field("a", "1"), kit.Field("b", "2")], columns=2)
    assert len(two._cellvalues) == 2 and len(two._cellvalues[0]) == 2
    with pytest.raises(ValueError):
        kit.label_value_grid(styles, [], columns=3)


def test_a_grid_value_taller_than_a_page_splits_instead_of_failing():
    pdf = build(lambda st: [kit.label_value_grid(st, [kit.Field("记录", "每周谈话一次，观察作息。" * 400, wide=True)])])
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= 2


def test_table_widths_groups_and_empty_text():
    cols = [kit.Column("a", fixed=100), kit.Column("b", weight=1), kit.Column("c", weight=3)]
    assert column_widths(cols, 500) == [100, 100, 300]
    pdf = build(lambda st: [kit.data_table(st, cols, [], empty_text="（无）")])
    assert "（无）" in texts(pdf)[0]
    with pytest.raises(ValueError):
        build(lambda st: [kit.data_table(st, cols, [], groups=[("x", 2)])])


def test_a_long_table_repeats_both_header_rows_on_every_page():
    cols = [kit.Column("序号", fixed=40, align="center"), kit.Column("学生"), kit.Column("人数", align="right")]
    rows = [[str(i), f"学生{i}", str(i % 7)] for i in range(1, 121)]
    pdf = build(lambda st: [kit.data_table(st, cols, rows, groups=[("本月概况", 3)])])
    pages = texts(pdf)
    assert len(pages) >= 3
    assert all("本月概况" in p and "序号" in p for p in pages)
    assert "学生120" in pages[-1]


def test_check_list_wraps_in_a_narrow_cell_and_stands_in_columns():
    styles = kit.Styles(resolve_font(None))
    options = ["可在校正常学习", "可在校学习，需定期复诊", "建议休学治疗", "住院治疗"]
    wide = kit.CheckList(styles, options, {"住院治疗", 0})
    narrow = kit.CheckList(styles, options)
    columns = kit.CheckList(styles, options, columns=2)
    assert wide.wrap(500, 100)[1] < narrow.wrap(120, 100)[1]
    assert columns.wrap(300, 100)[1] == pytest.approx(2 * columns.leading)
    assert wide.checked == {0, 3}


def test_tear_off_keeps_the_receipt_with_its_line():
    pdf = build(lambda st: [kit.tear_off(st, [kit.label_value_grid(st, [kit.Field("就诊日期", "")])], tr=zh)])
    assert "沿此线剪开" in texts(pdf)[0]


def test_a_signature_block_without_signers_and_the_footer_without_confidential_note():
    pdf = kit.build_pdf(kit.PageHeader("示例中学", "值班表", confidential=False),
                        lambda st: [kit.signature_block(st, [], tr=zh, seal="示例中学")], tr=zh)
    text = texts(pdf)[0]
    assert "示例中学（盖章）" in text and "Confidential" not in text


def test_the_recovery_sheet_is_one_page_as_before():
    from datetime import datetime

    from counselor_app.reports.recovery_sheet import RecoverySheet, build_recovery_sheet

    pdf = build_recovery_sheet(RecoverySheet("示例中学", "心理辅导室", "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789",
                                             datetime(2026, 9, 1)))
    (text,) = texts(pdf)
    assert "STUV" in text and "Confidential" in text
