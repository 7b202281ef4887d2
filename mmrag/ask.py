"""`mmrag ask` from the index: retrieved hits -> sources -> prompt -> the VLM (or an extractive answer when Ollama
cannot answer) -> every citation validated (answer.py), optionally with a verifier model per citation.

Engine.ask does the search and hands the hits, the Index and the models here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from .answer import (
    MINICHECK_PROMPT,
    SYSTEM,
    VERIFY_PROMPT,
    Answer,
    Source,
    build_prompt,
    evidence_text,
    extractive_answer,
    grade,
    parse_verdict,
    validate,
)
from .backends.ollama import OllamaVLM
from .errors import OllamaError
from .index import thumbnail_path
from .store import IMAGES
from .types import GenerationOptions, GenerationRequest

log = logging.getLogger(__name__)

MINICHECK_MODEL = "bespoke-minicheck"
ABSTAINED = "Nothing in the index is relevant to this question, so I will not guess."


def image_text(item) -> str:
    """What an image item says in words, for answers: its description and the text read in it."""
    parts = [item.description or "", f"Text in the image: {item.ocr}" if item.ocr else ""]
    return " ".join(part for part in parts if part)


def sources_of(hits, index) -> list:
    """answer.Source for each hit, numbered from 1: the item's text, or an image item's words and thumbnail bytes."""
    items = index.catalog.items([h.id for h in hits])
    vectors = index.store.vectors(IMAGES, [h.id for h in hits if h.kind != "text"])
    sources = []
    for n, hit in enumerate(hits, 1):
        item = items[hit.id]
        thumb = thumbnail_path(index.thumbs_dir, item.content_hash)
        image = thumb.read_bytes() if hit.kind != "text" and thumb.is_file() else None
        body = item.text if hit.kind == "text" else image_text(item)
        sources.append(Source(n, hit.id, hit.kind, hit.path, hit.page, body, image, vectors.get(hit.id), time=hit.time))
    return sources


def answer_from_hits(
    question: str,
    hits,
    index,
    vlm,
    text,
    clip,
    null_vector: Callable,
    verifier_for: Callable,
    on_token=None,
    history: str = "",
):
    """The Answer to ``question`` from ``hits`` (retrieve.Hit list; none: abstain). ``null_vector()``: the CLIP
    vector of a contentless caption (for image claims); ``verifier_for(answerer)``: a per-citation verifier or None."""

    if not hits:
        return Answer(
            question, ABSTAINED, "extractive", [], [], "abstained", {"citation_precision": 0.0, "sentence_support": 0.0}
        )
    sources = sources_of(hits, index)
    request = GenerationRequest(
        history + build_prompt(question, sources),
        images=[s.image for s in sources if s.image is not None],
        system=SYSTEM,
    )
    try:
        reply = vlm.generate(request, on_token=on_token)
        answerer = "vlm:" + vlm.model_id.split(":", 1)[-1]  # "ollama:llava" -> "vlm:llava"
    except OllamaError as err:  # down, model missing, too slow, or replies that cannot be used
        log.warning("%s; answering extractively from the retrieved text instead", err)
        reply, answerer = extractive_answer(sources, question, text), "extractive"
    checks = validate(reply, sources, text, clip, null_vector(), question=question, verifier=verifier_for(answerer))
    grounded, metrics = grade(checks)
    return Answer(question, reply, answerer, checks, sources, grounded, metrics)


def verifier_for(verify: str, vlm: Callable, settings) -> Callable:
    """answerer -> the per-citation verifier for ``verify`` ("evidence": none; "vlm": the VLM, not for an extractive
    answer; "minicheck": bespoke-minicheck through Ollama). ``vlm()`` gives the VLM (built only when needed)."""

    def choose(answerer: str):
        if verify == "vlm" and answerer != "extractive":
            return vlm_verifier(vlm())
        if verify == "minicheck":
            return minicheck_verifier(settings)
        return None

    return choose


def vlm_verifier(vlm):
    """claim, source -> the VLM's yes/no on whether the source supports the claim (None: no verdict)."""

    def verify(claim, source):
        prompt = VERIFY_PROMPT.format(
            source=evidence_text(source.text) or "(no text)",
            claim=claim,
            image=" and the attached image" if source.image else "",
        )
        images = [source.image] if source.image is not None else []
        try:
            return parse_verdict(
                vlm.generate(
                    GenerationRequest(prompt, images=images, options=GenerationOptions(temperature=0.0, num_predict=3))
                )
            )
        except OllamaError as err:
            log.warning("VLM verification skipped: %s", err)
            return None

    verify.name = "vlm"
    return verify


def minicheck_verifier(settings):
    """claim, text source -> bespoke-minicheck's Yes/No ("Document: ... Claim: ..."); images get no verdict."""
    checker = OllamaVLM(
        MINICHECK_MODEL, host=settings.ollama_host, timeout=settings.ollama_timeout, retries=settings.ollama_retries
    )

    def verify(claim, source):
        if source.image is not None or not evidence_text(source.text):
            return None
        prompt = MINICHECK_PROMPT.format(document=evidence_text(source.text), claim=claim)
        try:
            return parse_verdict(
                checker.generate(GenerationRequest(prompt, options=GenerationOptions(temperature=0.0, num_predict=3)))
            )
        except OllamaError as err:
            log.warning("MiniCheck verification skipped (ollama pull %s): %s", MINICHECK_MODEL, err)
            return None

    verify.name = "minicheck"
    return verify
