"""Search keys for lists of people: student number, name, full pinyin and pinyin initials.

Typing ``zsm`` finds 张三明, ``zhangsan`` finds 张三明 and 张三丰, ``2023`` finds student numbers containing it.
pypinyin loads its dictionaries when first used (on the worker, with the first list), not at start-up.
"""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=65536)
def pinyin_forms(name: str) -> str:
    """'zhangsanming zsm' for 张三明 (heteronyms in their usual reading); '' for names without Chinese."""
    from pypinyin import Style, lazy_pinyin

    syllables = [s for s in lazy_pinyin(name, style=Style.NORMAL, errors="ignore") if s]
    if not syllables:
        return ""
    return "".join(syllables).lower() + " " + "".join(s[0] for s in syllables).lower()


def search_key(*parts: str) -> str:
    """One lower-case string to match queries against: the parts themselves plus the pinyin of the name."""
    texts = [p for p in parts if p]
    name = parts[1] if len(parts) > 1 else ""
    return " ".join([*texts, pinyin_forms(name)]).lower()


def matches(key: str, query: str) -> bool:
    """Every word of the query is found in the key (case-insensitive)."""
    return all(word in key for word in query.lower().split())
