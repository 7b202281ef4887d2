"""One-method interfaces for the models mmrag uses.

Every backend also has a ``model_id`` string, recorded in an index so a later
run with another model is refused.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence

import numpy as np
from PIL import Image

from ..errors import OcrError
from ..types import GenerationRequest


class ImageEmbedder(ABC):
    """Maps images to L2-normalised float32 vectors, shape (n, dim)."""

    model_id: str = "unknown"

    @abstractmethod
    def embed_images(self, images: Sequence[Image.Image]) -> np.ndarray: ...

    def load(self):
        """Load the weights now, so a model that cannot load fails before any file is read; fakes have none."""
        return self


class TextEmbedder(ABC):
    """Maps texts to L2-normalised float32 vectors, shape (n, dim)."""

    model_id: str = "unknown"

    @abstractmethod
    def embed_texts(self, texts: Sequence[str]) -> np.ndarray: ...

    def load(self):
        """Load the weights now, so a model that cannot load fails before any file is read; fakes have none."""
        return self

    def export_text(self) -> None:
        """Write the text model's torch-free export (onnx_text.py) so the next search needs no torch; fakes have
        none."""
        return None


class ClipModel(ImageEmbedder, TextEmbedder):
    """CLIP: images and texts in one space (``embed_texts`` gives CLIP-space text vectors).

    Ingest splits an image's embedding in two: ``preprocess`` (in its reader threads) and ``embed_tensors`` (in
    batches); zero-shot classification scales cosines by ``logit_scale``. The defaults suit a model that embeds
    images as they are.
    """

    @property
    def logit_scale(self) -> float:
        """The factor on cosine similarities before the softmax of zero-shot classification."""
        return 100.0

    def preprocess(self, image: Image.Image):
        """The model's input for ``image`` (thread-safe); by default the image itself."""
        return image

    def embed_tensors(self, tensors: Sequence) -> np.ndarray:
        """Embed what ``preprocess`` returned, L2-normalised rows."""
        return self.embed_images(tensors)


class TextReader(ABC):
    """Reads the text in images (OCR): the text of each image, or an OcrError for one that could not be read.

    ``engine_id`` names the engine (texts are cached under it), ``workers`` how many reads may run at once;
    ``one_at_a_time``: the pass gives it one image per call (a VLM request) rather than batches (a Tesseract process).
    """

    engine_id: str = "unknown"
    workers: int = 1
    one_at_a_time: bool = False

    @abstractmethod
    def read_many(self, images: Sequence[Image.Image]) -> list[str | OcrError]: ...

    def read_one(self, image: Image.Image) -> str:
        """The text of one image; raises what could not be read."""
        [text] = self.read_many([image])
        if isinstance(text, Exception):
            raise text
        return text


class VisionLanguageModel(ABC):
    """Answers a prompt about images. ``on_token`` receives streamed text as it arrives."""

    model_id: str = "unknown"

    @abstractmethod
    def generate(self, request: GenerationRequest, on_token: Callable[[str], None] | None = None) -> str: ...

    def list_models(self) -> list[str] | None:
        """The models its server offers (a cheap health check before a run); None when it cannot tell."""
        return None


def l2_normalise(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    if vectors.ndim == 1:
        vectors = vectors[None, :]
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return (vectors / np.maximum(norms, 1e-12)).astype(np.float32)
