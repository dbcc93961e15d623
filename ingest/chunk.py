"""Structure-aware chunking: cut a cleaned document along its own headings and clauses.

Why: a citation must name the clause ("三、工作任务 > (二)… > 2.统筹…", "§ 3520. … > (c) Functions"),
so chunks follow the document's numbering instead of fixed windows, and every chunk keeps exact
character offsets into `Document.text` (the quote shown to the user is that slice).

Pipeline: lines -> heading detection (numbered markers, titles, English headings) -> blocks (a
heading and the text up to the next heading, with its section path) -> heading-only blocks folded
into the block that follows -> short sibling clauses merged -> long blocks split at paragraphs,
lines, sentences, commas and finally a hard cut.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from kb.text import is_chinese
from kb.types import Chunk, Document

SEP = " > "

# --- ranks: smaller is higher in the hierarchy --------------------------------------------------
R_PART = 0.0  # document title / attachment: starts a new top-level part, not shown in child paths
R_BOOK = 1.0  # 第X编, 第X部分, Title 44—
R_CHAPTER = 2.0  # 第X章, CHAPTER 35—
R_SECTION = 3.0  # 第X节, § 3520.
R_TITLE = 5.0  # short ALL-CAPS or Title-case heading line
R_ARTICLE = 5.5  # 第X条
R_TOP = 6.0  # 一、, Action N:, PLAY #N
R_ITEM = 7.0  # (一), (a)   -- ranks >= R_ITEM are mergeable clauses
R_NUM = 8.0  # 1. 1、 1.1
R_PNUM = 9.0  # (1)
R_UPPER = 10.0  # (A)
R_CIRCLED = 10.5  # ①
R_ROMAN = 11.0  # (i)

_FOCUS = 0.5  # paragraphs are packed together only while the chunk is shorter than this share
_HEADING = 0.2  # a piece shorter than this share is kept with the long piece that follows it
_SHORT = 0.3  # clauses shorter than this share of the limit may share a chunk with their siblings
# The last piece of a split (a paragraph, line, sentence or clause) shorter than this many
# characters is a fragment ("另外," where a copy breaks off, "[...]" where it skips), kept with the
# piece before it rather than cited alone.
_FRAGMENT_CHARS = 12

_CN_NUM = "一二三四五六七八九十百千零〇两壹贰貳叁參肆伍陆陸柒捌玖拾佰"
_LEAD = r"^[ \t\u3000\u00a0]*"

_RE_ZH_PART = re.compile(_LEAD + rf"(第[{_CN_NUM}\d]+[编編]|第[{_CN_NUM}\d]+部分)")
_RE_ZH_CHAPTER = re.compile(_LEAD + rf"(第[{_CN_NUM}\d]+章)")
_RE_ZH_SECTION = re.compile(_LEAD + rf"(第[{_CN_NUM}\d]+[节節])")
_RE_ZH_ARTICLE = re.compile(_LEAD + rf"(第[{_CN_NUM}\d]+[条條])")
# 四、2026年重点工作任务 is a part: after 、 a year may follow, not another number (1、2级指标 is
# "levels 1 and 2"); 一.5 or 1.5 is a number, not a marker
_AFTER_MARK = r"(?:、(?![\d０-９])|、(?=(?:19|20)\d\d年)|[.．](?![\d０-９]))"
_RE_ZH_TOP = re.compile(_LEAD + rf"([{_CN_NUM}]+{_AFTER_MARK})")
_RE_ZH_PAREN = re.compile(_LEAD + rf"([(（][{_CN_NUM}]+[)）])")
_RE_DOTTED = re.compile(
    _LEAD + r"(\d{1,2}(?:[.．]\d{1,2})+)(?=[ \t\u3000]|[\u4e00-\u9fff])(?![万亿千百元个倍%])"
)
_RE_NUM = re.compile(_LEAD + rf"(\d{{1,2}}{_AFTER_MARK})")
# A standard's or an enterprise rule's top clause (GB/T 1.1: "5　职责" over 5.1 and 5.1.1): a
# number, a space and a short title alone on its line.
_RE_CLAUSE_NUMBERS = re.compile(r"^[ \t\u3000]*\d{1,2}\.\d{1,2}[ \t\u3000]+[\u4e00-\u9fff]", re.M)
# An English policy numbered 4.2 / 4.2.1 over its lettered items ("4.2.2 The CDO shall:" then
# "(a) lead …"): there (a) is an item of the clause, not a part above "6. IMPLEMENTATION", as
# it is in a statute's § 3520 (a) … (1).
_RE_EN_CLAUSE_NUMBERS = re.compile(r"^[ \t]*\d{1,2}\.\d{1,2}(?:\.\d{1,2})*\.?[ \t]+[A-Z]", re.M)
R_EN_CLAUSE_ITEM = R_NUM + 0.4  # below 4.2.2 (R_NUM + 0.2), above (1)
# ... and one whose parts are headed "1. Purpose", "4. Governance Structure" over the same items:
# Title-case headings of one to four words (not a list's items, "1. Lead the data strategy"), with
# the full stop an order sets after them ("6. Data Governance Council.")
_RE_EN_NUMBERED_HEADINGS = re.compile(
    r"^[ \t]*\d{1,2}\.[ \t]+[A-Z][a-z]+(?:,?[ \t]+(?:[A-Z][a-z]+|and|of|the|&)){0,3}\.?[ \t]*$", re.M
)
# A report numbered "1.0 Introduction" over 1.1, 1.2 (UK council reports, enterprise rules): its
# N.0 lines are its parts, beside the unnumbered "Summary" and "Recommendations" before them, not
# items under the last recommendation "4."
_RE_ZERO_PARTS = re.compile(r"^[ \t]*(\d{1,2})\.0[ \t]+[A-Z\u4e00-\u9fff]", re.M)
_RE_ZERO_MARKER = re.compile(r"\d{1,2}[.．]0")
_RE_FIRST_CHILD = re.compile(r"^[ \t]*(\d{1,2})\.1[ \t]+[A-Z\u4e00-\u9fff]", re.M)
# A table of contents' own heading, under whatever block it follows (a details table's unpunctuated
# "Document ID BCC-DG-CHR-001"): the entries below it may be headings, and so the first part's
# heading after them is one
_RE_CONTENTS = re.compile(r"(?:Table of )?Contents", re.I)
_CONTENTS_LABEL = re.compile(r"(?:Table of )?Contents|目\s*[录錄]|目\s*次", re.I)  # ... as a heading's label
_RE_TOC_PAGE = re.compile(r"(?:\.{3,}|…+|\s)\s*\d{1,3}$")  # an entry with its page: "Foreword .......... 3"
_WRAPPED_CAPS_CHARS = 40  # a capitals title line this long may wrap its last words onto the next
# An FAQ's unnumbered question (Q: …, 问：…): under whatever heads the page's part ("3. Roles"), so
# that the question never pushes its section's heading out of the path
R_QUESTION = R_ROMAN + 0.5
_RE_CLAUSE_TOP = re.compile(_LEAD + r"(\d{1,2})(?=[ \t\u3000]+[\u4e00-\u9fff]{2,16}[ \t\u3000]*$)")
_RE_PNUM = re.compile(_LEAD + r"([(（]\d{1,2}[)）])")
_RE_ALPHA = re.compile(_LEAD + r"(\(([a-z]{1,4}|[A-Z])\))(?=\s|$)")
_RE_CIRCLED = re.compile(_LEAD + r"([\u2460-\u2473\u3251-\u325f])")
# "A. There is hereby created …", "B. The CDO shall:": a state code's lettered subsections, in a
# text that has a B. and no Q. (an FAQ's "Q. … A. …" are no subsections).
_RE_UPPER_DOT = re.compile(_LEAD + r"(([A-Z])\.)(?=\s+\S)")
_RE_LETTERED = re.compile(r"^[ \t]*B\.[ \t]+\S", re.M)
_RE_FAQ = re.compile(r"^[ \t]*Q\.[ \t]+\S", re.M)
# An FAQ's or a 政策问答's question, unnumbered: "Q: Who appoints agency data stewards?", "问：…？"
_RE_QUESTION = re.compile(_LEAD + r"((?:Q|问|問)[ \t]*[:：])(?=[ \t]*\S)")
# "I. Work objectives", "IV. Main responsibilities": an English rendering of a Chinese plan's
# 一、 四、 (translations and bilingual editions number their parts so), in order from I.
_RE_EN_ROMAN = re.compile(_LEAD + r"(([IVX]{1,5})\.)(?=[ \t]+[A-Z])")
_RE_US_TITLE = re.compile(_LEAD + r"((?:TITLE|Title)\s+\d+[A-Z]?\s*[—–-])")
_RE_US_CHAPTER = re.compile(_LEAD + r"((?:SUBCHAPTER|CHAPTER|Subchapter|Chapter)\s+[\dIVXLC]+[A-Z]?\s*[—–-])")
_RE_US_SEC = re.compile(_LEAD + r"(§{1,2}\s*\d+[A-Za-z0-9\-]*\.?)")
# The numbered sections of ordinances and executive orders ("Sec. 4. Duties of the Chief Data
# Officer.", "Section 1.  Findings.", "SEC. 22D.2.  CHIEF DATA OFFICER"), their title alone on the
# line or the section's text after it: the number's own full stop and a capital after it, so that a
# sentence about a section ("Section 3 of the Act …") is no heading; a code's section number
# (22A.3) only after "SEC." (a line wrapped before "Section 22A.3.  The CDO and COIT intend…" is
# no heading).
_RE_EN_SEC = re.compile(
    _LEAD
    + r"((?:Sec\.|SEC\.)[ \t]+\d{1,3}[A-Za-z]?(?:\.\d{1,3})*\.|(?:Section|SECTION)[ \t]+\d{1,3}\.)(?=[ \t]+[A-Z])"
)
_RE_KEYWORD = re.compile(
    _LEAD + r"((?:Action|Play|PLAY|Step|STEP|Phase|PHASE|Part|PART|Goal|Objective|Principle|Practice|"
    r"Recommendation|Appendix|APPENDIX|Section|SECTION)\s*#?\s*(?:\d{1,2}|[A-Z])\b)(?:\s*[:.：—–-]|\s*$)"
)
_RE_MD = re.compile(_LEAD + r"(#{1,6})\s+\S")
_RE_ATTACH = re.compile(
    # (an appended table or appendix too: 附表：湘潭市首席数据官工作考核评分表, 附录A)
    _LEAD
    + r"((?:附件|附表|附录|附錄)\s*[0-9０-９一二三四五六七八九十A-Z]*|附)\s*(?:[:：.．、]\s*(?P<rest>[^。；;]{0,40}))?\s*$"
)
_RE_DOC_TITLE = re.compile(
    r"(方案|指南|办法|辦法|规定|規定|意见|意見|通知|细则|細則|计划|計劃|规划|規劃|要点|要點|条例|條例|"
    r"决定|決定|公告|通告|纲要|綱要|准则|準則|规范|規範|章程|守则|守則)"
    r"(?:[(（][^()（）]{1,12}[)）])*$"
)
_RE_BULLET = re.compile(_LEAD + r"([-•●○▪◦■□◆◇*·]|\*\*|o(?= [A-Z]))\s")
_RE_TABLE = re.compile(_LEAD + r"\|")
# A table's row as a page flattens it: three or more cells apart by full-width spaces, tabs or
# runs of spaces ("4　市公安局　鲁俊　党委委员、副局长　吴海龙　0710-3176608")
_RE_ROW = re.compile(r"^[ \t]*[^\s|]+(?:(?:\u3000+|\t+| {2,})[^\s|]+){2,}[ \t\u3000]*$")
_RE_DATE_LINE = re.compile(
    r"^(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+\d{1,2},?\s+\d{4}|(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})$"
)
_ROMAN = re.compile(r"^(?=[ivxlc]+$)(c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")

_MINOR = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "for",
        "and",
        "or",
        "nor",
        "by",
        "with",
        "at",
        "from",
        "as",
        "via",
        "into",
        "per",
        "vs",
        "but",
        "than",
        "over",
        "under",
        "its",
        "their",
        "our",
        "your",
        "is",
        "are",
        "be",
    ]
)
_ABBR = frozenset(
    [
        "no",
        "nos",
        "pub",
        "sec",
        "secs",
        "mr",
        "mrs",
        "ms",
        "dr",
        "jr",
        "sr",
        "st",
        "vs",
        "etc",
        "inc",
        "co",
        "corp",
        "ltd",
        "fig",
        "vol",
        "approx",
        "dept",
        "gov",
        "u.s",
        "e.g",
        "i.e",
        "al",
        "cf",
        "ch",
        "art",
        "para",
        "pp",
        "op",
        "subch",
    ]
)

_ZH_STOP = "。：:；;！？!?"
_ZH_COMMA = "，,、"
# a bracket's own words, whose commas end nothing: 县（市、区）和市直部门首席数据官职责
_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")


def _first_comma(text: str) -> int:
    """Where the first comma (Chinese or not, _ZH_COMMA) outside brackets stands; -1 for none."""
    outside = _BRACKETED.sub(lambda m: "_" * len(m.group()), text)
    return min((i for i, ch in enumerate(outside) if ch in _ZH_COMMA), default=-1)


_TRAIL = " \t\u3000.。:：;；,，、"


@dataclass(frozen=True)
class _Head:
    rank: float
    label: str
    item: bool  # a numbered clause that may share a chunk with its siblings
    title_only: bool  # the heading line carries no text of its own
    first: int  # index of the first line of the heading (titles may span two lines)
    last: int  # index of the last line of the heading


@dataclass
class _Block:
    start: int
    end: int
    path: tuple[str, ...]
    parent: tuple[str, ...]
    item: bool = False
    heading_only: bool = False
    lead: bool = False  # starts with a heading of its own: never merged into an earlier chunk
    part: bool = False  # a document title or attachment line: its children do not show it


# --- helpers ---------------------------------------------------------------------------------------


def _collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _clean_label(text: str, cap: int) -> str:
    text = _collapse(text).rstrip(_TRAIL)
    text = text.replace(SEP, " › ")
    if len(text) > cap:
        text = text[:cap].rstrip(_TRAIL) + "…"
    return text


def _cut_words(text: str, cap: int) -> str:
    if len(text) <= cap:
        return text
    cut = text.rfind(" ", 0, cap + 1)
    if cut < cap // 2:
        cut = cap
    return text[:cut].rstrip(_TRAIL) + "…"


# A policy interpretation's numbered questions (一、问：… 答：…): "问" is no title.
_ASKED = re.compile(r"^(?:问|問|Q)\s*[:：]\s*(?=\S)")


def _short_title(rest: str) -> tuple[str, bool]:
    """The clause's own title (up to the first 。/:/;), or its first words; and whether the whole
    line is just a title."""
    rest = _collapse(rest)
    if not rest:
        return "", True
    # 六、问：管委会首席数据官的主要职责有哪些？ is titled by its question
    rest = _ASKED.sub("", rest, count=1)
    zh = is_chinese(rest)
    if zh:
        stop = min((i for i, ch in enumerate(rest) if ch in _ZH_STOP), default=-1)
    else:
        m = re.search(r"[;:?]|\.(?=\s|$)", rest)
        stop = m.start() if m else -1
    cand = (rest if stop == -1 else rest[:stop]).strip().rstrip(_TRAIL)
    cap = 24 if zh else 60
    if stop == -1:
        cap = 40 if zh else 80
    # A title, not a clause: no terminator at all, or a short phrase with a final "." / "。" / ":".
    ends_title = stop == -1 or (
        stop == len(rest) - 1
        and rest[stop] in ".。:："
        and _first_comma(cand) == -1
        and (len(cand) <= 20 if zh else len(cand.split()) <= 8)
    )
    title_only = ends_title and len(cand) <= cap
    if zh:
        comma = _first_comma(cand)
        if comma >= 2:
            cand = cand[:comma]
    if cand and len(cand) <= cap:
        return cand.replace(SEP, " › "), title_only
    base = cand or rest
    if zh:
        comma = _first_comma(base)
        if 2 <= comma <= 24:
            return base[:comma], title_only
        return base[:16].rstrip(_TRAIL) + "…", title_only
    comma = base.find(",")
    if 16 <= comma <= 48:
        return base[:comma], title_only
    return _cut_words(base, 48), title_only


def _item_label(marker: str, rest: str) -> tuple[str, bool]:
    """ "2.统筹数据融合创新应用", "(a) Establishment": the marker as written plus a short title."""
    title, title_only = _short_title(rest)
    marker = _collapse(marker)
    if not title:
        return marker, True
    gap = " " if rest[:1].isspace() else ""
    return marker + gap + title, title_only


def _letters(text: str) -> tuple[int, int]:
    upper = sum(1 for ch in text if ch.isascii() and ch.isupper())
    lower = sum(1 for ch in text if ch.isascii() and ch.islower())
    return upper, lower


def _plain_kind(line: str) -> str | None:
    """'caps' or 'title' for a short English heading line without a marker, else None."""
    s = line.strip()
    if not (2 <= len(s) <= 80) or any("\u3400" <= ch <= "\u9fff" for ch in s):
        return None
    if (
        s[-1] in ".,;:"
        or ":" in s
        or ";" in s
        or "@" in s
        or "http" in s
        or "|" in s
        or _RE_DATE_LINE.match(s)
    ):
        return None
    if _RE_BULLET.match(line) or not s[0].isalnum():
        return None
    words = s.split()
    if len(words) > 12 or words[-1].lower().strip("()") in _MINOR:
        return None
    if re.fullmatch(r"[\d\s.,/\-–—]+", s) or re.search(r"\b\d{5}\b", s):
        return None
    upper, lower = _letters(s)
    if upper + lower < 2:
        return None
    if lower == 0 and upper >= 3:
        return "caps"
    content = [w for w in words if w.lower().strip("()&,-") not in _MINOR and re.search(r"[A-Za-z]", w)]
    if not content or (not s[0].isupper() and not s[0].isdigit()):
        return None
    if ", " in s:  # "Chief Data Officer, USDA", "Washington, DC": signature and address lines
        return None
    capped = sum(1 for w in content if re.match(r"[\W_]*[A-Z0-9]", w))
    if capped / len(content) >= 0.75 and len(words) <= 10:
        return "title"
    return None


def roman_value(label: str) -> int:
    """iv -> 4: a lower-case roman numeral's value."""
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
    total = 0
    for k, ch in enumerate(label):
        v = values[ch]
        total += -v if k + 1 < len(label) and values[label[k + 1]] > v else v
    return total


