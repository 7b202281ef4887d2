"""A fake Ollama server on loopback that speaks the HTTP API the real ``ollama`` client uses.

Endpoints: GET /api/version, GET /api/tags, POST /api/show, POST /api/chat,
POST /api/generate; replies streamed as NDJSON or whole, like Ollama.

Its "vision" is the bundled tiny CLIP: shown an image of one shape, it names
the colour and the shape it sees, so its descriptions are true for shape images.
Asked as ``bespoke-minicheck`` ("Document: ...\nClaim: ..."), it answers Yes or No by a simple rule
(``minicheck_reply``). Asked to transcribe text (mmrag's OCR prompt), it answers with ``read_text(images)``:
"NO TEXT" unless a test sets it. Tests can script the reply (``respond``) and inject faults:

    with FakeOllama() as server:          # server.host -> "http://127.0.0.1:PORT"
        server.fault = "http500"          # "slow", "http500", "malformed", "drop", "missing_model"
        server.fault_count = 1            # only the next request (None: every request)
        server.stop()                     # "down": nothing listens any more

Capacity, like a GPU server with ``OLLAMA_NUM_PARALLEL=N``: ``server.delay = 0.4`` makes every chat/generate
request take 0.4 s; ``server.slots = 4`` serves 4 at once, the others wait for a slot (None: no limit).
``server.peak_busy`` is the most requests it served at once; ``server.answered`` counts chat/generate answers.
"""

from __future__ import annotations

import base64
import io
import json
import threading
import time
from collections.abc import Callable
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from PIL import Image

FAULTS = {"slow", "http500", "malformed", "drop", "missing_model"}


class TinyClipVision:
    """Names the colour and shape in an image with the bundled tiny CLIP (loaded once)."""

    _lock = threading.Lock()
    _state: tuple | None = None

    @classmethod
    def _load(cls):
        with cls._lock:
            if cls._state is None:
                from mmrag.backends.clip import OpenClipModel
                from mmrag.classify import class_vectors
                from mmrag.shapes import COLOUR_NAMES, SHAPES

                model = OpenClipModel("tiny")
                combos = [(c, s) for c in COLOUR_NAMES for s in SHAPES]
                classes = class_vectors([f"a {c} {s}" for c, s in combos], ["{}", "a photo of a {}."], model)
                cls._state = (model, combos, classes)
        return cls._state

    @classmethod
    def see(cls, image_bytes: bytes) -> tuple[str, str]:
        model, combos, classes = cls._load()
        from mmrag.ingest.images import to_rgb

        image = to_rgb(Image.open(io.BytesIO(image_bytes)))
        scores = model.embed_images([image]) @ classes.T
        return combos[int(scores.argmax())]


def describe_images(images: list[bytes]) -> str:
    """What a VLM would say: one sentence per image, naming objects, colours and setting."""
    sentences = []
    for n, data in enumerate(images, 1):
        try:
            colour, shape = TinyClipVision.see(data)
        except Exception:
            sentences.append(f"Image {n} could not be decoded.")
            continue
        lead = "The image" if len(images) == 1 else f"Image {n}"
        sentences.append(
            f"{lead} shows a {colour} {shape} on a light background. The main colour is {colour}; there is no visible "
            "text."
        )
    return " ".join(sentences) if sentences else "I see no image."


def request_images(body: dict) -> list[bytes]:
    encoded = list(body.get("images") or [])
    for message in body.get("messages") or []:
        encoded += message.get("images") or []
    return [base64.b64decode(e) for e in encoded]


def minicheck_reply(body: dict) -> str:
    """What bespoke-minicheck answers to "Document: ...\nClaim: ...", by a simple deterministic rule: "Yes"
    when every word of 4+ letters and every number of the claim occurs in the document, else "No"."""
    import re

    prompt = "\n".join([body.get("prompt") or ""] + [m.get("content") or "" for m in body.get("messages") or []])
    document, _, claim = prompt.partition("\nClaim:")
    document = document.split("Document:", 1)[-1].lower()
    needed = re.findall(r"[a-z]{4,}|\d+", claim.lower())
    return "Yes" if needed and all(re.search(rf"\b{re.escape(w)}", document) for w in needed) else "No"


def default_respond(body: dict) -> str:
    return describe_images(request_images(body))


def is_ocr_request(body: dict) -> bool:
    from mmrag.backends.ocr import OCR_PROMPT

    prompts = [body.get("prompt") or ""] + [m.get("content") or "" for m in body.get("messages") or []]
    return any(OCR_PROMPT in prompt for prompt in prompts)


