"""Claim checks (pure functions): the numbers, the polarity and the key words a claim states,
compared with the source it cites, and the clauses of a sentence.

Words are compared as Snowball stems and lemminflect lemmas (both ship their data on PyPI), so
"constructed"/"construct", "rose"/"rise", "turbines"/"turbine" meet. Numbers, units, hedges and clock
times are read in numbers.py.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from . import lexicon
from .figures import number_conflict, same_quantity  # noqa: F401  (re-exported)
from .numbers import (  # noqa: F401  (re-exported: the claim checks' numbers)
    COUNT_WORDS,
    DECADE_WORDS,
    FRACTIONS,
    SCALES,
    UNITS,
    Quantity,
    quantities,
    word_value,
)

NEGATIONS = {"not", "never", "no", "none", "without", "nobody", "nothing", "neither", "nor", "cannot", "nowhere"}
# a negation stated in other words: "lacks a cafe" ~ "has no cafe", "failed to open" ~ "did not open"
IMPLICIT_NEGATIONS = {
    "lack",
    "lacks",
    "lacked",
    "lacking",
    "absent",
    "fail",
    "fails",
    "failed",
    "refuse",
    "refuses",
    "refused",
    "unable",
    "deny",
    "denies",
    "denied",
    "nor",
    "ban",
    "bans",
    "banned",
    "forbid",
    "forbids",
    "forbidden",
    "prohibit",
    "prohibits",
    "prohibited",
    "barred",
}
# the words of clock times ("10 in the morning" ~ "10 am"): numbers.py compares the times themselves
CLOCK_WORDS = {"morning", "afternoon", "evening", "night", "noon", "midday", "midnight", "clock", "am", "pm"}
STOPWORDS = frozenset(
    "the and for are was were with that this these those from into onto over under about there their they them then "
    "than what which "
    "who whom whose when where why how has have had does did done but all any each both also its it's is be been being "
    "of on in to "
    "an as at by or so such very can could would should will may might must you your his her him she he we us our i me "
    "my "
    "now until still just only too yet ever even again here while since a it some more most much many other another "
    "shows show shown showing depicts depict depicted see seen can visible appears appear contains contain features "
    "feature "
    "image picture photo photograph source document page text sources according based provided mentioned stated says "
    "say states "
    "against across along through toward towards behind beside near beyond among upon via inside outside every first "
    "second third one ones thing things kind type sort lot lots about around roughly approximately nearly almost over "
    "above below within per less least during despite throughout amid amongst unlike whilst except besides beneath "
    "till whether "
    "although though because therefore however thus hence let answer answers found summary information details "
    "itself himself herself themselves yourself yourselves myself ourselves mid "
    "i'm i've i'd we're".split()
)
CLAUSE_SPLIT = re.compile(
    r"\s*(?:;|,?\s+but\s+|,?\s+while\s+|,?\s+whereas\s+|,?\s+although\s+|,?\s+and\s+)\s*", re.IGNORECASE
)


# -- words ------------------------------------------------------------------------------------------------


# two negations that cancel: "may not stay without an adult" (must stay with one), "never fails to strike"
# (always strikes), "none may row before passing a test" (must pass it first), "does not open until 10" (opens at 10)
DOUBLE = re.compile(
    r"\b(?:not|never|no|none|nobody|cannot|\w+n't)\b[^.;:,]{0,50}?\b(?:without|unless|until|before)\b"
    r"|\b(?:never|not|\w+n't) fail(?:s|ed)? to\b",
    re.IGNORECASE,
)
NOT_ONLY = re.compile(r"\bnot (?:just|only|merely|simply|solely)\b", re.IGNORECASE)
RATHER = re.compile(r"\b(?:rather than|instead of)\b", re.IGNORECASE)
BOUND = re.compile(r"\b(?:no|not) (?:more|fewer|less|later|earlier|longer) than\b", re.IGNORECASE)
ALTITUDE = re.compile(r"\babove (?:the )?(?:mean )?sea[- ]level\b|\babove the sea\b|\bA\.?S\.?L\.?\b")


@lru_cache(maxsize=1)
def stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)
def word_forms(word: str) -> frozenset[str]:
    """Stems of a word and of its lemmas ("rose" -> rise, rose; "built" -> build)."""
    from lemminflect import getAllLemmas

    word = word.lower()
    forms = {word} | {lemma.lower() for lemmas in getAllLemmas(word).values() for lemma in lemmas}
    stem = stemmer().stemWord
    return frozenset(stem(f) for f in forms)


def words(text: str) -> list[str]:
    """Lower-case words without accents ("café" = "cafe"); "here's"/"it's" lose their "'s", "don't" stays whole
    (a negation)."""
    plain = unicodedata.normalize("NFKD", text.lower().replace("’", "'"))
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return [re.sub(r"'(?:s|re|ll|ve|d)$", "", w) for w in re.findall(r"[a-zß-ÿ]+(?:'[a-z]+)?", plain)]


def key_words(text: str) -> list[str]:
    """The claim's content words (nouns, names, colours, verbs, adjectives) less stop words and number words."""
    out = []
    text = ALTITUDE.sub(" ", text)  # "2,150 m above sea level": part of the figure, not a thing
    for word in words(text.replace("-", " ")):
        if (
            len(word) < 3
            or word in STOPWORDS
            or word in NEGATIONS
            or word.endswith("n't")
            or word_value(word)[0] is not None
            or word in SCALES
            or word in FRACTIONS
            or word in COUNT_WORDS
            or word in DECADE_WORDS
        ):
            continue
        if word in UNITS or word.rstrip("s") in UNITS or word in ("nautical", "metric") or word in CLOCK_WORDS:
            continue
        if word not in out:
            out.append(word)
    return out


