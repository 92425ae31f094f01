"""The preview of a table import (services/table_import.py), for any kind of table: the file and its sheet, the
row where the column names were found, every column of the file with its first values and what it is imported as
(changeable), and every row's verdict with the row number Excel shows; then the import with a progress bar.

The file is read once (in the worker); changing a column's meaning checks the same rows again without reading the
file, changing the sheet reads that sheet. A kind needs only its two services; the verdict table shows one column
per field unless the dialog says otherwise (``verdict_columns``). Built on the job dialog kit (ui/job_dialog.py).
Subclasses: ui/import_dialog.py (rosters), ui/pages/calendar_dialogs.py (the office's holidays).
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from counselor_app.domain.errors import fill
from counselor_app.domain.roster_values import cell_text
from counselor_app.domain.table_import import RowVerdict, kind_of
from counselor_app.services.table_import import TablePreview
from counselor_app.translation import translate_text
from counselor_app.ui import dialogs
from counselor_app.ui.job_dialog import JobDialog
from counselor_app.ui.models import Column, RowsModel
from counselor_app.ui.qt import (
    QCheckBox, QColor, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter, QStandardItem,
    QStandardItemModel, QTableView, QVBoxLayout, QWidget, Qt,
)
from counselor_app.ui.widgets import row_table, show_error_text, tab_leaves, tab_through_cells

FILE_FILTER = "*.xlsx *.xlsm *.xls *.csv *.txt"
SAMPLES = 3
RAW_COLOUR = "#b42318"   # a value shown as the file has it, because it could not be read


def column_letter(index: int) -> str:
    """A, B, … Z, AA, AB … as Excel names columns."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def row_message(verdict: RowVerdict) -> str:
    return " ".join(fill(text, params, translate_text) for text, params in verdict.errors)


def shown_value(value) -> str:
    """A parsed value as the preview shows it: a date as 2013-05-12, text as it is, nothing as an empty cell."""
    if value is None:
        return ""
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


class VerdictModel(RowsModel):
    """The verdict rows; a cell the file held but the import could not read shows the file's text, in red."""

    def __init__(self, columns: list[Column], raw_keys: dict[int, str], raw_tip: str, parent=None) -> None:
        super().__init__(columns, parent)
        self.raw_keys, self.raw_tip = raw_keys, raw_tip

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        key = self.raw_keys.get(index.column()) if index.isValid() else None
        if key is not None and role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole) \
                and key in self.rows[index.row()].raw:
            return QColor(RAW_COLOUR) if role == Qt.ItemDataRole.ForegroundRole else self.raw_tip
        return super().data(index, role)


