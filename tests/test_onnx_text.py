"""The torch-free text path (issue #20 item 1): ONNX exports of the CLIP text tower and of the sentence model give
torch's vectors, a search in a fresh process imports no torch, and a missing or broken export falls back to torch."""

import json
import logging
import os
import subprocess
import sys

import numpy as np
import pytest

from mmrag.backends import onnx_export, onnx_text
from mmrag.backends.clip import OpenClipModel
from mmrag.backends.text import SentenceTransformerEmbedder

# not the export's own probe texts (onnx_text.PROBES): the check at export time must not be the only one
TEXTS = [
    "a dog on a beach at sunset",
    "DIAGRAM of the engine's cooling loop, page 3",
    "crème brûlée — 2 spoons, 1½ cups",
    "  tabs\tand\nnewlines  ",
    "&lt;tag&gt; and &amp;amp; entities",
    "emoji 🚲 and CJK 東京タワー",
    "it's what we'll've done, isn't it",
    "x",
    "long " * 80,
]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache" / "mmrag" / "text-onnx"


def cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.sum(a * b, axis=1)


@pytest.mark.parametrize(
    "ids, context, rows",
    [
        ([[1, 5, 2]], 5, [[1, 5, 2, 0, 0]]),
        ([[1, 5, 6, 7, 2]], 5, [[1, 5, 6, 7, 2]]),
        ([[1, 5, 6, 7, 8, 9, 2]], 5, [[1, 5, 6, 7, 2]]),  # cut, and the last kept token becomes eot
        ([[1, 2], [1, 3, 3, 2]], 4, [[1, 2, 0, 0], [1, 3, 3, 2]]),
    ],
)
def test_clip_token_rows(ids, context, rows):
    assert onnx_text.clip_token_rows(ids, context, eot=2).tolist() == rows


def test_the_clip_tokenizer_copy_gives_open_clip_tokens():
    import open_clip

    simple = open_clip.get_tokenizer("ViT-B-32")
    fast = onnx_export._clip_tokenizer(simple)
    got = onnx_text.clip_token_rows(
        [fast.encode(onnx_text.clip_clean(t)).ids for t in TEXTS], simple.context_length, simple.eot_token_id
    )
    assert got.tolist() == simple(TEXTS).tolist()


@pytest.mark.parametrize(
    "text",
    [
        *TEXTS,
        "A Bright  GRADIENT",
        "don't stop",
        "quotes \"x\" and 'y' ~ `z` {} [] | \\ ^",
        "&amp; alone",  # '&': through ftfy, like any text that is not printable ASCII
        "tab\there",  # not printable: through ftfy
        "\x1b[31mred\x1b[0m",  # a terminal escape ftfy removes
        "fiancé",
    ],
)
def test_clip_clean_is_open_clips_cleaning(text):
    """The ASCII shortcut (no ftfy import) cleans as open_clip's _clean_lower does."""
    from open_clip.tokenizer import _clean_lower

    assert onnx_text.clip_clean(text) == _clean_lower(text)


def _random_vit_b32(folder) -> str:
    import open_clip
    import torch

    torch.manual_seed(0)
    path = folder / "ViT-B-32-random.pt"
    torch.save(open_clip.create_model("ViT-B-32").state_dict(), path)
    return f"ViT-B-32:{path}"


def _fast_equals_torch(model, fresh) -> None:
    expected = model.embed_texts(TEXTS)  # torch; exports on this first use
    got = fresh.embed_texts(TEXTS)
    assert fresh._model is None, "the fresh model loaded torch weights instead of using the export"
    assert got.shape == expected.shape and got.dtype == np.float32
    assert cosines(got, expected).min() >= 0.9999
    assert fresh.embed_texts([]).shape == (0, expected.shape[1])


@pytest.mark.parametrize("spec", ["tiny", "random ViT-B-32"])
def test_clip_text_tower_export_equals_torch(cache, tmp_path, spec):
    spec = _random_vit_b32(tmp_path) if spec.startswith("random") else spec
    model = OpenClipModel(spec)
    fresh = OpenClipModel(spec)
    _fast_equals_torch(model, fresh)
    assert fresh.logit_scale == pytest.approx(model.logit_scale) and fresh._model is None
    (folder,) = [p for p in cache.iterdir() if p.is_dir()]
    assert json.loads((folder / onnx_text.META).read_text())["weights_sha256"][0]
    # the graph kept is onnxruntime's optimised one, its weights apart; torch's own graph is not left behind
    names = {p.name for p in folder.iterdir()}
    assert names == {onnx_text.META, onnx_text.MODEL, onnx_text.WEIGHTS, onnx_text.TOKENIZER}
    assert (folder / onnx_text.MODEL).stat().st_size < (folder / onnx_text.WEIGHTS).stat().st_size / 10


def test_minilm_export_equals_sentence_transformers(cache):
    model = SentenceTransformerEmbedder("all-MiniLM-L6-v2")
    fresh = SentenceTransformerEmbedder("all-MiniLM-L6-v2")
    _fast_equals_torch(model, fresh)
    assert fresh.dim == 384 and fresh._model is None


def test_new_weights_at_the_same_path_get_a_new_export(cache, tmp_path):
    spec = _random_vit_b32(tmp_path)
    OpenClipModel(spec).export_text()
    key = OpenClipModel(spec)._export_key()
    checkpoint = tmp_path / "ViT-B-32-random.pt"
    checkpoint.write_bytes(checkpoint.read_bytes() + b"\0")  # size and mtime change
    assert OpenClipModel(spec)._export_key() != key
    assert onnx_text.find_export(OpenClipModel(spec)._export_key()) is None


