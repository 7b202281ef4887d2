"""Text in images (OCR), for the dense text and BM25 channels: resumable, cached by content hash + engine.

Which image items need it (``needs_ocr``): every image file; a rendered PDF page when the page has
no text layer (a scan); an embedded PDF image when its page has a text layer (a figure with
words). So each word on a page is read once: a scanned page through its render, a figure on a
text page through its image.

Which engine (``MMRAG_OCR``): ``auto`` (the default) uses Tesseract when its binary is found, else
the VLM with an OCR prompt; ``tesseract`` and ``vlm`` force one; ``off`` reads nothing. An item is
*pending* until it has been read, like a description: when the engine is not available (no
Tesseract binary, Ollama down, ``--no-ocr``, ``--no-describe`` for the VLM) the items stay
pending for `mmrag describe`. An image with no text gets empty OCR text, which is not an error.

OCR needs pixels: the pass reads each pending item's image again from its source file
(image files at up to 2048 px, PDF pages rendered at ``MMRAG_OCR_DPI``), not the 512 px thumbnail.
Tesseract runs as a subprocess, several images per process (its start-up costs more than reading a
small image), one process per CPU core, with a timeout.
"""

from __future__ import annotations

import io
import itertools
import logging
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from mmrag.ingest.describe import by_date
from mmrag.ingest.images import decode_image
from PIL import Image, ImageFilter

from mmrag.backends.base import TextEmbedder, VisionLanguageModel
from mmrag.catalog import Catalog, ItemRecord, SourceRecord, set_ocr
from mmrag.errors import (
    MmragError,
    OcrError,
    OllamaError,
    OllamaModelNotFoundError,
    OllamaTimeoutError,
    OllamaUnreachableError,
    SourceReadError,
    TesseractNotFoundError,
)
from mmrag.passes import PassRules, Progress, Task, run_pass
from mmrag.store import TEXTS, VectorStore, item_metadata, ocr_id
from mmrag.types import GenerationOptions, GenerationRequest

log = logging.getLogger(__name__)

OCR_PROMPT = (
    "Transcribe all the text visible in this image exactly as written, line by line, in reading order. "
    "Reply with the text only, no comments. If there is no text, reply NO TEXT."
)
MIN_CONFIDENCE = 30.0  # Tesseract word confidence (0-100); below it, mostly noise read in textures
MAX_SKEW = 12.0  # degrees: text sloping more than this is not straightened (photos at an angle, not turned pages)
MIN_SKEW = 1.0  # degrees: less than this Tesseract handles itself
UPSCALE_BELOW = 1024  # images whose longest side is under this are enlarged 2x: small text reads far better
VLM_SIDE = 1024  # longest side of the image sent to the VLM
CHUNK_IMAGES = 32  # images read at once by the Tesseract processes together (a batch per process)
CHUNK_PIXELS = 40_000_000  # ... or fewer, when they are large (bounded memory)
COMMIT_EVERY = 16
MAX_CONSECUTIVE_FAILURES = 3


@dataclass
class OcrReport:
    read: int = 0  # items whose text was read (or found in the cache), empty text included
    failed: list[dict] = field(default_factory=list)
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


def preferred_engine(mode: str, tesseract_found: bool) -> str | None:
    """'tesseract', 'vlm' or None (off) for an MMRAG_OCR mode."""
    if mode == "auto":
        return "tesseract" if tesseract_found else "vlm"
    return None if mode == "off" else mode


def engine_id(engine: str | None, lang: str, vlm_model_id: str) -> str | None:
    """The id OCR texts are cached under: 'tesseract:LANG', or the VLM's model id ('ollama:llava')."""
    if engine is None:
        return None
    return f"tesseract:{lang}" if engine == "tesseract" else vlm_model_id


def words_from_tsv(tsv: str, min_confidence: float = MIN_CONFIDENCE) -> dict[int, str]:
    """Tesseract's TSV output -> {page number (1-based): text}, one line of words per text line.

    Words below ``min_confidence`` and words without a letter or digit are dropped.
    """
    lines: dict[tuple[int, int, int, int], list[str]] = {}
    pages: set[int] = set()
    for row in tsv.splitlines():
        cells = row.split("\t")
        if len(cells) < 12 or not cells[0].isdigit():
            continue  # the header, or a malformed row
        page = int(cells[1])
        pages.add(page)
        word = cells[11].strip()
        if cells[0] == "5" and word and float(cells[10]) >= min_confidence and any(ch.isalnum() for ch in word):
            lines.setdefault((page, int(cells[2]), int(cells[3]), int(cells[4])), []).append(word)
    text = {page: [] for page in pages}
    for (page, *_), words in lines.items():
        text[page].append(" ".join(words))
    return {page: "\n".join(rows) for page, rows in text.items()}


NO_TEXT = re.compile(r"^(no text|none|(there is |there's )?no (visible |readable )?text\b.*)$", re.IGNORECASE)