_MARKERS: tuple[tuple[re.Pattern[str], float, bool, bool], ...] = (
    # regex, rank, numbered item, heading is the whole line
    (_RE_ZH_PART, R_BOOK, False, True),
    (_RE_ZH_CHAPTER, R_CHAPTER, False, True),
    (_RE_ZH_SECTION, R_SECTION, False, True),
    (_RE_ZH_ARTICLE, R_ARTICLE, False, False),
    (_RE_US_TITLE, R_BOOK, False, True),
    (_RE_US_CHAPTER, R_CHAPTER, False, True),
    (_RE_US_SEC, R_SECTION, False, True),
    (_RE_EN_SEC, R_SECTION, False, False),
    (_RE_ZH_TOP, R_TOP, False, False),
    (_RE_QUESTION, R_QUESTION, False, True),
    (_RE_ZH_PAREN, R_ITEM, True, False),
    (_RE_DOTTED, R_NUM, True, False),
    (_RE_NUM, R_NUM, True, False),
    (_RE_CLAUSE_TOP, R_NUM, False, True),
    (_RE_PNUM, R_PNUM, True, False),
    (_RE_CIRCLED, R_CIRCLED, True, False),
)


def _marker(line: str, state: dict[str, str]) -> tuple[float, str, str, bool, bool] | None:
    """(rank, marker, rest of line, numbered item, whole-line heading) for a marked line.

    `state` remembers the last (a)/(i) label so that (i) after (h) stays a letter.
    """
    for regex, rank, item, whole in _MARKERS:
        if regex is _RE_CLAUSE_TOP and not state.get("clauses"):
            continue  # "6 月底前完成…" is a wrapped line unless the text numbers its clauses 5.1
        m = regex.match(line)
        if m:
            marker = m.group(1)
            if regex is _RE_DOTTED and state.get("zero_parts") and _RE_ZERO_MARKER.fullmatch(marker):
                return R_TITLE, marker, line[m.end() :], False, False
            if regex is _RE_DOTTED:
                rank = R_NUM + 0.1 * (len(re.split(r"[.．]", marker)) - 1)
            return rank, marker, line[m.end() :], item, whole
    m = _RE_ALPHA.match(line)
    if m:
        marker, label, rest = m.group(1), m.group(2), line[m.end() :]
        if label.isupper():
            return R_UPPER, marker, rest, True, False
        last = state.get("alpha", "")
        next_letter = len(label) == 1 and bool(last) and ord(label) == ord(last) + 1
        if _ROMAN.match(label) and not next_letter:
            prev = state.get("roman", "")
            starts = label == "i" and last != "h"
            follows = bool(prev) and roman_value(label) == roman_value(prev) + 1
            if starts or follows or len(label) > 1:
                state["roman"] = label
                return R_ROMAN, marker, rest, True, False
        if label == label[0] * len(label):
            state["alpha"] = label[0]
            state.pop("roman", None)
            return (R_EN_CLAUSE_ITEM if state.get("en_clauses") else R_ITEM), marker, rest, True, False
        return None
    m = _RE_UPPER_DOT.match(line) if state.get("lettered") else None
    if m:
        # In order (A., then B. …): a line opening with an initial ("J. Smith") is no subsection.
        letter, last = m.group(2), state.get("upper_dot", "")
        if letter == "A" or (last and ord(letter) == ord(last) + 1):
            state["upper_dot"] = letter
            return R_ITEM, m.group(1), line[m.end() :], True, False
    m = _RE_EN_ROMAN.match(line)
    if m and _ROMAN.match(m.group(2).lower()):
        # In order (I., then II. …): "V. Smith" or a stray "X." is no part of the document.
        value, last = roman_value(m.group(2).lower()), int(state.get("upper_roman", "0"))
        if value in (1, last + 1):
            state["upper_roman"] = str(value)
            return R_TOP, m.group(1), line[m.end() :], False, False
    m = _RE_KEYWORD.match(line)
    if m and len(line.strip()) <= 120 and line.strip()[-1:] not in ".,;":
        return R_TOP, m.group(1), line[m.end() :], False, True
    return None


