"""The Engine: the one place that wires settings, backends and pipelines.

Backends are injected (tests pass fakes) or built lazily from Settings on
first use, so a command that needs no model loads none.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from .backends.base import ImageEmbedder, TextEmbedder, VisionLanguageModel
from .classify import DEFAULT_TEMPLATES, classify_images
from .config import Settings
from .types import ClassifyResult


class Engine:
    def __init__(
        self,
        settings: Settings | None = None,
        clip: "ImageEmbedder | None" = None,
        text: TextEmbedder | None = None,
        vlm: VisionLanguageModel | None = None,
    ):
        """``clip`` must embed images and CLIP-space texts (OpenClipModel, or a fake doing both)."""
        self.settings = settings or Settings.from_env()
        self._clip = clip
        self._text = text
        self._vlm = vlm

    @property
    def clip(self):
        if self._clip is None:
            from .backends.clip import OpenClipModel

            self._clip = OpenClipModel(self.settings.clip, device=self.settings.device, batch_size=self.settings.batch_size)
        return self._clip

    @property
    def text(self) -> TextEmbedder:
        if self._text is None:
            from .backends.text import SentenceTransformerEmbedder

            self._text = SentenceTransformerEmbedder(self.settings.text_model, device=self.settings.device)
        return self._text

    @property
    def vlm(self) -> VisionLanguageModel:
        if self._vlm is None:
            from .backends.ollama import OllamaVLM

            s = self.settings
            self._vlm = OllamaVLM(s.vlm, host=s.ollama_host, timeout=s.ollama_timeout, retries=s.ollama_retries, options=s.generation)
        return self._vlm

    def classify(self, paths: Sequence[str | Path], labels: Sequence[str], extra_templates: Sequence[str] = ()) -> list[ClassifyResult]:
        """Zero-shot labels for images (no index needed); unreadable images get an error entry."""
        templates = list(DEFAULT_TEMPLATES) + [t for t in extra_templates if t not in DEFAULT_TEMPLATES]
        scale = getattr(self.clip, "logit_scale", 100.0)
        return classify_images(paths, labels, self.clip, self.clip, logit_scale=scale, templates=templates)
