"""Commands that need no model import none (issue #20 item 1): --help, status and sources start in well under a
second because torch, open_clip and sentence-transformers stay unimported. Checked in a fresh interpreter."""

import json
import subprocess
import sys

import pytest

from corpus_fixtures import write_images

HEAVY = ("torch", "open_clip", "sentence_transformers", "transformers")
PROBE = """
import json, sys
from mmrag.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "heavy": sorted(m for m in %r if m in sys.modules)}), file=sys.stderr)
""" % (HEAVY,)


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    work = tmp_path_factory.mktemp("cold")
    write_images(work / "photos", [("red", "star"), ("blue", "circle")])
    proc = subprocess.run([sys.executable, "-m", "mmrag", "ingest", str(work / "photos"), "--clip", "tiny", "--no-describe", "--no-ocr"],
                          capture_output=True, text=True, env={"MMRAG_INDEX": str(work / "index"), "HF_HUB_OFFLINE": "1", "PATH": "/usr/bin:/bin"},
                          timeout=600)
    assert proc.returncode == 0, proc.stderr
    return work / "index"


@pytest.mark.parametrize("args", [["--help"], ["status"], ["status", "--json"], ["sources"], ["sources", "--json"]])
def test_commands_without_a_model_import_none(index, args):
    proc = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, timeout=120,
                          env={"MMRAG_INDEX": str(index), "HF_HUB_OFFLINE": "1", "PATH": "/usr/bin:/bin"})
    report = json.loads(proc.stderr.strip().splitlines()[-1]) if "--help" not in args else None
    if report is None:  # argparse exits after printing help: SystemExit(0) before our line
        assert proc.returncode == 0 and "ingest" in proc.stdout
        check = subprocess.run([sys.executable, "-c", "import sys\ntry:\n    from mmrag.cli import main; main(['--help'])\nexcept SystemExit:\n    pass\n"
                                f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))"], capture_output=True, text=True, timeout=120)
        assert check.stdout.strip().splitlines()[-1] == "[]"
        return
    assert report == {"code": 0, "heavy": []}, proc.stderr[-500:]
