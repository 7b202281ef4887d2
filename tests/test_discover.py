"""File discovery: kinds, order, hidden entries, symlinks and loops, unreadable folders, odd names, roots."""

from __future__ import annotations

import itertools
import json
import os
import shutil
import stat
import sys
import tempfile
from pathlib import Path

import pytest
from mmrag.ingest.discover import INDEX_REASON, Found, Hidden, Ignored, Skipped, check_roots, discover, display_path

from mmrag.errors import InputError

LIMIT = 10_000  # a walk that yields this many entries on these tiny trees is looping


def touch(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"x")
    return path


def walk(*roots, **kwargs) -> list:
    """The discovery as a list, capped so that a looping walk fails instead of hanging."""
    entries = list(itertools.islice(discover(list(roots), **kwargs), LIMIT))
    assert len(entries) < LIMIT, "the walk did not terminate"
    return entries


def found(entries, base: Path) -> list[tuple[str, str]]:
    return [(e.path.relative_to(base).as_posix(), e.kind) for e in entries if isinstance(e, Found)]


def skipped(entries, base: Path) -> list[tuple[str, str]]:
    return [(Path(e.path).relative_to(base).as_posix(), e.reason) for e in entries if isinstance(e, Skipped)]


def ignored(entries, base: Path) -> list[tuple[str, str]]:
    return [(Path(e.path).relative_to(base).as_posix(), e.reason) for e in entries if isinstance(e, Ignored)]


def hidden(entries, base: Path) -> list[str]:
    return [Path(e.path).relative_to(base).as_posix() for e in entries if isinstance(e, Hidden)]


# -- kinds and order ------------------------------------------------------------


def test_every_kind_in_a_fixed_order_and_unsupported_files_listed(tmp_path):
    names = [
        "a.jpg",
        "B.JPG",
        "c.jpeg",
        "D.JPEG",
        "e.png",
        "F.PNG",
        "g.webp",
        "H.WEBP",
        "i.gif",
        "J.GIF",
        "k.bmp",
        "L.BMP",
        "m.tiff",
        "N.TIFF",
        "o.tif",
        "P.TIF",
        "q.pdf",
        "R.PDF",
        "s.heic",
        "T.HEIF",
        "u.avif",
        "V.AVIF",
        "w.jxl",
        "notes.txt",
        "README",
        ".DS_Store",
        "photo.png.xmp",
        "sub/z.png",
        "sub/a.pdf",
        "sub/deeper/x.jpg",
        "sub/deeper/ignored.doc",
        "another/y.gif",
    ]
    for name in names:
        touch(tmp_path / name)
    entries = walk(tmp_path)
    assert entries == walk(tmp_path)  # deterministic
    assert all(e.path.is_absolute() for e in entries if isinstance(e, Found)) and skipped(entries, tmp_path) == []
    top = sorted((n, "pdf" if n.lower().endswith(".pdf") else "image") for n in names[:23])
    assert found(entries, tmp_path) == top + [
        ("another/y.gif", "image"),
        ("sub/a.pdf", "pdf"),
        ("sub/z.png", "image"),
        ("sub/deeper/x.jpg", "image"),
    ]
    assert ignored(entries, tmp_path) == [
        ("README", "unsupported type (no extension)"),
        ("notes.txt", "unsupported type .txt"),
        ("photo.png.xmp", "unsupported type .xmp"),
        ("sub/deeper/ignored.doc", "unsupported type .doc"),
    ]
    assert hidden(entries, tmp_path) == [".DS_Store"]


def stack_depth() -> int:
    frame, depth = sys._getframe(1), 0
    while frame:
        frame, depth = frame.f_back, depth + 1
    return depth


def test_a_deep_tree_does_not_hit_the_recursion_limit(tmp_path):
    """A tree deeper than the frames left: a recursive walk fails. (Not 1000+ deep: pytest's cleanup recurses.)"""
    deep = tmp_path.joinpath(*["d"] * 300)
    deep.mkdir(parents=True)
    touch(deep / "bottom.png")
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(stack_depth() + 100)
    try:
        entries = walk(tmp_path)
    finally:
        sys.setrecursionlimit(limit)
    assert entries == [Found(deep / "bottom.png", "image")]


# -- hidden entries -------------------------------------------------------------


