"""心理测评: the office's screening campaigns, newest first, each with its scale, school year, dates, coverage
(应测 / 已测 / %), positives, key-item hits and the candidates still 待复核 (services.screening.list_campaigns).

新建测评… opens the campaign form (ui/screening/campaign_dialog.py); 导入测评结果… the results import
(ui/screening/import_dialog.py); 查看结果 (or a double-click, Enter) a campaign's results window
(ui/screening/results_window.py). Counselors and the office head only: an assistant has no such page.
"""
from __future__ import annotations

from operator import attrgetter

from counselor_app.domain.areas import Area
from counselor_app.domain.roles import Permission
from counselor_app.services import screening as screening_service
from counselor_app.ui.list_page import ListPage
from counselor_app.ui.models import Column
from counselor_app.ui.qt import QCoreApplication, QHeaderView, is_alive
from counselor_app.ui.screening.words import URGENT_RED, dates_text

RIGHT = dict(align_right=True)


class ScreeningPage(ListPage):
    key = "screening"
    permission = Permission.MANAGE_SCREENING
    cares_about = frozenset({Area.SCREENING, Area.WATCH, Area.REGISTER})
    loader = staticmethod(screening_service.list_campaigns)
    stretch = False        # the columns as wide as their contents; the campaign's name takes the rest

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("Pages", "Screening")

    def __init__(self, app) -> None:
        self.results_window = None
        super().__init__(app)
        self.table.setObjectName("screeningTable")
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def heading(self):
        self.import_button = self.action(
            self.tr("Import results…"), self.import_results, Permission.MANAGE_SCREENING, name="screeningImport",
            tip=self.tr("Import the results file a screening platform exported (xlsx, xls or csv)."))
        self.new_button = self.action(self.tr("New campaign…"), self.new_campaign, Permission.MANAGE_SCREENING,
                                      name="screeningNew")
        self.results_button = self.action(self.tr("View results"), self.open_selected, row=True,
                                          name="screeningResults")
        return [self.import_button, self.new_button, self.results_button]

    def columns(self):
        return [
            Column(self.tr("Campaign"), attrgetter("name"), tooltip=lambda c: "、".join(c.groups)),
            Column(self.tr("Scale"), attrgetter("scale_code")),
            Column(self.tr("School year"), attrgetter("school_year")),
            Column(self.tr("Dates"), lambda c: dates_text(c.start_on, c.end_on), sort_key=attrgetter("start_on")),
            Column(self.tr("Due"), lambda c: c.coverage.due, **RIGHT,
                   header_tip=self.tr("Students to screen (absent and exempt students not counted).")),
            Column(self.tr("Tested"), lambda c: c.coverage.tested, **RIGHT),
            Column(self.tr("Coverage"), lambda c: c.coverage.percent, sort_key=lambda c: c.coverage.rate, **RIGHT),
            Column(self.tr("Positive"), attrgetter("positives"), **RIGHT),
            Column(self.tr("Key items"), attrgetter("key_hits"), **RIGHT,
                   colour=lambda c: URGENT_RED if c.key_hits else None, bold=lambda c: bool(c.key_hits),
                   header_tip=self.tr("Sheets that hit a key item (e.g. thoughts of self-harm): reviewed first.")),
            Column(self.tr("To review"), attrgetter("candidates_pending"), **RIGHT,
                   header_tip=self.tr("Candidates on the watch list still waiting for a counselor's review.")),
        ]

    def table_tip(self) -> str:
        return self.tr("Double-click a campaign (or press Enter) to see its results.")

    def count_text(self, shown, rows) -> str:
        return self.tr("{shown} campaigns shown · {total} in all").format(shown=len(shown), total=len(rows))

    def loading_text(self) -> str:
        return self.tr("Loading the campaigns…")

    # -- actions -------------------------------------------------------------------------------------------
    def open_row(self, row) -> None:
        """The campaign's results window, or the one already open for it raised (not a second one)."""
        from counselor_app.ui.screening.results_window import ResultsWindow

        shown = self.results_window
        if is_alive(shown) and shown.isVisible() and shown.campaign_id == row.id:
            shown.raise_()
            shown.activateWindow()
            return
        self.results_window = ResultsWindow(self.app, row.id, row.name, self)
        self.results_window.show()

    def open_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_row(row)

    def new_campaign(self) -> None:
        from counselor_app.ui.screening.campaign_dialog import CampaignDialog

        if not self.may(Permission.MANAGE_SCREENING):
            return
        self.editor = CampaignDialog(self)
        self.editor.open()

    def import_results(self) -> None:
        from counselor_app.ui.screening.import_dialog import ScreeningImportDialog

        if not self.may(Permission.MANAGE_SCREENING):
            return
        row = self.selected()
        self.editor = ScreeningImportDialog(self, self.app, campaign=row.name if row else "",
                                            scale=row.scale_code if row else "")
        self.editor.open()
