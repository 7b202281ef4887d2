"""Peak memory of ingesting one big PDF, at two page counts, as a ratio: a big file is committed in parts,
so peak RSS should not grow with its page count.

    python benchmarks/bench_big_pdf.py [--pages 40 400] [--big]     (--big: 200 and 2,000 pages)

Each size is ingested into a fresh index by `mmrag ingest` in its own process (--clip tiny, --no-describe,
MMRAG_OCR=off, the default MMRAG_COMMIT_ITEMS); the process's peak RSS comes from wait4.
Prints JSON: per size the pages, items, seconds and peak RSS in MiB, and big/small ratios of RSS and pages.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def write_pdf(path: Path, pages: int) -> None:
    import pymupdf

    doc = pymupdf.open()
    for n in range(pages):
        page = doc.new_page()
        page.insert_textbox(
            pymupdf.Rect(50, 50, 550, 700),
            f"Page {n + 1}. " + "A line of a long report about harbours and ships. " * 30,
            fontsize=10,
        )
        page.draw_circle((300, 600), 40 + n % 50, color=(n % 7 / 7, 0.3, 0.6), fill=(0.2, n % 5 / 5, 0.4))
    doc.save(path)


def measure(folder: Path, pages: int) -> dict:
    corpus = folder / f"pdf{pages}"
    corpus.mkdir()
    write_pdf(corpus / "big.pdf", pages)
    env = {**os.environ, "MMRAG_OCR": "off", "HF_HUB_OFFLINE": "1"}
    command = [
        sys.executable,
        "-m",
        "mmrag",
        "ingest",
        str(corpus),
        "--clip",
        "tiny",
        "--no-describe",
        "--json",
        "--index",
        str(folder / f"index{pages}"),
    ]
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    if status != 0:
        raise SystemExit(f"ingest of {pages} pages failed (status {status})")
    return {
        "pages": pages,
        "items": json.loads(out)["items"],
        "seconds": round(time.perf_counter() - start, 2),
        "peak_rss_mib": round(usage.ru_maxrss / 1024, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, nargs=2, default=[40, 400], metavar=("SMALL", "BIG"))
    parser.add_argument("--big", action="store_true", help="200 and 2,000 pages")
    args = parser.parse_args()
    small, big = (200, 2000) if args.big else args.pages
    with tempfile.TemporaryDirectory() as tmp:
        rows = [measure(Path(tmp), small), measure(Path(tmp), big)]
    print(
        json.dumps(
            {
                "sizes": rows,
                "pages_ratio": round(big / small, 1),
                "peak_rss_ratio": round(rows[1]["peak_rss_mib"] / rows[0]["peak_rss_mib"], 2),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
