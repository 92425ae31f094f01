"""A file of screening results as a kind of table (``domain/table_import.py``), one kind per scale definition.

Platforms export a sheet per student with the student's number (or name and class), maybe a date, and either the
answer to every item or only the totals. The item columns are recognised by number or by text: "1. 做事时提不起劲或
没有兴趣", "做事时提不起劲或没有兴趣", "1", "第1题", "Q1", "T1", "题目1", "GAD1", "PHQ9_1". An answer is a score or an
option's word (scales.answer_value: 好几天, 是/否, 没有/很轻/中等/偏重/严重 …). Columns the scale does not score (总均分,
结论, 用时 …) are left unmapped and ignored. A file without item columns is a score-only file: 总分 and the factor
scores (by the factor's name, "抑郁", "抑郁因子分"), SCL-90's 阳性项目数, MHT's 效度.

Each row is scored here, in its row rule (scales.score / score_totals): the verdict's record holds ``answers``
(item → score, None for a score-only row) and ``result`` (a ScaleResult). Matching the student to the register and
the campaign is the service's (services/screening_import.py). No Qt, no I/O.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import repeat
from typing import Sequence

from counselor_app.domain.errors import QT_TRANSLATE_NOOP, Text, UserError
from counselor_app.domain.screening_detail import answers_json
from counselor_app.domain.roster_values import fold, parse_date, parse_student_no
from counselor_app.domain.scales import ScaleDefinition, answer_value, score, score_totals
from counselor_app.domain.scales.answers import ANSWER_MISSING
from counselor_app.domain.scales.batch import score_many, usual_sheet
from counselor_app.domain.table_import import (
    Field, HEADER_SEARCH_ROWS, RowVerdict, TableKind, bad_value, field, match_header_cell, normalize_header, register,
)

NO_HEADER = QT_TRANSLATE_NOOP(
    "Screening", "No header row was found: the file needs a column 学号 (or 姓名 and 班级) and the answers to the "
                 "items (1, 2 … or 第1题 …) or the totals (总分).")
NO_HEADER_IN_SHEETS = QT_TRANSLATE_NOOP(
    "Screening", "No sheet of the workbook has a header row with 学号 (or 姓名 and 班级) and the items or the "
                 "totals. Its sheets: {sheets}.")
MORE_BAD_ANSWERS = QT_TRANSLATE_NOOP("Screening", "{count} more cells of this row are no answers of the scale.")
BAD_ANSWERS_SHOWN = 5
NO_ROWS = QT_TRANSLATE_NOOP("Screening", "The file has no rows below its header row: there are no results to import.")
NO_STUDENT_COLUMN = QT_TRANSLATE_NOOP(
    "Screening", "No column of the file names the student: it needs 学号, or 姓名 (with 班级).")
NO_SCORES = QT_TRANSLATE_NOOP(
    "Screening", "No column of the file holds answers or totals of {scale}: name the item columns (1, 2 … or 第1题 …) "
                 "or the total (总分).")
ITEMS_MISSING = QT_TRANSLATE_NOOP(
    "Screening", "No column of the file holds the answers to item(s) {items} of {scale}.")
BAD_DATE = QT_TRANSLATE_NOOP("Screening", "not a date")

STUDENT_NO = QT_TRANSLATE_NOOP("Screening", "Student number")
NAME = QT_TRANSLATE_NOOP("Screening", "Name")
GRADE = QT_TRANSLATE_NOOP("Screening", "Grade")
CLASS = QT_TRANSLATE_NOOP("Screening", "Class")
TAKEN_ON = QT_TRANSLATE_NOOP("Screening", "Date of the screening")
TOTAL = QT_TRANSLATE_NOOP("Screening", "Total score")
POSITIVE_ITEMS = QT_TRANSLATE_NOOP("Screening", "Positive items (SCL-90)")
LIE = QT_TRANSLATE_NOOP("Screening", "Lie scale (validity)")
ITEM = "第{number}题"       # field labels of data, as the scale names them (see _label)
FACTOR = "{name}"

NUMBER_MAX, NAME_MAX, PLACE_MAX, CELL_MAX = 32, 40, 40, 60


def item_key(number: int) -> str:
    return f"item_{number}"


def factor_key(factor_id: str) -> str:
    return f"factor_{factor_id}"


def _raw(value: object) -> tuple[object, None]:
    """Item, total and factor cells are read by the row rule, which knows the scale."""
    return value, None


_raw.passthrough = True   # table_import.validate_rows takes such cells together


def _date(value: object):
    day, error = parse_date(value)
    return (day, BAD_DATE) if error is not None else (day, None)


_PUNCT = re.compile(r"[\W_]+")


def plain(text: object) -> str:
    """A header or item text for comparing: folded, lower case, no spaces or punctuation (CJK kept)."""
    return _PUNCT.sub("", fold(text).lower())


# -- the kind of one scale ----------------------------------------------------------------------------------------

def _letters(code: str) -> list[str]:
    """How a file may prefix its item columns with the scale's code: phq9, phq for PHQ-9; scl90, scl; gad7, gad."""
    key = plain(code)
    out = [key]
    stripped = key.rstrip("0123456789")
    if stripped and stripped != key:
        out.append(stripped)
    return out


