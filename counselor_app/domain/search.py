"""Search keys for lists of people: student number, name, full pinyin and pinyin initials.

Typing ``zsm`` finds 张三明, ``zhangsan`` finds 张三明 and 张三丰, ``2023`` finds student numbers containing it.
pypinyin loads its dictionaries when first used (on the worker, with the first list), not at start-up.
"""
from __future__ import annotations

from functools import lru_cache


# Surnames read otherwise than the character's usual reading (曾 is céng in 曾经, zēng as a surname). A name
# starting with one of them gets both readings in its key, so either finds it.
SURNAME_READINGS = {"单": "shan", "曾": "zeng", "解": "xie", "区": "ou", "查": "zha", "仇": "qiu", "朴": "piao",
                    "翟": "zhai", "盖": "ge", "覃": "qin", "繁": "po", "乐": "yue", "缪": "miao", "秘": "bi",
                    "召": "shao", "员": "yun", "种": "chong", "句": "gou",
                    "长": "chang", "重": "chong", "尉": "yu", "万俟": "moqi", "洗": "xian", "隗": "wei"}


@lru_cache(maxsize=None)
def _syllable(char: str) -> str:
    """One character's usual reading without tones ('' for anything that is not Chinese)."""
    from pypinyin import Style, lazy_pinyin

    found = lazy_pinyin(char, style=Style.NORMAL, errors="ignore")
    return found[0].lower() if found else ""


@lru_cache(maxsize=65536)
def pinyin_forms(name: str) -> str:
    """'zhangsanming zsm' for 张三明; '' for names without Chinese.

    Character by character (a name is not a phrase: 于思远 is yu si yuan, not the phrase reading yu sai), which is
    also thirty times faster than phrase matching over 30,000 names; a surname with its own reading adds that
    reading's forms too (曾 → 'cengxiao cx zengxiao zx')."""
    syllables = [_syllable(c) for c in name]
    syllables = [s for s in syllables if s]
    if not syllables:
        return ""
    forms = ["".join(syllables), "".join(s[0] for s in syllables)]
    surname = SURNAME_READINGS.get(name[:2]) or SURNAME_READINGS.get(name[:1])
    if surname and surname != syllables[0]:
        rest = syllables[2:] if name[:2] in SURNAME_READINGS else syllables[1:]
        forms += [surname + "".join(rest), surname[0] + "".join(s[0] for s in rest)]
    return " ".join(forms)


def sort_key(name: str) -> str:
    """The name's pinyin as people would order it (曾强 under Z, as the surname is read), for sorting lists."""
    forms = pinyin_forms(name).split()
    return (forms[2] if len(forms) > 2 else forms[0]) if forms else name


def search_key(*parts: str) -> str:
    """One lower-case string to match queries against: the parts themselves plus the pinyin of the name."""
    texts = [p for p in parts if p]
    name = parts[1] if len(parts) > 1 else ""
    return " ".join([*texts, pinyin_forms(name)]).lower()


def matches(key: str, query: str) -> bool:
    """Every word of the query is found in the key (case-insensitive)."""
    return all(word in key for word in query.lower().split())
