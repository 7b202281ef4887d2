"""Typed errors. Each message says what went wrong and what to do about it.

The library raises these; only the CLI and UI print them or exit. ``exit_code``
follows the CLI contract: 2 for bad usage or unusable input, 1 for the rest.
"""

from __future__ import annotations


class MmragError(Exception):
    """Base class: ``str(err)`` is one line a user can act on."""

    exit_code = 1

    def __init__(self, message: str, hint: str | None = None):
        self.message = message
        self.hint = hint
        super().__init__(f"{message}. {hint}" if hint else message)


class UsageError(MmragError):
    """The command line or the call was wrong (missing labels, bad template...)."""

    exit_code = 2


class InputError(MmragError):
    """The input cannot be used: a path that does not exist, no readable image..."""

    exit_code = 2


class SourceReadError(InputError):
    """One source file could not be read; ``reason`` is a short phrase for reports ("empty file (0 bytes)")."""

    what = "file"

    def __init__(self, path: str, reason: str):
        self.path = path
        self.reason = reason
        super().__init__(f"cannot read {self.what} {path}: {reason}")


class ImageReadError(SourceReadError):
    what = "image"


class PdfReadError(SourceReadError):
    what = "PDF"


class ModelUnavailableError(MmragError):
    """Model weights could not be loaded (not installed, not cached, no network)."""


class OllamaError(MmragError):
    """Base for faults talking to Ollama."""


class OllamaUnreachableError(OllamaError):
    def __init__(self, host: str):
        super().__init__(
            f"Ollama is not reachable at {host}",
            "Start it with `ollama serve` (install: https://ollama.com/download), or point OLLAMA_HOST at a running "
            "server",
        )


class OllamaModelNotFoundError(OllamaError):
    def __init__(self, model: str, host: str):
        self.model = model
        super().__init__(
            f"the model '{model}' is not available in Ollama at {host}",
            f"Run `ollama pull {model}`, or choose another with --vlm",
        )


class OllamaTimeoutError(OllamaError):
    def __init__(self, host: str, timeout: float):
        super().__init__(
            f"Ollama at {host} did not answer within {timeout:g} s",
            "The model may still be loading: try again, or raise MMRAG_OLLAMA_TIMEOUT",
        )


class OllamaResponseError(OllamaError):
    """Ollama answered, but with an error or a reply that cannot be parsed."""

    def __init__(self, detail: str):
        super().__init__(
            f"Ollama returned an unusable reply: {detail}", "Check the Ollama server log; upgrading Ollama may help"
        )


class OcrError(MmragError):
    """Reading the text in an image failed (Tesseract crashed or took too long, or its output was unusable)."""


class TesseractNotFoundError(OcrError):
    def __init__(self, binary: str):
        super().__init__(
            f"the Tesseract binary '{binary}' was not found",
            "Install it (Debian/Ubuntu: `apt-get install tesseract-ocr`; macOS: `brew install tesseract`), or point "
            "MMRAG_TESSERACT at it",
        )


class IndexMismatchError(MmragError):
    """The index was built with other models than the ones asked for."""

    exit_code = 2


class ChromaUnreachableError(MmragError):
    """The Chroma server the index keeps its vectors on is down, went away, or is not a Chroma server."""

    def __init__(self, url: str, detail: str = ""):
        self.url = url
        super().__init__(
            f"the Chroma server at {url} is not reachable{f' ({detail})' if detail else ''}",
            "Start it with `chroma run --path CHROMA_DATA_DIR --host HOST --port PORT` (the server this index was "
            "built on), then run the command again "
            "(an interrupted ingest resumes); or drop --chroma-url / MMRAG_CHROMA_URL for an index kept in its folder",
        )


class IndexWriteError(MmragError):
    """The index folder (or the Chroma store) refused a write: disk full, read-only, no permission."""

    def __init__(self, folder, reason: str):
        self.reason = reason
        super().__init__(
            f"cannot write to the index at {folder}: {reason}",
            "Free some space or make the folder writable, then run the command again (what was committed before is "
            "kept, and an ingest resumes)",
        )
