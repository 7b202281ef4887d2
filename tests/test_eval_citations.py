"""The citation evaluation: the validator flags bad citations with precision and recall >= 0.9."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from eval_citations import evaluate, numbers_in, scenarios  # noqa: E402


def test_scenarios_cover_every_kind_of_fault():
    cases = scenarios()
    assert len(cases) >= 40
    assert {c["type"] for c in cases} == {"correct", "wrong source", "no such source", "partly supported", "altered fact", "uncited claim", "obeyed injection"}
    assert numbers_in("[1] (text; /a/b.pdf, page 2)\n<<<\nx\n>>>\n[2] (image; /a/c.png)\n") == {"b.pdf": 1, "c.png": 2}


def test_validator_precision_and_recall(tmp_path):
    result = evaluate(tmp_path)
    assert result["retrieval_missed_the_cited_source"] == 0
    assert result["flag_precision"] >= 0.9 and result["flag_recall"] >= 0.9, result
