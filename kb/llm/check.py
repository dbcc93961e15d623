"""The clause-by-clause check of a model's answer: a sentence stays only when it cites a clause
that holds what it says.

Every sentence must carry a valid [n]; every number, date, 文号, place, role, quotation and
《title》 in it must be found in one of the clauses it cites, compared after folding
(traditional -> simplified, full-width -> half-width, case, spaces) and by value: 2023年5月31日 is
2023-05-31 is May 31, 2023; 十 is 10 is ten; 三年 is 3年. Pure: text and citations in, verdicts out.

Extraction is lenient on the clause side (any numeral it holds counts) and strict only where
a sentence clearly states a fact (一 counts as a number in 一名, not in 统一), so a faithful
paraphrase passes and an invented figure does not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from kb.answer import split_sentences
from kb.dates import MONTHS, cn_number, parse_date, period_end
from kb.places import aliases, place_core, place_name_in_pinyin
from kb.roles import EN_CDO, ZH_CDO, en_role_mentions, zh_role_mentions
from kb.text import DOC_NUMBER, HAN, HAN_CHAR, fold, fold_compact, tokenize
from kb.types import Citation

# [1], [1][2], [1, 2], 【1】, ［1］ — but not the year of a 文号 written with square brackets
# (海府办函[2023]5号).
CITE = re.compile(r"[\[【［]\s*(\d{1,3}(?:\s*[,，、]\s*\d{1,3})*)\s*[\]】］](?!\s*第?\s*\d{1,5}\s*[号號])")
_CITES_AFTER_STOP = re.compile(
    r"([。！？；.!?;])([ \t]*\n?[ \t]*)((?:\[\d{1,3}(?:\s*[,，、]\s*\d{1,3})*\][ \t]*)+)"
)
_ITEM = re.compile(
    r"^\s*(?:[-*•●▪]|\d{1,2}[.)、．](?!\d)|[(（]\d{1,2}[)）]|[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)\s*"
)
_LEAD_IN = re.compile(r"[；;：:]\s*$")
_WORDY = re.compile(rf"[\w{HAN}]")
_THINK = re.compile(r"<think>.*?(?:</think>|$)", re.S)

_QUOTES = re.compile(r"“([^”]{1,300})”|\"([^\"]{1,300})\"|「([^」]{1,300})」|『([^』]{1,300})』")
_TITLE = re.compile(r"《([^》]{2,120})》")
_ELLIPSIS = re.compile(r"…+|\.{3,}")
_EDGE_PUNCT = " \t\n.,;:!?。，；：！？、…"

# 文号 (kb.text.DOC_NUMBER), and an OMB memorandum's M-19-23.
_MEMO = re.compile(r"\bm-(\d{2})-(\d{2,3})\b")

_CN_DIGITS = "零〇○一二两三四五六七八九十百千万亿"
_CN_RUN = re.compile(f"[{_CN_DIGITS}]+")
_CN_SMALL = "一二两三四五六七八九十"
# what a count is a count of: 一名, 三年, 十项, 两级 (a single numeral elsewhere is a word: 统一, 一网通办)
_MEASURE = set("名个项年月日天周次批家条位人级类种季期部份款章节所届轮倍岁小时分篇点")
_NOT_NUMERALS = frozenset({"十分", "万一", "一把手", "首批", "一一", "万万"})
_MONTH_NAME = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH_DAY = [
    (re.compile(rf"(\d{{1,2}}|[{_CN_SMALL}]{{1,3}})\s*月\s*(\d{{1,2}}|[{_CN_SMALL}]{{1,3}})\s*[日号]"), "md"),
    (re.compile(rf"\b({_MONTH_NAME})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*,?\s*\d{{4}})"), "Md"),
    (re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_NAME})\b\.?"), "dM"),
]
_MONTH = [
    (re.compile(rf"(\d{{1,2}}|[{_CN_SMALL}]{{1,3}})\s*(?:个)?\s*月(?!\d)"), "m"),
    (re.compile(rf"\b({_MONTH_NAME})\b\.?"), "M"),
]
_ARABIC = re.compile(r"(?<![\d.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d])")
_PERCENT_CN = re.compile(f"百分之([{_CN_DIGITS}点]+)")
_UNITS_EN = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS_EN = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen"]
_TEENS_EN += ["sixteen", "seventeen", "eighteen", "nineteen"]
_TENS_EN = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_EN_WORD = re.compile(
    rf"\b(?:({'|'.join(_TENS_EN)})(?:[-\s]({'|'.join(_UNITS_EN)}))?|({'|'.join(_TEENS_EN + _UNITS_EN)})|(hundred|thousand))\b"
)
_PLACE_WORDS = re.compile(
    r"\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)\s+(?:County|City|Province|District|Town|Township|Prefecture|Municipality)\b"
)
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\b")
_NOT_A_PLACE_START = tuple("各全本该每其此")
_NOT_A_PLACE = frozenset(
    {"each", "every", "the", "a", "an", "this", "that", "all", "any", "its", "their", "our"}
)
# "may" and "march" written in lower case are a verb, not a month
_MODAL = re.compile(r"\b(?:may|march)\b")


@dataclass(frozen=True)
class Dropped:
    sentence: str
    reason: str


@dataclass
class Checked:
    kept: list[str] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)
    # the answer with the dropped sentences taken out (kept ones in their places and layout)
    text: str = ""


# ---------------------------------------------------------------------------------------------
# Sentences


def strip_thinking(text: str) -> str:
    """A reasoning model's <think>…</think> block is not part of its answer."""
    return _THINK.sub("", text).strip()


