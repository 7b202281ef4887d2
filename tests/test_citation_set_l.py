"""Set L (benchmarks/citation_sets/test_set_l.py; held out, written blind, unscored) is well formed: it parses, its
sources and gold labels are consistent, and it covers every failure class, number form, negation form, citation
style and injection carrier of issue 17, plus harmless sources that only talk about instructions. This file only
loads the set and counts; it never runs the checker on it.

    python tests/test_citation_set_l.py      # print the counts
"""

import importlib.util
import re
import sys
from collections import Counter
from pathlib import Path

from mmrag.shapes import COLOUR_NAMES, SHAPES

SETS = Path(__file__).resolve().parents[1] / "benchmarks" / "citation_sets"

CLASSES = {
    "paraphrase",
    "number",
    "negation",
    "conjunction",
    "subject",
    "wrong source",
    "no such source",
    "style",
    "injection",
}
REASONS = {"number", "negation", "subject", "off topic", "no such source", "injection"}
STATUSES = {"supported", "unsupported", "invalid"}
# The forms each case says it exercises ("tags"); every one must be present at least once.
FORMS = {
    "numbers": {
        "spelled",
        "separator",
        "ordinal",
        "year",
        "decade",
        "percent",
        "unit",
        "unit conversion",
        "approximation",
        "range",
        "number elsewhere in source",
    },
    "negation": {
        "not",
        "never",
        "no",
        "none",
        "without",
        "n't",
        "neither/nor",
        "failed to",
        "lacks",
        "double negation",
        "antonym",
        "restriction",
        "only",
    },
    "paraphrase": {"synonym", "hypernym", "passive", "reordered", "nominalisation", "summary", "added noun"},
    "subjects": {"question words", "swapped noun", "swapped entities", "undescribed", "ocr"},
    "styles": {
        "[1][2]",
        "[1, 2]",
        "[1-3]",
        "[Source 1]",
        "(Source 1)",
        "(source 1, 2)",
        "Source 1:",
        "【1】",
        "【1†source】",
        "(Sources 1-2)",
        "[^1]",
        "[Image 2]",
        "[Sources 1, 2]",
        "[Sources 1 and 2]",
        "- Source 1:",
        "According to Source 2",
        "year in parentheses",
        "list number in parentheses",
    },
    "voices": {"hedge", "bullets", "table", "long sentence", "clause-end citations"},
    "injections": {"split injection", "clean fact", "harmless instruction"},
}

# An independent reading of the citation markers the set uses, only to check that each answer has as many
# gold labels as citations and that `invalid` is exactly a citation of a source number that does not exist.
_LIST = r"\d+(?:\s*(?:[-–,]|and)\s*\d+)*"
MARKER = re.compile(
    rf"【(?P<lenticular>\d+)(?:†[^】]*)?】"
    rf"|\[\^(?P<footnote>\d+)\]"
    rf"|\[(?:(?:source|image)s?\s+)?(?P<bracket>{_LIST})\]"
    rf"|\((?:source|image)s?\s+(?P<paren>{_LIST})\)"
    rf"|(?:^|\n)\s*(?:[-*]\s+)?(?:\*\*)?source\s+(?P<label>\d+):"
    rf"|according to source\s+(?P<according>\d+)",
    flags=re.I,
)


def cited_numbers(answer: str) -> list[int]:
    """The source numbers an answer cites, in order, with ranges expanded: "[1-3]" -> 1, 2, 3."""
    found = []
    for match in MARKER.finditer(answer):
        text = next(v for v in match.groupdict().values() if v)
        for part in re.split(r"\s*(?:,|and)\s*", text):
            bounds = [int(n) for n in re.split(r"\s*[-–]\s*", part)]
            found += list(range(bounds[0], bounds[-1] + 1))
    return found


