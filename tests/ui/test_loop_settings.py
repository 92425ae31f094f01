"""设置 → 转介与危机: the head changes the receipt days, the crisis report minutes and the review days (saved through
the service, the next referral issued uses them); the defaults restored; a counselor has no such tab and the service
refuses the change."""
from __future__ import annotations

import shutil

import pytest
from testdata import CHEAP_KDF

from counselor_app.services.demo import DEMO_PASSWORD, create_demo_office
from ui_helpers import log_in, wait_for


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    folder = tmp_path_factory.mktemp("loopsettings") / "office"
    create_demo_office(folder, students=60, kdf=CHEAP_KDF, watch=True).office.session.close()
    return folder


@pytest.fixture
def office(prepared, data_dir):
    shutil.copytree(prepared, data_dir)
    return data_dir


def ask(qtbot, app, call):
    got = []
    app.worker.run(call, got.append, got.append)
    wait_for(qtbot, lambda: bool(got))
    return got[0]


def open_tab(qtbot, make_app, login="demo"):
    app = make_app("zh_CN")
    main = log_in(qtbot, app, login, DEMO_PASSWORD)
    assert main.go_to("settings")
    return app, main.pages["settings"]


def test_the_head_changes_the_referral_and_crisis_deadlines(qtbot, make_app, office):
    from counselor_app.services import hospitals

    app, page = open_tab(qtbot, make_app)
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert tabs[-1] == "转介与危机"
    page.tabs.setCurrentIndex(page.tabs.count() - 1)
    tab = page.loops_tab
    wait_for(qtbot, lambda: tab.receipt_days.value() == 7)
    assert (tab.report_minutes.value(), tab.review_days.value()) == (10, 7)
    assert tab.receipt_days.suffix() == " 天" and tab.report_minutes.suffix() == " 分钟"
    tab.receipt_days.setValue(14)
    tab.report_minutes.setValue(15)
    tab.review_days.setValue(5)
    tab.save_button.click()
    wait_for(qtbot, lambda: tab.saved.text() == "已保存。")
    assert ask(qtbot, app, hospitals.loop_settings) == hospitals.LoopSettings(14, 15, 5)
    tab.findChild(type(tab.save_button), "loopDefaults").click()   # back to 7 / 10 / 7: shown, not saved yet
    assert (tab.receipt_days.value(), tab.report_minutes.value(), tab.review_days.value()) == (7, 10, 7)
    assert ask(qtbot, app, hospitals.loop_settings).receipt_days == 14
    tab.save_button.click()
    wait_for(qtbot, lambda: ask(qtbot, app, hospitals.loop_settings) == hospitals.LoopSettings())


def test_a_counselor_has_no_such_tab_and_may_not_change_them(qtbot, make_app, office):
    from counselor_app.domain.errors import PermissionDenied
    from counselor_app.services import hospitals

    app, page = open_tab(qtbot, make_app, "counselor")
    assert "转介与危机" not in [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert not hasattr(page, "loops_tab")
    error = ask(qtbot, app, lambda s: hospitals.set_loop_settings(s, hospitals.LoopSettings(30)))
    assert isinstance(error, PermissionDenied)
    assert ask(qtbot, app, hospitals.loop_settings).receipt_days == 7
