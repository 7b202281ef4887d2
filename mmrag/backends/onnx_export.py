"""Writing the text towers' ONNX exports (issue #20): export once from the torch model, let onnxruntime optimise the
graph, check the result against torch on probe texts, and move the folder into place atomically, so a killed export
leaves nothing half-written. onnx_text.py reads and runs them.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import threading
import warnings
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from .onnx_text import (
    CLIP_SPLIT,
    META,
    MIN_COSINE,
    MODEL,
    PROBES,
    RAW_MODEL,
    TOKENIZER,
    WEIGHTS,
    OnnxTextEncoder,
    cache_root,
)


@contextmanager
def _atomic_folder(final: Path):
    """Yield a temporary folder beside ``final``; renamed to ``final`` when the block succeeds, else removed."""
    final.parent.mkdir(parents=True, exist_ok=True)
    _drop_orphans(final)
    temp = final.parent / f".{final.name}.{os.getpid()}.{threading.get_ident()}.tmp"
    shutil.rmtree(temp, ignore_errors=True)
    temp.mkdir()
    try:
        yield temp
        try:
            os.replace(temp, final)
        except OSError:  # another process finished the same export first: keep theirs
            if not (final / META).is_file():
                raise
    finally:
        shutil.rmtree(temp, ignore_errors=True)


def _drop_orphans(final: Path) -> None:
    """Remove temporary folders of ``final`` left by exports that were killed (their process is gone)."""
    for temp in final.parent.glob(f".{final.name}.*.tmp"):
        pid = temp.name[len(final.name) + 2 :].split(".")[0]
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(temp, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


def sha256_of(paths: Sequence[Path]) -> list[str]:
    digests = []
    for path in paths:
        digest = hashlib.sha256()
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        digests.append(digest.hexdigest())
    return digests


def export_clip_text(model, tokenizer, key: str, meta: dict, torch_embed: Callable) -> Path:
    """Export open_clip ``model``'s text tower (``encode_text``) with a `tokenizers` copy of its SimpleTokenizer."""
    import torch
    from open_clip.tokenizer import SimpleTokenizer

    if type(tokenizer) is not SimpleTokenizer or tokenizer.reduction_fn is not None or not _cleans_lower(tokenizer):
        raise ValueError(f"tokenizer {type(tokenizer).__name__} has no torch-free copy here")

    class TextTower(torch.nn.Module):
        def __init__(self, clip):
            super().__init__()
            self.clip = clip

        def forward(self, tokens):
            return self.clip.encode_text(tokens)

    meta = {
        **meta,
        "kind": "clip",
        "context_length": int(tokenizer.context_length),
        "eot": int(tokenizer.eot_token_id),
    }
    sample = tokenizer(["a photo", "two words here"]).to(next(model.parameters()).device)
    with _atomic_folder(cache_root() / key) as folder:
        _clip_tokenizer(tokenizer).save(str(folder / TOKENIZER))
        _export(TextTower(model).eval(), (sample,), folder, ["tokens"], {"tokens": {0: "n"}, "embedding": {0: "n"}})
        _check_and_write_meta(folder, meta, torch_embed)
    return cache_root() / key


def _cleans_lower(tokenizer) -> bool:
    return getattr(tokenizer.clean_fn, "__name__", "") == "_clean_lower"


def _clip_tokenizer(simple):
    """A `tokenizers` BPE equal to open_clip's SimpleTokenizer on cleaned text (the cleaning is ``clip_clean``)."""
    from tokenizers import Regex, Tokenizer, models, pre_tokenizers, processors

    merges = sorted(simple.bpe_ranks, key=simple.bpe_ranks.get)
    sot, eot = simple.decoder[simple.sot_token_id], simple.decoder[simple.eot_token_id]
    bpe = models.BPE(vocab=dict(simple.encoder), merges=merges, end_of_word_suffix="</w>", unk_token=None)
    tokenizer = Tokenizer(bpe)
    tokenizer.pre_tokenizer = pre_tokenizers.Sequence(
        [
            pre_tokenizers.Split(Regex(CLIP_SPLIT), behavior="removed", invert=True),
            pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False),
        ]
    )
    tokenizer.post_processor = processors.TemplateProcessing(
        single=f"{sot} $A {eot}", special_tokens=[(sot, simple.sot_token_id), (eot, simple.eot_token_id)]
    )
    return tokenizer


