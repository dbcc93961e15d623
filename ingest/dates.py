"""Finding and normalising the time expressions of obligations, Chinese and English.

Works on `fold_same_length` text (simplified, half-width), so spans are offsets into the
original document. Each hit is a `When`: a due date (YYYY-MM-DD, YYYY-MM or YYYY), an RFC 5545
RRULE for recurring ones, the anchor of relative ones, and a flag when anything is uncertain.

Decisions (documented for the gold file and the eval):
- 底/末 = last day of the month; 年底/年末 = 12-31; a month or a year alone stays YYYY-MM / YYYY.
- 上半年/下半年 -> YYYY-06-30 / YYYY-12-31, 第N季度 -> the quarter's last day, both flagged.
- Recurring: due = first occurrence on or after the document date (None when the document
  date is not a full day, or the rule has no day), e.g. 每年6月28日前 in a 2023-01-03 document ->
  due 2023-06-28, FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=28. Month multiples of 12 are written
  FREQ=YEARLY;INTERVAL=n, quarters FREQ=MONTHLY;INTERVAL=3, half years FREQ=MONTHLY;INTERVAL=6.
- Relative (自印发之日起30日内, within 60 days of …): resolved against the document date only
  when the anchor is the document's own issue (印发/发布之日) or, for a statute, its enactment;
  otherwise due None, relative_to names the anchor and flag says why.
- A superseded target "~~June 30, 2020~~ July 31, 2020" gives the new date, flagged.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from ingest.extract import skip_markers
from kb.dates import (
    MONTHS,
    ROC_OFFSET,
    add_period,
    cn_number,
    due_end,
    last_day,
    parse_date,
    parse_full_date,
    period_start,
    ymd,
)

# ---------------------------------------------------------------- numbers and calendar helpers

_EN_NUMBER = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "eighteen": 18, "twenty": 20, "thirty": 30,
    "forty-five": 45, "sixty": 60, "ninety": 90, "a": 1, "an": 1, "other": 2,
    # "every second month", "every third year": the ordinal counts the interval
    "second": 2, "third": 3, "fourth": 4, "sixth": 6,
}  # fmt: skip


def en_number(text: str) -> int | None:
    text = text.strip().lower()
    if text.isdigit():
        return int(text)
    return _EN_NUMBER.get(text)


def rrule(freq: str, interval: int = 1, **by: int) -> str:
    """Canonical RRULE text: month intervals that are whole years become YEARLY."""
    if freq == "MONTHLY" and interval % 12 == 0:
        freq, interval = "YEARLY", interval // 12
    parts = [f"FREQ={freq}"]
    if interval != 1:
        parts.append(f"INTERVAL={interval}")
    for key in ("BYMONTH", "BYMONTHDAY"):
        if key in by:
            parts.append(f"{key}={by[key]}")
    return ";".join(parts)


def first_yearly(anchor: dt.date | None, month: int, day: int) -> str | None:
    """First occurrence of a yearly (month, day) on or after the anchor; day -1 = month end."""
    if anchor is None:
        return None
    for year in (anchor.year, anchor.year + 1):
        d = last_day(year, month) if day == -1 else min(day, last_day(year, month))
        when = dt.date(year, month, d)
        if when >= anchor:
            return when.isoformat()
    return None


# ---------------------------------------------------------------- the result type


@dataclass(frozen=True)
class When:
    start: int
    end: int
    due: str | None
    recurrence: str | None = None
    relative_to: str | None = None
    flag: str | None = None


def _flag(*parts: str | None) -> str | None:
    text = "; ".join(p for p in parts if p)
    return text or None


# ---------------------------------------------------------------- rules


@dataclass
class DateContext:
    """One sentence, folded[start:end], what the rules know of its document, and the hits so far."""

    folded: str
    start: int
    end: int
    doc_date: str
    title_year: int | None = None  # Chinese: the year a month-day without one falls back on
    cell: bool = False  # Chinese: a table's deadline cell, where a bare date is a deadline
    statute: bool = False  # English: "date of enactment" is the document's date
    modal: re.Match[str] | None = None  # English: the sentence's shall/will/must, if any
    bound: bool = False  # English: an obligation its context states (an item of a "shall:" list)
    schedule: bool = False  # in a schedule's section, where a phase's span of months is due
    found: list[When] = field(default_factory=list)
    anchor: dt.date | None = field(init=False)  # the document's date when it names a day

    def __post_init__(self) -> None:
        self.anchor = parse_full_date(self.doc_date)

    def free(self, start: int, end: int) -> bool:
        """No hit found so far overlaps [start, end)."""
        return all(end <= w.start or start >= w.end for w in self.found)


@dataclass(frozen=True)
class DateRule:
    """One wording of a time: `read` turns a match of `pattern` into `When`s (none when the match is
    not the time of an obligation). `claims` names the group whose start opens the span that must
    not overlap an earlier hit (0: the whole match); None reads every match."""

    name: str
    pattern: re.Pattern[str]
    read: Callable[[re.Match[str], DateContext], list[When]]
    claims: int | str | None = 0


def run_rules(rules: list[DateRule], ctx: DateContext) -> list[When]:
    """The rules in order, each over the whole sentence; the hits in text order."""
    for rule in rules:
        for m in rule.pattern.finditer(ctx.folded, ctx.start, ctx.end):
            if rule.claims is None or ctx.free(m.start(rule.claims), m.end()):
                ctx.found.extend(rule.read(m, ctx))
    return sorted(ctx.found, key=lambda w: (w.start, w.end))


def _yearly(start: int, end: int, month: int, day: int, anchor: dt.date | None) -> When:
    """A yearly due day (day -1: the month's last day), first due on or after the document date."""
    due = first_yearly(anchor, month, day)
    rule = rrule("YEARLY", BYMONTH=month, BYMONTHDAY=day)
    return When(start, end, due, rule, None, None if due else "recurring: first date needs the document date")


# ---------------------------------------------------------------- Chinese

_S = r"\s*"
# A year of the Republic of China calendar (Taiwan: 民国113年, 一百十四年十二月, 113年9月 = 2024):
# 民国 and a number, or a three-figure year followed by a month or 底/末 (114年底; so that 一百年 of a
# centenary is no date); kb.dates.ROC_OFFSET turns it into the common era.
_ROC_YEAR = (
    r"(?P<roc>民国\s*\d{2,3}|一百[零〇一二三四五六七八九十]{1,3}(?=\s*年\s*(?:[一二三四五六七八九十]{1,2}\s*月|底|末))"
    r"|1[0-2]\d(?=\s*年\s*(?:(?:1[0-2]|0?[1-9])\s*月|底|末)))"
)
_YEAR = rf"(?P<y>\d{{4}}|[〇零一二三四五六七八九]{{4}}|{_ROC_YEAR})\s*年"
_MONTH = r"(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月"
_DAY_NUMBER = r"3[01]|[12]\d|0?[1-9]|[一二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九]"
_DAY = rf"(?P<d>{_DAY_NUMBER})\s*[日号]"
_MPART = r"(?P<mpart>底|末|份|上旬|中旬|下旬|中)"
_YPART = r"(?P<ypart>年底|年末|底|末|上半年|下半年|前三季度|(?:第)?[一二三四1-4]季度(?:末)?|年初|初(?!步)|年中|年度)"
_ZH_PRE = r"(?P<pre>争取|力争|确保|务必|最迟|不晚于|不迟于|截至|截止|须于|应于|要于|需于|计划于|计划|预计|于|到|至|在)?"
_ZH_POST = r"(?P<post>前|之前|以前|底前|末前|内|以内|止|为限)?"

ZH_ABS = re.compile(
    _ZH_PRE + _S + _YEAR + _S + rf"(?:{_MONTH}{_S}(?:{_DAY}|{_MPART})?|{_YPART})?" + _S + _ZH_POST
)
ZH_MONTH_DAY = re.compile(
    rf"(?<![\d年月〇零一二三四五六七八九十])(?P<pre>争取|力争|确保|于|到|在)?{_S}{_MONTH}{_S}(?:{_DAY}|(?P<mpart>底|末|上旬|中旬|下旬)){_S}(?P<post>前|之前|以前|底前)?"
)
ZH_RECUR = re.compile(
    # 每季度, and 按月 / 按季度 (monthly, quarterly: 按月发布数据质量通报)
    r"(?:每|按(?=\s*(?:个?月|季(?!节)|年度|周(?!期|边)|半年)))\s*"
    r"(?P<unit>年度|年|个?季度|季(?!末|节)|半年|半年度|学期|(?:[一二三四五六七八九十两]{1,3}|\d{1,2})个月|个?月|周(?!期|边)|星期|两年|2年|三年|3年"
    r"|日(?![期常])|天)"
    rf"(?:{_S}(?:{_MONTH}{_S}(?:{_DAY}|(?P<mpart>底|末))|(?P<yend>年底|年末|底)|(?P<q>第?[一二三四1-4]季度末?)))?"
    rf"{_S}(?P<post>前|之前|以前)?"
)
ZH_REL = re.compile(
    r"(?P<anchor_end>之日起|之日后|之日|起|后)\s*(?P<n>\d+|[一二三四五六七八九十两百]+)\s*(?P<ge>个)?\s*"
    r"(?P<unit>工作日|小时|日|天|周|星期|月|年)\s*(?P<post>内|以内|之内)?"
)
_ZH_EVENT_AFTER = re.compile(
    r"\s*(?:起|以来|开始|印发|发布|出台|召开|成立|挂牌|签署|正式|至今|期间|以后|后|—|-|~|至\d)"
)
# What was done, not what is owed (已完成, …以来, 累计…): read by the duty reader too
ZH_PAST = re.compile(r"已|了(?![解])|以来|先后|曾|累计|共计|截至目前|目前")
_ZH_RANGE_BEFORE = re.compile(r"(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年?\s*[-—–~至到]\s*$")
_ZH_CLAUSE_LEAD = re.compile(r"^(?:其中|同时|并|另外|此外|最后|首先|然后|原则上|力争|争取|计划|预计)?$")
_ISSUE_ANCHOR = re.compile(
    r"(?:本(?:方案|通知|办法|意见|规定|文件|细则|计划|决定|指南))?(?:印发|发布|公布|下发|签发|发文)(?:之日)?$"
)
_ZH_UNIT = {
    "工作日": "workday",
    "小时": "hour",
    "日": "day",
    "天": "day",
    "周": "week",
    "星期": "week",
    "月": "month",
    "年": "year",
}
_ZH_UNIT_TEXT = {"day": "日", "week": "周", "month": "个月", "year": "年"}
# 每年6月28日前、12月25日前: the days that go on a yearly list
_ZH_YEARLY_MORE = re.compile(
    rf"\s*(?:、|,|和|及|或|与)\s*{_MONTH}\s*(?:{_DAY}|(?P<mpart>底|末))\s*(?:前|之前|以前)?"
)
_ZH_PERIOD_RULE = {
    "年": rrule("YEARLY"),
    "年度": rrule("YEARLY"),
    "季度": rrule("MONTHLY", 3),
    "季": rrule("MONTHLY", 3),
    "半年": rrule("MONTHLY", 6),
    "半年度": rrule("MONTHLY", 6),
    "学期": rrule("MONTHLY", 6),  # a school's or university's term: two a year
    "月": rrule("MONTHLY"),
    "周": rrule("WEEKLY"),
    "星期": rrule("WEEKLY"),
    "日": rrule("DAILY"),  # 每日报送数据质量监测情况
    "天": rrule("DAILY"),
    "两年": rrule("YEARLY", 2),
    "2年": rrule("YEARLY", 2),
    "三年": rrule("YEARLY", 3),
    "3年": rrule("YEARLY", 3),
}
_MONTHS_RUN = re.compile(r"([一二三四五六七八九十两]{1,3}|\d{1,2})个月")


def _period_rule(unit: str) -> str:
    """The rule of a period ZH_RECUR read: 季度, 半年 …, or a run of months (每三个月, 每12个月)."""
    run = _MONTHS_RUN.fullmatch(unit)
    if run:
        months = int(run.group(1)) if run.group(1).isdigit() else cn_number(run.group(1))
        return rrule("MONTHLY", months)
    return _ZH_PERIOD_RULE[unit.lstrip("个")]


# a bare period (每季度) is a deadline only in a clause with one of these
_ZH_OBLIGATION = re.compile(
    r"应|要|须|需|必须|负责|报送|提交|开展|组织|召开|形成|发布|更新|评估|考核|报告|总结|培训|检查|审查|通报|公布|至少|不少于|"
    r"汇报|上报|汇总|述职"
)
# after one of these a date is a deadline wherever it stands; after 截至/截止/计划/预计/至/在 only when
# it leads a clause of work to come (see _zh_plain_date_is_due)
_ZH_DEADLINE_PRE = frozenset({
    "争取", "力争", "确保", "务必", "最迟", "不晚于", "不迟于", "须于", "应于", "要于", "需于", "计划于", "于", "到",
})  # fmt: skip


def _in_title_marks(folded: str, pos: int, floor: int) -> bool:
    """Inside 《…》 or 〈…〉 (a cited title), counted from `floor` (the unit start)."""
    before = folded[floor:pos]
    return before.count("《") > before.count("》") or before.count("〈") > before.count("〉")


def zh_year(m: re.Match[str], group: str = "y", roc: str = "roc") -> int | None:
    """The year group `group` names, in the common era when its `roc` group (a Republic of
    China year) matched."""
    text = m.group(group)
    year = cn_number(re.sub(r"^民国\s*", "", text)) if text else None
    return year + ROC_OFFSET if year is not None and m.groupdict().get(roc) is not None else year


def _zh_abs_due(m: re.Match[str]) -> tuple[str | None, str | None]:
    year = zh_year(m)
    if year is None or not 1900 <= year <= 2100:
        return None, "unreadable year"
    month = cn_number(m.group("m")) if m.group("m") else None
    if month is not None:
        if not 1 <= month <= 12:
            return None, "invalid month"
        if m.group("d"):
            day = cn_number(m.group("d"))
            due = ymd(year, month, day or 0)
            return (due, None) if due else (None, f"invalid date {m.group(0).strip()}")
        part = m.group("mpart")
        if part in ("底", "末", "下旬"):
            return ymd(year, month, last_day(year, month)), None
        if part == "上旬":
            return ymd(year, month, 10), None
        if part == "中旬":
            return ymd(year, month, 20), None
        if part == "中":
            return f"{year:04d}-{month:02d}", "月中 (middle of the month): month only"
        return f"{year:04d}-{month:02d}", None
    part = m.group("ypart")
    if not part or part == "年度":
        return f"{year:04d}", None
    if part in ("年底", "年末", "底", "末"):
        return f"{year:04d}-12-31", None
    if part == "上半年":
        return f"{year:04d}-06-30", "half year (上半年): due is the half's last day"
    if part == "下半年":
        return f"{year:04d}-12-31", "half year (下半年): due is the half's last day"
    if part == "前三季度":
        return f"{year:04d}-09-30", "first three quarters: due is the third quarter's last day"
    if part in ("年初", "初"):
        return f"{year:04d}", "年初 (early in the year): year only"
    if part == "年中":
        return f"{year:04d}", "年中 (mid-year): year only"
    q = cn_number(re.sub(r"[第季度末]", "", part))
    if q and 1 <= q <= 4:
        month = q * 3
        return ymd(year, month, last_day(year, month)), f"quarter {q}: due is the quarter's last day"
    return f"{year:04d}", None


def _zh_md_due(m: re.Match[str], year: int) -> str | None:
    month = cn_number(m.group("m"))
    if month is None or not 1 <= month <= 12:
        return None
    if m.group("d"):
        return ymd(year, month, cn_number(m.group("d")) or 0)
    part = m.group("mpart")
    day = {"上旬": 10, "中旬": 20}.get(part or "", last_day(year, month))
    return ymd(year, month, day)


def clause_start(folded: str, pos: int, floor: int) -> int:
    i = pos
    while i > floor and folded[i - 1] not in ",,;;:。\n!?！？":
        i -= 1
    return i


def _clause_end(folded: str, pos: int, ceiling: int) -> int:
    """Where the clause holding `pos` ends: the next 。 ; or line break, else `ceiling`."""
    i = pos
    while i < ceiling and folded[i] not in "。;;\n":
        i += 1
    return i


def _sentence_start(folded: str, pos: int, floor: int) -> int:
    i = pos
    while i > floor and folded[i - 1] not in "。!?！？\n":
        i -= 1
    return i


def _strip_markers(text: str) -> str:
    text = re.sub(
        r"^\s*(?:[一二三四五六七八九十]+、|[(][一二三四五六七八九十\d]{1,3}[)]|\d{1,2}[.、](?!\d))\s*",
        "",
        text,
    )
    return text.strip()


# ---------------------------------------------------------------- Chinese rules, in the order they run


def _zh_relative(m: re.Match[str], ctx: DateContext) -> list[When]:
    """N days or months after an event: 收到共享需求之日起十五个工作日内 (Shanghai data regulation 2021)."""
    if not (m.group("post") or m.group("anchor_end") in ("之日起", "起")):
        return []
    if m.group("unit") == "月" and not m.group("ge"):
        return []  # 后3月 is rare; "后2月" more often a date fragment
    if any(a.start() < m.start() < a.end() for a in ZH_AFTER_PERIOD.finditer(ctx.folded, ctx.start, ctx.end)):
        return []  # 每季度结束后15日内: recurring (ZH_AFTER_PERIOD), not after one event
    n = cn_number(m.group("n"))
    if n is None or n <= 0:
        return []
    event = _zh_event(ctx.folded, m, ctx.start)
    if event is None:
        return []
    span_start, event_text = event
    rel_name = event_text + ("之日" if m.group("anchor_end").startswith("之日") else "")
    due, flag = _zh_relative_due(n, _ZH_UNIT[m.group("unit")], rel_name, *_zh_anchor(event_text, ctx))
    return [When(span_start, m.end(), due, None, rel_name, flag)]


def _zh_anchor(event: str, ctx: DateContext) -> tuple[dt.date | None, str]:
    """The day a limit's event fell on, when the text says it, else why not: its own issue
    (印发之日: the document's date), or its taking effect (本办法施行之日: 本办法自2026年3月1日起施行)."""
    if _EFFECT_ANCHOR.search(event):
        return _zh_effective_date(ctx.folded, ctx.anchor), "the text does not say when it takes effect"
    if _ISSUE_ANCHOR.search(event):
        return ctx.anchor, "document date unknown"
    return None, "anchor date not in the text"


# The text's own taking effect as a limit's start: 本办法施行之日, 本实施细则实施之日, 实施之日
_OWN_KIND = r"本[\u4e00-\u9fff]{0,4}?(?:方案|通知|办法|意见|规定|细则|规则|制度|条例|指南|要点|决定)"
# (its subject may stand before it: 各单位应于本实施细则施行之日起)
_EFFECT_ANCHOR = re.compile(rf"(?:^|{_OWN_KIND})(?:施行|实施|生效)(?:之日)?$")
# ... and the day it says that is, of itself (本办法自2026年3月1日起施行, 本办法自印发之日起施行: its own
# date), not a law it cites (《数据安全法》（自2021年9月1日起施行）)
_ZH_TAKES_EFFECT = re.compile(
    rf"{_OWN_KIND}\s*自\s*(?:(?P<date>\d{{4}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日)|(?P<issue>印发|发布|公布)之日)"
    r"\s*起\s*(?:施行|实施|生效|执行)"
)


def _zh_effective_date(folded: str, issued: dt.date | None) -> dt.date | None:
    m = next(reversed(list(_ZH_TAKES_EFFECT.finditer(folded))), None)  # the closing article's
    if not m:
        return None
    if m.group("issue"):
        return issued
    found = parse_date(m.group("date"), allow_partial=False)
    return parse_full_date(found[0]) if found else None


# A limit that runs from whatever its clause is about, its start unnamed: 应在5个工作日内答复,
# 问题数据在5个工作日内完成整改, 并在3个月内完成整改 (each time the clause's event comes).
ZH_WITHIN = re.compile(
    # (not 存在/现在/所在 …: 存在5个工作日内未响应 is no limit)
    r"(?<![存现实所正旨内])(?:在|于)\s*(?P<n>\d+|[一二三四五六七八九十两百]+)\s*(?P<ge>个)?\s*"
    r"(?P<unit>工作日|小时|日|天|周|月)\s*(?P<post>内|以内|之内)"
)
# A figure, not a limit: 平均在3个工作日内完成, 压缩至5个工作日内
_ZH_MEASURED = re.compile(r"平均|压缩|缩短|提升|提高|降低|控制")
# The event a limit runs from, as the clause before it names it: 人员发生变动的，应在10个工作日内…
_ZH_CONDITION = re.compile(r"([^,，;；。:：\n]{2,24}?)的\s*[,，]\s*$")
# What a limit with no named start runs from: each time its clause's event comes
_EACH_TIME = "每次事项"


def _zh_within(m: re.Match[str], ctx: DateContext) -> list[When]:
    if m.group("unit") == "月" and not m.group("ge"):
        return []  # 在3月内 is a month's name more often than three months
    n = cn_number(m.group("n"))
    cstart = clause_start(ctx.folded, m.start(), ctx.start)
    lead = _strip_markers(ctx.folded[cstart : m.start()])
    if n is None or n <= 0 or ZH_PAST.search(lead) or _ZH_MEASURED.search(lead):
        return []  # 已在3个工作日内办结: what was done; 平均在…内: how fast it was
    condition = _ZH_CONDITION.search(ctx.folded, max(ctx.start, cstart - 26), cstart)
    event = _strip_markers(condition.group(1)) if condition else _EACH_TIME
    named = event if condition else "each occurrence"
    due, flag = _zh_relative_due(n, _ZH_UNIT[m.group("unit")], named, *_zh_anchor(event, ctx))
    return [When(m.start(), m.end(), due, None, event, flag)]


def _zh_event(folded: str, m: re.Match[str], floor: int) -> tuple[int, str] | None:
    """(where it starts, its text) of the event a relative time counts from: 自[本方案印发]之日起."""
    cstart = clause_start(folded, m.start(), floor)
    lead = folded[cstart : m.start()]
    cut = max(lead.rfind("自"), lead.rfind("从"))
    event = _strip_markers(lead[cut + 1 :])
    if len(event) > 12:
        event = re.sub(r"^.*?(?:应|要|须|需)(?:在|于)?", "", event)
    if not event or len(event) > 24:
        return None
    return max(cstart, m.start() - len(event) - (1 if cut >= 0 else 0)), event


def _zh_relative_due(
    n: int, unit: str, rel_name: str, anchor: dt.date | None, unknown: str
) -> tuple[str | None, str | None]:
    """Resolved only from a day the text gives its event (_zh_anchor); `unknown`: why not."""
    if unit == "workday":
        return None, f"{n} working days after {rel_name}: not resolved (holidays unknown)"
    if unit == "hour":  # 发生重大数据安全事件后1小时内: the event's hour is never in the text
        return None, f"{n} hour{'s' if n != 1 else ''} after {rel_name}: the event's time is not in the text"
    if anchor is None:
        return None, f"{n}{_ZH_UNIT_TEXT[unit]} after {rel_name}: {unknown}"
    due = add_period(anchor, n, unit)
    if due is None:
        return None, f"{n}{_ZH_UNIT_TEXT[unit]} after {rel_name}: past the end of the calendar"
    return due.isoformat(), None


def _zh_day_of_year(m: re.Match[str]) -> tuple[int, int] | None:
    """(month, day) of 6月28日 or 12月底 (day -1: the month's last day); None when not a day."""
    month = cn_number(m.group("m")) or 0
    day = cn_number(m.group("d")) if m.group("d") else -1
    if not 1 <= month <= 12 or not day or day > 31:
        return None
    return month, day


def _zh_yearly_days(m: re.Match[str], ctx: DateContext) -> list[When]:
    """Days due every year, a list included: 每年6月28日前、12月25日前 (Haifeng pilot plan 2023)."""
    if not m.group("m") or m.group("unit") not in ("年", "年度"):
        return []
    day = _zh_day_of_year(m)
    if day is None:
        return []
    out = [_yearly(m.start(), m.end(), *day, ctx.anchor)]
    pos = m.end()
    while (more := _ZH_YEARLY_MORE.match(ctx.folded, pos, ctx.end)) and (day := _zh_day_of_year(more)):
        joint = len(more.group(0)) - len(more.group(0).lstrip(" 、,和及或与"))
        out.append(_yearly(more.start() + joint, more.end(), *day, ctx.anchor))
        pos = more.end()
    return out


def _zh_yearly_year_end(m: re.Match[str], ctx: DateContext) -> list[When]:
    """Due at every year's end: 每年年底前组织开展履职评价 (test wording; none in the corpus)."""
    if not m.group("yend") or m.group("unit") not in ("年", "年度"):
        return []
    return [_yearly(m.start(), m.end(), 12, 31, ctx.anchor)]


def _zh_every_period(m: re.Match[str], ctx: DateContext) -> list[When]:
    """A period with no day, in an obligation clause: 每季度报送一次工作进展 (test wording)."""
    if m.group("m") or m.group("yend"):
        return []
    rule = rrule("YEARLY") if m.group("q") else _period_rule(m.group("unit"))
    cstart, cend = clause_start(ctx.folded, m.start(), ctx.start), _clause_end(ctx.folded, m.end(), ctx.end)
    if not ctx.cell and not _ZH_OBLIGATION.search(ctx.folded[cstart:cend]):
        return []
    return [When(m.start(), m.end(), None, rule, None, f"recurring {m.group(0).strip()}: no day given")]


# A task's time-limit label, after which a bare date is the deadline: （牵头单位：市数据局；完成时限：
# 2025年3月31日）
# (not a bare 截止日期, which also says "as of", nor 完成时间, "done on"; 意见反馈截止日期 is a deadline)
_ZH_LIMIT_LABEL = re.compile(
    r"(?:完成时限|时间节点|时限要求|(?:反馈|报送|提交|申报|报名)截止(?:日期|时间))\s*[:：]\s*$"
)


def _zh_absolute(m: re.Match[str], ctx: DateContext) -> list[When]:
    """A dated year, month or day: 2023年1月底前, 争取2023年年底完成 (Haifeng pilot plan 2023)."""
    if _zh_not_a_due_date(m, ctx):
        return []
    due, flag = _zh_abs_due(m)
    pre = m.group("pre") or ""
    at = m.start() if pre else m.start("y")
    labelled = bool(_ZH_LIMIT_LABEL.search(ctx.folded, max(ctx.start, at - 8), at))
    cued = bool(m.group("post")) or pre in _ZH_DEADLINE_PRE or labelled
    if not (cued or ctx.cell or _zh_plain_date_is_due(m, ctx, due)):
        return []
    return [When(m.start() if pre else m.start("y"), m.end(), due, None, None, flag)]


def _zh_not_a_due_date(m: re.Match[str], ctx: DateContext) -> bool:
    """A cited title's year, the end of a period (2021-2023年), or an event's date (2022年印发)."""
    folded, y_start = ctx.folded, m.start("y")
    after = folded[m.end() : min(ctx.end, m.end() + 4)]
    return (
        _in_title_marks(folded, y_start, ctx.start)
        or bool(_ZH_RANGE_BEFORE.search(folded[max(ctx.start, y_start - 8) : y_start]))
        or (m.group("pre") in ("到", "至") and bool(re.match(r"\s*年", folded[m.end() : m.end() + 2])))
        or (bool(_ZH_EVENT_AFTER.match(after)) and not m.group("post") and not _planned(m, ctx))
    )


def _planned(m: re.Match[str], ctx: DateContext) -> bool:
    """An event dated after the document that dates it, said as what is to be: 下次全体会议于2025年9月
    召开 in minutes of March 2025 (not 2022年印发, nor 2025年9月以来)."""
    due, _ = _zh_abs_due(m)
    after = ctx.folded[m.end() : min(ctx.end, m.end() + 4)]
    return (
        ctx.anchor is not None
        and due is not None
        and due_end(due) > ctx.anchor
        and bool(re.match(r"\s*召开", after))  # a meeting to come, not a plan issued (印发)
        and not ZH_PAST.search(ctx.folded[clause_start(ctx.folded, m.start(), ctx.start) : m.start()])
    )


def _zh_plain_date_is_due(m: re.Match[str], ctx: DateContext, due: str | None) -> bool:
    """A date with no cue is due when it leads a clause of work still to come: 2023年6月,全面梳理…"""
    folded = ctx.folded
    cstart = clause_start(folded, m.start(), ctx.start)
    clause_end = _clause_end(folded, m.end(), ctx.end)
    rest = folded[m.end() : clause_end].strip(" ,,、")  # noqa: B005 (a set of characters)
    return (
        bool(_ZH_CLAUSE_LEAD.match(_strip_markers(folded[cstart : m.start()])))
        and bool(re.match(r"[\u4e00-\u9fff]", rest))  # not a date standing alone (signature line)
        and not ZH_PAST.search(folded[cstart:clause_end])
        and not (due and ctx.anchor and due_end(due) < ctx.anchor)
        and m.group("pre") not in ("截至", "截止")
    )


# A sentence that says its dates come round every year or half-year.
_ZH_YEARLY_BEFORE = re.compile(r"每(?:半)?年(?!度)")  # not 每年度数据资源目录, a kind of list


def _zh_month_day(m: re.Match[str], ctx: DateContext) -> list[When]:
    """A month-day with no year: 请将修改意见和建议于11月28日前反馈 (Nanjing draft provisions 2024)."""
    s = m.start("m")
    if _in_title_marks(ctx.folded, m.start(), ctx.start):
        return []
    year, flag = _zh_year_of(m, ctx)
    month, day = cn_number(m.group("m")), cn_number(m.group("d") or "")
    dated_before = flag is None and year is not None  # 2024年10月31日前…，11月30日前: that year's
    yearly = _ZH_YEARLY_BEFORE.search(ctx.folded, _sentence_start(ctx.folded, s, ctx.start), m.start())
    if yearly and month and day and m.group("post") and not dated_before:
        # 每半年报告一次，分别于6月25日前和12月25日前报送: due on that day every year
        return [_yearly(m.start() if m.group("pre") else s, m.end(), month, day, ctx.anchor)]
    if year is None:
        return [When(s, m.end(), None, None, None, flag)] if flag else []
    due = _zh_md_due(m, year)
    return [When(m.start() if m.group("pre") else s, m.end(), due, None, None, flag)] if due else []


# How far before a notice's date (in months) a month-day must fall to be read as the next year's:
# 3月31日前 in a notice of December; not 3月底前 in one of April.
_NEXT_YEAR_MONTHS = 6


def _zh_year_of(m: re.Match[str], ctx: DateContext) -> tuple[int | None, str | None]:
    """(year, flag) of a month-day: the year of the date before it in the sentence (2023年6月30日前、
    9月30日前); else, for a deadline (前, 底), the title's year, flagged; (None, why) when there is
    none; (None, None) when the month-day is no deadline."""
    s = m.start("m")
    sent_s = _sentence_start(ctx.folded, s, ctx.start)
    prev = [
        w for w in ctx.found if sent_s <= w.start and w.end <= m.start() and w.due and w.recurrence is None
    ]
    if prev:
        return int(max(prev, key=lambda w: w.end).due[:4]), None  # type: ignore[index]
    if not (m.group("post") or m.group("mpart") in ("底", "末")):
        return None, None
    if ctx.title_year:
        return ctx.title_year, f"year not stated: taken from the document title ({ctx.title_year})"
    clause = ctx.folded[clause_start(ctx.folded, s, ctx.start) : m.end()]
    if ctx.anchor and not ZH_PAST.search(clause) and m.group("pre") not in ("截至", "截止"):
        # a dated notice's 7月31日前: that day of the notice's year when it is still to come; one
        # written late in a year for 3月31日前 means the next year's; one a little before the
        # notice's date is left unread (a report of what was due, or a slip)
        due = _zh_md_due(m, ctx.anchor.year)
        year = ctx.anchor.year
        if due and due < ctx.anchor.isoformat():
            months_before = ctx.anchor.month - (cn_number(m.group("m")) or ctx.anchor.month)
            if months_before < _NEXT_YEAR_MONTHS:
                return None, f"year not stated ({ctx.folded[s : m.end()].strip()})"
            year += 1
        if _zh_md_due(m, year):
            return year, f"year not stated: the first after the document's date ({ctx.anchor.isoformat()})"
    return None, f"year not stated ({ctx.folded[s : m.end()].strip()})"


# 今年年底前, 明年6月底前: a year named by the document's own date (a news report's "this year")
ZH_THIS_YEAR = re.compile(
    # not the 明年 of 说明年底 or 证明年度
    rf"(?P<pre>争取|力争|确保|务必|最迟|于|到|在)?(?<![说证表声标查阐指注透])(?P<ry>今年|明年|本年)"
    rf"(?P<rest>{_S}(?:年底|年末|底|上半年|下半年|{_MONTH}{_S}(?:{_DAY}|{_MPART})?){_S}(?P<post>前|之前|以前|底前)?)"
)


def _zh_this_year(m: re.Match[str], ctx: DateContext) -> list[When]:
    if not ctx.doc_date[:4].isdigit() or not (m.group("post") or m.group("pre") in _ZH_DEADLINE_PRE):
        return []
    after = ctx.folded[m.end() : min(ctx.end, m.end() + 4)]
    clause = ctx.folded[
        clause_start(ctx.folded, m.start(), ctx.start) : _clause_end(ctx.folded, m.end(), ctx.end)
    ]
    if not m.group("post") and (_ZH_EVENT_AFTER.match(after) or ZH_PAST.search(clause)):
        return []  # 市政府于今年7月印发实施方案: what was done, not a deadline
    year = int(ctx.doc_date[:4]) + (1 if m.group("ry") == "明年" else 0)
    written = ZH_ABS.match(f"{year}年{m.group('rest')}")
    due, flag = _zh_abs_due(written) if written else (None, None)
    if not due:
        return []
    said = f"{m.group('ry')} = {year}"
    return [When(m.start(), m.end(), due, None, None, _flag(f"year from the document's date ({said})", flag))]


# A phase's span of months: （一）部署启动阶段（2024年9月—11月）, 2024年12月—2025年12月: due when it ends
_PHASE_MONTH = r"1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]"
ZH_PHASE = re.compile(
    rf"{_YEAR}\s*(?P<m1>{_PHASE_MONTH})\s*月\s*(?:[—–\-~～]+|至|到)\s*"
    rf"(?:{_YEAR.replace('?P<y>', '?P<y2>').replace('?P<roc>', '?P<roc2>')}\s*)?(?P<m2>{_PHASE_MONTH})\s*月(?:底|末)?"
    r"(?!\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号])"
)
# The words that make a span of months a phase of the plan, not a period it reports on; a
# section headed so is a schedule (ingest/deadlines.py).
PHASE_WORDS = r"阶段|\bphases?\b|\bstages?\b"
_PHASE_WORDS = re.compile(PHASE_WORDS, re.IGNORECASE)


def _phase_end(
    start: int, end: int, year: int, month: int, ctx: DateContext, said: str, day: int | None = None
) -> list[When]:
    """A phase due when it ends: its last month's last day, or the day it names."""
    if not (ctx.schedule or _PHASE_WORDS.search(ctx.folded[ctx.start : ctx.end])):
        return []
    due = ymd(year, month, day or last_day(year, month))
    return [When(start, end, due, None, None, f"end of the phase ({said.strip()})")] if due else []


def _zh_phase(m: re.Match[str], ctx: DateContext) -> list[When]:
    year = zh_year(m, "y2", "roc2") if m.group("y2") else zh_year(m)
    first, last = cn_number(m.group("m1")), cn_number(m.group("m2"))
    if year is None or first is None or last is None:
        return []
    if last < first and not m.group("y2"):
        return []  # 2024年11月—3月 is no span of one year
    return _phase_end(m.start(), m.end(), year, last, ctx, m.group(0))


# ... and a span of days, in a schedule: （三）第三方评估（2026年4月21日—5月31日）, due on its last day
ZH_PHASE_DAYS = re.compile(
    rf"{_YEAR}\s*(?P<m1>{_PHASE_MONTH})\s*月\s*(?P<d1>{_DAY_NUMBER})\s*[日号]\s*(?:[—–\-~～]+|至|到)\s*"
    rf"(?:{_YEAR.replace('?P<y>', '?P<y2>').replace('?P<roc>', '?P<roc2>')}\s*)?"
    rf"(?:(?P<m2>{_PHASE_MONTH})\s*月\s*)?(?P<d2>{_DAY_NUMBER})\s*[日号]"
)


def _zh_phase_days(m: re.Match[str], ctx: DateContext) -> list[When]:
    year = zh_year(m, "y2", "roc2") if m.group("y2") else zh_year(m)
    first = (cn_number(m.group("m1")), cn_number(m.group("d1")))
    month, day = cn_number(m.group("m2") or m.group("m1")), cn_number(m.group("d2"))
    if year is None or month is None or day is None or None in first:
        return []
    if (month, day) < first and not m.group("y2"):  # type: ignore[operator]
        return []  # 2026年6月1日—3月20日 is no span of one year
    return _phase_end(m.start(), m.end(), year, month, ctx, m.group(0), day)


# A time after each period's end: 每季度结束后15日内, 次月5日前 (the month after the one a duty
# covers): recurring with the period, due a few days into the next one.
ZH_AFTER_PERIOD = re.compile(
    r"每\s*(?P<unit>个?季度|个?月|半年度?|年度?)\s*(?:结束|终了)\s*后\s*(?:\d+|[一二三四五六七八九十]+)\s*个?\s*(?:工作日|日|天|月)"
    r"\s*(?:内|以内|之内)|次\s*(?P<next>月|季度)\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日\s*(?:前|之前|以前)"
)


def _zh_after_period(m: re.Match[str], ctx: DateContext) -> list[When]:
    """Due each period, some days after it ends: 每季度结束后15日内报送 (batch 7's hospital rules)."""
    unit = (m.group("unit") or m.group("next")).lstrip("个")
    cstart, cend = clause_start(ctx.folded, m.start(), ctx.start), _clause_end(ctx.folded, m.end(), ctx.end)
    if not ctx.cell and not _ZH_OBLIGATION.search(ctx.folded[cstart:cend]):
        return []
    if m.group("next") and not re.search(r"每|按月|按季", ctx.folded[ctx.start : m.start()]):
        return []  # 请于次月10日前提交: once, the month after an event
    return [When(m.start(), m.end(), None, _ZH_PERIOD_RULE[unit], None, f"recurring {m.group(0).strip()}")]


# 年底前 with no year, after a dated deadline in its sentence: that year's end (今年9月底以前，…，
# 年底前建成投用); else, in an obligation, the end of the document's own year, as 年内 (within
# the year: 年内对全市首席数据官轮训一遍; not 三年内, 每年内) is
ZH_BARE_YEAR_END = re.compile(
    r"(?<![\d年今明本当去每半次上下一])(?:年底|年末)(?:前|以前|之前)"
    r"|(?P<within>(?:今年|本年)年内|(?<![\d一二三四五六七八九十两几每半次上下去前明当年数多若近同学财跨])年内)(?!容|部|外|涵)"
)


def _zh_bare_year_end(m: re.Match[str], ctx: DateContext) -> list[When]:
    sent_s = _sentence_start(ctx.folded, m.start(), ctx.start)
    prev = [
        w for w in ctx.found if sent_s <= w.start and w.end <= m.start() and w.due and w.recurrence is None
    ]
    if prev and not m.group("within"):
        year = max(prev, key=lambda w: w.end).due[:4]  # type: ignore[index]
        return [When(m.start(), m.end(), f"{year}-12-31", None, None, None)]
    clause = ctx.folded[
        clause_start(ctx.folded, m.start(), ctx.start) : _clause_end(ctx.folded, m.end(), ctx.end)
    ]
    if prev or not ctx.doc_date[:4].isdigit() or not _ZH_OBLIGATION.search(clause) or ZH_PAST.search(clause):
        return []
    flag = f"year from the document's date ({m.group(0)} = {ctx.doc_date[:4]})"
    return [When(m.start(), m.end(), f"{ctx.doc_date[:4]}-12-31", None, None, flag)]


ZH_RULES = [
    DateRule("phase", ZH_PHASE, _zh_phase),
    DateRule("phase_days", ZH_PHASE_DAYS, _zh_phase_days),
    DateRule("after_period", ZH_AFTER_PERIOD, _zh_after_period),
    DateRule("this_year", ZH_THIS_YEAR, _zh_this_year),
    DateRule("relative", ZH_REL, _zh_relative, claims=None),
    DateRule("within", ZH_WITHIN, _zh_within),
    DateRule("yearly_days", ZH_RECUR, _zh_yearly_days),
    DateRule("yearly_year_end", ZH_RECUR, _zh_yearly_year_end),
    DateRule("every_period", ZH_RECUR, _zh_every_period),
    DateRule("absolute", ZH_ABS, _zh_absolute, claims="y"),
    DateRule("month_day", ZH_MONTH_DAY, _zh_month_day, claims="m"),
    DateRule("bare_year_end", ZH_BARE_YEAR_END, _zh_bare_year_end),
]


def find_zh(
    folded: str,
    start: int,
    end: int,
    doc_date: str,
    title_year: int | None = None,
    cell: bool = False,
    schedule: bool = False,
) -> list[When]:
    """Chinese time expressions of obligations in folded[start:end] (one sentence). `cell` is for a
    table's deadline column, where a bare date or period is the deadline by position; `schedule`
    for a sentence in a schedule's section, where a span of months is a phase."""
    ctx = DateContext(folded, start, end, doc_date, title_year=title_year, cell=cell, schedule=schedule)
    return run_rules(ZH_RULES, ctx)


# ---------------------------------------------------------------- English

MONTH_NAMES = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
)
_EN_DATE = (
    rf"(?:(?P<mon>{MONTH_NAMES})\.?\s+(?:(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+)?(?P<year>(?:19|20)\d{{2}})"
    rf"|(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<mon2>{MONTH_NAMES})\.?,?\s+(?P<year2>(?:19|20)\d{{2}})"
    # 31-03-2025, 15.04.2024: day first, as India and Europe write; read only where the day
    # cannot be the month (12-03-2024 may be either; 10.10.2025 is the same day either way)
    r"|(?<![\d\-./])(?P<dnum>1[3-9]|2\d|3[01]|(?P<same>0?[1-9]|1[0-2])(?=[-.](?P=same)[-.]))"
    r"[-.](?P<mnum>0?[1-9]|1[0-2])[-.](?P<ynum>(?:19|20)\d{2})(?![\d\-/]|\.\d)"
    # 2025-12-15: ISO 8601, as Canadian and European policies date their steps in prose
    r"|(?<![\d\-./])(?P<yiso>(?:19|20)\d{2})-(?P<miso>0[1-9]|1[0-2])-(?P<diso>0[1-9]|[12]\d|3[01])(?![\d\-/])"
    # a year alone, not one closing a day-first date (12-03-2024): 2024-2025, mid-2025, Q4.2024 are years
    r"|(?:(?:calendar\s+)?year\s+)?(?<![A-Za-z\d])(?<!(?<![\dA-Za-z])\d[-.])(?<!(?<![\dA-Za-z])\d\d[-.])"
    r"(?P<yonly>(?:19|20)\d{2})(?![\d\-/])(?!\s+[A-Z]))"
)
_EN_CUE = (
    r"(?i:\b(?P<cue>by|no\s+later\s+than|not\s+later\s+than|on\s+or\s+before|before|until|due(?:\s+(?:by|on))?"
    r"|deadline\s+of|target\s+date\s+of"
    # "will convene the first meeting in December 2025": a month the modal's act falls in
    rf"|in(?=\s+(?:{MONTH_NAMES})\b)"
    # a label that dates what must be done: "Estimated completion: June 30, 2026", "Next review: April 2027"
    r"|(?:(?:estimated|expected|target|planned)\s+)?completion(?:\s+date)?:|(?:target|due)\s+date:"
    r"|deadline:|due:|next\s+review(?:\s+date)?:)(?:\*\*)?)"
)
# "by the end of 2026", "by end-2026"
EN_ABS = re.compile(rf"{_EN_CUE}\s+(?P<endof>(?i:the\s+end\s+of\s+|end-|end\s+of\s+))?{_EN_DATE}")
EN_DATE_ONLY = re.compile(rf"(?P<endof>(?i:the\s+end\s+of\s+))?{_EN_DATE}")
# March 31 of each year / annually by March 31 / by March 31 every year / by 31 August each year
EN_YEARLY_DAY = re.compile(
    rf"(?i:\b(?:annually|each\s+year|every\s+year),?\s+(?:by|on|before|no\s+later\s+than)\s+)(?P<mon>{MONTH_NAMES})\.?\s+(?P<day>[0-3]?\d)\b(?!,?\s+\d{{4}})"
    rf"|(?P<mon2>{MONTH_NAMES})\.?\s+(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?i:(?:of\s+)?(?:each|every)\s+year|annually)\b"
    rf"|\b(?P<day3>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon3>{MONTH_NAMES})\.?,?\s+(?i:(?:of\s+)?(?:each|every)\s+year|annually)\b"
)
EN_FISCAL = re.compile(
    rf"{_EN_CUE}\s+(?i:(?:the\s+)?(?:end\s+of\s+)?(?:the\s+)?)(?i:fiscal\s+year|FY)\s*(?P<fy>(?:19|20)?\d{{2}})"
    r"(?:[-–/](?P<fy2>(?:19|20)?\d{2}))?\b"
)
# A calendar quarter: "by the end of Q2 2025", "by the third quarter of 2026" (not a fiscal
# year's quarter, Q2 FY2026, whose months differ by country)
EN_QUARTER = re.compile(
    rf"{_EN_CUE}\s+(?P<endof_q>(?i:(?:the\s+)?end\s+of\s+))?(?:Q(?P<q>[1-4])|(?i:the\s+)?(?P<qword>(?i:first|second|third|fourth))"
    r"\s+(?i:quarter)\s+(?i:of\s+))\s*(?:(?i:calendar\s+year|CY)\s*)?(?P<qyear>(?:19|20)\d{2})\b(?![/\-–]\d)"
)
# The fiscal year a text defines: "'Fiscal Year' means the County fiscal year beginning October 1
# and ending September 30", "a financial year ending 30 June".
_FISCAL_DEFINED = re.compile(
    rf"(?i:fiscal|financial)\s+year\b[^.\n]{{0,80}}?\b(?i:ending|ends)\s+(?:on\s+)?"
    rf"(?:(?P<mon>{MONTH_NAMES})\.?\s+(?P<day>[0-3]?\d)\b|(?P<day2>[0-3]?\d)\s+(?P<mon2>{MONTH_NAMES})\b)"
)
_EN_NUM = r"(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty|forty-five|sixty|ninety)"
# a law's number in words with its figure after it: "one hundred eighty (180) days"
_NUMBER_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|and)"
)
_EN_WORDS_FIGURE = rf"(?i:\b{_NUMBER_WORD}(?:[ -]{_NUMBER_WORD}){{0,4}})\s*\((?P<figure>\d+)\)"
EN_REL = re.compile(
    r"(?i:\b(?P<cue>within|not\s+later\s+than|no\s+later\s+than|no\s+more\s+than)\s+)?"
    + rf"(?:{_EN_WORDS_FIGURE}|{_EN_NUM}(?:\s*\(\d+\))?)"
    + r"\s*(?i:(?P<kind>calendar\s+|business\s+|working\s+)?(?P<unit>days?|weeks?|months?|years?))"
    r"\s+(?i:(?P<rel>after|of|from|following))\s+(?P<anchor>[^.;:,|*]{3,120}?)(?=\s*(?:[.;:,|*]|$|\s+the\s+\w+\s+(?:shall|will|must)\b))"
)
EN_RECUR = re.compile(
    # "every two years", "every second month"; "once in two months", "once in six months" (as
    # Indian English writes it)
    r"(?i:\b(?:at\s+least\s+|minimally\s+|ongoing\s+)?(?:every|once\s+in(?:\s+every)?)\s+"
    r"(?:(?P<n>\d+|an?|one|two|three|four|five|six|twelve|other|second|third|fourth|sixth)\s+(?:\(\d+\)\s+)?)?"
    r"(?:(?:calendar|fiscal|financial)\s+)?"  # "once in every financial year"
    r"(?P<unit>days?|weeks?|months?|quarters?|years?)\b(?!\s+\d)"  # not "once in year 2025"
    # "four times a year": every twelfth of the number of months
    # ("… each calendar year", "… every financial year": a year however it is counted)
    r"|\b(?:at\s+least\s+)?(?P<ntimes>two|three|four|six|twelve|2|3|4|6|12)\s+times\s+(?:a|per|each)\s+"
    r"(?:(?:calendar|fiscal|financial)\s+)?year\b"
    r"|\b(?:at\s+least\s+)?(?P<yearly>annually|yearly|(?:each|every|per)\s+(?:(?:calendar|fiscal|financial)\s+)?year"
    r"|once\s+a\s+year)\b"
    r"|\b(?P<quarterly>quarterly|per\s+quarter|each\s+(?:calendar\s+)?quarter)\b"
    r"|\b(?P<monthly>monthly|each\s+month|per\s+month)\b"
    r"|\b(?P<biennial>biennial(?:ly)?)\s+(?P<bnoun>report|review|basis)\b|\bbiennially\b"
    r"|\b(?P<semi>semi-?annual(?:ly)?|twice\s+(?:a|each|every|per)\s+(?:(?:calendar|fiscal|financial)\s+)?year"
    r"|twice\s+yearly)\b"
    r"|\b(?:an\s+)?(?P<annualreport>annual\s+report)\b"
    # a yearly exercise someone must carry out: "conducting an annual data protection review",
    # "complete the annual data governance training"
    r"|\b(?:an\s+|the\s+)?(?P<annualtask>annual\s+(?:[\w-]+\s+){0,3}?(?:review|assessment|self-assessment|audit"
    r"|inventory|attestation|training|evaluation|survey))\b)"
    # "each March": yearly, in that month; a month as written, not the modal (each may)
    rf"|\b(?:[Ee]ach|[Ee]very)\s+(?P<everymon>{MONTH_NAMES})\b(?!\s+\d)"
)
_EN_OBLIGATION = re.compile(
    r"(?i:\b(?:shall|must|will|should|required|requires|is\s+to|are\s+to|due|(?:expected|designed|intended|set)\s+to|plans?\s+to|aims?\s+to|"
    r"(?:target|aim|goal)s?\s+(?:is|are)\s+that)\b)|"
    # a council's resolution, each recommendation a line: "City Council direct the City Manager to
    # establish … by October 31, 2025", "City Council request all Division Heads to designate …"
    # (the present tense: a record says "requested")
    r"(?m:^)[ \t]*(?:\d{1,2}[.)][ \t]*)?(?:(?:City|Town|County|Municipal)\s+)?Council\s+(?:hereby\s+)?"
    r"(?:direct|request|instruct)s?\s+(?:the|all|each|every)\b"
)
# without shall/will/must, only these cues make a date a deadline
_EN_FIRM_CUES = ("no later than", "not later than", "due", "due by", "due on")
_EN_NOT_A_YEAR = r"\s*(?:percent|%|Action|Plan|Budget)"
# (an annual report "will come to this Committee", "will be presented to Council": delivered too)
_EN_DELIVER = re.compile(
    r"(?i)\b(?:submit|publish|issue|provide|prepare|produce|deliver|transmit|come\s+to|"
    r"be\s+(?:presented|brought|submitted|laid|tabled)\s+(?:to|before))\b"
)
# ... and a yearly exercise is owed as the object of its doing: "conducting an annual … review"
_EN_CARRY_OUT = re.compile(
    r"(?i)\b(?:conduct|complete|undertake|carry\s+out|lead|perform|attend|hold|deliver|prepare)(?:s|es|ed|ing)?\s+$"
)
_ENACTMENT = re.compile(r"(?i)enactment")
_SELF_ISSUE = re.compile(
    r"(?i)(?:issuance|publication|date)\s+of\s+this\s+(?:memorandum|guidance|plan|order|notice)|^this\s+memorandum"
)


