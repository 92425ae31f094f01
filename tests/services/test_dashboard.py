"""The start page's figures: school year and week, today's kind of day, years whose holidays are missing."""
from datetime import date

from counselor_app.domain import holidays
from counselor_app.services import dashboard, school_calendar


def test_school_year_week_and_today(session):
    # the office was created with the school year around today; pick days inside it
    years = school_calendar.list_school_years(session)
    year = years[0]
    first = year.semesters[0]
    d = dashboard.start_page(session, first.start)
    assert d.school_year == year.name and d.semester == 1 and d.week == 1
    national_day = date(first.start.year, 10, 1)
    d = dashboard.start_page(session, national_day)
    assert d.today_kind == "holiday" and str(d.today_name) == "National Day"


def test_missing_holidays_are_named_until_the_office_enters_them(session):
    year = school_calendar.list_school_years(session)[0]
    uncovered = [y for y in range(year.start.year, year.end.year + 1) if not holidays.is_year_covered(y)]
    d = dashboard.start_page(session, year.semesters[0].start)
    assert d.holidays_missing == tuple(uncovered)
    if uncovered:
        school_calendar.add_office_day(session, date(uncovered[0], 1, 1), "holiday", "元旦")
        assert dashboard.start_page(session, year.semesters[0].start).holidays_missing == tuple(uncovered[1:])


def test_the_audit_chain_is_verified_from_the_last_visit_on(session, monkeypatch):
    from counselor_app.domain import audit_chain
    from counselor_app.store import audit

    assert dashboard.start_page(session).audit_broken_row is None
    for i in range(5):
        session.audit("verify", "office", detail=str(i))
    hashed = []
    real = audit_chain.row_hash
    monkeypatch.setattr(audit_chain, "row_hash", lambda *a: hashed.append(a[1]) or real(*a))
    d = dashboard.start_page(session)
    assert d.audit_broken_row is None and d.audit_rows == audit.head(session.conn)[0]
    assert len(hashed) == 5  # only the rows written since the last visit
    # a row changed after the last verified one is found
    session.audit("verify", "office", detail="late")
    last_id = audit.head(session.conn)[0]
    session.conn.execute("DROP TRIGGER audit_log_no_update")
    session.conn.execute("UPDATE audit_log SET detail = 'changed' WHERE id = ?", (last_id,))
    assert dashboard.start_page(session).audit_broken_row == last_id


def test_a_changed_checkpoint_row_means_a_full_check(session):
    from counselor_app.store import audit

    dashboard.start_page(session)
    checkpoint = audit.head(session.conn)[0]
    session.conn.execute("DROP TRIGGER audit_log_no_update")
    # another first digit of the hash (the same 'f' would leave it unchanged when it already starts with f)
    session.conn.execute("UPDATE audit_log SET detail = 'x', hash = (CASE substr(hash, 1, 1) WHEN 'f' THEN 'e' "
                         "ELSE 'f' END) || substr(hash, 2) WHERE id = ?", (checkpoint,))
    session.conn.execute("UPDATE audit_log SET detail = 'changed' WHERE id = 1")
    assert dashboard.start_page(session).audit_broken_row == 1