def export_sentence_model(model, key: str, meta: dict, torch_embed: Callable) -> Path:
    """Export a sentence-transformers model (every module, pooling and normalising included) and its fast tokenizer."""
    import torch

    backend = getattr(model.tokenizer, "backend_tokenizer", None)
    if backend is None:
        raise ValueError("the text model has no fast (tokenizers) tokenizer")
    known = model.tokenizer.model_input_names
    names = [name for name in ("input_ids", "attention_mask", "token_type_ids") if name in known]

    class Sentence(torch.nn.Module):
        def __init__(self, inner):
            super().__init__()
            self.inner = inner

        def forward(self, *tensors):
            return self.inner(dict(zip(names, tensors)))["sentence_embedding"]

    features = model.tokenizer(["a photo", "two words here"], padding=True, return_tensors="pt").to(model.device)
    axes = {name: {0: "n", 1: "length"} for name in names} | {"embedding": {0: "n"}}
    tokenizer = backend.__class__.from_str(backend.to_str())
    tokenizer.enable_truncation(max_length=int(model.max_seq_length))
    pad_id, pad = int(model.tokenizer.pad_token_id or 0), model.tokenizer.pad_token or "[PAD]"
    tokenizer.enable_padding(pad_id=pad_id, pad_token=pad)
    meta = {**meta, "kind": "sentence", "max_length": int(model.max_seq_length)}
    with _atomic_folder(cache_root() / key) as folder:
        tokenizer.save(str(folder / TOKENIZER))
        _export(Sentence(model).eval(), tuple(features[name] for name in names), folder, names, axes)
        _check_and_write_meta(folder, meta, torch_embed)
    return cache_root() / key


def _export(module, sample: tuple, folder: Path, names: list[str], axes: dict) -> None:
    import torch

    with torch.inference_mode(False), torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the tracer's warnings about Python values it folds: the probe check decides
        torch.onnx.export(
            module,
            sample,
            str(folder / RAW_MODEL),
            input_names=names,
            output_names=["embedding"],
            dynamic_axes=axes,
            opset_version=17,
            dynamo=False,
        )
    _optimise(folder)


def _optimise(folder: Path) -> None:
    """The graph as onnxruntime optimises it (ORT_ENABLE_EXTENDED: fusions, no layout choices of this CPU), weights
    apart; opened with no optimisation pass: a ViT-B-32 text tower's session in 0.02 s instead of 0.2-0.25 s."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.log_severity_level = 3
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_EXTENDED
    options.optimized_model_filepath = str(folder / MODEL)
    options.add_session_config_entry("session.optimized_model_external_initializers_file_name", WEIGHTS)
    options.add_session_config_entry("session.optimized_model_external_initializers_min_size_in_bytes", "1024")
    options.add_session_config_entry("session.disable_prepacking", "1")
    ort.InferenceSession(str(folder / RAW_MODEL), options, providers=["CPUExecutionProvider"])
    (folder / RAW_MODEL).unlink()


def _check_and_write_meta(folder: Path, meta: dict, torch_embed: Callable) -> None:
    """The export must give torch's vectors on the probe texts (cosine >= MIN_COSINE), else it is not kept."""
    expected = torch_embed(list(PROBES))
    (folder / META).write_text(json.dumps({**meta, "dim": int(expected.shape[1])}))
    got = OnnxTextEncoder(folder).embed_texts(list(PROBES))
    cosine = float(np.min(np.sum(got * expected, axis=1)))
    if cosine < MIN_COSINE:
        raise ValueError(f"the export differs from torch (cosine {cosine:.6f} on the probe texts)")
