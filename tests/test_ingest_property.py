"""A stateful property test of incremental ingest (hypothesis RuleBasedStateMachine).

Between ingests of a small tree of real photos (scikit-image's) and PDFs, random steps change the tree: add, copy (same
and other folder), move, rename, edit in place (same size and mtime, new content), truncate, delete, replace a file by a
folder of the same name, add an unsupported file. After every ingest: the sources are the readable supported files on
disk; the items and vectors are those of a fresh ingest of the same tree; no orphan vector or thumbnail; a second
ingest reports everything unchanged. In-process Engine, tiny CLIP, fake text model and VLM.
MMRAG_PROPERTY_EXAMPLES sets the number of examples (default 3, well under a minute; e.g. 50 for a long run).
"""

from __future__ import annotations

import io
import os
import shutil
import tempfile
from pathlib import Path

import numpy as np
import pytest
from corpus_fixtures import write_pdf
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from mmrag.ingest.images import thumbnail_path
from PIL import Image
from skimage import data

from mmrag.backends.clip import OpenClipModel
from mmrag.backends.fake import FakeTextEmbedder, FakeVLM
from mmrag.config import Settings
from mmrag.engine import Engine
from mmrag.store import IMAGES, TEXTS, item_id_of

EXAMPLES = int(os.environ.get("MMRAG_PROPERTY_EXAMPLES", "3"))
PHOTOS = ["astronaut", "coffee", "chelsea", "rocket", "camera", "moon"]
FOLDERS = ["top", "top/sub", "other"]
CLIP = OpenClipModel("tiny")


def photo_bytes(name: str, fmt: str, side: int = 96) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(getattr(data, name)()).convert("RGB").resize((side, side)).save(buf, format=fmt)
    return buf.getvalue()


def pdf_bytes(words: str) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        return write_pdf(Path(tmp) / "d.pdf", [(f"A page about {words}.", [("red", "star")])]).read_bytes()


def engine_on(index: Path) -> Engine:
    return Engine(
        Settings(index=index, clip="tiny", ocr="off", readers=2, commit_items=3),
        clip=CLIP,
        text=FakeTextEmbedder(),
        vlm=FakeVLM(),
    )


def snapshot(engine: Engine) -> dict:
    """What an index holds, comparable across indexes: sources, items, vector ids and values."""
    catalog, store = engine.catalog, engine.store
    sources = {s.fs_path for s in catalog.sources()}
    items = {}
    for s in catalog.sources():
        for i in catalog.items_of(s.path):
            items[i.id] = (s.fs_path, i.kind, i.page, i.idx, i.content_hash, i.text, i.description)
    vectors = {name: store.vectors(name, sorted(store.ids(name))) for name in (IMAGES, TEXTS)}
    return {"sources": sources, "items": items, "vectors": vectors}