def _en_date_due(m: re.Match[str]) -> tuple[str | None, str | None]:
    endof = bool(m.group("endof"))
    if m.group("dnum"):
        due = ymd(int(m.group("ynum")), int(m.group("mnum")), int(m.group("dnum")))
        return (due, None) if due else (None, "invalid date")
    if m.group("yiso"):
        due = ymd(int(m.group("yiso")), int(m.group("miso")), int(m.group("diso")))
        return (due, None) if due else (None, "invalid date")
    if m.group("year") or m.group("year2"):
        mon = (m.group("mon") or m.group("mon2")).lower().rstrip(".")
        month = MONTHS[mon]
        year = int(m.group("year") or m.group("year2"))
        day_text = m.group("day") or m.group("day2")
        if day_text:
            due = ymd(year, month, int(day_text))
            return (due, None) if due else (None, "invalid date")
        if endof:
            return ymd(year, month, last_day(year, month)), None
        return f"{year:04d}-{month:02d}", None
    year = int(m.group("yonly"))
    return (f"{year:04d}-12-31", None) if endof else (f"{year:04d}", None)


# "the effective date of this directive": the day the text says it takes effect ("This directive
# takes effect on April 1, 2024", "Effective date | April 1, 2024"), or its own date when it takes
# effect at once
_EFFECTIVE_ANCHOR = re.compile(r"(?i)\beffective\s+date\b|\btakes?\s+effect\b")
_TAKES_EFFECT = re.compile(
    r"(?i)\bthis\s+(?:[a-z]+\s+){1,2}?(?:takes?|shall\s+take|will\s+take)\s+effect\s+(?:on\s+|from\s+)?(?P<at>\S.{0,40})|"
    r"^\s*\|?\s*effective\s+date\s*[:|]\s*(?P<on>\S.{0,40})",
    re.M,
)
_AT_ONCE = re.compile(r"(?i)^(?:immediately|upon\s+(?:its\s+)?(?:signature|signing|adoption|issuance))")


