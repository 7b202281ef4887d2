"""The JSON HTTP API (`mmrag serve`): FastAPI over the same Engine as the CLI and the UI. OpenAPI docs at /docs.

Every engine call runs on one worker thread (the Engine's SQLite connection belongs to the thread that
opened it), so requests are served one engine call at a time while the event loop stays free.
Errors are ``{"error": "..."}`` with the CLI's exit-code meaning as the status: bad usage or input 400
(422 for a malformed request), a file or item the index does not hold 404, a model or server that is
unreachable 503, anything else 500. Off loopback a bearer token is required; bodies over the upload
limit get 413 and clients over the rate limit 429.
"""

from __future__ import annotations

import asyncio
import io
import ipaddress
import logging
import secrets
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict
from pathlib import Path

from fastapi import FastAPI, File, Form, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException

from . import media as m
from .classify import parse_labels
from .cli_output import classify_json, negatives, parse_date, result_json
from .config import Settings
from .engine import Engine
from .errors import (
    ChromaUnreachableError,
    InputError,
    MmragError,
    ModelUnavailableError,
    OllamaUnreachableError,
    UsageError,
)
from .media import MAX_UPLOAD_BYTES, save_upload
from .retrieve import SearchQuery

log = logging.getLogger(__name__)

MAX_BODY_BYTES = MAX_UPLOAD_BYTES + 1024 * 1024  # one upload plus form overhead


class NotFoundError(InputError):
    """An item, file or page the index does not hold (HTTP 404)."""


class AskRequest(BaseModel):
    question: str = Field(min_length=1, max_length=2000)
    k: int = Field(5, ge=1, le=50)
    verify: str = Field("evidence", pattern="^(evidence|vlm)$")


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def status_of(err: MmragError) -> int:
    if isinstance(err, NotFoundError):
        return 404
    if isinstance(err, (OllamaUnreachableError, ChromaUnreachableError, ModelUnavailableError)):
        return 503
    return 400 if err.exit_code == 2 else 500


class RateLimiter:
    """At most ``per_minute`` requests per client in any sliding minute."""

    def __init__(self, per_minute: int):
        self.per_minute = per_minute
        self.seen: dict[str, list[float]] = {}
        self.lock = threading.Lock()

    def allow(self, client: str) -> bool:
        now = time.monotonic()
        with self.lock:
            recent = [t for t in self.seen.get(client, []) if now - t < 60.0]
            allowed = len(recent) < self.per_minute
            if allowed:
                recent.append(now)
            self.seen[client] = recent
            return allowed


class EngineWorker:
    """The Engine, created and called on one thread."""

    def __init__(self, settings: Settings, engine=None):
        self.settings = settings
        self.engine = engine
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="mmrag-engine")

    async def call(self, job):
        def run():
            if self.engine is None:
                self.engine = Engine(self.settings)
            return job(self.engine)

        return await asyncio.get_running_loop().run_in_executor(self.pool, run)


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


