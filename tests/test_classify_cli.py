"""`mmrag classify` through the CLI, on real files, with the bundled tiny CLIP."""

import os

from shape_images import write_shapes

from mmrag.shapes import all_combos, label

LABELS = ",".join(label(c, s) for c, s in all_combos())


def test_classify_json_contract_and_a_broken_file(cli, tmp_path):
    images = write_shapes(tmp_path / "imgs", [("red", "square"), ("blue", "circle"), ("yellow", "star")])
    broken = tmp_path / "imgs" / "broken.png"
    broken.write_bytes(os.urandom(500))
    empty = tmp_path / "imgs" / "empty.jpg"
    empty.write_bytes(b"")
    paths = [str(images[0][0]), str(broken), str(images[1][0]), str(empty), str(images[2][0])]
    code, out, err = cli("classify", *paths, "--clip", "tiny", "--labels", LABELS, "--json")
    assert code == 0, err
    results = out["results"]
    assert [r["path"] for r in results] == [os.path.abspath(p) for p in paths]
    assert "not an image" in results[1]["error"] and "labels" not in results[1]
    assert "empty" in results[3]["error"]
    for r, (_, colour, shape) in zip([results[0], results[2], results[4]], images):
        probs = [x["probability"] for x in r["labels"]]
        assert len(probs) == 64 and abs(sum(probs) - 1) < 1e-4 and probs == sorted(probs, reverse=True)
        assert r["labels"][0]["label"] == label(colour, shape)
    assert "broken.png" in err  # the skipped file is reported on stderr too


def test_classify_text_output_and_templates(cli, tmp_path):
    ((img, colour, shape),) = write_shapes(tmp_path, [("green", "triangle")])
    labels_file = tmp_path / "labels.txt"
    labels_file.write_text("# shapes\na green triangle\na green circle\na red triangle\n")
    code, out, err = cli(
        "classify", str(img), "--clip", "tiny", "--labels-file", str(labels_file), "--template", "a sketch of a {}."
    )
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == str(img) and "a green triangle" in lines[1] and "%" in lines[1]


def test_classify_exit_2_when_nothing_readable(cli, tmp_path):
    bad = tmp_path / "bad.png"
    bad.write_text("not an image")
    code, out, err = cli(
        "classify", str(bad), str(tmp_path / "missing.jpg"), "--clip", "tiny", "--labels", "a,b", "--json"
    )
    assert code == 2
    assert [r.get("error") for r in out["results"]] == ["not an image format Pillow can read", "no such file"]
    assert err.strip().splitlines()[-1].startswith("mmrag: error: none of the images could be read")


def test_classify_usage_errors(cli, tmp_path):
    ((img, _, _),) = write_shapes(tmp_path, [("red", "circle")])
    for args, message in [
        (["classify", str(img), "--clip", "tiny"], "no labels given"),
        (["classify", str(img), "--clip", "tiny", "--labels", "one"], "at least two labels"),
        (["classify", str(img), "--clip", "tiny", "--labels", "a,b", "--template", "no slot"], "exactly one {}"),
        (["classify", str(img), "--clip", "nonsense", "--labels", "a,b"], "not a CLIP spec"),
        (["classify"], "the following arguments are required"),
        (["frobnicate"], "invalid choice"),
    ]:
        code, _, err = cli(*args)
        assert code == 2, (args, err)
        assert message in err and len(err.strip().splitlines()) == 1, err


def test_pretrained_tag_without_network_fails_fast_naming_tiny(cli, tmp_path):
    ((img, _, _),) = write_shapes(tmp_path, [("red", "circle")])
    code, _, err = cli(
        "classify",
        str(img),
        "--labels",
        "a,b",
        env={"MMRAG_CLIP": "ViT-B-32:laion2b_s34b_b79k", "HF_HUB_OFFLINE": "1"},
        timeout=60,
    )
    assert code == 1
    assert "--clip tiny" in err and "--clip ARCH:/path/to/weights.pt" in err and "not cached" in err


def test_local_checkpoint_spec(cli, tmp_path):
    """ARCH:PATH loads a checkpoint file; a missing one is a clear error."""
    import shutil

    from mmrag.backends.clip import tiny_files

    ckpt = tmp_path / "copy.pt"
    shutil.copy(tiny_files()[1], ckpt)
    ((img, _, _),) = write_shapes(tmp_path, [("black", "hexagon")])
    code, out, err = cli(
        "classify", str(img), "--clip", f"mmrag-tiny-clip:{ckpt}", "--labels", "a black hexagon,a cyan circle", "--json"
    )
    assert code == 0, err
    assert out["results"][0]["labels"][0]["label"] == "a black hexagon"
    code, _, err = cli("classify", str(img), "--clip", f"ViT-B-32:{tmp_path / 'nope.pt'}", "--labels", "a,b")
    assert code == 1 and "no CLIP checkpoint" in err
    code, _, err = cli("classify", str(img), "--clip", "NoSuchArch:openai", "--labels", "a,b")
    assert code == 2 and "unknown open_clip architecture" in err


def test_classify_many_formats(cli, tmp_path):

    import random

    from mmrag.shapes import ShapeSpec, render

    base = render(ShapeSpec("orange", "square"), random.Random(3), size=128, canvas=128)
    files = []
    for name, image in [
        ("a.webp", base),
        ("b.bmp", base),
        ("c.gif", base.convert("P")),
        ("d.tiff", base.convert("CMYK")),
        ("e.png", base.convert("RGBA")),
        ("f.png", base.convert("LA")),
        ("g.jpg", base),
        ("h.png", base.convert("I;16")),
    ]:
        path = tmp_path / name
        image.save(path)
        files.append(str(path))
    code, out, err = cli(
        "classify", *files, "--clip", "tiny", "--labels", "an orange square,a blue circle,a black star", "--json"
    )
    assert code == 0, err
    tops = [r["labels"][0]["label"] for r in out["results"]]
    assert tops[:7] == ["an orange square"] * 7, tops  # the 16-bit grey one has no colour left to see
    assert "labels" in out["results"][7]