def _common_fields() -> tuple[Field, ...]:
    return (
        field("student_no", STUDENT_NO, "学号|学籍号|学生编号|考号|学生学号|学籍编号|学籍号码|全国学籍号|国家学籍号|"
              "学生学籍号|学生号|准考证号|studentno|studentnumber|studentid", parse_student_no, max_length=NUMBER_MAX),
        field("name", NAME, "姓名|学生姓名|名字|学生名字|name|studentname|fullname", max_length=NAME_MAX),
        field("grade", GRADE, "年级|所在年级|年级名称|院系|学院|grade|department", _raw, max_length=PLACE_MAX),
        field("class_name", CLASS, "班级|班级名称|所在班级|班别|行政班|class|classname", _raw, max_length=PLACE_MAX),
        field("taken_on", TAKEN_ON, "测评日期|测试日期|测评时间|测试时间|完成时间|提交时间|作答时间|答题时间|交卷时间|"
              "施测日期|日期|date|testdate|submittime|finishtime", _date),
    )


def _factor_synonyms(f) -> str:
    names = [f.id, f.name.zh, f.name.en]
    bare = re.sub(r"[（(].*?[)）]", "", f.name.zh)   # 其他（饮食睡眠） → 其他
    if bare and bare != f.name.zh:
        names.append(bare)
    words = []
    for name in names:
        words += [name, f"{name}因子", f"{name}因子分", f"{name}得分", f"{name}分", f"{name}score",
                  f"{name}因子得分"]
    return "|".join(w.replace("|", "") for w in words if w)


@lru_cache(maxsize=64)
def _kind_for(definition: ScaleDefinition) -> TableKind:
    fields = list(_common_fields())
    fields.append(field("total", TOTAL, "总分|总得分|量表总分|全量表分|原始总分|总粗分|粗分|total|totalscore|rawscore",
                        _raw, max_length=CELL_MAX))
    for f in definition.factors:
        fields.append(Field(factor_key(f.id), _label(FACTOR, name=f.name.zh),
                            tuple(dict.fromkeys(normalize_header(s) for s in _factor_synonyms(f).split("|"))),
                            _raw, max_length=CELL_MAX))
    if definition.positive_item_from is not None:
        fields.append(field("positive_items", POSITIVE_ITEMS, "阳性项目数|阳性项目|阳性项数|阳性项目个数|positiveitems",
                            _raw, max_length=CELL_MAX))
    if definition.validity is not None:
        names = {definition.validity.name.zh, definition.validity.name.en}
        fields.append(field("lie", LIE, "|".join(["效度|测谎|测谎分|效度分|效度量表|说谎|测谎量表|lie|liescore|validity",
                                                  *names]), _raw, max_length=CELL_MAX))
    prefixes = ["q", "t", "题", "题目", "item", "no", "第", *_letters(definition.code)]
    for item in definition.items:
        n = item.number
        words = [f"第{n}题", f"第{n}项", f"{n}题", *(f"{p}{n}" for p in prefixes)]
        if not _numbered_text(item.text):
            words += [item.text, f"{n}{item.text}", f"{n}、{item.text}", f"第{n}题{item.text}"]
        fields.append(Field(item_key(n), _label(ITEM, number=n),
                            tuple(dict.fromkeys(normalize_header(w) for w in words)), _raw, max_length=CELL_MAX))
    return TableKind(f"screening:{definition.code}:{definition.version}", tuple(fields), NO_HEADER,
                     NO_HEADER_IN_SHEETS, NO_ROWS, row_rules=lambda header, columns: _rules(definition, header,
                                                                                            columns))


