"""VLM descriptions of image items: resumable, cached by content hash + model.

An item is *pending* until it has a description. When Ollama is down or the
model is missing, the run stops asking (one clear reason, not one per item)
and the items stay pending for `mmrag describe`. A timeout or garbled reply
fails that item only; after a few in a row the run stops too.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..backends.base import TextEmbedder, VisionLanguageModel
from ..catalog import Catalog, ItemRecord, set_description
from ..errors import OllamaError, OllamaModelNotFoundError, OllamaUnreachableError
from ..store import TEXTS, VectorStore, description_id
from ..types import GenerationOptions, GenerationRequest
from .images import thumbnail_path

log = logging.getLogger(__name__)

DESCRIBE_PROMPT = (
    "Describe this image for a search index in 2-4 plain sentences. Name the main objects, "
    "any visible text (quoted exactly), the setting, and the main colours. Do not guess beyond what is visible."
)
MIN_LENGTH = 12  # characters: anything shorter is not a description
MAX_CONSECUTIVE_FAILURES = 3
COMMIT_EVERY = 16


@dataclass
class DescribeReport:
    described: int = 0
    failed: list[dict] = field(default_factory=list)
    stopped: str | None = None  # why the run stopped early (Ollama down, model missing)


def clean_description(text: str) -> str | None:
    """Collapse whitespace; None for an empty or garbage reply."""
    text = " ".join((text or "").split())
    letters = sum(ch.isalpha() for ch in text)
    return text if len(text) >= MIN_LENGTH and letters >= len(text) * 0.5 else None


def describe_pending(
    catalog: Catalog,
    store: VectorStore,
    vlm: VisionLanguageModel,
    text_embedder: TextEmbedder,
    thumbs: Path,
    progress: Callable[[int], None] | None = None,
) -> DescribeReport:
    report = DescribeReport()
    done: list[tuple[ItemRecord, str]] = []
    failures_in_a_row = 0
    displays = {s.path: s.display for s in catalog.sources()}
    for item in catalog.pending_items():
        text = catalog.cached_description(item.content_hash, vlm.model_id)
        if text is None:
            try:
                text = _describe(vlm, thumbnail_path(thumbs, item.content_hash))
                failures_in_a_row = 0
            except (OllamaUnreachableError, OllamaModelNotFoundError) as err:
                report.stopped = str(err)
                break
            except (OllamaError, OSError, ValueError) as err:
                report.failed.append({"path": displays.get(item.source, ""), "reason": _reason(err)})
                failures_in_a_row += 1
                if failures_in_a_row >= MAX_CONSECUTIVE_FAILURES:
                    report.stopped = f"{failures_in_a_row} descriptions failed in a row; last: {_reason(err)}"
                    break
                continue
        done.append((item, text))
        if len(done) >= COMMIT_EVERY:
            report.described += _commit(catalog, store, text_embedder, vlm.model_id, done, displays)
            done = []
        if progress:
            progress(1)
    report.described += _commit(catalog, store, text_embedder, vlm.model_id, done, displays)
    return report


def _describe(vlm: VisionLanguageModel, thumb: Path) -> str:
    if not thumb.is_file():
        raise ValueError("thumbnail missing; re-ingest the file")
    reply = vlm.generate(GenerationRequest(DESCRIBE_PROMPT, images=[thumb.read_bytes()], options=GenerationOptions(temperature=0.0)))
    text = clean_description(reply)
    if text is None:
        raise ValueError(f"unusable description from the model: {reply[:60]!r}")
    return text


def _reason(err: Exception) -> str:
    return getattr(err, "message", None) or str(err)


def _commit(catalog: Catalog, store: VectorStore, text_embedder: TextEmbedder, model: str, done: list[tuple[ItemRecord, str]], displays: dict) -> int:
    """Embed and store descriptions, then mark them done, in one step per batch."""
    if not done:
        return 0
    vectors = text_embedder.embed_texts([text for _, text in done])
    labels = catalog.top_labels(item.id for item, _ in done)
    metadatas = [item_metadata(item, displays.get(item.source, ""), role="description", label=labels.get(item.id)) for item, _ in done]
    store.upsert(TEXTS, [description_id(item.id) for item, _ in done], vectors, metadatas, [text for _, text in done])
    with catalog.transaction() as db:
        for item, text in done:
            set_description(db, item.id, item.content_hash, model, text)
    return len(done)


def item_metadata(item: ItemRecord, display: str, role: str, label: str | None = None) -> dict:
    """What Chroma keeps beside a vector: enough to filter (kind, path, date, zero-shot label) and to find the item.
    Every vector of a tagged item carries its label (the catalog's top label), whenever it is written."""
    return {"item_id": item.id, "kind": item.kind, "path": display, "page": item.page, "date": item.date, "role": role, "label": label}
