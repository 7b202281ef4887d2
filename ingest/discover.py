"""Find the image and PDF files under the paths a user gives, safely, and account for every other entry.

The walk is recursive, sorted (so two runs over the same tree agree), iterative
(a deep tree cannot hit the recursion limit), follows symlinks with loop
detection, and never raises for a bad entry: a problem comes out as a
``Skipped`` with a short reason, and the walk goes on. Nothing is dropped
silently: a file of another type (or a FIFO, socket, device) comes out as
``Ignored`` with the reason, a hidden entry not walked (unless asked) as
``Hidden``, one an exclude pattern covers (``--exclude``, a root's ``.mmragignore``)
as ``Excluded``, and an mmrag index folder (the one written to, or any other, known
by its catalog file) as ``Ignored`` too: an index never indexes itself.

Order: within a folder, its files come first (sorted by name), then each
subfolder in turn, depth first (sorted by name).
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Hashable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from mmrag.errors import InputError
from mmrag.index import CATALOG_FILE, LOCK_FILE

# The files that together make a folder an mmrag index (its catalog, and the writer lock every ingest
# takes: mmrag/index.py); both, so that another program's catalog.sqlite beside photos hides nothing.
INDEX_MARKERS = (CATALOG_FILE, LOCK_FILE)
INDEX_REASON = "an mmrag index folder (never ingested)"

# The one list of supported types (decoders: ingest/images.py, ingest/pdf.py).
IMAGE_EXTENSIONS = frozenset(
    {".jpg", ".jpeg", ".png", ".webp", ".gif", ".bmp", ".tiff", ".tif", ".heic", ".heif", ".avif", ".jxl"}
)
PDF_EXTENSIONS = frozenset({".pdf"})
VIDEO_EXTENSIONS = frozenset({".mp4", ".m4v", ".mov", ".mkv", ".webm", ".avi"})  # key frames, see video.py


@dataclass(frozen=True)
class Found:
    """A supported file to read."""

    path: Path  # absolute (os.path.abspath), not symlink-resolved: the path the user sees
    kind: str  # "image", "pdf" or "video"


@dataclass(frozen=True)
class Ignored:
    """An entry not indexed because of what it is: its type, or an mmrag index folder."""

    path: str  # printable, as Skipped.path
    reason: str  # "unsupported type .docx", "not a regular file", INDEX_REASON


@dataclass(frozen=True)
class Hidden:
    """A hidden file or folder (name starting with a dot) left out, as asked; a folder is one entry."""

    path: str


@dataclass(frozen=True)
class Excluded:
    """A file or folder an exclude pattern covers (``--exclude GLOB`` or the root's .mmragignore); a folder is one
    entry.
    ``fs_path``: the absolute path, to forget what was indexed there before the pattern existed."""

    path: str
    fs_path: str


IGNORE_FILE = ".mmragignore"  # in a root: gitignore syntax, one pattern per line


@dataclass(frozen=True)
class Skipped:
    """An entry that could not be used, with a short reason for the ingest report."""

    path: str  # printable, valid UTF-8 (see display_path)
    reason: str


def display_path(path: str | Path) -> str:
    """Text that is always valid UTF-8, so a report can go to JSON or Chroma.

    File names that are not UTF-8 are held by Python as surrogate escapes, which
    cannot be encoded; their raw bytes are shown as backslash escapes instead.
    """
    try:
        return os.fsencode(path).decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # lone surrogates that did not come from the file system
        return str(path).encode("utf-8", "backslashreplace").decode("utf-8")


def kind_of(path: str | Path) -> str | None:
    """'image', 'pdf' or None, by extension (case-insensitive): decoding is the reader's job."""
    ext = os.path.splitext(str(path))[1].lower()
    if ext in IMAGE_EXTENSIONS:
        return "image"
    if ext in VIDEO_EXTENSIONS:
        return "video"
    return "pdf" if ext in PDF_EXTENSIONS else None


def check_roots(roots: Sequence[str | Path]) -> list[Path]:
    """Absolute paths of the roots, refusing a missing one before anything is read.

    A typo in a path is a usage error (exit 2), not a skipped file: ingesting
    nothing and reporting success would hide it.
    """
    if isinstance(roots, (str, Path)):  # one path passed where a list was meant
        roots = [roots]
    if not roots:
        raise InputError("no file or folder given", "Name at least one path, e.g. `mmrag ingest ~/Pictures`")
    absolute = [Path(os.path.abspath(root)) for root in roots]
    for root in absolute:
        if not _exists(root):
            raise InputError(f"no such file or folder: {display_path(root)}", "Check the path")
    return absolute


Entry = Found | Skipped | Ignored | Hidden | Excluded


def discover(
    roots: Sequence[str | Path],
    include_hidden: bool = False,
    indexes: Sequence[str | Path] = (),
    excludes: Sequence[str] = (),
) -> Iterator[Entry]:
    """Each supported file under the roots once, a Skipped entry for each problem, an Ignored or
    Hidden one for each entry left out.

    Raises InputError only for the roots themselves (see check_roots); after
    that, nothing raises. Hidden entries inside folders are skipped unless
    ``include_hidden``; a root named explicitly is always used. ``indexes``:
    index folders to leave out even before they hold a catalog (the one being
    written); any folder holding INDEX_MARKERS is left out as well, whatever
    the order of the roots, and so is a root inside an index. ``excludes``:
    gitignore-style patterns, matched against paths relative to each root
    together with the patterns of that root's .mmragignore.
    """
    walk = _Walk(include_hidden, indexes, excludes)
    for root in check_roots(roots):
        yield from walk.root(root)


class _Walk:
    """The state shared by all roots of one discovery, so overlapping roots give each file once."""

    def __init__(self, include_hidden: bool, indexes: Sequence[str | Path] = (), excludes: Sequence[str] = ()):
        self.include_hidden = include_hidden
        self.excludes = list(excludes)
        self.spec = None  # the current root's patterns (exclude_spec), None when it has none
        self.top: Path | None = None
        self.indexes = {os.path.realpath(folder) for folder in indexes}
        self.reported_indexes: set[str] = set()  # real paths of index folders already listed as Ignored
        self.seen_files: set[Hashable] = set()  # identities of files already yielded
        self.walked_dirs: set[Hashable] = set()  # identities of folders walked or queued

    def root(self, root: Path) -> Iterator[Entry]:
        """A root the user named: unlike entries inside folders, every problem with it is reported."""
        st, problem = _stat(root)
        if problem:
            yield Skipped(display_path(root), problem)
        elif self._in_index(root):
            yield from self._index_ignored(root)
        elif stat.S_ISDIR(st.st_mode):
            yield from self._walk_dir(root, _identity(st, root))
        elif not stat.S_ISREG(st.st_mode):
            yield Skipped(display_path(root), "not a regular file")
        elif kind_of(root) is None:
            yield Skipped(display_path(root), unsupported_reason(root))  # named, so a failure, not ignored
        else:
            yield from self._found(root, st)

    def _in_index(self, root: Path) -> bool:
        """True if the root is an index folder or lies inside one (a few stats: roots are few)."""
        folder = Path(os.path.realpath(root))
        return any(self._is_index(str(f)) for f in (folder, *folder.parents))

    def _index_ignored(self, path: Path) -> Iterator[Ignored]:
        """The index folder (or root inside one) as Ignored, once however many roots lead to it."""
        real = os.path.realpath(path)
        if real not in self.reported_indexes:
            self.reported_indexes.add(real)
            yield Ignored(display_path(path), INDEX_REASON)

    def _is_index(self, folder: str) -> bool:
        return os.path.realpath(folder) in self.indexes or all(
            os.path.isfile(os.path.join(folder, name)) for name in INDEX_MARKERS
        )

    def _walk_dir(self, top: Path, top_key: Hashable) -> Iterator[Entry]:
        """Depth first with an explicit stack.

        A ``(None, key)`` marker is pushed under each folder's children, so when it
        pops the folder has left the current descent path: ``on_path`` then holds
        exactly the ancestors of the folder being read, which is what tells a
        symlink loop from a second link to a folder already walked.
        """
        if top_key in self.walked_dirs:
            return
        self.walked_dirs.add(top_key)
        self.top, self.spec = top, exclude_spec(top, self.excludes)
        on_path: set[Hashable] = set()
        stack: list[tuple[Path | None, Hashable]] = [(top, top_key)]
        while stack:
            folder, key = stack.pop()
            if folder is None:
                on_path.discard(key)
                continue
            on_path.add(key)
            stack.append((None, key))
            subfolders: list[tuple[Path, Hashable]] = []
            for result in self._read_dir(folder, on_path):
                if isinstance(result, tuple):
                    subfolders.append(result)
                else:
                    yield result
            stack.extend(reversed(subfolders))

    def _read_dir(self, folder: Path, on_path: set[Hashable]) -> Iterator[Entry | tuple[Path, Hashable]]:
        """The files of one folder (Found/Skipped) and its subfolders to walk (path, identity)."""
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda entry: entry.name)
        except OSError as err:
            yield Skipped(display_path(folder), _reason(err, folder))
            return
        for entry in entries:
            if self._excluded(entry):
                if entry.name != IGNORE_FILE:  # the pattern file itself is configuration, not content
                    yield Excluded(display_path(entry.path), os.path.abspath(entry.path))
            elif entry.name.startswith(".") and not self.include_hidden:
                yield Hidden(display_path(entry.path))
            elif _plain_unsupported_file(entry):  # no stat needed: .txt, .xmp, .mp4... are listed by type
                yield Ignored(display_path(entry.path), unsupported_reason(entry.name))
            else:
                yield from self._entry(Path(entry.path), on_path)

    def _excluded(self, entry: os.DirEntry) -> bool:
        if entry.name == IGNORE_FILE and entry.path == os.path.join(self.top, IGNORE_FILE):
            return True
        if self.spec is None:
            return False
        relative = os.path.relpath(entry.path, self.top).replace(os.sep, "/")
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        return self.spec.match_file(relative + "/" if is_dir else relative)

    def _entry(self, path: Path, on_path: set[Hashable]) -> Iterator[Entry | tuple[Path, Hashable]]:
        """One folder entry, links followed; an index folder, a FIFO, socket or device is Ignored."""
        st, problem = _stat(path)
        if problem:
            yield Skipped(display_path(path), problem)
        elif stat.S_ISDIR(st.st_mode):
            key = _identity(st, path)
            if self._is_index(str(path)):
                yield from self._index_ignored(path)
            elif key in on_path:
                yield Skipped(display_path(path), "symlink loop" if os.path.islink(path) else "folder loop")
            elif key not in self.walked_dirs:  # else a second link to a folder already walked
                self.walked_dirs.add(key)
                yield path, key
        elif not stat.S_ISREG(st.st_mode):
            yield Ignored(display_path(path), "not a regular file")
        elif kind_of(path) is None:  # a link to a file of another type
            yield Ignored(display_path(path), unsupported_reason(path))
        else:
            yield from self._found(path, st)

    def _found(self, path: Path, st: os.stat_result) -> Iterator[Found]:
        """The file unless it was already yielded (through a symlink, a hard link or another root)."""
        key = _identity(st, path)
        if key not in self.seen_files:
            self.seen_files.add(key)
            yield Found(path, kind_of(path))


