"""Procedural images of one filled shape on a light background.

The domain the bundled tiny CLIP is trained on; also used to build the demo
corpus and test fixtures. Pure functions of a ``random.Random``: the same seed
gives the same image.
"""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFilter

COLOURS: dict[str, tuple[int, int, int]] = {
    "red": (220, 30, 35),
    "green": (30, 150, 50),
    "blue": (30, 70, 215),
    "yellow": (245, 210, 25),
    "purple": (128, 40, 160),
    "orange": (245, 135, 25),
    "black": (20, 20, 20),
    "cyan": (25, 200, 220),
}
# Other common spellings of each colour (CSS / matplotlib), so the model does
# not learn one exact RGB value.
COLOUR_VARIANTS: dict[str, list[tuple[int, int, int]]] = {
    "red": [(255, 0, 0), (214, 39, 40), (200, 16, 46), (178, 34, 34), (230, 60, 50)],
    "green": [(0, 128, 0), (0, 200, 0), (44, 160, 44), (50, 205, 50), (34, 139, 34), (0, 170, 80)],
    "blue": [(0, 0, 255), (31, 119, 180), (0, 70, 200), (65, 105, 225), (20, 40, 160)],
    "yellow": [(255, 255, 0), (255, 221, 0), (240, 228, 66), (250, 200, 0), (255, 235, 60)],
    "purple": [(128, 0, 128), (148, 103, 189), (110, 30, 150), (160, 32, 240), (120, 60, 170)],
    "orange": [(255, 165, 0), (255, 127, 14), (255, 140, 0), (240, 110, 20), (230, 150, 40)],
    "black": [(0, 0, 0), (30, 30, 30), (45, 45, 50), (10, 10, 25)],
    "cyan": [(0, 255, 255), (23, 190, 207), (0, 200, 200), (64, 224, 208), (0, 180, 230)],
}
SHAPES: tuple[str, ...] = ("circle", "square", "triangle", "star", "cross", "diamond", "hexagon", "arrow")
COLOUR_NAMES: tuple[str, ...] = tuple(COLOURS)


def held_out_combos() -> set[tuple[str, str]]:
    """The 16 (colour, shape) pairs never shown in training: (i, i) and (i, i+3 mod 8)."""
    pairs = set()
    for i, colour in enumerate(COLOUR_NAMES):
        pairs.add((colour, SHAPES[i]))
        pairs.add((colour, SHAPES[(i + 3) % 8]))
    return pairs


def all_combos() -> list[tuple[str, str]]:
    return [(c, s) for c in COLOUR_NAMES for s in SHAPES]


def article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


def label(colour: str, shape: str) -> str:
    """The zero-shot label of a combo, e.g. 'a red circle'."""
    return f"{article(colour)} {colour} {shape}"


@dataclass(frozen=True)
class ShapeSpec:
    colour: str
    shape: str

    @property
    def label(self) -> str:
        return label(self.colour, self.shape)


def _regular_polygon(n: int, radius: float, phase: float) -> list[tuple[float, float]]:
    return [
        (radius * math.cos(phase + 2 * math.pi * k / n), radius * math.sin(phase + 2 * math.pi * k / n))
        for k in range(n)
    ]


