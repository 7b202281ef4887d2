"""BM25 over descriptions, text read in images (OCR), PDF text and file-name words, with bm25s.

The index is rebuilt from the catalog after each ingest or describe (bm25s
indexes ~100k short documents in seconds) and swapped in atomically, so a
reader never sees a half-written one.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from .catalog import Catalog

if TYPE_CHECKING:
    import bm25s


def _bm25s():
    """bm25s, imported on first use: it brings scipy (~0.15 s), which `status` and `sources` do not need. Its logger is
    quieted after the import (bm25s sets its own level when imported, and it logs every index build)."""
    import bm25s

    logging.getLogger("bm25s").setLevel(logging.ERROR)
    return bm25s


NAME_WORDS = re.compile(r"[^\W_]+")
IDS_FILE = "item_ids.json"


def name_words(display_path: str) -> str:
    """'~/pics/Red_Star-01.png' -> 'Red Star 01' (folder and file name words, no extension)."""
    parts = Path(display_path).with_suffix("").parts[-2:]
    return " ".join(w for part in parts for w in NAME_WORDS.findall(part))


def documents(catalog: Catalog) -> list[tuple[str, str]]:
    """(item id, text) for every item: its text, or its description and OCR text, its place, plus its file's name
    words."""
    names = {s.path: name_words(s.display) for s in catalog.sources()}
    return [
        (item_id, " ".join(part for part in (body, ocr, place.replace(",", " "), names.get(source, "")) if part))
        for item_id, source, body, ocr, place in catalog.words_of_items()
    ]


def _tokenize(texts: list[str]):
    return _bm25s().tokenize(texts, stopwords="en", show_progress=False)


def build(catalog: Catalog, folder: Path) -> int:
    """(Re)build the BM25 index of the catalog into ``folder``; return the number of documents.

    bm25s refuses an empty vocabulary, so a corpus without a single word (only stop words, or
    nothing) gets an empty folder, which LexicalIndex.load reads as an index that finds nothing.
    """
    docs = documents(catalog)
    staging = folder.with_name(folder.name + ".new")
    shutil.rmtree(staging, ignore_errors=True)
    tokens = _tokenize([text for _, text in docs]) if docs else None
    if tokens is not None and tokens.vocab:
        bm25s = _bm25s()

        retriever = bm25s.BM25()
        retriever.index(tokens, show_progress=False)
        retriever.save(staging, show_progress=False)
        (staging / IDS_FILE).write_text(json.dumps([item_id for item_id, _ in docs]))
    else:  # no item, or not one word in any (a photo named a.jpg): an empty index, which finds nothing
        staging.mkdir(parents=True)
    old = folder.with_name(folder.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if folder.exists():
        os.replace(folder, old)
    os.replace(staging, folder)
    shutil.rmtree(old, ignore_errors=True)
    return len(docs)


_LOADED: dict[str, tuple[tuple[int, int], LexicalIndex]] = {}  # folder -> (ids file inode and mtime, index)
_LOADED_LOCK = threading.Lock()


@dataclass
class LexicalIndex:
    retriever: bm25s.BM25 | None
    ids: list[str]

    @classmethod
    def load(cls, folder: Path) -> LexicalIndex:
        """The index in ``folder``; loaded once per process and build (the front end opens an Engine per page run)."""
        try:
            stat = (folder / IDS_FILE).stat()
        except FileNotFoundError:
            return cls(None, [])
        key, stamp = str(folder.resolve()), (stat.st_ino, stat.st_mtime_ns)
        with _LOADED_LOCK:
            cached = _LOADED.get(key)
            if cached is None or cached[0] != stamp:
                bm25s = _bm25s()

                index = cls(bm25s.BM25.load(folder, show_progress=False), json.loads((folder / IDS_FILE).read_text()))
                _LOADED[key] = cached = (stamp, index)
        return cached[1]

    def search(self, query: str, k: int = 50) -> list[tuple[str, float]]:
        """Ranked (item id, BM25 score), positive scores only."""
        if self.retriever is None or not self.ids:
            return []
        bm25s = _bm25s()

        tokens = [
            t
            for t in bm25s.tokenize([query], stopwords="en", return_ids=False, show_progress=False)[0]
            if t in self.retriever.vocab_dict
        ]
        if not tokens:
            return []
        return [(self.ids[i], s) for i, s in top_k(self.retriever.get_scores(tokens), k)]


def top_k(scores: np.ndarray, k: int) -> list[tuple[int, float]]:
    """(index, score) of the k best positive scores, best first, ties by index (deterministic).

    A dense score array and a partial sort: ~15x faster than bm25s.retrieve for one
    query at 100k documents, where re-tokenising the query against the index's vocabulary dominated.
    """
    k = min(k, len(scores))
    if k <= 0:
        return []
    top = np.argpartition(-scores, k - 1)[:k] if k < len(scores) else np.arange(len(scores))
    top = top[np.lexsort((top, -scores[top]))]
    return [(int(i), float(scores[i])) for i in top if scores[i] > 0]
