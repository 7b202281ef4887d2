"""Hybrid search and tagging: pure parts with example tables, whole flows through the CLI."""

import json
import os
import shutil
import subprocess
import sys

import pytest
from corpus_fixtures import write_images, write_pdf

from mmrag.retrieve import path_matches, rrf, snippet_of


@pytest.mark.parametrize(
    "rankings, weights, expected",
    [
        ({"a": ["x", "y"], "b": ["y", "x"]}, None, [("x", 1 / 61 + 1 / 62), ("y", 1 / 61 + 1 / 62)]),  # tie: by id
        ({"a": ["x", "y"], "b": ["y"]}, None, [("y", 1 / 62 + 1 / 61), ("x", 1 / 61)]),
        ({"a": ["x"], "b": ["y"]}, {"a": 1.0, "b": 2.0}, [("y", 2 / 61), ("x", 1 / 61)]),
        ({"a": ["x"], "b": ["y"]}, {"a": 0.0, "b": 1.0}, [("y", 1 / 61)]),  # weight 0 switches a channel off
        ({"a": []}, None, []),
        ({}, None, []),
    ],
)
def test_rrf(rankings, weights, expected):
    got = rrf(rankings, weights, k=60)
    assert [i for i, _ in got] == [i for i, _ in expected]
    assert all(abs(a - b) < 1e-12 for (_, a), (_, b) in zip(got, expected))


@pytest.mark.parametrize(
    "path, glob, ok",
    [
        ("/a/b/cat.jpg", "*.jpg", True),
        ("/a/b/cat.jpg", "*.png", False),
        ("/a/b/cat.jpg", "/a/*", True),
        ("/a/b/cat.jpg", "/x/*", False),
        ("/a/b/cat.jpg", None, True),
    ],
)
def test_path_matches(path, glob, ok):
    assert path_matches(path, glob) is ok


def test_snippet_centres_on_the_query():
    text = " ".join(["filler"] * 100) + " the zeppelin landed " + " ".join(["filler"] * 100)
    snippet = snippet_of(text, ["zeppelin"], width=80)
    assert "zeppelin" in snippet and snippet.startswith("…") and snippet.endswith("…") and len(snippet) <= 82
    assert snippet_of("short", ["x"]) == "short" and snippet_of(None, ["x"]) == ""


COMBOS = [
    ("red", "star"),
    ("blue", "circle"),
    ("green", "square"),
    ("yellow", "triangle"),
    ("purple", "hexagon"),
    ("black", "cross"),
]


@pytest.fixture(scope="module")
def shared_index(tmp_path_factory):
    """One index for the module's CLI tests (ingest is the slow part); the tag test, last, is the only writer."""
    from fake_ollama import FakeOllama

    base = tmp_path_factory.mktemp("search")
    root = base / "corpus"
    paths = write_images(root / "photos", COMBOS)
    shutil.copy(paths[0], root / "photos" / "duplicate_of_star.png")
    write_pdf(
        root / "docs" / "zeppelin.pdf", [("The zeppelin hangar report: airship maintenance schedule and budget.", [])]
    )
    env = {**os.environ, "MMRAG_INDEX": str(base / "index")}
    with FakeOllama() as ollama:
        proc = subprocess.run(
            [sys.executable, "-m", "mmrag", "ingest", str(root), "--clip", "tiny", "--json"],
            capture_output=True,
            text=True,
            env={**env, "OLLAMA_HOST": ollama.host},
            timeout=900,
            cwd=base,
        )
    assert proc.returncode == 0 and json.loads(proc.stdout)["pending_descriptions"] == 0, proc.stderr
    return root, base / "index"


@pytest.fixture
def cli(cli, shared_index):
    """conftest's ``cli``, on the module's shared index."""

    def run(*args, env=None, timeout=300):
        return cli(*args, env={"MMRAG_INDEX": str(shared_index[1]), **(env or {})}, timeout=timeout)

    return run


@pytest.fixture
def indexed(shared_index):
    return shared_index[0]


def names(out):
    return [os.path.basename(r["path"]) for r in out["results"]]


def test_search_contract_and_relevance(cli, indexed):
    code, out, err = cli("search", "a red star", "--json")
    assert code == 0, err
    assert out["query"] == "a red star"
    top = out["results"][0]
    assert set(top) >= {"id", "kind", "path", "page", "score", "channels", "snippet", "description"}
    assert os.path.basename(top["path"]) in ("photo_000.png", "duplicate_of_star.png") and top["page"] is None
    assert set(top["channels"]) == {"clip", "text", "bm25"} and all(
        set(c) >= {"rank", "score"} for c in top["channels"].values()
    )
    assert "red star" in top["description"]
    assert len([n for n in names(out) if n in ("photo_000.png", "duplicate_of_star.png")]) == 1  # same content once
    assert [r["score"] for r in out["results"]] == sorted((r["score"] for r in out["results"]), reverse=True)


def test_nonsense_query_returns_nothing(cli, indexed):
    code, out, _ = cli("search", "quantum banana spaceship", "--json")
    assert code == 0 and out["results"] == []
    code, out, _ = cli("search", "quantum banana spaceship", "--min-score", "0", "--json")
    assert out["results"]  # the override shows the nearest anyway


def test_filters(cli, indexed):
    code, out, _ = cli("search", "zeppelin airship", "--kind", "text", "--json")
    assert out["results"] and all(r["kind"] == "text" and r["page"] == 1 for r in out["results"])
    code, out, _ = cli("search", "a blue circle", "--path", "*.pdf", "--json")
    assert all(r["path"].endswith(".pdf") for r in out["results"])
    code, out, _ = cli("search", "a blue circle", "--after", "2999-01-01", "--json")
    assert out["results"] == []
    code, out, _ = cli(
        "search", "a blue circle", "--before", "2999-01-01", "--kind", "image", "--sort", "date", "--json"
    )
    assert out["results"] and all(r["kind"] == "image" for r in out["results"])
    code, _, err = cli("search", "x", "--kind", "video")
    assert code == 2 and "unknown --kind video" in err
    code, _, err = cli("search", "x", "--after", "yesterday")
    assert code == 2 and "not a date" in err
    code, _, err = cli("search")
    assert code == 2 and "nothing to search for" in err


def test_query_by_image(cli, indexed):
    code, out, err = cli("search", "--image", str(indexed / "photos" / "photo_001.png"), "--json")
    assert code == 0, err
    assert names(out)[0] == "photo_001.png" and out["results"][0]["channels"]["clip"]["rank"] == 1


def test_tag_then_filter_by_label(cli, indexed):
    code, out, err = cli("tag", "--labels", "red,blue,green,yellow,purple,black", "--template", "a {} shape", "--json")
    assert code == 0, err
    assert out["tagged"] == 8 and out["labels"]["red"] >= 1  # 7 images and the PDF's one page render
    code, out, _ = cli("search", "a shape", "--label", "blue", "--kind", "image", "--min-score", "0", "--json")
    assert names(out) == ["photo_001.png"]
    code, status, _ = cli("status", "--json")
    assert status["labels"]["blue"] >= 1
    code, out, _ = cli("tag", "--labels", "star,circle", "--json")  # re-tagging replaces
    code, status, _ = cli("status", "--json")
    assert set(status["labels"]) <= {"star", "circle"}
