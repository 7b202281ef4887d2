"""Ingest: files and folders -> items -> embeddings -> Chroma + catalog. Incremental and resumable.

A run:
1. removes vectors an interrupted run left behind (store.reconcile);
2. discovers files; a file whose size and mtime match the catalog is unchanged;
3. in reader threads, hashes each other file, and decodes, renders, chunks and
   preprocesses it; the main thread gathers the results into batches, and an
   encoder thread embeds one batch while the next is read (so decoding overlaps encoding);
   a file whose hash matches the catalog was only touched, and a file whose hash
   matches another indexed file (moved or copied) reuses that file's vectors;
4. each embedded batch is written (by the main thread) to Chroma first, then its
   sources and items are committed to the catalog in one transaction (the
   checkpoint): a kill at any point loses at most the batch in flight, and its
   vectors are orphans removed by step 1 of the next run;
5. prunes files that were deleted under the roots given;
6. (the Engine, after the run) reads text in pending image items (ocr.py) and
   describes them with the VLM (describe.py), unless told not to.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from mmrag.ingest.discover import Excluded, Found, Hidden, Ignored, Skipped, check_roots, discover, display_path
from mmrag.ingest.images import decode_photo, save_thumbnail
from mmrag.ingest.ocr import ocr_state
from mmrag.ingest.prep import image_prep, prep_workers
from mmrag.ingest.video import read_video
from tqdm import tqdm

from mmrag.catalog import (
    PARTIAL,
    Catalog,
    ItemRecord,
    SourceRecord,
    delete_items,
    delete_source,
    touch_source,
    write_part,
)
from mmrag.errors import IndexWriteError, InputError, MmragError, SourceReadError
from mmrag.index import write_failure
from mmrag.places import place_at, place_of_file
from mmrag.store import IMAGES, TEXTS, VectorStore, description_id, item_metadata, ocr_id, text_vector_ids

log = logging.getLogger(__name__)

PREFETCH = 32  # files read ahead of the main thread (bounds memory); at least 4 per reader
IMAGE_KINDS = ("image", "pdf_image", "pdf_page", "video_frame")


@dataclass
class IngestReport:
    index: str
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    failed: list[dict] = field(default_factory=list)
    pending_descriptions: int = 0
    items: int = 0
    ignored: list[dict] = field(
        default_factory=list
    )  # {"path", "reason"}: not indexed because of its type (or an index folder)
    hidden: int = 0  # hidden files and folders left out (no --hidden)
    excluded: int = 0  # files and folders an exclude pattern covers (--exclude, .mmragignore); a folder counts once


@dataclass
class Extracted:
    """One item before embedding. ``pixels`` is the CLIP input (a preprocessed tensor, or the image itself)."""

    kind: str
    page: int | None
    idx: int
    content_hash: str
    text: str | None = None
    pixels: Any = None
    width: int | None = None
    height: int | None = None
    time: float | None = None  # video_frame: seconds from the start


@dataclass
class Prepared:
    """The outcome of reading one file in a worker."""

    found: Found
    display: str
    size: int
    mtime: float
    sha256: str = ""
    ctime: float | None = None
    action: str = "extract"  # extract | touch | reuse | fail
    items: list[Extracted] = field(default_factory=list)  # the first part (at most commit_items items)
    rest: Iterator[Extracted] | None = None  # the items after the first part, read lazily by the main thread
    date: float | None = None
    place: str | None = None  # an image's place from its GPS EXIF (mmrag/places.py)
    error: str | None = None


@dataclass
class _Part:
    """A run of one file's items to commit. Only the ``final`` part records the file's size, mtime and sha256: until
    then
    the source is PARTIAL, so a run killed mid-file redoes it next time and keeps (``produced``) the items committed.
    ``drop``: the file failed after parts were committed; forget it."""

    prepared: Prepared
    old: SourceRecord | None
    items: list[Extracted]
    final: bool
    produced: set[str]  # ids of the file's items so far in this run (shared by its parts)
    text_pages: set  # pages with text so far (shared by its parts; pdf.py yields a page's text before its images)
    drop: bool = False


@dataclass
class _Assembled:
    """A batch ready to write: catalog records, the rows to embed, and the encoder's future (image, text vectors)."""

    records: list[tuple[_Part, SourceRecord, list[ItemRecord]]]
    images: list[ItemRecord]
    texts: list[tuple[str, ItemRecord, str, str]]  # (vector id, item, text, role)
    displays: dict[bytes, str]
    vectors: Future