def test_hidden_entries_are_skipped_unless_asked_or_named(tmp_path):
    touch(tmp_path / ".hidden.png")
    touch(tmp_path / ".secret" / "in.png")
    touch(tmp_path / "shown.png")
    assert found(walk(tmp_path), tmp_path) == [("shown.png", "image")]
    assert hidden(walk(tmp_path), tmp_path) == [".hidden.png", ".secret"]  # counted, a folder as one entry
    assert found(walk(tmp_path, include_hidden=True), tmp_path) == [
        (".hidden.png", "image"),
        ("shown.png", "image"),
        (".secret/in.png", "image"),
    ]
    assert hidden(walk(tmp_path, include_hidden=True), tmp_path) == []
    assert found(walk(tmp_path / ".secret"), tmp_path) == [
        (".secret/in.png", "image")
    ]  # a hidden root named explicitly
    assert found(walk(tmp_path / ".hidden.png"), tmp_path) == [(".hidden.png", "image")]


# -- symlinks -------------------------------------------------------------------


def test_symlink_to_a_folder_elsewhere_is_followed_under_its_link_path(tmp_path):
    touch(tmp_path / "elsewhere" / "two.png")
    touch(tmp_path / "root" / "one.png")
    os.symlink(tmp_path / "elsewhere", tmp_path / "root" / "linked")
    assert found(walk(tmp_path / "root"), tmp_path) == [("root/one.png", "image"), ("root/linked/two.png", "image")]


def test_symlink_loop_is_reported_once_and_the_walk_ends(tmp_path):
    touch(tmp_path / "a" / "one.png")
    touch(tmp_path / "a" / "b" / "two.png")
    os.symlink(tmp_path / "a", tmp_path / "a" / "b" / "link")
    entries = walk(tmp_path / "a")
    assert found(entries, tmp_path) == [("a/one.png", "image"), ("a/b/two.png", "image")]
    assert skipped(entries, tmp_path) == [("a/b/link", "symlink loop")]


def test_relative_symlink_loop_to_the_parent(tmp_path):
    touch(tmp_path / "a" / "one.png")
    os.symlink("..", tmp_path / "a" / "up")  # a/up -> tmp_path, an ancestor when walking tmp_path
    entries = walk(tmp_path)
    assert found(entries, tmp_path) == [("a/one.png", "image")]
    assert skipped(entries, tmp_path) == [("a/up", "symlink loop")]


def test_self_loop_and_broken_links_are_reported(tmp_path):
    touch(tmp_path / "ok.png")
    os.symlink(tmp_path / "self", tmp_path / "self")
    os.symlink(tmp_path / "missing.png", tmp_path / "dangling.png")
    entries = walk(tmp_path)
    assert found(entries, tmp_path) == [("ok.png", "image")]
    reasons = dict(skipped(entries, tmp_path))
    assert set(reasons) == {"self", "dangling.png"}
    assert reasons["self"] in ("symlink loop", "broken symbolic link")  # whichever the OS reports
    assert reasons["dangling.png"] == "broken symbolic link"


def test_a_file_reached_twice_is_yielded_once(tmp_path):
    touch(tmp_path / "z" / "one.png")
    os.symlink(tmp_path / "z" / "one.png", tmp_path / "alias.png")  # visited first: files before subfolders
    os.link(tmp_path / "z" / "one.png", tmp_path / "z" / "hard.png")  # a hard link is the same file too
    assert found(walk(tmp_path), tmp_path) == [("alias.png", "image")]
    assert found(walk(tmp_path / "z", tmp_path), tmp_path) == [("z/hard.png", "image")]  # across roots too


def test_a_folder_reachable_by_two_links_is_walked_once(tmp_path, monkeypatch):
    touch(tmp_path / "shared" / "pic.png")
    touch(tmp_path / "root" / "own.png")
    os.symlink(tmp_path / "shared", tmp_path / "root" / "first")
    os.symlink(tmp_path / "shared", tmp_path / "root" / "second")
    listed = []
    real_scandir = os.scandir
    monkeypatch.setattr(os, "scandir", lambda path: listed.append(Path(path)) or real_scandir(path))
    entries = walk(tmp_path / "root", tmp_path / "shared")
    assert listed == [tmp_path / "root", tmp_path / "root" / "first"]  # not again as second/, nor as a root
    assert found(entries, tmp_path) == [("root/own.png", "image"), ("root/first/pic.png", "image")]
    assert skipped(entries, tmp_path) == []  # a second way in is not a problem worth reporting


def test_a_link_to_a_sibling_already_walked_is_not_a_loop(tmp_path):
    touch(tmp_path / "a" / "pic.png")
    touch(tmp_path / "b" / "c" / "other.png")
    os.symlink(tmp_path / "a", tmp_path / "b" / "c" / "to_a")  # a is walked, but not an ancestor of b/c
    entries = walk(tmp_path)
    assert found(entries, tmp_path) == [("a/pic.png", "image"), ("b/c/other.png", "image")]
    assert skipped(entries, tmp_path) == []


