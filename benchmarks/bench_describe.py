"""Describe throughput against the Ollama server's capacity, for servers that answer N requests at once.

    python benchmarks/bench_describe.py [--slots 1 2 4 8] [--delay 0.2] [--rounds 2 6] [--repeat 1] [--real-text]
    python benchmarks/bench_describe.py --delay 0.4 --rounds 4 16 --repeat 2     # the longer run the README quotes

The server is tests/fake_ollama.py, in a process of its own, with a per-request delay and N slots (requests
beyond N wait), as a GPU Ollama with OLLAMA_NUM_PARALLEL=N: its capacity is N / delay descriptions per second. For each
N, `describe`
(through the Engine, MMRAG_VLM_PARALLEL=N, the tiny CLIP) runs on two corpus sizes, ROUNDS x N pending images each,
on fresh copies of one index; the marginal rate (extra images / extra seconds) cancels the start-up (opening the
index, the first connection), and throughput / capacity is that rate over N / delay. Goal: >= 0.9 for each N.
The descriptions are embedded by a deterministic fake text model unless --real-text (MiniLM, as a user runs it).
Prints JSON.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from mmrag.backends.fake import FakeTextEmbedder
from mmrag.config import Settings
from mmrag.engine import Engine
from mmrag.shapes import ShapeSpec, all_combos, render

FAKE_OLLAMA = Path(__file__).resolve().parents[1] / "tests" / "fake_ollama.py"

REPLY = "A plain test picture with one coloured shape in the middle of a light background, and no visible text."


def build_index(folder: Path, index: Path, count: int, text) -> None:
    import random

    rng, combos = random.Random(0), all_combos()
    folder.mkdir(parents=True)
    for n in range(count):
        render(ShapeSpec(*combos[n % len(combos)]), rng, size=96, canvas=96).save(folder / f"img_{n:04d}.png")
    engine = Engine(Settings.from_env(index=index, clip="tiny", ocr="off"), text=text)
    try:
        report = engine.ingest([folder], describe=False, progress=False)
        assert report.added == count and report.pending_descriptions == count, report
    finally:
        engine.close()


@contextmanager
def fake_ollama(delay: float, slots: int):
    """The fake Ollama in a process of its own (as Ollama is: its work does not compete for this one's GIL);
    yields (host, stats) where stats gets {"answered", "peak_busy"} when it stops."""
    proc = subprocess.Popen(
        [sys.executable, str(FAKE_OLLAMA), "--delay", str(delay), "--slots", str(slots), "--reply", REPLY],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    stats: dict = {}
    try:
        yield proc.stdout.readline().strip(), stats
    finally:
        out, _ = proc.communicate("", timeout=30)
        stats.update(json.loads(out.strip().splitlines()[-1]))


def timed_describe(index: Path, host: str, parallel: int, text) -> tuple[float, int]:
    engine = Engine(
        Settings.from_env(index=index, clip="tiny", ocr="off", ollama_host=host, vlm="llava", vlm_parallel=parallel),
        text=text,
    )
    try:
        engine.open_for_writing()
        engine.store  # opening Chroma is start-up, not throughput
        engine.text.embed_texts([REPLY])  # so is loading the text model
        start = time.perf_counter()
        report = engine.describe(progress=False)
        return time.perf_counter() - start, report.described
    finally:
        engine.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--slots", type=int, nargs="+", default=[1, 2, 4, 8], help="requests the server serves at once (one run each)"
    )
    ap.add_argument("--delay", type=float, default=0.2, help="seconds per request at the server")
    ap.add_argument(
        "--rounds",
        type=int,
        nargs=2,
        default=[2, 6],
        metavar=("SMALL", "BIG"),
        help="corpus sizes, in rounds of N requests",
    )
    ap.add_argument(
        "--parallel",
        type=int,
        help="requests mmrag sends at once (default: as many as the server's slots); 1 is the old one-at-a-time "
        "describe",
    )
    ap.add_argument("--repeat", type=int, default=1, help="runs of each size; the fastest is kept (noise only slows)")
    ap.add_argument(
        "--real-text",
        action="store_true",
        help="embed descriptions with the real text model (MiniLM) instead of a fake",
    )
    args = ap.parse_args()
    small, big = sorted(args.rounds)
    text = None if args.real_text else FakeTextEmbedder()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "base"
        build_index(Path(tmp) / "images", base, big * max(args.slots), text)
        for slots in args.slots:
            times: dict[int, float] = {}
            for rep in range(args.repeat):
                for rounds in (small, big):  # interleaved, so a burst of load elsewhere hits both sizes
                    index = (
                        Path(tmp) / f"index-{slots}-{rounds}-{rep}"
                    )  # a new path each time: Chroma caches clients by path
                    shutil.copytree(base, index)
                    _keep_pending(index, rounds * slots)
                    with fake_ollama(args.delay, slots) as (host, stats):
                        seconds, described = timed_describe(index, host, args.parallel or slots, text)
                    assert described == rounds * slots == stats["answered"], (described, rounds * slots, stats)
                    peak = stats["peak_busy"]
                    times[rounds] = min(seconds, times.get(rounds, seconds))
                    shutil.rmtree(index)
            extra = (big - small) * slots
            marginal = extra / (times[big] - times[small])
            capacity = slots / args.delay
            rows.append(
                {
                    "slots": slots,
                    "parallel": args.parallel or slots,
                    "capacity_per_s": round(capacity, 2),
                    "small_s": round(times[small], 3),
                    "big_s": round(times[big], 3),
                    "marginal_per_s": round(marginal, 2),
                    "throughput_over_capacity": round(marginal / capacity, 3),
                    "peak_in_flight": peak,
                }
            )
    print(
        json.dumps(
            {
                "delay_s": args.delay,
                "rounds": [small, big],
                "repeat": args.repeat,
                "text_model": "real" if args.real_text else "fake",
                "rows": rows,
            },
            indent=2,
        )
    )
    return 0


def _keep_pending(index: Path, count: int) -> None:
    """Leave ``count`` images pending in a copy of the index: the others are marked described (without text)."""
    import sqlite3

    db = sqlite3.connect(index / "catalog.sqlite")
    with db:
        ids = [row[0] for row in db.execute("SELECT id FROM items WHERE pending = 1 ORDER BY id")]
        db.executemany("UPDATE items SET pending = 0 WHERE id = ?", [(i,) for i in ids[count:]])
    db.close()


if __name__ == "__main__":
    sys.exit(main())
