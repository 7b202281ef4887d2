"""Sets J, K, M, N and Q (benchmarks/citation_sets/tune_set_*.py; tuning material written blind) and L, O and P
(test_set_*.py; held out, written blind and committed unscored at stops 30 and 31) are well formed:
each parses, its sources and gold labels are consistent, and it covers every failure class, number form, negation
form, citation style and injection carrier of issue 17, plus harmless sources that only talk about instructions.
The eight were written to one brief, so they share one set of checks (per set, parametrized). This file only loads
the sets and counts; it never runs the checker on them. The checks they share with the other sets are in
tests/citation_sets.py.

    python tests/test_citation_set_jkl.py [STEM ...]     # print the counts (all of them by default)
"""

import sys
from functools import cache

import citation_sets as sets
import pytest
from citation_sets import cited_numbers

MIN_CITATIONS = {
    "tune_set_j": 120,
    "tune_set_k": 120,
    "test_set_l": 150,
    "tune_set_m": 150,
    "tune_set_n": 150,
    "test_set_o": 150,
    "test_set_p": 150,
    "tune_set_q": 150,
}
STEMS = pytest.mark.parametrize("stem", list(MIN_CITATIONS))
FORMS = sets.forms(
    negation=sets.MORE_NEGATIONS,
    paraphrase={"nominalisation", "summary", "added noun"},
    subjects={"swapped entities"},
    styles={"【1†source】", "(Sources 1-2)", "[Sources 1, 2]", "[Sources 1 and 2]", "- Source 1:"},
    voices={"table"},
    injections={"harmless instruction"},
)


@cache
def cases(stem: str) -> list[dict]:
    return sets.load(stem)


def test_cited_numbers_reads_every_style_the_sets_use():
    assert cited_numbers("a [1]. b [1][2]. c [1, 2]. d [1-3]【1】[^2]") == [1, 1, 2, 1, 2, 1, 2, 3, 1, 2]
    assert cited_numbers("x [Source 1] (Source 2) (source 1, 2) [Image 2]") == [1, 2, 1, 2, 2]
    assert cited_numbers("Source 1: a.\n**Source 2:** b. According to Source 3, c.") == [1, 2, 3]
    assert cited_numbers("The lock (1846) has two features: (1) a [1], and (2) b.") == [1]
    markers = "e [Sources 1, 2]【2†source】(Sources 1-2). f [Sources 1 and 3]\n- Source 2: g\n* **Source 1:** h"
    assert cited_numbers(markers) == [1, 2, 2, 1, 2, 1, 3, 2, 1]


@STEMS
def test_every_case_is_well_formed(stem):
    sets.check_cases(cases(stem))


@STEMS
def test_every_source_is_well_formed(stem):
    sets.check_sources(cases(stem))


@STEMS
def test_size_and_balance(stem):
    sets.check_size_and_balance(cases(stem), min_citations=MIN_CITATIONS[stem])


@STEMS
def test_every_class_reason_and_form_is_present(stem):
    sets.check_coverage(cases(stem), FORMS)


@STEMS
def test_text_and_image_sources_and_injections_in_every_carrier(stem):
    sets.check_carriers(cases(stem), min_languages=5)
    # harmless sources that only talk about instructions (a manual, a quoted rule, a sign) are ordinary evidence
    harmless = [c for c in cases(stem) if "harmless instruction" in c["tags"]]
    assert any("injection" not in s for c in harmless for s in c["sources"])
    assert all(c["gold"][0] == "supported" for c in harmless)


@STEMS
def test_new_answers_and_sources(stem):
    sets.check_new_text(stem, cases(stem))


if __name__ == "__main__":
    for stem in sys.argv[1:] or MIN_CITATIONS:
        print(stem)
        sets.print_counts(sets.counts(cases(stem)))
