"""Writing to an index safely: the refusal when another command holds the writer lock (IndexBusyError), and disk-full
or read-only failures from SQLite, Chroma or the file system turned into one clear IndexWriteError (index_writes).
The lock itself is taken by Index.open_for_writing (index.py)."""

from __future__ import annotations

import errno
import logging
import os
from contextlib import contextmanager
from pathlib import Path

from .errors import IndexWriteError, MmragError

log = logging.getLogger(__name__)


class IndexBusyError(MmragError):
    def __init__(self, folder: Path, doing: str = ""):
        what = f"another mmrag {doing}" if doing else "another mmrag command (ingest, describe, tag, remove or watch)"
        super().__init__(
            f"{what} is writing to {folder}",
            "Wait for it to finish (searches can run meanwhile), or use another --index",
        )


def lock_holder(lock_file: Path) -> str:
    """What the write lock's holder wrote in it: "ingest (pid 123)", or "" when unknown."""
    try:
        job, pid = lock_file.read_text(encoding="utf-8", errors="replace").split()[:2]
    except (OSError, ValueError):
        return ""
    return f"{job} (pid {pid})" if job != "write" else f"command (pid {pid})"


def halt_for_tests(point: str) -> None:
    """Test-only: MMRAG_TEST_KILL_AT=POINT makes this process kill -9 itself at that named point (see
    tests/test_tag.py)."""
    if os.environ.get("MMRAG_TEST_KILL_AT") == point:
        import signal

        os.kill(os.getpid(), signal.SIGKILL)


WRITE_ERRNOS = {
    errno.ENOSPC: "no space left on the device",
    errno.EDQUOT: "disk quota exceeded",
    errno.EROFS: "the file system is read-only",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
}
WRITE_MESSAGES = {
    "disk is full": "the disk is full",
    "no space left": "no space left on the device",
    "readonly": "the index is read-only",
    "read-only": "the index is read-only",
    "permission denied": "permission denied",
}


def read_only(folder: Path) -> bool:
    """Whether ``folder`` is on a file system mounted read-only."""
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def write_failure(err: BaseException) -> str | None:
    """Why a write to the index failed, when ``err`` says the disk is full or the folder is read-only; else None."""
    if isinstance(err, MmragError):
        return None
    if isinstance(err, OSError) and err.errno in WRITE_ERRNOS:
        return WRITE_ERRNOS[err.errno]
    text = str(err).lower()
    return next((reason for key, reason in WRITE_MESSAGES.items() if key in text), None)


@contextmanager
def index_writes(folder: Path):
    """Turns disk-full and read-only failures (from SQLite, Chroma or the file system) into IndexWriteError."""
    try:
        yield
    except Exception as err:
        reason = write_failure(err)
        if reason is None:
            raise
        log.debug("write failed", exc_info=True)
        raise IndexWriteError(folder, reason) from None
