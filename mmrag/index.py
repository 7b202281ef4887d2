"""The index folder: its layout (the one place that names its files), create/open, the manifest check, the writer
lock, and the catalog, vector store and BM25 handles; `status` and `sources` read it without loading a model.

    INDEX/catalog.sqlite   sources, items, texts, labels, places, meta (the manifest: models, schema, Chroma location)
    INDEX/chroma/          embedded Chroma (absent when the index keeps its vectors on a Chroma server)
    INDEX/bm25/            the BM25 index (lexical.py), rebuilt from the catalog after each write
    INDEX/thumbs/          512 px JPEG thumbnails by content hash (ingest/images.py)
    INDEX/calibration.json the cut-off's null model (calibrate.py)
    INDEX/write.lock       held by the one command writing ("ingest (pid 123)")

The Engine builds the models and hands them and an Index to the passes.
"""

from __future__ import annotations

import fcntl
import logging
import os
from collections.abc import Sequence
from pathlib import Path

from . import calibrate, lexical
from .catalog import SCHEMA_VERSION, Catalog
from .errors import IndexMismatchError, InputError, UsageError
from .lexical import LexicalIndex
from .places import known_parts, matches
from .store import VectorStore, normal_chroma_url
from .writes import IndexBusyError, index_writes, lock_holder, read_only

log = logging.getLogger(__name__)

CATALOG_FILE = "catalog.sqlite"
CHROMA_DIR = "chroma"
BM25_DIR = "bm25"
THUMBS_DIR = "thumbs"
LOCK_FILE = "write.lock"
TAGGING_KEY = "tagging"  # in the catalog's meta while `tag` writes labels to Chroma


def thumbnail_path(thumbs_dir: Path, content_hash: str) -> Path:
    """Where the thumbnail of an image with this content hash lives in an index's thumbs folder."""
    return thumbs_dir / content_hash[:2] / f"{content_hash}.jpg"


