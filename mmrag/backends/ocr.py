"""Reading the text in images (OCR engines behind backends.base.TextReader): Tesseract and a VLM with an OCR prompt.

Which engine (``MMRAG_OCR``): ``auto`` (the default) uses Tesseract when its binary is found, else
the VLM with an OCR prompt; ``tesseract`` and ``vlm`` force one; ``off`` reads nothing.
Tesseract runs as a subprocess, several images per process (its start-up costs more than reading a
small image), one process per CPU core, with a timeout. The pass that runs them is ingest/ocr.py.
"""

from __future__ import annotations

import io
import logging
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter

from ..config import Settings
from ..errors import (
    MmragError,
    OcrError,
    OllamaError,
    OllamaModelNotFoundError,
    OllamaUnreachableError,
    TesseractNotFoundError,
)
from ..types import GenerationOptions, GenerationRequest
from .base import TextReader, VisionLanguageModel

log = logging.getLogger(__name__)

OCR_PROMPT = (
    "Transcribe all the text visible in this image exactly as written, line by line, in reading order. "
    "Reply with the text only, no comments. If there is no text, reply NO TEXT."
)
MIN_CONFIDENCE = 30.0  # Tesseract word confidence (0-100); below it, mostly noise read in textures
MAX_SKEW = 12.0  # degrees: text sloping more than this is not straightened (photos at an angle, not turned pages)
MIN_SKEW = 1.0  # degrees: less than this Tesseract handles itself
UPSCALE_BELOW = 1024  # images whose longest side is under this are enlarged 2x: small text reads far better
VLM_SIDE = 1024  # longest side of the image sent to the VLM


def preferred_engine(mode: str, tesseract_found: bool) -> str | None:
    """'tesseract', 'vlm' or None (off) for an MMRAG_OCR mode."""
    if mode == "auto":
        return "tesseract" if tesseract_found else "vlm"
    return None if mode == "off" else mode


def engine_id(engine: str | None, lang: str, vlm_model_id: str) -> str | None:
    """The id OCR texts are cached under: 'tesseract:LANG', or the VLM's model id ('ollama:llava')."""
    if engine is None:
        return None
    return f"tesseract:{lang}" if engine == "tesseract" else vlm_model_id


def words_from_tsv(tsv: str, min_confidence: float = MIN_CONFIDENCE) -> dict[int, str]:
    """Tesseract's TSV output -> {page number (1-based): text}, one line of words per text line.

    Words below ``min_confidence`` and words without a letter or digit are dropped.
    """
    lines: dict[tuple[int, int, int, int], list[str]] = {}
    pages: set[int] = set()
    for row in tsv.splitlines():
        cells = row.split("\t")
        if len(cells) < 12 or not cells[0].isdigit():
            continue  # the header, or a malformed row
        page = int(cells[1])
        pages.add(page)
        word = cells[11].strip()
        if cells[0] == "5" and word and float(cells[10]) >= min_confidence and any(ch.isalnum() for ch in word):
            lines.setdefault((page, int(cells[2]), int(cells[3]), int(cells[4])), []).append(word)
    text = {page: [] for page in pages}
    for (page, *_), words in lines.items():
        text[page].append(" ".join(words))
    return {page: "\n".join(rows) for page, rows in text.items()}


NO_TEXT = re.compile(r"^(no text|none|(there is |there's )?no (visible |readable )?text\b.*)$", re.IGNORECASE)


def clean_vlm_text(reply: str) -> str:
    """A VLM's transcription: fences and quotes stripped, spaces collapsed per line; '' for 'NO TEXT' or noise."""
    text = re.sub(r"^```\w*|```$", "", (reply or "").strip()).strip().strip("\"'“”").strip()
    lines = [" ".join(line.split()) for line in text.splitlines()]
    text = "\n".join(line for line in lines if line)
    if NO_TEXT.match(text.rstrip(".!")) or not any(ch.isalnum() for ch in text):
        return ""
    return text


