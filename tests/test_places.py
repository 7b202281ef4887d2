"""Places (issue #24 item 1): GPS EXIF -> "City, Region, Country", offline; searchable, filterable, shown."""

import sqlite3
from pathlib import Path

import pytest
from PIL import Image
from skimage import data

from mmrag.places import gps_of, known_parts, matches

# (photo, (lat, lon) as degrees/minutes/seconds with refs): real photos from scikit-image, placed in known cities
LISBON = ("N", (38.0, 43.0, 20.0), "W", (9.0, 8.0, 21.0))
PARIS = ("N", (48.0, 51.0, 24.0), "E", (2.0, 21.0, 8.0))
SYDNEY = ("S", (33.0, 52.0, 4.0), "E", (151.0, 12.0, 26.0))


def save_with_gps(path: Path, array, gps=None) -> Path:
    img = Image.fromarray(array)
    exif = img.getexif()
    if gps is not None:
        block = exif.get_ifd(0x8825)
        block[1], block[2], block[3], block[4] = gps
    img.save(path, exif=exif)
    return path


@pytest.mark.parametrize(
    "gps, expected",
    [
        (LISBON, (38.7222, -9.1392)),
        (SYDNEY, (-33.8678, 151.2072)),
        (("N", (0.0, 0.0, 0.0), "E", (0.0, 0.0, 0.0)), None),  # no fix: cameras write (0, 0)
        (("N", (95.0, 0.0, 0.0), "E", (2.0, 0.0, 0.0)), None),  # out of range
        (None, None),
    ],
)
def test_gps_of_table(tmp_path, gps, expected):
    path = save_with_gps(tmp_path / "p.jpg", data.coffee(), gps)
    got = gps_of(Image.open(path).getexif())
    assert (None if got is None else tuple(round(v, 4) for v in got)) == expected


@pytest.mark.parametrize(
    "place, wanted, expected",
    [
        ("Intendente, Lisbon, Portugal", "lisbon", True),
        ("Intendente, Lisbon, Portugal", "PORTUGAL", True),
        ("Intendente, Lisbon, Portugal", "intendente, lisbon, portugal", True),
        ("Intendente, Lisbon, Portugal", "Lis", False),
        ("", "Lisbon", False),
        (None, "Lisbon", False),
    ],
)
def test_matches_table(place, wanted, expected):
    assert matches(place, wanted) is expected


def test_known_parts():
    assert known_parts(["Paris, Île-de-France, France", "Intendente, Lisbon, Portugal", ""]) == [
        "France",
        "Intendente",
        "Lisbon",
        "Paris",
        "Portugal",
        "Île-de-France",
    ]  # sorted case-insensitively


@pytest.fixture
def placed(cli, tmp_path):
    photos = tmp_path / "trip"
    photos.mkdir()
    save_with_gps(photos / "astronaut.jpg", data.astronaut(), LISBON)
    save_with_gps(photos / "coffee.jpg", data.coffee(), PARIS)
    save_with_gps(photos / "rocket.jpg", data.rocket(), SYDNEY)
    save_with_gps(photos / "chelsea.jpg", data.chelsea())  # no GPS
    code, report, err = cli("ingest", str(photos), "--clip", "tiny", "--no-describe", "--no-ocr", "--json")
    assert code == 0 and report["added"] == 4, err
    return photos


def test_places_are_stored_searchable_filterable_and_shown(cli, placed):
    code, out, err = cli("search", "Lisbon Portugal", "--json")
    assert code == 0, err
    first = out["results"][0]
    assert (
        first["path"].endswith("astronaut.jpg")
        and first["place"] == "Intendente, Lisbon, Portugal"
        and "bm25" in first["channels"]
    )

    code, out, err = cli("search", "a photo", "--place", "france", "--min-score", "0", "--json")
    assert code == 0, err
    assert [Path(r["path"]).name for r in out["results"]] == ["coffee.jpg"]
    assert out["results"][0]["place"].endswith("France")

    code, out, err = cli("search", "a photo", "--place", "Sydney", "--min-score", "0")
    assert code == 0, err
    assert "rocket.jpg" in out and "(Sydney, New South Wales, Australia)" in out

    code, out, err = cli("search", "a photo", "--min-score", "0", "--json")
    assert not any("place" in r for r in out["results"] if r["path"].endswith("chelsea.jpg"))  # no GPS, no place


def test_an_unknown_place_is_refused_with_close_ones(cli, placed):
    code, _, err = cli("search", "a photo", "--place", "Lisbonn")
    assert code == 2 and "no indexed photo is in 'Lisbonn'" in err and "Lisbon" in err


def test_no_place_anywhere_says_where_places_come_from(cli, tmp_path):
    photos = tmp_path / "plain"
    photos.mkdir()
    save_with_gps(photos / "coffee.jpg", data.coffee())
    assert cli("ingest", str(photos), "--clip", "tiny", "--no-describe", "--no-ocr")[0] == 0
    code, _, err = cli("search", "coffee", "--place", "Paris")
    assert code == 2 and "GPS" in err


def test_photos_indexed_before_places_get_theirs_on_the_next_ingest(cli, placed, tmp_path):
    catalog = tmp_path / "index" / "catalog.sqlite"
    with sqlite3.connect(catalog) as db:  # as an index made before places existed: the column is NULL
        db.execute("UPDATE items SET place = NULL")
    code, report, err = cli("ingest", str(placed), "--clip", "tiny", "--no-describe", "--no-ocr", "--json")
    assert code == 0 and report["unchanged"] == 4, err
    with sqlite3.connect(catalog) as db:
        rows = dict(db.execute("SELECT s.display, i.place FROM items i JOIN sources s ON s.path = i.source"))
    assert {Path(k).name: v for k, v in rows.items()} == {
        "astronaut.jpg": "Intendente, Lisbon, Portugal",
        "coffee.jpg": "Paris, Île-de-France, France",
        "rocket.jpg": "Sydney, New South Wales, Australia",
        "chelsea.jpg": "",
    }
