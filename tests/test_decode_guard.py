"""Decompression bombs: pixel counts checked from the header before any decode, everywhere an image enters
(ingest/classify/search via decode_image, UI uploads via media.check_upload), with a clear reason; peak RSS of
`mmrag classify` on a 400 MP PNG bomb measured against the same command on a small image."""

import io
import json
import os
import subprocess
import sys

import pytest
from corpus_fixtures import png_bomb
from mmrag.ingest.images import decode_image
from PIL import Image

from mmrag.errors import ImageReadError, InputError
from mmrag.media import check_upload


@pytest.mark.parametrize(
    "width, height, depth, reason",
    [
        (20_000, 20_000, 8, "20000x20000 PNG is too large to decode safely (400 MP; limit 64 MP)"),
        (20_000, 20_000, 16, "20000x20000 PNG is too large to decode safely (400 MP; limit 64 MP)"),
        (9_000, 9_000, 16, "9000x9000 PNG is too large to decode safely (81 MP; limit 64 MP)"),
        (30_000, 30_000, 8, "too large to decode safely (900 MP; limit 400 MP)"),
        (100_000, 100_000, 8, "too large to decode safely (10000 MP; limit 400 MP)"),
    ],
)
def test_bombs_refused_from_the_header(tmp_path, width, height, depth, reason):
    data = png_bomb(width, height, depth, rows=4)
    path = tmp_path / "bomb.png"
    path.write_bytes(data)
    with pytest.raises(ImageReadError) as err:
        decode_image(path)
    assert err.value.reason == reason
    with pytest.raises(InputError) as err:
        check_upload("bomb.png", data)
    assert reason in err.value.message and "not an image" not in err.value.message


def test_large_image_below_the_limit_still_decodes(tmp_path):
    path = tmp_path / "big.png"
    path.write_bytes(png_bomb(7_000, 7_000, 16))  # 49 MP, 16-bit
    image = decode_image(path)[0]
    assert image.mode == "RGB" and max(image.size) == 2048
    assert check_upload("big.png", path.read_bytes()).size == (7_000, 7_000)


def test_big_jpeg_decodes_at_reduced_scale(tmp_path):
    """A 9000x9000 (81 MP) JPEG is above the full-decode limit but JPEG decodes at 1/4 scale: accepted."""
    buf = io.BytesIO()
    Image.new("L", (9_000, 9_000), 128).save(buf, "JPEG", quality=50)
    path = tmp_path / "big.jpg"
    path.write_bytes(buf.getvalue())
    assert max(decode_image(path)[0].size) <= 2_250
    check_upload("big.jpg", buf.getvalue())


def peak_rss_mib(args, env) -> tuple[float, dict]:
    """Run ``python -m mmrag ARGS`` in a child and return its peak RSS (MiB) and its JSON output."""
    # cli.main, not the console entry: that leaves a read-only command with os._exit, before any finally could report
    code = (
        "import resource, sys\nfrom mmrag.cli import main\n"
        "try:\n    main(sys.argv[1:])\n"
        "finally:\n    sys.stderr.write('PEAK_RSS_KIB %d\\n' % resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=300)
    peak = int(proc.stderr.rsplit("PEAK_RSS_KIB", 1)[1].split()[0])
    return peak / 1024, json.loads(proc.stdout)


def test_classify_rss_on_a_400_mp_png_bomb(tmp_path):
    """Goal: a 400 MP PNG bomb (and a 16-bit one) through `mmrag classify` stays under 1 GiB over the same command
    on a small image (the loaded models): it is refused from its header, never decoded."""
    small = tmp_path / "small.png"
    Image.new("RGB", (64, 64), "red").save(small)
    bomb8, bomb16 = tmp_path / "bomb8.png", tmp_path / "bomb16.png"
    bomb8.write_bytes(png_bomb(20_000, 20_000, 8))
    bomb16.write_bytes(png_bomb(20_000, 20_000, 16))
    env = {**os.environ, "MMRAG_INDEX": str(tmp_path / "index")}
    labels = ["--labels", "red,blue", "--clip", "tiny", "--json"]
    base, out = peak_rss_mib(["classify", str(small), *labels], env)
    assert "labels" in out["results"][0]
    peak, out = peak_rss_mib(["classify", str(bomb8), str(bomb16), str(small), *labels], env)
    assert [("error" in r) for r in out["results"]] == [True, True, False]
    assert "too large to decode safely" in out["results"][0]["error"]
    assert peak - base < 1024, (base, peak)


def test_corrupt_exif_warning_not_on_stderr(tmp_path):
    buf = io.BytesIO()
    Image.new("RGB", (64, 64), "red").save(buf, "JPEG", exif=b"Exif\x00\x00II*\x00\x08\x00\x00\x00\x05\x00\xff\xff\xff")
    (tmp_path / "bad_exif.jpg").write_bytes(buf.getvalue())
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "mmrag",
            "classify",
            str(tmp_path / "bad_exif.jpg"),
            "--labels",
            "red,blue",
            "--clip",
            "tiny",
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert "labels" in json.loads(proc.stdout)["results"][0]
    assert "EXIF" not in proc.stderr and "UserWarning" not in proc.stderr
