"""The stored passages that put someone in a post, for questions about who holds one."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kb.roles import roles_held
from kb.types import Chunk


@dataclass(frozen=True)
class HolderIndex:
    """The stored passages that put someone in a role (kb.roles.roles_held: 由…兼任, "shall
    designate … as the Chief Data Officer"), kept by the knowledge base per document, so that a search
    for who holds a post can ask the vector store about them alone (kb.retrieve). Narrower than
    the holder dimension, which also takes in qualifications and abilities."""

    passages: tuple[tuple[str, str, frozenset[str]], ...] = ()  # (chunk_id, doc_id, roles held)

    @classmethod
    def of(cls, chunks: Iterable[Chunk]) -> HolderIndex:
        return cls(tuple((c.chunk_id, c.doc_id, roles) for c in chunks if (roles := roles_held(c.text))))

    def holding(self, roles: frozenset[str], docs: set[str]) -> list[str]:
        """The chunk ids of `docs` that put someone in one of `roles`."""
        return [cid for cid, doc, held in self.passages if doc in docs and held & roles]
