"""Decode image files into RGB Pillow images, safely.

Any format Pillow reads; EXIF orientation applied; every mode converted to RGB
(transparency composited on white); very large images downscaled while
decoding, and refused past a hard cap (a decompression bomb).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import warnings
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from ..errors import ImageReadError

MAX_PIXELS = 20_000 * 20_000  # hard cap: refuse past this many pixels (400 MP)
WORKING_SIDE = 2048  # images are reduced to about this side while decoding; CLIP needs far less
# Pillow's own bomb guard would refuse a 100 MP photo; ours (MAX_PIXELS, checked from the header) replaces it.
Image.MAX_IMAGE_PIXELS = MAX_PIXELS


def to_rgb(img: Image.Image) -> Image.Image:
    """Any Pillow mode to RGB; alpha composited on white, 16-bit and float scaled to 8-bit."""
    if img.mode in ("I;16", "I;16B", "I;16L", "I"):
        img = img.point(lambda v: v * (1 / 256)).convert("L")
    elif img.mode == "F":
        img = img.convert("L")
    if img.mode == "P":
        img = img.convert("RGBA") if "transparency" in img.info else img.convert("RGB")
    if img.mode in ("RGBA", "LA", "PA"):
        rgba = img.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return img.convert("RGB") if img.mode != "RGB" else img


def open_image(path: str | Path, max_side: int = WORKING_SIDE) -> Image.Image:
    """Decode ``path`` to an RGB image no larger than about ``max_side``; raise ImageReadError with the reason."""
    return decode_image(path, max_side)[0]


def decode_image(path: str | Path, max_side: int = WORKING_SIDE) -> tuple[Image.Image, float | None]:
    """``open_image`` plus the EXIF capture date (Unix time or None), read from the same open file."""
    path = Path(path)
    try:
        if path.stat().st_size == 0:
            raise ImageReadError(str(path), "empty file (0 bytes)")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(path) as img:
                width, height = img.size
                if width * height > MAX_PIXELS:
                    raise ImageReadError(str(path), f"{width}x{height} is over the {MAX_PIXELS // 1_000_000} MP limit")
                img.draft("RGB", (max_side, max_side))  # JPEG: decode at reduced scale, cheaply
                img.seek(0)  # first frame of GIF / multi-page TIFF
                img.load()
                exif = img.getexif()
                taken = _exif_timestamp(exif)
                if exif.get(ORIENTATION, 1) != 1:  # exif_transpose copies even when there is nothing to turn
                    img = ImageOps.exif_transpose(img)
                if max(img.size) > max_side:
                    img.thumbnail((max_side, max_side), Image.BICUBIC)
                return to_rgb(img), taken
    except ImageReadError:
        raise
    except FileNotFoundError:
        raise ImageReadError(str(path), "no such file") from None
    except PermissionError:
        raise ImageReadError(str(path), "permission denied") from None
    except IsADirectoryError:
        raise ImageReadError(str(path), "is a directory") from None
    except UnidentifiedImageError:
        raise ImageReadError(str(path), "not an image format Pillow can read") from None
    except Image.DecompressionBombError:
        raise ImageReadError(str(path), f"too many pixels: over the {MAX_PIXELS // 1_000_000} MP limit") from None
    except (OSError, SyntaxError, ValueError, EOFError) as err:
        raise ImageReadError(str(path), f"corrupt or truncated image ({str(err) or type(err).__name__})") from None


ORIENTATION = 0x0112
EXIF_IFD = 0x8769
DATETIME_ORIGINAL = 36867
DATETIME = 306
THUMB_SIDE = 512


def exif_date(path: str | Path) -> float | None:
    """Unix time of EXIF DateTimeOriginal (else DateTime), or None when absent or unparsable."""
    try:
        with Image.open(path) as img:
            return _exif_timestamp(img.getexif())
    except Exception:
        return None


def _exif_timestamp(exif: Image.Exif) -> float | None:
    from datetime import datetime

    try:
        raw = exif.get_ifd(EXIF_IFD).get(DATETIME_ORIGINAL) or exif.get(DATETIME)
        return datetime.strptime(str(raw).strip("\x00 ")[:19], "%Y:%m:%d %H:%M:%S").timestamp() if raw else None
    except (ValueError, TypeError, KeyError):
        return None


def thumbnail_path(folder: Path, content_hash: str) -> Path:
    return folder / content_hash[:2] / f"{content_hash}.jpg"


def save_thumbnail(image: Image.Image, folder: Path, content_hash: str) -> Path:
    """A JPEG of at most THUMB_SIDE px per side, written once per content hash (atomically)."""
    path = thumbnail_path(folder, content_hash)
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    thumb = image
    if max(image.size) > THUMB_SIDE:
        thumb = image.copy()
        thumb.thumbnail((THUMB_SIDE, THUMB_SIDE), Image.BICUBIC)
    # A temp file of its own: reader threads share the pid, and copies of one photo read at
    # the same time write the same content hash (a shared temp name lost one copy in two runs).
    handle, tmp = tempfile.mkstemp(prefix=f".{content_hash[:16]}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            thumb.save(out, format="JPEG", quality=85)
        os.replace(tmp, path)  # atomic; a twin writing the same bytes at once is harmless
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return path
