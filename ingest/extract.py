"""One file -> its items, in a reader thread (no catalog or Chroma access here): hash, decode, render, chunk, and
CLIP-preprocess; the main thread (pipeline.py) batches what the readers return."""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mmrag.ingest.discover import Found, display_path
from mmrag.ingest.images import MODEL_SIDE, decode_for_index, save_thumbnail
from mmrag.ingest.video import read_video

from mmrag.backends.base import ClipModel
from mmrag.catalog import SourceRecord
from mmrag.errors import IndexWriteError, MmragError, SourceReadError
from mmrag.places import place_at
from mmrag.writes import write_failure

if TYPE_CHECKING:
    from mmrag.ingest.pipeline import IngestOptions

log = logging.getLogger(__name__)


@dataclass
class Extracted:
    """One item before embedding. ``pixels`` is the CLIP input (a preprocessed tensor, or the image itself)."""

    kind: str
    page: int | None
    idx: int
    content_hash: str
    text: str | None = None
    pixels: Any = None
    width: int | None = None
    height: int | None = None
    time: float | None = None  # video_frame: seconds from the start


@dataclass
class Prepared:
    """The outcome of reading one file in a worker."""

    found: Found
    display: str
    size: int
    mtime: float
    sha256: str = ""
    ctime: float | None = None
    action: str = "extract"  # extract | touch | reuse | fail
    items: list[Extracted] = field(default_factory=list)  # the first part (at most commit_items items)
    rest: Iterator[Extracted] | None = None  # the items after the first part, read lazily by the main thread
    date: float | None = None
    place: str | None = None  # an image's place from its GPS EXIF (mmrag/places.py)
    error: str | None = None


def item_id(path: bytes, kind: str, page: int | None, idx: int, content_hash: str) -> str:
    """Stable id from (source path, kind, page, index within page, content hash)."""
    key = b"\0".join([path, kind.encode(), str(page).encode(), str(idx).encode(), content_hash.encode()])
    return hashlib.blake2b(key, digest_size=12).hexdigest()


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class FileReader:
    """Reads files into items for the Ingester's reader threads; thumbnails are saved as images are met."""

    def __init__(self, clip: ClipModel | None, thumbs: Path, options: IngestOptions):
        self.clip = clip
        self.thumbs = thumbs
        self.options = options
        self.prep = None  # an ingest.prep.ImagePrep while a run has image worker processes

    def prepare(self, found: Found, old: SourceRecord | None, known_shas: dict[str, bytes]) -> Prepared:
        display = display_path(found.path)
        try:
            st = found.path.stat()
            prepared = Prepared(found, display, st.st_size, st.st_mtime, ctime=st.st_ctime)
            if st.st_size == 0:
                raise SourceReadError(display, "empty file (0 bytes)")
            prepared.sha256 = file_sha256(found.path)
            if old and old.sha256 == prepared.sha256:
                prepared.action = "touch"
            elif prepared.sha256 in known_shas and known_shas[prepared.sha256] != os.fsencode(found.path):
                prepared.action = "reuse"
            else:
                prepared.date = st.st_mtime
                items = self._extract(found, prepared)
                prepared.items = list(
                    islice(items, self.options.commit_items)
                )  # a big file's rest: read by the main thread, part by part
                prepared.rest = items
            return prepared
        except SourceReadError as err:
            return Prepared(found, display, 0, 0.0, action="fail", error=err.reason)
        except PermissionError:
            return Prepared(found, display, 0, 0.0, action="fail", error="permission denied")
        except OSError as err:
            return Prepared(found, display, 0, 0.0, action="fail", error=err.strerror or str(err))
        except MmragError:  # a model or the index failed, not this file: the run stops with its own message
            raise
        except Exception as err:  # a reader bug must not end the run: report it with the file
            log.debug("unexpected error reading %s", display, exc_info=True)
            return Prepared(
                found, display, 0, 0.0, action="fail", error=f"unexpected error: {type(err).__name__}: {err}"
            )

    def _extract(self, found: Found, prepared: Prepared) -> Iterator[Extracted]:
        """The items of one file; an image's EXIF capture date replaces the file's mtime as its date."""
        sha = prepared.sha256
        if found.kind == "image" and self.prep is not None:  # decoded, thumbnailed, preprocessed in a worker
            got = self.prep.image(found.path, sha)
            prepared.date, prepared.place = got.taken or prepared.date, place_at(got.position)
            yield Extracted("image", None, 0, sha, pixels=got.pixels, width=got.width, height=got.height)
            return
        if found.kind == "image":  # decoded once, to the thumbnail's size or the least the model needs
            image, size, taken, position = decode_for_index(found.path, getattr(self.clip, "input_side", MODEL_SIDE))
            prepared.date = taken or prepared.date
            prepared.place = place_at(position)
            item = self._image_item("image", None, 0, sha, image)
            item.width, item.height = size  # the photo's own size, not the decoded copy's
            yield item
            return
        if found.kind == "video":
            for idx, frame in enumerate(
                read_video(found.path, every=self.options.video_every, max_frames=self.options.video_frames)
            ):
                frame_hash = hashlib.sha256(f"{sha}:frame:{frame.time:.3f}".encode()).hexdigest()
                item = self._image_item("video_frame", None, idx, frame_hash, frame.image)
                item.time = frame.time
                yield item
            return
        from mmrag.ingest.pdf import read_pdf  # PyMuPDF is imported only when a PDF is met (about 1 s)

        for page in read_pdf(found.path, dpi=self.options.pdf_dpi):
            for idx, chunk in enumerate(page.text_chunks):
                yield Extracted("text", page.page, idx, hashlib.sha256(chunk.encode()).hexdigest(), text=chunk)
            for pdf_image in page.images:
                yield self._image_item("pdf_image", page.page, pdf_image.index, pdf_image.sha256, pdf_image.image)
            render_hash = hashlib.sha256(f"{sha}:page:{page.page}:dpi:{self.options.pdf_dpi}".encode()).hexdigest()
            yield self._image_item("pdf_page", page.page, 0, render_hash, page.render)

    def _image_item(self, kind: str, page: int | None, idx: int, content_hash: str, image) -> Extracted:
        try:
            save_thumbnail(image, self.thumbs, content_hash)
        except OSError as err:  # the index's disk, not the source file: stop the run
            reason = write_failure(err)
            if reason is not None:
                raise IndexWriteError(self.thumbs.parent, reason) from None
            raise
        pixels = self.clip.preprocess(image)
        return Extracted(kind, page, idx, content_hash, pixels=pixels, width=image.width, height=image.height)
