"""A conversation: questions answered one after another, each follow-up understood in the light of the previous turns.

Each turn (1) turns the question into a self-contained retrieval query: the VLM rewrites it from the
conversation when it is up (``REWRITE_PROMPT``), else ``fallback_query`` appends the previous turn's
salient terms to a question that leans on it ("When was it completed?"); (2) answers it like `mmrag ask`,
with the previous turns shown to the VLM as far as ``--num-ctx`` allows (``history_block``); (3) the
answer's citations are validated against that turn's own sources (Engine.ask does it, as for any ask).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from .answer import Answer, strip_citations
from .claims import key_words, word_forms
from .errors import (
    OllamaError,
    OllamaModelNotFoundError,
    OllamaUnreachableError,
    UsageError,
)
from .types import GenerationOptions, GenerationRequest

log = logging.getLogger(__name__)

MAX_QUESTION = 2000  # characters: a question longer than this is a pasted document, not a question
DEFAULT_NUM_CTX = 2048  # Ollama's default context window, in tokens
CHARS_PER_TOKEN = 4  # a rough, safe average for English text
HISTORY_SHARE = 0.25  # of the context window, the most the previous turns may take (sources and images need the rest)
MAX_SALIENT = 8  # terms the fallback carries over from the previous turn
ANAPHORA = frozenset(
    "it its it's they them their theirs this that these those he him his she her hers there then such same "
    "one ones".split()
)
REWRITE_PROMPT = (
    "Conversation so far:\n{history}\n\nFollow-up question: {question}\n\n"
    "Rewrite the follow-up question as one self-contained search query that names what it refers to. "
    "Reply with the query only, on one line."
)
WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'-]*")


@dataclass
class Turn:
    question: str
    query: str  # the retrieval query used for this turn
    answer: Answer


@dataclass
class Conversation:
    """The turns so far; ``answer(question, query, history)`` answers one turn (Engine.ask or Engine.ask_images)."""

    answer: Callable[[str, str, str], Answer]
    vlm: object | None = None  # a VisionLanguageModel for rewriting follow-ups; None: the fallback only
    num_ctx: int | None = None
    turns: list[Turn] = field(default_factory=list)

    def ask(self, question: str) -> Turn:
        """Answer one question (raises UsageError for an empty or over-long one; the conversation goes on)."""
        question = check_question(question)
        query = self.rewrite(question)
        history, dropped = history_block(self.turns, history_budget(self.num_ctx))
        if dropped:
            log.warning(
                "the %d oldest turn(s) no longer fit in the model's context (--num-ctx); it sees the last %d",
                dropped,
                len(self.turns) - dropped,
            )
        turn = Turn(question, query, self.answer(question, query, history))
        self.turns.append(turn)
        return turn

    def rewrite(self, question: str) -> str:
        """A self-contained retrieval query for ``question``: itself on the first turn."""
        if not self.turns:
            return question
        if self.vlm is not None:
            history, _ = history_block(self.turns[-3:], history_budget(self.num_ctx), with_header=False)
            try:
                reply = self.vlm.generate(
                    GenerationRequest(
                        REWRITE_PROMPT.format(history=history, question=question),
                        options=GenerationOptions(temperature=0.0, num_predict=64),
                    )
                )
                query = clean_rewrite(reply, question, history)
                if query:
                    return query
                log.info("the VLM's rewrite %r was not usable; using the previous turn's terms", reply[:80])
            except (OllamaUnreachableError, OllamaModelNotFoundError) as err:
                log.info("%s; follow-ups are rewritten without the VLM", err)
                self.vlm = None  # no use asking again in this conversation
            except OllamaError as err:
                log.info("rewrite by the VLM failed (%s); using the previous turn's terms", err)
        last = self.turns[-1]
        return fallback_query(question, last.query, strip_citations(last.answer.answer))

    def reset(self) -> None:
        self.turns.clear()


# -- pure helpers ----------------------------------------------------------------------------


def check_question(question: str) -> str:
    """The question, stripped; UsageError when it is empty or too long."""
    question = " ".join((question or "").split())
    if not question:
        raise UsageError("the question is empty", 'Ask like: "what colour is the star?"')
    if len(question) > MAX_QUESTION:
        raise UsageError(
            f"the question is {len(question):,} characters long; the most is {MAX_QUESTION:,}",
            "Ask a shorter question (to ask about a document, ingest it and ask about it)",
        )
    return question


def words(text: str) -> list[str]:
    return WORD.findall(text)


# Words too common to carry a conversation's topic (the claim checker's own list drops more, e.g. "photo").
STOPWORDS = frozenset(
    "the and for are was were with that this these those from into onto over under about there their they them then "
    "than what which "
    "who whom whose when where why how has have had does did done not but all any each both also its it's is be been "
    "being of on in to "
    "an as at by or so such very can could would should will may might must one two its our your you his her him she "
    "he we us "
    "now until still also just only too yet ever even again here there while since".split()
)


def _word_forms(text: str) -> set[str]:
    """The content words of ``text`` with their stems and lemmas (claims.py), for a word-overlap test."""
    return {form for word in key_words(text) for form in word_forms(word)}


def is_follow_up(question: str) -> bool:
    """Whether a question leans on the previous turn: it refers back ("it", "they", "that") or names almost nothing."""
    lowered = [w.lower() for w in words(question)]
    return any(w in ANAPHORA for w in lowered) or len(key_words(question)) < 2


def salient_terms(*texts: str, limit: int = MAX_SALIENT) -> list[str]:
    """Content words of ``texts`` in order of first appearance, names (capitalised words) first, without repeats."""
    seen: set[str] = set()
    names, others = [], []
    for text in texts:
        for word in words(text):
            key = word.lower().strip("'-")
            if len(key) < 3 or key in STOPWORDS or key in ANAPHORA or key in seen:
                continue
            seen.add(key)
            (names if word[0].isupper() else others).append(word)
    return (names + others)[:limit]


def fallback_query(question: str, previous_query: str, previous_answer: str = "") -> str:
    """The retrieval query without a VLM: a follow-up gets the previous query's terms (then the previous
    answer's names) appended; a self-contained question is left as it is."""
    if not is_follow_up(question):
        return question
    own = {w.lower() for w in words(question)}
    terms = [t for t in salient_terms(previous_query, previous_answer) if t.lower() not in own]
    return " ".join([question] + terms)


