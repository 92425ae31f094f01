"""The dialogs that add a fact to an entry: a follow-up (跟踪随访), a parent contact (家校沟通), a note added to either.

Follow-ups and parent contacts are facts: once saved they are not edited; a correction or addition is a note under
the original (补充说明), dated today and signed by its writer.
"""
from __future__ import annotations

from datetime import date, timedelta

from counselor_app.domain import watch as rules
from counselor_app.services import watch_records
from counselor_app.ui.form_dialog import choice
from counselor_app.ui.qt import QCheckBox, QDate, QDateEdit, QHBoxLayout, QLineEdit, QWidget
from counselor_app.ui.watch.change_dialogs import EntryForm, text_box
from counselor_app.ui.watch.entry_words import choices, label, level_name, level_of

NO_DATE = QDate(2000, 1, 1)   # a date field at this value shows its "none" text


def day_edit(day: date | None, name: str, none_text: str = "") -> QDateEdit:
    """A date field with a calendar; with ``none_text`` it may also say "none" (its lowest value)."""
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(NO_DATE)
    edit.setMaximumDate(QDate(2100, 12, 31))
    if none_text:
        edit.setSpecialValueText(none_text)
    edit.setDate(QDate(day.year, day.month, day.day) if day else NO_DATE)
    return edit


def picked(edit: QDateEdit) -> date | None:
    """The chosen day, or None when the field says "none"."""
    value = edit.date()
    return None if value == NO_DATE and edit.specialValueText() else value.toPython()


def set_day(edit: QDateEdit, day: date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


class FollowUpDialog(EntryForm):
    """A follow-up: when, how, what was seen, a re-rating (optional) and the next review date (by default the
    follow-up plus the level's interval)."""

    def __init__(self, window) -> None:
        super().__init__(window, self.tr("Record a follow-up"), 560)
        e = self.detail.entry
        self.day = self.field(self.tr("Date:"), day_edit(date.today(), "followupDate"))
        self.method = self.field(self.tr("How:"), choice(choices(rules.Method)))
        self.method.setObjectName("method")
        self.seen = self.field(self.tr("What was seen:"), text_box(
            "seen", 6, self.tr("What the student said and did, what others reported")))
        ratings = [(self.tr("unchanged ({level})").format(level=level_name(self.detail.levels, e.level)), "")]
        ratings += [(level_name(self.active_levels(), lv.code), lv.code) for lv in self.active_levels()]
        self.rating = self.field(self.tr("Re-rating:"), choice(ratings, ""))
        self.rating.setObjectName("rating")
        self.review = self.field(self.tr("Next review:"), day_edit(self.default_review(), "nextReview"))
        self.note(self.tr("A re-rating other than the current level changes the entry's level (its history names "
                          "this follow-up). The next review is due within the level's interval."))
        self._suggested = self.default_review()
        self.day.dateChanged.connect(lambda _d: self.suggest_review())
        self.rating.currentIndexChanged.connect(lambda _i: self.suggest_review())

    def default_review(self) -> date:
        code = self.rating.currentData() if hasattr(self, "rating") else ""
        level = level_of(self.detail.levels, code or self.detail.entry.level)
        start = picked(self.day) or date.today()
        return start + timedelta(days=level.review_days if level else 30)

    def suggest_review(self) -> None:
        """Follow the date and the re-rating, unless the user chose another review date."""
        new = self.default_review()
        if picked(self.review) == self._suggested:
            set_day(self.review, new)
        self._suggested = new

    def edit(self):
        review = picked(self.review)
        return watch_records.FollowUpEdit(picked(self.day), self.method.currentData(), self.seen.toPlainText(),
                                          self.rating.currentData() or "",
                                          None if review == self.default_review() else review)

    def saver(self, edit):
        entry_id = self.entry_id
        return lambda s: watch_records.add_followup(s, entry_id, edit)


class ContactDialog(EntryForm):
    """A parent contact (家校沟通) with the fields of FORMS.md; the writer is the user."""

    def __init__(self, window) -> None:
        super().__init__(window, self.tr("Record a parent contact"), 580)
        e = self.detail.entry
        self.day = self.field(self.tr("Date:"), day_edit(date.today(), "contactDate"))
        self.person = self.field(self.tr("Talked to:"), QLineEdit(e.parent_relation or e.parent_name),
                                 name="contactPerson", placeholder=self.tr("e.g. mother, father, grandmother"))
        self.way = self.field(self.tr("How:"), choice(choices(rules.ContactWay)))
        self.way.setObjectName("way")
        self.result = self.field(self.tr("Result:"), choice(choices(rules.ContactResult)))
        self.result.setObjectName("result")
        self.facts = self.field(self.tr("What was communicated:"), text_box("facts", 5))
        self.support = self.field(self.tr("The family's support:"), text_box("support", 3))
        self.agreements = self.field(self.tr("Agreements:"), text_box("agreements", 3))
        holder = QWidget()
        line = QHBoxLayout(holder)
        line.setContentsMargins(0, 0, 0, 0)
        self.has_next = QCheckBox(self.tr("agreed"))
        self.has_next.setObjectName("hasNextContact")
        self.next_day = day_edit(date.today() + timedelta(days=14), "nextContact")
        self.next_day.setEnabled(False)
        self.has_next.toggled.connect(lambda _on: self.next_day.setEnabled(self.has_next.isChecked()))
        line.addWidget(self.has_next)
        line.addWidget(self.next_day, 1)
        self.field(self.tr("Next contact:"), holder)
        writer = self.app.user.display_name if self.app.user is not None else ""
        self.note(self.tr("Recorded by {name}. Write down the facts that matter for the student's support only, "
                          "no unrelated family matters.").format(name=writer))

    def edit(self):
        return watch_records.ContactEdit(
            picked(self.day), self.person.text(), self.way.currentData(), self.result.currentData(),
            self.facts.toPlainText(), self.support.toPlainText(), self.agreements.toPlainText(),
            picked(self.next_day) if self.has_next.isChecked() else None)

    def saver(self, edit):
        entry_id = self.entry_id
        return lambda s: watch_records.add_contact(s, entry_id, edit)


class AddendumDialog(EntryForm):
    """A note added to a follow-up or a parent contact; the original stays as it was written."""

    def __init__(self, window, kind: str, record) -> None:
        super().__init__(window, self.tr("Add a note"), 540)
        self.kind, self.record = kind, record
        if kind == "followup":
            what = self.tr("To the follow-up of {day} ({how}, {author}):").format(
                day=record.on_date, how=label(rules.Method, record.method), author=record.author)
            original = record.seen
        else:
            what = self.tr("To the parent contact of {day} ({person}, {author}):").format(
                day=record.on_date, person=record.contact_person, author=record.author)
            original = record.facts
        self.lead(what)
        self.lead(original if len(original) <= 300 else original[:300] + "…", hint=True)
        self.body_text = self.field(self.tr("Note:"), text_box("addendum", 5, self.tr("The correction or addition")))
        self.note(self.tr("The note is dated today and signed with your name."))

    def edit(self):
        return self.body_text.toPlainText()

    def saver(self, body):
        record_id = self.record.id
        if self.kind == "followup":
            return lambda s: watch_records.add_followup_addendum(s, record_id, body)
        return lambda s: watch_records.add_contact_addendum(s, record_id, body)
