"""The benchmark scripts the README quotes still run from a clean checkout (tiny sizes; no timing is asserted)."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(script: str, *args: str) -> dict:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / script), *args],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout)


def test_bench_ingest_reports_ratios_and_the_ceiling():
    out = run("bench_ingest.py", "--images", "24", "--repeat", "1", "--device", "cpu")
    assert out["device"] == "cpu" and out["images"] == 24
    for key in (
        "bare_clip_images_per_s",
        "encode_only_images_per_s",
        "ingest_over_encode_only",
        "ingest_images_per_s",
        "ingest_over_bare",
        "ceiling_ingest_over_bare",
        "reingest_over_first",
    ):
        assert out[key] > 0, key
    assert out["ceiling_ingest_over_bare"] <= 1.0
    assert out["prep_workers"] == 0 and [r["prep_workers"] for r in out["rows"]] == [0]  # no CUDA: no workers


def test_bench_search_reports_hybrid_and_bare():
    out = run("bench_search.py", "--sizes", "600", "1200", "--queries", "5")
    small, big = out["sizes"]
    assert (small["items"], big["items"]) == (600, 1200)
    assert big["hybrid_p95_ms"] > 0 and big["bare_p95_ms"] > 0 and "hybrid_p95_growth" in big


def test_bench_scale_runs_both_modes():
    out = run("bench_scale.py", "--sizes", "600", "--queries", "5", "--port", "0")
    assert [r["mode"] for r in out["rows"]] == ["embedded", "server"]
    assert out["rows"][1]["server_rss_mib"] > 0 and "server_over_embedded_p95" in out["rows"][1]


def test_bench_big_pdf_reports_peak_rss_of_both_sizes():
    out = run("bench_big_pdf.py", "--pages", "4", "12")
    small, big = out["sizes"]
    assert (small["pages"], big["pages"]) == (4, 12) and big["items"] > small["items"]
    assert small["peak_rss_mib"] > 0 and out["peak_rss_ratio"] > 0
