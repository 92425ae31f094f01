"""合规与督导: the seven §19 indicators of a semester or a school year, each green / amber / red with its figure and
target; a click shows the records behind it (falling short first). Beside them the operational loops: screening
coverage by grade and the watch list's overdue entries. The head exports the report for the bureau from here.
"""
from __future__ import annotations

from dataclasses import dataclass

from counselor_app.domain.areas import Area
from counselor_app.domain.compliance import Status
from counselor_app.domain.errors import fill
from counselor_app.domain.roles import Permission
from counselor_app.services import compliance
from counselor_app.translation import translate_text
from counselor_app.ui.models import Column, RowsModel
from counselor_app.ui.pages import Page
from counselor_app.ui.qt import (
    QComboBox, QCoreApplication, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout,
)
from counselor_app.ui.widgets import page_heading, row_table

COLOURS = {Status.GREEN: "#2e7d32", Status.AMBER: "#b26a00", Status.RED: "#b3261e"}
BACKGROUNDS = {Status.GREEN: "#edf7ee", Status.AMBER: "#fff4e0", Status.RED: "#fdecea"}


@dataclass(frozen=True)
class CoverageRow:
    grade: str
    due: int
    tested: int
    share: str


class CompliancePage(Page):
    key = "compliance"
    permission = Permission.VIEW_WATCHLIST   # heads and counselors: the indicators' records include watch entries
    cares_about = frozenset({Area.COMPLIANCE, Area.WATCH, Area.SCREENING, Area.REGISTER, Area.SETTINGS,
                             Area.CALENDAR})

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("Pages", "Compliance")

    def __init__(self, app) -> None:
        super().__init__(app)
        layout = QVBoxLayout(self)
        buttons = []
        self.export_button = None
        if app.may(Permission.BUREAU_REPORT):
            self.export_button = QPushButton(self.tr("Export for the education bureau…"))
            self.export_button.setObjectName("bureauExport")
            self.export_button.clicked.connect(self.open_export)
            buttons.append(self.export_button)
        layout.addLayout(page_heading(self.title(), *buttons))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Period:")))
        self.period = QComboBox()
        self.period.setObjectName("compliancePeriod")
        self.period.setMinimumWidth(220)
        self.period.activated.connect(lambda _i: self.refresh())
        row.addWidget(self.period)
        self.as_of = QLabel()
        self.as_of.setObjectName("hint")
        row.addWidget(self.as_of, 1)
        layout.addLayout(row)
        self.grid = QGridLayout()
        self.grid.setSpacing(10)
        self.columns = 0         # cards a row: four when they fit whole, fewer in a narrow window (_arrange)
        self.cards: dict[str, QPushButton] = {}
        for i in range(7):
            card = QPushButton()
            card.setCheckable(True)
            card.setMinimumHeight(76)
            card.clicked.connect(lambda _c=False, k=i: self.pick(k))
            self.cards[str(i)] = card
        self._arrange()
        layout.addLayout(self.grid)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setObjectName("indicatorNotes")
        layout.addWidget(self.notes)
        lower = QHBoxLayout()
        evidence_box = QGroupBox(self.tr("Records behind the indicator"))
        ev = QVBoxLayout(evidence_box)
        self.evidence_model = RowsModel([
            Column(self.tr("Record"), lambda r: r.label),
            Column(self.tr("Figures"), self.figures),
            Column(self.tr("Falls short"), lambda r: self.tr("yes") if r.short else "",
                   colour=lambda r: COLOURS[Status.RED] if r.short else None),
        ], self)
        self.evidence = row_table(self.evidence_model)
        self.evidence.setObjectName("evidenceTable")
        ev.addWidget(self.evidence)
        self.evidence_hint = QLabel(self.tr("Click an indicator to see its records."))
        self.evidence_hint.setObjectName("hint")
        self.evidence_hint.setWordWrap(True)
        ev.addWidget(self.evidence_hint)
        lower.addWidget(evidence_box, 3)
        loops_box = QGroupBox(self.tr("Operational loops"))
        lp = QVBoxLayout(loops_box)
        self.overdue = QLabel()
        self.overdue.setObjectName("watchOverdue")
        lp.addWidget(self.overdue)
        self.coverage_title = QLabel(self.tr("Screening coverage by grade (this school year):"))
        self.coverage_title.setWordWrap(True)
        lp.addWidget(self.coverage_title)
        self.coverage_model = RowsModel([
            Column(self.tr("Grade"), lambda r: r.grade),
            Column(self.tr("To screen"), lambda r: r.due, align_right=True),
            Column(self.tr("Screened"), lambda r: r.tested, align_right=True),
            Column(self.tr("Coverage"), lambda r: r.share, align_right=True),
        ], self)
        self.coverage = row_table(self.coverage_model)
        self.coverage.setObjectName("coverageTable")
        lp.addWidget(self.coverage)
        lower.addWidget(loops_box, 2)
        layout.addLayout(lower, 1)
        self.board: compliance.Dashboard | None = None
        self.selected: int | None = None
        self._periods_loaded = False

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """As many cards a row as fit with their whole text (at most four): 1024 px wide, the English figures
        need three a row."""
        cards = list(self.cards.values())
        gap, widest = self.grid.spacing(), max(c.sizeHint().width() for c in cards)
        margins = self.layout().contentsMargins()
        room = self.contentsRect().width() - margins.left() - margins.right()
        columns = max(1, min(4, (room + gap) // (widest + gap)))
        if columns == self.columns:
            return
        self.columns = columns
        for card in cards:
            self.grid.removeWidget(card)
        for i, card in enumerate(cards):
            self.grid.addWidget(card, i // columns, i % columns)
        for column in range(4):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    # -- loading ------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self._periods_loaded:
            self.app.worker.run(compliance.periods, self._show_periods, context=self)
        code = self.period.currentData()
        self.app.worker.run(lambda s: compliance.dashboard(s, code), self.show_board, self._failed, context=self)

    def _show_periods(self, periods) -> None:
        self._periods_loaded = True
        current = self.period.currentData() or (self.board.period.code if self.board else None)
        self.period.clear()
        for code, year, number in periods:
            text = (self.tr("{year} semester {number}").format(year=year, number=number) if number
                    else self.tr("{year} whole school year").format(year=year))
            self.period.addItem(text, code)
        if current is not None and self.period.findData(current) >= 0:
            self.period.setCurrentIndex(self.period.findData(current))

    def _failed(self, error: BaseException) -> None:
        from counselor_app.translation import error_text

        self.as_of.setText(error_text(error))

    def show_board(self, board: compliance.Dashboard) -> None:
        self.board = board
        if self.period.findData(board.period.code) >= 0:
            self.period.setCurrentIndex(self.period.findData(board.period.code))
        self.as_of.setText(self.tr("Counted up to {day}; {students} students enrolled.").format(
            day=board.as_of.isoformat(), students=board.students))
        for i, ind in enumerate(board.indicators):
            card = self.cards[str(i)]
            card.setObjectName(f"indicator_{ind.code}")
            figure, target = self.amount(ind.figure, ind.unit), self.amount(ind.target, ind.unit)
            # a target of 0: the policy sets no figure here (a K-12 school's own funding standard, no full-time
            # counselor required below the enrolment threshold), so "target 0" would read as a mistake
            shown = (self.tr("{figure} (no figure required)").format(figure=figure) if ind.target == 0
                     else self.tr("{figure} (target {target})").format(figure=figure, target=target))
            card.setText(self.tr("{label}\n{status}\n{shown}").format(
                label=translate_text(ind.label), status=translate_text(ind.status.label), shown=shown))
            card.setToolTip("\n".join(fill(n.text, n.params, translate_text) for n in ind.notes))
            card.setStyleSheet(
                f"QPushButton {{ text-align: left; padding: 6px 10px; border: 1px solid #c8c8c8; "
                f"border-left: 6px solid {COLOURS[ind.status]}; background: {BACKGROUNDS[ind.status]}; }}"
                f"QPushButton:checked {{ border: 2px solid {COLOURS[ind.status]}; "
                f"border-left: 6px solid {COLOURS[ind.status]}; }}")
        self._arrange()   # the texts may need other widths
        overdue = len(board.watch_overdue)
        lines = [self.tr("Watch list: {overdue} of {open} open entries overdue.").format(
            overdue=overdue, open=board.watch_open)]
        lines += [f"{translate_text(label)}: {count}" for label, count in board.loops]
        self.overdue.setText("\n".join(lines))
        self.coverage_title.setText(   # the policy's screenings per student and year (设置 → 政策指标)
            self.tr("Screening coverage by grade (this school year):") if board.screenings == 1 else
            self.tr("Screening coverage by grade (this school year; covered when screened at least {count} times):"
                    ).format(count=board.screenings))
        self.coverage_model.set_rows([
            CoverageRow(c.grade, c.due, c.tested, f"{100 * c.tested / c.due:.1f}%" if c.due else "—")
            for c in board.coverage])
        if self.selected is not None:
            self.pick(self.selected)

    def pick(self, index: int) -> None:
        if self.board is None:
            return
        self.selected = index
        for i, card in self.cards.items():
            card.setChecked(int(i) == index)
        ind = self.board.indicators[index]
        notes = [fill(n.text, n.params, translate_text) for n in ind.notes]
        self.notes.setText("；".join(notes) if notes else self.tr("{label}: met.").format(
            label=translate_text(ind.label)))
        code, period = ind.code, self.board.period.code
        self.app.worker.run(lambda s: compliance.indicator_evidence(s, period, code), self._show_evidence,
                            context=self)

    def amount(self, value: float | None, unit: str) -> str:
        if value is None:
            return "—"
        if unit == "%":
            return f"{value:g}%"
        if unit == "yuan":
            return self.tr("{value} yuan per student").format(value=f"{value:g}")
        return f"{value:g}"

    def figures(self, row) -> str:
        v = row.figures
        if row.kind == "class":
            return self.tr("{lessons} lesson periods · {family} family guidance").format(lessons=v[0], family=v[1])
        if row.kind == "staff":
            return self.tr("training {hours} h in {count} · {supervisions} supervisions").format(
                hours=f"{v[0]:g}", count=v[1], supervisions=v[2])
        if row.kind == "watch_entry":
            return self.tr("{level} · next review {day}").format(level=translate_text(v[0]), day=v[1])
        if row.kind == "referral":
            return self.tr("{hospital} · receipt due {day}").format(hospital=v[0], day=v[1])
        if row.kind == "school_year":
            unknown = self.tr("not entered")
            return self.tr("funding {funding} yuan · {rooms} rooms · {m2} m²").format(
                funding=unknown if v[0] is None else f"{v[0]:g}", rooms=unknown if v[1] is None else v[1],
                m2=unknown if v[2] is None else f"{v[2]:g}")
        return ""

    def _show_evidence(self, rows) -> None:
        self.evidence_model.set_rows(rows)
        self.evidence_hint.setText(self.tr("{count} records; those falling short first.").format(count=len(rows))
                                   if rows else self.tr("No records behind this indicator in the period."))

    def clear_data(self) -> None:
        self.board = None
        self.evidence_model.clear()
        self.coverage_model.clear()

    # -- the bureau export -----------------------------------------------------------------------------------------
    def open_export(self) -> None:
        from counselor_app.ui.bureau_dialog import BureauExportDialog

        periods = [(self.period.itemText(i), self.period.itemData(i)) for i in range(self.period.count())]
        self.export_dialog = BureauExportDialog(self, self.app, periods, self.period.currentData())
        self.export_dialog.open()
