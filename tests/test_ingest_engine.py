"""Ingest through the Engine with fake backends: fast checks of edge cases."""

import os

import pytest
from corpus_fixtures import write_images

from mmrag.backends.fake import FakeClip, FakeTextEmbedder, FakeVLM
from mmrag.config import Settings
from mmrag.engine import Engine, IndexBusyError
from mmrag.types import Failure


def engine_at(tmp_path, **kw) -> Engine:
    """OCR off: without Tesseract it would ask the scripted VLM too (OCR has its own tests, test_ocr.py)."""
    return Engine(
        Settings.from_env(index=tmp_path / "index", clip="tiny", ocr="off"),
        clip=FakeClip(),
        text=FakeTextEmbedder(),
        **kw,
    )


def test_unreadable_file_is_reported_and_the_run_goes_on(tmp_path, monkeypatch):
    """A real chmod 000 where we are not root; as root (who reads everything) the refusal is simulated."""
    paths = write_images(tmp_path / "c", [("red", "star"), ("blue", "circle")])
    locked = paths[0]
    if os.geteuid() == 0:
        import mmrag.ingest.extract as extract

        real = extract.file_sha256

        def sha(path):
            if path == locked:
                raise PermissionError(13, "Permission denied", str(path))
            return real(path)

        monkeypatch.setattr(extract, "file_sha256", sha)
    os.chmod(locked, 0)
    try:
        engine = engine_at(tmp_path)
        report = engine.ingest([tmp_path / "c"], describe=False, progress=False)
    finally:
        os.chmod(locked, 0o644)
    assert report.failed == [Failure(str(locked), "permission denied")]
    assert report.added == 1 and report.items == 1
    engine.close()


def test_second_writer_gets_a_clear_error(tmp_path):
    write_images(tmp_path / "c", [("red", "star")])
    first = engine_at(tmp_path)
    first.open_for_writing()
    second = engine_at(tmp_path)
    with pytest.raises(IndexBusyError, match=r"another mmrag command \(pid \d+\) is writing"):
        second.ingest([tmp_path / "c"], describe=False, progress=False)
    first.close()
    assert second.ingest([tmp_path / "c"], describe=False, progress=False).added == 1
    second.close()


def test_garbage_description_is_not_stored(tmp_path):
    write_images(tmp_path / "c", [("red", "star"), ("blue", "circle")])
    replies = iter(["!!!! ???? ....", "A blue circle on a white background."])
    engine = engine_at(tmp_path, vlm=FakeVLM(lambda req: next(replies)))
    report = engine.ingest([tmp_path / "c"], progress=False)
    assert report.pending_descriptions == 1  # the garbage reply leaves its item pending
    rows = engine.catalog.db.execute("SELECT description FROM items WHERE description IS NOT NULL").fetchall()
    assert rows == [("A blue circle on a white background.",)]
    engine.close()


@pytest.mark.parametrize("readers", [1, 5])
def test_any_reader_count_indexes_the_same_items(tmp_path, readers):
    from mmrag.shapes import all_combos

    folder = tmp_path / "photos"
    write_images(folder, all_combos()[:12])
    ids = []
    for name, count in (("default", None), ("other", readers)):
        engine = Engine(
            Settings.from_env(index=tmp_path / name, clip="tiny", ocr="off", readers=count),
            clip=FakeClip(),
            text=FakeTextEmbedder(),
        )
        report = engine.ingest([folder], describe=False, progress=False)
        assert report.added == 12 and not report.failed
        ids.append(sorted(engine.catalog.all_item_ids()))
        engine.close()
    assert ids[0] == ids[1]
