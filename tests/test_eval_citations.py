"""The citation evaluations: the scripted answers through the fake Ollama (flag precision and recall >= 0.9),
and the tuning and held-out test sets of answers in real models' voices (support precision and recall)."""

import sys
from pathlib import Path

import pytest

from mmrag import lexicon

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from citation_sets import CLASSES  # noqa: E402  (the classes every set's loader test checks)
from eval_citations import evaluate, evaluate_set, load_set, numbers_in, scenarios  # noqa: E402


def test_tuning_and_test_sets_are_the_files_the_readme_names():
    from eval_citations import SETS

    assert SETS == {
        "tune": (
            "tune_set",
            "tune_set_b",
            "tune_set_c",
            "tune_set_d",
            "tune_set_e",
            "tune_set_f",
            "tune_set_g",
            "tune_set_h",
            "tune_set_j",
            "tune_set_k",
            "tune_set_m",
            "tune_set_n",
        ),
        "test": ("test_set_i", "test_set_l", "test_set_o"),
    }


def test_scenarios_cover_every_kind_of_fault():
    cases = scenarios()
    assert len(cases) >= 40
    assert {c["type"] for c in cases} == {
        "correct",
        "wrong source",
        "no such source",
        "partly supported",
        "altered fact",
        "uncited claim",
        "obeyed injection",
    }
    assert numbers_in("[1] (text; /a/b.pdf, page 2)\n<<<\nx\n>>>\n[2] (image; /a/c.png)\n") == {"b.pdf": 1, "c.png": 2}


def test_validator_precision_and_recall(tmp_path):
    result = evaluate(tmp_path)
    assert result["retrieval_missed_the_cited_source"] == 0
    assert result["flag_precision"] >= 0.9 and result["flag_recall"] >= 0.9, result


@pytest.mark.parametrize("name", ["tune", "test"])
def test_sets_cover_every_failure_class_with_text_and_images(name):
    cases = load_set(name)
    assert sum(len(c["gold"]) for c in cases) >= 60
    assert {c["class"] for c in cases} == CLASSES
    kinds = {"image" if "image" in s else "text" for c in cases for s in c["sources"]}
    assert kinds == {"image", "text"}
    assert all(set(c["gold"]) <= {"supported", "unsupported", "invalid"} for c in cases)
    tune_answers = {c["a"] for c in load_set("tune")}
    assert name == "tune" or not tune_answers & {c["a"] for c in cases}  # the test set shares no answer with tuning


# The test sets' floors guard against regressions at the shipped code's measured level (sets I, L and O together,
# scored at stop 31: 0.900 / 0.810), below the goal of 0.95 / 0.90; the tuning sets' at theirs (0.961 / 0.913 over
# sets A-N).
# Both figures were measured with WordNet (Debian's wordnet-base); without it the checks are weaker.
@pytest.mark.skipif(
    not lexicon.available(), reason="the figures are measured with WordNet: apt-get install wordnet-base"
)
@pytest.mark.parametrize("name, precision, recall", [("tune", 0.95, 0.90), ("test", 0.89, 0.80)])
def test_support_precision_and_recall(name, precision, recall):
    result = evaluate_set(name)
    assert result["support_precision"] >= precision and result["support_recall"] >= recall, result
