"""PDF reading: text chunks with pages, embedded images once each, renders, and every failure as a reason.

Every PDF is made here with PyMuPDF (images with Pillow) in tmp_path.
"""

from __future__ import annotations

import io
import os
import re
from pathlib import Path

import pymupdf
import pytest
from mmrag.ingest.pdf import chunk_text, page_count, read_pdf
from PIL import Image, ImageDraw

from mmrag.errors import PdfReadError

# -- helpers ---------------------------------------------------------------------------


def picture(colour: str, size: tuple[int, int], mode: str = "RGB", fmt: str = "PNG") -> bytes:
    """An image file's bytes: ``colour`` filling a centred box on white (so distinct colours give distinct bytes)."""
    img = Image.new("RGB", size, "white")
    w, h = size
    ImageDraw.Draw(img).rectangle((w // 4, h // 4, 3 * w // 4, 3 * h // 4), fill=colour)
    buf = io.BytesIO()
    img.convert(mode).save(buf, format=fmt)
    return buf.getvalue()


def paragraph(tag: str, words: int = 60) -> str:
    return " ".join(f"{tag}{n}" for n in range(words))


def text_pdf(path: Path, pages: int, words: int = 40, with_image: bool = False) -> Path:
    doc = pymupdf.open()
    for n in range(pages):
        page = doc.new_page(width=400, height=300)
        assert (
            page.insert_textbox(pymupdf.Rect(20, 20, 380, 200), paragraph(f"p{n}w", words), fontsize=9) >= 0
        )  # it fits
        if with_image:
            page.insert_image(
                pymupdf.Rect(20, 210, 100, 290), stream=picture(("red", "blue", "green")[n % 3], (90 + n, 90))
            )
    doc.save(path)
    return path


def encrypted_pdf(path: Path, user_pw: str) -> Path:
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "locked text here")
    doc.save(path, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw=user_pw, owner_pw="owner")
    return path


def is_whitish(pixel: tuple[int, int, int]) -> bool:
    return min(pixel) > 240


# -- chunk_text ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, size, overlap, expected",
    [
        ("", 10, 2, []),
        ("   \n\t ", 10, 2, []),
        ("short text", 100, 10, ["short text"]),
        ("one\n\ntwo   three", 100, 10, ["one two three"]),  # whitespace normalised
        ("abcde fghij", 11, 3, ["abcde fghij"]),  # exactly size: one chunk
        ("abcde fghij", 10, 0, ["abcde", "fghij"]),  # one over: cut at the space
        ("a b c d e f", 5, 0, ["a b c", "d e f"]),  # no overlap asked, none given
        ("a b c d e f g h i j", 5, 2, ["a b c", "c d e", "e f g", "g h i", "i j"]),  # one shared word
        ("abcdefghij kl", 4, 1, ["abcd", "efgh", "ij", "kl"]),  # a word longer than size is hard-cut
        ("x " + "y" * 9 + " z", 3, 1, ["x", "yyy", "yyy", "yyy", "z"]),
    ],
)
def test_chunk_text_table(text, size, overlap, expected):
    assert chunk_text(text, size, overlap) == expected


def shared_words(a: str, b: str) -> int:
    """How many trailing words of ``a`` start ``b`` (the overlap, in words)."""
    wa, wb = a.split(), b.split()
    return max((k for k in range(1, min(len(wa), len(wb)) + 1) if wa[-k:] == wb[:k]), default=0)


@pytest.mark.parametrize("size, overlap", [(200, 40), (800, 150), (120, 0), (60, 59)])
def test_chunk_text_long_text_bounded_overlapping_and_complete(size, overlap):
    words = [f"w{n}" + "x" * (n % 7) for n in range(2000)]  # words of varied length
    chunks = chunk_text("\n".join(words), size, overlap)
    assert len(chunks) > 1
    assert all(0 < len(c) <= size for c in chunks)
    rebuilt = chunks[0].split()
    for a, b in zip(chunks, chunks[1:]):
        k = shared_words(a, b)
        shared = " ".join(b.split()[:k])
        if overlap:
            assert k >= 1 and len(shared) <= overlap  # consecutive chunks share whole words, within the budget
            at_least_one_new_word = k == len(a.split()) - 1
            assert (
                len(shared) > overlap - 12 or at_least_one_new_word
            )  # about as many as asked (12: longest word + space)
        else:
            assert k == 0
        rebuilt += b.split()[k:]
    assert rebuilt == words  # every word, in order, once the overlaps are removed


def test_chunk_text_refuses_a_size_below_one():
    with pytest.raises(ValueError):
        chunk_text("some words", 0)


