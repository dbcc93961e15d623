"""Deadlines: every time-bound obligation in a document, with who, what, the verbatim clause and a
normalised date (see `ingest.dates` for how dates are normalised and what gets flagged).

Prose is read clause by clause; Markdown tables with a target-date column (the US action plans)
give one deadline per row, the milestone as `what` and the responsible party as `who`. Nothing
ambiguous is dropped: it comes back with `due=None` and a `flag` that says why. What is not an
obligation is: a date on which something was done (审议了), or on which a body ends (sunset).
`who` is a role or a body (`kb.roles.who_name`) or empty, never a fragment of the sentence.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace

from ingest.dates import (
    EN_DATED_ENTRY,
    EN_QUARTER_ENTRY,
    MONTH_NAMES,
    PHASE_WORDS,
    When,
    en_number,
    find_en,
    find_zh,
    parse_target_cell,
    rrule,
)
from ingest.duties import EN_TOP_HEADING, role_table_columns, statute_sentences
from ingest.extract import (
    EN_CHARGED_WITH,
    EN_FOLLOWING_DUTIES,
    EN_ORDERING_VERB,
    EN_RESPONSIBLE_FOR,
    TASK_TIME_LABELS,
    TASK_UNIT_LABELS,
    SectionIndex,
    Span,
    clean_phrase,
    is_table_row,
    segments,
    skip_markers,
    split_on,
    table_cells,
    units,
)
from kb.dates import parse_date
from kb.roles import en_role_mentions, who_name
from kb.text import HAN_CHAR, fold_compact, fold_same_length, is_chinese
from kb.types import Chunk, Deadline, Document

_STATUTE = re.compile(
    r"U\.?\s?S\.?\s?C\.|Pub\.?\s*L\.|Public\s+Law|\bAct\s+of\s+\d{4}|\bStat\.", re.IGNORECASE
)

# --------------------------------------------------------------------------- who / what, Chinese

_ACTOR_END = re.compile(
    r"(?:首席数据执行官|首席数据官|数据联络专员|数据专员|政务专员|管理局|数据局|领导小组|工作小组|小组|专班|"
    r"人民政府|政府|办公室|办公厅|委员会|厅|局|委|办|中心|部门|单位|企业|镇|街道|机构|各地|各区|各县|CDO)$",
    re.IGNORECASE,
)
_ZH_BOUNDARY = re.compile(
    r"要(?!求|点|素)|应当|应(?!急|用|对|上)|须|需(?!求)|将|负责|在|于|对|向|按照|根据|结合|组织|开展|完成|及时|"
    r"全面|定期|积极|加强|加快|推进|推动|做好|落实|形成|报送|报|建立|健全|制定|制订|梳理|启动|召开|编制|印发|"
    r"出台|统筹|协调|督促|初步|基本|逐步|全力|持续|争取|力争|确保|以|[,,。;;:]"
)
_ZH_LEAD_WORDS = re.compile(
    r"^(?:要在|应在|须在|需在|要于|应于|须于|要|应当|应|须|需|将|在|于|并|同时|及时)+"
)
_ZH_DONE = re.compile(r"\s*[\u4e00-\u9fff]{1,6}?了(?!解)")
_LEAD_UNIT = re.compile(rf"[(](?:{TASK_UNIT_LABELS})[::](?P<who>[^)]{{2,60}})[)]")
# Records, not tasks: a law's adoption line (2021年11月25日 …常务委员会第三十七次会议通过; a task to have
# it adopted says 前: 12月底前提请常务会议审议通过) and a narrative of who held what then (2012年,时任…
# CEO…出任首席数据官; not 临时任务, 同时任命).
_ZH_ADOPTED = re.compile(r"(?:会议|审议|表决)通过[。.]?\s*$")
_ZH_THEN_HOLDING = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=年))时任")


def _zh_record(folded: str, span: Span) -> bool:
    text = folded[span.start : span.end]
    return bool(_ZH_THEN_HOLDING.search(text)) or (bool(_ZH_ADOPTED.search(text)) and "前" not in text)


def _zh_actor(folded: str, start: int, end: int) -> tuple[int, int] | None:
    """The actor a clause starts with (县政务服务数据管理局组织… -> 县政务服务数据管理局)."""
    start = skip_markers(folded, start, end)
    m = _ZH_BOUNDARY.search(folded, start, end)
    stop = m.start() if m else end
    while stop > start and folded[stop - 1].isspace():
        stop -= 1
    cand = folded[start:stop]
    if 2 <= len(cand) <= 30 and (_ACTOR_END.search(cand) or re.fullmatch(r"各[\u4e00-\u9fff、]{1,8}", cand)):
        return start, stop
    return None


def _pieces(folded: str, span: Span) -> list[Span]:
    out: list[Span] = []
    s = span.start
    for i in range(span.start, span.end):
        if folded[i] in ",,":
            if i > s:
                out.append(Span(s, i))
            s = i + 1
    if span.end > s:
        out.append(Span(s, span.end))
    return out


def _strip_dates(text: str) -> str:
    text = re.sub(r"[、,\s]*(?:每年)?\d{1,2}\s*月\s*(?:\d{1,2}\s*[日号]|底|末)\s*(?:前|之前|以前)?", "", text)
    return text.strip(" 、,\uff0c;\uff1b。")


# how many times, and nothing of what is done: 不少于2次, 至少一次
_ZH_TIMES_ONLY = re.compile(
    r"(?:不少[于於]|至少|不低[于於])?\s*[\d一二三四五六七八九十两兩]+\s*(?:次|轮|輪|期|场|場|[学學课課]时|[学學课課]時)"
)


def _zh_who_what(doc_text: str, folded: str, piece_span: Span, when: When, unit: Span) -> tuple[str, str]:
    pieces = _pieces(folded, piece_span)
    idx = next((i for i, p in enumerate(pieces) if p.start <= when.start < p.end), 0)
    here = pieces[idx] if pieces else piece_span
    who = ""
    before = folded[here.start : when.start]
    actor = _zh_actor(folded, here.start, when.start) if before.strip() else None
    if actor:
        who = doc_text[actor[0] : actor[1]]
    after_text = _strip_dates(doc_text[when.end : here.end])
    what = ""
    if idx > 0 and _ZH_TIMES_ONLY.fullmatch(after_text):
        # "定期组织专题培训，每年不少于2次": how often is said of the piece before, its doer apart
        done = pieces[idx - 1]
        actor = _zh_actor(folded, done.start, done.end)
        if actor and not who:
            who = doc_text[actor[0] : actor[1]]
        act = _ZH_LEAD_WORDS.sub("", doc_text[actor[1] if actor else done.start : done.end].strip())
        what = f"{act}，{after_text}"
    elif after_text and re.search(r"[\u4e00-\u9fff]", after_text):
        what = _ZH_LEAD_WORDS.sub("", after_text)
    elif idx + 1 < len(pieces):
        nxt = pieces[idx + 1]
        actor = _zh_actor(folded, nxt.start, nxt.end)
        if actor and not who:
            who = doc_text[actor[0] : actor[1]]
            what = doc_text[actor[1] : nxt.end]
        else:
            what = doc_text[nxt.start : nxt.end]
        what = _ZH_LEAD_WORDS.sub("", what.strip())
    if not who and pieces:
        actor = _zh_actor(folded, pieces[0].start, pieces[0].end)
        if actor:
            who = doc_text[actor[0] : actor[1]]
    if not who:
        lead = _LEAD_UNIT.search(folded, unit.start, unit.end)
        if lead:
            who = doc_text[lead.start("who") : lead.end("who")]
    if not what:
        what = _strip_dates(doc_text[piece_span.start : piece_span.end])
    return clean_phrase(who), clean_phrase(what)


# --------------------------------------------------------------------------- who / what, English

_EN_MODAL = re.compile(
    r"(?i)\b(?:will|shall|must|should|are\s+required\s+to|is\s+required\s+to|were\s+required(?:\s+by\s+[^,]{1,30}?)?\s+to|"
    r"was\s+required\s+to|is\s+expected\s+to|are\s+expected\s+to|needs?\s+to|has\s+to|have\s+to|is\s+to|are\s+to|is\s+due|are\s+due|is\s+set\s+to)\b"
)


# The time belongs to a relative clause about the noun before it, not to the sentence's subject.
_EN_DUE_RELATIVE = re.compile(r"(?i),\s*(?:which|that)\s+(?:is|are|was|were)\s+due\b[^,;.]{0,60}$")
# What befalls the subject (it ends, expires) rather than what it must do.
_EN_EVENT = re.compile(r"(?i)(?:sunset|terminate|expire|cease|lapse|be\s+dissolved|be\s+rescinded)\b")
_EN_HEADING = re.compile(r"[A-Z][A-Z0-9 ,.'’&()-]{2,80}?(?:\.\s*—|—|\.\s+(?=[A-Z]))\s*")


# a passive or an intransitive verb alone ("be held", "take place") says nothing without its
# subject; a verb with its object ("publish guidance") does
_BARE_VERB = re.compile(
    r"(?i)(?:be|been)\s+(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|en)|held|made|set|met|done|run|sent)|take\s+place|occur|happen|begin|start|commence"
)


def _en_who_what(doc_text: str, folded: str, piece: Span, when: When) -> tuple[str, str]:
    body = skip_markers(folded, piece.start, piece.end)
    heading = _EN_HEADING.match(folded, body, piece.end)
    if heading:
        body = heading.end()
    lead = folded[body : when.start] if body <= when.start else ""
    if not lead.strip(" ,;(") or re.fullmatch(r"\s*(?:and|or|,)\s*", lead, re.I):
        subject_from = when.end
        while subject_from < piece.end and folded[subject_from] in " ,\t:-–—":  # a timeline's "DATE - what"
            subject_from += 1
    else:
        subject_from = body
    modal = _EN_MODAL.search(folded, subject_from, piece.end)
    who = ""
    what_from = subject_from
    if modal:
        cand = doc_text[subject_from : modal.start()].strip(" ,")
        aside = re.search(r",\s+(?:in|with|under|through|within|as|after|working|acting|led)\b", cand)
        if aside:
            cand = cand[: aside.start()]
        if 0 < len(cand.split()) <= 16 and ";" not in cand:
            who = cand
        what_from = modal.end()
    what_to = when.start if when.start > what_from and not when.recurrence else piece.end
    what = doc_text[what_from:what_to]
    if who and _BARE_VERB.fullmatch(what.strip()):
        # "A mid-term review will be held", not "be held"
        what = re.sub(r"^(?:and|or|but)\s+", "", doc_text[subject_from:what_to].strip(), flags=re.I)
    what = re.sub(r"\[\^\d+\]", "", what)
    what = re.sub(r"\s+(?:by|no later than|not later than|before|within)\s*$", "", what.strip(), flags=re.I)
    what = re.sub(r"\s*[;,]\s*(?:and|or)?\s*$", "", what, flags=re.I)  # an item's "; and"
    if not what.strip():
        what = doc_text[piece.start : piece.end]
    return clean_phrase(who), clean_phrase(what)


# --------------------------------------------------------------------------- clause cutting


# a second bound on the same task, not a clause of its own
# ("…, and in any case " right before the second date; not a first task's own "at the latest")
_SAME_TASK_BOUND = re.compile(r"(?i)\b(?:in\s+any\s+(?:case|event)|at\s+the\s+latest)\s*,?\s*$")


def _cut(folded: str, seg: Span, whens: list[When], zh: bool) -> list[Span]:
    """One span per when: a clause with several dates is cut where a new clause starts
    (2023年6月,…,争取2023年年底完成…; By January 2020, … and by November 2020, …)."""
    spans = [seg] * len(whens)
    # a lead-in and its items in one sentence ("… aims are that:\nby 31 March 2025, …;"): the
    # first item starts after the lead-in
    leads = [] if zh else list(_AIMS_LEAD_IN.finditer(folded[seg.start : whens[0].start]))
    starts = [seg.start + leads[-1].end() if leads else seg.start]
    for k in range(1, len(whens)):
        gap_s, gap_e = whens[k - 1].end, whens[k].start
        if gap_e <= gap_s:
            starts.append(starts[-1])
            continue
        gap = folded[gap_s:gap_e]
        cut = None
        if zh:
            pos = max(gap.rfind(","), gap.rfind(","))
            if pos >= 0 and re.search(r"[\u4e00-\u9fff]{2}", gap):
                cut = gap_s + pos + 1
        else:
            found = list(re.finditer(r",\s*and\s+|;\s*|,\s*$|\s+and\s*$", gap, re.I))
            # "… by March 31, 2026, and shall submit the plan, approved by the head, by June 30":
            # a clause with its own modal starts at its "and", not at the comma before its date
            own = [m for m in found if m.group().strip(" ,").strip() and _EN_MODAL.search(gap, m.end())]
            found = own or found
            if _SAME_TASK_BOUND.search(gap):
                found = []  # "within 90 days …, and in any case not later than 31 October 2025": one task
            if found:
                # a list's next item on its own line, after the "; and" that ends the one before
                # (not a line a PDF wrapped inside a sentence)
                end = re.match(r"[,;]?\s*(?:and|or)?[ \t]*\n", gap[found[-1].start() :], re.I)
                cut = gap_s + found[-1].start() + (end.end() if end else 0)
        starts.append(cut if cut is not None else starts[-1])
    bounds = sorted(set(starts))
    for k, s in enumerate(starts):
        nxt = [b for b in bounds if b > s]
        e = nxt[0] if nxt else seg.end
        spans[k] = Span(s, e)
    return spans


def _heading_like(folded: str, span: Span, when: When) -> bool:
    """A short heading that only names a stage and its date: (一)启动部署阶段(2022年6月底前)。"""
    rest = folded[span.start : when.start] + folded[when.end : span.end]
    rest = re.sub(
        r"^\s*(?:[一二三四五六七八九十]+、|[(][一二三四五六七八九十\d]{1,3}[)]|\d{1,2}[.、])", "", rest
    )
    words = re.findall(r"[\u4e00-\u9fff]", rest)
    return len(words) <= 10 and not re.search(r"应|要|须|完成|报送|开展|组织", rest)


_RUN_IN_TASK = re.compile(
    r"\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．]|[一二三四五六七八九十]{1,3}、)\s*"
    # (or a translation's: "(1) Determine personnel. Before August 31, 2025, …")
    r"(?:[\u4e00-\u9fff“”\"]{2,20}[。.：:]|[A-Z][a-z]+(?: [a-z]+){0,5}[.:])\s*"
)


def _trimmed(doc_text: str, span: Span) -> Span:
    s, e = span.start, span.end
    while s < e and (doc_text[s].isspace() or doc_text[s] in ",\uff0c"):
        s += 1
    while e > s and (doc_text[e - 1].isspace() or doc_text[e - 1] in ",\uff0c、"):
        e -= 1
    return Span(s, e)


# --------------------------------------------------------------------------- the document being read


@dataclass
class _Reading:
    """One document being read, what its clauses are read against, and the deadlines' keys so far
    (a clause met twice gives one deadline)."""

    doc: Document
    folded: str
    index: SectionIndex
    statute: bool
    title_year: int | None
    seen: set[tuple] = field(default_factory=set)

    def deadline(self, who: str, what: str, when: When, span: Span) -> Deadline:
        # the task's run-in label before its clause, on its line: （二）摸清数据资源底数。2025年10月底前，…
        line_start = self.doc.text.rfind("\n", 0, span.start) + 1
        if _RUN_IN_TASK.fullmatch(self.doc.text, line_start, span.start):
            span = Span(line_start, span.end)
        return Deadline(
            who=who_name(who),
            what=what,
            due=when.due,
            recurrence=when.recurrence,
            relative_to=when.relative_to,
            text=self.doc.text[span.start : span.end],
            doc_id=self.doc.doc_id,
            title=self.doc.title,
            section=self.index.section_at(span.start),
            flag=when.flag,
        )


# --------------------------------------------------------------------------- tables

_TARGET_HEAD = re.compile(
    # (an action log's "Due" or "By when" column too; not "Overdue", an "Actual completion date",
    # a statistic's 统计截止日期)
    r"(?i)target\s*date|due\s*date|^\s*(?:due(?:\s+by)?|by\s+when|date\s+due)\s*$"
    r"|^\s*(?:(?:target|planned|expected|estimated)\s+)?completion\s+date\s*$|deadline|time\s*frame"
    r"|timeline|完成时限|完成时间|完成期限|(?<!统计)(?<!数据)截止日期|时间节点|时间安排|截止时间|时限"
)
_WHO_HEAD = re.compile(rf"(?i)responsib|lead\b|owner|{TASK_UNIT_LABELS}")
_REQ_HEAD = re.compile(r"(?i)required\s+or\s+encouraged|applicab")
_WHAT_HEAD = re.compile(r"(?i)milestone|action|task|activit|deliverable|任务|工作内容|事项|内容")


@dataclass(frozen=True)
class _Columns:
    """Where a row holds its target date, its responsible party, its required-for note and its task."""

    target: int
    who: int | None
    requirement: int | None
    what: int


def _columns(head: list[str]) -> _Columns | None:
    """The columns named by a table's header row; None without a target-date column."""
    target = next((i for i, h in enumerate(head) if _TARGET_HEAD.search(h)), None)
    if target is None:
        return None
    return _Columns(
        target=target,
        who=next((i for i, h in enumerate(head) if _WHO_HEAD.search(h)), None),
        requirement=next((i for i, h in enumerate(head) if _REQ_HEAD.search(h)), None),
        what=next((i for i, h in enumerate(head) if _WHAT_HEAD.search(h) and i != target), 0),
    )


