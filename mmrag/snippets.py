"""What a search result shows and which paths a filter keeps (pure): the snippet around the query's words, the text
of an image item that matched (its description or the words read in it), and ``--path`` globs."""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Sequence
from pathlib import Path


def path_matches(path: str, pattern: str | None) -> bool:
    """--path GLOB: matched against the whole path, or the file name when the glob has no slash."""
    if not pattern:
        return True
    target = path if "/" in pattern else Path(path).name
    return fnmatch.fnmatch(target, pattern)


def snippet_of(text: str | None, terms: Sequence[str], width: int = 240) -> str:
    """A window of ``text`` around the first query term found (or its start), on word boundaries."""
    if not text:
        return ""
    flat = " ".join(text.split())
    if len(flat) <= width:
        return flat
    lower = flat.lower()
    hits = [lower.find(t.lower()) for t in terms if len(t) > 2 and t.lower() in lower]
    start = max(0, min(hits) - width // 3) if hits else 0
    if start:
        start = flat.find(" ", start) + 1 or start
    end = min(len(flat), start + width)
    if end < len(flat):
        end = flat.rfind(" ", start, end) if flat.rfind(" ", start, end) > start else end
    return ("…" if start else "") + flat[start:end] + ("…" if end < len(flat) else "")


WORDS = re.compile(r"[^\W_]+")


def matched_body(description: str | None, ocr: str | None, terms: Sequence[str]) -> str | None:
    """An image item's text to show: its OCR text when that holds more of the query's words than its
    description (the words in the image are what matched), else the description, else the OCR text."""
    if not ocr:
        return description
    if not description:
        return ocr
    wanted = {w for term in terms for w in WORDS.findall(term.lower())}

    def overlap(text: str) -> int:
        return len(wanted & set(WORDS.findall(text.lower())))

    return ocr if overlap(ocr) > overlap(description) else description
