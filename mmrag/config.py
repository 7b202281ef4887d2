"""Settings: MMRAG_* environment variables, overridden by CLI flags.

Each setting is declared once, below: its field, default, environment variable, flag and meaning. `from_env`
reads the variables from that declaration, and the README's configuration table is generated from it
(`python -m mmrag.config README.md` rewrites the table; tests/test_config_table.py fails when they drift).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from platformdirs import user_data_dir

from .errors import UsageError
from .types import GenerationOptions

DEFAULT_CLIP = "ViT-B-32:laion2b_s34b_b79k"
DEFAULT_TEXT_MODEL = "all-MiniLM-L6-v2"
DEFAULT_VLM = "llava"
DEFAULT_OLLAMA_HOST = "http://127.0.0.1:11434"
OCR_MODES = ("auto", "tesseract", "vlm", "off")  # MMRAG_OCR; see mmrag/backends/ocr.py


def default_index_dir() -> Path:
    return Path(user_data_dir("mmrag", appauthor=False)) / "index"


def setting(default, env: str | None = None, flag: str = "", shown: str = "", meaning: str = "", factory=None):
    """A Settings field with its environment variable, the CLI flag that overrides it, how the default reads in the
    README (``shown``, else the value) and what it does."""
    meta = {"env": env, "flag": flag, "shown": shown, "meaning": meaning}
    return (
        field(default_factory=factory, metadata=meta) if factory is not None else field(default=default, metadata=meta)
    )


@dataclass(frozen=True)
class Settings:
    index: Path = setting(
        None,
        "MMRAG_INDEX",
        "--index",
        "user data dir (platformdirs) + `/index`",
        "the index folder",
        factory=default_index_dir,
    )
    clip: str | None = setting(
        None,
        "MMRAG_CLIP",
        "--clip",
        f"the index's recorded spec; a new index: `{DEFAULT_CLIP}`",
        'CLIP model: `tiny`, `ARCH:PRETRAINED_TAG`, `ARCH:/path/to/checkpoint.pt` (see "Using real models")',
    )
    text_model: str | None = setting(
        None,
        "MMRAG_TEXT_MODEL",
        "--text-model",
        f"the index's; a new index: `{DEFAULT_TEXT_MODEL}`",
        "sentence-transformers model for the dense text channel",
    )
    vlm: str = setting(DEFAULT_VLM, "MMRAG_VLM", "--vlm", meaning="Ollama model that describes images and answers")
    ollama_host: str = setting(DEFAULT_OLLAMA_HOST, "OLLAMA_HOST", meaning="the Ollama server")
    ollama_timeout: float = setting(120.0, "MMRAG_OLLAMA_TIMEOUT", shown="120", meaning="seconds per Ollama request")
    ollama_retries: int = setting(
        2,
        "MMRAG_OLLAMA_RETRIES",
        meaning="retries (backoff 0.5 s, 1 s) on HTTP 5xx, dropped connections, malformed replies",
    )
    vlm_parallel: int = setting(
        4,
        "MMRAG_VLM_PARALLEL",
        "`--parallel` (describe, ingest)",
        meaning="requests to Ollama at once when describing and reading text; 1: one at a time (mmrag/passes.py)",
    )
    device: str | None = setting(
        None,
        "MMRAG_DEVICE",
        shown="`cuda` when available, else `cpu`",
        meaning="torch device for CLIP and the text model",
    )
    batch_size: int = setting(32, "MMRAG_BATCH_SIZE", meaning="images per CLIP batch")
    pdf_dpi: int = setting(72, "MMRAG_PDF_DPI", meaning="resolution of PDF page renders")
    commit_items: int = setting(
        256, "MMRAG_COMMIT_ITEMS", meaning="items per ingest checkpoint (also inside a big PDF or video)"
    )
    video_every: float = setting(10.0, "MMRAG_VIDEO_EVERY", shown="10", meaning="seconds between a video's key frames")
    video_frames: int = setting(
        30, "MMRAG_VIDEO_FRAMES", meaning="key frames per video at most (a longer video gets a wider step)"
    )
    readers: int | None = setting(
        None,
        "MMRAG_READERS",
        shown="one per CPU core, 2 to 4",
        meaning="ingest threads that hash, decode, thumbnail and preprocess files",
    )  # None: ingest.pipeline.default_readers()
    prep_workers: int | None = setting(
        None,
        "MMRAG_PREP_WORKERS",
        shown="cores - 2 (2 to 16) when CLIP runs on CUDA, else 0",
        meaning="ingest processes that decode, thumbnail and preprocess image files past the GIL (ingest/prep.py); "
        "0: in the reader threads",
    )  # None: ingest.prep.prep_workers()
    ocr: str = setting(
        "auto",
        "MMRAG_OCR",
        "`--no-ocr` (this run only)",
        "`auto`",
        "`auto`: Tesseract when found, else the VLM; `tesseract`, `vlm`, `off` (mmrag/backends/ocr.py)",
    )
    tesseract: str = setting("tesseract", "MMRAG_TESSERACT", meaning="the Tesseract binary (on `PATH`), or its path")
    ocr_lang: str = setting("eng", "MMRAG_OCR_LANG", meaning="Tesseract languages, e.g. `eng+deu`")
    ocr_dpi: int = setting(300, "MMRAG_OCR_DPI", meaning="resolution of PDF pages rendered for OCR")
    ocr_timeout: float = setting(60.0, "MMRAG_OCR_TIMEOUT", shown="60", meaning="seconds per image for Tesseract")
    chroma_url: str | None = setting(
        None,
        "MMRAG_CHROMA_URL",
        "--chroma-url",
        "none: Chroma embedded in the index folder",
        'a Chroma server, e.g. `http://127.0.0.1:8000`; fixed when the index is created (see "Chroma server")',
    )
    rrf_k: float = setting(60.0, "MMRAG_RRF_K", shown="60", meaning="reciprocal rank fusion constant")
    # the two text channels read the same text; weights calibrated in benchmarks/eval_retrieval.py
    weight_clip: float = setting(2.0, "MMRAG_WEIGHT_CLIP", meaning="fusion weight of the CLIP channel")
    weight_text: float = setting(1.0, "MMRAG_WEIGHT_TEXT", meaning="fusion weight of the dense text channel")
    weight_bm25: float = setting(1.0, "MMRAG_WEIGHT_BM25", meaning="fusion weight of the BM25 channel")
    null_fpr: float = setting(
        0.01,
        "MMRAG_NULL_FPR",
        meaning="share of unrelated queries the calibrated cut-off lets through, a third per channel (calibrate.py)",
    )
    clip_margin: float | None = setting(
        None,
        "MMRAG_CLIP_MARGIN",
        shown="unset: the index's calibrated cut-off",
        meaning="a fixed CLIP margin instead of the calibrated cut-off",
    )
    text_min: float | None = setting(
        None,
        "MMRAG_TEXT_MIN",
        shown="unset: calibrated",
        meaning="a fixed dense-text cosine instead of the calibrated cut-off",
    )
    bm25_rel: float | None = setting(
        None,
        "MMRAG_BM25_REL",
        shown="unset: calibrated",
        meaning="a BM25 hit needs this fraction of the query's best score",
    )
    generation: GenerationOptions = field(default_factory=GenerationOptions)  # MMRAG_TEMPERATURE, ... (GENERATION_ENV)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides) -> Settings:
        """Build settings from ``env`` (default os.environ), then apply non-None ``overrides``."""
        env = os.environ if env is None else env
        values: dict = {}
        for f in fields(cls):
            var = f.metadata.get("env")
            if var and env.get(var):
                values[f.name] = _parse(var, env[var], f.type)
        values["generation"] = _generation_from_env(env)
        settings = cls(**values)
        settings = _check_ocr(settings.with_overrides(**overrides))
        if not 0.0 < settings.null_fpr < 1.0:
            raise UsageError(
                f"MMRAG_NULL_FPR={settings.null_fpr} is not between 0 and 1",
                "Give a false-positive rate such as 0.01, or leave it unset",
            )
        for name, var, floor in (
            ("video_every", "MMRAG_VIDEO_EVERY", 0.1),
            ("video_frames", "MMRAG_VIDEO_FRAMES", 1),
            ("commit_items", "MMRAG_COMMIT_ITEMS", 1),
            ("vlm_parallel", "MMRAG_VLM_PARALLEL", 1),
        ):
            if getattr(settings, name) < floor:
                raise UsageError(
                    f"{var}={getattr(settings, name)} is below {floor}",
                    f"Set {var} to {floor} or more, or leave it unset",
                )
        if settings.prep_workers is not None and settings.prep_workers < 0:
            raise UsageError(
                f"MMRAG_PREP_WORKERS={settings.prep_workers} is below 0",
                "Give the number of image worker processes (0: none), or leave it unset to decide by the device",
            )
        if settings.readers is not None and settings.readers < 1:
            raise UsageError(
                f"MMRAG_READERS={settings.readers} is below 1",
                "Give the number of ingest reader threads (1 or more), or leave it unset for one per core",
            )
        return settings

    def with_overrides(self, **overrides) -> Settings:
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
        raise UsageError(
            f"{var}={raw!r} is not a valid {kind.__name__}", f"Set {var} to a number or unset it"
        ) from None


# Variables one command reads (not Settings): name -> (the flag it stands for, what it sets)
COMMAND_ENV = {
    "MMRAG_UI_TOKEN": ("`mmrag ui --token`", "the token the front end asks for before showing anything"),
    "MMRAG_API_TOKEN": ("`mmrag serve --token`", "the bearer token the HTTP API requires"),
    "MMRAG_WORDNET": (
        "",
        "a WordNet 3.0 dict folder for the citation checks (default: Debian's wordnet-base in "
        "/usr/share/wordnet, else nltk's data; mmrag/lexicon.py)",
    ),
}
INTERNAL_ENV = ("MMRAG_UI_HOSTS", "MMRAG_TEST_KILL_AT")  # set by `mmrag ui` for its server; a test-only hook
GENERATION_ENV = {
    "temperature": float,
    "top_k": int,
    "top_p": float,
    "num_predict": int,
    "num_ctx": int,
}  # MMRAG_<NAME>


def _generation_from_env(env: Mapping[str, str]) -> GenerationOptions:
    values = {
        name: _number(f"MMRAG_{name.upper()}", env[f"MMRAG_{name.upper()}"], kind)
        for name, kind in GENERATION_ENV.items()
        if env.get(f"MMRAG_{name.upper()}")
    }
    return GenerationOptions(**values)


def _parse(var: str, raw: str, annotation: str):
    """An environment value as its field's type (annotations are strings here: ``from __future__ import
    annotations``)."""
    if annotation.startswith("Path"):
        return Path(raw).expanduser()
    for name, kind in (("int", int), ("float", float)):
        if annotation.split(" | ")[0] == name:
            return _number(var, raw, kind)
    return raw


def settings_table() -> str:
    """The README's configuration table, from the declarations above."""
    rows = ["| variable | flag | default | what it sets |", "|---|---|---|---|"]
    for f in fields(Settings):
        meta = f.metadata
        if not meta.get("env"):
            continue
        default = meta["shown"] or (
            f"`{f.default}`"
            if isinstance(f.default, str)
            else f"{f.default:g}"
            if isinstance(f.default, float)
            else str(f.default)
        )
        flag = meta["flag"] if meta["flag"].startswith("`") or not meta["flag"] else f"`{meta['flag']}`"
        rows.append(f"| `{meta['env']}` | {flag} | {default} | {meta['meaning']} |")
    names = ", ".join(f"`MMRAG_{name.upper()}`" for name in GENERATION_ENV)
    rows.append(f"| {names} | | Ollama's defaults | sampling options sent with every VLM request |")
    rows += [f"| `{name}` | {flag} | none | {meaning} |" for name, (flag, meaning) in COMMAND_ENV.items()]
    return "\n".join(rows) + "\n"


TABLE_START, TABLE_END = (
    "<!-- settings table: generated by `python -m mmrag.config README.md` -->",
    "<!-- end of settings table -->",
)


def with_table(readme: str) -> str:
    """``readme`` with the text between the table markers replaced by settings_table()."""
    head, rest = readme.split(TABLE_START, 1)
    _, tail = rest.split(TABLE_END, 1)
    return f"{head}{TABLE_START}\n{settings_table()}{TABLE_END}{tail}"


if __name__ == "__main__":
    import sys

    target = Path(sys.argv[1])
    target.write_text(with_table(target.read_text(encoding="utf-8")), encoding="utf-8")
