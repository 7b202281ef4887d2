"""`ingest --prune` and `mmrag remove`: sources ingested by their own path and deleted since, or dropped on purpose."""

import sqlite3

import pytest
from corpus_fixtures import write_pdf
from PIL import Image
from skimage import data
from test_resume import vector_ids


def sources(index):
    db = sqlite3.connect(index / "catalog.sqlite")
    try:
        return {r[0].decode() for r in db.execute("SELECT path FROM sources")}
    finally:
        db.close()


def thumbnails(index):
    return {p.stem for p in (index / "thumbs").glob("*/*.jpg")}


def content_hashes(index):
    db = sqlite3.connect(index / "catalog.sqlite")
    try:
        return {r[0] for r in db.execute("SELECT content_hash FROM items WHERE kind != 'text'")}
    finally:
        db.close()


@pytest.mark.timeout(900)  # several CLI runs in subprocesses
def test_prune_and_remove(cli, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    Image.fromarray(data.astronaut()).save(a / "one.jpg")
    write_pdf(a / "doc.pdf", [("A page about the moon landing and a rocket.", [("red", "star")])])
    Image.fromarray(data.coffee()).save(b / "coffee.jpg")
    Image.fromarray(data.chelsea()).save(b / "cat.png")
    index = tmp_path / "index"
    ingest = ("--clip", "tiny", "--no-describe", "--json")
    code, out, err = cli("ingest", str(a / "one.jpg"), str(a / "doc.pdf"), str(b), *ingest)
    assert code == 0 and out["added"] == 4, err
    items_before = out["items"]

    (a / "doc.pdf").unlink()
    code, out, _ = cli("ingest", str(a / "one.jpg"), *ingest)  # not under a folder given: kept without --prune
    assert code == 0 and out["removed"] == 0 and str(a / "doc.pdf") in sources(index)
    code, out, err = cli("ingest", str(b), "--prune", *ingest)
    assert code == 0 and out["removed"] == 1 and out["unchanged"] == 2, err
    assert sources(index) == {str(a / "one.jpg"), str(b / "coffee.jpg"), str(b / "cat.png")}
    assert out["items"] < items_before
    code, found, _ = cli("search", "moon landing rocket", "--json")
    assert all(r["path"] != str(a / "doc.pdf") for r in found["results"])

    code, out, err = cli("remove", str(b), "--json")  # a folder: everything under it, on disk or not
    assert code == 0 and out["removed"] == 2 and out["items"] == 1, err
    assert set(out) >= {"index", "added", "updated", "unchanged", "removed", "failed", "pending_descriptions", "items"}
    assert sources(index) == {str(a / "one.jpg")}
    (a / "one.jpg").unlink()
    code, out, err = cli("remove", str(a / "one.jpg"))
    assert code == 0 and "1 removed" in out, err
    assert sources(index) == set() and vector_ids(index) == {"images": set(), "texts": set()}
    assert thumbnails(index) == set()  # no orphan thumbnail

    code, _, err = cli("remove", str(tmp_path / "never"), "--json")
    assert code == 2 and "nothing indexed at" in err and len(err.strip().splitlines()) == 1


@pytest.mark.timeout(900)  # several CLI runs in subprocesses
def test_a_changed_file_leaves_no_orphan_thumbnail(cli, tmp_path):
    folder = tmp_path / "photos"
    folder.mkdir()
    Image.fromarray(data.astronaut()).save(folder / "p.png")
    ingest = ("ingest", str(folder), "--clip", "tiny", "--no-describe", "--json")
    assert cli(*ingest)[0] == 0
    Image.fromarray(data.rocket()).save(folder / "p.png")
    code, out, err = cli(*ingest)
    assert code == 0 and out["updated"] == 1, err
    assert thumbnails(tmp_path / "index") == content_hashes(tmp_path / "index")
