"""Ingest throughput against bare CLIP encoding, in one run, as ratios.

    python benchmarks/bench_ingest.py [--images 500] [--size 256] [--format png|jpg] [--clip SPEC | --random-arch
    ViT-B-32] [--prep-workers N [N ...]]

1. writes N shape images (PNG or JPEG, SIZE px) to a temporary folder;
2. bare: decodes them all first (not timed), then times `clip.embed_images` on the
   decoded images (preprocess + encode, the work ingest cannot avoid), and "encode only": `clip.embed_tensors` on
   images preprocessed beforehand (the model's own rate, the #23 item 5 goal's yardstick: ingest >= 0.8 x it on a GPU);
3. first ingest: `mmrag ingest` through the Engine (--clip tiny, --no-describe, MMRAG_OCR=off: OCR
   is measured by eval_ocr.py), timed from an
   opened index (the one-off cost of importing and opening Chroma is excluded);
4. re-ingest of the unchanged set, timed.
With --random-arch, the CLIP is that open_clip architecture with random weights (saved to a
temporary checkpoint): the cost of a real-size model, which no pretrained download is needed for.
--prep-workers: the ingests to run, one per MMRAG_PREP_WORKERS value (image preparation in worker processes,
ingest/prep.py; "auto": the default, cores - 2 with CUDA, else 0); the top-level figures are the first one's, and
"rows" has one line per value, so settings are compared within one run.
Each is run --repeat times, interleaved, and the fastest run of each is kept.
Prints JSON: images/s of each, ingest/bare ratio, re-ingest/first ratio, and the CPU time of each
(CPU seconds of the process, all threads, and of its worker processes, joined when an ingest ends): ingest CPU / cores
is the shortest an ingest could take with perfect overlap, so bare wall time / that is the highest ingest/bare
ratio this machine allows ("ceiling").
The text model is a deterministic fake (images have no text to embed without a VLM).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

from mmrag.ingest.images import open_image
from mmrag.ingest.prep import prep_workers

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


def cpu_seconds(own_only: bool = False) -> float:
    """CPU time of this process and of its children that have ended (an ingest's worker processes, once joined)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + (0.0 if own_only else children.ru_utime + children.ru_stime)


def workers_setting(text: str) -> int | None:
    return None if text == "auto" else int(text)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--images", type=int, default=500)
    ap.add_argument("--size", type=int, default=256)
    ap.add_argument("--repeat", type=int, default=3, help="runs of each; the best of each is kept (noise only slows)")
    ap.add_argument("--format", choices=("png", "jpg"), default="png")
    ap.add_argument("--clip", default="tiny", help="a CLIP spec as --clip takes it")
    ap.add_argument("--random-arch", help="an open_clip architecture, with random weights (e.g. ViT-B-32)")
    ap.add_argument("--device", help="cpu or cuda (default: cuda when torch sees a GPU, as MMRAG_DEVICE)")
    ap.add_argument(
        "--prep-workers",
        nargs="+",
        type=workers_setting,
        default=[None],
        help="MMRAG_PREP_WORKERS values to ingest with, e.g. 0 14 (default: auto)",
    )
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "images"
        folder.mkdir()
        paths = write_images(folder, args.images, args.size, args.format)
        spec = random_checkpoint(args.random_arch, Path(tmp)) if args.random_arch else args.clip
        clip = OpenClipModel(spec, device=args.device).load()
        clip.embed_images([open_image(paths[0])])  # warm-up
        decoded = [open_image(p) for p in paths]
        tensors = [clip.preprocess(image) for image in decoded]
        settings = args.prep_workers
        bare, bare_cpu, encode = [], [], []
        first, second, first_cpu, main_cpu = ({w: [] for w in range(len(settings))} for _ in range(4))
        for rep in range(args.repeat):  # interleaved, so a burst of load elsewhere hits both sides
            start, cpu = time.perf_counter(), cpu_seconds()
            clip.embed_images(decoded)
            bare.append(time.perf_counter() - start)
            bare_cpu.append(cpu_seconds() - cpu)
            start = time.perf_counter()
            clip.embed_tensors(tensors)
            encode.append(time.perf_counter() - start)
            for n, workers in enumerate(settings):
                engine = Engine(
                    Settings.from_env(index=Path(tmp) / f"index{rep}-{n}", clip=spec, ocr="off", prep_workers=workers),
                    clip=clip,
                    text=FakeTextEmbedder(),
                )
                engine.open_for_writing()
                engine.store  # opening Chroma (imports, ~2 s once per process) is start-up, not throughput
                start, cpu, own = time.perf_counter(), cpu_seconds(), cpu_seconds(own_only=True)
                report = engine.ingest([folder], describe=False, progress=False)
                first[n].append(time.perf_counter() - start)
                first_cpu[n].append(cpu_seconds() - cpu)
                main_cpu[n].append(cpu_seconds(own_only=True) - own)
                assert report.added == args.images, report
                start = time.perf_counter()
                again = engine.ingest([folder], describe=False, progress=False)
                second[n].append(time.perf_counter() - start)
                assert again.unchanged == args.images, again
                engine.close()
        bare, bare_cpu, encode = min(bare), min(bare_cpu), min(encode)
    cores = os.cpu_count() or 1
    rows = [
        {
            "prep_workers": prep_workers(workers, clip.device),
            "ingest_images_per_s": round(args.images / min(first[n]), 1),
            "ingest_over_bare": round(bare / min(first[n]), 3),
            "ingest_over_encode_only": round(encode / min(first[n]), 3),
            "ingest_cpu_ms_per_image": round(min(first_cpu[n]) / args.images * 1000, 2),
            "of_it_main_process_ms": round(min(main_cpu[n]) / args.images * 1000, 2),  # the rest: workers
            "ceiling_ingest_over_bare": round(min(1.0, bare / (min(first_cpu[n]) / cores)), 3),
            "reingest_s": round(min(second[n]), 3),
            "reingest_over_first": round(min(second[n]) / min(first[n]), 4),
        }
        for n, workers in enumerate(settings)
    ]
    result = {
        "clip": args.random_arch + " (random weights)" if args.random_arch else args.clip,
        "device": clip.device,
        "images": args.images,
        "repeat": args.repeat,
        "size_px": args.size,
        "format": args.format,
        "bare_clip_images_per_s": round(args.images / bare, 1),
        "encode_only_images_per_s": round(args.images / encode, 1),
        "cores": cores,
        "bare_cpu_ms_per_image": round(bare_cpu / args.images * 1000, 2),
        **rows[0],
        "rows": rows,
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    sys.exit(main())