def _label(source: Text, **params: object) -> Text:
    """The label of an item or factor field: data, written as the scale names it (第3题, 抑郁), in the Screening
    context (a filled-in text has no entry of its own in the translations)."""
    return Text(source.format(**params), "Screening")


def kind_for(definition: ScaleDefinition) -> TableKind:
    """The table kind of files of this scale (and version), registered under its name."""
    kind = _kind_for(definition)
    register(kind)
    return kind


def _numbered_text(text: str) -> bool:
    """An item "text" that is only its number (copyrighted scales ship 第N题): no text to match."""
    return bool(re.fullmatch(r"第?\s*\d+\s*题?", text or ""))


# -- finding the header row --------------------------------------------------------------------------------------

_BRACKETED = re.compile(r"^[(（\[【](\d{1,3})[)）\]】]")
_BARE = re.compile(r"^第?(\d{1,3})(?:题|项)?$")
_PREFIXED = re.compile(r"^([a-z\u4e00-\u9fff]{1,8}?)(\d{1,3})$")
_NUMBER_THEN_TEXT = re.compile(r"^第?(\d{1,3})(?:题|项)?[\s.。、:：)）\]】\-—_,，]*(\D.*)$")


def item_of_header(cell: object, definition: ScaleDefinition) -> int | None:
    """The item a header cell names, or None: by number (1, 第1题, Q1, T1, GAD1, PHQ9_1, "1. …") or by text."""
    if not isinstance(cell, str):
        return None   # a number cell is a value (an answer), never a header
    text = fold(cell)
    if not text:
        return None
    texts = _item_texts(definition)
    key = plain(text)
    if key in texts:
        return texts[key]
    compact = _BRACKETED.sub(r"\1", re.sub(r"\s+", "", text).lower())   # (1)、（1） → 1
    if match := _BARE.match(compact.rstrip(".。、:：)）")):
        return _in_range(int(match.group(1)), definition)
    if match := _NUMBER_THEN_TEXT.match(compact):
        number = _in_range(int(match.group(1)), definition)
        rest = plain(match.group(2))
        if rest in texts:
            return texts[rest]
        return number if rest and not rest.isdigit() else None
    joined = re.sub(r"[\s._\-]+", "", compact)
    if joined == plain(definition.code):         # "SCL90" is the scale (a total, perhaps), not its item 90
        return None
    if match := _PREFIXED.match(joined):
        prefix, number = match.group(1), int(match.group(2))
        if prefix in {"q", "t", "题", "题目", "item", "no", "x", *_letters(definition.code)} \
                and _in_range(number, definition) is not None:
            return number
    for letters in _letters(definition.code):   # phq91: phq9 + 1; scl9015: scl90 + 15
        if joined.startswith(letters) and joined[len(letters):].isdigit():
            return _in_range(int(joined[len(letters):]), definition)
    for known, number in texts.items():   # the platform's text a little longer or shorter than ours
        if len(known) >= 6 and len(key) >= 6 and (known in key or key in known):
            return number
    return None


def _in_range(number: int, definition: ScaleDefinition) -> int | None:
    return number if 1 <= number <= definition.item_count else None


def _item_texts(definition: ScaleDefinition) -> dict[str, int]:
    texts = getattr(definition, "_screening_texts", None)
    if texts is None:
        texts = {plain(i.text): i.number for i in definition.items if not _numbered_text(i.text) and plain(i.text)}
        object.__setattr__(definition, "_screening_texts", texts)
    return texts