def clean_vlm_text(reply: str) -> str:
    """A VLM's transcription: fences and quotes stripped, spaces collapsed per line; '' for 'NO TEXT' or noise."""
    text = re.sub(r"^```\w*|```$", "", (reply or "").strip()).strip().strip("\"'“”").strip()
    lines = [" ".join(line.split()) for line in text.splitlines()]
    text = "\n".join(line for line in lines if line)
    if NO_TEXT.match(text.rstrip(".!")) or not any(ch.isalnum() for ch in text):
        return ""
    return text


def for_ocr(image: Image.Image) -> Image.Image:
    """Greyscale, straightened when its text lines slope (Tesseract copes with about 2 degrees, not 5 or 8),
    and enlarged 2x when small (it reads text under ~20 px poorly)."""
    grey = image.convert("L")
    angle = skew_angle(grey)
    if abs(angle) >= MIN_SKEW:
        background = int(np.median(np.asarray(grey)))
        grey = grey.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=background)
    if max(grey.size) < UPSCALE_BELOW:
        grey = grey.resize((grey.width * 2, grey.height * 2), Image.LANCZOS)
    return grey


def skew_angle(grey: Image.Image, limit: float = MAX_SKEW) -> float:
    """The rotation (degrees, counter-clockwise) that makes dark text lines level, within +-``limit``; 0 if there is no
    ink.

    Projection profiles: the angle at which the rows of ink pixels change most sharply from one row to the next.
    """
    mask = ink_mask(grey)
    if not np.asarray(mask).any():
        return 0.0
    coarse = max(np.arange(-limit, limit + 0.01, 1.0), key=lambda a: _profile_sharpness(mask, a))
    fine = max(np.arange(coarse - 0.75, coarse + 0.76, 0.25), key=lambda a: _profile_sharpness(mask, a))
    return round(float(fine), 2)


