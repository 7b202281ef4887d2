"""Text in images (OCR), for the dense text and BM25 channels: resumable, cached by content hash + engine.

Which image items need it (``needs_ocr``): every image file; a rendered PDF page when the page has
no text layer (a scan); an embedded PDF image when its page has a text layer (a figure with
words). So each word on a page is read once: a scanned page through its render, a figure on a
text page through its image.

Which engine (``MMRAG_OCR``): see mmrag/backends/ocr.py, where the readers live. An item is
*pending* until it has been read, like a description: when the engine is not available (no
Tesseract binary, Ollama down, ``--no-ocr``, ``--no-describe`` for the VLM) the items stay
pending for `mmrag describe`. An image with no text gets empty OCR text, which is not an error.

OCR needs pixels: the pass reads each pending item's image again from its source file
(image files at up to 2048 px, PDF pages rendered at ``MMRAG_OCR_DPI``), not the 512 px thumbnail.
"""

from __future__ import annotations

import itertools
import logging
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from mmrag.ingest.describe import by_date, store_texts
from mmrag.ingest.images import decode_image
from PIL import Image

from mmrag.backends.base import TextEmbedder, TextReader
from mmrag.catalog import Catalog, ItemRecord, SourceRecord, set_ocr
from mmrag.errors import (
    OcrError,
    OllamaError,
    OllamaModelNotFoundError,
    OllamaTimeoutError,
    OllamaUnreachableError,
    SourceReadError,
)
from mmrag.passes import PassRules, Progress, Task, run_pass
from mmrag.store import VectorStore
from mmrag.types import Failure

log = logging.getLogger(__name__)

CHUNK_IMAGES = 32  # images read at once by the Tesseract processes together (a batch per process)
CHUNK_PIXELS = 40_000_000  # ... or fewer, when they are large (bounded memory)
COMMIT_EVERY = 16
MAX_CONSECUTIVE_FAILURES = 3


@dataclass
class OcrReport:
    read: int = 0  # items whose text was read (or found in the cache), empty text included
    failed: list[Failure] = field(default_factory=list)
    stopped: str | None = None  # why the pass did not run or stopped early
    interrupted: bool = False  # Ctrl-C: what was read stays, the rest stays pending


# -- pure rules --------------------------------------------------------------------


def needs_ocr(kind: str, page_has_text: bool) -> bool:
    """Whether an item of ``kind`` gets OCR (see the module docstring); text items never do."""
    if kind == "image":
        return True
    if kind == "pdf_page":
        return not page_has_text
    if kind == "pdf_image":
        return page_has_text
    return False


# -- loading the pixels again ------------------------------------------------------------


def load_pictures(
    source: SourceRecord, items: Sequence[ItemRecord], dpi: int
) -> Iterator[tuple[ItemRecord, Image.Image | None, str | None]]:
    """(item, image, None) for each item of one source file, or (item, None, reason) when it cannot be loaded."""
    from mmrag.ingest.pdf import page_pictures

    try:
        st = os.stat(source.fs_path)
        if (st.st_size, st.st_mtime) != (source.size, source.mtime):
            raise SourceReadError(source.display, "the file changed since it was indexed; ingest it again")
        if source.kind == "image":
            image = decode_image(source.fs_path)[0]
            yield from ((item, image, None) for item in items)
            return
        wanted = [(item.page or 1, None if item.kind == "pdf_page" else item.content_hash) for item in items]
        for item, picture in zip(items, page_pictures(source.fs_path, wanted, dpi=dpi)):
            yield (
                (item, picture, None) if picture is not None else (item, None, "no longer in the file; ingest it again")
            )
    except SourceReadError as err:
        yield from ((item, None, err.reason) for item in items)
    except OSError as err:
        yield from ((item, None, err.strerror or str(err)) for item in items)


# -- the pass -------------------------------------------------------------------------


def ocr_state(
    catalog: Catalog, engine_id: str | None, kind: str, content_hash: str, page_has_text: bool
) -> tuple[str | None, bool]:
    """(OCR text, pending) for a new item at ingest: the cached text when there is one, else pending if it needs OCR."""
    if not needs_ocr(kind, page_has_text):
        return None, False
    cached = catalog.cached_ocr(content_hash, engine_id) if engine_id else None
    return cached, cached is None


