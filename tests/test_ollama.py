"""The Ollama backend against the fake server, through the real `ollama` client."""

import io
import random
import socket

import pytest
from fake_ollama import FakeOllama

from mmrag.backends.ollama import OllamaVLM
from mmrag.errors import OllamaModelNotFoundError, OllamaResponseError, OllamaTimeoutError, OllamaUnreachableError
from mmrag.shapes import ShapeSpec, render
from mmrag.types import GenerationOptions, GenerationRequest


def png(colour: str, shape: str, seed: int = 0) -> bytes:
    buf = io.BytesIO()
    render(ShapeSpec(colour, shape), random.Random(seed), size=128, canvas=128).save(buf, format="PNG")
    return buf.getvalue()


def vlm(server: FakeOllama, model: str = "llava", **kw) -> OllamaVLM:
    return OllamaVLM(model, host=server.host, timeout=kw.pop("timeout", 10), backoff=0.01, **kw)


def test_describes_what_it_sees(fake_ollama):
    reply = vlm(fake_ollama).generate(GenerationRequest("Describe the image.", images=[png("red", "star")]))
    assert "red star" in reply


def test_streaming_delivers_tokens_in_order(fake_ollama):
    tokens = []
    reply = vlm(fake_ollama).generate(
        GenerationRequest("Describe.", images=[png("blue", "circle")]), on_token=tokens.append
    )
    assert len(tokens) > 3 and "".join(tokens) == reply and "blue circle" in reply


def test_options_and_one_image_per_message_reach_the_server(fake_ollama):
    model = vlm(fake_ollama, options=GenerationOptions(temperature=0.1, num_ctx=2048))
    model.generate(
        GenerationRequest(
            "Compare.", images=[png("red", "star"), png("green", "square")], options=GenerationOptions(top_k=5)
        )
    )
    path, body = fake_ollama.requests[-1]
    assert path == "/api/chat"
    assert body["options"] == {"temperature": 0.1, "num_ctx": 2048, "top_k": 5}
    assert [len(m.get("images") or []) for m in body["messages"]] == [1, 1, 0]  # llava: one image a message


def test_multi_image_model_gets_them_together(fake_ollama):
    reply = vlm(fake_ollama, model="llama3.2-vision").generate(
        GenerationRequest("Compare.", images=[png("red", "star"), png("green", "square")])
    )
    _, body = fake_ollama.requests[-1]
    assert [len(m.get("images") or []) for m in body["messages"]] == [2]
    assert "Image 1 shows a red star" in reply and "Image 2 shows a green square" in reply


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_down():
    model = OllamaVLM("llava", host=f"http://127.0.0.1:{free_port()}", timeout=5)
    with pytest.raises(OllamaUnreachableError, match="ollama serve"):
        model.generate(GenerationRequest("hi"))


def test_stopped_server(fake_ollama):
    model = vlm(fake_ollama)
    fake_ollama.stop()
    with pytest.raises(OllamaUnreachableError):
        model.generate(GenerationRequest("hi"), on_token=lambda t: None)


def test_model_not_found_says_pull(fake_ollama):
    with pytest.raises(OllamaModelNotFoundError, match="ollama pull bakllava"):
        vlm(fake_ollama, model="bakllava").generate(GenerationRequest("hi"))
    fake_ollama.fault = "missing_model"
    with pytest.raises(OllamaModelNotFoundError, match="ollama pull llava"):
        vlm(fake_ollama).generate(GenerationRequest("hi"), on_token=lambda t: None)


def test_slow_past_timeout(fake_ollama):
    fake_ollama.fault, fake_ollama.slow_seconds = "slow", 3
    with pytest.raises(OllamaTimeoutError, match="MMRAG_OLLAMA_TIMEOUT"):
        vlm(fake_ollama, timeout=0.5).generate(GenerationRequest("hi"))


@pytest.mark.parametrize("fault", ["http500", "malformed", "drop"])
@pytest.mark.parametrize("stream", [False, True])
def test_transient_fault_is_retried(fake_ollama, fault, stream):
    fake_ollama.fault, fake_ollama.fault_count = fault, 2
    reply = vlm(fake_ollama, retries=2).generate(
        GenerationRequest("Describe.", images=[png("cyan", "hexagon")]), on_token=(lambda t: None) if stream else None
    )
    assert "hexagon" in reply
    assert len([p for p, _ in fake_ollama.requests if p == "/api/chat"]) == 3


@pytest.mark.parametrize("fault", ["http500", "malformed"])
def test_persistent_fault_is_a_clear_error(fake_ollama, fault):
    fake_ollama.fault = fault
    with pytest.raises(OllamaResponseError, match="unusable reply"):
        vlm(fake_ollama, retries=1).generate(GenerationRequest("hi"))
    assert len([p for p, _ in fake_ollama.requests if p == "/api/chat"]) == 2


def test_list_models(fake_ollama):
    assert "llava:latest" in vlm(fake_ollama).list_models()