# -- a real document ----------------------------------------------------------------------


@pytest.fixture
def three_pages(tmp_path) -> tuple[Path, dict]:
    """3 pages of text; a red image on pages 1 and 2 (one xref), a green one on page 3, a 16x16 icon on page 1."""
    path = tmp_path / "doc.pdf"
    red, green, icon = picture("red", (120, 120)), picture("green", (100, 80)), picture("blue", (16, 16))
    doc = pymupdf.open()
    for n in range(3):
        page = doc.new_page(width=400, height=300)
        assert page.insert_textbox(pymupdf.Rect(20, 20, 380, 130), paragraph(f"page{n + 1}word", 40), fontsize=8) >= 0
    red_xref = doc[0].insert_image(pymupdf.Rect(20, 140, 140, 260), stream=red)
    assert doc[1].insert_image(pymupdf.Rect(20, 140, 140, 260), stream=red) == red_xref  # the same xref on two pages
    icon_xref = doc[0].insert_image(pymupdf.Rect(200, 140, 216, 156), stream=icon)
    green_xref = doc[2].insert_image(pymupdf.Rect(20, 140, 120, 220), stream=green)
    doc.save(path)
    return path, {"red": red_xref, "green": green_xref, "icon": icon_xref}


def test_pages_carry_their_text(three_pages):
    path, _ = three_pages
    pages = list(read_pdf(path, chunk_size=200, chunk_overlap=30))
    assert [p.page for p in pages] == [1, 2, 3] and page_count(path) == 3
    for p in pages:
        assert len(p.text_chunks) > 1 and all(len(c) <= 200 for c in p.text_chunks)
        words = set(" ".join(p.text_chunks).split())
        assert set(paragraph(f"page{p.page}word", 40).split()) <= words
        assert all(w.startswith(f"page{p.page}word") for w in words)  # nothing from another page


def test_images_once_each_icons_skipped(three_pages):
    path, xrefs = three_pages
    pages = list(read_pdf(path))
    found = [(i.page, i.index, i.xref) for p in pages for i in p.images]
    assert found == [(1, 0, xrefs["red"]), (3, 0, xrefs["green"])]  # red once (page 1), icon left out
    red, green = pages[0].images[0], pages[2].images[0]
    assert (red.image.mode, red.image.size) == ("RGB", (120, 120))
    assert (green.image.mode, green.image.size) == ("RGB", (100, 80))
    assert red.image.getpixel((60, 60)) == (255, 0, 0) and green.image.getpixel((50, 40))[1] > 100
    assert is_whitish(red.image.getpixel((2, 2)))
    assert re.fullmatch("[0-9a-f]{64}", red.sha256) and red.sha256 != green.sha256
    again = [i.sha256 for p in read_pdf(path) for i in p.images]
    assert again == [red.sha256, green.sha256]  # a stable content hash


def test_icon_threshold_is_a_parameter(three_pages):
    path, xrefs = three_pages
    first = next(iter(read_pdf(path, min_image_side=8)))
    assert [i.xref for i in first.images] == [xrefs["red"], xrefs["icon"]] and [i.index for i in first.images] == [0, 1]


