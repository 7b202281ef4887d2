"""Batches of items -> Chroma and the catalog, on the Ingester's main thread: the rows to embed (on the encoder
thread), the vectors written, then the checkpoint (sources and items in one transaction); and a moved or copied file
that takes its twin's items and vectors instead of being read again."""

from __future__ import annotations

import dataclasses
import os
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from mmrag.ingest.extract import Extracted, Prepared, item_id
from mmrag.ingest.forget import delete_vectors
from mmrag.ingest.ocr import ocr_state

from mmrag.backends.base import ClipModel, TextEmbedder
from mmrag.catalog import PARTIAL, Catalog, ItemRecord, SourceRecord, delete_items, delete_source, write_part
from mmrag.store import IMAGES, TEXTS, VectorStore, description_id, item_metadata, ocr_id

if TYPE_CHECKING:
    from mmrag.ingest.pipeline import IngestOptions, IngestReport

IMAGE_KINDS = ("image", "pdf_image", "pdf_page", "video_frame")


class TextRow(NamedTuple):
    """A row of the texts collection: a text item's chunk, or an image item's description or OCR text."""

    vector_id: str  # the item's id, or description_id / ocr_id of it
    item: ItemRecord
    text: str
    role: str  # "text", "description", "ocr"


@dataclass
class Part:
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


class PartRecords(NamedTuple):
    """A part of one file as the catalog will hold it."""

    part: Part
    source: SourceRecord
    items: list[ItemRecord]


@dataclass
class Assembled:
    """A batch ready to write: catalog records, the rows to embed, and the encoder's future (image, text vectors)."""

    records: list[PartRecords]
    images: list[ItemRecord]
    texts: list[TextRow]
    displays: dict[bytes, str]
    vectors: Future


class BatchWriter:
    """Embeds and writes the Ingester's batches; ``manifest``: model ids an unbound index records with its first
    commit."""

    def __init__(
        self,
        catalog: Catalog,
        store: VectorStore,
        clip: ClipModel | None,
        text: TextEmbedder | None,
        describe_model: str,
        options: IngestOptions,
    ):
        self.catalog = catalog
        self.store = store
        self.clip = clip
        self.text = text
        self.describe_model = describe_model
        self.options = options
        self.manifest: dict[str, str] | None = None

    def rotate(self, done: Assembled | None, nxt: Assembled | None, report: IngestReport) -> Assembled | None:
        """Write the batch whose embedding was started earlier; the next one is already embedding meanwhile."""
        if done is not None:
            self._write(done, report)
        return nxt

    def assemble(self, batch: list[Part], encoder: ThreadPoolExecutor) -> Assembled | None:
        """Catalog records of a batch, and its embedding started on the encoder thread."""
        if not batch:
            return None
        records: list[PartRecords] = []
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
            records.append(PartRecords(part, source, items))
        displays = {s.path: s.display for _, s, _ in records}
        texts = [TextRow(r.id, r, r.text, "text") for r, _ in text_rows]
        texts += [
            TextRow(description_id(r.id), r, r.description, "description") for r, _ in image_rows if r.description
        ]
        texts += [TextRow(ocr_id(r.id), r, r.ocr, "ocr") for r, _ in image_rows if r.ocr]
        pixels = [ex.pixels for _, ex in image_rows]
        images = [r for r, _ in image_rows]
        vectors = encoder.submit(self._embed, pixels, [row.text for row in texts])
        return Assembled(records, images, texts, displays, vectors)

    def _embed(self, pixels: list, texts: list[str]):
        """Encoder thread: model work only (no catalog or Chroma)."""
        image_vectors = self.clip.embed_tensors(pixels) if pixels else None
        text_vectors = self.text.embed_texts(texts) if texts else None
        return image_vectors, text_vectors

    def _write(self, batch: Assembled, report: IngestReport) -> None:
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
                [row.vector_id for row in texts],
                text_vectors,
                [item_metadata(row.item, displays[row.item.source], row.role) for row in texts],
                [row.text for row in texts],
            )
        self.commit(batch.records)
        for part, _, _ in batch.records:
            if part.final and not part.drop:
                count_written(report, part.old)

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

    def commit(self, records: list[PartRecords]) -> None:
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
        delete_vectors(self.store, stale)

    def reuse(self, prepared: Prepared, old: SourceRecord | None) -> bool:
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
        texts = _text_vectors_of(twin_items, by_old)  # old vector id -> its TextRow under the new path
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
            metas = [item_metadata(row.item, prepared.display, row.role) for row in rows]
            self.store.upsert(
                TEXTS,
                [row.vector_id for row in rows],
                list(text_vectors.values()),
                metas,
                [row.text for row in rows],
            )
        part = Part(prepared, old, [], True, {i.id for i in items}, set())
        self.commit([PartRecords(part, source, items)])
        return True


def count_written(report: IngestReport, old: SourceRecord | None) -> None:
    if old is None:
        report.added += 1
    else:
        report.updated += 1


def _text_vectors_of(twin_items: list[ItemRecord], by_old: dict[str, ItemRecord]) -> dict[str, TextRow]:
    """A twin's vectors in the texts collection: old id -> the row under the new id."""
    rows = {}
    for old in twin_items:
        new = by_old[old.id]
        if old.kind == "text":
            rows[old.id] = TextRow(new.id, new, old.text, "text")
        if old.description:
            rows[description_id(old.id)] = TextRow(description_id(new.id), new, old.description, "description")
        if old.ocr:
            rows[ocr_id(old.id)] = TextRow(ocr_id(new.id), new, old.ocr, "ocr")
    return rows