# -- unreadable folders and files -----------------------------------------------


def build_locked_tree(base: Path) -> Path:
    """ok/ readable; locked/ mode 000 (cannot be listed); noexec/ r-- (listed, but its entries cannot be stat'ed)."""
    root = base / "tree"
    for name in ["ok/a.png", "locked/b.png", "noexec/c.png", "z.png"]:
        touch(root / name)
    for folder, _, files in os.walk(base):
        os.chmod(folder, 0o755)
        for name in files:
            os.chmod(os.path.join(folder, name), 0o644)
    os.chmod(root / "locked", 0)
    os.chmod(root / "noexec", 0o644)
    return root


def unlock(root: Path) -> None:
    os.chmod(root / "locked", 0o755)
    os.chmod(root / "noexec", 0o755)


def as_rows(entries) -> list[list[str]]:
    return [[type(e).__name__, display_path(e.path), getattr(e, "reason", None) or e.kind] for e in entries]


def discover_as_nobody(root: Path) -> list[list[str]]:
    """Run the discovery in a forked child that has dropped to user nobody (root reads every folder)."""
    pwd = pytest.importorskip("pwd")
    try:
        nobody = pwd.getpwnam("nobody")
    except KeyError:
        pytest.skip("running as root and there is no user 'nobody' to drop to")
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: never return into pytest
        try:
            os.close(read_fd)
            os.setgroups([])
            os.setgid(nobody.pw_gid)
            os.setuid(nobody.pw_uid)
            if not os.access(root, os.R_OK | os.X_OK):
                reply = {"skip": f"user nobody cannot reach {root}"}
            else:
                reply = {"rows": as_rows(walk(root))}
        except BaseException as err:  # noqa: BLE001 - reported to the parent
            reply = {"skip" if isinstance(err, PermissionError) else "error": f"{type(err).__name__}: {err}"}
        finally:
            with os.fdopen(write_fd, "w") as out:
                json.dump(reply, out)
            os._exit(0)
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        text = pipe.read()
    os.waitpid(pid, 0)
    reply = json.loads(text)
    if "skip" in reply:
        pytest.skip(f"cannot drop from root to user nobody to test unreadable folders: {reply['skip']}")
    assert "error" not in reply, reply
    return reply["rows"]


def test_unreadable_folder_and_unstatable_file_are_skipped_and_the_walk_goes_on(tmp_path):
    if os.geteuid() != 0:
        root = build_locked_tree(tmp_path)
        try:
            rows = as_rows(walk(root))
        finally:
            unlock(root)
    else:  # under /tmp/pytest-of-root (mode 700) nobody could not reach tmp_path: use a world-reachable folder
        base = Path(tempfile.mkdtemp(prefix="mmrag-discover-"))
        try:
            root = build_locked_tree(base)
            rows = discover_as_nobody(root)
        finally:
            unlock(root)
            shutil.rmtree(base)
    assert rows == [
        ["Found", str(root / "z.png"), "image"],
        ["Skipped", str(root / "locked"), "permission denied"],
        ["Skipped", str(root / "noexec" / "c.png"), "permission denied"],
        ["Found", str(root / "ok" / "a.png"), "image"],
    ]


# -- odd names --------------------------------------------------------------------


def test_non_utf8_name_is_found_and_displayed_printably(tmp_path):
    raw = os.path.join(os.fsencode(tmp_path), b"caf\xe9.png")
    os.close(os.open(raw, os.O_WRONLY | os.O_CREAT, 0o644))
    (entry,) = walk(tmp_path)
    assert isinstance(entry, Found) and entry.kind == "image"
    assert os.fsencode(entry.path) == raw  # the real name, so the reader can open it
    with open(entry.path, "rb"):
        pass
    shown = display_path(entry.path)
    assert shown == f"{tmp_path}/caf\\xe9.png"
    assert json.dumps({"path": shown}, ensure_ascii=False).encode("utf-8")


def test_display_path_leaves_ordinary_names_alone(tmp_path):
    assert display_path(tmp_path / "café.png") == f"{tmp_path}/café.png"
    assert display_path("plain.pdf") == "plain.pdf"


# -- roots ------------------------------------------------------------------------


