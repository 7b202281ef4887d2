"""Embedded Chroma next to a Chroma server (`chroma run` on this machine), on the same synthetic index, in one run.

    python benchmarks/bench_scale.py [--sizes 10000 100000] [--queries 100]

The index is bench_search.py's (70 % image items with 128-d vectors, 30 % text items with 384-d
vectors, BM25 as ingest builds it; fake query encoders, so the figures are retrieval and storage).
Per size and mode: insert rate (items/s through VectorStore.upsert + the catalog), hybrid search
p50/p95 (ms), the RSS after the queries of this process and of the Chroma server (MiB), and the size on disk of
the index folder and of the server's data folder (MiB).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_search import RandomEncoder, build, percentile  # noqa: E402

from mmrag import lexical  # noqa: E402
from mmrag.retrieve import Cutoff, Searcher, SearchQuery  # noqa: E402
from mmrag.store import VectorStore  # noqa: E402


def folder_mib(path: Path) -> float:
    return round(sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20, 1)


def start_server(data: Path, port: int) -> subprocess.Popen:
    chroma = Path(sys.executable).with_name("chroma")
    proc = subprocess.Popen(
        [str(chroma), "run", "--path", str(data), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(300):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1)
            return proc
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("chroma run did not start")


def rss_mib(pid: int) -> float:
    import psutil

    return round(psutil.Process(pid).memory_info().rss / 2**20, 1)


def measure(n: int, queries: int, mode: str, port: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        index, data = Path(tmp) / "index", Path(tmp) / "chroma-server"
        index.mkdir()
        server = start_server(data, port) if mode == "server" else None
        try:
            store = VectorStore(index, url=f"http://127.0.0.1:{port}", prefix=f"bench{n}-") if server else None
            catalog, store, insert_s, words = build(index, n, store=store)
            searcher = Searcher(
                catalog,
                store,
                lexical.LexicalIndex.load(index / "bm25"),
                RandomEncoder(128),
                RandomEncoder(384),
                {"clip": 2.0, "text": 1.0, "bm25": 1.0},
                60.0,
                Cutoff(clip_margin=-1.0, text_min=-1.0),
            )
            rng = random.Random(1)
            texts = [" ".join(rng.choices(words, k=3)) for _ in range(queries)]
            for t in texts[:5]:
                searcher.search(SearchQuery(text=t, k=10))
            times = []
            for t in texts:
                s = time.perf_counter()
                assert searcher.search(SearchQuery(text=t, k=10))
                times.append((time.perf_counter() - s) * 1000)
            catalog.close()
            row = {
                "items": n,
                "mode": mode,
                "insert_items_per_s": round(n / insert_s),
                "hybrid_p50_ms": round(statistics.median(times), 2),
                "hybrid_p95_ms": round(percentile(times, 95), 2),
                "client_rss_mib": rss_mib(os.getpid()),
                "index_folder_mib": folder_mib(index),
            }
            if server:
                row.update(server_rss_mib=rss_mib(server.pid), server_data_mib=folder_mib(data))
            return row
        finally:
            if server:
                server.kill()
                server.wait()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--queries", type=int, default=100)
    ap.add_argument("--port", type=int, default=8765, help="for `chroma run` on 127.0.0.1; 0: any free port")
    ap.add_argument(
        "--modes",
        nargs="+",
        choices=["embedded", "server"],
        default=["embedded", "server"],
        help="one mode per process lets a long size (1M) run the two modes as separate processes",
    )
    args = ap.parse_args()
    if args.port == 0:
        import socket

        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            args.port = sock.getsockname()[1]
    rows = []
    for n in args.sizes:
        measured = {mode: measure(n, args.queries, mode, args.port) for mode in args.modes}
        if len(measured) == 2:
            embedded, server = measured["embedded"], measured["server"]
            server["server_over_embedded_p95"] = round(server["hybrid_p95_ms"] / embedded["hybrid_p95_ms"], 2)
            server["server_over_embedded_insert"] = round(
                server["insert_items_per_s"] / embedded["insert_items_per_s"], 2
            )
        rows += measured.values()
        print(json.dumps(rows[-len(measured) :]), file=sys.stderr, flush=True)  # each size as soon as it is measured
    print(json.dumps({"rows": rows, "cpus": os.cpu_count()}, indent=2))


if __name__ == "__main__":
    main()
