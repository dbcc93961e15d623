"""Calendar primitives shared by ingestion (metadata, deadlines) and answering (schedules,
exports): dates as YYYY, YYYY-MM or YYYY-MM-DD strings, the period such a date covers,
Chinese numerals, and the first date written in a text."""

from __future__ import annotations

import calendar
import datetime as dt
import re

# English month names and abbreviations (lower case) -> month number.
MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_ZEROS = str.maketrans("○ＯO", "〇〇〇")  # what OCR and converters write for 〇
# English weekday names and their short forms (lower case): a sign-off's "Ends/Wednesday", a
# question's "on a Wednesday".
WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun".split()  # noqa: SIM905
)


def cn_number(text: str) -> int | None:
    """'2023', '十二', '三十一', '二〇二三' (digit by digit), '一百' -> int; None when not a number."""
    import cn2an

    text = text.strip()
    if not text:
        return None
    if text.isdigit():
        return int(text)
    try:
        value = cn2an.cn2an(text.translate(_ZEROS), "normal")
    except Exception:  # cn2an raises KeyError, ValueError … on malformed numerals (十十一, 〇十一)
        return None
    if value < 0 or value != int(value):
        return None  # 负三, 三点五: not a count of days or a date part
    return int(value)


def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def ymd(year: int, month: int, day: int) -> str | None:
    """YYYY-MM-DD, or None when the parts are not a real day."""
    if not (1 <= month <= 12 and 1 <= day <= last_day(year, month)):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def parse_full_date(value: str) -> dt.date | None:
    """A date string that names a day, else None."""
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value.strip())
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def period_end(due: str) -> str:
    """The last day a YYYY, YYYY-MM or YYYY-MM-DD date covers (2023-02 -> 2023-02-28)."""
    if len(due) == 4:
        return f"{due}-12-31"
    if len(due) == 7:
        return f"{due}-{last_day(int(due[:4]), int(due[5:7])):02d}"
    return due


def period_start(due: str) -> str:
    """The first day a YYYY, YYYY-MM or YYYY-MM-DD date covers."""
    return {4: f"{due}-01-01", 7: f"{due}-01"}.get(len(due), due)


def due_end(due: str) -> dt.date:
    """`period_end` as a date."""
    return dt.date.fromisoformat(period_end(due))


_UNITS = {"day": "days", "week": "weeks", "year": "years"}


def add_period(start: dt.date, n: int, unit: str) -> dt.date | None:
    """`start` plus n days, weeks, months or years; a month end that does not exist is clamped
    (Jan 31 + 1 month = Feb 28). None past the calendar's end (自印发之日起302024年内)."""
    from dateutil.relativedelta import relativedelta

    try:
        return start + relativedelta(**{_UNITS.get(unit, "months"): n})
    except (OverflowError, ValueError):
        return None


# ---------------------------------------------------------------------------------------------
# The first date written in a text


def _ymd(year: int | str, month: int | str | None = None, day: int | str | None = None) -> str:
    """YYYY, YYYY-MM or YYYY-MM-DD, or "" when the parts are not a real date."""
    try:
        y = int(year)
        m = int(month) if month not in (None, "") else None
        d = int(day) if day not in (None, "") else None
    except (TypeError, ValueError):
        return ""
    if not 1900 <= y <= 2100:
        return ""
    if m is None:
        return f"{y:04d}"
    if not 1 <= m <= 12:
        return ""
    if d is None:
        return f"{y:04d}-{m:02d}"
    return ymd(y, m, d) or ""


_CN_NUM = "〇零○Ｏ一二三四五六七八九十"

ROC_OFFSET = 1911  # a Republic of China year (Taiwan's 民国113年) + this is the common era's

_WORD_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
          "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")  # fmt: skip
