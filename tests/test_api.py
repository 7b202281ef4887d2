"""The HTTP API: FastAPI's TestClient on a real index of scikit-image photos and a PDF, and one real
`mmrag serve` on a free loopback port used from this process as a client would."""

import io
import os
import re
import signal
import subprocess
import sys
import time

import numpy as np
import pytest
from corpus_fixtures import write_pdf
from fastapi.testclient import TestClient

from mmrag.api import create_app, is_loopback
from mmrag.config import Settings

skimage_data = pytest.importorskip("skimage.data")
NO_OLLAMA = "http://127.0.0.1:9"  # refused at once: answers are extractive


@pytest.fixture(scope="module")
def indexed(tmp_path_factory):
    from PIL import Image

    from mmrag.engine import Engine

    root = tmp_path_factory.mktemp("api")
    photos = root / "photos"
    photos.mkdir()
    for name in ("astronaut", "coffee", "rocket"):
        Image.fromarray(np.asarray(getattr(skimage_data, name)())).convert("RGB").save(photos / f"{name}.png")
    write_pdf(photos / "report.pdf", [("The rocket launch was delayed by rain.", [("red", "circle")])])
    settings = Settings.from_env(index=root / "index", clip="tiny", ollama_host=NO_OLLAMA)
    engine = Engine(settings)
    try:
        engine.ingest([photos], describe=False, ocr=False, progress=False)
    finally:
        engine.close()
    return root, photos, Settings.from_env(index=root / "index", ollama_host=NO_OLLAMA)


@pytest.fixture(scope="module")
def client(indexed):
    with TestClient(create_app(indexed[2])) as c:
        yield c


def test_status_sources_search_and_docs(client, indexed):
    _, photos, _ = indexed
    assert client.get("/status").json()["items"]["image"] == 3
    paths = {s["path"] for s in client.get("/sources").json()["sources"]}
    assert str(photos / "coffee.png") in paths and str(photos / "report.pdf") in paths
    found = client.get("/search", params={"q": "rocket launch", "k": 5}).json()
    assert found["query"] == "rocket launch" and found["results"]
    assert {"id", "kind", "path", "page", "score", "channels"} <= set(found["results"][0])
    assert client.get("/docs").status_code == 200
    assert "/search" in client.get("/openapi.json").json()["paths"]


def test_search_not_and_place_through_the_api(client, indexed):
    plain = client.get("/search", params={"q": "rocket launch", "k": 5}).json()["results"]
    minus = client.get("/search", params={"q": "rocket launch", "k": 5, "not": ["rocket", "launch"]}).json()["results"]
    assert any("bm25" in r["channels"] for r in plain) and not any("bm25" in r["channels"] for r in minus)
    refused = client.get("/search", params={"q": "coffee", "place": "Lisbon"})
    assert refused.status_code == 400 and "GPS" in refused.json()["error"]


def test_thumbnail_and_media_follow_the_servable_rule(client, indexed):
    _, photos, _ = indexed
    results = client.get("/search", params={"q": "coffee", "kind": "image", "k": 3}).json()["results"]
    thumb = client.get(f"/thumbnails/{results[0]['id']}")
    assert thumb.status_code == 200 and thumb.headers["content-type"] == "image/jpeg"
    assert client.get("/thumbnails/no-such-item").json()["error"].startswith("no thumbnail")
    image = client.get("/media", params={"path": str(photos / "rocket.png")})
    assert image.status_code == 200 and image.content.startswith(b"\x89PNG")
    page = client.get("/media", params={"path": str(photos / "report.pdf"), "page": 1})
    assert page.status_code == 200 and page.content.startswith(b"\x89PNG")
    for sneaky in ("/etc/passwd", str(photos / ".." / ".." / "index" / "catalog.sqlite"), "relative.png"):
        refused = client.get("/media", params={"path": sneaky})
        assert refused.status_code == 404 and "not a file in the index" in refused.json()["error"]
    assert client.get("/media", params={"path": str(photos / "report.pdf"), "page": 9}).status_code == 400


def test_ask_answers_extractively_with_checked_citations(client):
    answer = client.post("/ask", json={"question": "Why was the rocket launch delayed?", "k": 3}).json()
    assert answer["answerer"] == "extractive"
    assert {"sentences", "sources", "grounded", "metrics"} <= set(answer)


