"""Ingest throughput against bare CLIP encoding, in one run, as ratios.

    python benchmarks/bench_ingest.py [--images 500] [--size 256] [--format png|jpg] [--clip SPEC | --random-arch
    ViT-B-32]

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
Prints JSON: images/s of each, ingest/bare ratio, re-ingest/first ratio, and the CPU time of each
(process CPU seconds, all threads): ingest CPU / cores is the shortest an ingest could take with perfect
overlap, so bare wall time / that is the highest ingest/bare ratio this machine allows ("ceiling").
The text model is a deterministic fake (images have no text to embed without a VLM).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

from mmrag.ingest.images import open_image

from mmrag.backends.clip import OpenClipModel
from mmrag.backends.fake import FakeTextEmbedder
from mmrag.config import Settings
from mmrag.engine import Engine
from mmrag.shapes import ShapeSpec, all_combos, render


def write_images(folder: Path, count: int, size: int, fmt: str = "png") -> list[Path]:
    rng = random.Random(0)
    combos = all_combos()
    paths = []
    for n in range(count):
        path = folder / f"img_{n:04d}.{fmt}"
        render(ShapeSpec(*combos[n % len(combos)]), rng, size=size, canvas=size).save(
            path, quality=90
        ) if fmt == "jpg" else render(ShapeSpec(*combos[n % len(combos)]), rng, size=size, canvas=size).save(path)
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
    ap.add_argument("--device", help="cpu or cuda (default: cuda when torch sees a GPU, as MMRAG_DEVICE)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "images"
        folder.mkdir()
        paths = write_images(folder, args.images, args.size, args.format)
        spec = random_checkpoint(args.random_arch, Path(tmp)) if args.random_arch else args.clip
        clip = OpenClipModel(spec, device=args.device).load()
        clip.embed_images([open_image(paths[0])])  # warm-up
        decoded = [open_image(p) for p in paths]
        bare, first, second, bare_cpu, first_cpu = [], [], [], [], []
        for rep in range(args.repeat):  # interleaved, so a burst of load elsewhere hits both sides
            start, cpu = time.perf_counter(), time.process_time()
            clip.embed_images(decoded)
            bare.append(time.perf_counter() - start)
            bare_cpu.append(time.process_time() - cpu)
            engine = Engine(
                Settings.from_env(index=Path(tmp) / f"index{rep}", clip=spec, ocr="off"),
                clip=clip,
                text=FakeTextEmbedder(),
            )
            engine.open_for_writing()
            engine.store  # opening Chroma (imports, ~2 s once per process) is start-up, not throughput
            start, cpu = time.perf_counter(), time.process_time()
            report = engine.ingest([folder], describe=False, progress=False)
            first.append(time.perf_counter() - start)
            first_cpu.append(time.process_time() - cpu)
            assert report.added == args.images, report
            start = time.perf_counter()
            again = engine.ingest([folder], describe=False, progress=False)
            second.append(time.perf_counter() - start)
            assert again.unchanged == args.images, again
            engine.close()
        bare, first, second, bare_cpu, first_cpu = min(bare), min(first), min(second), min(bare_cpu), min(first_cpu)
    result = {
        "clip": args.random_arch + " (random weights)" if args.random_arch else args.clip,
        "device": clip.device,
        "images": args.images,
        "repeat": args.repeat,
        "size_px": args.size,
        "format": args.format,
        "bare_clip_images_per_s": round(args.images / bare, 1),
        "ingest_images_per_s": round(args.images / first, 1),
        "ingest_over_bare": round(bare / first, 3),
        "cores": os.cpu_count(),
        "bare_cpu_ms_per_image": round(bare_cpu / args.images * 1000, 2),
        "ingest_cpu_ms_per_image": round(first_cpu / args.images * 1000, 2),
        "ceiling_ingest_over_bare": round(min(1.0, bare / (first_cpu / (os.cpu_count() or 1))), 3),
        "reingest_s": round(second, 3),
        "reingest_over_first": round(second / first, 4),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    sys.exit(main())
