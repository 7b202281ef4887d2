"""OCR: pure rules with example tables, Tesseract's word recall on rendered text, and the pass through the Engine."""

import os
import random
import shutil
import sqlite3
import stat

import numpy as np
import pytest
from corpus_fixtures import write_images, write_pdf
from mmrag.ingest.ocr import needs_ocr
from text_images import WORDS, fonts_available, text_card

from mmrag.backends.fake import FakeClip, FakeTextEmbedder, FakeVLM
from mmrag.backends.ocr import (
    OCR_PROMPT,
    TesseractReader,
    clean_vlm_text,
    engine_id,
    for_ocr,
    preferred_engine,
    skew_angle,
    words_from_tsv,
)
from mmrag.catalog import Catalog
from mmrag.config import Settings
from mmrag.engine import Engine
from mmrag.errors import UsageError
from mmrag.retrieve import matched_body

TESSERACT = shutil.which(
    os.environ.get("MMRAG_TESSERACT") or "tesseract"
)  # MMRAG_TESSERACT=/nowhere simulates its absence
needs_tesseract = pytest.mark.skipif(
    TESSERACT is None,
    reason="no tesseract binary on PATH or at MMRAG_TESSERACT (Debian: apt-get install tesseract-ocr)",
)
needs_fonts = pytest.mark.skipif(
    not fonts_available(), reason="DejaVu fonts are not installed (Debian: apt-get install fonts-dejavu-core)"
)


# -- pure rules -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kind, page_has_text, wanted",
    [
        ("image", False, True),
        ("pdf_page", False, True),  # a scanned page: read its render
        ("pdf_page", True, False),  # its words are in the text layer already
        ("pdf_image", True, True),  # a figure on a text page
        ("pdf_image", False, False),  # a scan's image: the page render is read instead
        ("text", True, False),
    ],
)
def test_needs_ocr(kind, page_has_text, wanted):
    assert needs_ocr(kind, page_has_text) is wanted


@pytest.mark.parametrize(
    "mode, found, engine",
    [
        ("auto", True, "tesseract"),
        ("auto", False, "vlm"),
        ("tesseract", False, "tesseract"),
        ("vlm", True, "vlm"),
        ("off", True, None),
    ],
)
def test_preferred_engine(mode, found, engine):
    assert preferred_engine(mode, found) == engine


def test_engine_ids():
    assert engine_id("tesseract", "eng", "ollama:llava") == "tesseract:eng"
    assert engine_id("vlm", "eng", "ollama:llava") == "ollama:llava"
    assert engine_id(None, "eng", "ollama:llava") is None


def test_ocr_mode_setting():
    assert Settings.from_env({"MMRAG_OCR": " Tesseract "}).ocr == "tesseract"
    assert Settings.from_env({}).ocr == "auto"
    with pytest.raises(UsageError, match="not an OCR mode"):
        Settings.from_env({"MMRAG_OCR": "maybe"})


TSV = "\n".join(
    [
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
        "1\t1\t0\t0\t0\t0\t0\t0\t100\t100\t-1\t",
        "5\t1\t1\t1\t1\t1\t0\t0\t10\t10\t96.5\tHarbor",
        "5\t1\t1\t1\t1\t2\t0\t0\t10\t10\t91\tlantern",
        "5\t1\t1\t1\t2\t1\t0\t0\t10\t10\t88\tfestival",
        "5\t1\t1\t1\t2\t2\t0\t0\t10\t10\t12\tx7#",  # low confidence: noise
        "5\t1\t1\t1\t2\t3\t0\t0\t10\t10\t95\t|",  # no letter or digit
        "1\t2\t0\t0\t0\t0\t0\t0\t100\t100\t-1\t",  # a page with no words
        "5\t3\t1\t1\t1\t1\t0\t0\t10\t10\t90\t42",
    ]
)


def test_words_from_tsv():
    assert words_from_tsv(TSV) == {1: "Harbor lantern\nfestival", 2: "", 3: "42"}
    assert words_from_tsv("") == {}


@pytest.mark.parametrize(
    "reply, text",
    [
        ("NO TEXT", ""),
        ("No text.", ""),
        ("There is no visible text in this image.", ""),
        ("  HARBOR   lantern \n\n festival ", "HARBOR lantern\nfestival"),
        ('"STOP"', "STOP"),
        ("```\nSALE 50%\n```", "SALE 50%"),
        ("!!! ???", ""),
        ("", ""),
    ],
)
def test_clean_vlm_text(reply, text):
    assert clean_vlm_text(reply) == text


@pytest.mark.parametrize(
    "description, ocr, query, shown",
    [
        ("A red sign on a wall.", "HARBOR LANTERN", "lantern", "HARBOR LANTERN"),  # the words in the image matched
        ("A red sign on a wall.", "HARBOR LANTERN", "red sign", "A red sign on a wall."),
        ("A red sign on a wall.", "HARBOR LANTERN", "something else", "A red sign on a wall."),
        (None, "HARBOR LANTERN", "sign", "HARBOR LANTERN"),
        ("A red sign.", "", "lantern", "A red sign."),
        ("A red sign.", None, "lantern", "A red sign."),
        (None, None, "lantern", None),
    ],
)
def test_matched_body(description, ocr, query, shown):
    assert matched_body(description, ocr, query.split()) == shown


