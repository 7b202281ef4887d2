"""The Streamlit front end, page by page, with streamlit.testing (AppTest) on one small index and the fake Ollama."""

from __future__ import annotations

from html import unescape
from pathlib import Path

import mmrag.ui
import pytest
from corpus_fixtures import shape_png, write_images
from fake_ollama import FakeOllama
from PIL import Image
from streamlit.testing.v1 import AppTest
from ui_corpus import build_corpus, build_index, quoting_answer

APP = str(Path(mmrag.ui.__file__).with_name("app.py"))
TIMEOUT = 120  # the first run that needs a model loads it


@pytest.fixture(scope="module")
def ollama():
    with FakeOllama() as server:
        yield server


@pytest.fixture(scope="module")
def indexed(tmp_path_factory, ollama):
    """(corpus folder, index folder) built once for this module."""
    work = tmp_path_factory.mktemp("ui-app")
    root = build_corpus(work / "corpus")
    build_index(root, work / "index", ollama.host)
    return root, work / "index"


@pytest.fixture
def app(indexed, ollama, monkeypatch):
    """An AppTest of ui/app.py on the module's index; ``app(page)`` opens that page."""
    monkeypatch.setenv("MMRAG_INDEX", str(indexed[1]))
    monkeypatch.setenv("OLLAMA_HOST", ollama.host)
    monkeypatch.delenv("MMRAG_CLIP", raising=False)
    ollama.respond = quoting_answer

    def open_page(page: str = "search.py") -> AppTest:
        at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
        if page != "search.py":
            at.switch_page(page).run()
        assert not at.exception, at.exception
        return at

    return open_page


def texts(at: AppTest) -> str:
    return unescape(
        "\n".join(
            e.value for kind in ("markdown", "caption", "error", "info", "warning", "success") for e in at.get(kind)
        )
    )


def popover_images(node, inside: bool = False) -> list:
    """The st.image elements inside popovers (citation chips) under ``node``."""
    if getattr(node, "type", None) == "image":
        return [node] if inside else []
    inside = inside or getattr(node, "type", None) == "popover"
    return [img for child in getattr(node, "children", {}).values() for img in popover_images(child, inside)]


def png(colour: str, shape: str) -> bytes:
    return shape_png(colour, shape, seed=3)


def test_search_shows_thumbnails_with_channel_badges(app):
    at = app()
    at.text_input[0].input("a red star")
    at.button[0].click().run()
    assert not at.exception and not at.error, (at.exception, [e.value for e in at.error])
    assert len(at.image) >= 1
    cards = [m.value for m in at.markdown if m.value.startswith("**1.")]
    assert cards and "photo_000.png" in unescape(cards[0])  # the red star is first
    badges = [m.value for m in at.markdown if "-badge[" in m.value]
    assert any(":blue-badge[clip \\#1" in b for b in badges) and any("bm25" in b for b in badges)
    why = [m.value for m in at.markdown if m.value.startswith("Fused score")]
    assert why and "| clip | 1 |" in why[0]


def test_search_not_field_reaches_the_query(app, monkeypatch):
    """The Filters' "Not" field becomes the query's negatives (search --not), comma-separated."""
    from mmrag.engine import Engine

    seen = []
    real = Engine.search
    monkeypatch.setattr(Engine, "search", lambda self, query: seen.append(query) or real(self, query))
    at = app()
    at.text_input[0].input("a red star")
    next(t for t in at.text_input if t.label.startswith("Not")).input("a star, blue ")
    at.button[0].click().run()
    assert not at.exception, at.exception
    assert seen and seen[-1].negatives == ("a star", "blue")


def test_search_filters_and_opening_a_pdf_page(app):
    at = app()
    at.text_input[0].input("zeppelin hangar budget")
    at.multiselect[0].select("text")
    at.button[0].click().run()
    cards = [m.value for m in at.markdown if m.value.startswith("**")]
    assert cards and all("hangar-report.pdf p. " in unescape(c) and "text ·" in unescape(c) for c in cards)
    assert not at.image  # text items have no thumbnail
    at.button(key=next(b.key for b in at.button if (b.key or "").startswith("open-"))).click().run()
    assert not at.exception and len(at.image) == 1  # the dialog shows the rendered page
    assert "hangar-report.pdf p. 2" in unescape(at.image[0].captions[0])


def test_nothing_relevant_unless_the_cut_off_is_replaced(app):
    at = app()
    at.text_input[0].input("quantum banana spaceship")
    at.button[0].click().run()
    assert "No relevant results" in texts(at) and not at.image
    at.number_input[0].set_value(0.0)
    at.button[0].click().run()
    assert at.image  # --min-score 0: the nearest items anyway