def _who_from_requirement(text: str) -> str:
    text = clean_phrase(text)
    m = re.match(r"(?i)required\s+for\s+(.+?)(?:\s+only\b|\s{2,}|\s+encouraged\b|$)", text)
    if m:
        return m.group(1).strip()
    m = re.match(r"(?i)encouraged\s+for\s+(.+?)(?:\s{2,}|$)", text)
    return m.group(1).strip() if m else text


def _row_when(reading: _Reading, cell: Span, prev: When | None) -> When | None:
    """The row's target date; "see above" / 同上 repeats the one of the row above."""
    folded = reading.folded
    cell_text = folded[cell.start : cell.end].strip()
    if re.fullmatch(r"(?i)\(?\s*see\s+above\s*\)?|同上", cell_text) and prev is not None:
        flag = f"target date '{cell_text}': taken from the row above"
        return replace(prev, start=cell.start, end=cell.end, flag=flag)
    return parse_target_cell(folded, cell.start, cell.end, reading.doc.date, reading.statute)


def _row_who_what(text: str, cells: list[Span], cols: _Columns) -> tuple[str, str]:
    who = ""
    if cols.who is not None and cols.who < len(cells):
        who = clean_phrase(text[cells[cols.who].start : cells[cols.who].end])
    elif cols.requirement is not None and cols.requirement < len(cells):
        who = _who_from_requirement(text[cells[cols.requirement].start : cells[cols.requirement].end])
    what = clean_phrase(text[cells[cols.what].start : cells[cols.what].end]) if cols.what < len(cells) else ""
    return who, what


