"""Zero-shot accuracy of a CLIP on the shapes domain, on images from the independent renderer.

    python benchmarks/eval_tiny_clip.py [--per-combo 20] [--clip tiny] [--seed 2026]

All 64 labels "a {colour} {shape}", the default template ensemble of
`mmrag classify`, top-1 accuracy on the 16 held-out combos and on the 48
seen ones. Images come from tests/other_renderer.py (PyMuPDF vector drawing),
not from the Pillow renderer the model was trained on.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from other_renderer import draw  # noqa: E402

from mmrag.backends.clip import OpenClipModel  # noqa: E402
from mmrag.classify import DEFAULT_TEMPLATES, class_vectors, probabilities  # noqa: E402
from mmrag.shapes import all_combos, held_out_combos, label  # noqa: E402


def evaluate(model: OpenClipModel, per_combo: int, seed: int, sizes=(64, 128, 224)) -> dict:
    rng = random.Random(seed)
    combos = all_combos()
    classes = class_vectors([label(c, s) for c, s in combos], DEFAULT_TEMPLATES, model)
    held = held_out_combos()
    hits = {"held_out": [0, 0], "seen": [0, 0]}
    for idx, (colour, shape) in enumerate(combos):
        images = [draw(colour, shape, rng, size=rng.choice(sizes)) for _ in range(per_combo)]
        pred = probabilities(model.embed_images(images), classes, model.logit_scale).argmax(axis=1)
        key = "held_out" if (colour, shape) in held else "seen"
        hits[key][0] += int((pred == idx).sum())
        hits[key][1] += per_combo
    return {k: {"top1": round(h / n, 4), "images": n} for k, (h, n) in hits.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clip", default="tiny")
    ap.add_argument("--per-combo", type=int, default=20)
    ap.add_argument("--seed", type=int, default=2026)
    args = ap.parse_args()
    print(json.dumps(evaluate(OpenClipModel(args.clip), args.per_combo, args.seed), indent=2))


if __name__ == "__main__":
    main()