def for_ocr(image: Image.Image) -> Image.Image:
    """Greyscale, straightened when its text lines slope (Tesseract copes with about 2 degrees, not 5 or 8),
    and enlarged 2x when small (it reads text under ~20 px poorly)."""
    grey = image.convert("L")
    angle = skew_angle(grey)
    if abs(angle) >= MIN_SKEW:
        background = int(np.median(np.asarray(grey)))
        grey = grey.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=background)
    if max(grey.size) < UPSCALE_BELOW:
        grey = grey.resize((grey.width * 2, grey.height * 2), Image.LANCZOS)
    return grey


def skew_angle(grey: Image.Image, limit: float = MAX_SKEW) -> float:
    """The rotation (degrees, counter-clockwise) that makes dark text lines level, within +-``limit``; 0 if there is no
    ink.

    Projection profiles: the angle at which the rows of ink pixels change most sharply from one row to the next.
    """
    mask = ink_mask(grey)
    if not np.asarray(mask).any():
        return 0.0
    coarse = max(np.arange(-limit, limit + 0.01, 1.0), key=lambda a: _profile_sharpness(mask, a))
    fine = max(np.arange(coarse - 0.75, coarse + 0.76, 0.25), key=lambda a: _profile_sharpness(mask, a))
    return round(float(fine), 2)


