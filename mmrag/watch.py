"""`mmrag watch`: keep the index fresh while files change.

watchdog reports changes under the watched paths; once no change has come for ``debounce``
seconds, the batch goes through the same incremental Engine.ingest as `mmrag ingest` on those
paths (unchanged files are skipped by size and mtime, a moved or renamed file reuses its twin's
vectors by content hash, a deleted one is pruned). The paths are re-scanned on start, so changes
made while it was not running are picked up. The Engine holds the index's writer lock for the
whole run. SIGTERM or Ctrl+C stops it cleanly (a batch in progress is finished on SIGTERM).
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from .config import Settings
from .engine import Engine
from .errors import InputError
from .ingest.discover import check_roots

log = logging.getLogger(__name__)

TICK = 0.2  # seconds between checks for a quiet period and a stop request


class _Changes:
    """Thread-safe record of the last relevant change (watchdog calls from its own thread)."""

    def __init__(self, roots: Sequence[Path], ignored: Path):
        self.roots = roots
        self.ignored = ignored
        self.last: float | None = None
        self.lock = threading.Lock()

    def relevant(self, path: str) -> bool:
        target = Path(os.fsdecode(path))
        if target == self.ignored or self.ignored in target.parents:
            return False  # the index's own writes
        return any(target == root or root in target.parents for root in self.roots)

    def dispatch(self, event) -> None:  # watchdog's handler interface
        paths = [event.src_path, getattr(event, "dest_path", "") or ""]
        if event.event_type in ("opened", "closed_no_write") or not any(p and self.relevant(p) for p in paths):
            return
        with self.lock:
            self.last = time.monotonic()

    def take_if_quiet(self, debounce: float) -> bool:
        with self.lock:
            if self.last is None or time.monotonic() - self.last < debounce:
                return False
            self.last = None
            return True


class Watcher:
    def __init__(
        self,
        settings: Settings,
        paths: Sequence[str | Path],
        describe: bool = True,
        ocr: bool = True,
        include_hidden: bool = False,
        debounce: float = 2.0,
        engine=None,
        excludes: Sequence[str] = (),
    ):
        self.settings = settings
        self.roots = [Path(p).absolute() for p in paths]
        self.options = {"describe": describe, "ocr": ocr, "include_hidden": include_hidden, "excludes": list(excludes)}
        self.debounce = debounce
        self.engine = engine
        self.stop = threading.Event()

    def _check_roots(self) -> None:
        for root in self.roots:
            if not root.exists():
                raise InputError(
                    f"watch path {root} disappeared",
                    "Restore it, or restart `mmrag watch` without it (its items stay in the index until an ingest "
                    "without it prunes them)",
                )

    def _ingest(self):
        self._check_roots()
        return self.engine.ingest(self.roots, progress=False, **self.options)

    def run(self) -> Iterator:
        """Yield one IngestReport for the start-up scan and one per batch of changes, until stopped."""
        from watchdog.observers import Observer

        check_roots(self.roots)
        if self.engine is None:
            self.engine = Engine(self.settings)
        changes = _Changes(self.roots, self.engine.index_dir)
        observer = Observer()
        for folder in {root if root.is_dir() else root.parent for root in self.roots}:
            observer.schedule(changes, str(folder), recursive=True)
        previous = (
            signal.signal(signal.SIGTERM, lambda *_: self.stop.set())
            if threading.current_thread() is threading.main_thread()
            else None
        )
        observer.start()
        try:
            yield self._ingest()  # re-scan: catch up with changes made while not watching
            print(
                f"mmrag watch: watching {', '.join(map(str, self.roots))} (index {self.engine.index_dir}); Ctrl+C "
                "stops it",
                file=sys.stderr,
                flush=True,
            )
            while not self.stop.wait(TICK):
                if not observer.is_alive():
                    self._check_roots()
                    raise InputError("the file watcher stopped", "Restart `mmrag watch`")
                if changes.take_if_quiet(self.debounce):
                    yield self._ingest()
                elif not all(root.exists() for root in self.roots):
                    self._check_roots()
        except KeyboardInterrupt:
            pass
        finally:
            observer.stop()
            observer.join(timeout=5)
            self.engine.close()
            if previous is not None:
                signal.signal(signal.SIGTERM, previous)
        print("mmrag watch: stopped", file=sys.stderr, flush=True)
