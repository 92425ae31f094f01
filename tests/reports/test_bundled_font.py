"""The frozen application's own Chinese font (installer/counselor_app.spec bundles WenQuanYi Micro Hei in fonts/)."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from counselor_app.reports import fonts

SYSTEM_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")


def test_not_frozen_no_bundled_font(monkeypatch):
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    assert fonts.bundled_fonts() == []


@pytest.mark.skipif(not SYSTEM_FONT.is_file(), reason="needs Debian's fonts-wqy-microhei to stand for the bundle")
def test_frozen_the_bundled_font_is_found_when_the_system_has_none(tmp_path, monkeypatch):
    (tmp_path / "fonts").mkdir()
    shutil.copy(SYSTEM_FONT, tmp_path / "fonts" / "wqy-microhei.ttc")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setattr(fonts, "_system_fonts", lambda: [("/nonexistent/simsun.ttc", 0)])
    fonts.find_cjk_font.cache_clear()
    try:
        assert fonts.candidate_fonts()[-1] == (str(tmp_path / "fonts" / "wqy-microhei.ttc"), 0)
        choice = fonts.find_cjk_font()
        assert choice is not None and choice.path == str(tmp_path / "fonts" / "wqy-microhei.ttc")
    finally:
        fonts.find_cjk_font.cache_clear()
