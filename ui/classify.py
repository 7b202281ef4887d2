"""Classify page: zero-shot labels for uploaded images (no index needed), as bar charts."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pandas as pd
import streamlit as st
from mmrag.ui.state import engine
from mmrag.ui.widgets import md_escape

from mmrag import media
from mmrag.classify import parse_labels
from mmrag.errors import InputError


def classify_uploads(uploads: list, labels: list[str], templates: list[str]) -> list[dict]:
    """One entry per upload: its name, and its bytes and label scores, or the reason it was refused."""
    entries: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="mmrag-ui-") as folder:
        saved = []
        for upload in uploads:
            data = upload.getvalue()
            try:
                saved.append((upload.name, data, media.save_upload(upload.name, data, Path(folder))))
            except InputError as err:
                entries.append({"name": upload.name, "error": str(err)})
        if saved:
            results = engine().classify([path for _, _, path in saved], labels, extra_templates=templates)
            entries += [
                {"name": name, "data": data, "labels": r.labels, "error": r.error}
                for (name, data, _), r in zip(saved, results)
            ]
    return entries


def show_entry(entry: dict) -> None:
    if entry.get("error"):
        st.error(
            md_escape(f"{entry['name']}: {entry['error']}" if entry["name"] not in entry["error"] else entry["error"])
        )
        return
    picture, chart = st.columns([1, 3])
    picture.image(entry["data"], caption=md_escape(entry["name"]))
    top = entry["labels"][0]
    chart.markdown(f"**{md_escape(top.label)}** · {top.probability:.1%}")
    table = pd.DataFrame(
        {"label": [s.label for s in entry["labels"]], "probability": [s.probability for s in entry["labels"]]}
    )
    chart.bar_chart(
        table, x="label", y="probability", horizontal=True, sort="-probability", height=60 + 26 * len(table)
    )


def main() -> None:
    st.caption(
        "Zero-shot labels from the index's CLIP model (or MMRAG_CLIP): probabilities over the labels you type, summing "
        "to 1."
    )
    with st.form("classify"):
        uploads = st.file_uploader(
            "Images", accept_multiple_files=True, max_upload_size=media.MAX_UPLOAD_BYTES // 2**20
        )
        labels_text = st.text_input("Labels (comma-separated)", placeholder="a cat, a dog, a car")
        template = st.text_input("Extra prompt template (optional, one {})", placeholder="a sketch of a {}.")
        submitted = st.form_submit_button("Classify", type="primary")
    if submitted:
        if not uploads:
            raise InputError("no image uploaded", "Add one or more images above")
        labels = parse_labels(labels_text)
        st.session_state["classified"] = classify_uploads(
            uploads, labels, [template.strip()] if template.strip() else []
        )
    for entry in st.session_state.get("classified", []):
        show_entry(entry)


main()