# --- structure ---------------------------------------------------------------------------------------


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for part in text.split("\n"):
        spans.append((pos, pos + len(part)))
        pos += len(part) + 1
    return spans


def _find_heads(text: str, lines: list[tuple[int, int]]) -> list[_Head]:
    raw = [text[s:e] for s, e in lines]
    n = len(raw)
    heads: dict[int, _Head] = {}
    state: dict[str, str] = {}
    if _RE_LETTERED.search(text) and not _RE_FAQ.search(text):
        state["lettered"] = "yes"
    if len(_RE_CLAUSE_NUMBERS.findall(text)) >= 2:
        state["clauses"] = "yes"
    if len(_RE_EN_CLAUSE_NUMBERS.findall(text)) >= 2 or len(_RE_EN_NUMBERED_HEADINGS.findall(text)) >= 2:
        state["en_clauses"] = "yes"
    # N.0 lines with their N.1 below them (not a version history's "1.0 Initial draft")
    if len(set(_RE_ZERO_PARTS.findall(text)) & set(_RE_FIRST_CHILD.findall(text))) >= 2:
        state["zero_parts"] = "yes"
    plain: dict[int, str] = {}

    def prev_nonblank(i: int) -> int:
        j = i - 1
        while j >= 0 and not raw[j].strip():
            j -= 1
        return j

    def next_nonblank(i: int) -> int:
        j = i + 1
        while j < n and not raw[j].strip():
            j += 1
        return j

    for i, line in enumerate(raw):
        s = line.strip()
        if not s:
            continue
        m = _RE_ATTACH.match(line)
        if m:
            heads[i] = _Head(R_PART, _clean_label(s, 60), False, True, i, i)
            continue
        mk = _marker(line, state)
        if mk:
            rank, marker, rest, item, whole = mk
            if whole:
                label, title_only = _clean_label(s, 80), True
            else:
                label, title_only = _item_label(marker, rest)
            heads[i] = _Head(rank, label, item, title_only, i, i)
            continue
        md = _RE_MD.match(line)
        if md:
            level = len(md.group(1))
            heads[i] = _Head(R_SECTION + 0.1 * level, _clean_label(s.lstrip("#"), 80), False, True, i, i)
            continue
        if (
            len(s) <= 60
            and _RE_DOC_TITLE.search(s)
            and not any(ch in s for ch in "。，,；;：:")
            and is_chinese(s)
        ):
            first = i
            p = prev_nonblank(i)
            if p >= 0 and p == i - 1 and p not in heads:
                ps = raw[p].strip()
                pp = prev_nonblank(p)
                if (
                    len(ps) <= 40
                    and is_chinese(ps)
                    and not any(ch in ps for ch in "。，,；;：:、")
                    and not _RE_DOC_TITLE.search(ps)
                    and (pp < 0 or pp < p - 1 or pp in heads)
                ):
                    first = p
            label = _clean_label("".join(raw[k].strip() for k in range(first, i + 1)), 60)
            heads[first] = _Head(R_PART, label, False, True, first, i)
            continue
        kind = _plain_kind(line)
        if kind:
            p = prev_nonblank(i)
            nxt = next_nonblank(i)
            ok_next = nxt >= n or not raw[nxt].strip()[:1].islower()
            ok_prev = (
                p < 0
                or p < i - 1
                or (bool(_RE_CONTENTS.fullmatch(raw[p].strip())) and not _RE_TOC_PAGE.search(s))
                or p in heads
                or p in plain
                or raw[p].rstrip()[-1:] in '.?!:;。！？：；"”)'
                or bool(_RE_TABLE.match(raw[p]))
            )
            if ok_next and ok_prev:
                plain[i] = kind

    # Runs of plain heading lines: 1 = heading, 2 = heading + subheading. Longer runs are cover
    # pages, address or signature blocks and tables of contents: only the line (or an ALL-CAPS
    # line + a Title-case line) just before the body counts.
    order = sorted(plain)
    runs: list[list[int]] = []
    for i in order:
        if runs and _only_blank_between(raw, runs[-1][-1], i):
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        if len(run) > 2:
            if next_nonblank(run[-1]) >= n:
                continue
            # (its last line a word or two, the line before it long: not "DATA STRATEGY" over
            # "MARCH 2024", nor a signature's "CHIEF DATA OFFICER" over "CITY OF DENVER")
            if (
                plain[run[-2]] == plain[run[-1]] == "caps"
                and run[-2] == run[-1] - 1
                and len(raw[run[-1]].split()) <= 2
                and len(raw[run[-2]].strip()) >= _WRAPPED_CAPS_CHARS
            ):
                # a title wrapped over its lines ("…AND THE DATA GOVERNANCE" over "COMMITTEE"):
                # its last two lines are one heading, not the last word alone
                first, last = run[-2], run[-1]
                label = _clean_label(f"{raw[first].strip()} {raw[last].strip()}", 80)
                heads[last] = _Head(R_TITLE, label, False, True, first, last)
                continue
            keep = run[-2:] if plain[run[-2]] == "caps" and plain[run[-1]] == "title" else run[-1:]
            run = keep
        prev_rank = None
        for i in run:
            rank = R_TITLE
            if prev_rank is not None:
                rank = prev_rank + 0.5
            heads[i] = _Head(rank, _clean_label(raw[i], 80), False, True, i, i)
            prev_rank = rank
    return _without_contents_entries([heads[k] for k in sorted(heads)], raw)


