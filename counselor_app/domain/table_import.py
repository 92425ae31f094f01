"""Reading a table as schools keep it (a roster, the days of a calendar …): the header row under any title rows,
the columns recognised by their names, every row checked and given a verdict in plain words with the row number
Excel shows.

One framework for every kind of table. A kind is declared once as a :class:`TableKind`: a list of fields (key,
label, header synonyms, parser, required) and, only where it needs them, rules of its own — ``arrange`` for columns
that belong together (a roster's guardian columns), ``row_rules`` for checks across a row's fields (a class with its
grade, a make-up workday on a weekend), ``unique`` for a value that may appear once in the file. The kinds today:
``domain/roster.py`` (students, staff) and ``domain/calendar_table.py`` (the office's holidays and make-up days).

Pure functions over plain rows (lists of cell values as ``files/roster_files.py`` reads them from xlsx, xls or
csv): no I/O, no Qt, no SQL. The flow is

    guess = detect_header(rows, kind)                 # the header row under any title rows, and a column mapping
    mapping = dict(guess.mapping)                     # the user may change it in the preview
    verdicts = validate_rows(rows, guess.row_index, mapping, kind)

``kind`` is a TableKind or the name of a registered one ("students"). Row messages are ``(Text, params)`` pairs:
translate the Text in its own context with Qt, then fill it with :func:`counselor_app.domain.errors.fill`, which
translates Text parameters too. Messages name the row and the column as the user wrote it, never a value from the
file. Reading the file, the preview and the all-or-nothing apply are ``services/table_import.py``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field as dataclass_field
from operator import itemgetter
from typing import Callable, Sequence

from counselor_app.domain.errors import QT_TRANSLATE_NOOP, Text
from counselor_app.domain.roster_values import fold, is_blank, parse_text

HEADER_SEARCH_ROWS = 30  # title rows, notes and blank rows above the header: schools rarely have more than a few

Parser = Callable[[object], "tuple[object, Text | None]"]
Message = tuple[Text, dict]

BAD_VALUE = QT_TRANSLATE_NOOP("Roster", "{column}: {reason}.")
MISSING_VALUE = QT_TRANSLATE_NOOP("Roster", "{field} is missing.")
MISSING_COLUMN = QT_TRANSLATE_NOOP("Roster", "No column of the file is used for: {field}.")
COLUMN_TWICE = QT_TRANSLATE_NOOP("Roster", "{field} is chosen for more than one column.")
NOTE_ROW = QT_TRANSLATE_NOOP("Roster", "A note, signature or total line, not an entry: skipped.")
TOO_LONG = QT_TRANSLATE_NOOP("Roster", "too long (at most {max} characters)")
DEFAULT_MAX_LENGTH = 100   # a field without a limit of its own: codes, dates, yes/no


def normalize_header(cell: object) -> str:
    """A header cell as a lookup key: folded to half-width, lower case, notes in brackets and * : _ - . # and
    spaces removed (学号* → 学号, 出生日期（yyyy-mm-dd） → 出生日期, Student No. → studentno)."""
    text = fold(cell).lower()
    text = re.sub(r"\([^)]*\)|\[[^\]]*\]|【[^】]*】|<[^>]*>", "", text)
    return re.sub(r"[\s*:_\-.#※△]|必填|选填", "", text)


@dataclass(frozen=True, slots=True)
class Field:
    key: str
    label: Text                          # shown in the mapping drop-down of the preview
    synonyms: tuple[str, ...]            # header texts, compared after normalize_header()
    parse: Parser | None = parse_text    # None: the kind's row_rules read the cell (a class with its grade)
    required: bool = False
    missing: Text | None = None          # the row's message when a required cell is empty (default MISSING_VALUE)
    labels: dict | None = None           # how a parsed code is shown in the preview ("holiday" → 放假)
    max_length: int = DEFAULT_MAX_LENGTH  # characters of the value as it would be stored (a longer one: row error)


def field(key: str, label: Text, synonyms: str, parse: Parser | None = parse_text, required: bool = False,
          missing: Text | None = None, labels: dict | None = None, max_length: int = DEFAULT_MAX_LENGTH) -> Field:
    """A field from its synonyms written "学号|学籍号|studentno" (normalized here once)."""
    return Field(key, label, tuple(normalize_header(s) for s in synonyms.split("|")), parse, required, missing,
                 labels, max_length)


@dataclass(slots=True)
class HeaderGuess:
    row_index: int                                  # 0-based index of the header row in ``rows``
    mapping: dict[int, str]                         # column index -> field key; the caller may change it
    unmapped_columns: list[int] = dataclass_field(default_factory=list)  # header cells naming no field


@dataclass(slots=True)
class RowVerdict:
    line: int                                       # 1-based row number as Excel or a text editor shows it
    status: str                                     # "ok", "error" or "note" (a line under the list, skipped)
    record: dict[str, object]                       # parsed values of the mapped fields
    errors: list[Message] = dataclass_field(default_factory=list)
    raw: dict[str, object] = dataclass_field(default_factory=dict)   # the file's cell of each field it could not read


# (matches: [(column, field key, header cell)]) -> (column -> key, columns left unmapped)
Arrange = Callable[[list[tuple[int, str, object]]], tuple[dict[int, str], list[int]]]
# (verdict, the row's cells by field key) -> None: adds errors or derived values to the verdict
RowRule = Callable[[RowVerdict, dict[str, object]], None]


@dataclass(frozen=True)
class TableKind:
    """A kind of table: its fields, the messages for a file that is not such a table, and its own rules."""
    name: str
    fields: tuple[Field, ...]
    no_header: Text                   # no row names the columns (the message names the columns the kind needs)
    no_header_in_sheets: Text         # the same for a workbook whose sheets were all tried: {sheets}
    no_rows: Text                     # a header and nothing below it
    unique: str | None = None         # a field whose value may appear only once in a file …
    repeated: Text | None = None      # … its message, {lines}
    first_wins: bool = False          # the first row with a repeated value stands (else every such row is rejected)
    arrange: Arrange | None = None    # default: each field takes the first column that names it
    # (header row, field key -> column) -> the rule for each row, or None; built once per check of the file
    row_rules: Callable[[Sequence[object], dict[str, int]], RowRule | None] | None = None
    by_key: dict[str, Field] = dataclass_field(init=False, repr=False, compare=False)
    _exact: dict[str, str] = dataclass_field(init=False, repr=False, compare=False)
    _partial: list[tuple[str, str]] = dataclass_field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        exact: dict[str, str] = {}
        for f in self.fields:
            for s in f.synonyms:
                exact.setdefault(s, f.key)
        # containment only for Chinese synonyms of 3+ characters: 学籍号码(新) → 学籍号; never 父亲工作单位 → 父亲
        partial = sorted(((s, k) for s, k in exact.items() if len(s) >= 3 and not s.isascii()),
                         key=lambda p: -len(p[0]))
        object.__setattr__(self, "by_key", {f.key: f for f in self.fields})
        object.__setattr__(self, "_exact", exact)
        object.__setattr__(self, "_partial", partial)


KINDS: dict[str, TableKind] = {}


def register(kind: TableKind) -> TableKind:
    """Make ``kind`` known by its name (the preview carries the name; the dialog and the services look it up)."""
    KINDS[kind.name] = kind
    return kind


def kind_of(kind: str | TableKind) -> TableKind:
    """The kind itself, or the registered kind of that name (its module registers it when it is imported)."""
    return kind if isinstance(kind, TableKind) else KINDS[kind]


def match_header_cell(cell: object, kind: str | TableKind) -> str | None:
    """The field a header cell names, or None."""
    key = normalize_header(cell)
    if not key:
        return None
    kind = kind_of(kind)
    if key in kind._exact:
        return kind._exact[key]
    if len(key) <= 12:
        for synonym, found in kind._partial:
            if synonym in key:
                return found
    return None


def first_of_each(matches: list[tuple[int, str, object]]) -> tuple[dict[int, str], list[int]]:
    """Each field gets the first column that names it; a second 姓名 column stays unmapped (the user may change it)."""
    mapping: dict[int, str] = {}
    unmapped: list[int] = []
    for col, key, _cell in matches:
        if key in mapping.values():
            unmapped.append(col)
        else:
            mapping[col] = key
    return mapping, unmapped


def map_header_row(row: Sequence[object], kind: str | TableKind) -> tuple[dict[int, str], list[int]]:
    """(column -> field key, columns with text that match no field) for one row read as a header."""
    kind = kind_of(kind)
    matches: list[tuple[int, str, object]] = []
    unmapped: list[int] = []
    for col, cell in enumerate(row):
        found = match_header_cell(cell, kind)
        if found is not None:
            matches.append((col, found, cell))
        elif not is_blank(cell):
            unmapped.append(col)
    mapping, left = (kind.arrange or first_of_each)(matches)
    return dict(sorted(mapping.items())), sorted(unmapped + left)


def detect_header(rows: Sequence[Sequence[object]], kind: str | TableKind) -> HeaderGuess | None:
    """The header row among the first rows (the one naming the most fields; the first on a tie) and its mapping.

    None when no row names at least two fields, e.g. a file without a header: the caller then asks the user.
    """
    kind = kind_of(kind)
    best: HeaderGuess | None = None
    best_score = 1
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        mapping, unmapped = map_header_row(row, kind)
        score = len(mapping) + sum(kind.by_key[k].required for k in mapping.values())
        if len(mapping) >= 2 and score > best_score:
            best, best_score = HeaderGuess(index, mapping, unmapped), score
    return best


def mapping_problems(mapping: dict[int, str | None], kind: str | TableKind) -> list[Message]:
    """What is wrong with a (possibly user-edited) mapping: a required field without a column, a field twice."""
    kind = kind_of(kind)
    chosen = [key for key in mapping.values() if key]
    problems = [(MISSING_COLUMN, {"field": f.label}) for f in kind.fields if f.required and f.key not in chosen]
    problems += [(COLUMN_TWICE, {"field": kind.by_key[k].label})
                 for k in dict.fromkeys(chosen) if chosen.count(k) > 1 and k in kind.by_key]
    return problems


def column_label(header_row: Sequence[object], col: int, fallback: Text) -> object:
    """A column as the file names it (for messages), or the field's label when its header cell is empty."""
    text = fold(header_row[col]) if col < len(header_row) else ""
    return text or fallback


