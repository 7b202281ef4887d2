"""Disk full and a read-only index: a clear error, nothing committed is lost, and a re-run completes.

Tests run as root here, and root writes through chmod, so the refusals are simulated by making the
catalog checkpoint or the Chroma write fail the way SQLite and the OS report them (the real chmod
is used too when not root)."""

from __future__ import annotations

import errno
import os
import sqlite3

import mmrag.ingest.commit as commit
import pytest
from corpus_fixtures import write_images

from mmrag.backends.fake import FakeClip, FakeTextEmbedder
from mmrag.config import Settings
from mmrag.engine import Engine
from mmrag.errors import IndexWriteError
from mmrag.shapes import all_combos
from mmrag.store import VectorStore


def engine_at(index) -> Engine:
    return Engine(Settings.from_env(index=index, clip="tiny", commit_items=2), clip=FakeClip(), text=FakeTextEmbedder())


def ingest(index, corpus):
    engine = engine_at(index)
    try:
        return engine.ingest([corpus], describe=False, progress=False)
    finally:
        engine.close()


def ids(index) -> tuple[set[str], dict[str, set[str]]]:
    engine = engine_at(index)
    try:
        return engine.catalog.all_item_ids(), {name: engine.store.ids(name) for name in ("images", "texts")}
    finally:
        engine.close()


def fail_after(calls: int, error: Exception):
    count = [0]

    def maybe_fail(*args, **kwargs):
        count[0] += 1
        if count[0] > calls:
            raise error

    return maybe_fail


@pytest.mark.parametrize(
    "where, error, reason",
    [
        ("checkpoint", sqlite3.OperationalError("database or disk is full"), "the disk is full"),
        ("checkpoint", sqlite3.OperationalError("attempt to write a readonly database"), "the index is read-only"),
        ("vectors", OSError(errno.ENOSPC, "No space left on device"), "no space left on the device"),
        ("vectors", OSError(errno.EROFS, "Read-only file system"), "the file system is read-only"),
    ],
)
def test_a_refused_write_is_a_clear_error_and_a_rerun_completes(tmp_path, monkeypatch, where, error, reason):
    corpus = tmp_path / "corpus"
    write_images(corpus, all_combos()[:12])
    reference = tmp_path / "reference"
    ingest(reference, corpus)

    index = tmp_path / "index"
    with monkeypatch.context() as patch:
        if where == "checkpoint":
            real = commit.write_part
            failing = fail_after(3, error)
            patch.setattr(commit, "write_part", lambda *a, **k: (failing(), real(*a, **k))[1])
        else:
            real_upsert = VectorStore.upsert
            failing = fail_after(2, error)
            patch.setattr(VectorStore, "upsert", lambda self, *a, **k: (failing(), real_upsert(self, *a, **k))[1])
        with pytest.raises(IndexWriteError) as caught:
            ingest(index, corpus)
    assert f"cannot write to the index at {index.absolute()}: {reason}" in str(
        caught.value
    ) and "run the command again" in str(caught.value)
    committed, vectors = ids(index)
    reference_ids = ids(reference)
    assert 0 < len(committed) < len(reference_ids[0]) and committed <= reference_ids[0]  # whole batches only
    assert committed <= vectors["images"]  # every committed item has its vector: nothing lost

    report = ingest(index, corpus)
    assert report.items == len(reference_ids[0])
    assert ids(index) == reference_ids


def test_cli_reports_a_read_only_index_in_one_line(tmp_path, monkeypatch, capsys):
    from mmrag.cli import main

    corpus = tmp_path / "corpus"
    write_images(corpus, all_combos()[:3])
    index = tmp_path / "index"
    index.mkdir()
    if os.geteuid() != 0:
        index.chmod(0o555)  # a real read-only folder
    else:  # root writes anyway: the catalog checkpoint fails the way SQLite reports a read-only database
        monkeypatch.setattr(
            commit, "write_part", fail_after(0, sqlite3.OperationalError("attempt to write a readonly database"))
        )
    code = main(["ingest", str(corpus), "--clip", "tiny", "--no-describe", "--json", "--index", str(index)])
    err = capsys.readouterr().err
    assert code in (1, 2) and len(err.strip().splitlines()) == 1, err
    assert f"index at {index}" in err and ("read-only" in err or "permissions" in err), err
