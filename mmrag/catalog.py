"""The index catalog: a SQLite file that is the source of truth for what is indexed.

It holds the manifest (schema version, model ids), one row per source file
(path, size, mtime, sha256), one row per item, the description cache
(content hash + model -> text) and the OCR cache (content hash + engine -> text). Chroma holds the vectors; anything in
Chroma
that the catalog does not list is an orphan of an interrupted run and is
removed on the next write (see store.reconcile).

Paths are kept as bytes (os.fsencode), so non-UTF-8 file names survive; a
printable ``display`` string goes to JSON and Chroma.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

SCHEMA_VERSION = 1

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sources (
    path BLOB PRIMARY KEY, display TEXT NOT NULL, kind TEXT NOT NULL,
    size INTEGER NOT NULL, mtime REAL NOT NULL, sha256 TEXT NOT NULL, indexed_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS sources_sha ON sources(sha256);
CREATE TABLE IF NOT EXISTS items (
    id TEXT PRIMARY KEY, source BLOB NOT NULL REFERENCES sources(path) ON DELETE CASCADE,
    kind TEXT NOT NULL, page INTEGER, idx INTEGER NOT NULL, content_hash TEXT NOT NULL,
    text TEXT, description TEXT, pending INTEGER NOT NULL DEFAULT 0,
    date REAL, width INTEGER, height INTEGER
);
CREATE INDEX IF NOT EXISTS items_source ON items(source);
CREATE INDEX IF NOT EXISTS items_pending ON items(pending);
CREATE TABLE IF NOT EXISTS labels (
    item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE, label TEXT NOT NULL, probability REAL NOT NULL,
    top INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (item_id, label)
);
CREATE INDEX IF NOT EXISTS labels_top ON labels(top, label);
CREATE TABLE IF NOT EXISTS descriptions (
    content_hash TEXT NOT NULL, model TEXT NOT NULL, text TEXT NOT NULL, PRIMARY KEY (content_hash, model)
);
CREATE TABLE IF NOT EXISTS ocr_texts (
    content_hash TEXT NOT NULL, engine TEXT NOT NULL, text TEXT NOT NULL, PRIMARY KEY (content_hash, engine)
);
"""

# Added to schema version 1 without a new version: older indexes gain the columns on open (see _add_ocr_columns).
# ``ocr``: text read in an image item ('' when it has none); ``ocr_pending``: the item needs OCR and has none yet.
OCR_COLUMNS = {"ocr": "TEXT", "ocr_pending": "INTEGER NOT NULL DEFAULT 0"}
# Also added without a new version: ``time``, a video_frame's seconds from the start of its video.
TIME_COLUMN = "time"
# And ``place`` (mmrag/places.py): NULL in older indexes until an ingest fills it (Catalog.unplaced_images).
PLACE_COLUMN = "place"

ITEM_KINDS = ("image", "pdf_image", "pdf_page", "text", "video_frame")


@dataclass(frozen=True)
class SourceRecord:
    path: bytes
    display: str
    kind: str
    size: int
    mtime: float
    sha256: str
    ctime: float | None = None  # the inode's change time: an edit that keeps size and mtime still changes it

    @property
    def fs_path(self) -> str:
        return os.fsdecode(self.path)


@dataclass(frozen=True)
class ItemRecord:
    id: str
    source: bytes
    kind: str
    page: int | None
    idx: int
    content_hash: str
    text: str | None = None
    description: str | None = None
    pending: bool = False
    date: float | None = None
    width: int | None = None
    height: int | None = None
    ocr: str | None = None
    ocr_pending: bool = False
    time: float | None = None
    place: str | None = None  # "City, Region, Country" from GPS EXIF; "" looked for, none; None: not looked for yet


