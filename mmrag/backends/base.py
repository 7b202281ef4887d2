"""One-method interfaces for the models mmrag uses.

Every backend also has a ``model_id`` string, recorded in an index so a later
run with another model is refused.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence

import numpy as np
from PIL import Image

from ..types import GenerationRequest


class ImageEmbedder(ABC):
    """Maps images to L2-normalised float32 vectors, shape (n, dim)."""

    model_id: str = "unknown"

    @abstractmethod
    def embed_images(self, images: Sequence[Image.Image]) -> np.ndarray: ...


class TextEmbedder(ABC):
    """Maps texts to L2-normalised float32 vectors, shape (n, dim)."""

    model_id: str = "unknown"

    @abstractmethod
    def embed_texts(self, texts: Sequence[str]) -> np.ndarray: ...


class VisionLanguageModel(ABC):
    """Answers a prompt about images. ``on_token`` receives streamed text as it arrives."""

    model_id: str = "unknown"

    @abstractmethod
    def generate(self, request: GenerationRequest, on_token: Callable[[str], None] | None = None) -> str: ...


def l2_normalise(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    if vectors.ndim == 1:
        vectors = vectors[None, :]
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return (vectors / np.maximum(norms, 1e-12)).astype(np.float32)
