from datetime import datetime, timedelta

from hypothesis import given, strategies as st

from counselor_app.domain.backup_rotation import backups_to_keep


def test_daily_for_a_year_keeps_7_daily_4_weekly_12_monthly():
    start = datetime(2025, 1, 1, 18, 0)
    backups = [(i, start + timedelta(days=i)) for i in range(365)]
    keep = backups_to_keep(backups)
    assert 364 in keep
    assert set(range(358, 365)) <= keep           # the last 7 days
    assert len(keep) <= 7 + 4 + 12
    months = {(start + timedelta(days=i)).month for i in keep}
    assert len(months) == 12


def test_several_backups_a_day_keep_the_newest_of_the_day():
    day = datetime(2026, 3, 3)
    keep = backups_to_keep([("a", day.replace(hour=8)), ("b", day.replace(hour=12)), ("c", day.replace(hour=17))])
    assert keep == {"c"}


@given(st.lists(st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1)), max_size=200,
                unique=True))
def test_bounded_and_newest_always_kept(times):
    backups = list(enumerate(times))
    keep = backups_to_keep(backups)
    assert len(keep) <= 7 + 4 + 12
    if times:
        newest = max(backups, key=lambda kv: kv[1])[0]
        assert newest in keep
