"""Cold CLI start: each command in a fresh process, against a bare interpreter start (issue #20).

    python benchmarks/bench_cli.py [--items 12] [--runs 3] [--random-arch ViT-B-32] [--importtime 5]
    python benchmarks/bench_cli.py --big        # 400 items, 10 runs, random-weight ViT-B-32 (slow: minutes)
    python benchmarks/bench_cli.py --big --work /tmp/b400 [--pad 100000]   # keep (and reuse) the index; pad it
    python benchmarks/bench_cli.py --big --work /tmp/b400 --compare /tmp/b100k   # both sizes in the same rounds

Builds an index of ``--items`` generated JPEGs (noise and gradients, 640x480) with `mmrag ingest --no-describe
--no-ocr`, then times, ``--runs`` times each, in fresh processes: `python -c pass` (the baseline),
`python -c "import chromadb"` (what any search on Chroma pays), `mmrag --help`, `mmrag status`, `mmrag search`
(text query) and `mmrag ask` (extractive: OLLAMA_HOST is a closed port).
Prints min/median wall seconds, the ratio of the median to the baseline's, and peak RSS (the child's ru_maxrss from
wait4;
it counts the launcher's pages before exec, so the baseline row shows that floor);
with --importtime N, the N most expensive top-level imports of one run of each command (`python -X importtime`).
The CLIP is the bundled tiny one, or with --random-arch an open_clip architecture with random weights (a checkpoint
saved to the work folder, used as ARCH:PATH). Timings on a shared machine are noisy: compare ratios within one run.
The text towers' ONNX exports (mmrag/backends/onnx_text.py) go to a cache in the work folder: the ingest writes them,
so every timed search is a torch-free one; the first search after the ingest (it calibrates) is timed apart.
``--work DIR`` keeps the photos, checkpoint, index and cache in DIR and reuses them; ``--pad N`` then grows the index
to N items with synthetic ones (bench_search.build: random vectors of the model's sizes, BM25 texts), once.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from PIL import Image

MMRAG = [sys.executable, "-m", "mmrag"]


def write_photos(folder: Path, n: int) -> None:
    rng = np.random.default_rng(0)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        gradient = np.linspace(0, 255, 640, dtype=np.float32)[None, :, None] * rng.random(3)[None, None, :]
        noise = rng.normal(0, 40, (480, 640, 3))
        pixels = np.clip(gradient + noise, 0, 255).astype(np.uint8)
        Image.fromarray(pixels).save(folder / f"photo{i:04d}.jpg", quality=85)


def random_checkpoint(arch: str, folder: Path) -> str:
    """Saved by a child process, so this one stays small (its children's peak RSS counts its pages before exec)."""
    path = folder / f"{arch}-random.pt"
    if not path.is_file():
        code = (
            "import sys, open_clip, torch\ntorch.manual_seed(0)\n"
            "torch.save(open_clip.create_model(sys.argv[1]).state_dict(), sys.argv[2])"
        )
        subprocess.run([sys.executable, "-c", code, arch, str(path)], check=True, capture_output=True)
    return f"{arch}:{path}"


def pad_index(index: Path, total: int, clip_dim: int) -> None:
    """Add synthetic items until the index holds ``total`` (once: a marker file records it)."""
    marker = index / f".padded-{total}"
    if marker.exists():
        return
    sys.path.insert(0, str(Path(__file__).parent))
    from bench_search import build

    from mmrag.catalog import Catalog

    have = sum(Catalog(index / "catalog.sqlite").count_items().values())
    start = time.perf_counter()
    build(index, max(0, total - have), seed=1, clip_dim=clip_dim)
    marker.write_text("")
    print(f"padded to {total:,} items in {time.perf_counter() - start:.0f} s", file=sys.stderr)


def timed(argv: list[str], env: dict) -> tuple[float, float, float]:
    """(wall seconds, peak RSS MB, CPU seconds) of one fresh process (its own rusage, through wait4). On a loaded
    machine the CPU seconds (user + system, all threads) say more than the wall time about the command itself."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            err.seek(0)
            raise SystemExit(f"{' '.join(argv)} failed ({proc.returncode}): {err.read().decode()[-800:]}")
    return wall, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def top_imports(argv: list[str], env: dict, n: int) -> list[tuple[str, float]]:
    """The n top-level packages with the largest cumulative import time (seconds) in one run."""
    args = [sys.executable, "-X", "importtime", *argv[1:]]
    proc = subprocess.run(args, env=env, capture_output=True, text=True)
    totals: dict[str, float] = {}
    for line in proc.stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        _, cumulative, name = (part.strip() for part in line[len("import time:") :].split("|"))
        if name and not name.startswith(" ") and cumulative.isdigit() and "." not in name.strip():
            totals[name.strip()] = max(totals.get(name.strip(), 0.0), int(cumulative) / 1e6)
    return sorted(totals.items(), key=lambda kv: -kv[1])[:n]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--items", type=int, default=12)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument(
        "--random-arch", help="an open_clip architecture with random weights (e.g. ViT-B-32); default the tiny CLIP"
    )
    ap.add_argument(
        "--importtime", type=int, default=0, metavar="N", help="show the N slowest top-level imports per command"
    )
    ap.add_argument("--big", action="store_true", help="400 items, 10 runs, --random-arch ViT-B-32, --importtime 5")
    ap.add_argument("--work", help="keep the photos, index and cache in this folder (reused when it exists)")
    ap.add_argument("--compare", metavar="WORK2", help="also time `search` on another --work folder's index")
    ap.add_argument("--pad", type=int, default=0, metavar="N", help="grow the index to N items with synthetic ones")
    args = ap.parse_args()
    if args.big:
        args.items, args.runs, args.random_arch, args.importtime = (
            400,
            10,
            args.random_arch or "ViT-B-32",
            args.importtime or 5,
        )
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(args.work or tmp)
        work.mkdir(parents=True, exist_ok=True)
        spec = random_checkpoint(args.random_arch, work) if args.random_arch else "tiny"
        env = {
            **os.environ,
            "MMRAG_INDEX": str(work / "index"),
            "MMRAG_CLIP": spec,
            "OLLAMA_HOST": "http://127.0.0.1:9",
            "HF_HUB_OFFLINE": "1",
            "TRANSFORMERS_OFFLINE": "1",
            "XDG_CACHE_HOME": str(work / "cache"),  # a cache of its own: the text exports are part of the run
        }
        if not (work / "index").exists():
            write_photos(work / "photos", args.items)
            start = time.perf_counter()
            subprocess.run(
                [*MMRAG, "ingest", str(work / "photos"), "--no-describe", "--no-ocr"],
                env=env,
                check=True,
                capture_output=True,
            )
            print(f"ingest of {args.items} JPEGs: {time.perf_counter() - start:.1f} s")
            first, *_ = timed([*MMRAG, "search", "a first query"], env)
            print(f"first search after the ingest (calibrates): {first:.1f} s")
        if args.pad:  # in a child: this process stays small (its children's peak RSS counts its pages before exec)
            dim = 512 if args.random_arch else 128
            code = f"import sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); import bench_cli; "
            code += f"bench_cli.pad_index(bench_cli.Path({str(work / 'index')!r}), {args.pad}, {dim})"
            subprocess.run([sys.executable, "-c", code], check=True)
            timed([*MMRAG, "search", "a first query"], env)  # recalibrates after the growth: not timed
        status = json.loads(subprocess.run([*MMRAG, "status", "--json"], env=env, capture_output=True).stdout)
        exports = len(list((work / "cache").rglob("meta.json")))
        print(
            f"index: {sum(status['items'].values()):,} items, CLIP {spec.split(':')[0]}"
            f"{' (random weights)' if args.random_arch else ''}, {exports} text exports in the cache; "
            f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
        )
        commands = {
            "python -c pass": ([sys.executable, "-c", "pass"], env),
            "import chromadb": ([sys.executable, "-c", "import chromadb"], env),  # the floor a search on Chroma has
            "mmrag --help": ([*MMRAG, "--help"], env),
            "mmrag status": ([*MMRAG, "status"], env),
            "mmrag search": ([*MMRAG, "search", "a bright gradient"], env),
            "mmrag ask (extractive)": ([*MMRAG, "ask", "what is bright?"], env),
        }
        if args.compare:  # the same search on another work folder's index, in the same rounds
            other = {
                **env,
                "MMRAG_INDEX": str(Path(args.compare) / "index"),
                "XDG_CACHE_HOME": str(Path(args.compare) / "cache"),
            }
            commands[f"mmrag search ({Path(args.compare).name})"] = ([*MMRAG, "search", "a bright gradient"], other)
        runs: dict[str, list] = {name: [] for name in commands}
        for _ in range(args.runs):  # rounds: every command once per round, so a change in load hits all alike
            for name, (argv, command_env) in commands.items():
                runs[name].append(timed(argv, command_env))
        rows = []
        for name, done in runs.items():
            walls = [w for w, _, _ in done]
            cpu = statistics.median(c for _, _, c in done)
            rows.append((name, min(walls), statistics.median(walls), max(m for _, m, _ in done), cpu))
        base = rows[0][2]
        print(f"{'command':<24}{'min s':>8}{'median s':>10}{'x baseline':>12}{'peak MB':>10}{'CPU s':>8}")
        for name, lo, med, peak, cpu in rows:
            print(f"{name:<24}{lo:>8.2f}{med:>10.2f}{med / base:>12.1f}{peak:>10.0f}{cpu:>8.2f}")
        print(f"(load average after: {os.getloadavg()[0]:.1f})")
        if args.importtime:
            for name, (argv, command_env) in list(commands.items())[2:]:
                tops = ", ".join(f"{mod} {sec:.2f}" for mod, sec in top_imports(argv, command_env, args.importtime))
                print(f"imports, {name}: {tops}")


if __name__ == "__main__":
    main()
