"""Read a PDF with PyMuPDF: text chunks per page, embedded raster images, page renders.

Lazy (one page at a time), so a 500-page PDF is never held in memory whole.
Every failure, at open or mid-way, is a PdfReadError with a short reason: no
raw PyMuPDF exception leaves this module. PyMuPDF does not support calls from
several threads at once and the ingest pipeline reads files in worker threads,
so every call into it here runs under one lock (it holds the GIL anyway, so
nothing is lost).
"""

from __future__ import annotations

import hashlib
import io
import logging
import stat
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pymupdf
from mmrag.ingest.images import SAFE_DECODE_PIXELS, WORKING_SIDE, check_decodable, to_rgb
from PIL import Image

from mmrag.errors import PdfReadError

log = logging.getLogger(__name__)

# MuPDF prints repair notes and errors to stderr by itself; we report them as PdfReadError reasons instead.
pymupdf.TOOLS.mupdf_display_errors(False)
pymupdf.TOOLS.mupdf_display_warnings(False)

_MUPDF = threading.RLock()


@dataclass(frozen=True)
class PdfImage:
    page: int  # 1-based page where it first appears
    index: int  # 0-based among the images kept on that page
    xref: int
    image: Image.Image  # RGB
    sha256: str  # of the image stream's raw bytes as stored in the PDF


@dataclass(frozen=True)
class PdfPage:
    page: int  # 1-based
    text_chunks: list[str]  # [] when the page has no text layer
    images: list[PdfImage]  # raster images first seen on this page, icons skipped
    render: Image.Image  # RGB


# -- text ------------------------------------------------------------------------


def chunk_text(text: str, size: int = 800, overlap: int = 150) -> list[str]:
    """Whitespace-normalised chunks of at most ``size`` characters, cut between words.

    Consecutive chunks share about ``overlap`` characters of whole words, so a phrase
    cut by a boundary is still found whole in one of them. A single word longer than
    ``size`` is hard-cut (and shares nothing with its neighbours).
    """
    if size < 1:
        raise ValueError(f"chunk size must be at least 1, not {size}")
    words = text.split()
    chunks: list[str] = []
    start = 0
    while start < len(words):
        end = _fill(words, start, size)
        if end == start:  # one word longer than size
            word = words[start]
            chunks += [word[i : i + size] for i in range(0, len(word), size)]
            start += 1
            continue
        chunks.append(" ".join(words[start:end]))
        if end == len(words):
            break
        start = _back_off(words, start, end, overlap)
    return chunks


def _fill(words: list[str], start: int, size: int) -> int:
    """The end (exclusive) of the longest run of words from ``start`` that joins into at most ``size`` characters."""
    end, length = start, 0
    while end < len(words) and length + len(words[end]) + (end > start) <= size:
        length += len(words[end]) + (end > start)
        end += 1
    return end


def _back_off(words: list[str], start: int, end: int, overlap: int) -> int:
    """Where the next chunk starts: as many trailing words as fit in ``overlap``, but always after ``start``
    (progress)."""
    back, kept = end, -1  # kept: length of the shared text, words joined by single spaces
    while back > start + 1 and kept + 1 + len(words[back - 1]) <= overlap:
        back -= 1
        kept += 1 + len(words[back])
    return back


# -- opening -----------------------------------------------------------------------


def page_count(path: str | Path) -> int:
    """Number of pages; raises PdfReadError for the same files ``read_pdf`` refuses."""
    doc = _open(path)
    try:
        return doc.page_count
    finally:
        _close(doc)


def _open(path: str | Path) -> pymupdf.Document:
    """Open ``path`` as a readable, unlocked PDF, or raise PdfReadError with the reason."""
    shown = str(path)
    tail = _check_file(Path(path))
    with _MUPDF:
        try:
            doc = pymupdf.open(Path(path), filetype="pdf")
        except FileNotFoundError:
            raise PdfReadError(shown, "no such file") from None
        except PermissionError:
            raise PdfReadError(shown, "permission denied") from None
        except Exception as err:
            raise PdfReadError(shown, f"corrupt or truncated PDF ({_short(err)})") from None
        try:
            _check_document(doc, shown, tail)
        except BaseException:
            _close(doc)
            raise
        return doc


def _check_file(path: Path) -> bytes:
    """Refuse what is not a non-empty PDF file before MuPDF sees it; return the file's last 2 KiB."""
    shown = str(path)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise PdfReadError(shown, "is a directory")
        if not stat.S_ISREG(info.st_mode):  # a FIFO or a device would block or never end
            raise PdfReadError(shown, "not a regular file")
        size = info.st_size
        if size == 0:
            raise PdfReadError(shown, "empty file (0 bytes)")
        with open(path, "rb") as handle:
            head = handle.read(1024)
            handle.seek(max(0, size - 2048))
            tail = handle.read()
    except FileNotFoundError:
        raise PdfReadError(shown, "no such file") from None
    except PermissionError:
        raise PdfReadError(shown, "permission denied") from None
    except OSError as err:
        raise PdfReadError(shown, f"cannot read the file ({err.strerror or _short(err)})") from None
    if b"%PDF" not in head:  # the spec allows junk before the header, within the first 1 KiB
        raise PdfReadError(shown, "not a PDF (no %PDF header)")
    return tail


