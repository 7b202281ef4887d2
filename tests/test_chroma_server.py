"""Chroma server mode (--chroma-url) against a real `chroma run`: the same results as an index with Chroma
embedded, a clear error when the server is down or goes away, and an ingest that resumes once it is back."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

import chromadb
import pytest
from chroma_server import ChromaServer
from chromadb.config import Settings as ChromaSettings
from corpus_fixtures import committed_sources, item_ids, write_images, write_pdf

from mmrag.shapes import all_combos

QUICK = {"MMRAG_COMMIT_ITEMS": "3", "OLLAMA_HOST": "http://127.0.0.1:9", "MMRAG_OLLAMA_RETRIES": "0"}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    chroma = ChromaServer(tmp_path_factory.mktemp("chroma") / "data")
    if not chroma.start():
        pytest.skip("`chroma run` could not start a Chroma server here")
    yield chroma
    chroma.stop()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    write_images(folder, all_combos()[:16])
    write_pdf(
        folder / "doc.pdf",
        [("A page about a red star.", [("red", "star")]), ("Another about a blue circle.", [("blue", "circle")])],
    )
    return folder


def mmrag(*args, index, url=None, timeout=300):
    """Run the CLI; returns (exit code, stdout, stderr)."""
    import json

    flags = ["--index", str(index)] + (["--chroma-url", url] if url else [])
    env = {**os.environ, **QUICK}
    env.pop("MMRAG_CHROMA_URL", None)
    proc = subprocess.run(
        [sys.executable, "-m", "mmrag", *args, *flags, "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
    )
    return proc.returncode, (json.loads(proc.stdout) if proc.returncode == 0 else proc.stdout), proc.stderr


def ingest_args(corpus):
    return ("ingest", str(corpus), "--clip", "tiny", "--no-describe")


@pytest.fixture(scope="module")
def embedded(tmp_path_factory, corpus):
    index = tmp_path_factory.mktemp("embedded") / "index"
    code, report, err = mmrag(*ingest_args(corpus), index=index)
    assert code == 0, err
    return index, report


def manifest(index) -> dict:
    db = sqlite3.connect(index / "catalog.sqlite")
    try:
        return dict(db.execute("SELECT key, value FROM meta"))
    finally:
        db.close()


def vector_ids(index, server=None) -> dict[str, set[str]]:
    settings = ChromaSettings(anonymized_telemetry=False)
    if server is None:
        client, prefix = chromadb.PersistentClient(path=str(index / "chroma"), settings=settings), ""
    else:
        client, prefix = (
            chromadb.HttpClient(host="127.0.0.1", port=server.port, settings=settings),
            manifest(index)["collection_prefix"],
        )
    return {name: set(client.get_collection(prefix + name).get(include=[])["ids"]) for name in ("images", "texts")}


def hit_ids(results: dict) -> list[str]:
    return [r["id"] for r in results["results"]]


def test_server_index_gives_the_same_results_as_embedded(tmp_path, server, corpus, embedded):
    reference, reference_report = embedded
    index = tmp_path / "index"
    code, report, err = mmrag(*ingest_args(corpus), index=index, url=server.url)
    assert code == 0, err
    assert report["items"] == reference_report["items"] and report["added"] == reference_report["added"] == 17
    assert manifest(index)["chroma_url"] == server.url and manifest(index)["collection_prefix"].startswith("mmrag-")
    assert not (index / "chroma").exists()  # the vectors are on the server; catalog, BM25 and thumbnails stay here
    assert (index / "catalog.sqlite").is_file() and (index / "bm25").exists() and any((index / "thumbs").iterdir())
    assert item_ids(index) == item_ids(reference)
    assert vector_ids(index, server) == vector_ids(reference)

    status, expected = both(("status",), index, reference)  # no --chroma-url: the index's recorded server is used
    assert status["chroma_url"] == server.url and expected["chroma_url"] is None
    assert without(status) == without(expected)

    found, expected = both(("search", "a red star", "-k", "5"), index, reference)
    assert hit_ids(found) == hit_ids(expected) and hit_ids(found)
    assert [r["score"] for r in found["results"]] == pytest.approx([r["score"] for r in expected["results"]], rel=1e-4)

    tagged, expected = both(("tag", "--labels", "star,circle,square,triangle"), index, reference)
    assert tagged == expected and tagged["tagged"] == 20
    status, expected = both(("status",), index, reference)
    assert without(status) == without(expected) and sum(status["labels"].values()) == 20

    code, answer, err = mmrag("ask", "what colour is the star?", index=index)
    assert code == 0, err
    assert (
        answer["answerer"] == "extractive"
        and answer["sources"]
        and {s["id"] for s in answer["sources"]} <= set(item_ids(index))
    )


def both(args, index, reference) -> tuple[dict, dict]:
    """The same command on the server index and on the embedded one, run side by side; their JSON."""
    import json

    env = {**os.environ, **QUICK}
    env.pop("MMRAG_CHROMA_URL", None)
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "mmrag", *args, "--index", str(i), "--json"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for i in (index, reference)
    ]
    outs = [p.communicate(timeout=300) for p in procs]
    for proc, (_, err) in zip(procs, outs):
        assert proc.returncode == 0, err
    return json.loads(outs[0][0]), json.loads(outs[1][0])


def without(status: dict) -> dict:
    """The status less what differs by design: where the index and its vectors live, and the calibration
    (its creation time, and null scores from two HNSW indexes built separately)."""
    return {k: v for k, v in status.items() if k not in ("index", "chroma_url", "calibration")}


def test_a_server_is_refused_for_an_embedded_index_and_another_server_for_a_server_index(tmp_path, server, embedded):
    code, _, err = mmrag("search", "star", index=embedded[0], url=server.url)
    assert (
        code == 2
        and "embedded in its folder" in err
        and "Drop --chroma-url" in err
        and len(err.strip().splitlines()) == 1
    )
    code, _, err = mmrag("search", "star", index=embedded[0], url="ftp://nowhere")
    assert code == 2 and "not a Chroma server URL" in err


def test_server_gone_mid_ingest_is_a_clear_error_and_a_rerun_completes(tmp_path, corpus, embedded):
    chroma = ChromaServer(tmp_path / "chroma-data")
    if not chroma.start():
        pytest.skip("`chroma run` could not start a Chroma server here")
    index = tmp_path / "index"
    try:
        env = {**os.environ, **QUICK, "MMRAG_COMMIT_ITEMS": "2"}
        command = [
            sys.executable,
            "-m",
            "mmrag",
            *ingest_args(corpus),
            "--index",
            str(index),
            "--chroma-url",
            chroma.url,
            "--json",
        ]
        proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        deadline = time.time() + 300
        while committed_sources(index) < 2 and proc.poll() is None and time.time() < deadline:
            time.sleep(0.02)
        assert proc.poll() is None, "the ingest finished before the server could be stopped"
        chroma.proc.send_signal(signal.SIGKILL)
        chroma.proc.wait()
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 1, err
        assert (
            f"the Chroma server at {chroma.url} is not reachable" in err
            and "chroma run" in err
            and "Traceback" not in err
        )
        assert 0 < committed_sources(index) < 17

        code, _, err = mmrag("search", "star", index=index)  # still down: the same clear error, not a traceback
        assert code == 1 and "chroma run" in err and len(err.strip().splitlines()) == 1

        assert chroma.start()  # the same data folder and port
        code, report, err = mmrag(*ingest_args(corpus), index=index)
        assert code == 0, err
        assert report["items"] == embedded[1]["items"]
        assert item_ids(index) == item_ids(embedded[0])
        assert vector_ids(index, chroma) == vector_ids(embedded[0])
    finally:
        chroma.stop()


@pytest.mark.parametrize(
    "url, expected",
    [
        ("http://127.0.0.1:8000", ("127.0.0.1", 8000, False)),
        ("http://chroma.local", ("chroma.local", 8000, False)),
        ("https://chroma.example.com", ("chroma.example.com", 443, True)),
        ("https://chroma.example.com:9443/", ("chroma.example.com", 9443, True)),
        ("localhost:8123", ("localhost", 8123, False)),
    ],
)
def test_parse_chroma_url(url, expected):
    from mmrag.store import parse_chroma_url

    assert parse_chroma_url(url) == expected


@pytest.mark.parametrize("url", ["ftp://host:8000", "http://", "http://host:notaport", "http://host:8000/some/path"])
def test_parse_chroma_url_refuses(url):
    from mmrag.errors import UsageError
    from mmrag.store import parse_chroma_url

    with pytest.raises(UsageError, match="not a Chroma server URL"):
        parse_chroma_url(url)
