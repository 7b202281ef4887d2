"""Text towers without torch: ONNX exports run with onnxruntime, tokenised with `tokenizers` (issue #20).

A cold text search needs only the CLIP text tower and the text model. The first time either runs through torch, it
is exported here once (``export_clip_text``, ``export_sentence_model``), checked against torch on probe texts, and
kept in the user's cache dir (platformdirs) under a key made of the model id, the weights files' path, size and
mtime, and the library versions; the export's meta records the weights' sha256. Later processes embed texts with
``OnnxTextEncoder`` and import no torch, open_clip, sentence-transformers or transformers. A folder is written
under a temporary name and renamed into place, so a killed export leaves no half-written one.
"""

from __future__ import annotations

import hashlib
import html
import json
import logging
import shutil
import threading
from collections.abc import Callable, Sequence
from importlib import metadata
from pathlib import Path

import numpy as np
from platformdirs import user_cache_dir

from .base import l2_normalise

log = logging.getLogger(__name__)

FORMAT = 3  # bump when the layout or the exported graph changes: old exports are then ignored
META = "meta.json"
MODEL = "model.onnx"  # the graph as onnxruntime optimised it at export time (ORT_ENABLE_EXTENDED)
TOKENIZER = "tokenizer.json"
WEIGHTS = "weights.bin"
RAW_MODEL = "raw.onnx"  # torch's graph, before onnxruntime optimised it (removed after)
PROBES = ("a photo of a red star", "", "Ünïcödé &amp; <b>html</b>   spaces", "word " * 300)
MIN_COSINE = 0.9999
# weights pre-packed as a session opens: 0.1 s once (ViT-B-32), 15 ms less a query; __main__ drops it for one query
PREPACK = True
CLIP_SPLIT = r"""'s|'t|'re|'ve|'m|'ll|'d|[\p{L}]+|[\p{N}]|[^\s\p{L}\p{N}]+"""  # open_clip's, less its specials


def cache_root() -> Path:
    return Path(user_cache_dir("mmrag")) / "text-onnx"


def export_key(model_id: str, weights: Sequence[Path], packages: Sequence[str]) -> str:
    """The export folder's name: the model id, each weights file's (path, size, mtime) and the packages' versions."""
    stamps = []
    for path in weights:
        stat = Path(path).stat()
        stamps.append([str(Path(path).absolute()), stat.st_size, stat.st_mtime_ns])
    versions = [_version(name) for name in packages]
    blob = json.dumps([FORMAT, model_id, stamps, versions])
    return hashlib.sha256(blob.encode()).hexdigest()[:32]


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return ""


def find_export(key: str) -> Path | None:
    folder = cache_root() / key
    return folder if (folder / META).is_file() else None


def fast_path_available() -> bool:
    """onnxruntime and tokenizers are importable (both are dependencies; a broken install falls back to torch)."""
    try:
        import onnxruntime  # noqa: F401
        import tokenizers  # noqa: F401
    except ImportError as err:
        log.info("text fast path off: %s", err)
        return False
    return True


class TextExport:
    """One model's torch-free text path in a process: looked up and loaded once, exported at most once.

    ``key`` computes the export's key (it may raise OSError when a weights file is gone: no fast path then). An
    export that failed leaves ``KEY.failed`` with the reason, so later processes do not retry it on every search.
    """

    def __init__(self, key: Callable[[], str], label: str):
        self._key = key
        self.label = label
        self._encoder: OnnxTextEncoder | None = None
        self._looked = False
        self._exported = False
        self._lock = threading.Lock()

    def key(self) -> str | None:
        try:
            return self._key()
        except OSError as err:
            log.info("no torch-free text path for %s: %s", self.label, err)
            return None

    def encoder(self) -> OnnxTextEncoder | None:
        """The exported encoder, or None (no export yet, or it cannot run here: then torch embeds the texts)."""
        if self._looked:
            return self._encoder
        with self._lock:
            if not self._looked:
                self._encoder = self._open()
                self._looked = True
        return self._encoder

    def _open(self) -> OnnxTextEncoder | None:
        key = self.key() if fast_path_available() else None
        folder = find_export(key) if key else None
        if folder is None:
            if key:
                log.info("no torch-free export of %s's text tower yet: torch embeds this query", self.label)
            return None
        try:
            return OnnxTextEncoder(folder)
        except Exception as err:  # a damaged cache: torch still works, and the next export replaces it
            log.warning("cannot run the text export of %s (%s); using torch", self.label, str(err)[:200])
            shutil.rmtree(folder, ignore_errors=True)
            return None

    def export(self, write: Callable[[str], Path]) -> None:
        """Export once per process when none exists: ``write(key)`` does it; a failure is logged and remembered."""
        with self._lock:
            if self._exported:
                return
            self._exported = True
            key = self.key() if fast_path_available() else None
            failed = cache_root() / f"{key}.failed"
            if not key or find_export(key) or failed.is_file():
                return
            try:
                write(key)
                log.info("exported %s's text tower to %s", self.label, cache_root() / key)
            except Exception as err:
                log.warning("no torch-free text path for %s: the ONNX export failed (%s)", self.label, str(err)[:300])
                try:
                    failed.parent.mkdir(parents=True, exist_ok=True)
                    failed.write_text(f"{type(err).__name__}: {err}\n")
                except OSError:  # an unwritable cache: the warning comes again next time, nothing else is lost
                    pass