def validate_rows(rows: Sequence[Sequence[object]], header: int | HeaderGuess, mapping: dict[int, str | None],
                  kind: str | TableKind) -> list[RowVerdict]:
    """A verdict for every non-blank row below the header. A row is blank when all its mapped cells are empty
    (a template with a pre-filled 序号 column has such rows); blank rows are skipped without a word.

    ``record`` holds the parsed value of every mapped field (empty cells as "" or None, as the parser says), so an
    import that updates records can leave unmapped fields alone. A row whose first cell opens a note (制表人：…,
    合计：18人) and that is not a valid row is a "note", skipped without blame."""
    kind = kind_of(kind)
    header_index = header.row_index if isinstance(header, HeaderGuess) else header
    header_row = rows[header_index] if 0 <= header_index < len(rows) else ()
    fields = kind.by_key
    columns: dict[str, int] = {}
    for col, key in sorted(mapping.items()):
        if key in fields:
            columns.setdefault(key, col)  # a field chosen twice: the first column counts
    # what each row needs, worked out once: (key, column, parser) of the fields parsed cell by cell
    parsed_fields = [(key, col, fields[key].parse, fields[key].max_length)
                     for key, col in columns.items() if fields[key].parse is not None]
    # fields whose parser keeps the cell as it is (``passthrough``: the ninety answers of a screening sheet, which
    # the row rule reads): taken together, and one by one only when a cell of them is too long
    raw_keys = tuple(key for key, _c, parse, _l in parsed_fields if getattr(parse, "passthrough", False))
    raw_shortest = min((longest for key, _c, parse, longest in parsed_fields if key in raw_keys), default=0)
    raw_take = itemgetter(*raw_keys) if len(raw_keys) > 1 else None
    cooked_fields = [f for f in parsed_fields if f[0] not in raw_keys]
    # fields a row rule reads from the cell (a class with its grade): their cells are measured here, folded
    ruled_fields = [(key, fields[key].max_length) for key in columns if fields[key].parse is None]
    labels = {key: column_label(header_row, col, fields[key].label) for key, col in columns.items()}
    required = [(f.key, (f.missing, {}) if f.missing else (MISSING_VALUE, {"field": f.label}))
                for f in kind.fields if f.required]
    rule = kind.row_rules(header_row, columns) if kind.row_rules is not None else None
    verdicts: list[RowVerdict] = []
    for index in range(header_index + 1, len(rows)):
        row = rows[index]
        width = len(row)
        cells = {key: (row[col] if col < width else None) for key, col in columns.items()}
        for value in cells.values():
            if value is not None and fold(value):
                break
        else:
            continue  # all mapped cells blank
        verdict = RowVerdict(index + 1, "ok", {})
        record = verdict.record
        failed = None
        fields_here = parsed_fields
        if raw_take is not None:
            raw_values = raw_take(cells)
            if max(map(len, map(str, raw_values))) <= raw_shortest:   # none too long: nothing to say of them
                record.update(zip(raw_keys, raw_values))
                fields_here = cooked_fields
        for key, col, parse, longest in fields_here:
            parsed, error = parse(cells[key])
            if error is None and type(parsed) is str and len(parsed) > longest:
                parsed, error = "", TOO_LONG
            if error is not None:
                failed = failed or set()
                failed.add(key)
                verdict.raw[key] = _shown(cells[key], longest)   # as the file has it (2013-02-30), not empty
                verdict.errors.append((BAD_VALUE, {"column": labels[key], "reason": error, "max": longest}))
            record[key] = parsed
        for key, longest in ruled_fields:
            if cells[key] is not None and len(fold(cells[key])) > longest:
                failed = failed or set()
                failed.add(key)
                verdict.raw[key] = _shown(cells[key], longest)
                verdict.errors.append((BAD_VALUE, {"column": labels[key], "reason": TOO_LONG, "max": longest}))
                cells[key] = None   # the row rule does not read it again
        for key, message in required:
            if not record.get(key) and (failed is None or key not in failed):
                verdict.errors.append(message)
        if rule is not None:
            rule(verdict, cells)
        if verdict.errors and is_note_row(row):
            verdict.status, verdict.errors, verdict.record, verdict.raw = "note", [(NOTE_ROW, {})], {}, {}
        verdicts.append(verdict)
    if kind.unique is not None and kind.repeated is not None:
        _mark_repeats(verdicts, kind.unique, kind.repeated, kind.first_wins)
    for verdict in verdicts:
        if verdict.status != "note":
            verdict.status = "error" if verdict.errors else "ok"
    return verdicts


