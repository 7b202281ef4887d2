"""Ask page: a chat over the index (or over uploaded images), kept per browser session. Each answer streams in,
then shows who answered and how grounded it is, each sentence with its status and a chip per citation, and
its sources. Follow-ups are understood from the previous turns (mmrag/chat.py). Model and user text is shown
as plain text (st.text), never as markdown."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import streamlit as st
from mmrag.ui.search import KINDS, timestamp
from mmrag.ui.state import engine, index_status
from mmrag.ui.widgets import UPLOAD_TYPES, md_escape, show_source, status_badge, where

from mmrag import media
from mmrag.chat import Conversation, Turn
from mmrag.errors import InputError, MmragError
from mmrag.retrieve import SearchQuery

CHAT = "chat"  # session_state key: the ChatState of this browser session


@dataclass
class ChatState:
    turns: list[Turn] = field(default_factory=list)
    errors: dict[int, list] = field(default_factory=dict)  # turn number -> uploads that could not be read


@dataclass
class Options:
    scope: SearchQuery
    k: int
    verify: str
    uploads: list


def chat_state() -> ChatState:
    if CHAT not in st.session_state:
        st.session_state[CHAT] = ChatState()
    return st.session_state[CHAT]


def options(labels: list[str]) -> Options:
    with st.sidebar:
        st.subheader("Ask")
        if st.button("Start over", icon=":material/restart_alt:", width="stretch"):
            st.session_state[CHAT] = ChatState()
        uploads = st.file_uploader(
            "Ask about these images (instead of the index)",
            type=UPLOAD_TYPES,
            accept_multiple_files=True,
            max_upload_size=media.MAX_UPLOAD_BYTES // 2**20,
        )
        k = st.slider("Sources to retrieve", 1, 20, 5)
        verify = st.selectbox(
            "Verify each citation with",
            ["evidence", "vlm", "minicheck"],
            help="evidence: the built-in checks; vlm: also ask the VLM (one request per citation); "
            "minicheck: ask bespoke-minicheck for text sources (ollama pull bespoke-minicheck)",
        )
        with st.expander("Only sources that match"):
            kinds = st.multiselect("Kind", KINDS)
            path_glob = st.text_input("Path glob", placeholder="*.pdf or /photos/2023/*")
            after = st.date_input("After", value=None)
            before = st.date_input("Before", value=None)
            label = st.selectbox("Tag (mmrag tag)", ["(any)"] + labels)
    scope = SearchQuery(
        kinds=tuple(kinds),
        path_glob=path_glob.strip() or None,
        after=timestamp(after),
        before=timestamp(before),
        label=None if label == "(any)" else label,
    )
    return Options(scope, k, verify, uploads or [])


# -- one turn ------------------------------------------------------------------------------


def answer_turn(state: ChatState, question: str, opts: Options) -> None:
    """Answer ``question`` in the conversation, streaming into an assistant message; an error is shown, not kept."""
    shown = st.empty()
    tokens: list[str] = []

    def on_token(token: str) -> None:
        tokens.append(token)
        shown.text("".join(tokens) + " ▌")

    bad: list = []
    with tempfile.TemporaryDirectory(prefix="mmrag-ui-") as folder:
        paths = save_uploads(opts.uploads, Path(folder), bad)
        if opts.uploads and not paths:
            raise InputError(
                "none of the uploaded images could be read", "Upload image files (JPEG, PNG, WebP, GIF, BMP, TIFF)"
            )

        def answer(q: str, query: str, history: str):
            if paths:
                result = engine().ask_images(q, paths, on_token=on_token, verify=opts.verify, history=history)
                bad.extend(f"{e.path}: {e.error}" for e in result.errors)
                return result.answer
            if index_status() is None:
                raise InputError(
                    "there is no index to ask",
                    "Ingest photos and PDFs on the Library page, or upload images to ask about",
                )
            from dataclasses import replace

            return engine().ask(
                q,
                k=opts.k,
                on_token=on_token,
                verify=opts.verify,
                scope=replace(opts.scope, text=query),
                history=history,
            )

        num_ctx = engine().settings.generation.num_ctx
        conversation = Conversation(answer, vlm=None if paths else engine().vlm, num_ctx=num_ctx, turns=state.turns)
        with st.spinner("Retrieving sources and asking the model…"):
            conversation.ask(question)
    shown.empty()
    state.errors[len(state.turns) - 1] = bad


def save_uploads(uploads: list, folder: Path, bad: list) -> list[Path]:
    paths = []
    for upload in uploads:
        try:
            paths.append(media.save_upload(upload.name, upload.getvalue(), folder))
        except InputError as err:
            bad.append(str(err))
    return paths


# -- showing a turn --------------------------------------------------------------------------


def metrics(answer) -> None:
    a, b, c, d = st.columns(4)
    a.metric("Grounded", answer.grounded)
    b.metric("Citation precision", f"{answer.metrics['citation_precision']:.2f}")
    c.metric("Sentence support", f"{answer.metrics['sentence_support']:.2f}")
    d.metric("Answered by", answer.answerer)


def citation_chip(citation, sources: dict) -> None:
    """A chip ``[n] file p. 2`` that opens onto the cited image or page (an invalid one says so)."""
    source = sources.get(citation.source)
    label = md_escape(
        f"[{citation.source}] " + (where(source.path, source.page, source.time) if source else "no such source")
    )
    reason = getattr(citation, "reason", None)
    if reason:
        label += f" ({md_escape(reason)})"  # the label is markdown: escaped, the reason reads as plain text
    with st.popover(label, icon=":material/check:" if citation.status == "supported" else ":material/close:"):
        st.markdown(status_badge(citation.status, f"citation {citation.status} (score {citation.score:.2f})"))
        if reason:
            st.text(f"Why: {reason}")  # plain text: a reason quotes the model's words, never markdown
        if source is None:
            st.text(f"The answer cites [{citation.source}], but only {len(sources)} source(s) were given to the model.")
            return
        if source.image is not None:  # the cited image (as the model saw it)
            st.image(source.image, caption=md_escape(where(source.path, source.page, source.time)), width=320)
        else:  # cited text: the page it is on
            show_source(source.kind, source.path, source.page, width=320)
        if source.text:
            st.text(source.text[:600])


def sentences(answer) -> None:
    by_n = {s.n: s for s in answer.sources}
    for sentence in answer.sentences:
        with st.container(horizontal=True, vertical_alignment="center"):
            st.markdown(status_badge(sentence.status))
            st.text(sentence.text)
            for citation in sentence.citations:
                citation_chip(citation, by_n)


def source_list(answer, errors: list) -> None:
    """The sources the model was given, cited or not: thumbnails for images, an excerpt for text."""
    with st.expander(f"{len(answer.sources)} source(s) given to the model"):
        for column, s in zip(st.columns(max(len(answer.sources), 5)), answer.sources):
            with column:
                st.text(f"[{s.n}] {where(s.path, s.page, s.time)}")
                if s.image is not None:
                    st.image(s.image, width="stretch")
                else:
                    st.text(s.text[:160] + ("…" if len(s.text) > 160 else ""))
        for error in errors:
            st.text(f"not read: {error}")


def show_turn(n: int, turn: Turn, errors: list) -> None:
    with st.chat_message("user"):
        st.text(turn.question)
    with st.chat_message("assistant"):
        answer = turn.answer
        if answer.grounded == "abstained":
            st.text(answer.answer)
            return
        if answer.answerer == "extractive":
            st.info(
                "No VLM answered (is Ollama running? `ollama serve`, `ollama pull llava`), so this answer quotes the "
                "best sources."
            )
        metrics(answer)
        sentences(answer)
        if turn.query != turn.question:
            st.caption("Searched for: " + md_escape(turn.query))
        source_list(answer, errors)


def main() -> None:
    status = index_status()
    opts = options(list(status["labels"]) if status else [])
    state = chat_state()
    if status is None and not opts.uploads:
        st.info(
            f"No mmrag index at `{engine().index_dir}` yet: ingest a folder on the **Library** page (or `mmrag ingest "
            "PATH`), "
            "or upload images in the sidebar to ask about them."
        )
    if not state.turns:
        st.caption(
            'Ask about your photos and documents; follow-up questions may refer to earlier answers ("when was it '
            'built?").'
        )
    for n, turn in enumerate(state.turns):
        show_turn(n, turn, state.errors.get(n, []))
    question = st.chat_input("Ask a question…")
    if question is None:
        return
    with st.chat_message("user"):
        st.text(question)
    with st.chat_message("assistant"):
        try:
            answer_turn(state, question, opts)
        except MmragError as err:  # this turn fails; the conversation goes on
            st.error(str(err))
            return
    st.rerun()  # show the new turn like the earlier ones


main()
