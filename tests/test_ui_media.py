"""What the front end may read: the servable-path check and upload checks (example tables), and `mmrag ui` usage."""

from __future__ import annotations

import io
import os

import pytest
from PIL import Image

from mmrag.errors import InputError
from mmrag.media import check_upload, is_servable, pdf_page_image, save_upload, source_image


@pytest.fixture
def tree(tmp_path):
    """photos/ (a root folder), report.pdf (a root file), and things around them."""
    photos = tmp_path / "photos"
    (photos / "sub").mkdir(parents=True)
    (photos / "a.jpg").write_bytes(b"x")
    (photos / "sub" / "b.png").write_bytes(b"x")
    (tmp_path / "report.pdf").write_bytes(b"x")
    (tmp_path / "secret.txt").write_text("secret")
    (tmp_path / "photos-other").mkdir()
    (tmp_path / "photos-other" / "c.jpg").write_bytes(b"x")
    os.symlink(tmp_path / "secret.txt", photos / "link-out.jpg")  # inside a root, pointing out of it
    os.symlink(photos / "a.jpg", tmp_path / "link-in.jpg")  # outside the roots, pointing into one
    os.symlink(photos / "loop", photos / "loop")
    return tmp_path


@pytest.mark.parametrize(
    "path, servable",
    [
        ("photos/a.jpg", True),
        ("photos/sub/b.png", True),  # folders below a root
        ("report.pdf", True),  # a root that is a file
        ("photos/sub/../a.jpg", True),  # `..` that stays inside
        ("photos/../secret.txt", False),  # `..` that leaves the root
        ("photos/sub/../../secret.txt", False),
        ("secret.txt", False),
        ("photos-other/c.jpg", False),  # a sibling whose name starts like the root
        ("photos/link-out.jpg", False),  # a symlink inside a root that points out of it
        ("link-in.jpg", True),  # a symlink whose target is inside a root
        ("photos/missing.jpg", False),
        ("photos", False),  # a folder is not a file to serve
        ("photos/sub", False),
        ("photos/loop", False),  # a symlink loop
        ("report.pdf/../secret.txt", False),
    ],
)
def test_is_servable(tree, path, servable):
    roots = [tree / "photos", tree / "report.pdf"]
    assert is_servable(str(tree / path), roots) is servable


@pytest.mark.parametrize(
    "path", ["", "photos/a.jpg", "./photos/a.jpg", "/etc/passwd", "/nonexistent\0/a.jpg", "/etc/../etc/passwd"]
)
def test_is_servable_refuses_relative_odd_and_outside_paths(tree, monkeypatch, path):
    monkeypatch.chdir(tree)  # a relative path is refused even where it would resolve inside a root
    assert is_servable(path, [tree / "photos"]) is False


def test_is_servable_with_no_roots_or_bad_roots(tree):
    assert not is_servable(str(tree / "photos" / "a.jpg"), [])
    assert not is_servable(str(tree / "photos" / "a.jpg"), ["", "relative/root", str(tree / "gone")])


def png_bytes(size=(8, 8)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, (255, 0, 0)).save(buf, format="PNG")
    return buf.getvalue()


@pytest.mark.parametrize(
    "name, data, limit, message",
    [
        ("ok.png", png_bytes(), 1000, None),
        ("big.png", png_bytes(), 10, "big.png is 0.0 MB, over the 0 MB upload limit"),
        ("empty.jpg", b"", 1000, "empty.jpg is empty"),
        ("notes.png", b"just some text", 1000, "notes.png is not an image"),
        ("cut.png", png_bytes()[:40], 1000, "cut.png is not an image"),
        ("doc.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", 1000, "doc.pdf is not an image"),
    ],
)
def test_check_upload(name, data, limit, message):
    if message is None:
        assert check_upload(name, data, limit).size == (8, 8)
        return
    with pytest.raises(InputError) as err:
        check_upload(name, data, limit)
    assert err.value.message == message


def test_save_upload_keeps_a_safe_name_inside_the_folder(tmp_path):
    first = save_upload("../../etc/evil name.png", png_bytes(), tmp_path)
    second = save_upload("../../etc/evil name.png", png_bytes(), tmp_path)
    assert first.parent == tmp_path and first.name == "evil_name.png" and second.name == "evil_name-2.png"
    assert save_upload("photo.jpg", png_bytes(), tmp_path).suffix == ".png"  # named by what it is