def _without_contents_entries(heads: list[_Head], raw: list[str]) -> list[_Head]:
    """The headings without a contents list's: the entries right under "Contents" or 目录, with no
    text of their own, the first of them written again as a later heading ("1. Introduction and
    Purpose"), down to the first written again (and an appendix the stored copy stops before),
    and the list's own heading, so that the parts do not nest under the list or its last entry
    ("Appendix A: Glossary", 第八章 附则)."""
    later = {head.label: k for k, head in enumerate(heads)}

    def bodiless(k: int) -> bool:
        return (
            heads[k].title_only
            and k + 1 < len(heads)
            and _only_blank_between(raw, heads[k].last, heads[k + 1].first)
        )

    kept: list[_Head] = []
    listed: set[str] = set()
    for k, head in enumerate(heads):
        if listed:
            if head.label not in listed and bodiless(k):
                listed.add(head.label)
                continue
            listed = set()  # the first part written again, or a part's text: the list is over
        elif (
            kept
            and _CONTENTS_LABEL.fullmatch(kept[-1].label)
            and _only_blank_between(raw, kept[-1].last, head.first)
            and bodiless(k)
            and later[head.label] > k
        ):
            kept.pop()
            listed = {head.label}
            continue
        kept.append(head)
    return kept


def _only_blank_between(raw: list[str], a: int, b: int) -> bool:
    return all(not raw[k].strip() for k in range(a + 1, b))


