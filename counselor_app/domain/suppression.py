"""Complementary (secondary) suppression of the bureau report's counts, and the attacker that checks it.

A count of 1 to 4 students leaves the office as "<5" (the primary suppression, domain/bureau.small_cell). The
report also publishes totals, and its tables share margins (the risk tables by grade and by month sum to the same
number per level; the watch tables by source and by outcome count the same entries). In a line with one "<5" cell
the hidden count is the total minus the shown cells. So, as statistical offices do, more cells are hidden: in
every line (a row with its total, a shared margin) that holds a hidden cell, at least one more is hidden — the
smallest non-zero count first, a true 0 only when nothing else is left — and then an attacker checks the result:
for each "<5" cell it looks for a second value from 1 to 4 that agrees with everything published. Where it finds
none, one more cell is hidden and the check runs again.

The model: ``values`` maps a cell (any hashable: (table, row, column)) to its true count; ``relations`` are
published equalities ``sum(left) == sum(right)``. The attacker knows every shown value, every relation, that a
"<5" is 1 to 4, and that a secondary cell ("*") is not 1 to 4 (it would have been "<5"): 0 or 5 and more. It is
an exact search over the hidden cells linked to the one asked about: interval propagation on the relations and on
their reduced row echelon form (which sees at once a cell that two sums fix between them), then splitting a domain
in two, the half holding the true value first so that a feasible answer is found at once. A search that runs out
of its budget counts as "the attacker won" and one more cell is hidden. Pure Python, no I/O.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction
from typing import Hashable, Iterable, Mapping, Sequence

Cell = Hashable
Relation = tuple[tuple[Cell, ...], tuple[Cell, ...]]     # sum(left) == sum(right)

SMALL_LOW, SMALL_HIGH = 1, 4
NODES = 4000            # search nodes per question before the attacker is assumed to have won


def is_small(count: int) -> bool:
    return SMALL_LOW <= count <= SMALL_HIGH


@dataclass
class _Problem:
    """The hidden cells as variables: per relation the hidden terms (+1 left, -1 right) and the shown constant."""
    cells: list
    primary: list[bool]
    truth: list[int]
    rows: list[tuple[list[tuple[int, int]], int]]    # ([(var, a)], k): sum(a * x) == k, a whole
    by_var: list[list[int]]
    cap: int


def _problem(values: Mapping[Cell, int], relations: Sequence[Relation], hidden: set, primary: set) -> _Problem:
    cells = sorted(hidden, key=repr)
    index = {c: i for i, c in enumerate(cells)}
    rows = []
    for left, right in relations:
        terms: dict[int, int] = {}
        k = 0
        for sign, side in ((1, left), (-1, right)):
            for c in side:
                if c in index:
                    terms[index[c]] = terms.get(index[c], 0) + sign
                else:
                    k -= sign * values[c]
        terms = {v: a for v, a in terms.items() if a}
        if terms:
            rows.append((sorted(terms.items()), k))
    rows += [row for row in _eliminated(rows, len(cells)) if row not in rows]
    by_var: list[list[int]] = [[] for _ in cells]
    for r, (terms, _k) in enumerate(rows):
        for v, _s in terms:
            by_var[v].append(r)
    cap = sum(values.values()) + SMALL_HIGH + 1       # no count is larger: a bound the attacker may use
    return _Problem(cells, [c in primary for c in cells], [values[c] for c in cells], rows, by_var, cap)


def _eliminated(rows: list, n: int) -> list:
    """The relations in reduced row echelon form (exact fractions, then whole coefficients): what their
    differences say outright, such as a cell that two sums fix between them, which bounds alone never see."""
    matrix = [[Fraction(0)] * n + [Fraction(k)] for _terms, k in rows]
    for row, (terms, _k) in zip(matrix, rows):
        for v, a in terms:
            row[v] = Fraction(a)
    done = 0
    for col in range(n):
        pivot = next((i for i in range(done, len(matrix)) if matrix[i][col]), None)
        if pivot is None:
            continue
        matrix[done], matrix[pivot] = matrix[pivot], matrix[done]
        lead = matrix[done][col]
        matrix[done] = [x / lead for x in matrix[done]]
        for i, row in enumerate(matrix):
            if i != done and row[col]:
                f = row[col]
                matrix[i] = [a - f * b for a, b in zip(row, matrix[done])]
        done += 1
    out = []
    for row in matrix[:done]:
        scale = math.lcm(*(x.denominator for x in row))
        out.append(([(v, int(x * scale)) for v, x in enumerate(row[:n]) if x], int(row[n] * scale)))
    return out


class _Budget(Exception):
    pass


def _fix_hole(lo: int, hi: int, primary: bool) -> tuple[int, int]:
    """A secondary cell is never 1 to 4: its bounds step over that hole."""
    if not primary:
        if SMALL_LOW <= lo <= SMALL_HIGH:
            lo = SMALL_HIGH + 1
        if SMALL_LOW <= hi <= SMALL_HIGH:
            hi = 0
    return lo, hi


def _propagate(p: _Problem, lo: list[int], hi: list[int], queue: set[int]) -> bool:
    """Tighten the bounds on the relations until nothing changes; False when some domain runs empty."""
    while queue:
        r = queue.pop()
        terms, k = p.rows[r]
        own = [(a * lo[v], a * hi[v]) if a > 0 else (a * hi[v], a * lo[v]) for v, a in terms]
        low_sum, high_sum = sum(x for x, _y in own), sum(y for _x, y in own)
        if low_sum > k or high_sum < k:
            return False
        for (v, a), (own_low, own_high) in zip(terms, own):
            # a * x == k - rest, rest within [rest_low, rest_high]
            top, bottom = k - (low_sum - own_low), k - (high_sum - own_high)
            if a > 0:
                new_lo, new_hi = -(-bottom // a), top // a
            else:
                new_lo, new_hi = -(-top // a), bottom // a
            new_lo, new_hi = _fix_hole(max(lo[v], new_lo), min(hi[v], new_hi), p.primary[v])
            if new_lo > new_hi:
                return False
            if (new_lo, new_hi) != (lo[v], hi[v]):
                lo[v], hi[v] = new_lo, new_hi
                now = (a * new_lo, a * new_hi) if a > 0 else (a * new_hi, a * new_lo)
                low_sum += now[0] - own_low
                high_sum += now[1] - own_high
                queue.update(p.by_var[v])
    return True


def _search(p: _Problem, lo: list[int], hi: list[int], queue: set[int], nodes: list[int],
            linked: list[int]) -> bool:
    nodes[0] -= 1
    if nodes[0] < 0:
        raise _Budget()
    if not _propagate(p, lo, hi, queue):
        return False
    open_vars = [v for v in linked if lo[v] < hi[v]]
    if not open_vars:
        return True
    v = min(open_vars, key=lambda i: (hi[i] - lo[i], i))
    if not p.primary[v] and lo[v] == 0:
        halves = [(0, 0), (SMALL_HIGH + 1, hi[v])]
    else:
        mid = (lo[v] + hi[v]) // 2
        halves = [(lo[v], mid), (mid + 1, hi[v])]
    halves.sort(key=lambda h: not (h[0] <= p.truth[v] <= h[1]))    # the half holding the true value first
    for a, b in halves:
        new_lo, new_hi = list(lo), list(hi)
        new_lo[v], new_hi[v] = a, b
        if _search(p, new_lo, new_hi, set(p.by_var[v]), nodes, linked):
            return True
    return False


def _start(p: _Problem) -> tuple[list[int], list[int]]:
    lo = [SMALL_LOW if prim else 0 for prim in p.primary]
    hi = [SMALL_HIGH if prim else p.cap for prim in p.primary]
    return lo, hi


def _linked(p: _Problem, var: int) -> tuple[list[int], set[int]]:
    """The hidden cells joined to ``var`` by relations, and those relations: the rest keep their true values."""
    seen, rows, todo = {var}, set(), [var]
    while todo:
        for r in p.by_var[todo.pop()]:
            if r not in rows:
                rows.add(r)
                for v, _s in p.rows[r][0]:
                    if v not in seen:
                        seen.add(v)
                        todo.append(v)
    return sorted(seen), rows


def possible(p: _Problem, var: int, value: int, nodes: int = NODES) -> bool | None:
    """Can ``var`` be ``value`` with everything published? None: the search ran out of its budget."""
    lo, hi = _start(p)
    lo[var] = hi[var] = value
    linked, rows = _linked(p, var)
    try:
        return _search(p, lo, hi, rows, [nodes], linked)
    except _Budget:
        return None


def admitted(values: Mapping[Cell, int], relations: Sequence[Relation], hidden: Iterable[Cell],
             cell: Cell, nodes: int = NODES) -> set[int] | None:
    """The values from 1 to 4 that the "<5" ``cell`` can take given what is published (None: undecided)."""
    hidden = set(hidden)
    primary = {c for c in hidden if is_small(values[c])}
    p = _problem(values, relations, hidden, primary)
    var = p.cells.index(cell)
    out = set()
    for value in range(SMALL_LOW, SMALL_HIGH + 1):
        found = possible(p, var, value, nodes)
        if found is None:
            return None
        if found:
            out.add(value)
    return out


def _safe(p: _Problem, var: int) -> bool:
    """Does the "<5" ``var`` admit a value other than its true one? (out of budget: no)"""
    return any(possible(p, var, value) for value in range(SMALL_LOW, SMALL_HIGH + 1) if value != p.truth[var])


def _smallest(values: Mapping[Cell, int], cells: Iterable[Cell]) -> Cell | None:
    """The complement to hide: the smallest non-zero count, a 0 only when no other is left."""
    ranked = sorted(cells, key=lambda c: (values[c] == 0, values[c], repr(c)))
    return ranked[0] if ranked else None


def _two_per_line(values: Mapping[Cell, int], relations: Sequence[Relation], hidden: set) -> None:
    """In every relation that holds a hidden cell, a second one is hidden (else the first is its difference)."""
    changed = True
    while changed:
        changed = False
        for left, right in relations:
            cells = left + right
            if sum(1 for c in cells if c in hidden) == 1:
                pick = _smallest(values, [c for c in cells if c not in hidden])
                if pick is not None:
                    hidden.add(pick)
                    changed = True


def protect(values: Mapping[Cell, int], relations: Sequence[Relation]) -> frozenset:
    """The cells to hide besides the "<5" ones, so that no "<5" can be worked out from what is published."""
    primary = {c for c, v in values.items() if is_small(v)}
    hidden = set(primary)
    safe: set = set()     # hiding more never makes a safe "<5" unsafe: its second value stays possible
    while True:
        _two_per_line(values, relations, hidden)
        p = _problem(values, relations, hidden, primary)
        weak = None
        for v, cell in enumerate(p.cells):
            if p.primary[v] and cell not in safe:
                if not _safe(p, v):
                    weak = cell
                    break
                safe.add(cell)
        if weak is None:
            break
        near = [c for left, right in relations if weak in left + right for c in left + right if c not in hidden]
        if not near:     # its own lines are all hidden: widen to every line that touches a hidden cell
            near = [c for left, right in relations if any(c in hidden for c in left + right)
                    for c in left + right if c not in hidden]
        pick = _smallest(values, near)
        if pick is None:
            break        # everything linked is hidden already
        hidden.add(pick)
    return frozenset(hidden - primary)


# --- the report's tables ------------------------------------------------------------------------------------------
Margin = tuple[str, int]        # (table key, column): the column's sum over the table's rows (-1: the last column)


def _count_columns(table) -> list[int]:
    return [j for j in range(table.label_columns, len(table.columns))
            if all(isinstance(row[j], int) and not isinstance(row[j], bool) for row in table.rows)]


def report_problem(tables: Sequence, same_sums: Sequence[Sequence[Margin]] = ()
                   ) -> tuple[dict, list[Relation]]:
    """The counts of students of ``tables`` as cells (table key, row, column), and what is published about them:
    each row's total column, and the groups of margins (columns of possibly different tables) that sum alike."""
    values: dict = {}
    relations: list[Relation] = []
    by_key = {t.key: t for t in tables if t.students}
    for t in by_key.values():
        counts = _count_columns(t)
        for r, row in enumerate(t.rows):
            for j in counts:
                values[(t.key, r, j)] = row[j]
        total = t.total_column
        if total is not None and total in counts:
            parts = [j for j in counts if j < total]
            for r in range(len(t.rows)):
                relations.append((tuple((t.key, r, j) for j in parts), ((t.key, r, total),)))
    for group in same_sums:
        margins = []
        for key, column in group:
            t = by_key.get(key)
            if t is None:
                continue
            j = column % len(t.columns)
            if j in _count_columns(t):
                margins.append(tuple((key, r, j) for r in range(len(t.rows))))
        relations += [(margins[0], other) for other in margins[1:]]
    return values, relations


def protect_tables(tables: Sequence, same_sums: Sequence[Sequence[Margin]] = ()) -> dict[str, frozenset]:
    """Per table key, the (row, column) cells to show as "*"."""
    values, relations = report_problem(tables, same_sums)
    out: dict[str, set] = {}
    for key, r, j in protect(values, relations):
        out.setdefault(key, set()).add((r, j))
    return {k: frozenset(v) for k, v in out.items()}
