"""Questions about given image files (no index): `mmrag ask QUESTION --image FILE...`.

The images are the sources, numbered from 1 in the order given (a file that cannot be read keeps its
number and becomes an error entry). Each readable image is sent to the VLM and, when an OCR reader is
given (Tesseract), read for text; the answer is cited and validated like any other (answer.py): a
citation is supported by the image's CLIP similarity to the sentence, or by the text read in it.
Without a VLM the answer is extractive, from the text read in the images.
"""

from __future__ import annotations

import hashlib
import io
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .answer import (
    SYSTEM,
    Answer,
    Source,
    build_prompt,
    extractive_answer,
    grade,
    validate,
)
from .errors import ImageReadError, InputError, OcrError, OllamaError
from .ingest.images import open_image
from .retrieve import NULL_CAPTIONS
from .types import GenerationRequest

log = logging.getLogger(__name__)

VLM_SIDE = 1024  # longest side of an image sent to the VLM
NO_ANSWER = "No VLM answered and no text could be read in the images, so I cannot say what they show."


@dataclass
class ImageError:
    n: int
    path: str
    error: str


@dataclass
class ImageAnswer:
    answer: Answer
    errors: list[ImageError] = field(default_factory=list)


def image_sources(paths: Sequence[str | Path], clip, ocr_reader=None) -> tuple[list[Source], list[ImageError]]:
    """A Source per readable image (its pixels for the VLM, its CLIP vector, the text read in it) and an
    ImageError per unreadable one, both numbered by position in ``paths`` from 1."""
    sources, errors, pictures = [], [], []
    for n, path in enumerate(paths, 1):
        shown = str(Path(path).absolute())
        try:
            picture = open_image(path)
        except ImageReadError as err:
            errors.append(ImageError(n, shown, err.reason))
            continue
        data = Path(path).read_bytes()
        sources.append(
            Source(n, "file:" + hashlib.sha256(data).hexdigest()[:16], "image", shown, None, "", _for_vlm(picture))
        )
        pictures.append(picture)
    if pictures:
        for source, vector in zip(sources, clip.embed_images(pictures)):
            source.clip_vector = np.asarray(vector, dtype=np.float32)
        for source, text in zip(sources, _read_text(ocr_reader, pictures)):
            source.text = f"Text read in the image: {text}" if text else ""
    return sources, errors


def _for_vlm(picture) -> bytes:
    small = picture.copy()
    small.thumbnail((VLM_SIDE, VLM_SIDE))
    buf = io.BytesIO()
    small.save(buf, format="PNG")
    return buf.getvalue()


def _read_text(ocr_reader, pictures) -> list[str]:
    if ocr_reader is None:
        return [""] * len(pictures)
    texts = []
    for picture, text in zip(pictures, ocr_reader.read_many(pictures)):
        if isinstance(text, OcrError):
            log.warning("no OCR text for an image: %s", text)
            text = ""
        texts.append(" ".join(text.split()))
    return texts


def null_vector(clip) -> np.ndarray:
    """The CLIP vector of contentless captions: an image citation must beat it (as in search)."""
    mean = clip.embed_texts(list(NULL_CAPTIONS)).mean(axis=0)
    return mean / max(float(np.linalg.norm(mean)), 1e-12)


def ask_images(
    question: str,
    paths: Sequence[str | Path],
    vlm,
    text_embedder,
    clip,
    ocr_reader=None,
    on_token=None,
    history: str = "",
    verifier_for=None,
) -> ImageAnswer:
    """Answer ``question`` from the images at ``paths`` only; InputError when none can be read.
    ``verifier_for(answerer)``: the citation verifier to use (None: evidence only)."""
    if not paths:
        raise InputError("no images given", "Pass one or more --image FILE")
    sources, errors = image_sources(paths, clip, ocr_reader)
    if not sources:
        reasons = "; ".join(f"{Path(e.path).name}: {e.error}" for e in errors)
        raise InputError(
            f"none of the images could be read ({reasons})", "Check the paths and that they are image files"
        )
    for error in errors:
        log.warning("skipped %s: %s", error.path, error.error)
    request = GenerationRequest(
        history + build_prompt(question, sources), images=[s.image for s in sources], system=SYSTEM
    )
    try:
        text = vlm.generate(request, on_token=on_token)
        answerer = "vlm:" + vlm.model_id.split(":", 1)[-1]
    except OllamaError as err:
        log.warning("%s; answering extractively from the text read in the images instead", err)
        if not any(s.text for s in sources):
            metrics = {"citation_precision": 0.0, "sentence_support": 0.0}
            return ImageAnswer(Answer(question, NO_ANSWER, "extractive", [], sources, "abstained", metrics), errors)
        text, answerer = extractive_answer(sources, question, text_embedder), "extractive"
    verifier = verifier_for(answerer) if verifier_for is not None else None
    checks = validate(text, sources, text_embedder, clip, null_vector(clip), question=question, verifier=verifier)
    grounded, metrics = grade(checks)
    return ImageAnswer(Answer(question, text, answerer, checks, sources, grounded, metrics), errors)