def _blocks(text: str, lines: list[tuple[int, int]], heads: list[_Head]) -> list[_Block]:
    blocks: list[_Block] = []
    first_start = lines[heads[0].first][0] if heads else len(text)
    if first_start > 0:
        blocks.append(_Block(0, first_start, (), ()))
    stack: list[_Head] = []
    tight_prev: _Head | None = None
    for k, head in enumerate(heads):
        start = lines[head.first][0]
        end = lines[heads[k + 1].first][0] if k + 1 < len(heads) else len(text)
        if head.rank == R_PART:
            stack = [head]
            path: tuple[str, ...] = (head.label,)
            parent: tuple[str, ...] = ()
        else:
            while stack and stack[-1].rank >= head.rank:
                stack.pop()
            parent = tuple(h.label for h in stack if h.rank > R_PART)
            stack.append(head)
            path = (*parent, head.label)
        body_start = lines[head.last][1]
        body = text[body_start:end]
        heading_only = head.title_only and not body.strip()
        block = _Block(start, end, path, parent, head.item, heading_only, not head.item, head.rank == R_PART)
        # A tight list ("1. x\n2. y\n3. z") followed by a blank line and a paragraph: the
        # paragraph belongs to the list's parent, not to the last item.
        tight = (
            head.item
            and head.title_only
            and tight_prev is not None
            and tight_prev.rank == head.rank
            and tight_prev.last == head.first - 1
        )
        tight_prev = head if head.item and head.title_only else None
        if tight and not heading_only:
            gap = re.search(r"\n[ \t\u3000]*\n", body)
            if gap:
                cut = body_start + gap.end()
                blocks.append(_Block(start, cut, path, parent, head.item, True))
                stack.pop()
                blocks.append(_Block(cut, end, parent, parent[:-1], lead=True))
                continue
        blocks.append(block)
    return _fold_heading_only(blocks)