def exclude_spec(root: Path, patterns: Sequence[str] = ()):
    """The gitignore-style patterns for one root: ``patterns`` (--exclude) and the root's .mmragignore; None if none.

    Raises InputError for a pattern pathspec cannot parse (named, with the file it came from)."""
    import pathspec

    lines = [(pattern, "--exclude") for pattern in patterns]
    ignore = root / IGNORE_FILE
    try:
        lines += [(line, str(ignore)) for line in ignore.read_text(encoding="utf-8", errors="replace").splitlines()]
    except OSError:
        pass  # no file (or unreadable): only --exclude applies
    if not any(line.strip() and not line.lstrip().startswith("#") for line, _ in lines):
        return None
    for line, origin in lines:
        try:
            pathspec.GitIgnoreSpec.from_lines([line])
        except Exception as err:
            raise InputError(
                f"bad exclude pattern {line!r} in {origin}: {err}",
                "Use gitignore syntax, e.g. --exclude 'node_modules/' or --exclude '*.tmp'",
            ) from None
    return pathspec.GitIgnoreSpec.from_lines([line for line, _ in lines])


def unsupported_reason(path: str | Path) -> str:
    """'unsupported type .docx' (the report's reason for a file of another type)."""
    return f"unsupported type {_extension(Path(path))}"


