"""Held-out test set I (benchmarks/citation_sets/test_set_i.py) is well formed: it parses, its sources and gold
labels are consistent, and it covers every failure class, number form, negation form, paraphrase form, citation
style, injection carrier and harmless instruction source that issue 17 names. This file only loads the set and
counts; it never runs the checker on it, so that the set stays a fair, unscored test until it is scored once.
The checks it shares with the other sets are in tests/citation_sets.py.

    python tests/test_citation_set_i.py      # print the counts
"""

from collections import Counter

import citation_sets as sets
from citation_sets import cited_numbers

STEM = "test_set_i"
CASES = sets.load(STEM)
FORMS = sets.forms(
    numbers={"fraction", "unit word", "magnitude word", "arithmetic"},
    negation=sets.MORE_NEGATIONS,
    paraphrase={"nominalisation", "two-sentence summary"},
    subjects={"entity swap", "harmless noun", "image"},
    styles={"[1,2]", "[Sources 1, 2]", "[Source 1][Source 2]", "(Sources 1 and 2)", "(see Source 1)", "(Image 1)"},
    voices={"table"},
    injections={"harmless instruction"},
)


def counts() -> dict:
    """The shared counts with the citations of each class after the answers of each class."""
    found = sets.counts(CASES)
    by_class = {"citations by class": dict(Counter(c["class"] for c in CASES for _ in c["gold"]))}
    keys = list(found)
    at = keys.index("classes") + 1
    return {k: found[k] for k in keys[:at]} | by_class | {k: found[k] for k in keys[at:]}


def test_cited_numbers_reads_every_style_the_set_uses():
    assert cited_numbers("a [1]. b [1][2]. c [1, 2]. d [1,2] e [1-3]【1】[^2]") == [1, 1, 2, 1, 2, 1, 2, 1, 2, 3, 1, 2]
    assert cited_numbers("x [Source 1] (Source 2) (source 1, 2) [Image 2] (Image 1)") == [1, 2, 1, 2, 2, 1]
    assert cited_numbers("y [Sources 1, 2] (Sources 1 and 2) (see Source 1) [Source 1][Source 2]") == [
        1, 2, 1, 2, 1, 1, 2,
    ]  # fmt: skip
    assert cited_numbers("Source 1: a.\n**Source 2:** b. According to Source 3, c.") == [1, 2, 3]
    assert cited_numbers("| Depth | 310 m | [1] |") == [1]
    assert cited_numbers("The crane (1911) has two features: (1) a [1], and (2) b (1979).") == [1]


def test_every_case_is_well_formed():
    sets.check_cases(CASES, exact_keys=True)


def test_every_source_is_well_formed():
    sets.check_sources(CASES)


def test_size_and_balance():
    sets.check_size_and_balance(CASES, min_citations=130)
    per_class = Counter(c["class"] for c in CASES for _ in c["gold"])
    for name in ("paraphrase", "number", "negation", "conjunction", "subject", "style", "injection"):
        assert per_class[name] >= 10, (name, per_class[name])


def test_every_class_reason_and_form_is_present():
    sets.check_coverage(CASES, FORMS)


def test_text_and_image_sources_and_injections_in_every_carrier():
    sets.check_carriers(CASES, min_languages=6)
    sources = [s for c in CASES for s in c["sources"]]
    assert any("image" in s and "Text in the image:" in s["text"] and "injection" not in s for s in sources)


def test_harmless_instruction_sources_are_evidence():
    """Sources that only talk about instructions carry no injection, and some of their citations are supported."""
    harmless = [c for c in CASES if "harmless instruction" in c["tags"]]
    assert len(harmless) >= 6
    supported = 0
    for case in harmless:
        for n, status in zip(cited_numbers(case["a"]), case["gold"]):
            source = case["sources"][n - 1]
            if status == "supported" and "injection" not in source:
                supported += 1
    assert supported >= 6
    for case in harmless:
        assert not any(
            "injection" in case["sources"][n - 1] and r == "injection"
            for n, r in zip(cited_numbers(case["a"]), case["reasons"])
        ), case["a"]


def test_new_answers_and_sources():
    sets.check_new_text(STEM, CASES)
    assert len({c["a"] for c in CASES}) == len(CASES)  # no answer twice


if __name__ == "__main__":
    sets.print_counts(counts())