_WORD_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_WORD_UNITS_RE = "(?:" + "|".join(sorted(_WORD_UNITS, key=len, reverse=True)) + ")"
# a proclamation's year: "the 16th day of September in the year of our Lord two thousand twenty-five"
_IN_THE_YEAR = r"(?:in\s+the\s+year\s+(?:of\s+our\s+lord\s+)?)?"
_WORD_TENS_RE = "(?:" + "|".join(_WORD_TENS) + ")"


def _year_in_words(words: str) -> int | None:
    """2025 of "twenty-five" after "Two Thousand and"."""
    parts = re.split(r"[-\s]+", words.lower())
    value = _WORD_TENS.get(parts[0], 0) + sum(_WORD_UNITS.index(p) + 1 for p in parts if p in _WORD_UNITS)
    return 2000 + value if value else None


_NUMERIC_DATE = re.compile(r"(?<![\d\-./])(\d{1,2})[-.](\d{1,2})[-.](\d{4})(?![\d\-/]|\.\d)")
_DATE_PATTERNS = [
    # 民国113年9月10日, 中华民国113年09月10日, 113年9月10日 (Taiwan: a three-figure year)
    (
        re.compile(r"(?:民[国國]\s*(\d{2,3})|(?<![\d.])(1[0-2]\d))\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"),
        "roc",
    ),
    # 2023-01-03, 2023/1/3, 2023.01.03, 2023年1月3日, with spaces a converter may insert
    (re.compile(r"(?<!\d)(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?!\d)"), "ymd"),
    (re.compile(rf"([{_CN_NUM}]{{4}})\s*年\s*([{_CN_NUM}]{{1,3}})\s*月\s*([{_CN_NUM}]{{1,3}})\s*日"), "cn"),
    # November 14, 2024; November 14th, 2024; 14 November 2024; "the 14th day of November, 2024"
    (re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I), "mdy"),
    (
        re.compile(
            rf"\b(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+day\s+of)?\s+({_MONTH_RE})\.?,?\s+{_IN_THE_YEAR}(\d{{4}})\b",
            re.I,
        ),
        "dmy",
    ),
    # an order's signing formula, its year in words: "this 12th day of June, Two Thousand and Twenty-Five"
    (
        re.compile(
            rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+day\s+of\s+({_MONTH_RE}),?\s+{_IN_THE_YEAR}"
            rf"two\s+thousand(?:\s+and)?\s+({_WORD_UNITS_RE}|{_WORD_TENS_RE}(?:[-\s]{_WORD_UNITS_RE})?)\b",
            re.I,
        ),
        "dmy_words",
    ),
    (re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])"), "us"),
    # 15-03-2024, 15.03.2024 (India, Europe: day first), 03-15-2024 (month first): whichever the
    # numbers allow; 12-03-2024 as the text's other dates write it (`day_first`), else no full date
    (_NUMERIC_DATE, "num"),
    (re.compile(r"(?<!\d)(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?(?![\d/.-])"), "ym"),
    (re.compile(rf"\b({_MONTH_RE})\.?,?\s+(\d{{4}})\b", re.I), "my"),
    (re.compile(r"(?<!\d)(\d{4})(?:\s*年)?(?!\d)"), "y"),
]


# A year as a text writes it: 2024 (not 2000元 or 2048个), 二〇二四年, and every year of a range
# (2023-2025, 2023至2025年, "~2023-2025").
_YEAR_DIGITS = re.compile(
    r"(?<!\d)(?<!\d[.,])(19[5-9]\d|20\d\d)(?:\s*(?:-|–|—|~|～|至|到|to)\s*(19[5-9]\d|20\d\d))?"
    r"(?!\d|[.,]\d|\s*(?:元|万|亿|千|个|人|名|家|余|多|条|项|%|％|dollars|people))"
)
_YEAR_CN = re.compile(rf"([{_CN_NUM}]{{4}})\s*年")


