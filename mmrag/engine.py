"""The Engine: the one place that wires settings, backends, the index and the pipelines.

Backends are injected (tests pass fakes) or built lazily from Settings on
first use, so a command that needs no model loads none.
"""

from __future__ import annotations

import errno
import fcntl
import logging
import os
import shutil
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from .backends.base import TextEmbedder, VisionLanguageModel
from .catalog import SCHEMA_VERSION, Catalog
from .classify import DEFAULT_TEMPLATES, classify_images
from .config import DEFAULT_CLIP, DEFAULT_TEXT_MODEL, Settings
from .errors import IndexMismatchError, IndexWriteError, InputError, MmragError
from .store import VectorStore
from .types import ClassifyResult

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]  # (stage, done, total)


class IndexBusyError(MmragError):
    def __init__(self, folder: Path, doing: str = ""):
        what = f"another mmrag {doing}" if doing else "another mmrag command (ingest, describe, tag, remove or watch)"
        super().__init__(f"{what} is writing to {folder}", "Wait for it to finish (searches can run meanwhile), or use another --index")


def _lock_holder(lock_file: Path) -> str:
    """What the write lock's holder wrote in it: "ingest (pid 123)", or "" when unknown."""
    try:
        job, pid = lock_file.read_text(encoding="utf-8", errors="replace").split()[:2]
    except (OSError, ValueError):
        return ""
    return f"{job} (pid {pid})" if job != "write" else f"command (pid {pid})"


TAGGING_KEY = "tagging"  # in the catalog's meta while `tag` writes labels to Chroma


def _halt_for_tests(point: str) -> None:
    """Test-only: MMRAG_TEST_KILL_AT=POINT makes this process kill -9 itself at that named point (see tests/test_tag.py)."""
    if os.environ.get("MMRAG_TEST_KILL_AT") == point:
        import signal

        os.kill(os.getpid(), signal.SIGKILL)


WRITE_ERRNOS = {errno.ENOSPC: "no space left on the device", errno.EDQUOT: "disk quota exceeded", errno.EROFS: "the file system is read-only",
                errno.EACCES: "permission denied", errno.EPERM: "permission denied"}
WRITE_MESSAGES = {"disk is full": "the disk is full", "no space left": "no space left on the device", "readonly": "the index is read-only",
                  "read-only": "the index is read-only", "permission denied": "permission denied"}


def _read_only(folder: Path) -> bool:
    """Whether ``folder`` is on a file system mounted read-only."""
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def write_failure(err: BaseException) -> str | None:
    """Why a write to the index failed, when ``err`` says the disk is full or the folder is read-only; else None."""
    if isinstance(err, MmragError):
        return None
    if isinstance(err, OSError) and err.errno in WRITE_ERRNOS:
        return WRITE_ERRNOS[err.errno]
    text = str(err).lower()
    return next((reason for key, reason in WRITE_MESSAGES.items() if key in text), None)


@contextmanager
def index_writes(folder: Path):
    """Turns disk-full and read-only failures (from SQLite, Chroma or the file system) into IndexWriteError."""
    try:
        yield
    except Exception as err:
        reason = write_failure(err)
        if reason is None:
            raise
        log.debug("write failed", exc_info=True)
        raise IndexWriteError(folder, reason) from None


