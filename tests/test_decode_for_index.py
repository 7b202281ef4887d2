"""Ingest decodes a photo once, to what its thumbnail and the model need (issue #20 item 3): a JPEG at reduced scale,
straight to the thumbnail's size, the model's input side kept, the photo's own size recorded."""

import numpy as np
import pytest
from mmrag.ingest.images import THUMB_SIDE, WORKING_SIDE, decode_for_index, decode_photo, fitting_side
from PIL import Image

from mmrag.backends.fake import FakeClip
from mmrag.catalog import Catalog
from mmrag.config import Settings
from mmrag.engine import Engine
from mmrag.index import thumbnail_path


@pytest.mark.parametrize(
    "size, short_side, side",
    [
        ((4000, 3000), 224, THUMB_SIDE),  # a photo: the thumbnail's size is enough for the model
        ((3000, 4000), 224, THUMB_SIDE),
        ((300, 200), 224, THUMB_SIDE),  # small: never enlarged (the side is a most)
        ((6000, 1000), 224, 1344),  # a panorama: its short side keeps 224 px
        ((6000, 1000), 336, 2016),
        ((20000, 500), 224, WORKING_SIDE),  # at most the working side
        ((512, 512), 224, THUMB_SIDE),
    ],
)
def test_fitting_side(size, short_side, side):
    assert fitting_side(size, short_side) == side


def _photo(path, size, orientation=None):
    rng = np.random.default_rng(0)
    small = rng.integers(0, 255, (size[1] // 16, size[0] // 16, 3), dtype=np.uint8)
    image = Image.fromarray(small).resize(size, Image.BICUBIC)
    exif = Image.Exif()
    if orientation:
        exif[0x0112] = orientation
    image.save(path, quality=90, exif=exif)
    return path


def test_a_large_jpeg_is_decoded_to_the_thumbnail_size(tmp_path):
    path = _photo(tmp_path / "big.jpg", (4000, 3000))
    image, size, taken, position = decode_for_index(path, 224)
    assert image.mode == "RGB" and image.size == (512, 384) and size == (4000, 3000)
    assert taken is None and position is None
    # the same picture as the full decode reduced the same way (a reduced-scale JPEG decode is close, not equal)
    full = decode_photo(path)[0].resize(image.size, Image.BICUBIC)
    diff = np.abs(np.asarray(full, dtype=np.int16) - np.asarray(image, dtype=np.int16))
    assert diff.mean() < 3


def test_orientation_turns_the_recorded_size(tmp_path):
    path = _photo(tmp_path / "turned.jpg", (4000, 3000), orientation=6)
    image, size, _, _ = decode_for_index(path, 224)
    assert size == (3000, 4000) and image.size == (384, 512)


def test_a_panorama_keeps_the_models_side(tmp_path):
    path = _photo(tmp_path / "pano.jpg", (6400, 1000))
    image, size, _, _ = decode_for_index(path, 224)
    assert size == (6400, 1000) and min(image.size) >= 224 and max(image.size) <= 1434 + 1


def test_ingest_records_the_photos_size_and_a_thumbnail_of_it(tmp_path):
    photos = tmp_path / "photos"
    photos.mkdir()
    _photo(photos / "big.jpg", (3200, 2400))
    engine = Engine(Settings.from_env(index=tmp_path / "index", clip="tiny", ocr="off"), clip=FakeClip())
    report = engine.ingest([photos], describe=False, progress=False)
    assert report.added == 1
    (item,) = Catalog(tmp_path / "index" / "catalog.sqlite").image_items()
    assert (item.width, item.height) == (3200, 2400)
    thumb = Image.open(thumbnail_path(tmp_path / "index" / "thumbs", item.content_hash))
    assert thumb.size == (512, 384)
    engine.close()