def test_query_by_example_and_a_non_image_upload(app):
    at = app()
    at.file_uploader[0].upload("query.png", png("blue", "circle"), "image/png")
    at.button[0].click().run()
    cards = [m.value for m in at.markdown if m.value.startswith("**1.")]
    assert cards and "photo_001.png" in unescape(cards[0])
    at = app()
    at.file_uploader[0].upload("notes.png", b"these are my notes, not a picture", "image/png")
    at.button[0].click().run()
    assert [unescape(e.value) for e in at.error] == [
        "notes.png is not an image. Upload an image file (JPEG, PNG, WebP, GIF, BMP, TIFF)"
    ]


def ask_chat(at: AppTest, question: str) -> AppTest:
    at.chat_input[0].set_value(question).run()
    assert not at.exception and not at.error, (at.exception, [e.value for e in at.error])
    return at


def test_ask_streams_a_cited_answer_with_statuses_and_chips(app, ollama):
    at = ask_chat(app("ask.py"), "what was painted on the zeppelin hangar door?")
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Answered by"] == "vlm:llava" and metrics["Grounded"] == "partial"
    badges = [m.value for m in at.markdown if m.value in (":green-badge[✓ supported]", ":red-badge[✗ unsupported]")]
    assert len(badges) >= 2 and badges[0].startswith(":green-badge") and badges[-1].startswith(":red-badge")
    plain = [t.value for t in at.text]
    assert plain[0] == "what was painted on the zeppelin hangar door?"  # the question, as plain text
    assert any("purple hexagon" in t for t in plain) and any("cat" in t for t in plain)  # the sentences, as plain text
    assert any(
        m.value.startswith(":red-badge[✗ citation invalid") for m in at.markdown
    )  # the chip of the made-up source
    valid = [m for m in at.markdown if m.value.startswith(":green-badge[✓ citation supported")]
    assert valid and len(popover_images(at.main)) == len(valid)  # each valid chip shows the cited image or page
    chat = [body for path, body in ollama.requests if path == "/api/chat"]
    assert chat[-1]["stream"] is True  # the answer was streamed token by token (on_token)


def test_ask_is_a_conversation_with_follow_ups_and_a_start_over(app, ollama):
    at = ask_chat(app("ask.py"), "what was painted on the zeppelin hangar door?")
    ollama.requests.clear()
    at = ask_chat(at, "when was it painted?")
    assert len(at.chat_message) == 4 and len(at.metric) == 8  # two turns, each with its chips
    assert any(
        unescape(c.value).startswith("Searched for: when was it painted?") and "hexagon" in c.value for c in at.caption
    )  # md_escape writes "?" as &#63;
    answers = [
        b["messages"][-1]["content"]
        for p, b in ollama.requests
        if p == "/api/chat" and "Question:" in b["messages"][-1]["content"]
    ]
    assert (
        answers and "User: what was painted on the zeppelin hangar door?" in answers[-1]
    )  # the model saw the first turn
    assert "in May" in " ".join(t.value for t in at.text)  # the follow-up found the page the first answer came from
    at.sidebar.button[0].click().run()  # start over
    assert not at.chat_message


def test_ask_about_uploaded_images_and_markdown_stays_text(app, ollama):
    ollama.respond = lambda body: "The image shows a red star [1]. **Bold** [click](http://evil.example) [2]."
    at = app("ask.py")
    at.sidebar.file_uploader[0].set_value(
        [("star.png", png("red", "star"), "image/png"), ("notes.png", b"not a picture", "image/png")]
    )
    at = ask_chat(at, "what is in this picture?")
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Answered by"] == "vlm:llava" and metrics["Grounded"] == "partial"
    plain = " ".join(t.value for t in at.text)
    assert "[click](http://evil.example)" in plain and "**Bold**" in plain  # shown literally, not rendered
    assert "not read: notes.png is not an image" in plain
    assert not any("evil.example" in m.value for m in at.markdown)


def test_ask_bad_input_and_ollama_down(app, monkeypatch):
    monkeypatch.setenv("OLLAMA_HOST", "http://127.0.0.1:9")
    at = app("ask.py")
    at.chat_input[0].set_value("x" * 20_000).run()
    assert not at.exception and "20,000 characters" in " ".join(e.value for e in at.error)
    at = ask_chat(at, "how did the zeppelin hangar budget change?")  # the conversation goes on
    assert {m.label: m.value for m in at.metric}["Answered by"] == "extractive"
    assert "ollama serve" in texts(at)


