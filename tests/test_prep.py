"""Image preparation in worker processes (#23 item 5, ingest/prep.py): the same items, embeddings and thumbnails as
in-process, bad files skipped with the same reasons, and a killed ingest resumes. No GPU here: workers are asked
for with MMRAG_PREP_WORKERS (the automatic choice turns them on only with CUDA)."""

from __future__ import annotations

import multiprocessing
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from mmrag.ingest.images import decode_for_index
from mmrag.ingest.prep import ImagePrep, prep_workers
from PIL import Image
from real_photos import PHOTOS, photo, save_as_camera
from test_places import LISBON, save_with_gps

from mmrag.backends.clip import OpenClipModel
from mmrag.backends.fake import FakeTextEmbedder
from mmrag.config import Settings
from mmrag.engine import Engine
from mmrag.store import IMAGES


@pytest.mark.parametrize(
    "setting, device, cores, workers",
    [
        (None, "cpu", 2, 0),  # no GPU: the cores encode; workers would only add start-up and copying
        (None, None, 16, 0),
        (None, "cuda", 16, 14),  # the main process keeps two cores: hashing, the encoder's feeding, commits
        (None, "cuda:1", 8, 6),
        (None, "cuda", 2, 2),  # at least two
        (None, "cuda", 64, 16),  # past 16 the encoder is the limit
        (0, "cuda", 16, 0),  # MMRAG_PREP_WORKERS=0: in the reader threads, as before
        (3, "cpu", 2, 3),
    ],
)
def test_prep_workers(setting, device, cores, workers):
    assert prep_workers(setting, device, cores) == workers


def test_a_negative_worker_count_is_refused(cli):
    code, _, err = cli("status", env={"MMRAG_PREP_WORKERS": "-1"})
    assert code == 2 and "MMRAG_PREP_WORKERS=-1 is below 0" in err


