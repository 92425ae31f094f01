"""登记表… on the referrals page: which register (转介出登记 or 转介返回登记, FORMS.md) and which days, this semester
by default (the last half year when no school year covers today); OK opens its print preview."""
from __future__ import annotations

from datetime import date, timedelta

from counselor_app.services import school_calendar
from counselor_app.ui.form_dialog import FormDialog, Invalid, choice
from counselor_app.ui.qt import QDate
from counselor_app.ui.referrals.dialogs import _date_edit, _day

OUT, BACK = "referrals_out", "referrals_back"


def this_semester(session, today: date) -> tuple[date, date] | None:
    """The semester of ``today`` (its start, and today): None when no school year entered covers it."""
    for year in school_calendar.list_school_years(session):
        for semester in year.semesters:
            if semester.start <= today <= semester.end:
                return semester.start, today
    return None


class RegistersDialog(FormDialog):
    def __init__(self, page) -> None:
        super().__init__(page, page.app, self.tr("Print a register"), 420)
        self.page = page
        self.kind = self.field(self.tr("Register:"), choice([(self.tr("Register of referrals out"), OUT),
                                                             (self.tr("Register of receipts back"), BACK)]),
                               name="registerKind")
        today = date.today()
        self.since = self.field(self.tr("From:"), _date_edit(today - timedelta(days=183), "registerSince"))
        self.until = self.field(self.tr("To:"), _date_edit(today, "registerUntil"))
        self.note(self.tr("The register lists the referrals issued, or the receipts handed back, between these two "
                          "days: this semester unless changed."))

    def loader(self):
        today = date.today()
        return lambda s: this_semester(s, today)

    def loaded(self, semester) -> None:
        if semester is not None:
            self.since.setDate(QDate(semester[0]))
            self.until.setDate(QDate(semester[1]))

    def edit(self):
        since, until = _day(self.since), _day(self.until)
        if since > until:
            raise Invalid(self.tr("The first day comes after the last."), self.since)
        return self.kind.currentData(), since, until

    def saver(self, edit):
        return lambda _s: edit   # nothing is saved: OK prints

    def saved(self, edit) -> None:
        kind, since, until = edit
        super().saved(edit)
        self.page._print(kind, {"since": since.isoformat(), "until": until.isoformat()}, until.isoformat(), "")