def map_row(row: Sequence[object], definition: ScaleDefinition) -> dict[int, str]:
    """The mapping one row gives when read as the header: items by number or text, the other fields by name.
    Each field takes the first column that names it."""
    kind = kind_for(definition)
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for col, cell in enumerate(row):
        number = item_of_header(cell, definition)
        key = item_key(number) if number is not None else (
            match_header_cell(cell, kind) if isinstance(cell, str) else None)
        if key is not None and key not in taken:
            mapping[col] = key
            taken.add(key)
    return mapping


def detect(rows: Sequence[Sequence[object]], definition: ScaleDefinition) -> tuple[int, dict[int, str]] | None:
    """(header row index, mapping) of the row naming the most fields among the first rows, or None."""
    best, best_score = None, 1
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        mapping = map_row(row, definition)
        keys = set(mapping.values())
        score_ = len(keys) + 2 * bool(keys & {"student_no", "name"})
        if len(mapping) >= 2 and score_ > best_score:
            best, best_score = (index, mapping), score_
    return best


def mapping_problems(mapping: dict[int, str | None], definition: ScaleDefinition) -> list[tuple[Text, dict]]:
    """What the mapping lacks for this scale: a column naming the student; the answers to every scored item, or
    the totals."""
    chosen = {k for k in mapping.values() if k}
    problems: list[tuple[Text, dict]] = []
    if "student_no" not in chosen and "name" not in chosen:
        problems.append((NO_STUDENT_COLUMN, {}))
    items = {int(k[5:]) for k in chosen if k.startswith("item_")}
    if items:
        missing = [n for n in definition.required_items if n not in items]
        if missing:
            problems.append((ITEMS_MISSING, {"items": _numbers(missing), "scale": definition.code}))
    elif not chosen & ({"total", "positive_items", "lie"} | {factor_key(f.id) for f in definition.factors}):
        problems.append((NO_SCORES, {"scale": definition.code}))
    return problems


def _numbers(numbers) -> str:
    return "、".join(str(n) for n in numbers)


# -- each row ----------------------------------------------------------------------------------------------------

# cells a row's fast path looks up by value: texts, numbers (1 and 1.0 are one answer), empty ones; never bool (True
# would find the answer of 1)
_PLAIN = frozenset({str, int, float, type(None)})