def _plain_unsupported_file(entry: os.DirEntry) -> bool:
    """True for a non-link, non-folder entry with an unsupported extension: ignorable without a stat."""
    if kind_of(entry.name) is not None:
        return False
    try:
        return not entry.is_symlink() and not entry.is_dir(follow_symlinks=False)
    except OSError:
        return False  # let the stat report it


def _stat(path: Path) -> tuple[os.stat_result | None, str | None]:
    """stat following links, or the reason it failed: the walk reports instead of raising."""
    try:
        return os.stat(path), None
    except OSError as err:
        return None, _reason(err, path)


def _reason(err: OSError, path: Path) -> str:
    """A short phrase for the report, naming the common cases the same way on every OS."""
    if isinstance(err, FileNotFoundError) and os.path.islink(path):
        return "broken symbolic link"
    if err.errno == errno.ELOOP:  # a link to itself, or a chain of links that loops
        return "symlink loop"
    if isinstance(err, PermissionError):
        return "permission denied"
    text = err.strerror or str(err)
    return text[:1].lower() + text[1:]


def _identity(st: os.stat_result, path: Path) -> Hashable:
    """(device, inode), which sees through links; the real path where a file system reports no inode."""
    if st.st_ino:
        return st.st_dev, st.st_ino
    return "path", os.path.realpath(path)


def _extension(path: Path) -> str:
    return os.path.splitext(str(path))[1].lower() or "(no extension)"


def _exists(path: Path) -> bool:
    """False only when the path is missing; one that exists but cannot be read is the walker's to report."""
    try:
        os.lstat(path)
    except (FileNotFoundError, NotADirectoryError, ValueError):
        return False
    except OSError:
        return True
    return True
