"""The jobs that write an index: ingest, remove, and the passes over pending items (OCR, descriptions).

Each takes the Index and the models it uses (``Models``: the Engine hands itself; CLIP and the text model load before
any file is read, the VLM is built only when a pass needs it) and the Settings; the Engine only wires them.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from .backends.base import ClipModel, TextEmbedder, VisionLanguageModel
from .backends.ocr import engine_id, make_reader, preferred_engine
from .config import Settings
from .errors import OllamaError
from .index import Index
from .ingest.describe import DescribeReport, describe_pending
from .ingest.discover import check_roots, exclude_spec
from .ingest.ocr import OcrReport, ocr_pending
from .ingest.pipeline import Ingester, IngestOptions, IngestReport
from .writes import index_writes

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]  # (stage, done, total)


class Models(Protocol):
    """The backends a job may use, built on first use (the Engine)."""

    @property
    def clip(self) -> ClipModel: ...

    @property
    def text(self) -> TextEmbedder: ...

    @property
    def vlm(self) -> VisionLanguageModel: ...

    @property
    def vlm_model_id(self) -> str: ...

    @property
    def clip_spec(self) -> str: ...

    @property
    def text_model(self) -> str: ...


def ingest(
    index: Index,
    models: Models,
    settings: Settings,
    paths: Sequence[str | Path],
    describe: bool = True,
    include_hidden: bool = False,
    progress: bool | Progress = True,
    ocr: bool = True,
    prune: bool = False,
    excludes: Sequence[str] = (),
    oldest_first: bool = False,
) -> IngestReport:
    """`mmrag ingest` (see Engine.ingest for the options): files, then OCR, then the BM25 index, then descriptions."""

    for root in check_roots(paths):  # a missing path or a bad pattern is refused before the index is touched
        if root.is_dir():
            exclude_spec(root, excludes)
    report = IngestReport(index=str(index.folder))
    options = ingest_options(settings, models.vlm_model_id, progress, include_hidden, excludes)
    with index_writes(index.folder):
        index.open_for_writing("ingest")
        load_models(models, settings, describe)
        ingester = Ingester(
            index.catalog, index.store, models.clip, models.text, index.thumbs_dir, models.vlm_model_id, options
        )
        ingester.manifest = index.manifest_to_record(models.clip_spec, models.text_model)
        ingester.run(paths, report, prune_everywhere=prune)
        if ocr:
            read = read_text(
                index, models, settings, progress, allow_vlm=describe, rebuild=False, oldest_first=oldest_first
            )
            for failure in read.failed:  # the items stay pending: warn only
                log.warning("no OCR text for %s: %s", failure.path, failure.reason)
        index.rebuild_lexical()
    if describe:
        described = describe_items(index, models, settings, progress, oldest_first)
        for failure in described.failed:  # not unreadable sources: the items stay pending, so warn only
            log.warning("no description for %s: %s", failure.path, failure.reason)
    return _counted(index, report)


def ingest_options(
    settings: Settings, vlm_model_id: str, progress: bool | Progress, include_hidden: bool, excludes: Sequence[str]
) -> IngestOptions:
    """The file stage's options: the Settings', and a progress callable as its per-file callback (True alone draws
    nothing: bars belong to the front ends, as for the passes)."""
    on_file = (lambda done, total: progress("ingest", done, total)) if callable(progress) else None
    return IngestOptions(
        include_hidden=include_hidden,
        excludes=tuple(excludes),
        pdf_dpi=settings.pdf_dpi,
        commit_items=settings.commit_items,
        readers=settings.readers,
        prep_workers=settings.prep_workers,
        on_file=on_file,
        ocr_engine=ocr_engine_id(settings, vlm_model_id),
        video_every=settings.video_every,
        video_frames=settings.video_frames,
    )


def remove(index: Index, vlm_model_id: str, paths: Sequence[str | Path]) -> IngestReport:
    """`mmrag remove`: forget the sources at ``paths`` (files, or all under a folder, on disk or not)."""

    report = IngestReport(index=str(index.folder))
    with index_writes(index.folder):
        index.open_for_writing("remove")
        Ingester(index.catalog, index.store, None, None, index.thumbs_dir, vlm_model_id, IngestOptions()).remove(
            paths, report
        )
        index.rebuild_lexical()
    return _counted(index, report)


def _counted(index: Index, report: IngestReport) -> IngestReport:
    report.pending_descriptions = index.catalog.count_pending()
    report.items = sum(index.catalog.count_items().values())
    return report


def load_models(models: Models, settings: Settings, describe: bool) -> None:
    """Models before files: CLIP and the text model load now, so one that cannot load stops the run before any file
    is read (ModelUnavailableError, exit 1; UsageError for a bad spec, exit 2). Ollama is only checked: when it is
    down, descriptions stay pending and the warning comes first."""
    for model in (models.clip, models.text):
        model.load()
        model.export_text()  # once per model and machine: the next search needs no torch
    if not describe:
        return
    try:
        names = models.vlm.list_models()
    except OllamaError as err:
        log.warning("%s; descriptions stay pending for `mmrag describe`", err)
        return
    if names is None:  # a backend that cannot tell (the fakes)
        return
    wanted = settings.vlm
    if not any(n == wanted or n.split(":")[0] == wanted for n in names):
        log.warning(
            "the model '%s' is not available in Ollama at %s; run `ollama pull %s` (descriptions stay pending)",
            wanted,
            settings.ollama_host,
            wanted,
        )


def ocr_engine_id(settings: Settings, vlm_model_id: str) -> str | None:
    """The OCR engine a run would use (its cached texts are reused), None when OCR is off."""
    found = shutil.which(settings.tesseract) is not None
    return engine_id(preferred_engine(settings.ocr, found), settings.ocr_lang, vlm_model_id)


def read_text(
    index: Index,
    models: Models,
    settings: Settings,
    progress: bool | Progress = True,
    allow_vlm: bool = True,
    rebuild: bool = True,
    oldest_first: bool = False,
) -> OcrReport:
    """OCR for the image items still pending (ingest/ocr.py); ``allow_vlm=False`` keeps the VLM out of it.
    Ctrl-C keeps what was read, then raises KeyboardInterrupt."""

    index.open_for_writing("ocr")
    pending = index.catalog.count_ocr_pending()
    if not pending:
        return OcrReport()
    s = settings
    engine = preferred_engine(s.ocr, shutil.which(s.tesseract) is not None)
    reader, why_not = make_reader(
        engine, s.tesseract, s.ocr_lang, s.ocr_timeout, lambda: models.vlm, allow_vlm, vlm_parallel=s.vlm_parallel
    )
    if reader is None:
        (log.info if engine is None or engine == "vlm" else log.warning)(
            "no OCR: %s; %d image(s) await it", why_not, pending
        )
        return OcrReport(stopped=why_not)
    with index_writes(index.folder):
        report = ocr_pending(
            index.catalog,
            index.store,
            reader,
            models.text,
            dpi=s.ocr_dpi,
            progress=_callable(progress),
            oldest_first=oldest_first,
        )
    if report.read and (rebuild or report.interrupted):
        index.rebuild_lexical()
    _after_pass(report, "OCR", index.catalog.count_ocr_pending)
    return report


def describe_items(
    index: Index, models: Models, settings: Settings, progress: bool | Progress = True, oldest_first: bool = False
) -> DescribeReport:
    """Descriptions for the pending image items, ``settings.vlm_parallel`` requests at once, newest first.
    Ctrl-C keeps what was described (and indexes it for BM25), then raises KeyboardInterrupt."""

    index.open_for_writing("describe")
    if not index.catalog.count_pending():
        return DescribeReport()
    with index_writes(index.folder):
        report = describe_pending(
            index.catalog,
            index.store,
            models.vlm,
            models.text,
            index.thumbs_dir,
            progress=_callable(progress),
            parallel=settings.vlm_parallel,
            oldest_first=oldest_first,
        )
    if report.described:
        with index_writes(index.folder):
            index.rebuild_lexical()
    _after_pass(report, "descriptions", index.catalog.count_pending)
    return report


def _after_pass(report: OcrReport | DescribeReport, what: str, still_pending: Callable[[], int]) -> None:
    """Ctrl-C goes on up once what was done is kept; a pass that stopped early says how many items stay pending."""
    if report.interrupted:
        raise KeyboardInterrupt
    if report.stopped:
        log.warning(
            "%s stopped: %s; %d image(s) stay pending for `mmrag describe`", what, report.stopped, still_pending()
        )


def _callable(progress):
    """The progress callback among ``progress: bool | Progress`` (True alone draws nothing: bars belong to the front
    end)."""
    return progress if callable(progress) else None
