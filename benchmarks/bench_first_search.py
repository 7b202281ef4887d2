"""The first search of a long-lived process (the UI, `mmrag serve`), with and without the torch-free text path.

    python benchmarks/bench_first_search.py --index DIR [--runs 5] [--query "a bright gradient"]

Each run is a fresh interpreter that imports mmrag.engine, opens the index and times ``Engine.search`` twice: the
first search (models load, the index opens) and a second one (all warm), as a Streamlit session does. "onnx" uses the
text exports in the user cache (mmrag/backends/onnx_text.py; run one `mmrag search` first so they exist), "torch" turns
that path off in the child (the CLIP and the text model load through torch, as before issue #20). The runs alternate,
so both see the same load; min and median seconds of each, and the child's peak RSS.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys

CHILD = """
import json, resource, sys, time
start = time.perf_counter()
from mmrag.engine import Engine
from mmrag.retrieve import SearchQuery
if sys.argv[1] == "torch":
    from mmrag.backends import onnx_text
    onnx_text.TextExport.encoder = lambda self: None
    onnx_text.TextExport.export = lambda self, write: None
engine = Engine()
imported = time.perf_counter()
engine.search(SearchQuery(text=sys.argv[2], k=10))
first = time.perf_counter()
engine.search(SearchQuery(text=sys.argv[2] + " again", k=10))
second = time.perf_counter()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"first": first - imported, "second": second - first, "total": first - start, "peak": peak}))
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--index", required=True)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--query", default="a bright gradient")
    args = ap.parse_args()
    env = {**os.environ, "MMRAG_INDEX": args.index, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    results: dict[str, list[dict]] = {"onnx": [], "torch": []}
    for _ in range(args.runs):
        for mode in results:
            proc = subprocess.run(
                [sys.executable, "-c", CHILD, mode, args.query], env=env, capture_output=True, text=True, check=True
            )
            results[mode].append(json.loads(proc.stdout.strip().splitlines()[-1]))
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs; {args.runs} runs each, alternating")
    print(f"{'text path':<10}{'first search min/median s':>28}{'second search median s':>24}{'start to first s':>18}")
    for mode, runs in results.items():
        first = [r["first"] for r in runs]
        line = f"{min(first):.2f} / {statistics.median(first):.2f}"
        second = statistics.median(r["second"] for r in runs)
        total = statistics.median(r["total"] for r in runs)
        print(f"{mode:<10}{line:>28}{second:>24.2f}{total:>18.2f}   peak {max(r['peak'] for r in runs):.0f} MB")


if __name__ == "__main__":
    main()
