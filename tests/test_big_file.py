"""A big file in parts: a PDF's pages are committed in batches (MMRAG_COMMIT_ITEMS applies inside a file), a kill -9
mid-file keeps the pages done, and a re-run finishes the file with the same items and vectors as an uninterrupted
run."""

import signal
import sqlite3
import subprocess
import time

import pymupdf
import pytest
from corpus_fixtures import item_ids
from test_resume import ingest_cmd, ingest_inprocess, vector_ids


def write_long_pdf(path, pages: int):
    doc = pymupdf.open()
    for n in range(pages):
        doc.new_page().insert_textbox(
            pymupdf.Rect(50, 50, 550, 400),
            f"Page {n + 1} of a long report about harbour number {n * 7 % 97}.",
            fontsize=12,
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(path)


def catalog_state(index):
    """(items committed, the PDF source's size or None), read-only."""
    try:
        db = sqlite3.connect(f"file:{index / 'catalog.sqlite'}?mode=ro", uri=True, timeout=1)
        try:
            items = db.execute("SELECT COUNT(*) FROM items").fetchone()[0]
            row = db.execute("SELECT size FROM sources").fetchone()
            return items, (row[0] if row else None)
        finally:
            db.close()
    except sqlite3.Error:
        return 0, None


@pytest.mark.timeout(1200)  # the killed ingest runs in a subprocess, the others in-process
def test_kill_mid_pdf_keeps_its_pages_and_a_rerun_finishes_it(tmp_path):
    import os

    corpus = tmp_path / "corpus"
    write_long_pdf(corpus / "report.pdf", 24)  # 48 items: a text chunk and a render per page, 12 commits of 4
    env = {**os.environ, "MMRAG_COMMIT_ITEMS": "4"}
    reference = tmp_path / "reference"
    code, _, err = ingest_inprocess(corpus, reference, "4")
    assert code == 0, err
    assert len(item_ids(reference)) == 48

    index = tmp_path / "killed"
    proc = subprocess.Popen(ingest_cmd(corpus, index), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    deadline = time.time() + 300
    while catalog_state(index)[0] < 12 and proc.poll() is None and time.time() < deadline:
        time.sleep(0.01)
    assert proc.poll() is None, "the ingest finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    items, size = catalog_state(index)
    assert 12 <= items < 48 and size == -1  # pages kept; the source marked partial, so the next run redoes it
    kept = set(item_ids(index))
    assert kept <= vector_ids(index)["images"] | vector_ids(index)["texts"]

    code, _, err = ingest_inprocess(corpus, index, "4")
    assert code == 0, err
    assert item_ids(index) == item_ids(reference)
    assert vector_ids(index) == vector_ids(reference)
    assert catalog_state(index)[1] == (corpus / "report.pdf").stat().st_size
    code, again, err = ingest_inprocess(corpus, index, "4")
    assert code == 0, err
    assert again["unchanged"] == 1
