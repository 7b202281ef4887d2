"""Set L (benchmarks/citation_sets/test_set_l.py; the next held-out set, written blind and committed unscored at stop
30) is well formed: it parses, its
sources and gold labels are consistent, and it covers every failure class, number form, negation form, citation
style and injection carrier of issue 17, plus harmless sources that only talk about instructions. This file only
loads the set and counts; it never runs the checker on it. The checks it shares with the other sets are in
tests/citation_sets.py.

    python tests/test_citation_set_l.py      # print the counts
"""

import citation_sets as sets
from citation_sets import cited_numbers

STEM = "test_set_l"
CASES = sets.load(STEM)
FORMS = sets.forms(
    negation=sets.MORE_NEGATIONS,
    paraphrase={"nominalisation", "summary", "added noun"},
    subjects={"swapped entities"},
    styles={"【1†source】", "(Sources 1-2)", "[Sources 1, 2]", "[Sources 1 and 2]", "- Source 1:"},
    voices={"table"},
    injections={"harmless instruction"},
)


def test_cited_numbers_reads_every_style_the_set_uses():
    assert cited_numbers("a [1]. b [1][2]. c [1, 2]. d [1-3]【1】[^2]") == [1, 1, 2, 1, 2, 1, 2, 3, 1, 2]
    assert cited_numbers("x [Source 1] (Source 2) (source 1, 2) [Image 2]") == [1, 2, 1, 2, 2]
    assert cited_numbers("Source 1: a.\n**Source 2:** b. According to Source 3, c.") == [1, 2, 3]
    assert cited_numbers("The lock (1846) has two features: (1) a [1], and (2) b.") == [1]
    markers = "e [Sources 1, 2]【2†source】(Sources 1-2). f [Sources 1 and 3]\n- Source 2: g\n* **Source 1:** h"
    assert cited_numbers(markers) == [1, 2, 2, 1, 2, 1, 3, 2, 1]


def test_every_case_is_well_formed():
    sets.check_cases(CASES)


def test_every_source_is_well_formed():
    sets.check_sources(CASES)


def test_size_and_balance():
    sets.check_size_and_balance(CASES, min_citations=150)


def test_every_class_reason_and_form_is_present():
    sets.check_coverage(CASES, FORMS)


def test_text_and_image_sources_and_injections_in_every_carrier():
    sets.check_carriers(CASES, min_languages=5)
    # harmless sources that only talk about instructions (a manual, a quoted rule, a sign) are ordinary evidence
    harmless = [c for c in CASES if "harmless instruction" in c["tags"]]
    assert any("injection" not in s for c in harmless for s in c["sources"])
    assert all(c["gold"][0] == "supported" for c in harmless)


def test_new_answers_and_sources():
    sets.check_new_text(STEM, CASES)


if __name__ == "__main__":
    sets.print_counts(sets.counts(CASES))
