"""The stored passages that state a role's duties, for questions about what a role must do."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kb.roles import same_role
from kb.text import fold_compact
from kb.types import Chunk, Duty

# The duty's clause is found in its passage by its opening characters: a clause a chunk boundary
# cuts still opens in the passage that holds most of it.
CLAUSE_OPENING_CHARS = 24


@dataclass(frozen=True)
class DutyIndex:
    """The passages whose clauses ingest read as a role's duties (ingest.duties, the catalog's
    duties table), so that a search for what a role must do can ask the vector store about them
    alone (kb.retrieve), as a who-holds-it search asks about kb.holders.HolderIndex's. Narrower
    than the duties dimension, which any passage that says 负责 or "shall" takes in."""

    passages: tuple[tuple[str, str, frozenset[str]], ...] = ()  # (chunk_id, doc_id, roles given duties)

    @classmethod
    def of(cls, chunks: Iterable[Chunk], duties: Iterable[Duty]) -> DutyIndex:
        """`chunks` and `duties` of one document."""
        by_section: dict[str, list[Duty]] = {}
        for duty in duties:
            by_section.setdefault(duty.section, []).append(duty)
        found = []
        for chunk in chunks:
            text = fold_compact(chunk.text)
            roles = frozenset(
                same_role(d.role)
                for d in by_section.get(chunk.section, ())
                if fold_compact(d.text)[:CLAUSE_OPENING_CHARS] in text
            )
            if roles:
                found.append((chunk.chunk_id, chunk.doc_id, roles))
        return cls(tuple(found))

    def stating(self, roles: frozenset[str], docs: set[str]) -> list[str]:
        """The chunk ids of `docs` that state duties of one of `roles`."""
        return [cid for cid, doc, given in self.passages if doc in docs and given & roles]