def ocr_pending(
    catalog: Catalog,
    store: VectorStore,
    reader: TextReader,
    text_embedder: TextEmbedder,
    dpi: int = 300,
    progress: Progress | None = None,
    oldest_first: bool = False,
) -> OcrReport:
    """Read the text of every pending item with ``reader`` (backends/ocr.py), newest first, through the
    pending-pass runner (mmrag/passes.py): a batch per Tesseract process (one per core), or ``reader.workers`` VLM
    requests at once."""
    report = OcrReport()
    sources = {s.path: s for s in catalog.sources()}
    items = by_date(catalog.ocr_pending_items(), oldest_first)
    one_by_one = reader.one_at_a_time
    rules = PassRules(
        stage="ocr",
        where=lambda item: sources[item.source].display,
        fatal=(OllamaUnreachableError, OllamaModelNotFoundError),
        failures=(OcrError, OllamaError, OSError, ValueError),
        timeouts=(OllamaTimeoutError,),
        parallel=reader.workers,
        max_failures=MAX_CONSECUTIVE_FAILURES * (1 if one_by_one else reader.workers),
        commit_every=COMMIT_EVERY,
        failed_in_a_row="{n} images could not be read in a row; last: {reason}",
        warm_up=(lambda: text_embedder.embed_texts([])) if one_by_one else None,  # beside the first VLM requests
    )
    pictures = _pictures(catalog, sources, reader.engine_id, dpi, report, items)
    tasks = _tasks(
        pictures, reader, 1 if one_by_one else max(1, CHUNK_IMAGES // reader.workers), CHUNK_PIXELS // reader.workers
    )
    commit = lambda done: _commit(catalog, store, text_embedder, reader.engine_id, done, sources)  # noqa: E731
    ran = run_pass(tasks, commit, rules, progress, total=len(items))
    report.read, report.stopped, report.interrupted = ran.done, ran.stopped, ran.interrupted
    report.failed += ran.failed
    return report


def _pictures(
    catalog: Catalog, sources: dict, engine_id: str, dpi: int, report: OcrReport, pending: list[ItemRecord]
) -> Iterator[tuple[ItemRecord, Image.Image | str]]:
    """Pending items with their image, or with their cached text (a str); items that cannot be loaded are reported."""
    for source_path, group in itertools.groupby(pending, key=lambda item: item.source):
        items, to_load = list(group), []
        for item in items:
            cached = catalog.cached_ocr(item.content_hash, engine_id)
            if cached is None:
                to_load.append(item)
            else:
                yield item, cached
        source = sources.get(source_path)
        if source is None or not to_load:
            continue
        for item, image, reason in load_pictures(source, to_load, dpi):
            if image is None:
                report.failed.append(Failure(source.display, f"cannot load {_where(item)} for OCR: {reason}"))
            else:
                yield item, image


def _tasks(
    pictures: Iterator[tuple[ItemRecord, Image.Image | str]], reader: TextReader, size: int, max_pixels: int
) -> Iterator[Task]:
    """A task per cached text (no work), per image for the VLM, per batch of images for a Tesseract process."""
    batch: list[tuple[ItemRecord, Image.Image]] = []
    pixels = 0
    for item, image in pictures:
        if isinstance(image, str):
            yield Task([item], results=[image])
            continue
        batch.append((item, image))
        pixels += image.width * image.height
        if len(batch) >= size or pixels >= max_pixels:
            yield _read_task(reader, batch)
            batch, pixels = [], 0
    if batch:
        yield _read_task(reader, batch)


def _read_task(reader: TextReader, batch: list[tuple[ItemRecord, Image.Image]]) -> Task:
    items, images = [item for item, _ in batch], [image for _, image in batch]
    if reader.one_at_a_time:  # one request: its timeout reaches the runner (slower under load: tried again)
        return Task(items, run=lambda: [reader.read_one(images[0])])
    return Task(items, run=lambda: reader.read_many(images))


def _commit(
    catalog: Catalog,
    store: VectorStore,
    text_embedder: TextEmbedder,
    engine_id: str,
    done: list[tuple[ItemRecord, str]],
    sources: dict,
) -> int:
    """Embed and store the non-empty texts, then mark every item read, in one step per batch."""
    if not done:
        return 0
    worded = [(item, text) for item, text in done if text.strip()]
    if worded:
        store_texts(catalog, store, text_embedder, worded, "ocr", lambda item: sources[item.source].display)
    with catalog.transaction() as db:
        for item, text in done:
            set_ocr(db, item.id, item.content_hash, engine_id, text)
    return len(done)


def _where(item: ItemRecord) -> str:
    return {"image": "the image", "pdf_page": f"page {item.page}", "pdf_image": f"an image on page {item.page}"}.get(
        item.kind, item.kind
    )
