"""Decoding images safely: modes, orientation, dates, size guards, broken files, thumbnails."""

import io
import struct
import zlib

import pytest
from mmrag.ingest.images import MAX_PIXELS, decode_image, exif_date, open_image, save_thumbnail, to_rgb
from PIL import Image

from mmrag.errors import ImageReadError


def png_header_only(width: int, height: int) -> bytes:
    """A PNG whose header claims width x height, with almost no pixel data (a decompression bomb's header)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")


@pytest.mark.parametrize(
    "mode, colour",
    [
        ("RGB", (200, 30, 30)),
        ("RGBA", (200, 30, 30, 255)),
        ("LA", (100, 255)),
        ("L", 100),
        ("CMYK", (0, 255, 255, 0)),
        ("P", 3),
        ("I;16", 40000),
        ("1", 1),
    ],
)
def test_every_mode_becomes_rgb(mode, colour):
    assert to_rgb(Image.new(mode, (8, 8), colour)).mode == "RGB"


def test_alpha_is_composited_on_white():
    img = Image.new("RGBA", (4, 4), (255, 0, 0, 0))
    assert to_rgb(img).getpixel((0, 0)) == (255, 255, 255)


def test_exif_orientation_and_date(tmp_path):
    img = Image.new("RGB", (40, 20), (10, 200, 10))
    exif = Image.Exif()
    exif[274] = 6  # rotate 90 CW on display
    exif.get_ifd(0x8769)[36867] = "2021:07:04 12:30:00"
    path = tmp_path / "rotated.jpg"
    img.save(path, exif=exif)
    assert open_image(path).size == (20, 40)
    from datetime import datetime

    assert exif_date(path) == datetime(2021, 7, 4, 12, 30).timestamp() == decode_image(path)[1]
    plain = tmp_path / "plain.png"
    img.save(plain)
    assert exif_date(plain) is None


def test_large_jpeg_is_downscaled_while_decoding(tmp_path):
    path = tmp_path / "big.jpg"
    Image.new("RGB", (12000, 8500), (30, 60, 200)).save(path, quality=70)  # 102 MP
    img = open_image(path)
    assert max(img.size) <= 2048 and img.mode == "RGB"


def test_pixel_bomb_is_refused_from_its_header(tmp_path):
    path = tmp_path / "bomb.png"
    path.write_bytes(png_header_only(40000, 40000))
    with pytest.raises(ImageReadError, match="too large to decode safely"):
        open_image(path)
    assert 40000 * 40000 > MAX_PIXELS


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("zero.jpg", b"", "empty file"),
        ("random.png", bytes(range(256)) * 8, "not an image"),
        ("text.gif", b"GIF89a but not really", "not an image"),
    ],
)
def test_broken_files_have_reasons(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ImageReadError, match=reason):
        open_image(path)


def test_truncated_jpeg(tmp_path):
    buf = io.BytesIO()
    Image.effect_noise((600, 400), 60).convert("RGB").save(buf, format="JPEG")
    path = tmp_path / "cut.jpg"
    path.write_bytes(buf.getvalue()[: len(buf.getvalue()) // 2])
    with pytest.raises(ImageReadError, match="truncated"):
        open_image(path)


def test_missing_and_directory(tmp_path):
    with pytest.raises(ImageReadError, match="no such file"):
        open_image(tmp_path / "nope.png")
    with pytest.raises(ImageReadError, match="directory"):
        open_image(tmp_path)


def test_thumbnail_written_once(tmp_path):
    img = Image.new("RGB", (2000, 1000), (1, 2, 3))
    path = save_thumbnail(img, tmp_path, "ab" * 32)
    assert path.parent.name == "ab" and max(Image.open(path).size) == 512
    mtime = path.stat().st_mtime_ns
    assert save_thumbnail(img, tmp_path, "ab" * 32) == path and path.stat().st_mtime_ns == mtime


def test_thumbnail_of_one_content_written_by_many_threads_at_once(tmp_path):
    """Reader threads share the pid: copies of one photo read at the same time must not share a temp file."""
    import threading

    image = Image.new("RGB", (900, 600), (10, 120, 200))
    threads, errors = 8, []
    for round_ in range(40):
        barrier = threading.Barrier(threads)

        def save(folder=tmp_path / f"round{round_}"):
            barrier.wait()
            try:
                save_thumbnail(image, folder, "ab" * 32)
            except Exception as err:  # collected: an exception in a thread would not fail the test
                errors.append(err)

        workers = [threading.Thread(target=save) for _ in range(threads)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        folder = tmp_path / f"round{round_}" / "ab"
        assert [p.name for p in folder.iterdir()] == ["ab" * 32 + ".jpg"]  # no temp file left behind
        with Image.open(folder / ("ab" * 32 + ".jpg")) as thumb:
            assert thumb.size == (512, 341)
    assert errors == []


@pytest.mark.parametrize(
    "fmt, suffix", [("HEIF", ".heic"), ("HEIF", ".HEIF"), ("AVIF", ".avif"), ("JXL", ".jxl"), ("JPEG", ".jpg")]
)
def test_camera_formats_decode_upright_with_their_date(tmp_path, fmt, suffix):
    """A real photo saved as a phone would (turned pixels + EXIF orientation and date) in each format."""
    from datetime import datetime

    from real_photos import mean_difference, photo, save_as_camera

    original = photo("coffee")  # 600 x 400, landscape
    path = save_as_camera(original, tmp_path / f"IMG_0001{suffix}", fmt)
    image, taken = decode_image(path)
    assert image.mode == "RGB" and image.size == original.size  # turned back upright
    assert mean_difference(image, original) < 8  # lossy, but the same picture the same way up
    assert mean_difference(image, original.transpose(Image.Transpose.ROTATE_180)) > 30
    assert taken == datetime(2019, 7, 14, 10, 20, 30).timestamp() == exif_date(path)


def test_png_with_a_large_text_chunk_is_read(tmp_path):
    """Editors and image generators store metadata of several MB in PNG text chunks; Pillow's default refused over 1
    MB."""
    from PIL import PngImagePlugin
    from real_photos import photo

    info = PngImagePlugin.PngInfo()
    info.add_text("workflow", '{"nodes": []} ' * 400_000, zip=True)  # ~5.6 MB decompressed, a few KB stored
    path = tmp_path / "generated.png"
    photo("astronaut").save(path, pnginfo=info)
    assert path.stat().st_size < 2_000_000
    assert open_image(path).size == (512, 512)


def test_thumbnail_mode_follows_the_umask_like_any_written_file(tmp_path):
    import os

    from mmrag.ingest.images import _UMASK

    path = save_thumbnail(Image.new("RGB", (40, 30)), tmp_path, "cd" * 32)
    assert os.stat(path).st_mode & 0o777 == 0o666 & ~_UMASK
