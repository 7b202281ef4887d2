"""Two processes on one index, through the CLI: a second ingest is refused with a clear message while the
first writes, and searches run during an ingest all succeed and see only committed items."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time

from corpus_fixtures import committed_sources, item_ids, write_images

from mmrag.shapes import all_combos

SEARCH_LOOP = """
import contextlib, io, json, os, sys
from mmrag.cli import main
index, stop = sys.argv[1], sys.argv[2]
while True:
    last = os.path.exists(stop)  # one more search after the ingest ended
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["search", "a red star", "-k", "50", "--index", index, "--json"])
    ids = [r["id"] for r in json.loads(out.getvalue())["results"]] if code == 0 else []
    print(json.dumps({"code": code, "ids": ids, "err": err.getvalue()[-300:]}), flush=True)
    if last:
        break
"""


def ingest(folder, index, **popen):
    env = {**os.environ, "MMRAG_COMMIT_ITEMS": "2"}
    env.pop("MMRAG_CHROMA_URL", None)
    command = [
        sys.executable,
        "-m",
        "mmrag",
        "ingest",
        str(folder),
        "--clip",
        "tiny",
        "--no-describe",
        "--json",
        "--index",
        str(index),
    ]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, **popen)


def test_second_ingest_is_refused_and_searches_during_an_ingest_succeed(tmp_path):
    corpus, index, stop = tmp_path / "corpus", tmp_path / "index", tmp_path / "stop"
    write_images(corpus / "first", all_combos()[:6])
    first = ingest(corpus / "first", index)
    assert first.wait(timeout=300) == 0, first.stderr.read()  # searches need an index to exist

    write_images(corpus / "more", all_combos()[6:46], seed=1)
    writer = ingest(corpus, index)
    deadline = time.time() + 300
    while committed_sources(index) < 8 and writer.poll() is None and time.time() < deadline:
        time.sleep(0.02)
    assert writer.poll() is None, "the ingest finished before the second one could start"
    searcher = subprocess.Popen(
        [sys.executable, "-c", SEARCH_LOOP, str(index), str(stop)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )

    second = ingest(corpus, index)
    _, err = second.communicate(timeout=300)
    assert second.returncode == 1 and re.search(
        rf"another mmrag ingest \(pid \d+\) is writing to {re.escape(str(index))}", err
    )
    assert "Wait for it to finish" in err and len(err.strip().splitlines()) == 1
    writer_running = writer.poll() is None  # the refusal came while the first ingest was still writing

    out, err = writer.communicate(timeout=300)
    assert writer.returncode == 0, err
    assert json.loads(out)["items"] == 46
    stop.touch()
    lines, err = searcher.communicate(timeout=300)
    searches = [json.loads(line) for line in lines.splitlines()]
    assert searcher.returncode == 0 and searches, err
    assert all(s["code"] == 0 for s in searches), [s["err"] for s in searches if s["code"]]
    final = set(item_ids(index))
    assert all(set(s["ids"]) <= final for s in searches)
    assert len(searches) >= 2 and writer_running
