"""A null model per index and channel: how well does a query about nothing in the index score here?

The bank (mmrag/data/null_queries.txt) is a few hundred short queries about nothing in particular: taxes,
recipes, code, numbers, emoji, a dozen languages. Each is run against the index like a search, channel by
channel, and the channel's *best* score over the corpus is kept: the null distribution of "the top hit of a
query that should find nothing". A hit is evidence when its score beats that distribution's (1 - fpr / 3)
quantile (``channel_fpr``), so about ``fpr`` of unrelated queries get anything at all, whatever the model's similarity
scale (tiny CLIP, ViT-B-32, SigLIP, any text model) and whatever the corpus.

Statistics (the same ones retrieve.Searcher tests, see the README for the measurements behind them):
- ``clip``: per image, its cosines to the whole bank give a mean and a spread (``clip_stats``); a query's score
  on an image is its z-score against that image's own null, z = (cosine - mean) / std, less the median z of the
  query's ``DEPTH`` nearest images (``clip_evidence``). The null is each bank query's best such score. An image
  every text lands on (a hub) is judged against its own high null, and a query that lifts every image alike (the
  tiny CLIP maps any text onto some shape) gains nothing from it;
- ``text``: the best dense-text cosine;
- ``bm25``: the best BM25 score (0 when no query word is in the index).

Stored as calibration.json in the index folder with the item counts it was computed on; recomputed when
those changed by more than ``STALE_CHANGE`` (or text was added where there was none), when the models or the
bank changed. A channel with fewer than ``MIN_ITEMS`` items is not calibrated: retrieve.Cutoff's fixed values apply.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from .store import IMAGES, TEXTS

log = logging.getLogger(__name__)

BANK_FILE = Path(__file__).parent / "data" / "null_queries.txt"
FILE_NAME = "calibration.json"
VERSION = 2  # 2: the CLIP null is per image (clip_stats) and per query (the median of its nearest images)
DEFAULT_FPR = 0.01
MIN_ITEMS = 10  # fewer items in a channel: its null is too coarse, the fixed thresholds apply
STALE_CHANGE = 0.10  # recompute when an item count moved by more than this fraction
DEPTH = 50  # nearest images whose CLIP margins are checked, as a search does (retrieve.Searcher.search)
STATISTICS = {
    "clip": "best CLIP z-score against the image's own null, less the query's median over its nearest images",
    "text": "best dense-text cosine",
    "bm25": "best BM25 score",
}


def load_bank(path: Path = BANK_FILE) -> list[str]:
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("# ")]


def bank_digest(bank: list[str]) -> str:
    return hashlib.sha256("\n".join(bank).encode()).hexdigest()[:16]


def channel_fpr(fpr: float) -> float:
    """Each channel's share of the cut-off's false-positive rate: an unrelated query gets a result when any of the
    three channels lets it through, so each gets a third (Bonferroni). Measured on a fresh corpus with 48 new off-corpus
    queries: 1 % per channel let 6 % of them through (README, "Why these choices")."""
    return fpr / len(STATISTICS)


def quantile_of(null: list[float], fpr: float) -> float:
    """The (1 - fpr) quantile of a null, rounded up to an observed value (never below what was seen)."""
    return float(np.quantile(np.asarray(null, dtype=np.float64), 1.0 - fpr, method="higher"))


@dataclass
class Calibration:
    counts: dict[str, int]  # the catalog counts it was computed on (see counts_of)
    nulls: dict[str, list[float]]  # channel -> one best score per bank query, sorted; absent: not calibrated
    clip_stats: dict[str, list[float]] = field(
        default_factory=dict
    )  # image item id -> [mean, std] of its cosines to the bank
    clip: str = ""
    text_model: str = ""
    bank: str = ""
    created: float = field(default_factory=time.time)
    version: int = VERSION

    def threshold(self, channel: str, fpr: float) -> float | None:
        null = self.nulls.get(channel)
        return quantile_of(null, fpr) if null else None

    def without(self, channels: set[str]) -> Calibration:
        """A copy whose ``channels`` use the fixed thresholds."""
        return (
            Calibration(**{**asdict(self), "nulls": {c: n for c, n in self.nulls.items() if c not in channels}})
            if channels
            else self
        )

    def summary(self, fpr: float, current: dict[str, int] | None = None) -> dict:
        """What `mmrag status` shows: per channel the threshold at its share of ``fpr`` (channel_fpr), or that the fixed
        fallback applies."""
        fpr = channel_fpr(fpr)
        channels = {}
        for name, statistic in STATISTICS.items():
            null = self.nulls.get(name)
            channels[name] = (
                {
                    "threshold": round(quantile_of(null, fpr), 6),
                    "statistic": statistic,
                    "null_median": round(float(np.median(null)), 6),
                }
                if null
                else {"threshold": None, "fallback": "fixed threshold (too few items to calibrate)"}
            )
        out = {
            "quantile": round(1.0 - fpr, 6),
            "queries": max((len(n) for n in self.nulls.values()), default=0),
            "channels": channels,
            "counts": self.counts,
            "created": round(self.created, 3),
        }
        if current is not None:
            out["stale"] = is_stale(self, current)
        return out


def counts_of(catalog) -> dict[str, int]:
    """Cheap catalog counts that say how much each channel holds: images (CLIP), texts (dense text and BM25)."""
    images, texts, described, read = catalog.db.execute(
        "SELECT COALESCE(SUM(kind != 'text'), 0), COALESCE(SUM(kind = 'text'), 0), COALESCE(SUM(COALESCE(description, "
        "'') != ''), 0), "
        "COALESCE(SUM(COALESCE(ocr, '') != ''), 0) FROM items"
    ).fetchone()
    return {"images": int(images), "texts": int(texts) + int(described) + int(read)}


def is_stale(
    calibration: Calibration | None, counts: dict[str, int], clip: str | None = None, text_model: str | None = None
) -> bool:
    if calibration is None or calibration.version != VERSION or calibration.bank != bank_digest(load_bank()):
        return True
    if (clip and clip != calibration.clip) or (text_model and text_model != calibration.text_model):
        return True
    for key, now in counts.items():
        then = calibration.counts.get(key, 0)
        if (then == 0) != (now == 0) or abs(now - then) > STALE_CHANGE * then:
            return True
    return False


def load(folder: Path) -> Calibration | None:
    try:
        data = json.loads((folder / FILE_NAME).read_text())
        return Calibration(**data) if data.get("version") == VERSION else None
    except (OSError, ValueError, TypeError):
        return None


def save(folder: Path, calibration: Calibration) -> None:
    """Atomically; an index on a read-only disk keeps its calibration in memory only."""
    staging = folder / f".{FILE_NAME}.{os.getpid()}"
    try:
        staging.write_text(json.dumps(asdict(calibration)))
        os.replace(staging, folder / FILE_NAME)
    except OSError as err:
        log.info("calibration not saved in %s: %s", folder, err)
        staging.unlink(missing_ok=True)


def compute(
    store, lexical, clip, text, null_vector: np.ndarray, counts: dict[str, int], clip_id: str = "", text_id: str = ""
) -> Calibration:
    """Score the bank against the index, channel by channel (clip/text: the embedders; null_vector: no longer used since
    the CLIP null became per image)."""

    bank = load_bank()
    nulls: dict[str, list[float]] = {}
    clip_stats: dict[str, list[float]] = {}
    if store.count(IMAGES) >= MIN_ITEMS:
        clip_stats, nulls["clip"] = clip_null(store, clip.embed_texts(bank))
    if store.count(TEXTS) >= MIN_ITEMS:
        nulls["text"] = store.best_cosines(TEXTS, text.embed_texts(bank))
    if len(lexical.ids) >= MIN_ITEMS:
        nulls["bm25"] = sorted(float(hits[0][1]) if hits else 0.0 for hits in (lexical.search(q, 1) for q in bank))
    return Calibration(
        counts=counts, nulls=nulls, clip_stats=clip_stats, clip=clip_id, text_model=text_id, bank=bank_digest(bank)
    )


def clip_null(
    store, queries: np.ndarray, depth: int = DEPTH, page: int = 1024
) -> tuple[dict[str, list[float]], list[float]]:
    """Per image, [mean, std] of its cosines to the bank; per bank query, its best ``clip_evidence`` score."""
    ids: list[str] = []
    cosines: list[np.ndarray] = []  # per page of images: bank x images
    queries = np.asarray(queries, dtype=np.float32)
    for page_ids, vectors in store.pages(IMAGES, page):
        ids += page_ids
        cosines.append(queries @ vectors.T)
    matrix = np.concatenate(cosines, axis=1)
    mean, std = matrix.mean(axis=0), np.maximum(matrix.std(axis=0), 1e-6)
    n = min(depth, matrix.shape[1])
    nearest = np.argpartition(-matrix, n - 1, axis=1)[:, :n]
    best = [float(clip_evidence(row[idx], mean[idx], std[idx]).max()) for row, idx in zip(matrix, nearest)]
    return {i: [float(m), float(s)] for i, m, s in zip(ids, mean, std)}, sorted(best)


def clip_evidence(cosines: np.ndarray, mean: np.ndarray, std: np.ndarray) -> np.ndarray:
    """A query's CLIP evidence on its nearest images: each image's z-score against its own null (``mean``, ``std``
    of its cosines to the bank) less the median z over these images."""
    z = (np.asarray(cosines, dtype=np.float64) - mean) / std
    return z - np.median(z)


def current(folder: Path, catalog, build) -> Calibration:
    """The index's calibration: the stored one while it is fresh, else ``build(counts)`` (then stored)."""
    counts = counts_of(catalog)
    meta = catalog.meta()
    stored = load(folder)
    if not is_stale(stored, counts, meta.get("clip"), meta.get("text_model")):
        return stored
    started = time.perf_counter()
    calibration = build(counts)
    calibration.clip, calibration.text_model = meta.get("clip", ""), meta.get("text_model", "")
    log.info(
        "calibrated the relevance cut-off on %d null queries in %.1f s", len(load_bank()), time.perf_counter() - started
    )
    save(folder, calibration)
    return calibration
