"""Pieces the pages share: showing an indexed image or PDF page, badges, uploads, markdown escaping."""

from __future__ import annotations

import re
import time
from pathlib import Path

import streamlit as st
from mmrag.ingest.discover import IMAGE_EXTENSIONS
from mmrag.ingest.video import format_time
from mmrag.ui.state import engine

from mmrag import media
from mmrag.errors import InputError
from mmrag.passes import describe_rate

STATUS_COLOURS = {"supported": "green", "unsupported": "red", "invalid": "red", "uncited": "orange", "no_claim": "gray"}
STATUS_MARKS = {"supported": "✓", "unsupported": "✗", "invalid": "✗", "uncited": "?", "no_claim": "·"}
WORD_JOINER = "\u2060"  # invisible, zero width: breaks www. / :// / @ so no autolink forms
UPLOAD_TYPES = sorted(ext.lstrip(".") for ext in IMAGE_EXTENSIONS)  # what ingest indexes, HEIC and AVIF included


def md_escape(text: str) -> str:
    """Text shown literally in any Streamlit markdown (st.markdown, captions, st.error...): every ASCII punctuation
    mark becomes a numeric character reference, which markdown shows as that character but never parses, so no
    emphasis, link, autolink (``www.`` / ``http://`` / e-mail), LaTeX, HTML or ``:colour[...]`` directive survives;
    control characters (newlines in file names) become visible escapes."""
    text = "".join(ch if ch.isprintable() or ch == "\n" else repr(ch)[1:-1] for ch in str(text))
    # GFM autolinks are found in the decoded text, so references do not stop them: an invisible word joiner does
    text = re.sub(r"(?i)(www)(?=\.)|(:)(?=//)|(?=@)", lambda m: (m.group(1) or m.group(2) or "") + WORD_JOINER, text)
    return re.sub(r"[!-/:-@\[-`{-~]", lambda m: f"&#{ord(m.group())};", text)


def where(path: str, page: int | None, time: float | None = None) -> str:
    """``name.pdf p. 2``, ``clip.mp4 @ 01:20`` or ``photo.jpg``: a short label for a source."""
    if time is not None:
        return f"{Path(path).name} @ {format_time(time)}"
    return Path(path).name + (f" p. {page}" if page else "")


def index_files() -> dict[str, str]:
    """The files the index holds, {shown path: real path}: the only ones the UI will read."""
    return media.index_files(engine().catalog)


def show_source(
    kind: str, path: str, page: int | None, thumbnail: Path | bytes | None = None, width: int | str = "content"
) -> None:
    """The item at full size: an image file, or the PDF page the item is on; else its thumbnail."""
    files = index_files()
    real = files.get(path, path)  # results carry the shown path; a name that is not UTF-8 differs on disk
    try:
        if kind == "image":
            st.image(media.source_image(real, files.values()), caption=md_escape(where(path, page)), width=width)
        elif page:
            st.image(
                media.pdf_page_image(real, page, files.values()), caption=md_escape(where(path, page)), width=width
            )
        elif thumbnail is not None:
            st.image(
                thumbnail if isinstance(thumbnail, bytes) else str(thumbnail),
                caption=md_escape(where(path, page)),
                width=width,
            )
    except InputError as err:
        st.error(md_escape(str(err)))


@st.dialog("Open", width="large")
def open_dialog(kind: str, path: str, page: int | None) -> None:
    st.caption(md_escape(path))
    show_source(kind, path, page)


def status_badge(status: str, label: str | None = None) -> str:
    """A coloured markdown badge for a sentence or citation status."""
    return f":{STATUS_COLOURS[status]}-badge[{STATUS_MARKS[status]} {md_escape(label or status)}]"


def progress_reporter(bar):
    """A ``progress(stage, done, total)`` callback for Engine.ingest / describe that moves ``bar``, with the rate and
    the time left as the CLI's tqdm bar shows them ("describe: 12 / 400 · 1.9/s, 3 min left")."""
    started: dict[str, float] = {}

    def report(stage: str, done: int, total: int) -> None:
        elapsed = time.monotonic() - started.setdefault(stage, time.monotonic())
        speed = describe_rate(done, total, elapsed)
        bar.progress(
            min(done / total, 1.0) if total else 1.0,
            text=f"{stage}: {done} / {total}" + (f" · {speed}" if speed else ""),
        )

    return report
