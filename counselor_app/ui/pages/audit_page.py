"""审计日志: the office head reads the audit trail, filters it and verifies the hash chain."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from counselor_app.domain import audit_labels
from counselor_app.domain.errors import fill
from counselor_app.domain.roles import Permission
from counselor_app.services import integrity, users as user_service
from counselor_app.store.audit import AuditFilter
from counselor_app.translation import translate_text
from counselor_app.ui import dialogs
from counselor_app.ui.models import Column, RowsModel
from counselor_app.ui.pages import Page
from counselor_app.ui.qt import (
    QComboBox, QCoreApplication, QDate, QDateEdit, QHBoxLayout, QLabel, QPushButton, QVBoxLayout,
)
from counselor_app.ui.widgets import page_title, row_table

def outcome_text(outcome: str) -> str:
    return {"ok": QCoreApplication.translate("Audit", "done"), "failed": QCoreApplication.translate("Audit", "failed"),
            "denied": QCoreApplication.translate("Audit", "denied")}.get(outcome, outcome)


def action_text(action: str) -> str:
    found = audit_labels.action_label(action)
    return fill(found[0], found[1], translate_text) if found else action


def target_text(record, user_names: dict[int, str]) -> str:
    label = audit_labels.TARGETS.get(record.target_type)
    kind = translate_text(label) if label else record.target_type
    target = record.target_id
    if record.target_type in ("user", "login") and target.isdigit() and int(target) in user_names:
        target = user_names[int(target)]
    elif record.target_type == "setting" and target in audit_labels.SETTINGS:
        return translate_text(audit_labels.SETTINGS[target])
    elif record.target_type == "login" and target.startswith("#"):
        target = QCoreApplication.translate("Audit", "(unknown login)")
    return f"{kind} {target}".strip()


def detail_text(detail: str) -> str:
    label = audit_labels.DETAILS.get(detail)
    return translate_text(label) if label else detail


def local_time(iso: str) -> str:
    return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M:%S")


class AuditPage(Page):
    key = "audit"
    permission = Permission.VIEW_AUDIT
    cares_about = frozenset({"users", "backup", "settings", "audit"})

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("Pages", "Audit trail")

    def __init__(self, app) -> None:
        super().__init__(app)
        self.user_names: dict[int, str] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.title()))
        filters = QHBoxLayout()
        self.user = QComboBox()
        self.user.setObjectName("auditUser")
        self.action = QComboBox()
        self.action.setObjectName("auditAction")
        self.action.addItem(self.tr("All actions"), None)
        for code, label in audit_labels.ACTIONS.items():
            self.action.addItem(translate_text(label), code)
        for prefix, label in ((f"{kind}.", audit_labels.OUTPUTS[kind]) for kind in audit_labels.OUTPUTS):
            self.action.addItem(fill(label, {"document": self.tr("any document")}, translate_text), prefix)
        self.action.addItem(self.tr("Refused (permission)"), "denied.")
        self.action.setMinimumContentsLength(12)
        self.user.setMinimumContentsLength(14)
        self.since = QDateEdit(QDate.currentDate().addDays(-30))
        self.until = QDateEdit(QDate.currentDate())
        for d in (self.since, self.until):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
        self.search = QPushButton(self.tr("Filter"))
        self.verify = QPushButton(self.tr("Verify chain"))
        self.verify.setObjectName("verifyChain")
        for label, w in ((self.tr("User:"), self.user), (self.tr("Action:"), self.action),
                         (self.tr("From:"), self.since), (self.tr("To:"), self.until)):
            filters.addWidget(QLabel(label))
            filters.addWidget(w)
        filters.addWidget(self.search)
        filters.addStretch(1)
        filters.addWidget(self.verify)
        layout.addLayout(filters)
        self.model = RowsModel([
            Column(self.tr("No."), lambda r: r.id, align_right=True),
            Column(self.tr("Time"), lambda r: local_time(r.at)),
            Column(self.tr("User"), lambda r: self.user_names.get(r.user_id, "—" if r.user_id is None else f"#{r.user_id}")),
            Column(self.tr("Action"), lambda r: action_text(r.action)),
            Column(self.tr("Target"), lambda r: target_text(r, self.user_names)),
            Column(self.tr("Outcome"), lambda r: outcome_text(r.outcome)),
            Column(self.tr("Detail"), lambda r: detail_text(r.detail)),
        ], self)
        self.table = row_table(self.model, stretch=False, single=False)
        layout.addWidget(self.table)
        self.status = QLabel()
        self.status.setObjectName("hint")
        layout.addWidget(self.status)
        self.search.clicked.connect(self.refresh)
        self.verify.clicked.connect(self.verify_chain)

    def _filter(self) -> AuditFilter:
        since = datetime.combine(self.since.date().toPython(), datetime.min.time()).astimezone(timezone.utc)
        until = datetime.combine(self.until.date().toPython(), datetime.min.time()).astimezone(timezone.utc)
        return AuditFilter(user_id=self.user.currentData(), action_prefix=self.action.currentData(),
                           since=since.isoformat(), until=(until + timedelta(days=1)).isoformat(), limit=5000)

    def refresh(self) -> None:
        f = self._filter()

        def load(session):
            return user_service.list_users(session), integrity.audit_trail(session, f)

        self.app.worker.run(load, self.show_rows, context=self)

    def show_rows(self, result) -> None:
        users, rows = result
        self.user_names = {u.id: u.display_name for u in users}
        current = self.user.currentData()
        self.user.blockSignals(True)
        self.user.clear()
        self.user.addItem(self.tr("Everyone"), None)
        for u in users:
            self.user.addItem(f"{u.display_name} ({u.login})", u.id)
        self.user.setCurrentIndex(max(0, self.user.findData(current)))
        self.user.blockSignals(False)
        self.model.set_rows(rows)
        self.status.setText(self.tr("{count} entries shown (newest first, at most 5000).").format(count=len(rows)))

    def clear_data(self) -> None:
        self.model.clear()
        self.user_names = {}
        self.user.clear()

    def verify_chain(self) -> None:
        def shown(report) -> None:
            if report.ok:
                text = self.tr("The audit trail is intact: {rows} entries, the database passed every integrity "
                               "check.\nChain head: {head}").format(rows=report.audit_rows, head=report.head_hash)
            elif report.broken_row is not None:
                text = self.tr("The audit trail is BROKEN at entry {row}. Restore a backup and investigate.").format(
                    row=report.broken_row)
            else:
                text = self.tr("The database failed the integrity check ({count} problems). Restore a backup.").format(
                    count=len(report.problems))
            dialogs.show_info(self, self.tr("Verify chain"), text)
            self.refresh()

        self.app.worker.run(integrity.verify_office, shown, context=self, changes={"audit"})
