"""The frozen build's smoke test of the window (installer/smoke_test.sh), inside the real program.

With ``COUNSELOR_SMOKE_GUI=<file>`` in the environment, the window starts as usual (set-up wizard or login) and,
once the event loop runs, writes what it shows to ``<file>`` as JSON and quits: the top-level windows with their
titles, a few translated words (the app's and Qt's own, to prove the .qm files are bundled), whether the icon loaded.
``COUNSELOR_SMOKE_CRASH=1`` first raises an unexpected error inside a Qt slot, as a fault in the program would,
so the test sees the apology with its reference code (``crash``); ``COUNSELOR_SMOKE_CHART=<pdf>`` draws a chart
into a PDF with the bundled matplotlib and font; ``COUNSELOR_SMOKE_SHOT=<prefix>`` saves each window as a PNG.
Without the variable nothing here runs.
"""
from __future__ import annotations

import json
import os
import time
from pathlib import Path

from counselor_app import crash

SMOKE_ENV = "COUNSELOR_SMOKE_GUI"
CRASH_ENV = "COUNSELOR_SMOKE_CRASH"
CHART_ENV = "COUNSELOR_SMOKE_CHART"
SHOT_ENV = "COUNSELOR_SMOKE_SHOT"      # a file name prefix: each window saved as <prefix>-N.png
QT_WORD = ("QPlatformTheme", "Cancel")   # a word of Qt's own catalogue (qtbase_zh_CN.qm: 取消), not the app's


class SmokeCrash(Exception):
    """The error the smoke test raises on purpose."""


def arm(controller) -> None:
    target = os.environ.get(SMOKE_ENV)
    if not target:
        return
    from counselor_app.ui import dialogs
    from counselor_app.ui.qt import QTimer

    dialogs.answer_automatically(True)   # a message (the apology) is recorded, never left open modally
    if os.environ.get(CRASH_ENV):
        QTimer.singleShot(0, controller, _raise)
    QTimer.singleShot(50, controller, lambda: _finish(controller, Path(target)))


def _raise() -> None:
    secret = "王小明 13800138000"   # a value the report must not show  # noqa: F841
    raise SmokeCrash("王小明 13800138000")


def _finish(controller, target: Path) -> None:
    from counselor_app.ui import dialogs
    from counselor_app.ui.qt import QApplication, QCoreApplication

    result = {
        "shown_at": time.time(),   # wall clock: bench/bench_frozen_startup.py subtracts the moment it started us
        "windows": [{"class": type(w).__name__, "title": w.windowTitle()}
                    for w in QApplication.topLevelWidgets() if w.isVisible()],
        "language": controller.language,
        "app_name": controller.app_name(),
        "qt_cancel": QCoreApplication.translate(*QT_WORD),
        "icon": not QApplication.windowIcon().isNull(),
        "dialogs": [{"kind": s.kind, "title": s.title, "text": s.text} for s in dialogs.shown],
    }
    shot = os.environ.get(SHOT_ENV)
    if shot:
        for i, w in enumerate(w for w in QApplication.topLevelWidgets() if w.isVisible()):
            w.grab().save(f"{shot}-{i}.png")
    chart = os.environ.get(CHART_ENV)
    if chart:
        try:
            Path(chart).write_bytes(_chart_pdf())
        except Exception as exc:  # noqa: BLE001 - the result says what failed; the program still closes
            result["chart_error"] = crash.report(exc, "smoke")
    target.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    controller.quit()


def _chart_pdf() -> bytes:
    from counselor_app.reports import toolkit as kit

    header = kit.PageHeader("示例学校", "图表自检 Chart check", "心理辅导室")

    def story(st):
        return [kit.bar_chart(st, ["一般关注", "重点关注"], [("9月", [12, 5]), ("10月", [10, 6])], title="关注人数")]

    return kit.build_pdf(header, story)
