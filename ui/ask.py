"""Ask page: a streamed answer, each sentence marked by its status, citations as chips showing their source."""

from __future__ import annotations

import streamlit as st

from mmrag.errors import UsageError
from mmrag.ui.state import engine, require_index
from mmrag.ui.widgets import md_escape, show_source, status_badge, where


def ask_form() -> tuple[str, int, str] | None:
    with st.form("ask"):
        question = st.text_input("Question", placeholder="What colour is the hexagon in the report?")
        left, middle, right = st.columns([2, 3, 1], vertical_alignment="bottom")
        k = left.number_input("Sources to retrieve", 1, 20, 5)
        verify = middle.toggle("Also ask the VLM to verify each citation (slower)")
        if not right.form_submit_button("Ask", type="primary", width="stretch"):
            return None
    if not question.strip():
        raise UsageError("the question is empty", "Ask like: what colour is the star?")
    return question.strip(), k, "vlm" if verify else "evidence"


def stream_answer(question: str, k: int, verify: str):
    """Engine.ask with its tokens shown as they arrive."""
    shown = st.empty()
    tokens: list[str] = []

    def on_token(token: str) -> None:
        tokens.append(token)
        shown.markdown(md_escape("".join(tokens)) + " ▌")

    with st.spinner("Retrieving sources and asking the model…"):
        answer = engine().ask(question, k=k, on_token=on_token, verify=verify)
    shown.empty()
    return answer


def metrics(answer) -> None:
    a, b, c, d = st.columns(4)
    a.metric("Grounded", answer.grounded)
    b.metric("Citation precision", f"{answer.metrics['citation_precision']:.2f}")
    c.metric("Sentence support", f"{answer.metrics['sentence_support']:.2f}")
    d.metric("Answered by", answer.answerer)


def citation_chip(citation, sources: dict) -> None:
    """A chip ``[n] file p. 2`` that opens onto the cited image or page (an invalid one says so)."""
    source = sources.get(citation.source)
    label = f"[{citation.source}] " + (where(source.path, source.page, source.time) if source else "no such source")
    with st.popover(label, icon=":material/check:" if citation.status == "supported" else ":material/close:"):
        st.markdown(status_badge(citation.status, f"citation {citation.status} (score {citation.score:.2f})"))
        if source is None:
            st.write(f"The answer cites [{citation.source}], but only {len(sources)} source(s) were given to the model.")
            return
        if source.image is not None:  # the cited image (its thumbnail, as the model saw it)
            st.image(source.image, caption=where(source.path, source.page, source.time), width=320)
        else:  # cited text: the page it is on
            show_source(source.kind, source.path, source.page, width=320)
        if source.text:
            st.caption(md_escape(source.text[:600]))


def sentences(answer) -> None:
    by_n = {s.n: s for s in answer.sources}
    for sentence in answer.sentences:
        with st.container(horizontal=True, vertical_alignment="center"):
            st.markdown(f"{status_badge(sentence.status)} {md_escape(sentence.text)}")
            for citation in sentence.citations:
                citation_chip(citation, by_n)


def source_list(answer) -> None:
    """The sources the model was given, cited or not: thumbnails for images, an excerpt for text."""
    st.markdown(f"**{len(answer.sources)} source(s) given to the model**")
    for column, s in zip(st.columns(max(len(answer.sources), 5)), answer.sources):
        with column:
            st.caption(f"[{s.n}] {md_escape(where(s.path, s.page, s.time))}")
            if s.image is not None:
                st.image(s.image, width="stretch")
            else:
                st.caption(md_escape(s.text[:160] + ("…" if len(s.text) > 160 else "")))


def main() -> None:
    require_index()
    submitted = ask_form()
    if submitted is not None:
        st.session_state["answer"] = stream_answer(*submitted)
    answer = st.session_state.get("answer")
    if answer is None:
        return
    if answer.grounded == "abstained":
        st.warning(answer.answer)
        return
    if answer.answerer == "extractive":
        st.info("No VLM answered (is Ollama running? `ollama serve`, `ollama pull llava`), so this answer quotes the best sources.")
    metrics(answer)
    sentences(answer)
    source_list(answer)


main()
