"""What `mmrag ui` serves: Streamlit's ASGI app for app.py (`streamlit run server.py` finds ``app``), behind a Host
check on every request.

Streamlit enforces ``server.allowedHosts`` on its WebSocket only; its plain HTTP routes (media files, uploads, the
page itself) answer any Host. A DNS-rebinding page (``evil.example`` resolved to 127.0.0.1) is same-origin with what
it loads, so the Host header is the one thing that tells it apart: here every HTTP request and WebSocket whose Host is
not in the allow-list that `mmrag ui` passes in MMRAG_UI_HOSTS (comma-separated) gets a 403 before Streamlit sees it.

Why not a ready check: Starlette's TrustedHostMiddleware takes the Host up to its first ':' (so ``[::1]:8501`` is
refused and ``localhost@evil`` is not parsed as a URL authority), and Streamlit's own ``is_host_allowed`` is private
to its WebSocket module. ``host_allowed`` parses the header as a URL authority with the standard library instead.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit

from starlette.middleware import Middleware
from starlette.responses import PlainTextResponse
from streamlit.starlette import App

REFUSED = "This server answers only to the host names `mmrag ui` allows (start it with --allow-host NAME to add one)."


def host_allowed(header: str | None, names: list[str]) -> bool:
    """Whether a Host header (``name`` or ``name:port``, IPv6 in brackets) names one of ``names``; the port is ignored.
    Anything that is not a bare host (user info, a path, a bad port) is refused."""
    if not header:
        return False
    try:
        parts = urlsplit(f"//{header}")
        parts.port  # noqa: B018 - raises on a port that is not a number in range
    except ValueError:
        return False
    if (
        parts.hostname is None
        or parts.username is not None
        or parts.password is not None
        or parts.path
        or parts.query
        or parts.fragment
    ):
        return False
    wanted = {name.strip().strip("[]").lower().rstrip(".") for name in names if name.strip()}
    return parts.hostname.lower().rstrip(".") in wanted


class HostCheck:
    """ASGI middleware: a request or WebSocket with a Host outside ``names`` is refused with 403."""

    def __init__(self, app, names: list[str]):
        self.app, self.names = app, names

    async def __call__(self, scope, receive, send):
        if scope["type"] in ("http", "websocket"):
            header = dict(scope.get("headers") or []).get(b"host", b"").decode("latin-1")
            if not host_allowed(header, self.names):
                if scope["type"] == "websocket":  # refuse the handshake: an HTTP 403 instead of the upgrade
                    await send(
                        {
                            "type": "websocket.http.response.start",
                            "status": 403,
                            "headers": [(b"content-type", b"text/plain")],
                        }
                    )
                    await send({"type": "websocket.http.response.body", "body": REFUSED.encode()})
                    return
                await PlainTextResponse(REFUSED, status_code=403)(scope, receive, send)
                return
        await self.app(scope, receive, send)


def allowed_names() -> list[str]:
    return [name for name in os.environ.get("MMRAG_UI_HOSTS", "localhost,127.0.0.1,::1").split(",") if name.strip()]


app = App(Path(__file__).with_name("app.py"), middleware=[Middleware(HostCheck, names=allowed_names())])
