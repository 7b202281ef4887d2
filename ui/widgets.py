"""Pieces the pages share: showing an indexed image or PDF page, badges, uploads, markdown escaping."""

from __future__ import annotations

import re
from pathlib import Path

import streamlit as st

from mmrag import media
from mmrag.errors import InputError
from mmrag.ui.state import engine

STATUS_COLOURS = {"supported": "green", "unsupported": "red", "invalid": "red", "uncited": "orange", "no_claim": "gray"}
STATUS_MARKS = {"supported": "✓", "unsupported": "✗", "invalid": "✗", "uncited": "?", "no_claim": "·"}
UPLOAD_TYPES = ["jpg", "jpeg", "png", "webp", "gif", "bmp", "tif", "tiff"]


def md_escape(text: str) -> str:
    """Text shown literally in st.markdown (no emphasis, links, LaTeX or colour directives)."""
    return re.sub(r"([\\`*_{}\[\]()#+\-.!|$~:<>])", r"\\\1", text)


def where(path: str, page: int | None, time: float | None = None) -> str:
    """``name.pdf p. 2``, ``clip.mp4 @ 01:20`` or ``photo.jpg``: a short label for a source."""
    if time is not None:
        from mmrag.ingest.video import format_time

        return f"{Path(path).name} @ {format_time(time)}"
    return Path(path).name + (f" p. {page}" if page else "")


def servable_roots() -> list[str]:
    """The files the index holds: the only ones the UI will read."""
    return [s["path"] for s in engine().sources()]


def show_source(kind: str, path: str, page: int | None, thumbnail: Path | bytes | None = None, width: int | str = "content") -> None:
    """The item at full size: an image file, or the PDF page the item is on; else its thumbnail."""
    try:
        if kind == "image":
            st.image(media.source_image(path, servable_roots()), caption=where(path, page), width=width)
        elif page:
            st.image(media.pdf_page_image(path, page, servable_roots()), caption=where(path, page), width=width)
        elif thumbnail is not None:
            st.image(thumbnail if isinstance(thumbnail, bytes) else str(thumbnail), caption=where(path, page), width=width)
    except InputError as err:
        st.error(str(err))


@st.dialog("Open", width="large")
def open_dialog(kind: str, path: str, page: int | None) -> None:
    st.caption(md_escape(path))
    show_source(kind, path, page)


def status_badge(status: str, label: str | None = None) -> str:
    """A coloured markdown badge for a sentence or citation status."""
    return f":{STATUS_COLOURS[status]}-badge[{STATUS_MARKS[status]} {md_escape(label or status)}]"


def progress_reporter(bar):
    """A ``progress(stage, done, total)`` callback for Engine.ingest / describe that moves ``bar``."""

    def report(stage: str, done: int, total: int) -> None:
        bar.progress(min(done / total, 1.0) if total else 1.0, text=f"{stage}: {done} / {total}")

    return report
