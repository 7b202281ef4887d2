"""Find the image and PDF files under the paths a user gives, safely.

Recursive, sorted (deterministic), iterative (no recursion limit), follows
symlinks with loop detection, skips hidden entries unless asked, and never
raises for a bad entry: problems come out as ``Skipped`` with a reason.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Sequence

from ..errors import InputError

IMAGE_EXTENSIONS = frozenset({".jpg", ".jpeg", ".png", ".webp", ".gif", ".bmp", ".tiff", ".tif"})
PDF_EXTENSIONS = frozenset({".pdf"})


@dataclass(frozen=True)
class Found:
    path: Path  # absolute, not symlink-resolved
    kind: str  # "image" or "pdf"


@dataclass(frozen=True)
class Skipped:
    path: str  # printable
    reason: str


def display_path(path: str | Path) -> str:
    """Always-valid UTF-8 text for a path: undecodable bytes shown as backslash escapes."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def kind_of(path: str | Path) -> str | None:
    ext = os.path.splitext(str(path))[1].lower()
    return "image" if ext in IMAGE_EXTENSIONS else "pdf" if ext in PDF_EXTENSIONS else None


def check_roots(roots: Sequence[str | Path]) -> list[Path]:
    """Absolute roots; InputError for an empty list or a path that does not exist."""
    if not roots:
        raise InputError("no path given", "Pass files or folders, e.g. `mmrag ingest ~/Pictures`")
    absolute = [Path(os.path.abspath(r)) for r in roots]
    for root in absolute:
        if not os.path.lexists(root):
            raise InputError(f"no such file or folder: {display_path(root)}", "Check the path")
    return absolute


def discover(roots: Sequence[str | Path], include_hidden: bool = False) -> Iterator[Found | Skipped]:
    seen_files: set[tuple[int, int]] = set()
    walked_dirs: set[tuple[int, int]] = set()
    for root in check_roots(roots):
        yield from _walk_root(root, include_hidden, seen_files, walked_dirs)


def _walk_root(root: Path, include_hidden: bool, seen_files: set, walked_dirs: set) -> Iterator[Found | Skipped]:
    st, problem = _stat(root)
    if problem:
        yield Skipped(display_path(root), problem)
    elif stat.S_ISDIR(st.st_mode):
        yield from _walk_dir(root, st, include_hidden, seen_files, walked_dirs)
    elif not stat.S_ISREG(st.st_mode):
        yield Skipped(display_path(root), "not a regular file")
    elif kind_of(root) is None:
        yield Skipped(display_path(root), f"unsupported file type ({os.path.splitext(str(root))[1].lower() or 'no extension'})")
    elif (st.st_dev, st.st_ino) not in seen_files:
        seen_files.add((st.st_dev, st.st_ino))
        yield Found(root, kind_of(root))


def _walk_dir(top: Path, top_st: os.stat_result, include_hidden: bool, seen_files: set, walked_dirs: set) -> Iterator[Found | Skipped]:
    """Depth-first with an explicit stack; each entry carries the (dev, inode)s of its ancestors."""
    key = (top_st.st_dev, top_st.st_ino)
    if key in walked_dirs:
        return
    walked_dirs.add(key)
    stack: list[tuple[Path, frozenset]] = [(top, frozenset({key}))]
    while stack:
        folder, ancestors = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except PermissionError:
            yield Skipped(display_path(folder), "permission denied")
            continue
        except OSError as err:
            yield Skipped(display_path(folder), err.strerror or str(err))
            continue
        subfolders = []
        for entry in entries:
            if entry.name.startswith(".") and not include_hidden:
                continue
            path = Path(entry.path)
            st, problem = _stat(path)
            if problem:
                yield Skipped(display_path(path), problem)
            elif stat.S_ISDIR(st.st_mode):
                dir_key = (st.st_dev, st.st_ino)
                if dir_key in ancestors:
                    yield Skipped(display_path(path), "symlink loop")
                elif dir_key not in walked_dirs:
                    walked_dirs.add(dir_key)
                    subfolders.append((path, ancestors | {dir_key}))
            elif stat.S_ISREG(st.st_mode) and kind_of(path) and (st.st_dev, st.st_ino) not in seen_files:
                seen_files.add((st.st_dev, st.st_ino))
                yield Found(path, kind_of(path))
        stack.extend(reversed(subfolders))


def _stat(path: Path) -> tuple[os.stat_result | None, str | None]:
    """stat following links, or the reason it failed."""
    try:
        return os.stat(path), None
    except FileNotFoundError:
        return None, "broken symbolic link" if os.path.islink(path) else "no such file"
    except OSError as err:
        if err.errno == 40:  # ELOOP: a symlink that points at itself (or a chain that loops)
            return None, "symlink loop"
        if isinstance(err, PermissionError):
            return None, "permission denied"
        return None, err.strerror or str(err)
