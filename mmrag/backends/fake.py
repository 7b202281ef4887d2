"""Deterministic fakes of every backend, for tests and for running without models.

They are cheap but not meaningless: similar inputs get similar vectors, so
retrieval and fusion can be tested end to end.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence

import numpy as np
from PIL import Image

from ..errors import OcrError
from ..types import GenerationRequest
from .base import ClipModel, ImageEmbedder, TextEmbedder, TextReader, VisionLanguageModel, l2_normalise

WORD = re.compile(r"[a-z0-9]+")


class FakeImageEmbedder(ImageEmbedder):
    """A 4x4 RGB thumbnail, centred, as the vector: images that look alike are close."""

    model_id = "fake:image-4x4"
    dim = 48

    def embed_images(self, images: Sequence[Image.Image]) -> np.ndarray:
        if not images:
            return np.zeros((0, self.dim), dtype=np.float32)
        rows = [
            np.asarray(img.convert("RGB").resize((4, 4), Image.BILINEAR), dtype=np.float32).ravel() / 255.0
            for img in images
        ]
        vectors = np.stack(rows)
        return l2_normalise(vectors - vectors.mean(axis=1, keepdims=True) + 1e-3)


class FakeTextEmbedder(TextEmbedder):
    """Feature hashing of lower-cased words: texts sharing words are close."""

    model_id = "fake:text-hash"

    def __init__(self, dim: int = 64):
        self.dim = dim

    def embed_texts(self, texts: Sequence[str]) -> np.ndarray:
        vectors = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in WORD.findall(text.lower()):
                digest = hashlib.blake2b(word.encode(), digest_size=8).digest()
                vectors[row, int.from_bytes(digest[:4], "little") % self.dim] += 1.0 if digest[4] & 1 else -1.0
        vectors[np.all(vectors == 0, axis=1), 0] = 1.0
        return l2_normalise(vectors)


class FakeClip(FakeImageEmbedder, ClipModel):
    """Both CLIP towers: images as FakeImageEmbedder, texts hashed as FakeTextEmbedder into the same 48 dimensions.

    Text and image vectors share a space only in size (a text query finds nothing by meaning through it); the base
    class's ``preprocess``, ``embed_tensors`` and ``logit_scale`` are kept.
    """

    model_id = "fake:clip-4x4"

    def embed_texts(self, texts: Sequence[str]) -> np.ndarray:
        return FakeTextEmbedder(dim=self.dim).embed_texts(texts)


class FakeTextReader(TextReader):
    """OCR by a function of the image (default: a stable text naming its pixels' hash); ``respond`` may return an
    OcrError for an image that cannot be read. Every image read is kept in ``images``."""

    engine_id = "fake:ocr"

    def __init__(self, respond: Callable[[Image.Image], str | OcrError] | None = None, workers: int = 1):
        self.respond = respond or self._hash_text
        self.workers = workers
        self.images: list[Image.Image] = []

    @staticmethod
    def _hash_text(image: Image.Image) -> str:
        return f"text {hashlib.sha256(image.convert('RGB').tobytes()).hexdigest()[:8]}"

    def read_many(self, images: Sequence[Image.Image]) -> list[str | OcrError]:
        self.images += images
        return [self.respond(image) for image in images]


class FakeVLM(VisionLanguageModel):
    """Answers from a function of the request (default: a stable description of the images).

    ``respond`` lets a test script any reply; the reply is streamed word by word.
    """

    model_id = "fake:vlm"

    def __init__(self, respond: Callable[[GenerationRequest], str] | None = None):
        self.respond = respond or self._describe
        self.requests: list[GenerationRequest] = []

    @staticmethod
    def _describe(request: GenerationRequest) -> str:
        if not request.images:
            return "No image was given."
        digests = [
            hashlib.sha256(img if isinstance(img, bytes) else img.read_bytes()).hexdigest()[:8]
            for img in request.images
        ]
        return " ".join(f"Image {n} has content hash {d}." for n, d in enumerate(digests, 1))

    def generate(self, request: GenerationRequest, on_token: Callable[[str], None] | None = None) -> str:
        self.requests.append(request)
        reply = self.respond(request)
        if on_token:
            for piece in re.findall(r"\S+\s*", reply):
                on_token(piece)
        return reply
