"""Exact copies and near-duplicates among the index's image items. Nothing is deleted.

Exact: image items with the same content hash (copied files, the same picture in two PDFs).
Near: a k-NN query per item through Chroma's HNSW index (store.neighbours), edges whose
cosine similarity reaches the threshold, joined by union-find; never an all-pairs loop.

The default threshold adapts to the model, whose similarity scales differ (the bundled tiny
CLIP puts unrelated photos at cosine 0.98 and a re-encode at 0.99999; ViT-B-32 puts a
re-encode near 0.98 and unrelated photos far lower). It is measured on the index itself,
in distance (1 - cosine): ``d_probe``, how far a few indexed photos move when re-encoded,
resized and cropped a little (the "re-encode probe"), and ``d_null``, the median distance
of each item to its k-th nearest other item (k = NEIGHBOURS: past an item's own few copies). The threshold
is their geometric mean: ``1 - sqrt(d_probe * d_null)``, a factor of sqrt(d_null / d_probe)
away from each (see the README for the numbers measured on real photos).
"""

from __future__ import annotations

import io
import logging
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from .catalog import Catalog, ItemRecord
from .errors import UsageError
from .ingest.images import open_image
from .store import IMAGES, VectorStore

log = logging.getLogger(__name__)

NEIGHBOURS = 8  # nearest items looked at per item
PROBE_ITEMS = 8  # indexed photos perturbed to measure the re-encode distance
FALLBACK_THRESHOLD = 0.95  # when no indexed photo can be read for the probe
MIN_DISTANCE = 1e-7  # distances are floored here (float32 vectors)


@dataclass
class DuplicateGroup:
    kind: str  # "exact" | "near"
    similarity: float  # exact: 1.0; near: the weakest link that joined the group
    items: list[dict] = field(default_factory=list)  # {"id", "path", "page"}


@dataclass
class DuplicateReport:
    groups: list[DuplicateGroup]
    threshold: float
    threshold_source: str  # "given" | "probe" | "fallback"
    probe: dict = field(default_factory=dict)  # {"d_probe", "d_null", "photos_probed"} when measured


def check_threshold(threshold: float | None) -> None:
    if threshold is not None and not 0.0 < threshold <= 1.0:  # NaN fails the comparison too
        raise UsageError(
            f"--threshold {threshold} is not a cosine similarity in (0, 1]",
            "Use e.g. --threshold 0.95, or leave it out to let the index choose",
        )


class UnionFind:
    def __init__(self):
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:  # path compression
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def geometric_threshold(d_probe: float, d_null: float) -> float:
    """The cosine threshold halfway (in log distance) between the re-encode distance and the typical neighbour
    distance."""
    d_probe, d_null = max(d_probe, MIN_DISTANCE), max(d_null, MIN_DISTANCE)
    if d_null <= d_probe:  # everything is as close as a re-encode: only re-encode-close pairs count
        return 1.0 - d_probe
    return 1.0 - math.sqrt(d_probe * d_null)


