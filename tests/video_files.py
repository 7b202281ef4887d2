"""Real video files made at test time: an H.264 mp4 of scikit-image's bundled photos (PyAV encodes it)."""

from __future__ import annotations

from pathlib import Path

import av
import numpy as np
from PIL import Image
from skimage import data

PHOTOS = ("astronaut", "coffee", "chelsea", "rocket")


def photo_frames(size: tuple[int, int] = (320, 240)) -> list[np.ndarray]:
    """The photos as RGB arrays of one size (the encoder needs even sides)."""
    return [np.asarray(Image.fromarray(getattr(data, name)()).convert("RGB").resize(size)) for name in PHOTOS]


def write_video(
    path: Path, seconds_per_photo: float = 1.0, fps: int = 4, photos: list[np.ndarray] | None = None
) -> Path:
    """An mp4 showing each photo for ``seconds_per_photo`` seconds, in order."""
    photos = photo_frames() if photos is None else photos
    path.parent.mkdir(parents=True, exist_ok=True)
    with av.open(str(path), "w") as out:
        stream = out.add_stream("libx264", rate=fps)
        stream.height, stream.width = photos[0].shape[:2]
        stream.pix_fmt = "yuv420p"
        stream.options = {"g": str(fps)}  # a key frame every second, so seeking is cheap
        for photo in photos:
            for _ in range(int(seconds_per_photo * fps)):
                for packet in stream.encode(av.VideoFrame.from_ndarray(photo, format="rgb24")):
                    out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)
    return path
