"""新建测评: a campaign's name, its scale, the grades or classes it screens and its dates
(services.screening.create_campaign). Every in-school student of the chosen grades and classes becomes 应测."""
from __future__ import annotations

from counselor_app.services import screening as screening_service, structure
from counselor_app.services.screening import CampaignEdit
from counselor_app.translation import translate_text
from counselor_app.ui.form_dialog import CheckList, FormDialog, Invalid
from counselor_app.ui.qt import QCheckBox, QComboBox, QDate, QDateEdit, QLocale


def scale_text(info) -> str:
    """PHQ-9 · 患者健康问卷抑郁量表, in English its English name."""
    chinese = QLocale().language() == QLocale.Language.Chinese
    return f"{info.code} · {info.name if chinese or not info.name_en else info.name_en}"


class CampaignDialog(FormDialog):
    def __init__(self, page) -> None:
        super().__init__(page, page.app, self.tr("New screening campaign"), width=520)
        self.name = self.field(self.tr("Name:"), name="campaignName",
                               placeholder=self.tr("e.g. Grade 7 mental-health screening, autumn 2026"))
        self.scale = self.field(self.tr("Scale:"), QComboBox(), name="campaignScale")
        self.groups = self.field(self.tr("Grades and classes:"), CheckList(), name="campaignGroups")
        self.groups.setMinimumHeight(180)
        self.start = self.field(self.tr("First day:"), QDateEdit(QDate.currentDate()), name="campaignStart")
        self.has_end = QCheckBox(self.tr("Last day:"))
        self.end = QDateEdit(QDate.currentDate().addDays(14))
        self.end.setObjectName("campaignEnd")
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.has_end.setChecked(True)
        self.has_end.toggled.connect(self.end.setEnabled)
        self.form.addRow(self.has_end, self.end)
        self.note(self.tr("Every student of the chosen grades and classes who is in school becomes 'due'. Tick a "
                          "whole grade, or single classes."))
        # what the scale's definition says about who it is for (services.screening.campaign_warnings)
        self.warning = self.note("", hint=False)
        self.warning.setObjectName("campaignWarning")
        self.warning.setStyleSheet("color: #8a4b00;")
        self.warning.setVisible(False)
        self.warnings: list[str] = []
        self._asked = 0
        self.scale.currentIndexChanged.connect(lambda _i: self.check())
        self.groups.itemChanged.connect(lambda _item: self.check())
        self.start.dateChanged.connect(lambda _d: self.check())

    def loader(self):
        return lambda s: (screening_service.list_scales(s), structure.list_classes(s))

    def loaded(self, result) -> None:
        scales, classes = result
        newest = {}
        for info in scales:   # the newest version of each code scores new campaigns
            newest[info.code] = info
        for info in newest.values():
            self.scale.addItem(scale_text(info), info.code)
        grades: dict[int, str] = {}
        for c in classes:
            if not c.archived:
                grades.setdefault(c.grade_id, c.grade)
        for grade_id, grade in grades.items():
            self.groups.add(self.tr("{grade} (whole grade)").format(grade=grade), ("grade", grade_id))
            for c in classes:
                if c.grade_id == grade_id and not c.archived:
                    self.groups.add("    " + c.label, ("class", c.id))

    def check(self) -> None:
        """Ask the service whether the scale suits the chosen students; only the newest answer is shown."""
        if self.loading:
            return
        edit = self._draft()
        self._asked += 1
        asked = self._asked
        if not edit.scale or not (edit.grade_ids or edit.class_ids):
            self.show_warnings(asked, [])
            return
        self.app.worker.run(lambda s: screening_service.campaign_warnings(s, edit, tr=translate_text),
                            lambda found: self.show_warnings(asked, found), lambda _e: None, context=self)

    def show_warnings(self, asked: int, found: list[str]) -> None:
        if asked != self._asked:
            return
        self.warnings = list(found)
        self.warning.setText("\n".join(self.tr("Note: {warning}").format(warning=w) for w in found))
        self.warning.setVisible(bool(found))

    def _draft(self) -> CampaignEdit:
        chosen = self.groups.checked_values()
        return CampaignEdit(self.name.text(), self.scale.currentData() or "",
                            tuple(v for k, v in chosen if k == "grade"), tuple(v for k, v in chosen if k == "class"),
                            self.start.date().toPython())

    def edit(self) -> CampaignEdit:
        chosen = self.groups.checked_values()
        if not self.name.text().strip():
            raise Invalid(self.tr("Give the campaign a name."), self.name)
        if not chosen:
            raise Invalid(self.tr("Tick the grades or classes the campaign screens."), self.groups)
        start = self.start.date().toPython()
        end = self.end.date().toPython() if self.has_end.isChecked() else None
        if end is not None and end < start:
            raise Invalid(self.tr("The last day comes before the first."), self.end)
        return CampaignEdit(self.name.text(), self.scale.currentData() or "",
                            tuple(v for k, v in chosen if k == "grade"), tuple(v for k, v in chosen if k == "class"),
                            start, end)

    def saver(self, edit):
        return lambda s: screening_service.create_campaign(s, edit)
