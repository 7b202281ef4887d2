"""Decode image files into RGB Pillow images, safely.

Any format Pillow reads, plus HEIC/HEIF (pillow-heif) and JPEG XL (pillow-jxl-plugin);
AVIF is Pillow's own (its wheels bundle libavif since 11.3). EXIF orientation applied; every mode converted to RGB
(transparency composited on white); very large images downscaled while
decoding, and refused past a hard cap (a decompression bomb).
"""

from __future__ import annotations

import contextlib
import logging
import math
import os
import re
import tempfile
import warnings
from pathlib import Path

import pillow_heif
import pillow_jxl  # noqa: F401  (importing it registers the JPEG XL opener)
from PIL import Image, ImageOps, PngImagePlugin, UnidentifiedImageError

from mmrag.errors import ImageReadError
from mmrag.index import thumbnail_path
from mmrag.places import gps_of

pillow_heif.register_heif_opener()  # .heic/.heif (iPhone photos); decoded upright, EXIF date kept
log = logging.getLogger(__name__)

MAX_PIXELS = 20_000 * 20_000  # hard cap: refuse past this many pixels (400 MP)
# What may be decoded at full scale: formats without a reduced-scale decode (PNG, WebP, TIFF...) are refused past
# this, read from the header before any pixel is decoded (64 MP of RGBA is 256 MB); JPEG is decoded at 1/2..1/8 scale.
SAFE_DECODE_PIXELS = 64_000_000
WORKING_SIDE = 2048  # images are reduced to about this side while decoding; CLIP needs far less
# Pillow's own bomb guard would refuse a 100 MP photo; ours (MAX_PIXELS, checked from the header) replaces it.
Image.MAX_IMAGE_PIXELS = MAX_PIXELS
# PNG text chunks (XMP, embedded editing or generation metadata) of valid files run to several MB
# decompressed; Pillow's 1 MB default refused them as corrupt. Pixels stay guarded by MAX_PIXELS.
PngImagePlugin.MAX_TEXT_CHUNK = max(PngImagePlugin.MAX_TEXT_CHUNK, 32 * 2**20)
PngImagePlugin.MAX_TEXT_MEMORY = max(PngImagePlugin.MAX_TEXT_MEMORY, 128 * 2**20)


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


def check_decodable(img: Image.Image, max_side: int = WORKING_SIDE) -> None:
    """From an opened (not yet loaded) image's header: ask for a reduced-scale decode where the format has one
    (JPEG draft), then refuse what would still take too much memory, with the reason. Call before ``load()``."""
    width, height = img.size
    fmt = img.format or "image"
    if width * height > MAX_PIXELS:
        raise ValueError(
            f"{width}x{height} {fmt} is too large to decode safely ({width * height / 1e6:.0f} MP; limit "
            f"{MAX_PIXELS // 1_000_000} MP)"
        )
    img.draft("RGB", (max_side, max_side))  # JPEG: decode at reduced scale, cheaply; other formats: no-op
    w, h = img.size
    if w * h > SAFE_DECODE_PIXELS:
        raise ValueError(
            f"{width}x{height} {fmt} is too large to decode safely ({width * height / 1e6:.0f} MP; limit "
            f"{SAFE_DECODE_PIXELS // 1_000_000} MP)"
        )


def bomb_reason(err: Image.DecompressionBombError) -> str:
    """Pillow's refusal (raised while reading the header) as our reason."""
    found = re.search(r"\((\d+) pixels\)", str(err))
    pixels = f"{int(found.group(1)) / 1e6:.0f} MP" if found else "too many pixels"
    return f"too large to decode safely ({pixels}; limit {MAX_PIXELS // 1_000_000} MP)"


def open_image(path: str | Path, max_side: int = WORKING_SIDE) -> Image.Image:
    """Decode ``path`` to an RGB image no larger than about ``max_side``; raise ImageReadError with the reason."""
    return decode_image(path, max_side)[0]


def decode_image(path: str | Path, max_side: int = WORKING_SIDE) -> tuple[Image.Image, float | None]:
    """``open_image`` plus the EXIF capture date (Unix time or None), read from the same open file."""
    return decode_photo(path, max_side)[:2]