class Catalog:
    def __init__(self, path: Path):
        self.path = path
        self.db = sqlite3.connect(path, timeout=30, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        self.db.executescript(SCHEMA)
        self._add_ocr_columns()

    def _add_ocr_columns(self) -> None:
        """An index made before OCR gets the columns, and its image items are marked as needing OCR."""
        have = {row[1] for row in self.db.execute("PRAGMA table_info(items)")}
        if "ocr_pending" not in have:
            with self.transaction() as db:
                for name, kind in OCR_COLUMNS.items():
                    if name not in have:
                        db.execute(f"ALTER TABLE items ADD COLUMN {name} {kind}")
                db.execute(MARK_OCR_NEEDED)
        self.db.execute("CREATE INDEX IF NOT EXISTS items_ocr_pending ON items(ocr_pending)")
        if TIME_COLUMN not in {row[1] for row in self.db.execute("PRAGMA table_info(items)")}:
            self.db.execute(f"ALTER TABLE items ADD COLUMN {TIME_COLUMN} REAL")
        if PLACE_COLUMN not in {row[1] for row in self.db.execute("PRAGMA table_info(items)")}:
            self.db.execute(f"ALTER TABLE items ADD COLUMN {PLACE_COLUMN} TEXT")
        if "ctime" not in {row[1] for row in self.db.execute("PRAGMA table_info(sources)")}:
            self.db.execute("ALTER TABLE sources ADD COLUMN ctime REAL")  # NULL in older indexes: size and mtime decide

    def places(self) -> list[str]:
        """The distinct places of the index's items."""
        return [
            row[0]
            for row in self.db.execute("SELECT DISTINCT place FROM items WHERE place IS NOT NULL AND place != ''")
        ]

    def unplaced_images(self) -> list[bytes]:
        """Source paths of image files whose items were indexed before places existed (place NULL)."""
        return [
            row[0]
            for row in self.db.execute("SELECT DISTINCT source FROM items WHERE kind = 'image' AND place IS NULL")
        ]

    def set_places(self, places: list[tuple[bytes, str]]) -> None:
        """(source path, place) for image files, in one transaction."""
        if places:
            with self.transaction() as db:
                db.executemany(
                    "UPDATE items SET place = ? WHERE source = ? AND kind = 'image'",
                    [(place, source) for source, place in places],
                )

    def words_of_items(self) -> list[tuple[str, bytes, str, str, str]]:
        """(item id, source path, its text or description, its OCR text, its place) for every item, by id: what BM25
        indexes."""
        return list(
            self.db.execute(
                "SELECT id, source, COALESCE(text, description, ''), COALESCE(ocr, ''), COALESCE(place, '') FROM items "
                "ORDER BY id"
            )
        )

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All writes inside commit together or not at all (a kill -9 leaves the previous state)."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # -- manifest --------------------------------------------------------
    def meta(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT key, value FROM meta"))

    def set_meta(self, values: dict[str, str]) -> None:
        with self.transaction() as db:
            db.executemany("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", values.items())

    # -- sources ---------------------------------------------------------
    def source(self, path: bytes) -> SourceRecord | None:
        row = self.db.execute(
            "SELECT path, display, kind, size, mtime, sha256, ctime FROM sources WHERE path = ?", (path,)
        ).fetchone()
        return SourceRecord(*row) if row else None

    def sources(self) -> list[SourceRecord]:
        rows = self.db.execute("SELECT path, display, kind, size, mtime, sha256, ctime FROM sources ORDER BY display")
        return [SourceRecord(*row) for row in rows]

    def sources_by_sha(self, sha256: str) -> list[SourceRecord]:
        rows = self.db.execute(
            "SELECT path, display, kind, size, mtime, sha256, ctime FROM sources WHERE sha256 = ?", (sha256,)
        )
        return [SourceRecord(*row) for row in rows]

    def item_counts_by_source(self) -> dict[bytes, int]:
        return dict(self.db.execute("SELECT source, COUNT(*) FROM items GROUP BY source"))

    # -- items -----------------------------------------------------------
    def items_of(self, source: bytes) -> list[ItemRecord]:
        return [
            ItemRecord(*r)
            for r in self.db.execute(
                f"SELECT {ITEM_COLUMNS} FROM items WHERE source = ? ORDER BY page, idx, kind", (source,)
            )
        ]

    def _rows_where_in(self, sql: str, keys: Iterable) -> Iterator[tuple]:
        """Rows of ``sql`` (which ends in ``IN ({marks})``) for every key, 500 keys a query (SQLite's variable
        limit)."""
        keys = list(keys)
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            yield from self.db.execute(sql.format(marks=",".join("?" * len(chunk))), chunk)

    def items(self, ids: Iterable[str]) -> dict[str, ItemRecord]:
        return {
            row[0]: ItemRecord(*row)
            for row in self._rows_where_in(f"SELECT {ITEM_COLUMNS} FROM items WHERE id IN ({{marks}})", ids)
        }

    def content_hashes(self) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT DISTINCT content_hash FROM items")}

    def all_item_ids(self) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT id FROM items")}

    def pending_items(self) -> list[ItemRecord]:
        return [
            ItemRecord(*r)
            for r in self.db.execute(f"SELECT {ITEM_COLUMNS} FROM items WHERE pending = 1 ORDER BY source, page, idx")
        ]

    def count_items(self) -> dict[str, int]:
        counts = dict.fromkeys(ITEM_KINDS, 0)
        counts.update(dict(self.db.execute("SELECT kind, COUNT(*) FROM items GROUP BY kind")))
        return counts

    def count_pending(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM items WHERE pending = 1").fetchone()[0]

    def ocr_pending_items(self) -> list[ItemRecord]:
        return [
            ItemRecord(*r)
            for r in self.db.execute(
                f"SELECT {ITEM_COLUMNS} FROM items WHERE ocr_pending = 1 ORDER BY source, page, idx"
            )
        ]

    def count_ocr_pending(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM items WHERE ocr_pending = 1").fetchone()[0]

    def sources_of(self, paths: Iterable[bytes]) -> list[SourceRecord]:
        return [
            SourceRecord(*row)
            for row in self._rows_where_in(
                "SELECT path, display, kind, size, mtime, sha256, ctime FROM sources WHERE path IN ({marks})", paths
            )
        ]

    # -- zero-shot labels ------------------------------------------------
    def top_labels(self, ids: Iterable[str]) -> dict[str, str]:
        return dict(
            self._rows_where_in("SELECT item_id, label FROM labels WHERE top = 1 AND item_id IN ({marks})", ids)
        )

    def label_counts(self) -> dict[str, int]:
        return dict(self.db.execute("SELECT label, COUNT(*) FROM labels WHERE top = 1 GROUP BY label ORDER BY label"))

    def image_items(self) -> list[ItemRecord]:
        return [
            ItemRecord(*r)
            for r in self.db.execute(f"SELECT {ITEM_COLUMNS} FROM items WHERE kind != 'text' ORDER BY id")
        ]

    # -- descriptions cache ----------------------------------------------
    def cached_description(self, content_hash: str, model: str) -> str | None:
        row = self.db.execute(
            "SELECT text FROM descriptions WHERE content_hash = ? AND model = ?", (content_hash, model)
        ).fetchone()
        return row[0] if row else None

    # -- OCR cache ---------------------------------------------------------
    def cached_ocr(self, content_hash: str, engine: str) -> str | None:
        row = self.db.execute(
            "SELECT text FROM ocr_texts WHERE content_hash = ? AND engine = ?", (content_hash, engine)
        ).fetchone()
        return row[0] if row else None


ITEM_COLUMNS = (
    "id, source, kind, page, idx, content_hash, text, description, pending, date, width, height, ocr, ocr_pending, "
    "time, place"
)

# The size, mtime and sha256 of a source whose items are only partly committed (a big file cut by a kill): it never
# matches the file on disk, so the next run reads the file again, and keeps the items already committed.
PARTIAL = SourceRecord(b"", "", "", -1, -1.0, "")

# Which image items of an index made before OCR need it; the same rule as ingest.ocr.needs_ocr:
# image files always, a page render when its page has no text layer, an embedded image when its page has one.
MARK_OCR_NEEDED = """
UPDATE items SET ocr_pending = 1 WHERE kind = 'image'
    OR (kind = 'pdf_page' AND NOT EXISTS (SELECT 1 FROM items t
                                          WHERE t.source = items.source AND t.page = items.page AND t.kind = 'text'))
    OR (kind = 'pdf_image' AND EXISTS (SELECT 1 FROM items t
                                       WHERE t.source = items.source AND t.page = items.page AND t.kind = 'text'))
"""


def write_source(db: sqlite3.Connection, source: SourceRecord, items: list[ItemRecord]) -> None:
    """Replace a source and its items (inside a transaction)."""
    db.execute("DELETE FROM items WHERE source = ?", (source.path,))
    write_part(db, source, items)


def write_part(db: sqlite3.Connection, source: SourceRecord, items: list[ItemRecord]) -> None:
    """Write a source's row and some of its items, keeping its other items (inside a transaction)."""
    db.execute(
        "INSERT INTO sources(path, display, kind, size, mtime, sha256, indexed_at, ctime) VALUES (?, ?, ?, ?, ?, ?, ?, "
        "?) ON CONFLICT(path) DO UPDATE SET "
        "display = excluded.display, kind = excluded.kind, size = excluded.size, mtime = excluded.mtime, sha256 = "
        "excluded.sha256, "
        # not OR REPLACE: that deletes the row, and its items with it (ON DELETE CASCADE)
        "indexed_at = excluded.indexed_at, ctime = excluded.ctime",
        (source.path, source.display, source.kind, source.size, source.mtime, source.sha256, time.time(), source.ctime),
    )
    db.executemany(
        f"INSERT OR REPLACE INTO items({ITEM_COLUMNS}) VALUES ({','.join('?' * 16)})",
        [
            (
                i.id,
                i.source,
                i.kind,
                i.page,
                i.idx,
                i.content_hash,
                i.text,
                i.description,
                int(i.pending),
                i.date,
                i.width,
                i.height,
                i.ocr,
                int(i.ocr_pending),
                i.time,
                i.place,
            )
            for i in items
        ],
    )


def delete_items(db: sqlite3.Connection, ids: list[str]) -> None:
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        db.execute(f"DELETE FROM items WHERE id IN ({','.join('?' * len(chunk))})", chunk)


def delete_source(db: sqlite3.Connection, path: bytes) -> None:
    db.execute("DELETE FROM items WHERE source = ?", (path,))
    db.execute("DELETE FROM sources WHERE path = ?", (path,))


def touch_source(db: sqlite3.Connection, path: bytes, size: int, mtime: float, ctime: float | None = None) -> None:
    """Record a new mtime (and change time) for a file whose content (hash) did not change."""
    db.execute("UPDATE sources SET size = ?, mtime = ?, ctime = ? WHERE path = ?", (size, mtime, ctime, path))


def replace_labels(db: sqlite3.Connection, rows: list[tuple[str, str, float, int]]) -> None:
    """Re-tagging replaces every label: rows are (item id, label, probability, is_top)."""
    db.execute("DELETE FROM labels")
    db.executemany("INSERT INTO labels(item_id, label, probability, top) VALUES (?, ?, ?, ?)", rows)


def set_description(db: sqlite3.Connection, item_id: str, content_hash: str, model: str, text: str) -> None:
    db.execute("UPDATE items SET description = ?, pending = 0 WHERE id = ?", (text, item_id))
    db.execute(
        "INSERT OR REPLACE INTO descriptions(content_hash, model, text) VALUES (?, ?, ?)", (content_hash, model, text)
    )


def set_ocr(db: sqlite3.Connection, item_id: str, content_hash: str, engine: str, text: str) -> None:
    """Store the text read in an item ('' for none) and cache it by content hash + engine."""
    db.execute("UPDATE items SET ocr = ?, ocr_pending = 0 WHERE id = ?", (text, item_id))
    db.execute(
        "INSERT OR REPLACE INTO ocr_texts(content_hash, engine, text) VALUES (?, ?, ?)", (content_hash, engine, text)
    )
