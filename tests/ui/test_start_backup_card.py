"""The start page's backup card tells each role what it can do: Ctrl+B for those who may back up, the office head
for the others (the assistant has no backup action)."""
from __future__ import annotations

from counselor_app.services.demo import DEMO_PASSWORD
from ui_helpers import log_in, wait_for


def _card(qtbot, make_app, login):
    app = make_app()
    main = log_in(qtbot, app, login, DEMO_PASSWORD)
    card = main.pages["start"].backup_card
    wait_for(qtbot, lambda: card.value.text() not in ("", "—"))
    return main, card


def test_the_head_is_told_to_press_ctrl_b(qtbot, make_app, demo_office):
    main, card = _card(qtbot, make_app, "demo")
    assert card.value.text() == "尚无备份" and card.detail.text() == "请立即备份（Ctrl+B）。"
    assert main.backup_action.isEnabled()


def test_the_assistant_is_told_to_ask_the_head(qtbot, make_app, demo_office):
    main, card = _card(qtbot, make_app, "assistant")
    assert card.value.text() == "尚无备份" and card.detail.text() == "请办公室负责人进行备份。"
    assert not main.backup_action.isEnabled()
