"""Two tabs of the duty page: 我的值班 (a person's duties, from a month back to two months ahead, with a swap, a
cover and the duty log of each) and 换班与代班 (the requests: the colleague accepts or declines a swap, the office
head approves or not; whoever asked may withdraw). Approving needs APPROVE_DUTY_CHANGES, checked by the service."""
from __future__ import annotations

from datetime import date, timedelta
from operator import attrgetter

from counselor_app.domain.roles import Permission
from counselor_app.services import duty_changes, duty_roster
from counselor_app.ui.duty import words
from counselor_app.ui.duty.rows_tab import RowsTab
from counselor_app.ui.models import Column
from counselor_app.ui.qt import QComboBox, QLabel

PAST_GREY = "#8a8f98"
BACK, AHEAD = 30, 60          # days of one's duties shown (back: as far as the missing logs look)


def shift_day(row) -> date:
    return date.fromisoformat(row.day)


class MyDutiesTab(RowsTab):
    def __init__(self, page) -> None:
        super().__init__(page)
        self.table.setObjectName("dutyMine")
        self.person = QComboBox()
        self.person.setObjectName("dutyMinePerson")
        self.person.setMinimumContentsLength(10)
        self.person.currentIndexChanged.connect(lambda _i: self.refresh() if self.isVisible() else None)
        self.bar.addWidget(QLabel(self.tr("Duties of:")))
        self.bar.addWidget(self.person)
        self.bar.addStretch(1)
        today = date.today()
        self.swap_button = self.row_button(self.tr("Ask for a swap…"), self.ask_swap, "dutyAskSwap",
                                           when=lambda r: shift_day(r) >= today,
                                           tip=self.tr("Exchange this duty for a colleague's: the colleague "
                                                       "accepts, then the office head approves."))
        self.cover_button = self.row_button(self.tr("Ask for a cover…"), self.ask_cover, "dutyAskCover",
                                            when=lambda r: shift_day(r) >= today,
                                            tip=self.tr("Someone named takes this duty (a leave): the office head "
                                                        "approves."))
        self.log_button = self.row_button(self.tr("Duty log…"), self.open_log, "dutyOpenLog",
                                          when=lambda r: shift_day(r) <= today)
        self.buttons.addStretch(1)

    def columns(self):
        grey = lambda r: PAST_GREY if shift_day(r) < date.today() else None   # noqa: E731
        return [Column(self.tr("Date"), lambda r: words.day_text(shift_day(r)), sort_key=attrgetter("day"),
                       colour=grey),
                Column(self.tr("Post"), attrgetter("post"), colour=grey),
                Column(self.tr("Shift"), attrgetter("period"), colour=grey),
                Column(self.tr("Time"), lambda r: f"{r.start_time}–{r.end_time}", colour=grey),
                Column(self.tr("Kind"), lambda r: words.kind(r.kind), colour=grey),
                Column(self.tr("Set by hand"), lambda r: self.tr("yes") if r.manual else "", colour=grey)]

    def fill_people(self) -> None:
        setup = self.page.setup
        chosen = self.person.currentData() if self.person.count() else None
        self.person.blockSignals(True)
        self.person.clear()
        own = self.app.user.staff_id if self.app.user is not None else None
        self.person.addItem(self.tr("me"), own)
        if setup is not None:
            for p in setup.people:
                if p.on_list and p.staff_id != own:
                    self.person.addItem(p.name, p.staff_id)
        if chosen is not None and self.person.findData(chosen) >= 0:
            self.person.setCurrentIndex(self.person.findData(chosen))
        self.person.blockSignals(False)

    def staff_id(self) -> int | None:
        return self.person.currentData()

    def loader(self):
        self.fill_people()
        staff_id = self.staff_id()
        first, last = date.today() - timedelta(days=BACK), date.today() + timedelta(days=AHEAD)
        return lambda s: duty_roster.my_duties(s, first, last, staff_id=staff_id)

    def count_text(self, rows) -> str:
        coming = sum(1 for r in rows if shift_day(r) >= date.today())
        return self.tr("{coming} duty(ies) in the next {days} days.").format(coming=coming, days=AHEAD)

    def open_row(self, row) -> None:
        if row is not None and shift_day(row) <= date.today():
            self.open_log(row)

    def ask_swap(self, row) -> None:
        from counselor_app.ui.duty.change_dialogs import SwapDialog

        self.page.editor = SwapDialog(self.page, row)
        self.page.editor.open()

    def ask_cover(self, row) -> None:
        from counselor_app.ui.duty.change_dialogs import CoverDialog

        self.page.editor = CoverDialog(self.page, row)
        self.page.editor.open()

    def open_log(self, row) -> None:
        from counselor_app.ui.duty.log_dialog import LogDialog

        self.page.editor = LogDialog(self.page, self.app, row.id)
        self.page.editor.open()


MINE, HEAD, OPEN, ALL = "mine", "head", "open", "all"


