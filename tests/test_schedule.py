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


def test_repeats_in_words_name_the_interval():
    from kb.schedule import when_in_words

    every_two = Deadline("CDO", "state data plan", None, "FREQ=YEARLY;INTERVAL=2", None, "", "d", "t", "s")
    assert when_in_words(every_two, True) == "每2年"
    assert when_in_words(every_two, False) == "every 2 years"
    assert (
        when_in_words(deadline("2023-06-28", "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=28"), True) == "每年6月28日前"
    )
    assert when_in_words(deadline(None, "FREQ=MONTHLY;INTERVAL=3"), True) == "每季度"


def test_notes_are_chinese_on_the_chinese_page():
    from kb.schedule import flag_in_words

    assert (
        flag_in_words("recurring (every two years): no date given", True)
        == "周期性（every two years），原文未给出具体日期"
    )
    both = "90 day(s) after guidance is issued: anchor date not in the text; target date extended; struck-out date July 31, 2020"
    assert (
        flag_in_words(both, True)
        == "起算日期原文未给出（90 day(s) after guidance is issued）；目标日期已延后，原日期 July 31, 2020 已划去"
    )
    assert flag_in_words("year not stated (11月28日前)", False) == "year not stated (11月28日前)"
    assert flag_in_words("something new", True) == "something new"  # unknown notes stay as written


def test_grouped_keeps_each_group_together_in_first_seen_order():
    from kb.schedule import grouped

    assert grouped(["a1", "b1", "a2", "c1", "b2"], lambda x: x[0]) == [
        ("a", "a1"), ("a", "a2"), ("b", "b1"), ("b", "b2"), ("c", "c1"),
    ]  # fmt: skip