def create_app(
    settings: Settings,
    token: str | None = None,
    engine=None,
    rate_per_minute: int = 120,
    max_body: int = MAX_BODY_BYTES,
) -> FastAPI:
    """The API app; ``engine`` may be injected (tests pass one with fake models)."""
    app = FastAPI(title="mmrag", description="Local multimodal RAG search over photos and PDFs.", version="1")
    worker = EngineWorker(settings, engine)
    limiter = RateLimiter(rate_per_minute)
    app.state.worker = worker

    @app.middleware("http")
    async def guard(request: Request, call_next):
        if not limiter.allow(request.client.host if request.client else "?"):  # first: wrong tokens count too
            return _error(429, f"too many requests: at most {limiter.per_minute} a minute; wait and retry")
        if token is not None and request.url.path not in ("/docs", "/openapi.json", "/docs/oauth2-redirect"):
            sent = request.headers.get("authorization", "")
            if not secrets.compare_digest(sent.encode(), f"Bearer {token}".encode()):
                return _error(
                    401,
                    "missing or wrong bearer token: send the header `Authorization: Bearer TOKEN` with the token given "
                    "to `mmrag serve --token`",
                )
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > max_body):
            return _error(413, f"request body over the {max_body / 2**20:.0f} MB limit: send a smaller image")
        return await call_next(request)

    @app.exception_handler(MmragError)
    async def mmrag_error(request: Request, err: MmragError):
        return _error(status_of(err), str(err))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, err: RequestValidationError):
        first = err.errors()[0] if err.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p not in ("query", "body"))
        return _error(422, f"{where or 'request'}: {first.get('msg', 'invalid')}")

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, err: HTTPException):
        return _error(err.status_code, str(err.detail))

    @app.exception_handler(Exception)
    async def crash(request: Request, err: Exception):
        log.exception("request failed")
        return _error(500, f"internal error: {type(err).__name__}: {err}")

    @app.get("/status", summary="what the index holds, in numbers")
    async def status():
        return await worker.call(lambda e: e.status())

    @app.get("/sources", summary="what the index holds, file by file")
    async def sources():
        return {"sources": await worker.call(lambda e: e.sources())}

    @app.get("/search", summary="hybrid search: CLIP + dense text + BM25, fused")
    async def search(
        q: str = Query(..., min_length=1, max_length=1000),
        k: int = Query(10, ge=1, le=200),
        kind: list[str] = Query([]),
        path: str | None = None,
        label: str | None = None,
        after: str | None = None,
        before: str | None = None,
        sort: str = Query("relevance", pattern="^(relevance|date)$"),
        place: str | None = None,
        not_: list[str] = Query([], alias="not", max_length=1000),
    ):

        kinds = tuple(k2.strip() for value in kind for k2 in value.split(",") if k2.strip())
        query = SearchQuery(
            text=q.strip(),
            k=k,
            kinds=kinds,
            path_glob=path,
            label=label,
            sort=sort,
            after=parse_date(after, "after"),
            before=parse_date(before, "before"),
            negatives=negatives(not_),
            place=(place or "").strip() or None,
        )
        results = await worker.call(lambda e: e.search(query))
        return {"query": query.text, "results": [result_json(r) for r in results]}

    @app.post("/ask", summary="answer a question from the index, every sentence cited and checked")
    async def ask(body: AskRequest):
        answer = await worker.call(lambda e: e.ask(body.question.strip(), k=body.k, verify=body.verify))
        return {
            "question": answer.question,
            "answer": answer.answer,
            "answerer": answer.answerer,
            "sentences": [
                {"text": s.text, "status": s.status, "citations": [asdict(c) for c in s.citations]}
                for s in answer.sentences
            ],
            "sources": [{"n": s.n, "id": s.id, "kind": s.kind, "path": s.path, "page": s.page} for s in answer.sources],
            "grounded": answer.grounded,
            "metrics": answer.metrics,
        }

    @app.post("/classify", summary="zero-shot labels for uploaded images")
    async def classify(
        images: list[UploadFile] = File(...), labels: str = Form(..., description='comma-separated, e.g. "cat,dog,car"')
    ):

        names = parse_labels(labels)
        if not names:
            raise UsageError("no labels given", 'Send labels="cat,dog,car"')
        with tempfile.TemporaryDirectory(prefix="mmrag-api-") as folder:
            paths = []
            for upload in images:
                data = await upload.read(MAX_UPLOAD_BYTES + 1)
                paths.append(save_upload(upload.filename or "upload", data, Path(folder)))
            results = await worker.call(lambda e: e.classify(paths, names))
        return {"results": [{**classify_json(r), "path": u.filename} for r, u in zip(results, images)]}

    @app.get("/thumbnails/{item_id}", summary="an image item's stored thumbnail (JPEG)", response_class=FileResponse)
    async def thumbnail(item_id: str):
        found = await worker.call(lambda e: e.thumbnails([item_id]))
        if item_id not in found:
            raise NotFoundError(f"no thumbnail for item {item_id!r}", "Use an id from /search results of an image item")
        return FileResponse(found[item_id], media_type="image/jpeg")

    @app.get("/media", summary="an indexed image file, or a page of an indexed PDF, as PNG")
    async def media(path: str = Query(..., min_length=1, max_length=4096), page: int | None = Query(None, ge=1)):

        def render(e):
            roots = [s["path"] for s in e.sources()]
            if not m.is_servable(path, roots):
                raise NotFoundError(
                    f"{path} is not a file in the index", "Only files that `mmrag ingest` indexed can be shown"
                )
            if page is not None or path.lower().endswith(".pdf"):
                return m.pdf_page_image(path, page or 1, roots)
            return m.source_image(path, roots)

        image = await worker.call(render)
        buffer = io.BytesIO()
        image.save(buffer, "PNG")
        return Response(buffer.getvalue(), media_type="image/png")

    return app


def serve(
    settings: Settings, host: str = "127.0.0.1", port: int = 8765, token: str | None = None, rate_per_minute: int = 120
) -> None:
    """Run the API with uvicorn until Ctrl+C / SIGTERM; refuses to listen off loopback without a token."""
    import socket

    import uvicorn

    if not 0 <= port < 65536:
        raise UsageError(f"--port {port} is not a port number", "Use 1-65535, or 0 for a free one")
    if not is_loopback(host) and not token:
        raise UsageError(
            f"--host {host} is reachable from other machines, so a token is required",
            "Add --token SECRET (or set MMRAG_API_TOKEN), or keep --host 127.0.0.1",
        )
    if rate_per_minute < 1:
        raise UsageError("--rate must be at least 1 request a minute")

    Engine(settings).status()  # no index: a clear error now, not on the first request
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as err:
        sock.close()
        raise UsageError(
            f"cannot listen on {host}:{port}: {err.strerror or err}", "Choose another --port (0 picks a free one)"
        ) from None
    bound = sock.getsockname()[1]
    app = create_app(settings, token=token, rate_per_minute=rate_per_minute)
    where = f"[{host}]" if family == socket.AF_INET6 else host
    folder = Path(settings.index).absolute()
    print(
        f"mmrag serve: http://{where}:{bound} (docs at /docs; index {folder}); Ctrl+C stops it",
        file=sys.stderr,
        flush=True,
    )
    config = uvicorn.Config(app, log_level="warning", access_log=False, timeout_graceful_shutdown=5)
    _quiet_server_class()(config).run(sockets=[sock])


def _quiet_server_class():
    import contextlib
    import signal

    import uvicorn

    class QuietServer(uvicorn.Server):
        """uvicorn re-raises SIGTERM/SIGINT after its graceful shutdown (exit 143/130); `mmrag serve` stops with 0."""

        @contextlib.contextmanager
        def capture_signals(self):
            def stop(*_):
                self.should_exit = True

            previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
            try:
                yield
            finally:
                for sig, handler in previous.items():
                    signal.signal(sig, handler)

    return QuietServer