def perturbations(image) -> list:
    """A photo re-encoded as JPEG (quality 75), resized to half, and cropped by 5% on each side."""
    from PIL import Image

    image = image.convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=75)
    reencoded = Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")
    w, h = image.size
    resized = image.resize((max(1, w // 2), max(1, h // 2)), Image.Resampling.BICUBIC)
    cropped = image.crop((w // 20, h // 20, w - w // 20, h - h // 20))
    return [reencoded, resized, cropped]


def probe_distance(paths: Sequence[str], embed_images: Callable) -> tuple[float, int]:
    """Median over photos of the largest cosine distance between a photo and its perturbations; (distance, photos
    used)."""
    worst: list[float] = []
    for path in paths:
        try:
            image = open_image(path, max_side=1024)
        except Exception as err:  # moved, deleted or unreadable since ingest: skip it
            log.info("probe skips %s: %s", path, err)
            continue
        vectors = np.asarray(embed_images([image, *perturbations(image)]), dtype=np.float64)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        worst.append(float(1.0 - (vectors[1:] @ vectors[0]).min()))
        if len(worst) >= PROBE_ITEMS:
            break
    return (float(np.median(worst)) if worst else float("nan")), len(worst)


def find_duplicates(
    catalog: Catalog,
    store: VectorStore,
    threshold: float | None = None,
    embed_images: Callable | None = None,
    k: int = NEIGHBOURS,
) -> DuplicateReport:
    """Exact and near-duplicate groups of image items. ``embed_images`` (the index's CLIP) is needed only
    to measure the default threshold; with ``threshold`` given no model is loaded."""
    check_threshold(threshold)
    items = {i.id: i for i in catalog.image_items()}
    displays = {s.path: s.display for s in catalog.sources()}
    by_hash: dict[str, list[ItemRecord]] = {}
    for item in items.values():
        by_hash.setdefault(item.content_hash, []).append(item)
    # one representative per content hash: exact copies share their vector
    representatives = sorted(min(group, key=lambda i: i.id).id for group in by_hash.values())
    neighbours = store.neighbours(IMAGES, representatives, k) if len(representatives) > 1 else {}
    hash_of = {i: items[i].content_hash for i in items}
    report = DuplicateReport(groups=[], threshold=1.0, threshold_source="given")
    if threshold is None:
        threshold = _measured_threshold(neighbours, hash_of, items, displays, embed_images, report)
    report.threshold = threshold

    def entry(item: ItemRecord) -> dict:
        return {"id": item.id, "path": displays.get(item.source, ""), "page": item.page}

    for group in by_hash.values():
        if len(group) > 1:
            report.groups.append(
                DuplicateGroup(
                    "exact",
                    1.0,
                    [entry(i) for i in sorted(group, key=lambda i: (displays.get(i.source, ""), i.page or 0))],
                )
            )
    joined = UnionFind()
    weakest: dict[tuple[str, str], float] = {}
    for item_id, near in neighbours.items():
        for other, similarity in near:
            if other in hash_of and hash_of[other] != hash_of[item_id] and similarity >= threshold:
                joined.union(hash_of[item_id], hash_of[other])
                weakest[(hash_of[item_id], hash_of[other])] = similarity
    members: dict[str, list[str]] = {}
    for content_hash in {h for pair in weakest for h in pair}:
        members.setdefault(joined.find(content_hash), []).append(content_hash)
    for root, hashes in members.items():
        links = [s for (a, _), s in weakest.items() if joined.find(a) == root]
        group_items = sorted(
            (i for h in hashes for i in by_hash[h]), key=lambda i: (displays.get(i.source, ""), i.page or 0)
        )
        report.groups.append(DuplicateGroup("near", round(min(links), 6), [entry(i) for i in group_items]))
    report.groups.sort(key=lambda g: (g.kind != "exact", -g.similarity, g.items[0]["path"]))
    return report


def _measured_threshold(neighbours, hash_of, items, displays, embed_images, report: DuplicateReport) -> float:
    # the k-th nearest other photo: past a photo's own few copies, so a library full of duplicates still shows its
    # unrelated scale
    nearest = [
        others[-1]
        for others in (
            [s for o, s in near if hash_of.get(o, hash_of[i]) != hash_of[i]] for i, near in neighbours.items()
        )
        if others
    ]
    photos = [displays[i.source] for i in items.values() if i.kind == "image" and i.source in displays]
    d_probe, used = (
        probe_distance(sorted(set(photos)), embed_images) if embed_images is not None and photos else (float("nan"), 0)
    )
    if not nearest or math.isnan(d_probe):
        report.threshold_source = "fallback"
        log.warning(
            "too few readable photos to measure a threshold for this model: using %.2f (set one with --threshold)",
            FALLBACK_THRESHOLD,
        )
        return FALLBACK_THRESHOLD
    d_null = float(np.median([1.0 - s for s in nearest]))
    report.threshold_source = "probe"
    report.probe = {"d_probe": d_probe, "d_null": d_null, "photos_probed": used}
    return round(geometric_threshold(d_probe, d_null), 6)


def report_json(report: DuplicateReport) -> dict:
    return {
        "groups": [{"kind": g.kind, "similarity": g.similarity, "items": g.items} for g in report.groups],
        "threshold": report.threshold,
        "threshold_source": report.threshold_source,
    }
