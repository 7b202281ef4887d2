"""What the front end may show: the servable-path check, source images, PDF page renders, uploads.

The UI serves only files the index holds: ``is_servable`` resolves symlinks and
``..`` before comparing, so a crafted path (``/photos/../etc/passwd``, a symlink
out of a root) is refused. Uploads are checked for size and for being an image
before anything else reads them.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from .errors import InputError
from .ingest import images  # noqa: F401  (registers the HEIC/HEIF and JPEG XL openers, as for ingest)
from .ingest.discover import display_path
from .ingest.images import bomb_reason, check_decodable, open_image

MAX_UPLOAD_BYTES = 20 * 1024 * 1024
PREVIEW_SIDE = 1600  # an opened image is shown at most this large
PAGE_DPI = 110  # PDF pages are rendered at this resolution when opened


def _resolved(path: str | os.PathLike) -> Path | None:
    """The real absolute path (symlinks and `..` resolved), or None for one that cannot be a file name."""
    text = os.fspath(path)
    if not text or "\0" in text or not os.path.isabs(text):
        return None
    try:
        return Path(text).resolve(strict=True)
    except (OSError, RuntimeError, ValueError):  # missing, symlink loop, unencodable
        return None


def is_servable(path: str | os.PathLike, roots: Iterable[str | os.PathLike]) -> bool:
    """True when ``path`` is an existing file that, resolved, is one of ``roots`` or inside one.

    A root may be a file or a folder; roots are resolved too. Relative paths are refused.
    """
    target = _resolved(path)
    if target is None or not target.is_file():
        return False
    allowed = {r for r in map(_resolved, roots) if r is not None}
    return target in allowed or any(parent in allowed for parent in target.parents)


def index_files(catalog) -> dict[str, str]:
    """The files an index holds, as {path shown to users (valid UTF-8, what results carry): real path}. The real path
    is the file system's own name (surrogate escapes for bytes that are not UTF-8), so any indexed file, whatever its
    name's encoding, can be opened: look the shown path up here, then pass the real one and the values as roots."""
    return {source.display: source.fs_path for source in catalog.sources()}


def _check_servable(path: str, roots: Iterable[str | os.PathLike]) -> None:
    if not is_servable(path, roots):
        raise InputError(
            f"{display_path(path)} is not a file in the index", "Only files that `mmrag ingest` indexed can be shown"
        )


def source_image(path: str, roots: Iterable[str | os.PathLike], max_side: int = PREVIEW_SIDE) -> Image.Image:
    """An indexed image file, decoded to RGB (EXIF orientation applied) and at most ``max_side`` px."""
    _check_servable(path, roots)
    image = open_image(path, max_side=max_side)
    image.thumbnail((max_side, max_side))
    return image


def pdf_page_image(path: str, page: int, roots: Iterable[str | os.PathLike], dpi: int = PAGE_DPI) -> Image.Image:
    """Page ``page`` (1-based) of an indexed PDF, rendered as an RGB image."""
    import pymupdf

    _check_servable(path, roots)
    try:
        with pymupdf.open(path, filetype="pdf") as doc:
            if not 1 <= page <= doc.page_count:
                raise InputError(f"{path} has no page {page}", f"It has {doc.page_count} page(s)")
            pixmap = doc[page - 1].get_pixmap(dpi=dpi, alpha=False, colorspace=pymupdf.csRGB)
            return Image.frombytes("RGB", (pixmap.width, pixmap.height), pixmap.samples)
    except InputError:
        raise
    except Exception as err:  # MuPDF raises its own types for damaged or changed files
        raise InputError(
            f"cannot render page {page} of {path}: {err}",
            "The file may have changed since it was indexed: run `mmrag ingest` again",
        ) from None


def check_upload(name: str, data: bytes, max_bytes: int = MAX_UPLOAD_BYTES) -> Image.Image:
    """The uploaded bytes as an image, or InputError saying why not (too large, empty, not an image)."""
    if len(data) > max_bytes:
        raise InputError(
            f"{name} is {len(data) / 2**20:.1f} MB, over the {max_bytes / 2**20:.0f} MB upload limit",
            "Upload a smaller image",
        )
    if not data:
        raise InputError(f"{name} is empty", "Upload an image file (JPEG, PNG, WebP, GIF, BMP, TIFF)")

    try:
        with Image.open(io.BytesIO(data)) as image:
            check_decodable(image)  # pixel count from the header, before anything decodes it
            image.verify()
    except Image.DecompressionBombError as err:
        raise InputError(f"{name} is {bomb_reason(err)}", "Upload a smaller image") from None
    except ValueError as err:
        if "too large to decode" in str(err):
            raise InputError(f"{name}: {err}", "Upload a smaller image") from None
        raise InputError(f"{name} is not an image", "Upload an image file (JPEG, PNG, WebP, GIF, BMP, TIFF)") from None
    except (UnidentifiedImageError, OSError, SyntaxError):
        raise InputError(f"{name} is not an image", "Upload an image file (JPEG, PNG, WebP, GIF, BMP, TIFF)") from None
    image = Image.open(io.BytesIO(data))
    check_decodable(image)  # the caller's decode is reduced-scale too
    return image


def save_upload(name: str, data: bytes, folder: Path, max_bytes: int = MAX_UPLOAD_BYTES) -> Path:
    """Check an upload and write it into ``folder`` under a safe name (the engine reads files)."""
    image = check_upload(name, data, max_bytes)
    suffix = "." + (image.format or "png").lower()
    stem = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in Path(name).stem)[:60] or "upload"
    path = folder / f"{stem}{suffix}"
    n = 1
    while path.exists():
        n += 1
        path = folder / f"{stem}-{n}{suffix}"
    path.write_bytes(data)
    return path
