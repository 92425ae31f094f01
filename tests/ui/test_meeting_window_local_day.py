"""The meeting window's notice on a finalized meeting says the office's local day of finalizing: finalized at 07:30
in Beijing (23:30 UTC the day before), it says that Beijing day."""
from __future__ import annotations

import time
from datetime import date, timedelta

import pytest
from meeting_ui_helpers import LEFT, hold_finalized_meeting, open_page
from watch_ui_helpers import build, copy_into

from counselor_app.store import audit
from ui_helpers import wait_for

TODAY = date.today()


@pytest.fixture(scope="module")
def shanghai():
    """The office's computer in China (UTC+8), for the whole module (the office is built in it too)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TZ", "Asia/Shanghai")
        time.tzset()
        yield
    time.tzset()


@pytest.fixture(scope="module")
def prepared(tmp_path_factory, shanghai):
    office = build(tmp_path_factory.mktemp("meetinglocalday") / "office")
    with pytest.MonkeyPatch.context() as mp:   # finalized at 07:30 this morning in Beijing: yesterday in UTC
        mp.setattr(audit, "now_iso", lambda: f"{TODAY - timedelta(days=1)}T23:30:00+00:00")
        held = hold_finalized_meeting(office, ago=0)
    return office, held


def test_the_notice_says_the_beijing_day_of_finalizing(qtbot, make_app, prepared, data_dir):
    copy_into(prepared[0], data_dir)
    _app, _main, page = open_page(qtbot, make_app)
    meeting_id = prepared[1][0]
    wait_for(qtbot, lambda: any(r.id == meeting_id for r in page.model.rows))
    row = next(n for n, r in enumerate(page.model.rows) if r.id == meeting_id)
    where = page.table.visualRect(page.model.index(row, 0)).center()
    qtbot.mouseClick(page.table.viewport(), LEFT, pos=where)
    qtbot.mouseDClick(page.table.viewport(), LEFT, pos=where)
    wait_for(qtbot, lambda: page.meeting_window is not None and page.meeting_window.view is not None)
    notice = page.meeting_window.notice.text()
    assert TODAY.isoformat() in notice, notice
    assert (TODAY - timedelta(days=1)).isoformat() not in notice
