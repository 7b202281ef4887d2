"""Search latency at 10k and 100k items: hybrid search next to a bare Chroma query, in one run.

    python benchmarks/bench_search.py [--sizes 10000 100000] [--queries 100]

A synthetic index per size, written through the catalog and store APIs: 70 % image items
(random unit CLIP vectors, 128-d; half with a description) and 30 % text items (384-d
vectors), texts of 12-30 words drawn from a 3,000-word vocabulary; BM25 built as ingest does.
Query encoders are deterministic fakes of the same dimensions, so the figures are the
retrieval itself (channels, fusion, cut-off, catalog look-ups); the encoders' own cost is
reported apart (tiny CLIP + MiniLM on one query). The bare query is one Chroma query on the
image collection with a precomputed vector, k = 10.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from mmrag import lexical
from mmrag.catalog import Catalog, ItemRecord, SourceRecord, write_source
from mmrag.retrieve import Cutoff, Searcher, SearchQuery
from mmrag.store import IMAGES, TEXTS, VectorStore, description_id


class RandomEncoder:
    """Deterministic per text, unit vectors of a given size (stands in for a query encoder)."""

    def __init__(self, dim: int):
        self.dim = dim

    def embed_texts(self, texts):
        out = []
        for text in texts:
            rng = np.random.default_rng(abs(hash(text)) % (2**32))
            v = rng.standard_normal(self.dim).astype(np.float32)
            out.append(v / np.linalg.norm(v))
        return np.stack(out)


def unit(rng, n, dim):
    v = rng.standard_normal((n, dim)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def build(folder: Path, n: int, seed: int = 0, store: VectorStore | None = None, clip_dim: int = 128):
    """The synthetic index; ``store``: another VectorStore (e.g. on a Chroma server) instead of embedded in
    ``folder``; ``clip_dim``: the image vectors' size (bench_cli.py pads a real index of a ViT-B-32: 512)."""
    rng = np.random.default_rng(seed)
    words = [f"w{i}" for i in range(3000)]
    pyrng = random.Random(seed)
    catalog = Catalog(folder / "catalog.sqlite")
    store = store or VectorStore(folder / "chroma")
    start = time.perf_counter()
    per_source = 10
    for first in range(0, n, 5000):
        count = min(5000, n - first)
        items, metas_i, metas_t, ids_i, ids_t, docs_t = [], [], [], [], [], []
        for j in range(first, first + count):
            kind = "image" if pyrng.random() < 0.7 else "text"
            text = " ".join(pyrng.choices(words, k=pyrng.randint(12, 30)))
            described = kind == "image" and j % 2 == 0
            source = f"/corpus/file_{j // per_source}.pdf".encode()
            item = ItemRecord(
                f"item{j:07d}",
                source,
                kind,
                1,
                j,
                f"{j:064x}",
                text if kind == "text" else None,
                text if described else None,
                False,
                float(j),
                None,
                None,
            )
            items.append(item)
            meta = {"item_id": item.id, "kind": kind, "path": source.decode(), "page": 1, "date": float(j)}
            if kind == "image":
                ids_i.append(item.id)
                metas_i.append({**meta, "role": "image"})
            if kind == "text" or described:
                ids_t.append(item.id if kind == "text" else description_id(item.id))
                metas_t.append({**meta, "role": "text" if kind == "text" else "description"})
                docs_t.append(text)
        store.upsert(IMAGES, ids_i, unit(rng, len(ids_i), clip_dim), metas_i)
        store.upsert(TEXTS, ids_t, unit(rng, len(ids_t), 384), metas_t, docs_t)
        with catalog.transaction() as db:
            by_source: dict[bytes, list[ItemRecord]] = {}
            for item in items:
                by_source.setdefault(item.source, []).append(item)
            for source, its in by_source.items():
                write_source(db, SourceRecord(source, source.decode(), "pdf", 1, 0.0, "0" * 64), its)
        done = first + count
        if done % 100_000 == 0 and done < n:  # long builds say how far they are, and the current rate (stderr)
            print(
                f"build: {done:,} items, {done / (time.perf_counter() - start):.0f} items/s so far",
                file=sys.stderr,
                flush=True,
            )
    insert_s = time.perf_counter() - start
    lexical.build(catalog, folder / "bm25")
    return catalog, store, insert_s, words


def percentile(values, p):
    return sorted(values)[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def measure(n: int, queries: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        catalog, store, insert_s, words = build(Path(tmp), n)
        searcher = Searcher(
            catalog,
            store,
            lexical.LexicalIndex.load(Path(tmp) / "bm25"),
            RandomEncoder(128),
            RandomEncoder(384),
            {"clip": 2.0, "text": 1.0, "bm25": 1.0},
            60.0,
            Cutoff(clip_margin=-1.0, text_min=-1.0),
        )
        rng = random.Random(1)
        texts = [" ".join(rng.choices(words, k=3)) for _ in range(queries)]
        vectors = RandomEncoder(128).embed_texts(texts)
        col = store.collections[IMAGES]
        for t in texts[:5]:  # warm-up
            searcher.search(SearchQuery(text=t, k=10))
            col.query(query_embeddings=vectors[:1], n_results=10)
        bare, hybrid = [], []
        for t, v in zip(texts, vectors):
            s = time.perf_counter()
            col.query(query_embeddings=v[None, :], n_results=10)
            bare.append((time.perf_counter() - s) * 1000)
            s = time.perf_counter()
            results = searcher.search(SearchQuery(text=t, k=10))
            hybrid.append((time.perf_counter() - s) * 1000)
            assert results
        catalog.close()
        return {
            "items": n,
            "insert_items_per_s": round(n / insert_s),
            "bare_p50_ms": round(statistics.median(bare), 2),
            "bare_p95_ms": round(percentile(bare, 95), 2),
            "hybrid_p50_ms": round(statistics.median(hybrid), 2),
            "hybrid_p95_ms": round(percentile(hybrid, 95), 2),
            "hybrid_over_bare_p95": round(percentile(hybrid, 95) / percentile(bare, 95), 2),
        }


def encoder_cost() -> dict:
    from mmrag.backends.clip import OpenClipModel
    from mmrag.backends.text import SentenceTransformerEmbedder

    clip, text = OpenClipModel("tiny").load(), SentenceTransformerEmbedder("all-MiniLM-L6-v2").load()
    clip.embed_texts(["warm"]), text.embed_texts(["warm"])
    out = {}
    for name, fn in (("tiny_clip_text_ms", clip.embed_texts), ("minilm_ms", text.embed_texts)):
        times = []
        for q in range(20):
            s = time.perf_counter()
            fn([f"a red star number {q}"])
            times.append((time.perf_counter() - s) * 1000)
        out[name] = round(statistics.median(times), 2)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--queries", type=int, default=100)
    args = ap.parse_args()
    rows = [measure(n, args.queries) for n in args.sizes]
    for small, big in zip(rows, rows[1:]):
        big["hybrid_p95_growth"] = round(big["hybrid_p95_ms"] / small["hybrid_p95_ms"], 2)
        big["bare_p95_growth"] = round(big["bare_p95_ms"] / small["bare_p95_ms"], 2)
    print(json.dumps({"sizes": rows, "query_encoders": encoder_cost()}, indent=2))


if __name__ == "__main__":
    main()
