"""Ingest: files and folders -> items -> embeddings -> Chroma + catalog. Incremental and resumable.

A run:
1. removes vectors an interrupted run left behind (store.reconcile);
2. discovers files; a file whose size and mtime match the catalog is unchanged;
3. in reader threads (extract.py), hashes each other file, and decodes, renders, chunks and
   preprocesses it; the main thread gathers the results into batches, and an
   encoder thread embeds one batch while the next is read (so decoding overlaps encoding);
   a file whose hash matches the catalog was only touched, and a file whose hash
   matches another indexed file (moved or copied) reuses that file's vectors;
4. each embedded batch is written (by the main thread, commit.py) to Chroma first, then its
   sources and items are committed to the catalog in one transaction (the
   checkpoint): a kill at any point loses at most the batch in flight, and its
   vectors are orphans removed by step 1 of the next run;
5. prunes files that were deleted under the roots given (forget.py);
6. (mmrag/indexing.py, after the run) reads text in pending image items (ocr.py) and
   describes them with the VLM (describe.py), unless told not to.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from mmrag.ingest.commit import Assembled, BatchWriter, Part, count_written
from mmrag.ingest.discover import Excluded, Found, Hidden, Ignored, Skipped, check_roots, discover, display_path
from mmrag.ingest.extract import Extracted, FileReader, Prepared, item_id
from mmrag.ingest.forget import forget, gone_sources, remove, sweep_thumbnails
from mmrag.ingest.prep import image_prep, prep_workers

from mmrag.backends.base import ClipModel, TextEmbedder
from mmrag.catalog import PARTIAL, Catalog, SourceRecord, touch_source
from mmrag.errors import MmragError, SourceReadError
from mmrag.places import place_of_file
from mmrag.store import VectorStore
from mmrag.types import Failure

log = logging.getLogger(__name__)

PREFETCH = 32  # files read ahead of the main thread (bounds memory); at least 4 per reader


@dataclass
class IngestReport:
    index: str
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    failed: list[Failure] = field(default_factory=list)
    pending_descriptions: int = 0
    items: int = 0
    ignored: list[dict] = field(
        default_factory=list
    )  # {"path", "reason"}: not indexed because of its type (or an index folder)
    hidden: int = 0  # hidden files and folders left out (no --hidden)
    excluded: int = 0  # files and folders an exclude pattern covers (--exclude, .mmragignore); a folder counts once


@dataclass
class IngestOptions:
    include_hidden: bool = False
    excludes: tuple[str, ...] = ()  # gitignore-style patterns (--exclude); each root's .mmragignore adds its own
    pdf_dpi: int = 72
    commit_items: int = 256  # items per checkpoint
    readers: int | None = None  # reader threads; None: default_readers()
    prep_workers: int | None = None  # image preparation processes (ingest/prep.py); None: by the CLIP's device
    on_file: Callable[[int, int], None] | None = None  # called with (files read, files to read) after each file
    ocr_engine: str | None = None  # engine id whose cached OCR texts can be reused
    video_every: float = 10.0  # seconds between video key frames
    video_frames: int = 30  # key frames per video at most


def default_readers() -> int:
    """Reader threads: one per core, at least 2 (reading overlaps waiting on disk), at most 4.

    Hashing, decoding, the thumbnail and CLIP preprocessing run in the readers. With a GPU, the
    encoder outruns one core's preparation by far (ViT-B-32 on an H100: ~1,800 images/s encoded,
    ~200/s prepared by one reader); measured on 16 cores, 4 readers prepared 2.8x one reader's rate
    and 8 or 16 no more (the Python-side part of decoding and torchvision's transforms holds the GIL).
    MMRAG_READERS sets another count.
    """
    return max(2, min(4, os.cpu_count() or 2))


class Ingester:
    def __init__(
        self,
        catalog: Catalog,
        store: VectorStore,
        clip: ClipModel | None,
        text: TextEmbedder | None,
        thumbs: Path,
        describe_model: str,
        options: IngestOptions,
    ):
        """``clip`` embeds images (preprocess in reader threads, embed_tensors in batches); ``text`` embeds texts
        (both None for a run that only removes);
        ``describe_model`` is the VLM id whose cached descriptions can be reused."""
        self.catalog = catalog
        self.store = store
        self.thumbs = thumbs
        self.options = options
        self.excluded_paths: list[Path] = []  # what this run's exclude patterns cover: forgotten if indexed before
        self.reader = FileReader(clip, thumbs, options)  # extract.py: reader threads
        self.writer = BatchWriter(catalog, store, clip, text, describe_model, options)  # commit.py: the main thread

    @property
    def manifest(self) -> dict[str, str] | None:
        """Model ids an unbound index records with its first commit."""
        return self.writer.manifest

    @manifest.setter
    def manifest(self, value: dict[str, str] | None) -> None:
        self.writer.manifest = value

    # -- the run -----------------------------------------------------------
    def run(self, roots: Sequence[str | Path], report: IngestReport, prune_everywhere: bool = False) -> IngestReport:
        """``prune_everywhere`` (--prune): forget every indexed file that is gone, not only those under the folders
        given."""
        roots = check_roots(roots)
        self.store.reconcile(self.catalog.all_item_ids())
        todo = self._plan(roots, report)
        known_shas = {s.sha256: s.path for s in self.catalog.sources()}
        batch: list[Part] = []
        in_flight: Assembled | None = None  # the batch the encoder is embedding while this thread reads on
        workers = prep_workers(self.options.prep_workers, getattr(self.reader.clip, "device", None)) if todo else 0
        count = max(self.options.readers or default_readers(), workers)  # a reader waits on each worker
        with (
            image_prep(self.reader.clip, self.thumbs, workers) as self.reader.prep,
            ThreadPoolExecutor(max_workers=count, thread_name_prefix="mmrag-read") as readers,
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="mmrag-embed") as encoder,
        ):
            jobs = _bounded_map(
                readers,
                lambda job: (self.reader.prepare(job[0], job[1], known_shas), job[1]),
                todo,
                max(PREFETCH, 4 * count),
            )
            for done, (prepared, old) in enumerate(jobs, 1):
                for part in self._parts(prepared, old, report):
                    batch.append(part)
                    if sum(len(p.items) for p in batch) >= self.options.commit_items:
                        in_flight = self.writer.rotate(in_flight, self.writer.assemble(batch, encoder), report)
                        batch = []
                if self.options.on_file is not None:
                    self.options.on_file(done, len(todo))
            in_flight = self.writer.rotate(in_flight, self.writer.assemble(batch, encoder), report)
            self.writer.rotate(in_flight, None, report)
        self._prune(roots, report, prune_everywhere)
        self._fill_places()
        self.sweep_thumbnails()
        return report

    def _plan(self, roots: list[Path], report: IngestReport) -> list[tuple[Found, SourceRecord | None]]:
        """Files to read, and the skipped and unchanged ones counted."""
        todo = []
        for entry in discover(
            roots,
            include_hidden=self.options.include_hidden,
            indexes=[self.catalog.path.parent],
            excludes=self.options.excludes,
        ):
            if isinstance(entry, Excluded):
                report.excluded += 1
                self.excluded_paths.append(Path(entry.fs_path))
                continue
            if isinstance(entry, Skipped):
                report.failed.append(Failure(entry.path, entry.reason))
                continue
            if isinstance(entry, Ignored):
                report.ignored.append({"path": entry.path, "reason": entry.reason})
                continue
            if isinstance(entry, Hidden):
                report.hidden += 1
                continue
            try:
                st = entry.path.stat()
            except OSError as err:
                report.failed.append(Failure(display_path(entry.path), err.strerror or str(err)))
                continue
            old = self.catalog.source(os.fsencode(entry.path))
            if old and old.size == st.st_size and old.mtime == st.st_mtime and old.ctime in (None, st.st_ctime):
                report.unchanged += 1
            else:
                todo.append((entry, old))
        return todo

    # -- main thread: a file's parts, batched for commit.py ----------------------------
    def _parts(self, prepared: Prepared, old: SourceRecord | None, report: IngestReport) -> Iterator[Part]:
        """The parts of one file to commit, in order; a big file's later parts are read here, one at a time."""
        if prepared.action == "fail":
            report.failed.append(Failure(prepared.display, prepared.error))
            if (
                old is not None
            ):  # its indexed version is no longer on disk: forget it, as a fresh index would not have it
                yield Part(prepared, old, [], True, set(), set(), drop=True)
            return
        if prepared.action == "touch":
            with self.catalog.transaction() as db:
                touch_source(db, os.fsencode(prepared.found.path), prepared.size, prepared.mtime, prepared.ctime)
            report.unchanged += 1
            return
        if prepared.action == "reuse":
            if self.writer.reuse(prepared, old):
                count_written(report, old)
                return
            prepared = self.reader.prepare(
                prepared.found, None, {}
            )  # the twin vanished meanwhile: read the file after all
            if prepared.action == "fail":
                report.failed.append(Failure(prepared.display, prepared.error))
                return
        resumed = (
            {i.id for i in self.catalog.items_of(old.path)}
            if old is not None and old.sha256 == PARTIAL.sha256
            else set()
        )
        produced: set[str] = set()
        text_pages: set = set()
        items, rest, size = prepared.items, prepared.rest, self.options.commit_items
        while True:
            try:
                following = list(islice(rest, size)) if rest is not None and len(items) >= size else []
            except MmragError as err:
                if not isinstance(err, SourceReadError):
                    raise
                yield from self._drop(prepared, old, produced, text_pages, err.reason, report)
                return
            except Exception as err:  # broken mid-way: what was committed of it goes
                yield from self._drop(
                    prepared, old, produced, text_pages, f"unexpected error: {type(err).__name__}: {err}", report
                )
                return
            part = Part(prepared, old, items, not following, produced, text_pages)
            part.items = self._skip_committed(part, resumed)
            yield part
            if not following:
                return
            items = following

    def _drop(
        self, prepared: Prepared, old, produced: set, text_pages: set, reason: str, report: IngestReport
    ) -> Iterator[Part]:
        report.failed.append(Failure(prepared.display, reason))
        yield Part(prepared, old, [], True, produced, text_pages, drop=True)

    def _skip_committed(self, part: Part, resumed: set[str]) -> list[Extracted]:
        """Items of a resumed file that an earlier run committed are kept, not embedded again."""
        path = os.fsencode(part.prepared.found.path)
        part.text_pages.update(ex.page for ex in part.items if ex.kind == "text")
        todo = []
        for ex in part.items:
            ident = item_id(path, ex.kind, ex.page, ex.idx, ex.content_hash)
            part.produced.add(ident)
            if ident not in resumed:
                todo.append(ex)
        return todo

    # -- removal (forget.py) ---------------------------------------------------
    def _prune(self, roots: list[Path], report: IngestReport, everywhere: bool) -> None:
        """Forget files gone from the folders of this run (anywhere, with ``everywhere``) and what its exclude
        patterns cover (forget.gone_sources)."""
        self.forget(gone_sources(self.catalog, roots, self.excluded_paths, everywhere), report)

    def _fill_places(self) -> None:
        """Images indexed before places existed: their place from the file's header (no decode), once."""
        self.catalog.set_places(
            [
                (path, place_of_file(os.fsdecode(path)) if os.path.isfile(path) else "")
                for path in self.catalog.unplaced_images()
            ]
        )

    def remove(self, paths: Sequence[str | Path], report: IngestReport) -> IngestReport:
        """`mmrag remove`: drop the sources at ``paths`` (files, or everything under a folder), on disk or not."""
        return remove(self.catalog, self.store, self.thumbs, paths, report)

    def forget(self, gone: list[SourceRecord], report: IngestReport) -> None:
        forget(self.catalog, self.store, gone, report)

    def sweep_thumbnails(self) -> int:
        return sweep_thumbnails(self.catalog, self.thumbs)


def _bounded_map(pool: ThreadPoolExecutor, fn, jobs: list, ahead: int) -> Iterator:
    """Like pool.map, in order, but with at most ``ahead`` jobs in flight (bounded memory)."""
    pending: list[Future] = []
    it = iter(jobs)
    for job in it:
        pending.append(pool.submit(fn, job))
        if len(pending) >= ahead:
            break
    while pending:
        result = pending.pop(0).result()
        nxt = next(it, None)
        if nxt is not None:
            pending.append(pool.submit(fn, nxt))
        yield result