# a date without its year that comes back every year: "no later than December 31 of each year", 每年12月底前
_YEARLY_DATE = re.compile(
    # ("by 31st July each year": the day's ordinal before its month too)
    rf"\b(?:(?:{_MONTH_RE})\s+\d{{1,2}}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH_RE}))(?:st|nd|rd|th)?,?\s+(?:of\s+)?(?:each|every)\s+year\b"
    r"|每年\d{1,2}月",
    re.I,
)


def dates_something(text: str) -> bool:
    """The text dates something: a year, or a day of every year."""
    return bool(years_named(text) or _YEARLY_DATE.search(text))


def years_named(text: str) -> set[int]:
    """The calendar years a text names."""
    years: set[int] = set()
    for first, last in _YEAR_DIGITS.findall(text):
        start, end = int(first), int(last or first)
        years.update(range(start, end + 1) if 0 <= end - start <= 20 else (start, end))
    for numeral in _YEAR_CN.findall(text.translate(_ZEROS)):
        year = cn_number(numeral)
        if year and 1950 <= year <= 2099:
            years.add(year)
    return years


def precision(date: str) -> int:
    """0 for YYYY, 1 for YYYY-MM, 2 for YYYY-MM-DD."""
    return date.count("-")


def parse_date(text: str, allow_partial: bool = True, day_first: bool = False) -> tuple[str, int, int] | None:
    """The first date in `text` as (YYYY[-MM[-DD]], start, end), or None; where several
    patterns match at the same place the most precise wins, and an impossible full date
    (2023-02-30) is not read as a bare year instead. `day_first`: the text writes 12-03-2024 for
    12 March (`writes_day_first`)."""
    best: tuple[str, int, int] | None = None
    impossible: set[int] = set()
    for pattern, kind in _DATE_PATTERNS:
        partial = kind in ("ym", "my", "y")
        if partial and not allow_partial:
            continue
        for m in pattern.finditer(text):
            if partial and m.start() in impossible:
                continue
            value = _date_from_match(m, kind, day_first)
            if not value:
                if not partial:
                    impossible.add(m.start())
                continue
            if best is None or (m.start(), -precision(value)) < (best[1], -precision(best[0])):
                best = (value, m.start(), m.end())
            break
    return best


def writes_day_first(text: str) -> bool:
    """Whether a text's numeric dates put the day first: one of them cannot be read otherwise
    (15-03-2024) and none the other way (03-15-2024)."""
    pairs = [(int(m.group(1)), int(m.group(2))) for m in _NUMERIC_DATE.finditer(text)]
    return any(a > 12 for a, _ in pairs) and not any(b > 12 for _, b in pairs)


def _date_from_match(m: re.Match[str], kind: str, day_first: bool = False) -> str:
    g = m.groups()
    if kind == "num":
        first, second = int(g[0]), int(g[1])
        if first > 12 or (day_first and second <= 12):
            return _ymd(g[2], second, first)
        return _ymd(g[2], first, second) if second > 12 else ""
    if kind == "ymd":
        return _ymd(g[0], g[1], g[2])
    if kind == "roc":
        return _ymd(int(g[0] or g[1]) + ROC_OFFSET, g[2], g[3])
    if kind == "cn":
        year = str(cn_number(g[0]) or "")
        month, day = cn_number(g[1]), cn_number(g[2])
        return _ymd(year, month, day) if len(year) == 4 and month and day else ""
    if kind == "mdy":
        return _ymd(g[2], MONTHS[g[0].lower()], g[1])
    if kind == "dmy":
        return _ymd(g[2], MONTHS[g[1].lower()], g[0])
    if kind == "us":
        return _ymd(g[2], g[0], g[1])
    if kind == "dmy_words":
        year = _year_in_words(g[2])
        return _ymd(year, MONTHS[g[1].lower()], g[0]) if year else ""
    if kind == "ym":
        return _ymd(g[0], g[1])
    if kind == "my":
        return _ymd(g[1], MONTHS[g[0].lower()])
    return _ymd(g[0])