def test_classify_bar_charts_and_a_clear_error(app):
    at = app("classify.py")
    at.file_uploader[0].set_value(
        [
            ("star.png", png("red", "star"), "image/png"),
            ("circle.png", png("blue", "circle"), "image/png"),
            ("readme.txt", b"not an image at all", "text/plain"),
        ]
    )
    at.text_input[0].input("a red star, a blue circle, a green square")
    at.button[0].click().run()
    assert not at.exception
    assert [unescape(e.value) for e in at.error] == [
        "readme.txt is not an image. Upload an image file (JPEG, PNG, WebP, GIF, BMP, TIFF)"
    ]
    assert len(at.get("vega_lite_chart")) == 2 and len(at.image) == 2
    tops = [m.value for m in at.markdown if m.value.startswith("**")]
    assert tops[0].startswith("**a red star**") and tops[1].startswith("**a blue circle**")


def test_classify_needs_two_labels(app):
    at = app("classify.py")
    at.file_uploader[0].upload("star.png", png("red", "star"), "image/png")
    at.text_input[0].input("star")
    at.button[0].click().run()
    assert "at least two labels" in at.error[0].value


def test_library_status_tag_and_health(app, indexed):
    at = app("library.py")
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Sources"] == "7" and metrics["Pending descriptions"] == "0" and metrics["image"] == "6"
    at.text_input[0].input("red, blue, green")
    next(b for b in at.button if b.label == "Tag every image").click().run()
    assert "image items tagged" in texts(at)
    assert "Tags:" in texts(at)
    next(b for b in at.button if b.label.startswith("Check Ollama")).click().run()
    assert "Ollama is up and `llava` is pulled" in texts(at) and "Models load: open_clip:tiny" in texts(at)


def test_library_without_an_index_says_how_to_create_one_then_ingests(app, tmp_path, monkeypatch):
    monkeypatch.setenv("MMRAG_INDEX", str(tmp_path / "new-index"))
    monkeypatch.setenv("MMRAG_CLIP", "tiny")
    monkeypatch.setenv("OLLAMA_HOST", "http://127.0.0.1:9")  # descriptions stay pending
    at = app("search.py")
    assert "mmrag ingest PATH" in texts(at)
    at = app("library.py")
    assert "mmrag ingest PATH" in texts(at)
    write_images(tmp_path / "more", [("cyan", "diamond"), ("black", "cross")])
    at.text_area[0].input(str(tmp_path / "more"))
    next(b for b in at.button if b.label == "Ingest").click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert "2 added" in texts(at) and "2 image(s) await a description" in texts(at)
    assert {m.label: m.value for m in at.metric}["Sources"] == "2"  # rerun after the job: the figures are fresh


def test_a_crafted_path_is_refused(indexed, monkeypatch):
    """The UI's only way to read a source file refuses anything the index does not hold."""
    monkeypatch.setenv("MMRAG_INDEX", str(indexed[1]))

    def page(path: str):
        from mmrag.ui import state
        from mmrag.ui.widgets import show_source

        try:
            show_source("image", path, None)
        finally:
            state.close_engine()

    inside = str(indexed[0] / "photos" / "photo_000.png")
    for crafted in ["/etc/passwd", inside + "/../../../../../../etc/passwd", str(indexed[1] / "catalog.sqlite")]:
        at = AppTest.from_function(page, args=(crafted,), default_timeout=TIMEOUT).run()
        assert [unescape(e.value) for e in at.error] == [
            f"{crafted} is not a file in the index. Only files that `mmrag ingest` indexed can be shown"
        ]
        assert not at.image
    at = AppTest.from_function(page, args=(inside,), default_timeout=TIMEOUT).run()
    assert not at.error and len(at.image) == 1


def test_library_shows_duplicate_groups_with_thumbnails(app, cli, tmp_path, monkeypatch):
    """Real photos (scikit-image), a byte copy and a re-encode: the Library's Duplicates panel shows both groups."""
    from skimage import data

    photos = tmp_path / "dupes"
    photos.mkdir()
    Image.fromarray(data.astronaut()).save(photos / "astronaut.png")
    (photos / "astronaut copy.png").write_bytes((photos / "astronaut.png").read_bytes())
    Image.fromarray(data.astronaut()).resize((384, 384)).save(photos / "astronaut small.jpg", quality=85)
    Image.fromarray(data.coffee()).save(photos / "coffee.png")
    index = tmp_path / "dupes-index"
    code, _, err = cli(
        "ingest", str(photos), "--clip", "tiny", "--no-describe", "--no-ocr", env={"MMRAG_INDEX": str(index)}
    )
    assert code == 0, err
    monkeypatch.setenv("MMRAG_INDEX", str(index))
    at = app("library.py")
    next(n for n in at.number_input if n.label.startswith("Similarity threshold")).set_value(0.999)
    next(b for b in at.button if b.label == "Find duplicates").click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    shown = texts(at)
    assert "**exact copies**" in shown and "**near-duplicates**" in shown
    assert "astronaut copy.png" in shown and "astronaut small.jpg" in shown and "coffee.png" not in shown
    assert len(at.image) >= 3  # the group members' thumbnails
