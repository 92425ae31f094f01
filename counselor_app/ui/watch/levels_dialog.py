"""风险等级: the office head edits the watch list's levels (name, colour, days between reviews, may close), adds,
removes and reorders them; saved by services.watch_loop.save_levels (settings page, 重点关注 tab).

One row per level, least serious at the top. A default level's name shows in the user's language; left as it is,
it stays the default (translated for every user); changed, it becomes the office's own name. A new level gets a
code of its own (never one a removed level still holds for its closed entries). Removing a level that open entries
still use is refused by the service, whose message appears in the error line; nothing is saved then.
"""
from __future__ import annotations

from counselor_app.domain import watch as rules
from counselor_app.services import watch_loop
from counselor_app.translation import translate_text
from counselor_app.ui.form_dialog import FormDialog, Invalid
from counselor_app.ui.qt import (
    QCheckBox, QComboBox, QCoreApplication, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget,
)
from counselor_app.ui.watch.list_words import dot_icon

# The colours offered, with their names (LevelsDialog.colour_names); a level keeps its own colour when it is none.
PALETTE = ("#e0b000", "#e07000", "#d02020", "#8b1a1a", "#8e24aa", "#3949ab", "#1e88e5", "#00897b", "#43a047", "#757575")
MAX_LEVELS = 8


class LevelRow:
    """The widgets of one level in the dialog's grid."""

    def __init__(self, dialog: "LevelsDialog", level: rules.Level | None, code: str) -> None:
        self.code = code
        self.default_name = level.text if level is not None and not level.label else None   # a default level
        self.name = QLineEdit(level.name(translate_text) if level is not None else "")
        self.name.setMaxLength(50)
        self.name.setPlaceholderText(QCoreApplication.translate("LevelsDialog", "Name of the level"))
        self.colour = QComboBox()
        for value, text in zip(PALETTE, dialog.colour_names()):
            self.colour.addItem(dot_icon(value), text, value)
        colour = level.colour.lower() if level is not None else PALETTE[len(dialog.rows) % len(PALETTE)]
        if self.colour.findData(colour) < 0:
            self.colour.addItem(dot_icon(colour), colour, colour)
        self.colour.setCurrentIndex(self.colour.findData(colour))
        self.days = QSpinBox()
        self.days.setRange(rules.MIN_REVIEW_DAYS, rules.MAX_REVIEW_DAYS)
        self.days.setValue(level.review_days if level is not None else 30)
        self.days.setSuffix(QCoreApplication.translate("LevelsDialog", " days"))
        self.may_close = QCheckBox(QCoreApplication.translate("LevelsDialog", "may close"))
        self.may_close.setChecked(level.may_close if level is not None else True)
        self.may_close.setToolTip(QCoreApplication.translate(
            "LevelsDialog", "Unticked: an entry at this level must be lowered before it can be closed (like the "
                            "default high-risk level)."))
        self.up, self.down = QPushButton("↑"), QPushButton("↓")
        self.remove = QPushButton(QCoreApplication.translate("LevelsDialog", "Remove"))
        self.up.setToolTip(QCoreApplication.translate("LevelsDialog", "Less serious: move up"))
        self.down.setToolTip(QCoreApplication.translate("LevelsDialog", "More serious: move down"))
        for button in (self.up, self.down):
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("↑") + 24)
        self.up.clicked.connect(lambda: dialog.move(self, -1))
        self.down.clicked.connect(lambda: dialog.move(self, 1))
        self.remove.clicked.connect(lambda: dialog.remove(self))
        self.widgets = (self.colour, self.name, self.days, self.may_close, self.up, self.down, self.remove)

    def level(self, rank: int) -> rules.Level:
        name = " ".join(self.name.text().split())
        if self.default_name is not None and name == translate_text(self.default_name):
            name = ""   # unchanged: the default name, in each user's language
        return rules.Level(self.code, name, self.colour.currentData(), rank, self.days.value(),
                           self.may_close.isChecked())