def _table_deadlines(reading: _Reading, rows: list[Span]) -> list[Deadline]:
    """One deadline per row of a table with a target-date column."""
    folded, text = reading.folded, reading.doc.text
    head = _head(folded, rows[0])
    cols = _columns(head)
    if cols is None:
        return _cell_deadlines(reading, rows[1:]) if role_table_columns(head)[0] is not None else []
    out: list[Deadline] = []
    prev: When | None = None
    for row in rows[1:]:
        cells = table_cells(folded, row)
        if len(cells) <= cols.target or re.fullmatch(r"[\s|:\-]*", folded[row.start : row.end]):
            continue
        when = _row_when(reading, cells[cols.target], prev)
        if when is None:
            continue
        prev = when
        who, what = _row_who_what(text, cells, cols)
        out.append(reading.deadline(who, what, when, _trimmed(text, row)))
    return out


def _cell_deadlines(reading: _Reading, rows: list[Span]) -> list[Deadline]:
    """A table of roles and their duties (no target-date column): each cell's
    clauses, parted by semicolons, read as a list's items are ("| Data Governance Committee | … |
    Endorses data standards; meets at least quarterly |"), the row's first cell their party."""
    folded, text = reading.folded, reading.doc.text
    out: list[Deadline] = []
    for row in rows:
        cells = table_cells(folded, row)
        if len(cells) < 2 or is_chinese(folded[row.start : row.end]):
            continue
        who = clean_phrase(text[cells[0].start : cells[0].end])
        for cell in cells[1:]:
            for piece in split_on(folded, cell, ";"):
                for when in find_en(
                    folded, piece.start, piece.end, reading.doc.date, reading.statute, bound=True
                ):
                    what = clean_phrase(_strip_dates(text[piece.start : piece.end]))
                    out.append(reading.deadline(who, what, when, _trimmed(text, row)))
    return out


