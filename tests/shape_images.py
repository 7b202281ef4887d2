"""Write shape images to disk for tests, from either renderer."""

from __future__ import annotations

import random
from pathlib import Path

from other_renderer import draw

from mmrag.shapes import ShapeSpec, render


def write_shapes(
    folder: Path, combos, seed: int = 0, other: bool = True, fmt: str = "png"
) -> list[tuple[Path, str, str]]:
    """One image per (colour, shape); drawn by the independent renderer unless ``other`` is False."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for n, (colour, shape) in enumerate(combos):
        image = draw(colour, shape, rng) if other else render(ShapeSpec(colour, shape), rng, size=128)
        path = folder / f"img_{n:03d}.{fmt}"
        image.save(path)
        out.append((path, colour, shape))
    return out
