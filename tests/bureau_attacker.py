"""The independent attacker of the bureau report's suppression (tests/domain/test_bureau_suppression.py says how it
works): given the true counts, what is published about them and the hidden cells, every value each "<5" can take."""
from __future__ import annotations

import itertools
from fractions import Fraction

from counselor_app.domain import bureau, suppression

ENUMERATION_LIMIT = 60_000


def _rref(matrix: list[list[Fraction]], columns: int) -> tuple[list[list[Fraction]], list[int]]:
    rows = [list(r) for r in matrix]
    pivots: list[int] = []
    r = 0
    for c in range(columns):
        pivot = next((i for i in range(r, len(rows)) if rows[i][c] != 0), None)
        if pivot is None:
            continue
        rows[r], rows[pivot] = rows[pivot], rows[r]
        lead = rows[r][c]
        rows[r] = [x / lead for x in rows[r]]
        for i in range(len(rows)):
            if i != r and rows[i][c] != 0:
                f = rows[i][c]
                rows[i] = [a - f * b for a, b in zip(rows[i], rows[r])]
        pivots.append(c)
        r += 1
    for row in rows[r:]:
        assert row[-1] == 0, "the published figures contradict each other"
    return rows[:r], pivots


def enumerated_values(values: dict, relations: list, hidden: set) -> dict | None:
    """Every value each hidden "<5" can take given what is published, by exact enumeration (None: too large)."""
    primary = {c for c in hidden if bureau.is_small(values[c])}
    # "*" first, so that they become the pivots and the "<5" cells (4 values each) the free variables
    order = sorted(hidden, key=lambda c: (c in primary, repr(c)))
    col = {c: i for i, c in enumerate(order)}
    n = len(order)
    matrix = []
    for left, right in relations:
        row = [Fraction(0)] * (n + 1)
        for sign, side in ((1, left), (-1, right)):
            for c in side:
                if c in col:
                    row[col[c]] += sign
                else:
                    row[n] -= sign * values[c]
        if any(row[:n]):
            matrix.append(row)
    rows, pivots = _rref(matrix, n) if matrix else ([], [])
    free = [i for i in range(n) if i not in pivots]
    cap = sum(values.values()) + 5
    domains = [range(1, 5) if order[i] in primary else [0, *range(5, cap + 1)] for i in free]
    size = 1
    for d in domains:
        size *= len(d)
    if size > ENUMERATION_LIMIT:
        return None
    seen: dict = {c: set() for c in primary}
    for choice in itertools.product(*domains):
        x = dict(zip(free, choice))
        ok = True
        for row, p in zip(rows, pivots):
            v = row[n] - sum(row[j] * x[j] for j in free if row[j] != 0)
            if v.denominator != 1 or not (1 <= v <= 4 if order[p] in primary else (v == 0 or 5 <= v <= cap)):
                ok = False
                break
            x[p] = int(v)
        if ok:
            for c in primary:
                seen[c].add(x[col[c]])
    return seen


def assert_protected(values: dict, relations: list, hidden: set) -> str:
    """Every "<5" admits two values or more; returns how it was shown ("enumerated" or "searched")."""
    primary = [c for c in hidden if bureau.is_small(values[c])]
    found = enumerated_values(values, relations, hidden)
    if found is not None:
        for c in primary:
            assert len(found[c]) >= 2, (c, found[c], values, relations, hidden)
            assert values[c] in found[c]
        return "enumerated"
    for c in primary:
        admitted = suppression.admitted(values, relations, hidden, c, nodes=50_000)
        assert admitted is not None and len(admitted) >= 2, (c, admitted)
    return "searched"



def assert_report_protected(tables, same_sums) -> str:
    """Every "<5" of the tables admits two values or more given every cell shown, "*" and shared margin."""
    values, relations = suppression.report_problem(tables, same_sums)
    hidden = {c for c, v in values.items() if bureau.is_small(v)}
    hidden |= {(t.key, r, j) for t in tables if t.students for r, j in t.hidden}
    return assert_protected(values, relations, hidden)