# --------------------------------------------------------------------------- prose


def _stage_name(text: str, folded: str, span: Span, when: When) -> str:
    """（三）第三方评估（2026年4月21日—5月31日）: 第三方评估, the stage its bracket dates."""
    start = skip_markers(folded, span.start, when.start)
    bracket = folded.rfind("(", start, when.start)
    return clean_phrase(text[start:bracket]) if bracket > start else ""


def _heading_task(text: str, folded: str, span: Span, nxt: Span, who: str) -> tuple[Span, str, str]:
    """(一)启动部署阶段(2022年6月底前)。制定印发工作方案…: the task is the next sentence."""
    span = _trimmed(text, Span(span.start, nxt.end))
    first = _pieces(folded, nxt)[0]
    actor = _zh_actor(folded, first.start, first.end)
    who = text[actor[0] : actor[1]] if actor else who
    what = clean_phrase(text[actor[1] if actor else first.start : first.end])
    return span, who, what


# An item of a list whose lead-in names the subject: "B. The CDO shall:" then "5. Report annually
# by November 1 …", or the aims a lead-in sets ("The Government's aims for this work are that:"
# then "by 31 March 2025, every body has a CDO;"). Only a lead-in on a line of its own ending in
# "shall:", "must:", "will:", "is responsible for:", "is charged with:", "shall perform the
# following duties:-" or "aims … are that:", and items marked 1. (1) (a) • -
# or, unmarked as a web page's list items are, lines that open in lower case and end in ";" or
# ","  ("; and").
_EN_LIST_ITEM = re.compile(r"\s*(?:\(\w{1,4}\)|\d{1,2}[.)]|[•●▪◦*\-])\s")
_AIMS = (
    r"(?:aims?|targets?|goals?|objectives?)(?:\s+(?:for|of)\b[^\n]{0,80}?)?\s+(?:are|is)(?:\s+that)?|"
    r"(?:aims?|targets?|goals?|objectives?)\b[^\n]{0,80}?\b(?:are|is)\s+that"
)
_EN_LEAD_IN = re.compile(
    # (a British text's "will" binds as a "shall" does: "Each Departmental Data Officer will:")
    # ("shall, under the direction of …, be responsible for:")
    # (a paragraph's last sentence: "Data Owners are … senior officers who …. Data Owners are
    # responsible for:"; "Its responsibilities are to:")
    rf"(?:^|\n)([^\n]{{0,400}}?)\b(?:shall|must|will|(?:is|are)\s+responsible\s+for|{_AIMS}"
    rf"|{EN_RESPONSIBLE_FOR}"
    r"|(?:responsibilities|duties|functions)\s+(?:are|include)(?:\s+to)?"
    # "The following timeline shall be adhered to by all departments:"
    r"|(?:shall|must|will)\s+be\s+(?:adhered\s+to|followed|observed|met|complied\s+with)\b[^:;.\n]{0,60}?"
    # "is charged with:", "shall perform the following duties:-" (the colon-dash of Indian and
    # British drafting)
    rf"|{EN_CHARGED_WITH}|(?:shall|must)\s+{EN_FOLLOWING_DUTIES}"
    # "shall complete the following actions within the time limits indicated against each:"
    r"|(?:shall|must|will)\s+(?:complete|take|carry\s+out|undertake)\s+the\s+following\b[^:;.\n]{0,100}?"
    # "The Board has agreed the following deliverables for 2025 to 2026:" over "by 30 September
    # 2025: every directorate to have named Data Stewards …;"
    # (agreed or set for what is to come, not "met the following targets in 2024:")
    r"|\b(?:agreed|set|adopted|approved)\s+the\s+following\s+(?:deliverables|milestones|actions|targets|tasks)\b[^:;.\n]{0,80}?"
    # "… shall implement this act in three phases:" over its dated phases
    # (the modal's, across the page's line break: "shall implement\nthis act in three phases:")
    rf"|(?:shall|must|will)\b[^:;.\n]{{0,120}}?\n?[^:;.\n]{{0,120}}?\b(?:in|over)\s+(?:\w+\s+)?(?:phases|stages))"
    r"\s*(?::[-—–]?|—)\s*\n",
    re.IGNORECASE,
)
_AIMS_LEAD_IN = re.compile(rf"\b(?:{_AIMS})\s*[:—]\s*\n", re.IGNORECASE)
_UNMARKED_ITEM = re.compile(r"[a-z].*[;,](?:\s*(?:and|or))?\s*$")
_LEAD_IN_REACH = 1500  # characters back to the lead-in: a list of some ten items