def _effective_date(folded: str, doc_date: str) -> dt.date | None:
    """The day a text says it takes effect ("This directive takes effect on April 1, 2024"), from
    its own words: a day it names first, else its own date when it takes effect at once."""
    at_once = False
    for m in _TAKES_EFFECT.finditer(folded):
        said = m.group("at") or m.group("on")
        found = parse_date(said, allow_partial=False)
        if found and found[1] <= 3:
            return parse_full_date(found[0])
        at_once = at_once or bool(_AT_ONCE.match(said))
    return parse_full_date(doc_date) if at_once else None


def resolve_en_anchor(
    anchor: str, doc_date: str, statute: bool, folded: str = ""
) -> tuple[dt.date | None, str | None]:
    """The date an English anchor stands for, or (None, why not)."""
    full = parse_full_date(doc_date)
    own_effect = _EFFECTIVE_ANCHOR.search(anchor) and re.search(r"(?i)\bthis\b", anchor)
    effective = _effective_date(folded, doc_date) if own_effect else None
    if effective:
        return effective, None  # else read as before: "date of this Order" is its own date
    if _ENACTMENT.search(anchor):
        if statute and full:
            return full, None
        return None, "date of enactment not given in this document"
    if _SELF_ISSUE.search(anchor.strip()):
        return (full, None) if full else (None, "document date unknown")
    return None, "anchor date not in the text"


