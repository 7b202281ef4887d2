"""kill -9 in the middle of an ingest, then a re-run: the same items as an uninterrupted run, no duplicates.

The kill needs a real process (the ``ingest_cmd`` subprocess); the uninterrupted reference runs and the resuming
re-runs are the same command in-process (``_inprocess_cli``), which skips the imports and model load per call.
"""

import os
import signal
import subprocess
import sys
import time

import chromadb
import pytest
from chromadb.config import Settings as ChromaSettings
from conftest import _inprocess_cli
from corpus_fixtures import committed_sources, item_ids, write_images, write_pdf

from mmrag.shapes import all_combos


def vector_ids(index):
    client = chromadb.PersistentClient(path=str(index / "chroma"), settings=ChromaSettings(anonymized_telemetry=False))
    return {name: set(client.get_collection(name).get(include=[])["ids"]) for name in ("images", "texts")}


def ingest_args(corpus, index):
    return ["ingest", str(corpus), "--clip", "tiny", "--no-describe", "--json", "--index", str(index)]


def ingest_cmd(corpus, index):
    return [sys.executable, "-m", "mmrag", *ingest_args(corpus, index)]


def ingest_inprocess(corpus, index, commit_items):
    """The same ingest as ``ingest_cmd``, run in this process; returns (exit code, parsed JSON, stderr)."""
    return _inprocess_cli(index.parent)(*ingest_args(corpus, index), env={"MMRAG_COMMIT_ITEMS": commit_items})


@pytest.fixture(scope="module")
def thirty_one(tmp_path_factory):
    """30 images and a 2-page PDF, and their uninterrupted index (built once for both kill points)."""
    root = tmp_path_factory.mktemp("resume31")
    corpus = root / "corpus"
    write_images(corpus, all_combos()[:30])
    write_pdf(
        corpus / "doc.pdf",
        [("A page about a red star.", [("red", "star")]), ("Another about a blue circle.", [("blue", "circle")])],
    )
    reference = root / "reference"
    code, _, err = ingest_inprocess(corpus, reference, "4")
    assert code == 0, err
    return corpus, reference


@pytest.mark.parametrize("kill_after_sources", [1, 12])
def test_kill_9_then_rerun_matches_uninterrupted(tmp_path, thirty_one, kill_after_sources):
    corpus, reference = thirty_one
    env = {**os.environ, "MMRAG_COMMIT_ITEMS": "4"}

    index = tmp_path / "killed"
    proc = subprocess.Popen(ingest_cmd(corpus, index), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    deadline = time.time() + 300
    while committed_sources(index) < kill_after_sources and proc.poll() is None and time.time() < deadline:
        time.sleep(0.02)
    assert proc.poll() is None, "the ingest finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert 0 < committed_sources(index) < 31

    code, _, err = ingest_inprocess(corpus, index, "4")
    assert code == 0, err
    assert item_ids(index) == item_ids(reference)
    assert vector_ids(index) == vector_ids(reference)
    code, again, err = ingest_inprocess(corpus, index, "4")
    assert code == 0, err
    assert again["unchanged"] == 31


def test_kill_9_at_five_seeded_random_points(tmp_path):
    """Five kills at random checkpoints (seeded, so a failure replays), each run resuming the killed one; after
    each kill every committed item has its vectors, and the last run ends with an uninterrupted run's ids.

    20 images committed 2 at a time give ten checkpoints for five kills: the size is not the point, the kills are."""
    import random

    corpus = tmp_path / "corpus"
    write_images(corpus, all_combos()[:20])
    env = {**os.environ, "MMRAG_COMMIT_ITEMS": "2"}
    reference = tmp_path / "reference"
    code, _, err = ingest_inprocess(corpus, reference, "2")
    assert code == 0, err

    points = sorted(random.Random(20261125).sample(range(1, 18), 5))
    index = tmp_path / "killed"
    for point in points:
        proc = subprocess.Popen(
            ingest_cmd(corpus, index), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env
        )
        deadline = time.time() + 300
        while committed_sources(index) < point and proc.poll() is None and time.time() < deadline:
            time.sleep(0.01)
        assert proc.poll() is None, f"the ingest finished before the kill at {point} sources"
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        committed = set(item_ids(index))
        vectors = vector_ids(index)
        assert point <= committed_sources(index) < 20 and committed <= set(item_ids(reference))
        assert committed <= vectors["images"], f"kill at {point}: committed items without vectors"

    code, _, err = ingest_inprocess(corpus, index, "2")
    assert code == 0, err
    assert item_ids(index) == item_ids(reference)
    assert vector_ids(index) == vector_ids(reference)
