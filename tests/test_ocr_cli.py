"""Text in images, whole flows: rendered words found by a word through `mmrag search --json` and a scanned
PDF by its words (Tesseract), and the VLM fallback and pending path with the fake Ollama (Tesseract's absence simulated
by
MMRAG_TESSERACT pointing nowhere). One corpus per module: each CLI call loads the models again."""

import json
import os
import random
import shutil
import sqlite3
from io import BytesIO
from pathlib import Path

import pytest
from conftest import _inprocess_cli
from corpus_fixtures import write_images, write_pdf
from fake_ollama import FakeOllama
from text_images import fonts_available, photo_of, scanned_pdf, text_card

from mmrag.config import Settings
from mmrag.engine import Engine
from mmrag.retrieve import SearchQuery

TESSERACT = shutil.which(
    os.environ.get("MMRAG_TESSERACT") or "tesseract"
)  # MMRAG_TESSERACT=/nowhere simulates its absence
pytestmark = pytest.mark.skipif(
    not fonts_available(), reason="DejaVu fonts are not installed (Debian: apt-get install fonts-dejavu-core)"
)
needs_tesseract = pytest.mark.skipif(
    TESSERACT is None,
    reason="no tesseract binary on PATH or at MMRAG_TESSERACT (Debian: apt-get install tesseract-ocr)",
)

# (file name, lines, font index, size px, angle): clean cards, then "photos" (tinted, uneven light, noise, blur, JPEG)
CARDS = [
    ("sign_a.png", ["harbor lantern", "festival"], 0, 22, 0),
    ("sign_b.png", ["quantum velvet"], 1, 30, 3),
    ("sign_c.jpg", ["orchid meadow", "copper"], 2, 40, -4),
    ("label_d.png", ["falcon summit glacier"], 3, 26, 2),
]
PHOTOS = [
    ("IMG_0001.jpg", ["ember willow", "prism"], 0, 44, -3),
    ("IMG_0002.jpg", ["tundra cobalt"], 2, 56, 2),
]
SCANNED = [
    ["The saffron marble report", "was filed in the canyon office."],
    ["Second page: thistle beacon", "and walnut juniper."],
]


def run_cli(index, *args, env=None):
    """``mmrag ARGS`` with MMRAG_INDEX=index, in this process (models stay loaded across calls)."""
    return _inprocess_cli(Path(index).parent)(*args, env={"MMRAG_INDEX": str(index), **(env or {})})


def write_corpus(root):
    fonts = fonts_available()
    (root / "cards").mkdir(parents=True)
    for name, lines, font, size, angle in CARDS:
        text_card(lines, fonts[font % len(fonts)], size, angle).save(root / "cards" / name)
    rng = random.Random(4)
    for name, lines, font, size, angle in PHOTOS:
        (root / "cards" / name).write_bytes(photo_of(text_card(lines, fonts[font % len(fonts)], size, angle), rng))
    write_images(root / "shapes", [("red", "star"), ("blue", "circle"), ("green", "square")])
    scanned_pdf(root / "docs" / "scanned.pdf", SCANNED, fonts[1], size=36, angle=1)
    write_pdf(root / "docs" / "typed.pdf", [("A typed page about the zeppelin hangar.", [("yellow", "triangle")])])


@pytest.fixture(scope="module")
def ocr_index(tmp_path_factory):
    root = tmp_path_factory.mktemp("ocr")
    write_corpus(root / "corpus")
    if TESSERACT is None:
        pytest.skip("no tesseract binary on PATH or at MMRAG_TESSERACT (Debian: apt-get install tesseract-ocr)")
    env = {"MMRAG_OCR_DPI": "200"}  # the scans are 150 dpi: 300 would only cost time
    code, out, err = run_cli(
        root / "index", "ingest", str(root / "corpus"), "--clip", "tiny", "--no-describe", "--json", env=env
    )
    assert code == 0, err
    assert out["added"] == 11 and out["failed"] == []
    return root


@needs_tesseract
def test_ingest_reads_the_words_in_every_image_item(ocr_index):
    db = sqlite3.connect(ocr_index / "index" / "catalog.sqlite")
    rows = db.execute(
        "SELECT s.display, i.kind, i.page, i.ocr, i.ocr_pending FROM items i JOIN sources s ON s.path = i.source"
    ).fetchall()
    db.close()
    assert not [r for r in rows if r[4]], "nothing is left pending when Tesseract is installed"
    ocr = {(os.path.basename(path), kind, page): text for path, kind, page, text, _ in rows}
    for name, lines, *_ in CARDS + PHOTOS:
        read = ocr[(name, "image", None)].lower().split()
        words = " ".join(lines).split()
        assert sum(w in read for w in words) >= len(words) - 1, (name, ocr[(name, "image", None)])
    assert ocr[("photo_000.png", "image", None)] == ""  # a shape: no text, not an error
    assert (
        "saffron" in ocr[("scanned.pdf", "pdf_page", 1)].lower()
        and "thistle" in ocr[("scanned.pdf", "pdf_page", 2)].lower()
    )
    assert ocr[("scanned.pdf", "pdf_image", 1)] is None  # the scan's image: read once, through the page render
    assert ocr[("typed.pdf", "pdf_page", 1)] is None  # a text layer: no OCR of the render