@pytest.mark.parametrize("dpi, size", [(72, (400, 300)), (144, (800, 600)), (36, (200, 150))])
def test_renders_are_rgb_and_follow_dpi(three_pages, dpi, size):
    path, _ = three_pages
    renders = [p.render for p in read_pdf(path, dpi=dpi)]
    assert [(r.mode, r.size) for r in renders] == [("RGB", size)] * 3
    assert renders[0].getpixel((80 * dpi // 72, 200 * dpi // 72)) == (255, 0, 0)  # the red image is drawn


def test_huge_page_render_is_capped(tmp_path):
    path = tmp_path / "poster.pdf"
    doc = pymupdf.open()
    doc.new_page(width=5000, height=3000)
    doc.save(path)
    (page,) = read_pdf(path, dpi=300, max_render_side=1000)
    assert page.render.size == (1000, 600)


@pytest.mark.parametrize(
    "mode, fmt, centre",
    [
        ("RGBA", "PNG", (255, 0, 0)),  # alpha: the transparent margin must come out white, not black
        ("L", "PNG", None),  # grey
        ("CMYK", "JPEG", None),
        ("P", "PNG", (255, 0, 0)),
    ],
)
def test_embedded_images_of_any_mode_come_out_rgb(tmp_path, mode, fmt, centre):
    img = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    img.paste((255, 0, 0, 255), (16, 16, 48, 48))
    if mode != "RGBA":
        img = Image.alpha_composite(Image.new("RGBA", img.size, "white"), img).convert(mode)
    buf = io.BytesIO()
    img.save(buf, format=fmt)
    doc = pymupdf.open()
    doc.new_page().insert_image(pymupdf.Rect(0, 0, 64, 64), stream=buf.getvalue())
    doc.save(tmp_path / "modes.pdf")
    (page,) = read_pdf(tmp_path / "modes.pdf")
    (image,) = [i.image for i in page.images]
    assert image.mode == "RGB" and image.size == (64, 64)
    assert is_whitish(image.getpixel((2, 2)))
    r, g, b = image.getpixel((32, 32))
    if centre:
        assert (r, g, b) == centre
    elif mode == "L":
        assert r == g == b < 150  # red as grey
    else:
        assert r > 180 and g < 80 and b < 80  # CMYK red stays red


def test_huge_embedded_images_are_downscaled(tmp_path):
    doc = pymupdf.open()
    doc.new_page().insert_image(pymupdf.Rect(0, 0, 500, 50), stream=picture("red", (3000, 300)))
    doc.save(tmp_path / "wide.pdf")
    (page,) = read_pdf(tmp_path / "wide.pdf")
    assert [i.image.size for i in page.images] == [(2048, 205)]  # like image files: longest side 2048


def test_vector_only_page(tmp_path):
    path = tmp_path / "vector.pdf"
    doc = pymupdf.open()
    doc.new_page(width=400, height=400).draw_circle(pymupdf.Point(200, 200), 80, color=None, fill=(1, 0, 0))
    doc.save(path)
    (page,) = read_pdf(path)
    assert page.text_chunks == [] and page.images == []
    assert page.render.getpixel((200, 200)) == (255, 0, 0) and page.render.getpixel((10, 10)) == (255, 255, 255)


def damaged_image_pdf(path: Path) -> tuple[Path, int]:
    """A page with text, a good image and a JPEG stream of garbage (MuPDF would decode it to black); returns the good
    xref."""
    doc = pymupdf.open()
    page = doc.new_page(width=200, height=200)
    page.insert_text((20, 20), "still readable")
    good = page.insert_image(pymupdf.Rect(100, 100, 180, 180), stream=picture("red", (80, 80)))
    xref = page.insert_image(pymupdf.Rect(0, 100, 80, 180), stream=picture("blue", (80, 80), fmt="JPEG"))
    doc.update_stream(xref, b"not a jpeg at all " * 20, compress=False)
    doc.xref_set_key(xref, "Filter", "/DCTDecode")
    doc.save(path)
    return path, good


def test_a_damaged_image_is_skipped_not_the_page(tmp_path):
    path, good = damaged_image_pdf(tmp_path / "damaged.pdf")
    (read,) = read_pdf(path)
    assert [i.xref for i in read.images] == [good] and "still readable" in read.text_chunks[0]


def test_mupdf_messages_are_silenced(tmp_path, monkeypatch):
    """MuPDF's "MuPDF error: ..." lines go to PyMuPDF's message stream (stdout by default, which --json owns)."""
    monkeypatch.setattr(pymupdf, "_g_out_message", pymupdf._g_out_message)  # restored after the test
    messages = io.StringIO()
    pymupdf.set_messages(stream=messages)
    list(read_pdf(damaged_image_pdf(tmp_path / "damaged.pdf")[0]))
    with pytest.raises(PdfReadError):
        list(read_pdf(truncated(tmp_path)))
    assert messages.getvalue() == ""


# -- failures ------------------------------------------------------------------------------


def truncated(tmp_path: Path) -> Path:
    full = text_pdf(tmp_path / "full.pdf", pages=4, words=100, with_image=True)
    data = full.read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[: len(data) // 2])
    return cut


def written(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


BROKEN = {
    "zero-byte": (lambda d: written(d / "zero.pdf", b""), "empty file (0 bytes)"),
    "random bytes": (lambda d: written(d / "random.pdf", os.urandom(4096)), "not a PDF ("),
    "text named .pdf": (lambda d: written(d / "note.pdf", b"hello, not a pdf"), "not a PDF ("),
    "truncated": (truncated, "corrupt or truncated PDF ("),
    "encrypted": (lambda d: encrypted_pdf(d / "locked.pdf", "secret"), "encrypted (password required)"),
    "missing": (lambda d: d / "missing.pdf", "no such file"),
    "directory": (lambda d: d, "is a directory"),
    "not a regular file": (lambda d: Path(os.devnull), "not a regular file"),
}


@pytest.mark.parametrize("case", BROKEN)
@pytest.mark.parametrize("reader", [lambda p: list(read_pdf(p)), page_count], ids=["read_pdf", "page_count"])
def test_failures_have_reasons(tmp_path, case, reader):
    make, reason = BROKEN[case]
    path = make(tmp_path)
    with pytest.raises(PdfReadError) as caught:
        reader(path)
    assert caught.value.reason.startswith(reason) and caught.value.path == str(path)


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file(tmp_path):
    path = text_pdf(tmp_path / "private.pdf", pages=1)
    path.chmod(0)
    with pytest.raises(PdfReadError, match="permission denied"):
        list(read_pdf(path))


def test_empty_user_password_opens(tmp_path):
    path = encrypted_pdf(tmp_path / "owner_only.pdf", "")
    with pymupdf.open(path) as doc:
        assert "AES" in doc.metadata["encryption"]  # really encrypted, with an empty user password
    (page,) = read_pdf(path)
    assert page_count(path) == 1 and "locked text here" in page.text_chunks[0]


def test_a_failure_mid_way_is_a_pdf_read_error(tmp_path, monkeypatch):
    """Whatever MuPDF raises while reading page 2 comes out as PdfReadError, after page 1 was yielded."""
    path = text_pdf(tmp_path / "three.pdf", pages=3)
    real_get_text = pymupdf.Page.get_text

    def failing_get_text(page, *args, **kwargs):
        if page.number == 1:
            raise RuntimeError("code=2: cannot parse content stream")
        return real_get_text(page, *args, **kwargs)

    monkeypatch.setattr(pymupdf.Page, "get_text", failing_get_text)
    pages = read_pdf(path)
    assert next(pages).page == 1
    with pytest.raises(PdfReadError) as caught:
        next(pages)
    assert caught.value.reason == "corrupt or truncated PDF (page 2: code=2: cannot parse content stream)"


# -- laziness ------------------------------------------------------------------------------


@pytest.fixture
def opened_docs(monkeypatch) -> list:
    """Every document read_pdf opens, to check it gets closed."""
    docs: list = []
    real_open = pymupdf.open

    def recording_open(*args, **kwargs):
        doc = real_open(*args, **kwargs)
        if args:  # a file, not a new empty document made by a test helper
            docs.append(doc)
        return doc

    monkeypatch.setattr(pymupdf, "open", recording_open)
    return docs


def test_reading_only_the_first_page_of_many(tmp_path, opened_docs, monkeypatch):
    path = text_pdf(tmp_path / "long.pdf", pages=50)
    loaded: list[int] = []
    real_load = pymupdf.Document.load_page
    monkeypatch.setattr(pymupdf.Document, "load_page", lambda doc, n: loaded.append(n) or real_load(doc, n))
    pages = read_pdf(path)
    first = next(pages)
    assert first.page == 1 and "p0w0" in first.text_chunks[0]
    assert loaded == [0]  # one page read, not fifty
    (doc,) = opened_docs
    assert not doc.is_closed
    pages.close()  # the caller stops early: the document is closed, without error
    assert doc.is_closed


def test_document_closed_when_exhausted_or_failing(tmp_path, opened_docs):
    list(read_pdf(text_pdf(tmp_path / "two.pdf", pages=2)))
    with pytest.raises(PdfReadError):
        list(read_pdf(encrypted_pdf(tmp_path / "locked.pdf", "secret")))
    assert len(opened_docs) == 2 and all(doc.is_closed for doc in opened_docs)


def test_an_embedded_image_too_large_to_decode_safely_is_skipped_before_decoding(tmp_path, caplog):
    """A bomb inside a PDF (a 72 MP uniform image compresses to almost nothing) is refused from the image's dictionary:
    MuPDF would decode it at full size. The page (rendered at a bounded size) and the page's other images remain."""
    big, small = io.BytesIO(), io.BytesIO()
    Image.new("L", (9000, 8000), 128).save(big, format="PNG")
    Image.new("RGB", (120, 120), (255, 0, 0)).save(small, format="PNG")
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_image(pymupdf.Rect(0, 0, 300, 260), stream=big.getvalue())
    page.insert_image(pymupdf.Rect(300, 300, 420, 420), stream=small.getvalue())
    path = tmp_path / "bomb.pdf"
    doc.save(path, deflate=True)
    doc.close()
    assert path.stat().st_size < 2_000_000
    with caplog.at_level("INFO", logger="mmrag"):
        (only,) = list(read_pdf(path))
    assert [image.image.size for image in only.images] == [(120, 120)]
    assert max(only.render.size) <= 2048
    assert any(
        "too large to decode safely" in record.getMessage() and "72 MP" in record.getMessage()
        for record in caplog.records
    )
