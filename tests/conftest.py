import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# Tests never reach the network: a missing weight must fail in milliseconds.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

sys.path.insert(0, str(Path(__file__).parent))

from fake_ollama import FakeOllama  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def fake_ollama():
    with FakeOllama() as server:
        yield server


@pytest.fixture
def cli(tmp_path):
    """Run ``mmrag ARGS`` in a subprocess; returns (exit code, parsed stdout JSON or text, stderr)."""

    def run(*args: str, env: dict | None = None, timeout: float = 300):
        full_env = {**os.environ, "MMRAG_INDEX": str(tmp_path / "index"), **(env or {})}
        proc = subprocess.run([sys.executable, "-m", "mmrag", *args], capture_output=True, text=True, env=full_env, timeout=timeout, cwd=tmp_path)
        out = proc.stdout
        if "--json" in args and proc.stdout.strip():
            out = json.loads(proc.stdout)
        return proc.returncode, out, proc.stderr

    return run
