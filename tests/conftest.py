import contextlib
import io
import json
import logging
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


def _subprocess_cli(cwd: Path):
    def run(*args: str, env: dict | None = None, timeout: float = 300):
        full_env = {**os.environ, "MMRAG_INDEX": str(cwd / "index"), **(env or {})}
        proc = subprocess.run(
            [sys.executable, "-m", "mmrag", *args],
            capture_output=True,
            text=True,
            env=full_env,
            timeout=timeout,
            cwd=cwd,
        )
        return proc.returncode, _parsed(args, proc.stdout), proc.stderr

    return run


def _parsed(args, stdout: str):
    if "--json" in args and stdout.strip():
        return json.loads(stdout)
    return stdout


@contextlib.contextmanager
def _environment(values: dict):
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update({name: str(value) for name, value in values.items()})
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _forget_process_caches() -> None:
    """Drop what a process exit would: chromadb's per-path clients and the loaded BM25 indexes, so that the next call
    opens the index afresh as a new ``mmrag`` process does (models stay loaded: that is the speed-up)."""
    module = sys.modules.get("chromadb.api.shared_system_client")
    if module is not None:
        module.SharedSystemClient.clear_system_cache()
    lexical = sys.modules.get("mmrag.lexical")
    if lexical is not None:
        with lexical._LOADED_LOCK:
            lexical._LOADED.clear()


def _enable_mmrag_loggers() -> None:
    """A fresh process starts with every logger on; in this one, uvicorn's or Streamlit's dictConfig (run by an earlier
    test) may have disabled the loggers that existed then."""
    for name, logger in logging.root.manager.loggerDict.items():
        if name.startswith("mmrag") and isinstance(logger, logging.Logger):
            logger.disabled = False


def _inprocess_cli(cwd: Path):
    """``mmrag ARGS`` as ``mmrag.cli.main(args)`` in this process: what a subprocess would see, minus the imports.

    The environment and cwd are the call's own and restored afterwards; stdout and stderr are captured (log records
    go to the captured stderr with the CLI's format); SystemExit becomes the exit code.
    """
    from mmrag import cli as cli_module

    def run(*args: str, env: dict | None = None, timeout: float = 300):
        out, err = io.StringIO(), io.StringIO()
        handler = logging.StreamHandler(err)
        handler.setFormatter(logging.Formatter("mmrag: %(message)s"))
        root = logging.getLogger()
        level = root.level
        _enable_mmrag_loggers()
        root.addHandler(handler)
        root.setLevel(logging.WARNING)
        previous_cwd = os.getcwd()
        try:
            with (
                _environment({"MMRAG_INDEX": str(cwd / "index"), **(env or {})}),
                contextlib.redirect_stdout(out),
                contextlib.redirect_stderr(err),
            ):
                os.chdir(cwd)
                try:
                    code = cli_module.main(list(args))
                except SystemExit as exit_:
                    code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
        finally:
            os.chdir(previous_cwd)
            root.removeHandler(handler)
            root.setLevel(level)
            _forget_process_caches()
        return code, _parsed(args, out.getvalue()), err.getvalue()

    return run


@pytest.fixture
def cli(tmp_path):
    """Run ``mmrag ARGS`` in-process; returns (exit code, parsed stdout JSON or text, stderr).

    MMRAG_TEST_SUBPROCESS=1 runs every call in a subprocess instead (as the suite did before; slower).
    """
    if os.environ.get("MMRAG_TEST_SUBPROCESS") == "1":
        return _subprocess_cli(tmp_path)
    return _inprocess_cli(tmp_path)


@pytest.fixture
def cli_subprocess(tmp_path):
    """Run ``python -m mmrag ARGS`` in a real process: for exit on signals, import-time behaviour, the console
    script."""
    return _subprocess_cli(tmp_path)
