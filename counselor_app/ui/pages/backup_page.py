"""备份与恢复: back up now (with progress), the backup folder, and restore (office head); the office's keys (office
head): re-key the office, a new recovery key."""
from __future__ import annotations

from pathlib import Path

from counselor_app.domain.areas import Area
from counselor_app.domain.roles import Permission
from counselor_app.services import backups as backup_service, office as office_service, restore as restore_service
from counselor_app.services import recovery, rekey, settings as settings_service
from counselor_app.ui import dialogs
from counselor_app.ui.models import Column, RowsModel
from counselor_app.ui.pages import Page
from counselor_app.ui.qt import (
    QCoreApplication, QGroupBox, QHBoxLayout, QLabel, QProgressDialog, QPushButton, QVBoxLayout, Qt,
)
from counselor_app.ui.widgets import page_title, row_table


class BackupPage(Page):
    key = "backup"
    permission = Permission.BACKUP
    cares_about = frozenset({Area.BACKUP, Area.SETTINGS})

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("Pages", "Backup and restore")

    def __init__(self, app) -> None:
        super().__init__(app)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.title()))
        self.folder = QLabel()
        self.folder.setWordWrap(True)
        layout.addWidget(self.folder)
        row = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.setObjectName("backupNow")
        self.folder_button = QPushButton(self.tr("Choose backup folder…"))
        self.default_button = QPushButton(self.tr("Use the default folder"))
        self.restore_button = QPushButton(self.tr("Restore the selected backup…"))
        for w in (self.backup_button, self.folder_button, self.default_button, self.restore_button):
            row.addWidget(w)
        row.addStretch(1)
        layout.addLayout(row)
        for w in (self.folder_button, self.default_button):
            w.setVisible(app.may(Permission.EDIT_SETTINGS))   # the backup folder is an office setting
        self.restore_button.setVisible(app.may(Permission.RESTORE))
        hint = QLabel(self.tr("Backups are encrypted like the office itself. Kept: every backup of the last two days, "
                              "then one a day for 7 days, one a week for 4 weeks, one a month for 12 months. A USB "
                              "drive kept apart from this computer protects against a broken disk."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.model = RowsModel([
            Column(self.tr("Made"), lambda b: b.created_at.astimezone().strftime("%Y-%m-%d %H:%M")),
            Column(self.tr("Kind"), lambda b: {"premigration": self.tr("before an upgrade"),
                                               "prerollover": self.tr("before the year rollover")}.get(
                b.kind, self.tr("backup"))),
            Column(self.tr("Folder"), lambda b: b.name),
        ], self)
        self.table = row_table(self.model)
        layout.addWidget(self.table)
        if app.may(Permission.MANAGE_KEYS):
            layout.addWidget(self._keys_box())
        self.backup_button.clicked.connect(self.back_up_now)
        self.folder_button.clicked.connect(self.choose_folder)
        self.default_button.clicked.connect(lambda: self._set_folder(""))
        self.restore_button.clicked.connect(self.restore)
        self._token = 0
        app.worker.progress_changed.connect(self._show_progress)
        self._dialog: QProgressDialog | None = None

    def _keys_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("The office's keys"))
        box.setObjectName("officeKeys")
        layout = QVBoxLayout(box)
        text = QLabel(self.tr("Re-keying gives the office a new data key and clinical key: every password in use works "
                              "as before, while a password no longer in use — also with the key-slot file of an old "
                              "backup — opens nothing of the office any more. A new recovery key replaces the sealed "
                              "sheet: the old key stops opening the office and the backups made from now on."))
        text.setObjectName("hint")
        text.setWordWrap(True)
        layout.addWidget(text)
        row = QHBoxLayout()
        self.rekey_button = QPushButton(self.tr("Re-key the office…"))
        self.rekey_button.setObjectName("rekeyOffice")
        self.rekey_button.clicked.connect(self.rekey_office)
        self.recovery_button = QPushButton(self.tr("New recovery key…"))
        self.recovery_button.setObjectName("newRecoveryKey")
        self.recovery_button.clicked.connect(self.new_recovery_key)
        row.addWidget(self.rekey_button)
        row.addWidget(self.recovery_button)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    def rekey_office(self) -> None:
        title = self.tr("Re-key the office")
        if not dialogs.ask_yes_no(self, title, self.tr(
                "Give the office a new data key and a new clinical key now? Everyone keeps their password; a password "
                "no longer in use opens nothing any more. Backups made before still open as they did."),
                yes_text=self.tr("Re-key"), no_text=self.tr("Cancel")):
            return
        self.rekey_button.setEnabled(False)

        def done(_result) -> None:
            self.rekey_button.setEnabled(True)
            dialogs.show_info(self, title, self.tr("The office was re-keyed."))

        def failed(error: BaseException) -> None:
            self.rekey_button.setEnabled(True)
            dialogs.show_error(self, error)

        self.app.worker.run(rekey.renew_office_keys, done, failed, context=self)

    def new_recovery_key(self) -> None:
        if not dialogs.ask_yes_no(self, self.tr("New recovery key"), self.tr(
                "Make a new recovery key? The old key (the sealed sheet in the safe) stops opening the office and the "
                "backups made from now on. The new key is shown once: have the printer ready."),
                yes_text=self.tr("Make a new key"), no_text=self.tr("Cancel")):
            return
        self.recovery_button.setEnabled(False)

        def done(key: str) -> None:
            from counselor_app.ui.recovery_key_dialog import NewRecoveryKeyDialog

            self.recovery_button.setEnabled(True)
            self.key_dialog = NewRecoveryKeyDialog(self.app, self, key)
            self.key_dialog.open()

        def failed(error: BaseException) -> None:
            self.recovery_button.setEnabled(True)
            dialogs.show_error(self, error)

        self.app.worker.run(recovery.rotate_recovery_key, done, failed, context=self)

    def refresh(self) -> None:
        self.app.worker.run(backup_service.list_office_backups, self._loaded, context=self)

    def _loaded(self, result) -> None:
        folder, found = result
        self.folder.setText(self.tr("Backup folder: {folder}").format(folder=folder))
        self.model.set_rows(found)

    def clear_data(self) -> None:
        self.model.clear()

    # -- back up now -----------------------------------------------------------------------------
    def back_up_now(self) -> None:
        self._token, progress = self.app.worker.progress()
        self._dialog = QProgressDialog(self.tr("Writing the encrypted backup…"), self.tr("Cancel"), 0, 100, self)
        self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self._dialog.setMinimumDuration(300)
        self._dialog.canceled.connect(progress.cancel)
        self.backup_button.setEnabled(False)
        self.app.worker.run(lambda s: backup_service.make_backup(s, progress=progress), self._backed_up,
                            self._backup_failed, context=self)

    def _show_progress(self, token: int, done: int, total: int) -> None:
        if token == self._token and self._dialog is not None and total:
            self._dialog.setValue(int(done * 100 / total))

    def _finish_dialog(self) -> None:
        self.backup_button.setEnabled(True)
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.deleteLater()
            self._dialog = None

    def _backed_up(self, info) -> None:
        self._finish_dialog()
        dialogs.show_info(self, self.tr("Backup"), self.tr("The backup was written: {name}").format(name=info.name))

    def _backup_failed(self, error: BaseException) -> None:
        self._finish_dialog()
        dialogs.show_error(self, error)

    # -- folder and restore ------------------------------------------------------------------------
    def choose_folder(self) -> None:
        folder = dialogs.get_existing_directory(self, self.tr("Choose the backup folder"))
        if folder:
            self._set_folder(folder)

    def _set_folder(self, folder: str) -> None:
        self.app.worker.run(lambda s: settings_service.set_backup_dir(s, folder), None,
                            lambda e: dialogs.show_error(self, e), context=self)

    def restore(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            dialogs.show_info(self, self.tr("Restore"), self.tr("Select a backup in the list first."))
            return
        backup = self.model.row_at(rows[0])
        if not dialogs.ask_yes_no(self, self.tr("Restore"), self.tr(
                "Replace ALL current records with the backup made {when}? Everything entered since then is no "
                "longer in the office (the replaced database is kept aside in the data folder).").format(
                when=backup.created_at.astimezone().strftime("%Y-%m-%d %H:%M")),
                yes_text=self.tr("Restore"), no_text=self.tr("Cancel")):
            return
        password = dialogs.ask_password(self, self.tr("Restore"), self.tr("Confirm with your password to restore."))
        if password is None:
            return
        # proven first, with the office open: the office is closed for the restore and opened again with it
        self.app.worker.run(lambda s: restore_service.confirm_password(s, password),
                            lambda _none: self._restore_now(backup, password), lambda e: dialogs.show_error(self, e),
                            context=self)

    def _restore_now(self, backup, password: str) -> None:
        app, login, folder = self.app, self.app.user.login, Path(backup.path)
        data_dir = app.paths.data_dir
        app.worker.with_session_closed(
            lambda: restore_service.restore_backup(data_dir, folder, login, password),
            lambda: office_service.login(data_dir, login, password),
            lambda info: self._restored(info), lambda e: dialogs.show_error(self, e), context=self)

    def _restored(self, info) -> None:
        dialogs.show_info(self, self.tr("Restore"), self.tr("The backup {name} was restored.").format(name=info.name))
        if self.app.main_window is not None:
            self.app.main_window.reload()
