"""Scoped asks (issue 21): `mmrag ask` and `mmrag chat` take search's filters, and only matching items become
sources. Through the CLI on real files (shape photos and a PDF, dated by their mtime), real Chroma, no VLM."""

from __future__ import annotations

import fnmatch
import os
from datetime import datetime

import pytest
from corpus_fixtures import write_images, write_pdf

DOWN = {"OLLAMA_HOST": "http://127.0.0.1:9"}
QUESTION = "Where is the red star?"


def stamp(path, day: str) -> None:
    t = datetime.fromisoformat(day).timestamp()
    os.utime(path, (t, t))


@pytest.fixture
def index(cli, tmp_path):
    root = tmp_path / "corpus"
    for path in write_images(
        root / "photos", [("red", "star"), ("red", "star"), ("blue", "circle"), ("green", "triangle")], seed=3
    ):
        stamp(path, "2023-06-01")
    pdf = write_pdf(
        root / "report.pdf",
        [
            ("The red star is painted on the north wall of the hangar.", [("red", "star")]),
            ("The budget of the hangar rose in the third quarter.", []),
        ],
    )
    stamp(pdf, "2025-01-01")
    code, out, err = cli("ingest", str(root), "--clip", "tiny", "--no-describe", "--json", env=DOWN)
    assert code == 0, err
    code, out, err = cli("tag", "--labels", "star,circle,triangle", "--json")
    assert code == 0, err
    return root


def test_scoped_ask_takes_sources_only_from_matching_items(cli, index, tmp_path, monkeypatch):
    code, out, err = cli("ask", QUESTION, "-k", "8", "--json", env=DOWN)
    assert code == 0, err
    assert {s["kind"] for s in out["sources"]} >= {"image", "text"}  # unscoped, both kinds answer this question
    code, out, err = cli("ask", QUESTION, "-k", "8", "--kind", "text,pdf_page", "--json", env=DOWN)
    assert code == 0, err
    assert out["sources"] and {s["kind"] for s in out["sources"]} <= {"text", "pdf_page"}

    # the other filters through the library, models loaded once (the CLI turns its flags into this SearchQuery)
    from mmrag.config import Settings
    from mmrag.engine import Engine
    from mmrag.retrieve import SearchQuery

    monkeypatch.setenv("OLLAMA_HOST", DOWN["OLLAMA_HOST"])
    engine = Engine(Settings.from_env(index=tmp_path / "index"))
    day = lambda text: datetime.fromisoformat(text).timestamp()  # noqa: E731
    try:

        def sources(**filters):
            return engine.ask(QUESTION, k=8, scope=SearchQuery(**filters)).sources

        by_path = sources(path_glob="*.png")
        assert by_path and all(fnmatch.fnmatch(os.path.basename(s.path), "*.png") for s in by_path)
        after = sources(after=day("2024-01-01"))
        assert after and all(s.path.endswith("report.pdf") for s in after)
        before = sources(before=day("2024-01-01"))
        assert before and all("/photos/" in s.path for s in before)
        labelled = sources(label="star")
        assert labelled and all(s.kind != "text" for s in labelled)
        nothing = engine.ask(QUESTION, k=8, scope=SearchQuery(kinds=("text",), path_glob="*.png"))
        assert nothing.grounded == "abstained" and nothing.sources == []  # nothing matches both: say so
    finally:
        engine.close()


def test_scoped_chat_and_bad_filters(cli, index, tmp_path):
    import json
    import subprocess
    import sys

    env = {**os.environ, "MMRAG_INDEX": str(tmp_path / "index"), **DOWN}
    proc = subprocess.run(
        [sys.executable, "-m", "mmrag", "chat", "--json", "--kind", "image", "-k", "8"],
        input=f"{QUESTION}\nAnd what colour is it?\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    turns = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(turns) == 2 and all(s["kind"] == "image" for t in turns for s in t["sources"]) and turns[0]["sources"]
    for bad, message in (
        (["--kind", "song"], "unknown --kind song"),
        (["--after", "last week"], "is not a date"),
        (["-k", "0"], "-k must be at least 1"),
    ):
        code, out, err = cli("ask", QUESTION, *bad, env=DOWN)
        assert code == 2 and message in err
