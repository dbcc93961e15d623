"""How a question's words may be written in the other language (or, for a place, the other script).

Three sources, most general first:
- CC-CEDICT (kb.lexicon) for ordinary words, both directions; an English word's Chinese
  translations are kept only when the knowledge base uses them, so a dictionary's rare senses
  never reach the index.
- The places the knowledge base knows, in characters and in pinyin (海丰 <-> Haifeng).
- DOMAIN_TERMS below: CDO policy terms that a general dictionary lacks or translates otherwise.
"""

from __future__ import annotations

import calendar
import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from kb.dates import cn_number
from kb.lexicon import MAX_PHRASE_TOKENS, lexicon
from kb.places import NAME_RUN, aliases, glossed_names, is_named
from kb.text import HAN, MIN_STEM_CHARS, fold, segment, tokenize

# Each entry is one meaning: (Chinese terms, English phrases). Why each is here and not left to
# CC-CEDICT: the dictionary has no entry for the coined titles and slogans of these policies
# (首席数据官, 数据专员, 一网通办 …), and glosses some ordinary words only in a sense other than
# the one policy texts use (试点 is only "pilot scheme", 委员会 only "committee", not "council").
DOMAIN_TERMS: list[tuple[tuple[str, ...], tuple[str, ...]]] = [
    (("首席数据官", "资料长"), ("chief data officer", "cdo", "chief data official")),  # 資料長: Taiwan's
    (("首席数据执行官",), ("chief data executive officer", "chief data executive")),
    (("首席信息官",), ("chief information officer", "cio")),
    (("数据专员", "资料专员"), ("data commissioner", "data specialist")),  # 資料專員: Taiwan's
    (("政务专员",), ("government affairs commissioner",)),
    (("数据联络专员",), ("data liaison",)),
    (("一网通办",), ("one-stop service", "one network")),
    (("政务服务数据管理局", "政务数据局"), ("service data administration", "data administration")),
    (("试点",), ("pilot", "pilots")),
    (("委员会", "理事会"), ("council",)),
    (("工作组",), ("working group",)),
    # the dictionary's 主席 is a chairman or chairperson; charters and statutes name the post "Chair"
    (("主席",), ("chair",)),
    # the reporting verbs of policy texts: the dictionary lacks 报送 and 上报, and renders 交给 only
    # as give, deliver, hand, where an English text writes "submit to"
    (("报送", "上报", "提交", "交给"), ("submit",)),
    # the kinds of rules as their official English names them ("管理办法": Administrative Measures;
    # 细则, 规则, 规程: rules), senses the dictionary gives as "method", "regulations" or none
    (("办法",), ("measures",)),
    (("细则",), ("rules",)),
    (("规则",), ("rules",)),
    (("规程",), ("rules",)),
    # deadlines are written "…前完成" and asked "by when must we finish"; the dictionary's 完成
    # completes or accomplishes, and its 目录 is only the American "catalog"
    (("完成",), ("finish", "finished")),
    (("目录",), ("catalogue",)),
    (("数字政府",), ("digital government",)),
    (("数据要素",), ("data element", "data elements")),
    (("信息化项目",), ("it project", "information technology project")),
    # the dictionary glosses 国有企业 but has no entry for its usual English initials, nor for 国资委
    # and its SASAC
    (("国有企业", "国企"), ("state-owned enterprise", "soe", "soes")),
    (("国资委", "国有资产监督管理委员会"), ("sasac",)),
]

MAX_TRANSLATIONS = 6  # Chinese words kept per English word (the ones the corpus uses most)
MAX_FORMS = 4  # written forms of one gloss (two words of two forms each)
MAX_PIECE_SENSES = 16  # glosses of a compound from its pieces' glosses (two pieces of four senses each)


