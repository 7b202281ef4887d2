"""Tags at any size and labels that stay true: Chroma writes batched below the client's maximum, a killed `tag`
leaving the old tags or the new ones everywhere, and labels on vectors written after tagging."""

import fcntl
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from types import SimpleNamespace

import chromadb
import numpy as np
import pytest
from chromadb.config import Settings as ChromaSettings
from conftest import _inprocess_cli
from corpus_fixtures import write_images

from mmrag.store import IMAGES, TEXTS, VectorStore

COMBOS = [
    ("red", "star"),
    ("blue", "circle"),
    ("green", "square"),
    ("yellow", "triangle"),
    ("purple", "hexagon"),
    ("black", "cross"),
]
OLD = "red,blue,green,yellow,purple,black"
NEW = "star,circle,square,triangle,hexagon,cross"


class CallSizes:
    """Wraps a Chroma collection and records how many ids each write carried."""

    def __init__(self, collection, sizes):
        self._collection, self._sizes = collection, sizes

    def __getattr__(self, name):
        value = getattr(self._collection, name)
        if name not in ("add", "upsert", "update", "delete"):
            return value

        def call(*args, **kwargs):
            self._sizes.append(len(kwargs["ids"]))
            return value(*args, **kwargs)

        return call


def spied_store(folder):
    store = VectorStore(folder)
    sizes: list[int] = []
    store.collections = {name: CallSizes(col, sizes) for name, col in store.collections.items()}
    return store, sizes


def test_writes_stay_below_the_clients_max_batch_size(tmp_path):
    """More items than Chroma takes in one call (5,461 here): upsert, set_labels and delete all succeed, in calls
    no larger than the maximum the client reports."""
    store, sizes = spied_store(tmp_path / "chroma")
    limit = store.client.get_max_batch_size()
    n = limit + 600
    ids = [f"item{i:05d}" for i in range(n)]
    rng = np.random.default_rng(0)
    store.upsert(IMAGES, ids, rng.normal(size=(n, 4)).astype(np.float32), [{"item_id": i} for i in ids])
    labels = {i: ("even" if k % 2 == 0 else "odd") for k, i in enumerate(ids)}
    assert store.set_labels(labels) == n
    got = store.collections[IMAGES].get(where={"label": "odd"}, include=[])
    assert len(got["ids"]) == n // 2
    store.delete(IMAGES, ids)
    assert store.count(IMAGES) == 0
    assert sizes and max(sizes) <= limit


def test_batch_size_is_read_from_the_client(tmp_path, monkeypatch):
    from chromadb.api.client import Client

    monkeypatch.setattr(Client, "get_max_batch_size", lambda self: 7)
    store, sizes = spied_store(tmp_path / "chroma")
    ids = [f"i{k}" for k in range(30)]
    store.upsert(TEXTS, ids, np.ones((30, 3), dtype=np.float32), [{"item_id": i} for i in ids])
    store.set_labels({i: "x" for i in ids})
    assert store.batch == 7 and max(sizes) == 7 and len(sizes) == 5 + 5


def run(args, index, env=None, check=True, process=False):
    """``mmrag ARGS --index INDEX``: in this process (models stay loaded), or with ``process=True`` in a real one
    (where the process boundary is the point: a kill -9, a lock held by another process)."""
    if process:
        proc = subprocess.run(
            [sys.executable, "-m", "mmrag", *args, "--index", str(index)],
            capture_output=True,
            text=True,
            env={**os.environ, **(env or {})},
            timeout=300,
        )
    else:
        code, out, err = _inprocess_cli(index.parent)(*args, "--index", str(index), env=env)
        proc = SimpleNamespace(returncode=code, stdout=out if isinstance(out, str) else json.dumps(out), stderr=err)
    assert not check or proc.returncode == 0, proc.stderr
    return proc


@pytest.fixture(scope="module")
def described_index(tmp_path_factory):
    """Six shape images, ingested with the tiny CLIP and described by the fake Ollama, tagged with colours."""
    from fake_ollama import FakeOllama

    base = tmp_path_factory.mktemp("tag")
    write_images(base / "corpus", COMBOS)
    with FakeOllama() as ollama:
        run(
            ["ingest", str(base / "corpus"), "--clip", "tiny", "--json"],
            base / "index",
            env={"OLLAMA_HOST": ollama.host},
        )
    run(["tag", "--labels", OLD, "--template", "a {} shape", "--json"], base / "index")
    return base / "index"


