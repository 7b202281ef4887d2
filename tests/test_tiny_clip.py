"""The shipped tiny CLIP: loads from the package, fp16 file under 20 MB, composes colour and shape."""

import random

import numpy as np
import pytest
from other_renderer import draw

from mmrag.backends.clip import OpenClipModel, tiny_files
from mmrag.classify import DEFAULT_TEMPLATES, class_vectors, probabilities
from mmrag.shapes import all_combos, held_out_combos, label


@pytest.fixture(scope="module")
def tiny():
    return OpenClipModel("tiny").load()


def test_weights_are_shipped_small_and_fp16():
    import torch

    config, weights = tiny_files()
    assert config.is_file() and weights.is_file()
    assert weights.stat().st_size <= 20 * 1024 * 1024
    state = torch.load(weights, map_location="cpu", weights_only=True)
    floats = [v for v in state.values() if v.is_floating_point()]
    assert floats and all(v.dtype == torch.float16 for v in floats)


def test_embeddings_are_normalised_float32(tiny):
    images = [draw("red", "star", random.Random(1)), draw("blue", "circle", random.Random(2))]
    vectors = tiny.embed_images(images)
    assert vectors.dtype == np.float32 and vectors.shape == (2, 128)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    texts = tiny.embed_texts(["a red star", "a blue circle"])
    assert texts.shape == (2, 128) and np.allclose(np.linalg.norm(texts, axis=1), 1.0, atol=1e-5)
    assert (vectors @ texts.T).argmax(axis=1).tolist() == [0, 1]


def test_zero_shot_accuracy_on_another_renderer(tiny):
    """<= 200 images from the independent PyMuPDF renderer: held-out >= 0.70, seen >= 0.90."""
    rng = random.Random(31337)
    combos = all_combos()
    held = held_out_combos()
    classes = class_vectors([label(c, s) for c, s in combos], DEFAULT_TEMPLATES, tiny)
    held_cases = [c for c in combos if c in held] * 6  # 96 images
    seen_cases = rng.sample([c for c in combos if c not in held], 48) * 2  # 96 images
    scores = {}
    for name, cases in (("held_out", held_cases), ("seen", seen_cases)):
        images = [draw(c, s, rng, size=rng.choice([64, 128, 224])) for c, s in cases]
        pred = probabilities(tiny.embed_images(images), classes, tiny.logit_scale).argmax(axis=1)
        scores[name] = float(np.mean([combos[p] == case for p, case in zip(pred, cases)]))
    assert scores["held_out"] >= 0.70, scores
    assert scores["seen"] >= 0.90, scores
