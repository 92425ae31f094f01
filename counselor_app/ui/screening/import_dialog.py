"""导入测评结果: the table import's preview (ui/table_import_dialog.py) of a screening platform's results file, for
a campaign, a scale and the day of the screening (for files without a date column) chosen at the top (services/screening_import.preview_screening). An existing campaign fixes
the scale; a new name creates the campaign on import, with the grades of the file's students.

The verdicts show each row's Excel number, the student, the total, the outcome and the key items hit; the counts
say how many sheets are new, unchanged, rejected, positive and hit a key item. 导入 writes all or nothing unless
跳过无效行 is ticked; then the candidates go to the watch list and the dialog says how many.
"""
from __future__ import annotations

from functools import partial
from pathlib import Path

from counselor_app.services import screening as screening_service, screening_import
from counselor_app.translation import translate_text
from counselor_app.ui.models import Column
from counselor_app.ui.qt import QComboBox, QDate, QDateEdit, QHBoxLayout, QLabel, QTimer
from counselor_app.ui.screening.campaign_dialog import scale_text
from counselor_app.ui.screening.words import key_items_text, outcome_text
from counselor_app.ui.table_import_dialog import TableImportDialog, row_message


def _result(v):
    return v.record.get("result")


class ScreeningImportDialog(TableImportDialog):
    def __init__(self, parent, app, campaign: str = "", scale: str = "", path: str | Path | None = None) -> None:
        self.campaigns: dict[str, str] = {}    # name → scale code
        self.wanted = (campaign, scale)
        super().__init__(parent, app, "screening", screening_import.preview_screening,
                         partial(screening_import.import_screening, tr=translate_text),
                         self.tr("Import screening results"))
        self.path = Path(path) if path else None
        top = QHBoxLayout()
        self.campaign = QComboBox()
        self.campaign.setObjectName("importCampaign")
        self.campaign.setEditable(True)
        self.campaign.setMinimumContentsLength(16)
        self.campaign.lineEdit().setPlaceholderText(self.tr("An existing campaign, or the name of a new one"))
        self.scale = QComboBox()
        self.scale.setObjectName("importScale")
        self.scale.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)   # the scale's whole name
        self.taken_on = QDateEdit(QDate.currentDate())
        self.taken_on.setObjectName("importTakenOn")
        self.taken_on.setCalendarPopup(True)
        self.taken_on.setDisplayFormat("yyyy-MM-dd")
        self.taken_on.setMaximumDate(QDate.currentDate())
        self.taken_on.setToolTip(self.tr("The day of the screening for files without a date column (a date column "
                                         "such as 提交时间 wins)."))
        self.campaign_label, self.scale_label = QLabel(self.tr("Campaign:")), QLabel(self.tr("Scale:"))
        self.taken_label = QLabel(self.tr("Taken on:"))
        for widget, stretch in ((self.campaign_label, 0), (self.campaign, 2), (self.scale_label, 0), (self.scale, 0),
                                (self.taken_label, 0), (self.taken_on, 0)):
            top.addWidget(widget, stretch)
        self.body.insertLayout(0, top)
        self.choice_hint = QLabel()
        self.choice_hint.setObjectName("hint")
        self.choice_hint.setWordWrap(True)
        self.body.insertWidget(1, self.choice_hint)
        self.ready_to_choose = False
        self._typing = QTimer(self)   # a campaign's name typed: the file is checked again once typing pauses
        self._typing.setSingleShot(True)
        self._typing.setInterval(400)
        self._typing.timeout.connect(self._campaign_changed)
        self.app.worker.run(lambda s: (screening_service.list_campaigns(s), screening_service.list_scales(s)),
                            self._choices, self._choices_failed, context=self)

    # -- the campaign and the scale -------------------------------------------------------------------------------
    def _choices(self, result) -> None:
        campaigns, scales = result
        newest = {}
        for info in scales:
            newest[info.code] = info
        for info in newest.values():
            self.scale.addItem(scale_text(info), info.code)
        for c in campaigns:
            self.campaigns[c.name] = c.scale_code
            self.campaign.addItem(c.name)
        name, scale = self.wanted
        self.campaign.setEditText(name)
        if scale:
            self.scale.setCurrentIndex(max(0, self.scale.findData(scale)))
        self.ready_to_choose = True
        self._campaign_changed()
        self.campaign.currentTextChanged.connect(self._typing.start)
        self.campaign.currentTextChanged.connect(lambda _text: self._update_buttons())
        self.scale.currentIndexChanged.connect(self._choice_changed)
        self.taken_on.dateChanged.connect(self._choice_changed)

    def _choices_failed(self, error: BaseException) -> None:
        self._load_failed(error)

    def campaign_name(self) -> str:
        return " ".join(self.campaign.currentText().split())

    def _campaign_changed(self, *_args) -> None:
        self._typing.stop()
        known = self.campaigns.get(self.campaign_name())
        if known is not None:
            self.scale.blockSignals(True)
            self.scale.setCurrentIndex(max(0, self.scale.findData(known)))
            self.scale.blockSignals(False)
        self.scale.setEnabled(known is None and self._progress is None and self.result is None)
        if not self.campaign_name():
            self.choice_hint.setText(self.tr("Choose the campaign the results belong to, or type the name of a new "
                                             "one."))
        elif known is None:
            self.choice_hint.setText(self.tr("A new campaign: it is created on import, screening the grades of the "
                                             "file's students."))
        else:
            self.choice_hint.setText(self.tr("The campaign screens with {scale}.").format(scale=known))
        self._choice_changed()

    def _choice_changed(self, *_args) -> None:
        if self.ready_to_choose and self.path is not None:
            self.preview = None
            self.load()

    def load(self, sheet: str | None = None, mapping: dict | None = None, reuse: bool = False) -> None:
        name, scale = self.campaign_name(), self.scale.currentData()
        if not self.ready_to_choose or not name or not scale:
            if self.path is not None:
                self.file_label.setText(self.tr("File: {name}").format(name=self.path.name))
            return
        self.preview_fn = partial(_preview, scale=scale, campaign=name, taken_on=self.taken_on.date().toPython())
        super().load(sheet, mapping, reuse)

    def _loaded(self, preview) -> None:
        self.kind = preview.kind   # the scale's own table kind: the choices of each column
        super()._loaded(preview)

    def ready(self) -> bool:
        """The preview on screen is of the campaign and scale chosen now (not of a name still being typed)."""
        p = self.preview
        return super().ready() and p.campaign == self.campaign_name() and p.scale[0] == self.scale.currentData()

    def inputs(self) -> list:
        return super().inputs() + ([self.campaign, self.taken_on] if hasattr(self, "campaign") else [])

    def _update_buttons(self) -> None:
        super()._update_buttons()
        if hasattr(self, "scale"):
            known = self.campaign_name() in self.campaigns
            self.scale.setEnabled(not known and self._progress is None and self.result is None)

    # -- the verdicts -----------------------------------------------------------------------------------------------
    def verdict_columns(self) -> tuple[list[Column], dict[int, str]]:
        text = lambda value: value or ""   # noqa: E731
        columns = [
            Column(self.tr("Row"), lambda v: v.line, align_right=True),
            Column(self.tr("Verdict"), self.verdict),
            Column(self.tr("Student number"), self.shown("student_no", text)),
            Column(self.tr("Name"), self.shown("name", text)),
            Column(self.tr("Class"), self.shown("class_name", text)),
            Column(self.tr("Total"), lambda v: "" if _result(v) is None or _result(v).total is None
                   else _result(v).total, align_right=True),
            Column(self.tr("Outcome"), lambda v: "" if _result(v) is None else outcome_text(_result(v).outcome.value)),
            Column(self.tr("Key items"), lambda v: "" if _result(v) is None else key_items_text(_result(v).key_item_hits),
                   colour=lambda v: "#b3261e" if _result(v) is not None and _result(v).key_item_hits else None),
            Column(self.tr("Problem"), row_message),
        ]
        return columns, {2: "student_no", 3: "name", 4: "class_name"}

    def file_prompt(self) -> tuple[str, str]:
        return self.tr("Choose a results file"), self.tr("Results")

    def summary_text(self, preview) -> str:
        text = self.tr("{new} new, {unchanged} unchanged, {rejected} rejected · {positives} positive, {key} hit a key "
                       "item").format(new=preview.new, unchanged=preview.unchanged, rejected=len(preview.rejected),
                                      positives=preview.positives, key=preview.key_hits)
        lost = preview.rejected_key_hits
        if lost:
            text += "\n" + self.tr("Rejected rows {lines} hit a key item: correct them and import them too, or "
                                   "review those students at once.").format(lines=", ".join(map(str, lost)))
        return text

    def result_text(self, result) -> str:
        text = self.tr("Imported: {new} new, {unchanged} unchanged, {rejected} rejected; {positives} positive, {key} "
                       "hit a key item.").format(new=result.imported, unchanged=result.unchanged,
                                                 rejected=len(result.rejected), positives=result.positives,
                                                 key=result.key_hits)
        made = result.candidates
        if made is not None:
            text += " " + self.tr("Candidates on the watch list: {count} ({urgent} urgent).").format(
                count=made.count, urgent=made.urgent)
            if made.failed:
                text += " " + self.tr("{count} could not be put on the watch list.").format(count=len(made.failed))
        return text

    def _applied(self, result) -> None:
        self.campaigns.setdefault(self.campaign_name(), self.scale.currentData())
        super()._applied(result)
        self.summary.setWordWrap(True)


def _preview(session, path, sheet=None, mapping=None, strict=True, previous=None, *, scale, campaign, taken_on):
    return screening_import.preview_screening(session, path, sheet, mapping, strict, previous, scale=scale,
                                              campaign=campaign, taken_on=taken_on)
