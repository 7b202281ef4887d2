"""What the citation-set tests (tests/test_citation_set_*.py) share: loading a set of benchmarks/citation_sets/ by
stem, an independent reader of the citation markers the sets use, the well-formedness and coverage checks every set
must pass, and its counts. Each test file declares only what is particular to its set (stem, minimum size, the forms
it must cover, its extra checks). Nothing here runs the citation checker: the sets are loaded and counted, never
scored, so that a held-out set stays a fair test until it is scored once.
"""

import importlib.util
import json
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
CASE_KEYS = {"class", "q", "sources", "a", "gold", "reasons", "tags"}
# The forms each case says it exercises ("tags"), by group, that every set must have at least once; a set adds its
# own with forms(...).
BASE_FORMS = {
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
    "negation": {"not", "never", "no", "none", "double negation", "antonym", "restriction"},
    "paraphrase": {"synonym", "hypernym", "passive", "reordered"},
    "subjects": {"question words", "swapped noun", "undescribed", "ocr"},
    "styles": {
        "[1][2]",
        "[1, 2]",
        "[1-3]",
        "[Source 1]",
        "(Source 1)",
        "(source 1, 2)",
        "Source 1:",
        "【1】",
        "[^1]",
        "[Image 2]",
        "According to Source 2",
        "year in parentheses",
        "list number in parentheses",
    },
    "voices": {"hedge", "bullets", "long sentence", "clause-end citations"},
    "injections": {"split injection", "clean fact"},
}
# The wider negation forms the sets from H on cover.
MORE_NEGATIONS = {"without", "n't", "neither/nor", "failed to", "lacks", "only"}
# Styles that are no literal marker, so not looked for in the answers' text.
UNWRITTEN_STYLES = {"year in parentheses", "list number in parentheses"}


def forms(**extra: set[str]) -> dict[str, set[str]]:
    """BASE_FORMS with a set's own forms added to the named groups: forms(voices={"table"})."""
    unknown = set(extra) - set(BASE_FORMS)
    assert not unknown, unknown
    return {group: wanted | extra.get(group, set()) for group, wanted in BASE_FORMS.items()}


# An independent reading of the citation markers the sets use, only to check that each answer has as many gold
# labels as citations and that `invalid` is exactly a citation of a source number that does not exist. It reads
# every style of every set; on the sets as they are it reads each answer as the set's own reader did.
_LIST = r"\d+(?:\s*(?:[-–,]|\band\b)\s*\d+)*"
MARKER = re.compile(
    rf"【(?P<lenticular>\d+)(?:†[^】]*)?】"
    rf"|\[\^(?P<footnote>\d+)\]"
    rf"|\[(?:(?:source|image)s?\s+)?(?P<bracket>{_LIST})\]"
    rf"|\((?:see\s+)?(?:source|image)s?\s+(?P<paren>{_LIST})\)"
    rf"|(?:^|\n)\s*(?:[-*]\s*)?(?:\*\*)?source\s+(?P<label>\d+):"
    rf"|according to source\s+(?P<according>\d+)",
    flags=re.I,
)


def cited_numbers(answer: str) -> list[int]:
    """The source numbers an answer cites, in order, with ranges expanded: "[1-3]" -> 1, 2, 3."""
    found = []
    for match in MARKER.finditer(answer):
        text = next(v for v in match.groupdict().values() if v)
        for part in re.split(r"\s*(?:,|\band\b)\s*", text):
            bounds = [int(n) for n in re.split(r"\s*[-–]\s*", part)]
            found += list(range(bounds[0], bounds[-1] + 1))
    return found


