"""Tags at scale, through the CLI: an index of more image items than Chroma takes in one call, tagged, killed
mid-tag, and checked to hold the old tags or the new ones everywhere (issue #16's "checked by").

    python benchmarks/check_tag_scale.py [--images 5000] [--pages 2000] [--work DIR]

Builds IMAGES shape photos (64 px, each drawn with its own seed, so no two are duplicates) and one PDF of PAGES
pages (each a line of text and a drawn shape, so each page render is an image item), ingests them with the tiny
CLIP (no descriptions, no OCR), then:
1. `tag` with colour labels;
2. `tag` with shape labels, killed with SIGKILL after its first Chroma batch (MMRAG_TEST_KILL_AT=tag:mid-chroma);
3. `search --label` (any command that opens the index repairs an interrupted tag from the catalog);
4. `tag` with shape labels again, to the end.
After each step, every image item's top label in the catalog is compared with the label on every one of its
vectors in Chroma, and `search --label` must find items. Prints one JSON object: counts, the client's max batch
size, seconds per step, and whether every check held (exit 1 if not).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pymupdf

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mmrag.shapes import COLOURS, SHAPES, ShapeSpec, render  # noqa: E402

COLOUR_NAMES = list(COLOURS)[:6]
SHAPE_NAMES = list(SHAPES)[:6]
COLOUR_LABELS = ",".join(COLOUR_NAMES)
SHAPE_LABELS = ",".join(SHAPE_NAMES)


def build(folder: Path, images: int, pages: int) -> None:
    photos = folder / "photos"
    photos.mkdir(parents=True, exist_ok=True)
    for n in range(images):
        rng = random.Random(n)
        render(ShapeSpec(rng.choice(list(COLOURS)), rng.choice(SHAPES)), rng, size=64, canvas=64).save(
            photos / f"p{n:05d}.png"
        )
    if pages:
        doc = pymupdf.open()
        for n in range(pages):
            page = doc.new_page(width=300, height=300)
            page.insert_text((20, 40), f"Page {n}: a report on shape number {n}.", fontsize=11)
            rng = random.Random(100_000 + n)
            page.draw_rect(
                pymupdf.Rect(60, 80, 60 + rng.randint(60, 180), 80 + rng.randint(60, 180)),
                color=None,
                fill=(rng.random(), rng.random(), rng.random()),
            )
        doc.save(folder / "report.pdf")


def mmrag(args: list[str], index: Path, env: dict | None = None) -> tuple[subprocess.CompletedProcess, float]:
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "mmrag", *args, "--index", str(index)],
        capture_output=True,
        text=True,
        env={**os.environ, "HF_HUB_OFFLINE": "1", **(env or {})},
    )
    return proc, round(time.perf_counter() - start, 1)


def agreement(index: Path) -> dict:
    """Catalog top labels against the labels on the vectors: how many image items, how many disagree."""
    import chromadb
    from chromadb.config import Settings

    db = sqlite3.connect(index / "catalog.sqlite")
    try:
        labels = dict(db.execute("SELECT item_id, label FROM labels WHERE top = 1"))
        tagging = db.execute("SELECT value FROM meta WHERE key = 'tagging'").fetchone()
    finally:
        db.close()
    client = chromadb.PersistentClient(path=str(index / "chroma"), settings=Settings(anonymized_telemetry=False))
    vectors: dict[str, set] = {}
    for name in ("images", "texts"):
        got = client.get_collection(name).get(include=["metadatas"])
        for meta in got["metadatas"]:
            vectors.setdefault(meta["item_id"], set()).add(meta.get("label"))
    wrong = sum(1 for item_id, label in labels.items() if vectors.get(item_id) != {label})
    return {
        "tagged": len(labels),
        "disagree": wrong,
        "labels": sorted(set(labels.values())),
        "tagging_flag": tagging is not None,
        "max_batch_size": client.get_max_batch_size(),
    }


def label_hits(index: Path, label: str) -> int:
    proc, _ = mmrag(["search", "a shape", "--label", label, "-k", "5", "--min-score", "0", "--json"], index)
    return len(json.loads(proc.stdout)["results"]) if proc.returncode == 0 else -1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--images", type=int, default=5000)
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument(
        "--work", type=Path, default=None, help="keep the corpus and index here (default: a temporary folder)"
    )
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="mmrag-tag-scale-"))
    corpus, index = work / "corpus", work / "index"
    out: dict = {"images": args.images, "pages": args.pages, "seconds": {}}
    start = time.perf_counter()
    build(corpus, args.images, args.pages)
    out["seconds"]["build"] = round(time.perf_counter() - start, 1)
    proc, out["seconds"]["ingest"] = mmrag(
        ["ingest", str(corpus), "--clip", "tiny", "--no-describe", "--no-ocr", "--json"], index
    )
    if proc.returncode != 0:
        print(proc.stderr[-3000:], file=sys.stderr)
        return 1
    out["ingest"] = {k: v for k, v in json.loads(proc.stdout).items() if isinstance(v, int)}
    steps = [
        ("tag_colours", ["tag", "--labels", COLOUR_LABELS, "--json"], None, 0, set(COLOUR_NAMES)),
        (
            "tag_shapes_killed",
            ["tag", "--labels", SHAPE_LABELS, "--json"],
            {"MMRAG_TEST_KILL_AT": "tag:mid-chroma"},
            -9,
            set(COLOUR_NAMES),
        ),
        ("tag_shapes", ["tag", "--labels", SHAPE_LABELS, "--json"], None, 0, set(SHAPE_NAMES)),
    ]
    ok = True
    for name, argv, env, code, expected in steps:
        proc, out["seconds"][name] = mmrag(argv, index, env)
        probe = next(iter(expected))
        hits = label_hits(index, probe)  # opening the index repairs a killed tag first
        state = agreement(index)
        held = (
            proc.returncode == code
            and state["disagree"] == 0
            and not state["tagging_flag"]
            and set(state["labels"]) <= expected
            and hits > 0
        )
        out[name] = {"returncode": proc.returncode, **state, f"search --label {probe}": hits, "held": held}
        ok = ok and held
    out["image_items"] = out["tag_shapes"]["tagged"]
    out["all_held"] = ok
    print(json.dumps(out, indent=2))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
