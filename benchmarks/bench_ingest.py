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

    python benchmarks/bench_ingest.py --large 200 [--random-arch ViT-B-32] [--repeat 2] [--work DIR]

Large real photos instead (issue #20 item 3): skimage.data's photos cropped, upscaled to 2,000-4,000 px and grained,
as JPEG quality 90, each file different; whole processes compared, each a fresh interpreter timed through wait4 (CPU
seconds of all its threads, peak RSS): a bare open_clip loop (decode with Pillow, the model's preprocess, encode_image
in batches of 32: the least any ingest must do) against `mmrag ingest --no-describe --no-ocr` into a new index with the
same random-weight checkpoint. The text towers' ONNX exports are written beforehand by an untimed ingest of one photo
(a one-off per model). Runs interleaved, the least CPU and RSS of each kept.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
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


BARE_LOOP = """
import sys
from pathlib import Path
import open_clip, torch
from PIL import Image
model, _, preprocess = open_clip.create_model_and_transforms(sys.argv[1], pretrained=sys.argv[2])
model.eval()
paths = sorted(Path(sys.argv[3]).glob("*.jpg"))
with torch.no_grad():
    for start in range(0, len(paths), 32):
        model.encode_image(torch.stack([preprocess(Image.open(p).convert("RGB")) for p in paths[start : start + 32]]))
"""


def write_large_photos(folder: Path, count: int) -> list[Path]:
    """``count`` different JPEGs (quality 90) of 2,000-4,000 px from skimage.data's colour photos."""
    import numpy as np
    import skimage.data
    from PIL import Image

    folder.mkdir(parents=True, exist_ok=True)
    bases = [getattr(skimage.data, name)() for name in ("astronaut", "coffee", "chelsea", "rocket", "retina")]
    rng = np.random.default_rng(0)
    paths = []
    for n in range(count):
        path = folder / f"photo_{n:04d}.jpg"
        paths.append(path)
        if path.exists():
            continue
        base = bases[n % len(bases)]
        h, w = base.shape[:2]
        ch, cw = int(h * rng.uniform(0.6, 1.0)), int(w * rng.uniform(0.6, 1.0))
        top, left = rng.integers(0, h - ch + 1), rng.integers(0, w - cw + 1)
        crop = Image.fromarray(base[top : top + ch, left : left + cw])
        side = int(rng.integers(2000, 4001))
        scale = side / max(cw, ch)
        big = np.asarray(crop.resize((round(cw * scale), round(ch * scale)), Image.BICUBIC), dtype=np.int16)
        grain = rng.normal(0, 5, big.shape).astype(np.int16)  # a camera's noise: JPEG sizes like real photos
        Image.fromarray(np.clip(big + grain, 0, 255).astype(np.uint8)).save(path, quality=90)
    return paths


def measured(argv: list[str], env: dict) -> tuple[float, float, float]:
    """(wall s, CPU s of all threads, peak RSS MB) of a fresh process."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{argv[:4]} failed: {proc.stderr.read().decode()[-800:]}")
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def large_photos(args) -> dict:
    if args.work:
        return _large_photos(args, Path(args.work))
    with tempfile.TemporaryDirectory() as tmp:  # the photos and a 600 MB checkpoint: not left behind
        return _large_photos(args, Path(tmp))


def _large_photos(args, work: Path) -> dict:
    import shutil

    photos = work / f"photos-{args.large}"  # a folder per count: the bare loop and ingest read all of it
    paths = write_large_photos(photos, args.large)
    arch = args.random_arch or "ViT-B-32"
    checkpoint = work / f"{arch}-random.pt"
    if not checkpoint.exists():  # in a child: this process stays small (a child's peak RSS counts its pages at fork)
        code = (
            "import sys, pathlib, bench_ingest; bench_ingest.random_checkpoint(sys.argv[1], pathlib.Path(sys.argv[2]))"
        )
        env = {**os.environ, "PYTHONPATH": str(Path(__file__).parent)}
        subprocess.run([sys.executable, "-c", code, arch, str(work)], check=True, env=env)
    env = {
        **os.environ,
        "XDG_CACHE_HOME": str(work / "cache"),
        "HF_HUB_OFFLINE": "1",
        "MMRAG_CLIP": f"{arch}:{checkpoint}",
    }
    ingest = [sys.executable, "-m", "mmrag", "ingest", "--no-describe", "--no-ocr"]
    warm = work / "warm"
    warm.mkdir(exist_ok=True)
    shutil.copy(paths[0], warm / "one.jpg")
    measured([*ingest, str(warm)], {**env, "MMRAG_INDEX": str(work / "warm-index")})  # writes the text exports
    runs: dict[str, list] = {"bare": [], "ingest": []}
    for rep in range(args.repeat):
        runs["bare"].append(measured([sys.executable, "-c", BARE_LOOP, arch, str(checkpoint), str(photos)], env))
        index = work / f"index{rep}"
        shutil.rmtree(index, ignore_errors=True)
        runs["ingest"].append(measured([*ingest, str(photos)], {**env, "MMRAG_INDEX": str(index)}))
        shutil.rmtree(index, ignore_errors=True)
    best = {
        name: (min(w for w, _, _ in done), min(c for _, c, _ in done), min(m for _, _, m in done))
        for name, done in runs.items()
    }
    n = len(paths)
    return {
        "clip": f"{arch} (random weights)",
        "photos": n,
        "photo_mb": round(sum(p.stat().st_size for p in paths) / n / 1e6, 2),
        "repeat": args.repeat,
        "cores": os.cpu_count(),
        "load_average": round(os.getloadavg()[0], 1),
        **{f"{name}_wall_s": round(b[0], 1) for name, b in best.items()},
        **{f"{name}_cpu_ms_per_image": round(b[1] / n * 1000, 1) for name, b in best.items()},
        **{f"{name}_peak_rss_mb": round(b[2]) for name, b in best.items()},
        "cpu_ingest_over_bare": round(best["ingest"][1] / best["bare"][1], 3),
        "rss_ingest_over_bare": round(best["ingest"][2] / best["bare"][2], 3),
        "runs": runs,
    }


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
    ap.add_argument("--large", type=int, metavar="N", help="N large real photos, whole processes (see above)")
    ap.add_argument("--work", help="--large: keep the photos, checkpoint and exports in this folder")
    args = ap.parse_args()
    if args.large:
        print(json.dumps(large_photos(args), indent=2))
        return
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
