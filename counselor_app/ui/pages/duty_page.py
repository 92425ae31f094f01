"""值班: the duty roster of a semester — the month per post (the copy on the door), one's own duties, swaps and
covers, the duty logs, the fairness table and the set-up (posts, shifts, the duty list, unavailability).

The semester chosen at the top applies to every tab; 生成值班表… opens the preview → apply dialog
(ui/duty/generate_dialog.py), 检查并发布… the coverage check and publishing (ui/duty/publish_dialog.py). Every call
goes through the worker to services/duty*.py, which check MANAGE_DUTY (and APPROVE_DUTY_CHANGES for the head's
decisions) and audit each change; the page refreshes itself when an operation changed the duty area.
"""
from __future__ import annotations

from datetime import date

from counselor_app.domain.areas import Area
from counselor_app.domain.roles import Permission
from counselor_app.services import duty as duty_service
from counselor_app.ui.duty import words
from counselor_app.ui.flow_layout import flow_heading
from counselor_app.ui.pages import Page
from counselor_app.ui.qt import QComboBox, QCoreApplication, QLabel, QPushButton, QTabWidget, QVBoxLayout
from counselor_app.ui.widgets import page_title


def load_page(session, semester_id: int | None):
    """The semesters, the one to show (the chosen one, else the one of today, else the next, else the last) and its
    set-up, in one call on the worker."""
    semesters = duty_service.duty_semesters(session)
    if not semesters:
        return semesters, None
    chosen = next((s for s in semesters if s.id == semester_id), None)
    today = date.today()
    chosen = (chosen or next((s for s in semesters if s.start <= today <= s.end), None)
              or next((s for s in semesters if s.start > today), None) or semesters[-1])
    return semesters, duty_service.duty_setup(session, chosen.id)


class DutyPage(Page):
    key = "duty"
    permission = Permission.MANAGE_DUTY
    cares_about = frozenset({Area.DUTY, Area.REGISTER, Area.CALENDAR, Area.USERS})

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("Pages", "Duty roster")

    def __init__(self, app) -> None:
        super().__init__(app)
        from counselor_app.ui.duty.changes_tab import ChangesTab, MyDutiesTab
        from counselor_app.ui.duty.logs_tab import FairnessTab, LogsTab
        from counselor_app.ui.duty.month_view import MonthTab
        from counselor_app.ui.duty.setup_tab import SetupTab

        self.semesters: list = []
        self.setup = None                  # services.duty.DutySetup of the semester shown
        self.editor = None                 # the dialog open from this page (tests reach it here)
        layout = QVBoxLayout(self)
        self.semester = QComboBox()
        self.semester.setObjectName("dutySemester")
        self.semester.setMinimumContentsLength(16)
        self.semester.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.semester.activated.connect(lambda _i: self.refresh())
        self.generate_button = QPushButton(self.tr("Generate roster…"))
        self.generate_button.setObjectName("dutyGenerate")
        self.generate_button.setToolTip(self.tr("Plan the school days of a date range: a preview with the counts per "
                                                "person first, saved only when you apply it."))
        self.generate_button.clicked.connect(lambda _c=False: self.generate())
        self.publish_button = QPushButton(self.tr("Check and publish…"))
        self.publish_button.setObjectName("dutyPublish")
        self.publish_button.setToolTip(self.tr("List the empty seats and the duties that break a rule, then "
                                               "publish the roster."))
        self.publish_button.clicked.connect(lambda _c=False: self.publish())
        layout.addLayout(flow_heading(page_title(self.title()),   # wraps in a narrow window
                                      [self.semester, None, self.generate_button, self.publish_button], right=False))
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("dutyTabs")
        self.month = MonthTab(self)
        self.mine = MyDutiesTab(self)
        self.changes = ChangesTab(self)
        self.logs = LogsTab(self)
        self.fairness = FairnessTab(self)
        self.setup_tab = SetupTab(self)
        for tab, text in ((self.month, self.tr("Month")), (self.mine, self.tr("My duties")),
                          (self.changes, self.tr("Swaps and covers")), (self.logs, self.tr("Duty logs")),
                          (self.fairness, self.tr("Fairness")), (self.setup_tab, self.tr("Set-up"))):
            self.tabs.addTab(tab, text)
        self.tabs.currentChanged.connect(lambda _i: self._refresh_tab())
        layout.addWidget(self.tabs, 1)

    # -- loading -----------------------------------------------------------------------------------------------
    def semester_id(self) -> int | None:
        return self.setup.semester.id if self.setup is not None else None

    def refresh(self) -> None:
        wanted = self.semester.currentData()
        self.app.worker.run(lambda s: load_page(s, wanted), self._loaded, context=self)

    def _loaded(self, result) -> None:
        shown = self.semester_id()
        self.semesters, self.setup = result
        if self.setup is not None and self.setup.semester.id != shown:
            self.month.follow_semester(self.setup.semester)
        self.semester.blockSignals(True)
        self.semester.clear()
        for sem in self.semesters:
            self.semester.addItem(words.semester_name(sem), sem.id)
        if self.setup is not None:
            self.semester.setCurrentIndex(self.semester.findData(self.setup.semester.id))
        self.semester.blockSignals(False)
        has = self.setup is not None
        self.generate_button.setEnabled(has)
        self.publish_button.setEnabled(has)
        if not has:
            self.status.setText(self.tr("No semester is set up yet: enter the school year and its semesters on the "
                                        "School calendar page first."))
        else:
            sem = self.setup.semester
            self.status.setText(self.tr("{start} to {end} · {posts} post(s), {shifts} shift(s) a week, {people} "
                                        "people on the duty list").format(
                start=sem.start.isoformat(), end=sem.end.isoformat(),
                posts=sum(1 for p in self.setup.posts if p.active), shifts=len(self.setup.templates),
                people=sum(1 for p in self.setup.people if p.on_list)))
        self._refresh_tab()

    def _refresh_tab(self) -> None:
        tab = self.tabs.currentWidget()
        if tab is not None and not self.app.locked:
            tab.refresh()

    def clear_data(self) -> None:
        self.setup = None
        self.semesters = []
        self.semester.clear()
        self.status.clear()
        for n in range(self.tabs.count()):
            self.tabs.widget(n).clear_data()

    # -- the roster's two big steps ----------------------------------------------------------------------------
    def generate(self) -> None:
        from counselor_app.ui.duty.generate_dialog import GenerateDialog

        if self.setup is None:
            return
        self.editor = GenerateDialog(self, self.app, self.setup.semester)
        self.editor.open()

    def publish(self) -> None:
        from counselor_app.ui.duty.publish_dialog import PublishDialog

        if self.setup is None:
            return
        self.editor = PublishDialog(self, self.app, self.setup.semester)
        self.editor.open()

    def show_tab(self, name: str) -> None:
        """Bring a tab forward (the start page's card: 'changes', 'logs', 'mine')."""
        self.tabs.setCurrentWidget(getattr(self, name))
