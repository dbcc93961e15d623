"""Issue #12 benches: normal askers beside askers of 100,000-character questions, and a 30 MB
single-line file. Both run the product as a user would (`cdokb serve`, `cdokb ingest`)."""

from __future__ import annotations

import contextlib
import json
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench.web import hammer, start_server, stop_server

ROOT = Path(__file__).resolve().parent.parent
HUGE_QUESTION = "首席数据官" * 20_000  # 100,000 characters
RUNAWAY_BYTES = 30 * 1024 * 1024
# `cdokb ARGS` that prints its own peak resident memory (KiB on Linux) when it exits.
_WITH_PEAK = (
    "import atexit, resource, sys\n"
    "atexit.register(lambda: print('PEAK_KIB', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,"
    " file=sys.stderr))\n"
    "sys.argv = ['cdokb', *sys.argv[1:]]\n"
    "from ui.cli import main\n"
    "main()\n"
)


def bench_hostile_askers(data: Path, seconds: float = 30.0, askers: int = 10, hostile: int = 4) -> dict:
    """p95 of `askers` normal askers alone, then beside `hostile` askers of huge questions."""
    from gradio_client import Client

    with tempfile.TemporaryDirectory(prefix="cdokb-hostile-") as tmp:
        proc, url = start_server(data, log=Path(tmp) / "server.log", timeout=900)
        try:
            alone = hammer(url, seconds, askers)
            stop = threading.Event()
            refused: list[float] = []
            accepted: list[str] = []

            def attack() -> None:
                client = Client(url, verbose=False)
                while not stop.is_set():
                    started = time.perf_counter()
                    try:
                        client.predict(HUGE_QUESTION, api_name="/ask")
                        accepted.append("answered")
                    except Exception as exc:  # the refusal we expect arrives as the client's error
                        if "500-character" in str(exc):
                            refused.append((time.perf_counter() - started) * 1000)
                        else:
                            accepted.append(f"{type(exc).__name__}: {str(exc)[:80]}")
                with contextlib.suppress(Exception):
                    client.close()

            attackers = [threading.Thread(target=attack, daemon=True) for _ in range(hostile)]
            for thread in attackers:
                thread.start()
            beside = hammer(url, seconds, askers)
            stop.set()
            for thread in attackers:
                thread.join(timeout=60)
        finally:
            stop_server(proc)
    refused.sort()
    return {
        "normal_askers": askers,
        "hostile_askers": hostile,
        "alone_p95_ms": alone["p95_ms"],
        "beside_p95_ms": beside["p95_ms"],
        "p95_ratio": round(beside["p95_ms"] / alone["p95_ms"], 2) if alone["p95_ms"] else None,
        "normal_errors": alone["errors"] + beside["errors"],
        "huge_questions_refused": len(refused),
        "huge_questions_not_refused": len(accepted),
        "refusal_p50_ms": round(refused[len(refused) // 2], 1) if refused else None,
    }


def bench_runaway_file(data: Path) -> dict:
    """`cdokb ingest` of a 30 MB file that is one line: seconds, peak memory, what the user reads."""
    with tempfile.TemporaryDirectory(prefix="cdokb-runaway-") as tmp:
        huge = Path(tmp) / "one-line.txt"
        huge.write_bytes(b"chief data officer " * (RUNAWAY_BYTES // 19))
        copy = Path(tmp) / "kb"
        shutil.copytree(data, copy)
        args = ["--data-dir", str(copy), "ingest", str(huge), "--json"]
        started = time.perf_counter()
        run = subprocess.run(
            [sys.executable, "-c", _WITH_PEAK, *args], cwd=ROOT, capture_output=True, text=True, timeout=3600
        )
        seconds = time.perf_counter() - started
        report = json.loads(run.stdout or "{}")
        peak_kib = int(run.stderr.rsplit("PEAK_KIB ", 1)[-1].split()[0]) if "PEAK_KIB " in run.stderr else 0
    failed = report.get("failed") or [{}]
    return {
        "file_mb": round(RUNAWAY_BYTES / 2**20),
        "seconds": round(seconds, 1),
        "peak_rss_mb": round(peak_kib / 1024),
        "added": report.get("added"),
        "message": failed[0].get("error", "").split(": ", 1)[-1],
    }
