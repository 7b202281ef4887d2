"""Models before files: a CLIP that cannot load stops ingest at once (one line, exit 1), and the index stays unbound."""

import sqlite3

import pytest
from PIL import Image
from skimage import data


def meta(index):
    db = sqlite3.connect(index / "catalog.sqlite")
    try:
        return dict(db.execute("SELECT key, value FROM meta"))
    finally:
        db.close()


@pytest.mark.timeout(900)  # several CLI runs in subprocesses
def test_unavailable_clip_stops_before_any_file_and_leaves_the_index_unbound(cli, tmp_path):
    photos = tmp_path / "photos"
    photos.mkdir()
    Image.fromarray(data.astronaut()).save(photos / "astronaut.jpg")
    Image.fromarray(data.coffee()).save(photos / "coffee.jpg")
    index = tmp_path / "index"
    code, out, err = cli(
        "ingest",
        str(photos),
        "--clip",
        "ViT-B-32:laion2b_s34b_b79k",
        "--no-describe",
        "--json",
        env={"HF_HUB_OFFLINE": "1"},
    )
    assert code == 1 and out == ""
    lines = [line for line in err.splitlines() if line.startswith("mmrag: error")]
    assert len(lines) == 1 and "not cached" in lines[0] and "--clip tiny" in lines[0]
    assert "Traceback" not in err
    assert "clip" not in meta(index)  # not bound to a model it never loaded
    assert not (index / "thumbs").exists()  # no file was read

    code, out, err = cli("ingest", str(photos), "--clip", "tiny", "--no-describe", "--json")
    assert code == 0 and out["added"] == 2, err
    assert meta(index)["clip"] == "tiny"


@pytest.mark.timeout(900)  # several CLI runs in subprocesses
def test_bad_clip_spec_is_a_usage_error(cli, tmp_path):
    (tmp_path / "photos").mkdir()
    Image.fromarray(data.coffee()).save(tmp_path / "photos" / "coffee.jpg")
    code, _, err = cli("ingest", str(tmp_path / "photos"), "--clip", "NoSuchArch:foo", "--no-describe", "--json")
    assert code == 2 and "unknown open_clip architecture" in err
    assert not (tmp_path / "index" / "thumbs").exists()


@pytest.mark.timeout(900)  # several CLI runs in subprocesses
def test_ollama_down_does_not_stop_ingest_and_warns_first(cli, tmp_path):
    (tmp_path / "photos").mkdir()
    Image.fromarray(data.coffee()).save(tmp_path / "photos" / "coffee.jpg")
    code, out, err = cli(
        "ingest", str(tmp_path / "photos"), "--clip", "tiny", "--json", env={"OLLAMA_HOST": "http://127.0.0.1:9"}
    )
    assert code == 0 and out["added"] == 1 and out["pending_descriptions"] == 1, err
    assert "Ollama is not reachable" in err
