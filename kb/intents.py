"""Questions that extraction answers better than a passage: "by when?" and "what must X do?".

A by-when question gets the normalised dates of the deadlines in the passages it retrieved;
a what-must-X-do question gets the role's duties from the documents it retrieved. Each line
keeps its [n] citation, and the chunks behind them join the citations.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kb.roles import en_role_mentions, role_matches, zh_role_mentions
from kb.text import fold, fold_compact
from kb.types import Chunk, Deadline, Duty, Hit

_DEADLINE = re.compile(
    r"什么时候|何时|哪天|哪一天|几月|截止|期限|时限|多久|什么时间|时间节点|到期|前完成|\bwhen\b|by when|"
    r"deadline|\bdue\b|what date|how long|how soon|time limit"
)
_DUTY = re.compile(
    r"职责|职能|负责什么|负责哪些|要做什么|做什么|做哪些|应当做|应该做|干什么|任务是|有哪些任务|"
    r"\bduties\b|\bduty\b|responsibilit|\bfunctions?\b|what must|what should|what does .* do|role of"
)
MAX_DUTIES = 8


def wants_deadline(question: str) -> bool:
    return bool(_DEADLINE.search(fold(question)))


def wants_duties(question: str) -> bool:
    return bool(_DUTY.search(fold(question)))


def asked_role(question: str) -> str | None:
    """The role the question names, as text role_matches understands (部门首席数据官, CDO Council…)."""
    folded = fold(question)
    mentions = zh_role_mentions(folded) or en_role_mentions(folded)
    if not mentions:
        return None
    best = max(mentions, key=lambda m: m.end - m.start)
    return folded[best.start : best.end]


def _chunk_holding(text: str, chunks: list[Chunk]) -> Chunk | None:
    needle = fold_compact(text)[:60]
    for chunk in chunks:
        if needle and needle in fold_compact(chunk.text):
            return chunk
    return None


MAX_DEADLINES = 4


def deadline_lines(
    hits: list[Hit], deadlines: list[Deadline], relevance: Callable[[str], float]
) -> list[tuple[str, Chunk]]:
    """Deadlines quoted in the retrieved passages, those whose clause best matches the question
    first (a passage often holds several: the training, the summary, the roll-out)."""
    scored: list[tuple[float, int, str, Chunk]] = []
    seen: set[tuple[str | None, str]] = set()
    for rank, hit in enumerate(hits[:5]):
        for deadline in deadlines:
            if deadline.doc_id != hit.chunk.doc_id:
                continue
            if _chunk_holding(deadline.text, [hit.chunk]) is None:
                continue
            key = (deadline.due, deadline.text)
            if key in seen:
                continue
            seen.add(key)
            when = deadline.due or (f"{deadline.relative_to}" if deadline.relative_to else "")
            if deadline.recurrence:
                when = f"{when} ({deadline.recurrence})" if when else deadline.recurrence
            score = relevance(deadline.text) - 0.05 * rank
            scored.append((score, len(scored), f"{when or '?'}: {deadline.text.strip()}", hit.chunk))
    if not scored:
        return []
    best = max(s for s, *_ in scored)
    kept = sorted((item for item in scored if item[0] >= 0.7 * best), key=lambda item: (-item[0], item[1]))
    return [(line, chunk) for _, _, line, chunk in kept[:MAX_DEADLINES]]


def duty_lines(
    hits: list[Hit], duties: list[Duty], role: str, chunks_of: dict[str, list[Chunk]]
) -> list[tuple[str, Chunk]]:
    """The role's duties in the documents of the best passages, each with its clause's chunk."""
    documents = list(dict.fromkeys(h.chunk.doc_id for h in hits[:3]))[:2]
    lines: list[tuple[str, Chunk]] = []
    for doc_id in documents:
        for duty in duties:
            if duty.doc_id != doc_id or not role_matches(role, duty.role, duty.level):
                continue
            chunk = _chunk_holding(duty.text, chunks_of.get(doc_id, []))
            if chunk is not None:
                lines.append((duty.duty.strip() or duty.text.strip(), chunk))
            if len(lines) >= MAX_DUTIES:
                return lines
    return lines
