"""VLM descriptions of image items: resumable, cached by content hash + model.

An item is *pending* until it has a description. When Ollama is down or the
model is missing, the run stops asking (one clear reason, not one per item)
and the items stay pending for `mmrag describe`. A timeout or garbled reply
fails that item only; after a few in a row the run stops too. Several requests go
out at once (MMRAG_VLM_PARALLEL), newest photos first; the runner is mmrag/passes.py.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from mmrag.ingest.images import thumbnail_path

from mmrag.backends.base import TextEmbedder, VisionLanguageModel
from mmrag.catalog import Catalog, ItemRecord, set_description
from mmrag.errors import OllamaError, OllamaModelNotFoundError, OllamaTimeoutError, OllamaUnreachableError
from mmrag.passes import DEFAULT_PARALLEL, PassRules, Progress, Task, run_pass
from mmrag.store import TEXTS, VectorStore, description_id, item_metadata, ocr_id
from mmrag.types import Failure, GenerationOptions, GenerationRequest

log = logging.getLogger(__name__)

DESCRIBE_PROMPT = (
    "Describe this image for a search index in 2-4 plain sentences. Name the main objects, "
    "any visible text (quoted exactly), the setting, and the main colours. Do not guess beyond what is visible."
)
MIN_LENGTH = 12  # characters: anything shorter is not a description
MAX_CONSECUTIVE_FAILURES = 3
COMMIT_EVERY = 16
LOOKAHEAD = 64  # requests ready to go (a task holds no image until it runs), so a slow commit never idles the server


@dataclass
class DescribeReport:
    described: int = 0
    failed: list[Failure] = field(default_factory=list)
    stopped: str | None = None  # why the run stopped early (Ollama down, model missing)
    interrupted: bool = False  # Ctrl-C: what was described stays, the rest stays pending


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
    progress: Progress | None = None,
    parallel: int = DEFAULT_PARALLEL,
    oldest_first: bool = False,
) -> DescribeReport:
    """Describe every pending image item, newest first (``oldest_first`` for the other order), with up to
    ``parallel`` requests to the VLM at once; see mmrag/passes.py for the rules (commits, failures, Ctrl-C)."""
    displays = {s.path: s.display for s in catalog.sources()}
    items = by_date(catalog.pending_items(), oldest_first)

    def tasks():
        for item in items:
            text = catalog.cached_description(item.content_hash, vlm.model_id)
            if text is not None:
                yield Task([item], results=[text])
            else:
                yield Task([item], run=lambda item=item: [_describe(vlm, thumbnail_path(thumbs, item.content_hash))])

    rules = PassRules(
        stage="describe",
        where=lambda item: displays.get(item.source, ""),
        fatal=(OllamaUnreachableError, OllamaModelNotFoundError),
        failures=(OllamaError, OSError, ValueError),
        timeouts=(OllamaTimeoutError,),
        parallel=parallel,
        max_failures=MAX_CONSECUTIVE_FAILURES,
        commit_every=COMMIT_EVERY,
        lookahead=LOOKAHEAD,
        failed_in_a_row="{n} descriptions failed in a row; last: {reason}",
        warm_up=lambda: text_embedder.embed_texts([]),  # the text model loads beside the first requests
    )
    commit = lambda done: _commit(catalog, store, text_embedder, vlm.model_id, done, displays)  # noqa: E731
    ran = run_pass(tasks(), commit, rules, progress, total=len(items))
    return DescribeReport(described=ran.done, failed=ran.failed, stopped=ran.stopped, interrupted=ran.interrupted)


def by_date(items: list[ItemRecord], oldest_first: bool = False) -> list[ItemRecord]:
    """Items newest first by their date (the photo's EXIF capture date, else the file's mtime, as the catalog has
    it), undated ones last; the items of one file stay together in their order."""
    dated = sorted(
        (item for item in items if item.date is not None),
        key=lambda i: (i.date if oldest_first else -i.date, i.source, i.page or 0, i.idx),
    )
    return dated + [item for item in items if item.date is None]


def _describe(vlm: VisionLanguageModel, thumb: Path) -> str:
    if not thumb.is_file():
        raise ValueError("thumbnail missing; re-ingest the file")
    reply = vlm.generate(
        GenerationRequest(DESCRIBE_PROMPT, images=[thumb.read_bytes()], options=GenerationOptions(temperature=0.0))
    )
    text = clean_description(reply)
    if text is None:
        raise ValueError(f"unusable description from the model: {reply[:60]!r}")
    return text


def _reason(err: Exception) -> str:
    return getattr(err, "message", None) or str(err)


def store_texts(
    catalog: Catalog,
    store: VectorStore,
    text_embedder: TextEmbedder,
    rows: list[tuple[ItemRecord, str]],
    role: str,
    display: Callable[[ItemRecord], str],
) -> None:
    """Embed image items' texts (their descriptions, or the text read in them) into the texts collection, under the
    role's vector id (description_id, ocr_id), with each item's top label for --label filters."""
    vector_id = {"description": description_id, "ocr": ocr_id}[role]
    vectors = text_embedder.embed_texts([text for _, text in rows])
    labels = catalog.top_labels(item.id for item, _ in rows)
    metadatas = [item_metadata(item, display(item), role=role, label=labels.get(item.id)) for item, _ in rows]
    store.upsert(TEXTS, [vector_id(item.id) for item, _ in rows], vectors, metadatas, [text for _, text in rows])


def _commit(
    catalog: Catalog,
    store: VectorStore,
    text_embedder: TextEmbedder,
    model: str,
    done: list[tuple[ItemRecord, str]],
    displays: dict,
) -> int:
    """Embed and store descriptions, then mark them done, in one step per batch."""
    if not done:
        return 0
    store_texts(catalog, store, text_embedder, done, "description", lambda item: displays.get(item.source, ""))
    with catalog.transaction() as db:
        for item, text in done:
            set_description(db, item.id, item.content_hash, model, text)
    return len(done)