class TableImportDialog(JobDialog):
    """``preview_fn(session, path, sheet, mapping, strict=False, previous=…)`` and ``import_fn(session, preview,
    skip_invalid=…, progress=…)`` are the kind's two services."""

    def __init__(self, parent, app, kind: str, preview_fn: Callable, import_fn: Callable, title: str = "",
                 path: str | Path | None = None) -> None:
        super().__init__(parent, app, title, self.tr("Import"))
        self.kind, self.preview_fn, self.import_fn = kind, preview_fn, import_fn
        self.path: Path | None = Path(path) if path else None
        self.preview: TablePreview | None = None
        self.import_button = self.apply_button
        self.resize(980, 700)

        top = QHBoxLayout()
        self.file_label = QLabel(self.tr("No file chosen."))
        self.file_label.setObjectName("importFile")
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.sheet = QComboBox()
        self.sheet.setObjectName("importSheet")
        self.sheet.setMinimumContentsLength(10)
        self.sheet.currentIndexChanged.connect(self._sheet_changed)
        self.sheet_label = QLabel(self.tr("Sheet:"))
        for widget, stretch in ((self.file_label, 1), (self.choose_button, 0), (self.sheet_label, 0), (self.sheet, 0)):
            top.addWidget(widget, stretch)
        self.body.addLayout(top)
        self.header_info = QLabel()
        self.header_info.setWordWrap(True)
        self.header_info.setObjectName("hint")
        self.body.addWidget(self.header_info)

        split = QSplitter(Qt.Orientation.Vertical)
        self.mapping = QStandardItemModel(0, 3, self)
        self.mapping.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("First values"),
                                                self.tr("Imported as")])
        self.mapping_view = tab_leaves(QTableView())   # Tab goes on to the choices of its last column
        self.mapping_view.setObjectName("importMapping")
        self.mapping_view.setModel(self.mapping)
        self.mapping_view.verticalHeader().hide()
        self.mapping_view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        head = self.mapping_view.horizontalHeader()   # sized to their contents once filled (_size_mapping)
        for col, mode in enumerate((QHeaderView.ResizeMode.Interactive, QHeaderView.ResizeMode.Stretch,
                                    QHeaderView.ResizeMode.Interactive)):
            head.setSectionResizeMode(col, mode)
        split.addWidget(self.mapping_view)
        lower = QWidget()
        self.verdict_box = QVBoxLayout(lower)
        self.verdict_box.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.only_problems = QCheckBox(self.tr("Show only rows with problems"))
        self.only_problems.toggled.connect(self._show_verdicts)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.only_problems)
        self.verdict_box.addLayout(bar)
        for widget in self.verdict_extras():
            self.verdict_box.addWidget(widget)
        columns, raw_keys = self.verdict_columns()
        self.verdicts = VerdictModel(columns, raw_keys, self.tr("As in the file: this value could not be read."), self)
        self.verdict_view = row_table(self.verdicts, stretch=False)
        self.verdict_view.setObjectName("importVerdicts")
        self.verdict_box.addWidget(self.verdict_view)
        split.addWidget(lower)
        split.setSizes([240, 400])
        self.body.addWidget(split, 1)
        self.skip_invalid = QCheckBox(self.tr("Skip invalid rows (import the valid ones and report the others)"))
        self.skip_invalid.toggled.connect(self._update_buttons)
        self.add_option(self.skip_invalid)
        self._update_buttons()
        if self.path is not None:
            self.load()

    # -- what a kind may change -----------------------------------------------------------------------------------
    def verdict_columns(self) -> tuple[list[Column], dict[int, str]]:
        """The verdict table's columns, and which of them show the file's text when a value could not be read:
        row, verdict, one column per field of the kind, the problem."""
        fields = kind_of(self.kind).fields
        columns = [Column(self.tr("Row"), lambda v: v.line, align_right=True), Column(self.tr("Verdict"), self.verdict)]
        columns += [Column(translate_text(f.label), self.shown(f.key, self._show_with(f.labels))) for f in fields]
        columns.append(Column(self.tr("Problem"), row_message))
        return columns, {2 + i: f.key for i, f in enumerate(fields)}

    @staticmethod
    def _show_with(labels: dict | None) -> Callable:
        if not labels:
            return shown_value
        return lambda value: translate_text(labels[value]) if value in labels else shown_value(value)

    def verdict_extras(self) -> list[QWidget]:
        """Widgets of the kind between the counts and the verdict table (a roster: the classes it creates)."""
        return []

    def verdict(self, v: RowVerdict) -> str:
        return {"ok": self.tr("valid"), "note": self.tr("skipped")}.get(v.status, self.tr("rejected"))

    @staticmethod
    def shown(key: str, show: Callable) -> Callable:
        """The value as it was understood (2013.5.12 as 2013-05-12), so a misreading shows; the file's text when it
        could not be read (2013-02-30), never an empty cell."""
        return lambda v: cell_text(v.raw[key]) if key in v.raw else show(v.record.get(key))

    def file_prompt(self) -> tuple[str, str]:
        """The file picker's title and the name of the files it offers."""
        return self.tr("Choose a file to import"), self.tr("Tables")

    def problem_rows(self, preview: TablePreview) -> list[RowVerdict]:
        return preview.rejected

    def summary_text(self, preview: TablePreview) -> str:
        return self.tr("{new} new, {updated} updated, {unchanged} unchanged, {rejected} rejected").format(
            new=preview.new, updated=preview.updated, unchanged=preview.unchanged, rejected=len(preview.rejected))

    def result_text(self, result) -> str:
        return self.tr("Imported: {new} new, {updated} updated, {unchanged} unchanged, {rejected} rejected.").format(
            new=result.new, updated=result.updated, unchanged=result.unchanged, rejected=len(result.rejected))

    # -- reading ----------------------------------------------------------------------------------------------------
    def choose_file(self) -> None:
        if self._progress is not None:
            return   # an import is running
        title, files = self.file_prompt()
        chosen = dialogs.get_open_file_name(self, title, f"{files} ({FILE_FILTER})")
        if chosen:
            self.path = Path(chosen)
            self.preview = None
            self.start_over()   # a new file: a new import
            self.load()

    def load(self, sheet: str | None = None, mapping: dict | None = None, reuse: bool = False) -> None:
        if self.path is None or self._progress is not None or self.result is not None:
            return
        preview_fn, path, previous = self.preview_fn, self.path, (self.preview if reuse else None)
        self.file_label.setText(self.tr("File: {name}").format(name=path.name))
        self.summary.setText(self.tr("Checking the rows…"))   # reading and checking 30,000 rows takes seconds
        self.start_preview(lambda s: preview_fn(s, path, sheet, mapping, strict=False, previous=previous))

    def _loaded(self, preview: TablePreview) -> None:
        self.preview = preview
        self.sheet.blockSignals(True)
        self.sheet.clear()
        for name in preview.sheets:
            self.sheet.addItem(name, name)
        self.sheet.setCurrentIndex(max(0, self.sheet.findData(preview.sheet)) if preview.sheet else 0)
        self.sheet.blockSignals(False)
        for widget in (self.sheet, self.sheet_label):
            widget.setVisible(len(preview.sheets) > 1)
        if preview.header_row < 0:
            self.header_info.setText(self.tr("This sheet has no row naming the columns. Choose the sheet that holds "
                                             "the list.") if len(preview.sheets) > 1 else "")
            self.mapping.removeRows(0, self.mapping.rowCount())
        else:
            self.header_info.setText(self.tr(
                "The column names were found in row {row}. Check what each column is imported as and change a "
                "choice if it is wrong; the rows are checked again at once. Nothing is written before you press "
                "Import.").format(row=preview.header_row + 1))
            self._fill_mapping(preview)
        if preview.problems:
            show_error_text(self.error, "; ".join(fill(t, p, translate_text) for t, p in preview.problems))
        self._show_verdicts()

    def _load_failed(self, error: BaseException) -> None:
        self.summary.clear()
        self.verdicts.clear()
        if self.preview is None:
            self.mapping.removeRows(0, self.mapping.rowCount())
        super()._load_failed(error)

    def _fill_mapping(self, preview: TablePreview) -> None:
        self.mapping.removeRows(0, self.mapping.rowCount())
        header = preview.rows[preview.header_row]
        width = max((len(r) for r in preview.rows[preview.header_row:]), default=0)
        body = preview.rows[preview.header_row + 1:]
        fields = kind_of(self.kind).fields
        for col in range(width):
            title = str(header[col]).strip() if col < len(header) and header[col] is not None else ""
            samples = [cell_text(r[col]) for r in body if col < len(r) and r[col] not in (None, "")][:SAMPLES]
            if not title and not samples:
                continue
            name = QStandardItem(f"{column_letter(col)} · {title}" if title else column_letter(col))
            name.setData(col, Qt.ItemDataRole.UserRole)
            row = self.mapping.rowCount()
            self.mapping.appendRow([name, QStandardItem("、".join(samples)), QStandardItem()])
            combo = QComboBox()
            combo.setObjectName(f"mapping{col}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.addItem(self.tr("— not imported —"), None)
            for f in fields:
                combo.addItem(translate_text(f.label) + (" *" if f.required else ""), f.key)
            combo.setCurrentIndex(max(0, combo.findData(preview.mapping.get(col))))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.mapping_view.setIndexWidget(self.mapping.index(row, 2), combo)
        tab_through_cells(self.mapping_view)
        self._size_mapping()

    def _size_mapping(self) -> None:
        """The column names and the drop-downs as wide as their texts (学籍号码(新), 第二监护人关系 *): the table is
        there to show what each column becomes. The first values take the rest of the width."""
        view, head = self.mapping_view, self.mapping_view.horizontalHeader()
        view.resizeColumnToContents(0)
        combos = [view.indexWidget(self.mapping.index(row, 2)) for row in range(self.mapping.rowCount())]
        head.resizeSection(2, max([c.sizeHint().width() for c in combos] + [view.sizeHintForColumn(2),
                                                                          head.sectionSizeHint(2)]))
        height = max([c.sizeHint().height() for c in combos], default=0)
        for row in range(self.mapping.rowCount()):
            view.setRowHeight(row, max(view.rowHeight(row), height))

    def combo_for(self, col: int) -> QComboBox | None:
        for row in range(self.mapping.rowCount()):
            if self.mapping.item(row, 0).data(Qt.ItemDataRole.UserRole) == col:
                return self.mapping_view.indexWidget(self.mapping.index(row, 2))
        return None

    def current_mapping(self) -> dict[int, str | None]:
        mapping = {}
        for row in range(self.mapping.rowCount()):
            col = self.mapping.item(row, 0).data(Qt.ItemDataRole.UserRole)
            key = self.mapping_view.indexWidget(self.mapping.index(row, 2)).currentData()
            if key:
                mapping[col] = key
        return mapping

    def _mapping_changed(self) -> None:
        if self.preview is not None:
            self.load(self.preview.sheet, self.current_mapping(), reuse=True)

    def _sheet_changed(self) -> None:
        if self.preview is not None:
            self.load(self.sheet.currentData())

    def _show_verdicts(self) -> None:
        preview = self.preview
        if preview is None or preview.problems:
            self.verdicts.clear()
            self.summary.clear()   # the error line says what is wrong
            return
        self.verdicts.set_rows(self.problem_rows(preview) if self.only_problems.isChecked() else preview.verdicts)
        self.summary.setText(self.summary_text(preview))
        self.verdict_view.resizeColumnsToContents()

    def ready(self) -> bool:
        p = self.preview
        return (p is not None and not p.problems and bool(p.valid)
                and (not p.rejected or self.skip_invalid.isChecked()))

    def _update_buttons(self) -> None:
        super()._update_buttons()
        p = self.preview
        self.choose_button.setEnabled(self._progress is None)
        self.skip_invalid.setEnabled(p is not None and bool(p.rejected) and self.result is None
                                     and self._progress is None)
        self.import_button.setToolTip(self.tr(
            "Some rows are not valid: correct them in the file, or tick \u201cskip invalid rows\u201d.")
            if p is not None and p.rejected and not self.skip_invalid.isChecked() and not p.problems else "")

    # -- writing ----------------------------------------------------------------------------------------------------
    def inputs(self) -> list[QWidget]:
        return [self.sheet, self.mapping_view]

    def apply_call(self, progress) -> Callable:
        import_fn, preview, skip = self.import_fn, self.preview, self.skip_invalid.isChecked()
        return lambda s: import_fn(s, preview, skip_invalid=skip, progress=progress)

    def _applied(self, result) -> None:
        self.only_problems.setChecked(bool(self.preview.rejected))   # what was left out stays in view
        self._show_verdicts()
        self.summary.setText(self.result_text(result))
        self.summary.setObjectName("importDone")
