"""Descriptions of given image files (no index) in a chosen style: `mmrag describe IMAGE... --style S`.

Styles are prompts (as the course teaches captioning: the prompt sets what the caption is about):
``brief`` a concise caption; ``detailed`` objects, colours and positions; ``text`` a transcription of
the visible text; ``document`` the document type, its sections and fields. A file that cannot be read,
or gets no usable reply, is an error entry and the rest go on; Ollama down or the model missing stops
the run (every image would fail the same way).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .backends.ocr import OCR_PROMPT
from .errors import ImageReadError, OllamaError, OllamaModelNotFoundError, OllamaUnreachableError
from .ingest.images import open_image
from .types import GenerationOptions, GenerationRequest

STYLES = {
    "brief": "Write one concise caption for this image: a single sentence of at most 20 words naming its main subject. "
    "Do not guess beyond what is visible.",
    "detailed": (
        "Describe this image in detail in plain sentences: every notable object, its colour, and where it is in the "
        "picture "
        "(left, right, top, bottom, foreground, background), then the setting. Do not guess beyond what is visible."
    ),
    "text": OCR_PROMPT,
    "document": (
        "This image shows a document or part of one. Say what type of document it is (for example receipt, invoice, "
        "form, "
        "letter, slide, page of a report), then list its sections and its fields with their values as 'field: value' "
        "lines. "
        "Quote values exactly as written; write 'unreadable' for a value you cannot read."
    ),
}
VLM_SIDE = 1024


@dataclass
class Caption:
    path: str
    description: str | None = None
    error: str | None = None
    unreadable: bool = False  # the file is not an image that can be read (else the model failed)


def caption_images(
    paths: Sequence[str | Path], vlm, style: str = "detailed", progress: Callable[[int], None] | None = None
) -> list[Caption]:
    """A Caption per path, in order. Raises OllamaUnreachableError / OllamaModelNotFoundError (nothing can be
    described)."""
    prompt = STYLES[style]
    results = []
    for path in paths:
        results.append(_caption_one(path, vlm, prompt, style))
        if progress:
            progress(1)
    return results


def _caption_one(path: str | Path, vlm, prompt: str, style: str) -> Caption:
    shown = str(Path(path).absolute())
    try:
        picture = open_image(path)
    except ImageReadError as err:
        return Caption(shown, error=err.reason, unreadable=True)
    picture.thumbnail((VLM_SIDE, VLM_SIDE))
    buf = io.BytesIO()
    picture.save(buf, format="PNG")
    try:
        reply = vlm.generate(
            GenerationRequest(prompt, images=[buf.getvalue()], options=GenerationOptions(temperature=0.0))
        )
    except (OllamaUnreachableError, OllamaModelNotFoundError):
        raise
    except OllamaError as err:
        return Caption(shown, error=err.message)
    text = clean_caption(reply, style)
    if text is None:
        return Caption(shown, error=f"no usable reply from the model ({reply[:60]!r})")
    return Caption(shown, description=text)


def clean_caption(reply: str, style: str) -> str | None:
    """The reply, trimmed (line breaks kept for transcriptions and documents, collapsed otherwise); None when empty.
    A transcription of an image without text is an empty string, not an error."""
    reply = (reply or "").strip()
    if style == "text":
        return (
            ""
            if reply.upper().rstrip(".") == "NO TEXT"
            else "\n".join(line.rstrip() for line in reply.splitlines()).strip()
        )
    if not reply:
        return None
    if style == "document":
        return "\n".join(line.rstrip() for line in reply.splitlines() if line.strip())
    return " ".join(reply.split())