def catalog_labels(index):
    db = sqlite3.connect(index / "catalog.sqlite")
    try:
        return dict(db.execute("SELECT item_id, label FROM labels WHERE top = 1")), dict(
            db.execute("SELECT key, value FROM meta")
        )
    finally:
        db.close()


def chroma_labels(index):
    """item id -> the set of labels its vectors carry (None: a vector without one), over both collections."""
    client = chromadb.PersistentClient(path=str(index / "chroma"), settings=ChromaSettings(anonymized_telemetry=False))
    out: dict[str, set] = {}
    for name in (IMAGES, TEXTS):
        got = client.get_collection(name).get(include=["metadatas"])
        for meta in got["metadatas"]:
            out.setdefault(meta["item_id"], set()).add(meta.get("label"))
    return out


@pytest.mark.parametrize(
    "point, expect",
    [
        ("tag:before-chroma", "old"),
        ("tag:mid-chroma", "old"),
        ("tag:after-chroma", "old"),
        ("tag:after-catalog", "new"),
    ],
)
def test_kill_9_during_tag_leaves_old_or_new_tags_everywhere(tmp_path, described_index, point, expect):
    index = tmp_path / "index"
    shutil.copytree(described_index, index)
    old, _ = catalog_labels(index)
    assert set(old.values()) <= set(OLD.split(","))
    proc = run(["tag", "--labels", NEW, "--json"], index, env={"MMRAG_TEST_KILL_AT": point}, check=False, process=True)
    assert proc.returncode == -9, proc.stderr
    run(
        ["search", "a shape", "--label", next(iter(old.values())) if expect == "old" else "circle", "--json"],
        index,
        check=False,
    )  # repairs
    labels, meta = catalog_labels(index)
    assert "tagging" not in meta
    wanted = set(OLD.split(",")) if expect == "old" else set(NEW.split(","))
    assert labels and set(labels.values()) <= wanted
    if expect == "old":
        assert labels == old
    vectors = chroma_labels(index)
    for item_id, label in labels.items():
        assert vectors[item_id] == {label}, (item_id, vectors[item_id], label)


def test_labels_reach_descriptions_written_after_tagging(tmp_path):
    """tag, then describe: the description vectors carry the label, so --label keeps the dense text channel."""
    from fake_ollama import FakeOllama

    write_images(tmp_path / "corpus", COMBOS)
    index = tmp_path / "index"
    run(["ingest", str(tmp_path / "corpus"), "--clip", "tiny", "--no-describe", "--json"], index)
    run(["tag", "--labels", OLD, "--template", "a {} shape", "--json"], index)
    with FakeOllama() as ollama:
        run(["describe", "--json"], index, env={"OLLAMA_HOST": ollama.host})
    labels, _ = catalog_labels(index)
    vectors = chroma_labels(index)
    for item_id, label in labels.items():
        assert vectors[item_id] == {label}
    blue = [i for i, label in labels.items() if label == "blue"]
    assert blue, labels
    out = json.loads(run(["search", "a blue circle", "--label", "blue", "--json"], index).stdout)
    assert out["results"] and all(r["id"] in blue for r in out["results"])
    assert any("text" in r["channels"] for r in out["results"])


def test_unknown_label_is_refused_with_the_known_ones(described_index):
    proc = run(["search", "a shape", "--label", "nosuch"], described_index, check=False)
    assert proc.returncode == 2
    assert "nosuch" in proc.stderr and "blue" in proc.stderr and "Traceback" not in proc.stderr


def test_busy_index_names_the_running_command(tmp_path, described_index):
    index = tmp_path / "index"
    shutil.copytree(described_index, index)
    with open(index / "write.lock", "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        handle.truncate(0)
        handle.write("ingest 4242\n")
        handle.flush()
        proc = run(["tag", "--labels", NEW], index, check=False, process=True)
    assert proc.returncode != 0
    assert "another mmrag ingest (pid 4242) is writing" in proc.stderr, proc.stderr
