from kb.schedule import by_due, in_range, next_occurrence, period_end, schedule
from kb.types import Deadline


def deadline(due, rule=None):
    return Deadline(
        "试点镇、部门首席数据官", "半年度工作总结", due, rule, None, "每年6月28日前", "d", "t", "s"
    )


def test_period_end_knows_month_lengths():
    assert (period_end("2023"), period_end("2023-02"), period_end("2024-02"), period_end("2023-06-28")) == (
        "2023-12-31",
        "2023-02-28",
        "2024-02-29",
        "2023-06-28",
    )


def test_a_yearly_deadline_falls_in_later_ranges():
    yearly = deadline("2023-06-28", "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=28")
    assert in_range(yearly, "2025-01-01", None)
    assert in_range(yearly, "2025-06", "2025-06")
    assert not in_range(yearly, "2025-07", "2025-12")
    assert next_occurrence(yearly, "2026-11-21") == "2027-06-28"


def test_one_off_deadlines_by_partial_bounds():
    month = deadline("2023-01")
    assert in_range(month, "2023", "2023") and in_range(month, "2023-01-15", None)
    assert not in_range(month, "2023-02", None) and not in_range(deadline(None), None, None)


def test_schedule_puts_upcoming_first():
    items = schedule([deadline("2020-01-01"), deadline(None), deadline("2030-01-01")], "2026-11-21")
    assert [status for status, _, _ in items] == ["upcoming", "past", "undated"]


def test_by_due_puts_months_at_their_end_and_undated_last():
    ordered = by_due(
        [
            deadline(None),
            deadline("2023-06"),
            deadline("2023"),
            deadline("2023-06-28"),
            deadline("2022-12-31"),
        ]
    )
    assert [d.due for d in ordered] == ["2022-12-31", "2023-06-28", "2023-06", "2023", None]