@dataclass(frozen=True)
class Bridge:
    """The question's tokens `source` may appear in a passage as `target`: their translation.
    A passage renders them when it holds every token of one of `senses` (by default each target
    token alone): 首席数据官 is "chief data officer" or "cdo", not any passage saying "data"."""

    source: tuple[str, ...]
    target: tuple[str, ...]
    senses: tuple[tuple[str, ...], ...] = ()

    @property
    def renderings(self) -> tuple[tuple[str, ...], ...]:
        return self.senses or tuple((t,) for t in self.target)

    def rendered_in(self, passage: set[str]) -> bool:
        return any(passage.issuperset(sense) for sense in self.renderings)


def _whole(term: str) -> tuple[str, ...]:
    """The tokens that say `term` in a passage: the word itself where indexing keeps it whole
    (首席数据官), else all its pieces."""
    tokens = tuple(tokenize(term))
    return (term,) if term in tokens else tokens


@lru_cache(maxsize=1)
def _domain() -> list[tuple[tuple[str, ...], tuple[str, ...], tuple[tuple[str, ...], ...]]]:
    """(zh tokens, zh terms, English phrases as token tuples) for every domain entry."""
    entries = []
    for zh_terms, english in DOMAIN_TERMS:
        zh_tokens = tuple(dict.fromkeys(t for term in zh_terms for t in tokenize(term)))
        phrases = tuple(tuple(tokenize(en)) for en in english if tokenize(en))
        entries.append((zh_tokens, zh_terms, phrases))
    return entries


def _contains(sequence: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(sequence[i : i + n]) == phrase for i in range(len(sequence) - n + 1))


def _domain_bridges(folded: str, tokens: list[str]) -> list[Bridge]:
    found: list[Bridge] = []
    for zh_tokens, zh_terms, phrases in _domain():
        english = tuple(dict.fromkeys(t for phrase in phrases for t in phrase))
        for phrase in phrases:
            if _contains(tokens, phrase):
                senses = tuple(_whole(term) for term in zh_terms) + tuple(p for p in phrases if p != phrase)
                found.append(Bridge(phrase, zh_tokens + tuple(t for t in english if t not in phrase), senses))
        for term in zh_terms:
            if term in folded:
                own = tuple(tokenize(term))
                others = tuple(t for t in zh_tokens if t not in own)
                senses = phrases + tuple(_whole(t) for t in zh_terms if t != term)
                found.append(Bridge(tuple(t for t in own if t in tokens) or own, english + others, senses))
    return found


def _pieces_senses(word: str, known: Callable[[str], int]) -> tuple[tuple[str, ...], ...]:
    """A compound the dictionary lacks (数据保护, 美国联邦) glossed by its dictionary pieces
    (数据 + 保护), the overlapping words indexing cuts it into, one gloss of each piece together
    ("data protection", "united states federal"); single characters (去, 化) have too many
    senses to stand for a part of a word."""
    words = lexicon()
    pieces = [p for p in tokenize(word) if p != word and len(p) > 1]
    glossed = [_known_senses(words.senses(piece), known) for piece in pieces]
    glossed = [g for g in glossed if g]
    if not glossed:
        return ()
    combined = (
        tuple(dict.fromkeys(t for sense in senses for t in sense)) for senses in itertools.product(*glossed)
    )
    return tuple(dict.fromkeys(itertools.islice(combined, MAX_PIECE_SENSES)))