def _check_document(doc: pymupdf.Document, shown: str, tail: bytes) -> None:
    """Refuse a document that opened but cannot be read whole: cut short, locked, or without pages."""
    try:
        # MuPDF silently repairs broken files. One that needed repair and has no %%EOF was cut short,
        # and what it yields would be silently partial. (A repaired but complete file is common and kept.)
        if doc.is_repaired and b"%%EOF" not in tail:
            raise PdfReadError(shown, "corrupt or truncated PDF (the file ends early)")
        if doc.needs_pass and not doc.authenticate(""):
            raise PdfReadError(shown, "encrypted (password required)")
        if doc.page_count == 0:
            raise PdfReadError(shown, "corrupt or truncated PDF (no pages)")
    except PdfReadError:
        raise
    except Exception as err:
        raise PdfReadError(shown, f"corrupt or truncated PDF ({_short(err)})") from None


def _close(doc: pymupdf.Document) -> None:
    """Close quietly and drop MuPDF's stored warnings, which would otherwise grow with every file read."""
    with _MUPDF:
        try:
            doc.close()
        except Exception:  # closing a broken document must not hide the error that brought us here
            log.debug("closing a PDF failed", exc_info=True)
        pymupdf.TOOLS.reset_mupdf_warnings()


# -- reading -----------------------------------------------------------------------


def read_pdf(
    path: str | Path,
    dpi: int = 72,
    min_image_side: int = 48,
    chunk_size: int = 800,
    chunk_overlap: int = 150,
    max_render_side: int = 2048,
) -> Iterator[PdfPage]:
    """Yield one PdfPage per page, lazily; the document is closed however the caller stops.

    Each embedded image (xref) is yielded once, on its first page; images with a side
    below ``min_image_side`` are skipped as icons. Renders follow ``dpi`` but their
    longest side is capped at ``max_render_side`` (posters, maps). Raises PdfReadError,
    at the first ``next()`` or mid-way, with a short reason.
    """
    doc = _open(path)
    seen_xrefs: set[int] = set()
    try:
        with _MUPDF:
            count = doc.page_count
        for number in range(1, count + 1):
            with _MUPDF:
                text, images, render = _read_page(
                    doc, number, str(path), seen_xrefs, dpi, min_image_side, max_render_side
                )
            yield PdfPage(number, chunk_text(text, chunk_size, chunk_overlap), images, render)
    finally:
        _close(doc)


def page_pictures(
    path: str | Path, wanted: Sequence[tuple[int, str | None]], dpi: int = 300, max_side: int = 4096
) -> Iterator[Image.Image | None]:
    """For each (page, sha256) in ``wanted``, the embedded image on that page whose raw stream has that hash;
    for (page, None), the page rendered at ``dpi``. None where nothing matches (the file changed).

    Used to read text in images (OCR), which needs more pixels than the ingest renders. The document is
    opened once; raises PdfReadError when it cannot be opened.
    """
    doc = _open(path)
    try:
        for number, sha in wanted:
            with _MUPDF:
                yield _page_picture(doc, number, sha, dpi, max_side)
    finally:
        _close(doc)


def _page_picture(doc: pymupdf.Document, number: int, sha: str | None, dpi: int, max_side: int) -> Image.Image | None:
    try:
        if not 1 <= number <= doc.page_count:
            return None
        page = doc.load_page(number - 1)
        if sha is None:
            return _render(page, dpi, max_side)
        for info in page.get_images(full=True):
            if hashlib.sha256(doc.xref_stream_raw(info[0]) or b"").hexdigest() == sha:
                return _decode(doc, info[0], info[1])
    except Exception:  # it was read at ingest; a failure now means the file changed
        log.debug("cannot load page %d of a PDF again", number, exc_info=True)
    return None


def _read_page(
    doc: pymupdf.Document, number: int, shown: str, seen: set[int], dpi: int, min_side: int, max_side: int
) -> tuple[str, list[PdfImage], Image.Image]:
    """Text, new images and render of page ``number`` (1-based); a page MuPDF cannot load is a PdfReadError."""
    try:
        page = doc.load_page(number - 1)
        text = page.get_text("text") or ""
        return text, _page_images(doc, page, number, seen, min_side), _render(page, dpi, max_side)
    except Exception as err:
        raise PdfReadError(shown, f"corrupt or truncated PDF (page {number}: {_short(err)})") from None


