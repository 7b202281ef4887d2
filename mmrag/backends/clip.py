"""CLIP through open_clip: image embeddings and CLIP-space text embeddings.

SPEC forms (``--clip`` / MMRAG_CLIP):
- ``tiny``: the small CLIP bundled in mmrag/models (trained on rendered shapes);
- ``ARCH:TAG``: an open_clip pretrained tag, e.g. ``ViT-B-32:laion2b_s34b_b79k``;
- ``ARCH:PATH``: a local checkpoint file for an open_clip architecture.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
from collections.abc import Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from urllib.parse import urlparse

import numpy as np
from PIL import Image

from ..errors import ModelUnavailableError, UsageError
from .base import ClipModel, l2_normalise
from .exported import ExportedText
from .onnx_export import export_clip_text, sha256_of
from .onnx_text import TextExport, export_key

log = logging.getLogger(__name__)

TINY_NAME = "mmrag-tiny-clip"
CHECKPOINT_SUFFIXES = (".pt", ".pth", ".bin", ".safetensors", ".ckpt")
TRY_TINY = "Use the bundled model with --clip tiny, or a local checkpoint with --clip ARCH:/path/to/weights.pt"


@dataclass(frozen=True)
class ClipSpec:
    """A parsed ``--clip`` value. ``source`` is 'tiny', 'tag' or 'path'."""

    arch: str
    source: str
    weights: str

    @property
    def text(self) -> str:
        return "tiny" if self.source == "tiny" else f"{self.arch}:{self.weights}"


def parse_clip_spec(spec: str) -> ClipSpec:
    """Parse ``tiny`` | ``ARCH:TAG`` | ``ARCH:PATH`` (a path: contains a separator, starts with ~ or . or ends like a
    checkpoint)."""
    spec = spec.strip()
    if spec == "tiny":
        return ClipSpec(TINY_NAME, "tiny", "bundled")
    arch, sep, rest = spec.partition(":")
    if not sep or not arch or not rest:
        raise UsageError(
            f"--clip {spec!r} is not a CLIP spec",
            "Use tiny, ARCH:TAG (e.g. ViT-B-32:laion2b_s34b_b79k) or ARCH:/path/to/checkpoint.pt",
        )
    looks_like_path = "/" in rest or "\\" in rest or rest.startswith(("~", ".")) or rest.endswith(CHECKPOINT_SUFFIXES)
    if looks_like_path:
        return ClipSpec(arch, "path", str(Path(rest).expanduser().absolute()))
    return ClipSpec(arch, "tag", rest)


def tiny_files() -> tuple[Path, Path]:
    """(config json, fp16 weights) of the bundled tiny CLIP."""
    folder = Path(str(resources.files("mmrag.models")))
    return folder / f"{TINY_NAME}.json", folder / f"{TINY_NAME}.pt"


def default_device() -> str:
    import torch

    if torch.cuda.is_available():
        return "cuda"
    return "cpu"


class OpenClipModel(ExportedText, ClipModel):
    """A CLIP model loaded lazily on first use. ``embed_texts`` gives CLIP-space text vectors."""

    def __init__(self, spec: str, device: str | None = None, batch_size: int = 32):
        self.spec = parse_clip_spec(spec)
        self.model_id = f"open_clip:{self.spec.text}"
        self.device = device
        self.batch_size = batch_size
        self._model = None
        self._preprocess = None
        self._tokenizer = None
        self._load_lock = threading.Lock()  # reader threads share one model: build it once
        self._text_export = TextExport(self._export_key, self.model_id)  # the text tower without torch

    # -- loading ---------------------------------------------------------
    def load(self) -> OpenClipModel:
        if self._model is not None:
            return self
        with self._load_lock:
            if self._model is not None:
                return self
            import open_clip

            self.device = self.device or default_device()
            arch, weights = self._arch_and_weights(open_clip)
            try:
                model, _, preprocess = open_clip.create_model_and_transforms(
                    arch, pretrained=weights, device=self.device
                )
            except Exception as err:  # a corrupt or mismatched checkpoint
                raise ModelUnavailableError(
                    f"cannot load CLIP {self.spec.text}: {str(err).splitlines()[0][:300]}",
                    f"Check that the checkpoint matches {arch}. {TRY_TINY}",
                ) from err
            model.eval()
            self._tokenizer = open_clip.get_tokenizer(arch)
            self._preprocess = preprocess
            self._model = model  # last: a thread that sees the model sees everything it needs
        return self

    def _arch_and_weights(self, open_clip) -> tuple[str, str]:
        spec = self.spec
        config, weights = tiny_files()
        open_clip.add_model_config(config)  # so mmrag-tiny-clip:/path/to/ckpt.pt works too
        if spec.source == "tiny":
            if not weights.is_file():
                raise ModelUnavailableError(
                    f"the bundled tiny CLIP is missing ({weights})",
                    "Reinstall mmrag, or train it with `python scripts/train_tiny_clip.py`",
                )
            return TINY_NAME, str(weights)
        if spec.arch not in open_clip.list_models():
            raise UsageError(
                f"unknown open_clip architecture {spec.arch!r}",
                "List them with `python -c 'import open_clip; print(open_clip.list_models())'`",
            )
        if spec.source == "path":
            if not Path(spec.weights).is_file():
                raise ModelUnavailableError(f"no CLIP checkpoint at {spec.weights}", f"Check the path. {TRY_TINY}")
            return spec.arch, spec.weights
        tags = open_clip.list_pretrained_tags_by_model(spec.arch)
        if spec.weights not in tags:
            raise UsageError(
                f"{spec.arch} has no pretrained tag {spec.weights!r}", f"Known tags: {', '.join(tags) or 'none'}"
            )
        return spec.arch, _fetch_pretrained(open_clip, spec)

    # -- interfaces ------------------------------------------------------
    @property
    def logit_scale(self) -> float:
        fast = self._text_export.encoder() if self._model is None else None
        if fast is not None:
            return float(fast.meta["logit_scale"])
        self.load()
        return float(self._model.logit_scale.exp().item())

    def preprocess(self, image: Image.Image):
        """The model's own transform (resize, crop, normalise) -> tensor; safe to call from worker threads."""
        return self.image_transform()(image)

    def image_transform(self) -> ImageTransform:
        """``preprocess`` as a picklable callable, for worker processes (ingest/prep.py)."""
        self.load()
        return ImageTransform(self._preprocess, self.input_side)

    @property
    def input_side(self) -> int:
        """The side of the square the image tower takes (224 for ViT-B-32), once loaded."""
        size = getattr(self._model.visual, "image_size", 224)
        return int(size[0] if isinstance(size, (tuple, list)) else size)

    def embed_images(self, images: Sequence[Image.Image]) -> np.ndarray:
        return self.embed_tensors([self.preprocess(img) for img in images])

    def embed_tensors(self, tensors: Sequence) -> np.ndarray:
        """Embed already-preprocessed image tensors (see ``preprocess``)."""
        import torch

        return self._batched(tensors, lambda chunk: self._model.encode_image(torch.stack(list(chunk)).to(self.device)))

    def _torch_texts(self, texts: Sequence[str]) -> np.ndarray:
        return self._batched(texts, lambda chunk: self._model.encode_text(self._tokenizer(list(chunk)).to(self.device)))

    def _export_key(self) -> str:
        """The text export's key: spec, the weights file's stamp (a pretrained tag names fixed weights), versions."""
        packages = ("open_clip_torch", "torch", "onnxruntime", "tokenizers")
        return export_key(self.model_id, self._weights_files(), packages)

    def _weights_files(self) -> list[Path]:
        if self.spec.source == "tiny":
            return [tiny_files()[1]]
        return [Path(self.spec.weights)] if self.spec.source == "path" else []

    def _write_text_export(self, key: str) -> Path:
        weights = sha256_of(self._weights_files())
        meta = {"model_id": self.model_id, "logit_scale": self.logit_scale, "weights_sha256": weights}
        return export_clip_text(self._model, self._tokenizer, key, meta, self._torch_texts)

    def _batched(self, inputs: Sequence, encode) -> np.ndarray:
        """Run ``encode`` over batches of ``inputs`` without autograd; L2-normalised float32 rows."""
        import torch

        self.load()
        with torch.inference_mode():
            out = [
                encode(inputs[start : start + self.batch_size]).float().cpu().numpy()
                for start in range(0, len(inputs), self.batch_size)
            ]
        return l2_normalise(np.concatenate(out)) if out else np.zeros((0, 0), dtype=np.float32)