@needs_fonts
@pytest.mark.parametrize("turned", [0, 3, -6, 10])
def test_skew_angle_levels_the_lines(turned):
    card = text_card(["harbor lantern festival", "quantum velvet"], fonts_available()[0], 24, turned)
    assert abs(skew_angle(card.convert("L")) + turned) <= 0.5


def test_skew_angle_of_a_blank_image_is_zero():
    from PIL import Image

    assert skew_angle(Image.new("L", (200, 100), 255)) == 0.0


def test_for_ocr_enlarges_small_images_only():
    from PIL import Image

    assert for_ocr(Image.new("RGB", (300, 100))).size == (600, 200)
    assert for_ocr(Image.new("RGB", (1600, 900))).size == (1600, 900)
    assert for_ocr(Image.new("RGB", (10, 10))).mode == "L"


def test_an_index_made_before_ocr_gains_the_columns(tmp_path):
    """Schema 1 without OCR columns: opened, the items get them, and the image items that need OCR are pending."""
    db = sqlite3.connect(tmp_path / "catalog.sqlite")
    db.executescript("""
        CREATE TABLE sources (path BLOB PRIMARY KEY, display TEXT NOT NULL, kind TEXT NOT NULL, size INTEGER NOT NULL,
            mtime REAL NOT NULL, sha256 TEXT NOT NULL, indexed_at REAL NOT NULL);
        CREATE TABLE items (id TEXT PRIMARY KEY, source BLOB NOT NULL, kind TEXT NOT NULL, page INTEGER,
            idx INTEGER NOT NULL, content_hash TEXT NOT NULL, text TEXT, description TEXT,
            pending INTEGER NOT NULL DEFAULT 0, date REAL, width INTEGER, height INTEGER);
        INSERT INTO sources VALUES (x'61', 'a', 'pdf', 1, 1, 'h', 1);
        INSERT INTO items(id, source, kind, page, idx, content_hash) VALUES
            ('img', x'61', 'image', NULL, 0, 'h1'), ('scan', x'61', 'pdf_page', 1, 0, 'h2'),
            ('fig', x'61', 'pdf_image', 2, 0, 'h3'), ('page2', x'61', 'pdf_page', 2, 0, 'h4'),
            ('txt', x'61', 'text', 2, 0, 'h5'), ('scanfig', x'61', 'pdf_image', 1, 0, 'h6');
    """)
    db.close()
    catalog = Catalog(tmp_path / "catalog.sqlite")
    assert {i.id for i in catalog.ocr_pending_items()} == {"img", "scan", "fig"}
    assert catalog.items(["txt"])["txt"].ocr is None
    catalog.close()
    assert Catalog(tmp_path / "catalog.sqlite").count_ocr_pending() == 3  # opening again changes nothing


# -- Tesseract on rendered words ------------------------------------------------------------


def rendered_cards(sizes, angles, seed=3):
    """(image, words) for every font x size x angle, four words a card on two lines."""
    rng = random.Random(seed)
    cards = []
    for font in fonts_available():
        for size in sizes:
            for angle in angles:
                words = rng.sample(WORDS, 4)
                cards.append((text_card([" ".join(words[:2]), " ".join(words[2:])], font, size, angle), words))
    return cards


def recall(cards, texts) -> float:
    found = sum(word in text.lower().split() for (_, words), text in zip(cards, texts) for word in words)
    return found / sum(len(words) for _, words in cards)


@needs_tesseract
@needs_fonts
def test_tesseract_word_recall_on_clean_text_of_20_px_and_more():
    """Four DejaVu fonts x 20-48 px x rotations up to 7 degrees: at least 90% of the words read exactly."""
    cards = rendered_cards(sizes=(20, 28, 48), angles=(-7, 0, 3))
    texts = TesseractReader(TESSERACT).read_many([image for image, _ in cards])
    assert all(isinstance(t, str) for t in texts), texts
    assert recall(cards, texts) >= 0.9


@needs_tesseract
def test_an_image_without_text_reads_as_empty():
    from PIL import Image

    from mmrag.shapes import ShapeSpec, render

    texts = TesseractReader(TESSERACT).read_many(
        [render(ShapeSpec("red", "star"), random.Random(0), size=160, canvas=160), Image.new("RGB", (8, 8), "white")]
    )
    assert texts == ["", ""]


# -- the pass, through the Engine with fake embedders -----------------------------------------


def engine_at(tmp_path, vlm=None, **settings) -> Engine:
    return Engine(
        Settings.from_env(index=tmp_path / "index", clip="tiny", **settings),
        clip=FakeClip(),
        text=FakeTextEmbedder(),
        vlm=vlm,
    )


def ocr_reader(words_by_colour):
    """A FakeVLM that 'reads' a card by its background colour, and describes anything else."""
    from io import BytesIO

    from PIL import Image

    def respond(request):
        if request.prompt != OCR_PROMPT:
            return "A card with some writing on it."
        corner = Image.open(BytesIO(request.images[0])).convert("RGB").getpixel((0, 0))
        return words_by_colour.get(corner, "NO TEXT")

    return FakeVLM(respond)


