"""How the duty roster's codes read in the widgets: weekdays, kinds, reasons, request states, gaps and conflicts
(domain/duty.py's and domain/duty_plan.py's labels, translated), and the semester's name."""
from __future__ import annotations

from datetime import date

from counselor_app.domain import duty as rules
from counselor_app.translation import translate, translate_text


def label_of(enum: type, code: str) -> str:
    """A code of one of the domain's lists in the user's language (an unknown code as it is)."""
    try:
        return translate_text(enum(code).label)
    except ValueError:
        return code


def weekday(number: int | None) -> str:
    return translate_text(rules.WEEKDAYS[number]) if number is not None and 0 <= number <= 6 else ""


def weekday_of(day: date) -> str:
    return weekday(day.weekday())


def kind(code: str) -> str:
    return label_of(rules.DutyKind, code)


def reason(code: str) -> str:
    return label_of(rules.Reason, code)


def change_kind(code: str) -> str:
    return label_of(rules.ChangeKind, code)


def change_state(code: str) -> str:
    return label_of(rules.ChangeState, code)


def change_progress(row) -> str:
    """A request's state saying, while it is open, whose turn it is: 待周姗答复 (a swap the colleague has not
    answered), 待负责人审批 (a swap accepted, or a cover); a closed one its state (已批准, 已撤回 …)."""
    if row.kind == rules.ChangeKind.SWAP.value and row.state == rules.ChangeState.REQUESTED.value:
        return translate("DutyWords", "waiting for {name}'s answer").format(name=row.other_name)
    if row.state in (rules.ChangeState.REQUESTED.value, rules.ChangeState.ACCEPTED.value):
        return translate("DutyWords", "waiting for the head's approval")
    return change_state(row.state)


def semester_name(sem) -> str:
    """2026-2027 第一学期 (9月1日 – 1月22日)."""
    text = (translate("DutyWords", "{year} first semester") if sem.number == 1
            else translate("DutyWords", "{year} second semester"))
    return text.format(year=sem.year)


def day_text(day: date | None) -> str:
    """2026-10-08 星期四."""
    if day is None:
        return ""
    return translate("DutyWords", "{day} {weekday}").format(day=day.isoformat(), weekday=weekday_of(day))


def names_text(names) -> str:
    return list_text(names)        # 、 in Chinese, a comma in English (names are data; the list is the language's)


def list_text(items) -> str:
    """Words of the user's language listed: 专职心理教师、兼职心理教师 / full-time counselor, part-time counselor."""
    return translate("DutyWords", ", ").join(i for i in items if i)


def unavailable_when(u) -> str:
    """When an entry of unavailability applies, in words."""
    parts = []
    if u.weekday is not None:
        parts.append(translate("DutyWords", "every {weekday}").format(weekday=weekday(u.weekday)))
        if u.first or u.last:
            parts.append(translate("DutyWords", "({first} to {last})").format(
                first=u.first.isoformat() if u.first else "…", last=u.last.isoformat() if u.last else "…"))
    elif u.last and u.last != u.first:
        parts.append(translate("DutyWords", "{first} to {last}").format(first=u.first.isoformat(),
                                                                         last=u.last.isoformat()))
    elif u.first:
        parts.append(u.first.isoformat())
    parts.append(u.period or translate("DutyWords", "the whole day"))
    return " ".join(parts)


def sentences(parts) -> str:
    """Sentences run together the way the language writes them: no space after a Chinese full stop."""
    out = ""
    for part in (p for p in parts if p):
        out += part if not out or out.endswith(("。", "：", "；")) else " " + part
    return out