@dataclass(frozen=True)
class ImageTransform:
    """A model's resize/crop/normalise (torchvision, picklable). A large image is first box-reduced to about twice
    the model's input ``side``: the same result after the bicubic resize, for a fraction of the time."""

    transform: object
    side: int

    def __call__(self, image: Image.Image):
        factor = min(image.size) // (2 * self.side)
        if factor >= 2:
            image = image.reduce(factor)
        return self.transform(image)


# -- pretrained weights: cache first, network only when it answers -------------


def _fetch_pretrained(open_clip, spec: ClipSpec) -> str:
    """Local file of a pretrained tag: from the cache, else downloaded; fails in seconds when neither can be had."""
    cfg = open_clip.get_pretrained_cfg(spec.arch, spec.weights)
    try:
        with _hub_offline():
            path = open_clip.download_pretrained(cfg) if cfg.get("hf_hub") else _cached_url_file(cfg.get("url", ""))
        if path:
            return path
    except Exception:  # not in the cache
        pass
    host = _weights_host(cfg)
    if _offline_requested() or not _reachable(host):
        raise ModelUnavailableError(
            f"CLIP weights {spec.text} are not cached and {host} cannot be reached",
            f"Download them once with network access (they are cached under ~/.cache/huggingface). {TRY_TINY}",
        )
    log.info("downloading CLIP weights %s from %s", spec.text, host)
    try:
        return open_clip.download_pretrained(cfg)
    except Exception as err:
        raise ModelUnavailableError(f"downloading CLIP weights {spec.text} failed: {str(err)[:200]}", TRY_TINY) from err


def _cached_url_file(url: str) -> str:
    if not url:
        return ""
    path = Path("~/.cache/clip").expanduser() / os.path.basename(url)
    if not path.is_file():
        raise FileNotFoundError(path)
    return str(path)


def _weights_host(cfg: dict) -> str:
    if cfg.get("hf_hub"):
        from huggingface_hub import constants

        return urlparse(constants.ENDPOINT).hostname or "huggingface.co"
    return urlparse(cfg.get("url", "")).hostname or "the weights server"


def _offline_requested() -> bool:
    return os.environ.get("HF_HUB_OFFLINE", "").lower() in {"1", "true", "yes", "on"}


def _reachable(host: str, timeout: float = 3.0) -> bool:
    try:
        with socket.create_connection((host, 443), timeout=timeout):
            return True
    except OSError:
        return False


@contextmanager
def _hub_offline():
    """Make huggingface_hub look only in its cache for the duration."""
    try:
        from huggingface_hub import constants
    except ImportError:
        yield
        return
    saved = constants.HF_HUB_OFFLINE
    constants.HF_HUB_OFFLINE = True
    try:
        yield
    finally:
        constants.HF_HUB_OFFLINE = saved
