"""A campaign's results (services.screening_results.campaign_results) and its candidates
(services.screening_candidates.candidate_list) and its coverage, in one window of three tabs (one worker call).

结果: every sheet, filtered by grade, class, band, outcome and "key items only" (plain rows narrowed with list
comprehensions: 30,000 rows filter as the user clicks), sorted by a header click, counted below. 查看作答… shows
one sheet's answers (ui/screening/answers_dialog.py: a reason first when it hit a key item).
候选名单: the positive screens and key-item hits, key-item hits first and marked urgent, each with the state of its
watch-list entry; 打开关注记录 opens the entry window (ui/watch/entry_window.py).
完成情况: coverage (tested / due) per grade and class (services.screening.campaign_coverage).
The window follows changes of screening, the watch list and the register; a lock empties and closes it.
"""
from __future__ import annotations

from operator import attrgetter

from counselor_app.domain import screening as rules
from counselor_app.domain.areas import Area
from counselor_app.domain.roles import Permission
from counselor_app.services import screening, screening_candidates, screening_results
from counselor_app.ui.list_page import STRETCH, CheckFilter, ChoiceFilter, select_rows
from counselor_app.ui.models import Column, RowsModel, name_key, natural_key, sortable
from counselor_app.ui.qt import (
    QHBoxLayout, QHeaderView, QKeySequence, QLabel, QLineEdit, QPushButton, QShortcut, Qt, QTabWidget, QTimer,
    QVBoxLayout, QWidget,
)
from counselor_app.ui.screening.words import URGENT_RED, key_items_text, outcome_text
from counselor_app.ui.watch import list_words as watch_words
from counselor_app.ui.widgets import page_title, row_table, selected_row


BAND_COLUMN = 5   # 等级 in both the results and the candidates table