def _lead_in(folded: str, at: int) -> Span | None:
    """The subject of the "… shall:" lead-in of the list whose item holds `at`, if any."""
    line = folded.rfind("\n", 0, at) + 1  # the item's marker may precede the clause
    while (
        not _EN_LIST_ITEM.match(folded, line)
        and line
        and _runs_on(folded[folded.rfind("\n", 0, line - 1) + 1 : line])
    ):
        line = folded.rfind("\n", 0, line - 1) + 1  # a hard-wrapped item's first line
    marked = _EN_LIST_ITEM.match(folded, line)
    if not marked and not folded[line : line + 1].islower():
        return None
    start = max(0, line - _LEAD_IN_REACH)
    back = folded[start:line]
    leads = list(_EN_LEAD_IN.finditer(back))
    if not leads:
        return None
    lead = leads[-1]
    between = back[lead.end() :]
    item = _EN_LIST_ITEM if marked else _UNMARKED_ITEM
    lines = [other for other in between.splitlines() if other.strip()]
    for i, other in enumerate(lines):
        if not item.match(other) and not (i and _runs_on(lines[i - 1])):
            return None  # the list ended before this item (not a wrapped item's next line)
    return Span(start + lead.start(1), start + lead.end(1))


def _runs_on(line: str) -> bool:
    """A line cut mid-sentence by the page's width: the next goes on with it."""
    return bool(line.strip()) and not re.search(r"[.;:!?]\s*(?:and|or)?\s*$", line)


def _lead_in_subject(text: str, folded: str, span: Span) -> str:
    lead = _lead_in(folded, span.start)
    if lead and _ITS.search(folded, lead.start, lead.end):
        # "… is chaired by the Chief Data Officer. Its functions are to:": the subject of the
        # sentence before, not the last role it names
        end = folded.rfind(". ", lead.start, lead.end)
        start = max(folded.rfind(". ", lead.start, max(end, lead.start)) + 2, lead.start)
        opening = en_role_mentions(folded, start, end) if end > 0 else []
        # (its subject: a role at the sentence's start, else no one rather than a role it names later)
        subject = [m for m in opening if re.fullmatch(r"[\d.\s]*(?:The\s+|the\s+)?", folded[start : m.start])]
        if subject:
            return text[subject[0].start : subject[0].end]
        if opening:
            return ""
    mentions = en_role_mentions(folded, lead.start, lead.end) if lead else []
    return text[mentions[-1].start : mentions[-1].end] if mentions else ""


# "… Its functions are to:", a body's list ("Their duties" are the role's just named)
_ITS = re.compile(r"\b(?i:its)\s*$")


# A section that sets out when things are done ("6. Implementation", "Timeline", "Phase 2",
# 五、实施步骤): its dates are the plan's, whether or not a sentence says shall ("Departments
# complete their inventory by March 31, 2025"), and a span of months in it is a phase.
_SCHEDULE_SECTION = re.compile(
    rf"\b(?:timelines?|schedule|milestones?|roadmap|implementation|timetable|(?:implementation|work)\s+steps"
    r"|roll(?:ed)?[- ]?outs?|rolling\s+out"
    r"|(?:work|progress)\s+arrangements?)\b"
    rf"|{PHASE_WORDS}|"
    r"实施步骤|实施计划|推进步骤|工作步骤|进度安排|时间安排|工作安排",
    re.IGNORECASE,
)
# What a body or an officer does as a matter of course, said in the present ("The Council meets
# at least quarterly", a posting's "Presents a progress dashboard … every quarter"): with a
# rhythm in the sentence, that rhythm is kept as a shall would keep it
_HABITS = (
    "meet", "report", "present", "publish", "review", "submit", "hold", "convene", "prepare", "update",
    "brief", "provide", "produce", "send", "circulate",
)  # fmt: skip
_HABIT_VERB = "(?:" + "|".join(v + ("es" if v.endswith(("sh", "ch")) else "s") for v in _HABITS) + r")\b"
# the verb opens the sentence after its list marker (an item: "• Presents …") or follows a body
# or an officer
_EN_HABIT_OPENING = re.compile(rf"(?i){_HABIT_VERB}")
# ... or, as an instruction, an item's first word ("3. Hold Data Governance Council meetings at
# least quarterly", a recommendation): the same verbs' base forms
_EN_INSTRUCTION = re.compile("(?:" + "|".join(v.capitalize() for v in _HABITS) + r")\b")
_EN_HABIT_ACTOR = re.compile(
    r"(?i)\b(?:it|they|which|who|(?:the|its|each|every)\s+(?:[\w-]+\s+){0,5}?(?:council|board|committee|group|office"
    r"|officer|cdo|forum|panel|network|team|steward|director|chair|secretariat|agenc(?:y|ies)|audit"
    r"|(?:post|role|job)\s?holder)s?)"
    rf"\s+(?:also\s+|and\s+)?{_HABIT_VERB}|\band\s+meets\b"
)


# ... or what is done to a thing as a matter of course: "This policy is reviewed every two years",
# "Assets are reviewed each year"
_EN_HABIT_PASSIVE = re.compile(
    r"(?i)\b(?:is|are)\s+(?:reviewed|updated|published|submitted|renewed|audited|evaluated|assessed|refreshed)"
    r"\s+(?:at\s+least\s+)?(?:every|each|annually|yearly|quarterly|monthly|biennially|once|twice)\b"
)