class Engine:
    def __init__(self, settings: Settings | None = None, clip=None, text: TextEmbedder | None = None, vlm: VisionLanguageModel | None = None):
        """``clip`` must embed images and CLIP-space texts (OpenClipModel, or a fake doing both)."""
        self.settings = settings or Settings.from_env()
        self._clip = clip
        self._text = text
        self._vlm = vlm
        self._catalog: Catalog | None = None
        self._store: VectorStore | None = None
        self._lock = None
        self._lexical = None
        self._searcher = None

    # -- backends ------------------------------------------------------------
    @property
    def clip_spec(self) -> str:
        return self.settings.clip or self._recorded("clip") or DEFAULT_CLIP

    @property
    def text_model(self) -> str:
        return self.settings.text_model or self._recorded("text_model") or DEFAULT_TEXT_MODEL

    @property
    def clip(self):
        if self._clip is None:
            from .backends.clip import OpenClipModel

            self._clip = OpenClipModel(self.clip_spec, device=self.settings.device, batch_size=self.settings.batch_size)
        return self._clip

    @property
    def text(self) -> TextEmbedder:
        if self._text is None:
            from .backends.text import SentenceTransformerEmbedder

            self._text = SentenceTransformerEmbedder(self.text_model, device=self.settings.device)
        return self._text

    @property
    def vlm(self) -> VisionLanguageModel:
        if self._vlm is None:
            from .backends.ollama import OllamaVLM

            s = self.settings
            self._vlm = OllamaVLM(s.vlm, host=s.ollama_host, timeout=s.ollama_timeout, retries=s.ollama_retries, options=s.generation)
        return self._vlm

    # -- the index -------------------------------------------------------------
    @property
    def index_dir(self) -> Path:
        return Path(self.settings.index).absolute()

    def _recorded(self, key: str) -> str | None:
        catalog_file = self.index_dir / "catalog.sqlite"
        if self._catalog is None and not catalog_file.exists():
            return None
        return self.catalog.meta().get(key)

    @property
    def catalog(self) -> Catalog:
        if self._catalog is None:
            self._catalog = self._open_catalog(create=False)
        return self._catalog

    @property
    def store(self) -> VectorStore:
        if self._store is None:
            url, prefix = self._vector_location()
            store = VectorStore(self.index_dir / "chroma", url=url, prefix=prefix)
            if url and not any(store.count(name) for name in store.collections) and self.catalog.all_item_ids():
                raise IndexMismatchError(f"the Chroma server at {url} holds no vectors of the index at {self.index_dir} (collections {prefix}*)",
                                         "Start `chroma run` on the data folder this index was built on, or re-create the index in a new --index folder")
            self._store = store
        return self._store

    def _vector_location(self, meta: dict[str, str] | None = None) -> tuple[str | None, str]:
        """(Chroma server URL or None for embedded, collection prefix) from the manifest (``meta``, else read now);
        refuses a --chroma-url that differs."""
        from .store import normal_chroma_url

        meta = self.catalog.meta() if meta is None else meta  # reading it also checks the index exists
        recorded = meta.get("chroma_url") or None  # indexes from before server mode have no key: embedded
        asked = normal_chroma_url(self.settings.chroma_url) if self.settings.chroma_url else None
        if asked and asked != recorded:
            where = f"on the Chroma server at {recorded}" if recorded else "embedded in its folder (no Chroma server)"
            fix = f"Use --chroma-url {recorded}" if recorded else "Drop --chroma-url and MMRAG_CHROMA_URL"
            raise IndexMismatchError(f"the index at {self.index_dir} keeps its vectors {where}, not at {asked}", f"{fix}, or build a new index with --index NEW_DIR")
        return recorded, meta.get("collection_prefix", "")

    def _open_catalog(self, create: bool) -> Catalog:
        folder = self.index_dir
        if not (folder / "catalog.sqlite").exists():
            if not create:
                raise InputError(f"no mmrag index at {folder}", "Create one with `mmrag ingest PATH...`, or point --index / MMRAG_INDEX at an existing one")
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as err:
                raise InputError(f"cannot create the index folder {folder}: {err.strerror}", "Choose a writable --index") from None
        try:
            return Catalog(folder / "catalog.sqlite")
        except Exception as err:
            if _read_only(folder):
                raise InputError(f"cannot open the index at {folder}: its file system is read-only",
                                 "mmrag writes lock and journal files next to the index even to search: remount it read-write, "
                                 "or copy the index folder to a writable disk and point --index at the copy") from None
            raise InputError(f"cannot open the index at {folder}: {err}", "Check the folder's permissions and free space") from None

    def open_for_writing(self, job: str = "") -> None:
        """Create the index if needed, check its models match, and take the writer lock (``job`` names the command
        holding it, so a command refused for it can say which one is running)."""
        if self._catalog is None:
            self._catalog = self._open_catalog(create=True)
        self._check_manifest()
        if self._lock is None:
            handle = open(self.index_dir / "write.lock", "a")
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                handle.close()
                raise IndexBusyError(self.index_dir, _lock_holder(self.index_dir / "write.lock")) from None
            self._lock = handle
            handle.truncate(0)
            handle.write(f"{job or 'write'} {os.getpid()}\n")
            handle.flush()
        self._repair_labels()

    def _repair_labels(self) -> None:
        """A ``tag`` killed after it began writing labels to Chroma: put the catalog's (old) labels back on every vector."""
        if TAGGING_KEY not in self.catalog.meta():
            return
        log.warning("an earlier `mmrag tag` was interrupted; restoring the previous labels")
        top = self.catalog.top_labels(i.id for i in self.catalog.image_items())
        with index_writes(self.index_dir):
            self.store.set_labels({i.id: top.get(i.id) for i in self.catalog.image_items()})
            with self.catalog.transaction() as db:
                db.execute("DELETE FROM meta WHERE key = ?", (TAGGING_KEY,))

    def _check_manifest(self) -> None:
        """Refuse an index built with other models or schema. An index not yet bound to a CLIP spec only gets its
        vector location here: the models are recorded by ingest, with its first committed batch (manifest_to_record)."""
        meta = self.catalog.meta()
        if "schema_version" in meta and meta["schema_version"] != str(SCHEMA_VERSION):
            raise IndexMismatchError(f"the index at {self.index_dir} has schema version {meta.get('schema_version')}; this mmrag reads {SCHEMA_VERSION}", "Re-create it in a new --index folder")
        for key, flag, asked in (("clip", "--clip", self.settings.clip), ("text_model", "--text-model", self.settings.text_model)):
            if key in meta and asked and asked != meta[key]:
                raise IndexMismatchError(
                    f"the index at {self.index_dir} was built with {flag} {meta.get(key)}, not {asked}",
                    f"Drop {flag} (the index's model is used), or build a new index with --index NEW_DIR",
                )
        if "clip" not in meta and "chroma_url" not in meta and "collection_prefix" not in meta:
            location = self._new_vector_location()
            if location:
                self.catalog.set_meta(location)
                meta = {**meta, **location}
        self._vector_location(meta)

    def manifest_to_record(self) -> dict[str, str] | None:
        """The model ids an unbound index must record with its first commit; None once it is bound."""
        if "clip" in self.catalog.meta():
            return None
        return {"schema_version": str(SCHEMA_VERSION), "clip": self.clip_spec, "text_model": self.text_model}

    def load_models(self, describe: bool) -> None:
        """Models before files: CLIP and the text model load now, so one that cannot load stops the run before any file
        is read (ModelUnavailableError, exit 1; UsageError for a bad spec, exit 2). Ollama is only checked: when it is
        down, descriptions stay pending and the warning comes first."""
        for model in (self.clip, self.text):
            load = getattr(model, "load", None)
            if load is not None:
                load()
        list_models = getattr(self.vlm, "list_models", None) if describe else None
        if list_models is None:
            return
        from .errors import OllamaError

        try:
            names = list_models()
        except OllamaError as err:
            log.warning("%s; descriptions stay pending for `mmrag describe`", err)
            return
        wanted = self.settings.vlm
        if not any(n == wanted or n.split(":")[0] == wanted for n in names):
            log.warning("the model '%s' is not available in Ollama at %s; run `ollama pull %s` (descriptions stay pending)", wanted, self.settings.ollama_host, wanted)

    def _new_vector_location(self) -> dict[str, str]:
        """Manifest keys of a new index: embedded, or a server URL and a collection prefix unique to this index."""
        import uuid

        from .store import normal_chroma_url

        if not self.settings.chroma_url:
            return {}
        return {"chroma_url": normal_chroma_url(self.settings.chroma_url), "collection_prefix": f"mmrag-{uuid.uuid4().hex[:12]}-"}

    def close(self) -> None:
        self._drop_searcher()
        if self._lock is not None:
            self._lock.close()
            self._lock = None
        if self._catalog is not None:
            self._catalog.close()
            self._catalog = None

    # -- jobs ---------------------------------------------------------------
    def classify(self, paths: Sequence[str | Path], labels: Sequence[str], extra_templates: Sequence[str] = ()) -> list[ClassifyResult]:
        """Zero-shot labels for images (no index needed); unreadable images get an error entry."""
        templates = list(DEFAULT_TEMPLATES) + [t for t in extra_templates if t not in DEFAULT_TEMPLATES]
        scale = getattr(self.clip, "logit_scale", 100.0)
        return classify_images(paths, labels, self.clip, self.clip, logit_scale=scale, templates=templates)

    def ingest(self, paths: Sequence[str | Path], describe: bool = True, include_hidden: bool = False, progress: bool | Progress = True, ocr: bool = True,
               prune: bool = False, excludes: Sequence[str] = (), oldest_first: bool = False):
        """``progress``: True for the file stage's tqdm bar on stderr, or a callable ``(stage, done, total)`` called after each
        file ("ingest"), each image read ("ocr") and each description ("describe") (the CLI draws them with tqdm).
        ``oldest_first`` (--oldest-first): OCR and descriptions start with the oldest photos, not the newest.
        ``ocr=False`` (--no-ocr) leaves text in images unread for `mmrag describe`, as ``describe=False`` leaves descriptions.
        ``prune`` (--prune): also forget every indexed file that is gone, wherever it was.
        ``excludes`` (--exclude): gitignore-style patterns left out (with each root's .mmragignore), and forgotten
        where they cover files indexed before."""
        from .ingest.discover import check_roots, exclude_spec
        from .ingest.pipeline import IngestOptions, Ingester, IngestReport

        for root in check_roots(paths):  # a missing path or a bad pattern is refused before the index is touched
            if root.is_dir():
                exclude_spec(root, excludes)
        report = IngestReport(index=str(self.index_dir))
        on_file = (lambda done, total: progress("ingest", done, total)) if callable(progress) else None
        options = IngestOptions(include_hidden=include_hidden, excludes=tuple(excludes), pdf_dpi=self.settings.pdf_dpi, commit_items=self.settings.commit_items,
                                readers=self.settings.readers, progress=bool(progress) and on_file is None, on_file=on_file, ocr_engine=self.ocr_engine_id,
                                video_every=self.settings.video_every, video_frames=self.settings.video_frames)
        with index_writes(self.index_dir):
            self.open_for_writing("ingest")
            self.load_models(describe)
            ingester = Ingester(self.catalog, self.store, self.clip, self.text, self.thumbs_dir, self.vlm_model_id, options)
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
        """`mmrag remove`: forget the sources at ``paths`` (files, or all under a folder, on disk or not); the ingest report."""
        from .ingest.pipeline import IngestOptions, Ingester, IngestReport

        report = IngestReport(index=str(self.index_dir))
        with index_writes(self.index_dir):
            self.open_for_writing("remove")
            Ingester(self.catalog, self.store, None, None, self.thumbs_dir, self.vlm_model_id, IngestOptions(progress=False)).remove(paths, report)
            self.rebuild_lexical()
        report.pending_descriptions = self.catalog.count_pending()
        report.items = sum(self.catalog.count_items().values())
        return report

    def _drop_searcher(self) -> None:
        if self._searcher is not None:
            self._searcher[1].close()  # (settings it was built for, Searcher)
            self._searcher = None

    def rebuild_lexical(self) -> int:
        from . import lexical

        self._lexical = None
        self._drop_searcher()
        return lexical.build(self.catalog, self.index_dir / "bm25")

    def lexical(self):
        """The BM25 index, loaded once per Engine (rebuild_lexical drops it)."""
        if self._lexical is None:
            from .lexical import LexicalIndex

            folder = self.index_dir / "bm25"
            try:
                self._lexical = LexicalIndex.load(folder)
            except Exception as err:  # a damaged file (bad JSON, truncated arrays): the catalog holds every text
                log.warning("the BM25 index in %s is damaged (%s); rebuilding it from the catalog", folder, type(err).__name__)
                self.rebuild_lexical()
                self._lexical = LexicalIndex.load(folder)
        return self._lexical

    @property
    def thumbs_dir(self) -> Path:
        return self.index_dir / "thumbs"

    def thumbnails(self, ids: Sequence[str]) -> dict[str, Path]:
        """The stored thumbnail (JPEG, at most 512 px) of each image item among ``ids`` that has one."""
        from .ingest.images import thumbnail_path

        paths = {i: thumbnail_path(self.thumbs_dir, item.content_hash) for i, item in self.catalog.items(ids).items() if item.kind != "text"}
        return {i: path for i, path in paths.items() if path.is_file()}

    @property
    def vlm_model_id(self) -> str:
        return self._vlm.model_id if self._vlm is not None else f"ollama:{self.settings.vlm}"

    @property
    def ocr_engine_id(self) -> str | None:
        """The OCR engine this run would use (its cached texts are reused), None when OCR is off."""
        from .ingest.ocr import engine_id, preferred_engine

        s = self.settings
        return engine_id(preferred_engine(s.ocr, shutil.which(s.tesseract) is not None), s.ocr_lang, self.vlm_model_id)

    def read_text(self, progress: bool | Progress = True, allow_vlm: bool = True, rebuild: bool = True, oldest_first: bool = False):
        """OCR for the image items still pending (ingest/ocr.py); ``allow_vlm=False`` keeps the VLM out of it.
        ``progress``: a callable ``(stage, done, total)`` (the CLI draws it with tqdm); Ctrl-C keeps what was read."""
        from .ingest.ocr import OcrReport, make_reader, ocr_pending, preferred_engine

        self.open_for_writing("ocr")
        pending = self.catalog.count_ocr_pending()
        if not pending:
            return OcrReport()
        s = self.settings
        engine = preferred_engine(s.ocr, shutil.which(s.tesseract) is not None)
        reader, why_not = make_reader(engine, s.tesseract, s.ocr_lang, s.ocr_timeout, lambda: self.vlm, allow_vlm, vlm_parallel=s.vlm_parallel)
        if reader is None:
            (log.info if engine is None or engine == "vlm" else log.warning)("no OCR: %s; %d image(s) await it", why_not, pending)
            return OcrReport(stopped=why_not)
        with index_writes(self.index_dir):
            report = ocr_pending(self.catalog, self.store, reader, self.text, dpi=s.ocr_dpi, progress=_callable(progress), oldest_first=oldest_first)
        if report.read and (rebuild or report.interrupted):
            self.rebuild_lexical()
        if report.interrupted:
            raise KeyboardInterrupt
        if report.stopped:
            log.warning("OCR stopped: %s; %d image(s) stay pending for `mmrag describe`", report.stopped, self.catalog.count_ocr_pending())
        return report

    def describe(self, progress: bool | Progress = True, oldest_first: bool = False):
        """Descriptions for the pending image items, ``settings.vlm_parallel`` requests at once, newest first.
        Ctrl-C keeps what was described (and indexes it for BM25), then raises KeyboardInterrupt."""
        from .ingest.describe import DescribeReport, describe_pending

        self.open_for_writing("describe")
        if not self.catalog.count_pending():
            return DescribeReport()
        with index_writes(self.index_dir):
            report = describe_pending(self.catalog, self.store, self.vlm, self.text, self.thumbs_dir, progress=_callable(progress),
                                      parallel=self.settings.vlm_parallel, oldest_first=oldest_first)
        if report.described:
            with index_writes(self.index_dir):
                self.rebuild_lexical()
        if report.interrupted:
            raise KeyboardInterrupt
        if report.stopped:
            log.warning("descriptions stopped: %s; %d image(s) stay pending for `mmrag describe`", report.stopped, self.catalog.count_pending())
        return report

    def search(self, query):
        """Hybrid search (see retrieve.py); ``query`` is a retrieve.SearchQuery."""
        if query.label is not None:
            self._check_label(query.label)
        if query.place is not None:
            self._check_place(query.place)
        return self.searcher().search(query)

    def _check_place(self, place: str) -> None:
        """Refuses a --place no item is in, naming the close ones (or saying no photo has a place yet)."""
        import difflib

        from .errors import UsageError
        from .places import known_parts, matches

        known = self.catalog.places()
        if any(matches(p, place) for p in known):
            return
        parts = known_parts(known)
        if not parts:
            raise UsageError(f"no indexed photo has a place, so none is in {place!r}", "Places come from GPS coordinates in the photos' EXIF")
        close = difflib.get_close_matches(place, parts, n=5, cutoff=0.5) or parts[:10]
        raise UsageError(f"no indexed photo is in {place!r}", "Places in the index include: " + ", ".join(close))

    def _check_label(self, label: str) -> None:
        """Refuses a --label no item carries (listing those that do); first repairs labels left by a killed `tag`."""
        from .errors import UsageError

        if TAGGING_KEY in self.catalog.meta() and self._lock is None:
            try:
                self.open_for_writing("repair")
            except IndexBusyError:
                pass  # a `tag` is running: the catalog (the final filter) still holds the old labels
            else:
                self._lock.close()
                self._lock = None
        known = self.catalog.label_counts()
        if label not in known:
            listed = ", ".join(sorted(known)) if known else "none yet"
            raise UsageError(f"no item has the label {label!r} (labels in this index: {listed})",
                             "Pick one of those, or tag the images with `mmrag tag --labels \"a,b,c\"`")

    def searcher(self):
        """A Searcher for the current settings, kept while they stay the same (it caches its null caption vector)."""
        from dataclasses import replace

        from .retrieve import Cutoff, Searcher

        s = self.settings
        cached = self._searcher
        if cached is not None and cached[0] == s:
            return cached[1]
        self._drop_searcher()
        cutoff = replace(Cutoff(fpr=s.null_fpr), **{k: v for k, v in (("clip_margin", s.clip_margin), ("text_min", s.text_min), ("bm25_rel", s.bm25_rel)) if v is not None})
        weights = {"clip": s.weight_clip, "text": s.weight_text, "bm25": s.weight_bm25}
        searcher = Searcher(self.catalog, self.store, self.lexical(), self.clip, self.text, weights, s.rrf_k, cutoff)
        searcher.calibration = self._calibration(searcher)
        self._searcher = (s, searcher)
        return searcher

    def _calibration(self, searcher):
        """The index's null model for the cut-off (calibrate.py), recomputed when the index changed enough;
        a threshold the user set (MMRAG_CLIP_MARGIN, MMRAG_TEXT_MIN) wins over its channel's null."""
        from . import calibrate

        build = lambda counts: calibrate.compute(self.store, self.lexical(), self.clip, self.text, searcher._null_vector(), counts)  # noqa: E731
        fixed = {c for c, v in (("clip", self.settings.clip_margin), ("text", self.settings.text_min)) if v is not None}
        return calibrate.current(self.index_dir, self.catalog, build).without(fixed)

    def ask(self, question: str, k: int = 5, on_token=None, verify: str = "evidence", scope=None, history: str = ""):
        """A grounded answer (answer.py): search, VLM or extractive fallback, validated citations.

        ``verify="vlm"`` adds a yes/no check by the VLM for each citation (claim verification).
        ``scope``: a SearchQuery whose filters (and text, when set: a chat's rewritten query) the retrieval uses;
        ``history``: earlier turns of a conversation, put before the sources in the prompt (chat.py).
        ``verify="minicheck"`` asks Ollama's ``bespoke-minicheck`` fact checker instead, for text sources."""
        from .answer import SYSTEM, Answer, Source, build_prompt, extractive_answer, grade, validate
        from .errors import OllamaError
        from .ingest.images import thumbnail_path
        from .retrieve import SearchQuery
        from .store import IMAGES
        from .types import GenerationRequest

        hits = self.search(_scoped(scope or SearchQuery(), question, k))
        if not hits:
            text = "Nothing in the index is relevant to this question, so I will not guess."
            return Answer(question, text, "extractive", [], [], "abstained", {"citation_precision": 0.0, "sentence_support": 0.0})
        items = self.catalog.items([h.id for h in hits])
        vectors = self.store.vectors(IMAGES, [h.id for h in hits if h.kind != "text"])
        sources = []
        for n, hit in enumerate(hits, 1):
            item = items[hit.id]
            thumb = thumbnail_path(self.thumbs_dir, item.content_hash)
            image = thumb.read_bytes() if hit.kind != "text" and thumb.is_file() else None
            body = item.text if hit.kind == "text" else _image_text(item)
            sources.append(Source(n, hit.id, hit.kind, hit.path, hit.page, body, image, vectors.get(hit.id), time=hit.time))
        request = GenerationRequest(history + build_prompt(question, sources), images=[s.image for s in sources if s.image is not None], system=SYSTEM)
        try:
            text = self.vlm.generate(request, on_token=on_token)
            answerer = "vlm:" + self.vlm.model_id.split(":", 1)[-1]  # "ollama:llava" -> "vlm:llava"
        except OllamaError as err:  # down, model missing, too slow, or replies that cannot be used
            log.warning("%s; answering extractively from the retrieved text instead", err)
            text, answerer = extractive_answer(sources, question, self.text), "extractive"
        verifier = None
        if verify == "vlm" and answerer != "extractive":
            verifier = self._vlm_verifier()
        elif verify == "minicheck":
            verifier = self._minicheck_verifier()
        checks = validate(text, sources, self.text, self.clip, self.searcher()._null_vector(), question=question, verifier=verifier)
        grounded, metrics = grade(checks)
        return Answer(question, text, answerer, checks, sources, grounded, metrics)

    def ask_images(self, question: str, paths: Sequence[str | Path], on_token=None, verify: str = "evidence", history: str = ""):
        """An answer from the given image files only (ask_images.py; no index): an ImageAnswer."""
        from .ask_images import ask_images
        from .ingest.ocr import make_reader

        s = self.settings
        reader = None
        if s.ocr != "off" and shutil.which(s.tesseract):  # the VLM sees the images anyway: OCR by Tesseract only
            reader, _ = make_reader("tesseract", s.tesseract, s.ocr_lang, s.ocr_timeout, lambda: self.vlm, False)
        verifier_for = (lambda answerer: self._vlm_verifier() if verify == "vlm" and answerer != "extractive" else None)
        return ask_images(question, paths, self.vlm, self.text, self.clip, reader, on_token, history, verifier_for)

    def caption(self, paths: Sequence[str | Path], style: str = "detailed", progress=None):
        """A description of each given image file in ``style`` (captions.py; no index)."""
        from .captions import caption_images

        return caption_images(paths, self.vlm, style, progress)

    def _vlm_verifier(self):
        """claim, source -> the VLM's yes/no on whether the source supports the claim (None: no verdict)."""
        from .answer import VERIFY_PROMPT, evidence_text, parse_verdict
        from .errors import OllamaError
        from .types import GenerationOptions, GenerationRequest

        def verify(claim, source):
            prompt = VERIFY_PROMPT.format(source=evidence_text(source.text) or "(no text)", claim=claim, image=" and the attached image" if source.image else "")
            images = [source.image] if source.image is not None else []
            try:
                return parse_verdict(self.vlm.generate(GenerationRequest(prompt, images=images, options=GenerationOptions(temperature=0.0, num_predict=3))))
            except OllamaError as err:
                log.warning("VLM verification skipped: %s", err)
                return None

        verify.name = "vlm"
        return verify

    def _minicheck_verifier(self):
        """claim, text source -> bespoke-minicheck's Yes/No ("Document: ... Claim: ..."); images get no verdict."""
        from .answer import MINICHECK_PROMPT, evidence_text, parse_verdict
        from .backends.ollama import OllamaVLM
        from .errors import OllamaError
        from .types import GenerationOptions, GenerationRequest

        s = self.settings
        checker = OllamaVLM(MINICHECK_MODEL, host=s.ollama_host, timeout=s.ollama_timeout, retries=s.ollama_retries)

        def verify(claim, source):
            if source.image is not None or not evidence_text(source.text):
                return None
            prompt = MINICHECK_PROMPT.format(document=evidence_text(source.text), claim=claim)
            try:
                return parse_verdict(checker.generate(GenerationRequest(prompt, options=GenerationOptions(temperature=0.0, num_predict=3))))
            except OllamaError as err:
                log.warning("MiniCheck verification skipped (ollama pull %s): %s", MINICHECK_MODEL, err)
                return None

        verify.name = "minicheck"
        return verify

    def tag(self, labels: Sequence[str], extra_templates: Sequence[str] = (), progress: bool = True) -> dict:
        """Zero-shot tags for every image item from its stored CLIP vector; replaces earlier tags."""
        from .catalog import replace_labels
        from .classify import DEFAULT_TEMPLATES, check_templates, class_vectors, tag_vectors
        from .errors import UsageError
        from .store import IMAGES

        if len(labels) < 2:
            raise UsageError("tagging needs at least two labels", 'Pass them like --labels "beach,city,forest"')
        self.open_for_writing("tag")
        templates = check_templates(list(DEFAULT_TEMPLATES) + [t for t in extra_templates if t not in DEFAULT_TEMPLATES])
        classes = class_vectors(labels, templates, self.clip)
        scale = getattr(self.clip, "logit_scale", 100.0)
        items = self.catalog.image_items()
        rows, tops = [], {}
        for start in range(0, len(items), 1000):
            chunk = [i.id for i in items[start : start + 1000]]
            vectors = self.store.vectors(IMAGES, chunk)
            ids = [i for i in chunk if i in vectors]
            for item_id, scores in zip(ids, tag_vectors(np.stack([vectors[i] for i in ids]) if ids else np.zeros((0, 1)), labels, classes, scale)):
                tops[item_id] = scores[0]
                rows += [(item_id, s.label, s.probability, int(n == 0)) for n, s in enumerate(scores)]
        new = {i.id: (tops[i.id].label if i.id in tops else None) for i in items}
        with index_writes(self.index_dir):
            self.catalog.set_meta({TAGGING_KEY: "1"})  # a kill from here on is repaired from the catalog: the old tags
            _halt_for_tests("tag:before-chroma")
            self.store.set_labels(new, after_batch=lambda: _halt_for_tests("tag:mid-chroma"))
            _halt_for_tests("tag:after-chroma")
            with self.catalog.transaction() as db:
                replace_labels(db, rows)
                db.execute("DELETE FROM meta WHERE key = ?", (TAGGING_KEY,))
        _halt_for_tests("tag:after-catalog")
        counts: dict[str, int] = {}
        for score in tops.values():
            counts[score.label] = counts.get(score.label, 0) + 1
        return {"tagged": len(tops), "labels": {label: counts.get(label, 0) for label in labels}}

    def status(self) -> dict:
        meta = self.catalog.meta()
        return {
            "index": str(self.index_dir),
            "clip": meta.get("clip"),
            "text_model": meta.get("text_model"),
            "schema_version": int(meta.get("schema_version", SCHEMA_VERSION)),
            "sources": len(self.catalog.sources()),
            "items": self.catalog.count_items(),
            "pending_descriptions": self.catalog.count_pending(),
            "pending_ocr": self.catalog.count_ocr_pending(),
            "labels": self.catalog.label_counts(),
            "chroma_url": meta.get("chroma_url"),
            "calibration": self._calibration_status(),
        }

    def _calibration_status(self) -> dict | None:
        """The stored null model (None before the first search), without loading any model."""
        from . import calibrate

        stored = calibrate.load(self.index_dir)
        return stored.summary(self.settings.null_fpr, calibrate.counts_of(self.catalog)) if stored is not None else None

    def sources(self) -> list[dict]:
        counts = self.catalog.item_counts_by_source()
        return [
            {"path": s.display, "kind": s.kind, "items": counts.get(s.path, 0), "size": s.size, "mtime": s.mtime, "sha256": s.sha256}
            for s in self.catalog.sources()
        ]


def _scoped(scope, question: str, k: int):
    """The SearchQuery of an ask: ``scope``'s filters, its text or else the question, ``k`` results by relevance."""
    from dataclasses import replace

    return replace(scope, text=scope.text or question, image=None, k=k, sort="relevance")
MINICHECK_MODEL = "bespoke-minicheck"


def _image_text(item) -> str:
    """What an image item says in words, for answers: its description and the text read in it."""
    parts = [item.description or "", f"Text in the image: {item.ocr}" if item.ocr else ""]
    return " ".join(part for part in parts if part)


def _callable(progress):
    """The progress callback among ``progress: bool | Progress`` (True alone draws nothing: bars belong to the front end)."""
    return progress if callable(progress) else None
