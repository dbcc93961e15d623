"""When a deadline falls: the last day a partial date covers, the next date of a recurring
one, and whether any occurrence lies in a range. Shared by the CLI and the web page."""

from __future__ import annotations

import calendar
import datetime as dt

from kb.types import Deadline


def period_end(due: str) -> str:
    """The last day a YYYY, YYYY-MM or YYYY-MM-DD date covers (2023-02 -> 2023-02-28)."""
    if len(due) == 4:
        return f"{due}-12-31"
    if len(due) == 7:
        year, month = int(due[:4]), int(due[5:7])
        return f"{due}-{calendar.monthrange(year, month)[1]:02d}"
    return due


def period_start(due: str) -> str:
    """The first day a YYYY, YYYY-MM or YYYY-MM-DD date covers."""
    return {4: f"{due}-01-01", 7: f"{due}-01"}.get(len(due), due)


def _start(deadline: Deadline) -> dt.datetime | None:
    if not deadline.due:
        return None
    try:
        return dt.datetime.fromisoformat(period_end(deadline.due))
    except ValueError:
        return None


def occurrences(deadline: Deadline, start: str, end: str) -> list[str]:
    """Dates of the deadline within [start, end] (YYYY-MM-DD), recurring ones expanded."""
    first = _start(deadline)
    if first is None:
        return []
    low, high = dt.datetime.fromisoformat(start), dt.datetime.fromisoformat(end)
    if deadline.recurrence:
        from dateutil.rrule import rrulestr

        try:
            rule = rrulestr(deadline.recurrence, dtstart=first)
            return [d.date().isoformat() for d in rule.between(low, high, inc=True)]
        except (ValueError, TypeError):
            pass
    return [first.date().isoformat()] if low <= first <= high else []


def next_occurrence(deadline: Deadline, today: str) -> str | None:
    """The first date on or after today for a recurring deadline; its own due otherwise."""
    if not deadline.recurrence:
        return deadline.due
    first = _start(deadline)
    if first is None:
        return None
    from dateutil.rrule import rrulestr

    try:
        found = rrulestr(deadline.recurrence, dtstart=first).after(dt.datetime.fromisoformat(today), inc=True)
    except (ValueError, TypeError):
        return deadline.due
    return found.date().isoformat() if found else deadline.due


def in_range(deadline: Deadline, date_from: str | None, date_to: str | None) -> bool:
    """Whether the deadline (any of its occurrences) falls within the range; bounds may be
    partial dates (2023, 2023-06)."""
    if not deadline.due:
        return False
    start = period_start(date_from) if date_from else "0001-01-01"
    end = period_end(date_to) if date_to else "9999-12-31"
    return bool(occurrences(deadline, start, end))


def by_due(deadlines: list[Deadline]) -> list[Deadline]:
    """By due date, a month or year at its last day (2023-06-28 before 2023-06), undated last."""
    return sorted(deadlines, key=lambda d: (d.due is None, period_end(d.due or ""), d.doc_id))


def schedule(deadlines: list[Deadline], today: str) -> list[tuple[str, str, Deadline]]:
    """(status, shown date, deadline): upcoming soonest first, then past (latest first), then
    undated; a recurring deadline shows its next date."""
    upcoming, past, undated = [], [], []
    for d in deadlines:
        shown = next_occurrence(d, today)
        if not shown:
            undated.append(("undated", "", d))
        elif period_end(shown) >= today:
            upcoming.append(("upcoming", shown, d))
        else:
            past.append(("past", shown, d))
    upcoming.sort(key=lambda x: period_end(x[1]))
    past.sort(key=lambda x: period_end(x[1]), reverse=True)
    return upcoming + past + undated
