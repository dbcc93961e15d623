"""A drafter's plan outline (`cdokb draft`, issue #9): the six dimensions of a CDO plan as its
headings, under each the model clauses of comparable documents, quoted and cited, and how the
places differ on it. It compiles quotations and writes no policy text of its own.

Comparable documents: plan-type documents (kb.compare.is_plan) in the language of the level
(Chinese for 省…企业, English for a US agency), the same level first, then the nearest in the
administrative hierarchy, newest first within a level; or the documents the drafter names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kb.brief import Quote, place_of
from kb.compare import NOT_STATED, STATED, Clause, Matrix
from kb.dimensions import DIMENSIONS, Dimension
from kb.roles import LEVELS
from kb.text import fold, is_chinese
from kb.types import DocumentInfo, Duty

AGENCY = "agency"
# a hospital or university drafts its own CDO rules, modelled on its kind's first
# (ingest.metadata.institution_kind)
INSTITUTIONS = ("医院", "高校")
DRAFT_LEVELS = (*LEVELS, *INSTITUTIONS, AGENCY)
DISCLAIMER_ZH = "本提纲只汇编已发布文件的原文条款并注明出处，不包含任何新拟政策内容"
DISCLAIMER_EN = (
    "This outline only compiles the clauses of published documents, each with its source; "
    "it contains no newly drafted policy."
)
# The headings of a plan (张丽琴、张诗璇 2024's six dimensions, kb.dimensions), each with the
# cross-cutting dimensions placed under it: who holds the post belongs to the organisation,
# reporting and evaluation to the safeguards (the shipped plans put 述职/考核 under 保障措施).
OUTLINE: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("goals", ()),
    ("scope", ()),
    ("organisation", ("holder",)),
    ("duties", ()),
    ("steps", ()),
    ("safeguards", ("reporting",)),
)
NUMERALS_ZH = "一二三四五六"
# Models quoted under a heading: three documents, five clauses each, enough to show the
# variants on a page or two; every other place that has such a clause is named in the
# differences, and clauses left out are counted, never dropped silently.
MODEL_DOCUMENTS = 3
MODEL_CLAUSES = 5

# Territorial levels, top down; a level's neighbours are the nearest models after itself.
_RANK = {"省": 0, "市": 1, "区": 2, "县": 2, "镇": 3, "街道": 3}
_FAR = len(_RANK)  # a level of another kind (部门, 企业, agency) or none
# English level words of the catalog ("municipal (…)", "US federal") as the levels above.
_LEVEL_WORDS = (
    (re.compile(r"\bprovinc", re.I), "省"),
    (re.compile(r"\b(?:municipal|city)\b", re.I), "市"),
    (re.compile(r"\bcounty\b", re.I), "县"),
    (re.compile(r"\bdistrict\b", re.I), "区"),
    (re.compile(r"\benterprise", re.I), "企业"),
    (re.compile(r"\bfederal\b", re.I), AGENCY),
)


@dataclass
class Model:
    """One document's clauses on a heading, the first MODEL_CLAUSES of them."""

    doc_id: str
    quotes: list[Quote]
    more: int = 0  # clauses of this document on the heading not quoted


@dataclass(frozen=True)
class Holder:
    """Who holds a role in a place, as a duty clause names the holder (kb.types.Duty)."""

    place: str
    role: str  # with its level: 部门首席数据官
    holder: str
    doc_id: str
    section: str


@dataclass
class Part:
    dimension: Dimension
    models: list[Model]
    stated: list[str]  # places with such a clause
    not_stated: list[str]  # places whose complete copy has none
    not_in_text: list[str]  # places whose copy stops early, so it may be in the part not stored
    holders: list[Holder] = field(default_factory=list)  # the holder part only


@dataclass
class Heading:
    number: int  # 1..6
    part: Part
    subparts: list[Part]


@dataclass
class Draft:
    level: str
    name: str
    headings: list[Heading]
    documents: list[DocumentInfo]  # the comparable documents, nearest first

    @property
    def clauses(self) -> int:
        parts = [p for h in self.headings for p in (h.part, *h.subparts)]
        return sum(len(m.quotes) for p in parts for m in p.models)


