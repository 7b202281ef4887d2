"""The front end against a hostile page or file: Host allow-list on the WebSocket (DNS rebinding), the token gate,
user-controlled text never parsed as markdown, and a favicon that needs no CDN."""

from __future__ import annotations

import base64
import html
import os
import re
import socket
from pathlib import Path
from urllib.parse import urlsplit

import mmrag.ui
import pytest
from mmrag.ui.server import host_allowed
from mmrag.ui.widgets import md_escape
from streamlit.testing.v1 import AppTest
from ui_driver import serve

from mmrag.cli_serve import is_loopback, ui_allowed_hosts, ui_token

APP = str(Path(mmrag.ui.__file__).with_name("app.py"))
HOSTILE = [
    "**bold**.jpg",
    ":red[alarm].png",
    "$x^2$.png",
    "[click](javascript:alert(1)).jpg",
    "<img src=x onerror=alert(1)>.png",
    "see https://evil.example/x and www.evil.example or me@evil.example",
    "a`code`b_c_~~d~~ # not a heading",
    "line\nbreak\x1b[31m.png",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_md_escape_leaves_no_markdown_syntax(text):
    escaped = md_escape(text)
    assert not re.search(r"[!-/:-@\[-`{-~]", escaped.replace("&#", "").replace(";", "")), (
        escaped
    )  # only entities remain
    assert html.unescape(escaped).replace("\u2060", "") == "".join(
        ch if ch.isprintable() or ch == "\n" else repr(ch)[1:-1] for ch in text
    )
    assert "www." not in escaped and "://" not in escaped and "@" not in escaped  # no autolink can start


@pytest.mark.parametrize(
    "host, loopback",
    [
        ("127.0.0.1", True),
        ("localhost", True),
        ("::1", True),
        ("[::1]", True),
        ("127.8.0.1", True),
        ("0.0.0.0", False),
        ("192.168.1.4", False),
        ("example.org", False),
    ],
)
def test_is_loopback(host, loopback):
    assert is_loopback(host) is loopback


@pytest.mark.parametrize(
    "host, extra, expected_extra",
    [
        ("127.0.0.1", [], []),
        ("0.0.0.0", ["photos.lan"], ["photos.lan"]),
        ("192.168.1.4", [], ["192.168.1.4"]),
        ("localhost", ["a", "a"], ["a"]),
    ],
)
def test_allowed_hosts(host, extra, expected_extra):
    assert ui_allowed_hosts(host, extra) == ["localhost", "127.0.0.1", "::1", "[::1]"] + expected_extra


def test_token_needed_off_loopback(capsys):
    assert (
        ui_token("127.0.0.1", None) is None
        and ui_token("localhost", "t") == "t"
        and ui_token("0.0.0.0", "given") == "given"
    )
    made = ui_token("0.0.0.0", None)
    assert made and len(made) >= 16 and made in capsys.readouterr().err
    assert ui_token("192.168.1.4", None) != made


def raw_status(url: str, path: str, headers: list[str]) -> int:
    """Send ``GET path`` with exactly ``headers`` over a raw socket (urllib would send the real Host); the HTTP
    status."""
    parts = urlsplit(url)
    with socket.create_connection((parts.hostname, parts.port), timeout=30) as conn:
        conn.sendall(("\r\n".join([f"GET {path} HTTP/1.1", *headers]) + "\r\n\r\n").encode())
        reply = conn.recv(4096).decode("latin-1")
    return int(reply.split()[1])


def websocket_status(url: str, host: str, origin: str | None = None) -> int:
    """Open Streamlit's WebSocket with an HTTP upgrade request and ``Host: host``; return the HTTP status."""
    key = base64.b64encode(os.urandom(16)).decode()
    headers = [
        f"Host: {host}",
        "Upgrade: websocket",
        "Connection: Upgrade",
        f"Sec-WebSocket-Key: {key}",
        "Sec-WebSocket-Version: 13",
        "Sec-WebSocket-Protocol: streamlit",
    ]
    return raw_status(url, "/_stcore/stream", headers + ([f"Origin: {origin}"] if origin else []))


def http_status(url: str, path: str, host: str) -> int:
    """GET ``path`` with ``Host: host``; the HTTP status."""
    return raw_status(url, path, [f"Host: {host}", "Connection: close"])


def test_forged_host_and_origin_are_refused(tmp_path):
    with serve(tmp_path / "index", {"HF_HUB_OFFLINE": "1"}) as url:
        port = urlsplit(url).port
        assert websocket_status(url, f"127.0.0.1:{port}", f"http://127.0.0.1:{port}") == 101
        assert websocket_status(url, f"localhost:{port}") == 101
        assert (
            websocket_status(url, f"evil.example:{port}") != 101
        )  # DNS rebinding: the page's Host is the attacker's name
        assert websocket_status(url, f"evil.example:{port}", f"http://evil.example:{port}") != 101
        assert websocket_status(url, f"127.0.0.1:{port}", "http://evil.example") != 101  # another site's page


@pytest.mark.parametrize(
    "header, allowed",
    [
        ("127.0.0.1:8501", True),
        ("localhost", True),
        ("LOCALHOST.:8501", True),
        ("[::1]:8501", True),
        ("photos.lan:80", True),
        ("evil.example:8501", False),
        ("localhost.evil.example", False),
        ("127.0.0.1.nip.io", False),
        ("", False),
        (None, False),
        ("user@localhost", False),
        ("localhost/x", False),
        ("localhost:99999", False),
        ("localhost:port", False),
        ("[::2]", False),
    ],
)
def test_host_allowed(header, allowed):
    assert host_allowed(header, ["localhost", "127.0.0.1", "::1", "[::1]", "photos.lan"]) is allowed


def test_forged_host_is_refused_on_plain_http_too(tmp_path):
    """Streamlit checks the Host on its WebSocket only; mmrag's middleware refuses it on every HTTP route (the page,
    media files, health), so a rebinding page cannot read anything; --allow-host adds a name."""
    with serve(tmp_path / "index", {"HF_HUB_OFFLINE": "1"}, args=("--allow-host", "photos.lan")) as url:
        port = urlsplit(url).port
        for path in ("/", "/ask", "/_stcore/health", "/media/0123456789abcdef.png", "/_stcore/host-config"):
            assert http_status(url, path, f"evil.example:{port}") == 403, path
        assert http_status(url, "/", f"127.0.0.1:{port}") == 200
        assert http_status(url, "/_stcore/health", f"photos.lan:{port}") == 200
        assert http_status(url, "/_stcore/health", f"[::1]:{port}") == 200
        assert (
            websocket_status(url, f"photos.lan:{port}") == 101 and websocket_status(url, f"evil.example:{port}") == 403
        )


def test_token_gate_shows_nothing_without_the_token(tmp_path, monkeypatch):
    monkeypatch.setenv("MMRAG_INDEX", str(tmp_path / "index"))
    monkeypatch.setenv("MMRAG_UI_TOKEN", "s3cret-token")
    at = AppTest.from_file(APP, default_timeout=120).run()
    assert not at.exception
    assert [t.label for t in at.text_input] == ["Access token"]
    assert not at.button and not at.markdown and not at.info  # no page ran
    at.text_input[0].input("wrong").run()
    assert [e.value for e in at.error] == ["Wrong token."] and not at.info
    at.text_input[0].input("s3cret-token").run()
    at.run()
    assert not at.exception and not at.error
    assert "Access token" not in [t.label for t in at.text_input]
    assert at.info or at.markdown or at.button  # the Search page ran


def test_no_token_on_loopback_shows_the_app(tmp_path, monkeypatch):
    monkeypatch.setenv("MMRAG_INDEX", str(tmp_path / "index"))
    monkeypatch.delenv("MMRAG_UI_TOKEN", raising=False)
    at = AppTest.from_file(APP, default_timeout=120).run()
    assert not at.exception
    assert "Access token" not in [t.label for t in at.text_input]
