"""Key frames of a video file (PyAV, whose wheels bring FFmpeg).

A video becomes up to ``max_frames`` items of kind ``video_frame``: the first frame, then one
every ``every`` seconds; when the video is longer than ``every * max_frames`` the step widens so
the frames span the whole video. Each frame carries its time in seconds from the start.
Frames are decoded one at a time (seek to the key frame before the target, decode forward), so
memory does not grow with the video's length.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from mmrag.errors import SourceReadError

MAX_SIDE = 2048  # frames are reduced to this many pixels per side at most, like images


class VideoReadError(SourceReadError):
    what = "video"


@dataclass
class VideoFrame:
    time: float  # seconds from the start
    image: Image.Image


def frame_times(duration: float | None, every: float, max_frames: int) -> list[float]:
    """The times to take frames at: 0, then every ``every`` s before ``duration``, at most ``max_frames`` in all."""
    if not duration or duration <= 0:
        return [0.0]
    step = max(every, duration / max_frames)
    count = min(max_frames, int(duration / step - 1e-9) + 1)
    return [round(n * step, 3) for n in range(count)]


def format_time(seconds: float) -> str:
    """'01:20' (or '1:02:03' past an hour) for a frame's time."""
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60:02d}:{rest % 60:02d}"


def read_video(path: str | Path, every: float = 10.0, max_frames: int = 30) -> Iterator[VideoFrame]:
    """Yield the key frames of a video, lazily. Raises VideoReadError (a short reason) at the first ``next()`` or
    mid-way."""
    import av

    try:
        container = av.open(str(path))
    except (av.FFmpegError, OSError, ValueError) as err:
        raise VideoReadError(str(path), f"corrupt or unreadable video ({_short(err)})") from None
    try:
        if not container.streams.video:
            raise VideoReadError(str(path), "no video stream in the file")
        stream = container.streams.video[0]
        stream.thread_type = "AUTO"
        duration = (
            float(stream.duration * stream.time_base)
            if stream.duration and stream.time_base
            else (container.duration / 1e6 if container.duration else None)
        )
        found = 0
        for target in frame_times(duration, every, max_frames):
            frame = _frame_at(container, stream, target, path)
            if frame is None:
                break
            found += 1
            yield frame
        if not found:
            raise VideoReadError(str(path), "no frame could be decoded")
    except VideoReadError:
        raise
    except (av.FFmpegError, OSError, ValueError, EOFError) as err:
        raise VideoReadError(str(path), f"corrupt or truncated video ({_short(err)})") from None
    finally:
        container.close()


def _frame_at(container, stream, target: float, path) -> VideoFrame | None:
    """The first frame at or after ``target`` seconds; None past the end."""
    if target > 0:
        container.seek(int(target / stream.time_base) + (stream.start_time or 0), stream=stream, backward=True)
    for frame in container.decode(stream):
        time = float(frame.time) if frame.time is not None else 0.0
        if time + 1e-3 >= target:
            image = frame.to_image()
            if max(image.size) > MAX_SIDE:
                image.thumbnail((MAX_SIDE, MAX_SIDE), Image.BICUBIC)
            return VideoFrame(round(max(time, 0.0), 3), image.convert("RGB"))
    return None


def _short(err: Exception) -> str:
    return (str(err) or type(err).__name__).splitlines()[0][:200]
