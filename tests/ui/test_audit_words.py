"""No machine text in the Chinese UI: the timeline and the audit page put the audit rows' target types and details
('meeting=9 entry=10 refer yellow>yellow', 'app_user 1') into words — opened through the real clicks."""
from datetime import date

import pytest

from counselor_app.services.demo import DEMO_PASSWORD
from counselor_app.ui.qt import Qt
from test_student_profile import click_section, open_profile
from ui_helpers import log_in, wait_for

RAW_TYPES = ("app_user", "referral", "leave", "crisis", "watch", "compliance", "appointment")
# rows as the services write them (services/meetings_finalize.py, watch_records.py, screening_candidates.py …)
ROWS = [
    ("meeting.apply", "student", 1, "meeting=9 entry=10 refer yellow>yellow"),
    ("watch.followup", "student", 1, "entry=26 followup=124"),
    ("screening.candidate", "student", 1, "result=358 entry=1 linked urgent"),
    ("view.appointment_week", "app_user", 1, "week=2026-11-23 shown=0"),
    ("view.caseload", "app_user", 1, "shown=3"),
    ("view.referrals", "referral", "", "4 register"),
    ("view.leave", "leave", "", "leave=3 form"),
    ("view.crisis", "crisis", 2, "students=1,2"),
    ("compliance.edit", "compliance", "2026-2027-1", "odd=5"),
]


@pytest.fixture
def office(data_dir):
    from counselor_app.services.demo import create_demo_office
    from counselor_app.store import audit
    from counselor_app.store.database import transaction

    made = create_demo_office(data_dir, students=30, seed=3, today=date(2026, 11, 1))
    session = made.office.session
    with transaction(session.conn):
        for action, kind, target, detail in ROWS:
            audit.append(session.conn, user_id=session.user.id, action=action, target_type=kind, target_id=target,
                         detail=detail)
    session.close()
    return made


def test_the_timeline_says_in_words_what_the_audit_rows_mean(qtbot, make_app, office):
    app = make_app()
    log_in(qtbot, app, "demo", DEMO_PASSWORD)
    timeline = click_section(qtbot, open_profile(qtbot, app, 1), "时间线")
    wait_for(qtbot, lambda: any(e.source == "access" for e in timeline.events))
    details = [timeline.model.data(timeline.model.index(n, 2)) for n in range(timeline.model.rowCount())]
    assert "研判会 #9；重点关注条目 #10；建议转介就医；一般关注（未变）" in details, details
    assert "测评结果 #358；重点关注条目 #1；已关联；紧急" in details
    assert not [d for d in details if "=" in d or ">" in d]
    row = details.index("测评结果 #358；重点关注条目 #1；已关联；紧急")   # a long detail, cut off in a narrow window
    assert timeline.model.index(row, 2).data(Qt.ItemDataRole.ToolTipRole) == details[row]


def test_the_audit_page_names_target_types_and_details_in_words(qtbot, make_app, office):
    app = make_app()
    main = log_in(qtbot, app, "demo", DEMO_PASSWORD)
    main.go_to("audit")
    page = main.pages["audit"]
    wait_for(qtbot, lambda: any(r.action == "view.caseload" for r in page.model.rows))
    cells = {(r.action, r.detail): (page.model.index(n, 4).data(), page.model.index(n, 6).data())
             for n, r in enumerate(page.model.rows)}
    week = cells[("view.appointment_week", "week=2026-11-23 shown=0")]
    assert week[0].startswith("用户 ") and week[1] == "2026-11-23 所在周；显示 0 条", week
    assert cells[("watch.followup", "entry=26 followup=124")][1] == "条目 #26；跟踪随访 #124"
    assert cells[("view.leave", "leave=3 form")] == ("请假/休学", "请假/休学 #3；表单")
    assert cells[("compliance.edit", "odd=5")] == ("合规记录 2026-2027-1", "odd：5")   # an unknown key: 键：值
    assert cells[("view.referrals", "4 register")][0] == "转介"
    shown = [text for pair in cells.values() for text in pair]
    assert not [t for t in shown if "=" in t], [t for t in shown if "=" in t]
    assert not [t for t in shown if any(t.split(" ")[0] == raw for raw in RAW_TYPES)]