def _common_prefix(paths: list[tuple[str, ...]]) -> tuple[str, ...]:
    out: list[str] = []
    for parts in zip(*paths, strict=False):
        if all(p == parts[0] for p in parts):
            out.append(parts[0])
        else:
            break
    return tuple(out)


def _fold_heading_only(blocks: list[_Block]) -> list[_Block]:
    """Keep a heading inside the first chunk that follows it when that chunk is its own content;
    a heading with no body of its own (a table of contents, a heading right before a sibling)
    stays a block, consecutive ones together."""
    out: list[_Block] = []
    for b in reversed(blocks):
        nxt = out[-1] if out else None
        if b.heading_only and nxt is not None and (b.part or nxt.path[: len(b.path)] == b.path):
            out[-1] = _Block(
                b.start, nxt.end, nxt.path, nxt.parent, nxt.item, nxt.heading_only, True, nxt.part
            )
            continue
        out.append(b)
    out.reverse()
    merged: list[_Block] = []
    for b in out:
        prev = merged[-1] if merged else None
        if b.heading_only and not b.item and prev is not None and prev.heading_only and not prev.item:
            path = _common_prefix([prev.path, b.path])
            merged[-1] = _Block(prev.start, b.end, path, path[:-1], False, True, True)
            continue
        merged.append(b)
    for b in merged:
        b.heading_only = False
    return merged


