"""Ingest as a real photo library is: copies beside and away from their originals, word-less names,
HEIC/AVIF, files of other types, an index inside its own root. Real photos (scikit-image's), not drawn ones."""

from __future__ import annotations

import shutil

from real_photos import write_photos

from mmrag.backends.fake import FakeClip, FakeTextEmbedder
from mmrag.config import Settings
from mmrag.engine import Engine


def engine_at(index, readers: int = 4) -> Engine:
    return Engine(
        Settings.from_env(index=index, clip="tiny", ocr="off", readers=readers),
        clip=FakeClip(),
        text=FakeTextEmbedder(),
    )


def source_paths(engine: Engine) -> set[str]:
    return {s.display for s in engine.catalog.sources()}


def test_every_copy_of_every_photo_is_a_source_in_every_fresh_index(tmp_path):
    """Copies read at the same time once raced on one thumbnail temp file and lost a copy in most runs."""
    library = tmp_path / "library"
    originals = write_photos(library / "Camera Roll")  # walked first: no thumbnail exists yet when its copies are read
    expected = set()
    for original in originals:
        for copy in (
            original.with_name(f"{original.stem} (1).jpg"),
            original.with_name(f"{original.stem} (2).jpg"),
            library / "camera roll backup" / original.name,
        ):
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


def test_a_library_as_found_on_a_disk_through_the_cli(tmp_path, cli):
    """Camera formats indexed with their dates; other types listed, hidden entries counted; the index,
    inside the library, never ingested into itself however often the library is ingested."""
    from datetime import datetime

    from real_photos import photo, save_as_camera

    photos = tmp_path / "photos"
    write_photos(photos, ["astronaut", "rocket"])
    (photos / "phone").mkdir()
    for name, fmt, suffix in [
        ("coffee", "HEIF", ".heic"),
        ("chelsea", "AVIF", ".avif"),
        ("hubble_deep_field", "JXL", ".jxl"),
    ]:
        save_as_camera(photo(name), photos / "phone" / f"{name}{suffix}", fmt)
    for name in ("phone/clip.wmf", "phone/IMG_0001.AAE", "notes.docx", "README"):
        (photos / name).write_bytes(b"not indexed")
    (photos / ".DS_Store").write_bytes(b"x")
    (photos / ".trash").mkdir()
    photo("moon").save(photos / ".trash" / "moon.png")
    index = photos / "idx"
    reports = []
    for _ in range(3):
        code, report, err = cli(
            "ingest", "photos", "--index", str(index), "--clip", "tiny", "--no-describe", "--no-ocr", "--json"
        )
        assert code == 0, err
        reports.append(report)
    first, *again = reports
    assert first["added"] == 5 and first["failed"] == [] and first["items"] == 5
    assert [(r["added"], r["unchanged"], r["items"]) for r in again] == [(0, 5, 5), (0, 5, 5)]  # not 5 -> 10 -> 15
    for report in reports:  # the index is created before the library is walked, so the first run skips it too
        assert sorted((i["path"], i["reason"]) for i in report["ignored"]) == [
            (str(photos / "README"), "unsupported type (no extension)"),
            (str(index), "an mmrag index folder (never ingested)"),
            (str(photos / "notes.docx"), "unsupported type .docx"),
            (str(photos / "phone" / "IMG_0001.AAE"), "unsupported type .aae"),
            (str(photos / "phone" / "clip.wmf"), "unsupported type .wmf"),
        ]
        assert report["hidden"] == 2

    code, listing, err = cli("sources", "--index", str(index), "--json")
    assert code == 0, err
    assert sorted(s["path"] for s in listing["sources"]) == sorted(
        str(photos / n)
        for n in (
            "astronaut.jpg",
            "rocket.jpg",
            "phone/coffee.heic",
            "phone/chelsea.avif",
            "phone/hubble_deep_field.jxl",
        )
    )
    engine = Engine(Settings.from_env(index=index))
    try:
        dates = {s.display: i.date for s in engine.catalog.sources() for i in engine.catalog.items_of(s.path)}
    finally:
        engine.close()
    taken = datetime(2019, 7, 14, 10, 20, 30).timestamp()
    assert [dates[str(photos / "phone" / n)] for n in ("coffee.heic", "chelsea.avif", "hubble_deep_field.jxl")] == [
        taken
    ] * 3

    code, out, err = cli(
        "ingest", "photos", "--index", str(index), "--clip", "tiny", "--no-describe", "--no-ocr", "--hidden"
    )
    assert code == 0, err
    assert (
        "ignored 5 file(s) not indexed because of their type: 2 (no extension), 1 .aae, 1 .docx, 1 .wmf" in out
    )  # README, .DS_Store
    assert f"ignored {index}: an mmrag index folder (never ingested)" in out
    assert "1 added" in out  # .trash/moon.png; .DS_Store is listed as an unsupported type now

    code, labels, err = cli(
        "classify",
        "photos/phone/coffee.heic",
        "photos/phone/chelsea.avif",
        "--labels",
        "cup,cat",
        "--clip",
        "tiny",
        "--json",
    )
    assert code == 0 and [sorted(r) for r in labels["results"]] == [["labels", "path"]] * 2, err
    code, found, err = cli("search", "--image", "photos/phone/coffee.heic", "--index", str(index), "-k", "1", "--json")
    assert code == 0 and [r["path"] for r in found["results"]] == [str(photos / "phone" / "coffee.heic")], err
