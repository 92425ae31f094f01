"""The 等级 (band) column and filter of a campaign's results: shown for a scale with bands (PHQ-9); hidden for one
without (the demo's MHT: tests/ui/test_keyboard_windows.py)."""
from __future__ import annotations

import pytest
from screening_ui_helpers import build, copy_into
from test_screening_results import open_results

from counselor_app.ui.qt import Qt


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    return build(tmp_path_factory.mktemp("screeningbands") / "office")


def test_a_scale_with_bands_shows_its_band_column_and_filter(qtbot, make_app, prepared, data_dir):
    copy_into(prepared, data_dir)
    _app, window = open_results(qtbot, make_app)
    band = next(c for c in range(window.model.columnCount())
                if window.model.headerData(c, Qt.Orientation.Horizontal) == "等级")
    assert any(r.band for r in window.rows)
    assert not window.table.isColumnHidden(band) and not window.candidate_table.isColumnHidden(band)
    assert window.band.isVisible()
