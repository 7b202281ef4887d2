"""Query arithmetic (issue #24 item 3): --not lowers what matches a negative text; a text with --image combines both."""

from pathlib import Path

import pytest
from corpus_fixtures import write_images, write_pdf

COMBOS = [
    ("red", "circle"),
    ("red", "square"),
    ("red", "triangle"),
    ("blue", "circle"),
    ("green", "circle"),
    ("blue", "square"),
]


@pytest.fixture
def indexed(cli, tmp_path):
    photos = tmp_path / "photos"
    write_images(photos, COMBOS * 2, seed=3)
    write_pdf(photos / "notes.pdf", [("Notes about red circles and red squares in the garden.", [])])
    code, report, err = cli("ingest", str(photos), "--clip", "tiny", "--no-describe", "--no-ocr", "--json")
    assert code == 0 and report["added"] == 13, err
    return photos


def _shape_of(path: str) -> tuple[str, str]:
    n = int(Path(path).stem.split("_")[1])
    return (COMBOS * 2)[n]


def _clip_ranked(cli, *args) -> list[tuple[str, str]]:
    code, out, err = cli("search", *args, "--kind", "image", "-k", "12", "--min-score", "0", "--json")
    assert code == 0, err
    ranked = sorted((r for r in out["results"] if "clip" in r["channels"]), key=lambda r: r["channels"]["clip"]["rank"])
    return [_shape_of(r["path"]) for r in ranked]


def test_not_lowers_what_matches_the_negative_text(cli, indexed):
    plain = _clip_ranked(cli, "a red circle")
    minus = _clip_ranked(cli, "a red circle", "--not", "a circle")
    top = 4
    assert sum(shape == "circle" for _, shape in minus[:top]) < sum(shape == "circle" for _, shape in plain[:top])
    assert all(colour == "red" for colour, _ in minus[:2])  # what is left of the query still counts: red first


def test_not_drops_bm25_hits_holding_the_negative_words(cli, indexed):
    code, out, err = cli("search", "garden notes", "--json")
    assert code == 0, err
    assert any(
        "bm25" in r["channels"] and r["kind"] == "text" for r in out["results"]
    )  # the page's text holds both words
    code, out, err = cli("search", "garden notes", "--not", "squares", "--json")
    assert code == 0, err
    assert not any("bm25" in r["channels"] and r["kind"] == "text" for r in out["results"])  # it holds "squares" too
    assert any("bm25" in r["channels"] for r in out["results"])  # the page item, found by its file name "notes", stays


def test_text_with_an_example_image_combines_both(cli, indexed, tmp_path):
    example = indexed / "photo_001.png"  # a red square
    alone = _clip_ranked(cli, "--image", str(example))
    with_text = _clip_ranked(cli, "a blue square", "--image", str(example))
    assert alone[0] == ("red", "square")
    blues = lambda ranked: sum(colour == "blue" for colour, _ in ranked[:3])  # noqa: E731
    assert blues(with_text) > blues(alone)


def test_an_empty_not_is_refused(cli, indexed):
    code, _, err = cli("search", "red", "--not", " ")
    assert code == 2 and "--not needs a text" in err
    code, _, err = cli("ask", "what is red?", "--not", "")
    assert code == 2 and "--not needs a text" in err
