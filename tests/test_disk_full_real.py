"""A real full disk and a real read-only file system under the index, through the CLI.

The index lives on a small tmpfs mounted in a private mount namespace (``unshare -rm``: a user
namespace, so no root is needed and nothing outside the test sees the mount). The tmpfs is sized at
80 % of what the finished index takes, so the ingest runs out of space part-way: it must stop with one
clear line (exit 1), keep the batches committed before, and a re-run on a larger tmpfs must end with
exactly the items of an uninterrupted run. Then the tmpfs is remounted read-only: an ingest is refused
with a line that names the read-only file system, and once writable again the index takes new files.

Skipped where user namespaces or tmpfs mounts are not allowed (many containers); test_write_errors.py
simulates the same failures everywhere.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from corpus_fixtures import item_ids, write_images

from mmrag.shapes import all_combos

QUIET = {
    "MMRAG_CLIP": "tiny",
    "MMRAG_OCR": "off",
    "MMRAG_COMMIT_ITEMS": "8",
    "OLLAMA_HOST": "http://127.0.0.1:9",
    "MMRAG_OLLAMA_RETRIES": "0",
}


def namespaces_work(tmp_path: Path) -> str | None:
    """None when `unshare -rm` can mount a tmpfs here, else why not."""
    if shutil.which("unshare") is None:
        return "no unshare binary (util-linux)"
    probe = tmp_path / "probe"
    probe.mkdir()
    proc = subprocess.run(
        ["unshare", "-rm", "sh", "-c", f"mount -t tmpfs -o size=1M tmpfs {probe}"], capture_output=True, text=True
    )
    return (
        None if proc.returncode == 0 else f"cannot mount a tmpfs in a user namespace here: {proc.stderr.strip()[:200]}"
    )


def folder_kib(path: Path) -> int:
    """Space the files take, in KiB of 4 KiB pages (as tmpfs counts it)."""
    return sum(-(-f.stat().st_size // 4096) * 4 for f in path.rglob("*") if f.is_file())


SCRIPT = r"""
set -u
M="$1"; OUT="$2"; SIZE="$3"; MMRAG="$4"; PY="$5"
mount -t tmpfs -o size="$SIZE"k tmpfs "$M" || exit 90
ids() {
    "$PY" -c "import sqlite3, sys; db = sqlite3.connect(sys.argv[1])
print('\n'.join(sorted(r[0] for r in db.execute('SELECT id FROM items'))))" "$M/ix/catalog.sqlite"
}
"$MMRAG" ingest photos --index "$M/ix" --no-describe --json > "$OUT/full.json" 2> "$OUT/full.err"
echo $? > "$OUT/full.rc"
"$MMRAG" status --index "$M/ix" --json > "$OUT/after_full.json" 2>&1; echo $? > "$OUT/after_full.rc"
mount -o remount,size=64m tmpfs "$M"
"$MMRAG" ingest photos --index "$M/ix" --no-describe --json > "$OUT/rerun.json" 2> "$OUT/rerun.err"
echo $? > "$OUT/rerun.rc"
ids > "$OUT/ids.txt"
mount -o remount,ro tmpfs "$M"
"$MMRAG" ingest more --index "$M/ix" --no-describe --json > "$OUT/ro.json" 2> "$OUT/ro.err"; echo $? > "$OUT/ro.rc"
mount -o remount,rw tmpfs "$M"
"$MMRAG" ingest more --index "$M/ix" --no-describe --json > "$OUT/rw.json" 2> "$OUT/rw.err"; echo $? > "$OUT/rw.rc"
"$MMRAG" status --index "$M/ix" --json > "$OUT/final.json" 2>&1
"""


def test_full_then_read_only_file_system(tmp_path):
    why = namespaces_work(tmp_path)
    if why:
        pytest.skip(why)
    write_images(tmp_path / "photos", all_combos()[:64])
    write_images(tmp_path / "more", all_combos()[:4], seed=5)
    env = {**os.environ, **QUIET}
    mmrag = str(Path(sys.executable).with_name("mmrag"))

    # The reference: an uninterrupted run on an ordinary folder; its size sets the tmpfs.
    reference = tmp_path / "reference"
    done = subprocess.run(
        [mmrag, "ingest", "photos", "--index", str(reference), "--no-describe", "--json"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    reference_ids = item_ids(reference)
    assert len(reference_ids) == 64
    size = int(folder_kib(reference) * 0.8)

    out, mount = tmp_path / "out", tmp_path / "mnt"
    out.mkdir()
    mount.mkdir()
    script = tmp_path / "run.sh"
    script.write_text(SCRIPT)
    proc = subprocess.run(
        ["unshare", "-rm", "sh", str(script), str(mount), str(out), str(size), mmrag, sys.executable],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    read = lambda name: (out / name).read_text()  # noqa: E731

    # Out of space part-way: one clear line, exit 1; what was committed opens and is kept.
    assert read("full.rc").strip() == "1", read("full.err")
    error = read("full.err").strip().splitlines()[-1]
    assert error.startswith("mmrag: error: cannot write to the index") and (
        "disk is full" in error or "no space left" in error
    ), error
    assert read("after_full.rc").strip() == "0", read("after_full.json")
    committed = json.loads(read("after_full.json"))["sources"]
    assert committed < 64

    # With room again, the re-run completes: the same items as the uninterrupted run, no duplicate.
    assert read("rerun.rc").strip() == "0", read("rerun.err")
    rerun = json.loads(read("rerun.json"))
    assert rerun["added"] == 64 - committed and not rerun["failed"]
    assert read("ids.txt").split() == reference_ids

    # Read-only: refused with a line that says so, nothing changed; writable again, new files go in.
    assert read("ro.rc").strip() != "0"
    error = read("ro.err").strip().splitlines()[-1]
    assert error.startswith("mmrag: error:") and "read-only" in error, error
    assert read("rw.rc").strip() == "0", read("rw.err")
    final = json.loads(read("final.json"))
    assert final["sources"] == 68 and final["items"]["image"] == 68