@dataclass
class IngestOptions:
    include_hidden: bool = False
    excludes: tuple[str, ...] = ()  # gitignore-style patterns (--exclude); each root's .mmragignore adds its own
    pdf_dpi: int = 72
    commit_items: int = 256  # items per checkpoint
    readers: int | None = None  # reader threads; None: default_readers()
    prep_workers: int | None = None  # image preparation processes (ingest/prep.py); None: by the CLIP's device
    progress: bool = True  # a tqdm bar on stderr
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


def item_id(path: bytes, kind: str, page: int | None, idx: int, content_hash: str) -> str:
    """Stable id from (source path, kind, page, index within page, content hash)."""
    key = b"\0".join([path, kind.encode(), str(page).encode(), str(idx).encode(), content_hash.encode()])
    return hashlib.blake2b(key, digest_size=12).hexdigest()


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class Ingester:
    def __init__(
        self,
        catalog: Catalog,
        store: VectorStore,
        clip,
        text,
        thumbs: Path,
        describe_model: str,
        options: IngestOptions,
    ):
        """``clip`` embeds images (and may offer preprocess/embed_tensors); ``text`` embeds texts;
        ``describe_model`` is the VLM id whose cached descriptions can be reused."""
        self.catalog = catalog
        self.store = store
        self.clip = clip
        self.text = text
        self.thumbs = thumbs
        self.describe_model = describe_model
        self.options = options
        self.excluded_paths: list[Path] = []  # what this run's exclude patterns cover: forgotten if indexed before
        self.manifest: dict[str, str] | None = None  # model ids an unbound index records with its first commit
        self.prep = None  # an ingest.prep.ImagePrep while a run has image worker processes

    # -- the run -----------------------------------------------------------
    def run(self, roots: Sequence[str | Path], report: IngestReport, prune_everywhere: bool = False) -> IngestReport:
        """``prune_everywhere`` (--prune): forget every indexed file that is gone, not only those under the folders
        given."""
        roots = check_roots(roots)
        self.store.reconcile(self.catalog.all_item_ids())
        todo = self._plan(roots, report)
        known_shas = {s.sha256: s.path for s in self.catalog.sources()}
        bar = tqdm(
            total=len(todo),
            unit="file",
            desc="ingest",
            file=sys.stderr,
            disable=not self.options.progress,
            dynamic_ncols=True,
        )
        batch: list[_Part] = []
        in_flight: _Assembled | None = None  # the batch the encoder is embedding while this thread reads on
        workers = prep_workers(self.options.prep_workers, getattr(self.clip, "device", None)) if todo else 0
        count = max(self.options.readers or default_readers(), workers)  # a reader waits on each worker
        with (
            image_prep(self.clip, self.thumbs, workers) as self.prep,
            ThreadPoolExecutor(max_workers=count, thread_name_prefix="mmrag-read") as readers,
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="mmrag-embed") as encoder,
        ):
            jobs = _bounded_map(
                readers, lambda job: (self._prepare(job[0], job[1], known_shas), job[1]), todo, max(PREFETCH, 4 * count)
            )
            for done, (prepared, old) in enumerate(jobs, 1):
                for part in self._parts(prepared, old, report):
                    batch.append(part)
                    if sum(len(p.items) for p in batch) >= self.options.commit_items:
                        in_flight = self._rotate(in_flight, self._assemble(batch, encoder), report)
                        batch = []
                bar.update(1)
                if self.options.on_file is not None:
                    self.options.on_file(done, len(todo))
            in_flight = self._rotate(in_flight, self._assemble(batch, encoder), report)
            self._rotate(in_flight, None, report)
        bar.close()
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
            if isinstance(entry, (Skipped, Ignored)):
                (report.failed if isinstance(entry, Skipped) else report.ignored).append(
                    {"path": entry.path, "reason": entry.reason}
                )
                continue
            if isinstance(entry, Hidden):
                report.hidden += 1
                continue
            try:
                st = entry.path.stat()
            except OSError as err:
                report.failed.append({"path": display_path(entry.path), "reason": err.strerror or str(err)})
                continue
            old = self.catalog.source(os.fsencode(entry.path))
            if old and old.size == st.st_size and old.mtime == st.st_mtime and old.ctime in (None, st.st_ctime):
                report.unchanged += 1
            else:
                todo.append((entry, old))
        return todo

    # -- worker side: no catalog or Chroma access here ---------------------------
    def _prepare(self, found: Found, old: SourceRecord | None, known_shas: dict[str, bytes]) -> Prepared:
        display = display_path(found.path)
        try:
            st = found.path.stat()
            prepared = Prepared(found, display, st.st_size, st.st_mtime, ctime=st.st_ctime)
            if st.st_size == 0:
                raise SourceReadError(display, "empty file (0 bytes)")
            prepared.sha256 = file_sha256(found.path)
            if old and old.sha256 == prepared.sha256:
                prepared.action = "touch"
            elif prepared.sha256 in known_shas and known_shas[prepared.sha256] != os.fsencode(found.path):
                prepared.action = "reuse"
            else:
                prepared.date = st.st_mtime
                items = self._extract(found, prepared)
                prepared.items = list(
                    islice(items, self.options.commit_items)
                )  # a big file's rest: read by the main thread, part by part
                prepared.rest = items
            return prepared
        except SourceReadError as err:
            return Prepared(found, display, 0, 0.0, action="fail", error=err.reason)
        except PermissionError:
            return Prepared(found, display, 0, 0.0, action="fail", error="permission denied")
        except OSError as err:
            return Prepared(found, display, 0, 0.0, action="fail", error=err.strerror or str(err))
        except MmragError:  # a model or the index failed, not this file: the run stops with its own message
            raise
        except Exception as err:  # a reader bug must not end the run: report it with the file
            log.debug("unexpected error reading %s", display, exc_info=True)
            return Prepared(
                found, display, 0, 0.0, action="fail", error=f"unexpected error: {type(err).__name__}: {err}"
            )

    def _extract(self, found: Found, prepared: Prepared) -> Iterator[Extracted]:
        """The items of one file; an image's EXIF capture date replaces the file's mtime as its date."""
        sha = prepared.sha256
        if found.kind == "image" and self.prep is not None:  # decoded, thumbnailed, preprocessed in a worker
            got = self.prep.image(found.path, sha)
            prepared.date, prepared.place = got.taken or prepared.date, place_at(got.position)
            yield Extracted("image", None, 0, sha, pixels=got.pixels, width=got.width, height=got.height)
            return
        if found.kind == "image":
            image, taken, position = decode_photo(found.path)
            prepared.date = taken or prepared.date
            prepared.place = place_at(position)
            yield self._image_item("image", None, 0, sha, image)
            return
        if found.kind == "video":
            for idx, frame in enumerate(
                read_video(found.path, every=self.options.video_every, max_frames=self.options.video_frames)
            ):
                frame_hash = hashlib.sha256(f"{sha}:frame:{frame.time:.3f}".encode()).hexdigest()
                item = self._image_item("video_frame", None, idx, frame_hash, frame.image)
                item.time = frame.time
                yield item
            return
        from mmrag.ingest.pdf import read_pdf  # PyMuPDF is imported only when a PDF is met (about 1 s)

        for page in read_pdf(found.path, dpi=self.options.pdf_dpi):
            for idx, chunk in enumerate(page.text_chunks):
                yield Extracted("text", page.page, idx, hashlib.sha256(chunk.encode()).hexdigest(), text=chunk)
            for pdf_image in page.images:
                yield self._image_item("pdf_image", page.page, pdf_image.index, pdf_image.sha256, pdf_image.image)
            render_hash = hashlib.sha256(f"{sha}:page:{page.page}:dpi:{self.options.pdf_dpi}".encode()).hexdigest()
            yield self._image_item("pdf_page", page.page, 0, render_hash, page.render)

    def _image_item(self, kind: str, page: int | None, idx: int, content_hash: str, image) -> Extracted:
        try:
            save_thumbnail(image, self.thumbs, content_hash)
        except OSError as err:  # the index's disk, not the source file: stop the run
            reason = write_failure(err)
            if reason is not None:
                raise IndexWriteError(self.thumbs.parent, reason) from None
            raise
        pixels = self.clip.preprocess(image) if hasattr(self.clip, "preprocess") else image
        return Extracted(kind, page, idx, content_hash, pixels=pixels, width=image.width, height=image.height)

    # -- main thread: catalog and Chroma ------------------------------------------
    def _parts(self, prepared: Prepared, old: SourceRecord | None, report: IngestReport) -> Iterator[_Part]:
        """The parts of one file to commit, in order; a big file's later parts are read here, one at a time."""
        if prepared.action == "fail":
            report.failed.append({"path": prepared.display, "reason": prepared.error})
            if (
                old is not None
            ):  # its indexed version is no longer on disk: forget it, as a fresh index would not have it
                yield _Part(prepared, old, [], True, set(), set(), drop=True)
            return
        if prepared.action == "touch":
            with self.catalog.transaction() as db:
                touch_source(db, os.fsencode(prepared.found.path), prepared.size, prepared.mtime, prepared.ctime)
            report.unchanged += 1
            return
        if prepared.action == "reuse":
            if self._reuse(prepared, old):
                _count_written(report, old)
                return
            prepared = self._prepare(prepared.found, None, {})  # the twin vanished meanwhile: read the file after all
            if prepared.action == "fail":
                report.failed.append({"path": prepared.display, "reason": prepared.error})
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
            part = _Part(prepared, old, items, not following, produced, text_pages)
            part.items = self._skip_committed(part, resumed)
            yield part
            if not following:
                return
            items = following

    def _drop(
        self, prepared: Prepared, old, produced: set, text_pages: set, reason: str, report: IngestReport
    ) -> Iterator[_Part]:
        report.failed.append({"path": prepared.display, "reason": reason})
        yield _Part(prepared, old, [], True, produced, text_pages, drop=True)

    def _skip_committed(self, part: _Part, resumed: set[str]) -> list[Extracted]:
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

    def _rotate(self, done: _Assembled | None, nxt: _Assembled | None, report: IngestReport) -> _Assembled | None:
        """Write the batch whose embedding was started earlier; the next one is already embedding meanwhile."""
        if done is not None:
            self._write(done, report)
        return nxt

    def _assemble(self, batch: list[_Part], encoder: ThreadPoolExecutor) -> _Assembled | None:
        """Catalog records of a batch, and its embedding started on the encoder thread."""
        if not batch:
            return None
        records: list[tuple[_Part, SourceRecord, list[ItemRecord]]] = []
        image_rows, text_rows = [], []
        for part in batch:
            prepared = part.prepared
            size, mtime, sha = (
                (prepared.size, prepared.mtime, prepared.sha256)
                if part.final
                else (PARTIAL.size, PARTIAL.mtime, PARTIAL.sha256)
            )
            source = SourceRecord(
                os.fsencode(prepared.found.path),
                prepared.display,
                prepared.found.kind,
                size,
                mtime,
                sha,
                prepared.ctime if part.final else None,
            )
            items = []
            for ex in part.items:
                record = self._item_record(source, ex, prepared.date, ex.page in part.text_pages, prepared.place)
                items.append(record)
                (image_rows if ex.kind in IMAGE_KINDS else text_rows).append((record, ex))
            records.append((part, source, items))
        displays = {s.path: s.display for _, s, _ in records}
        texts = [(r.id, r, r.text, "text") for r, _ in text_rows]
        texts += [(description_id(r.id), r, r.description, "description") for r, _ in image_rows if r.description]
        texts += [(ocr_id(r.id), r, r.ocr, "ocr") for r, _ in image_rows if r.ocr]
        pixels = [ex.pixels for _, ex in image_rows]
        images = [r for r, _ in image_rows]
        vectors = encoder.submit(self._embed, pixels, [t for _, _, t, _ in texts])
        return _Assembled(records, images, texts, displays, vectors)

    def _embed(self, pixels: list, texts: list[str]):
        """Encoder thread: model work only (no catalog or Chroma)."""
        image_vectors = (
            (self.clip.embed_tensors(pixels) if hasattr(self.clip, "embed_tensors") else self.clip.embed_images(pixels))
            if pixels
            else None
        )
        text_vectors = self.text.embed_texts(texts) if texts else None
        return image_vectors, text_vectors

    def _write(self, batch: _Assembled, report: IngestReport) -> None:
        """Vectors to Chroma, then the checkpoint in the catalog (a kill in between leaves orphans, removed next
        run)."""
        image_vectors, text_vectors = batch.vectors.result()
        displays = batch.displays
        if batch.images:
            self.store.upsert(
                IMAGES,
                [r.id for r in batch.images],
                image_vectors,
                [item_metadata(r, displays[r.source], "image") for r in batch.images],
            )
        if batch.texts:
            texts = batch.texts
            self.store.upsert(
                TEXTS,
                [i for i, _, _, _ in texts],
                text_vectors,
                [item_metadata(r, displays[r.source], role) for _, r, _, role in texts],
                [t for _, _, t, _ in texts],
            )
        self._commit(batch.records)
        for part, _, _ in batch.records:
            if part.final and not part.drop:
                _count_written(report, part.old)

    def _item_record(
        self, source: SourceRecord, ex: Extracted, date: float | None, page_has_text: bool, place: str | None = None
    ) -> ItemRecord:
        description = (
            self.catalog.cached_description(ex.content_hash, self.describe_model) if ex.kind in IMAGE_KINDS else None
        )
        ocr, ocr_pending = ocr_state(self.catalog, self.options.ocr_engine, ex.kind, ex.content_hash, page_has_text)
        return ItemRecord(
            id=item_id(source.path, ex.kind, ex.page, ex.idx, ex.content_hash),
            source=source.path,
            kind=ex.kind,
            page=ex.page,
            idx=ex.idx,
            content_hash=ex.content_hash,
            text=ex.text,
            description=description,
            pending=ex.kind in IMAGE_KINDS and description is None,
            date=date,
            width=ex.width,
            height=ex.height,
            ocr=ocr,
            ocr_pending=ocr_pending,
            time=ex.time,
            place=(place or "") if ex.kind == "image" else None,
        )

    def _commit(self, records: list[tuple[_Part, SourceRecord, list[ItemRecord]]]) -> None:
        """The checkpoint: sources and items of the batch, all or nothing (with the manifest of a new index); then
        old vectors go. A file's last part removes its items that this run did not produce (the old version's)."""
        stale: list[str] = []
        with self.catalog.transaction() as db:
            if self.manifest:
                db.executemany("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", self.manifest.items())
            for part, source, items in records:
                if part.drop:
                    stale += [i.id for i in self.catalog.items_of(source.path)]
                    delete_source(db, source.path)
                    continue
                write_part(db, source, items)
                if part.final:
                    keep = part.produced | {i.id for i in items}
                    gone = [i.id for i in self.catalog.items_of(source.path) if i.id not in keep]
                    delete_items(db, gone)
                    stale += gone
        self.manifest = None
        self._delete_vectors(stale)

    def _reuse(self, prepared: Prepared, old: SourceRecord | None) -> bool:
        """A moved or copied file: copy its twin's items and vectors under the new path. False if the twin is gone."""
        twins = self.catalog.sources_by_sha(prepared.sha256)
        if not twins:
            return False
        twin_items = self.catalog.items_of(twins[0].path)
        path = os.fsencode(prepared.found.path)
        source = SourceRecord(
            path, prepared.display, prepared.found.kind, prepared.size, prepared.mtime, prepared.sha256, prepared.ctime
        )
        items = [
            dataclasses.replace(i, id=item_id(path, i.kind, i.page, i.idx, i.content_hash), source=path)
            for i in twin_items
        ]
        by_old = dict(zip([i.id for i in twin_items], items))
        image_vectors = self.store.vectors(IMAGES, [i.id for i in twin_items if i.kind in IMAGE_KINDS])
        texts = _text_vectors_of(twin_items, by_old)  # old vector id -> (new vector id, new item, document, role)
        text_vectors = self.store.vectors(TEXTS, list(texts))
        if len(image_vectors) + len(text_vectors) < sum(i.kind in IMAGE_KINDS for i in twin_items) + len(texts):
            return False  # the twin's vectors are incomplete: read the file instead
        if image_vectors:
            ids = list(image_vectors)
            self.store.upsert(
                IMAGES,
                [by_old[i].id for i in ids],
                [image_vectors[i] for i in ids],
                [item_metadata(by_old[i], prepared.display, "image") for i in ids],
            )
        if text_vectors:
            rows = [texts[i] for i in text_vectors]
            metas = [item_metadata(item, prepared.display, role) for _, item, _, role in rows]
            self.store.upsert(
                TEXTS,
                [new for new, _, _, _ in rows],
                list(text_vectors.values()),
                metas,
                [doc for _, _, doc, _ in rows],
            )
        part = _Part(prepared, old, [], True, {i.id for i in items}, set())
        self._commit([(part, source, items)])
        return True

    def _prune(self, roots: list[Path], report: IngestReport, everywhere: bool) -> None:
        """Forget files that no longer exist under a folder given in this run (anywhere, with ``everywhere``); a file
        replaced by a folder of the same name is gone too (the folder's files are sources of their own). Forget too
        what this run's exclude patterns cover (a file, or anything under a folder), on disk or not."""
        folders = [r for r in roots if r.is_dir()]
        excluded = {str(p) for p in self.excluded_paths}
        self.forget(
            [
                s
                for s in self.catalog.sources()
                if ((everywhere or _under(s.fs_path, folders)) and not os.path.isfile(s.fs_path))
                or s.fs_path in excluded
                or _under(s.fs_path, self.excluded_paths)
            ],
            report,
        )

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

        self.store.reconcile(self.catalog.all_item_ids())
        sources = self.catalog.sources()
        chosen: dict[bytes, SourceRecord] = {}
        for path in paths:
            wanted = os.path.abspath(os.path.expanduser(os.fsdecode(path)))
            hits = [s for s in sources if s.fs_path == wanted or _under(s.fs_path, [Path(wanted)])]
            if not hits:
                raise InputError(f"nothing indexed at {wanted}", "See what the index holds with `mmrag sources`")
            chosen.update((s.path, s) for s in hits)
        self.forget(list(chosen.values()), report)
        self.sweep_thumbnails()
        return report

    def forget(self, gone: list[SourceRecord], report: IngestReport) -> None:
        """Drop sources and their items: the catalog first (the checkpoint), then their vectors (a kill in between
        leaves orphan vectors, removed by the next run's reconcile)."""
        if not gone:
            return
        ids = [i.id for s in gone for i in self.catalog.items_of(s.path)]
        with self.catalog.transaction() as db:
            for source in gone:
                delete_source(db, source.path)
        self._delete_vectors(ids)
        report.removed += len(gone)

    def sweep_thumbnails(self) -> int:
        """Delete thumbnails no item refers to (their files were changed, removed or pruned); return how many."""
        if not self.thumbs.is_dir():
            return 0
        wanted = self.catalog.content_hashes()
        removed = 0
        for folder in self.thumbs.iterdir():
            for thumb in folder.glob("*.jpg") if folder.is_dir() else ():
                if thumb.stem not in wanted:
                    thumb.unlink(missing_ok=True)
                    removed += 1
        return removed

    def _delete_vectors(self, ids: Iterable[str]) -> None:
        ids = list(ids)
        if ids:
            self.store.delete(IMAGES, ids)
            self.store.delete(TEXTS, text_vector_ids(ids))


def _count_written(report: IngestReport, old: SourceRecord | None) -> None:
    if old is None:
        report.added += 1
    else:
        report.updated += 1


def _text_vectors_of(
    twin_items: list[ItemRecord], by_old: dict[str, ItemRecord]
) -> dict[str, tuple[str, ItemRecord, str, str]]:
    """A twin's vectors in the texts collection: old id -> (new id, new item, document, role)."""
    rows = {}
    for old in twin_items:
        new = by_old[old.id]
        if old.kind == "text":
            rows[old.id] = (new.id, new, old.text, "text")
        if old.description:
            rows[description_id(old.id)] = (description_id(new.id), new, old.description, "description")
        if old.ocr:
            rows[ocr_id(old.id)] = (ocr_id(new.id), new, old.ocr, "ocr")
    return rows


def _under(path: str, folders: list[Path]) -> bool:
    return any(path.startswith(str(folder).rstrip(os.sep) + os.sep) for folder in folders)


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
