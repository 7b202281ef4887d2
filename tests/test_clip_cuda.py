"""The CLIP backend on a CUDA device gives the vectors and labels it gives on the CPU.

Skipped where torch sees no GPU (CI, most laptops); run on a GPU machine with
``pytest tests/test_clip_cuda.py``. Uses only PIL-rendered shapes and the shipped tiny CLIP.
"""

import random

import numpy as np
import pytest

torch = pytest.importorskip("torch")
pytestmark = pytest.mark.skipif(
    not torch.cuda.is_available(), reason="no CUDA device: torch.cuda.is_available() is False"
)

from mmrag.backends.clip import OpenClipModel, default_device  # noqa: E402
from mmrag.classify import DEFAULT_TEMPLATES, class_vectors, probabilities  # noqa: E402
from mmrag.shapes import ShapeSpec, all_combos, label, render  # noqa: E402


@pytest.fixture(scope="module")
def models():
    return OpenClipModel("tiny", device="cpu").load(), OpenClipModel("tiny", device="cuda").load()


def shapes(count: int, seed: int = 7):
    rng = random.Random(seed)
    combos = rng.sample(all_combos(), count)
    return combos, [render(ShapeSpec(c, s), rng, size=rng.choice([64, 128, 224])) for c, s in combos]


def test_cuda_is_the_default_device_when_present():
    assert default_device() == "cuda"
    model = OpenClipModel("tiny").load()
    assert model.device == "cuda"
    assert next(model._model.parameters()).device.type == "cuda"


def test_cuda_vectors_match_the_cpu(models):
    cpu, gpu = models
    _, images = shapes(40)
    a, b = cpu.embed_images(images), gpu.embed_images(images)
    assert b.dtype == np.float32 and b.shape == a.shape
    assert float(np.min(np.sum(a * b, axis=1))) > 0.999  # cosine of each pair (unit vectors)
    texts = ["a red star", "a photo of a blue circle", "a green triangle on white"]
    assert float(np.min(np.sum(cpu.embed_texts(texts) * gpu.embed_texts(texts), axis=1))) > 0.999


def test_cuda_zero_shot_labels_match_the_cpu(models):
    cpu, gpu = models
    combos, images = shapes(64, seed=11)
    names = [label(c, s) for c, s in all_combos()]
    predicted = []
    for model in models:
        classes = class_vectors(names, DEFAULT_TEMPLATES, model)
        predicted.append(probabilities(model.embed_images(images), classes, model.logit_scale).argmax(axis=1).tolist())
    assert predicted[0] == predicted[1]
    assert np.mean([names[p] == label(c, s) for p, (c, s) in zip(predicted[1], combos)]) >= 0.9
