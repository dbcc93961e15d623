"""Date normalisation: numbers, calendars, RRULEs, and the offset-keeping fold."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.dates import (
    add_period,
    cn_number,
    due_end,
    find_en,
    find_zh,
    first_yearly,
    parse_target_cell,
    rrule,
)
from ingest.extract import sentences, units
from kb.text import fold_same_length

_DIGITS = "〇一二三四五六七八九"
_MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip


def cn_small(n: int) -> str:
    """1..99 written the way documents write them (十二, 二十, 三十一)."""
    tens, ones = divmod(n, 10)
    if tens == 0:
        return _DIGITS[ones]
    return ("" if tens == 1 else _DIGITS[tens]) + "十" + ("" if ones == 0 else _DIGITS[ones])


def zh(text: str, date: str = "2023-01-03", title_year: int | None = None):
    folded = fold_same_length(text)
    return find_zh(folded, 0, len(folded), date, title_year)


def en(text: str, date: str = "2020-05-14", statute: bool = False):
    return find_en(text, 0, len(text), date, statute)


def test_cn_number() -> None:
    assert cn_number("十二") == 12
    assert cn_number("三十一") == 31
    assert cn_number("二〇二三") == 2023
    assert cn_number("2023") == 2023
    assert cn_number("一百") == 100
    assert cn_number("abc") is None


@settings(derandomize=True, database=None)
@given(st.integers(min_value=1, max_value=99))
def test_cn_number_reads_what_cn_small_writes(n: int) -> None:
    assert cn_number(cn_small(n)) == n


@settings(max_examples=60, deadline=None, derandomize=True, database=None)
@given(
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31)),
    st.booleans(),
    st.sampled_from(["", " ", "  "]),
)
def test_any_chinese_date_with_a_deadline_cue_normalises(
    day: dt.date, chinese_numerals: bool, gap: str
) -> None:
    if chinese_numerals:
        year = "".join(_DIGITS[int(c)] for c in str(day.year))
        text = f"各单位应于{year}年{cn_small(day.month)}月{cn_small(day.day)}日前报送。"
    else:
        text = f"各单位应于{day.year}{gap}年{day.month}{gap}月{day.day}{gap}日前报送。"
    found = zh(text, date="")
    assert [w.due for w in found] == [day.isoformat()]


@settings(max_examples=60, deadline=None, derandomize=True, database=None)
@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_any_english_date_with_by_normalises(day: dt.date) -> None:
    text = f"Agencies shall publish the plan by {_MONTHS[day.month - 1]} {day.day}, {day.year}."
    assert [w.due for w in en(text)] == [day.isoformat()]


@settings(derandomize=True, database=None)
@given(st.text(max_size=200))
def test_fold_same_length_keeps_every_offset(text: str) -> None:
    assert len(fold_same_length(text)) == len(text)


@settings(derandomize=True, database=None)
@given(st.text(alphabet="数據官。;;,\n. ABCabc首席2023年月日前", max_size=120))
def test_units_and_sentences_stay_inside_the_text(text: str) -> None:
    folded = fold_same_length(text)
    for unit in units(folded):
        assert 0 <= unit.start < unit.end <= len(text)
        for sent in sentences(folded, unit):
            assert unit.start <= sent.start < sent.end <= unit.end


def test_fold_maps_traditional_and_full_width_in_place() -> None:
    text = "各試點單位應於２０２３年５月底前報送"
    folded = fold_same_length(text)
    assert folded == "各试点单位应于2023年5月底前报送"


def test_rrule_is_canonical() -> None:
    assert rrule("YEARLY", BYMONTH=6, BYMONTHDAY=28) == "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=28"
    assert rrule("MONTHLY", 24) == "FREQ=YEARLY;INTERVAL=2"
    assert rrule("MONTHLY", 3) == "FREQ=MONTHLY;INTERVAL=3"


def test_calendar_helpers() -> None:
    assert due_end("2024-02") == dt.date(2024, 2, 29)
    assert due_end("2023") == dt.date(2023, 12, 31)
    assert add_period(dt.date(2023, 1, 31), 1, "month") == dt.date(2023, 2, 28)
    assert add_period(dt.date(2023, 1, 3), 30, "day") == dt.date(2023, 2, 2)
    assert first_yearly(dt.date(2023, 7, 1), 6, 28) == "2024-06-28"
    assert first_yearly(dt.date(2023, 1, 3), 2, -1) == "2023-02-28"
    assert first_yearly(None, 6, 28) is None


def test_half_year_and_quarter_are_flagged() -> None:
    (h,) = zh("2023年上半年,完成首批试点。")
    assert h.due == "2023-06-30" and "half year" in (h.flag or "")
    (q,) = zh("2023年第二季度完成平台建设。")
    assert q.due == "2023-06-30" and "quarter" in (q.flag or "")
    # an English calendar quarter, as a council's minutes and plans write it
    (e,) = en("The catalogue will be completed by the end of Q2 2025.")
    assert e.due == "2025-06-30" and "quarter" in (e.flag or "")
    assert [w.due for w in en("Training will be delivered by the third quarter of 2026.")] == ["2026-09-30"]
    assert en("Agencies shall report by Q2 FY2026.") == []  # a fiscal quarter's months vary
    assert en("Agencies shall report by Q2 2025/26.") == []  # a financial year's quarter
    assert [w.due for w in en("The plan must be adopted before Q3 2025.")] == ["2025-06-30"]
    assert [w.due for w in en("The plan must be adopted before Q1 2026.")] == ["2025-12-31"]
    assert en("The catalogue was completed in Q2 2025.") == []  # no obligation


def test_within_the_year_is_the_documents_year() -> None:
    """年内 in an obligation (a speech's 年内对全市首席数据官轮训一遍): the end of the document's
    year; not 三年内, nor what was done."""
    (w,) = zh("市数据局要在年内对全市首席数据官和数据专员轮训一遍。", date="2026-03-05")
    assert w.due == "2026-12-31" and "document's date" in (w.flag or "")
    assert zh("三年内要建成平台。", date="2026-03-05") == []
    for other in (
        "数年内要建成平台。",
        "同年内要完成验收。",
        "本财年内要完成采购。",
        "今年内部审计工作要加强。",
    ):
        assert zh(other, date="2026-03-05") == [], other
    assert zh("年内已完成首轮培训。", date="2026-03-05") == []
    assert [w.due for w in zh("各部门要在今年年内完成数据目录编制。", date="2026-03-05")] == ["2026-12-31"]


def test_a_labelled_due_date() -> None:
    """An action's "Due: 30 April 2025", as minutes write it."""
    (w,) = en("Action: the Data Office to publish payments data. Owner: Head of Finance. Due: 30 April 2025.")
    assert w.due == "2025-04-30"


def test_yearly_first_occurrence_needs_a_document_day() -> None:
    (w,) = zh("每年6月28日前报送。", date="2023")
    assert w.due is None and w.recurrence == "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=28" and w.flag


def _cell(text: str, date: str = "2020-05-14"):
    return parse_target_cell(text, 0, len(text), date)


def test_table_cells() -> None:
    assert _cell(" September 30, 2020   ").due == "2020-09-30"
    struck = _cell("~~June 30, 2020~~ July 31, 2020*")
    assert struck.due == "2020-07-31" and "June 30, 2020" in (struck.flag or "")
    rel = _cell("~~July 31, 2020~~ 90 days after OMB/GSA standard metadata guidance is issued*")
    assert rel.due is None and rel.relative_to == "OMB/GSA standard metadata guidance is issued"
    assert _cell("1 activity per quarter, any order encouraged").recurrence == "FREQ=MONTHLY;INTERVAL=3"
    assert _cell("Ongoing every 24 months").recurrence == "FREQ=YEARLY;INTERVAL=2"
    annual = _cell(
        "After OMB Open Data Plan Guidance is issued; Annually on Agency IRM Strategic Plan schedule"
    )
    assert (
        annual.recurrence == "FREQ=YEARLY" and annual.relative_to == "OMB Open Data Plan Guidance is issued"
    )
    vague = _cell("See timeline on performance.gov")
    assert vague.due is None and vague.recurrence is None and vague.flag
    fy = _cell("As required by the FY2023 budget timeline")
    assert fy.due is None and fy.flag
    assert _cell("   ") is None


def test_chinese_table_cells() -> None:
    assert _cell("2022年6月底前").due == "2022-06-30"
    assert _cell("2022年12月").due == "2022-12"
    assert _cell("每季度").recurrence == "FREQ=MONTHLY;INTERVAL=3"
    assert _cell("长期坚持").flag


def test_malformed_chinese_numerals_read_as_none_never_raise():
    from itertools import product

    from kb.dates import cn_number

    digits = "〇零一二两三四五六七八九十百"
    for n in (1, 2, 3):
        for chars in product(digits, repeat=n):
            value = cn_number("".join(chars))
            assert value is None or (isinstance(value, int) and value >= 0)
    assert (cn_number("二〇二三"), cn_number("三十一"), cn_number("两"), cn_number("负三")) == (
        2023,
        31,
        2,
        None,
    )


def test_a_period_past_the_calendar_is_flagged_not_raised():
    from ingest.dates import find_zh

    text = "自印发之日起302024年内完成。"
    found = find_zh(text, 0, len(text), "2023-01-03")
    assert found and found[0].due is None and "past the end of the calendar" in found[0].flag


def test_this_year_and_next_year_are_the_document_s() -> None:
    """A news report's 今年年底前 and 明年6月底前 fall in the year of its date."""
    found = zh("今年年底前实现市直部门全覆盖，明年6月底前建成数据共享平台。", date="2024-08-21")
    assert [w.due for w in found] == ["2024-12-31", "2025-06-30"]
    assert all("document's date" in (w.flag or "") for w in found)
    assert zh("今年以来，全市共归集数据38亿条。", date="2024-08-21") == []


def test_every_two_years_written_with_its_digits_and_twice_a_year_recur() -> None:
    assert [w.recurrence for w in en("shall update the strategy at least every two (2) years.")] == [
        rrule("YEARLY", 2)
    ]
    assert en("The committee shall meet twice a year.")[0].recurrence == rrule("MONTHLY", 6)


def test_a_past_event_this_year_and_a_word_holding_ming_nian_are_no_deadlines() -> None:
    assert zh("市政府于今年7月印发实施方案。", date="2024-08-21") == []
    assert zh("并说明年底前未完成任务的原因。", date="2024-08-21") == []
    assert [w.due for w in zh("于今年9月底前完成备案。", date="2024-08-21")] == ["2024-09-30"]


def test_a_day_first_numeric_date_where_the_day_cannot_be_the_month() -> None:
    """An Indian order's "on or before 31-03-2024." and "15.04.2024" are day first; 12-03-2024
    may be either, so it is no date; "30th April 2025" has its ordinal."""

    def dues(text: str) -> list[str | None]:
        return [w.due for w in find_en(text, 0, len(text), "2024-03-12")]

    assert dues("Each department shall designate its officer on or before 31-03-2024.") == ["2024-03-31"]
    assert dues("Stewards shall be named on or before 15.04.2024 by each head.") == ["2024-04-15"]
    assert dues("Each department shall designate its officer on or before 12-03-2024.") == []
    assert dues("The inventory shall be submitted by 30th April 2025.") == ["2025-04-30"]
    # a table's target cells keep their years: a span, "mid-2025", a quarter
    for cell, year in (("2024-2025", "2025"), ("mid-2025", "2025"), ("Q4.2024", "2024")):
        assert parse_target_cell(cell, 0, len(cell), "2024-01-01").due == year


def test_once_in_n_months_every_second_month_and_n_times_a_year_recur() -> None:
    """Indian English's "once in two months", "every second month" and "four times a year"; a
    least frequency ("at least …") is owed though the sentence has no modal; a day-first date
    whose day is its month is that day either way."""
    assert en("The CDO shall convene a review meeting at least once in two months.")[0].recurrence == rrule(
        "MONTHLY", 2
    )
    assert [w.recurrence for w in en("The DGSC meets at least every second month.")] == [rrule("MONTHLY", 2)]
    assert [w.recurrence for w in en("The Dataraad meets at least four times a year.")] == [
        rrule("MONTHLY", 3)
    ]
    assert en("The Committee shall meet six times per year.")[0].recurrence == rrule("MONTHLY", 2)
    assert en("The Dataraad meets four times a year.") == []  # a description, owing nothing
    text = "The first return, for the quarter ending 30.09.2025, shall be furnished by 10.10.2025."
    assert [w.due for w in find_en(text, 0, len(text), "2025-08-14")] == ["2025-10-10"]


def test_every_n_months_in_chinese_recurs() -> None:
    """推動會每三個月召開會議一次 (batch 25): a run of months, in characters or digits."""
    assert [w.recurrence for w in zh("推動會每三個月召開會議一次。")] == [rrule("MONTHLY", 3)]
    assert [w.recurrence for w in zh("数据专员每6个月开展一次自查。")] == [rrule("MONTHLY", 6)]
    assert next(w.recurrence for w in zh("每月5日前报送上月数据更新情况。")).startswith("FREQ=MONTHLY")


def test_a_least_frequency_in_the_past_or_a_year_after_once_in_is_no_deadline() -> None:
    assert en("Since 2019 the Chief Data Officer has met the data board at least annually.") == []
    assert en("In 2023 the Committee met at least four times a year.") == []
    assert all(w.recurrence is None for w in en("The CDO shall submit the plan once in year 2025."))
    assert en("The CDO shall meet them once in a year.")[0].recurrence == rrule("YEARLY")
    assert en("The board shall meet two times a year.")[0].recurrence == rrule("MONTHLY", 6)


def test_a_year_written_in_words_in_an_orders_signing_formula() -> None:
    from kb.dates import parse_date

    signed = "GIVEN, under my hand and seal this 12th day of June, Two Thousand and Twenty-Five, and of the Independence"
    assert parse_date(signed)[0] == "2025-06-12"
    assert parse_date("this 3rd day of March in the year two thousand twenty four")[0] == "2024-03-03"
    # a proclamation's: "in the year of our Lord", in words or in figures
    lord = "on this 16th day of September in the year of our Lord two thousand twenty-five."
    assert parse_date(lord)[0] == "2025-09-16"
    assert parse_date("this 16th day of September in the year of our Lord 2025")[0] == "2025-09-16"