def _habitual(folded: str, sent: Span) -> bool:
    # a Word or PDF table's row opens a clause in each cell ("Reporting | Submits quarterly
    # reports to the Ministry | Submits monthly updates to the CDO")
    cells = table_cells(folded, sent) if is_table_row(folded[sent.start : sent.end]) else []
    opening = skip_markers(folded, sent.start, sent.end)
    line = folded.rfind("\n", 0, sent.start) + 1
    prefix = folded[line : sent.start] + " "  # the item's marker, which the sentence leaves out ("3.")
    marker = _EN_LIST_ITEM.match(prefix)
    item = opening > sent.start or (marker is not None and not prefix[marker.end() :].strip())
    if item and _EN_INSTRUCTION.match(folded, opening, sent.end):
        return True
    starts = [opening] + [
        c.start + len(folded[c.start : c.end]) - len(folded[c.start : c.end].lstrip()) for c in cells
    ]
    return bool(
        any(_EN_HABIT_OPENING.match(folded, start, sent.end) for start in starts)
        or _EN_HABIT_ACTOR.search(folded, sent.start, sent.end)
    )


# An executive order's operative paragraph: "5. Direct the head of each cabinet agency to
# designate … by November 14, 2025" binds as a shall does
_EN_ORDERED = re.compile(rf"(?i:{EN_ORDERING_VERB})\s+(?:that\s+)?(?:the|each|every|all|any)\b")
# "By the end of July 2024, the chief data officer … are set up": a target, as 到2024年7月底，… is
# (a plan's objectives, in English), not a record of what had been done by then.
_EN_BY_OPENING = re.compile(
    r"\s*(?:\(\w{1,4}\)\s*|\d{1,2}[.)]\s+)?(?i:by)\s+(?i:the\s+end\s+of\s+)?"
    r"(?:(?:" + MONTH_NAMES + r")\.?\s+(?:\d{1,2},?\s+)?)?(?:19|20)\d\d,"
)
# what had been done by then: a past tense (had, were, "launched", "appointed"), not a passive
# present ("is fully established", "are set up")
_EN_RECORD = re.compile(r"\b(?:had|has|have|was|were|did)\b", re.IGNORECASE)
_EN_PASSIVE = re.compile(r"\b(?:is|are|be|been|being)\s+(?:\w+ly\s+)?\w+ed\b", re.IGNORECASE)
_EN_PAST = re.compile(r"\b[a-z]{3,}ed\b")
_HEADINGS_READ = 2  # the innermost headings: the document's own title names no schedule


def _records(sentence: str) -> bool:
    """ "By March 2024, 40 agencies appointed a CDO": what was done, not a target."""
    return bool(_EN_RECORD.search(sentence) or _EN_PAST.search(_EN_PASSIVE.sub("", sentence)))


def _in_schedule(reading: _Reading, at: int) -> bool:
    title = fold_compact(reading.doc.title)
    path = [h for h in reading.index.section_at(at).split(" > ") if h and fold_compact(h) not in title]
    return any(_SCHEDULE_SECTION.search(h) for h in path[-_HEADINGS_READ:])


def _clause_deadlines(
    reading: _Reading, unit: Span, seg: Span, whens: list[When], zh: bool, nxt: Span | None
) -> list[Deadline]:
    """One deadline per time in a clause, the clause cut where a new one starts."""
    text, folded = reading.doc.text, reading.folded
    out: list[Deadline] = []
    seg_who = ""
    for when, piece in zip(whens, _cut(folded, seg, whens, zh), strict=True):
        span = _trimmed(text, piece)
        if zh:
            if _ZH_DONE.match(folded, when.end, span.end) or _zh_record(folded, span):
                continue  # 于2024年10月23日审议了…: a record of what was done, not a deadline
            who, what = _zh_who_what(text, folded, span, when, unit)
            task = _task_of(reading, unit, when) or _task_above(reading, when)
            if task is not None:
                span, who, what = task
        else:
            who, what = _en_who_what(text, folded, span, when)
            who = who or _lead_in_subject(text, folded, span)
            relative = _EN_DUE_RELATIVE.search(folded, span.start, when.start)
            if relative:  # "…, 2 years after GAO completes an evaluation, which is due to Congress by 2023"
                lead = max(folded.rfind(",", span.start, relative.start()), span.start - 1)
                noun = re.sub(
                    r"(?is)^.*?\b(?:after|when|once|until)\s+", "", text[lead + 1 : relative.start()]
                )
                who, what = "", clean_phrase(noun)
            elif _EN_EVENT.match(what):
                continue  # "the Council is set to sunset by January 2025": an event, not an obligation
        if zh and len(whens) == 1 and _heading_like(folded, span, when):
            # the next sentence is its task unless dated on its own (read as that sentence is,
            # where a stage's span of days is dated in a schedule only)
            if nxt is not None and not any(
                w.due
                for w in find_zh(
                    folded,
                    nxt.start,
                    nxt.end,
                    reading.doc.date,
                    reading.title_year,
                    schedule=_in_schedule(reading, nxt.start),
                )
            ):
                span, who, what = _heading_task(text, folded, span, nxt, who)
            else:  # the next sentence has a date of its own (its own row), or none: the stage's name
                what = _stage_name(text, folded, span, when) or what
        who = who or seg_who  # "…, and publish them by …" shares the subject
        seg_who = who
        key = (when.due, when.recurrence, when.relative_to, span.start, span.end)
        if key in reading.seen:
            continue
        reading.seen.add(key)
        out.append(reading.deadline(who, what, when, span))
    return out


# A work plan's task closed by who does it and by when: "1.提升…平台能级。优化…。（责任单位：市政务办、
# 市数据局；完成时限：2024年6月底前）", with a 配合单位 or commas between the fields too
_TASK_BRACKET = re.compile(
    rf"[(](?P<fields>[^()]{{0,120}}?)(?:{TASK_TIME_LABELS})[:](?P<when>[^)]{{2,40}})[)]"
)
_TASK_UNITS = re.compile(rf"(?:{TASK_UNIT_LABELS})[:](?P<who>[^;,)。]{{2,80}})")