def _sentences(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The answer with each [n] moved before the stop it followed (兼任。[1] -> 兼任[1]。), and
    the spans of its sentences (kb.answer.split_sentences, which reads U.S. as no sentence
    end). Pieces without a word or a number (markdown rules, a lone [1]) are left out."""
    text = _CITES_AFTER_STOP.sub(lambda m: f"{m.group(3).rstrip()}{m.group(1)}{m.group(2)}", text)
    spans: list[tuple[int, int]] = []
    for start, end in split_sentences(text):
        before = text[spans[-1][0] : spans[-1][1]] if spans else ""
        # A part ending in ；or ： without its own [n] is covered by the [n] that ends the
        # sentence it begins.
        if spans and _LEAD_IN.search(before) and not CITE.search(before):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    kept = []
    for start, end in spans:
        piece = text[start:end]
        if CITE.fullmatch(piece.strip()) and kept:  # a marker left on its own: it belongs before
            kept[-1] = (kept[-1][0], end)
        elif _WORDY.search(CITE.sub("", piece)):
            kept.append((start, end))
    return text, kept


def cited_numbers(sentence: str) -> list[int]:
    return [int(n) for m in CITE.finditer(sentence) for n in re.split(r"\s*[,，、]\s*", m.group(1))]


def _claim(sentence: str) -> str:
    """The sentence without its citations, its list marker and markdown emphasis."""
    return _ITEM.sub("", CITE.sub(" ", sentence).replace("**", "").replace("__", ""), count=1).strip()


# ---------------------------------------------------------------------------------------------
# Facts


def _mask(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def _all_dates(text: str) -> list[tuple[str, int, int]]:
    found, pos = [], 0
    while True:
        got = parse_date(text[pos:])
        if got is None:
            return found
        value, start, end = got
        found.append((value, pos + start, pos + end))
        pos += end


def _small(token: str) -> int | None:
    return int(token) if token.isdigit() else cn_number(token)


def _month(token: str) -> int | None:
    value = (
        MONTHS.get(token.lower().rstrip(".")) if token[:1].isalpha() and token.isascii() else _small(token)
    )
    return value if value and 1 <= value <= 12 else None


def _doc_numbers(folded: str) -> list[tuple[tuple[str, int, int], int, int]]:
    found = [
        ((m.group(1), int(m.group(2)), int(m.group(3))), m.start(), m.end())
        for m in DOC_NUMBER.finditer(folded)
    ]
    found += [(("m", int(m.group(1)), int(m.group(2))), m.start(), m.end()) for m in _MEMO.finditer(folded)]
    return found


def _english_number(m: re.Match[str]) -> int:
    tens, unit, single, big = m.groups()
    if big:
        return 100 if big == "hundred" else 1000
    if tens:
        return (_TENS_EN.index(tens) + 2) * 10 + (_UNITS_EN.index(unit) + 1 if unit else 0)
    return _UNITS_EN.index(single) + 1 if single in _UNITS_EN else _TEENS_EN.index(single) + 10


def _numeral_positions(folded: str) -> set[int]:
    """Where jieba reads a numeral (一名, 三年, 十项, 第三条), not a word holding one (统一, 进一步,
    十分, 万一)."""
    if not _CN_RUN.search(folded):
        return set()
    import jieba.posseg

    from kb.text import _jieba

    _jieba()
    at, found = 0, set()
    for word in jieba.posseg.lcut(folded, HMM=False):
        if word.flag == "m" and word.word not in _NOT_NUMERALS:
            found.update(range(at, at + len(word.word)))
        at += len(word.word)
    return found


@dataclass
class Facts:
    dates: list[str] = field(default_factory=list)  # YYYY, YYYY-MM, YYYY-MM-DD
    month_days: list[tuple[int, int]] = field(default_factory=list)
    months: list[int] = field(default_factory=list)
    numbers: list[float] = field(default_factory=list)
    doc_numbers: list[tuple[str, int, int]] = field(default_factory=list)
    shown: dict[object, str] = field(default_factory=dict)  # fact -> as written, for the reason


def facts(text: str, lenient: bool) -> Facts:
    """Dates, month-days, months, 文号 and other numbers of `text`, each consumed before the next
    kind is looked for (2023年5月31日 is one date, not the numbers 2023, 5 and 31). `lenient`
    (a clause) also keeps every numeral it holds, date parts included, and reads one, 一 and 统一's
    一 as numbers: what a clause might support, not what a sentence claims."""
    folded = fold(_MODAL.sub(lambda m: " " * len(m.group()), text))
    out = Facts()
    rest = folded
    for key, start, end in _doc_numbers(folded):
        out.doc_numbers.append(key)
        out.shown[key] = folded[start:end].strip()
        rest = _mask(rest, start, end)
    for value, start, end in _all_dates(rest):
        out.dates.append(value)
        out.shown[value] = rest[start:end].strip()
        rest = _mask(rest, start, end)
    for pattern, kind in _MONTH_DAY:
        for m in pattern.finditer(rest):
            month, day = (m.group(2), m.group(1)) if kind == "dM" else (m.group(1), m.group(2))
            mo, d = _month(month), _small(day)
            if mo and d and 1 <= d <= 31:
                out.month_days.append((mo, d))
                out.shown[(mo, d)] = m.group(0).strip()
                rest = _mask(rest, m.start(), m.end())
    for pattern, _ in _MONTH:
        for m in pattern.finditer(rest):
            if "个" in m.group(0):
                continue  # 三个月 is a length, not a month: its 三 is a number below
            mo = _month(m.group(1))
            if mo:
                out.months.append(mo)
                out.shown[("month", mo)] = m.group(0).strip()
                rest = _mask(rest, m.start(), m.end())
    for m in _PERCENT_CN.finditer(rest):
        value = cn_number(m.group(1))
        if value is not None:
            out.numbers.append(float(value))
            out.shown[float(value)] = m.group(0)
            rest = _mask(rest, m.start(), m.end())
    for m in _ARABIC.finditer(rest):
        value = float(m.group(1).replace(",", ""))
        out.numbers.append(value)
        out.shown.setdefault(value, m.group(1))
    numeral_at = set() if lenient else _numeral_positions(rest)
    for m in _CN_RUN.finditer(rest):
        run = m.group(0)
        value = cn_number(run)
        counted = m.start() in numeral_at and (
            len(run) > 1
            or rest[m.end() : m.end() + 1] in _MEASURE
            or rest[max(m.start() - 1, 0) : m.start()] == "第"
        )
        if value is not None and (counted or lenient):
            out.numbers.append(float(value))
            out.shown.setdefault(float(value), run)
        elif lenient:
            out.numbers += [float(v) for ch in run if (v := cn_number(ch)) is not None]
    for m in _EN_WORD.finditer(rest):
        value = float(_english_number(m))
        if value == 1 and not lenient:
            continue  # "one of the duties" claims no figure
        out.numbers.append(value)
        out.shown.setdefault(value, m.group(0))
    if lenient:
        if re.search(r"\bone\b|\ba\b|\ban\b|[一]", folded):
            out.numbers.append(1.0)
        for date in out.dates:
            out.numbers += [float(part) for part in date.split("-")]
            if len(date) >= 7:
                out.months.append(int(date[5:7]))
            if len(date) == 10:
                out.month_days.append((int(date[5:7]), int(date[8:10])))
        out.months += [m for m, _ in out.month_days]
        out.numbers += [float(x) for md in out.month_days for x in md] + [float(m) for m in out.months]
        out.numbers += [float(part) for key in out.doc_numbers for part in key[1:]]
    return out


def _date_supported(date: str, clause_dates: list[str]) -> bool:
    """Said as precisely as the clause or less (May 2023 for 2023年5月31日); the last day of a
    month the clause names (1月底 -> 2023-01-31) counts as that month."""
    for known in clause_dates:
        if known == date or known.startswith(date + "-"):
            return True
        if len(date) == 10 and len(known) == 7 and date[:7] == known and period_end(known) == date:
            return True
    return False


def _doc_number_supported(key: tuple[str, int, int], known: list[tuple[str, int, int]]) -> bool:
    """Same year and number, and the same issuer's abbreviation: the characters before the
    bracket agree on their last four (依据海府办函 and 根據海府辦函 both end in 海府办函; 粤府办函 does
    not), or on all of the shorter one (国发)."""
    prefix, year, number = key
    for k_prefix, k_year, k_number in known:
        if (k_year, k_number) != (year, number):
            continue
        common = next(
            (i for i in range(min(len(prefix), len(k_prefix))) if prefix[-1 - i] != k_prefix[-1 - i]), None
        )
        common = min(len(prefix), len(k_prefix)) if common is None else common
        if common >= min(len(prefix), len(k_prefix), 4):
            return True
    return False


# ---------------------------------------------------------------------------------------------
# Places and roles


@lru_cache(maxsize=4096)
def _chinese_places(folded: str) -> tuple[str, ...]:
    """The place names jieba tags in folded Chinese text (海丰县, 广东省, 旧金山), without
    collective forms (各县区, 全市)."""
    if not HAN_CHAR.search(folded):
        return ()
    import jieba.posseg

    from kb.text import _jieba

    _jieba()
    words = jieba.posseg.lcut(folded, HMM=False)
    return tuple(
        dict.fromkeys(
            w.word
            for w in words
            if w.flag == "ns" and len(w.word) >= 2 and not w.word.startswith(_NOT_A_PLACE_START)
        )
    )


@lru_cache(maxsize=4096)
def _is_english_place(name: str) -> bool:
    """A capitalised English name CC-CEDICT glosses a Chinese place name with (Texas, San
    Francisco, Guangdong)."""
    return any(_chinese_places(fold(zh)) for zh in aliases(name)[1:])


def _english_places(text: str) -> list[str]:
    """Named places of English text: "Haifeng County", "Guangdong Province", and capitalised
    names that CC-CEDICT knows as places."""
    found = [m.group(1) for m in _PLACE_WORDS.finditer(text) if m.group(1).lower() not in _NOT_A_PLACE]
    for m in _CAPITALISED.finditer(text):
        name = m.group(0)
        words = name.split()
        for size in range(len(words), 0, -1):  # the longest place inside "In San Francisco"
            hit = next(
                (
                    " ".join(words[i : i + size])
                    for i in range(len(words) - size + 1)
                    if _is_english_place(" ".join(words[i : i + size]))
                ),
                None,
            )
            if hit:
                found.append(hit)
                break
    return list(dict.fromkeys(found))


def _forms(place: str) -> set[str]:
    """Every form a clause may write a place in: 海丰县, 海丰, haifeng; Texas, 得克萨斯."""
    forms = {fold(place).strip(), *aliases(place)}
    if HAN_CHAR.search(place):
        forms |= {place_core(place), place_name_in_pinyin(place)}
    return {f for f in forms if len(f) >= 2}


def _holds(folded: str, form: str) -> bool:
    if HAN_CHAR.search(form):
        return form in folded
    return re.search(rf"(?<![a-z]){re.escape(form)}(?![a-z])", folded) is not None


def _place_supported(place: str, sources: list[tuple[str, str]]) -> bool:
    """Named in a cited clause in any of its forms, or a clause names a place one of whose forms
    it is (Haifeng for 海丰县)."""
    forms = _forms(place)
    for original, folded in sources:
        if any(_holds(folded, f) for f in forms):
            return True
        named = [*_chinese_places(folded), *_english_places(original)]
        if any(forms & _forms(p) for p in named):
            return True
    return False


def _roles(folded: str) -> list[tuple[str, tuple[str, ...], bool]]:
    """(role, levels, english) for each role the text names; 首席数据官 and Chief Data Officer
    are one role."""
    found = [(ZH_CDO if r.role == EN_CDO else r.role, r.levels, False) for r in zh_role_mentions(folded)]
    taken = [(r.start, r.end) for r in zh_role_mentions(folded)]
    for r in en_role_mentions(folded):
        if not any(a < r.end and r.start < b for a, b in taken):
            found.append((ZH_CDO if r.role == EN_CDO else r.role, r.levels, True))
    return found


def _role_supported(role: tuple[str, tuple[str, ...], bool], sources: list[tuple[str, str]]) -> bool:
    name, levels, english = role
    for _, folded in sources:
        same = [r for r in _roles(folded) if r[0] == name]
        if not same:
            continue
        stated = {lv for r in same for lv in r[1]}
        if not levels or not stated or any(r[2] != english for r in same):
            return True  # a level only one side states, or said in the other language
        if set(levels) <= stated:
            return True
    return False


def _role_shown(role: tuple[str, tuple[str, ...], bool]) -> str:
    name, levels, _ = role
    return "、".join(levels) + name if levels and HAN_CHAR.search(name) else name


# ---------------------------------------------------------------------------------------------
# The check


def _quote_supported(quote: str, sources: list[tuple[str, str]]) -> bool:
    """Verbatim after folding; a quotation shortened with … must hold each part, in order."""
    parts = [fold_compact(p.strip(_EDGE_PUNCT)) for p in _ELLIPSIS.split(quote)]
    parts = [p for p in parts if p]
    if not parts:
        return True
    for original, _ in sources:
        compact = fold_compact(original)
        at = 0
        for part in parts:
            at = compact.find(part, at)
            if at < 0:
                break
            at += len(part)
        else:
            return True
    return False


def _unnumbered(text: str) -> str:
    return "\n".join(_ITEM.sub("", line, count=1) for line in text.splitlines())


def _cites(numbers: list[int]) -> str:
    return " or ".join(f"[{n}]" for n in numbers)


_QUESTION_END = re.compile(r"[?？]\s*$")
# The article or section a clause is, named in its section path: 第五十六条, § 3520, Sec. 22D.2.
_ARTICLE_NUMBER = re.compile(
    r"第[一二三四五六七八九十百零〇\d]+条|§+\s*[\w.\-]+|\bSEC\.\s*[\w.\-]+", re.IGNORECASE
)


def _unsupported(claim: str, cited: list[Citation], known_places: tuple[str, ...] = ()) -> str | None:
    """Why the claim is not held by the clauses it cites, or None when it is. `known_places`
    (those of all the clauses shown) are found in the claim in any form, Haifeng for 海丰县,
    so a place is not moved from one clause to another."""
    sources = [
        (f"{c.title}\n{c.section}\n{c.text}", fold(f"{c.title}\n{c.section}\n{c.text}")) for c in cited
    ]
    where = _cites([c.n for c in cited])
    if _QUESTION_END.search(claim):
        return "a question, not an answer"
    words = set(tokenize(_TITLE.sub(lambda m: m.group(1), claim)))
    labels = set(tokenize(" ".join(f"{c.title} {c.section}" for c in cited)))
    if words and words <= labels:
        return f"only repeats the title or heading of {where}"
    for m in _QUOTES.finditer(claim):
        quote = next(g for g in m.groups() if g is not None)
        if not _quote_supported(quote, sources):
            return f"the quotation {m.group(0)} is not word for word in {where}"
    for m in _TITLE.finditer(claim):
        if not _quote_supported(m.group(1), sources):
            return f"the title {m.group(0)} is not in {where}"
    said = facts(claim, lenient=False)
    # figures from the title and the clause, not from list markers or the section path (三、工作任务),
    # except the article a clause is (第五十六条, § 3520)
    known = [
        facts(
            f"{c.title}\n{' '.join(_ARTICLE_NUMBER.findall(c.section))}\n{_unnumbered(c.text)}", lenient=True
        )
        for c in cited
    ]
    for key in said.doc_numbers:
        if not any(_doc_number_supported(key, k.doc_numbers) for k in known):
            return f"the document number {said.shown[key]} is not in {where}"
    for date in said.dates:
        bare_year = len(date) == 4 and any(float(date) in k.numbers for k in known)
        if not bare_year and not any(_date_supported(date, k.dates) for k in known):
            return f"the date {said.shown[date]} ({date}) is not in {where}"
    for md in said.month_days:
        if not any(md in k.month_days for k in known):
            return f"the date {said.shown[md]} is not in {where}"
    for month in said.months:
        if not any(month in k.months for k in known):
            return f"the month {said.shown[('month', month)]} is not in {where}"
    for number in said.numbers:
        if not any(number in k.numbers for k in known):
            return f"the number {said.shown[number]} is not in {where}"
    folded = fold(claim)
    places = [*_chinese_places(folded), *_english_places(claim)]
    places += [p for p in known_places if p not in places and any(_holds(folded, f) for f in _forms(p))]
    for place in places:
        if not _place_supported(place, sources):
            return f"the place {place} is not in {where}"
    for role in _roles(folded):
        if not _role_supported(role, sources):
            return f"the role {_role_shown(role)} is not in {where}"
    return None


def check_answer(text: str, citations: list[Citation]) -> Checked:
    """Split the model's answer into sentences and keep those that cite an existing clause
    holding every number, date, 文号, place, role and quotation they state."""
    by_n = {c.n: c for c in citations}
    normalised, spans = _sentences(strip_thinking(text))
    checked = Checked()
    known_places = tuple(
        dict.fromkeys(p for c in citations for p in _chinese_places(fold(f"{c.title}\n{c.text}")))
    )
    pieces: list[str] = []
    last = 0
    for start, end in spans:
        pieces.append(normalised[last:start])
        last = end
        raw = normalised[start:end]
        sentence = raw.strip()
        numbers = list(dict.fromkeys(cited_numbers(sentence)))
        valid = [n for n in numbers if n in by_n]
        reason = None
        if not numbers:
            reason = "no citation"
        elif not valid:
            verb = "does" if len(numbers) == 1 else "do"
            reason = f"cites {_cites(numbers).replace(' or ', ', ')}, which {verb} not exist"
        else:
            reason = _unsupported(_claim(sentence), [by_n[n] for n in valid], known_places)
        if reason is not None:
            checked.dropped.append(Dropped(sentence, reason))
            continue
        if len(valid) < len(numbers):  # a marker of a clause that does not exist is taken out
            sentence = CITE.sub(
                lambda m: "".join(f"[{n}]" for n in cited_numbers(m.group(0)) if n in by_n), sentence
            )
            raw = raw.replace(raw.strip(), sentence)
        checked.kept.append(sentence)
        pieces.append(raw)
    pieces.append(normalised[last:])
    if checked.dropped:
        body = "".join(pieces)
        body = "\n".join(line.rstrip() for line in body.splitlines() if _WORDY.search(CITE.sub("", line)))
        checked.text = body.strip()
    else:
        checked.text = normalised.strip()
    return checked
