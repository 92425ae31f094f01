"""The student profile's 心理测评 section: the student's screening results over the years
(services.screening_results.student_screening: campaign, scale, date, total, band, outcome, key items; no answers),
oldest first, 查看作答… for the selected sheet (a reason first when it hit a key item), and a small bar chart of the totals per campaign, one row of bars per scale (painted here: a handful
of bars needs no chart library).

Imported by ui/profile_sections.py (which defines SectionWidget) when that module is loaded: import that one first.
"""
from __future__ import annotations

from operator import attrgetter

from counselor_app.domain import screening as rules
from counselor_app.ui.models import Column, RowsModel
from counselor_app.ui.profile_sections import SectionWidget
from counselor_app.ui.qt import QColor, QHBoxLayout, QLabel, QPainter, QPushButton, QSize, Qt, QWidget
from counselor_app.ui.screening.words import URGENT_RED, key_items_text, outcome_text
from counselor_app.ui.widgets import row_table, selected_row

BAR = QColor("#4a7bb7")
BAR_POSITIVE = QColor("#d9822b")


class TotalsChart(QWidget):
    """Bars of the totals per campaign for each scale the student took (a scale's bars share its own height)."""

    ROW = 118

    def __init__(self) -> None:
        super().__init__()
        self.series: list[tuple[str, list]] = []     # (scale, [StudentLine …]) with a total, oldest first
        self.setObjectName("screeningChart")

    def set_results(self, lines) -> None:
        by_scale: dict[str, list] = {}
        for line in lines:
            if line.total is not None:
                by_scale.setdefault(line.scale, []).append(line)
        self.series = list(by_scale.items())
        self.setVisible(bool(self.series))
        self.setFixedHeight(self.ROW * len(self.series) + 8)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(480, self.ROW * max(1, len(self.series)) + 8)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        line_h = metrics.height()
        bar_w = 2 * metrics.horizontalAdvance("0000")
        for n, (scale, lines) in enumerate(self.series):
            top = n * self.ROW + 4
            painter.setPen(QColor("#1f2d3d"))
            painter.drawText(0, top + line_h, scale)
            left = metrics.horizontalAdvance("MSSMHS") + 16
            high = max(line.total for line in lines) or 1
            room = self.ROW - 3 * line_h - 8
            for k, line in enumerate(lines):
                x = left + k * (bar_w + metrics.horizontalAdvance("00000"))
                if x + bar_w > self.width():
                    break
                h = max(2, int(room * line.total / high))
                base = top + line_h + 4 + room
                painter.fillRect(x, base - h, bar_w, h,
                                 BAR_POSITIVE if line.outcome == rules.Outcome.POSITIVE else BAR)
                painter.drawText(x, base - h - 4 - line_h, bar_w, line_h, Qt.AlignmentFlag.AlignHCenter,
                                 str(line.total))
                painter.setPen(QColor("#5a6b7b"))
                painter.drawText(x - 20, base + 2, bar_w + 40, line_h, Qt.AlignmentFlag.AlignHCenter,
                                 line.taken_on[:7])
                painter.setPen(QColor("#1f2d3d"))
        painter.end()


class ScreeningSection(SectionWidget):
    def __init__(self, profile) -> None:
        super().__init__(profile)
        self.empty = self.empty_hint()
        self.model = RowsModel([
            Column(self.tr("Campaign"), attrgetter("campaign")),
            Column(self.tr("School year"), attrgetter("school_year")),
            Column(self.tr("Scale"), attrgetter("scale"), tooltip=attrgetter("scale_name")),
            Column(self.tr("Taken on"), attrgetter("taken_on")),
            Column(self.tr("Total"), lambda r: "" if r.total is None else r.total, align_right=True),
            Column(self.tr("Band"), attrgetter("band")),
            Column(self.tr("Outcome"), lambda r: outcome_text(r.outcome),
                   colour=lambda r: URGENT_RED if r.outcome == rules.Outcome.POSITIVE else None),
            Column(self.tr("Key items"), lambda r: key_items_text(r.key_items),
                   colour=lambda r: URGENT_RED if r.key_items else None, bold=lambda r: bool(r.key_items)),
        ], self)
        self.table = row_table(self.model, stretch=False)
        self.table.setObjectName("profileScreening")
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.body.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.answers_button = QPushButton(self.tr("View answers…"))
        self.answers_button.setObjectName("profileScreeningAnswers")
        self.answers_button.clicked.connect(lambda _c=False: self.view_answers(selected_row(self.table)))
        self.answers_button.hide()
        row.addStretch(1)
        row.addWidget(self.answers_button)
        self.body.addLayout(row)
        self.answers_dialog = None
        self.may_view = False
        self.table.selectionModel().selectionChanged.connect(self._selection)
        self.model.modelReset.connect(self._selection)
        self.chart_title = QLabel(self.tr("Totals per campaign (orange: positive)"))
        self.chart_title.setObjectName("hint")
        self.body.addWidget(self.chart_title)
        self.chart = TotalsChart()
        self.body.addWidget(self.chart)

    def show_data(self, data) -> None:
        lines = list(data.results)
        self.may_view = data.may_view_answers
        self.model.set_rows(lines)
        self.answers_button.setVisible(self.may_view and bool(lines))
        self.table.resizeColumnsToContents()
        self.table.setVisible(bool(lines))
        self.empty.setVisible(not lines)
        self.empty.setText(self.tr("No screening result of this student is recorded."))
        self.chart.set_results(lines)
        self.chart_title.setVisible(bool(self.chart.series))

    def _selection(self, *_args) -> None:
        row = selected_row(self.table)
        self.answers_button.setEnabled(row is not None and not row.score_only)

    def view_answers(self, row) -> None:
        """The sheet's answers (a reason first when it hit a key item: ui/screening/answers_dialog.py)."""
        if row is None or not self.may_view:
            return
        from counselor_app.ui.screening.answers_dialog import AnswersDialog

        header = self.profile.header
        self.answers_dialog = AnswersDialog(self.profile, self.profile.app, row.result_id,
                                            header.name if header else "", row.key_items)
        self.answers_dialog.open()

    def clear(self) -> None:
        self.may_view = False
        self.answers_button.hide()
        self.model.clear()
        self.chart.set_results([])
        self.chart_title.hide()
        self.empty.hide()
