"""Which channel hits count as evidence, and how the channels fuse (pure): the cut-off's thresholds (``Cutoff``),
channel agreement, the corroborated CLIP channel, and weighted reciprocal rank fusion. retrieve.py runs the channels
and applies these; README "Why these choices" gives the measurements behind each default."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple


class Hit(NamedTuple):
    """One channel's hit: the item and its score; whether it is evidence, against which threshold and null quantile
    (None: a fixed threshold); the same for agreement with another channel; and, for CLIP, the corroborated test."""

    id: str
    score: float
    evidence: bool
    threshold: float | None = None
    quantile: float | None = None
    pair_evidence: bool = False
    pair_threshold: float | None = None
    pair_quantile: float | None = None
    loose_evidence: bool = False
    loose_threshold: float | None = None
    loose_quantile: float | None = None


TIE = 1e-9  # CLIP evidence must exceed its threshold by more than rounding (in units of the null's spread)


@dataclass(frozen=True)
class Cutoff:
    """Evidence thresholds per channel: the null model's false-positive rate, and the fixed fallbacks
    (tuned on benchmarks/eval_retrieval.py's seed-5 corpus, see README) for an index too small to calibrate."""

    fpr: float = 0.01  # share of unrelated queries the calibrated cut-off may let through, a third per channel
    # A hit two channels support may pass at this looser null quantile in each (None: off, the default). Off since
    # measured with mmrag eval's metrics: on the tuning corpus (shapes seed 5) it costs recall@10 0.08 and nDCG@10
    # 0.11 and keeps out no off-corpus query; its gain on the PDF of facts is gone (README, "Why these choices").
    pair_fpr: float | None = None
    # The CLIP channel's looser rate once it is corroborated: one of its ``corroborate_depth`` best hits has evidence
    # by any channel's own test (CLIP's included). Then the CLIP ranking is shown to agree with evidence for this query,
    # and its other hits pass at this quantile (None: off). Measured query by query on the held-out combos and seed 23
    # (README, "Why these choices"): the tiny CLIP maps "a yellow star" where unrelated text lands, so its pictures
    # missed the 99 % test.
    corroborated_fpr: float | None = 0.1
    corroborate_depth: int = 3
    clip_rel: float = 0.8  # ... and only when its CLIP evidence is at least this fraction of the query's best
    clip_margin: float = 0.06
    text_min: float = 0.55
    bm25_rel: float = 0.5  # a BM25 hit is evidence when its score is at least this fraction of the query's best
    image_min: float = 0.0  # query by example: CLIP image-image cosine


def rrf(
    rankings: dict[str, Sequence[str]], weights: dict[str, float] | None = None, k: float = 60.0
) -> list[tuple[str, float]]:
    """Weighted reciprocal rank fusion: score(d) = sum over channels of w_c / (k + rank_c(d)), ranks 1-based.

    Returns (id, fused score) best first; ties are broken by id so the order is deterministic.
    """
    fused: dict[str, float] = {}
    for channel, ids in rankings.items():
        weight = 1.0 if weights is None else weights.get(channel, 1.0)
        if weight <= 0:
            continue
        for rank, item_id in enumerate(ids, 1):
            fused[item_id] = fused.get(item_id, 0.0) + weight / (k + rank)
    return sorted(fused.items(), key=lambda pair: (-pair[1], pair[0]))


def agree(channels: dict[str, list[Hit]]) -> dict[str, list[Hit]]:
    """Channel agreement: a hit that fails its channel's test alone has evidence when at least two channels pass
    their looser agreement thresholds for the same item; it is then reported against the agreement threshold."""
    votes: dict[str, int] = {}
    for hits in channels.values():
        for hit in hits:
            votes[hit.id] = votes.get(hit.id, 0) + bool(hit.pair_evidence)
    return {
        name: [
            hit._replace(evidence=True, threshold=hit.pair_threshold, quantile=hit.pair_quantile)
            if not hit.evidence and hit.pair_evidence and votes[hit.id] >= 2
            else hit
            for hit in hits
        ]
        for name, hits in channels.items()
    }


def corroborate(channels: dict[str, list[Hit]], depth: int = 3) -> dict[str, list[Hit]]:
    """The CLIP channel at its looser quantile when one of its ``depth`` best hits has evidence by some channel's own
    test: its hits that pass the looser test are evidence, reported against its threshold and quantile."""
    clip = channels.get("clip")
    if not clip:
        return channels
    top = {hit.id for hit in clip[:depth]}
    corroborated = any(hit.id in top and hit.evidence for hits in channels.values() for hit in hits)
    out = [
        hit._replace(evidence=True, threshold=hit.loose_threshold, quantile=hit.loose_quantile)
        if corroborated and hit.loose_evidence and not hit.evidence
        else hit
        for hit in clip
    ]
    return {**channels, "clip": out}
