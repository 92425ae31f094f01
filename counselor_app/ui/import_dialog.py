"""The roster import preview: the detected header row, the column mapping (changeable) and every row's verdict,
before anything is written; then the import in one transaction with a progress bar.

The file is read once (in the worker); changing a column's meaning checks the same rows again without reading the
file, changing the sheet reads that sheet.
"""
from __future__ import annotations

from pathlib import Path

from counselor_app.domain import roster
from counselor_app.domain.errors import fill
from counselor_app.services import roster_import, staff_import
from counselor_app.services.progress import Progress
from counselor_app.domain.roster_values import cell_text
from counselor_app.translation import translate_text
from counselor_app.ui import dialogs
from counselor_app.ui.import_same_student import SameStudentPanel
from counselor_app.ui.models import Column, RowsModel
from counselor_app.ui.qt import (
    QCheckBox, QColor, QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QProgressBar,
    QPushButton, QSplitter, QStandardItem, QStandardItemModel, QTableView, QVBoxLayout, QWidget, Qt,
)
from counselor_app.ui.widgets import error_label, row_table, show_error_text, show_failure

SERVICES = {
    "students": (roster_import.preview_students, roster_import.import_students),
    "staff": (staff_import.preview_staff, staff_import.import_staff),
}
FILE_FILTER = "*.xlsx *.xlsm *.xls *.csv *.txt"
SAMPLES = 3
NAMES_SHOWN = 12   # created classes named in the preview; the rest are counted
RAW_COLOUR = "#b42318"   # a value shown as the file has it, because it could not be read


