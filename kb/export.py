"""Deadlines and duties for other tools: an iCalendar file (RFC 5545) and CSV tables.

Calendar rules: one all-day VEVENT per dated deadline; a month-only due date is shown on the
month's last day and a year-only one on Dec 31, both said in the description; recurring
deadlines carry their RRULE. Undated deadlines are not events: the calendar counts them in
X-CDOKB-UNDATED. UIDs are hashes of the deadline, so re-exporting gives the same events.
CSV text has a header row; write it with encoding="utf-8-sig" for Excel to read Chinese.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re

from kb.dates import due_end
from kb.types import Deadline, Duty

PRODID = "-//cdokb//Chief Data Officer policy deadlines//EN"

DEADLINE_FIELDS = (
    "due",
    "recurrence",
    "who",
    "what",
    "relative_to",
    "flag",
    "title",
    "section",
    "doc_id",
    "text",
)
DUTY_FIELDS = ("role", "level", "holder", "duty", "title", "section", "doc_id", "text")


def due_date(due: str | None) -> tuple[dt.date, str] | None:
    """The calendar day for a due string (its last day: kb.dates.due_end) and how
    precise it was: "day", "month" or "year"."""
    due = (due or "").strip()
    if not re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", due):
        return None
    try:
        day = due_end(due)
    except ValueError:
        return None
    return day, {4: "year", 7: "month"}.get(len(due), "day")


def deadline_uid(d: Deadline) -> str:
    key = "\x1f".join([d.doc_id, d.due or "", d.recurrence or "", d.relative_to or "", d.text])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:24] + "@cdokb"


def _summary(d: Deadline) -> str:
    what = d.what or d.text
    text = f"{d.who}: {what}" if d.who else what
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= 120 else text[:119] + "…"


def _description(d: Deadline, precision: str) -> str:
    lines = [re.sub(r"[ \t]+", " ", d.text.strip())]
    if precision == "month":
        lines.append(f"Due date given as a month only ({d.due}); shown on the month's last day.")
    elif precision == "year":
        lines.append(f"Due date given as a year only ({d.due}); shown on December 31.")
    if d.relative_to:
        lines.append(f"Relative to: {d.relative_to}")
    if d.flag:
        lines.append(f"Note: {d.flag}")
    source = d.title + (f" > {d.section}" if d.section else "")
    lines.append(f"Source: {source} [{d.doc_id}]")
    return "\n".join(lines)


def deadlines_to_ics(
    deadlines: list[Deadline], calendar_name: str = "cdokb deadlines", now: dt.datetime | None = None
) -> bytes:
    """An iCalendar file: one all-day event per dated deadline, RRULE on recurring ones."""
    from icalendar import Calendar, Event, vRecur

    stamp = now or dt.datetime.now(dt.UTC)
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=dt.UTC)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", calendar_name)
    undated = 0
    seen: set[str] = set()
    for d in deadlines:
        day = due_date(d.due)
        if day is None:
            undated += 1
            continue
        uid = deadline_uid(d)
        if uid in seen:
            continue
        seen.add(uid)
        start, precision = day
        event = Event()
        event.add("uid", uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", start)
        event.add("dtend", start + dt.timedelta(days=1))
        event.add("summary", _summary(d))
        event.add("description", _description(d, precision))
        event.add("transp", "TRANSPARENT")
        if d.recurrence:
            event.add("rrule", vRecur.from_ical(d.recurrence.removeprefix("RRULE:")))
        if d.flag or precision != "day":
            event.add("categories", ["cdokb-flagged"])
        cal.add_component(event)
    cal.add("x-cdokb-undated", str(undated))
    return cal.to_ical()


def _csv(rows: list[dict[str, str]], fields: tuple[str, ...]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(fields), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def deadlines_to_csv(deadlines: list[Deadline]) -> str:
    return _csv([{f: getattr(d, f) or "" for f in DEADLINE_FIELDS} for d in deadlines], DEADLINE_FIELDS)


def duties_to_csv(duties: list[Duty]) -> str:
    return _csv([{f: getattr(d, f) or "" for f in DUTY_FIELDS} for d in duties], DUTY_FIELDS)