def test_classify_uploads(client):
    buffer = io.BytesIO()
    from PIL import Image

    Image.fromarray(np.asarray(skimage_data.coffee())).save(buffer, "PNG")
    reply = client.post(
        "/classify",
        data={"labels": "a cup of coffee,a rocket"},
        files=[("images", ("cup.png", buffer.getvalue(), "image/png"))],
    )
    assert reply.status_code == 200, reply.text
    labels = reply.json()["results"][0]["labels"]
    assert reply.json()["results"][0]["path"] == "cup.png"
    assert sum(x["probability"] for x in labels) == pytest.approx(1.0, abs=1e-4)
    bad = client.post(
        "/classify", data={"labels": "a,b"}, files=[("images", ("notes.png", b"not an image", "image/png"))]
    )
    assert bad.status_code == 400 and "not an image" in bad.json()["error"]


@pytest.mark.parametrize(
    "params, status, words",
    [
        ({"q": ""}, 422, "q"),
        ({"q": "x", "k": "0"}, 422, "k"),
        ({"q": "x", "kind": "video"}, 400, "unknown --kind video"),
        ({"q": "x", "after": "yesterday"}, 400, "not a date"),
        ({}, 422, "q"),
    ],
)
def test_bad_requests_are_errors_in_json(client, params, status, words):
    reply = client.get("/search", params=params)
    assert reply.status_code == status and words in reply.json()["error"]


def test_token_size_and_rate_limits(indexed):
    settings = indexed[2]
    with TestClient(create_app(settings, token="s3cret", rate_per_minute=4, max_body=1000)) as c:
        assert c.get("/status").status_code == 401
        assert "Bearer" in c.get("/status", headers={"Authorization": "Bearer wrong"}).json()["error"]
        ok = {"Authorization": "Bearer s3cret"}
        assert c.get("/status", headers=ok).status_code == 200
        big = c.post("/ask", headers=ok, content=b"{" + b" " * 2000 + b"}")
        assert big.status_code == 413 and "limit" in big.json()["error"]
        limited = c.get("/status", headers=ok)  # the fifth request in a minute
        assert limited.status_code == 429 and "too many requests" in limited.json()["error"]


def test_no_index_is_a_clear_error(tmp_path):
    with TestClient(create_app(Settings.from_env(index=tmp_path / "none"))) as c:
        reply = c.get("/status")
    assert reply.status_code == 400 and "mmrag ingest" in reply.json()["error"]


@pytest.mark.parametrize(
    "host, loopback",
    [("127.0.0.1", True), ("::1", True), ("localhost", True), ("0.0.0.0", False), ("192.168.1.4", False)],
)
def test_is_loopback(host, loopback):
    assert is_loopback(host) is loopback


def test_serve_refuses_a_public_address_without_a_token(cli, indexed):
    code, _, err = cli("serve", "--index", str(indexed[2].index), "--host", "0.0.0.0")
    assert code == 2 and "--token" in err and err.count("\n") == 1


def test_a_real_server_on_a_free_port(indexed):
    import httpx

    env = {**os.environ, "OLLAMA_HOST": NO_OLLAMA}
    server = subprocess.Popen(
        [sys.executable, "-m", "mmrag", "serve", "--index", str(indexed[2].index), "--port", "0", "--token", "t0k"],
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        line = server.stderr.readline()
        match = re.search(r"http://127\.0\.0\.1:(\d+)", line)
        assert match, line
        base = f"http://127.0.0.1:{match.group(1)}"
        auth = {"Authorization": "Bearer t0k"}
        deadline = time.monotonic() + 60
        while True:
            try:
                reply = httpx.get(f"{base}/status", headers=auth, timeout=30)
                break
            except httpx.ConnectError:
                assert time.monotonic() < deadline, "the server did not answer"
                time.sleep(0.2)
        assert reply.status_code == 200 and reply.json()["sources"] == 4
        assert httpx.get(f"{base}/status", timeout=30).status_code == 401
        found = httpx.get(f"{base}/search", params={"q": "rocket"}, headers=auth, timeout=120).json()
        assert found["results"]
        assert httpx.get(f"{base}/docs", timeout=30).status_code == 200
    finally:
        server.send_signal(signal.SIGTERM)
        code = server.wait(timeout=30)
    assert code == 0
