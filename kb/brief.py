"""A trainer's handout for one role (`cdokb brief`, issue #9): who holds it where, its duties
grouped by dimension and place, its deadlines and recurring reports, and the sources.

Nothing is reworded: every statement is a clause quoted whole (a sentence, or a passage whose
heading names the role) with the document it comes from, because a handout that paraphrased a
clause could misstate it. Pure: the facade hands in the documents, duties, deadlines and chunks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from kb.answer import split_sentences
from kb.dimensions import DIMENSIONS, Dimension, dimensions_of, heading_dimensions, tagged
from kb.roles import en_role_mentions, role_matches, zh_role_mentions
from kb.text import fold
from kb.types import Chunk, Deadline, DocumentInfo, Duty


@dataclass
class Quote:
    """A clause quoted whole, and where it stands in its document."""

    doc_id: str
    text: str
    section: str
    page: str | None = None
    chunk_id: str = ""


@dataclass
class PlaceQuotes:
    place: str
    quotes: list[Quote] = field(default_factory=list)


@dataclass
class DutyGroup:
    dimension: Dimension
    places: list[PlaceQuotes]


@dataclass
class Brief:
    role: str  # as the user named it
    holders: list[PlaceQuotes]
    duties: list[DutyGroup]
    deadlines: list[Deadline]  # by due date, undated last
    documents: list[DocumentInfo]  # the sources quoted, oldest first

    @property
    def places(self) -> list[str]:
        by_id = {d.doc_id: place_of(d) for d in self.documents}
        return list(dict.fromkeys(by_id[doc_id] for doc_id in self._cited()))

    @property
    def clauses(self) -> int:
        quoted = [q for p in self.holders for q in p.quotes]
        quoted += [q for g in self.duties for p in g.places for q in p.quotes]
        return len(quoted) + len(self.deadlines)

    def _cited(self) -> list[str]:
        cited = [q.doc_id for p in self.holders for q in p.quotes]
        cited += [q.doc_id for g in self.duties for p in g.places for q in p.quotes]
        return cited + [d.doc_id for d in self.deadlines]


def place_of(doc: DocumentInfo) -> str:
    """The place a document speaks for; its title when it names none."""
    return doc.region or doc.title


def names_role(role: str, text: str) -> bool:
    """Whether `text` names the role as asked (any alias; a level when the role has one)."""
    folded = fold(text)
    mentions = zh_role_mentions(folded) + en_role_mentions(folded)
    return any(role_matches(role, m.role, level) for m in mentions for level in m.levels or ("",))


def _sentences(chunk: Chunk) -> list[str]:
    return [chunk.text[a:b].strip() for a, b in split_sentences(chunk.text) if chunk.text[a:b].strip()]


def _duty_dimension(section: str, text: str) -> str:
    """The group a duty clause is shown under: the dimension its headings name (a plan files
    each duty where it belongs), else one its words name, the first in DIMENSIONS order; who
    holds the role has its own part of the handout, and an untagged duty is a duty."""
    tags = (heading_dimensions(section) or dimensions_of(section, text)) - {"holder"}
    return next((d.id for d in DIMENSIONS if d.id in tags), "duties")


def _chunk_holding(chunks: list[Chunk], duty: Duty) -> Chunk | None:
    """The passage a duty clause was read from (for its page)."""
    same = [c for c in chunks if c.section == duty.section]
    return next((c for c in same if duty.text.strip() in c.text), same[0] if same else None)


class _Collector:
    """Quotes by (group, place) in first-seen order, each clause once per document."""

    def __init__(self, show: Callable[[str], str]) -> None:
        self.show = show
        self.groups: dict[str, dict[str, PlaceQuotes]] = {}
        self.seen: dict[str, list[str]] = {}  # doc_id -> folded texts quoted

    def quoted(self, doc_id: str, text: str) -> bool:
        folded = fold(text)
        return any(folded in kept or kept in folded for kept in self.seen.get(doc_id, []))

    def add(self, group: str, place: str, doc_id: str, text: str, chunk: Chunk | None, section: str) -> None:
        if self.quoted(doc_id, text):
            return
        self.seen.setdefault(doc_id, []).append(fold(text))
        quote = Quote(
            doc_id,
            self.show(text.strip()),
            self.show(section),
            chunk.page if chunk else None,
            chunk.chunk_id if chunk else "",
        )
        self.groups.setdefault(group, {}).setdefault(place, PlaceQuotes(place)).quotes.append(quote)


def build_brief(
    role: str,
    documents: list[DocumentInfo],
    duties: list[Duty],
    deadlines: list[Deadline],
    chunks_of: Callable[[str], list[Chunk]],
    show: Callable[[str], str] = str,
) -> Brief:
    """`documents` oldest first; `duties` and `deadlines` already those of the role in them.
    Holder clauses: the sentences of holder-tagged passages that name the role and say who
    holds it, and the duty clauses that name a holder. Duties: the extracted duty clauses, and
    the duty-tagged passages that name the role (whole when a heading names it, else the
    sentences that do), each clause once."""
    by_id = {d.doc_id: d for d in documents}
    holders, tasks = _Collector(show), _Collector(show)
    duties_of: dict[str, list[Duty]] = {}
    for duty in duties:
        if duty.doc_id in by_id:
            duties_of.setdefault(duty.doc_id, []).append(duty)
    for doc in documents:
        place = place_of(doc)
        chunks = chunks_of(doc.doc_id)
        for chunk in chunks:
            tags = tagged(chunk)
            if "holder" in tags:
                for sentence in _sentences(chunk):
                    if "holder" in dimensions_of(chunk.section, sentence) and names_role(role, sentence):
                        holders.add("holder", place, doc.doc_id, sentence, chunk, chunk.section)
            if "duties" not in tags:
                continue
            if names_role(role, chunk.section):
                group = _duty_dimension(chunk.section, chunk.text)
                tasks.add(group, place, doc.doc_id, chunk.text, chunk, chunk.section)
                continue
            for sentence in _sentences(chunk):
                if names_role(role, sentence):
                    group = _duty_dimension(chunk.section, sentence)
                    tasks.add(group, place, doc.doc_id, sentence, chunk, chunk.section)
        for duty in duties_of.get(doc.doc_id, []):
            chunk = _chunk_holding(chunks, duty)
            if duty.holder:
                holders.add("holder", place, doc.doc_id, duty.text, chunk, duty.section)
            group = _duty_dimension(duty.section, duty.text)
            tasks.add(group, place, doc.doc_id, duty.text, chunk, duty.section)
    groups = [
        DutyGroup(dimension, list(tasks.groups[dimension.id].values()))
        for dimension in DIMENSIONS
        if dimension.id in tasks.groups
    ]
    shown = [
        replace(d, who=show(d.who), what=show(d.what), text=show(d.text), section=show(d.section))
        for d in deadlines
        if d.doc_id in by_id
    ]
    brief = Brief(role, list(holders.groups.get("holder", {}).values()), groups, shown, [])
    cited = set(brief._cited())
    brief.documents = [d for d in documents if d.doc_id in cited]
    return brief
