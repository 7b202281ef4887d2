"""Image preparation past the GIL (#23 item 5): decode, thumbnail and the CLIP model's resize/crop/normalise of
image files in worker processes.

In reader threads these steps hold the GIL for much of their time (Pillow's Python side, torchvision's transforms),
so on a GPU machine four readers fed ViT-B-32 at about a quarter of its encode rate, and more threads did not help.
Here each reader thread hands the file to a process pool (``spawn``: safe beside torch and threads) and waits for
the result, releasing the GIL; the main process only hashes, embeds and commits.

- Workers get the model's transform once (pickled at start-up) and return the CLIP input as a float32 array (the
  same values ``clip.preprocess`` gives in-process, so the embeddings are the same), with the size, the EXIF date
  and GPS position; they write the thumbnail themselves (atomically, as in-process).
- A file a worker cannot read is reported like in-process (``ImageReadError`` with the reason); an index folder that
  refuses the thumbnail stops the run (``IndexWriteError``).
- A worker that dies (a decoder crash, the OOM killer) breaks the pool: that file and the rest are prepared
  in-process, with one warning. So does one that cannot start: ``spawn`` imports the main module again, so a script
  that calls the library's ingest needs the ``if __name__ == "__main__":`` guard (``mmrag`` and ``python -m mmrag``
  have it).
- Ctrl-C is the main process's: workers ignore SIGINT and are shut down with the run; after a kill -9 of the
  ingest they notice within a second and leave, and the next run resumes as usual.
- Only image files go to workers; PDF pages and video frames are decoded in-process (their pixels come from PyMuPDF
  and PyAV in the reader threads already).

``prep_workers(setting, device)`` decides how many: MMRAG_PREP_WORKERS, else cores - 2 (at least 2) when CLIP runs on
CUDA, else 0 (on a CPU-only machine the encoder needs the cores; workers would add start-up and copying).
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from mmrag.ingest.images import MODEL_SIDE, decode_for_index, save_thumbnail

from mmrag.errors import ImageReadError, IndexWriteError
from mmrag.writes import write_failure

log = logging.getLogger(__name__)

MAX_AUTO_WORKERS = 16  # past this, the encoder (not preparation) is the limit for ViT-B-32 on an H100
PARENT_CHECK_SECONDS = 0.5  # how often a worker looks whether its ingest is still there


@dataclass
class PreparedImage:
    """What ingest needs of one image file, prepared in a worker."""

    pixels: Any  # the CLIP input tensor
    width: int
    height: int
    taken: float | None  # EXIF capture date (Unix time)
    position: tuple[float, float] | None  # EXIF GPS (latitude, longitude)


def prep_workers(setting: int | None, device: str | None, cores: int | None = None) -> int:
    """Worker processes for image preparation: the setting when given, else cores - 2 (2 to 16) on CUDA, else 0."""
    if setting is not None:
        return setting
    if not str(device or "").startswith("cuda"):
        return 0
    return max(2, min(MAX_AUTO_WORKERS, (cores or os.cpu_count() or 2) - 2))


@contextlib.contextmanager
def image_prep(clip, thumbs: Path, workers: int) -> Iterator[ImagePrep | None]:
    """An ImagePrep for the run (None with 0 workers, or a CLIP without a picklable transform), shut down after."""
    transform = getattr(clip, "image_transform", None)
    if workers < 1 or transform is None:
        yield None
        return
    prep = ImagePrep(transform(), thumbs, workers)
    try:
        yield prep
    finally:
        prep.close()


class ImagePrep:
    def __init__(self, transform: Callable, thumbs: Path, workers: int):
        self.transform, self.thumbs, self.workers = transform, Path(thumbs), workers
        self.pool: ProcessPoolExecutor | None = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=get_context("spawn"),
            initializer=_start,
            initargs=(transform, str(thumbs), os.getpid()),
        )
        self.lock = threading.Lock()

    def image(self, path: Path, content_hash: str) -> PreparedImage:
        """Prepare one image file (called from reader threads); raises ImageReadError or IndexWriteError."""
        pool = self.pool
        if pool is not None:
            try:
                outcome = pool.submit(_prepare, str(path), content_hash).result()
            except BrokenProcessPool:
                self._broken()
            else:
                return self._unpack(path, outcome)
        return self._unpack(path, _prepare_with(self.transform, self.thumbs, str(path), content_hash))

    def close(self) -> None:
        with self.lock:
            pool, self.pool = self.pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)

    def _broken(self) -> None:
        with self.lock:
            pool, self.pool = self.pool, None
        if pool is not None:
            log.warning(
                "an image worker process died or could not start (a script that ingests needs "
                "`if __name__ == '__main__':`); preparing the remaining images in this process"
            )
            pool.shutdown(wait=False, cancel_futures=True)

    def _unpack(self, path: Path, outcome: tuple) -> PreparedImage:
        import torch

        status, *rest = outcome
        if status == "unreadable":
            raise ImageReadError(str(path), rest[0])
        if status == "unwritable":
            raise IndexWriteError(self.thumbs.parent, rest[0])
        pixels, width, height, taken, position = rest
        return PreparedImage(torch.from_numpy(pixels), width, height, taken, position)


# -- the worker side (module-level functions: spawn imports this module and pickles them by name) ----------------

_worker: dict = {}


def _start(transform: Callable, thumbs: str, parent: int) -> None:
    import torch

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle
    torch.set_num_threads(1)  # one image at a time per worker: torch's own thread pool would oversubscribe the cores
    _worker.update(transform=transform, thumbs=Path(thumbs))
    threading.Thread(target=_leave_with, args=(parent,), daemon=True).start()


def _leave_with(parent: int) -> None:
    """End this worker when its ingest is gone (kill -9): the pool's pipes stay open in the workers themselves, so
    without this they would wait for work for ever (holding the dead ingest's stdout and stderr open). ``parent``
    comes from the ingest itself: a worker that starts after its death is already an orphan."""
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(0)


def _prepare(path: str, content_hash: str) -> tuple:
    return _prepare_with(_worker["transform"], _worker["thumbs"], path, content_hash)


def _prepare_with(transform: Callable, thumbs: Path, path: str, content_hash: str) -> tuple:
    """("ok", pixels as a float32 array, width, height, taken, position), or ("unreadable" | "unwritable", reason):
    plain values, so nothing depends on pickling exceptions across processes."""
    try:
        image, (width, height), taken, position = decode_for_index(path, getattr(transform, "side", MODEL_SIDE))
    except ImageReadError as err:
        return ("unreadable", err.reason)
    try:
        save_thumbnail(image, thumbs, content_hash)
    except OSError as err:
        reason = write_failure(err)
        if reason is None:
            return ("unreadable", err.strerror or str(err))
        return ("unwritable", reason)
    pixels = transform(image)
    return ("ok", pixels.numpy(), width, height, taken, position)
