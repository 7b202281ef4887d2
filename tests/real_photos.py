"""Real photographs this project did not make: scikit-image's bundled samples, written as files at test time.

``pytest.importorskip`` is not used: scikit-image is a dev dependency, and a missing one should fail loudly.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import skimage.data
from PIL import Image

# Colour and grey photographs bundled in the scikit-image wheel (no download).
PHOTOS = (
    "astronaut",
    "coffee",
    "chelsea",
    "rocket",
    "camera",
    "immunohistochemistry",
    "hubble_deep_field",
    "coins",
    "moon",
    "stereo_motorcycle",
)


def photo(name: str) -> Image.Image:
    pixels = getattr(skimage.data, name)()
    if isinstance(pixels, tuple):  # stereo pairs come as (left, right, ...)
        pixels = pixels[0]
    return Image.fromarray(np.asarray(pixels))


def write_photos(folder: Path, names=PHOTOS, fmt: str = "jpg") -> list[Path]:
    """Each photo as ``folder/NAME.fmt``; returns the paths in order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name in names:
        path = folder / f"{name}.{fmt}"
        photo(name).convert("RGB").save(path, quality=90) if fmt in ("jpg", "jpeg") else photo(name).save(path)
        paths.append(path)
    return paths


def save_as_camera(image: Image.Image, path: Path, fmt: str, taken: str = "2019:07:14 10:20:30") -> Path:
    """Save as a phone camera does: pixels stored turned, EXIF Orientation 6 ("turn 90° clockwise to
    view") and DateTimeOriginal. ``fmt`` is a Pillow format name (JPEG, HEIF, AVIF, JXL)."""
    exif = Image.Exif()
    exif[0x0112] = 6
    exif.get_ifd(0x8769)[36867] = taken
    image.convert("RGB").transpose(Image.Transpose.ROTATE_90).save(path, format=fmt, exif=exif.tobytes(), quality=90)
    return path


def mean_difference(a: Image.Image, b: Image.Image) -> float:
    """Mean absolute difference per channel (0-255) of two images of one size."""
    assert a.size == b.size, (a.size, b.size)
    return float(
        np.abs(np.asarray(a.convert("RGB"), dtype=np.int16) - np.asarray(b.convert("RGB"), dtype=np.int16)).mean()
    )