def vocabulary(text: str) -> set[str]:
    return {form for word in words(text.replace("-", " ")) for form in word_forms(word)}


def missing_words(claim: str, source: str) -> list[str]:
    """The claim's key words found in the source under no form (stem or lemma), nor as a part of a compound the
    source uses ("hail" in "hailstorm", "fighters" in "firefighters")."""
    have = vocabulary(source)
    plain = set(words(source))
    return [
        w
        for w in key_words(claim)
        if not (word_forms(w) & have)
        and not _in_compound(w, plain)
        and not _day_within(w, plain)
        and not _month_within(w, source)
        and not _season(w, plain)
    ]


SEASONS = frozenset("winter spring summer autumn fall".split())
MONTHS = tuple("january february march april may june july august september october november december".split())


def _season(word: str, found: set[str]) -> bool:
    """A season for a source that names months: whether they agree is polarity.py's question."""
    return word.rstrip("s") in SEASONS and bool(found.intersection(MONTHS))


MONTH_SPAN = re.compile(
    rf"\b({'|'.join(MONTHS)})\s*(?:to|until|till|through|-|–)\s*({'|'.join(MONTHS)})\b", re.IGNORECASE
)


def cycle(start: int, end: int, length: int) -> set[int]:
    """The positions from start to end on a cycle of ``length`` (Friday to Monday, November to February)."""
    return {(start + k) % length for k in range((end - start) % length + 1)}


def _month_within(word: str, source: str) -> bool:
    """ "January" for "from November to February": a month inside a span the source names."""
    return word in MONTHS and any(
        MONTHS.index(word) in cycle(MONTHS.index(m.group(1).lower()), MONTHS.index(m.group(2).lower()), 12)
        for m in MONTH_SPAN.finditer(source)
    )


def _day_within(word: str, found: set[str]) -> bool:
    """ "Mondays" for "weekdays", "Sunday" for "weekends"."""
    day = word.rstrip("s")
    if day in ("monday", "tuesday", "wednesday", "thursday", "friday"):
        return bool(found & {"weekday", "weekdays"})
    return day in ("saturday", "sunday") and bool(found & {"weekend", "weekends"})


def _in_compound(word: str, found: set[str]) -> bool:
    if len(word) < 4:
        return False
    for other in found:
        if len(other) >= len(word) + 3 and (other.startswith(word) or other.endswith(word)):
            rest = other[len(word) :] if other.startswith(word) else other[: -len(word)]
            if lexicon.known(rest) and len(rest) >= 3:
                return True
    return False


def negated(text: str, implicit: bool = False) -> bool:
    """Does the text negate (not, never, n't; with ``implicit``, also lacks, failed, refused, unable)? "No more
    than 80" is a bound, not a negation."""
    if RATHER.search(text):
        return True  # "built for marionettes rather than glove puppets" ~ "not glove puppets"
    text = DOUBLE.sub(" ", text)  # "can't climb without an adult": two negations make a requirement
    text = NOT_ONLY.sub(" ", text)  # "runs all year, not just in summer": "X and more", no negation
    tokens = words(BOUND.sub(" ", text))
    return any(t in NEGATIONS or t.endswith("n't") or (implicit and t in IMPLICIT_NEGATIONS) for t in tokens)


def clauses(sentence: str) -> list[str]:
    """The clauses of a sentence, each checked on its own: "X, but Y" -> [X, Y]; short pieces stay joined."""
    parts = [p.strip(" ,.") for p in CLAUSE_SPLIT.split(sentence) if p and p.strip(" ,.")]
    merged: list[str] = []
    for part in parts:
        if merged and (len(words(part)) < 3 or len(words(merged[-1])) < 3):
            merged[-1] += " and " + part
        else:
            merged.append(part)
    return merged or [sentence]


COLOURS = frozenset(
    "red green blue yellow purple orange black white cyan pink brown grey gray violet magenta beige gold silver "
    "turquoise".split()
)