def _dictionary_bridges(tokens: list[str], known: Callable[[str], int]) -> list[Bridge]:
    words = lexicon()
    found: list[Bridge] = []
    for token in dict.fromkeys(tokens):
        senses: tuple[tuple[str, ...], ...] = ()
        if token.isascii():
            # "sites" is indexed as sit, the dictionary's "site" as site (too short to stem): a
            # stem no gloss has (sit, rol) is looked up in -e too; a gloss's own word (plan) is not.
            own = words.chinese(token)
            stemmed = not own and token.isalpha() and len(token) >= MIN_STEM_CHARS
            # a noun in -ation says what its verb does: evaluation is evaluat(e)'s 评价 too
            # (a verb of five letters or more: not "station" of "stat", state's stem)
            verb = words.chinese(token[: -len("ion")]) if token.endswith("ation") and len(token) >= 8 else ()
            chinese = [
                w
                for w in dict.fromkeys((*(own or (words.chinese(token + "e") if stemmed else ())), *verb))
                if known(w)
            ]
            chinese.sort(key=lambda w: -known(w))
            target = tuple(chinese[:MAX_TRANSLATIONS])
        elif words.english(token):
            senses = _known_senses(words.senses(token), known)
            target = tuple(dict.fromkeys(t for sense in senses for t in sense))
        else:
            senses = _pieces_senses(token, known)
            target = tuple(dict.fromkeys(t for sense in senses for t in sense))
        if target:
            found.append(Bridge((token,), target, senses))
    return found


def _forms(token: str, known: Callable[[str], int]) -> tuple[str, ...]:
    """How passages write a gloss's word, of the forms some passage uses: the dictionary's base
    form, and for a short word in -e the stem its inflections leave in the index (kb.text: sites
    -> sit; site, too short to stem, stays site)."""
    forms = [token] if known(token) else []
    stem = token[:-1]
    if token.endswith("e") and len(stem) >= MIN_STEM_CHARS and token.isascii() and known(stem):
        forms.append(stem)
    return tuple(forms)


def _known_senses(
    senses: tuple[tuple[str, ...], ...], known: Callable[[str], int]
) -> tuple[tuple[str, ...], ...]:
    """The glosses whose every token some passage uses, in each form it uses (MAX_FORMS at
    most): the others no passage can render."""
    found: list[tuple[str, ...]] = []
    for sense in senses:
        forms = [_forms(t, known) for t in sense]
        if all(forms):
            found.extend(itertools.islice(itertools.product(*forms), MAX_FORMS))
    return tuple(dict.fromkeys(found))


# CC-CEDICT's words are mostly of two to four characters.
MAX_COMPOUND_CHARS = 4


def _split_compounds(folded: str) -> list[tuple[str, tuple[str, ...]]]:
    """Dictionary words that jieba's own dictionary lacks and so cuts into pieces (愿景 into
    愿 + 景, 数据集 into 数据 + 集), each with its pieces: only a run of whole pieces counts, so
    that no word is read across a boundary the segmenter drew (数据有 is 数据 + 有, not 据有)."""
    words = lexicon()
    found = []
    for run in re.findall(f"[{HAN}]+", folded):
        pieces = segment(run)
        i = 0
        while i < len(pieces):
            for size in range(min(MAX_COMPOUND_CHARS, len(pieces) - i), 1, -1):
                word = "".join(pieces[i : i + size])
                if len(word) <= MAX_COMPOUND_CHARS and words.english(word):
                    found.append((word, tuple(pieces[i : i + size])))
                    i += size
                    break
            else:
                i += 1
    return found


def _compound_bridges(folded: str, tokens: list[str], known: Callable[[str], int]) -> list[Bridge]:
    found = []
    for word, pieces in _split_compounds(folded):
        senses = _known_senses(lexicon().senses(word), known)
        target = tuple(dict.fromkeys(t for sense in senses for t in sense))
        source = tuple(p for p in pieces if p in tokens)
        if target and source:
            found.append(Bridge(source, target, senses))
    return found


def _place_bridges(folded: str, tokens: list[str], places: Iterable[str]) -> list[Bridge]:
    found: list[Bridge] = []
    for place in places:
        forms = aliases(place)
        named = [a for a in forms if is_named(a, folded, tokens)]
        if not named:
            continue
        source = tuple(t for a in named for t in tokenize(a) if t in tokens) or tuple(tokenize(named[0]))
        others = [a for a in forms if a not in named]
        target = tuple(dict.fromkeys(t for a in others for t in tokenize(a)))
        if target:
            found.append(Bridge(source, target, tuple(tuple(tokenize(a)) for a in others if tokenize(a))))
    return found


