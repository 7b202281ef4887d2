"""Vision-language models served by Ollama, through the official ``ollama`` client.

Retries transient faults (HTTP 5xx, dropped connections, malformed replies)
with exponential backoff, but never a reply that has already started
streaming, and never a timeout or a refused connection (retrying those would
only make the user wait longer for the same answer).
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
import pydantic

from ..errors import OllamaModelNotFoundError, OllamaResponseError, OllamaTimeoutError, OllamaUnreachableError
from ..types import GenerationOptions, GenerationRequest
from .base import VisionLanguageModel

if TYPE_CHECKING:
    import ollama

log = logging.getLogger(__name__)

# Model families whose projector takes one image per turn: each image goes in its own message.
ONE_IMAGE_FAMILIES = ("llava", "bakllava", "moondream", "llava-llama3", "llava-phi3")


class _Transient(Exception):
    """A fault worth another try."""


def takes_one_image(model: str) -> bool:
    family = model.split(":", 1)[0].rsplit("/", 1)[-1].lower()
    return family.startswith(ONE_IMAGE_FAMILIES)


def build_messages(request: GenerationRequest, one_image_per_message: bool) -> list[dict]:
    """Chat messages for a request; images as bytes (the client base64-encodes them)."""
    images = [img.read_bytes() if isinstance(img, Path) else img for img in request.images]
    messages: list[dict] = [{"role": "system", "content": request.system}] if request.system else []
    if one_image_per_message and len(images) > 1:
        messages += [{"role": "user", "content": f"Image {n}.", "images": [img]} for n, img in enumerate(images, 1)]
        messages.append({"role": "user", "content": request.prompt})
    else:
        messages.append({"role": "user", "content": request.prompt, **({"images": images} if images else {})})
    return messages


class OllamaVLM(VisionLanguageModel):
    def __init__(
        self,
        model: str,
        host: str = "http://127.0.0.1:11434",
        timeout: float = 120.0,
        retries: int = 2,
        options: GenerationOptions | None = None,
        one_image_per_message: bool | None = None,
        backoff: float = 0.5,
    ):
        self.model = model
        self.model_id = f"ollama:{model}"
        self.host = host
        self.timeout = timeout
        self.retries = retries
        self.options = options or GenerationOptions()
        self.one_image_per_message = takes_one_image(model) if one_image_per_message is None else one_image_per_message
        self.backoff = backoff
        import ollama  # here: its pydantic types cost 0.2-0.4 s at import, and a search never talks to Ollama

        self._client = ollama.Client(host=host, timeout=timeout)

    def generate(self, request: GenerationRequest, on_token: Callable[[str], None] | None = None) -> str:
        messages = build_messages(request, self.one_image_per_message)
        options = {**self.options.as_dict(), **request.options.as_dict()}
        for attempt in range(self.retries + 1):
            streamed: list[str] = []
            try:
                return self._chat(messages, options, on_token, streamed)
            except _Transient as fault:
                if streamed or attempt == self.retries:
                    raise OllamaResponseError(str(fault)) from None
                delay = self.backoff * 2**attempt
                log.warning("Ollama fault (%s); retrying in %.1f s", fault, delay)
                time.sleep(delay)
        raise AssertionError("unreachable")

    def _chat(self, messages: list[dict], options: dict, on_token, streamed: list[str]) -> str:
        import ollama

        try:
            if on_token is None:
                reply = self._client.chat(model=self.model, messages=messages, options=options, stream=False)
                return reply.message.content or ""
            for part in self._client.chat(model=self.model, messages=messages, options=options, stream=True):
                piece = part.message.content or ""
                if piece:
                    streamed.append(piece)
                    on_token(piece)
            return "".join(streamed)
        except (ConnectionError, httpx.ConnectError):
            raise OllamaUnreachableError(self.host) from None
        except httpx.TimeoutException:
            raise OllamaTimeoutError(self.host, self.timeout) from None
        except ollama.ResponseError as err:
            raise self._classify_response_error(err) from None
        except (json.JSONDecodeError, pydantic.ValidationError, httpx.RemoteProtocolError, httpx.ReadError) as err:
            raise _Transient(f"malformed reply ({type(err).__name__})") from None

    def _classify_response_error(self, err: ollama.ResponseError) -> Exception:
        text = (err.error or "").strip()
        if err.status_code == 404 or ("model" in text.lower() and "not found" in text.lower()):
            return OllamaModelNotFoundError(self.model, self.host)
        if err.status_code >= 500 or err.status_code == -1:
            return _Transient(f"HTTP {err.status_code}: {text[:200]}")
        return OllamaResponseError(f"HTTP {err.status_code}: {text[:200]}")

    def list_models(self) -> list[str]:
        """Names of the models the server has pulled (a cheap health check)."""
        try:
            return [m.model or "" for m in self._client.list().models]
        except (ConnectionError, httpx.ConnectError):
            raise OllamaUnreachableError(self.host) from None
        except httpx.TimeoutException:
            raise OllamaTimeoutError(self.host, self.timeout) from None
