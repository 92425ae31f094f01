"""设置: language and own password for everyone; idle lock, PDF font, policy thresholds, the watch list's risk
levels and the referral and crisis deadlines (ui/referrals/loop_settings.py) for the head."""
from __future__ import annotations

from counselor_app.domain import policy
from counselor_app.domain.areas import Area
from counselor_app.domain.errors import WrongCredentials
from counselor_app.domain.roles import Permission
from counselor_app.domain.school import SchoolProfile, SchoolType
from counselor_app.services import credentials, documents, office as office_service, settings as settings_service
from counselor_app.services import watch_loop
from counselor_app.translation import translate_text
from counselor_app.ui import dialogs
from counselor_app.ui.pages import Page
from counselor_app.ui.qt import (
    QCheckBox, QComboBox, QCoreApplication, QDoubleSpinBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSpinBox, Qt, QTabWidget, QVBoxLayout, QWidget,
)
from counselor_app.ui.widgets import show_failure, error_label, page_title, password_field, show_error_text

def load(session):
    """Settings and the font documents will use (finding it reads font files: on the worker, not the GUI)."""
    return settings_service.read_settings(session), documents.pdf_font(session)


LANGUAGES = (("zh_CN", "中文（简体）"), ("en", "English"))


class SettingsPage(Page):
    key = "settings"
    cares_about = frozenset({Area.SETTINGS})

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("Pages", "Settings")

    def __init__(self, app) -> None:
        super().__init__(app)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.title()))
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)
        self.tabs.addTab(self._account_tab(), self.tr("My account"))
        self.edits_office = app.may(Permission.EDIT_SETTINGS)   # the office tabs
        if self.edits_office:
            self.tabs.addTab(self._office_tab(), self.tr("Office"))
            self.tabs.addTab(self._policy_tab(), self.tr("Policy thresholds"))
            self.tabs.addTab(self._watch_tab(), self.tr("Watch list"))
            from counselor_app.ui.referrals.loop_settings import LoopSettingsTab

            self.loops_tab = LoopSettingsTab(app)
            self.tabs.addTab(self.loops_tab, self.tr("Referrals and crises"))

    # -- my account ------------------------------------------------------------------------------
    def _account_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        lang_box = QGroupBox(self.tr("Language"))
        lang_row = QHBoxLayout(lang_box)
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.app.language)))
        apply_lang = QPushButton(self.tr("Apply"))
        apply_lang.setObjectName("applyLanguage")
        apply_lang.clicked.connect(lambda: self.app.set_language(self.language.currentData()))
        lang_row.addWidget(self.language)
        lang_row.addWidget(apply_lang)
        lang_row.addStretch(1)
        layout.addWidget(lang_box)
        pw_box = QGroupBox(self.tr("Change my password"))
        pw_box.setMaximumWidth(560)
        form = QFormLayout(pw_box)
        self.old_pw, self.new_pw, self.repeat_pw = password_field(), password_field(), password_field()
        form.addRow(self.tr("Current password:"), self.old_pw)
        form.addRow(self.tr("New password:"), self.new_pw)
        form.addRow(self.tr("Repeat new password:"), self.repeat_pw)
        self.revoke = QCheckBox(self.tr("My old password may be known to someone: revoke it"))
        self.revoke.setObjectName("revokeOldPassword")
        self.revoke.setToolTip(self.tr("The office is re-keyed at once, so the old password opens nothing any more, "
                                       "not even with the key-slot file of an old backup."))
        form.addRow(self.revoke)
        self.pw_error = error_label()
        form.addRow(self.pw_error)
        change = QPushButton(self.tr("Change password"))
        change.setObjectName("changePassword")
        change.clicked.connect(self.change_password)
        for field in (self.old_pw, self.new_pw, self.repeat_pw):   # Enter in any of them changes it, as a dialog would
            field.returnPressed.connect(self.change_password)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(change)
        form.addRow(row)
        layout.addWidget(pw_box)
        layout.addStretch(1)
        return tab

    def change_password(self) -> None:
        for field, missing in ((self.old_pw, self.tr("Enter your current password.")),
                               (self.new_pw, self.tr("Enter the new password.")),
                               (self.repeat_pw, self.tr("Enter the new password a second time."))):
            if not field.text():
                show_error_text(self.pw_error, missing)
                field.setFocus()
                return
        if self.new_pw.text() != self.repeat_pw.text():
            show_error_text(self.pw_error, self.tr("The two new passwords differ."))
            return
        old, new, revoke = self.old_pw.text(), self.new_pw.text(), self.revoke.isChecked()
        for f in (self.old_pw, self.new_pw, self.repeat_pw):
            f.clear()

        def failed(error: BaseException) -> None:
            self.old_pw.setFocus()
            if isinstance(error, WrongCredentials):   # no login is typed here: only the current password can be wrong
                show_error_text(self.pw_error, self.tr(
                    "The current password is wrong. After {remaining} more wrong attempt(s) this login is locked for "
                    "15 minutes.").format(**error.params))
                return
            show_failure(self.pw_error, self, error)

        def done(_r) -> None:
            show_error_text(self.pw_error, "")
            self.revoke.setChecked(False)
            dialogs.show_info(self, self.tr("Password"), self.tr(
                "Your password was changed and the old one revoked: the office was re-keyed.") if revoke
                else self.tr("Your password was changed."))

        change = credentials.revoke_password if revoke else credentials.change_password
        self.app.worker.run(lambda s: change(s, old, new), done, failed, context=self)

    # -- office (head) ------------------------------------------------------------------------------
    def _office_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        school_box = QGroupBox(self.tr("School profile"))
        school_box.setMaximumWidth(640)
        school_form = QFormLayout(school_box)
        self.school_name, self.school_address, self.school_unit = QLineEdit(), QLineEdit(), QLineEdit()
        self.school_type = QComboBox()
        for t in SchoolType:
            self.school_type.addItem(translate_text(t.label), t.value)
        school_form.addRow(self.tr("School name:"), self.school_name)
        school_form.addRow(self.tr("School type:"), self.school_type)
        school_form.addRow(self.tr("Address:"), self.school_address)
        school_form.addRow(self.tr("Unit name on forms:"), self.school_unit)
        save_school = QPushButton(self.tr("Save school profile"))
        save_school.clicked.connect(self.save_school)
        school_row = QHBoxLayout()
        school_row.addStretch(1)
        school_row.addWidget(save_school)
        school_form.addRow(school_row)
        layout.addWidget(school_box)
        box = QGroupBox(self.tr("Idle lock"))
        row = QHBoxLayout(box)
        self.idle = QSpinBox()
        self.idle.setObjectName("idleMinutes")
        self.idle.setRange(settings_service.IDLE_MIN, settings_service.IDLE_MAX)
        self.idle.setSuffix(self.tr(" min"))
        save_idle = QPushButton(self.tr("Save"))
        save_idle.clicked.connect(self.save_idle)
        row.addWidget(QLabel(self.tr("Lock the office after this long without use:")))
        row.addWidget(self.idle)
        row.addWidget(save_idle)
        row.addStretch(1)
        layout.addWidget(box)
        font_box = QGroupBox(self.tr("Font for printed documents"))
        font_layout = QVBoxLayout(font_box)
        self.font_label = QLabel()
        self.font_label.setWordWrap(True)
        font_layout.addWidget(self.font_label)
        font_row = QHBoxLayout()
        choose = QPushButton(self.tr("Choose a font file…"))
        auto = QPushButton(self.tr("Find automatically"))
        choose.clicked.connect(self.choose_font)
        auto.clicked.connect(lambda: self._save_font(""))
        font_row.addWidget(choose)
        font_row.addWidget(auto)
        font_row.addStretch(1)
        font_layout.addLayout(font_row)
        layout.addWidget(font_box)
        self.saved = QLabel()
        self.saved.setObjectName("hint")
        layout.addWidget(self.saved)
        layout.addStretch(1)
        return tab

    def _fill_school(self, school) -> None:
        self.school_name.setText(school.name)
        self.school_type.setCurrentIndex(max(0, self.school_type.findData(school.school_type.value)))
        self.school_address.setText(school.address)
        self.school_unit.setText(school.unit_name)

    def save_school(self) -> None:
        profile = SchoolProfile(self.school_name.text(), SchoolType(self.school_type.currentData()),
                                self.school_address.text(), self.school_unit.text())

        def done(saved) -> None:
            self.app.school = saved
            self._fill_school(saved)
            self.saved.setText(self.tr("Saved."))
            if self.app.main_window is not None:
                self.app.main_window.set_title()

        self.app.worker.run(lambda s: office_service.update_school_profile(s, profile), done,
                            lambda e: dialogs.show_error(self, e), context=self)

    def save_idle(self) -> None:
        minutes = self.idle.value()
        self._write(lambda s: settings_service.set_idle_lock_minutes(s, minutes))

    def choose_font(self) -> None:
        path = dialogs.get_open_file_name(self, self.tr("Choose a TrueType font"),
                                          self.tr("TrueType fonts (*.ttf *.ttc)"))
        if path:
            self._save_font(path)

    def _save_font(self, path: str) -> None:
        self._write(lambda s: settings_service.set_pdf_font_path(s, path))

    def _write(self, call) -> None:
        def done(loaded) -> None:
            self.app.settings_changed(loaded[0])
            self._show(loaded)
            self.saved.setText(self.tr("Saved."))

        def write_and_read(session):
            call(session)
            return load(session)

        self.app.worker.run(write_and_read, done, lambda e: dialogs.show_error(self, e), context=self)

    # -- policy thresholds (head) ---------------------------------------------------------------------
    def _policy_tab(self) -> QWidget:
        """The thresholds of the parts that exist, to change; the others listed with the part they wait for (a
        number nothing reads yet is not offered as if it mattered)."""
        tab = QWidget()
        layout = QVBoxLayout(tab)
        intro = QLabel(self.tr("Every number set by the Anhui Province measures for student mental-health work (2023) "
                               "becomes a setting here, with the 2023 value as default, once the part of the app "
                               "that uses it exists. Change one when a newer notice asks for more (a 2025 national "
                               "notice, for example, asks for two family guidance activities per semester)."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.threshold_edits: dict[str, QDoubleSpinBox] = {}
        self.coming_values: dict[str, QLabel] = {}
        category = policy.school_category(self.app.school.school_type.value if self.app.school else "")
        shown = [t for t in policy.THRESHOLDS if category in t.applies]  # no university venue rules for a 初中
        form = QFormLayout()
        coming_box = QGroupBox(self.tr("Used by parts still to come"))
        coming_box.setObjectName("comingThresholds")
        coming = QFormLayout(coming_box)
        for t in shown:
            clause = QCoreApplication.translate("Policy", "art. {n}").format(n=t.clause)
            label = self.tr("{threshold} ({clause})").format(threshold=translate_text(t.label), clause=clause)
            if t.in_use:
                edit = QDoubleSpinBox()
                edit.setDecimals(0)
                edit.setRange(t.minimum, t.maximum)
                if t.unit is not None:
                    edit.setSuffix(" " + translate_text(t.unit))
                edit.setMaximumWidth(150)
                self.threshold_edits[t.key] = edit
                form.addRow(label, edit)
            else:
                value = QLabel()
                value.setObjectName("hint")
                self.coming_values[t.key] = value
                coming.addRow(label, value)
        if self.threshold_edits:
            layout.addLayout(form)
            row = QHBoxLayout()
            save = QPushButton(self.tr("Save thresholds"))
            defaults = QPushButton(self.tr("Restore the 2023 defaults"))
            save.clicked.connect(self.save_thresholds)
            defaults.clicked.connect(lambda: [self.threshold_edits[k].setValue(v)
                                              for k, v in policy.defaults().items() if k in self.threshold_edits])
            row.addWidget(save)
            row.addWidget(defaults)
            row.addStretch(1)
            layout.addLayout(row)
            layout.addLayout(self._profile_row())   # a whole set at once: another province's measures (issue 17)
        else:
            none = QLabel(self.tr("No part of the app uses a threshold yet, so there is nothing to change here now. "
                                  "Each becomes changeable when the part that uses it arrives."))
            none.setObjectName("noThresholdsInUse")
            none.setWordWrap(True)
            layout.addWidget(none)
        if self.coming_values:
            layout.addWidget(coming_box)
        layout.addStretch(1)
        return tab

    def _coming_text(self, key: str, value: float) -> str:
        t = policy.BY_KEY[key]
        amount = f"{value:g}" + (" " + translate_text(t.unit) if t.unit is not None else "")
        return self.tr("{value} · used by {feature}, coming").format(value=amount,
                                                                     feature=translate_text(policy.FEATURES[t.feature]))

    def save_thresholds(self) -> None:
        values = {k: e.value() for k, e in self.threshold_edits.items()}
        self._write(lambda s: settings_service.set_thresholds(s, values))

    def _profile_row(self):
        from counselor_app.domain.policy_profiles import SHIPPED
        from counselor_app.ui.qt import QComboBox

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Policy profile:")))
        self.profile_box = QComboBox()
        self.profile_box.setObjectName("policyProfile")
        for p in SHIPPED:
            self.profile_box.addItem(translate_text(p.name), p.code)
        row.addWidget(self.profile_box, 1)
        apply = QPushButton(self.tr("Apply the profile"))
        apply.setObjectName("applyProfile")
        apply.clicked.connect(self.apply_profile)
        row.addWidget(apply)
        load = QPushButton(self.tr("Load a profile file…"))
        load.setObjectName("loadProfile")
        load.clicked.connect(self.load_profile)
        row.addWidget(load)
        return row

    def apply_profile(self) -> None:
        from counselor_app.services import policy_profiles

        code = self.profile_box.currentData()
        self._write(lambda s: policy_profiles.apply_profile(s, code))

    def load_profile(self) -> None:
        from counselor_app.services import policy_profiles

        path = dialogs.get_open_file_name(self, self.tr("Policy profile"), self.tr("Policy profiles (*.json)"))
        if path:
            self._write(lambda s: policy_profiles.apply_profile_file(s, path))

    # -- the watch list's risk levels (head) -----------------------------------------------------------
    def _watch_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        box = QGroupBox(self.tr("Risk levels"))
        box.setMaximumWidth(720)
        inner = QVBoxLayout(box)
        hint = QLabel(self.tr("Each entry of the watch list has a level: its colour on the lists, the days between "
                              "reviews (the next review date after each follow-up) and whether an entry at that "
                              "level may be closed or must be lowered first."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        inner.addWidget(hint)
        self.levels_label = QLabel()
        self.levels_label.setObjectName("levelsSummary")
        self.levels_label.setTextFormat(Qt.TextFormat.RichText)
        inner.addWidget(self.levels_label)
        row = QHBoxLayout()
        change = QPushButton(self.tr("Change the levels…"))
        change.setObjectName("changeLevels")
        change.clicked.connect(self.change_levels)
        row.addWidget(change)
        row.addStretch(1)
        inner.addLayout(row)
        layout.addWidget(box)
        layout.addStretch(1)
        return tab

    def _show_levels(self, levels) -> None:
        """One line per level, least serious first: its colour, name, days between reviews, closing rule."""
        from html import escape

        lines = []
        for lv in levels:
            text = self.tr("{name}: a review every {days} days").format(name=lv.name(translate_text),
                                                                         days=lv.review_days)
            if not lv.may_close:
                text += self.tr(" · lowered before it is closed")
            lines.append(f'<span style="color:{lv.colour}">●</span>&nbsp;{escape(text)}')
        self.levels_label.setText("<br>".join(lines))

    def change_levels(self) -> None:
        from counselor_app.ui.watch.levels_dialog import LevelsDialog

        self.levels_dialog = LevelsDialog(self, self.app, on_saved=lambda _r: self._load_levels())
        self.levels_dialog.open()

    def _load_levels(self) -> None:
        self.app.worker.run(lambda s: watch_loop.levels(s), self._show_levels, context=self)

    # -- loading ----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.edits_office:
            self.app.worker.run(load, self._show, context=self)
            self._load_levels()
            self.loops_tab.refresh()

    def _show(self, loaded) -> None:
        settings, font = loaded
        if self.app.school is not None:
            self._fill_school(self.app.school)
        self.idle.setValue(settings.idle_lock_minutes)
        for key, value in settings.thresholds.items():
            if key in self.threshold_edits:
                self.threshold_edits[key].setValue(value)
            elif key in self.coming_values:
                self.coming_values[key].setText(self._coming_text(key, value))
        if font is None:
            self.font_label.setText(self.tr("No usable Chinese font was found: documents cannot be printed until "
                                            "you choose a TrueType font file."))
        else:
            from pathlib import PurePath

            self.font_label.setText(self.tr("Documents are printed with the font file {font}.").format(
                font=PurePath(font).name))