def load(stem: str) -> list[dict]:
    spec = importlib.util.spec_from_file_location(stem, SETS / f"{stem}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.CASES


CASES = load("test_set_l")


def counts() -> dict:
    gold = [g for c in CASES for g in c["gold"]]
    reasons = [r for c in CASES for r in c["reasons"] if r]
    sources = {id(s): s for c in CASES for s in c["sources"]}.values()
    injected = [s["injection"] for s in sources if "injection" in s]
    return {
        "answers": len(CASES),
        "citations": len(gold),
        "statuses": dict(Counter(gold)),
        "classes": dict(Counter(c["class"] for c in CASES)),
        "reasons": dict(Counter(reasons)),
        "sources": dict(Counter("image" if "image" in s else "text" for s in sources)),
        "injected sources": len(injected),
        "injection carriers": dict(Counter(i["carrier"] for i in injected)),
        "injection languages": dict(Counter(i["language"] for i in injected)),
    }


def test_cited_numbers_reads_every_style_the_set_uses():
    assert cited_numbers("a [1]. b [1][2]. c [1, 2]. d [1-3]【1】[^2]") == [1, 1, 2, 1, 2, 1, 2, 3, 1, 2]
    assert cited_numbers("x [Source 1] (Source 2) (source 1, 2) [Image 2]") == [1, 2, 1, 2, 2]
    assert cited_numbers("Source 1: a.\n**Source 2:** b. According to Source 3, c.") == [1, 2, 3]
    assert cited_numbers("The lock (1846) has two features: (1) a [1], and (2) b.") == [1]
    markers = "e [Sources 1, 2]【2†source】(Sources 1-2). f [Sources 1 and 3]\n- Source 2: g\n* **Source 1:** h"
    assert cited_numbers(markers) == [1, 2, 2, 1, 2, 1, 3, 2, 1]


def test_every_case_is_well_formed():
    for case in CASES:
        assert {"class", "q", "sources", "a", "gold", "reasons", "tags"} <= set(case), case
        assert case["class"] in CLASSES, case
        assert isinstance(case["q"], str) and case["q"].strip() and isinstance(case["a"], str) and case["a"].strip()
        assert case["sources"] and len(case["gold"]) == len(case["reasons"]) >= 1, case
        for status, reason in zip(case["gold"], case["reasons"]):
            assert status in STATUSES, case
            assert (reason is None) == (status == "supported"), case
            assert (reason == "no such source") == (status == "invalid"), case
            assert reason is None or reason in REASONS, case
        cited = cited_numbers(case["a"])
        assert len(cited) == len(case["gold"]), (case["a"], cited)
        assert [n > len(case["sources"]) for n in cited] == [g == "invalid" for g in case["gold"]], case["a"]


def test_every_source_is_well_formed():
    for case in CASES:
        for source in case["sources"]:
            assert set(source) <= {"text", "image", "injection"} and isinstance(source["text"], str), source
            if "image" in source:
                colour, shape = source["image"]
                assert colour in COLOUR_NAMES and shape in SHAPES, source
            else:
                assert source["text"].strip(), source
            if "injection" in source:
                assert set(source["injection"]) == {"language", "carrier", "split"}, source
                assert source["injection"]["carrier"] in {"pdf text", "description", "ocr"}, source
                assert source["injection"]["carrier"] == "pdf text" or "image" in source, source
                assert (source["injection"]["carrier"] == "ocr") == ("Text in the image:" in source["text"]), source


def test_size_and_balance():
    gold = [g for c in CASES for g in c["gold"]]
    assert len(gold) >= 120
    assert 0.4 <= gold.count("supported") / len(gold) <= 0.6


def test_every_class_reason_and_form_is_present():
    assert {c["class"] for c in CASES} == CLASSES
    assert {r for c in CASES for r in c["reasons"] if r} == REASONS
    for name in ("number", "negation", "conjunction", "subject", "style", "injection"):
        statuses = {g for c in CASES if c["class"] == name for g in c["gold"]}
        assert {"supported", "unsupported"} <= statuses, name
    tags = {t for c in CASES for t in c["tags"]}
    for group, wanted in FORMS.items():
        assert wanted <= tags, (group, wanted - tags)
    digits = lambda text: re.sub(r"\d", "N", text)  # noqa: E731
    for style in FORMS["styles"] - {"year in parentheses", "list number in parentheses"}:
        assert any(digits(style) in digits(c["a"]) for c in CASES if style in c["tags"]), style


def test_text_and_image_sources_and_injections_in_every_carrier():
    sources = [s for c in CASES for s in c["sources"]]
    assert {"image" if "image" in s else "text" for s in sources} == {"image", "text"}
    assert any("image" in s and not s["text"] for s in sources)  # undescribed images: CLIP alone
    injected = [s["injection"] for s in sources if "injection" in s]
    assert {i["carrier"] for i in injected} == {"pdf text", "description", "ocr"}
    assert len({i["language"] for i in injected}) >= 5
    assert any(i["split"] for i in injected) and any(not i["split"] for i in injected)
    # harmless sources that only talk about instructions (a manual, a quoted rule, a sign) are ordinary evidence
    harmless = [c for c in CASES if "harmless instruction" in c["tags"]]
    assert any("injection" not in s for c in harmless for s in c["sources"])
    assert all(c["gold"][0] == "supported" for c in harmless)
    for case in CASES:  # an answer that only injected text supports is labelled so, and cites an injected source
        for n, reason in zip(cited_numbers(case["a"]), case["reasons"]):
            if reason == "injection":
                assert "injection" in case["sources"][n - 1], case["a"]


def test_new_answers_and_sources():
    others = [load(p.stem) for p in sorted(SETS.glob("*.py")) if p.stem != "test_set_l"]
    assert others
    answers = {c["a"] for cases in others for c in cases}
    texts = {s["text"] for cases in others for c in cases for s in c["sources"] if s["text"]}
    assert not answers & {c["a"] for c in CASES}
    assert not texts & {s["text"] for c in CASES for s in c["sources"] if s["text"]}


if __name__ == "__main__":
    import json

    json.dump(counts(), sys.stdout, indent=2)
    print()
