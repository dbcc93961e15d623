"""The comparison matrix: documents as columns, dimensions as rows, each cell the clauses of
that document that speak to that dimension (kb.dimensions), quoted with their section.

A cell with no clause says why: `not_stated` when the stored copy is complete (the document
has no such clause) and `not_in_stored_text` when the copy stops early, so its absence proves
nothing. Trainers and drafters read the matrix; `ask` answers a comparison question from it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field, replace

from kb.dimensions import DIMENSIONS, Dimension, tagged
from kb.genres import only_prescribes
from kb.types import Chunk, DocumentInfo

STATED = "stated"
NOT_STATED = "not_stated"
NOT_IN_STORED_TEXT = "not_in_stored_text"


def is_plan(doc: DocumentInfo) -> bool:
    """A plan-type document: a plan, law, guide, charter, notice, memo or standard by its title
    (kb.genres), not news, reports or research about one (news of a plan being issued is not
    the plan)."""
    return only_prescribes(doc)


@dataclass
class Clause:
    text: str
    section: str
    page: str | None
    chunk_id: str


@dataclass
class Cell:
    doc_id: str
    dimension: str
    status: str  # STATED, NOT_STATED or NOT_IN_STORED_TEXT
    clauses: list[Clause] = field(default_factory=list)


@dataclass
class Matrix:
    dimensions: list[Dimension]
    documents: list[DocumentInfo]
    cells: list[Cell]

    def cell(self, doc_id: str, dimension: str) -> Cell:
        return next(c for c in self.cells if c.doc_id == doc_id and c.dimension == dimension)

    def as_json(self) -> dict:
        """The shape `cdokb compare --json` prints (issue #9)."""
        keys = ("doc_id", "title", "issuer", "date", "doc_number", "region", "level", "complete")
        return {
            "dimensions": [asdict(d) for d in self.dimensions],
            "documents": [{k: getattr(d, k) for k in keys} for d in self.documents],
            "cells": [
                {
                    "doc_id": c.doc_id,
                    "dimension": c.dimension,
                    "status": c.status,
                    "clauses": [{"text": x.text, "section": x.section, "page": x.page} for x in c.clauses],
                }
                for c in self.cells
            ],
        }


def dimension_ids(wanted: Iterable[str]) -> list[Dimension]:
    """Dimensions by id or label, either language ("duties", "主要职责", "Duties"); all when
    none is given. Raises ValueError naming the ones it does not know."""
    wanted = [w.strip() for w in wanted if w.strip()]
    if not wanted:
        return list(DIMENSIONS)
    by_name = {name.lower(): d for d in DIMENSIONS for name in (d.id, d.label_zh, d.label_en)}
    unknown = [w for w in wanted if w.lower() not in by_name]
    if unknown:
        known = ", ".join(d.id for d in DIMENSIONS)
        raise ValueError(f"unknown dimension {', '.join(unknown)}; choose from {known}")
    return list(dict.fromkeys(by_name[w.lower()] for w in wanted))


def build_matrix(
    documents: list[DocumentInfo],
    dimensions: list[Dimension],
    chunks_of: Callable[[str], list[Chunk]],
    show: Callable[[str], str] = str,
) -> Matrix:
    """`show` renders a clause, and a document's title, issuer and 文号, for display (simplified
    characters unless the original is asked for)."""
    cells = []
    for doc in documents:
        chunks = chunks_of(doc.doc_id)
        tags = [tagged(c) for c in chunks]
        for dimension in dimensions:
            clauses = [
                Clause(show(c.text.strip()), show(c.section), c.page, c.chunk_id)
                for c, t in zip(chunks, tags, strict=True)
                if dimension.id in t
            ]
            status = STATED if clauses else (NOT_STATED if doc.complete else NOT_IN_STORED_TEXT)
            cells.append(Cell(doc.doc_id, dimension.id, status, clauses))
    shown = [
        replace(d, title=show(d.title), issuer=show(d.issuer), doc_number=show(d.doc_number))
        for d in documents
    ]
    return Matrix(list(dimensions), shown, cells)
