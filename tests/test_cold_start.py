"""Commands that need no model import none (issue #20 item 1): --help, status and sources start in well under a
second because torch, open_clip and sentence-transformers stay unimported. Checked in a fresh interpreter."""

import json
import subprocess
import sys

import pytest
from corpus_fixtures import write_images

HEAVY = ("torch", "open_clip", "sentence_transformers", "transformers")
PROBE = f"""
import json, sys
from mmrag.cli import main
code = main(sys.argv[1:])
print(json.dumps({{"code": code, "heavy": sorted(m for m in {HEAVY!r} if m in sys.modules)}}), file=sys.stderr)
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    work = tmp_path_factory.mktemp("cold")
    write_images(work / "photos", [("red", "star"), ("blue", "circle")])
    proc = subprocess.run(
        [sys.executable, "-m", "mmrag", "ingest", str(work / "photos"), "--clip", "tiny", "--no-describe", "--no-ocr"],
        capture_output=True,
        text=True,
        env={"MMRAG_INDEX": str(work / "index"), "HF_HUB_OFFLINE": "1", "PATH": "/usr/bin:/bin"},
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    return work / "index"


@pytest.mark.parametrize("args", [["--help"], ["status"], ["status", "--json"], ["sources"], ["sources", "--json"]])
def test_commands_without_a_model_import_none(index, args):
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={"MMRAG_INDEX": str(index), "HF_HUB_OFFLINE": "1", "PATH": "/usr/bin:/bin"},
    )
    report = json.loads(proc.stderr.strip().splitlines()[-1]) if "--help" not in args else None
    if report is None:  # argparse exits after printing help: SystemExit(0) before our line
        assert proc.returncode == 0 and "ingest" in proc.stdout
        check = subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys\ntry:\n    from mmrag.cli import main; main(['--help'])\nexcept SystemExit:\n    pass\n"
                f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))",
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert check.stdout.strip().splitlines()[-1] == "[]"
        return
    assert report == {"code": 0, "heavy": []}, proc.stderr[-500:]


@pytest.mark.parametrize(
    "argv, command",
    [
        (["search", "red", "--json"], "search"),
        (["--version"], None),
        ([], None),
        (["status", "--index", "x"], "status"),
        (["-h"], None),
    ],
)
def test_command_of(argv, command):
    from mmrag.__main__ import command_of

    assert command_of(argv) == command


def _run_entry(monkeypatch, argv, code):
    """mmrag.__main__.run with cli.main answering ``code``: how did it leave? ('os._exit'|'sys.exit', code)"""
    import mmrag.__main__ as entry

    left = []
    monkeypatch.setattr(entry, "main", lambda args: code)
    monkeypatch.setattr(
        entry.os, "_exit", lambda c: left.append(("os._exit", c)) or (_ for _ in ()).throw(SystemExit(c))
    )
    monkeypatch.setattr(sys, "argv", ["mmrag", *argv])
    with pytest.raises(SystemExit) as exc:
        entry.run()
    return left[0] if left else ("sys.exit", exc.value.code)


@pytest.mark.parametrize(
    "argv, code, way",
    [
        (["search", "red"], 0, "os._exit"),
        (["status", "--json"], 0, "os._exit"),
        (["search", "red"], 2, "sys.exit"),  # an error leaves the ordinary way
        (["ingest", "photos"], 0, "sys.exit"),  # writers keep atexit and finalisers
        (["remove", "photos"], 0, "sys.exit"),
        (["tag"], 0, "sys.exit"),
    ],
)
def test_only_successful_reads_skip_the_teardown(monkeypatch, argv, code, way):
    assert _run_entry(monkeypatch, argv, code) == (way, code)


@pytest.mark.parametrize("args", [["status", "--json"], ["sources", "--json"], ["search", "red star", "--json"]])
def test_quick_exit_flushes_the_whole_result_into_a_pipe(index, args):
    """`python -m mmrag` leaves with os._exit after a read: the JSON on the pipe must still be complete."""
    proc = subprocess.run(
        [sys.executable, "-m", "mmrag", *args],
        capture_output=True,
        text=True,
        timeout=600,
        env={"MMRAG_INDEX": str(index), "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "PATH": "/usr/bin:/bin"},
    )
    assert proc.returncode == 0, proc.stderr[-500:]
    document = json.loads(proc.stdout)
    if args[0] == "search":
        assert document["query"] == "red star" and document["results"]
    else:
        assert document


def test_a_failed_command_still_reports_its_code(index, tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "mmrag", "status", "--index", str(tmp_path / "none")],
        capture_output=True,
        text=True,
        timeout=120,
        env={"HF_HUB_OFFLINE": "1", "PATH": "/usr/bin:/bin"},
    )
    assert proc.returncode != 0 and "no mmrag index" in proc.stderr


def test_remove_imports_no_model(index, tmp_path):
    """`remove` needs the vectors (Chroma) but no model: on a copy of the index, forget one photo."""
    import shutil

    copy = tmp_path / "index"
    shutil.copytree(index, copy)
    photo = next((index.parent / "photos").iterdir())
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, "remove", str(photo), "--json"],
        capture_output=True,
        text=True,
        timeout=300,
        env={"MMRAG_INDEX": str(copy), "HF_HUB_OFFLINE": "1", "PATH": "/usr/bin:/bin"},
    )
    assert json.loads(proc.stderr.strip().splitlines()[-1]) == {"code": 0, "heavy": []}, proc.stderr[-500:]
    assert json.loads(proc.stdout)["items"] == 1  # two photos indexed, one left
    status = subprocess.run(
        [sys.executable, "-m", "mmrag", "sources", "--json"],
        capture_output=True,
        text=True,
        timeout=300,
        env={"MMRAG_INDEX": str(copy), "HF_HUB_OFFLINE": "1", "PATH": "/usr/bin:/bin"},
    )
    assert str(photo) not in status.stdout and status.returncode == 0
