"""Zero-shot image classification with CLIP and an ensemble of prompt templates.

Each label is written into every template ("a photo of a {}."), the CLIP text
vectors of those prompts are averaged into one class vector, and an image's
probabilities are the softmax of its similarities to the class vectors scaled
by the model's learned logit scale (as in the CLIP paper).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from .backends.base import ClipModel, ImageEmbedder, TextEmbedder, l2_normalise
from .catalog import replace_labels
from .errors import ImageReadError, UsageError
from .index import TAGGING_KEY
from .ingest.images import open_image
from .store import IMAGES
from .types import ClassifyResult, LabelScore
from .writes import halt_for_tests, index_writes

DEFAULT_TEMPLATES: tuple[str, ...] = (
    "{}",
    "a photo of a {}.",
    "a picture of a {}.",
    "a drawing of a {}.",
    "an image of a {}.",
    "a close-up photo of a {}.",
)
LEADING_ARTICLE = re.compile(r"^(a|an|the)\s+(?=\S)", re.IGNORECASE)
A_BEFORE_VOWEL = re.compile(r"\b([Aa]) (?=[aeiouAEIOU])")


def parse_labels(text: str) -> list[str]:
    """Labels from a comma- or newline-separated text; blanks and '#' comment lines dropped, order kept, duplicates
    removed."""
    labels: list[str] = []
    for line in text.splitlines():
        if line.strip().startswith("#"):
            continue
        for part in line.split(","):
            label = " ".join(part.split())
            if label and label not in labels:
                labels.append(label)
    return labels


def check_templates(templates: Sequence[str]) -> list[str]:
    bad = [t for t in templates if t.count("{}") != 1]
    if bad:
        raise UsageError(f"template {bad[0]!r} must contain exactly one {{}}", 'Write it like "a photo of a {}."')
    return list(templates)


def prompt(template: str, label: str) -> str:
    """``template`` filled with ``label``; a leading article of the label is dropped and 'a' before a vowel becomes
    'an'."""
    core = LEADING_ARTICLE.sub("", label) if template != "{}" else label
    return A_BEFORE_VOWEL.sub(r"\1n ", template.replace("{}", core))


def class_vectors(labels: Sequence[str], templates: Sequence[str], text_embedder: TextEmbedder) -> np.ndarray:
    """One normalised vector per label: the mean of its prompts' CLIP text vectors."""
    prompts = [prompt(t, label) for label in labels for t in templates]
    vectors = text_embedder.embed_texts(prompts).reshape(len(labels), len(templates), -1)
    return l2_normalise(l2_normalise(vectors.reshape(-1, vectors.shape[-1])).reshape(vectors.shape).mean(axis=1))


def probabilities(image_vectors: np.ndarray, classes: np.ndarray, logit_scale: float) -> np.ndarray:
    """Softmax over labels of scaled cosine similarities; rows sum to 1."""
    logits = logit_scale * image_vectors @ classes.T
    logits -= logits.max(axis=1, keepdims=True)
    exp = np.exp(logits)
    return exp / exp.sum(axis=1, keepdims=True)


def ranked(labels: Sequence[str], probs: np.ndarray) -> list[LabelScore]:
    order = np.argsort(-probs, kind="stable")
    return [LabelScore(labels[i], float(probs[i])) for i in order]


def classify_images(
    paths: Sequence[str | Path],
    labels: Sequence[str],
    image_embedder: ImageEmbedder,
    text_embedder: TextEmbedder,
    logit_scale: float = 100.0,
    templates: Sequence[str] = DEFAULT_TEMPLATES,
    chunk: int = 64,
) -> list[ClassifyResult]:
    """Classify each image; one that cannot be read gets an ``error`` result and the rest go on."""
    if len(labels) < 2:
        raise UsageError("zero-shot classification needs at least two labels", 'Pass them like --labels "cat,dog,car"')
    classes = class_vectors(labels, check_templates(templates), text_embedder)
    results: list[ClassifyResult] = []
    for start in range(0, len(paths), chunk):
        results += _classify_chunk(paths[start : start + chunk], labels, classes, image_embedder, logit_scale)
    return results


def _classify_chunk(paths, labels, classes, image_embedder: ImageEmbedder, logit_scale: float) -> list[ClassifyResult]:
    results: dict[int, ClassifyResult] = {}
    readable: list[tuple[int, str]] = []
    images = []
    for n, path in enumerate(paths):
        shown = str(Path(path).absolute())
        try:
            images.append(open_image(path))
            readable.append((n, shown))
        except ImageReadError as err:
            results[n] = ClassifyResult(path=shown, error=err.reason)
    if images:
        probs = probabilities(image_embedder.embed_images(images), classes, logit_scale)
        for (n, shown), row in zip(readable, probs):
            results[n] = ClassifyResult(path=shown, labels=ranked(labels, row))
    return [results[n] for n in range(len(paths))]


def tag_vectors(
    image_vectors: np.ndarray, labels: Sequence[str], classes: np.ndarray, logit_scale: float, keep: int = 3
) -> list[list[LabelScore]]:
    """Top ``keep`` labels with probabilities for each stored CLIP image vector (no image is decoded again)."""
    if len(image_vectors) == 0:
        return []
    probs = probabilities(image_vectors, classes, logit_scale)
    return [ranked(labels, row)[:keep] for row in probs]


def tag_corpus(index, clip: ClipModel, labels: Sequence[str], templates: Sequence[str]) -> dict:
    """`mmrag tag`: the top three labels of every image item of ``index`` (an index.Index) from its stored CLIP
    vector, replacing earlier tags. Chroma is written first, marked in the catalog, then the catalog in one
    transaction: a kill before that commit is repaired to the old labels (Index.open_for_writing), one after it has
    the new labels everywhere. Returns {"tagged": n, "labels": {label: items whose top label it is}}."""

    if len(labels) < 2:
        raise UsageError("tagging needs at least two labels", 'Pass them like --labels "beach,city,forest"')
    index.open_for_writing("tag")
    classes = class_vectors(labels, check_templates(templates), clip)
    scale = clip.logit_scale
    items = index.catalog.image_items()
    rows, tops = [], {}
    for start in range(0, len(items), 1000):
        chunk = [i.id for i in items[start : start + 1000]]
        vectors = index.store.vectors(IMAGES, chunk)
        ids = [i for i in chunk if i in vectors]
        for item_id, scores in zip(
            ids, tag_vectors(np.stack([vectors[i] for i in ids]) if ids else np.zeros((0, 1)), labels, classes, scale)
        ):
            tops[item_id] = scores[0]
            rows += [(item_id, s.label, s.probability, int(n == 0)) for n, s in enumerate(scores)]
    new = {i.id: (tops[i.id].label if i.id in tops else None) for i in items}
    with index_writes(index.folder):
        index.catalog.set_meta({TAGGING_KEY: "1"})  # a kill from here on is repaired from the catalog: the old tags
        halt_for_tests("tag:before-chroma")
        index.store.set_labels(new, after_batch=lambda: halt_for_tests("tag:mid-chroma"))
        halt_for_tests("tag:after-chroma")
        with index.catalog.transaction() as db:
            replace_labels(db, rows)
            db.execute("DELETE FROM meta WHERE key = ?", (TAGGING_KEY,))
    halt_for_tests("tag:after-catalog")
    counts: dict[str, int] = {}
    for score in tops.values():
        counts[score.label] = counts.get(score.label, 0) + 1
    return {"tagged": len(tops), "labels": {label: counts.get(label, 0) for label in labels}}