def waiting_for(row, staff_id: int | None) -> bool:
    """A swap the colleague ``staff_id`` has to answer."""
    return row.kind == "swap" and row.state == "requested" and staff_id is not None and row.other_staff_id == staff_id


def waiting_for_head(row) -> bool:
    return (row.kind == "swap" and row.state == "accepted") or (row.kind == "cover" and row.state == "requested")


class ChangesTab(RowsTab):
    def __init__(self, page) -> None:
        super().__init__(page)
        self.table.setObjectName("dutyChanges")
        self.which = QComboBox()
        self.which.setObjectName("dutyChangesShow")
        self.which.addItem(self.tr("Waiting for my answer"), MINE)
        self.which.addItem(self.tr("Waiting for the head's approval"), HEAD)
        self.which.addItem(self.tr("All open requests"), OPEN)
        self.which.addItem(self.tr("All requests"), ALL)
        self.which.setCurrentIndex(self.which.findData(OPEN))
        self.which.currentIndexChanged.connect(lambda _i: self.show_rows(self.all_rows))
        self.all_rows: list = []
        self.bar.addWidget(QLabel(self.tr("Show:")))
        self.bar.addWidget(self.which)
        self.bar.addStretch(1)
        open_ = lambda r: r.state in ("requested", "accepted")   # noqa: E731
        self.accept_button = self.row_button(self.tr("Accept"), self.accept, "dutyAccept",
                                             when=lambda r: r.kind == "swap" and r.state == "requested")
        self.decline_button = self.row_button(self.tr("Decline"), self.decline, "dutyDecline",
                                              when=lambda r: r.kind == "swap" and r.state == "requested")
        self.withdraw_button = self.row_button(self.tr("Withdraw"), self.withdraw, "dutyWithdraw", when=open_)
        self.buttons.addStretch(1)
        self.approve_button = self.row_button(self.tr("Approve"), self.approve, "dutyApprove",
                                              when=waiting_for_head)
        self.reject_button = self.row_button(self.tr("Do not approve"), self.reject, "dutyReject", when=open_)
        head = self.app.may(Permission.APPROVE_DUTY_CHANGES)
        self.approve_button.setVisible(head)
        self.reject_button.setVisible(head)

    def columns(self):
        return [Column(self.tr("Kind"), lambda r: words.change_kind(r.kind)),
                Column(self.tr("State"), words.change_progress),
                Column(self.tr("Duty"), lambda r: f"{words.day_text(r.day)} {r.post} {r.period} {r.times}",
                       sort_key=attrgetter("day")),
                Column(self.tr("Asked by"), attrgetter("name")),
                Column(self.tr("Colleague or replacement"), attrgetter("other_name")),
                Column(self.tr("In exchange for"), lambda r: (f"{words.day_text(r.other_day)} {r.other_post} "
                                                              f"{r.other_period} {r.other_times}") if r.other_day
                       else ""),
                Column(self.tr("Reason"), lambda r: words.reason(r.reason)),
                Column(self.tr("Asked on"), lambda r: (r.requested_at or "")[:10])]

    def loader(self):
        return lambda s: duty_changes.list_changes(s)

    def show_rows(self, rows) -> None:
        self.all_rows = list(rows)
        wanted, own = self.which.currentData(), (self.app.user.staff_id if self.app.user is not None else None)
        if wanted == MINE:
            rows = [r for r in self.all_rows if waiting_for(r, own)]
        elif wanted == HEAD:
            rows = [r for r in self.all_rows if waiting_for_head(r)]
        elif wanted == OPEN:
            rows = [r for r in self.all_rows if r.state in ("requested", "accepted")]
        else:
            rows = self.all_rows
        super().show_rows(rows)

    def count_text(self, rows) -> str:
        return self.tr("{shown} request(s) shown · {total} in all").format(shown=len(rows), total=len(self.all_rows))

    def show_waiting(self, which: str) -> None:
        """The start page's card: the requests waiting for the user's answer (MINE) or the head's (HEAD)."""
        self.which.setCurrentIndex(self.which.findData(which))

    def accept(self, row) -> None:
        cid = row.id
        self.call(lambda s: duty_changes.accept_swap(s, cid),
                  self.tr("Swap accepted: it now waits for the office head's approval."))

    def decline(self, row) -> None:
        cid = row.id
        self.call(lambda s: duty_changes.decline_swap(s, cid), self.tr("Swap declined."))

    def withdraw(self, row) -> None:
        cid = row.id
        self.call(lambda s: duty_changes.withdraw_change(s, cid), self.tr("Request withdrawn."))

    def approve(self, row) -> None:
        cid = row.id
        self.call(lambda s: duty_changes.approve_change(s, cid), self.tr("Approved: the roster has changed."))

    def reject(self, row) -> None:
        cid = row.id
        self.call(lambda s: duty_changes.reject_change(s, cid), self.tr("Not approved: the roster stays as it was."))