@needs_tesseract
def test_a_word_finds_its_image_first_through_the_cli(ocr_index):
    code, out, err = run_cli(ocr_index / "index", "search", "lantern", "--json")
    assert code == 0, err
    top = out["results"][0]
    assert os.path.basename(top["path"]) == "sign_a.png" and top["kind"] == "image"
    assert "lantern" in top["snippet"].lower() and "lantern" in top["ocr"].lower()
    assert "bm25" in top["channels"]


@needs_tesseract
def test_every_printed_word_ranks_its_file_first(ocr_index):
    """Each word of each card, photo and scanned page, searched alone (in-process, same index and models:
    a CLI call per word would cost seconds of model loading each)."""
    engine = Engine(Settings.from_env(index=ocr_index / "index"))
    [top] = engine.search(SearchQuery(text="thistle", k=1))
    assert (os.path.basename(top.path), top.kind, top.page) == (
        "scanned.pdf",
        "pdf_page",
        2,
    ) and "thistle" in top.snippet.lower()
    truth = {w: name for name, lines, *_ in CARDS + PHOTOS for w in " ".join(lines).split()}
    truth.update({w: "scanned.pdf" for w in ("saffron", "marble", "canyon", "thistle", "beacon", "walnut", "juniper")})
    first, top3 = 0, 0
    misses = []
    for word, name in truth.items():
        names = [os.path.basename(r.path) for r in engine.search(SearchQuery(text=word, k=3))]
        first += names[:1] == [name]
        top3 += name in names
        if names[:1] != [name]:
            misses.append((word, name, names))
    engine.close()
    assert first / len(truth) >= 0.9, misses
    assert top3 / len(truth) >= 0.95, misses


# -- no Tesseract: the VLM, else pending ----------------------------------------------------------

VLM_CARDS = {"kiosk.png": ("pelican granite", (250, 235, 190)), "poster.png": ("zephyr fjord mango", (200, 230, 250))}


def fake_reader(images):
    """What the fake VLM 'reads': the card's words, told apart by background colour; the scanned page is white."""
    from PIL import Image

    corner = Image.open(BytesIO(images[0])).convert("RGB").getpixel((0, 0))
    by_colour = {colour: words for words, colour in VLM_CARDS.values()}
    return by_colour.get(corner, "basalt cedar anchor" if corner == (255, 255, 255) else "NO TEXT")


def test_without_tesseract_ocr_waits_for_ollama_then_describe_reads_it_with_the_vlm(tmp_path):
    font = fonts_available()[0]
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, (words, colour) in VLM_CARDS.items():
        text_card([words], font, 28, background=colour).save(corpus / name)
    scanned_pdf(corpus / "scan.pdf", [["basalt cedar anchor"]], font)
    no_tesseract = {"MMRAG_TESSERACT": str(tmp_path / "no-such-tesseract"), "MMRAG_OCR": "auto"}

    # Ollama down, no Tesseract: ingest succeeds, the three image items that need OCR are pending
    settings = Settings.from_env(
        index=tmp_path / "index",
        clip="tiny",
        ollama_host="http://127.0.0.1:9",
        tesseract=no_tesseract["MMRAG_TESSERACT"],
    )
    engine = Engine(settings)
    report = engine.ingest([corpus], progress=False)
    assert report.added == 3 and report.failed == []
    assert (
        engine.status()["pending_ocr"] == 3
    )  # two cards, one scanned page (its embedded image is read through the page)
    engine.close()

    # `mmrag describe` with Ollama up: descriptions and OCR through the VLM
    with FakeOllama() as server:
        server.read_text = fake_reader
        code, out, err = run_cli(
            tmp_path / "index", "describe", "--json", env={**no_tesseract, "OLLAMA_HOST": server.host}
        )
        assert code == 0, err
        assert (out["ocr_read"], out["pending_ocr"], out["pending_descriptions"]) == (3, 0, 0), out
        ocr_prompts = [
            body for path, body in server.requests if path == "/api/chat" and "Transcribe" in json.dumps(body)
        ]
        assert len(ocr_prompts) == 3

        # the VLM at ingest time: a new card is read during `ingest` (cached under the VLM's id)
        text_card(["mosaic violet"], font, 28, background=(250, 235, 190)).save(corpus / "kiosk_copy.png")
        engine = Engine(settings.with_overrides(ollama_host=server.host))
        report = engine.ingest([corpus], progress=False)
        assert report.added == 1 and engine.status()["pending_ocr"] == 0
        hits = engine.search(SearchQuery(text="fjord", k=3))
        assert os.path.basename(hits[0].path) == "poster.png" and "fjord" in hits[0].snippet
        hits = engine.search(SearchQuery(text="cedar", k=3))
        assert os.path.basename(hits[0].path) == "scan.pdf" and hits[0].kind == "pdf_page"
        db = engine.catalog.db
        assert db.execute("SELECT COUNT(*) FROM ocr_texts WHERE engine = 'ollama:llava'").fetchone()[0] == 4
        engine.close()
