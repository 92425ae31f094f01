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


@dataclass
class Item:
    name: str
    late: bool
    chosen: bool | None   # None: no check box in this row


def _declared(qtbot, items, ticks):
    from counselor_app.ui.models import Column, RowsModel
    from counselor_app.ui.qt import Qt
    from counselor_app.ui.widgets import row_table

    model = RowsModel([
        Column("name", lambda r: r.name, colour=lambda r: "#b3261e" if r.late else None,
               tooltip=lambda r: "overdue" if r.late else None, bold=lambda r: r.late, header_tip="who"),
        Column("chosen", lambda r: "", checked=lambda r: r.chosen,
               on_check=lambda r, on: (ticks.append((r.name, on)), setattr(r, "chosen", on)),
               align=Qt.AlignmentFlag.AlignCenter, background=lambda r: "#fff4d6" if r.chosen else None),
    ])
    model.set_rows(items)
    table = row_table(model)
    qtbot.addWidget(table)
    table.resize(400, 200)
    table.show()
    return model, table


def test_columns_declare_colours_tooltips_bold_alignment_and_header_tips(qtbot):
    from counselor_app.ui.qt import QColor, Qt

    items = [Item("a", True, False), Item("b", False, None)]
    model, _table = _declared(qtbot, items, [])
    late, on_time = model.index(0, 0), model.index(1, 0)
    assert model.data(late, Qt.ItemDataRole.ForegroundRole) == QColor("#b3261e")
    assert model.data(on_time, Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(late, Qt.ItemDataRole.ToolTipRole) == "overdue"
    assert model.data(on_time, Qt.ItemDataRole.ToolTipRole) is None
    assert model.data(late, Qt.ItemDataRole.FontRole).bold() and model.data(on_time, Qt.ItemDataRole.FontRole) is None
    assert model.data(model.index(0, 1), Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignVCenter)
    assert model.data(late, Qt.ItemDataRole.TextAlignmentRole) is None
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == "who"
    assert model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) is None


def test_a_check_box_column_is_ticked_with_the_keyboard_and_rows_without_a_box_are_not(qtbot):
    from counselor_app.ui.qt import QColor, Qt

    ticks = []
    items = [Item("a", False, False), Item("b", False, None)]
    model, table = _declared(qtbot, items, ticks)
    box, none = model.index(0, 1), model.index(1, 1)
    assert model.data(box, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.data(none, Qt.ItemDataRole.CheckStateRole) is None
    assert model.flags(box) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.flags(none) & Qt.ItemFlag.ItemIsUserCheckable
    table.setFocus()
    table.setCurrentIndex(box)
    qtbot.keyClick(table, Qt.Key.Key_Space)   # the view's own way to tick a box
    assert ticks == [("a", True)] and model.data(box, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.data(box, Qt.ItemDataRole.BackgroundRole) == QColor("#fff4d6")
    table.setCurrentIndex(none)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert ticks == [("a", True)] and items[1].chosen is None   # no box, nothing to tick
    assert not model.setData(model.index(0, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)


def test_a_renamed_header_keeps_everything_else_the_column_declares():
    from counselor_app.ui.models import Column, RowsModel
    from counselor_app.ui.qt import QColor, Qt

    model = RowsModel([Column("Grade", lambda r: r.name, colour=lambda r: "#123456", header_tip="tip")])
    model.set_rows([Item("七年级", False, None)])
    model.set_header(0, "Department")
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Department"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole) == QColor("#123456")
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == "tip"
