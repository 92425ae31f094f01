"""A two-page specimen form that uses every part of the documents toolkit (synthetic people only).

``python tests/reports/sample_form.py OUT.pdf`` writes it in Chinese (the app's translations) to look at.
"""
from __future__ import annotations

from datetime import datetime

from counselor_app.domain.masking import mask_name, mask_number, mask_phone
from counselor_app.reports import toolkit as kit

SCHOOL = "示例市第一实验中学"
UNIT = "心理辅导室"
TITLE = "学生心理危机转介单（样张）"
URGENCY = ["常规", "加急", "紧急（绿色通道）"]
PARENTS = ["已知晓", "同意就医", "拒绝就医（须签字并写明原因）"]
ADVICE = ["可在校正常学习", "可在校学习，需定期复诊", "建议休学治疗", "住院治疗"]
FOLLOW_UP_COLUMNS = [
    kit.Column("序号", fixed=11 * kit.MM, align="center"),
    kit.Column("日期", fixed=24 * kit.MM, align="center"),
    kit.Column("方式", fixed=23 * kit.MM, align="center"),
    kit.Column("情况记录", weight=3),
    kit.Column("记录人", fixed=20 * kit.MM, align="center"),
    kit.Column("评级", fixed=18 * kit.MM, align="right"),
]
HOW = ["谈话", "家长电话", "家访", "心理辅导", "班主任观察"]


def follow_ups(n: int = 5) -> list[list[str]]:
    rows = []
    for i in range(n):
        note = "课堂上注意力不集中，午休时独处，与同伴交流较少；已与班主任沟通，约定下周继续观察并记录作息变化。"
        rows.append([str(i + 1), f"2026-{9 + i // 30:02d}-{i % 30 + 1:02d}", HOW[i % len(HOW)],
                     note[: 20 + (i * 7) % len(note)], mask_name("李老师"), str(i % 3 + 1)])
    return rows


def story(st: kit.Styles, tr) -> list:
    from reportlab.platypus import Paragraph, Spacer

    grid = kit.label_value_grid(st, [
        kit.Field("学生姓名", mask_name("欧阳晓明")),
        kit.Field("性别", "男"),
        kit.Field("班级", "七年级(3)班"),
        kit.Field("学号", mask_number("2026070199")),
        kit.Field("监护人", "欧阳华（父亲）"),
        kit.Field("联系电话", mask_phone("13812345678")),
        kit.Field("紧急程度", kit.CheckList(st, URGENCY, {"加急"}), wide=True),
        kit.Field("转介原因及观察到的情况",
                  "近两周多次在课堂上情绪低落、独自哭泣，作业完成率明显下降；心理测评筛查提示需进一步评估。"
                  "班主任与家长沟通后，家长表示孩子近期睡眠较差、食欲下降，愿意配合学校安排就医。" * 2, wide=True),
        kit.Field("家长知情情况", kit.CheckList(st, PARENTS, {0, 1}), wide=True),
        kit.Field("学校已采取的措施", "", wide=True, height=22 * kit.MM),
    ])
    chart = kit.bar_chart(st, ["一般关注", "重点关注", "高危"], [("9月", [12, 5, 1]), ("10月", [10, 6, 2])],
                          title="本年级关注学生人数（人）", width=130 * kit.MM, height=58 * kit.MM)
    table = kit.data_table(st, FOLLOW_UP_COLUMNS, follow_ups(), groups=[("跟进记录", 3), ("内容", 1), ("记录", 2)])
    signers = kit.signature_block(st, [kit.Signer("家长"), kit.Signer("心理教师", "李老师"), kit.Signer("班主任"),
                                       kit.Signer("分管校领导")], tr=tr, seal=SCHOOL)
    receipt = [
        Paragraph("回　执", st.title.clone("receiptTitle", fontSize=15, leading=20, spaceAfter=4)),
        kit.label_value_grid(st, [
            kit.Field("学生姓名", mask_name("欧阳晓明")),
            kit.Field("就诊日期", ""),
            kit.Field("医院", ""),
            kit.Field("科室", ""),
            kit.Field("医生建议", kit.CheckList(st, ADVICE, columns=2), wide=True),
            kit.Field("对学校的建议", "", wide=True, height=14 * kit.MM),
        ]),
        Spacer(1, 3 * kit.MM),
        kit.signature_block(st, [kit.Signer("家长")], tr=tr),
    ]
    return [
        *kit.title_block(st, TITLE, "转介 2026-007", tr=tr),
        grid,
        Spacer(1, 4 * kit.MM),
        chart,
        Paragraph("跟进记录", st.heading),
        table,
        Spacer(1, 6 * kit.MM),
        signers,
        kit.tear_off(st, receipt, tr=tr),
    ]


def build_sample(tr=kit.identity, font_path: str | None = None) -> bytes:
    header = kit.PageHeader(SCHOOL, TITLE, UNIT, datetime(2026, 10, 9, 15, 30))
    return kit.build_pdf(header, lambda st: story(st, tr), tr=tr, font_path=font_path)


if __name__ == "__main__":
    import sys

    from PySide6.QtCore import QCoreApplication

    from counselor_app import translation

    app = QCoreApplication([])
    translation.install("zh_CN" if len(sys.argv) < 3 else sys.argv[2])
    with open(sys.argv[1], "wb") as out:
        out.write(build_sample(translation.translate_text))
