"""The demo corpus: shape images in several formats, and a PDF about some of them.

Used by ``mmrag demo`` and ``corpus/build.py``. Deterministic for a seed; the
true labels go to ``labels.json``.
"""

from __future__ import annotations

import io
import json
import random
from pathlib import Path

from .shapes import ShapeSpec, all_combos, render

FORMATS = ("png", "jpg", "webp", "bmp", "gif", "tiff")


def build_demo_corpus(dest: Path, per_format: int = 4, seed: int = 7) -> list[dict]:
    """Write ``dest/images/*``, ``dest/docs/shapes-report.pdf`` and ``dest/labels.json``; return the image records."""
    rng = random.Random(seed)
    folder = dest / "images"
    folder.mkdir(parents=True, exist_ok=True)
    combos = rng.sample(all_combos(), per_format * len(FORMATS) + 6)
    records = []
    for n, (colour, shape) in enumerate(combos[: per_format * len(FORMATS)]):
        spec = ShapeSpec(colour, shape)
        path = folder / f"shape_{n:03d}.{FORMATS[n % len(FORMATS)]}"
        render(spec, rng, size=256, canvas=256).save(path)
        records.append({"path": str(path), "colour": colour, "shape": shape, "label": spec.label})
    _write_report(dest / "docs" / "shapes-report.pdf", combos[per_format * len(FORMATS) :], rng)
    (dest / "labels.json").write_text(json.dumps(records, indent=2) + "\n")
    return records


def _write_report(path: Path, combos: list[tuple[str, str]], rng: random.Random) -> None:
    """A three-page PDF: each page a paragraph about two shapes and their pictures."""
    import pymupdf

    path.parent.mkdir(parents=True, exist_ok=True)
    doc = pymupdf.open()
    for page_no in range(3):
        pair = combos[2 * page_no : 2 * page_no + 2]
        page = doc.new_page()
        names = " and ".join(ShapeSpec(c, s).label for c, s in pair)
        text = (
            f"Page {page_no + 1} of the shapes report. This page shows {names}. "
            f"The {pair[0][1]} is {pair[0][0]}; the {pair[1][1]} next to it is {pair[1][0]}. "
            "Both were drawn on a light background for the catalogue."
        )
        page.insert_textbox(pymupdf.Rect(50, 50, 550, 200), text, fontsize=12)
        for k, (colour, shape) in enumerate(pair):
            buf = io.BytesIO()
            render(ShapeSpec(colour, shape), rng, size=200, canvas=200).save(buf, format="PNG")
            page.insert_image(pymupdf.Rect(60 + k * 250, 240, 260 + k * 250, 440), stream=buf.getvalue())
    doc.save(path)
