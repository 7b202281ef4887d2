"""Ingest as a real photo library is: copies beside and away from their originals, word-less names,
HEIC/AVIF, files of other types, an index inside its own root. Real photos (scikit-image's), not drawn ones."""

from __future__ import annotations

import shutil

from real_photos import write_photos

from mmrag.backends.fake import FakeImageEmbedder, FakeTextEmbedder
from mmrag.config import Settings
from mmrag.engine import Engine


def engine_at(index, readers: int = 4) -> Engine:
    return Engine(Settings.from_env(index=index, clip="tiny", ocr="off", readers=readers), clip=FakeImageEmbedder(), text=FakeTextEmbedder())


def source_paths(engine: Engine) -> set[str]:
    return {s.display for s in engine.catalog.sources()}


def test_every_copy_of_every_photo_is_a_source_in_every_fresh_index(tmp_path):
    """Copies read at the same time once raced on one thumbnail temp file and lost a copy in most runs."""
    library = tmp_path / "library"
    originals = write_photos(library / "Camera Roll")  # walked first: no thumbnail exists yet when its copies are read
    expected = set()
    for original in originals:
        for copy in (original.with_name(f"{original.stem} (1).jpg"), original.with_name(f"{original.stem} (2).jpg"), library / "camera roll backup" / original.name):
            copy.parent.mkdir(exist_ok=True)
            shutil.copy(original, copy)
            expected.add(str(copy))
        expected.add(str(original))
    for run in range(4):
        engine = engine_at(tmp_path / f"index{run}")
        try:
            report = engine.ingest([library], describe=False, progress=False)
            assert report.failed == [], f"run {run}"
            assert report.added == len(expected) and source_paths(engine) == expected
            assert report.items == len(expected)
        finally:
            engine.close()