def load(stem: str) -> list[dict]:
    """The CASES of benchmarks/citation_sets/<stem>.py."""
    spec = importlib.util.spec_from_file_location(stem, SETS / f"{stem}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.CASES


def counts(cases: list[dict]) -> dict:
    gold = [g for c in cases for g in c["gold"]]
    reasons = [r for c in cases for r in c["reasons"] if r]
    sources = {id(s): s for c in cases for s in c["sources"]}.values()
    injected = [s["injection"] for s in sources if "injection" in s]
    return {
        "answers": len(cases),
        "citations": len(gold),
        "statuses": dict(Counter(gold)),
        "classes": dict(Counter(c["class"] for c in cases)),
        "reasons": dict(Counter(reasons)),
        "sources": dict(Counter("image" if "image" in s else "text" for s in sources)),
        "injected sources": len(injected),
        "injection carriers": dict(Counter(i["carrier"] for i in injected)),
        "injection languages": dict(Counter(i["language"] for i in injected)),
    }


def print_counts(found: dict) -> None:
    json.dump(found, sys.stdout, indent=2)
    print()


def check_cases(cases: list[dict], exact_keys: bool = False) -> None:
    """Every case has its fields (exactly these with exact_keys), known labels, and one gold label per citation."""
    for case in cases:
        if exact_keys:
            assert set(case) == CASE_KEYS, case
        else:
            assert CASE_KEYS <= set(case), case
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


def check_sources(cases: list[dict]) -> None:
    for case in cases:
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


def check_size_and_balance(cases: list[dict], min_citations: int) -> None:
    gold = [g for c in cases for g in c["gold"]]
    assert len(gold) >= min_citations
    assert 0.4 <= gold.count("supported") / len(gold) <= 0.6


def check_coverage(cases: list[dict], wanted_forms: dict[str, set[str]]) -> None:
    """Every class and reason is present, both statuses in each class that can have both, every form tagged, and
    every style that is a literal marker written in an answer tagged with it."""
    assert {c["class"] for c in cases} == CLASSES
    assert {r for c in cases for r in c["reasons"] if r} == REASONS
    for name in ("number", "negation", "conjunction", "subject", "style", "injection"):
        statuses = {g for c in cases if c["class"] == name for g in c["gold"]}
        assert {"supported", "unsupported"} <= statuses, name
    tags = {t for c in cases for t in c["tags"]}
    for group, wanted in wanted_forms.items():
        assert wanted <= tags, (group, wanted - tags)
    digits = lambda text: re.sub(r"\d", "N", text)  # noqa: E731
    for style in wanted_forms["styles"] - UNWRITTEN_STYLES:
        assert any(digits(style) in digits(c["a"]) for c in cases if style in c["tags"]), style


def check_carriers(cases: list[dict], min_languages: int) -> None:
    """Text and image sources (some images undescribed), injections in every carrier and min_languages languages,
    split and whole; a citation labelled `injection` cites an injected source."""
    sources = [s for c in cases for s in c["sources"]]
    assert {"image" if "image" in s else "text" for s in sources} == {"image", "text"}
    assert any("image" in s and not s["text"] for s in sources)  # undescribed images: CLIP alone
    injected = [s["injection"] for s in sources if "injection" in s]
    assert {i["carrier"] for i in injected} == {"pdf text", "description", "ocr"}
    assert len({i["language"] for i in injected}) >= min_languages
    assert any(i["split"] for i in injected) and any(not i["split"] for i in injected)
    for case in cases:  # an answer that only injected text supports is labelled so, and cites an injected source
        for n, reason in zip(cited_numbers(case["a"]), case["reasons"]):
            if reason == "injection":
                assert "injection" in case["sources"][n - 1], case["a"]


def check_new_text(stem: str, cases: list[dict]) -> None:
    """No answer and no source text of the set appears in another set."""
    others = [load(p.stem) for p in sorted(SETS.glob("*.py")) if p.stem != stem]
    assert others
    answers = {c["a"] for other in others for c in other}
    texts = {s["text"] for other in others for c in other for s in c["sources"] if s["text"]}
    assert not answers & {c["a"] for c in cases}
    assert not texts & {s["text"] for c in cases for s in c["sources"] if s["text"]}
