"""The pure parts of `mmrag eval`: the questions file (JSON Lines) and the metrics over one search's hits.

A questions file is JSON Lines: ``{"question", "relevant": ["PATH" | "PATH#PAGE", ...], "answer_has"?,
"paraphrases"?}``.
A relevant entry names a source file (absolute, or relative to the questions file's folder), optionally one
1-based PDF page; it matches any result item from that file (or that page). ``"relevant": []``: nothing should match.
Example tables in tests/test_evaluate.py; evaluate.py runs them over an Engine.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError

Hit = tuple[str, "int | None"]  # (source path, page) of a result


@dataclass(frozen=True)
class Relevant:
    raw: str  # as written in the file
    path: str  # absolute, normalised
    page: int | None = None

    def matches(self, hit: Hit) -> bool:
        return hit[0] == self.path and (self.page is None or hit[1] == self.page)


@dataclass
class Question:
    line: int
    question: str
    relevant: list[Relevant]
    answer_has: list[str] = field(default_factory=list)
    paraphrases: list[str] = field(default_factory=list)


# -- metrics (pure) ----------------------------------------------------------------


def first_ranks(hits: Sequence[Hit], relevant: Sequence[Relevant], k: int) -> list[int | None]:
    """For each relevant entry, the 1-based rank of its first matching hit within the top ``k`` (None: unmatched)."""
    return [next((rank for rank, hit in enumerate(hits[:k], 1) if entry.matches(hit)), None) for entry in relevant]


def recall_at(hits: Sequence[Hit], relevant: Sequence[Relevant], k: int) -> float:
    """Share of the relevant entries matched by the top ``k`` hits."""
    if not relevant:
        raise ValueError("recall needs at least one relevant entry")
    return sum(rank is not None for rank in first_ranks(hits, relevant, k)) / len(relevant)


def ndcg_at(hits: Sequence[Hit], relevant: Sequence[Relevant], k: int) -> float:
    """nDCG@k with binary gains: one gain of 1 per relevant entry, at its first matching rank.

    A hit gives its gain to at most one entry (a still-unmatched page entry it matches before a whole-file one,
    since any other hit of the file can match that), so a page and its whole file listed together cannot both
    score on one hit and nDCG stays in [0, 1]."""
    if not relevant:
        raise ValueError("nDCG needs at least one relevant entry")
    open_entries = sorted(relevant, key=lambda e: e.page is None)
    dcg = 0.0
    for rank, hit in enumerate(hits[:k], 1):
        entry = next((e for e in open_entries if e.matches(hit)), None)
        if entry is not None:
            open_entries.remove(entry)
            dcg += 1.0 / math.log2(rank + 1)
    ideal = sum(1.0 / math.log2(rank + 1) for rank in range(1, min(len(relevant), k) + 1))
    return dcg / ideal


def reciprocal_rank(hits: Sequence[Hit], relevant: Sequence[Relevant], k: int) -> float:
    """1 / rank of the first of the top ``k`` hits that matches any relevant entry; 0 when none does."""
    return next((1.0 / rank for rank, hit in enumerate(hits[:k], 1) if any(e.matches(hit) for e in relevant)), 0.0)


def mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def percentile(values: Sequence[float], q: float) -> float | None:
    """The ``q``-th percentile (0-100) by linear interpolation between closest ranks; None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100
    low, high = math.floor(pos), math.ceil(pos)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def jaccard(a: set, b: set) -> float:
    """|a ∩ b| / |a ∪ b|; two empty sets agree (1.0)."""
    return len(a & b) / len(a | b) if a | b else 1.0


WORD = re.compile(r"[^\W_]{3,}")
FILLER = frozenset(
    "the and are was were this that with from for has have its not but which what there their "
    "image photo picture shows".split()
)


def fact_words(sentences: Sequence[str]) -> set[str]:
    """The words that carry the facts of some sentences: lower-cased, 3+ letters, without filler words."""
    return {w for s in sentences for w in WORD.findall(s.lower()) if w not in FILLER}


def has_all(answer: str, wanted: Sequence[str]) -> bool:
    """Whether every ``wanted`` string is in ``answer`` (case and spacing ignored)."""
    flat = " ".join(answer.lower().split())
    return all(" ".join(w.lower().split()) in flat for w in wanted)