def document_level(doc: DocumentInfo) -> str:
    """The level of a document as one of DRAFT_LEVELS; "" when its level says none."""
    level = doc.level.strip()
    for known in (*LEVELS, *INSTITUTIONS):
        if level.startswith(known):
            return known
    return next((lv for pattern, lv in _LEVEL_WORDS if pattern.search(level)), "")


def distance(wanted: str, level: str) -> int:
    if wanted == level:
        return 0
    if wanted in _RANK and level in _RANK:
        return abs(_RANK[wanted] - _RANK[level])
    return _FAR


def comparable(documents: list[DocumentInfo], level: str) -> list[DocumentInfo]:
    """The documents of the level's language, nearest level first, newest first within one."""
    chinese = level != AGENCY
    same_language = [d for d in documents if _is_chinese(d) == chinese]
    newest_first = sorted(same_language, key=lambda d: d.date or "", reverse=True)
    return sorted(newest_first, key=lambda d: distance(level, document_level(d)))


def _is_chinese(doc: DocumentInfo) -> bool:
    return doc.language.startswith("zh") if doc.language else is_chinese(doc.title)


def _distinct(clauses: list[Clause]) -> list[Clause]:
    """Clauses without those another one already holds (a list item stored again in its list)."""
    texts = [fold(c.text) for c in clauses]
    return [
        c
        for i, c in enumerate(clauses)
        if not any(
            j != i and texts[i] in texts[j] and (len(texts[i]) < len(texts[j]) or j < i)
            for j in range(len(texts))
        )
    ]


def _part(matrix: Matrix, dimension: Dimension, shown: set[str]) -> Part:
    """`shown`: chunk ids already quoted under the same heading (a subpart does not repeat them)."""
    models, stated, absent, unknown = [], [], [], []
    for doc in matrix.documents:
        cell = matrix.cell(doc.doc_id, dimension.id)
        place = place_of(doc)
        if cell.status == STATED:
            stated.append(place)
        elif cell.status == NOT_STATED:
            absent.append(place)
        else:
            unknown.append(place)
        clauses = _distinct([c for c in cell.clauses if c.chunk_id not in shown])
        if clauses and len(models) < MODEL_DOCUMENTS:
            kept = clauses[:MODEL_CLAUSES]
            quotes = [Quote(doc.doc_id, c.text, c.section, c.page, c.chunk_id) for c in kept]
            models.append(Model(doc.doc_id, quotes, len(clauses) - len(kept)))
            shown.update(c.chunk_id for c in kept)
    stated = list(dict.fromkeys(stated))
    # A place is without such a clause only when none of its documents has one.
    unknown = [p for p in dict.fromkeys(unknown) if p not in stated]
    absent = [p for p in dict.fromkeys(absent) if p not in stated and p not in unknown]
    return Part(dimension, models, stated, absent, unknown)


def _holders(documents: list[DocumentInfo], duties: list[Duty], show) -> list[Holder]:
    """Who holds each role in each place, once each."""
    place = {d.doc_id: place_of(d) for d in documents}
    found: dict[tuple[str, str, str], Holder] = {}
    for d in duties:
        if d.holder and d.doc_id in place:
            role = f"{'' if d.role.isascii() else d.level}{d.role}"
            held = Holder(place[d.doc_id], role, show(d.holder), d.doc_id, show(d.section))
            found.setdefault((held.place, held.role, held.holder), held)
    return list(found.values())


def build_draft(level: str, name: str, matrix: Matrix, duties: list[Duty], show=str) -> Draft:
    """`matrix`: the comparable documents (nearest first) along every dimension."""
    by_id = {d.id: d for d in DIMENSIONS}
    headings = []
    for number, (dim_id, under) in enumerate(OUTLINE, start=1):
        shown: set[str] = set()
        part = _part(matrix, by_id[dim_id], shown)
        subparts = [_part(matrix, by_id[sub], shown) for sub in under]
        for sub in subparts:
            if sub.dimension.id == "holder":
                sub.holders = _holders(matrix.documents, duties, show)
        headings.append(Heading(number, part, subparts))
    return Draft(level, name, headings, list(matrix.documents))
