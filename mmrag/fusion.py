"""Which channel hits count as evidence, and how the channels fuse (pure): the cut-off's thresholds (``Cutoff``),
channel agreement, the corroborated CLIP channel, and weighted reciprocal rank fusion. retrieve.py runs the channels
and applies these; README "Why these choices" gives the measurements behind each default."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

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


def agree(channels: dict[str, list[tuple]]) -> dict[str, list[tuple]]:
    """Channel agreement: a hit that fails its channel's test alone has evidence when at least two channels pass
    their looser agreement thresholds for the same item.

    In: per channel (id, score, evidence, threshold, quantile, passes agreement, its threshold, its quantile);
    out: (id, score, evidence, threshold, quantile), with the agreement threshold where agreement made the evidence."""
    votes: dict[str, int] = {}
    for hits in channels.values():
        for hit in hits:
            votes[hit[0]] = votes.get(hit[0], 0) + bool(hit[5])
    return {
        name: [
            hit[:5] if hit[2] or not hit[5] or votes[hit[0]] < 2 else (hit[0], hit[1], True, hit[6], hit[7])
            for hit in hits
        ]
        for name, hits in channels.items()
    }


def corroborate(channels: dict[str, list[tuple]], depth: int = 3) -> dict[str, list[tuple]]:
    """The CLIP channel at its looser quantile when one of its ``depth`` best hits has evidence by some channel's own
    test.

    In: CLIP hits (id, score, evidence, threshold, quantile, agreement's three, then passes the looser test, its
    threshold, its quantile); the other channels' hits start (id, score, evidence). Out: CLIP hits without the last
    three, their evidence from the looser test (with its threshold and quantile) when corroborated."""
    clip = channels.get("clip")
    if not clip or len(clip[0]) < 11:
        return channels
    top = {hit[0] for hit in clip[:depth]}
    corroborated = any(hit[0] in top and hit[2] for hits in channels.values() for hit in hits)
    out = [
        (hit[0], hit[1], True, hit[9], hit[10], *hit[5:8]) if corroborated and hit[8] and not hit[2] else hit[:8]
        for hit in clip
    ]
    return {**channels, "clip": out}
