"""The Engine: the one place that wires settings, backends and the index; the jobs live with their logic.

Backends are injected (tests pass fakes from backends/fake.py) or built lazily from Settings on first use, so a
command that needs no model loads none. Writing jobs: indexing.py; search: searching.py and retrieve.py; ask: ask.py
and ask_images.py; classify and tag: classify.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .backends.base import ClipModel, TextEmbedder, VisionLanguageModel
from .backends.text import SentenceTransformerEmbedder
from .catalog import Catalog
from .config import DEFAULT_CLIP, DEFAULT_TEXT_MODEL, Settings
from .index import Index
from .retrieve import Searcher, SearchQuery
from .searching import build_searcher, check_query, scoped
from .store import VectorStore
from .writes import IndexBusyError  # noqa: F401 (re-exported: callers catch it from here)

if TYPE_CHECKING:  # the writing, asking and classifying jobs are imported when one runs: a search needs none
    from . import indexing
    from .indexing import Progress
    from .types import ClassifyResult


class Engine:
    def __init__(
        self,
        settings: Settings | None = None,
        clip: ClipModel | None = None,
        text: TextEmbedder | None = None,
        vlm: VisionLanguageModel | None = None,
    ):
        """``clip``: OpenClipModel, or backends.fake.FakeClip in tests."""
        self.settings = settings or Settings.from_env()
        self._clip, self._text, self._vlm = clip, text, vlm
        s = self.settings
        self.index = Index(s.index, clip=s.clip, text_model=s.text_model, chroma_url=s.chroma_url)
        self._searcher: tuple[tuple, Searcher] | None = None  # (what it was built for, the Searcher)

    # -- backends ------------------------------------------------------------
    @property
    def clip_spec(self) -> str:
        return self.settings.clip or self.index.recorded("clip") or DEFAULT_CLIP

    @property
    def text_model(self) -> str:
        return self.settings.text_model or self.index.recorded("text_model") or DEFAULT_TEXT_MODEL

    @property
    def clip(self) -> ClipModel:
        if self._clip is None:
            from .backends.clip import OpenClipModel

            self._clip = OpenClipModel(self.clip_spec, device=self.settings.device, batch_size=self.settings.batch_size)
        return self._clip

    @property
    def text(self) -> TextEmbedder:
        if self._text is None:
            self._text = SentenceTransformerEmbedder(self.text_model, device=self.settings.device)
        return self._text

    @property
    def vlm(self) -> VisionLanguageModel:
        if self._vlm is None:
            from .backends.ollama import OllamaVLM

            s = self.settings
            self._vlm = OllamaVLM(
                s.vlm, host=s.ollama_host, timeout=s.ollama_timeout, retries=s.ollama_retries, options=s.generation
            )
        return self._vlm

    @property
    def vlm_model_id(self) -> str:
        return self._vlm.model_id if self._vlm is not None else f"ollama:{self.settings.vlm}"

    # -- the index (index.py) ------------------------------------------------------
    @property
    def index_dir(self) -> Path:
        return self.index.folder

    @property
    def catalog(self) -> Catalog:
        return self.index.catalog

    @property
    def store(self) -> VectorStore:
        return self.index.store

    def open_for_writing(self, job: str = "") -> None:
        self.index.open_for_writing(job)

    def lexical(self):
        return self.index.lexical()

    def rebuild_lexical(self) -> int:
        return self.index.rebuild_lexical()

    def thumbnails(self, ids: Sequence[str]) -> dict[str, Path]:
        return self.index.thumbnails(ids)

    def status(self) -> dict:
        return self.index.status(self.settings.null_fpr)

    def sources(self) -> list[dict]:
        return self.index.sources()

    def close(self) -> None:
        self._drop_searcher()
        self.index.close()

    # -- writing jobs (indexing.py) --------------------------------------------------
    def ingest(self, paths: Sequence[str | Path], describe: bool = True, **options) -> indexing.IngestReport:
        """`mmrag ingest`. Options: ``include_hidden``; ``progress``: the one progress type, a callable ``(stage, done,
        total)`` called after each file "ingest", image read "ocr" and description "describe" (the CLI draws it with
        tqdm, the UI with a progress bar; anything else draws nothing); ``ocr=False`` (--no-ocr) and
        ``describe=False`` leave text in images and descriptions pending for `mmrag describe`; ``prune`` (--prune):
        forget every indexed file that is gone, wherever it was; ``excludes`` (--exclude): gitignore-style patterns,
        forgotten where they cover files indexed before; ``oldest_first`` (--oldest-first): OCR and descriptions
        start with the oldest photos."""
        from . import indexing

        return indexing.ingest(self.index, self, self.settings, paths, describe=describe, **options)

    def remove(self, paths: Sequence[str | Path]) -> indexing.IngestReport:
        """`mmrag remove`: forget the sources at ``paths`` (files, or all under a folder, on disk or not)."""
        from . import indexing

        return indexing.remove(self.index, self.vlm_model_id, paths)

    def read_text(self, progress: bool | Progress = True, allow_vlm: bool = True, **options) -> indexing.OcrReport:
        """OCR for the pending image items (``rebuild``, ``oldest_first``: see indexing.read_text)."""
        from . import indexing

        return indexing.read_text(self.index, self, self.settings, progress, allow_vlm, **options)

    def describe(self, progress: bool | Progress = True, oldest_first: bool = False) -> indexing.DescribeReport:
        """Descriptions for the pending image items; Ctrl-C keeps what was described, then raises."""
        from . import indexing

        return indexing.describe_items(self.index, self, self.settings, progress, oldest_first)

    def tag(self, labels: Sequence[str], extra_templates: Sequence[str] = (), progress: bool = True) -> dict:
        """Zero-shot tags for every image item from its stored CLIP vector (classify.tag_corpus)."""
        from .classify import tag_corpus

        return tag_corpus(self.index, self.clip, labels, _templates(extra_templates))

    # -- reading jobs ---------------------------------------------------------------
    def classify(
        self, paths: Sequence[str | Path], labels: Sequence[str], extra_templates: Sequence[str] = ()
    ) -> list[ClassifyResult]:
        """Zero-shot labels for images (no index needed); unreadable images get an error entry."""
        from .classify import classify_images

        clip, templates = self.clip, _templates(extra_templates)
        return classify_images(paths, labels, clip, clip, logit_scale=clip.logit_scale, templates=templates)

    def search(self, query: SearchQuery):
        """Hybrid search (retrieve.py) after the query is checked against the index (searching.check_query)."""
        check_query(self.index, query)
        return self.searcher().search(query)

    def searcher(self) -> Searcher:
        """A Searcher for the current settings and BM25 index, kept while they stay the same (it caches its null
        caption vector)."""
        key = (self.settings, self.index.lexical_version)
        if self._searcher is None or self._searcher[0] != key:
            self._drop_searcher()
            self._searcher = (key, build_searcher(self.index, self.settings, self.clip, self.text))
        return self._searcher[1]

    def _drop_searcher(self) -> None:
        if self._searcher is not None:
            self._searcher[1].close()
            self._searcher = None

    def ask(self, question: str, k: int = 5, on_token=None, verify: str = "evidence", scope=None, history: str = ""):
        """A grounded answer (ask.py). ``verify``: "evidence", "vlm" or "minicheck" (ask.verifier_for); ``scope``: a
        SearchQuery whose filters (and text, when set: a chat's rewritten query) the retrieval uses; ``history``:
        earlier turns of a conversation, put before the sources in the prompt (chat.py)."""
        from .ask import answer_from_hits, verifier_for

        hits = self.search(scoped(scope or SearchQuery(), question, k))
        verifier = verifier_for(verify, lambda: self.vlm, self.settings)
        models = (self.vlm, self.text, self.clip, lambda: self.searcher().null_vector(), verifier)
        return answer_from_hits(question, hits, self.index, *models, on_token=on_token, history=history)

    def ask_images(
        self, question: str, paths: Sequence[str | Path], on_token=None, verify: str = "evidence", history: str = ""
    ):
        """An answer from the given image files only (ask_images.py; no index): an ImageAnswer."""
        from .ask import verifier_for
        from .ask_images import ask_images
        from .backends.ocr import tesseract_if_found

        reader = tesseract_if_found(self.settings)  # the VLM sees the images anyway: OCR by Tesseract only
        verifier = verifier_for("vlm" if verify == "vlm" else "evidence", lambda: self.vlm, self.settings)
        return ask_images(question, paths, self.vlm, self.text, self.clip, reader, on_token, history, verifier)

    def caption(self, paths: Sequence[str | Path], style: str = "detailed", progress=None):
        """A description of each given image file in ``style`` (captions.py; no index)."""
        from .captions import caption_images

        return caption_images(paths, self.vlm, style, progress)


def _templates(extra: Sequence[str]) -> list[str]:
    from .classify import DEFAULT_TEMPLATES

    return list(DEFAULT_TEMPLATES) + [t for t in extra if t not in DEFAULT_TEMPLATES]
