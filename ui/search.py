"""Search page: a query or an example image, the CLI's filters, and a grid of results with their channels."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from datetime import date, datetime, time
from pathlib import Path

import streamlit as st
from mmrag.ui.state import engine, require_index
from mmrag.ui.widgets import UPLOAD_TYPES, md_escape, open_dialog, where

from mmrag import media
from mmrag.catalog import ITEM_KINDS
from mmrag.errors import UsageError
from mmrag.retrieve import SearchQuery

KINDS = list(ITEM_KINDS)  # the filter's options
COLUMNS = 5


def timestamp(day: date | None) -> float | None:
    """Midnight (local time) of ``day``, as `mmrag search --after YYYY-MM-DD` reads it."""
    return None if day is None else datetime.combine(day, time()).timestamp()


def query_form(labels: list[str]) -> tuple[SearchQuery, bytes | None, str] | None:
    """The form; on submit, the query (without its image), the example image's bytes and name."""
    with st.form("search"):
        left, right = st.columns([3, 2])
        text = left.text_input("Query", placeholder="a red star, an invoice, a beach at sunset…")
        example = right.file_uploader(
            "…or find images like this one", type=UPLOAD_TYPES, max_upload_size=media.MAX_UPLOAD_BYTES // 2**20
        )
        with st.expander("Filters"):
            left, middle, right = st.columns(3)
            kinds = left.multiselect("Kind", KINDS)
            path_glob = left.text_input("Path glob", placeholder="*.pdf or /photos/2023/*")
            negatives = left.text_input(
                "Not (comma-separated)",
                placeholder="people, text",
                help="lower results that match these (search --not)",
            )
            after = middle.date_input("After", value=None)
            before = middle.date_input("Before", value=None)
            min_score = middle.number_input(
                "Min fused score (replaces the evidence cut-off)", min_value=0.0, value=None, step=0.005, format="%.3f"
            )
            label = right.selectbox("Tag (mmrag tag)", ["(any)"] + labels)
            sort = right.radio("Sort", ["relevance", "date"], horizontal=True)
            k = right.slider("Results", 1, 50, 10)
        if not st.form_submit_button("Search", type="primary"):
            return None
    query = SearchQuery(
        text=text.strip(),
        k=k,
        kinds=tuple(kinds),
        path_glob=path_glob.strip() or None,
        after=timestamp(after),
        before=timestamp(before),
        label=None if label == "(any)" else label,
        sort=sort,
        min_score=min_score,
        negatives=tuple(n.strip() for n in negatives.split(",") if n.strip()),
    )
    return query, (example.getvalue() if example else None), (example.name if example else "")


def run_search(query: SearchQuery, image: bytes | None, image_name: str) -> list:
    if not query.text and image is None:
        raise UsageError("nothing to search for", "Type a query or upload an example image")
    if image is None:
        return engine().search(query)
    with tempfile.TemporaryDirectory(prefix="mmrag-ui-") as folder:
        path = media.save_upload(image_name, image, Path(folder))
        return engine().search(replace(query, image=path))


def channel_badges(result) -> str:
    """``clip #1 0.743 ✓`` for each channel that returned the result (✓: that channel found evidence)."""
    colours = {"clip": "blue", "text": "violet", "bm25": "orange"}
    return " ".join(
        f":{colours[name]}-badge[{name} \\#{hit.rank} {hit.score:.3g}{' ✓' if hit.evidence else ''}]"
        for name, hit in result.channels.items()
    )


def explanation(result) -> str:
    rows = "\n".join(
        f"| {name} | {hit.rank} | {hit.score:.4f} | {'yes' if hit.evidence else 'no'} |"
        for name, hit in result.channels.items()
    )
    table = f"| channel | rank | score | evidence |\n|---|---|---|---|\n{rows}"
    return f"Fused score {result.score:.4f} (weighted reciprocal rank fusion).\n\n{table}"


def result_card(n: int, result, thumbnail: Path | None) -> None:
    with st.container(border=True):
        if thumbnail is not None:
            st.image(str(thumbnail), width="stretch")
        place = f" · {md_escape(result.place)}" if result.place else ""
        st.markdown(
            f"**{n}. {md_escape(where(result.path, result.page, result.time))}**  \n:gray[{result.kind}{place} · score "
            f"{result.score:.4f}]"
        )
        st.markdown(channel_badges(result))
        if result.snippet:
            st.caption(md_escape(result.snippet[:240]))
        left, right = st.columns(2)
        with left.popover("Why"):
            st.markdown(explanation(result))
        if right.button("Open", key=f"open-{result.id}"):
            open_dialog(result.kind, result.path, result.page)


def results_grid(results: list) -> None:
    if not results:
        st.info("No relevant results. Try other words, fewer filters, or an example image.")
        return
    st.caption(f"{len(results)} result(s)")
    thumbnails = engine().thumbnails([r.id for r in results])
    for start in range(0, len(results), COLUMNS):
        for column, (n, result) in zip(st.columns(COLUMNS), enumerate(results[start : start + COLUMNS], start + 1)):
            with column:
                result_card(n, result, thumbnails.get(result.id))


def main() -> None:
    status = require_index()
    submitted = query_form(list(status["labels"]))
    if submitted is not None:
        st.session_state["search_results"] = run_search(*submitted)
    if "search_results" in st.session_state:
        results_grid(st.session_state["search_results"])


main()
