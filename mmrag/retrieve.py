"""Hybrid retrieval: three channels, fused by weighted reciprocal rank fusion, with a relevance cut-off.

Channels (each a small function returning ranked (item id, score)):
- ``clip``: the query's CLIP text vector (or an example image's CLIP vector) against image items;
- ``text``: the query's text-model vector against PDF text chunks, image descriptions and text read in images (OCR);
- ``bm25``: BM25 over descriptions, OCR text, PDF text and file-name words.

Cut-off: an item is kept only when some channel that returned it found *evidence*: its score beats
that channel's null model for this index (calibrate.py: the (1 - fpr / 3) quantile of the best scores of a bank of
unrelated queries), and for BM25 is also at least ``bm25_rel`` of the query's best. Once one of CLIP's three best
hits has evidence (``corroborate``), CLIP hits pass at the looser ``corroborated_fpr`` quantile when within ``clip_rel``
of the query's best CLIP evidence; a query with no evidence anywhere gains nothing from it. The calibrated CLIP score is
the image's z-score against its own null less the query's median z (calibrate.clip_evidence); the fixed one is the
margin over the image's similarity to contentless captions ("a photo."). An index too small to calibrate (or
a threshold set by the user) uses Cutoff's fixed values: a dense-text cosine of ``text_min``, a CLIP margin of
``clip_margin``. A query that matches nothing therefore returns nothing, not the k nearest anyway.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from . import places
from .calibrate import DEPTH, channel_fpr
from .catalog import ITEM_KINDS
from .errors import UsageError
from .fusion import TIE, Cutoff, Hit, agree, corroborate, rrf  # noqa: F401  (re-exported)
from .ingest.images import open_image
from .snippets import WORDS, matched_body, path_matches, snippet_of  # noqa: F401  (re-exported)
from .store import IMAGES, TEXTS, chroma_where

CHANNELS = ("clip", "text", "bm25")
NULL_CAPTIONS = ("a photo.", "an image.", "a picture.", "something.", "a photo of a thing.")


@dataclass(frozen=True)
class SearchQuery:
    text: str = ""
    image: Path | None = None
    k: int = 10
    kinds: tuple[str, ...] = ()
    path_glob: str | None = None
    after: float | None = None
    before: float | None = None
    label: str | None = None
    sort: str = "relevance"  # or "date"
    min_score: float | None = None
    place: str | None = None  # --place: city, region or country (mmrag/places.py)
    negatives: tuple[
        str, ...
    ] = ()  # --not: lower what matches these (CLIP and dense text: vector arithmetic; BM25: excluded)

    def __post_init__(self):
        """The one check of a query's shape, whatever front end built it (CLI, API, UI, ask, chat, eval)."""

        if self.k < 1:
            raise UsageError("-k must be at least 1")
        unknown = sorted(set(self.kinds) - set(ITEM_KINDS))
        if unknown:
            raise UsageError(f"unknown --kind {', '.join(unknown)}", "Use " + ", ".join(ITEM_KINDS))
        if self.sort not in ("relevance", "date"):
            raise UsageError(f"unknown --sort {self.sort}", "Use relevance or date")

    @property
    def empty(self) -> bool:
        return not self.text.strip() and self.image is None


@dataclass(frozen=True)
class ChannelHit:
    rank: int  # 1-based
    score: float
    evidence: bool
    threshold: float | None = (
        None  # the score evidence needed (for CLIP: the image's null-caption similarity + the margin)
    )
    quantile: float | None = None  # the null quantile the threshold came from; None: a fixed threshold


@dataclass
class SearchResult:
    id: str
    kind: str
    path: str
    page: int | None
    score: float
    channels: dict[str, ChannelHit] = field(default_factory=dict)
    snippet: str = ""
    description: str | None = None
    date: float | None = None
    ocr: str | None = None
    time: float | None = None  # video_frame: seconds from the start of the video
    place: str | None = None  # "City, Region, Country" of a photo with GPS EXIF


def _unit(vector: np.ndarray) -> np.ndarray:
    return vector / max(float(np.linalg.norm(vector)), 1e-12)


def _explain(ranked: tuple[int, Hit]) -> ChannelHit:
    rank, hit = ranked
    return ChannelHit(rank, hit.score, hit.evidence, hit.threshold, hit.quantile)


