"""--exclude and .mmragignore: gitignore-style patterns keep caches, trash and node_modules out (issue #24 item 5)."""

from pathlib import Path

import pytest
from mmrag.ingest.discover import Excluded, Found, discover
from PIL import Image
from skimage import data


def _photo(path: Path, which=data.astronaut) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray(which()).resize((128, 128)).save(path)
    return path


@pytest.fixture
def tree(tmp_path):
    root = tmp_path / "photos"
    _photo(root / "beach.jpg")
    _photo(root / "node_modules" / "pkg" / "icon.png", data.coffee)
    _photo(root / "cache" / "thumb.jpg", data.chelsea)
    _photo(root / "trip" / "draft.tmp.jpg", data.rocket)
    _photo(root / "trip" / "cache.jpg", data.coffee)  # a file named like the folder pattern: kept
    return root


@pytest.mark.parametrize(
    "patterns, ignore_file, kept, excluded",
    [
        (
            [],
            None,
            ["beach.jpg", "cache/thumb.jpg", "node_modules/pkg/icon.png", "trip/cache.jpg", "trip/draft.tmp.jpg"],
            [],
        ),
        (
            ["node_modules/"],
            None,
            ["beach.jpg", "cache/thumb.jpg", "trip/cache.jpg", "trip/draft.tmp.jpg"],
            ["node_modules"],
        ),
        (
            ["*.tmp.jpg", "cache/"],
            None,
            ["beach.jpg", "node_modules/pkg/icon.png", "trip/cache.jpg"],
            ["cache", "trip/draft.tmp.jpg"],
        ),
        (
            [],
            "# comments and blank lines are fine\n\nnode_modules/\n/cache/\n",
            ["beach.jpg", "trip/cache.jpg", "trip/draft.tmp.jpg"],
            ["cache", "node_modules"],
        ),
        (["trip/"], "cache/\n!trip/cache.jpg\n", ["beach.jpg", "node_modules/pkg/icon.png"], ["cache", "trip"]),
    ],
)
def test_patterns_table(tree, patterns, ignore_file, kept, excluded):
    if ignore_file is not None:
        (tree / ".mmragignore").write_text(ignore_file)
    entries = list(discover([tree], excludes=patterns))
    found = sorted(str(e.path.relative_to(tree)) for e in entries if isinstance(e, Found))
    left_out = sorted(str(Path(e.fs_path).relative_to(tree)) for e in entries if isinstance(e, Excluded))
    assert (found, left_out) == (kept, excluded)
    assert not any(
        getattr(e, "path", "").endswith(".mmragignore") for e in entries if not isinstance(e, Found)
    )  # config, not content


def test_ingest_excludes_counts_and_forgets_what_was_indexed_before(cli, tree):
    code, first, err = cli("ingest", str(tree), "--clip", "tiny", "--no-describe", "--no-ocr", "--json")
    assert code == 0, err
    assert first["added"] == 5 and first["excluded"] == 0

    (tree / ".mmragignore").write_text("cache/\n")
    code, second, err = cli(
        "ingest",
        str(tree),
        "--clip",
        "tiny",
        "--no-describe",
        "--no-ocr",
        "--exclude",
        "node_modules/",
        "--exclude",
        "*.tmp.jpg",
        "--json",
    )
    assert code == 0, err
    assert second["excluded"] == 3 and second["removed"] == 3 and second["added"] == 0
    code, sources, err = cli("sources", "--json")
    assert code == 0, err
    paths = sorted(Path(s["path"]).relative_to(tree).as_posix() for s in sources["sources"])
    assert paths == ["beach.jpg", "trip/cache.jpg"]

    code, out, err = cli(
        "ingest", str(tree), "--clip", "tiny", "--no-describe", "--no-ocr", "--exclude", "node_modules/"
    )
    assert code == 0, err
    assert (
        "excluded 2 file(s) and folder(s) by --exclude / .mmragignore" in out + err
    )  # cache/ (from the file) + node_modules/
    code, sources, err = cli("sources", "--json")
    assert sorted(Path(s["path"]).name for s in sources["sources"]) == [
        "beach.jpg",
        "cache.jpg",
        "draft.tmp.jpg",
    ]  # no longer excluded: back
