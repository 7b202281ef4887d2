"""The demo corpus: shape images in several formats, with their true labels.

Used by ``mmrag demo`` (and ``corpus/build.py``). Deterministic for a seed.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from .shapes import ShapeSpec, all_combos, render

FORMATS = ("png", "jpg", "webp", "bmp", "gif", "tiff")


def build_demo_corpus(dest: Path, per_format: int = 4, seed: int = 7) -> list[dict]:
    """Write shape images under ``dest/images`` and ``dest/labels.json``; return the label records."""
    rng = random.Random(seed)
    folder = dest / "images"
    folder.mkdir(parents=True, exist_ok=True)
    combos = rng.sample(all_combos(), per_format * len(FORMATS))
    records = []
    for n, (colour, shape) in enumerate(combos):
        spec = ShapeSpec(colour, shape)
        fmt = FORMATS[n % len(FORMATS)]
        path = folder / f"shape_{n:03d}.{fmt}"
        render(spec, rng, size=256, canvas=256).save(path)
        records.append({"path": str(path), "colour": colour, "shape": shape, "label": spec.label})
    (dest / "labels.json").write_text(json.dumps(records, indent=2) + "\n")
    return records
