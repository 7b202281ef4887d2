"""BM25 over the catalog: descriptions, PDF text and file-name words."""

import numpy as np
import pytest
from corpus_fixtures import write_images, write_pdf

from mmrag.backends.fake import FakeClip, FakeTextEmbedder, FakeVLM
from mmrag.config import Settings
from mmrag.engine import Engine
from mmrag.lexical import name_words, top_k


@pytest.mark.parametrize(
    "path, words",
    [
        ("/pics/Red_Star-01.png", "pics Red Star 01"),
        ("/a/b/holiday photo.JPG", "b holiday photo"),
        ("/x/café.png", "x café"),
    ],
)
def test_name_words(path, words):
    assert name_words(path) == words


@pytest.mark.parametrize(
    "scores, k, expected",
    [
        ([0.0, 3.0, 1.0, 2.0], 2, [(1, 3.0), (3, 2.0)]),
        ([0.0, 3.0, 1.0, 2.0], 10, [(1, 3.0), (3, 2.0), (2, 1.0)]),  # k past the end; zero scores dropped
        ([2.0, 1.0, 2.0, 2.0], 2, [(0, 2.0), (2, 2.0)]),  # ties by index
        ([0.0, 0.0], 2, []),
        ([], 3, []),
        ([1.0, 2.0], 0, []),
    ],
)
def test_top_k(scores, k, expected):
    assert top_k(np.array(scores, dtype=np.float32), k) == expected


def test_bm25_finds_descriptions_text_and_names(tmp_path):
    write_images(tmp_path / "c" / "beach", [("red", "star")])
    write_pdf(tmp_path / "c" / "report.pdf", [("Quarterly figures for the zeppelin hangar.", [])])
    vlm = FakeVLM(lambda req: "A lighthouse on a rocky shore at dusk.")
    engine = Engine(
        Settings.from_env(index=tmp_path / "index", clip="tiny"), clip=FakeClip(), text=FakeTextEmbedder(), vlm=vlm
    )
    engine.ingest([tmp_path / "c"], progress=False)
    lexical = engine.lexical()
    items = engine.catalog.items(i for i, _ in lexical.search("zeppelin"))
    assert {i.kind for i in items.values()} == {"text"}
    hits = lexical.search("lighthouse")
    assert hits and all(engine.catalog.items([i])[i].kind in ("image", "pdf_page") for i, _ in hits)
    assert lexical.search("beach")  # folder name words
    assert lexical.search("nonexistentword") == []
    assert lexical.search("the of and") == []  # stop words only
    engine.close()


def test_a_corpus_without_a_word_is_indexed_and_searched(tmp_path, cli):
    """`in/a.jpg`: the name words 'in a' are stop words and a photo has no text, so BM25 has no vocabulary."""
    from real_photos import photo

    (tmp_path / "in").mkdir()
    photo("astronaut").save(tmp_path / "in" / "a.jpg", quality=90)
    code, report, err = cli("ingest", "in", "--clip", "tiny", "--no-describe", "--no-ocr", "--json")
    assert code == 0, err
    assert report["added"] == 1 and report["items"] == 1 and report["failed"] == []
    photo_path = str(tmp_path / "in" / "a.jpg")
    for query in (
        ["an astronaut", "--min-score", "0"],
        ["astronaut", "--image", "in/a.jpg"],
    ):  # the BM25 channel runs, finds nothing
        code, found, err = cli("search", *query, "--json")
        assert code == 0, err
        assert [(r["path"], sorted(r["channels"])) for r in found["results"]] == [(photo_path, ["clip"])], query
    code, status, err = cli("status", "--json")
    assert code == 0 and status["items"]["image"] == 1, err


def test_word_less_documents_beside_worded_ones(tmp_path):
    """Some documents empty, some not: the worded ones are found with finite scores, the empty ones never."""
    from mmrag.lexical import LexicalIndex, build

    def catalog(rows):  # the two reads build() makes of the catalog
        return type("Catalog", (), {"sources": lambda self: [], "words_of_items": lambda self: rows})()

    assert (
        build(
            catalog([("i1", b"", "", "", ""), ("i2", b"", "zeppelin hangar", "", ""), ("i3", b"", "the of", "", "")]),
            tmp_path / "bm25",
        )
        == 3
    )
    hits = LexicalIndex.load(tmp_path / "bm25").search("zeppelin")
    assert [i for i, _ in hits] == ["i2"] and all(np.isfinite(s) and s > 0 for _, s in hits)
    assert (
        build(catalog([("i1", b"", "", "", ""), ("i3", b"", "the of", "", "")]), tmp_path / "bm25") == 2
    )  # bm25s alone raises here
    assert LexicalIndex.load(tmp_path / "bm25").search("zeppelin") == []