# -- running an export ------------------------------------------------------


class OnnxTextEncoder:
    """Texts -> L2-normalised float32 rows with an exported text tower; safe to share between threads."""

    def __init__(self, folder: Path):
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self.folder = folder
        self.meta = json.loads((folder / META).read_text())
        options = ort.SessionOptions()
        options.log_severity_level = 3
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")  # a query is short: no busy-waiting
        # the graph was optimised when it was exported (_optimise), so opening it does no optimisation again
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_DISABLE_ALL
        if not PREPACK:
            options.add_session_config_entry("session.disable_prepacking", "1")
        self._session = ort.InferenceSession(str(folder / MODEL), options, providers=["CPUExecutionProvider"])
        self._tokenizer = Tokenizer.from_file(str(folder / TOKENIZER))
        self._inputs = {i.name for i in self._session.get_inputs()}
        self._lock = threading.Lock()
        self.batch_size = 64

    @property
    def dim(self) -> int:
        return int(self.meta["dim"])

    def embed_texts(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        step = self.batch_size
        rows = [self._run(list(texts[start : start + step])) for start in range(0, len(texts), step)]
        return l2_normalise(np.concatenate(rows))

    def _run(self, texts: list[str]) -> np.ndarray:
        feeds = self._clip_feeds(texts) if self.meta["kind"] == "clip" else self._sentence_feeds(texts)
        with self._lock:  # one inference at a time: onnxruntime already uses every core for one
            return self._session.run(None, {k: v for k, v in feeds.items() if k in self._inputs})[0]

    def _clip_feeds(self, texts: list[str]) -> dict[str, np.ndarray]:
        meta = self.meta
        encodings = self._tokenizer.encode_batch([clip_clean(text) for text in texts])
        return {"tokens": clip_token_rows([e.ids for e in encodings], meta["context_length"], meta["eot"])}

    def _sentence_feeds(self, texts: list[str]) -> dict[str, np.ndarray]:
        encodings = self._tokenizer.encode_batch(texts)
        return {
            "input_ids": np.array([e.ids for e in encodings], dtype=np.int64),
            "attention_mask": np.array([e.attention_mask for e in encodings], dtype=np.int64),
            "token_type_ids": np.array([e.type_ids for e in encodings], dtype=np.int64),
        }


def clip_clean(text: str) -> str:
    """open_clip's 'lower' cleaning (ftfy, html unescaped twice, whitespace collapsed, lower case). ftfy changes no
    printable ASCII text without '&' (its fixes are for mojibake, control characters, entities), so such a query
    skips its import (40 ms of a cold search)."""
    if not (text.isascii() and text.isprintable() and "&" not in text):
        import ftfy

        text = ftfy.fix_text(text)
    text = html.unescape(html.unescape(text)).strip()
    return " ".join(text.split()).lower()


def clip_token_rows(ids: Sequence[Sequence[int]], context_length: int, eot: int) -> np.ndarray:
    """open_clip's layout: each row [sot, ..., eot] cut to ``context_length`` (its last token then eot), 0-padded."""
    rows = np.zeros((len(ids), context_length), dtype=np.int64)
    for row, tokens in enumerate(ids):
        tokens = list(tokens)
        if len(tokens) > context_length:
            tokens = tokens[:context_length]
            tokens[-1] = eot
        rows[row, : len(tokens)] = tokens
    return rows


# -- exporting (torch is imported already by the caller's model) -------------------
