"""How well `mmrag duplicates` separates copies from unrelated photos, on photos this project did not make.

scikit-image's bundled photos (``skimage.data``; pip install scikit-image) are written as PNG, and
each gets three variants that differ from the perturbations the threshold probe uses: a JPEG
re-encode at quality 55, a resize to 60%, and a crop of 8% per side. The folder is ingested with
the chosen CLIP, then the default (measured) threshold is compared with the true pairs:

    python benchmarks/eval_duplicates.py                      # tiny CLIP, 6 photos: seconds
    python benchmarks/eval_duplicates.py --photos 18          # all photos
    python benchmarks/eval_duplicates.py --clip random-vit    # ViT-B-32 with random weights (no download)

Prints one JSON document: threshold, d_probe, d_null, the lowest similarity of a true pair, the
highest of an unrelated pair, and pair precision / recall of the near groups.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
from pathlib import Path

import numpy as np

PHOTOS = [
    "astronaut",
    "coffee",
    "chelsea",
    "rocket",
    "camera",
    "coins",
    "moon",
    "page",
    "text",
    "clock",
    "horse",
    "brick",
    "grass",
    "gravel",
    "immunohistochemistry",
    "hubble_deep_field",
    "retina",
    "colorwheel",
]


def write_corpus(folder: Path, n: int) -> dict[str, str]:
    """Photos and their variants; returns {file name: photo name}."""
    import skimage.data
    from PIL import Image

    truth = {}
    for name in PHOTOS[:n]:
        array = getattr(skimage.data, name)()
        image = Image.fromarray(
            np.asarray(array, dtype=np.uint8) if array.dtype != bool else (array * 255).astype(np.uint8)
        ).convert("RGB")
        w, h = image.size
        image.save(folder / f"{name}.png")
        image.save(folder / f"{name}-q55.jpg", quality=55)
        image.resize((int(w * 0.6), int(h * 0.6)), Image.Resampling.LANCZOS).save(folder / f"{name}-small.png")
        image.crop((int(w * 0.08), int(h * 0.08), int(w * 0.92), int(h * 0.92))).save(folder / f"{name}-crop.png")
        truth.update(
            {f"{name}.png": name, f"{name}-q55.jpg": name, f"{name}-small.png": name, f"{name}-crop.png": name}
        )
    return truth


def random_vit(folder: Path) -> str:
    import open_clip
    import torch

    torch.manual_seed(0)
    model = open_clip.create_model("ViT-B-32")
    path = folder / "vit-b-32-random.pt"
    torch.save(model.state_dict(), path)
    return f"ViT-B-32:{path}"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clip", default="tiny", help="tiny, random-vit, or any CLIP SPEC")
    parser.add_argument("--photos", type=int, default=6, help=f"how many photos (at most {len(PHOTOS)})")
    args = parser.parse_args(argv)

    from mmrag.config import Settings
    from mmrag.duplicates import find_duplicates
    from mmrag.engine import Engine
    from mmrag.store import IMAGES

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        photos = tmp / "photos"
        photos.mkdir()
        truth = write_corpus(photos, min(args.photos, len(PHOTOS)))
        spec = random_vit(tmp) if args.clip == "random-vit" else args.clip
        engine = Engine(Settings.from_env(index=tmp / "index", clip=spec))
        try:
            engine.ingest([photos], describe=False, ocr=False, progress=False)
            report = find_duplicates(engine.catalog, engine.store, embed_images=engine.clip.embed_images)
            items = engine.catalog.image_items()
            names = {s.path: Path(s.display).name for s in engine.catalog.sources()}
            ids = [i.id for i in items]
            vectors = engine.store.vectors(IMAGES, ids)
        finally:
            engine.close()
        photo_of = {i.id: truth[names[i.source]] for i in items}
        matrix = np.stack([vectors[i] for i in ids])
        matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
        sims = matrix @ matrix.T  # evaluation only: the tool itself uses k-NN queries
        same = [
            sims[a, b] for a, b in itertools.combinations(range(len(ids)), 2) if photo_of[ids[a]] == photo_of[ids[b]]
        ]
        other = [
            sims[a, b] for a, b in itertools.combinations(range(len(ids)), 2) if photo_of[ids[a]] != photo_of[ids[b]]
        ]
        found = {frozenset(p) for g in report.groups for p in itertools.combinations([i["id"] for i in g.items], 2)}
        true_pairs = {
            frozenset((ids[a], ids[b]))
            for a, b in itertools.combinations(range(len(ids)), 2)
            if photo_of[ids[a]] == photo_of[ids[b]]
        }
        hits = len(found & true_pairs)
        result = {
            "clip": args.clip,
            "photos": len(set(photo_of.values())),
            "items": len(ids),
            "threshold": report.threshold,
            "threshold_source": report.threshold_source,
            **{k: round(v, 6) if isinstance(v, float) else v for k, v in report.probe.items()},
            "min_true_pair": round(float(min(same)), 6),
            "max_unrelated_pair": round(float(max(other)), 6),
            "median_unrelated_pair": round(float(np.median(other)), 6),
            "groups": len(report.groups),
            "pair_precision": round(hits / len(found), 3) if found else None,
            "pair_recall": round(hits / len(true_pairs), 3),
        }
    json.dump(result, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