class FakeOllama:
    def __init__(
        self,
        models: tuple[str, ...] = ("llava:latest", "llama3.2-vision:latest", "bespoke-minicheck:latest"),
        respond: Callable[[dict], str] | None = None,
    ):
        self.models = list(models)
        self.respond = respond or default_respond
        self.read_text: Callable[[list[bytes]], str] = lambda images: "NO TEXT"
        self.fault: str | None = None
        self.fault_count: int | None = None
        self.slow_seconds = 3.0
        self.requests: list[tuple[str, dict]] = []
        self.delay = 0.0  # seconds each chat/generate request takes (in its slot)
        self.slots: int | None = None  # requests served at once; more wait (None: no limit)
        self.peak_busy = 0
        self.answered = 0
        self._busy = 0
        self._capacity = threading.Condition()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    @property
    def host(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FakeOllama:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def knows(self, name: str) -> bool:
        name = name if ":" in name else f"{name}:latest"
        return name in self.models

    def take_fault(self) -> str | None:
        if self.fault is None:
            return None
        if self.fault_count is not None:
            if self.fault_count <= 0:
                return None
            self.fault_count -= 1
        return self.fault

    def serving(self):
        """A slot for one request for ``delay`` seconds: waits while all ``slots`` are busy."""
        from contextlib import contextmanager

        @contextmanager
        def slot():
            with self._capacity:
                self._capacity.wait_for(lambda: self.slots is None or self._busy < self.slots)
                self._busy += 1
                self.peak_busy = max(self.peak_busy, self._busy)
            try:
                if self.delay:
                    time.sleep(self.delay)
                yield
            finally:
                with self._capacity:
                    self._busy -= 1
                    self.answered += 1
                    self._capacity.notify_all()

        return slot()

    def wait_idle(self, timeout: float = 30.0) -> bool:
        """Wait until no request is being served (e.g. those of a client that was killed mid-request)."""
        with self._capacity:
            return self._capacity.wait_for(lambda: self._busy == 0, timeout)

    def _handler_class(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # as Ollama (Go sets TCP_NODELAY): no 40 ms wait between headers and body

            def log_message(self, *args):  # keep test output clean
                pass

            def do_GET(self):
                server.requests.append((self.path, {}))
                if self.path == "/api/version":
                    return self._json(200, {"version": "0.12.0-fake"})
                if self.path == "/api/tags":
                    return self._json(200, {"models": [_model_entry(m) for m in server.models]})
                return self._json(404, {"error": "not found"})

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                try:
                    body = json.loads(self.rfile.read(length) or b"{}")
                except json.JSONDecodeError:
                    return self._json(400, {"error": "invalid JSON body"})
                server.requests.append((self.path, body))
                fault = server.take_fault()
                if fault == "drop":
                    self.close_connection = True
                    self.connection.shutdown(2)
                    return
                if fault == "slow":
                    time.sleep(server.slow_seconds)
                if fault == "http500":
                    return self._json(500, {"error": "llama runner process has terminated"})
                if fault == "malformed":
                    return self._raw(200, b"{this is not json", "application/json")
                if self.path == "/api/show":
                    if not server.knows(body.get("model", "")):
                        return self._json(404, {"error": f"model '{body.get('model')}' not found"})
                    return self._json(
                        200,
                        {
                            "modelfile": "",
                            "details": {"family": "llama", "format": "gguf"},
                            "capabilities": ["completion", "vision"],
                        },
                    )
                if self.path in ("/api/chat", "/api/generate"):
                    model = body.get("model", "")
                    if fault == "missing_model" or not server.knows(model):
                        return self._json(404, {"error": f'model "{model}" not found, try pulling it first'})
                    with server.serving():
                        return self._answer(body, chat=self.path == "/api/chat")
                return self._json(404, {"error": "not found"})

            def _answer(self, body: dict, chat: bool):
                if str(body.get("model", "")).startswith("bespoke-minicheck"):
                    text = minicheck_reply(body)
                else:
                    text = server.read_text(request_images(body)) if is_ocr_request(body) else server.respond(body)
                stamp = datetime.now(timezone.utc).isoformat()
                model = body.get("model")

                def part(piece: str, done: bool) -> dict:
                    base = {"model": model, "created_at": stamp, "done": done}
                    if chat:
                        base["message"] = {"role": "assistant", "content": piece}
                    else:
                        base["response"] = piece
                    if done:
                        base.update(done_reason="stop", total_duration=1000, eval_count=len(text.split()))
                    return base

                if body.get("stream", True) is False:
                    return self._json(200, part(text, True))
                pieces = [w + " " for w in text.split(" ")]
                pieces[-1] = pieces[-1].rstrip(" ")
                lines = [json.dumps(part(p, False)) for p in pieces] + [json.dumps(part("", True))]
                return self._raw(200, ("\n".join(lines) + "\n").encode(), "application/x-ndjson")

            def _json(self, status: int, payload: dict):
                self._raw(status, json.dumps(payload).encode(), "application/json")

            def _raw(self, status: int, data: bytes, content_type: str):
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        return Handler


def _model_entry(name: str) -> dict:
    return {
        "name": name,
        "model": name,
        "modified_at": "2026-01-01T00:00:00Z",
        "size": 4_700_000_000,
        "digest": "0" * 64,
        "details": {
            "format": "gguf",
            "family": "llama",
            "families": ["llama", "clip"],
            "parameter_size": "7B",
            "quantization_level": "Q4_0",
        },
    }


def main(argv: list[str] | None = None) -> int:
    """``python tests/fake_ollama.py [--delay S] [--slots N] [--reply TEXT]``: serve in this process (a server in a
    process of its own, as Ollama is) until stdin closes; prints its host on the first line of stdout."""
    import argparse
    import sys

    ap = argparse.ArgumentParser(description=main.__doc__)
    ap.add_argument("--delay", type=float, default=0.0)
    ap.add_argument("--slots", type=int)
    ap.add_argument("--reply", help="the same reply to every request (default: the tiny CLIP's description)")
    args = ap.parse_args(argv)
    with FakeOllama(respond=(lambda body: args.reply) if args.reply else None) as server:
        server.delay, server.slots = args.delay, args.slots
        print(server.host, flush=True)
        sys.stdin.read()
        print(json.dumps({"answered": server.answered, "peak_busy": server.peak_busy}), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
