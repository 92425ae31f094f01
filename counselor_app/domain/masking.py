"""Masking people's names and numbers on printouts (王小明 → 王*明), as the review-meeting minutes show students.

One ``*`` stands for each hidden character. The surname stays (a compound surname such as 欧阳 whole) and, for a
given name of two or more characters, its last character: 王小明 → 王*明, 王明 → 王*, 欧阳志明 → 欧阳*明,
欧阳明 → 欧阳*. Names written with a middle dot (买买提·艾力) keep the first and last character of the whole name;
Latin-script names keep the first letter of each word (Anna Lee → A*** L**). Pure functions, no I/O.
"""
from __future__ import annotations

import re
import unicodedata

MASK = "*"
DOTS = "·•・‧."   # separators in transliterated names (middle dot and its look-alikes)

# Compound surnames (复姓) in use today, simplified and traditional forms. A three-character name that starts with
# one (欧阳明) is read as compound surname + one-character given name.
COMPOUND_SURNAMES = frozenset("""
欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 钟离 闾丘 独孤 南宫 西门 百里 呼延
端木 澹台 公冶 太史 申屠 万俟 濮阳 淳于 单于 赫连 第五 拓跋 东郭 司空 左丘 亓官 仲孙 子车 巫马 公西 乐正 梁丘
谷梁 宰父 羊舌 微生 公羊 漆雕 壤驷 颛孙 段干 鲜于 闻人 东门 公良 乐官 司寇
歐陽 司馬 諸葛 皇甫 尉遲 公孫 長孫 夏侯 軒轅 令狐 鍾離 閭丘 獨孤 南宮 呼延 端木 澹臺 申屠 萬俟 濮陽 淳于 單于
赫連 東方 東郭 宇文 慕容 上官 顓孫 鮮于 聞人
""".split())


def _is_latin(text: str) -> bool:
    return any(ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN") for ch in text)


def mask_name(name: str | None) -> str:
    """The name as printed on a masked document; "" for no name."""
    name = (name or "").strip()
    if not name:
        return ""
    if _is_latin(name):
        return " ".join(word[0] + MASK * (len(word) - 1) for word in name.split())
    compact = re.sub(r"\s+", "", name)
    if any(ch in DOTS for ch in compact):
        return "".join(ch if i in (0, len(compact) - 1) or ch in DOTS else MASK for i, ch in enumerate(compact))
    if len(compact) == 1:
        return MASK
    surname = compact[:2] if len(compact) >= 3 and compact[:2] in COMPOUND_SURNAMES else compact[:1]
    given = compact[len(surname):]
    if len(given) == 1:
        return surname + MASK
    return surname + MASK * (len(given) - 1) + given[-1]


def mask_number(number: str | None, keep: int = 4) -> str:
    """A student or staff number with only its last ``keep`` characters shown (2026070199 → ******0199)."""
    number = (number or "").strip()
    if not number:
        return ""
    if len(number) <= keep:
        return MASK * len(number)
    return MASK * (len(number) - keep) + number[-keep:]


def mask_phone(phone: str | None) -> str:
    """A phone number's digits with four hidden before the last four (138****5678, 0571****6666); a number of
    fewer than eleven digits keeps its last two."""
    digits = "".join(ch for ch in (phone or "") if ch.isdigit())
    if len(digits) >= 11:
        return digits[:-8] + MASK * 4 + digits[-4:]
    return mask_number(digits, keep=2)
