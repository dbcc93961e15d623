"""When a deadline falls: the next date of a recurring one, and whether any occurrence lies
in a range (a partial date covers its whole month or year: `kb.dates.period_end`). Shared by
the CLI and the web page."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from typing import TypeVar

from kb.dates import period_end, period_start
from kb.types import Deadline

T = TypeVar("T")


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


def _rule_parts(rule: str) -> dict[str, str]:
    return dict(part.split("=", 1) for part in rule.split(";") if "=" in part)


def _zh_date(due: str) -> str:
    year, month, day = [*due.split("-"), "", ""][:3]
    if day:
        return f"{year}年{int(month)}月{int(day)}日前"
    return f"{year}年{int(month)}月底前" if month else f"{year}年底前"


def _en_date(due: str) -> str:
    year, month, day = [*due.split("-"), "", ""][:3]
    if day:
        return f"by {int(day)} {calendar.month_name[int(month)]} {year}"
    return f"by the end of {calendar.month_name[int(month)]} {year}" if month else f"by the end of {year}"


_MONTH_END = "-1"  # BYMONTHDAY=-1: the month's last day (月底前, "by the end of December")


def _zh_rule(rule: str) -> str:
    parts = _rule_parts(rule)
    interval = int(parts.get("INTERVAL", "1") or 1)
    month, day = parts.get("BYMONTH"), parts.get("BYMONTHDAY")
    if parts.get("FREQ") == "YEARLY":
        every = "每年" if interval == 1 else f"每{interval}年"
        if month and day:
            return f"{every}{month}月底前" if day == _MONTH_END else f"{every}{month}月{day}日前"
        return every
    if parts.get("FREQ") == "MONTHLY":
        every = {1: "每月", 3: "每季度", 6: "每半年"}.get(interval, f"每{interval}个月")
        if day:
            return f"{every}月底前" if day == _MONTH_END else f"{every}{day}日前"
        return every
    return {"WEEKLY": "每周", "DAILY": "每天"}.get(parts.get("FREQ", ""), "定期")


def _en_rule(rule: str) -> str:
    parts = _rule_parts(rule)
    interval = int(parts.get("INTERVAL", "1") or 1)
    month, day = parts.get("BYMONTH"), parts.get("BYMONTHDAY")
    if parts.get("FREQ") == "YEARLY":
        if month and day:
            each = "each year" if interval == 1 else f"every {interval} years"
            if day == _MONTH_END:
                return f"by the end of {calendar.month_name[int(month)]} {each}"
            return f"by {day} {calendar.month_name[int(month)]} {each}"
        return "every year" if interval == 1 else f"every {interval} years"
    if parts.get("FREQ") == "MONTHLY":
        every = {1: "every month", 3: "every quarter", 6: "every six months"}.get(
            interval, f"every {interval} months"
        )
        if day:
            return f"by the month's end, {every}" if day == _MONTH_END else f"by day {day}, {every}"
        return every
    return {"WEEKLY": "every week", "DAILY": "every day"}.get(parts.get("FREQ", ""), "regularly")


def when_in_words(deadline: Deadline, chinese: bool) -> str:
    """The date as a person says it (2023年1月底前, 每年6月28日前, by 30 June each year); the
    RRULE stays in exports."""
    if deadline.recurrence:
        return _zh_rule(deadline.recurrence) if chinese else _en_rule(deadline.recurrence)
    if deadline.due:
        try:
            return _zh_date(deadline.due) if chinese else _en_date(deadline.due)
        except (ValueError, IndexError):
            return deadline.due
    if deadline.relative_to:
        return f"自{deadline.relative_to}起算" if chinese else f"counted from {deadline.relative_to}"
    return ""


def join_in_words(phrases: list[str], chinese: bool) -> str:
    """每年6月28日前 and 每年12月25日前 -> 每年6月28日前和12月25日前."""
    phrases = list(dict.fromkeys(p for p in phrases if p))
    if len(phrases) < 2:
        return "".join(phrases)
    if chinese:
        shared = "每年" if all(p.startswith("每年") for p in phrases) else ""
        rest = [p[len(shared) :] for p in phrases]
        return shared + "、".join(rest[:-1]) + "和" + rest[-1]
    if all(p.startswith("by ") and p.endswith(" each year") for p in phrases):
        days = [p[3 : -len(" each year")] for p in phrases]
        return "by " + ", ".join(days[:-1]) + " and " + days[-1] + " each year"
    return ", ".join(phrases[:-1]) + " and " + phrases[-1]


# The notes ingest.dates writes, in Chinese; a part not listed here is shown as written.
_ZH_FLAGS = (
    (r"recurring \(?(?P<q>.+?)\)?: no (?:date|day) given", "周期性（{q}），原文未给出具体日期"),
    (r"target date extended; struck-out date (?P<q>.+)", "目标日期已延后，原日期 {q} 已划去"),
    (r"target date '(?P<q>.+)': taken from the row above", "目标日期“{q}”：沿用上一行"),
    (r"no date in the text: (?P<q>.+)", "原文未给出日期：{q}"),
    (r"(?P<q>.+): anchor date not in the text", "起算日期原文未给出（{q}）"),
    (r"(?P<q>.+): date of enactment not given in this document", "本文件未给出施行日期（{q}）"),
    (r"(?P<q>.+): start of the period not stated", "原文未给出期间起点（{q}）"),
    (r"(?P<q>.+): not resolved(?P<r>.*)", "无法推算日期（{q}{r}）"),
    (r"year not stated: taken from the document title \((?P<q>\d+)\)", "原文未写年份，取自标题（{q}年）"),
    (r"year not stated \((?P<q>.+)\)", "原文未写年份（{q}）"),
    (r"fiscal year (?P<q>\d+): end date depends on the fiscal calendar", "{q}财年：截止日期取决于财年起止"),
    (r"quarter (?P<q>\d): due is the quarter's last day", "第{q}季度：以季度最后一天为截止日"),
    (r"invalid date (?P<q>.+)", "日期无效：{q}"),
    (r"recurring: first date needs the document date", "周期性：首个日期需要文件日期"),
)


def flag_in_words(flag: str | None, chinese: bool) -> str:
    """A deadline's note in the page's language (the notes are written in English at ingest)."""
    if not flag or not chinese:
        return flag or ""
    parts = []
    for part in re.split(r"; (?!struck-out)(?![^()]*\))", flag):  # not inside "(…; …)"
        for pattern, words in _ZH_FLAGS:
            m = re.fullmatch(pattern, part)
            if m:
                part = words.format(**{k: v or "" for k, v in m.groupdict().items()})
                break
        parts.append(part)
    return "；".join(parts)


def grouped(items: list[T], label: Callable[[T], str]) -> list[tuple[str, T]]:
    """(group, item) with the groups in order of first appearance and each group's items together
    in their own order, so a table can be read place by place or role by role."""
    order: dict[str, list[T]] = {}
    for item in items:
        order.setdefault(label(item), []).append(item)
    return [(group, item) for group, members in order.items() for item in members]
