"""合规记录: the compliance logs of the current school year in one list (lessons, family guidance activities,
publicity activities, trainings, supervision sessions), filtered by kind; New… per kind, double-click to change,
Remove; the school year's funding, venue and partner hospital; an import from the sheet a school keeps in Excel."""
from __future__ import annotations

from counselor_app.domain import compliance as rules
from counselor_app.domain.areas import Area
from counselor_app.domain.roles import Permission
from counselor_app.services import compliance_logs as logs
from counselor_app.translation import translate_text
from counselor_app.ui import dialogs
from counselor_app.ui.list_page import STRETCH, ChoiceFilter, ListPage
from counselor_app.ui.models import Column
from counselor_app.ui.qt import QCoreApplication, QMenu


class ComplianceLogsPage(ListPage):
    key = "compliance_logs"
    permission = Permission.MANAGE_COMPLIANCE   # heads and counselors keep them
    cares_about = frozenset({Area.COMPLIANCE, Area.REGISTER, Area.CALENDAR})
    loader = staticmethod(logs.list_year)
    edit_permission = Permission.MANAGE_COMPLIANCE
    search_name = "logSearch"

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("Pages", "Compliance records")

    def __init__(self, app) -> None:
        self.choices: logs.Choices | None = None
        super().__init__(app)

    def kind_labels(self) -> dict[str, str]:
        return {"lesson": self.tr("Lesson"), "family": self.tr("Family guidance"), "publicity": self.tr("Publicity"),
                "training": self.tr("Training"), "supervision": self.tr("Supervision")}

    def search_hint(self) -> str:
        return self.tr("Class, title, topic or name")

    def filters(self):
        self.kind = ChoiceFilter(lambda r: r.kind, self.tr("All kinds"), list(
            (text, code) for code, text in self.kind_labels().items()), name="logKind")
        return [self.kind, STRETCH]

    def heading(self):
        new = self.action(self.tr("New…"), lambda: None, Permission.MANAGE_COMPLIANCE, name="newLog")
        menu = QMenu(new)
        for code, text in self.kind_labels().items():
            menu.addAction(text, lambda k=code: self.new_log(k)).setObjectName(f"new_{code}")
        new.setMenu(menu)
        self.new_menu = menu
        year = self.action(self.tr("Funding, venue, partner hospital…"), self.edit_year, Permission.MANAGE_COMPLIANCE,
                           name="yearResources")
        imports = self.action(self.tr("Import…"), lambda: None, Permission.MANAGE_COMPLIANCE, name="importLogs")
        menu = QMenu(imports)
        menu.addAction(self.tr("Lessons from a sheet…"), lambda: self.import_sheet("lesson")).setObjectName(
            "import_lesson")
        menu.addAction(self.tr("Trainings from a sheet…"), lambda: self.import_sheet("training")).setObjectName(
            "import_training")
        imports.setMenu(menu)
        self.import_menu = menu
        return [new, imports, year]

    def below(self):
        remove = self.action(self.tr("Remove"), self.remove, Permission.MANAGE_COMPLIANCE, row=True, name="removeLog")
        return [[remove, STRETCH]]

    def columns(self) -> list[Column]:
        labels = self.kind_labels()
        return [
            Column(self.tr("Date"), lambda r: r.on_date),
            Column(self.tr("Kind"), lambda r: labels[r.kind]),
            Column(self.tr("Class or person"), self.who),
            Column(self.tr("Title or topic"), lambda r: r.values.get("title") or r.values.get("topic", "")),
            Column(self.tr("Details"), self.details),
        ]

    def who(self, r) -> str:
        v = r.values
        if r.kind == "lesson":
            return v["class"]
        if r.kind == "family":
            names = dict(self.choices.classes) if self.choices else {}
            return self.tr("{count} classes").format(count=len(v["class_ids"])) if len(v["class_ids"]) > 2 else \
                "、".join(names.get(i, "") for i in v["class_ids"])
        if r.kind == "publicity":
            return translate_text(rules.Audience(v["audience"]).label)
        return v["staff"]

    def details(self, r) -> str:
        v = r.values
        if r.kind == "lesson":
            return self.tr("{periods} periods · {teacher}").format(periods=v["periods"], teacher=v["teacher"] or "—")
        if r.kind == "family":
            return self.tr("parents {present} of {expected}").format(present=v["parents_present"],
                                                                    expected=v["parents_expected"])
        if r.kind == "publicity":
            return self.tr("{count} people").format(count=v["participants"])
        if r.kind == "training":
            return self.tr("{hours} h · {provider}").format(hours=f"{v['hours']:g}", provider=v["provider"] or "—")
        return self.tr("{form} · {hours} h").format(form=translate_text(rules.SupervisionForm(v["form"]).label),
                                                    hours=f"{v['hours']:g}")

    def received(self, result):
        self.choices, rows = result
        return rows

    def count_text(self, shown, rows) -> str:
        if self.choices is None:
            return ""
        return self.tr("{shown} of {total} records, {start} to {end}").format(
            shown=len(shown), total=len(rows), start=self.choices.start, end=self.choices.end)

    # -- editing -------------------------------------------------------------------------------------------------
    def new_log(self, kind: str) -> None:
        self._open(None, kind)

    def open_row(self, row) -> None:
        self._open(row, row.kind)

    def _open(self, row, kind: str) -> None:
        if self.choices is None or not self.may(Permission.MANAGE_COMPLIANCE):
            return
        from counselor_app.ui.compliance_dialogs import LogDialog

        self.editor = LogDialog(self, row, kind, self.choices)
        self.editor.open()

    def import_sheet(self, kind: str) -> None:
        from functools import partial

        from counselor_app.services import compliance_import
        from counselor_app.ui.table_import_dialog import TableImportDialog

        table = {"lesson": "compliance_lessons", "training": "compliance_trainings"}[kind]
        title = self.tr("Import lessons") if kind == "lesson" else self.tr("Import trainings")
        self.editor = TableImportDialog(self, self.app, table, partial(compliance_import.preview_logs, kind=kind),
                                        partial(compliance_import.import_logs, kind=kind), title)
        self.editor.open()

    def edit_year(self) -> None:
        if self.choices is None or self.choices.year_id is None:
            return
        from counselor_app.ui.compliance_dialogs import YearResourcesDialog

        self.editor = YearResourcesDialog(self, self.choices.year_id)
        self.editor.open()

    def remove(self) -> None:
        row = self.selected()
        if row is None:
            return
        if not dialogs.ask_yes_no(self, self.tr("Remove the record"),
                                  self.tr("Remove this record of {day}? The removal is recorded in the audit trail.")
                                  .format(day=row.on_date)):
            return
        kind, row_id = row.kind, row.id
        self.app.worker.run(lambda s: logs.remove_log(s, kind, row_id), None,
                            lambda e: dialogs.show_error(self, e), context=self)
