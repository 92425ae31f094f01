"""Finding a Chinese TrueType font that reportlab can embed.

reportlab embeds TrueType outlines only (no CFF/OTF such as Noto CJK). Usable: Windows' SimSun,
SimHei, Microsoft YaHei; Linux's WenQuanYi Micro Hei / Zen Hei; or a file the office chooses. A font
must hold digits and Latin letters as well as Chinese (DroidSansFallback does not: digits vanish).
When none is usable the caller gets None and must warn the user, never print silent tofu.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

SAMPLE = "0123456789ABCabc学生心理辅导室（）：，。"


@dataclass(frozen=True)
class FontChoice:
    path: str
    subfont_index: int
    family: str   # the name registered with reportlab


def bundled_fonts() -> list[tuple[str, int]]:
    """The font the frozen application carries (WenQuanYi Micro Hei, installer/counselor_app.spec), if frozen."""
    base = getattr(sys, "_MEIPASS", None)
    return [(str(Path(base) / "fonts" / "wqy-microhei.ttc"), 0)] if base else []


def candidate_fonts() -> list[tuple[str, int]]:
    """Font files to try, most suitable first, for this platform; the bundled font last."""
    return _system_fonts() + bundled_fonts()


def _system_fonts() -> list[tuple[str, int]]:
    if sys.platform.startswith("win"):
        windir = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
        names = [("simsun.ttc", 0), ("simhei.ttf", 0), ("msyh.ttc", 0), ("msyh.ttf", 0), ("simkai.ttf", 0),
                 ("simfang.ttf", 0)]
        return [(str(windir / n), i) for n, i in names]
    if sys.platform == "darwin":
        return [("/Library/Fonts/Arial Unicode.ttf", 0), ("/System/Library/Fonts/Supplemental/Songti.ttc", 0)]
    return [
        ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
        ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
        ("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc", 0),
        ("/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc", 0),
        ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    ]


def _usable(path: str, index: int) -> bool:
    from reportlab.pdfbase.ttfonts import TTFont, TTFError

    try:
        font = TTFont("probe", path, subfontIndex=index)
    except (TTFError, OSError, ValueError, KeyError, IndexError):
        return False
    cmap = font.face.charToGlyph
    return all(ord(ch) in cmap for ch in SAMPLE)


@lru_cache(maxsize=8)
def find_cjk_font(preferred: str | None = None) -> FontChoice | None:
    """The first usable font: the office's chosen file first, then the platform's usual ones."""
    candidates = ([(preferred, 0)] if preferred else []) + candidate_fonts()
    for path, index in candidates:
        if path and Path(path).is_file() and _usable(path, index):
            return FontChoice(path, index, "CJK-" + Path(path).stem.replace(" ", "_"))
    return None


def register(choice: FontChoice) -> str:
    """Register the font with reportlab (once) and return its family name."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if choice.family not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(choice.family, choice.path, subfontIndex=choice.subfont_index))
    return choice.family