def ink_mask(grey: Image.Image, side: int = 800) -> Image.Image:
    """Pixels much darker than their neighbourhood (dark strokes on a lighter ground), at most ``side`` px.

    The margin grows with the local brightness, so the edge of a sheet on a darker table is not ink."""
    small = grey.copy()
    small.thumbnail((side, side), Image.BILINEAR)
    pixels = np.asarray(small, dtype=np.float32)
    local = np.asarray(small.filter(ImageFilter.BoxBlur(max(4, max(small.size) // 40))), dtype=np.float32)
    return Image.fromarray(((pixels < local - np.maximum(12.0, 0.3 * local)) * 255).astype(np.uint8))


def _profile_sharpness(mask: Image.Image, angle: float) -> float:
    rows = np.asarray(mask.rotate(angle, resample=Image.NEAREST, expand=True), dtype=np.float32).sum(axis=1)
    return float(np.sum(np.diff(rows) ** 2))


# -- engines -----------------------------------------------------------------------


class TesseractReader(TextReader):
    """The ``tesseract`` binary, through subprocess: several images per process, one process per core."""

    def __init__(self, binary: str = "tesseract", lang: str = "eng", timeout: float = 60.0, workers: int | None = None):
        found = shutil.which(binary)
        if found is None:
            raise TesseractNotFoundError(binary)
        self.binary = found
        self.lang = lang
        self.timeout = timeout  # seconds per image
        self.workers = workers or max(1, os.cpu_count() or 1)
        self.engine_id = engine_id("tesseract", lang, "")

    def read_many(self, images: Sequence[Image.Image]) -> list[str | OcrError]:
        """The text of each image, or an OcrError for one that could not be read."""
        if not images:
            return []
        with tempfile.TemporaryDirectory(prefix="mmrag-ocr-") as tmp:
            paths = []
            for n, image in enumerate(images):
                paths.append(Path(tmp) / f"{n:04d}.png")
                for_ocr(image).save(paths[-1], format="PNG", compress_level=1)
            try:
                return self._run(paths, Path(tmp))
            except OcrError as err:
                if len(paths) == 1:
                    return [err]
                log.debug("a Tesseract batch failed (%s); reading its images one by one", err)
                return [self._one(path, Path(tmp)) for path in paths]

    def _one(self, path: Path, tmp: Path) -> str | OcrError:
        try:
            return self._run([path], tmp)[0]
        except OcrError as err:
            return err

    def _run(self, paths: list[Path], tmp: Path) -> list[str]:
        listing = tmp / f"list-{paths[0].stem}.txt"
        listing.write_text("".join(f"{p}\n" for p in paths))
        command = [self.binary, str(listing), "stdout", "-l", self.lang, "--psm", "3", "tsv"]
        env = {**os.environ, "OMP_THREAD_LIMIT": "1"}  # parallel processes, not threads inside one
        try:
            done = subprocess.run(command, capture_output=True, timeout=self.timeout * len(paths), env=env, check=False)
        except subprocess.TimeoutExpired:
            raise OcrError(
                f"Tesseract took longer than {self.timeout * len(paths):g} s", "Raise MMRAG_OCR_TIMEOUT"
            ) from None
        except OSError as err:
            raise OcrError(f"cannot run Tesseract ({err.strerror or err})") from None
        if done.returncode != 0:
            detail = (done.stderr.decode(errors="replace").strip().splitlines() or ["no message"])[-1][:160]
            raise OcrError(f"Tesseract failed (exit {done.returncode}: {detail})")
        pages = words_from_tsv(done.stdout.decode("utf-8", errors="replace"))
        if len(paths) > 1 and set(pages) != set(range(1, len(paths) + 1)):
            raise OcrError(f"Tesseract returned {len(pages)} pages for {len(paths)} images")
        return [pages.get(n, "") for n in range(1, len(paths) + 1)]


class VlmReader(TextReader):
    """A vision-language model with an OCR prompt; one request per image, ``workers`` at once in the OCR pass."""

    one_at_a_time = True

    def __init__(self, vlm: VisionLanguageModel, workers: int = 1):
        self.vlm = vlm
        self.engine_id = vlm.model_id
        self.workers = max(1, workers)

    def read_one(self, image: Image.Image) -> str:
        """The text in ``image``; raises OllamaError (any fault)."""
        return clean_vlm_text(self.vlm.generate(self._request(image)))

    def read_many(self, images: Sequence[Image.Image]) -> list[str | OcrError]:
        """Raises OllamaUnreachableError / OllamaModelNotFoundError (no use going on); other faults fail one image."""
        out: list[str | OcrError] = []
        for image in images:
            try:
                out.append(self.read_one(image))
            except (OllamaUnreachableError, OllamaModelNotFoundError):
                raise
            except OllamaError as err:
                out.append(OcrError(err.message))
        return out

    @staticmethod
    def _request(image: Image.Image) -> GenerationRequest:
        small = image.convert("RGB")
        small.thumbnail((VLM_SIDE, VLM_SIDE), Image.BICUBIC)
        buf = io.BytesIO()
        small.save(buf, format="PNG")
        return GenerationRequest(OCR_PROMPT, images=[buf.getvalue()], options=GenerationOptions(temperature=0.0))


# -- choosing one --------------------------------------------------------------------


def tesseract_if_found(settings: Settings) -> TesseractReader | None:
    """Tesseract, when OCR is not off and its binary is found; else None (no OCR)."""
    s = settings
    if s.ocr == "off" or not shutil.which(s.tesseract):
        return None
    return TesseractReader(s.tesseract, s.ocr_lang, s.ocr_timeout)


def make_reader(
    engine: str | None,
    tesseract_binary: str,
    lang: str,
    timeout: float,
    vlm_factory: Callable[[], VisionLanguageModel],
    allow_vlm: bool,
    vlm_parallel: int = 1,
) -> tuple[TextReader | None, str | None]:
    """The reader for an engine name, or (None, why not)."""
    if engine is None:
        return None, "OCR is off (MMRAG_OCR=off)"
    if engine == "tesseract":
        try:
            return TesseractReader(tesseract_binary, lang, timeout), None
        except MmragError as err:
            return None, str(err)
    if not allow_vlm:
        return None, "OCR by the VLM waits for `mmrag describe` (descriptions are off in this run)"
    return VlmReader(vlm_factory(), vlm_parallel), None
