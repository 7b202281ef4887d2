"""The wheel installs ingest/ and ui/ as mmrag.ingest / mmrag.ui, with the tiny CLIP inside."""

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_contents(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    (wheel,) = tmp_path.glob("mmrag-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    tops = {n.split("/", 1)[0] for n in names}
    assert "ingest" not in tops and "ui" not in tops and "tests" not in tops
    for needed in [
        "mmrag/cli.py",
        "mmrag/ingest/__init__.py",
        "mmrag/ingest/images.py",
        "mmrag/ui/__init__.py",
        "mmrag/ui/app.py",
        "mmrag/ui/server.py",
        "mmrag/ui/search.py",
        "mmrag/models/mmrag-tiny-clip.json",
        "mmrag/models/mmrag-tiny-clip.pt",
        "mmrag/backends/clip.py",
    ]:
        assert needed in names, needed
    entry = next(n for n in names if n.endswith("entry_points.txt"))
    assert "mmrag = mmrag.__main__:run" in zipfile.ZipFile(wheel).read(entry).decode()


def test_ingest_is_importable_as_a_subpackage():
    import mmrag.ingest.images
    import mmrag.ui

    assert mmrag.ingest.images.__name__ == "mmrag.ingest.images" and mmrag.ui.__name__ == "mmrag.ui"
