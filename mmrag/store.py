"""Chroma, with explicit embeddings only: no embedding function, so no model is ever downloaded.

Two collections, both cosine: ``images`` (CLIP vectors of image items) and
``texts`` (text-model vectors of PDF text chunks, of image descriptions and of
text read in images by OCR; a description's id is the item id + ``#desc``, an
OCR text's the item id + ``#ocr``).

Embedded (the default), Chroma lives in the index folder. With a server URL
(``chroma run``), the vectors live on that server, in collections named
``PREFIX-images`` and ``PREFIX-texts`` (the prefix is the index's id, so several
indexes can share one server); a server that is down or goes away raises
ChromaUnreachableError.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import numpy as np

from .errors import ChromaUnreachableError, UsageError

log = logging.getLogger(__name__)

IMAGES, TEXTS = "images", "texts"
DESC_SUFFIX = "#desc"
OCR_SUFFIX = "#ocr"
BATCH = 2000  # bounds memory per call; never above the client's own max batch size (read from it)


def description_id(item_id: str) -> str:
    return item_id + DESC_SUFFIX


def ocr_id(item_id: str) -> str:
    return item_id + OCR_SUFFIX


def item_id_of(vector_id: str) -> str:
    return vector_id.removesuffix(DESC_SUFFIX).removesuffix(OCR_SUFFIX)


def text_vector_ids(item_ids: Iterable[str]) -> list[str]:
    """Every id an item may have in the texts collection: its own (PDF text), its description's, its OCR text's."""
    return [vid for i in item_ids for vid in (i, description_id(i), ocr_id(i))]


def parse_chroma_url(url: str) -> tuple[str, int, bool]:
    """``http(s)://host[:port]`` -> (host, port, ssl); the port defaults to 8000 (http) or 443 (https)."""
    parts = urlsplit(url if "://" in url else "http://" + url)
    try:
        port = parts.port
    except ValueError:
        port = -1
    if parts.scheme not in ("http", "https") or not parts.hostname or port == -1 or parts.path not in ("", "/"):
        raise UsageError(f"--chroma-url {url!r} is not a Chroma server URL", "Write it like http://127.0.0.1:8000")
    ssl = parts.scheme == "https"
    return parts.hostname, port or (443 if ssl else 8000), ssl


def normal_chroma_url(url: str) -> str:
    host, port, ssl = parse_chroma_url(url)
    return f"{'https' if ssl else 'http'}://{host}:{port}"


def chroma_where(query, image_collection: bool) -> dict | None:
    """A search's filters (retrieve.SearchQuery: kinds, after, before, label) as a Chroma ``where``; the path glob
    is applied afterwards."""
    clauses: list[dict] = []
    if query.kinds:
        clauses.append({"kind": {"$in": list(query.kinds)}})
    if query.after is not None:
        clauses.append({"date": {"$gte": query.after}})
    if query.before is not None:
        clauses.append({"date": {"$lt": query.before}})
    if query.label is not None:
        if not image_collection:
            clauses.append({"role": {"$in": ["description", "ocr"]}})
        clauses.append({"label": query.label})
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


def item_metadata(item, display: str, role: str, label: str | None = None) -> dict:
    """What Chroma keeps beside a vector of a catalog item (catalog.ItemRecord): enough to filter (kind, path, date,
    zero-shot label) and to find the item. Every vector of a tagged item carries its label (the catalog's top label),
    whenever it is written."""
    return {
        "item_id": item.id,
        "kind": item.kind,
        "path": display,
        "page": item.page,
        "date": item.date,
        "role": role,
        "label": label,
    }