class LevelsDialog(FormDialog):
    def __init__(self, parent, app, on_saved=None) -> None:
        super().__init__(parent, app, self.tr("Risk levels of the watch list"), width=720, on_saved=on_saved)
        self.setObjectName("levelsDialog")
        self.rows: list[LevelRow] = []
        self.codes: set[str] = set()       # every code the office has, removed levels too
        self.note(self.tr("From the least serious level (top) to the most serious (bottom). The days between "
                          "reviews set each entry's next review date after a follow-up. A level still used by "
                          "open entries cannot be removed; one used only by closed entries is kept for them and no "
                          "longer offered."))
        self.grid_widget = QWidget()
        self.grid = QGridLayout(self.grid_widget)
        self.grid.setContentsMargins(0, 4, 0, 4)
        self.grid.setColumnStretch(1, 1)
        for column, text in enumerate((self.tr("Colour"), self.tr("Name"), self.tr("Review every"),
                                       self.tr("Closing"))):
            label = QLabel(text)
            label.setObjectName("hint")
            self.grid.addWidget(label, 0, column)
        self.body.addWidget(self.grid_widget)
        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add a level"))
        self.add_button.setObjectName("addLevel")
        self.add_button.clicked.connect(self.add)
        bar.addWidget(self.add_button)
        bar.addStretch(1)
        self.body.addLayout(bar)

    # -- loading ------------------------------------------------------------------------------------------
    def loader(self):
        return lambda s: (watch_loop.levels(s), watch_loop.levels(s, all_levels=True))

    def loaded(self, result) -> None:
        active, every = result
        self.codes = {lv.code for lv in every}
        for lv in active:
            self.rows.append(LevelRow(self, lv, lv.code))
        self.lay_out()

    def colour_names(self) -> tuple[str, ...]:
        """The names of PALETTE's colours, in its order."""
        return (self.tr("yellow"), self.tr("orange"), self.tr("red"), self.tr("dark red"), self.tr("purple"),
                self.tr("indigo"), self.tr("blue"), self.tr("teal"), self.tr("green"), self.tr("grey"))

    # -- the rows -----------------------------------------------------------------------------------------
    def lay_out(self) -> None:
        """The rows in their order under the headers; ↑ ↓ and Remove enabled where they can act."""
        for row in self.rows:
            for widget in row.widgets:
                self.grid.removeWidget(widget)
        for n, row in enumerate(self.rows, 1):
            for column, widget in enumerate(row.widgets):
                self.grid.addWidget(widget, n, column)
                widget.show()
            row.up.setEnabled(n > 1)
            row.down.setEnabled(n < len(self.rows))
            row.remove.setEnabled(len(self.rows) > 1)
        self.add_button.setEnabled(len(self.rows) < MAX_LEVELS)

    def add(self) -> None:
        if len(self.rows) >= MAX_LEVELS:
            return
        n = 1
        while f"level{n}" in self.codes or any(r.code == f"level{n}" for r in self.rows):
            n += 1
        row = LevelRow(self, None, f"level{n}")
        self.rows.append(row)
        self.lay_out()
        row.name.setFocus()

    def remove(self, row: LevelRow) -> None:
        if len(self.rows) <= 1:
            return
        self.rows.remove(row)
        for widget in row.widgets:
            self.grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self.lay_out()

    def move(self, row: LevelRow, step: int) -> None:
        at = self.rows.index(row)
        to = at + step
        if 0 <= to < len(self.rows):
            self.rows[at], self.rows[to] = self.rows[to], self.rows[at]
            self.lay_out()

    # -- saving -------------------------------------------------------------------------------------------
    def edit(self) -> list[rules.Level]:
        levels = []
        for rank, row in enumerate(self.rows, 1):
            level = row.level(rank)
            if not level.label and row.default_name is None:
                raise Invalid(self.tr("Give level {n} a name.").format(n=rank), row.name)
            levels.append(level)
        names = [lv.name(translate_text) for lv in levels]
        for rank, name in enumerate(names, 1):
            if names.index(name) != rank - 1:
                raise Invalid(self.tr("Two levels are called \"{name}\".").format(name=name),
                              self.rows[rank - 1].name)
        if not any(lv.may_close for lv in levels):
            raise Invalid(self.tr("At least one level must allow closing an entry."), self.rows[0].may_close)
        return levels

    def saver(self, levels):
        return lambda s: watch_loop.save_levels(s, levels)

