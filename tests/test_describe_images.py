"""`mmrag describe IMAGE... [--style S]` (issue 21): a description per given image, no index; the style's prompt
reaches the VLM (the real ollama client against the fake server); bad files are error entries. Photos from
scikit-image, re-encoded, beside a shape image and a file that is not an image."""

from __future__ import annotations

import os

import pytest
from corpus_fixtures import shape_png
from PIL import Image

from mmrag.captions import STYLES, clean_caption

skimage_data = pytest.importorskip("skimage.data", reason="scikit-image is in the dev extra (pip install -e '.[dev]')")


@pytest.fixture
def images(tmp_path):
    folder = tmp_path / "loose"
    folder.mkdir()
    (folder / "star.png").write_bytes(shape_png("blue", "star"))
    Image.fromarray(skimage_data.chelsea()).save(folder / "cat.jpg", quality=80)
    Image.fromarray(skimage_data.page()).save(folder / "page.png")  # a scanned page, greyscale
    (folder / "empty.png").write_bytes(b"")
    return folder


def prompts_sent(server) -> list[str]:
    return [b["messages"][-1]["content"] for p, b in server.requests if p == "/api/chat"]


def test_describe_given_images_in_each_style(cli, images, fake_ollama, tmp_path):
    env = {"OLLAMA_HOST": fake_ollama.host}
    files = [str(images / n) for n in ("star.png", "cat.jpg", "empty.png")]
    code, out, err = cli("describe", *files, "--json", env=env)
    assert code == 0, err
    assert not (tmp_path / "index").exists()
    results = out["results"]
    assert [os.path.basename(r["path"]) for r in results] == ["star.png", "cat.jpg", "empty.png"]
    assert "blue star" in results[0]["description"]  # the fake's tiny-CLIP vision on the shape image
    assert results[1]["description"] and "error" not in results[1]
    assert results[2] == {"path": files[2], "error": "empty file (0 bytes)"}
    assert prompts_sent(fake_ollama) == [STYLES["detailed"]] * 2

    fake_ollama.requests.clear()
    fake_ollama.respond = lambda body: (
        "Document type: scanned page\n\nSections: one column of text\nTitle: unreadable\n"
    )
    code, out, err = cli("describe", str(images / "page.png"), "--style", "document", "--json", env=env)
    assert code == 0, err
    assert (
        out["results"][0]["description"]
        == "Document type: scanned page\nSections: one column of text\nTitle: unreadable"
    )
    assert prompts_sent(fake_ollama) == [STYLES["document"]]

    fake_ollama.read_text = lambda images: "NO TEXT"  # the text style is a transcription: the OCR prompt
    code, out, err = cli("describe", str(images / "cat.jpg"), "--style", "text", "--json", env=env)
    assert code == 0 and out["results"][0]["description"] == ""

    from fake_ollama import default_respond

    fake_ollama.respond = default_respond
    code, out, err = cli("describe", str(images / "star.png"), "--style", "brief", env=env)
    assert code == 0 and out.startswith(str(images / "star.png")) and "blue star" in out


def test_describe_bad_input(cli, images, fake_ollama):
    code, out, err = cli(
        "describe", str(images / "empty.png"), str(images / "nothere.jpg"), env={"OLLAMA_HOST": fake_ollama.host}
    )
    assert code == 2 and "none of the images could be read" in err
    code, out, err = cli("describe", str(images / "cat.jpg"), env={"OLLAMA_HOST": "http://127.0.0.1:9"})
    assert code == 1 and "ollama serve" in err and "Traceback" not in err
    code, out, err = cli("describe", str(images / "cat.jpg"), "--style", "poem")
    assert code == 2 and "invalid choice" in err
    code, out, err = cli("describe", "--style", "brief")
    assert code == 2 and "--style is for describing given images" in err


@pytest.mark.parametrize(
    "reply, style, cleaned",
    [
        ("  A cat  on\na mat. ", "brief", "A cat on a mat."),
        ("NO TEXT", "text", ""),
        ("No text.", "text", ""),
        ("TOTAL 12.50\n  VAT 2.10  ", "text", "TOTAL 12.50\n  VAT 2.10"),
        ("Receipt\n\nTotal: 12.50", "document", "Receipt\nTotal: 12.50"),
        ("   ", "detailed", None),
    ],
)
def test_clean_caption(reply, style, cleaned):
    assert clean_caption(reply, style) == cleaned
