"""`mmrag duplicates` and `search -f/--paths` through the CLI, on scikit-image's bundled photos (not made here)."""

import shutil
from pathlib import Path

import numpy as np
import pytest
from conftest import _inprocess_cli

from mmrag.duplicates import UnionFind, geometric_threshold, perturbations

skimage_data = pytest.importorskip("skimage.data")


def mmrag(index: Path, *args: str, cwd: Path):
    """``mmrag ARGS`` with MMRAG_INDEX=index in cwd, in this process (models stay loaded across calls)."""
    return _inprocess_cli(cwd)(*args, env={"MMRAG_INDEX": str(index)})


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    """Four unrelated photos, a byte copy of one, and a resized JPEG re-encode of another, indexed with the tiny
    CLIP."""
    from PIL import Image

    root = tmp_path_factory.mktemp("dups")
    photos = root / "photos"
    (photos / "copies").mkdir(parents=True)
    for name in ("astronaut", "coffee", "rocket", "chelsea"):
        Image.fromarray(np.asarray(getattr(skimage_data, name)())).convert("RGB").save(photos / f"{name}.png")
    shutil.copy(photos / "astronaut.png", photos / "copies" / "astronaut copy.png")
    coffee = Image.open(photos / "coffee.png")
    coffee.resize((coffee.width * 3 // 4, coffee.height * 3 // 4), Image.Resampling.LANCZOS).save(
        photos / "copies" / "coffee-small.jpg", quality=85
    )
    index = root / "index"
    code, report, err = mmrag(
        index, "ingest", str(photos), "--clip", "tiny", "--no-describe", "--no-ocr", "--json", cwd=root
    )
    assert code == 0, err
    assert report["added"] == 6
    return root, photos, index


def test_duplicates_finds_the_copy_and_the_reencode_and_joins_nothing_else(library):
    root, photos, index = library
    code, out, err = mmrag(index, "duplicates", "--json", cwd=root)
    assert code == 0, err
    groups = {(g["kind"], tuple(sorted(Path(i["path"]).name for i in g["items"]))): g for g in out["groups"]}
    assert set(groups) == {
        ("exact", ("astronaut copy.png", "astronaut.png")),
        ("near", ("coffee-small.jpg", "coffee.png")),
    }
    exact = groups[("exact", ("astronaut copy.png", "astronaut.png"))]
    near = groups[("near", ("coffee-small.jpg", "coffee.png"))]
    assert exact["similarity"] == 1.0
    assert out["threshold_source"] == "probe"
    assert out["threshold"] <= near["similarity"] < 1.0
    for item in exact["items"] + near["items"]:
        assert set(item) == {"id", "path", "page"} and Path(item["path"]).is_absolute() and item["page"] is None


def test_a_low_given_threshold_joins_more_and_text_output_lists_groups(library):
    root, photos, index = library
    code, out, err = mmrag(index, "duplicates", "--threshold", "0.01", "--json", cwd=root)
    assert code == 0, err
    near = [g for g in out["groups"] if g["kind"] == "near"]
    assert len(near) == 1 and len(near[0]["items"]) == 6  # everything is "similar" at cosine 0.01
    assert out["threshold_source"] == "given"
    code, text, err = mmrag(index, "duplicates", "--threshold", "0.01", cwd=root)
    assert code == 0 and "near (" in text and str(photos / "rocket.png") in text


@pytest.mark.parametrize("bad", ["1.5", "0", "-0.2", "nan", "abc"])
def test_bad_threshold_is_a_usage_error(library, bad):
    root, _, index = library
    code, out, err = mmrag(index, "duplicates", "--threshold", bad, cwd=root)
    assert code == 2
    assert err.count("\n") == 1 and "threshold" in err


def test_duplicates_without_an_index_says_how_to_make_one(tmp_path):
    code, _, err = mmrag(tmp_path / "none", "duplicates", cwd=tmp_path)
    assert code == 2 and "mmrag ingest" in err


def test_search_paths_prints_each_source_once_in_rank_order(library):
    root, photos, index = library
    code, full, err = mmrag(index, "search", "a cup of coffee", "-k", "6", "--min-score", "0", "--json", cwd=root)
    assert code == 0, err
    code, text, err = mmrag(index, "search", "a cup of coffee", "-k", "6", "--min-score", "0", "-f", cwd=root)
    assert code == 0, err
    lines = text.splitlines()
    assert lines == list(dict.fromkeys(r["path"] for r in full["results"]))
    assert len(lines) == len(set(lines)) >= 2 and all(Path(line).is_file() for line in lines)
    assert lines[0].endswith("coffee.png") or lines[0].endswith("coffee-small.jpg")
    code, long_text, _ = mmrag(index, "search", "a cup of coffee", "-k", "6", "--min-score", "0", "--paths", cwd=root)
    assert long_text == text


# -- pure parts ----------------------------------------------------------------


@pytest.mark.parametrize(
    "d_probe, d_null, expected",
    [
        (1e-5, 1e-1, 1 - 1e-3),  # tiny-CLIP-like: a re-encode barely moves, unrelated photos sit close
        (0.02, 0.5, 0.9),  # ViT-B-32-like
        (0.1, 0.1, 0.9),  # no gap: only re-encode-close pairs
        (0.2, 0.1, 0.8),
        (0.0, 0.0, 1 - 1e-7),  # floored
    ],
)
def test_geometric_threshold(d_probe, d_null, expected):
    assert geometric_threshold(d_probe, d_null) == pytest.approx(expected)


def test_union_find_joins_transitively():
    uf = UnionFind()
    for a, b in [("a", "b"), ("c", "d"), ("b", "c"), ("x", "y")]:
        uf.union(a, b)
    assert len({uf.find(x) for x in "abcd"}) == 1
    assert uf.find("x") == uf.find("y") != uf.find("a")
    assert uf.find("lonely") == "lonely"


def test_perturbations_are_a_reencode_a_resize_and_a_crop():
    from PIL import Image

    image = Image.fromarray(np.asarray(skimage_data.coffee()))
    reencoded, resized, cropped = perturbations(image)
    assert reencoded.size == image.size and reencoded.tobytes() != image.tobytes()
    assert resized.size == (image.width // 2, image.height // 2)
    assert cropped.size == (image.width - 2 * (image.width // 20), image.height - 2 * (image.height // 20))
