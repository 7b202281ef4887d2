"""`mmrag ingest / describe / status / sources` through the CLI: real files, real Chroma, tiny CLIP, MiniLM."""

import os
import shutil
import sqlite3

import pytest
from corpus_fixtures import write_broken, write_images, write_pdf
from fake_ollama import is_ocr_request

COMBOS = [("red", "star"), ("blue", "circle"), ("green", "square"), ("yellow", "triangle")]
PDF_PAGES = [
    (
        "The first page talks about a purple hexagon and an orange arrow drawn below.",
        [("purple", "hexagon"), ("orange", "arrow")],
    ),
    ("The second page has a black cross. Nothing else is on it.", [("black", "cross")]),
]


@pytest.fixture
def corpus(tmp_path):
    root = tmp_path / "corpus"
    write_images(root / "photos", COMBOS)
    write_pdf(root / "docs" / "shapes.pdf", PDF_PAGES)
    return root


def test_ingest_reports_and_is_incremental(cli, corpus, tmp_path):
    expected_failures = write_broken(corpus / "broken")
    code, out, err = cli("ingest", str(corpus), "--clip", "tiny", "--no-describe", "--json")
    assert code == 0, err
    assert set(out) == {
        "index",
        "added",
        "updated",
        "unchanged",
        "removed",
        "failed",
        "pending_descriptions",
        "items",
        "ignored",
        "hidden",
        "excluded",
    }
    assert (out["added"], out["updated"], out["unchanged"], out["removed"]) == (5, 0, 0, 0)
    failed = {os.path.basename(f["path"]): f["reason"] for f in out["failed"]}
    assert set(failed) == set(expected_failures)
    for name, word in expected_failures.items():
        assert word in failed[name], (name, failed[name])

    code, status, _ = cli("status", "--json")
    assert code == 0 and status["clip"] == "tiny" and status["sources"] == 5 and status["schema_version"] == 1
    items = status["items"]
    assert items["image"] == 4 and items["pdf_page"] == 2 and items["pdf_image"] == 3 and items["text"] >= 2
    assert out["items"] == sum(items.values())
    assert status["pending_descriptions"] == 4 + 2 + 3  # every image item awaits a description

    code, sources, _ = cli("sources", "--json")
    by_name = {os.path.basename(s["path"]): s for s in sources["sources"]}
    assert by_name["shapes.pdf"]["kind"] == "pdf" and by_name["photo_000.png"]["items"] == 1
    assert all(len(s["sha256"]) == 64 and os.path.isabs(s["path"]) for s in sources["sources"])

    # unchanged run
    code, out, _ = cli("ingest", str(corpus), "--no-describe", "--json")
    assert (out["added"], out["updated"], out["unchanged"], out["removed"]) == (0, 0, 5, 0)

    # touched (same content), changed, deleted, moved
    photos = corpus / "photos"
    os.utime(photos / "photo_000.png", (1, 1))
    write_images(tmp_path / "other", [("cyan", "diamond")])
    shutil.copy(tmp_path / "other" / "photo_000.png", photos / "photo_001.png")
    (photos / "photo_002.png").unlink()
    (photos / "moved").mkdir()
    (photos / "photo_003.png").rename(photos / "moved" / "renamed.png")
    code, out, err = cli("ingest", str(corpus), "--no-describe", "--json")
    assert code == 0, err
    assert (out["added"], out["updated"], out["unchanged"], out["removed"]) == (1, 1, 2, 2)
    assert out["items"] == sum(items.values()) - 1
    code, sources, _ = cli("sources", "--json")
    names = sorted(os.path.basename(s["path"]) for s in sources["sources"])
    assert names == ["photo_000.png", "photo_001.png", "renamed.png", "shapes.pdf"]


def test_missing_path_is_refused_before_anything_is_written(cli, tmp_path):
    code, out, err = cli("ingest", str(tmp_path / "nope"), "--clip", "tiny", "--json")
    assert code == 2 and "nope" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "index").exists()


def test_model_mismatch_is_refused(cli, corpus):
    assert cli("ingest", str(corpus / "photos"), "--clip", "tiny", "--no-describe")[0] == 0
    code, _, err = cli("ingest", str(corpus / "photos"), "--clip", "ViT-B-32:openai", "--no-describe")
    assert code == 2 and "was built with --clip tiny" in err
    code, _, err = cli("ingest", str(corpus / "photos"), "--text-model", "paraphrase-MiniLM-L3-v2", "--no-describe")
    assert code == 2 and "--text-model" in err


