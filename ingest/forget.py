"""Forgetting sources: `mmrag remove`, files gone from the folders an ingest was given (pruning), the thumbnails no
item refers to. The catalog first (the checkpoint), then the vectors (orphans left by a kill go in the next run's
reconcile)."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from mmrag.catalog import Catalog, SourceRecord, delete_source
from mmrag.errors import InputError
from mmrag.store import IMAGES, TEXTS, VectorStore, text_vector_ids

if TYPE_CHECKING:
    from mmrag.ingest.pipeline import IngestReport


def gone_sources(
    catalog: Catalog, roots: list[Path], excluded_paths: list[Path], everywhere: bool
) -> list[SourceRecord]:
    """Files that no longer exist under a folder given in this run (anywhere, with ``everywhere``); a file
    replaced by a folder of the same name is gone too (the folder's files are sources of their own). And what this
    run's exclude patterns cover (a file, or anything under a folder), on disk or not."""
    folders = [r for r in roots if r.is_dir()]
    excluded = {str(p) for p in excluded_paths}
    return [
        s
        for s in catalog.sources()
        if ((everywhere or under(s.fs_path, folders)) and not os.path.isfile(s.fs_path))
        or s.fs_path in excluded
        or under(s.fs_path, excluded_paths)
    ]


def remove(
    catalog: Catalog, store: VectorStore, thumbs: Path, paths: Sequence[str | Path], report: IngestReport
) -> IngestReport:
    """`mmrag remove`: drop the sources at ``paths`` (files, or everything under a folder), on disk or not."""

    store.reconcile(catalog.all_item_ids())
    sources = catalog.sources()
    chosen: dict[bytes, SourceRecord] = {}
    for path in paths:
        wanted = os.path.abspath(os.path.expanduser(os.fsdecode(path)))
        hits = [s for s in sources if s.fs_path == wanted or under(s.fs_path, [Path(wanted)])]
        if not hits:
            raise InputError(f"nothing indexed at {wanted}", "See what the index holds with `mmrag sources`")
        chosen.update((s.path, s) for s in hits)
    forget(catalog, store, list(chosen.values()), report)
    sweep_thumbnails(catalog, thumbs)
    return report


def forget(catalog: Catalog, store: VectorStore, gone: list[SourceRecord], report: IngestReport) -> None:
    """Drop sources and their items: the catalog first (the checkpoint), then their vectors (a kill in between
    leaves orphan vectors, removed by the next run's reconcile)."""
    if not gone:
        return
    ids = [i.id for s in gone for i in catalog.items_of(s.path)]
    with catalog.transaction() as db:
        for source in gone:
            delete_source(db, source.path)
    delete_vectors(store, ids)
    report.removed += len(gone)


def sweep_thumbnails(catalog: Catalog, thumbs: Path) -> int:
    """Delete thumbnails no item refers to (their files were changed, removed or pruned); return how many."""
    if not thumbs.is_dir():
        return 0
    wanted = catalog.content_hashes()
    removed = 0
    for folder in thumbs.iterdir():
        for thumb in folder.glob("*.jpg") if folder.is_dir() else ():
            if thumb.stem not in wanted:
                thumb.unlink(missing_ok=True)
                removed += 1
    return removed


def delete_vectors(store: VectorStore, ids: Iterable[str]) -> None:
    ids = list(ids)
    if ids:
        store.delete(IMAGES, ids)
        store.delete(TEXTS, text_vector_ids(ids))


def under(path: str, folders: list[Path]) -> bool:
    return any(path.startswith(str(folder).rstrip(os.sep) + os.sep) for folder in folders)
