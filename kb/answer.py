"""Extractive, cited answers, and the judgement that nothing relevant was found.

The answer is made of sentences copied from the stored chunks, each followed by the [n] of
its citation; nothing is generated. When the best passages neither share the question's
distinctive words nor sit close to it in embedding space, the answer is "not found".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kb.relevance import Relevance
from kb.retrieve import Query
from kb.text import tokenize
from kb.types import Answer, Chunk, Citation, Document, Hit

NOT_FOUND_ZH = "在已收录的文件中未找到答案。"
NOT_FOUND_EN = "Not found in the documents."

_SENTENCE = re.compile(r"[^。！？；!?;\n]+(?:[。！？；!?;]+|\n|$)|(?<=\n)")
_EN_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\"“])")


@dataclass(frozen=True)
class RelevancePolicy:
    """Thresholds for answering at all. Distinctive words carry most of the weight: a question
    whose rare words appear nowhere (年终奖金, dumplings) is not answered from passages that
    merely share 首席数据官."""

    min_coverage: float = 0.5  # share of the question's idf weight found in one passage
    # Cosine that is enough for a passage in the other language without shared words; only for
    # an embedder whose similarity scale was calibrated, None for any other.
    min_dense_alone: float | None = None


CALIBRATED = {"e5": RelevancePolicy(min_dense_alone=0.87)}


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of a chunk, Chinese and English punctuation alike."""
    spans: list[tuple[int, int]] = []
    for match in _SENTENCE.finditer(text):
        start, end = match.span()
        piece = text[start:end]
        offset = 0
        for part in _EN_SENTENCE.split(piece):
            at = piece.find(part, offset)
            if part.strip():
                spans.append((start + at, start + at + len(part)))
            offset = at + len(part)
    return spans


class Answerer:
    def __init__(self, relevance: Relevance, embedder_name: str) -> None:
        self._relevance = relevance
        self.policy = CALIBRATED.get(embedder_name, RelevancePolicy())

    def is_relevant(self, query: Query, hits: list[Hit], documents: dict[str, Document]) -> bool:
        policy = self.policy
        for hit in hits[:5]:
            if hit.coverage >= policy.min_coverage:
                return True
            doc = documents.get(hit.chunk.doc_id)
            other_language = doc is not None and doc.language.startswith("zh") != query.chinese
            if (
                other_language
                and policy.min_dense_alone is not None
                and (hit.dense_score or 0.0) >= policy.min_dense_alone
            ):
                return True
        return False

    def compose(
        self,
        query: Query,
        hits: list[Hit],
        documents: dict[str, Document],
        lines: list[tuple[str, Chunk]] | None = None,
    ) -> Answer:
        """The answer from the best sentences, or from `lines` (dates or duties, each quoted
        from a chunk) when extraction answered the question; the chunks behind the lines are
        cited first."""
        if not hits or not self.is_relevant(query, hits, documents):
            return Answer(query.text, NOT_FOUND_ZH if query.chinese else NOT_FOUND_EN, True, [], 0.0)
        if lines:
            cited = list({chunk.chunk_id: chunk for _, chunk in lines}.values())
            by_id = {h.chunk.chunk_id: h for h in hits}
            ordered = [by_id.get(c.chunk_id) or Hit(c, 0.0) for c in cited]
            ordered += [h for h in hits if h.chunk.chunk_id not in {c.chunk_id for c in cited}]
            ordered = ordered[: max(len(hits), len(cited))]
            number = {h.chunk.chunk_id: n for n, h in enumerate(ordered, start=1)}
            text = "\n".join(f"{line} [{number[chunk.chunk_id]}]" for line, chunk in lines)
        else:
            ordered = hits
            text = " ".join(
                f"{sentence.strip()} [{n}]" for n, sentence in self._best_sentences(query, hits[:3])
            )
        citations = [_citation(n, hit, documents[hit.chunk.doc_id]) for n, hit in enumerate(ordered, start=1)]
        return Answer(query.text, text, False, citations, 0.0)

    def _best_sentences(self, query: Query, hits: list[Hit]) -> list[tuple[int, str]]:
        """One or two sentences that hold most of the question (kb.relevance), earlier
        passages first on ties."""
        scored: list[tuple[float, int, int, str]] = []
        for n, hit in enumerate(hits, start=1):
            text = hit.chunk.text
            for start, end in split_sentences(text):
                sentence = text[start:end]
                score = self._relevance.coverage(query.tokens, query.bridges, set(tokenize(sentence)))
                scored.append((score * (1.0 - 0.15 * (n - 1)), n, start, sentence))
        if not scored:
            return [(1, hits[0].chunk.text)]
        scored.sort(key=lambda s: (-s[0], s[1], s[2]))
        best = scored[0]
        chosen = [best]
        for candidate in scored[1:]:
            if len(chosen) == 2:
                break
            if candidate[0] >= 0.8 * best[0] > 0 and candidate[3] != best[3]:
                chosen.append(candidate)
        chosen.sort(key=lambda s: (s[1], s[2]))
        return [(n, sentence) for _, n, _, sentence in chosen]


def _citation(n: int, hit: Hit, doc: Document) -> Citation:
    chunk = hit.chunk
    return Citation(
        n=n,
        doc_id=chunk.doc_id,
        title=doc.title,
        issuer=doc.issuer,
        date=doc.date,
        doc_number=doc.doc_number,
        section=chunk.section,
        text=chunk.text,
        score=round(hit.score, 6),
        page=chunk.page,
        chunk_id=chunk.chunk_id,
    )
