"""A second, independent renderer of the shapes domain, drawn with PyMuPDF's vector graphics.

The tiny CLIP was trained on mmrag.shapes (Pillow); these images test that it
learned colours and shapes rather than one drawing routine: other geometry,
other colour values, anti-aliased vector rasterisation, other image sizes.
"""

from __future__ import annotations

import math
import random

import pymupdf as fitz
from PIL import Image

CSS = {
    "red": (0.9, 0.1, 0.1),
    "green": (0.1, 0.6, 0.2),
    "blue": (0.1, 0.2, 0.85),
    "yellow": (1.0, 0.85, 0.0),
    "purple": (0.5, 0.1, 0.6),
    "orange": (1.0, 0.55, 0.0),
    "black": (0.05, 0.05, 0.05),
    "cyan": (0.0, 0.8, 0.85),
}


def _poly(cx, cy, pts, angle):
    c, s = math.cos(angle), math.sin(angle)
    return [fitz.Point(cx + x * c - y * s, cy + x * s + y * c) for x, y in pts]


def _points(shape: str, r: float):
    if shape == "square":
        return [(-r * 0.75, -r * 0.75), (r * 0.75, -r * 0.75), (r * 0.75, r * 0.75), (-r * 0.75, r * 0.75)]
    if shape == "diamond":
        return [(0, -r), (r * 0.7, 0), (0, r), (-r * 0.7, 0)]
    if shape == "triangle":
        return [(r * math.cos(a), r * math.sin(a)) for a in (-math.pi / 2, math.pi / 6, 5 * math.pi / 6)]
    if shape == "hexagon":
        return [(r * math.cos(k * math.pi / 3), r * math.sin(k * math.pi / 3)) for k in range(6)]
    if shape == "star":
        return [
            (
                (r if k % 2 == 0 else r * 0.45) * math.cos(-math.pi / 2 + k * math.pi / 5),
                (r if k % 2 == 0 else r * 0.45) * math.sin(-math.pi / 2 + k * math.pi / 5),
            )
            for k in range(10)
        ]
    if shape == "cross":
        t = r / 3
        return [
            (-t, -r),
            (t, -r),
            (t, -t),
            (r, -t),
            (r, t),
            (t, t),
            (t, r),
            (-t, r),
            (-t, t),
            (-r, t),
            (-r, -t),
            (-t, -t),
        ]
    if shape == "arrow":
        return [
            (-r, -r * 0.25),
            (r * 0.2, -r * 0.25),
            (r * 0.2, -r * 0.6),
            (r, 0),
            (r * 0.2, r * 0.6),
            (r * 0.2, r * 0.25),
            (-r, r * 0.25),
        ]
    raise ValueError(shape)


def draw(colour: str, shape: str, rng: random.Random, size: int = 128) -> Image.Image:
    doc = fitz.open()
    page = doc.new_page(width=size, height=size)
    bg = (1, 1, 1) if rng.random() < 0.6 else tuple(rng.uniform(0.88, 1.0) for _ in range(3))
    page.draw_rect(page.rect, color=None, fill=bg)
    r = size * rng.uniform(0.25, 0.4)
    cx, cy = rng.uniform(r, size - r), rng.uniform(r, size - r)
    fill = CSS[colour]
    if shape == "circle":
        page.draw_circle(fitz.Point(cx, cy), r, color=None, fill=fill)
    else:
        limit = 15 if shape in ("square", "diamond") else 180
        angle = math.radians(rng.uniform(-limit, limit))
        page.draw_polyline(_poly(cx, cy, _points(shape, r), angle), color=None, fill=fill, closePath=True)
    pix = page.get_pixmap(alpha=False)
    return Image.frombytes("RGB", (pix.width, pix.height), pix.samples)