class ResultsWindow(QWidget):
    def __init__(self, app, campaign_id: int, campaign: str, parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.app, self.campaign_id = app, campaign_id
        self.rows: list = []
        self.loaded = False
        self.answers_dialog = self.entry_window = None
        self.setWindowTitle(self.tr("Screening results: {campaign}").format(campaign=campaign))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)   # closed, no result of a student stays in memory
        self.resize(1100, 680)
        self.campaign = campaign
        self.preview = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(page_title(campaign), 1)
        self.summary_button = QPushButton(self.tr("Print summary…"))
        self.summary_button.setObjectName("resultsSummary")
        self.summary_button.setToolTip(self.tr("The office's summary: coverage, bands, positive rate, key-item hits "
                                               "and the candidates with what became of them."))
        self.summary_button.clicked.connect(lambda _c=False: self.print_summary("screening_summary"))
        self.leaders_button = QPushButton(self.tr("Summary for the leaders…"))
        self.leaders_button.setObjectName("resultsLeadersSummary")
        self.leaders_button.setToolTip(self.tr("De-identified: no names, no student numbers, no answers; counts "
                                               "under 5 shown as <5."))
        self.leaders_button.clicked.connect(lambda _c=False: self.print_summary("screening_summary_leaders"))
        self.rescore_button = QPushButton(self.tr("Rescore…"))
        self.rescore_button.setObjectName("resultsRescore")
        self.rescore_button.setToolTip(self.tr("Score the sheets again with the newest version of the scale (after "
                                               "its definition was corrected): what changes is shown first."))
        self.rescore_button.clicked.connect(lambda _c=False: self.rescore())
        top.addWidget(self.rescore_button)
        top.addWidget(self.summary_button)
        top.addWidget(self.leaders_button)
        layout.addLayout(top)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("screeningTabs")
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._results_tab(), self.tr("Results"))
        self.tabs.addTab(self._candidates_tab(), self.tr("Candidates"))
        self.tabs.addTab(self._coverage_tab(), self.tr("Coverage"))
        from counselor_app.ui.screening.targets_tab import TargetsTab

        self.targets = TargetsTab(self)
        self.tabs.addTab(self.targets, self.tr("Students"))
        self.correction = None
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)   # a window of its own: Esc closes it
        app.worker.changed.connect(self._changed)
        app.locked_changed.connect(self._locked)
        self.load()

    # -- the results tab -------------------------------------------------------------------------------------
    def _results_tab(self) -> QWidget:
        tab = QWidget()
        box = QVBoxLayout(tab)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("resultsSearch")
        self.search.setPlaceholderText(self.tr("Student number, name or pinyin initials"))
        self.search.setClearButtonEnabled(True)
        self.grade = ChoiceFilter(attrgetter("grade"), self._all_grades, name="resultsGrade")
        self.klass = ChoiceFilter(attrgetter("klass"), self.tr("All classes"), within=self.grade,
                                  name="resultsClass")
        self.band = ChoiceFilter(attrgetter("band"), self.tr("All bands"), name="resultsBand")
        self.outcome = ChoiceFilter(attrgetter("outcome"), self.tr("All outcomes"),
                                    choices=[(outcome_text(o.value), o.value) for o in rules.Outcome],
                                    name="resultsOutcome")
        self.key_only = CheckFilter(self.tr("Key items only"), when_on=lambda r: bool(r.key_items),
                                    name="resultsKeyOnly")
        self.filters = [self.grade, self.klass, self.band, self.outcome, self.key_only]
        bar.addWidget(self.search, 2)
        for widget in (*self.filters, STRETCH):
            if widget is STRETCH:
                bar.addStretch(1)
            else:
                bar.addWidget(widget)
                widget.changed.connect(self.apply_filter)
        box.addLayout(bar)
        self.model = RowsModel([
            Column(self.tr("Student no."), attrgetter("student_no")),
            Column(self.tr("Name"), attrgetter("name"), sort_key=lambda r: name_key(r.name)),
            Column(self.tr("Class"), attrgetter("klass"),
                   sort_key=lambda r: (r.grade_id or 0, natural_key(r.klass)) if r.klass else None),
            Column(self.tr("Taken on"), attrgetter("taken_on")),
            Column(self.tr("Total"), lambda r: "" if r.total is None else r.total, align_right=True,
                   sort_key=lambda r: r.total),
            Column(self.tr("Band"), attrgetter("band")),
            Column(self.tr("Outcome"), lambda r: outcome_text(r.outcome),
                   colour=lambda r: URGENT_RED if r.outcome == rules.Outcome.POSITIVE else None),
            Column(self.tr("Key items"), lambda r: key_items_text(r.key_items),
                   colour=lambda r: URGENT_RED if r.key_items else None, bold=lambda r: bool(r.key_items),
                   sort_key=lambda r: -len(r.key_items) if r.key_items else None),
            Column(self.tr("Watch list"), lambda r: watch_words.state_text(r.entry_state, False)
                   if r.entry_state else ""),
        ], self)
        self.table = row_table(self.model, stretch=False)
        self.table.setObjectName("resultsTable")
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        sortable(self.table)
        box.addWidget(self.table, 1)
        foot = QHBoxLayout()
        self.count = QLabel(self.tr("Loading the results…"))
        self.count.setObjectName("hint")
        self.answers_button = QPushButton(self.tr("View answers…"))
        self.answers_button.setObjectName("resultsAnswers")
        self.answers_button.setVisible(self.app.may(Permission.VIEW_SCREENING_ANSWERS))
        self.answers_button.clicked.connect(lambda _c=False: self.view_answers(selected_row(self.table)))
        self.result_entry_button = QPushButton(self.tr("Open watch entry"))
        self.result_entry_button.setObjectName("resultsEntry")
        self.result_entry_button.clicked.connect(lambda _c=False: self.open_entry(selected_row(self.table)))
        self.correct_button = QPushButton(self.tr("Correct…"))
        self.correct_button.setObjectName("resultsCorrect")
        self.correct_button.setToolTip(self.tr("Remove a duplicate sheet, or give a sheet matched to the wrong student "
                                               "to the right one (with the reason)."))
        self.correct_button.clicked.connect(lambda _c=False: self.correct(selected_row(self.table)))
        foot.addWidget(self.count, 1)
        foot.addWidget(self.correct_button)
        foot.addWidget(self.result_entry_button)
        foot.addWidget(self.answers_button)
        box.addLayout(foot)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._timer.start)
        self.table.selectionModel().selectionChanged.connect(self._selection)
        self.model.modelReset.connect(self._selection)
        return tab

    # -- the candidates tab ----------------------------------------------------------------------------------
    def _candidates_tab(self) -> QWidget:
        tab = QWidget()
        box = QVBoxLayout(tab)
        self.candidates_hint = QLabel(self.tr("Every positive screen and every key-item hit goes to the watch list as "
                                              "'to review'. Key-item hits come first: review them the next school "
                                              "day."))
        self.candidates_hint.setObjectName("hint")
        self.candidates_hint.setWordWrap(True)
        box.addWidget(self.candidates_hint)
        self.candidates = RowsModel([
            Column(self.tr("Urgent"), lambda c: self.tr("urgent") if c.urgent else "",
                   colour=lambda c: URGENT_RED if c.urgent else None, bold=attrgetter("urgent")),
            Column(self.tr("Student no."), attrgetter("student_no")),
            Column(self.tr("Name"), attrgetter("name"), sort_key=lambda c: name_key(c.name)),
            Column(self.tr("Class"), attrgetter("klass")),
            Column(self.tr("Total"), lambda c: "" if c.total is None else c.total, align_right=True,
                   sort_key=lambda c: c.total),
            Column(self.tr("Band"), attrgetter("band")),
            Column(self.tr("Outcome"), lambda c: outcome_text(c.outcome)),
            Column(self.tr("Key items"), lambda c: key_items_text(c.key_items),
                   colour=lambda c: URGENT_RED if c.key_items else None),
            Column(self.tr("Watch list"), self.entry_text),
        ], self)
        self.candidate_table = row_table(self.candidates, stretch=False)
        self.candidate_table.setObjectName("candidatesTable")
        self.candidate_table.setWordWrap(False)
        self.candidate_table.horizontalHeader().setStretchLastSection(True)
        self.candidate_table.doubleClicked.connect(lambda i: self.open_entry(self.candidates.row_at(i)))
        box.addWidget(self.candidate_table, 1)
        foot = QHBoxLayout()
        self.candidate_count = QLabel()
        self.candidate_count.setObjectName("hint")
        self.entry_button = QPushButton(self.tr("Open watch entry"))
        self.entry_button.setObjectName("candidatesEntry")
        self.entry_button.clicked.connect(lambda _c=False: self.open_entry(selected_row(self.candidate_table)))
        foot.addWidget(self.candidate_count, 1)
        foot.addWidget(self.entry_button)
        box.addLayout(foot)
        self.candidate_table.selectionModel().selectionChanged.connect(self._selection)
        self.candidates.modelReset.connect(self._selection)
        return tab

    # -- the coverage tab ------------------------------------------------------------------------------------
    def _coverage_tab(self) -> QWidget:
        tab = QWidget()
        box = QVBoxLayout(tab)
        hint = QLabel(self.tr("Coverage = tested / due, by the grade and class each student was in when the campaign "
                              "began; absent and exempt students are not due."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        box.addWidget(hint)
        number = dict(align_right=True)
        self.coverage = RowsModel([
            Column(self.tr("Grade or class"), lambda g: g.klass or g.grade,
                   bold=lambda g: not g.klass),
            Column(self.tr("Due"), lambda g: g.coverage.due, **number),
            Column(self.tr("Tested"), lambda g: g.coverage.tested, **number),
            Column(self.tr("Absent"), lambda g: g.coverage.absent, **number),
            Column(self.tr("Exempt"), lambda g: g.coverage.exempt, **number),
            Column(self.tr("Coverage rate"), lambda g: g.coverage.percent, **number),
        ], self)
        self.coverage_table = row_table(self.coverage, stretch=False)
        self.coverage_table.setObjectName("coverageTable")
        header = self.coverage_table.horizontalHeader()   # the numbers side by side, the names take the rest
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        box.addWidget(self.coverage_table, 1)
        self.coverage_total = QLabel()
        self.coverage_total.setObjectName("hint")
        box.addWidget(self.coverage_total)
        return tab

    def show_coverage(self, coverage) -> None:
        """Each grade's line, then its classes (the order the service gives them)."""
        lines = []
        for grade in coverage.grades:
            lines.append(grade)
            lines += [c for c in coverage.classes if c.grade == grade.grade]
        self.coverage.set_rows(lines)
        total = coverage.total
        self.coverage_total.setText(self.tr("In all: {tested} of {due} tested ({percent}); {absent} absent, {exempt} "
                                            "exempt").format(tested=total.tested, due=total.due,
                                                             percent=total.percent or "—", absent=total.absent,
                                                             exempt=total.exempt))

    def _all_grades(self) -> str:
        from counselor_app.ui.pages.students_page import is_university

        return self.tr("All departments") if is_university(self.app) else self.tr("All grades")

    def entry_text(self, c) -> str:
        if c.entry_id is None:
            return self.tr("not on the watch list yet")
        state = watch_words.state_text(c.entry_state, False) if c.entry_state else ""
        return state + (self.tr(" (already on the list)") if c.link == rules.CandidateLink.LINKED else "")

    # -- loading and filtering -------------------------------------------------------------------------------
    def load(self) -> None:
        cid = self.campaign_id
        self.app.worker.run(lambda s: (screening_results.campaign_results(s, cid),
                                       screening_candidates.candidate_list(s, cid),
                                       screening.campaign_coverage(s, cid),
                                       screening_results.campaign_targets(s, cid)), self.show_rows, context=self)

    def show_rows(self, result) -> None:
        self.rows, candidates, coverage, targets = result
        self.show_coverage(coverage)
        self.targets.show_rows(targets)
        self.loaded = True
        self.grade.offer(sorted(self.rows, key=lambda r: (r.grade_id is None, r.grade_id or 0)))
        self.klass.offer(sorted(self.rows, key=lambda r: natural_key(r.klass)))
        self.band.offer(self.rows)
        banded = any(r.band for r in self.rows)   # a scale without bands (MHT): no empty column, no empty filter
        self.band.setVisible(banded)
        self.table.setColumnHidden(BAND_COLUMN, not banded)
        self.candidate_table.setColumnHidden(BAND_COLUMN, not banded)
        self.apply_filter()
        self.candidates.set_rows(candidates)
        urgent = sum(1 for c in candidates if c.urgent)
        self.candidate_count.setText(self.tr("{count} candidates, {urgent} urgent").format(
            count=len(candidates), urgent=urgent))
        self.tabs.setTabText(1, self.tr("Candidates ({count})").format(count=len(candidates)))

    def apply_filter(self) -> None:
        self._timer.stop()
        shown = select_rows(self.rows, self.search.text(), [f.narrow for f in self.filters])
        self.model.set_rows(shown)
        positives = sum(1 for r in shown if r.outcome == rules.Outcome.POSITIVE)
        keys = sum(1 for r in shown if r.key_items)
        self.count.setText(self.tr("{shown} of {total} results shown · {positives} positive, {keys} hit a key "
                                   "item").format(shown=len(shown), total=len(self.rows), positives=positives,
                                                  keys=keys))

    def _selection(self, *_args) -> None:
        row = selected_row(self.table)
        self.answers_button.setEnabled(row is not None and not row.score_only)
        self.correct_button.setEnabled(row is not None)
        self.result_entry_button.setEnabled(row is not None and row.entry_id is not None)
        candidate = selected_row(self.candidate_table) if hasattr(self, "candidate_table") else None
        if hasattr(self, "entry_button"):
            self.entry_button.setEnabled(candidate is not None and candidate.entry_id is not None)

    def _changed(self, changes) -> None:
        if changes & {Area.SCREENING, Area.WATCH, Area.REGISTER} and self.isVisible() and not self.app.locked:
            self.load()

    # -- actions -----------------------------------------------------------------------------------------------
    def view_answers(self, row) -> None:
        if row is None or not self.app.may(Permission.VIEW_SCREENING_ANSWERS):
            return
        from counselor_app.ui.screening.answers_dialog import AnswersDialog

        self.answers_dialog = AnswersDialog(self, self.app, row.id, row.name, row.key_items)
        self.answers_dialog.open()

    def print_summary(self, kind: str) -> None:
        """The campaign's summary (the office's, or the de-identified one for the leaders) in the print preview; its
        preview, print and save are audited under the campaign."""
        from counselor_app.services import documents
        from counselor_app.translation import translate_text
        from counselor_app.ui.print_preview import open_document

        cid = self.campaign_id
        leaders = kind == "screening_summary_leaders"
        title = self.tr("Screening summary for the leaders") if leaders else self.tr("Screening summary")
        name = (self.tr("screening-summary-leaders-{campaign}") if leaders
                else self.tr("screening-summary-{campaign}")).format(campaign=self.campaign)
        open_document(self.app, self, title, kind,
                      lambda s: documents.build_document(s, kind, tr=translate_text, campaign_id=cid),
                      default_name=name, target_id=cid)

    def correct(self, row) -> None:
        """Remove the selected sheet or give it to the right student (one the campaign screens without a result)."""
        if row is None:
            return
        from counselor_app.ui.screening.correction_dialogs import CorrectionDialog

        free = [t for t in self.targets.rows if t.disposition != rules.Disposition.TESTED]
        self.correction = CorrectionDialog(self, row, free)
        self.correction.open()

    def rescore(self) -> None:
        from counselor_app.ui.screening.correction_dialogs import RescoreDialog

        self.correction = RescoreDialog(self)
        self.correction.open()

    def open_entry(self, row) -> None:
        if row is None or row.entry_id is None or not self.app.may(Permission.VIEW_WATCHLIST):
            return
        from counselor_app.ui.watch.entry_window import open_entry_window

        self.entry_window = open_entry_window(self.app, row.entry_id, self)

    def _locked(self, locked: int) -> None:
        """The office is locked: no name stays on screen; the window closes (opened again from the page)."""
        if locked:
            self.clear_data()
            self.close()

    def clear_data(self) -> None:
        self.rows = []
        self.model.clear()
        self.candidates.clear()
        self.coverage.clear()
        self.coverage_total.clear()
        self.targets.clear()
        self.search.clear()
