"""Ingest throughput against bare CLIP encoding, in one run, as ratios.

    python benchmarks/bench_ingest.py [--images 500] [--size 256] [--format png|jpg] [--clip SPEC | --random-arch ViT-B-32]

1. writes N shape images (PNG or JPEG, SIZE px) to a temporary folder;
2. bare: decodes them all first (not timed), then times `clip.embed_images` on the
   decoded images (preprocess + encode, the work ingest cannot avoid);
3. first ingest: `mmrag ingest` through the Engine (--clip tiny, --no-describe, MMRAG_OCR=off: OCR
   is measured by eval_ocr.py), timed from an
   opened index (the one-off cost of importing and opening Chroma is excluded);
4. re-ingest of the unchanged set, timed.
With --random-arch, the CLIP is that open_clip architecture with random weights (saved to a
temporary checkpoint): the cost of a real-size model, which no pretrained download is needed for.
Each is run --repeat times, interleaved, and the fastest run of each is kept.
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


def write_images(folder: Path, count: int, size: int, fmt: str = "png") -> list[Path]:
    rng = random.Random(0)
    combos = all_combos()
    paths = []
    for n in range(count):
        path = folder / f"img_{n:04d}.{fmt}"
        render(ShapeSpec(*combos[n % len(combos)]), rng, size=size, canvas=size).save(path, quality=90) if fmt == "jpg" else render(ShapeSpec(*combos[n % len(combos)]), rng, size=size, canvas=size).save(path)
        paths.append(path)
    return paths


def random_checkpoint(arch: str, folder: Path) -> str:
    import open_clip
    import torch

    torch.manual_seed(0)
    path = folder / f"{arch}-random.pt"
    torch.save(open_clip.create_model(arch).state_dict(), path)
    return f"{arch}:{path}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--images", type=int, default=500)
    ap.add_argument("--size", type=int, default=256)
    ap.add_argument("--repeat", type=int, default=3, help="runs of each; the best of each is kept (noise only slows)")
    ap.add_argument("--format", choices=("png", "jpg"), default="png")
    ap.add_argument("--clip", default="tiny", help="a CLIP spec as --clip takes it")
    ap.add_argument("--random-arch", help="an open_clip architecture, with random weights (e.g. ViT-B-32)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "images"
        folder.mkdir()
        paths = write_images(folder, args.images, args.size, args.format)
        spec = random_checkpoint(args.random_arch, Path(tmp)) if args.random_arch else args.clip
        clip = OpenClipModel(spec).load()
        clip.embed_images([open_image(paths[0])])  # warm-up
        decoded = [open_image(p) for p in paths]
        bare, first, second = [], [], []
        for rep in range(args.repeat):  # interleaved, so a burst of load elsewhere hits both sides
            start = time.perf_counter()
            clip.embed_images(decoded)
            bare.append(time.perf_counter() - start)
            engine = Engine(Settings.from_env(index=Path(tmp) / f"index{rep}", clip=spec, ocr="off"), clip=clip, text=FakeTextEmbedder())
            engine.open_for_writing()
            engine.store  # opening Chroma (imports, ~2 s once per process) is start-up, not throughput
            start = time.perf_counter()
            report = engine.ingest([folder], describe=False, progress=False)
            first.append(time.perf_counter() - start)
            assert report.added == args.images, report
            start = time.perf_counter()
            again = engine.ingest([folder], describe=False, progress=False)
            second.append(time.perf_counter() - start)
            assert again.unchanged == args.images, again
            engine.close()
        bare, first, second = min(bare), min(first), min(second)
    result = {
        "clip": args.random_arch + " (random weights)" if args.random_arch else args.clip,
        "images": args.images,
        "repeat": args.repeat,
        "size_px": args.size,
        "format": args.format,
        "bare_clip_images_per_s": round(args.images / bare, 1),
        "ingest_images_per_s": round(args.images / first, 1),
        "ingest_over_bare": round(bare / first, 3),
        "reingest_s": round(second, 3),
        "reingest_over_first": round(second / first, 4),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    sys.exit(main())