# A month by its number in Chinese (3月, 十二月) and by its name in English: a calendar, not a
# dictionary's sense ("2020年3月那次会" is "the March meeting", "March 2020" is 3月). May to
# Chinese only: "may" is a stopword, which no passage's tokens hold.
_MONTHS = calendar.month_name[1:]
_CHINESE_MONTH = re.compile(
    r"(?<![\d.一二三四五六七八九十〇零])(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月"
)
# "May" is a month with a date's day or year beside it ("May 2020", "by May 31", "31 May 2021"),
# not in "May 2 agencies share one CDO?" or "Section 3 May apply"
_ENGLISH_MONTH = re.compile(
    r"\b(?:(January|February|March|April|June|July|August|September|October|November|December)|"
    r"(May)(?=\s+\d{4}\b|\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\s+[A-Za-z]))|"
    r"(?<=\d )(May)(?=\s+\d{4}\b|\s*[,.;?!]|\s*$))\b"
)


def _month_bridges(question: str, folded: str) -> list[Bridge]:
    found: list[Bridge] = []
    for m in _CHINESE_MONTH.finditer(folded):
        month = cn_number(m.group(1))
        english = tuple(tokenize(_MONTHS[month - 1])) if month and 1 <= month <= 12 else ()
        if english:
            found.append(Bridge((str(month), "月"), english))
    for m in _ENGLISH_MONTH.finditer(question):
        name = next(g for g in m.groups() if g)
        chinese = (str(_MONTHS.index(name) + 1), "月")
        found.append(Bridge(tuple(tokenize(name)) or (name.lower(),), chinese, (chinese,)))
    return found


def bridges(
    question: str,
    places: Iterable[str] = (),
    known: Callable[[str], int] | None = None,
    tokens: list[str] | None = None,
) -> list[Bridge]:
    """The question's words (`tokens`, by default all of them) in the other language: domain
    terms, the dictionary's translations that the knowledge base uses (`known(token)` > 0, its
    document frequency), and places."""
    folded = fold(question)
    tokens = tokenize(question) if tokens is None else tokens
    found = _domain_bridges(folded, tokens)
    if known is not None:
        found += _dictionary_bridges(tokens, known) + _compound_bridges(folded, tokens, known)
        found += _name_bridges(question, tokens, known) + _phrase_bridges(tokens, known)
    return found + _month_bridges(question, folded) + _place_bridges(folded, tokens, places)


def _phrase_bridges(tokens: list[str], known: Callable[[str], int]) -> list[Bridge]:
    """Two or three English words in a row that the dictionary glosses together ("power grid":
    电网, "annual report": 年度报告), which each word's own translations miss: the headwords that
    some passage uses, each as the index writes it."""
    english = [t for t in tokens if t.isascii()]
    found: list[Bridge] = []
    for size in range(MAX_PHRASE_TOKENS, 1, -1):
        for at in range(len(english) - size + 1):
            phrase = tuple(english[at : at + size])
            written = [_whole(w) for w in lexicon().chinese_for_phrase(phrase)]
            used = sorted((w for w in written if all(known(t) for t in w)), key=lambda w: -min(map(known, w)))
            used = used[:MAX_TRANSLATIONS]
            if used:
                found.append(Bridge(phrase, tuple(dict.fromkeys(t for w in used for t in w)), tuple(used)))
    return found


def _name_bridges(question: str, tokens: list[str], known: Callable[[str], int]) -> list[Bridge]:
    """The names the dictionary glosses whole, by two words or more: "West China" is 华西 (of
    华西医院), not the West and China apart; its Chinese words that some passage uses."""
    found: list[Bridge] = []
    for run in NAME_RUN.finditer(question):
        for gloss, chinese in glossed_names(run.group(0)):
            used = tuple(w for w in chinese if known(w))
            source = tuple(t for t in tokenize(gloss) if t in tokens)
            if used and source:
                found.append(Bridge(source, used, tuple((w,) for w in used)))
    return found