def _shown(cell: object, longest: int) -> object:
    """A cell the import could not read, as the preview shows it: the start of an overlong text."""
    return cell[:longest] + "…" if type(cell) is str and len(cell) > longest else cell


def bad_value(verdict: RowVerdict, header_row: Sequence[object], columns: dict[str, int], key: str,
              label: Text, reason: Text, cell: object = None, **params: object) -> None:
    """A row rule's finding about one cell, said like a parser's: "{column}: {reason}."; the cell is kept to show
    it as the file has it."""
    if cell is not None:
        verdict.raw[key] = cell
    column = column_label(header_row, columns[key], label) if key in columns else label
    verdict.errors.append((BAD_VALUE, {"column": column, "reason": reason, **params}))


# A line under (or between) the rows that is not a record: 制表人/审核人 signatures, 合计 totals, 备注 notes.
_NOTE_START = re.compile(
    r"^(?:(?:制表|填表|审核|审批|核对|复核|统计|打印)人"                                   # 制表人 张老师
    r"|(?:制表|填表|审核|审批|备注|说明|注|附注|签字|签名|盖章|负责人|班主任|联系人|日期|打印日期)[:：]"  # 备注：…
    r"|(?:合计|总计|小计|共计)[:：]?\d"                                                    # 合计：18人
    r"|以上|本表)")


def is_note_row(row: Sequence[object]) -> bool:
    """True when the row's first non-empty cell opens a note, signature or total line (制表人：…, 合计：18人)."""
    for cell in row:
        text = fold(cell).strip() if cell is not None else ""
        if text:
            return bool(_NOTE_START.match(text.replace(" ", "")))
    return False


def _mark_repeats(verdicts: list[RowVerdict], key: str, message: Text, first_wins: bool) -> None:
    """Rows sharing a value that must be unique: all of them rejected, each naming the others; or, with
    ``first_wins``, the later ones naming the first (only rows that are otherwise valid take part then)."""
    lines: dict[str, list[int]] = {}
    for verdict in verdicts:
        value = verdict.record.get(key)
        if value and not (first_wins and verdict.errors):
            lines.setdefault(value if type(value) is str else str(value), []).append(verdict.line)
    repeated = [found for found in lines.values() if len(found) > 1]
    if not repeated:
        return
    by_line = {v.line: v for v in verdicts}
    for found in repeated:
        for line in found[1:] if first_wins else found:
            others = str(found[0]) if first_wins else ", ".join(str(other) for other in found if other != line)
            by_line[line].errors.append((message, {"lines": others}))