# -- the questions file -------------------------------------------------------------


def parse_relevant(entry: str, folder: Path) -> Relevant:
    """``PATH`` or ``PATH#PAGE`` (1-based), relative paths against ``folder``."""
    path, page = entry, None
    head, sep, tail = entry.rpartition("#")
    if sep and tail.strip().isdigit():
        path, page = head, int(tail)
        if page < 1:
            raise ValueError(f"page {tail} in {entry!r} is not a page number (pages start at 1)")
    if not path.strip():
        raise ValueError(f"relevant entry {entry!r} has no path")
    return Relevant(entry, normal_path(folder / Path(path).expanduser()), page)


def normal_path(path: str | Path) -> str:
    return os.path.realpath(path)


def _strings(record: dict, key: str) -> list[str]:
    value = record.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f'"{key}" must be a list of strings')
    return value


def parse_line(text: str, number: int, folder: Path) -> Question:
    """One line of a questions file; ValueError says what is wrong with it."""
    try:
        record = json.loads(text)
    except json.JSONDecodeError as err:
        raise ValueError(f"not JSON ({err.msg} at column {err.colno})") from None
    if not isinstance(record, dict):
        raise ValueError("not a JSON object")
    question = record.get("question")
    if not isinstance(question, str) or not question.strip():
        raise ValueError('"question" is missing or empty')
    if "relevant" not in record:
        raise ValueError('"relevant" is missing (use [] when nothing should answer the question)')
    relevant = [parse_relevant(entry, folder) for entry in _strings(record, "relevant")]
    paraphrases = [p.strip() for p in _strings(record, "paraphrases") if p.strip()]
    return Question(number, question.strip(), relevant, _strings(record, "answer_has"), paraphrases)


def read_questions(path: Path) -> tuple[list[Question], list[str]]:
    """(questions, problems): a malformed line becomes a problem ("line N: what is wrong") and the others still run."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(
            f"cannot read the questions file {path}: {getattr(err, 'strerror', None) or err}",
            "Check the path; the file is JSON Lines in UTF-8",
        ) from None
    folder = Path(path).absolute().parent
    questions, problems = [], []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            questions.append(parse_line(line, number, folder))
        except ValueError as err:
            problems.append(f"{path}:{number}: {err}")
    if not questions and not problems:
        raise InputError(
            f"the questions file {path} holds no questions",
            'Write one JSON object a line, e.g. {"question": "a red star", "relevant": ["photos/star.png"]}',
        )
    if not questions:
        raise InputError(
            f"no usable question in {path} ({len(problems)} malformed line(s); the first: {problems[0]})",
            'Fix the lines; each needs "question" and "relevant"',
        )
    return questions, problems


def score_question(hits: Sequence[Hit], relevant: Sequence[Relevant], k: int) -> tuple[dict, list[float] | None]:
    """One search's scores: ``{"returned"}`` plus recall, nDCG and reciprocal rank at ``k`` when the question has
    relevant entries, and its recall@1..k curve (None for a question that nothing should answer)."""
    score: dict = {"returned": len(hits)}
    if not relevant:
        return score, None
    curve = [recall_at(hits, relevant, j) for j in range(1, k + 1)]
    score.update(recall=curve[-1], ndcg=ndcg_at(hits, relevant, k), rr=reciprocal_rank(hits, relevant, k))
    return score, curve


def summarize(scored: Sequence[tuple[dict, list[float] | None]]) -> ChannelScores:
    """Means over the questions with relevant entries (recall, nDCG, MRR, the recall curve) and ``abstention``: the
    share of the others for which the search returned nothing."""
    answerable = [(score, curve) for score, curve in scored if curve is not None]
    abstained = [float(score["returned"] == 0) for score, curve in scored if curve is None]
    curves = [curve for _, curve in answerable]
    return ChannelScores(
        recall=mean([s["recall"] for s, _ in answerable]),
        ndcg=mean([s["ndcg"] for s, _ in answerable]),
        mrr=mean([s["rr"] for s, _ in answerable]),
        abstention=mean(abstained),
        recall_curve=[mean(col) for col in zip(*curves)] if curves else [],
    )


@dataclass
class ChannelScores:
    recall: float | None
    ndcg: float | None
    mrr: float | None
    abstention: float | None
    recall_curve: list[float]  # recall@1..k
