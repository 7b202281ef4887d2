"""Images of words for OCR tests and benchmarks: DejaVu fonts (Debian fonts-dejavu-core), several sizes, slight
rotation.

Also "photos" of text (tinted, unevenly lit, noisy, blurred, JPEG) and scanned PDFs (pages that are only images).
"""

from __future__ import annotations

import io
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONTS = ("DejaVuSans.ttf", "DejaVuSerif.ttf", "DejaVuSans-Bold.ttf", "DejaVuSansMono.ttf")

# Words a test can look for: not English stop words, not in the shapes vocabulary, unlikely in file names.
WORDS = (
    "harbor quantum velvet orchid lantern meadow copper falcon summit glacier ember willow prism tundra cobalt "
    "saffron marble thistle canyon beacon walnut juniper mosaic pelican granite ivory nectar basalt cedar "
    "zephyr fjord mango violet anchor bramble citadel dolphin"
).split()


def fonts_available() -> list[Path]:
    return [FONT_DIR / name for name in FONTS if (FONT_DIR / name).is_file()]


def text_card(
    lines: list[str], font: Path, size: int, angle: float = 0.0, background=(255, 255, 255), ink=(0, 0, 0)
) -> Image.Image:
    """Lines of text at ``size`` px, with a margin, rotated by ``angle`` degrees (the corners filled with the
    background)."""
    face = ImageFont.truetype(str(font), size)
    width = int(max(face.getlength(line) for line in lines)) + 2 * size
    height = int(size * 1.5 * len(lines)) + 2 * size
    image = Image.new("RGB", (width, height), background)
    draw = ImageDraw.Draw(image)
    for n, line in enumerate(lines):
        draw.text((size, size + int(n * size * 1.5)), line, font=face, fill=ink)
    return image.rotate(angle, expand=True, fillcolor=background, resample=Image.BICUBIC) if angle else image


def photo_of(card: Image.Image, rng: random.Random, tilt: float = 0.0) -> bytes:
    """The card as a phone photo might show it: placed on a tinted, unevenly lit surface, the camera turned by
    ``tilt`` degrees (card edges and text alike), noisy, a little blurred, JPEG."""
    pad = max(card.size) // 6
    tint = tuple(rng.randint(150, 230) for _ in range(3))
    photo = Image.new("RGB", (card.width + 2 * pad, card.height + 2 * pad), tint)
    photo.paste(card, (pad, pad))
    if tilt:
        photo = photo.rotate(tilt, resample=Image.BICUBIC, expand=True, fillcolor=tint)
    light = Image.linear_gradient("L").resize(photo.size).point(lambda v: 150 + v * 105 // 255)
    photo = Image.composite(photo, Image.new("RGB", photo.size, (0, 0, 0)), light)  # darker towards one side
    noise = Image.effect_noise(photo.size, 18).convert("RGB")
    photo = Image.blend(photo, noise, 0.08).filter(ImageFilter.GaussianBlur(0.6))
    buf = io.BytesIO()
    photo.save(buf, format="JPEG", quality=80)
    return buf.getvalue()


def scanned_pdf(path: Path, pages: list[list[str]], font: Path, size: int = 40, angle: float = 0.0) -> Path:
    """A PDF whose pages are only images of rendered text (no text layer), like a scanner's output at ~150 dpi."""
    import pymupdf

    doc = pymupdf.open()
    for lines in pages:
        scan = Image.new("L", (1240, 1754), 255)  # A4 at 150 dpi
        card = text_card(lines, font, size, angle).convert("L")
        scan.paste(card, (60, 80))
        buf = io.BytesIO()
        scan.save(buf, format="PNG")
        page = doc.new_page(width=595, height=842)
        page.insert_image(page.rect, stream=buf.getvalue())
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(path)
    return path
