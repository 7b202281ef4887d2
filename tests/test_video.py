"""Videos as key frames: ingest/video.py on real mp4s made from scikit-image's photos, and video_frame items through the
CLI."""

import numpy as np
import pytest
from mmrag.ingest.video import format_time, frame_times, read_video
from video_files import photo_frames, write_video


@pytest.mark.parametrize(
    "duration, every, most, times",
    [
        (None, 10, 30, [0.0]),  # unknown length: the first frame
        (4.0, 1, 30, [0.0, 1.0, 2.0, 3.0]),
        (25.0, 10, 30, [0.0, 10.0, 20.0]),
        (30.0, 10, 30, [0.0, 10.0, 20.0]),
        (600.0, 10, 3, [0.0, 200.0, 400.0]),  # longer than every * most: the step widens to span the video
        (5.0, 10, 30, [0.0]),
    ],
)
def test_frame_times(duration, every, most, times):
    assert frame_times(duration, every, most) == times


@pytest.mark.parametrize("seconds, text", [(0, "00:00"), (80, "01:20"), (80.9, "01:20"), (3723, "1:02:03")])
def test_format_time(seconds, text):
    assert format_time(seconds) == text


def test_read_video_takes_the_frame_shown_at_each_time(tmp_path):
    photos = photo_frames()
    video = write_video(tmp_path / "clip.mp4", photos=photos)
    frames = list(read_video(video, every=1))
    assert [f.time for f in frames] == [0.0, 1.0, 2.0, 3.0]
    for frame, photo in zip(frames, photos):  # each frame is the photo shown then (lossy: close, not equal)
        errors = [np.abs(np.asarray(frame.image, dtype=float) - other).mean() for other in photos]
        assert int(np.argmin(errors)) == next(i for i, p in enumerate(photos) if p is photo)
    assert len(list(read_video(video, every=1, max_frames=2))) == 2


def test_ingest_video_frames_search_status_and_a_broken_video(cli, tmp_path):
    corpus = tmp_path / "clips"
    video = write_video(corpus / "holiday clip.mp4")
    whole = video.read_bytes()
    (corpus / "cut.mp4").write_bytes(whole[: len(whole) // 2])
    (corpus / "noise.mov").write_bytes(np.random.default_rng(0).integers(0, 256, 4096, dtype=np.uint8).tobytes())
    env = {"MMRAG_VIDEO_EVERY": "1"}
    code, out, err = cli("ingest", str(corpus), "--clip", "tiny", "--no-describe", "--json", env=env)
    assert code == 0, err
    assert out["added"] == 1 and out["items"] == 4
    reasons = {f["path"].rsplit("/", 1)[-1]: f["reason"] for f in out["failed"]}
    assert set(reasons) == {"cut.mp4", "noise.mov"} and all("video" in r for r in reasons.values())

    code, status, _ = cli("status", "--json")
    assert status["items"]["video_frame"] == 4 and status["sources"] == 1

    from PIL import Image

    Image.fromarray(photo_frames()[1]).save(tmp_path / "coffee.png")  # shown from 00:01 to 00:02
    query = ("search", "", "--image", str(tmp_path / "coffee.png"), "--kind", "video_frame", "-k", "1")
    code, found, err = cli(*query, "--json")
    assert code == 0, err
    [best] = found["results"]
    assert best["kind"] == "video_frame" and best["path"] == str(video) and best["page"] is None and best["time"] == 1.0
    code, text, _ = cli(*query)
    assert "holiday clip.mp4 @ 00:01" in text

    code, again, _ = cli("ingest", str(corpus), "--clip", "tiny", "--no-describe", "--json", env=env)
    assert again["unchanged"] == 1 and again["items"] == 4
