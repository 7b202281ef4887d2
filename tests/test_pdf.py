"""PDF reading: text chunks with pages, embedded images once each, renders, and every failure as a reason."""

import io

import pymupdf
import pytest
from corpus_fixtures import shape_png, write_pdf
from PIL import Image

from mmrag.errors import PdfReadError
from mmrag.ingest.pdf import chunk_text, page_count, read_pdf

WORDS = " ".join(f"word{n}" for n in range(300))


@pytest.mark.parametrize(
    "text, size, overlap, expected",
    [
        ("", 10, 2, []),
        ("   \n\t ", 10, 2, []),
        ("short text", 100, 10, ["short text"]),
        ("a b c d e f g h i j", 5, 2, ["a b c", "c d e", "e f g", "g h i", "i j"]),
        ("a b c d e f", 5, 0, ["a b c", "d e f"]),
        ("abcdefghij kl", 4, 1, ["abcd", "efgh", "ij", "kl"]),  # a word longer than size is hard-cut
        ("one\n\ntwo   three", 100, 10, ["one two three"]),
    ],
)
def test_chunk_text_table(text, size, overlap, expected):
    assert chunk_text(text, size, overlap) == expected


def test_chunk_text_long_covers_all_words_in_order_with_overlap():
    chunks = chunk_text(WORDS, size=200, overlap=40)
    assert all(len(c) <= 200 for c in chunks)
    for a, b in zip(chunks, chunks[1:]):
        assert a.split()[-1] in b.split()[:8]  # consecutive chunks share words
    seen = []
    for c in chunks:
        for w in c.split():
            if not seen or int(w[4:]) > int(seen[-1][4:]):
                seen.append(w)
    assert seen == WORDS.split()


def test_pages_text_images_and_renders(tmp_path):
    path = tmp_path / "doc.pdf"
    doc = pymupdf.open()
    big = shape_png("red", "star", size=120)
    icon = shape_png("blue", "circle", size=16)
    other = shape_png("green", "square", size=100)
    for n in range(3):
        page = doc.new_page(width=400, height=300)
        page.insert_text((40, 40), f"Page {n + 1} says hello about shapes.")
        if n < 2:
            page.insert_image(pymupdf.Rect(40, 60, 160, 180), stream=big)  # same image on pages 1 and 2
            page.insert_image(pymupdf.Rect(200, 60, 216, 76), stream=icon)
    doc[2].insert_image(pymupdf.Rect(40, 60, 140, 160), stream=other)
    doc.save(path)

    pages = list(read_pdf(path, dpi=144))
    assert [p.page for p in pages] == [1, 2, 3] and page_count(path) == 3
    assert "Page 2 says hello" in pages[1].text_chunks[0]
    assert [len(p.images) for p in pages] == [1, 0, 1]  # shared xref once, icon skipped
    assert pages[0].images[0].image.mode == "RGB" and pages[0].images[0].image.size == (120, 120)
    assert all(p.render.mode == "RGB" and p.render.size == (800, 600) for p in pages)
    again = list(read_pdf(path, dpi=144))
    assert [i.sha256 for p in again for i in p.images] == [i.sha256 for p in pages for i in p.images]


def test_vector_only_page(tmp_path):
    path = tmp_path / "vector.pdf"
    doc = pymupdf.open()
    doc.new_page().draw_circle(pymupdf.Point(200, 200), 80, color=None, fill=(1, 0, 0))
    doc.save(path)
    (page,) = list(read_pdf(path))
    assert page.text_chunks == [] and page.images == []
    assert page.render.getextrema()[1][0] < 100  # green channel dips inside the red disc: not blank


def test_huge_page_render_is_capped(tmp_path):
    path = tmp_path / "poster.pdf"
    doc = pymupdf.open()
    doc.new_page(width=5000, height=3000)
    doc.save(path)
    (page,) = list(read_pdf(path, dpi=300, max_render_side=1000))
    assert max(page.render.size) <= 1000


def truncated_pdf(tmp_path):
    full = write_pdf(tmp_path / "full.pdf", [("text " * 50, [("red", "star"), ("blue", "circle")])] * 4)
    data = full.read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[: len(data) // 2])
    return cut


def encrypted(tmp_path, user_pw):
    path = tmp_path / f"enc_{bool(user_pw)}.pdf"
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "locked text")
    doc.save(path, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw=user_pw, owner_pw="owner")
    return path


def test_failures_have_reasons(tmp_path):
    (tmp_path / "zero.pdf").write_bytes(b"")
    (tmp_path / "random.pdf").write_bytes(bytes(range(256)) * 4)
    cases = {
        tmp_path / "zero.pdf": "empty file",
        tmp_path / "random.pdf": "not a PDF",
        truncated_pdf(tmp_path): "corrupt or truncated",
        encrypted(tmp_path, "secret"): "encrypted",
        tmp_path / "missing.pdf": "no such file",
        tmp_path: "is a directory",
    }
    for path, reason in cases.items():
        with pytest.raises(PdfReadError, match=reason):
            list(read_pdf(path))


def test_empty_user_password_opens(tmp_path):
    (page,) = list(read_pdf(encrypted(tmp_path, "")))
    assert "locked text" in page.text_chunks[0]


def test_lazy_reading_stops_early(tmp_path):
    path = write_pdf(tmp_path / "long.pdf", [(f"page {n}", []) for n in range(50)])
    pages = read_pdf(path)
    first = next(pages)
    assert first.page == 1
    pages.close()  # closes the document without error
