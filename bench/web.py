"""Web concurrency benchmark: N askers call `/ask` through gradio_client for S seconds.

`python -m bench.web [--data-dir DIR] [--seconds 60] [--askers 20]` prints JSON. The server is a
separate process started like a user would (`cdokb serve`), so the numbers include Gradio's
queue, HTTP and SSE, not just the retriever.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import numpy as np

from bench.servers import free_port

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = [
    "首席数据官的主要职责有哪些？",
    "首席数据官由谁担任？",
    "试点工作什么时候完成？",
    "县首席数据执行官由谁兼任?",
    "When is the half-year report due?",
    "What are the functions of an agency Chief Data Officer?",
    "Who chairs the Chief Data Officers Council?",
    "企业首席数据官应具备哪些条件?",
]


def server_command(
    data_dir: Path, port: int, corpus: Path | None = None, host: str = "127.0.0.1"
) -> list[str]:
    """The `cdokb serve` command line for `data_dir` on `port`."""
    cmd = [
        sys.executable,
        "-m",
        "ui.cli",
        "--data-dir",
        str(data_dir),
        "serve",
        "--host",
        host,
        "--port",
        str(port),
    ]
    return cmd + (["--corpus", str(corpus)] if corpus is not None else [])


def start_server(
    data_dir: Path,
    corpus: Path | None = None,
    log: Path | None = None,
    timeout: float = 300.0,
    env: dict[str, str] | None = None,
) -> tuple[subprocess.Popen, str]:
    """Start a server on a free port and wait until its page answers; (process, url)."""
    port = free_port()
    out = open(log, "wb") if log else subprocess.DEVNULL  # noqa: SIM115  (closed by the child's exit)
    proc = subprocess.Popen(
        server_command(data_dir, port, corpus),
        cwd=ROOT,
        stdout=out,
        stderr=subprocess.STDOUT if log else subprocess.DEVNULL,
        env=os.environ | {"GRADIO_ANALYTICS_ENABLED": "False", "HF_HUB_OFFLINE": "1"} | (env or {}),
    )
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            tail = Path(log).read_text("utf-8", "replace")[-2000:] if log else ""
            raise RuntimeError(f"the server exited with {proc.returncode}: {tail}")
        try:
            with urllib.request.urlopen(url + "config", timeout=2):
                return proc, url
        except urllib.error.HTTPError:
            return proc, url  # it answers (e.g. 401 behind a login)
        except OSError:
            time.sleep(0.5)
    stop_server(proc)
    raise RuntimeError(f"the server did not answer on {url} within {timeout:.0f} s")


def stop_server(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=5)


def hammer(url: str, seconds: float, askers: int, questions: list[str] | None = None) -> dict:
    """`askers` threads, each with its own client, ask in a loop until `seconds` have passed."""
    from gradio_client import Client

    items = questions or QUESTIONS
    clients = [Client(url, verbose=False) for _ in range(askers)]
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    start_gate = threading.Barrier(askers)
    stop_at = [0.0]

    def work(i: int) -> None:
        client = clients[i]
        n = i
        start_gate.wait()
        while time.monotonic() < stop_at[0]:
            question = items[n % len(items)]
            n += askers
            started = time.perf_counter()
            try:
                result = client.predict(question, api_name="/ask")
                ok = isinstance(result, dict) and "citations" in result
                problem = "" if ok else f"unexpected reply {str(result)[:80]}"
            except Exception as exc:  # any failure counts; the benchmark reports them all
                problem = f"{type(exc).__name__}: {str(exc)[:120]}"
            took = (time.perf_counter() - started) * 1000
            with lock:
                if problem:
                    errors.append(problem)
                else:
                    latencies.append(took)

    stop_at[0] = time.monotonic() + seconds
    threads = [threading.Thread(target=work, args=(i,), daemon=True) for i in range(askers)]
    began = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=seconds + 120)
    wall = time.monotonic() - began
    for client in clients:
        with contextlib.suppress(Exception):
            client.close()
    values = np.asarray(latencies) if latencies else np.asarray([float("nan")])
    return {
        "askers": askers,
        "seconds": round(wall, 1),
        "requests": len(latencies) + len(errors),
        "ok": len(latencies),
        "errors": len(errors),
        "error_samples": sorted(set(errors))[:5],
        "throughput_per_s": round(len(latencies) / wall, 2) if wall else 0.0,
        "p50_ms": round(float(np.percentile(values, 50)), 1),
        "p95_ms": round(float(np.percentile(values, 95)), 1),
        "max_ms": round(float(np.max(values)), 1),
    }


def bench_web(data_dir: Path, seconds: int = 60, askers: int = 20) -> dict:
    """Serve `data_dir` (ingesting corpus/ first if it is empty) and hammer `/ask`."""
    with tempfile.TemporaryDirectory(prefix="cdokb-web-") as tmp:
        log = Path(tmp) / "server.log"
        started = time.perf_counter()
        proc, url = start_server(Path(data_dir), log=log, timeout=900)
        startup_s = time.perf_counter() - started
        try:
            result = hammer(url, seconds, askers)
        finally:
            stop_server(proc)
    return {"startup_s": round(startup_s, 1), **result}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.web", description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, help="knowledge base to serve (default: a fresh one)")
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--askers", type=int, default=20)
    args = parser.parse_args(argv)
    if args.data_dir:
        result = bench_web(args.data_dir, args.seconds, args.askers)
    else:
        with tempfile.TemporaryDirectory(prefix="cdokb-web-kb-") as tmp:
            result = bench_web(Path(tmp), args.seconds, args.askers)
    print(json.dumps(result, ensure_ascii=False))
    return 1 if result["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