def _en_unit(unit: str) -> str:
    return unit.lower().rstrip("s")


def _en_rel_when(m: re.Match[str], doc_date: str, statute: bool, folded: str = "") -> When | None:
    n = int(m.group("figure")) if m.group("figure") else en_number(m.group("n"))
    if not n:
        return None
    unit = _en_unit(m.group("unit"))
    anchor = re.sub(r"\s+", " ", m.group("anchor")).strip()
    kind = (m.group("kind") or "").strip().lower()
    if kind in ("business", "working"):
        return When(m.start(), m.end(), None, None, anchor, f"{n} {kind} days after {anchor}: not resolved")
    base, why = resolve_en_anchor(anchor, doc_date, statute, folded)
    if base is None:
        return When(m.start(), m.end(), None, None, anchor, f"{n} {unit}(s) after {anchor}: {why}")
    due = add_period(base, n, unit)
    if due is None:
        return When(
            m.start(),
            m.end(),
            None,
            None,
            anchor,
            f"{n} {unit}(s) after {anchor}: past the end of the calendar",
        )
    return When(m.start(), m.end(), due.isoformat(), None, anchor, None)


def _en_recur_rule(m: re.Match[str]) -> str:
    if m.group("unit"):
        n = en_number(m.group("n") or "1") or 1
        unit = _en_unit(m.group("unit"))
        if unit == "quarter":
            return rrule("MONTHLY", 3 * n)
        return rrule({"day": "DAILY", "week": "WEEKLY", "month": "MONTHLY", "year": "YEARLY"}[unit], n)
    if m.group("ntimes"):
        return rrule("MONTHLY", 12 // (en_number(m.group("ntimes")) or 1))
    if m.group("yearly") or m.group("annualreport") or m.group("annualtask"):
        return rrule("YEARLY")
    if m.group("quarterly"):
        return rrule("MONTHLY", 3)
    if m.group("monthly"):
        return rrule("MONTHLY")
    if m.group("everymon"):
        return rrule("YEARLY", BYMONTH=MONTHS[m.group("everymon").lower().rstrip(".")])
    if m.group("semi"):
        return rrule("MONTHLY", 6)
    return rrule("YEARLY", 2)  # biennial


# ---------------------------------------------------------------- English rules, in the order they run


def _en_relative(m: re.Match[str], ctx: DateContext) -> list[When]:
    """A limit after an event: Within 60 days of the effective date of this ordinance (SF 2012)."""
    if not m.group("cue"):
        return []  # "…, 2 years after GAO completes …" is an aside, not a time limit
    w = _en_rel_when(m, ctx.doc_date, ctx.statute, ctx.folded)
    return [w] if w else []


def _en_yearly_day(m: re.Match[str], ctx: DateContext) -> list[When]:
    """A day due every year: The report is due March 31 of each year (test wording), by 31
    August each year (the day first, as New Zealand and Britain write it)."""
    month = MONTHS[(m.group("mon") or m.group("mon2") or m.group("mon3")).lower().rstrip(".")]
    day = int(m.group("day") or m.group("day2") or m.group("day3"))
    if not 1 <= day <= 31:
        return []
    return [_yearly(m.start(), m.end(), month, day, _en_first_year(ctx, m.end()) or ctx.anchor)]


# "…by March 31 of each year, beginning 2027-03-31" / "starting in 2027": when the rhythm starts
_EN_BEGINNING = re.compile(r"(?i),?\s*(?:beginning|starting|commencing)(?:\s+(?:in|on|with|from))?\s+")
_BEGINNING_REACH = 12  # characters between the rhythm and the word that starts it


def _en_first_year(ctx: DateContext, at: int) -> dt.date | None:
    """The day a yearly rhythm starts from, as its sentence says right after it."""
    begins = _EN_BEGINNING.search(ctx.folded, at, min(ctx.end, at + _BEGINNING_REACH + 20))
    if not begins or begins.start() - at > _BEGINNING_REACH:
        return None
    date = EN_DATE_ONLY.match(ctx.folded, begins.end(), ctx.end)
    due, _ = _en_date_due(date) if date else (None, None)
    if not due:
        return None
    first = dt.date.fromisoformat(period_start(due))
    return max(first, ctx.anchor) if ctx.anchor else first  # a series begun years before: its next one


# a date in brackets after a fiscal year; the empty `endof` group is what _en_date_due reads
_GIVEN_DATE = re.compile(rf"\s*\(\s*(?P<endof>)(?:ending\s+)?{_EN_DATE}\s*\)")


def _en_fiscal_year(m: re.Match[str], ctx: DateContext) -> list[When]:
    """A fiscal year in an obligation: dated by the last day the text gives in brackets or, for a
    span (Fiscal Year 2025-26), by the fiscal year the text defines; else left undated and flagged
    (which calendar year FY2026 ends in differs: 2026 in the United States, 2027 in Singapore)."""
    if not (ctx.modal or ctx.bound):
        return []
    fy = m.group("fy")
    fy = fy if len(fy) == 4 else "20" + fy
    # the text may give the year's last day: "by the end of Fiscal Year 2026 (April 30, 2026)"
    given = _GIVEN_DATE.match(ctx.folded, m.end(), ctx.end)
    due, _ = _en_date_due(given) if given else (None, None)
    if due:
        return [When(m.start(), given.end(), due, None, None, None)]
    # a span (Fiscal Year 2025-26) ends in its later year, on the last day the text defines: the
    # definition nearest before it, else the first after ("The State's fiscal year ends June 30"
    # earlier in a county's order is the State's)
    definitions = list(_FISCAL_DEFINED.finditer(ctx.folded))
    before = [d for d in definitions if d.start() < m.start()]
    defined = before[-1] if before else next(iter(definitions), None)
    if m.group("fy2") and defined:
        end_year = int(m.group("fy2")) if len(m.group("fy2")) == 4 else int(fy[:2] + m.group("fy2"))
        month = MONTHS.get((defined.group("mon") or defined.group("mon2")).lower().rstrip("."))
        day = int(defined.group("day") or defined.group("day2"))
        if month and 1 <= day <= 31 and end_year > int(fy):
            return [When(m.start(), m.end(), f"{end_year}-{month:02d}-{day:02d}", None, None, None)]
    flag = f"fiscal year {fy}: end date depends on the fiscal calendar"
    return [When(m.start(), m.end(), None, None, None, flag)]


_QUARTER_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
# A target-date cell that is a calendar quarter alone ("Q3 2026", "by end of Q4 2026")
_CELL_QUARTER = re.compile(r"(?i:(?:by\s+)?(?:the\s+)?(?:end\s+of\s+)?)Q([1-4])\s*((?:19|20)\d{2})")


def _en_quarter(m: re.Match[str], ctx: DateContext) -> list[When]:
    """A calendar quarter in an obligation, due on its last day (as 第二季度 is)."""
    if not (ctx.modal or ctx.bound):
        return []
    q = int(m.group("q")) if m.group("q") else _QUARTER_WORDS[m.group("qword").lower()]
    year, month = int(m.group("qyear")), q * 3
    flag = f"quarter {q}: due is the quarter's last day"
    if m.group("cue").lower() == "before" and not m.group("endof_q"):  # before Q3: by Q2's end
        year, month = (year, month - 3) if q > 1 else (year - 1, 12)
        flag = f"before quarter {q}: due is the last day of the quarter before"
    return [When(m.start(), m.end(), ymd(year, month, last_day(year, month)), None, None, flag)]


# what is owed, before the month its act falls in: will, shall, must, is expected to …
_EN_OWED_MODAL = re.compile(r"(?i)shall|must|will|should|is\s+to|are\s+to|(?:expected|set)\s+to")
# a thing done in that month, named after the modal's act ("will build on the strategy published
# in March 2024", "… the audit completed in May 2023"), not the act's own passive ("will be
# published in March 2026")
_NOUN_DONE_IN = re.compile(
    r"(?i)(?<!\bbe )(?<!\bbeen )(?<!\bbeing )\b[a-z]+(?:ed|en)\s+$|\b(?:which|that|since)\b"
)
# a month after "the first (one)": when a recurring duty starts (EN_RECUR reads it)
_FIRST_OF_SERIES = re.compile(r"(?i)\bfirst(?:\s+one)?\s*$")


def _in_month_is_due(m: re.Match[str], ctx: DateContext) -> bool:
    """ "The OCIO will convene the first meeting in December 2025": the month of an act owed, the
    modal's; not "as announced in December 2025, the Council will …", nor "was submitted in April
    2025", nor the start of a series ("a quarterly scorecard, the first one in April 2025")."""
    if not (ctx.modal and _EN_OWED_MODAL.fullmatch(ctx.modal.group(0))):
        return False
    modal_end = ctx.start + ctx.modal.end()
    between = ctx.folded[modal_end : m.start()]
    due, _ = _en_date_due(m)
    return (
        modal_end <= m.start()
        and not re.search(r"(?i)\b(?:was|were|had|did)\b|[;.]\s", between)
        and not _FIRST_OF_SERIES.search(between)
        and not _NOUN_DONE_IN.search(between)
        # a month gone by when the document was dated tells what was done, not what is owed
        and not (due and ctx.doc_date and due[:7] < ctx.doc_date[:7])
    )


def _en_by_date(m: re.Match[str], ctx: DateContext) -> list[When]:
    """A date after by / no later than / due: …by September 30, 2019 (FDS 2020 plan)."""
    cue = re.sub(r"\s+", " ", m.group("cue").lower()).strip()
    if not (ctx.modal or ctx.bound) and cue not in _EN_FIRM_CUES and not cue.endswith(":"):
        return []
    if cue == "in" and not _in_month_is_due(m, ctx):
        return []
    after = ctx.folded[m.end() : m.end() + 12]
    if m.group("yonly") and cue in ("by", "before", "until") and re.match(_EN_NOT_A_YEAR, after):
        return []  # by 2020 percent, by 2021 Action Plan: a figure or a name, not a date
    due, flag = _en_date_due(m)
    return [When(m.start(), m.end(), due, None, None, flag)]


def _en_every_period(m: re.Match[str], ctx: DateContext) -> list[When]:
    """A repeated duty with no day: At least every 90 days, all agencies will… (FDS 2020 plan)."""
    # "The DGSC meets at least every second month": a least frequency in the present tense is
    # owed (not "has met the board at least annually", "met at least four times a year")
    owed = m.group(0).lower().startswith("at least") and _PRESENT_VERB.search(
        ctx.folded, ctx.start, m.start()
    )
    if not (ctx.modal or ctx.bound or owed):
        return []
    # "every 90 days, agencies will …" or "… will hold an election every two years";
    # not "The Action Plans produced each year will …" (a noun's modifier)
    sentence_initial = not ctx.folded[skip_markers(ctx.folded, ctx.start, m.start()) : m.start()].strip(" ([")
    # (an item of a "shall:" list has its modal before it, in the lead-in; "An annual report …
    # will come to this Committee" has the report itself for its subject)
    modifier = ctx.modal is not None and m.start() - ctx.start < ctx.modal.start()
    if not sentence_initial and modifier and not (m.group("annualreport") or m.group("annualtask")):
        return []
    if m.group("annualreport") and not _EN_DELIVER.search(ctx.folded[ctx.start : ctx.end]):
        return []
    if m.group("annualtask") and not (
        _EN_CARRY_OUT.search(ctx.folded, max(ctx.start, m.start() - 30), m.start())
        and not re.match(r"\s+(?:19|20)\d\d\b", ctx.folded[m.end() : m.end() + 6])
    ):
        return []  # "as part of the annual audit plan", "the Annual Review 2023": no task of anyone's
    rule = _en_recur_rule(m)
    first = _FIRST_ONE.search(ctx.folded, m.end(), ctx.end)
    # (unless a by-date rule has dated it already: "…, the first one by 30 June 2025")
    due = _en_date_due(first)[0] if first and ctx.free(first.start(), first.end()) else None
    if due:  # "An annual report …, the first in November 2025": when the first is due
        return [When(m.start(), first.end(), due, rule, None, None)]
    return [When(m.start(), m.end(), None, rule, None, f"recurring ({m.group(0).strip()}): no date given")]


# a verb in the present tense right before its frequency: "meets ", "reviews it " (not has, was)
_PRESENT_VERB = re.compile(r"\b(?!(?:has|was|is|does)\b)[a-z]{3,}s\s+(?:\w+\s+)?$")


# the first of a recurring duty, dated: "…, the first in November 2025", "the first one by 30 June 2025"
_FIRST_ONE = re.compile(
    rf"(?i:\bthe\s+first(?:\s+(?:one|report|review|meeting))?\s+(?:in|by|on|due|before)\s+)"
    rf"(?P<endof>(?i:the\s+end\s+of\s+))?{_EN_DATE}"
)


# A phase's span of months: "Phase 1 (September to December 2024)", "July 2025 to June 2026"
EN_PHASE = re.compile(
    rf"(?P<m1>{MONTH_NAMES})\.?(?:\s+(?P<y1>(?:19|20)\d{{2}}))?\s*(?:to|through|until|[–—-])\s*"
    rf"(?P<m2>{MONTH_NAMES})\.?\s+(?P<y2>(?:19|20)\d{{2}})"
)


def _en_phase(m: re.Match[str], ctx: DateContext) -> list[When]:
    month = MONTHS[m.group("m2").lower().rstrip(".")]
    return _phase_end(m.start(), m.end(), int(m.group("y2")), month, ctx, m.group(0))


# ... or its end alone, in brackets after its name: "Phase 1 (to 31 July 2025): agree …"
EN_PHASE_END = re.compile(rf"\((?i:to|until|through|ending)\s+(?P<endof>){_EN_DATE}\s*\)")


def _en_phase_end(m: re.Match[str], ctx: DateContext) -> list[When]:
    due, _ = _en_date_due(m)
    if not due:
        return []  # "(to 31 February 2025)": no such day
    parts = [int(part) for part in due.split("-")]
    # "(until December 2026)", "(until 2026)": the phase ends with the month's or the year's end
    month = parts[1] if len(parts) > 1 else 12
    day = parts[2] if len(parts) > 2 else None
    return _phase_end(m.start(), m.end(), parts[0], month, ctx, m.group(0), day)


# A timeline's entry: a line that opens with its date, then what happens ("November 17, 2025 -
# Position posted", "30 Jun 2025: Data asset register baseline due"); a year alone is no entry
EN_DATED_ENTRY = re.compile(
    rf"(?:^|(?<=\n))[ \t]*(?:[•*–-][ \t]*)?(?P<endof>){_EN_DATE}(?=[ \t]*(?::|[ \t][-–—][ \t]))"
)


# An entry that says what was done ("March 3, 2026: The Council approved the budget")
# (a participle with its agent after it is what is to be done: "January 31, 2026: Data Governance
# Policy approved by the City Manager")
_EN_DONE = re.compile(
    r"(?i)\b(?:was|were|had|has\s+been|have\s+been|(?:approved|adopted|voted|passed|signed|held)(?!\s+by\b))\b"
)


# ... or with a calendar quarter ("Second quarter of 2026: first Data Strategy reported", "Q4 2026 -")
_QUARTER_OF = (
    r"(?:Q(?P<q{n}>[1-4])|(?P<qword{n}>(?i:first|second|third|fourth))[ \t]+(?i:quarter)[ \t]+(?i:of)[ \t]+)"
    r"[ \t]*(?P<qyear{n}>(?:19|20)\d{{2}})"
)
# (a span of quarters is due at its last: "Q2 2026 - Q4 2026: pilot the catalogue")
EN_QUARTER_ENTRY = re.compile(
    r"(?:^|(?<=\n))[ \t]*(?:[•*–-][ \t]*)?"
    + _QUARTER_OF.format(n="")
    + r"(?:[ \t]*[-–—][ \t]*"
    + _QUARTER_OF.format(n="2")
    + r")?(?=[ \t]*(?::|[ \t][-–—][ \t]))"
)


def _en_quarter_entry(m: re.Match[str], ctx: DateContext) -> list[When]:
    """A timeline's entry dated by a quarter, due on its last day when after the document's own."""
    if ctx.anchor is None or _EN_DONE.search(ctx.folded, m.end(), ctx.end):
        return []
    n = "2" if m.group("qyear2") else ""
    q = int(m.group("q" + n)) if m.group("q" + n) else _QUARTER_WORDS[m.group("qword" + n).lower()]
    year, month = int(m.group("qyear" + n)), q * 3
    due = ymd(year, month, last_day(year, month))
    if due_end(due) <= ctx.anchor:
        return []
    return [When(m.start(), m.end(), due, None, None, f"quarter {q}: due is the quarter's last day")]


def _en_dated_entry(m: re.Match[str], ctx: DateContext) -> list[When]:
    """An entry of a timeline is due when its date is after the document's own: what is to
    happen, not what happened ("June 12, 2024 - Council approved the resolution")."""
    if m.group("yonly") or ctx.anchor is None or _EN_DONE.search(ctx.folded, m.end(), ctx.end):
        return []
    due, flag = _en_date_due(m)
    if due is None or due_end(due) <= ctx.anchor:
        return []
    return [When(m.start("endof"), m.end(), due, None, None, flag)]


# An item of a timetable that gives its date after its task and a colon: "(a) designation of CDOs
# and communication of particulars to MoITT: 13th June, 2025;"
EN_ITEM_DATE = re.compile(rf":\s*(?P<endof>){_EN_DATE}")
_ITEM_END = re.compile(r"\s*(?:[;.,]\s*)?(?:(?:and|or)\s*)?$", re.I)


def _en_item_date(m: re.Match[str], ctx: DateContext) -> list[When]:
    """Due on that date, in a list bound by its lead-in ("… shall complete the following
    actions within the timelines indicated against each:"), the date ending the item."""
    if not ctx.bound or m.group("yonly") or not _ITEM_END.fullmatch(ctx.folded, m.end(), ctx.end):
        return []
    due, flag = _en_date_due(m)
    return [When(m.start("endof"), m.end(), due, None, None, flag)] if due else []


EN_RULES = [
    DateRule("dated_entry", EN_DATED_ENTRY, _en_dated_entry),
    DateRule("item_date", EN_ITEM_DATE, _en_item_date),
    DateRule("quarter_entry", EN_QUARTER_ENTRY, _en_quarter_entry),
    DateRule("phase", EN_PHASE, _en_phase),
    DateRule("phase_end", EN_PHASE_END, _en_phase_end),
    DateRule("relative", EN_REL, _en_relative, claims=None),
    DateRule("yearly_day", EN_YEARLY_DAY, _en_yearly_day, claims=None),
    DateRule("fiscal_year", EN_FISCAL, _en_fiscal_year),
    DateRule("quarter", EN_QUARTER, _en_quarter),
    DateRule("by_date", EN_ABS, _en_by_date),
    DateRule("every_period", EN_RECUR, _en_every_period),
]


def find_en(
    folded: str,
    start: int,
    end: int,
    doc_date: str,
    statute: bool = False,
    bound: bool = False,
    schedule: bool = False,
) -> list[When]:
    """English obligation dates in folded[start:end] (one sentence): by/no later than + date,
    within N days of …, every N days / annually (only in an obligation sentence, or one `bound`
    by its context: an item of a "shall:" list; or in a `schedule`'s section)."""
    modal = _EN_OBLIGATION.search(folded[start:end])
    ctx = DateContext(
        folded, start, end, doc_date, statute=statute, modal=modal, bound=bound or schedule, schedule=schedule
    )
    return run_rules(EN_RULES, ctx)


def parse_target_cell(folded: str, start: int, end: int, doc_date: str, statute: bool = False) -> When | None:
    """A table's target-date cell: a date, a struck-out date and its replacement, a recurrence,
    a relative target, or text with no date (returned undated and flagged)."""
    cell = folded[start:end]
    text = cell.strip()
    if not text or text in ("-", "—", "N/A", "n/a", "TBD"):
        return None
    struck = [(m.start() + start, m.end() + start) for m in re.finditer(r"~~.*?~~", cell)]
    struck_text = [folded[s:e].strip("~ ") for s, e in struck]

    def live(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in struck)

    superseded = f"target date extended; struck-out date {', '.join(struck_text)}" if struck_text else None
    # "November 30, 2025 (60 days after the effective date)": the date, its reckoning in brackets
    bracketed = [(start + b.start(), start + b.end()) for b in re.finditer(r"[(（][^()（）]*[)）]", cell)]
    dated = any(
        live(m.start(), m.end()) and not any(a <= m.start() < b for a, b in bracketed)
        for m in EN_DATE_ONLY.finditer(folded, start, end)
    )
    for m in EN_REL.finditer(folded, start, end):
        if dated and any(a <= m.start() < b for a, b in bracketed):
            continue
        if live(m.start(), m.end()) and (
            m.group("cue") or m.group("rel").lower() in ("after", "following", "of")
        ):
            w = _en_rel_when(m, doc_date, statute, folded)
            if w:
                return replace(w, flag=_flag(w.flag, superseded))
    if re.search(r"[\u4e00-\u9fff]", cell):
        zh = find_zh(folded, start, end, doc_date, cell=True)
        if zh:
            return zh[0]
    quarter = _CELL_QUARTER.fullmatch(text)
    if quarter:  # a due column's "Q3 2026": the calendar quarter's last day, as EN_QUARTER reads it
        q, year = int(quarter.group(1)), int(quarter.group(2))
        at = start + cell.index(text)
        flag = f"quarter {q}: due is the quarter's last day"
        return When(at, at + len(text), ymd(year, q * 3, last_day(year, q * 3)), None, None, flag)
    for m in EN_DATE_ONLY.finditer(folded, start, end):
        if not live(m.start(), m.end()):
            continue
        due, flag = _en_date_due(m)
        if due:
            return When(m.start(), m.end(), due, None, None, _flag(flag, superseded))
    rule = None
    for m in EN_RECUR.finditer(folded, start, end):
        if live(m.start(), m.end()):
            rule = _en_recur_rule(m)
            break
    if rule is None and re.search(r"(?i)\bper\s+quarter\b", cell):
        rule = rrule("MONTHLY", 3)
    after = re.search(r"(?i)\b(?:after|upon|once)\s+(?P<a>[^;|*]{3,100}?)(?:\s*[;*]|$)", cell)
    relative = after.group("a").strip() if after else None
    if rule:
        return When(start, end, None, rule, relative, _flag(f"recurring ({text}): no date given", superseded))
    if relative:
        return When(start, end, None, None, relative, f"after {relative}: anchor date not in the text")
    dur = re.fullmatch(r"\s*(\d+|one|two|three|six|twelve)\s+(days?|weeks?|months?|years?)\s*", cell, re.I)
    if dur:
        return When(start, end, None, None, None, f"{text}: start of the period not stated")
    return When(start, end, None, None, None, f"no date in the text: {text}")