def test_reading_refuses_what_is_not_servable(tree):
    Image.new("RGB", (40, 20), (0, 0, 255)).save(tree / "photos" / "real.png")
    assert source_image(str(tree / "photos" / "real.png"), [tree / "photos"]).size == (40, 20)
    with pytest.raises(InputError, match="is not a file in the index"):
        source_image(str(tree / "secret.txt"), [tree / "photos"])
    with pytest.raises(InputError, match="is not a file in the index"):
        pdf_page_image(str(tree / "photos" / "../secret.txt"), 1, [tree / "photos"])


def test_ui_command_usage(cli):
    code, _, err = cli("ui", "--port", "70000")
    assert code == 2 and "--port 70000 is not a port number" in err


def test_engine_progress_callback(tmp_path):
    """The Library page's progress bar: Engine.ingest calls progress(stage, done, total) for each stage in turn."""
    from corpus_fixtures import write_images

    from mmrag.backends.fake import FakeClip, FakeTextEmbedder, FakeVLM
    from mmrag.config import Settings
    from mmrag.engine import Engine

    write_images(tmp_path / "c", [("red", "star"), ("blue", "circle")])
    engine = Engine(
        Settings.from_env(index=tmp_path / "index", clip="tiny"),
        clip=FakeClip(),
        text=FakeTextEmbedder(),
        vlm=FakeVLM(),
    )
    calls = []
    try:
        report = engine.ingest([tmp_path / "c"], progress=lambda *call: calls.append(call))
    finally:
        engine.close()
    assert report.added == 2 and report.pending_descriptions == 0
    ocr = [call for call in calls if call[0] == "ocr"]  # Tesseract reports a batch at once, the VLM image by image
    assert ocr and ocr[-1] == ("ocr", 2, 2), calls
    assert [call for call in calls if call[0] != "ocr"] == [
        ("ingest", 1, 2),
        ("ingest", 2, 2),
        ("describe", 1, 2),
        ("describe", 2, 2),
    ]
    assert [call[0] for call in calls] == sorted((call[0] for call in calls), key=["ingest", "ocr", "describe"].index)


@pytest.mark.parametrize("fmt, suffix", [("HEIF", ".heif"), ("AVIF", ".avif"), ("JXL", ".jxl")])
def test_camera_format_uploads_are_saved_with_their_own_suffix(tmp_path, fmt, suffix):
    """A phone photo uploaded for search by example or classification, read by the same decoder as ingest."""
    from mmrag.ingest.discover import kind_of
    from real_photos import photo

    data = io.BytesIO()
    photo("coffee").save(data, format=fmt)
    path = save_upload("IMG_0001.HEIC", data.getvalue(), tmp_path)
    assert path.name == f"IMG_0001{suffix}" and kind_of(path) == "image"


def test_a_file_name_that_is_not_utf8_can_be_opened(cli, tmp_path):
    """`latin1-\\xe9\\xff.png` is indexed under a shown path with backslash escapes; the UI looks up its real name."""
    from corpus_fixtures import shape_png

    from mmrag.config import Settings
    from mmrag.engine import Engine
    from mmrag.media import index_files

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    real = os.path.join(os.fsencode(corpus), b"latin1-\xe9\xff.png")
    with open(real, "wb") as handle:
        handle.write(shape_png("red", "star"))
    code, out, err = cli("ingest", str(corpus), "--clip", "tiny", "--no-describe", "--json")
    assert code == 0 and out["added"] == 1, err
    code, out, err = cli("sources", "--json")
    shown = out["sources"][0]["path"]
    assert shown.endswith("latin1-\\xe9\\xff.png")
    engine = Engine(Settings.from_env(index=str(tmp_path / "index")))
    try:
        files = index_files(engine.catalog)
    finally:
        engine.close()
    assert os.fsencode(files[shown]) == real
    assert source_image(files[shown], files.values()).size == (160, 160)
    with pytest.raises(InputError) as err:
        source_image(shown, files.values())  # the shown path is not a file name
    assert "is not a file in the index" in err.value.message
