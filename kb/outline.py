"""A document's structure, read back from its chunks' section paths, so every heading shown
leads to stored text."""

from __future__ import annotations

from dataclasses import dataclass

from kb.types import Chunk

SEPARATOR = " > "


@dataclass
class OutlineEntry:
    depth: int  # 0 for a top-level heading
    heading: str
    chunks: int  # chunks directly under this heading (0 for one that only holds sub-headings)
    page: str | None  # where it starts, for paged sources


def outline(chunks: list[Chunk]) -> list[OutlineEntry]:
    """Every heading once, in reading order; headings that only hold sub-headings are kept,
    so the tree has no gaps. Text before the first heading is listed under "—"."""
    entries: dict[tuple[str, ...], OutlineEntry] = {}
    for chunk in chunks:
        path = tuple(p.strip() for p in chunk.section.split(SEPARATOR) if p.strip()) or ("—",)
        for depth in range(1, len(path) + 1):
            entries.setdefault(path[:depth], OutlineEntry(depth - 1, path[depth - 1], 0, chunk.page))
        entries[path].chunks += 1
    return list(entries.values())