def test_check_roots_refuses_a_missing_path_and_an_empty_list(tmp_path, monkeypatch):
    with pytest.raises(InputError, match="no such file or folder") as missing:
        check_roots([tmp_path, tmp_path / "nope", tmp_path / "also-nope"])
    assert str(tmp_path / "nope") in str(missing.value) and "also-nope" not in str(missing.value)
    assert "Check the path" in str(missing.value) and missing.value.exit_code == 2
    with pytest.raises(InputError):
        check_roots([])
    with pytest.raises(InputError):
        next(discover([tmp_path / "nope"]))  # refused before anything is walked
    monkeypatch.chdir(tmp_path)
    touch(tmp_path / "rel" / "x.png")
    assert check_roots(["rel", "./rel/x.png"]) == [tmp_path / "rel", tmp_path / "rel" / "x.png"]


def test_roots_that_are_not_usable_files_are_reported(tmp_path):
    fifo = tmp_path / "pipe.png"
    os.mkfifo(fifo)
    text = touch(tmp_path / "notes.TXT")
    bare = touch(tmp_path / "README")
    dangling = tmp_path / "dangling.png"
    os.symlink(tmp_path / "missing.png", dangling)
    assert walk(fifo, text, bare, dangling) == [
        Skipped(str(fifo), "not a regular file"),
        Skipped(str(text), "unsupported type .txt"),
        Skipped(str(bare), "unsupported type (no extension)"),
        Skipped(str(dangling), "broken symbolic link"),
    ]


def test_special_files_and_links_to_other_types_inside_folders_are_listed(tmp_path):
    os.mkfifo(tmp_path / "pipe.png")
    assert stat.S_ISFIFO(os.stat(tmp_path / "pipe.png").st_mode)
    touch(tmp_path / "real.png")
    os.symlink(touch(tmp_path / "elsewhere" / "clip.wmf"), tmp_path / "link.wmf")
    assert walk(tmp_path) == [
        Ignored(str(tmp_path / "link.wmf"), "unsupported type .wmf"),
        Ignored(str(tmp_path / "pipe.png"), "not a regular file"),
        Found(tmp_path / "real.png", "image"),
        Ignored(str(tmp_path / "elsewhere" / "clip.wmf"), "unsupported type .wmf"),
    ]


# -- index folders -----------------------------------------------------------------


def make_index(folder: Path) -> Path:
    """What makes a folder an mmrag index: its catalog and writer lock (and, inside, thumbnails that must never become
    sources)."""
    touch(folder / "catalog.sqlite")
    touch(folder / "write.lock")
    touch(folder / "thumbs" / "ab" / "ab12.jpg")
    return folder


@pytest.mark.parametrize("order", ["photos first", "index first"])
def test_index_folders_are_never_walked_whatever_the_order_of_roots(tmp_path, order):
    photos = tmp_path / "photos"
    touch(photos / "a.jpg")
    make_index(photos / "idx")
    make_index(photos / "trips" / "old index")
    touch(photos / "trips" / "b.png")
    roots = [photos, photos / "idx"] if order == "photos first" else [photos / "idx", photos]
    entries = walk(*roots)
    assert found(entries, photos) == [("a.jpg", "image"), ("trips/b.png", "image")]
    assert sorted(ignored(entries, photos)) == [("idx", INDEX_REASON), ("trips/old index", INDEX_REASON)]  # each once


def test_another_programs_catalog_does_not_hide_a_folder(tmp_path):
    touch(tmp_path / "album" / "catalog.sqlite")
    touch(tmp_path / "album" / "a.jpg")
    entries = walk(tmp_path)
    assert found(entries, tmp_path) == [("album/a.jpg", "image")]
    assert ignored(entries, tmp_path) == [("album/catalog.sqlite", "unsupported type .sqlite")]


def test_the_index_being_written_is_left_out_before_it_has_a_catalog_and_a_root_inside_an_index_too(tmp_path):
    touch(tmp_path / "a.jpg")
    touch(tmp_path / "new index" / "thumbs" / "cd" / "cd34.jpg")
    entries = walk(tmp_path, indexes=[tmp_path / "new index"])
    assert found(entries, tmp_path) == [("a.jpg", "image")]
    assert ignored(entries, tmp_path) == [("new index", INDEX_REASON)]
    make_index(tmp_path / "idx")
    inside = walk(tmp_path / "idx" / "thumbs", tmp_path / "idx" / "thumbs" / "ab" / "ab12.jpg")
    assert found(inside, tmp_path) == [] and ignored(inside, tmp_path) == [
        ("idx/thumbs", INDEX_REASON),
        ("idx/thumbs/ab/ab12.jpg", INDEX_REASON),
    ]