def _outline(shape: str, rng: random.Random) -> list[tuple[float, float]]:
    """Polygon of a shape centred at 0 with outer radius about 1, before rotation."""
    if shape == "square":
        return [(-0.8, -0.8), (0.8, -0.8), (0.8, 0.8), (-0.8, 0.8)]
    if shape == "diamond":
        width = rng.uniform(0.55, 0.95)
        return [(0, -1), (width, 0), (0, 1), (-width, 0)]
    if shape == "triangle":
        if rng.random() < 0.6:
            return _regular_polygon(3, 1.0, -math.pi / 2)
        half = rng.uniform(0.6, 1.0)
        return [(0, -1), (half, 0.8), (-half, 0.8)]
    if shape == "hexagon":
        return _regular_polygon(6, 1.0, rng.choice([0.0, math.pi / 6]))
    if shape == "star":
        points = 5 if rng.random() < 0.85 else 6
        inner = rng.uniform(0.38, 0.55)
        poly = []
        for k in range(points * 2):
            r = 1.0 if k % 2 == 0 else inner
            a = -math.pi / 2 + math.pi * k / points
            poly.append((r * math.cos(a), r * math.sin(a)))
        return poly
    if shape == "cross":
        t = rng.uniform(0.22, 0.4)
        return [
            (-t, -1),
            (t, -1),
            (t, -t),
            (1, -t),
            (1, t),
            (t, t),
            (t, 1),
            (-t, 1),
            (-t, t),
            (-1, t),
            (-1, -t),
            (-t, -t),
        ]
    if shape == "arrow":
        shaft = rng.uniform(0.18, 0.32)
        head = rng.uniform(0.5, 0.75)
        neck = rng.uniform(0.0, 0.35)
        return [(-1, -shaft), (neck, -shaft), (neck, -head), (1, 0), (neck, head), (neck, shaft), (-1, shaft)]
    raise ValueError(f"unknown shape {shape!r}")


def _rotation_range(shape: str) -> float:
    """Max rotation in degrees that keeps the shape's name (a square turned 45° is a diamond)."""
    return {"square": 20.0, "diamond": 20.0}.get(shape, 180.0)


def _jitter(rgb: tuple[int, int, int], rng: random.Random, amount: int) -> tuple[int, int, int]:
    return tuple(max(0, min(255, v + rng.randint(-amount, amount))) for v in rgb)  # type: ignore[return-value]


def _fill_colour(colour: str, rng: random.Random) -> tuple[int, int, int]:
    base = COLOURS[colour] if rng.random() < 0.4 else rng.choice(COLOUR_VARIANTS[colour])
    return _jitter(base, rng, 18)


def _background(rng: random.Random) -> tuple[int, int, int]:
    roll = rng.random()
    if roll < 0.35:
        return (255, 255, 255)
    if roll < 0.6:
        g = rng.randint(225, 250)
        return (g, g, g)
    return (rng.randint(205, 255), rng.randint(205, 255), rng.randint(205, 255))


def render(spec: ShapeSpec, rng: random.Random, size: int = 64, canvas: int | None = None) -> Image.Image:
    """Draw ``spec`` with random size, position, rotation, blur and jitter; return an RGB image of ``size`` px.

    ``canvas`` (default: random) is the drawing resolution before the final
    bicubic resize, so edges look like anything from aliased to smooth.
    """
    canvas = canvas or rng.choice([64, 96, 128, 192, 256])
    img = Image.new("RGB", (canvas, canvas), _background(rng))
    draw = ImageDraw.Draw(img)
    radius = canvas * rng.uniform(0.2, 0.44)
    margin = radius * 0.95
    cx = rng.uniform(margin, canvas - margin)
    cy = rng.uniform(margin, canvas - margin)
    angle = math.radians(rng.uniform(-1, 1) * _rotation_range(spec.shape))
    fill = _fill_colour(spec.colour, rng)
    if spec.shape == "circle":
        ry = radius * rng.uniform(0.88, 1.0)
        draw.ellipse([cx - radius, cy - ry, cx + radius, cy + ry], fill=fill)
    else:
        cos, sin = math.cos(angle), math.sin(angle)
        pts = [
            (cx + radius * (x * cos - y * sin), cy + radius * (x * sin + y * cos)) for x, y in _outline(spec.shape, rng)
        ]
        outline = _jitter(tuple(int(v * 0.6) for v in fill), rng, 10) if rng.random() < 0.25 else None  # type: ignore[arg-type]
        draw.polygon(pts, fill=fill, outline=outline, width=max(1, canvas // 64))
    if rng.random() < 0.5:
        img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.2, 1.2) * canvas / 64))
    img = img.resize((size, size), Image.BICUBIC)
    if rng.random() < 0.2:
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=rng.randint(40, 90))
        img = Image.open(io.BytesIO(buf.getvalue())).convert("RGB")
    return img
