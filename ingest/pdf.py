"""Read a PDF with PyMuPDF: text chunks per page, embedded raster images, page renders.

Lazy (one page at a time), so a 500-page PDF is never held in memory whole.
Every failure, at open or mid-way, is a PdfReadError with a short reason.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pymupdf
from PIL import Image

from ..errors import ImageReadError, PdfReadError
from .images import to_rgb

pymupdf.TOOLS.mupdf_display_errors(False)
pymupdf.TOOLS.mupdf_display_warnings(False)


@dataclass(frozen=True)
class PdfImage:
    page: int  # 1-based page where it first appears
    index: int  # 0-based among the images kept on that page
    xref: int
    image: Image.Image  # RGB
    sha256: str  # of the raw extracted bytes


@dataclass(frozen=True)
class PdfPage:
    page: int  # 1-based
    text_chunks: list[str]
    images: list[PdfImage]
    render: Image.Image  # RGB


def chunk_text(text: str, size: int = 800, overlap: int = 150) -> list[str]:
    """Whitespace-normalised chunks of at most ``size`` characters, cut between words, sharing about ``overlap`` characters."""
    words = text.split()
    chunks: list[str] = []
    start = 0
    while start < len(words):
        end, length = start, 0
        while end < len(words) and length + len(words[end]) + (end > start) <= size:
            length += len(words[end]) + (end > start)
            end += 1
        if end == start:  # one word longer than size: hard-cut it
            word = words[start]
            chunks += [word[i : i + size] for i in range(0, len(word), size)]
            start += 1
            continue
        chunks.append(" ".join(words[start:end]))
        if end == len(words):
            break
        back, kept = end, 0
        while back > start + 1 and kept + len(words[back - 1]) + 1 <= overlap:
            back -= 1
            kept += len(words[back]) + 1
        start = back
    return chunks


def _open(path: str | Path) -> pymupdf.Document:
    path = Path(path)
    shown = str(path)
    try:
        if path.is_dir():
            raise PdfReadError(shown, "is a directory")
        if path.stat().st_size == 0:
            raise PdfReadError(shown, "empty file (0 bytes)")
        with open(path, "rb") as handle:
            head = handle.read(1024)
            handle.seek(max(0, path.stat().st_size - 2048))
            tail = handle.read()
        if b"%PDF" not in head:
            raise PdfReadError(shown, "not a PDF (no %PDF header)")
        doc = pymupdf.open(path, filetype="pdf")
        # MuPDF silently repairs broken files; one that needed repair and has no %%EOF was cut short,
        # and what it yields would be silently partial. (A repaired but complete file is common and kept.)
        if doc.is_repaired and b"%%EOF" not in tail:
            doc.close()
            raise PdfReadError(shown, "corrupt or truncated PDF (the file ends early)")
    except PdfReadError:
        raise
    except FileNotFoundError:
        raise PdfReadError(shown, "no such file") from None
    except PermissionError:
        raise PdfReadError(shown, "permission denied") from None
    except Exception as err:
        raise PdfReadError(shown, f"corrupt or truncated PDF ({_short(err)})") from None
    if doc.needs_pass and not doc.authenticate(""):
        doc.close()
        raise PdfReadError(shown, "encrypted (password required)")
    if doc.page_count == 0:
        doc.close()
        raise PdfReadError(shown, "corrupt or truncated PDF (no pages)")
    return doc


def page_count(path: str | Path) -> int:
    doc = _open(path)
    try:
        return doc.page_count
    finally:
        doc.close()


def read_pdf(path, dpi: int = 72, min_image_side: int = 48, chunk_size: int = 800, chunk_overlap: int = 150, max_render_side: int = 2048) -> Iterator[PdfPage]:
    doc = _open(path)
    seen_xrefs: set[int] = set()
    try:
        for number in range(doc.page_count):
            try:
                page = doc.load_page(number)
                text = page.get_text("text") or ""
                images = _page_images(doc, page, number + 1, seen_xrefs, min_image_side)
                render = _render(page, dpi, max_render_side)
            except PdfReadError:
                raise
            except Exception as err:
                raise PdfReadError(str(path), f"corrupt or truncated PDF (page {number + 1}: {_short(err)})") from None
            yield PdfPage(number + 1, chunk_text(text, chunk_size, chunk_overlap), images, render)
    finally:
        doc.close()


def _page_images(doc, page, page_no: int, seen: set[int], min_side: int) -> list[PdfImage]:
    kept: list[PdfImage] = []
    for info in page.get_images(full=True):
        xref, smask, width, height = info[0], info[1], info[2], info[3]
        if xref in seen:
            continue
        seen.add(xref)
        if width < min_side or height < min_side:
            continue
        extracted = doc.extract_image(xref)
        if not extracted or not extracted.get("image"):
            continue
        raw = extracted["image"]
        try:
            image = _decode(raw, doc, smask)
        except ImageReadError:
            continue  # an image the PDF holds in a form Pillow cannot read: the page render still shows it
        kept.append(PdfImage(page_no, len(kept), xref, image, hashlib.sha256(raw).hexdigest()))
    return kept


def _decode(raw: bytes, doc, smask: int) -> Image.Image:
    try:
        image = Image.open(io.BytesIO(raw))
        image.load()
        if smask:
            mask = doc.extract_image(smask)
            if mask and mask.get("image"):
                alpha = Image.open(io.BytesIO(mask["image"])).convert("L")
                if alpha.size == image.size:
                    image = image.convert("RGB")
                    image.putalpha(alpha)
        return to_rgb(image)
    except Exception as err:
        raise ImageReadError("embedded image", _short(err)) from None


def _render(page, dpi: int, max_side: int) -> Image.Image:
    zoom = dpi / 72
    longest = max(page.rect.width, page.rect.height) * zoom
    if longest > max_side:
        zoom *= max_side / longest
    pix = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), alpha=False, colorspace=pymupdf.csRGB)
    return Image.frombytes("RGB", (pix.width, pix.height), pix.samples)


def _short(err: Exception) -> str:
    return (str(err).splitlines() or [type(err).__name__])[0][:160] or type(err).__name__
