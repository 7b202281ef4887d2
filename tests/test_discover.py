"""File discovery: kinds, order, hidden entries, symlinks and loops, unreadable folders, odd names."""

import json
import os
from pathlib import Path

import pytest

from mmrag.errors import InputError
from mmrag.ingest.discover import Found, Skipped, check_roots, discover, display_path


def touch(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"x")
    return path



def test_kinds_order_and_ignored_files(tmp_path):
    for name in ["b/z.JPG", "b/a.jpeg", "a.png", "c.webp", "d.gif", "e.bmp", "f.tiff", "g.TIF", "doc.PDF", "notes.txt", ".DS_Store", "b/c/deep.pdf"]:
        touch(tmp_path / name)
    entries = list(discover([tmp_path]))
    assert entries == list(discover([tmp_path]))  # deterministic
    assert not [e for e in entries if isinstance(e, Skipped)]
    names = [(e.path.relative_to(tmp_path).as_posix(), e.kind) for e in entries]
    assert names == [
        ("a.png", "image"), ("c.webp", "image"), ("d.gif", "image"), ("doc.PDF", "pdf"), ("e.bmp", "image"),
        ("f.tiff", "image"), ("g.TIF", "image"), ("b/a.jpeg", "image"), ("b/z.JPG", "image"), ("b/c/deep.pdf", "pdf"),
    ]


def test_hidden_entries(tmp_path):
    touch(tmp_path / ".hidden.png")
    touch(tmp_path / ".secret" / "in.png")
    touch(tmp_path / "shown.png")
    assert [e.path.name for e in discover([tmp_path])] == ["shown.png"]
    assert sorted(e.path.name for e in discover([tmp_path], include_hidden=True)) == [".hidden.png", "in.png", "shown.png"]
    assert [e.path.name for e in discover([tmp_path / ".secret"])] == ["in.png"]  # named explicitly


def test_symlinks_loops_and_duplicates(tmp_path):
    root = tmp_path / "root"
    touch(root / "a" / "one.png")
    touch(tmp_path / "elsewhere" / "two.png")
    os.symlink(tmp_path / "elsewhere", root / "link_out")
    os.symlink(root, root / "a" / "loop")  # back to an ancestor
    os.symlink(root / "a" / "one.png", root / "alias.png")  # same file twice
    os.symlink(root / "self", root / "self")
    os.symlink(tmp_path / "missing.png", root / "dangling.png")
    entries = list(discover([root]))
    files = sorted(e.path.name for e in entries if isinstance(e, Found))
    assert len(files) == 2 and "two.png" in files and ("one.png" in files) != ("alias.png" in files)
    reasons = {Path(e.path).name: e.reason for e in entries if isinstance(e, Skipped)}
    assert reasons["loop"] == "symlink loop"
    assert reasons["self"] in ("symlink loop", "broken symbolic link")
    assert reasons["dangling.png"] == "broken symbolic link"


def test_non_utf8_name(tmp_path):
    raw = os.path.join(os.fsencode(tmp_path), b"caf\xe9.png")
    with open(raw, "wb") as handle:
        handle.write(b"x")
    (entry,) = list(discover([tmp_path]))
    assert os.fsencode(entry.path) == raw and entry.path.exists()
    shown = display_path(entry.path)
    assert "\\xe9" in shown and json.dumps(shown, ensure_ascii=False).encode("utf-8")


def test_roots(tmp_path):
    with pytest.raises(InputError, match="no such file or folder"):
        check_roots([tmp_path, tmp_path / "nope"])
    with pytest.raises(InputError):
        check_roots([])
    fifo = tmp_path / "pipe.png"
    os.mkfifo(fifo)
    text = touch(tmp_path / "notes.txt")
    assert list(discover([fifo, text])) == [Skipped(str(fifo), "not a regular file"), Skipped(str(text), "unsupported file type (.txt)")]


def test_unreadable_folder_is_skipped_and_the_walk_goes_on(tmp_path, monkeypatch):
    """A real chmod 000 where we are not root; as root (who reads everything) the refusal is simulated."""
    root = tmp_path / "tree"
    touch(root / "ok" / "a.png")
    touch(root / "locked" / "b.png")
    if os.geteuid() == 0:
        real_scandir = os.scandir

        def scandir(path):
            if Path(path) == root / "locked":
                raise PermissionError(13, "Permission denied", str(path))
            return real_scandir(path)

        monkeypatch.setattr(os, "scandir", scandir)
    os.chmod(root / "locked", 0)
    try:
        entries = list(discover([root]))
    finally:
        os.chmod(root / "locked", 0o755)
    assert Skipped(str(root / "locked"), "permission denied") in entries
    assert Found(root / "ok" / "a.png", "image") in entries