def _rules(definition: ScaleDefinition, header_row: Sequence[object], columns: dict[str, int]):
    items = sorted((int(k[5:]), k) for k in columns if k.startswith("item_"))
    factors = [(f.id, factor_key(f.id)) for f in definition.factors if factor_key(f.id) in columns]
    labels = {k: _label(ITEM, number=n) for n, k in items}
    cache: dict[tuple[type, object], tuple[int | None, object]] = {}

    def answer(cell: object):
        key = (type(cell), cell)
        found = cache.get(key)
        if found is None:
            found = answer_value(definition, 1, cell)
            if len(cache) < 5000:
                cache[key] = found
        return found

    numbers = tuple(n for n, _k in items)
    keys = [k for _n, k in items]
    in_order = numbers == tuple(range(1, len(numbers) + 1))
    as_json = "[" + ",".join(["%d"] * len(numbers)) + "]"      # a whole sheet's answers as answers_json writes them
    answers_of: dict[object, int | None] = {}     # a cell's value (see _PLAIN) that is an answer or empty → score

    def fast(values: list) -> list[int | None] | None:
        """The answers of a row whose cells are all values seen before and all answers or empty (an export once its
        first rows are read), in the order of ``numbers``: looked up together; None sends the row through the
        cell-by-cell path."""
        if not _PLAIN.issuperset(map(type, values)):
            return None
        found = list(map(answers_of.get, values, repeat(_UNSEEN)))
        return None if _UNSEEN in found else found

    def rule(verdict: RowVerdict, cells: dict[str, object]) -> None:
        record = verdict.record
        if items:
            values = list(map(record.pop, keys, repeat(None)))
            given = fast(values)
            if given is not None:
                record["answers"] = (as_json % tuple(given) if in_order and None not in given else   # ints only
                                     answers_json({n: v for n, v in zip(numbers, given) if v is not None}))
                if not verdict.errors:
                    if usual_sheet(definition, numbers, given, options_only=True):    # answer_value's scores
                        record[PENDING] = (numbers, given)    # scored with the others: score_pending
                        return
                    try:
                        record["result"] = score(definition, dict(zip(numbers, given)))
                    except UserError as error:
                        record["key_items_seen"] = tuple(getattr(error, "key_item_hits", ()))
                        verdict.errors.append((error.source, dict(error.params)))
                return
            answers: dict[int, int | None] = {}
            bad = 0
            for number, key, cell in zip(numbers, keys, values):
                value, finding = answer(cell)
                if type(cell) in _PLAIN and len(answers_of) < 5000 and (
                        finding is None or finding.source is ANSWER_MISSING):
                    answers_of[cell] = value
                if finding is None:
                    answers[number] = value
                elif finding.source is ANSWER_MISSING:
                    answers[number] = None
                else:
                    bad += 1
                    if bad <= BAD_ANSWERS_SHOWN:   # a row of ninety wrong cells says five (the memory stays small)
                        bad_value(verdict, header_row, columns, key, labels[key], finding.source, cells.get(key),
                                  **dict(finding.params))
            if bad > BAD_ANSWERS_SHOWN:
                verdict.errors.append((MORE_BAD_ANSWERS, {"count": bad - BAD_ANSWERS_SHOWN}))
            # kept as the JSON the import seals and digests: a dict of ninety items a sheet would hold 30,000
            # sheets' previews at 5 KB each
            record["answers"] = answers_json({n: v for n, v in answers.items() if v is not None})
            if not verdict.errors:
                try:
                    record["result"] = score(definition, answers)
                except UserError as error:   # MissingAnswers names the key items hit among the answers given
                    record["key_items_seen"] = tuple(getattr(error, "key_item_hits", ()))
                    verdict.errors.append((error.source, dict(error.params)))
        else:
            total = record.pop("total", None)
            given = {fid: record.pop(key, None) for fid, key in factors}
            positive, lie = record.pop("positive_items", None), record.pop("lie", None)
            record["answers"] = None
            if not verdict.errors and _blank(total) and all(_blank(v) for v in given.values()) \
                    and _blank(positive) and _blank(lie):
                verdict.errors.append((NO_SCORES, {"scale": definition.code}))
                return
            if not verdict.errors:
                try:
                    record["result"] = score_totals(
                        definition, None if _blank(total) else total,
                        {k: v for k, v in given.items() if not _blank(v)},
                        positive_items=None if _blank(positive) else positive, lie=None if _blank(lie) else lie)
                except UserError as error:
                    verdict.errors.append((error.source, dict(error.params)))

    return rule


PENDING = "pending_sheet"     # a record's usual sheet, (item numbers, answers), until score_pending scores it
_UNSEEN = object()


def score_pending(definition: ScaleDefinition, verdicts: Sequence[RowVerdict]) -> None:
    """Score the usual sheets the row rule left for later (every answer an option, every required item answered:
    see scales.batch), all together, into each record's ``result``; the same results as the rule would give one
    by one. Call it on the verdicts of every check of a file (services/screening_import.py does)."""
    waiting: dict[tuple[int, ...], list[RowVerdict]] = {}
    for verdict in verdicts:
        sheet = verdict.record.get(PENDING)
        if sheet is not None:
            waiting.setdefault(sheet[0], []).append(verdict)
    for numbers, group in waiting.items():
        results = score_many(definition, numbers, [v.record.pop(PENDING)[1] for v in group], usual=True)
        for verdict, result in zip(group, results):
            if isinstance(result, UserError):    # never for a usual sheet; kept as the rule would keep it
                verdict.record["key_items_seen"] = tuple(getattr(result, "key_item_hits", ()))
                verdict.errors.append((result.source, dict(result.params)))
                verdict.status = "error"
            else:
                verdict.record["result"] = result


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())
