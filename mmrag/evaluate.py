"""`mmrag eval`: measure search (and, with ``ask``, answers) on the user's own questions.

The questions file and the metrics are eval_scoring.py's (pure); ``evaluate`` runs them over an Engine for the fused
search and for each channel alone (the same search with the other weights at 0).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from .backends.base import VisionLanguageModel
from .eval_scoring import ChannelScores, Question, Relevant, normal_path, percentile, score_question, summarize
from .retrieve import Cutoff, SearchQuery

SETUPS = ("fused", "clip", "text", "bm25")
# -- running ---------------------------------------------------------------------------


@dataclass
class QuestionResult:
    line: int
    question: str
    relevant: list[str]
    unmatched_in_index: list[str]  # relevant entries whose file is not in the index
    scores: dict[str, dict]  # setup -> {"recall", "ndcg", "rr", "returned"}
    top: list[dict]  # the fused search's top results: {"id", "kind", "path", "page", "score", "relevant"}
    ask: dict | None = None


@dataclass
class EvalReport:
    questions: int
    k: int
    retrieval: dict[str, ChannelScores]
    per_question: list[QuestionResult]
    latency: dict[str, dict]
    settings: dict
    warnings: list[str]
    ask: dict | None = None


class TimedVLM(VisionLanguageModel):
    """A VisionLanguageModel (built by ``factory`` on first use) whose ``generate`` calls are timed: (start, end)."""

    def __init__(self, factory: Callable[[], object]):
        self._factory = factory
        self._inner = None
        self.calls: list[tuple[float, float]] = []

    @property
    def inner(self):
        if self._inner is None:
            self._inner = self._factory()
        return self._inner

    @property
    def model_id(self) -> str:
        return self.inner.model_id

    def generate(self, request, on_token=None) -> str:
        started = time.perf_counter()
        try:
            return self.inner.generate(request, on_token=on_token)
        finally:
            self.calls.append((started, time.perf_counter()))


def _weights_for(s, setup: str):
    """The settings of one setup: fused keeps the configured weights; a channel alone puts the others at 0."""
    base = {"clip": s.weight_clip, "text": s.weight_text, "bm25": s.weight_bm25}
    weights = {c: (w if setup in ("fused", c) else 0.0) for c, w in base.items()}
    return replace(s, weight_clip=weights["clip"], weight_text=weights["text"], weight_bm25=weights["bm25"])


def check_in_index(engine, questions: Sequence[Question]) -> tuple[dict[int, list[str]], list[str]]:
    """Relevant entries whose file (or page) is not in the index: {line: [entries]}, and one warning for each."""
    pages: dict[str, set] = {}
    for source in engine.catalog.sources():
        pages[normal_path(source.display)] = source.path
    missing: dict[int, list[str]] = {}
    warnings = []
    for q in questions:
        for entry in q.relevant:
            why = None
            if entry.path not in pages:
                why = f"{entry.path} is not in the index"
            elif entry.page is not None and not _has_page(engine, pages[entry.path], entry.page):
                why = f"{entry.path} has no page {entry.page} in the index"
            if why:
                missing.setdefault(q.line, []).append(entry.raw)
                warnings.append(f"line {q.line}: relevant {entry.raw!r}: {why}; counted as unmatched")
    return missing, warnings


def _has_page(engine, source: str, page: int) -> bool:
    return (
        engine.catalog.db.execute(
            "SELECT 1 FROM items WHERE source = ? AND page = ? LIMIT 1", (source, page)
        ).fetchone()
        is not None
    )


def settings_used(engine) -> dict:

    s, cutoff = engine.settings, Cutoff()
    return {
        "index": str(engine.index_dir),
        "clip": engine.clip_spec,
        "text_model": engine.text_model,
        "vlm": s.vlm,
        "weights": {"clip": s.weight_clip, "text": s.weight_text, "bm25": s.weight_bm25},
        "rrf_k": s.rrf_k,
        "cutoff": {
            "clip_margin": s.clip_margin if s.clip_margin is not None else cutoff.clip_margin,
            "text_min": s.text_min if s.text_min is not None else cutoff.text_min,
            "bm25_rel": s.bm25_rel if s.bm25_rel is not None else cutoff.bm25_rel,
        },
    }


def evaluate(
    engine,
    questions: Sequence[Question],
    k: int = 10,
    ask: bool = False,
    progress: Callable[[str, int, int], None] | None = None,
) -> EvalReport:
    """Search every question with each setup (fused, clip, text, bm25), score them, and with ``ask`` answer them."""

    missing, warnings = check_in_index(engine, questions)
    base = engine.settings
    results = {
        q.line: QuestionResult(q.line, q.question, [e.raw for e in q.relevant], missing.get(q.line, []), {}, [])
        for q in questions
    }
    timings: dict[str, list[float]] = {"encode": [], "channels": [], "fusion": [], "search": []}
    retrieval = {}
    try:
        for step, setup in enumerate(SETUPS):
            engine.settings = _weights_for(base, setup)
            searcher = engine.searcher()
            searcher.search(
                SearchQuery(text=questions[0].question, k=k)
            )  # warm-up: models load on first use, not timed
            scored = []
            for n, q in enumerate(questions, 1):
                started = time.perf_counter()
                found = searcher.search(SearchQuery(text=q.question, k=k))
                if setup == "fused":
                    timings["search"].append(time.perf_counter() - started)
                    for stage in ("encode", "channels", "fusion"):
                        timings[stage].append(searcher.last_timings.get(stage, 0.0))
                    results[q.line].top = [_top_json(r, q.relevant) for r in found]
                score, curve = score_question([(normal_path(r.path), r.page) for r in found], q.relevant, k)
                scored.append((score, curve))
                results[q.line].scores[setup] = score
                if progress:
                    progress(f"search ({setup})", step * len(questions) + n, len(SETUPS) * len(questions))
            retrieval[setup] = summarize(scored)
    finally:
        engine.settings = base
    latency = {stage: _pcts(values) for stage, values in timings.items()}
    report = EvalReport(
        len(questions), k, retrieval, [results[q.line] for q in questions], latency, settings_used(engine), warnings
    )
    if ask:
        from .eval_answers import evaluate_answers  # it builds on this module's types and helpers

        report.ask = evaluate_answers(engine, questions, results, progress)
    return report


def _pcts(values: Sequence[float]) -> dict:
    """p50 and p95 in milliseconds."""
    p50, p95 = percentile(values, 50), percentile(values, 95)
    return {
        "p50_ms": None if p50 is None else round(p50 * 1000, 2),
        "p95_ms": None if p95 is None else round(p95 * 1000, 2),
        "n": len(values),
    }


def _top_json(result, relevant: Sequence[Relevant]) -> dict:
    hit = (normal_path(result.path), result.page)
    return {
        "id": result.id,
        "kind": result.kind,
        "path": result.path,
        "page": result.page,
        "score": result.score,
        "relevant": any(e.matches(hit) for e in relevant),
    }


def _round(value):
    return None if value is None else round(value, 4)


def report_json(report: EvalReport) -> dict:
    """The ``--json`` document (DESIGN.md's contract, extended with latency, settings, warnings)."""
    doc = {
        "questions": report.questions,
        "k": report.k,
        "retrieval": {
            name: {
                "recall": _round(c.recall),
                "ndcg": _round(c.ndcg),
                "mrr": _round(c.mrr),
                "abstention": _round(c.abstention),
                "recall_at": [_round(v) for v in c.recall_curve],
            }
            for name, c in report.retrieval.items()
        },
        "latency": report.latency,
        "per_question": [
            {
                "line": q.line,
                "question": q.question,
                "relevant": q.relevant,
                "not_in_index": q.unmatched_in_index,
                **{
                    name: {key: _round(v) if isinstance(v, float) else v for key, v in s.items()}
                    for name, s in q.scores.items()
                },
                "top": q.top,
                **({"ask": q.ask} if q.ask is not None else {}),
            }
            for q in report.per_question
        ],
        "settings": report.settings,
        "warnings": report.warnings,
    }
    if report.ask is not None:
        doc["ask"] = report.ask
    return doc
