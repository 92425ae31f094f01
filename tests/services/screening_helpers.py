"""Files of screening results as platforms export them, and the demo office of the watch-list tests to import them
into (tests/services/watch_helpers.py: 40 students in six classes, a counselor linked to a staff member)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from watch_helpers import TODAY, login, prepare  # noqa: F401 - the tests' office and day (a Friday)

PHQ_TEXTS = ("做事时提不起劲或没有兴趣", "感到心情低落、沮丧或绝望", "入睡困难、睡不安稳或睡眠过多", "感觉疲倦或没有活力",
             "食欲不振或吃太多", "觉得自己很糟或很失败，或让自己或家人失望", "对事物专注有困难",
             "动作或说话缓慢，或烦躁坐立不安", "有不如死掉或用某种方式伤害自己的念头")


@dataclass(frozen=True)
class Pupil:
    id: int
    student_no: str
    name: str
    grade: str
    class_name: str      # 七年级(1)班
    grade_id: int
    class_id: int


def pupils(session) -> list[Pupil]:
    """The enrolled students of the office, by class and number."""
    return [Pupil(*r) for r in session.conn.execute(
        "SELECT s.id, s.student_no, s.name, g.name, c.name, g.id, c.id FROM student s JOIN school_class c "
        "ON c.id = s.class_id JOIN grade g ON g.id = c.grade_id WHERE s.status = 'enrolled' "
        "ORDER BY g.sort_order, c.sort_order, s.student_no")]


def of_grade(session, grade: str) -> list[Pupil]:
    return [p for p in pupils(session) if p.grade == grade]


def csv_file(path: Path, header: Sequence[object], rows: Sequence[Sequence[object]], *, encoding: str = "utf-8",
             title: str | None = None) -> Path:
    lines = ([title] if title else []) + [",".join(map(str, header))] + [",".join(map(str, r)) for r in rows]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def xlsx_file(path: Path, header: Sequence[object], rows: Sequence[Sequence[object]], *,
              title: str | None = None, sheet: str = "结果") -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    if title:
        ws.append([title])
    ws.append(list(header))
    for r in rows:
        ws.append(list(r))
    wb.save(path)
    return path


def phq_header(style: str = "number") -> list[str]:
    """学号, 姓名 and the nine items as a platform names them."""
    items = {
        "number": [str(n) for n in range(1, 10)],
        "text": [f"{n}. {t}" for n, t in enumerate(PHQ_TEXTS, 1)],
        "bare_text": list(PHQ_TEXTS),
        "q": [f"Q{n}" for n in range(1, 10)],
        "t": [f"T{n}" for n in range(1, 10)],
        "ti": [f"第{n}题" for n in range(1, 10)],
        "code": [f"PHQ9_{n}" for n in range(1, 10)],
    }[style]
    return ["学号", "姓名", *items]


def phq_row(p: Pupil, answers: Sequence[object]) -> list[object]:
    return [p.student_no, p.name, *answers]


NONE = [0] * 9                     # total 0: negative
POSITIVE = [2, 2, 2, 1, 1, 1, 1, 1, 0]   # total 11: positive (≥ 10), item 9 not hit
KEY_ONLY = [0, 0, 0, 0, 0, 0, 0, 0, 1]   # total 1: negative, but item 9 hit