class IngestMachine(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp(prefix="mmrag-prop-"))
        self.root = self.tmp / "tree"
        for folder in FOLDERS:
            (self.root / folder).mkdir(parents=True)
        self.index = self.tmp / "index"
        self.broken: set[Path] = set()  # files made unreadable on purpose
        self.counter = 0
        self.add_photo("coffee", "top", "jpg")
        self.add_pdf("harbour ships", "other")

    def teardown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    # -- the tree ---------------------------------------------------------------------
    def name(self, stem: str, ext: str) -> str:
        self.counter += 1
        return f"{stem}_{self.counter}.{ext}"

    def files(self) -> list[Path]:
        return sorted(p for p in self.root.rglob("*") if p.is_file() and p.suffix in (".jpg", ".png", ".pdf"))

    def add_photo(self, photo: str, folder: str, ext: str) -> None:
        (self.root / folder / self.name(photo, ext)).write_bytes(photo_bytes(photo, "JPEG" if ext == "jpg" else "PNG"))

    def add_pdf(self, words: str, folder: str) -> None:
        (self.root / folder / self.name("doc", "pdf")).write_bytes(pdf_bytes(words))

    @rule(photo=st.sampled_from(PHOTOS), folder=st.sampled_from(FOLDERS), ext=st.sampled_from(["jpg", "png"]))
    def add(self, photo, folder, ext):
        self.add_photo(photo, folder, ext)

    @rule(words=st.sampled_from(["harbour ships", "mountain goats", "city trams"]), folder=st.sampled_from(FOLDERS))
    def add_document(self, words, folder):
        self.add_pdf(words, folder)

    @precondition(lambda self: self.files())
    @rule(data=st.data(), folder=st.sampled_from(FOLDERS + [None]))
    def copy(self, data, folder):
        src = data.draw(st.sampled_from(self.files()))
        dest = (self.root / folder if folder else src.parent) / self.name("copy", src.suffix[1:])
        shutil.copy2(src, dest)
        if src in self.broken:
            self.broken.add(dest)

    @precondition(lambda self: self.files())
    @rule(data=st.data(), folder=st.sampled_from(FOLDERS + [None]))
    def move(self, data, folder):  # to another folder, or a rename in the same one
        src = data.draw(st.sampled_from(self.files()))
        dest = (self.root / folder if folder else src.parent) / self.name("moved", src.suffix[1:])
        src.rename(dest)
        if src in self.broken:
            self.broken.discard(src)
            self.broken.add(dest)

    @precondition(lambda self: [p for p in self.files() if p.suffix == ".jpg" and p not in self.broken])
    @rule(data=st.data(), photo=st.sampled_from(PHOTOS))
    def edit_in_place(self, data, photo):
        """New content, same size and mtime: a smaller JPEG padded after its end marker (still a valid JPEG)."""
        path = data.draw(st.sampled_from([p for p in self.files() if p.suffix == ".jpg" and p not in self.broken]))
        st_before = path.stat()
        new = photo_bytes(photo, "JPEG", side=48)
        new = (
            new + b"\0" * (st_before.st_size - len(new))
            if len(new) < st_before.st_size
            else photo_bytes(photo, "JPEG", side=16)
        )
        if len(new) > st_before.st_size:
            return
        path.write_bytes(new.ljust(st_before.st_size, b"\0"))
        os.utime(path, ns=(st_before.st_atime_ns, st_before.st_mtime_ns))

    @precondition(lambda self: self.files())
    @rule(data=st.data())
    def truncate(self, data):
        path = data.draw(st.sampled_from(self.files()))
        raw = path.read_bytes()
        path.write_bytes(raw[: max(1, len(raw) // 3)])
        self.broken.add(path)

    @precondition(lambda self: self.files())
    @rule(data=st.data())
    def delete(self, data):
        path = data.draw(st.sampled_from(self.files()))
        path.unlink()
        self.broken.discard(path)

    @precondition(lambda self: self.files())
    @rule(data=st.data(), photo=st.sampled_from(PHOTOS))
    def replace_with_folder(self, data, photo):
        path = data.draw(st.sampled_from(self.files()))
        path.unlink()
        self.broken.discard(path)
        path.mkdir()
        (path / "inside.png").write_bytes(photo_bytes(photo, "PNG"))

    @rule(folder=st.sampled_from(FOLDERS))
    def add_unsupported(self, folder):
        (self.root / folder / self.name("notes", "txt")).write_text("not indexed")

    # -- the invariants, after an ingest ----------------------------------------------------
    @invariant()
    def ingest_matches_a_fresh_ingest(self):
        engine = engine_on(self.index)
        try:
            report = engine.ingest([self.root], progress=False, ocr=False)
            readable = {str(p) for p in self.files() if p not in self.broken}
            assert {f.path for f in report.failed} == {str(p) for p in self.broken}
            got = snapshot(engine)
            assert got["sources"] == readable
            item_ids = set(got["items"])
            for name, vectors in got["vectors"].items():  # no orphan vector
                assert {item_id_of(v) for v in vectors} <= item_ids, name
            hashes = {h for (_, kind, _, _, h, _, _) in got["items"].values() if kind != "text"}
            thumbs = {p.stem for p in (self.index / "thumbs").glob("*/*.jpg")}
            assert thumbs == hashes  # no orphan thumbnail, none missing
            again = engine.ingest([self.root], progress=False, ocr=False)
            assert (again.added, again.updated, again.removed, again.unchanged) == (0, 0, 0, len(readable))
        finally:
            engine.close()
        fresh_dir = Path(
            tempfile.mkdtemp(prefix="fresh", dir=self.tmp)
        )  # a new path each time: Chroma caches clients by path
        fresh = engine_on(fresh_dir / "index")
        try:
            fresh.ingest([self.root], progress=False, ocr=False)
            want = snapshot(fresh)
        finally:
            fresh.close()
        assert got["items"] == want["items"]
        for name in (IMAGES, TEXTS):
            assert set(got["vectors"][name]) == set(want["vectors"][name]), name
            for vid, vector in want["vectors"][name].items():
                np.testing.assert_allclose(got["vectors"][name][vid], vector, atol=1e-4)
        assert all(thumbnail_path(self.index / "thumbs", h).is_file() for h in hashes)


IngestMachine.TestCase.settings = settings(
    max_examples=EXAMPLES,
    stateful_step_count=5,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
test_incremental_ingest_equals_a_fresh_one = pytest.mark.timeout(1800)(IngestMachine.TestCase)
