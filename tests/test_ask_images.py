"""`mmrag ask QUESTION --image FILE...` (issue 21): answers from given image files, no index; numbered from 1 in
the order given, a bad file an error entry, citations checked with --clip tiny. Photos from scikit-image (not made
by this project), re-encoded, beside a shape image the tiny CLIP knows and a file that is not an image."""

from __future__ import annotations

import io
import os
import shutil

import pytest
from corpus_fixtures import shape_png
from PIL import Image

skimage_data = pytest.importorskip("skimage.data", reason="scikit-image is in the dev extra (pip install -e '.[dev]')")

TESSERACT = shutil.which(os.environ.get("MMRAG_TESSERACT") or "tesseract")


@pytest.fixture
def images(tmp_path):
    folder = tmp_path / "loose"  # outside any index
    folder.mkdir()
    (folder / "star.png").write_bytes(shape_png("red", "star"))
    Image.fromarray(skimage_data.coffee()).save(
        folder / "coffee.jpg", quality=85
    )  # a re-encoding of scikit-image's photo
    (folder / "notes.jpg").write_text("this is a shopping list, not a JPEG")
    Image.fromarray(skimage_data.astronaut()).save(folder / "astronaut.webp")
    return folder


def test_ask_about_given_images_cites_them_in_the_order_given(cli, images, fake_ollama, tmp_path):
    def respond(body):
        return "Image 1 shows a red star [1]. Image 2 shows a purple giraffe [2]. There is a cat [9]."

    fake_ollama.respond = respond
    files = [images / "star.png", images / "coffee.jpg", images / "notes.jpg", images / "astronaut.webp"]
    args = [
        "ask",
        "What do these pictures show?",
        *[a for f in files for a in ("--image", str(f))],
        "--clip",
        "tiny",
        "--json",
    ]
    code, out, err = cli(*args, env={"OLLAMA_HOST": fake_ollama.host, "MMRAG_OCR": "off"})
    assert code == 0, err
    assert not (tmp_path / "index").exists()  # no index needed, none made
    assert [(s["n"], os.path.basename(s["path"])) for s in out["sources"]] == [
        (1, "star.png"),
        (2, "coffee.jpg"),
        (3, "notes.jpg"),
        (4, "astronaut.webp"),
    ]
    bad = out["sources"][2]
    assert bad["id"] is None and "not an image" in bad["error"] and "notes.jpg" in err
    assert all(s["kind"] == "image" and s["id"].startswith("file:") for s in out["sources"] if "error" not in s)
    assert out["answerer"] == "vlm:llava"
    statuses = [(s["status"], [c["status"] for c in s["citations"]]) for s in out["sentences"]]
    assert statuses == [("supported", ["supported"]), ("unsupported", ["unsupported"]), ("unsupported", ["invalid"])]
    assert out["grounded"] == "partial"
    _, body = next((p, b) for p, b in fake_ollama.requests if p == "/api/chat")
    sent = [m for m in body["messages"] if m.get("images")]
    assert len(sent) == 3  # the three readable images, one per message for llava
    assert "sources 1, 2, 4" in body["messages"][-1]["content"]
    sizes = [Image.open(io.BytesIO(__import__("base64").b64decode(m["images"][0]))).size for m in sent]
    assert sizes == [(160, 160), (600, 400), (512, 512)]


def test_no_readable_image_is_exit_2_and_filters_do_not_mix_with_images(cli, images, fake_ollama):
    env = {"OLLAMA_HOST": fake_ollama.host}
    code, out, err = cli(
        "ask",
        "what is this?",
        "--image",
        str(images / "notes.jpg"),
        "--image",
        str(images / "missing.png"),
        "--clip",
        "tiny",
        env=env,
    )
    assert code == 2 and "none of the images could be read" in err and "no such file" in err and "Traceback" not in err
    code, out, err = cli("ask", "what is this?", "--image", str(images / "star.png"), "--kind", "image", env=env)
    assert code == 2 and "--kind" in err and "Drop one or the other" in err
    code, out, err = cli("ask", "what is this?", "--clip", "tiny", env=env)
    assert code == 2 and "--clip is for --image" in err


def test_without_a_vlm_or_text_the_answer_abstains(cli, images):
    code, out, err = cli(
        "ask",
        "what is this?",
        "--image",
        str(images / "coffee.jpg"),
        "--clip",
        "tiny",
        "--json",
        env={"OLLAMA_HOST": "http://127.0.0.1:9", "MMRAG_OCR": "off"},
    )
    assert code == 0, err
    assert out["answerer"] == "extractive" and out["grounded"] == "abstained" and "ollama serve" in err
    assert out["sources"][0]["path"].endswith("coffee.jpg")


@pytest.mark.skipif(TESSERACT is None, reason="no tesseract binary (Debian: apt-get install tesseract-ocr)")
def test_text_read_in_a_given_image_is_evidence(cli, tmp_path, fake_ollama):
    """A printed notice, read by Tesseract: the VLM's sentence that quotes it is supported by the OCR text.
    (scikit-image's text() sample was tried first: Tesseract reads nothing in it, at any scale.)"""
    from text_images import fonts_available, text_card

    from mmrag.backends.ocr import TesseractReader

    fonts = fonts_available()
    if not fonts:
        pytest.skip("no TrueType font to print the notice with (Debian: fonts-dejavu-core)")
    path = tmp_path / "scan.png"
    text_card(["Harbour ferry timetable", "Departures every morning"], fonts[0], 40).save(path)
    read = TesseractReader(TESSERACT).read_many([Image.open(path).convert("RGB")])[0]
    words = [w for w in read.split() if len(w) > 3][:4]
    assert words, f"Tesseract read nothing in the sample: {read!r}"
    fake_ollama.respond = lambda body: f"The page says {' '.join(words)} [1]."
    code, out, err = cli(
        "ask",
        "what does the page say?",
        "--image",
        str(path),
        "--clip",
        "tiny",
        "--json",
        env={"OLLAMA_HOST": fake_ollama.host},
    )
    assert code == 0, err
    assert out["sentences"][0]["status"] == "supported", out["sentences"]
