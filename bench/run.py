"""cdokb benchmarks: `.venv/bin/python -m bench [--skip-100k] [--only NAME ...]`.

Prints a table and writes bench/results/latest.json. Medians and p95 over repeated runs;
these machines are shared and noisy, so compare ratios rather than single numbers.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from bench.servers import chroma_server

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
CORPUS = ROOT / "corpus"
DEV = ROOT.parent / "shared" / "eval" / "dev.jsonl"
QUESTIONS = ROOT / "evaluation" / "questions.jsonl"

EXTRA_QUESTIONS = [
    "县首席数据执行官由谁兼任?",
    "When is the half-year report due?",
    "試點鎮首席數據官的職責是什麼?",
    "What are the functions of an agency Chief Data Officer?",
    "广东省首席数据官制度试点的工作目标是什么?",
    "Who chairs the Data Governance Body?",
    "企业首席数据官应具备哪些条件?",
    "What is the deadline for publishing data governance materials?",
]


def percentile(values: list[float], q: float) -> float:
    return float(np.percentile(np.asarray(values), q)) if values else float("nan")


def questions() -> list[str]:
    """What the latency benches ask: a few fixed questions, the question set as users word it
    (comparisons included), and dev.jsonl when it is there."""
    found = list(EXTRA_QUESTIONS)
    found += [
        json.loads(line)["question"] for line in QUESTIONS.read_text("utf-8").splitlines() if line.strip()
    ]
    if DEV.exists():
        found += [
            json.loads(line)["question"] for line in DEV.read_text("utf-8").splitlines() if line.strip()
        ]
    return found


def open_kb(data_dir: Path, **kw):
    from kb.config import Settings
    from kb.knowledge_base import KnowledgeBase

    return KnowledgeBase(Settings(data_dir=data_dir, **kw))


def bench_ingest(work: Path) -> dict:
    """Ingest of the shipped corpus into an empty store, next to the raw embedder on the same chunks."""
    from ingest.chunk import chunk_document
    from ingest.deadlines import extract_deadlines
    from ingest.document import build_document
    from ingest.duties import extract_duties
    from ingest.pipeline import expand_paths, ingest_paths
    from kb.knowledge_base import embedding_text

    data = work / "ingest"
    kb = open_kb(data)
    kb.embedder.embed_query("warm up")
    report = ingest_paths(kb, [CORPUS])
    ingest_s = report.seconds
    texts = []
    for info in kb.documents():
        texts += [embedding_text(info.title, c) for c in kb.chunks_of(info.doc_id)]
    started = time.perf_counter()
    for start in range(0, len(texts), 16):
        kb.embedder.embed_passages(texts[start : start + 16])
    raw_s = time.perf_counter() - started
    reingest = []
    for _ in range(3):
        started = time.perf_counter()
        ingest_paths(kb, [CORPUS])
        reingest.append(time.perf_counter() - started)
    files = [path for path, _ in expand_paths([CORPUS]).files]
    extract_s = 0.0
    for path in files:
        try:
            doc = build_document(path)
        except Exception:
            continue
        chunks = chunk_document(doc)
        started = time.perf_counter()
        extract_duties(doc, chunks)
        extract_deadlines(doc, chunks)
        extract_s += time.perf_counter() - started
    kb.close()
    return {
        "documents": report.documents,
        "chunks": report.chunks,
        "ingest_seconds": ingest_s,
        "ingest_chunks_per_s": round(report.chunks / ingest_s, 2),
        "raw_embedder_chunks_per_s": round(len(texts) / raw_s, 2),
        "ingest_vs_raw_ratio": round((report.chunks / ingest_s) / (len(texts) / raw_s), 3),
        "reingest_unchanged_median_s": round(statistics.median(reingest), 3),
        "reingest_unchanged_cli_wall_s": reingest_cli_wall(data),
        "extraction_seconds": round(extract_s, 3),
        "extraction_share_of_ingest": round(extract_s / ingest_s, 4),
    }


def reingest_cli_wall(data: Path) -> float:
    """`cdokb ingest` of the unchanged corpus as a user runs it: a new process, start-up included."""
    cli = Path(sys.executable).parent / "cdokb"
    walls = []
    for _ in range(3):
        started = time.perf_counter()
        subprocess.run(
            [str(cli), "--data-dir", str(data), "ingest", "--json"], check=True, capture_output=True
        )
        walls.append(time.perf_counter() - started)
    return round(statistics.median(walls), 2)


def time_asks(kb, items: list[str], rounds: int = 3) -> dict:
    for q in items[:3]:
        kb.ask(q)
    times = []
    for _ in range(rounds):
        for q in items:
            started = time.perf_counter()
            kb.ask(q)
            times.append((time.perf_counter() - started) * 1000)
    return {
        "asks": len(times),
        "p50_ms": round(percentile(times, 50), 1),
        "p95_ms": round(percentile(times, 95), 1),
    }


def bench_warm_ask(work: Path) -> dict:
    kb = open_kb(work / "ingest")
    result = time_asks(kb, questions())
    kb.close()
    return result


def bench_cold_ask(work: Path) -> dict:
    """Wall time of a fresh `cdokb ask` process, and the peak memory of such a process."""
    cli = Path(sys.executable).parent / "cdokb"
    walls = []
    for q in [
        "海丰县试点部门首席数据官原则上由谁兼任?",
        "Who designates the Chief Data Officer?",
        "巴中市开放了多少个政务数据库表?",
    ]:
        started = time.perf_counter()
        subprocess.run(
            [str(cli), "--data-dir", str(work / "ingest"), "ask", q, "--json"],
            check=True,
            capture_output=True,
            env=os.environ | {"CDOKB_HOME": str(work / "ingest")},
        )
        walls.append(time.perf_counter() - started)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {
        "cold_ask_median_s": round(statistics.median(walls), 2),
        "cold_ask_max_s": round(max(walls), 2),
        "peak_rss_mb_ask_process": round(peak, 1),
    }


def build_synthetic(
    data_dir: Path, n_chunks: int, chroma_url: str = "", progress: Callable[[str], None] = print
) -> float:
    """A store of n_chunks made of real sentences recombined, with vectors near real ones.

    Embedding 100k chunks for real would take hours here; the query side stays real (the
    bundled embedder and the real Chroma and BM25 code paths).
    """
    from kb.knowledge_base import _vector_metadata, abbreviations_of, embedding_text, keyword_tokens
    from kb.types import Chunk, Document, text_hash

    seed_kb = open_kb(data_dir.parent / "ingest")
    pool_chunks = []
    for info in seed_kb.documents():
        pool_chunks += seed_kb.chunks_of(info.doc_id)
    titles = {i.doc_id: i.title for i in seed_kb.documents()}
    keys = [embedding_text(titles[c.doc_id], c) for c in pool_chunks]
    cached = seed_kb.catalog.cached_vectors("e5", [text_hash(k) for k in keys])
    pool_vectors = np.stack([cached[text_hash(k)] for k in keys])
    seed_kb.close()

    kb = open_kb(data_dir, chroma_url=chroma_url, collection="cdokb-bench")
    rng = random.Random(7)
    nprng = np.random.default_rng(7)
    started = time.perf_counter()
    per_doc = 1000
    for d in range(n_chunks // per_doc):
        doc_id = f"synthetic-{d:04d}"
        picks = [rng.randrange(len(pool_chunks)) for _ in range(per_doc)]
        texts = [pool_chunks[i].text for i in picks]
        body = "\n".join(texts)
        doc = Document(
            doc_id=doc_id,
            title=f"Synthetic {d}",
            text=body,
            region=f"region{d % 20}",
            language="zh-Hans" if d % 2 else "en",
            date=f"{2019 + d % 6}-01-01",
        )
        chunks, pos = [], 0
        for i, text in enumerate(texts):
            chunks.append(Chunk(doc_id, i, text, pos, pos + len(text), pool_chunks[picks[i]].section))
            pos += len(text) + 1
        vectors = pool_vectors[picks] + nprng.normal(0, 0.02, (per_doc, pool_vectors.shape[1])).astype(
            np.float32
        )
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        abbreviated = abbreviations_of(doc)
        kb.catalog.replace_document(
            doc, chunks, [keyword_tokens(doc, c, abbreviated) for c in chunks], [], []
        )
        kb.vectors.upsert(
            [c.chunk_id for c in chunks],
            vectors,
            [_vector_metadata(doc)] * per_doc,
            doc.language == "zh-Hans",
        )
        kb.catalog.mark_stored(doc_id)
        if d % 10 == 9:
            progress(f"  synthetic: {(d + 1) * per_doc} chunks")
    kb.refresh()
    kb.close()
    return time.perf_counter() - started


def bench_100k(work: Path, chroma_url: str = "", label: str = "embedded") -> dict:
    data = work / f"synthetic-{label}"
    build_s = build_synthetic(data, 100_000, chroma_url)
    kb = open_kb(data, chroma_url=chroma_url, collection="cdokb-bench")
    result = time_asks(kb, questions(), rounds=2)
    filtered = []
    for q in questions()[:10]:
        started = time.perf_counter()
        kb.ask(q, filters={"year": ["2021"]})
        filtered.append((time.perf_counter() - started) * 1000)
    kb.close()
    return {
        "chunks": 100_000,
        "build_s": round(build_s, 1),
        **result,
        "filtered_p50_ms": round(percentile(filtered, 50), 1),
    }


def bench_quality(work: Path) -> dict:
    """cdokb on both halves of its question set and on dev.jsonl, and the afternoon baseline on
    dev.jsonl, in one run."""
    from bench.baseline import run_baseline
    from evaluation.score import evaluate, load_questions

    kb = open_kb(work / "ingest")
    result: dict[str, object] = {}
    for split in ("tune", "heldout"):
        rep = evaluate(kb, load_questions(QUESTIONS, split))
        result[f"{split}_answered"] = rep.answered
        for name, group in (
            ("cross_language", rep.by_lang.get("cross-language")),
            ("compare", rep.by_kind.get("compare")),
        ):
            result[f"{split}_{name}_answered"] = group.answered if group else None
        result[f"{split}_unanswerable_not_found"] = rep.no_answer_accuracy
        result[f"{split}_answerable_not_found"] = rep.false_no_answer_rate
        result[f"{split}_recall_at_5"] = rep.recall_at_5
    if not DEV.exists():
        kb.close()
        return {**result, "dev": f"skipped: {DEV} is not beside this checkout"}
    ours = evaluate(kb, load_questions(DEV))
    kb.close()
    base = run_baseline(CORPUS, DEV)
    return {
        **result,
        "cdokb_recall_at_5": ours.recall_at_5,
        "cdokb_mrr": ours.mrr,
        "cdokb_no_answer_accuracy": ours.no_answer_accuracy,
        "cdokb_false_no_answers": ours.false_no_answers,
        "baseline_recall_at_5": base["recall_at_5"],
        "baseline_mrr": base["mrr"],
        "baseline_no_answer_accuracy": base["no_answer_accuracy"],
        "baseline_chunks": base["chunks"],
    }


def bench_concurrent(work: Path, askers: int = 10, seconds: float = 30.0) -> dict:
    """Upload documents (then remove them, then upload again …) for `seconds` while `askers`
    threads query: no errors, and answers about documents the uploads do not touch stay exactly
    the same."""
    import threading

    from ingest.pipeline import ingest_paths

    data = work / "concurrent"
    shutil.rmtree(data, ignore_errors=True)
    shutil.copytree(work / "ingest", data)
    kb = open_kb(data)
    uploads = work / "uploads"
    shutil.rmtree(uploads, ignore_errors=True)
    uploads.mkdir()
    moving = sorted(CORPUS.glob("us-*.txt"))[:3] + sorted(CORPUS.glob("guang*.txt"))
    for path in moving:
        shutil.copy(path, uploads / path.name)
        kb.remove(path.stem)
    kb.refresh()
    fixed = {"doc": ["haifeng-cdo-pilot-plan-2023", "bazhong-cdo-reform-report"]}
    asked = [
        "县首席数据执行官由谁兼任?",
        "巴中市开放了多少个政务数据库表?",
        "试点镇首席数据官培训什么时候完成?",
    ]
    expected = {q: [c.chunk_id for c in kb.ask(q, filters=fixed).citations] for q in asked}
    errors: list[str] = []
    changed = 0
    times: list[float] = []
    stop = threading.Event()

    def asker(seed: int) -> None:
        nonlocal changed
        rng = random.Random(seed)
        while not stop.is_set():
            q = rng.choice(asked)
            started = time.perf_counter()
            try:
                got = [c.chunk_id for c in kb.ask(q, filters=fixed).citations]
            except Exception as exc:  # the benchmark counts every failure
                errors.append(f"{type(exc).__name__}: {exc}")
                continue
            times.append((time.perf_counter() - started) * 1000)
            if got != expected[q]:
                changed += 1

    threads = [threading.Thread(target=asker, args=(i,)) for i in range(askers)]
    for t in threads:
        t.start()
    started = time.perf_counter()
    cycles, uploaded, upload_times = 0, 0, []
    while time.perf_counter() - started < seconds:
        began = time.perf_counter()
        uploaded += ingest_paths(kb, [uploads]).added
        upload_times.append(time.perf_counter() - began)
        for path in moving:
            kb.remove(path.stem)
        kb.refresh()
        cycles += 1
    stop.set()
    for t in threads:
        t.join()
    kb.close()
    return {
        "askers": askers,
        "seconds": seconds,
        "upload_remove_cycles": cycles,
        "documents_uploaded": uploaded,
        "upload_median_s": round(statistics.median(upload_times), 2),
        "asks": len(times),
        "errors": len(errors),
        "answers_changed": changed,
        "p50_ms": round(percentile(times, 50), 1),
        "p95_ms": round(percentile(times, 95), 1),
    }


def bench_web_concurrency(work: Path) -> dict:
    from bench.web import bench_web

    data = work / "web"
    shutil.rmtree(data, ignore_errors=True)
    shutil.copytree(work / "ingest", data)
    return bench_web(data, seconds=60, askers=20)


def bench_hostile(work: Path) -> dict:
    from bench.hostile import bench_hostile_askers

    return bench_hostile_askers(work / "ingest")


def bench_runaway(work: Path) -> dict:
    from bench.hostile import bench_runaway_file

    return bench_runaway_file(work / "ingest")


def bench_100k_server(work: Path) -> dict:
    with chroma_server(work / "chroma-server") as url:
        return bench_100k(work, url, "server")


# name -> (key in the results, what runs it), in running order: later ones read the store
# that `ingest` builds.
BENCHES: dict[str, tuple[str, Callable[[Path], dict]]] = {
    "ingest": ("ingest", bench_ingest),
    "quality": ("quality", bench_quality),
    "warm_ask": ("warm_ask_corpus", bench_warm_ask),
    "cold_ask": ("cold_ask", bench_cold_ask),
    "concurrent": ("upload_while_asking", bench_concurrent),
    "web": ("web_20_askers_60s", bench_web_concurrency),
    "hostile": ("huge_questions_beside_normal", bench_hostile),
    "runaway": ("runaway_30mb_line", bench_runaway),
    "100k": ("ask_100k_embedded", bench_100k),
    "100k_server": ("ask_100k_chroma_server", bench_100k_server),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--only", nargs="*", choices=BENCHES, help="run only these")
    parser.add_argument("--skip-100k", action="store_true", help="skip the two 100k-chunk runs")
    parser.add_argument("--work", type=Path, help="keep the built stores here (default: a temp dir)")
    args = parser.parse_args(argv)
    wanted = args.only or [b for b in BENCHES if not (args.skip_100k and b.startswith("100k"))]
    if any(b != "ingest" for b in wanted) and "ingest" not in wanted and not args.work:
        wanted = ["ingest", *wanted]  # the others read the store it builds
    work = args.work or Path(tempfile.mkdtemp(prefix="cdokb-bench-"))
    os.environ["CDOKB_HOME"] = str(work / "ingest")
    results: dict[str, object] = {
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
        "started": time.strftime("%Y-%m-%dT%H:%M:%S"),
    }
    try:
        for name in wanted:
            print(f"running {name} ...", file=sys.stderr, flush=True)
            key, run = BENCHES[name]
            results[key] = run(work)
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "latest.json").write_text(json.dumps(results, indent=2, ensure_ascii=False), "utf-8")
    print_table(results)
    return 0


def print_table(results: dict) -> None:
    rows = []
    for section, values in results.items():
        if section in ("machine", "started") or not isinstance(values, dict):
            continue
        for key, value in values.items():
            rows.append((section, key, value))
    width = max((len(f"{s}.{k}") for s, k, _ in rows), default=10)
    print(f"{'measure':<{width}}  value")
    print("-" * (width + 14))
    for section, key, value in rows:
        print(f"{section + '.' + key:<{width}}  {value}")
    print(f"\nwritten: {RESULTS / 'latest.json'}")
