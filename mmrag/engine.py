"""The Engine: the one place that wires settings, backends, the index and the pipelines.

Backends are injected (tests pass fakes) or built lazily from Settings on
first use, so a command that needs no model loads none.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

from . import calibrate
from .ask import answer_from_hits, verifier_for
from .ask_images import ask_images
from .backends.base import TextEmbedder, VisionLanguageModel
from .backends.ollama import OllamaVLM
from .backends.text import SentenceTransformerEmbedder
from .captions import caption_images
from .catalog import Catalog
from .classify import DEFAULT_TEMPLATES, classify_images, tag_corpus
from .config import DEFAULT_CLIP, DEFAULT_TEXT_MODEL, Settings
from .errors import OllamaError, UsageError
from .index import Index, IndexBusyError, index_writes  # noqa: F401 (IndexBusyError: re-exported)
from .ingest.describe import DescribeReport, describe_pending
from .ingest.discover import check_roots, exclude_spec
from .ingest.ocr import OcrReport, engine_id, make_reader, ocr_pending, preferred_engine
from .ingest.pipeline import Ingester, IngestOptions, IngestReport
from .retrieve import Cutoff, Searcher, SearchQuery
from .store import VectorStore
from .types import ClassifyResult

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]  # (stage, done, total)


class Engine:
    def __init__(
        self,
        settings: Settings | None = None,
        clip=None,
        text: TextEmbedder | None = None,
        vlm: VisionLanguageModel | None = None,
    ):
        """``clip`` must embed images and CLIP-space texts (OpenClipModel, or a fake doing both)."""
        self.settings = settings or Settings.from_env()
        self._clip = clip
        self._text = text
        self._vlm = vlm
        s = self.settings
        self.index = Index(s.index, clip=s.clip, text_model=s.text_model, chroma_url=s.chroma_url)
        self._searcher = None

    # -- backends ------------------------------------------------------------
    @property
    def clip_spec(self) -> str:
        return self.settings.clip or self.index.recorded("clip") or DEFAULT_CLIP

    @property
    def text_model(self) -> str:
        return self.settings.text_model or self.index.recorded("text_model") or DEFAULT_TEXT_MODEL

    @property
    def clip(self):
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
            s = self.settings
            self._vlm = OllamaVLM(
                s.vlm, host=s.ollama_host, timeout=s.ollama_timeout, retries=s.ollama_retries, options=s.generation
            )
        return self._vlm

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

    @property
    def thumbs_dir(self) -> Path:
        return self.index.thumbs_dir

    def open_for_writing(self, job: str = "") -> None:
        self.index.open_for_writing(job)

    def manifest_to_record(self) -> dict[str, str] | None:
        return self.index.manifest_to_record(self.clip_spec, self.text_model)

    def lexical(self):
        return self.index.lexical()

    def rebuild_lexical(self) -> int:
        self._drop_searcher()
        return self.index.rebuild_lexical()

    def thumbnails(self, ids: Sequence[str]) -> dict[str, Path]:
        return self.index.thumbnails(ids)

    def status(self) -> dict:
        return self.index.status(self.settings.null_fpr)

    def sources(self) -> list[dict]:
        return self.index.sources()

    def load_models(self, describe: bool) -> None:
        """Models before files: CLIP and the text model load now, so one that cannot load stops the run before any file
        is read (ModelUnavailableError, exit 1; UsageError for a bad spec, exit 2). Ollama is only checked: when it is
        down, descriptions stay pending and the warning comes first."""
        for model in (self.clip, self.text):
            load = getattr(model, "load", None)
            if load is not None:
                load()
            export = getattr(model, "export_text", None)  # once per model and machine: the next search needs no torch
            if export is not None:
                export()
        list_models = getattr(self.vlm, "list_models", None) if describe else None
        if list_models is None:
            return

        try:
            names = list_models()
        except OllamaError as err:
            log.warning("%s; descriptions stay pending for `mmrag describe`", err)
            return
        wanted = self.settings.vlm
        if not any(n == wanted or n.split(":")[0] == wanted for n in names):
            log.warning(
                "the model '%s' is not available in Ollama at %s; run `ollama pull %s` (descriptions stay pending)",
                wanted,
                self.settings.ollama_host,
                wanted,
            )

    def close(self) -> None:
        self._drop_searcher()
        self.index.close()

    # -- jobs ---------------------------------------------------------------
    def classify(
        self, paths: Sequence[str | Path], labels: Sequence[str], extra_templates: Sequence[str] = ()
    ) -> list[ClassifyResult]:
        """Zero-shot labels for images (no index needed); unreadable images get an error entry."""
        templates = list(DEFAULT_TEMPLATES) + [t for t in extra_templates if t not in DEFAULT_TEMPLATES]
        scale = getattr(self.clip, "logit_scale", 100.0)
        return classify_images(paths, labels, self.clip, self.clip, logit_scale=scale, templates=templates)

    def ingest(
        self,
        paths: Sequence[str | Path],
        describe: bool = True,
        include_hidden: bool = False,
        progress: bool | Progress = True,
        ocr: bool = True,
        prune: bool = False,
        excludes: Sequence[str] = (),
        oldest_first: bool = False,
    ):
        """``progress``: True for the file stage's tqdm bar on stderr, or a callable ``(stage, done, total)`` called
        after each
        file ("ingest"), each image read ("ocr") and each description ("describe") (the CLI draws them with tqdm).
        ``oldest_first`` (--oldest-first): OCR and descriptions start with the oldest photos, not the newest.
        ``ocr=False`` (--no-ocr) leaves text in images unread for `mmrag describe`, as ``describe=False`` leaves
        descriptions.
        ``prune`` (--prune): also forget every indexed file that is gone, wherever it was.
        ``excludes`` (--exclude): gitignore-style patterns left out (with each root's .mmragignore), and forgotten
        where they cover files indexed before."""

        for root in check_roots(paths):  # a missing path or a bad pattern is refused before the index is touched
            if root.is_dir():
                exclude_spec(root, excludes)
        report = IngestReport(index=str(self.index_dir))
        on_file = (lambda done, total: progress("ingest", done, total)) if callable(progress) else None
        options = IngestOptions(
            include_hidden=include_hidden,
            excludes=tuple(excludes),
            pdf_dpi=self.settings.pdf_dpi,
            commit_items=self.settings.commit_items,
            readers=self.settings.readers,
            progress=bool(progress) and on_file is None,
            on_file=on_file,
            ocr_engine=self.ocr_engine_id,
            video_every=self.settings.video_every,
            video_frames=self.settings.video_frames,
        )
        with index_writes(self.index_dir):
            self.open_for_writing("ingest")
            self.load_models(describe)
            ingester = Ingester(
                self.catalog, self.store, self.clip, self.text, self.thumbs_dir, self.vlm_model_id, options
            )
            ingester.manifest = self.manifest_to_record()
            ingester.run(paths, report, prune_everywhere=prune)
            if ocr:
                read = self.read_text(progress=progress, allow_vlm=describe, rebuild=False, oldest_first=oldest_first)
                for failure in read.failed:  # the items stay pending: warn only
                    log.warning("no OCR text for %s: %s", failure["path"], failure["reason"])
            self.rebuild_lexical()
        if describe:
            described = self.describe(progress=progress, oldest_first=oldest_first)
            for failure in described.failed:  # not unreadable sources: the items stay pending, so warn only
                log.warning("no description for %s: %s", failure["path"], failure["reason"])
        report.pending_descriptions = self.catalog.count_pending()
        report.items = sum(self.catalog.count_items().values())
        return report

    def remove(self, paths: Sequence[str | Path]):
        """`mmrag remove`: forget the sources at ``paths`` (files, or all under a folder, on disk or not); the ingest
        report."""

        report = IngestReport(index=str(self.index_dir))
        with index_writes(self.index_dir):
            self.open_for_writing("remove")
            Ingester(
                self.catalog, self.store, None, None, self.thumbs_dir, self.vlm_model_id, IngestOptions(progress=False)
            ).remove(paths, report)
            self.rebuild_lexical()
        report.pending_descriptions = self.catalog.count_pending()
        report.items = sum(self.catalog.count_items().values())
        return report

    def _drop_searcher(self) -> None:
        if self._searcher is not None:
            self._searcher[1].close()  # (settings it was built for, Searcher)
            self._searcher = None

    @property
    def vlm_model_id(self) -> str:
        return self._vlm.model_id if self._vlm is not None else f"ollama:{self.settings.vlm}"

    @property
    def ocr_engine_id(self) -> str | None:
        """The OCR engine this run would use (its cached texts are reused), None when OCR is off."""

        s = self.settings
        return engine_id(preferred_engine(s.ocr, shutil.which(s.tesseract) is not None), s.ocr_lang, self.vlm_model_id)

    def read_text(
        self, progress: bool | Progress = True, allow_vlm: bool = True, rebuild: bool = True, oldest_first: bool = False
    ):
        """OCR for the image items still pending (ingest/ocr.py); ``allow_vlm=False`` keeps the VLM out of it.
        ``progress``: a callable ``(stage, done, total)`` (the CLI draws it with tqdm); Ctrl-C keeps what was read."""

        self.open_for_writing("ocr")
        pending = self.catalog.count_ocr_pending()
        if not pending:
            return OcrReport()
        s = self.settings
        engine = preferred_engine(s.ocr, shutil.which(s.tesseract) is not None)
        reader, why_not = make_reader(
            engine, s.tesseract, s.ocr_lang, s.ocr_timeout, lambda: self.vlm, allow_vlm, vlm_parallel=s.vlm_parallel
        )
        if reader is None:
            (log.info if engine is None or engine == "vlm" else log.warning)(
                "no OCR: %s; %d image(s) await it", why_not, pending
            )
            return OcrReport(stopped=why_not)
        with index_writes(self.index_dir):
            report = ocr_pending(
                self.catalog,
                self.store,
                reader,
                self.text,
                dpi=s.ocr_dpi,
                progress=_callable(progress),
                oldest_first=oldest_first,
            )
        if report.read and (rebuild or report.interrupted):
            self.rebuild_lexical()
        if report.interrupted:
            raise KeyboardInterrupt
        if report.stopped:
            log.warning(
                "OCR stopped: %s; %d image(s) stay pending for `mmrag describe`",
                report.stopped,
                self.catalog.count_ocr_pending(),
            )
        return report

    def describe(self, progress: bool | Progress = True, oldest_first: bool = False):
        """Descriptions for the pending image items, ``settings.vlm_parallel`` requests at once, newest first.
        Ctrl-C keeps what was described (and indexes it for BM25), then raises KeyboardInterrupt."""

        self.open_for_writing("describe")
        if not self.catalog.count_pending():
            return DescribeReport()
        with index_writes(self.index_dir):
            report = describe_pending(
                self.catalog,
                self.store,
                self.vlm,
                self.text,
                self.thumbs_dir,
                progress=_callable(progress),
                parallel=self.settings.vlm_parallel,
                oldest_first=oldest_first,
            )
        if report.described:
            with index_writes(self.index_dir):
                self.rebuild_lexical()
        if report.interrupted:
            raise KeyboardInterrupt
        if report.stopped:
            log.warning(
                "descriptions stopped: %s; %d image(s) stay pending for `mmrag describe`",
                report.stopped,
                self.catalog.count_pending(),
            )
        return report

    def search(self, query):
        """Hybrid search (see retrieve.py); ``query`` is a retrieve.SearchQuery."""
        if query.empty:
            raise UsageError("nothing to search for", 'Give a QUERY, e.g. mmrag search "red car", or --image PATH')
        if query.label is not None:
            self.index.check_label(query.label)
        if query.place is not None:
            self.index.check_place(query.place)
        return self.searcher().search(query)

    def searcher(self):
        """A Searcher for the current settings, kept while they stay the same (it caches its null caption vector)."""
        from dataclasses import replace

        s = self.settings
        cached = self._searcher
        if cached is not None and cached[0] == s:
            return cached[1]
        self._drop_searcher()
        cutoff = replace(
            Cutoff(fpr=s.null_fpr),
            **{
                k: v
                for k, v in (("clip_margin", s.clip_margin), ("text_min", s.text_min), ("bm25_rel", s.bm25_rel))
                if v is not None
            },
        )
        weights = {"clip": s.weight_clip, "text": s.weight_text, "bm25": s.weight_bm25}
        searcher = Searcher(self.catalog, self.store, self.lexical(), self.clip, self.text, weights, s.rrf_k, cutoff)
        searcher.calibration = self._calibration(searcher)
        self._searcher = (s, searcher)
        return searcher

    def _calibration(self, searcher):
        """The index's null model for the cut-off (calibrate.py), recomputed when the index changed enough;
        a threshold the user set (MMRAG_CLIP_MARGIN, MMRAG_TEXT_MIN) wins over its channel's null."""

        def build(counts):
            return calibrate.compute(self.store, self.lexical(), self.clip, self.text, searcher._null_vector(), counts)

        fixed = {c for c, v in (("clip", self.settings.clip_margin), ("text", self.settings.text_min)) if v is not None}
        return calibrate.current(self.index_dir, self.catalog, build).without(fixed)

    def ask(self, question: str, k: int = 5, on_token=None, verify: str = "evidence", scope=None, history: str = ""):
        """A grounded answer (ask.py): search, VLM or extractive fallback, validated citations.

        ``verify="vlm"`` adds a yes/no check by the VLM for each citation (claim verification);
        ``verify="minicheck"`` asks Ollama's ``bespoke-minicheck`` fact checker instead, for text sources.
        ``scope``: a SearchQuery whose filters (and text, when set: a chat's rewritten query) the retrieval uses;
        ``history``: earlier turns of a conversation, put before the sources in the prompt (chat.py)."""

        hits = self.search(_scoped(scope or SearchQuery(), question, k))
        return answer_from_hits(
            question,
            hits,
            self.index,
            self.vlm,
            self.text,
            self.clip,
            lambda: self.searcher()._null_vector(),
            verifier_for(verify, lambda: self.vlm, self.settings),
            on_token=on_token,
            history=history,
        )

    def ask_images(
        self, question: str, paths: Sequence[str | Path], on_token=None, verify: str = "evidence", history: str = ""
    ):
        """An answer from the given image files only (ask_images.py; no index): an ImageAnswer."""

        s = self.settings
        reader = None
        if s.ocr != "off" and shutil.which(s.tesseract):  # the VLM sees the images anyway: OCR by Tesseract only
            reader, _ = make_reader("tesseract", s.tesseract, s.ocr_lang, s.ocr_timeout, lambda: self.vlm, False)
        return ask_images(
            question,
            paths,
            self.vlm,
            self.text,
            self.clip,
            reader,
            on_token,
            history,
            verifier_for("vlm" if verify == "vlm" else "evidence", lambda: self.vlm, s),
        )

    def caption(self, paths: Sequence[str | Path], style: str = "detailed", progress=None):
        """A description of each given image file in ``style`` (captions.py; no index)."""

        return caption_images(paths, self.vlm, style, progress)

    def tag(self, labels: Sequence[str], extra_templates: Sequence[str] = (), progress: bool = True) -> dict:
        """Zero-shot tags for every image item from its stored CLIP vector (classify.tag_corpus); replaces earlier
        tags."""

        templates = list(DEFAULT_TEMPLATES) + [t for t in extra_templates if t not in DEFAULT_TEMPLATES]
        return tag_corpus(self.index, self.clip, labels, templates)


def _scoped(scope, question: str, k: int):
    """The SearchQuery of an ask: ``scope``'s filters, its text or else the question, ``k`` results by relevance."""
    from dataclasses import replace

    return replace(scope, text=scope.text or question, image=None, k=k, sort="relevance")


def _callable(progress):
    """The progress callback among ``progress: bool | Progress`` (True alone draws nothing: bars belong to the front
    end)."""
    return progress if callable(progress) else None
