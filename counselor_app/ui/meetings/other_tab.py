"""The meeting window's third tab: the previous meeting's actions still open (the loop closed at this meeting),
the other matters (其他事项) and, once finalized, the addenda.

The other matters and the addenda are sealed texts; they come with the meeting the window loads
(services.meetings_agenda.get_meeting: its one ``view.meeting`` audit row covers them — opening the meeting is not
reading the minutes).
"""
from __future__ import annotations

from counselor_app.domain import watch as watch_rules
from counselor_app.ui.meetings import words
from counselor_app.ui.models import Column, RowsModel
from counselor_app.ui.qt import QHBoxLayout, QLabel, QPushButton, Qt, QVBoxLayout, QWidget
from counselor_app.ui.watch.entry_words import label as watch_label
from counselor_app.ui.widgets import row_table


def caption(text: str) -> QLabel:
    widget = QLabel(text)
    widget.setObjectName("meetingCaption")
    return widget


def text_label(name: str) -> QLabel:
    widget = QLabel()
    widget.setObjectName(name)
    widget.setWordWrap(True)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    widget.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return widget


class OtherTab(QWidget):
    def __init__(self, window) -> None:
        super().__init__()
        self.window_ = window
        self.names: dict[int, str] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(caption(self.tr("Actions of the last meeting still open")))
        self.follow_model = RowsModel([
            Column(self.tr("Student"), lambda a: self.names.get(a.student_id, words.DASH)),
            Column(self.tr("Measure"), lambda a: watch_label(watch_rules.MeasureType, a.type)),
            Column(self.tr("Owner"), lambda a: a.owner or words.DASH),
            Column(self.tr("Due"), lambda a: a.due_on or words.DASH),
            Column(self.tr("Now"), lambda a: watch_label(watch_rules.MeasureState, a.measure_state)
                   if a.measure_state else self.tr("not in the plan")),
        ], self)
        self.follow_table = row_table(self.follow_model, stretch=False)
        self.follow_table.setObjectName("followUps")
        self.follow_table.setMaximumHeight(180)
        self.follow_empty = QLabel(self.tr("None: every action of the last meeting is done, or there was none."))
        self.follow_empty.setObjectName("hint")
        layout.addWidget(self.follow_table)
        layout.addWidget(self.follow_empty)
        head = QHBoxLayout()
        head.addWidget(caption(self.tr("Other matters")))
        head.addStretch(1)
        self.other_button = QPushButton(self.tr("Write…"))
        self.other_button.setObjectName("otherMattersEdit")
        self.other_button.clicked.connect(lambda _c=False: self.window_.open_other_matters())
        head.addWidget(self.other_button)
        layout.addLayout(head)
        self.other = text_label("otherMattersText")
        layout.addWidget(self.other)
        self.addenda_caption = caption(self.tr("Addenda"))
        layout.addWidget(self.addenda_caption)
        self.addenda = text_label("addendaText")
        layout.addWidget(self.addenda)
        layout.addStretch(1)
        self.other_text = ""

    def show_view(self, view, editable: bool) -> None:
        self.names = {it.student_id: f"{it.name} · {it.klass}" if it.klass else it.name for it in view.items}
        self.follow_model.set_rows(list(view.follow_ups))
        self.follow_table.setVisible(bool(view.follow_ups))
        self.follow_empty.setVisible(not view.follow_ups)
        self.other_button.setVisible(editable)
        self.other_text = view.other_matters
        self.other.setText(view.other_matters or self.tr("(nothing written)"))
        self.addenda_caption.setVisible(bool(view.addenda))
        self.addenda.setVisible(bool(view.addenda))
        self.addenda.setText("\n\n".join(self.tr("{day} · {author}{signed}:\n{body}").format(
            day=a.written_on, author=a.author, body=a.body,
            signed="" if a.signed else self.tr(" (not signed)")) for a in view.addenda))

    def clear(self) -> None:
        self.names = {}
        self.other_text = ""
        self.follow_model.clear()
        self.other.clear()
        self.addenda.clear()
