"""Searching an Index: the Searcher a Settings asks for (channel weights, cut-off, the index's null model), and a
query checked against what the index holds before it runs. The ranking itself is retrieve.py's."""

from __future__ import annotations

from dataclasses import replace

from . import calibrate
from .backends.base import ClipModel, TextEmbedder
from .config import Settings
from .errors import UsageError
from .index import Index
from .retrieve import Cutoff, Searcher, SearchQuery


def cutoff_for(settings: Settings) -> Cutoff:
    """The cut-off: the null model's false-positive rate, and each fixed threshold the user set."""
    s = settings
    fixed = (("clip_margin", s.clip_margin), ("text_min", s.text_min), ("bm25_rel", s.bm25_rel))
    return replace(Cutoff(fpr=s.null_fpr), **{k: v for k, v in fixed if v is not None})


def build_searcher(index: Index, settings: Settings, clip: ClipModel, text: TextEmbedder) -> Searcher:
    """A Searcher over ``index`` for ``settings``, with the index's null model for its cut-off."""
    s = settings
    weights = {"clip": s.weight_clip, "text": s.weight_text, "bm25": s.weight_bm25}
    searcher = Searcher(index.catalog, index.store, index.lexical(), clip, text, weights, s.rrf_k, cutoff_for(s))
    searcher.calibration = calibration(index, settings, clip, text, searcher)
    return searcher


def calibration(index: Index, settings: Settings, clip: ClipModel, text: TextEmbedder, searcher: Searcher):
    """The index's null model for the cut-off (calibrate.py), recomputed when the index changed enough;
    a threshold the user set (MMRAG_CLIP_MARGIN, MMRAG_TEXT_MIN) wins over its channel's null."""

    def build(counts):
        return calibrate.compute(index.store, index.lexical(), clip, text, searcher.null_vector(), counts)

    fixed = {c for c, v in (("clip", settings.clip_margin), ("text", settings.text_min)) if v is not None}
    return calibrate.current(index.folder, index.catalog, build).without(fixed)


def check_query(index: Index, query: SearchQuery) -> None:
    """Refuses a query with nothing to search for, and a --label or --place no item has."""
    if query.empty:
        raise UsageError("nothing to search for", 'Give a QUERY, e.g. mmrag search "red car", or --image PATH')
    if query.label is not None:
        index.check_label(query.label)
    if query.place is not None:
        index.check_place(query.place)


def scoped(scope: SearchQuery, question: str, k: int) -> SearchQuery:
    """The SearchQuery of an ask: ``scope``'s filters, its text or else the question, ``k`` results by relevance."""
    return replace(scope, text=scope.text or question, image=None, k=k, sort="relevance")