def decode_photo(
    path: str | Path, max_side: int = WORKING_SIDE
) -> tuple[Image.Image, float | None, tuple[float, float] | None]:
    """``decode_image`` plus the EXIF GPS position (latitude, longitude) or None, from the same open file."""
    image, _, taken, gps = _decode(path, max_side, None)
    return image, taken, gps


def decode_for_index(
    path: str | Path, short_side: int
) -> tuple[Image.Image, tuple[int, int], float | None, tuple[float, float] | None]:
    """What ingest needs of a photo, in one decode: the image no larger than its thumbnail (THUMB_SIDE) and a model
    whose input is ``short_side`` px need (``fitting_side``; a JPEG is decoded at 1/2..1/8 scale straight to about
    that, issue #20), the photo's own size (after EXIF orientation), its EXIF date and GPS position."""
    return _decode(path, WORKING_SIDE, short_side)


def fitting_side(size: tuple[int, int], short_side: int, cap: int = WORKING_SIDE) -> int:
    """The longest side an image of ``size`` is reduced to so that its thumbnail (THUMB_SIDE) needs no other resize
    and its shorter side keeps ``short_side`` px (a panorama's long side grows with it), at most ``cap``."""
    return min(cap, max(THUMB_SIDE, math.ceil(short_side * max(size) / max(1, min(size)))))


def _decode(path: str | Path, max_side: int, short_side: int | None):
    path = Path(path)
    try:
        if path.stat().st_size == 0:
            raise ImageReadError(str(path), "empty file (0 bytes)")
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            with Image.open(path) as img:
                source_size = img.size  # before a reduced-scale decode changes it
                if short_side is not None:
                    max_side = fitting_side(img.size, short_side, max_side)
                try:
                    check_decodable(img, max_side)
                except ValueError as err:
                    raise ImageReadError(str(path), str(err)) from None
                img.seek(0)  # first frame of GIF / multi-page TIFF
                img.load()
                exif = img.getexif()
                taken = _exif_timestamp(exif)
                gps = gps_of(exif)
                size = _turned(source_size, exif)
                if exif.get(ORIENTATION, 1) != 1:  # exif_transpose copies even when there is nothing to turn
                    img = ImageOps.exif_transpose(img)
                if max(img.size) > max_side:
                    img.thumbnail((max_side, max_side), Image.BICUBIC)
                image = to_rgb(img)
        _log_warnings(caught, path)  # e.g. Pillow's "Corrupt EXIF data": a debug line, not raw stderr
        return image, size, taken, gps
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
    except Image.DecompressionBombError as err:
        raise ImageReadError(str(path), bomb_reason(err)) from None
    except (OSError, SyntaxError, ValueError, EOFError) as err:
        raise ImageReadError(str(path), f"corrupt or truncated image ({str(err) or type(err).__name__})") from None


def _turned(size: tuple[int, int], exif: Image.Exif) -> tuple[int, int]:
    """``size`` as the EXIF orientation turns the image (5-8: a quarter turn)."""
    return (size[1], size[0]) if exif.get(ORIENTATION, 1) in (5, 6, 7, 8) else size


def _log_warnings(caught: list, path) -> None:
    for w in caught:
        log.debug("%s: %s", path, w.message)


ORIENTATION = 0x0112
EXIF_IFD = 0x8769
DATETIME_ORIGINAL = 36867
DATETIME = 306
THUMB_SIDE = 512
MODEL_SIDE = 224  # the input side of a model that does not say (the fakes): ViT-B-32's


def exif_date(path: str | Path) -> float | None:
    """Unix time of EXIF DateTimeOriginal (else DateTime), or None when absent or unparsable."""
    try:
        with warnings.catch_warnings(), Image.open(path) as img:
            warnings.simplefilter("ignore")  # a corrupt EXIF block just means no date
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


def _current_umask() -> int:
    """The process umask, read without changing it where Linux shows it (os.umask can only swap it)."""
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1], 8) for line in status if line.startswith("Umask:"))
    except (OSError, StopIteration, ValueError, IndexError):
        mask = os.umask(0o022)
        os.umask(mask)
        return mask


_UMASK = _current_umask()


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
        os.fchmod(handle, 0o666 & ~_UMASK)  # mkstemp makes 0600; a thumbnail gets the usual mode
        with os.fdopen(handle, "wb") as out:
            thumb.save(out, format="JPEG", quality=85)
        os.replace(tmp, path)  # atomic; a twin writing the same bytes at once is harmless
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return path
