"""Calendar and CSV export of deadlines and duties."""

from __future__ import annotations

import csv
import datetime as dt
import io

import icalendar

from ingest.deadlines import extract_deadlines
from ingest.duties import extract_duties
from kb.export import deadline_uid, deadlines_to_csv, deadlines_to_ics, duties_to_csv
from kb.types import Deadline
from tests.test_deadlines import corpus_doc

NOW = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)


def _deadline(
    due: str | None, recurrence: str | None = None, text: str = "clause", flag: str | None = None
) -> Deadline:
    return Deadline(
        "县政务服务数据管理局", "报送总结", due, recurrence, None, text, "doc", "Title", "三、工作任务", flag
    )


def _events(data: bytes) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def test_ics_from_haifeng_parses_with_one_event_per_dated_deadline() -> None:
    doc, chunks = corpus_doc("haifeng-cdo-pilot-plan-2023")
    deadlines = extract_deadlines(doc, chunks)
    data = deadlines_to_ics(deadlines, now=NOW)
    cal = icalendar.Calendar.from_ical(data)
    assert str(cal["version"]) == "2.0" and "cdokb" in str(cal["prodid"])
    events = _events(data)
    assert len(events) == sum(1 for d in deadlines if d.due)
    yearly = [e for e in events if e.get("rrule")]
    assert len(yearly) == 2
    assert all(e["rrule"]["FREQ"] == ["YEARLY"] for e in yearly)
    starts = sorted(e["dtstart"].dt for e in events)
    assert dt.date(2023, 6, 28) in starts and dt.date(2023, 6, 30) in starts  # 2023年6月 -> June 30
    for e in events:
        assert isinstance(e["dtstart"].dt, dt.date) and not isinstance(e["dtstart"].dt, dt.datetime)
        assert e["uid"] and e["dtstamp"] and e["summary"]
        assert doc.title in str(e["description"])


def test_month_and_year_only_are_placed_at_the_end_and_said_so() -> None:
    data = deadlines_to_ics([_deadline("2020-09"), _deadline("2021")], now=NOW)
    month, year = _events(data)
    assert month["dtstart"].dt == dt.date(2020, 9, 30)
    assert "month only" in str(month["description"])
    assert year["dtstart"].dt == dt.date(2021, 12, 31)
    assert "year only" in str(year["description"])


def test_undated_are_counted_not_exported() -> None:
    data = deadlines_to_ics([_deadline(None, "FREQ=YEARLY", flag="no day"), _deadline("2023-01-31")], now=NOW)
    cal = icalendar.Calendar.from_ical(data)
    assert len(_events(data)) == 1
    assert str(cal["x-cdokb-undated"]) == "1"


def test_uids_are_stable_and_distinct() -> None:
    a, b = _deadline("2023-06-28", text="x"), _deadline("2023-12-25", text="x")
    assert deadline_uid(a) == deadline_uid(_deadline("2023-06-28", text="x"))
    assert deadline_uid(a) != deadline_uid(b)
    first = deadlines_to_ics([a, b], now=NOW)
    assert first == deadlines_to_ics([a, b], now=NOW)


def test_fds_calendar_round_trips() -> None:
    doc, chunks = corpus_doc("us-federal-data-strategy-2020-action-plan")
    deadlines = extract_deadlines(doc, chunks)
    events = _events(deadlines_to_ics(deadlines, calendar_name="FDS 2020", now=NOW))
    assert len(events) == sum(1 for d in deadlines if d.due)


def test_csv_exports() -> None:
    doc, chunks = corpus_doc("haifeng-cdo-pilot-plan-2023")
    rows = list(csv.DictReader(io.StringIO(deadlines_to_csv(extract_deadlines(doc, chunks)))))
    assert rows[0]["due"] == "2023-01-31" and rows[0]["who"] == "县政务服务数据管理局"
    assert {"due", "recurrence", "who", "what", "text", "section", "title"} <= set(rows[0])
    duty_rows = list(csv.DictReader(io.StringIO(duties_to_csv(extract_duties(doc, chunks)))))
    assert duty_rows[0]["role"] == "首席数据官" and duty_rows[0]["level"] == "县"
    assert all(r["text"] in doc.text for r in duty_rows)
