"""`mmrag eval --ask`: score Engine.ask's answers to the questions (and their paraphrases).

Only Engine.ask's public result is read: its grounded verdict, metrics, sentences and cited sources.
Consistency: a question and each of its paraphrases should cite the same sources (Jaccard of the cited
(path, page) sets) and state the same supported facts (Jaccard of the words of their supported sentences).
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Sequence

from .eval_scoring import Question, fact_words, has_all, jaccard, mean
from .evaluate import TimedVLM, _pcts, _round

ASK_K = 5  # sources per answer, as `mmrag ask`


def cited_sources(answer) -> set[tuple[str, int | None]]:
    """(path, page) of the sources an answer cites (invalid citations name no source)."""
    by_n = {s.n: s for s in answer.sources}
    return {
        (by_n[c.source].path, by_n[c.source].page)
        for s in answer.sentences
        for c in s.citations
        if c.status != "invalid" and c.source in by_n
    }


def supported_facts(answer) -> set[str]:
    return fact_words([s.text for s in answer.sentences if s.status == "supported"])


def ask_timed(engine, question: str, vlm: TimedVLM | None):
    """(answer, generate seconds or None, validate seconds or None): validate is the time after the last generation."""
    before = len(vlm.calls) if vlm is not None else 0
    answer = engine.ask(question, k=ASK_K)
    ended = time.perf_counter()
    calls = vlm.calls[before:] if vlm is not None else []
    if not calls:
        return answer, None, None
    return answer, calls[-1][1] - calls[0][0], ended - calls[-1][1]


def evaluate_answers(
    engine, questions: Sequence[Question], results: dict, progress: Callable[[str, int, int], None] | None = None
) -> dict:
    """Answer every question (and paraphrase); fill ``results[line].ask``; return the summary."""
    vlm = engine.vlm if isinstance(engine.vlm, TimedVLM) else None
    generate, validate = [], []
    rows = []
    total = sum(1 + len(q.paraphrases) for q in questions)
    done = 0
    for q in questions:
        answer, gen_s, val_s = ask_timed(engine, q.question, vlm)
        timings = [(gen_s, val_s)]
        variants = []
        for text in q.paraphrases:
            other, o_gen, o_val = ask_timed(engine, text, vlm)
            timings.append((o_gen, o_val))
            variants.append(
                {
                    "question": text,
                    "grounded": other.grounded,
                    "sources": _round(jaccard(cited_sources(answer), cited_sources(other))),
                    "facts": _round(jaccard(supported_facts(answer), supported_facts(other))),
                }
            )
        done += 1 + len(q.paraphrases)
        if progress:
            progress("ask", done, total)
        generate += [g for g, _ in timings if g is not None]
        validate += [v for _, v in timings if v is not None]
        row = question_row(q, answer, variants, gen_s, val_s)
        results[q.line].ask = row
        rows.append(row)
    return summarise(rows, questions, generate, validate)


def question_row(q: Question, answer, variants: list[dict], gen_s: float | None, val_s: float | None) -> dict:
    abstained = answer.grounded == "abstained"
    return {
        "answer": answer.answer,
        "answerer": answer.answerer,
        "grounded": answer.grounded,
        "abstained": abstained,
        "citation_precision": None if abstained else _round(answer.metrics.get("citation_precision")),
        "sentence_support": None if abstained else _round(answer.metrics.get("sentence_support")),
        "answer_has": has_all(answer.answer, q.answer_has) if q.answer_has else None,
        "abstention_correct": abstained if not q.relevant else None,
        "consistency": {
            "sources": _round(mean([v["sources"] for v in variants])),
            "facts": _round(mean([v["facts"] for v in variants])),
        }
        if variants
        else None,
        "paraphrases": variants,
        "generate_ms": None if gen_s is None else round(gen_s * 1000, 2),
        "validate_ms": None if val_s is None else round(val_s * 1000, 2),
    }


def summarise(rows: list[dict], questions: Sequence[Question], generate: list[float], validate: list[float]) -> dict:
    """Means over the questions each figure applies to (answered ones for precision and support)."""
    answered = [r for r in rows if not r["abstained"]]
    answerable = [r for r, q in zip(rows, questions) if q.relevant]
    with_facts = [r["answer_has"] for r in rows if r["answer_has"] is not None]
    empty = [r["abstention_correct"] for r in rows if r["abstention_correct"] is not None]
    consistent = [r["consistency"] for r in rows if r["consistency"] is not None]
    return {
        "questions": len(rows),
        "citation_precision": _round(mean([r["citation_precision"] for r in answered])),
        "sentence_support": _round(mean([r["sentence_support"] for r in answered])),
        "grounded": dict(Counter(r["grounded"] for r in rows)),
        "answerers": dict(Counter(r["answerer"] for r in rows)),
        "answer_has": _round(mean([float(x) for x in with_facts])),
        "abstention": _round(mean([float(x) for x in empty])),
        "false_abstention": _round(mean([float(r["abstained"]) for r in answerable])),
        "consistency": {
            "sources": _round(mean([c["sources"] for c in consistent])),
            "facts": _round(mean([c["facts"] for c in consistent])),
            "questions": len(consistent),
        },
        "latency": {"generate": _pcts(generate), "validate": _pcts(validate)},
    }