class VectorStore:
    def __init__(self, folder: Path, url: str | None = None, prefix: str = ""):
        """Embedded Chroma in ``folder``, or the server at ``url`` with collections named ``prefix + name``."""
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        self.url = url
        settings = ChromaSettings(anonymized_telemetry=False)
        if url is None:
            self.client = chromadb.PersistentClient(path=str(folder), settings=settings)
        else:
            host, port, ssl = parse_chroma_url(url)
            with _server_errors(url):
                self.client = chromadb.HttpClient(host=host, port=port, ssl=ssl, settings=settings)
        with _server_errors(url):
            self.batch = max(1, min(BATCH, int(self.client.get_max_batch_size())))
            self.collections = {
                name: _guarded(
                    self.client.get_or_create_collection(
                        prefix + name, embedding_function=None, metadata={"hnsw:space": "cosine"}
                    ),
                    url,
                )
                for name in (IMAGES, TEXTS)
            }

    def upsert(
        self,
        name: str,
        ids: Sequence[str],
        vectors: np.ndarray,
        metadatas: Sequence[dict],
        documents: Sequence[str] | None = None,
    ) -> None:
        col = self.collections[name]
        for start in range(0, len(ids), self.batch):
            end = start + self.batch
            col.upsert(
                ids=list(ids[start:end]),
                embeddings=np.asarray(vectors[start:end], dtype=np.float32),
                metadatas=[_clean(m) for m in metadatas[start:end]],
                documents=list(documents[start:end]) if documents is not None else None,
            )

    def delete(self, name: str, ids: Iterable[str]) -> None:
        ids = list(ids)
        for start in range(0, len(ids), self.batch):
            self.collections[name].delete(ids=ids[start : start + self.batch])

    def vectors(self, name: str, ids: Sequence[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        for start in range(0, len(ids), self.batch):
            got = self.collections[name].get(ids=list(ids[start : start + self.batch]), include=["embeddings"])
            found.update({i: np.asarray(e, dtype=np.float32) for i, e in zip(got["ids"], got["embeddings"])})
        return found

    def ids(self, name: str) -> set[str]:
        col = self.collections[name]
        out: set[str] = set()
        total = col.count()
        for offset in range(0, total, self.batch):
            out.update(col.get(include=[], limit=self.batch, offset=offset)["ids"])
        return out

    def neighbours(self, name: str, ids: Sequence[str], k: int, batch: int = 256) -> dict[str, list[tuple[str, float]]]:
        """For each of ``ids``: its ``k`` nearest other vectors as (id, cosine similarity), best first.

        One k-NN query per batch of items (Chroma's HNSW index), never an all-pairs comparison."""
        col = self.collections[name]
        total = col.count()
        found: dict[str, list[tuple[str, float]]] = {}
        if total < 2 or k < 1:
            return {i: [] for i in ids}
        for start in range(0, len(ids), batch):
            vectors = self.vectors(name, list(ids[start : start + batch]))
            if not vectors:
                continue
            asked = list(vectors)
            got = col.query(
                query_embeddings=np.stack([vectors[i] for i in asked]),
                n_results=min(k + 1, total),
                include=["distances"],
            )
            for item, near, dists in zip(asked, got["ids"], got["distances"]):
                found[item] = [(other, 1.0 - float(d)) for other, d in zip(near, dists) if other != item][:k]
        return found

    def set_labels(self, labels: dict[str, str | None], after_batch=None) -> int:
        """Write each item's label (None: no label) on every vector of that item, in both collections, whatever its
        role (image, description, OCR, PDF text, later kinds), in batches below the client's maximum; return how many
        vectors changed."""
        item_ids = list(labels)
        written = 0
        for name, col in self.collections.items():
            for start in range(0, len(item_ids), self.batch):
                chunk = item_ids[start : start + self.batch]
                got = col.get(where={"item_id": {"$in": chunk}}, include=["metadatas"])
                pairs = [
                    (vid, labels[m["item_id"]])
                    for vid, m in zip(got["ids"], got["metadatas"])
                    if m and m.get("label") != labels.get(m.get("item_id"))
                ]
                for at in range(0, len(pairs), self.batch):
                    part = pairs[at : at + self.batch]
                    col.update(ids=[vid for vid, _ in part], metadatas=[{"label": label} for _, label in part])
                    written += len(part)
                    if after_batch is not None:
                        after_batch()
        return written

    def nearest(self, name: str, vector: np.ndarray, n: int, where: dict | None = None, with_vectors: bool = False):
        """Nearest items of collection ``name`` as (item id, cosine similarity), best first, one entry per item.

        Only ids and distances are fetched (metadata would cost several times the search itself);
        a description vector's id names its item (item_id_of).
        """
        include = ["distances"] + (["embeddings"] if with_vectors else [])
        got = self.collections[name].query(
            query_embeddings=np.asarray(vector, dtype=np.float32)[None, :], n_results=n, where=where, include=include
        )
        hits: list[tuple[str, float]] = []
        vectors: dict[str, np.ndarray] = {}
        seen: set[str] = set()
        embeddings = got.get("embeddings")
        for pos, (vector_id, distance) in enumerate(zip(got["ids"][0], got["distances"][0])):
            item_id = item_id_of(vector_id)
            if item_id in seen:
                continue
            seen.add(item_id)
            hits.append((item_id, 1.0 - float(distance)))
            if with_vectors and embeddings is not None:
                vectors[item_id] = np.asarray(embeddings[0][pos], dtype=np.float32)
        return hits, vectors

    def pages(self, name: str, page: int = 1024) -> Iterator[tuple[list[str], np.ndarray]]:
        """Every vector of collection ``name``, ``page`` at a time: (vector ids, vectors as rows)."""
        collection = self.collections[name]
        for offset in range(0, collection.count(), page):
            got = collection.get(include=["embeddings"], limit=page, offset=offset)
            if len(got["ids"]):
                yield list(got["ids"]), np.asarray(got["embeddings"], dtype=np.float32)

    def best_cosines(self, name: str, queries: np.ndarray, batch: int = 64) -> list[float]:
        """Each query's best cosine over collection ``name``, sorted."""
        best: list[float] = []
        for start in range(0, len(queries), batch):
            got = self.collections[name].query(
                query_embeddings=np.asarray(queries[start : start + batch], dtype=np.float32),
                n_results=1,
                include=["distances"],
            )
            best += [1.0 - float(d[0]) for d in got["distances"]]
        return sorted(best)

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


@contextmanager
def _server_errors(url: str | None) -> Iterator[None]:
    """Turns a lost connection to the Chroma server into ChromaUnreachableError (embedded: no change)."""
    try:
        yield
    except Exception as err:
        import httpx

        if url is not None and (
            isinstance(err, httpx.TransportError) or (isinstance(err, ValueError) and "connect" in str(err).lower())
        ):
            raise ChromaUnreachableError(url, type(err).__name__) from None
        raise


class _GuardedCollection:
    """A Chroma collection whose calls raise ChromaUnreachableError when the server is gone."""

    def __init__(self, collection, url: str | None):
        self._collection = collection
        self._url = url

    def __getattr__(self, name: str):
        value = getattr(self._collection, name)
        if self._url is None or not callable(value):
            return value

        def call(*args, **kwargs):
            with _server_errors(self._url):
                return value(*args, **kwargs)

        return call


def _guarded(collection, url: str | None):
    return collection if url is None else _GuardedCollection(collection, url)


def _clean(metadata: dict) -> dict:
    """Chroma metadata: scalars only, no None."""
    return {k: v for k, v in metadata.items() if v is not None}
