"""Output shared by the command line and the HTTP API: result and classification JSON, place and path labels, dates and
--not values parsed once, labels from a flag or a file.
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path

from .errors import InputError, UsageError


def place_label(page: int | None, time: float | None, page_prefix: str = " (page ") -> str:
    """Where in its file an item is: ' @ 01:20' for a video frame, ' (page 3)' (or ' p3') for a page, else ''."""
    if time is not None:
        from .ingest.video import format_time

        return f" @ {format_time(time)}"
    if page:
        return f"{page_prefix}{page}{')' if page_prefix.endswith('(page ') else ''}"
    return ""


def result_json(r) -> dict:
    return {
        "id": r.id,
        "kind": r.kind,
        "path": r.path,
        "page": r.page,
        "score": r.score,
        "channels": {
            c: {
                "rank": h.rank,
                "score": round(h.score, 6),
                "evidence": h.evidence,
                "threshold": h.threshold,
                "quantile": h.quantile,
            }
            for c, h in r.channels.items()
        },
        "snippet": r.snippet,
        "description": r.description,
        "ocr": r.ocr or None,
        **({"time": r.time} if r.time is not None else {}),
        **({"place": r.place} if r.place else {}),
    }


def parse_date(text: str | None, flag: str) -> float | None:
    from datetime import datetime

    if text is None:
        return None
    from datetime import timezone

    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{flag} {text!r} is not a date", "Write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM") from None
    try:
        return when.timestamp()
    except (OverflowError, ValueError, OSError):  # before 1970 or after 2038 on some platforms, or year 1: read as UTC
        return (when if when.tzinfo else when.replace(tzinfo=timezone.utc)).timestamp()


def shown_path(path: str) -> str:
    """A file name on one terminal line: control characters (a newline in a name) and undecodable bytes escaped."""
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in path)


def negatives(values) -> tuple[str, ...]:
    """--not values: each non-empty; an empty one is a mistake worth saying."""
    negatives = tuple(v.strip() for v in values)
    if any(not v for v in negatives):
        raise UsageError("--not needs a text", 'Example: mmrag search "beach" --not "people"')
    return negatives


def read_labels(inline: str | None, file: Path | None) -> list[str]:
    from .classify import parse_labels

    text = inline or ""
    if file is not None:
        try:
            text += "\n" + file.read_text(encoding="utf-8")
        except OSError as err:
            raise InputError(f"cannot read labels file {file}: {err.strerror or err}", "Check the path") from None
    labels = parse_labels(text)
    if not labels:
        raise UsageError("no labels given", 'Pass --labels "cat,dog,car" or --labels-file FILE')
    return labels


def classify_json(result) -> dict:
    if result.error:
        return {"path": result.path, "error": result.error}
    return {"path": result.path, "labels": [asdict(s) for s in result.labels]}


def print_json(document: dict) -> None:
    json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    sys.stdout.flush()
