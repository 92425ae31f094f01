"""The class list (班级学生名单) of one class: its enrolled students from the register, with their guardians' phones,
as the document registry builds it (services/documents.py, kind ``class_roster``); and finding a class by the name
people write (``counselor-app print class_roster --class 七年级(1)班``).

Register facts only: nothing clinical, nothing about the watch list. The preview, print and save are audited under
the class by the registry's callers (documents.record_output / save_document).
"""
from __future__ import annotations

from datetime import datetime
from typing import Callable

from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from counselor_app.domain.gender import Gender
from counselor_app.domain.roles import Permission
from counselor_app.domain.roster_values import parse_class
from counselor_app.domain.school import class_label
from counselor_app.services.operations import operation
from counselor_app.services.session import Session
from counselor_app.services.settings import read_settings
from counselor_app.store import classes, office as office_store, students

NO_CLASS = QT_TRANSLATE_NOOP("Errors", "This class does not exist.")
UNKNOWN_CLASS = QT_TRANSLATE_NOOP(
    "Errors", "There is no class \u201c{klass}\u201d. Write the class as the classes page shows it, for example "
              "--class {example}.")
SEVERAL_CLASSES = QT_TRANSLATE_NOOP(
    "Errors", "Several classes are called \u201c{klass}\u201d ({choices}): write the one you mean in full, for "
              "example --class {example}.")
BOARDER = QT_TRANSLATE_NOOP("ClassRoster", "boarder")
DAY_STUDENT = QT_TRANSLATE_NOOP("ClassRoster", "day")
GUARDIAN = QT_TRANSLATE_NOOP("ClassRoster", "{name} ({relation}) {phone}")
DEFAULT_EXAMPLE = "七年级(1)班"


def _shell_word(text: str) -> str:
    return f'"{text}"' if " " in text else text


def _readings(text: str) -> list[tuple[str | None, str]]:
    """(grade or None, class name) the text may mean: as written, 'department class', and as the import reads it
    (初一3班 is 七年级(3)班)."""
    out: list[tuple[str | None, str]] = [(None, text)]
    if " " in text:
        grade, name = text.split(" ", 1)
        out.append((grade, name))
    ref, _problem = parse_class(text)
    if ref is not None:
        out.append((ref.grade or None, ref.name))
    return out


@operation(Permission.VIEW_REGISTER, target="class")
def class_id_by_name(session: Session, text: str) -> int:
    """The id of the class written as ``text`` (七年级(1)班, 初一1班, 计算机学院 2301班).

    A name found in several grades or departments is refused, naming them: the user writes the one meant in full.
    A current class wins over an archived one of the same name (the graduates of last year's 九年级(1)班). Not
    audited by itself (it shows nothing): the document printed with it is."""
    text = " ".join(str(text).split())
    found: dict[int, classes.NamedClass] = {}
    names: dict[int, str] = {}
    for grade, name in _readings(text) if text else []:
        for c in classes.named(session.conn, name):
            if grade is None or c.grade == grade:
                found[c.id] = c
                names[c.id] = class_label(c.grade or "", name)
    current = [i for i, c in found.items() if not c.archived] or list(found)
    if len(current) == 1:
        return current[0]
    if not current:
        choices = classes.choices(session.conn)
        example = class_label(choices[0].grade, choices[0].name) if choices else DEFAULT_EXAMPLE
        raise ValidationError(UNKNOWN_CLASS, klass=text, example=_shell_word(example))
    labels = list(dict.fromkeys(names[i] for i in current))
    raise ValidationError(SEVERAL_CLASSES, klass=text, choices="、".join(labels), example=_shell_word(labels[0]))


def class_roster_document(session: Session, *, tr: Callable, class_id: int | str) -> bytes:
    """The class list as the document registry builds it (the registry checked VIEW_REGISTER)."""
    from counselor_app.reports.class_roster import ClassRoster, RosterLine, build_class_roster

    number = class_id if isinstance(class_id, int) else int(class_id) if str(class_id).strip().isdigit() else None
    found = classes.overview_of(session.conn, number) if number is not None else None
    if found is None:
        raise ValidationError(NO_CLASS)
    profile = office_store.profile(session.conn)
    lines = [RosterLine(s.student_no, s.name, tr(Gender(s.gender).label) if s.gender else "", s.birth_date or "",
                        tr(BOARDER) if s.boarding else tr(DAY_STUDENT),
                        "\n".join(_guardian(g, tr) for g in s.guardians))
             for s in students.enrolled_in_class(session.conn, found.id)]
    roster = ClassRoster(profile.name, profile.unit_name, class_label(found.grade, found.name), found.grade,
                         profile.school_type.is_university, found.head_teacher, found.monitors, datetime.now(), lines)
    return build_class_roster(roster, tr=tr, font_path=read_settings(session).pdf_font_path or None)


def _guardian(g: students.Guardian, tr: Callable) -> str:
    if g.relation:
        return " ".join(tr(GUARDIAN).format(name=g.name, relation=g.relation, phone=g.phone).split())
    return " ".join(f"{g.name} {g.phone}".split())
