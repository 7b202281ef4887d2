"""Settings: MMRAG_* environment variables, overridden by CLI flags.

| setting          | env                    | default                              |
|------------------|------------------------|--------------------------------------|
| index            | MMRAG_INDEX            | user data dir (platformdirs)/index   |
| clip             | MMRAG_CLIP             | the index's; new: ViT-B-32:laion2b_s34b_b79k |
| text_model       | MMRAG_TEXT_MODEL       | the index's; new: all-MiniLM-L6-v2   |
| vlm              | MMRAG_VLM              | llava                                |
| ollama_host      | OLLAMA_HOST            | http://127.0.0.1:11434               |
| ollama_timeout   | MMRAG_OLLAMA_TIMEOUT   | 120 (seconds per request)            |
| ollama_retries   | MMRAG_OLLAMA_RETRIES   | 2 (extra tries on transient faults)  |
| vlm_parallel     | MMRAG_VLM_PARALLEL     | 4 (requests to Ollama at once when describing and reading text; 1: one at a time) |
| device           | MMRAG_DEVICE           | cpu, or cuda when available          |
| batch_size       | MMRAG_BATCH_SIZE       | 32                                   |
| pdf_dpi          | MMRAG_PDF_DPI          | 72 (resolution of PDF page renders)  |
| commit_items     | MMRAG_COMMIT_ITEMS     | 256 (items per ingest checkpoint, also inside a big file) |
| video_every      | MMRAG_VIDEO_EVERY      | 10 (seconds between a video's key frames) |
| video_frames     | MMRAG_VIDEO_FRAMES     | 30 (key frames per video at most; a longer video gets a wider step) |
| readers          | MMRAG_READERS          | one per CPU core, 2 to 4 (ingest threads that hash, decode and preprocess) |
| ocr              | MMRAG_OCR              | auto (tesseract, else vlm) / tesseract / vlm / off |
| tesseract        | MMRAG_TESSERACT        | tesseract (the binary, on PATH or a path) |
| ocr_lang         | MMRAG_OCR_LANG         | eng (Tesseract languages, e.g. eng+deu) |
| ocr_dpi          | MMRAG_OCR_DPI          | 300 (PDF pages rendered for OCR)     |
| ocr_timeout      | MMRAG_OCR_TIMEOUT      | 60 (seconds per image for Tesseract) |
| chroma_url       | MMRAG_CHROMA_URL       | none: Chroma embedded in the index; else a server, e.g. http://127.0.0.1:8000 |
| rrf_k            | MMRAG_RRF_K            | 60 (reciprocal rank fusion constant) |
| weight_*         | MMRAG_WEIGHT_CLIP / _TEXT / _BM25 | 2.0 / 1.0 / 1.0 (fusion)   |
| null_fpr         | MMRAG_NULL_FPR         | 0.01 (share of unrelated queries a channel's calibrated cut-off lets through, calibrate.py) |
| clip_margin      | MMRAG_CLIP_MARGIN      | unset: the index's calibrated cut-off; set: this fixed CLIP margin (retrieve.Cutoff) |
| text_min         | MMRAG_TEXT_MIN         | unset: calibrated; set: this fixed dense-text cosine |
| bm25_rel         | MMRAG_BM25_REL         | 0.5 (a BM25 hit needs this fraction of the query's best score) |
| temperature ...  | MMRAG_TEMPERATURE, MMRAG_TOP_K, MMRAG_TOP_P, MMRAG_NUM_PREDICT, MMRAG_NUM_CTX |
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Mapping

from platformdirs import user_data_dir

from .errors import UsageError
from .types import GenerationOptions

DEFAULT_CLIP = "ViT-B-32:laion2b_s34b_b79k"
DEFAULT_TEXT_MODEL = "all-MiniLM-L6-v2"
DEFAULT_VLM = "llava"
DEFAULT_OLLAMA_HOST = "http://127.0.0.1:11434"
OCR_MODES = ("auto", "tesseract", "vlm", "off")  # MMRAG_OCR; see ingest/ocr.py


def default_index_dir() -> Path:
    return Path(user_data_dir("mmrag", appauthor=False)) / "index"


@dataclass(frozen=True)
class Settings:
    index: Path = field(default_factory=default_index_dir)
    clip: str | None = None  # None: the index's recorded spec, else DEFAULT_CLIP
    text_model: str | None = None  # None: the index's recorded model, else DEFAULT_TEXT_MODEL
    vlm: str = DEFAULT_VLM
    ollama_host: str = DEFAULT_OLLAMA_HOST
    ollama_timeout: float = 120.0
    ollama_retries: int = 2
    vlm_parallel: int = 4  # see mmrag/passes.py
    device: str | None = None
    batch_size: int = 32
    pdf_dpi: int = 72
    commit_items: int = 256
    video_every: float = 10.0
    video_frames: int = 30
    readers: int | None = None  # None: ingest.pipeline.default_readers()
    ocr: str = "auto"  # see ingest/ocr.py
    tesseract: str = "tesseract"
    ocr_lang: str = "eng"
    ocr_dpi: int = 300
    ocr_timeout: float = 60.0
    chroma_url: str | None = None  # None: the index's recorded server, else Chroma embedded in the index folder
    rrf_k: float = 60.0
    weight_clip: float = 2.0  # the two text channels read the same text; calibrated in benchmarks/eval_retrieval.py
    weight_text: float = 1.0
    weight_bm25: float = 1.0
    null_fpr: float = 0.01  # the calibrated cut-off's false-positive rate on unrelated queries (calibrate.py)
    clip_margin: float | None = None  # None: the index's calibrated cut-off (calibrate.py), else this fixed margin
    text_min: float | None = None
    bm25_rel: float | None = None
    generation: GenerationOptions = field(default_factory=GenerationOptions)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides) -> "Settings":
        """Build settings from ``env`` (default os.environ), then apply non-None ``overrides``."""
        env = os.environ if env is None else env
        values: dict = {}
        text = {"clip": "MMRAG_CLIP", "text_model": "MMRAG_TEXT_MODEL", "vlm": "MMRAG_VLM", "ollama_host": "OLLAMA_HOST", "device": "MMRAG_DEVICE",
            "ocr": "MMRAG_OCR", "tesseract": "MMRAG_TESSERACT", "ocr_lang": "MMRAG_OCR_LANG",
            "chroma_url": "MMRAG_CHROMA_URL"}
        for name, var in text.items():
            if env.get(var):
                values[name] = env[var]
        if env.get("MMRAG_INDEX"):
            values["index"] = Path(env["MMRAG_INDEX"]).expanduser()
        numbers = {"ollama_timeout": ("MMRAG_OLLAMA_TIMEOUT", float), "ollama_retries": ("MMRAG_OLLAMA_RETRIES", int), "vlm_parallel": ("MMRAG_VLM_PARALLEL", int), "batch_size": ("MMRAG_BATCH_SIZE", int), "pdf_dpi": ("MMRAG_PDF_DPI", int), "commit_items": ("MMRAG_COMMIT_ITEMS", int),
            "video_every": ("MMRAG_VIDEO_EVERY", float), "video_frames": ("MMRAG_VIDEO_FRAMES", int), "readers": ("MMRAG_READERS", int),
            "ocr_dpi": ("MMRAG_OCR_DPI", int), "ocr_timeout": ("MMRAG_OCR_TIMEOUT", float),
            "rrf_k": ("MMRAG_RRF_K", float), "weight_clip": ("MMRAG_WEIGHT_CLIP", float), "weight_text": ("MMRAG_WEIGHT_TEXT", float),
            "weight_bm25": ("MMRAG_WEIGHT_BM25", float), "clip_margin": ("MMRAG_CLIP_MARGIN", float), "text_min": ("MMRAG_TEXT_MIN", float), "bm25_rel": ("MMRAG_BM25_REL", float),
            "null_fpr": ("MMRAG_NULL_FPR", float)}
        for name, (var, kind) in numbers.items():
            if env.get(var):
                values[name] = _number(var, env[var], kind)
        values["generation"] = _generation_from_env(env)
        settings = cls(**values)
        settings = _check_ocr(settings.with_overrides(**overrides))
        if not 0.0 < settings.null_fpr < 1.0:
            raise UsageError(f"MMRAG_NULL_FPR={settings.null_fpr} is not between 0 and 1", "Give a false-positive rate such as 0.01, or leave it unset")
        for name, var, floor in (("video_every", "MMRAG_VIDEO_EVERY", 0.1), ("video_frames", "MMRAG_VIDEO_FRAMES", 1), ("commit_items", "MMRAG_COMMIT_ITEMS", 1),
                                 ("vlm_parallel", "MMRAG_VLM_PARALLEL", 1)):
            if getattr(settings, name) < floor:
                raise UsageError(f"{var}={getattr(settings, name)} is below {floor}", f"Set {var} to {floor} or more, or leave it unset")
        if settings.readers is not None and settings.readers < 1:
            raise UsageError(f"MMRAG_READERS={settings.readers} is below 1", "Give the number of ingest reader threads (1 or more), or leave it unset for one per core")
        return settings

    def with_overrides(self, **overrides) -> "Settings":
        """Return a copy with every non-None override applied (CLI flags win over env)."""
        known = {f.name for f in fields(self)}
        unknown = set(overrides) - known - {f.name for f in fields(GenerationOptions)}
        if unknown:
            raise UsageError(f"unknown setting(s): {', '.join(sorted(unknown))}")
        top = {k: v for k, v in overrides.items() if k in known and v is not None}
        gen = {k: v for k, v in overrides.items() if k not in known and v is not None}
        if "index" in top:
            top["index"] = Path(top["index"]).expanduser()
        if gen:
            top["generation"] = replace(top.get("generation", self.generation), **gen)
        return replace(self, **top)


def _check_ocr(settings: Settings) -> Settings:
    mode = settings.ocr.strip().lower()
    if mode not in OCR_MODES:
        raise UsageError(f"MMRAG_OCR={settings.ocr!r} is not an OCR mode", f"Use one of {', '.join(OCR_MODES)}")
    return replace(settings, ocr=mode)


def _number(var: str, raw: str, kind: type):
    try:
        return kind(raw)
    except ValueError:
        raise UsageError(f"{var}={raw!r} is not a valid {kind.__name__}", f"Set {var} to a number or unset it") from None


def _generation_from_env(env: Mapping[str, str]) -> GenerationOptions:
    spec = {"temperature": float, "top_k": int, "top_p": float, "num_predict": int, "num_ctx": int}
    values = {name: _number(f"MMRAG_{name.upper()}", env[f"MMRAG_{name.upper()}"], kind) for name, kind in spec.items() if env.get(f"MMRAG_{name.upper()}")}
    return GenerationOptions(**values)
