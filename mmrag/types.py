"""Dataclasses passed between modules. JSON only at the edges (cli, ui)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Failure:
    """A source file (or an item of one, by its file) that could not be used, and why: the reports' ``failed``."""

    path: str  # printable, as the user knows the file
    reason: str


@dataclass(frozen=True)
class LabelScore:
    label: str
    probability: float


@dataclass(frozen=True)
class ClassifyResult:
    """Zero-shot result for one image: ``labels`` sorted by probability, or ``error``."""

    path: str
    labels: list[LabelScore] | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True)
class GenerationOptions:
    """Sampling options passed to the VLM (Ollama names)."""

    temperature: float | None = None
    top_k: int | None = None
    top_p: float | None = None
    num_predict: int | None = None
    num_ctx: int | None = None

    def as_dict(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if v is not None}


@dataclass(frozen=True)
class GenerationRequest:
    """One prompt for a vision-language model, with the images it should look at."""

    prompt: str
    images: list[bytes | Path] = field(default_factory=list)
    system: str | None = None
    options: GenerationOptions = field(default_factory=GenerationOptions)
