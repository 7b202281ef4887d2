"""Ingest throughput against bare CLIP encoding, in one run, as ratios.

    python benchmarks/bench_ingest.py [--images 500] [--size 256]

1. writes N shape images (PNG, SIZE px) to a temporary folder;
2. bare: decodes them all first (not timed), then times `clip.embed_images` on the
   decoded images (preprocess + encode, the work ingest cannot avoid);
3. first ingest: `mmrag ingest` through the Engine (--clip tiny, --no-describe, MMRAG_OCR=off: OCR
   is measured by eval_ocr.py), timed from an
   opened index (the one-off cost of importing and opening Chroma is excluded);
4. re-ingest of the unchanged set, timed.
Prints JSON: images/s of each, ingest/bare ratio, re-ingest/first ratio.
The text model is a deterministic fake (images have no text to embed without a VLM).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

from mmrag.backends.clip import OpenClipModel
from mmrag.backends.fake import FakeTextEmbedder
from mmrag.config import Settings
from mmrag.engine import Engine
from mmrag.ingest.images import open_image
from mmrag.shapes import ShapeSpec, all_combos, render


def write_images(folder: Path, count: int, size: int) -> list[Path]:
    rng = random.Random(0)
    combos = all_combos()
    paths = []
    for n in range(count):
        path = folder / f"img_{n:04d}.png"
        render(ShapeSpec(*combos[n % len(combos)]), rng, size=size, canvas=size).save(path)
        paths.append(path)
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--images", type=int, default=500)
    ap.add_argument("--size", type=int, default=256)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "images"
        folder.mkdir()
        paths = write_images(folder, args.images, args.size)
        clip = OpenClipModel("tiny").load()
        clip.embed_images([open_image(paths[0])])  # warm-up
        decoded = [open_image(p) for p in paths]
        start = time.perf_counter()
        clip.embed_images(decoded)
        bare = time.perf_counter() - start
        del decoded

        engine = Engine(Settings.from_env(index=Path(tmp) / "index", clip="tiny", ocr="off"), clip=clip, text=FakeTextEmbedder())  # OCR: eval_ocr.py
        engine.open_for_writing()
        engine.store  # opening Chroma (imports, ~2 s once per process) is start-up, not throughput
        start = time.perf_counter()
        report = engine.ingest([folder], describe=False, progress=False)
        first = time.perf_counter() - start
        assert report.added == args.images, report
        start = time.perf_counter()
        again = engine.ingest([folder], describe=False, progress=False)
        second = time.perf_counter() - start
        assert again.unchanged == args.images, again
        engine.close()
    result = {
        "images": args.images,
        "size_px": args.size,
        "bare_clip_images_per_s": round(args.images / bare, 1),
        "ingest_images_per_s": round(args.images / first, 1),
        "ingest_over_bare": round(bare / first, 3),
        "reingest_s": round(second, 3),
        "reingest_over_first": round(second / first, 4),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    sys.exit(main())