def test_status_without_index(cli):
    code, _, err = cli("status")
    assert code == 2 and "mmrag ingest" in err


def test_descriptions_with_fake_ollama_then_down_then_describe(cli, corpus, fake_ollama, tmp_path):
    env = {"OLLAMA_HOST": fake_ollama.host}
    code, out, err = cli("ingest", str(corpus / "photos"), "--clip", "tiny", "--json", env=env)
    assert code == 0, err
    assert out["pending_descriptions"] == 0
    db = sqlite3.connect(tmp_path / "index" / "catalog.sqlite")
    descriptions = dict(db.execute("SELECT s.display, i.description FROM items i JOIN sources s ON s.path = i.source"))
    for (colour, shape), n in zip(COMBOS, range(4)):
        assert f"{colour} {shape}" in descriptions[str(corpus / "photos" / f"photo_{n:03d}.png")]
    describe_calls = lambda: len([p for p, b in fake_ollama.requests if p == "/api/chat" and not is_ocr_request(b)])  # noqa: E731 (OCR by the VLM when Tesseract is absent)
    calls = describe_calls()
    assert calls == 4

    # a copy of an already described image: no new VLM call (cache by content hash + model)
    shutil.copy(corpus / "photos" / "photo_000.png", corpus / "photos" / "copy.png")
    code, out, _ = cli("ingest", str(corpus / "photos"), "--json", env=env)
    assert out["added"] == 1 and out["pending_descriptions"] == 0
    assert describe_calls() == calls

    # Ollama down: ingest still succeeds, items pending; `describe` later fills them
    write_pdf(corpus / "photos" / "doc.pdf", PDF_PAGES[1:])
    down = {"OLLAMA_HOST": "http://127.0.0.1:9"}
    code, out, err = cli("ingest", str(corpus / "photos"), "--json", env=down)
    assert code == 0 and out["pending_descriptions"] == 2 and "ollama serve" in err
    code, _, err = cli("describe", "--json", env=down)
    assert code == 1 and "ollama serve" in err
    fake_ollama.fault, fake_ollama.fault_count = "malformed", 3  # garbage for all three tries of the first item
    code, out, err = cli(
        "describe", "--json", env={**env, "MMRAG_VLM_PARALLEL": "1"}
    )  # one at a time: "first" is well defined
    assert code == 0, err
    assert out["described"] == 1 and out["pending_descriptions"] == 1 and len(out["failed"]) == 1
    code, out, err = cli("describe", "--json", env=env)
    assert (out["described"], out["pending_descriptions"]) == (1, 0)


def test_odd_but_good_files_are_indexed(cli, tmp_path):
    """A 100-megapixel JPEG (downscaled), a non-UTF-8 file name, CMYK and 16-bit images."""
    from PIL import Image

    root = tmp_path / "odd"
    root.mkdir()
    Image.new("RGB", (12000, 8500), (30, 60, 200)).save(root / "huge.jpg", quality=60)
    with open(os.path.join(os.fsencode(root), b"caf\xe9.png"), "wb") as handle:
        Image.new("RGB", (64, 64), (200, 0, 0)).save(handle, format="PNG")
    Image.new("CMYK", (64, 64), (0, 255, 255, 0)).save(root / "cmyk.tiff")
    Image.new("I;16", (64, 64), 30000).save(root / "deep.png")
    code, out, err = cli("ingest", str(root), "--clip", "tiny", "--no-describe", "--json")
    assert code == 0, err
    assert out["added"] == 4 and out["failed"] == [] and out["items"] == 4
    code, sources, _ = cli("sources", "--json")
    assert any(s["path"].endswith("caf\\xe9.png") for s in sources["sources"])


@pytest.mark.parametrize("fault", ["slow", "malformed"])
def test_ollama_slow_or_garbage_leaves_items_pending(cli, corpus, fake_ollama, fault):
    fake_ollama.fault, fake_ollama.slow_seconds = fault, 2
    env = {"OLLAMA_HOST": fake_ollama.host, "MMRAG_OLLAMA_TIMEOUT": "0.5", "MMRAG_OLLAMA_RETRIES": "0"}
    code, out, err = cli("ingest", str(corpus / "photos"), "--clip", "tiny", "--json", env=env)
    assert code == 0, err
    assert out["added"] == 4 and out["failed"] == [] and out["pending_descriptions"] == 4
    assert ("did not answer within 0.5 s" if fault == "slow" else "unusable reply") in err