def column_letter(index: int) -> str:
    """A, B, … Z, AA, AB … as Excel names columns."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _iso(value) -> str:
    return value.isoformat() if hasattr(value, "isoformat") else ""


def roles_text(roles) -> str:
    """'班主任、年级组长' / 'head teacher, grade leader'."""
    from counselor_app.domain.staff_roles import ROLE_SEPARATOR, STAFF_ROLES

    return translate_text(ROLE_SEPARATOR).join(translate_text(STAFF_ROLES[r]) for r in roles if r in STAFF_ROLES)


def row_message(verdict: roster.RowVerdict) -> str:
    return " ".join(fill(text, params, translate_text) for text, params in verdict.errors)


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


class RosterImportDialog(QDialog):
    def __init__(self, parent, app, kind: str = "students", path: str | Path | None = None) -> None:
        super().__init__(parent)
        self.app, self.kind = app, kind
        self.path: Path | None = Path(path) if path else None
        self.preview: roster_import.ImportPreview | None = None
        self.result: roster_import.ImportResult | None = None
        self._progress: Progress | None = None
        self._loading = False
        self._request = 0
        self.setWindowTitle(self.tr("Import the student roster") if kind == "students"
                            else self.tr("Import the staff roster"))
        self.resize(980, 700)
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        self.file_label = QLabel(self.tr("No file chosen."))
        self.file_label.setObjectName("importFile")
        self.choose_button = choose = QPushButton(self.tr("Choose file…"))
        choose.clicked.connect(self.choose_file)
        self.sheet = QComboBox()
        self.sheet.setObjectName("importSheet")
        self.sheet.setMinimumContentsLength(10)
        self.sheet.currentIndexChanged.connect(self._sheet_changed)
        top.addWidget(self.file_label, 1)
        top.addWidget(choose)
        self.sheet_label = QLabel(self.tr("Sheet:"))
        top.addWidget(self.sheet_label)
        top.addWidget(self.sheet)
        layout.addLayout(top)

        self.header_info = QLabel()
        self.header_info.setWordWrap(True)
        self.header_info.setObjectName("hint")
        layout.addWidget(self.header_info)

        split = QSplitter(Qt.Orientation.Vertical)
        self.mapping = QStandardItemModel(0, 3, self)
        self.mapping.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("First values"),
                                                self.tr("Imported as")])
        self.mapping_view = QTableView()
        self.mapping_view.setObjectName("importMapping")
        self.mapping_view.setModel(self.mapping)
        self.mapping_view.verticalHeader().hide()
        self.mapping_view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        head = self.mapping_view.horizontalHeader()   # sized to their contents once filled (_size_mapping)
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        split.addWidget(self.mapping_view)

        lower = QWidget()
        verdict_box = QVBoxLayout(lower)
        verdict_box.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.only_problems = QCheckBox(self.tr("Show only rows with problems"))
        self.only_problems.toggled.connect(self._show_verdicts)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.only_problems)
        verdict_box.addLayout(bar)
        self.created = QLabel()   # the grades and classes the import creates
        self.created.setObjectName("importCreated")
        self.created.setWordWrap(True)
        self.created.setVisible(False)
        verdict_box.addWidget(self.created)
        self.same = SameStudentPanel()
        self.same.changed.connect(self._choice_changed)
        verdict_box.addWidget(self.same)
        columns, raw_keys = self._verdict_columns()
        self.verdicts = VerdictModel(columns, raw_keys, self.tr("As in the file: this value could not be read."), self)
        self.verdict_view = row_table(self.verdicts, stretch=False)
        self.verdict_view.setObjectName("importVerdicts")
        verdict_box.addWidget(self.verdict_view)
        split.addWidget(lower)
        split.setSizes([240, 400])
        layout.addWidget(split, 1)

        self.error = error_label()
        layout.addWidget(self.error)
        footer = QHBoxLayout()
        self.skip_invalid = QCheckBox(self.tr("Skip invalid rows (import the valid ones and report the others)"))
        self.skip_invalid.toggled.connect(self._update_buttons)
        self.bar = QProgressBar()
        self.bar.setVisible(False)
        self.bar.setMaximumWidth(220)
        footer.addWidget(self.skip_invalid, 1)
        footer.addWidget(self.bar)
        layout.addLayout(footer)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("primary")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.clicked.connect(self.run_import)
        self.close_button.clicked.connect(self._close)
        layout.addWidget(self.buttons)
        self._token = 0
        app.worker.progress_changed.connect(self._show_progress)
        self._update_buttons()
        if self.path is not None:
            self.load()

    # -- columns of the verdict table --------------------------------------------------------------
    def _verdict_columns(self) -> tuple[list[Column], dict[int, str]]:
        """The columns, and which of them show the file's text when the value could not be read."""
        choices = {None: self.tr("to choose"), roster.SAME_NEW: self.tr("new student"),
                   roster.SAME_RENUMBER: self.tr("corrected number"), roster.SAME_SKIP: self.tr("skipped")}

        def ok(v) -> str:
            if self.preview is not None and v.line in self.preview.likely_same and v.status == "ok":
                return choices[self.preview.choices.get(v.line)]
            return {"ok": self.tr("valid"), "note": self.tr("skipped")}.get(v.status, self.tr("rejected"))

        def problem(v) -> str:
            same = self.preview.likely_same.get(v.line) if self.preview is not None else None
            return fill(*same.message, translate_text) if same is not None and v.status == "ok" else row_message(v)

        def shown(key, show):
            """The value as it was understood (2013.5.12 as 2013-05-12), so a misreading shows; the file's text
            when it could not be read (2013-02-30), never an empty cell."""
            return lambda v: cell_text(v.raw[key]) if key in v.raw else show(v.record.get(key))

        number = "student_no" if self.kind == "students" else "staff_no"
        extra = ("birth_date", self.tr("Birth date"), _iso) if self.kind == "students" else \
            ("roles", self.tr("Roles"), lambda roles: roles_text(roles or ()))
        text = lambda value: value or ""   # noqa: E731
        columns = [Column(self.tr("Row"), lambda v: v.line, align_right=True), Column(self.tr("Verdict"), ok),
                   Column(self.tr("Student number") if self.kind == "students" else self.tr("Staff number"),
                          shown(number, text)),
                   Column(self.tr("Name"), shown("name", text)), Column(extra[1], shown(extra[0], extra[2])),
                   Column(self.tr("Class"), shown("class_name", text)), Column(self.tr("Problem"), problem)]
        return columns, {2: number, 3: "name", 4: extra[0], 5: "class_name"}

    # -- reading ------------------------------------------------------------------------------------
    def choose_file(self) -> None:
        if self._progress is not None:
            return   # an import is running
        chosen = dialogs.get_open_file_name(self, self.tr("Choose a roster file"),
                                            self.tr("Rosters") + f" ({FILE_FILTER})")
        if chosen:
            self.path = Path(chosen)
            self.preview = None
            self.result = None   # a new file: a new import
            self.load()

    def load(self, sheet: str | None = None, mapping: dict | None = None, reuse: bool = False) -> None:
        if self.path is None or self._progress is not None:
            return
        preview_fn = SERVICES[self.kind][0]
        path, previous = self.path, (self.preview if reuse else None)
        self._loading = True
        self.file_label.setText(self.tr("File: {name}").format(name=path.name))
        show_error_text(self.error, "")
        self.summary.setText(self.tr("Checking the rows…"))
        self.bar.setRange(0, 0)   # busy: reading and checking 30,000 rows takes a few seconds
        self.bar.setVisible(True)
        self._update_buttons()
        self._request += 1
        request = self._request   # only the newest check is shown: an older one finishing late is dropped
        self.app.worker.run(lambda s: preview_fn(s, path, sheet, mapping, strict=False, previous=previous),
                            lambda p: self._loaded(p) if request == self._request else None,
                            lambda e: self._load_failed(e) if request == self._request else None, context=self)

    def _loaded(self, preview: roster_import.ImportPreview) -> None:
        self._loading = False
        self.bar.setVisible(False)
        _keep_choices(self.preview, preview)
        self.preview = preview
        self.sheet.blockSignals(True)
        self.sheet.clear()
        for name in preview.sheets:
            self.sheet.addItem(name, name)
        self.sheet.setCurrentIndex(max(0, self.sheet.findData(preview.sheet)) if preview.sheet else 0)
        self.sheet.blockSignals(False)
        self.sheet.setVisible(len(preview.sheets) > 1)
        self.sheet_label.setVisible(len(preview.sheets) > 1)
        if preview.header_row < 0:
            self.header_info.setText(self.tr("This sheet has no row naming the columns (学号, 姓名, 班级 …). Choose "
                                             "the sheet that holds the roster.") if len(preview.sheets) > 1 else "")
            self.mapping.removeRows(0, self.mapping.rowCount())
        else:
            self.header_info.setText(self.tr(
                "The column names were found in row {row}. Check what each column is imported as and change a "
                "choice if it is wrong; the rows are checked again at once. Nothing is written before you press "
                "Import.").format(row=preview.header_row + 1))
            self._fill_mapping(preview)
        if preview.problems:
            show_error_text(self.error, "; ".join(fill(t, p, translate_text) for t, p in preview.problems))
        self.same.set_preview(preview)
        self._show_created(preview.new_grades, preview.new_classes, preview.university, done=False)
        self._show_verdicts()
        self._update_buttons()

    def _load_failed(self, error: BaseException) -> None:
        self._loading = False
        self.bar.setVisible(False)
        self.summary.clear()
        self.verdicts.clear()
        self.same.set_preview(None)
        self.created.setVisible(False)
        if self.preview is None:
            self.mapping.removeRows(0, self.mapping.rowCount())
        show_failure(self.error, self, error)
        self._update_buttons()

    def _fill_mapping(self, preview: roster_import.ImportPreview) -> None:
        self.mapping.removeRows(0, self.mapping.rowCount())
        header = preview.rows[preview.header_row]
        width = max((len(r) for r in preview.rows[preview.header_row:]), default=0)
        body = preview.rows[preview.header_row + 1:]
        fields = roster.FIELDS[self.kind]
        for col in range(width):
            title = str(header[col]).strip() if col < len(header) and header[col] is not None else ""
            samples = [str(r[col]).strip() for r in body if col < len(r) and r[col] not in (None, "")][:SAMPLES]
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
            self.summary.clear()   # the error line above says what is wrong
            return
        shown = [v for v in preview.verdicts if v.status == "error" or v.line in preview.likely_same] \
            if self.only_problems.isChecked() else preview.verdicts
        self.verdicts.set_rows(shown)
        if preview.likely_same:
            self.summary.setText(self.tr(
                "{new} new, {updated} updated, {unchanged} unchanged, {rejected} rejected, {skipped} skipped, "
                "{undecided} still to choose").format(
                new=preview.new, updated=preview.updated, unchanged=preview.unchanged, rejected=len(preview.rejected),
                skipped=preview.skipped, undecided=len(preview.undecided)))
        else:
            self.summary.setText(self.tr(
                "{new} new, {updated} updated, {unchanged} unchanged, {rejected} rejected").format(
                new=preview.new, updated=preview.updated, unchanged=preview.unchanged,
                rejected=len(preview.rejected)))
        self.verdict_view.resizeColumnsToContents()

    def _choice_changed(self) -> None:
        """A likely-same row decided (or undecided) in the panel: the counts, verdicts and the Import button."""
        self._show_verdicts()
        self._update_buttons()

    def _show_created(self, grades, classes, university: bool, done: bool) -> None:
        """Which grades (departments) and classes the import creates, or created; hidden when none."""
        self.created.setVisible(bool(classes))
        if not classes:
            return
        separator = self.tr(", ")

        def names(items: list[str]) -> str:
            text = separator.join(items[:NAMES_SHOWN])
            more = self.tr("… {count} in all").format(count=len(items))
            return text if len(items) <= NAMES_SHOWN else text + separator + more

        class_names = names([roster.class_label(g, c) for g, c in classes])
        if not grades:
            text = self.tr("Created these classes: {classes}.") if done else \
                self.tr("The import creates these classes: {classes}.")
        elif university:
            text = self.tr("Created these departments: {grades}; and these classes: {classes}.") if done else \
                self.tr("The import creates these departments: {grades}; and these classes: {classes}.")
        else:
            text = self.tr("Created these grades: {grades}; and these classes: {classes}.") if done else \
                self.tr("The import creates these grades: {grades}; and these classes: {classes}.")
        self.created.setText(text.format(grades=names(list(grades)), classes=class_names))

    def _update_buttons(self) -> None:
        p = self.preview
        ready = (p is not None and not p.problems and not self._loading and self.result is None
                 and bool(p.valid) and (not p.rejected or self.skip_invalid.isChecked()) and not p.undecided)
        self.import_button.setEnabled(ready)
        self.skip_invalid.setEnabled(p is not None and bool(p.rejected) and self.result is None)
        self.same.setEnabled(self.result is None and self._progress is None)
        if p is not None and p.rejected and not self.skip_invalid.isChecked() and not p.problems:
            self.import_button.setToolTip(self.tr("Some rows are not valid: correct them in the file, or tick "
                                                  "\u201cskip invalid rows\u201d."))
        elif p is not None and p.undecided and not p.problems:
            self.import_button.setToolTip(self.tr("Some rows look like students already in the register: choose "
                                                  "for each what the import does."))
        else:
            self.import_button.setToolTip("")

    # -- writing ------------------------------------------------------------------------------------
    def run_import(self) -> None:
        if self.preview is None:
            return
        import_fn = SERVICES[self.kind][1]
        preview, skip = self.preview, self.skip_invalid.isChecked()
        self._token, progress = self.app.worker.progress()
        self._progress = progress
        self.import_button.setEnabled(False)
        self._controls_enabled(False)
        self.bar.setRange(0, 0)
        self.bar.setVisible(True)
        show_error_text(self.error, "")
        self.app.worker.run(lambda s: import_fn(s, preview, skip_invalid=skip, progress=progress), self._imported,
                            self._import_failed, context=self, changes={"register", "audit"})

    def _controls_enabled(self, enabled: bool) -> None:
        """While an import runs, the file, sheet, mapping and options stay as they were imported."""
        for widget in (self.choose_button, self.sheet, self.mapping_view, self.skip_invalid, self.same):
            widget.setEnabled(enabled)

    def _show_progress(self, token: int, done: int, total: int) -> None:
        if token == self._token and total:
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    def _imported(self, result: roster_import.ImportResult) -> None:
        self._progress = None
        self._controls_enabled(True)
        self.result = result
        self.bar.setVisible(False)
        self.only_problems.setChecked(bool(result.rejected))   # refills the table: before the summary is set
        summary = self.tr(
            "Imported: {new} new, {updated} updated, {unchanged} unchanged, {rejected} rejected.").format(
            new=result.new, updated=result.updated, unchanged=result.unchanged, rejected=len(result.rejected))
        if result.renumbered or result.skipped:
            summary += " " + self.tr("Student numbers corrected: {renumbered}; rows skipped: {skipped}.").format(
                renumbered=result.renumbered, skipped=result.skipped)
        self.summary.setText(summary)
        self._show_created(result.new_grades, result.new_classes, self.preview.university, done=True)
        self.summary.setObjectName("importDone")
        self.close_button.setText(self.tr("Close"))
        self._update_buttons()

    def _import_failed(self, error: BaseException) -> None:
        self._progress = None
        self._controls_enabled(True)
        self.bar.setVisible(False)
        show_failure(self.error, self, error)
        self._update_buttons()

    def _close(self) -> None:
        if self.result is not None and self._progress is None:
            self.accept()
        else:
            self.reject()

    def reject(self) -> None:
        """Cancel, Esc and the window's close button: during an import they cancel it (the transaction rolls back,
        nothing is half-imported) and the dialog stays open to say so."""
        if self._progress is not None:
            self._progress.cancel()
            return
        super().reject()


def _keep_choices(old: roster_import.ImportPreview | None, new: roster_import.ImportPreview) -> None:
    """A row decided before the rows were checked again (another column's meaning changed) keeps its choice when it
    still matches the same students of the register."""
    if old is None or not old.choices:
        return
    for line, choice in old.choices.items():
        same = new.likely_same.get(line)
        if same is not None and same.student_nos == old.likely_same[line].student_nos:
            new.choose(choice, [line])