def ink_mask(grey: Image.Image, side: int = 800) -> Image.Image:
    """Pixels much darker than their neighbourhood (dark strokes on a lighter ground), at most ``side`` px.

    The margin grows with the local brightness, so the edge of a sheet on a darker table is not ink."""
    small = grey.copy()
    small.thumbnail((side, side), Image.BILINEAR)
    pixels = np.asarray(small, dtype=np.float32)
    local = np.asarray(small.filter(ImageFilter.BoxBlur(max(4, max(small.size) // 40))), dtype=np.float32)
    return Image.fromarray(((pixels < local - np.maximum(12.0, 0.3 * local)) * 255).astype(np.uint8))


def _profile_sharpness(mask: Image.Image, angle: float) -> float:
    rows = np.asarray(mask.rotate(angle, resample=Image.NEAREST, expand=True), dtype=np.float32).sum(axis=1)
    return float(np.sum(np.diff(rows) ** 2))


# -- engines -----------------------------------------------------------------------


class TesseractReader:
    """The ``tesseract`` binary, through subprocess: several images per process, one process per core."""

    def __init__(self, binary: str = "tesseract", lang: str = "eng", timeout: float = 60.0, workers: int | None = None):
        found = shutil.which(binary)
        if found is None:
            raise TesseractNotFoundError(binary)
        self.binary = found
        self.lang = lang
        self.timeout = timeout  # seconds per image
        self.workers = workers or max(1, os.cpu_count() or 1)
        self.engine_id = engine_id("tesseract", lang, "")

    def read_many(self, images: Sequence[Image.Image]) -> list[str | OcrError]:
        """The text of each image, or an OcrError for one that could not be read."""
        if not images:
            return []
        with tempfile.TemporaryDirectory(prefix="mmrag-ocr-") as tmp:
            paths = []
            for n, image in enumerate(images):
                paths.append(Path(tmp) / f"{n:04d}.png")
                for_ocr(image).save(paths[-1], format="PNG", compress_level=1)
            try:
                return self._run(paths, Path(tmp))
            except OcrError as err:
                if len(paths) == 1:
                    return [err]
                log.debug("a Tesseract batch failed (%s); reading its images one by one", err)
                return [self._one(path, Path(tmp)) for path in paths]

    def _one(self, path: Path, tmp: Path) -> str | OcrError:
        try:
            return self._run([path], tmp)[0]
        except OcrError as err:
            return err

    def _run(self, paths: list[Path], tmp: Path) -> list[str]:
        listing = tmp / f"list-{paths[0].stem}.txt"
        listing.write_text("".join(f"{p}\n" for p in paths))
        command = [self.binary, str(listing), "stdout", "-l", self.lang, "--psm", "3", "tsv"]
        env = {**os.environ, "OMP_THREAD_LIMIT": "1"}  # parallel processes, not threads inside one
        try:
            done = subprocess.run(command, capture_output=True, timeout=self.timeout * len(paths), env=env, check=False)
        except subprocess.TimeoutExpired:
            raise OcrError(
                f"Tesseract took longer than {self.timeout * len(paths):g} s", "Raise MMRAG_OCR_TIMEOUT"
            ) from None
        except OSError as err:
            raise OcrError(f"cannot run Tesseract ({err.strerror or err})") from None
        if done.returncode != 0:
            detail = (done.stderr.decode(errors="replace").strip().splitlines() or ["no message"])[-1][:160]
            raise OcrError(f"Tesseract failed (exit {done.returncode}: {detail})")
        pages = words_from_tsv(done.stdout.decode("utf-8", errors="replace"))
        if len(paths) > 1 and set(pages) != set(range(1, len(paths) + 1)):
            raise OcrError(f"Tesseract returned {len(pages)} pages for {len(paths)} images")
        return [pages.get(n, "") for n in range(1, len(paths) + 1)]


class VlmReader:
    """A vision-language model with an OCR prompt; one request per image, ``workers`` at once in the OCR pass."""

    def __init__(self, vlm: VisionLanguageModel, workers: int = 1):
        self.vlm = vlm
        self.engine_id = vlm.model_id
        self.workers = max(1, workers)

    def read_one(self, image: Image.Image) -> str:
        """The text in ``image``; raises OllamaError (any fault)."""
        return clean_vlm_text(self.vlm.generate(self._request(image)))

    def read_many(self, images: Sequence[Image.Image]) -> list[str | OcrError]:
        """Raises OllamaUnreachableError / OllamaModelNotFoundError (no use going on); other faults fail one image."""
        out: list[str | OcrError] = []
        for image in images:
            try:
                out.append(self.read_one(image))
            except (OllamaUnreachableError, OllamaModelNotFoundError):
                raise
            except OllamaError as err:
                out.append(OcrError(err.message))
        return out

    @staticmethod
    def _request(image: Image.Image) -> GenerationRequest:
        small = image.convert("RGB")
        small.thumbnail((VLM_SIDE, VLM_SIDE), Image.BICUBIC)
        buf = io.BytesIO()
        small.save(buf, format="PNG")
        return GenerationRequest(OCR_PROMPT, images=[buf.getvalue()], options=GenerationOptions(temperature=0.0))


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
    reader,
    text_embedder: TextEmbedder,
    dpi: int = 300,
    progress: Progress | None = None,
    oldest_first: bool = False,
) -> OcrReport:
    """Read the text of every pending item with ``reader`` (TesseractReader or VlmReader), newest first, through the
    pending-pass runner (mmrag/passes.py): a batch per Tesseract process (one per core), or ``reader.workers`` VLM
    requests at once."""
    report = OcrReport()
    sources = {s.path: s for s in catalog.sources()}
    items = by_date(catalog.ocr_pending_items(), oldest_first)
    one_by_one = isinstance(reader, VlmReader)
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
                report.failed.append(
                    {"path": source.display, "reason": f"cannot load {_where(item)} for OCR: {reason}"}
                )
            else:
                yield item, image


def _tasks(
    pictures: Iterator[tuple[ItemRecord, Image.Image | str]], reader, size: int, max_pixels: int
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


def _read_task(reader, batch: list[tuple[ItemRecord, Image.Image]]) -> Task:
    items, images = [item for item, _ in batch], [image for _, image in batch]
    if isinstance(reader, VlmReader):  # one request: its timeout reaches the runner (slower under load: tried again)
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
        vectors = text_embedder.embed_texts([text for _, text in worded])
        labels = catalog.top_labels(item.id for item, _ in worded)
        metadatas = [
            item_metadata(item, sources[item.source].display, role="ocr", label=labels.get(item.id))
            for item, _ in worded
        ]
        store.upsert(TEXTS, [ocr_id(item.id) for item, _ in worded], vectors, metadatas, [text for _, text in worded])
    with catalog.transaction() as db:
        for item, text in done:
            set_ocr(db, item.id, item.content_hash, engine_id, text)
    return len(done)


def _where(item: ItemRecord) -> str:
    return {"image": "the image", "pdf_page": f"page {item.page}", "pdf_image": f"an image on page {item.page}"}.get(
        item.kind, item.kind
    )


def make_reader(
    engine: str | None,
    tesseract_binary: str,
    lang: str,
    timeout: float,
    vlm_factory: Callable[[], VisionLanguageModel],
    allow_vlm: bool,
    vlm_parallel: int = 1,
):
    """The reader for an engine name, or (None, why not)."""
    if engine is None:
        return None, "OCR is off (MMRAG_OCR=off)"
    if engine == "tesseract":
        try:
            return TesseractReader(tesseract_binary, lang, timeout), None
        except MmragError as err:
            return None, str(err)
    if not allow_vlm:
        return None, "OCR by the VLM waits for `mmrag describe` (descriptions are off in this run)"
    return VlmReader(vlm_factory(), vlm_parallel), None
