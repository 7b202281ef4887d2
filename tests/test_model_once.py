"""One model per process: concurrent first uses build the CLIP (and text) model once (issue #20, item 2)."""

import threading

import open_clip
from corpus_fixtures import write_images

from mmrag.backends.clip import OpenClipModel


def _counting(monkeypatch):
    builds = []
    real = open_clip.create_model_and_transforms

    def counted(*args, **kwargs):
        builds.append(args[0] if args else kwargs.get("model_name"))
        return real(*args, **kwargs)

    monkeypatch.setattr(open_clip, "create_model_and_transforms", counted)
    return builds


def test_threads_racing_to_load_build_one_model(monkeypatch):
    builds = _counting(monkeypatch)
    model = OpenClipModel("tiny", device="cpu")
    start = threading.Barrier(6)

    def first_use():
        start.wait()
        model.load()

    threads = [threading.Thread(target=first_use) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(builds) == 1
    assert model.embed_texts(["a red circle"]).shape[0] == 1  # and the one model is complete


def test_one_ingest_builds_the_clip_model_once(monkeypatch, cli, tmp_path):
    builds = _counting(monkeypatch)
    write_images(
        tmp_path / "photos", [("red", "circle"), ("blue", "square"), ("green", "triangle"), ("black", "star")] * 3
    )
    code, report, err = cli("ingest", str(tmp_path / "photos"), "--clip", "tiny", "--no-describe", "--json")
    assert code == 0, err
    assert report["added"] == 12
    assert len(builds) == 1, builds