@pytest.fixture(scope="module")
def library(tmp_path_factory) -> Path:
    """Real photographs in several formats and modes, one with an EXIF date and turn, one with GPS, and three bad
    files (truncated, not an image, empty)."""
    folder = tmp_path_factory.mktemp("library")
    for n, name in enumerate(PHOTOS):
        image = photo(name)
        if n % 3 == 0:
            image.convert("RGB").save(folder / f"{name}.jpg", quality=88)
        elif n % 3 == 1:
            image.save(folder / f"{name}.png")
        else:
            image.convert("RGBA").save(folder / f"{name}.webp")
    save_as_camera(photo("chelsea"), folder / "turned.jpg", "JPEG", taken="2015:05:06 07:08:09")
    save_with_gps(folder / "lisbon.jpg", np.asarray(photo("coffee").convert("RGB")), LISBON)
    good = (folder / "astronaut.jpg").read_bytes()
    (folder / "truncated.jpg").write_bytes(good[: len(good) // 3])
    (folder / "notes.png").write_bytes(b"this is not a picture at all" * 20)
    (folder / "empty.jpg").write_bytes(b"")
    return folder


def ingest(tmp_path: Path, folder: Path, workers: int, name: str):
    engine = Engine(
        Settings.from_env(index=tmp_path / name, clip="tiny", ocr="off", prep_workers=workers),
        clip=OpenClipModel("tiny"),
        text=FakeTextEmbedder(),
    )
    report = engine.ingest([folder], describe=False, progress=False)
    items = {
        row[0]: row[1:]
        for row in engine.catalog.db.execute(
            "SELECT id, kind, content_hash, date, width, height, place FROM items ORDER BY id"
        )
    }
    vectors = engine.store.vectors(IMAGES, sorted(items))
    thumbs = {p.name: p.read_bytes() for p in engine.index.thumbs_dir.rglob("*.jpg")}
    engine.close()
    return report, items, vectors, thumbs


def test_workers_give_the_same_items_embeddings_and_thumbnails_and_skip_bad_files_with_their_reasons(tmp_path, library):
    in_process = ingest(tmp_path, library, 0, "threads")
    in_workers = ingest(tmp_path, library, 2, "workers")
    report, items, vectors, thumbs = in_workers
    assert report.added == 12 and len(items) == 12
    failed = {Path(f.path).name: f.reason for f in report.failed}
    assert set(failed) == {"truncated.jpg", "notes.png", "empty.jpg"}
    assert failed["notes.png"] == "not an image format Pillow can read" and "corrupt" in failed["truncated.jpg"]
    assert sorted(report.failed, key=str) == sorted(in_process[0].failed, key=str)
    assert items == in_process[1]  # ids (path, kind, content hash), EXIF dates, sizes after the turn, places
    assert any(place for *_, place in items.values())  # the GPS photo got its place in the workers too
    assert vectors.keys() == in_process[2].keys()
    for item_id, vector in vectors.items():
        np.testing.assert_array_equal(vector, in_process[2][item_id])
    assert thumbs == in_process[3]


def catalog_items(index: Path) -> int:
    if not (index / "catalog.sqlite").is_file():
        return 0
    db = sqlite3.connect(f"file:{index / 'catalog.sqlite'}?mode=ro", uri=True, timeout=5)
    try:
        return db.execute("SELECT COUNT(*) FROM items").fetchone()[0]
    except sqlite3.OperationalError:  # the first run has not made its tables yet
        return 0
    finally:
        db.close()


def test_a_killed_ingest_with_workers_resumes(cli, tmp_path):
    """kill -9 after the first checkpoints (one item each): the next run indexes the rest, each photo once, and no
    worker process outlives its ingest."""
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(16):
        image = photo(PHOTOS[n % len(PHOTOS)]).convert("RGB")
        image.resize((image.width * (100 + n) // 100, image.height)).save(folder / f"p{n:02d}.jpg", quality=85)
    index = tmp_path / "index"
    env = {
        **os.environ,
        "MMRAG_INDEX": str(index),
        "MMRAG_PREP_WORKERS": "2",
        "MMRAG_COMMIT_ITEMS": "1",
        "MMRAG_OCR": "off",
        "HF_HUB_OFFLINE": "1",
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "mmrag", "ingest", str(folder), "--clip", "tiny", "--no-describe", "--json"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.time() + 180
    while proc.poll() is None and catalog_items(index) < 2 and time.time() < deadline:
        time.sleep(0.05)
    workers = _spawned_children(proc.pid)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)
    kept = catalog_items(index)
    assert kept >= 2 and len(workers) == 2
    deadline = time.time() + 30
    while any(map(_alive, workers)) and time.time() < deadline:  # orphaned workers see their pipe close and leave
        time.sleep(0.2)
    assert not any(map(_alive, workers))

    code, out, err = cli("ingest", str(folder), "--clip", "tiny", "--no-describe", "--json", env=env)
    assert code == 0, err
    assert out["items"] == 16 and out["added"] + out["unchanged"] + out["updated"] == 16 and not out["failed"]
    assert catalog_items(index) == 16


def _spawned_children(parent: int) -> list[int]:
    """The multiprocessing workers ``parent`` spawned (not its resource tracker)."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if not entry.name.isdigit() or _ppid(entry) != parent:
                continue
            if b"spawn_main" in (entry / "cmdline").read_bytes():
                found.append(int(entry.name))
        except OSError:
            continue
    return found


def _ppid(entry: Path) -> int:
    return next(
        int(line.split()[1]) for line in (entry / "status").read_text().splitlines() if line.startswith("PPid:")
    )


def _alive(pid: int) -> bool:
    try:
        state = next(line for line in Path(f"/proc/{pid}/status").read_text().splitlines() if line.startswith("State:"))
    except (OSError, StopIteration):
        return False
    return "Z" not in state.split()[1]


class CrashInWorkers:
    """A transform that kills the worker process running it (a decoder crash, the OOM killer); fine in-process."""

    def __init__(self, inner):
        self.inner = inner
        self.side = inner.side

    def __call__(self, image):
        if multiprocessing.parent_process() is not None:
            os._exit(1)
        return self.inner(image)


def test_a_worker_that_dies_leaves_the_images_to_this_process(tmp_path, caplog):
    path = tmp_path / "coffee.jpg"
    photo("coffee").convert("RGB").save(path, quality=88)
    transform = OpenClipModel("tiny").image_transform()
    prep = ImagePrep(CrashInWorkers(transform), tmp_path / "thumbs", 1)
    try:
        got = prep.image(path, "c0ffee")
        assert prep.pool is None and "worker process died" in caplog.text
        again = prep.image(path, "c0ffee")  # and the next one goes straight to this process
    finally:
        prep.close()
    expected = transform(decode_for_index(path, transform.side)[0])  # decoded as in-process ingest decodes it
    np.testing.assert_array_equal(got.pixels.numpy(), expected.numpy())
    np.testing.assert_array_equal(again.pixels.numpy(), expected.numpy())
    assert (got.width, got.height) == Image.open(path).size and any((tmp_path / "thumbs").rglob("*.jpg"))