# --- splitting ---------------------------------------------------------------------------------------


def _trimmed(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _tlen(text: str, s: int, e: int) -> int:
    a, b = _trimmed(text, s, e)
    return b - a


_CJK_BEFORE = r"(?<=[\u3400-\u9fff”’」』）)])"
_RE_SENT = re.compile(
    rf"[。！？；]+[”’」』\"'）)]*|{_CJK_BEFORE}[.!?;]+[”’」』）)]*|[.!?;]+[\"'”’)\]]*(?=\s|$)"
)
_RE_CLAUSE = re.compile(rf"[，、：]|{_CJK_BEFORE}[,:]|[,:](?=\s)")


def _boundaries(text: str, s: int, e: int, level: int) -> list[int]:
    """Cut positions strictly inside (s, e): 0 paragraphs/tables, 1 lines, 2 sentences, 3 clauses."""
    cuts: list[int] = []
    if level <= 1:
        pos = s
        prev_line = None
        prev_table = False
        while pos < e:
            nl = text.find("\n", pos, e)
            line_end = e if nl == -1 else nl
            line = text[pos:line_end]
            is_table = bool(_RE_TABLE.match(line))
            if pos > s and prev_line is not None:
                prev = prev_line.rstrip()
                if level == 0:
                    if (
                        not prev.strip()
                        or (is_table != prev_table and line.strip())
                        or prev[-1:] in "。！？：；"
                    ):
                        cuts.append(pos)
                elif (
                    _RE_BULLET.match(line)
                    or is_table
                    or prev_table
                    or prev[-1:] in ".!?:;。！？：；"
                    or _RE_NUM.match(line)
                    or _RE_PNUM.match(line)
                    or (_RE_ROW.match(line) and _RE_ROW.match(prev))
                ):
                    cuts.append(pos)
            if line.strip():
                prev_table = is_table
            prev_line = line
            if nl == -1:
                break
            pos = nl + 1
        return [c for c in cuts if s < c < e]
    regex = _RE_SENT if level == 2 else _RE_CLAUSE
    for m in regex.finditer(text, s, e):
        end = m.end()
        if level == 2 and m.group()[0] == ".":
            before = text[max(s, m.start() - 20) : m.start()].split()
            token = before[-1] if before else ""
            bare = token.strip("(\"'“")
            if "." in bare or len(bare) <= 1 or bare.lower() in _ABBR:
                continue
        if s < end < e:
            cuts.append(end)
    return cuts


def _hard_cut(text: str, s: int, e: int, limit: int) -> list[tuple[int, int]]:
    out = []
    pos, e = _trimmed(text, s, e)
    while e - pos > limit:
        cut = pos + limit
        for k in range(cut, pos + limit // 2, -1):
            if text[k].isspace():
                cut = k
                break
        out.append((pos, cut))
        pos, _ = _trimmed(text, cut, e)
    out.append((pos, e))
    return out


def _split(text: str, s: int, e: int, limit: int, level: int = 0) -> list[tuple[int, int]]:
    if _tlen(text, s, e) <= limit:
        return [(s, e)]
    if level > 3:
        return _hard_cut(text, s, e, limit)
    cuts = _boundaries(text, s, e, level)
    if not cuts:
        return _split(text, s, e, limit, level + 1)
    edges = [s, *cuts, e]
    out: list[tuple[int, int]] = []
    cur: tuple[int, int] | None = None
    for a, b in itertools.pairwise(edges):
        if _tlen(text, a, b) > limit:
            if cur and _tlen(text, *cur) < limit * _HEADING:
                a = cur[0]  # a heading or lead-in line stays with the text it introduces
            elif cur:
                out.append(cur)
            cur = None
            out.extend(_split(text, a, b, limit, level + 1))
            continue
        if cur is not None:
            cur_len = _tlen(text, *cur)
            joined = _tlen(text, cur[0], b)
            if joined <= limit and (level != 0 or cur_len < limit * _FOCUS or not _tlen(text, a, b)):
                cur = (cur[0], b)
                continue
            out.append(cur)
        cur = (a, b)
    if cur:
        if out and _tlen(text, *cur) < _FRAGMENT_CHARS and _tlen(text, out[-1][0], cur[1]) <= limit:
            cur = (out.pop()[0], cur[1])
        out.append(cur)
    return out


# --- public ------------------------------------------------------------------------------------------


def _table_header(text: str, start: int, end: int) -> tuple[int, str] | None:
    """Where the header row of a flattened table in text[start:end] ends, and its cells as a
    label ("序号 单位 首席数据官姓名 职务 …"): the row without digits right above the first row
    with them (a caption above it, 附件1 首席数据官名单 (2025年), is not the header)."""
    previous: re.Match[str] | None = None
    for line in re.finditer(r"[^\n]+", text[start:end]):
        if not line.group(0).strip():
            continue
        if (
            previous is not None
            and _RE_ROW.match(line.group(0))
            and re.search(r"\d", line.group(0))
            and _RE_ROW.match(previous.group(0))
            and not re.search(r"\d", previous.group(0))
        ):
            return start + previous.end(), " ".join(previous.group(0).split())
        previous = line
    return None


def chunk_document(doc: Document, max_chars: int = 480, en_max_chars: int = 1000) -> list[Chunk]:
    """Cut `doc.text` along its own structure; each chunk carries its section path and offsets.

    Chinese chunks are at most `max_chars` long, others at most `en_max_chars`; a sentence longer
    than that is cut at commas and finally hard-cut, so the limits always hold.
    """
    if max_chars < 1 or en_max_chars < 1:
        raise ValueError("max_chars and en_max_chars must be positive")
    text = doc.text

    def limit_for(s: int, e: int) -> int:
        return max_chars if is_chinese(text[s:e]) else en_max_chars

    lines = _line_spans(text)
    blocks = _blocks(text, lines, _find_heads(text, lines))

    spans: list[tuple[int, int, tuple[str, ...]]] = []
    cur: dict | None = None

    def flush() -> None:
        nonlocal cur
        if cur is not None:
            path = cur["path"] if cur["n"] == 1 else cur["anchor"]
            spans.append((cur["start"], cur["end"], path))
            cur = None

    for b in blocks:
        if cur is not None and b.item and not b.lead:
            anchor = cur["anchor"]
            if cur["n"] == 1:
                if b.parent == cur["path"]:
                    anchor = cur["path"]
                elif b.parent == cur["parent"] and cur["item"]:
                    anchor = cur["parent"]
                else:
                    anchor = None
            elif b.parent != anchor:
                anchor = None
            limit = limit_for(cur["start"], b.end)
            short = max(_tlen(text, cur["last"], cur["end"]), _tlen(text, b.start, b.end)) < limit * _SHORT
            if anchor is not None and short and _tlen(text, cur["start"], b.end) <= limit:
                cur.update(end=b.end, last=b.start, anchor=anchor, n=cur["n"] + 1)
                continue
        flush()
        limit = limit_for(b.start, b.end)
        if _tlen(text, b.start, b.end) <= limit:
            cur = {"start": b.start, "end": b.end, "path": b.path, "parent": b.parent, "item": b.item}
            cur.update(anchor=None, n=1, last=b.start)
        else:
            header = _table_header(text, b.start, b.end)
            for s, e in _split(text, b.start, b.end, limit):
                # a piece of the table's rows after its header says what its cells are
                newline = text.find("\n", s, e)
                first_line = text[s : newline if newline != -1 else e]
                if header and s >= header[0] and _RE_ROW.match(first_line):
                    spans.append((s, e, (*b.path, header[1])))
                else:
                    spans.append((s, e, b.path))
    flush()

    tight = min(max_chars, en_max_chars)
    final: list[tuple[int, int, tuple[str, ...]]] = []
    for s, e, path in spans:
        s, e = _trimmed(text, s, e)
        if s >= e:
            continue
        if e - s > limit_for(s, e):
            for a, b in _split(text, s, e, tight):
                a, b = _trimmed(text, a, b)
                if a < b:
                    final.append((a, b, path))
        else:
            final.append((s, e, path))

    starts = [p.start for p in doc.pages]
    chunks = []
    for index, (s, e, path) in enumerate(final):
        page = None
        if doc.pages:
            k = max(bisect.bisect_right(starts, s) - 1, 0)
            page = doc.pages[k].label
        chunks.append(Chunk(doc.doc_id, index, text[s:e], s, e, SEP.join(path), page))
    return chunks
