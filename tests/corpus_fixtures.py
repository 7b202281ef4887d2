"""Small real corpora for ingest tests: shape images, a PDF with text and images, broken files."""

from __future__ import annotations

import io
import os
import random
import sqlite3
import struct
import zlib
from pathlib import Path

import pymupdf
from PIL import Image

from mmrag.shapes import ShapeSpec, render


def shape_png(colour: str, shape: str, seed: int = 0, size: int = 160) -> bytes:
    buf = io.BytesIO()
    render(ShapeSpec(colour, shape), random.Random(seed), size=size, canvas=size).save(buf, format="PNG")
    return buf.getvalue()


def write_images(folder: Path, combos, seed: int = 0, fmt: str = "png") -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths = []
    for n, (colour, shape) in enumerate(combos):
        path = folder / f"photo_{n:03d}.{fmt}"
        render(ShapeSpec(colour, shape), rng, size=160, canvas=160).save(path)
        paths.append(path)
    return paths


def write_pdf(path: Path, pages: list[tuple[str, list[tuple[str, str]]]]) -> Path:
    """A PDF: each page has a paragraph and shape images (colour, shape)."""
    doc = pymupdf.open()
    for n, (paragraph, shapes) in enumerate(pages):
        page = doc.new_page()
        page.insert_textbox(pymupdf.Rect(50, 50, 550, 250), paragraph, fontsize=11)
        for k, (colour, shape) in enumerate(shapes):
            rect = pymupdf.Rect(60 + k * 170, 300, 220 + k * 170, 460)
            page.insert_image(rect, stream=shape_png(colour, shape, seed=n * 10 + k))
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(path)
    return path


def write_broken(folder: Path) -> dict[str, str]:
    """Broken files; returns {file name: a word its failure reason must contain}."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "zero.jpg").write_bytes(b"")
    (folder / "random.png").write_bytes(os.urandom(2048))
    good = io.BytesIO()
    Image.new("RGB", (400, 300), (200, 10, 10)).save(good, format="JPEG")
    (folder / "truncated.jpg").write_bytes(good.getvalue()[: len(good.getvalue()) // 3])
    (folder / "notapdf.pdf").write_text("this is not a PDF at all")
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "secret")
    doc.save(folder / "encrypted.pdf", encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="pw", owner_pw="owner")
    full = write_pdf(folder / "full.tmp", [("some text " * 40, [("red", "star")])] * 3)
    (folder / "truncated.pdf").write_bytes(full.read_bytes()[: full.stat().st_size // 2])
    full.unlink()
    os.symlink(folder, folder / "loop")
    return {
        "truncated.pdf": "truncated",
        "loop": "symlink loop",
        "zero.jpg": "empty",
        "random.png": "not an image",
        "truncated.jpg": "truncated",
        "notapdf.pdf": "not a PDF",
        "encrypted.pdf": "encrypted",
    }


def committed_sources(index: Path) -> int:
    """Sources committed to an index's catalog so far, read-only (0 while it does not exist yet): what a
    killed or failed ingest kept."""
    try:
        db = sqlite3.connect(f"file:{index / 'catalog.sqlite'}?mode=ro", uri=True, timeout=1)
        try:
            return db.execute("SELECT COUNT(*) FROM sources").fetchone()[0]
        finally:
            db.close()
    except sqlite3.Error:
        return 0


def item_ids(index: Path) -> list[str]:
    """The ids of an index's items, sorted, read from its catalog."""
    db = sqlite3.connect(index / "catalog.sqlite")
    try:
        return sorted(r[0] for r in db.execute("SELECT id FROM items"))
    finally:
        db.close()


def png_bomb(width: int, height: int, bit_depth: int = 8, rows: int | None = None) -> bytes:
    """A grey PNG of ``width``x``height`` whose pixels are all zero: tiny on disk, huge decoded. ``rows``: how many
    rows the IDAT really holds (default all; fewer keeps the file quick to build when only the header matters)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    row = b"\0" * (1 + width * bit_depth // 8)
    packer = zlib.compressobj(9)
    data = b"".join(packer.compress(row) for _ in range(height if rows is None else rows)) + packer.flush()
    header = struct.pack(">IIBBBBB", width, height, bit_depth, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")