def clean_rewrite(reply: str, question: str, history: str) -> str | None:
    """The VLM's rewritten query, or None when it is not one: empty, several lines of prose, far too long,
    or sharing no word with the conversation (a model that did not understand the task)."""
    lines = [line.strip() for line in (reply or "").strip().splitlines() if line.strip()]
    if not lines:
        return None
    query = (
        re.sub(r"^(search query|query|rewritten query)\s*:\s*", "", lines[0], flags=re.IGNORECASE)
        .strip()
        .strip("\"'`")
        .strip()
    )
    if not query or len(query) > 300 or len(lines) > 3:
        return None
    if not _word_forms(query) & _word_forms(question + " " + history):
        return None
    return query


def history_budget(num_ctx: int | None) -> int:
    """Characters the previous turns may take in the prompt, for a context window of ``num_ctx`` tokens."""
    return int((num_ctx or DEFAULT_NUM_CTX) * CHARS_PER_TOKEN * HISTORY_SHARE)


def history_block(turns: Sequence[Turn], budget: int, with_header: bool = True) -> tuple[str, int]:
    """(The previous turns as text for the prompt, newest last, within ``budget`` characters; how many
    of the oldest were dropped to fit). Answers lose their citations: their numbers named other sources."""
    lines: list[str] = []
    used = 0
    kept = 0
    for turn in reversed(turns):
        text = f"User: {turn.question}\nAssistant: {strip_citations(turn.answer.answer)}\n"
        if used + len(text) > budget:
            break
        lines.insert(0, text)
        used += len(text)
        kept += 1
    dropped = len(turns) - kept
    if not lines:
        return "", dropped
    body = "".join(lines)
    if not with_header:
        return body.strip(), dropped
    header = "Conversation so far (earlier questions and your answers; for context only, not sources):\n"
    return f"{header}{body}\n", dropped
