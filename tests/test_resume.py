"""kill -9 in the middle of an ingest, then a re-run: the same items as an uninterrupted run, no duplicates."""

import os
import signal
import subprocess
import sys
import time

import chromadb
import pytest
from chromadb.config import Settings as ChromaSettings
from corpus_fixtures import committed_sources, item_ids, write_images, write_pdf

from mmrag.shapes import all_combos


def vector_ids(index):
    client = chromadb.PersistentClient(path=str(index / "chroma"), settings=ChromaSettings(anonymized_telemetry=False))
    return {name: set(client.get_collection(name).get(include=[])["ids"]) for name in ("images", "texts")}


def ingest_cmd(corpus, index):
    return [sys.executable, "-m", "mmrag", "ingest", str(corpus), "--clip", "tiny", "--no-describe", "--json", "--index", str(index)]


@pytest.mark.parametrize("kill_after_sources", [1, 12])
def test_kill_9_then_rerun_matches_uninterrupted(tmp_path, kill_after_sources):
    corpus = tmp_path / "corpus"
    write_images(corpus, all_combos()[:30])
    write_pdf(corpus / "doc.pdf", [("A page about a red star.", [("red", "star")]), ("Another about a blue circle.", [("blue", "circle")])])
    env = {**os.environ, "MMRAG_COMMIT_ITEMS": "4"}

    reference = tmp_path / "reference"
    subprocess.run(ingest_cmd(corpus, reference), check=True, capture_output=True, env=env, timeout=600)

    index = tmp_path / "killed"
    proc = subprocess.Popen(ingest_cmd(corpus, index), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    deadline = time.time() + 300
    while committed_sources(index) < kill_after_sources and proc.poll() is None and time.time() < deadline:
        time.sleep(0.02)
    assert proc.poll() is None, "the ingest finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert 0 < committed_sources(index) < 31

    done = subprocess.run(ingest_cmd(corpus, index), capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stderr
    assert item_ids(index) == item_ids(reference)
    assert vector_ids(index) == vector_ids(reference)
    again = subprocess.run(ingest_cmd(corpus, index), capture_output=True, text=True, env=env, timeout=600)
    assert '"unchanged": 31' in again.stdout


def test_kill_9_at_five_seeded_random_points(tmp_path):
    """Five kills at random checkpoints (seeded, so a failure replays), each run resuming the killed one; after
    each kill every committed item has its vectors, and the last run ends with an uninterrupted run's ids."""
    import random

    corpus = tmp_path / "corpus"
    write_images(corpus, all_combos()[:36])
    env = {**os.environ, "MMRAG_COMMIT_ITEMS": "2"}
    reference = tmp_path / "reference"
    subprocess.run(ingest_cmd(corpus, reference), check=True, capture_output=True, env=env, timeout=600)

    points = sorted(random.Random(20261125).sample(range(1, 34), 5))
    index = tmp_path / "killed"
    for point in points:
        proc = subprocess.Popen(ingest_cmd(corpus, index), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        deadline = time.time() + 300
        while committed_sources(index) < point and proc.poll() is None and time.time() < deadline:
            time.sleep(0.01)
        assert proc.poll() is None, f"the ingest finished before the kill at {point} sources"
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        committed = set(item_ids(index))
        vectors = vector_ids(index)
        assert point <= committed_sources(index) < 36 and committed <= set(item_ids(reference))
        assert committed <= vectors["images"], f"kill at {point}: committed items without vectors"

    done = subprocess.run(ingest_cmd(corpus, index), capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stderr
    assert item_ids(index) == item_ids(reference)
    assert vector_ids(index) == vector_ids(reference)
