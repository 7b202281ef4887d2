"""Chroma, with explicit embeddings only: no embedding function, so no model is ever downloaded.

Two collections, both cosine: ``images`` (CLIP vectors of image items) and
``texts`` (text-model vectors of PDF text chunks, of image descriptions and of
text read in images by OCR; a description's id is the item id + ``#desc``, an
OCR text's the item id + ``#ocr``).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

log = logging.getLogger(__name__)

IMAGES, TEXTS = "images", "texts"
DESC_SUFFIX = "#desc"
OCR_SUFFIX = "#ocr"
BATCH = 2000  # Chroma's max batch is larger; this bounds memory per call


def description_id(item_id: str) -> str:
    return item_id + DESC_SUFFIX


def ocr_id(item_id: str) -> str:
    return item_id + OCR_SUFFIX


def item_id_of(vector_id: str) -> str:
    return vector_id.removesuffix(DESC_SUFFIX).removesuffix(OCR_SUFFIX)


def text_vector_ids(item_ids: Iterable[str]) -> list[str]:
    """Every id an item may have in the texts collection: its own (PDF text), its description's, its OCR text's."""
    return [vid for i in item_ids for vid in (i, description_id(i), ocr_id(i))]


class VectorStore:
    def __init__(self, folder: Path):
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        self.client = chromadb.PersistentClient(path=str(folder), settings=ChromaSettings(anonymized_telemetry=False))
        self.collections = {
            name: self.client.get_or_create_collection(name, embedding_function=None, metadata={"hnsw:space": "cosine"})
            for name in (IMAGES, TEXTS)
        }

    def upsert(self, name: str, ids: Sequence[str], vectors: np.ndarray, metadatas: Sequence[dict], documents: Sequence[str] | None = None) -> None:
        col = self.collections[name]
        for start in range(0, len(ids), BATCH):
            end = start + BATCH
            col.upsert(
                ids=list(ids[start:end]),
                embeddings=np.asarray(vectors[start:end], dtype=np.float32),
                metadatas=[_clean(m) for m in metadatas[start:end]],
                documents=list(documents[start:end]) if documents is not None else None,
            )

    def delete(self, name: str, ids: Iterable[str]) -> None:
        ids = list(ids)
        for start in range(0, len(ids), BATCH):
            self.collections[name].delete(ids=ids[start : start + BATCH])

    def vectors(self, name: str, ids: Sequence[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        for start in range(0, len(ids), BATCH):
            got = self.collections[name].get(ids=list(ids[start : start + BATCH]), include=["embeddings"])
            found.update({i: np.asarray(e, dtype=np.float32) for i, e in zip(got["ids"], got["embeddings"])})
        return found

    def ids(self, name: str) -> set[str]:
        col = self.collections[name]
        out: set[str] = set()
        total = col.count()
        for offset in range(0, total, BATCH):
            out.update(col.get(include=[], limit=BATCH, offset=offset)["ids"])
        return out

    def count(self, name: str) -> int:
        return self.collections[name].count()

    def reconcile(self, item_ids: set[str]) -> int:
        """Delete vectors whose item the catalog does not list (left by a killed run); return how many."""
        removed = 0
        for name in (IMAGES, TEXTS):
            orphans = [v for v in self.ids(name) if item_id_of(v) not in item_ids]
            if orphans:
                self.delete(name, orphans)
                removed += len(orphans)
        if removed:
            log.info("removed %d vectors left by an interrupted run", removed)
        return removed


def _clean(metadata: dict) -> dict:
    """Chroma metadata: scalars only, no None."""
    return {k: v for k, v in metadata.items() if v is not None}
