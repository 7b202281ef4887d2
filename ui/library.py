"""Library page: what the index holds, ingest a folder, describe pending images, tag, duplicates, model and Ollama
health."""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime

import streamlit as st
from mmrag.ui.state import engine, index_status
from mmrag.ui.widgets import md_escape, progress_reporter, where

from mmrag.classify import parse_labels
from mmrag.duplicates import find_duplicates
from mmrag.errors import MmragError


def status_panel(status: dict) -> None:
    st.subheader("Index")
    st.caption(
        md_escape(
            f"{status['index']} · CLIP {status['clip']} · text model {status['text_model']} · schema "
            f"v{status['schema_version']}"
        )
    )
    columns = st.columns(2 + len(status["items"]))
    columns[0].metric("Sources", status["sources"])
    columns[1].metric("Pending descriptions", status["pending_descriptions"])
    for column, (kind, n) in zip(columns[2:], status["items"].items()):
        column.metric(kind, n)
    if status["labels"]:
        st.markdown("Tags: " + ", ".join(f"{md_escape(label)} ({n})" for label, n in status["labels"].items()))
    with st.expander("Sources, file by file"):
        rows = [{**s, "mtime": datetime.fromtimestamp(s["mtime"])} for s in engine().sources()]
        st.dataframe(rows, hide_index=True, column_order=["path", "kind", "items", "size", "mtime"])


def ingest_panel() -> None:
    st.subheader("Ingest")
    with st.form("ingest"):
        paths_text = st.text_area("Files or folders on this machine, one per line", placeholder="/home/me/Pictures")
        describe = st.toggle("Describe images with the VLM now (else: Describe pending, later)", value=True)
        submitted = st.form_submit_button("Ingest", type="primary")
    if submitted:
        paths = [line.strip() for line in paths_text.splitlines() if line.strip()]
        bar = st.progress(0.0, text="starting…")
        finished(ingest=engine().ingest(paths, describe=describe, progress=progress_reporter(bar)))
    report = st.session_state.get("library", {}).get("ingest")
    if report is None:
        return
    st.success(
        f"{report.added} added, {report.updated} updated, {report.unchanged} unchanged, {report.removed} removed; "
        f"{report.items} items in the index"
    )
    if report.pending_descriptions:
        st.info(f"{report.pending_descriptions} image(s) await a description: start Ollama, then Describe pending.")
    if report.failed:
        st.warning(f"{len(report.failed)} file(s) skipped")
        st.dataframe([asdict(f) for f in report.failed], hide_index=True)


def describe_panel(pending: int) -> None:
    st.subheader("Describe pending images")
    if st.button(f"Describe {pending} pending image(s)", disabled=not pending):
        bar = st.progress(0.0, text="starting…")
        finished(describe=engine().describe(progress=progress_reporter(bar)))
        engine().read_text(
            progress=progress_reporter(bar)
        )  # text in images still unread (OCR), as `mmrag describe` does
    report = st.session_state.get("library", {}).get("describe")
    if report is None:
        return
    (st.warning if report.stopped else st.success)(
        f"{report.described} described" + (f"; stopped: {report.stopped}" if report.stopped else "")
    )
    for failure in report.failed:
        st.caption(md_escape(f"failed {failure.path}: {failure.reason}"))


def tag_panel() -> None:
    st.subheader("Tag")
    with st.form("tag"):
        labels_text = st.text_input("Labels (comma-separated)", placeholder="indoor, outdoor, document, screenshot")
        submitted = st.form_submit_button("Tag every image")
    if submitted:
        finished(tag=engine().tag(parse_labels(labels_text)))
    report = st.session_state.get("library", {}).get("tag")
    if report is not None:
        st.success(
            f"{report['tagged']} image items tagged: "
            + ", ".join(f"{md_escape(label)} ({n})" for label, n in report["labels"].items())
        )


def duplicates_panel() -> None:
    """Exact copies and near-duplicates (mmrag duplicates), as groups of thumbnails; nothing is deleted."""
    st.subheader("Duplicates")
    with st.form("duplicates"):
        threshold = st.number_input(
            "Similarity threshold (empty: measured on this index for its model)",
            min_value=0.01,
            max_value=1.0,
            value=None,
            step=0.001,
            format="%.4f",
        )
        submitted = st.form_submit_button("Find duplicates")
    if submitted:
        e = engine()
        with st.spinner("Comparing images…"):
            try:
                report = find_duplicates(
                    e.catalog, e.store, threshold, embed_images=None if threshold else e.clip.embed_images
                )
            except MmragError as err:
                st.error(md_escape(str(err)))
                return
        st.session_state["duplicate_groups"] = report
    report = st.session_state.get("duplicate_groups")
    if report is None:
        return
    st.caption(
        f"{len(report.groups)} group(s) at similarity ≥ {report.threshold:.4g} ({report.threshold_source}); nothing is "
        "deleted"
    )
    thumbnails = engine().thumbnails([item["id"] for group in report.groups for item in group.items])
    for group in report.groups:
        with st.container(border=True):
            st.markdown(
                "**exact copies**"
                if group.kind == "exact"
                else f"**near-duplicates** · similarity {group.similarity:.4f}"
            )
            for column, item in zip(st.columns(min(len(group.items), 4)), group.items[:4]):
                if item["id"] in thumbnails:
                    column.image(str(thumbnails[item["id"]]), width="stretch")
                column.caption(md_escape(where(item["path"], item["page"])))
            if len(group.items) > 4:
                st.caption(
                    f"and {len(group.items) - 4} more: "
                    + md_escape(", ".join(where(i["path"], i["page"]) for i in group.items[4:]))
                )


def finished(**job) -> None:
    """Keep a job's report, and rerun so the figures above show the index as it is now."""
    st.session_state["library"] = job
    st.rerun()


def health_panel() -> None:
    st.subheader("Models and Ollama")
    e = engine()
    s = e.settings
    st.markdown(f"CLIP `{e.clip_spec}` · text model `{e.text_model}` · VLM `{s.vlm}` at `{s.ollama_host}`")
    if not st.button("Check Ollama and load the models"):
        return
    try:
        pulled = e.vlm.list_models()
    except MmragError as err:
        st.error(md_escape(str(err)))
    else:
        if s.vlm in pulled or f"{s.vlm}:latest" in pulled:
            st.success(f"Ollama is up and `{s.vlm}` is pulled ({len(pulled)} model(s): {', '.join(pulled)})")
        else:
            st.warning(
                f"Ollama is up, but `{s.vlm}` is not pulled: run `ollama pull {s.vlm}` (pulled: "
                f"{', '.join(pulled) or 'none'})"
            )
    with st.spinner("Loading CLIP and the text model…"):
        try:
            st.success(f"Models load: {e.clip.model_id}, {e.text.model_id}")
        except MmragError as err:
            st.error(md_escape(str(err)))


def main() -> None:
    status = index_status()
    if status is None:
        st.info(
            f"No mmrag index at `{engine().index_dir}` yet. Create one with `mmrag ingest PATH`, or ingest a folder "
            "below."
        )
    else:
        status_panel(status)
    health_panel()
    ingest_panel()
    if status is not None:
        describe_panel(status["pending_descriptions"])
        tag_panel()
        duplicates_panel()


main()