class Searcher:
    """Runs a SearchQuery over one index: channels, fusion, cut-off, filters, de-duplication."""

    def __init__(
        self,
        catalog,
        store,
        lexical,
        clip,
        text,
        weights: dict[str, float],
        rrf_k: float,
        cutoff: Cutoff,
        calibration=None,
    ):
        """``calibration``: the index's null model (calibrate.Calibration), None for the fixed thresholds."""
        self.catalog = catalog
        self.store = store
        self.lexical = lexical
        self.clip = clip
        self.text = text
        self.weights = weights
        self.rrf_k = rrf_k
        self.cutoff = cutoff
        self.calibration = calibration
        self._null: np.ndarray | None = None
        self._pool = ThreadPoolExecutor(max_workers=3, thread_name_prefix="mmrag-channel")
        self._null_lock = threading.Lock()
        # Seconds per stage of the last search (diagnostics for sequential callers such as `mmrag eval`):
        # encode (query vectors, summed over channels), channels (wall time, encoding included), fusion (RRF, cut-off,
        # catalog).
        self.last_timings: dict[str, float] = {}
        self._encode_s: list[float] = []

    def close(self) -> None:
        self._pool.shutdown(wait=False)

    def search(self, query: SearchQuery) -> list[SearchResult]:
        n = max(50, query.k * 5) * (4 if query.path_glob else 1)
        self._encode_s = []
        started = time.perf_counter()
        channels = agree(corroborate(self._channels(query, n), self.cutoff.corroborate_depth))
        channels_done = time.perf_counter()
        # Only hits with evidence take part in the fusion (all of them when --min-score replaces the cut-off),
        # so a channel's weak tail cannot push another channel's real matches down.
        voting = {
            name: [h.id for h in hits if h.evidence or query.min_score is not None] for name, hits in channels.items()
        }
        fused = rrf(voting, self.weights, self.rrf_k)
        explained = {name: {hit.id: (rank, hit) for rank, hit in enumerate(hits, 1)} for name, hits in channels.items()}
        wanted = len(fused) if query.sort == "date" else query.k
        results: list[SearchResult] = []
        seen_content: set[str] = set()
        # Catalog look-ups go only as deep as the results need: filters and de-duplication may drop some.
        step = max(2 * query.k, 20)
        for start in range(0, len(fused), step):
            if len(results) >= wanted:
                break
            self._collect(query, fused[start : start + step], explained, results, seen_content)
        if query.sort == "date":
            results.sort(key=lambda r: -(r.date or 0.0))
        self.last_timings = {
            "encode": sum(self._encode_s),
            "channels": channels_done - started,
            "fusion": time.perf_counter() - channels_done,
        }
        return results[: query.k]

    def _collect(
        self,
        query: SearchQuery,
        fused: list[tuple[str, float]],
        explained: dict,
        results: list[SearchResult],
        seen_content: set[str],
    ) -> None:
        """Append the fused hits that pass the filters and the cut-off, one per content hash."""
        items = self.catalog.items([i for i, _ in fused])
        labels = self.catalog.top_labels([i for i, _ in fused]) if query.label is not None else {}
        displays = {s.path: s.display for s in self.catalog.sources_of({it.source for it in items.values()})}
        for item_id, score in fused:
            item = items.get(item_id)
            if item is None or not self._passes(query, item, displays.get(item.source, ""), labels.get(item_id)):
                continue
            hits = {name: _explain(explained[name][item_id]) for name in CHANNELS if item_id in explained.get(name, {})}
            relevant = (
                score >= query.min_score if query.min_score is not None else any(h.evidence for h in hits.values())
            )
            if not relevant or item.content_hash in seen_content:
                continue
            seen_content.add(item.content_hash)
            terms = query.text.split()
            body = item.text if item.kind == "text" else matched_body(item.description, item.ocr, terms)
            results.append(
                SearchResult(
                    id=item.id,
                    kind=item.kind,
                    path=displays.get(item.source, ""),
                    page=item.page,
                    score=round(score, 6),
                    channels=hits,
                    snippet=snippet_of(body, terms) or Path(displays.get(item.source, "")).name,
                    description=item.description,
                    date=item.date,
                    ocr=item.ocr,
                    time=item.time,
                    place=item.place or None,
                )
            )

    def _channels(self, query: SearchQuery, n: int) -> dict[str, list[Hit]]:
        """Run the channels the query needs, concurrently (Chroma and BM25 release the GIL for their search)."""
        tasks = {}
        wants_images = not query.kinds or any(k != "text" for k in query.kinds)
        if query.image is not None and wants_images:
            tasks["clip"] = lambda: self._clip_by_image(query, n)
        elif query.text and wants_images:
            tasks["clip"] = lambda: self._clip_by_text(query, n)
        if query.text:
            tasks["text"] = lambda: self._dense_text(query, n)
            tasks["bm25"] = lambda: self._bm25(query, n * 2)
        if not tasks:
            return {}
        *others, (last, last_task) = tasks.items()
        futures = {name: self._pool.submit(task) for name, task in others}
        done = {last: last_task()}  # the last channel runs on this thread: one hand-off fewer
        return {**{name: future.result() for name, future in futures.items()}, **done}

    def threshold(self, channel: str, fixed: float, fpr: float | None = None) -> tuple[float, float | None]:
        """(threshold, quantile) of a channel at ``fpr`` (default: its share of the cut-off's, calibrate.channel_fpr):
        from the index's null model, else ``fixed`` (quantile None)."""
        fpr = channel_fpr(self.cutoff.fpr) if fpr is None else fpr
        calibrated = self.calibration.threshold(channel, fpr) if self.calibration is not None else None
        return (fixed, None) if calibrated is None else (calibrated, round(1.0 - fpr, 6))

    def thresholds(self, channel: str, fixed: float) -> tuple[tuple[float, float | None], tuple[float, float | None]]:
        """(threshold, quantile) alone and in agreement with another channel (the same when there is no agreement
        rule)."""
        alone = self.threshold(channel, fixed)
        return alone, (
            self.threshold(channel, fixed, self.cutoff.pair_fpr) if self.cutoff.pair_fpr is not None else alone
        )

    def _clip_by_image(self, query: SearchQuery, n: int):
        """Query by example; with a text too, both CLIP vectors combined ("this photo, but at night"). Evidence stays
        the example's own similarity (``image_min``); the ranking follows the combined (and --not) vector."""

        example = self.clip.embed_images([open_image(query.image)])[0]
        ranking = _unit(example + self._encode(self.clip, query.text)) if query.text else example
        ranking = self._minus(self.clip, ranking, query.negatives)
        hits, vectors = self.store.nearest(IMAGES, ranking, n, chroma_where(query, True), with_vectors=True)
        own = {i: float(vectors[i] @ example) if i in vectors else s for i, s in hits}
        return [Hit(i, s, own[i] >= self.cutoff.image_min, self.cutoff.image_min) for i, s in hits]

    def _clip_by_text(self, query: SearchQuery, n: int):
        """CLIP channel for a text query. With --not, items are ranked by the arithmetic vector (query minus the
        negatives, as rclip's --subtract), while evidence is still the positive query's own score against the
        cut-off."""

        vector = self._encode(self.clip, query.text)
        ranking = self._minus(self.clip, vector, query.negatives)
        hits, vectors = self.store.nearest(IMAGES, ranking, n, chroma_where(query, True), with_vectors=True)
        (margin, quantile), (pair_margin, pair_quantile) = self.thresholds("clip", self.cutoff.clip_margin)
        own = {i: float(vectors[i] @ vector) for i, _ in hits}
        if quantile is not None and self.calibration.clip_stats:
            base, scale = self._clip_null_of([i for i, _ in hits], own)
        else:  # fixed margin over the image's similarity to contentless captions
            null = self.null_vector()
            base, scale = {i: float(vectors[i] @ null) for i, _ in hits}, dict.fromkeys(own, 1.0)
        need = {i: base[i] + scale[i] * margin for i in own}
        pair = {i: base[i] + scale[i] * pair_margin for i in own}
        loose_margin, loose_quantile = (
            self.threshold("clip", margin, self.cutoff.corroborated_fpr)
            if quantile is not None and self.cutoff.corroborated_fpr is not None
            else (margin, quantile)
        )
        if loose_quantile is not None and own:  # and within clip_rel of the query's best evidence, as BM25's rule
            loose_margin = max(loose_margin, self.cutoff.clip_rel * max((own[i] - base[i]) / scale[i] for i in own))
        loose = {i: base[i] + scale[i] * loose_margin for i in own}

        def beyond(i: str, level: dict[str, float]) -> bool:
            # strictly beyond the null, not level with it: in a corpus whose images CLIP cannot tell apart (pages of
            # text rendered alike) every bank query's best evidence is exactly 0, and so is every query's
            return own[i] - level[i] > TIE * scale[i]

        return [
            Hit(
                i,
                s,
                *(beyond(i, need), round(need[i], 6), quantile),
                *(beyond(i, pair), round(pair[i], 6), pair_quantile),
                *(beyond(i, loose), round(loose[i], 6), loose_quantile),
            )
            for i, s in hits
        ]

    def _clip_null_of(self, ids: list[str], own: dict[str, float]) -> tuple[dict[str, float], dict[str, float]]:
        """Per hit, the cosine at which its calibrated CLIP evidence (calibrate.clip_evidence) is 0, and the cosine
        per unit of evidence: the image's own null mean and std, shifted by the query's median z over its
        ``DEPTH`` nearest hits. An image added after the calibration gets the corpus's mean null."""

        stats = self.calibration.clip_stats
        fallback = np.mean(list(stats.values()), axis=0)
        mean_std = {i: stats.get(i, fallback) for i in ids}
        z = [(own[i] - mean_std[i][0]) / mean_std[i][1] for i in ids[:DEPTH]]
        median = float(np.median(z)) if z else 0.0
        return ({i: m + s * median for i, (m, s) in mean_std.items()}, {i: float(s) for i, (_, s) in mean_std.items()})

    def _dense_text(self, query: SearchQuery, n: int):

        vector = self._encode(self.text, query.text)
        ranking = self._minus(self.text, vector, query.negatives)
        hits, vectors = self.store.nearest(
            TEXTS, ranking, n, chroma_where(query, False), with_vectors=bool(query.negatives)
        )
        own = {i: float(vectors[i] @ vector) if i in vectors else s for i, s in hits}
        (needed, quantile), (pair, pair_quantile) = self.thresholds("text", self.cutoff.text_min)
        return [
            Hit(i, s, own[i] >= needed, round(needed, 6), quantile, own[i] >= pair, round(pair, 6), pair_quantile)
            for i, s in hits
        ]

    def _minus(self, model, vector: np.ndarray, negatives: Sequence[str]) -> np.ndarray:
        """``vector`` minus the mean of the negatives' vectors, unit length: cosine to it ranks by "like the query,
        unlike the negatives" (the negatives' own weight is the query's: one subtraction, as rclip does)."""
        if not negatives:
            return vector
        negative = _unit(np.mean([self._encode(model, text) for text in negatives], axis=0))
        return _unit(vector - negative)

    def _encode(self, model, text: str) -> np.ndarray:
        started = time.perf_counter()
        vector = model.embed_texts([text])[0]
        self._encode_s.append(time.perf_counter() - started)
        return vector

    def _bm25(self, query: SearchQuery, n: int):
        hits = self.lexical.search(query.text, n)
        if query.negatives:  # --not: an item whose text holds a negative term is not a BM25 hit
            banned = {
                i for text in query.negatives for i, _ in self.lexical.search(text, max(len(self.lexical.ids), 1))
            }
            hits = [(i, s) for i, s in hits if i not in banned]
        best = hits[0][1] if hits else 0.0
        (floor, quantile), (pair_floor, pair_quantile) = self.thresholds("bm25", 0.0)
        needed, pair = max(self.cutoff.bm25_rel * best, floor), max(self.cutoff.bm25_rel * best, pair_floor)
        # level with the null's quantile counts (any positive score): BM25's null is discrete, most bank queries share
        # no word with the index (0) and the few that do tie at a one-word match, so at a third of 1 % the quantile is
        # often exactly a one-word score, and a query's own word printed on a page must still be evidence
        return [
            Hit(
                i,
                s,
                *(s > 0 and s >= needed, round(needed, 6), quantile),
                *(s > 0 and s >= pair, round(pair, 6), pair_quantile),
            )
            for i, s in hits
        ]

    def null_vector(self) -> np.ndarray:
        with self._null_lock:
            return self._null_vector_locked()

    def _null_vector_locked(self) -> np.ndarray:
        if self._null is None:
            vectors = self.clip.embed_texts(list(NULL_CAPTIONS))
            mean = vectors.mean(axis=0)
            self._null = mean / max(float(np.linalg.norm(mean)), 1e-12)
        return self._null

    @staticmethod
    def _passes(query: SearchQuery, item, display: str, label: str | None) -> bool:
        if query.kinds and item.kind not in query.kinds:
            return False
        if query.after is not None and (item.date is None or item.date < query.after):
            return False
        if query.before is not None and (item.date is None or item.date >= query.before):
            return False
        if query.label is not None and label != query.label:
            return False
        if query.place is not None and not places.matches(item.place, query.place):
            return False
        return path_matches(display, query.path_glob)
