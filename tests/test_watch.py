"""`mmrag watch` as a user runs it: a subprocess on a folder changed while it runs, polled with `mmrag sources`."""

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

skimage_data = pytest.importorskip("skimage.data")
WAIT = 240  # seconds at most for the index to reflect a change (a loaded 2-core machine is slow)


def sources(index: Path) -> set[str]:
    env = {**os.environ, "MMRAG_INDEX": str(index)}
    proc = subprocess.run(
        [sys.executable, "-m", "mmrag", "sources", "--json"], capture_output=True, text=True, env=env, timeout=120
    )
    return {Path(s["path"]).name for s in json.loads(proc.stdout)["sources"]} if proc.returncode == 0 else set()


def wait_for(index: Path, expected: set[str]) -> set[str]:
    deadline = time.monotonic() + WAIT
    while True:
        found = sources(index)
        if found == expected or time.monotonic() > deadline:
            return found
        time.sleep(1)


def photo(name: str, path: Path) -> None:
    from PIL import Image

    Image.fromarray(np.asarray(getattr(skimage_data, name)())).convert("RGB").save(path)


def start(folder: Path, index: Path, *extra: str) -> subprocess.Popen:
    env = {**os.environ, "MMRAG_INDEX": str(index), "OLLAMA_HOST": "http://127.0.0.1:9"}
    command = [
        sys.executable,
        "-m",
        "mmrag",
        "watch",
        str(folder),
        "--clip",
        "tiny",
        "--no-describe",
        "--no-ocr",
        "--debounce",
        "0.5",
        *extra,
    ]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def test_watch_follows_adds_renames_and_deletes_and_stops_on_sigterm(tmp_path):
    folder, index = tmp_path / "photos", tmp_path / "index"
    folder.mkdir()
    photo("astronaut", folder / "astronaut.png")  # there before the start: found by the start-up scan
    watcher = start(folder, index, "--json")
    try:
        assert wait_for(index, {"astronaut.png"}) == {"astronaut.png"}
        photo("coffee", folder / "coffee.png")
        (folder / "sub").mkdir()
        photo("rocket", folder / "sub" / "rocket.png")
        assert wait_for(index, {"astronaut.png", "coffee.png", "rocket.png"}) == {
            "astronaut.png",
            "coffee.png",
            "rocket.png",
        }
        (folder / "coffee.png").rename(folder / "sub" / "morning coffee.png")
        (folder / "astronaut.png").unlink()
        assert wait_for(index, {"morning coffee.png", "rocket.png"}) == {"morning coffee.png", "rocket.png"}
    finally:
        watcher.send_signal(signal.SIGTERM)
        out, err = watcher.communicate(timeout=120)
    assert watcher.returncode == 0, err
    reports = [json.loads(line) for line in out.splitlines()]
    assert reports[0]["added"] == 1  # the start-up scan
    assert sum(r["removed"] for r in reports) >= 1 and "stopped" in err


def test_a_watched_folder_that_disappears_is_a_clear_error(tmp_path):
    folder, index = tmp_path / "photos", tmp_path / "index"
    folder.mkdir()
    photo("moon", folder / "moon.png")
    watcher = start(folder, index)
    try:
        assert wait_for(index, {"moon.png"}) == {"moon.png"}
        shutil.rmtree(folder)
        out, err = watcher.communicate(timeout=WAIT)
    finally:
        if watcher.poll() is None:
            watcher.kill()
    assert watcher.returncode == 2
    assert f"watch path {folder} disappeared" in err


def test_watch_of_a_missing_path_is_refused(cli, tmp_path):
    code, _, err = cli("watch", str(tmp_path / "nowhere"), "--clip", "tiny")
    assert code == 2 and "nowhere" in err and err.count("\n") == 1