def _page_images(
    doc: pymupdf.Document, page: pymupdf.Page, number: int, seen: set[int], min_side: int
) -> list[PdfImage]:
    """The raster images this page is the first to use, icons and undecodable ones left out."""
    kept: list[PdfImage] = []
    for info in page.get_images(full=True):
        xref, smask, width, height = info[0], info[1], info[2], info[3]
        if xref in seen:
            continue
        seen.add(xref)
        if width < min_side or height < min_side:
            continue
        if width * height > SAFE_DECODE_PIXELS:  # MuPDF decodes at full size: refuse from the image's dictionary
            log.info(
                "skipping embedded image xref %d on page %d: %dx%d is too large to decode safely (%.0f MP; limit %d "
                "MP); the page render still shows it",
                xref,
                number,
                width,
                height,
                width * height / 1e6,
                SAFE_DECODE_PIXELS // 1_000_000,
            )
            continue
        try:
            image = _decode(doc, xref, smask)
            digest = hashlib.sha256(doc.xref_stream_raw(xref) or b"").hexdigest()
        except Exception:  # one bad image stream must not lose the document: the page render still shows it
            log.debug("skipping undecodable image xref %d on page %d", xref, number, exc_info=True)
            continue
        kept.append(PdfImage(number, len(kept), xref, image, digest))
    return kept


def _decode(doc: pymupdf.Document, xref: int, smask: int) -> Image.Image:
    """An RGB image as MuPDF decodes it (filters, colour spaces, Decode arrays), soft mask composited on white.

    MuPDF is the reference here: Pillow on the extracted bytes ignores /Decode and cannot
    read JBIG2 or CCITT; it is kept only as a fallback for what MuPDF refuses.
    """
    try:
        pymupdf.TOOLS.reset_mupdf_warnings()
        pix = pymupdf.Pixmap(doc, xref)
    except Exception:
        image = _decode_with_pillow(doc, xref)
    else:
        _refuse_damaged(pymupdf.TOOLS.mupdf_warnings())
        if smask:
            pix = _apply_mask(doc, pix, smask)
        image = _pixmap_to_image(pix)
    if max(image.size) > WORKING_SIDE:  # like image files: CLIP needs far less, memory does not
        image.thumbnail((WORKING_SIDE, WORKING_SIDE), Image.BICUBIC)
    return image


def _refuse_damaged(warnings: str) -> None:
    """MuPDF decodes a damaged stream to black or padded pixels and only warns: treat that as a failure."""
    lines = [line for line in warnings.splitlines() if "error" in line or "truncated" in line]
    if lines:
        raise ValueError(f"damaged image stream ({lines[0]})")


def _apply_mask(doc: pymupdf.Document, pix: pymupdf.Pixmap, smask: int) -> pymupdf.Pixmap:
    """``pix`` with its soft mask as alpha (scaled to fit: PDFs may store it smaller); unmasked if that fails."""
    try:
        mask = pymupdf.Pixmap(doc, smask)
        if (mask.width, mask.height) != (pix.width, pix.height):
            mask = pymupdf.Pixmap(mask, pix.width, pix.height, None)
        return pymupdf.Pixmap(pix, mask)
    except Exception:  # a broken mask should not cost the image itself
        log.debug("ignoring an unusable soft mask (xref %d)", smask, exc_info=True)
        return pix


def _pixmap_to_image(pix: pymupdf.Pixmap) -> Image.Image:
    """A MuPDF pixmap (any colour space, maybe alpha, maybe a bare stencil mask) as an RGB Pillow image."""
    size = (pix.width, pix.height)
    if pix.colorspace is None:  # a stencil mask: only alpha, painted where opaque; show it black on white
        return Image.frombytes("L", size, pix.samples).point(lambda a: 255 - a).convert("RGB")
    if pix.colorspace.n != 3 or "RGB" not in pix.colorspace.name:  # CMYK, grey, Lab (3 components, not RGB)...
        pix = pymupdf.Pixmap(pymupdf.csRGB, pix)
    if pix.alpha:  # MuPDF's alpha pixmaps are premultiplied
        return to_rgb(Image.frombytes("RGBa", size, pix.samples).convert("RGBA"))
    return Image.frombytes("RGB", size, pix.samples)


def _decode_with_pillow(doc: pymupdf.Document, xref: int) -> Image.Image:
    """Pillow on the bytes PyMuPDF extracts: the fallback when MuPDF cannot build a pixmap."""
    extracted = doc.extract_image(xref)
    image = Image.open(io.BytesIO(extracted["image"]))
    check_decodable(image)  # the stream's own header may claim more pixels than the PDF's dictionary did
    image.load()
    return to_rgb(image)


def _render(page: pymupdf.Page, dpi: int, max_side: int) -> Image.Image:
    """The page as RGB at ``dpi``, zoom lowered so the longest side stays within ``max_side``."""
    zoom = dpi / 72
    longest = max(page.rect.width, page.rect.height) * zoom
    if longest > max_side:
        zoom *= max_side / longest
    pix = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), alpha=False, colorspace=pymupdf.csRGB)
    return Image.frombytes("RGB", (pix.width, pix.height), pix.samples)


def _short(err: BaseException) -> str:
    """The first line of an exception's message, bounded, for a reason phrase."""
    return (str(err).splitlines() or [""])[0][:160] or type(err).__name__