def test_no_export_means_torch_and_a_log_line(cache, caplog):
    fresh = OpenClipModel("tiny")
    with caplog.at_level(logging.INFO, logger="mmrag.backends.onnx_text"):
        vectors = fresh.embed_texts(["a red star"])
    assert fresh._model is not None and vectors.shape == (1, 128)
    assert "no torch-free export" in caplog.text and "exported" in caplog.text


def test_a_failed_export_is_logged_remembered_and_harmless(cache, caplog, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("exporter exploded")

    monkeypatch.setattr("mmrag.backends.clip.export_clip_text", broken)
    model = OpenClipModel("tiny")
    with caplog.at_level(logging.WARNING):
        assert model.embed_texts(["a red star"]).shape == (1, 128)
    assert "the ONNX export failed (exporter exploded)" in caplog.text
    (marker,) = cache.glob("*.failed")
    assert "exporter exploded" in marker.read_text()
    assert not [p for p in cache.iterdir() if p.is_dir()]  # nothing half-written left
    assert OpenClipModel("tiny").embed_texts(["a red star"]).shape == (1, 128)  # torch again, no retry


def test_a_damaged_export_falls_back_to_torch(cache, caplog):
    OpenClipModel("tiny").export_text()
    (folder,) = [p for p in cache.iterdir() if p.is_dir()]
    (folder / onnx_text.MODEL).write_bytes(b"not a model")
    fresh = OpenClipModel("tiny")
    with caplog.at_level(logging.WARNING):
        assert fresh.embed_texts(["a red star"]).shape == (1, 128)
    assert "cannot run the text export" in caplog.text and fresh._model is not None


def test_an_interrupted_export_leaves_no_folder(cache):
    with pytest.raises(KeyboardInterrupt), onnx_export._atomic_folder(cache / "key") as temp:
        (temp / onnx_text.META).write_text("{}")
        raise KeyboardInterrupt
    assert not cache.exists() or not list(cache.iterdir())


def test_a_killed_exports_leftovers_are_removed_by_the_next(cache):
    """kill -9 skips the cleanup: the next export of that key removes folders whose process is gone."""
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    cache.mkdir(parents=True)
    orphan = cache / f".key.{dead.stdout.strip()}.1.tmp"
    orphan.mkdir()
    (orphan / onnx_text.MODEL).write_bytes(b"half")
    live = cache / f".key.{os.getpid()}.1.tmp"  # an export still running in another thread of a live process
    live.mkdir()
    with onnx_export._atomic_folder(cache / "key") as temp:
        (temp / onnx_text.META).write_text("{}")
    assert not orphan.exists() and live.exists() and (cache / "key" / onnx_text.META).is_file()


def test_a_cold_search_imports_no_torch(tmp_path):
    """After an ingest (which exports the text towers), a search in a fresh process runs without torch."""
    from corpus_fixtures import write_images

    write_images(tmp_path / "photos", [("red", "star"), ("blue", "circle")])
    env = {
        "MMRAG_INDEX": str(tmp_path / "index"),
        "HF_HUB_OFFLINE": "1",
        "PATH": "/usr/bin:/bin",
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    ingest = [sys.executable, "-m", "mmrag", "ingest", str(tmp_path / "photos"), "--clip", "tiny", "--no-describe"]
    proc = subprocess.run([*ingest, "--no-ocr"], capture_output=True, text=True, env=env, timeout=600)
    assert proc.returncode == 0, proc.stderr[-800:]
    probe = (
        "import json, sys\nfrom mmrag.cli import main\ncode = main(sys.argv[1:])\n"
        "heavy = sorted(m for m in ('torch', 'open_clip', 'sentence_transformers', 'transformers') if m in sys.modules)"
        "\nprint(json.dumps({'code': code, 'heavy': heavy}), file=sys.stderr)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", probe, "search", "red star", "--json"], capture_output=True, text=True, env=env
    )
    assert json.loads(proc.stderr.strip().splitlines()[-1]) == {"code": 0, "heavy": []}, proc.stderr[-800:]
    assert json.loads(proc.stdout)["results"][0]["path"].endswith(".png")


def test_threads_racing_to_embed_open_one_session(cache, monkeypatch):
    """One model per process holds for the fast path too: concurrent first queries open one ONNX session."""
    import threading

    OpenClipModel("tiny").export_text()
    opened = []
    real = onnx_text.OnnxTextEncoder.__init__

    def counted(self, folder):
        opened.append(folder)
        real(self, folder)

    monkeypatch.setattr(onnx_text.OnnxTextEncoder, "__init__", counted)
    model = OpenClipModel("tiny")
    start = threading.Barrier(6)
    results = []

    def first_use():
        start.wait()
        results.append(model.embed_texts(["a red circle"]))

    threads = [threading.Thread(target=first_use) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(opened) == 1 and len(results) == 6 and model._model is None
    assert all(np.allclose(r, results[0]) for r in results)


def test_an_unwritable_cache_costs_only_a_warning(tmp_path, monkeypatch, caplog):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker / "cache"))  # mkdir under a file fails, even for root
    model = OpenClipModel("tiny")
    with caplog.at_level(logging.WARNING):
        model.export_text()
        assert model.embed_texts(["a red star"]).shape == (1, 128)
    assert "the ONNX export failed" in caplog.text