class Index:
    """One index folder. ``clip``, ``text_model`` and ``chroma_url`` are what the user asked for (None: the index's
    own); an index built with others is refused when opened for writing or when its vectors are first read."""

    def __init__(
        self, folder: str | Path, clip: str | None = None, text_model: str | None = None, chroma_url: str | None = None
    ):
        self.folder = Path(folder).absolute()
        self.asked = {"clip": clip, "text_model": text_model}
        self.chroma_url = chroma_url
        self._catalog: Catalog | None = None
        self._store: VectorStore | None = None
        self._lock = None
        self._lexical = None
        self.lexical_version = 0  # counts BM25 rebuilds: a Searcher built on an older one is stale

    # -- layout -----------------------------------------------------------------
    @property
    def thumbs_dir(self) -> Path:
        return self.folder / THUMBS_DIR

    @property
    def bm25_dir(self) -> Path:
        return self.folder / BM25_DIR

    def exists(self) -> bool:
        return (self.folder / CATALOG_FILE).exists()

    def recorded(self, key: str) -> str | None:
        """A manifest value (e.g. "clip"), None when the index does not exist yet or lacks it."""
        if self._catalog is None and not self.exists():
            return None
        return self.catalog.meta().get(key)

    # -- handles ----------------------------------------------------------------
    @property
    def catalog(self) -> Catalog:
        if self._catalog is None:
            self._catalog = self._open_catalog(create=False)
        return self._catalog

    @property
    def store(self) -> VectorStore:
        if self._store is None:
            url, prefix = self._vector_location()
            store = VectorStore(self.folder / CHROMA_DIR, url=url, prefix=prefix)
            if url and not any(store.count(name) for name in store.collections) and self.catalog.all_item_ids():
                raise IndexMismatchError(
                    f"the Chroma server at {url} holds no vectors of the index at {self.folder} "
                    f"(collections {prefix}*)",
                    "Start `chroma run` on the data folder this index was built on, or re-create the index in a new "
                    "--index folder",
                )
            self._store = store
        return self._store

    def lexical(self):
        """The BM25 index, loaded once (rebuild_lexical drops it); a damaged one is rebuilt from the catalog."""
        if self._lexical is None:
            try:
                self._lexical = LexicalIndex.load(self.bm25_dir)
            except Exception as err:  # a damaged file (bad JSON, truncated arrays): the catalog holds every text
                log.warning(
                    "the BM25 index in %s is damaged (%s); rebuilding it from the catalog",
                    self.bm25_dir,
                    type(err).__name__,
                )
                self.rebuild_lexical()
                self._lexical = LexicalIndex.load(self.bm25_dir)
        return self._lexical

    def rebuild_lexical(self) -> int:
        self._lexical = None
        self.lexical_version += 1
        return lexical.build(self.catalog, self.bm25_dir)

    def _vector_location(self, meta: dict[str, str] | None = None) -> tuple[str | None, str]:
        """(Chroma server URL or None for embedded, collection prefix) from the manifest (``meta``, else read now);
        refuses a --chroma-url that differs."""

        meta = self.catalog.meta() if meta is None else meta  # reading it also checks the index exists
        recorded = meta.get("chroma_url") or None  # indexes from before server mode have no key: embedded
        asked = normal_chroma_url(self.chroma_url) if self.chroma_url else None
        if asked and asked != recorded:
            where = f"on the Chroma server at {recorded}" if recorded else "embedded in its folder (no Chroma server)"
            fix = f"Use --chroma-url {recorded}" if recorded else "Drop --chroma-url and MMRAG_CHROMA_URL"
            raise IndexMismatchError(
                f"the index at {self.folder} keeps its vectors {where}, not at {asked}",
                f"{fix}, or build a new index with --index NEW_DIR",
            )
        return recorded, meta.get("collection_prefix", "")

    def _open_catalog(self, create: bool) -> Catalog:
        folder = self.folder
        if not self.exists():
            if not create:
                raise InputError(
                    f"no mmrag index at {folder}",
                    "Create one with `mmrag ingest PATH...`, or point --index / MMRAG_INDEX at an existing one",
                )
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as err:
                raise InputError(
                    f"cannot create the index folder {folder}: {err.strerror}", "Choose a writable --index"
                ) from None
        try:
            return Catalog(folder / CATALOG_FILE)
        except Exception as err:
            if read_only(folder):
                raise InputError(
                    f"cannot open the index at {folder}: its file system is read-only",
                    "mmrag writes lock and journal files next to the index even to search: remount it read-write, "
                    "or copy the index folder to a writable disk and point --index at the copy",
                ) from None
            raise InputError(
                f"cannot open the index at {folder}: {err}", "Check the folder's permissions and free space"
            ) from None

    # -- writing ----------------------------------------------------------------
    @property
    def locked(self) -> bool:
        return self._lock is not None

    def open_for_writing(self, job: str = "") -> None:
        """Create the index if needed, check its models match, and take the writer lock (``job`` names the command
        holding it, so a command refused for it can say which one is running)."""
        if self._catalog is None:
            self._catalog = self._open_catalog(create=True)
        self._check_manifest()
        if self._lock is None:
            handle = open(self.folder / LOCK_FILE, "a")
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                handle.close()
                raise IndexBusyError(self.folder, lock_holder(self.folder / LOCK_FILE)) from None
            self._lock = handle
            handle.truncate(0)
            handle.write(f"{job or 'write'} {os.getpid()}\n")
            handle.flush()
        self._repair_labels()

    def release_lock(self) -> None:
        if self._lock is not None:
            self._lock.close()
            self._lock = None

    def _repair_labels(self) -> None:
        """A ``tag`` killed after it began writing labels to Chroma: put the catalog's (old) labels back on every
        vector."""
        if TAGGING_KEY not in self.catalog.meta():
            return
        log.warning("an earlier `mmrag tag` was interrupted; restoring the previous labels")
        top = self.catalog.top_labels(i.id for i in self.catalog.image_items())
        with index_writes(self.folder):
            self.store.set_labels({i.id: top.get(i.id) for i in self.catalog.image_items()})
            with self.catalog.transaction() as db:
                db.execute("DELETE FROM meta WHERE key = ?", (TAGGING_KEY,))

    def repair_if_interrupted(self) -> None:
        """Before reading labels: repair a killed `tag` when no other writer runs (one that runs keeps the catalog's
        old labels, which are the final filter, so reading is safe meanwhile)."""
        if TAGGING_KEY not in self.catalog.meta() or self._lock is not None:
            return
        try:
            self.open_for_writing("repair")
        except IndexBusyError:
            return
        self.release_lock()

    def _check_manifest(self) -> None:
        """Refuse an index built with other models or schema. An index not yet bound to a CLIP spec only gets its
        vector location here: the models are recorded by ingest, with its first committed batch (manifest_to_record)."""
        meta = self.catalog.meta()
        if "schema_version" in meta and meta["schema_version"] != str(SCHEMA_VERSION):
            raise IndexMismatchError(
                f"the index at {self.folder} has schema version {meta.get('schema_version')}; this mmrag reads "
                f"{SCHEMA_VERSION}",
                "Re-create it in a new --index folder",
            )
        for key, flag in (("clip", "--clip"), ("text_model", "--text-model")):
            asked = self.asked[key]
            if key in meta and asked and asked != meta[key]:
                raise IndexMismatchError(
                    f"the index at {self.folder} was built with {flag} {meta.get(key)}, not {asked}",
                    f"Drop {flag} (the index's model is used), or build a new index with --index NEW_DIR",
                )
        if "clip" not in meta and "chroma_url" not in meta and "collection_prefix" not in meta:
            location = self._new_vector_location()
            if location:
                self.catalog.set_meta(location)
                meta = {**meta, **location}
        self._vector_location(meta)

    def manifest_to_record(self, clip_spec: str, text_model: str) -> dict[str, str] | None:
        """The model ids an unbound index must record with its first commit; None once it is bound."""
        if "clip" in self.catalog.meta():
            return None
        return {"schema_version": str(SCHEMA_VERSION), "clip": clip_spec, "text_model": text_model}

    def _new_vector_location(self) -> dict[str, str]:
        """Manifest keys of a new index: embedded, or a server URL and a collection prefix unique to this index."""
        import uuid

        if not self.chroma_url:
            return {}
        return {
            "chroma_url": normal_chroma_url(self.chroma_url),
            "collection_prefix": f"mmrag-{uuid.uuid4().hex[:12]}-",
        }

    # -- reading ----------------------------------------------------------------
    def check_place(self, place: str) -> None:
        """Refuses a --place no item is in, naming the close ones (or saying no photo has a place yet)."""
        import difflib

        known = self.catalog.places()
        if any(matches(p, place) for p in known):
            return
        parts = known_parts(known)
        if not parts:
            raise UsageError(
                f"no indexed photo has a place, so none is in {place!r}",
                "Places come from GPS coordinates in the photos' EXIF",
            )
        close = difflib.get_close_matches(place, parts, n=5, cutoff=0.5) or parts[:10]
        raise UsageError(f"no indexed photo is in {place!r}", "Places in the index include: " + ", ".join(close))

    def check_label(self, label: str) -> None:
        """Refuses a --label no item carries (listing those that do); first repairs labels left by a killed `tag`."""
        self.repair_if_interrupted()
        known = self.catalog.label_counts()
        if label not in known:
            listed = ", ".join(sorted(known)) if known else "none yet"
            raise UsageError(
                f"no item has the label {label!r} (labels in this index: {listed})",
                'Pick one of those, or tag the images with `mmrag tag --labels "a,b,c"`',
            )

    def thumbnails(self, ids: Sequence[str]) -> dict[str, Path]:
        """The stored thumbnail (JPEG, at most 512 px) of each image item among ``ids`` that has one."""
        paths = {
            i: thumbnail_path(self.thumbs_dir, item.content_hash)
            for i, item in self.catalog.items(ids).items()
            if item.kind != "text"
        }
        return {i: path for i, path in paths.items() if path.is_file()}

    def status(self, null_fpr: float) -> dict:
        meta = self.catalog.meta()
        stored = calibrate.load(self.folder)  # the null model, None before the first search; no model is loaded
        return {
            "index": str(self.folder),
            "clip": meta.get("clip"),
            "text_model": meta.get("text_model"),
            "schema_version": int(meta.get("schema_version", SCHEMA_VERSION)),
            "sources": len(self.catalog.sources()),
            "items": self.catalog.count_items(),
            "pending_descriptions": self.catalog.count_pending(),
            "pending_ocr": self.catalog.count_ocr_pending(),
            "labels": self.catalog.label_counts(),
            "chroma_url": meta.get("chroma_url"),
            "calibration": stored.summary(null_fpr, calibrate.counts_of(self.catalog)) if stored is not None else None,
        }

    def sources(self) -> list[dict]:
        counts = self.catalog.item_counts_by_source()
        return [
            {
                "path": s.display,
                "kind": s.kind,
                "items": counts.get(s.path, 0),
                "size": s.size,
                "mtime": s.mtime,
                "sha256": s.sha256,
            }
            for s in self.catalog.sources()
        ]

    def close(self) -> None:
        self.release_lock()
        if self._catalog is not None:
            self._catalog.close()
            self._catalog = None