def _task_of(reading: _Reading, unit: Span, when: When) -> tuple[Span, str, str] | None:
    """(the whole task, its units, the task's own first sentence) when `when` is its bracket's
    time limit; None otherwise. Tasks on one line each start after the bracket before."""
    folded, text = reading.folded, reading.doc.text
    start = unit.start
    for m in _TASK_BRACKET.finditer(folded, unit.start, unit.end):
        if m.start("when") <= when.start < m.end("when"):
            body = skip_markers(folded, start, m.start())
            first = re.search(r"[。;]", folded[body : m.start()])
            what = text[body : body + first.start()] if first else text[body : m.start()]
            units = _TASK_UNITS.search(folded, m.start("fields"), m.end("fields"))
            who = text[units.start("who") : units.end("who")] if units else ""
            return _trimmed(text, Span(start, m.end())), clean_phrase(who), clean_phrase(what)
        start = m.end()
    return None


# A work plan's task with who does it and by when on the line below it: "5. 深化公共数据资源目录管理。…"
# then "牵头单位：市政务服务和数据管理局；责任单位：…。完成时限：2025年6月底前。"
_FIELDS_LINE = re.compile(rf"[ \t]*(?:{TASK_UNIT_LABELS}|{TASK_TIME_LABELS})[:]")
_OWN_TASK = re.compile(r"(?:之前|以前|前)?([^。;,\n]*)")
# the verbs of a bare time limit, which name no task of their own: 2025年12月底前完成, 6月底前启动
_BARE_LIMIT_VERBS = re.compile(r"^(?:完成|启动|到位|落实|推进|实现|办结|上线)")


def _task_above(reading: _Reading, when: When) -> tuple[Span, str, str] | None:
    """(the task and its fields, its units, the task's own first sentence) when `when` is in a
    line of task fields alone and the line above it is a numbered task; None otherwise."""
    folded, text = reading.folded, reading.doc.text
    line = folded.rfind("\n", 0, when.start) + 1
    if not _FIELDS_LINE.match(folded, line) or line == 0:
        return None
    above = folded.rfind("\n", 0, line - 1) + 1
    body = skip_markers(folded, above, line)
    if not folded[above:body].strip() or _FIELDS_LINE.match(folded, above):
        return None  # no numbered task above
    end = folded.find("\n", when.start)
    end = len(folded) if end < 0 else end
    own = _BARE_LIMIT_VERBS.sub("", _OWN_TASK.match(folded, when.end, end).group(1))
    if len(HAN_CHAR.findall(own)) >= 2:
        return None  # "完成时限：2025年11月底前印发评价办法": the time names its own task
    first = re.search(r"[。;]", folded[body:line])
    what = text[body : body + first.start()] if first else text[body:line]
    units = _TASK_UNITS.search(folded, line, end)
    who = text[units.start("who") : units.end("who")] if units else ""
    return _trimmed(text, Span(above, end)), clean_phrase(who), clean_phrase(what)


_THEREAFTER = re.compile(
    r"(?i),?\s*and\s+(?:(?P<yearly>annually|each\s+year|every\s+year)"
    r"|every\s+(?P<n>\d+|two|three|four|five|six|ten)\s+(?P<unit>years|months))\s+thereafter\b"
)


def _thereafter(folded: str, when: When, end: int) -> When:
    """ "Not later than December 31, 2018, and every two years thereafter": the date repeats."""
    m = _THEREAFTER.match(folded, when.end, end)
    if not m or not when.due or when.recurrence:
        return when
    n = 1 if m.group("yearly") else en_number(m.group("n")) or 1
    rule = rrule("MONTHLY" if (m.group("unit") or "").lower() == "months" else "YEARLY", n)
    return replace(when, end=m.end(), recurrence=rule)


def _sentence_deadlines(reading: _Reading, unit: Span, sent: Span, nxt: Span | None) -> list[Deadline]:
    """The deadlines of one sentence, a Chinese one clause by clause (cut at semicolons)."""
    folded, date = reading.folded, reading.doc.date
    zh = is_chinese(folded[sent.start : sent.end])
    if folded[sent.start : sent.end].rstrip().endswith(("?", "？")):
        return []  # a question ("Should the DDO report annually …?", 问：…何时述职？) binds no one
    schedule = _in_schedule(reading, sent.start)
    if zh:
        whens = find_zh(folded, sent.start, sent.end, date, reading.title_year, schedule=schedule)
    else:
        # an item of a "… shall:" list is bound without a shall of its own, and so is a list
        # under its lead-in in one sentence (a web page's items end with ";", not a stop)
        bound = (
            _lead_in(folded, sent.start) is not None
            or (_habitual(folded, sent) and not _records(folded[sent.start : sent.end]))
            or bool(_EN_LEAD_IN.search(folded[sent.start : sent.end]))
            or bool(
                _EN_BY_OPENING.match(folded, sent.start, sent.end)
                and not _records(folded[sent.start : sent.end])
            )
            or bool(_EN_ORDERED.match(folded, skip_markers(folded, sent.start, sent.end), sent.end))
        )
        # "Assets are reviewed each year and disposed of …": the present tense binds its rhythm
        # whatever follows, but no date of what follows ("… the first was published by March 2021")
        passive = not bound and bool(_EN_HABIT_PASSIVE.search(folded, sent.start, sent.end))
        whens = [
            _thereafter(folded, w, sent.end)
            for w in find_en(folded, sent.start, sent.end, date, reading.statute, bound or passive, schedule)
            if not passive or (w.recurrence and not w.due)
        ]
    if not whens:
        return []
    out: list[Deadline] = []
    # "2025年8月底前，各县区…备案；领导小组办公室完成…台账建立。": a date that opens the sentence
    # sets the time of each clause after it that gives none of its own, up to the full stop
    opening = whens[0] if zh and _OPENING_TIME.fullmatch(folded, sent.start, whens[0].start) else None
    opening = opening if opening and _ZH_TIME_COMMA.match(folded, opening.end) else None
    for seg in segments(folded, sent) if zh else [sent]:
        inside = [w for w in whens if seg.start <= w.start < seg.end]
        if (
            not inside
            and opening is not None
            and seg.start >= opening.end
            and _ZH_TASK_CLAUSE.match(folded, seg.start, seg.end)
        ):
            inside = [replace(opening, start=seg.start, end=seg.start)]
        if inside:
            out.extend(_clause_deadlines(reading, unit, seg, inside, zh, nxt))
    return out


