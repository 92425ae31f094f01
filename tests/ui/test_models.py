"""The table model every list uses: sorting by a click on the header, through a real table view."""
from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    no: str
    klass: str
    count: int | None


ROWS = [Row("2026003", "七年级(10)班", 12), Row("2026001", "七年级(2)班", None), Row("2026010", "", 3),
        Row("2026002", "七年级(1)班", 40)]


def _table(qtbot):
    from counselor_app.ui.models import Column, RowsModel, sortable
    from counselor_app.ui.widgets import row_table

    model = RowsModel([Column("no", lambda r: r.no), Column("class", lambda r: r.klass),
                       Column("count", lambda r: r.count, align_right=True)])
    model.set_rows(ROWS)
    table = row_table(model, stretch=False)
    sortable(table)
    qtbot.addWidget(table)
    table.resize(600, 300)
    table.show()
    return model, table


def _click_header(qtbot, table, column: int) -> None:
    from counselor_app.ui.qt import QPoint, Qt

    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_header_clicks_sort_up_down_and_back(qtbot):
    model, table = _table(qtbot)
    assert model.rows == ROWS   # nothing sorted until the user asks
    table.selectRow(0)          # 2026003
    _click_header(qtbot, table, 1)
    # digits compared as numbers (2 before 10), the empty class last
    assert [r.klass for r in model.rows] == ["七年级(1)班", "七年级(2)班", "七年级(10)班", ""]
    selected = table.selectionModel().selectedRows()
    assert len(selected) == 1 and model.row_at(selected[0]).no == "2026003"   # the selection followed its row
    _click_header(qtbot, table, 1)
    assert [r.klass for r in model.rows] == ["七年级(10)班", "七年级(2)班", "七年级(1)班", ""]   # empty still last
    _click_header(qtbot, table, 1)
    assert model.rows == ROWS   # the third click: the order the service gave


def test_numbers_sort_as_numbers_and_new_rows_keep_the_sort(qtbot):
    model, table = _table(qtbot)
    _click_header(qtbot, table, 2)
    assert [r.count for r in model.rows] == [3, 12, 40, None]
    model.set_rows(ROWS[:3])   # a filter or a refresh replaces the rows: still sorted by that column
    assert [r.count for r in model.rows] == [3, 12, None]
    assert table.horizontalHeader().sortIndicatorSection() == 2


def test_natural_key():
    from counselor_app.ui.models import natural_key

    names = ["高一(12)班", "高一(3)班", "2024级计算机1班", "高一(3)班A"]
    assert sorted(names, key=natural_key) == ["2024级计算机1班", "高一(3)班", "高一(3)班A", "高一(12)班"]
    assert natural_key(7) < natural_key("7")   # numbers before text, never a TypeError between them


def test_names_sort_in_pinyin_character_by_character():
    from counselor_app.ui.models import name_key

    names = ["程宇轩", "陈浩", "章明", "陈博霖", "曾强", "张三", "程昊熙", "章北", ""]
    # every 陈 (chen) before every 程 (cheng), whatever the given names; 曾 as a surname is zeng, before zhang;
    # an empty name has no key (the model sorts it last)
    ordered = sorted([n for n in names if n], key=name_key)
    assert ordered[:5] == ["陈博霖", "陈浩", "程昊熙", "程宇轩", "曾强"]
    assert ordered[5:] in (["张三", "章北", "章明"], ["章北", "章明", "张三"])   # 张 and 章 (zhang) not mixed
    assert name_key("") is None
