"""Places: GPS coordinates from a photo's EXIF, named offline (city, region, country) by reverse_geocode.

reverse_geocode ships GeoNames' cities (population ≥ 1000) and answers with a k-d tree (scipy): no network, about a
second to load once per process, microseconds per photo after that. A photo without GPS has no place ("" in the
catalog: looked for, none); one indexed before places existed has NULL until an ingest looks (Ingester._fill_places).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger(__name__)

GPS_IFD = 0x8825
_LOCK = threading.Lock()
_MISSING_WARNED = False


def gps_of(exif) -> tuple[float, float] | None:
    """(latitude, longitude) in degrees from a Pillow Exif, or None: no GPS block, a malformed one, or (0, 0),
    which cameras write when they had no fix."""
    try:
        gps = exif.get_ifd(GPS_IFD)
        lat = _degrees(gps[2], gps.get(1, "N"), "S")
        lon = _degrees(gps[4], gps.get(3, "E"), "W")
    except Exception:  # no block (KeyError), bad rationals, zero denominators...
        return None
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0) or (lat == 0.0 and lon == 0.0):
        return None
    return lat, lon


def _degrees(value, ref, negative: str) -> float:
    d, m, s = (float(part) for part in value)
    sign = -1.0 if str(ref).strip().upper().startswith(negative) else 1.0
    return sign * (d + m / 60.0 + s / 3600.0)


def name_of(lat: float, lon: float) -> str | None:
    """ "City, Region, Country" of the nearest known city; None when reverse_geocode is not installed."""
    global _MISSING_WARNED
    try:
        import reverse_geocode
    except ImportError:
        if not _MISSING_WARNED:
            _MISSING_WARNED = True
            log.warning("photos with GPS get no place name: install reverse_geocode (pip install reverse_geocode)")
        return None
    with _LOCK:  # its first call builds the k-d tree; one build per process
        found = reverse_geocode.get((lat, lon))
    parts = [found.get("city"), found.get("state"), found.get("country")]
    return ", ".join(dict.fromkeys(p.strip() for p in parts if p and p.strip())) or None


def place_of_file(path: str | Path) -> str:
    """The place of an image file from its header's EXIF ('' when it has none); the pixels are not decoded.
    For images indexed before places existed; ingest takes the position from the decode it already does."""
    from PIL import Image

    try:
        with Image.open(path) as img:
            return place_at(gps_of(img.getexif()))
    except Exception:
        return ""


def place_at(position: tuple[float, float] | None) -> str:
    """The catalog's place for a GPS position: its name, or '' (looked for, none)."""
    return (name_of(*position) or "") if position is not None else ""


def matches(place: str | None, wanted: str) -> bool:
    """--place: the city, region or country, or the whole name, case-insensitive."""
    if not place:
        return False
    wanted = wanted.strip().casefold()
    return wanted == place.casefold() or wanted in (part.strip().casefold() for part in place.split(","))


def known_parts(places: Iterable[str]) -> list[str]:
    """Every city, region and country named in the index, sorted: what --place accepts."""
    return sorted(
        {part.strip() for place in places if place for part in place.split(",") if part.strip()}, key=str.casefold
    )