# what may stand before a sentence's opening date: its item's marker (1. （一）)
_OPENING_TIME = re.compile(r"\s*(?:[(（]?[一二三四五六七八九十\d]{1,3}[)）.、．]\s*)?")
_ZH_TIME_COMMA = re.compile(r"\s*[,，]")
# a clause that does something: its subject, then a verb of completing or doing (领导小组办公室完成…
# 台账建立), not a remark (确保按时完成, 争取…), a standing duty (负责…), what was done (已建立…) or a
# noun (完成情况纳入考核, 完成率达到100%)
_ZH_TASK_CLAUSE = re.compile(
    r"\s*(?!确保|争取|力争|负责|已|并|同时|其中)[^,，;；。]{0,20}?(?<!已)"
    r"(?:完成|建立|制定|报送|印发|出台|上线|开展|编制|组织|提交|备案)(?!情况|率|度|时限|进度|质量)"
)


# --------------------------------------------------------------------------- public API


def _title_year(title: str) -> int | None:
    years = set(re.findall(r"(?<!\d)((?:19|20)\d{2})\s*年", title))
    return int(years.pop()) if len(years) == 1 else None


def extract_deadlines(doc: Document, chunks: list[Chunk]) -> list[Deadline]:
    """Every time-bound obligation in `doc`, in document order. `section` comes from the chunk
    that holds the clause ("" when no chunk covers it); `text` is quoted from `doc.text`."""
    folded = fold_same_length(doc.text)
    reading = _Reading(
        doc=doc,
        folded=folded,
        index=SectionIndex(chunks),
        statute=bool(_STATUTE.search(f"{doc.doc_number} {doc.title}")),
        title_year=_title_year(fold_same_length(doc.title)),
    )
    out: list[Deadline] = _column_text_deadlines(reading)
    for kind, group in itertools.groupby(units(folded), key=lambda u: _table_kind(folded, u)):
        rows = list(group)
        # a Markdown table, or a Word or PDF table ("a | b") with a target-date column: a row each;
        # other Word tables are read cell by cell as clauses (_sentence_deadlines)
        if kind == "markdown" or (kind == "cells" and _headed_by_columns(folded, rows)):
            out.extend(_table_deadlines(reading, rows))
            continue
        for unit in rows:
            parts = [
                piece for sent in statute_sentences(folded, unit) for piece in _timeline_entries(folded, sent)
            ]
            for sent, nxt in zip(parts, [*parts[1:], None], strict=True):
                out.extend(_sentence_deadlines(reading, unit, sent, nxt))
    return _unique(out)


# A PDF table's head row whose columns lost their borders: a few column names, the last one
# the target date ("Activity Responsible Deadline")
_COLUMN_TEXT_HEAD = re.compile(
    r"(?:[A-Z][\w/&-]*\s+){1,4}(?:deadline|due date|target date|completion date|timeline|by when)\s*", re.I
)
_ROW_DATE = re.compile(r"\s((?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2},)\s+(?:19|20)\d{2})\s*$")
_COLUMN_ROWS = 12  # rows read under such a head: a timeline's table, not the pages after it


def _column_text_deadlines(reading: _Reading) -> list[Deadline]:
    """The rows of a PDF table read as text under its head row, each ending with its target date
    ("Submission of the institutional data inventory Chief Data Officer 30 April 2026")."""
    folded, text = reading.folded, reading.doc.text
    lines = list(re.finditer(r"[^\n]+", folded))
    out: list[Deadline] = []
    for i, head in enumerate(lines):
        if not _COLUMN_TEXT_HEAD.fullmatch(head.group(0).strip()):
            continue
        for row in lines[i + 1 : i + 1 + _COLUMN_ROWS]:
            date = _ROW_DATE.search(row.group(0))
            found = parse_date(date.group(1), allow_partial=False) if date else None
            if not found:
                if EN_TOP_HEADING.match(row.group(0).strip()):
                    break  # the next numbered section
                continue  # a row's wrapped words ("report", "platform")
            at = row.start() + date.start(1)
            when = When(at, row.end(), found[0])
            what = clean_phrase(text[row.start() : at])
            out.append(reading.deadline("", what, when, _trimmed(text, Span(row.start(), row.end()))))
    return out


def _table_kind(folded: str, unit: Span) -> str:
    if folded[unit.start] == "|":
        return "markdown"
    return "cells" if is_table_row(folded[unit.start : unit.end].strip()) else ""


def _head(folded: str, row: Span) -> list[str]:
    return [folded[c.start : c.end].strip() for c in table_cells(folded, row)]


def _headed_by_columns(folded: str, rows: list[Span]) -> bool:
    """Rows under a head row that names a target-date column and holds no value itself (not
    "Application deadline: 30 April 2026 | Salary: …", one line of labelled facts)."""
    head = _head(folded, rows[0])
    plain = not any(re.search(r"\d|[:：]", cell) for cell in head)
    return len(rows) >= 2 and plain and _columns(head) is not None


def _timeline_entries(folded: str, sent: Span) -> list[Span]:
    """A sentence cut before each line that opens with its date (a timeline's entries, which
    no full stop ends): each entry is its own clause."""
    cuts = [
        m.start()
        for pattern in (EN_DATED_ENTRY, EN_QUARTER_ENTRY)
        for m in pattern.finditer(folded, sent.start, sent.end)
        if m.start() > sent.start
    ]
    cuts.sort()
    if not cuts:
        return [sent]
    edges = [sent.start, *cuts, sent.end]
    return [_trimmed(folded, Span(a, b)) for a, b in itertools.pairwise(edges) if folded[a:b].strip()]


def _unique(deadlines: list[Deadline]) -> list[Deadline]:
    """One row per (who, due, recurrence, what): a task a plan repeats is due once."""
    seen: set[tuple] = set()
    out = []
    for d in deadlines:
        key = (d.who, d.due, d.recurrence, d.relative_to, fold_compact(d.what))
        if key not in seen:
            seen.add(key)
            out.append(d)
    # "an annual report … each December": the clause's one rhythm is the one that says when
    return [d for d in out if not any(_narrows(d, e) for e in out)]


def _narrows(d: Deadline, e: Deadline) -> bool:
    """`e` is `d` with its days named: the same clause's rhythm, with BYMONTH/BYDAY parts more."""
    if d is e or not d.recurrence or not e.recurrence or (d.text, d.due, d.who) != (e.text, e.due, e.who):
        return False
    mine, theirs = set(d.recurrence.split(";")), set(e.recurrence.split(";"))
    return mine < theirs and all(part.startswith("BY") for part in theirs - mine)
