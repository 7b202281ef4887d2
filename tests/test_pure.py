"""Pure functions, tested with example tables."""

import numpy as np
import pytest

from mmrag.backends.clip import parse_clip_spec
from mmrag.backends.ollama import build_messages, takes_one_image
from mmrag.classify import check_templates, parse_labels, probabilities, prompt
from mmrag.config import Settings
from mmrag.errors import UsageError
from mmrag.shapes import held_out_combos, label
from mmrag.types import GenerationOptions, GenerationRequest


@pytest.mark.parametrize(
    "template, lab, expected",
    [
        ("a photo of a {}.", "red circle", "a photo of a red circle."),
        ("a photo of a {}.", "a red circle", "a photo of a red circle."),
        ("a photo of a {}.", "an orange star", "a photo of an orange star."),
        ("a photo of a {}.", "orange star", "a photo of an orange star."),
        ("a photo of a {}.", "the cat", "a photo of a cat."),
        ("{}", "an orange star", "an orange star"),
        ("{}", "dog", "dog"),
        ("A {} in the snow", "apple", "An apple in the snow"),
        ("a photo of a {}.", "a", "a photo of an a."),  # a lone article is the label itself, kept
    ],
)
def test_prompt(template, lab, expected):
    assert prompt(template, lab) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("cat,dog,car", ["cat", "dog", "car"]),
        (" cat ,  dog  , ,car ", ["cat", "dog", "car"]),
        ("cat\ndog\n\n# a comment\ncar", ["cat", "dog", "car"]),
        ("cat,cat,dog", ["cat", "dog"]),
        ("red   circle, blue star", ["red circle", "blue star"]),
        ("", []),
    ],
)
def test_parse_labels(text, expected):
    assert parse_labels(text) == expected


def test_templates_need_one_placeholder():
    assert check_templates(["{}", "a {}."]) == ["{}", "a {}."]
    for bad in ["no placeholder", "{} and {}"]:
        with pytest.raises(UsageError, match="exactly one"):
            check_templates([bad])


def test_probabilities_sum_to_one_and_follow_similarity():
    images = np.array([[1.0, 0.0], [0.0, 1.0]], dtype=np.float32)
    classes = np.array([[1.0, 0.0], [0.6, 0.8]], dtype=np.float32)
    probs = probabilities(images, classes, logit_scale=100.0)
    assert np.allclose(probs.sum(axis=1), 1.0)
    assert probs[0].argmax() == 0 and probs[1].argmax() == 1
    assert np.all(np.isfinite(probabilities(images * 1e3, classes, 100.0)))  # no overflow


@pytest.mark.parametrize(
    "spec, arch, source, weights",
    [
        ("tiny", "mmrag-tiny-clip", "tiny", "bundled"),
        ("ViT-B-32:laion2b_s34b_b79k", "ViT-B-32", "tag", "laion2b_s34b_b79k"),
        ("ViT-B-32:openai", "ViT-B-32", "tag", "openai"),
        ("ViT-L-14:/models/clip.pt", "ViT-L-14", "path", "/models/clip.pt"),
        ("RN50:weights.safetensors", "RN50", "path", None),
        ("ViT-B-16:./ckpt/epoch_10.pt", "ViT-B-16", "path", None),
    ],
)
def test_parse_clip_spec(spec, arch, source, weights):
    parsed = parse_clip_spec(spec)
    assert (parsed.arch, parsed.source) == (arch, source)
    if weights is not None:
        assert parsed.weights == weights
    if source == "path":
        assert parsed.weights.startswith("/")


@pytest.mark.parametrize("spec", ["", "ViT-B-32", ":openai", "ViT-B-32:"])
def test_bad_clip_spec(spec):
    with pytest.raises(UsageError, match="--clip"):
        parse_clip_spec(spec)


@pytest.mark.parametrize(
    "model, one",
    [
        ("llava", True),
        ("llava:13b", True),
        ("llava-llama3:8b", True),
        ("bakllava", True),
        ("moondream:latest", True),
        ("library/llava:7b", True),
        ("llama3.2-vision", False),
        ("qwen2.5vl:7b", False),
        ("gemma3", False),
    ],
)
def test_takes_one_image(model, one):
    assert takes_one_image(model) is one


def test_messages_one_image_per_message():
    req = GenerationRequest(prompt="What is shown?", images=[b"a", b"b"], system="Be brief.")
    split = build_messages(req, one_image_per_message=True)
    assert [m["role"] for m in split] == ["system", "user", "user", "user"]
    assert [m.get("images") for m in split[1:3]] == [[b"a"], [b"b"]]
    assert split[-1] == {"role": "user", "content": "What is shown?"}
    together = build_messages(req, one_image_per_message=False)
    assert together[-1]["images"] == [b"a", b"b"] and len(together) == 2
    single = build_messages(GenerationRequest(prompt="x", images=[b"a"]), one_image_per_message=True)
    assert single == [{"role": "user", "content": "x", "images": [b"a"]}]


def test_held_out_combos_are_the_sixteen_named_in_the_recipe():
    held = held_out_combos()
    assert len(held) == 16
    assert ("red", "circle") in held and ("red", "star") in held  # (0,0) and (0,3)
    assert ("cyan", "arrow") in held and ("cyan", "triangle") in held  # (7, 7) and (7, 10 mod 8 = 2)
    assert label("orange", "star") == "an orange star"


def test_settings_env_then_flags(tmp_path):
    env = {
        "MMRAG_INDEX": str(tmp_path / "i"),
        "MMRAG_CLIP": "tiny",
        "MMRAG_TEMPERATURE": "0.2",
        "MMRAG_NUM_CTX": "4096",
        "OLLAMA_HOST": "http://h:1",
    }
    s = Settings.from_env(env)
    assert (s.index, s.clip, s.ollama_host) == (tmp_path / "i", "tiny", "http://h:1")
    assert s.generation == GenerationOptions(temperature=0.2, num_ctx=4096)
    s2 = Settings.from_env(env, clip="ViT-B-32:openai", temperature=0.7, index=None)
    assert (
        s2.clip == "ViT-B-32:openai"
        and s2.generation.temperature == 0.7
        and s2.generation.num_ctx == 4096
        and s2.index == s.index
    )


def test_settings_bad_number():
    with pytest.raises(UsageError, match="MMRAG_TOP_K"):
        Settings.from_env({"MMRAG_TOP_K": "many"})


def test_settings_readers():
    assert Settings.from_env({}).readers is None  # one per core, 2 to 4 (ingest.pipeline.default_readers)
    assert Settings.from_env({"MMRAG_READERS": "6"}).readers == 6
    with pytest.raises(UsageError, match="MMRAG_READERS"):
        Settings.from_env({"MMRAG_READERS": "0"})


def test_default_readers_follow_the_cores(monkeypatch):
    from mmrag.ingest import pipeline

    for cores, readers in ((1, 2), (2, 2), (3, 3), (16, 4), (None, 2)):
        monkeypatch.setattr(pipeline.os, "cpu_count", lambda cores=cores: cores)
        assert pipeline.default_readers() == readers