@needs_fonts
def test_vlm_ocr_is_cached_by_content_hash_and_engine(tmp_path):
    font = fonts_available()[0]
    folder = tmp_path / "c"
    folder.mkdir()
    text_card(["walnut juniper"], font, 30, background=(250, 240, 200)).save(folder / "card.png")
    vlm = ocr_reader({(250, 240, 200): "walnut juniper"})
    engine = engine_at(tmp_path, vlm=vlm, ocr="vlm")
    engine.ingest([folder], progress=False)
    ocr_calls = lambda: sum(r.prompt == OCR_PROMPT for r in vlm.requests)  # noqa: E731
    assert ocr_calls() == 1 and engine.catalog.count_ocr_pending() == 0
    assert engine.lexical().search("juniper")

    os.rename(folder / "card.png", tmp_path / "away.png")  # pruned, then back: read from the cache, not again
    engine.ingest([folder], progress=False)
    os.rename(tmp_path / "away.png", folder / "card.png")
    engine.ingest([folder], progress=False)
    assert ocr_calls() == 1
    [item] = engine.catalog.image_items()
    assert item.ocr == "walnut juniper" and not item.ocr_pending
    engine.close()


def test_ocr_off_and_no_ocr_leave_items_pending(tmp_path):
    write_images(tmp_path / "c", [("red", "star")])
    write_pdf(tmp_path / "c" / "doc.pdf", [("A page with a text layer and a figure.", [("blue", "circle")])])
    engine = engine_at(tmp_path, ocr="off")
    engine.ingest([tmp_path / "c"], describe=False, progress=False)
    pending = {i.kind for i in engine.catalog.ocr_pending_items()}
    assert pending == {"image", "pdf_image"}  # the page render has a text layer: no OCR needed
    assert engine.status()["pending_ocr"] == 2
    engine.close()
    engine = engine_at(tmp_path, ocr="auto", tesseract=str(tmp_path / "no-such-tesseract"))
    report = engine.ingest([tmp_path / "c"], describe=False, progress=False, ocr=False)
    assert report.unchanged == 2 and engine.catalog.count_ocr_pending() == 2
    engine.close()


def test_a_failing_tesseract_fails_its_items_not_the_ingest(tmp_path):
    """A 'tesseract' that exits 1: ingest succeeds, the images stay pending, and the reason is kept."""
    broken = tmp_path / "tesseract"
    broken.write_text("#!/bin/sh\necho 'Error: simulated crash' >&2\nexit 1\n")
    broken.chmod(broken.stat().st_mode | stat.S_IEXEC)
    write_images(tmp_path / "c", [("red", "star"), ("blue", "circle")])
    engine = engine_at(tmp_path, ocr="tesseract", tesseract=str(broken))
    report = engine.ingest([tmp_path / "c"], describe=False, progress=False)
    assert report.added == 2 and report.failed == [] and report.items == 2
    assert engine.catalog.count_ocr_pending() == 2
    read = engine.read_text(progress=False)
    assert read.read == 0 and len(read.failed) == 2 and "simulated crash" in read.failed[0].reason
    engine.close()


def test_the_ocr_pass_with_a_fake_reader_reads_fails_and_resumes(tmp_path):
    """ocr_pending through the pending-pass runner: read texts are stored and found by BM25, an image the reader cannot
    read stays pending with its reason, and a second pass reads only what is still pending."""
    from mmrag.ingest.ocr import ocr_pending

    from mmrag.backends.fake import FakeTextReader
    from mmrag.errors import OcrError
    from mmrag.writes import index_writes

    write_images(tmp_path / "c", [("red", "star"), ("blue", "circle"), ("green", "square")])
    engine = engine_at(tmp_path, ocr="off")
    engine.ingest([tmp_path / "c"], describe=False, progress=False)
    assert engine.catalog.count_ocr_pending() == 3

    def blue(image):  # a tenth of its pixels far more blue than red or green
        rgb = np.asarray(image.convert("RGB"), dtype=int)
        return ((rgb[..., 2] > rgb[..., 0] + 60) & (rgb[..., 2] > rgb[..., 1] + 60)).mean() > 0.1

    flaky = FakeTextReader(lambda image: OcrError("smudged") if blue(image) else "zanzibar quokka")
    with index_writes(engine.index_dir):
        report = ocr_pending(engine.catalog, engine.store, flaky, engine.text)
    assert report.read == 2 and [f.reason for f in report.failed] == ["smudged"] and not report.stopped
    assert engine.catalog.count_ocr_pending() == 1
    engine.rebuild_lexical()
    assert len(engine.lexical().search("quokka")) == 2
    steady = FakeTextReader()
    with index_writes(engine.index_dir):
        assert ocr_pending(engine.catalog, engine.store, steady, engine.text).read == 1
    assert len(steady.images) == 1 and engine.catalog.count_ocr_pending() == 0
    engine.close()
