"""Figures relative to something (pure functions): how often ("four times a year", "every month", "weekly", as
times a year), by what factor ("doubled", "threefold") and which rank of a kind ("a second-order lens"). numbers.py
reads them before the counts, so that "four" of "four times a year" is no bare count."""

from __future__ import annotations

import re

FACTORS = {"doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0, "halved": 0.5}
FACTOR = re.compile(rf"\b({'|'.join(FACTORS)})\b|\b(\d+|two|three|four|five|ten)-?fold\b", re.IGNORECASE)
# an ordinal joined to a noun: "a second-order lens", "third-generation", "the 2nd-largest"
ORDINAL_COMPOUND = re.compile(r"(?<![\w-])([a-z]+|\d+(?:st|nd|rd|th))-([a-z]+)\b", re.IGNORECASE)
# how often a thing happens, as times a year: "four times a year", "every month", "every two weeks", "weekly"
# (hours are left to durations: "every half hour" is read as 0.5 hour on both sides)
PER_YEAR = {"day": 365.25, "week": 52.18, "fortnight": 26.09, "month": 12.0, "quarter": 4.0}
PER_YEAR |= {"year": 1.0, "decade": 0.1}
ADVERBS = {"daily": "day", "weekly": "week", "fortnightly": "fortnight", "monthly": "month"}
ADVERBS |= {"quarterly": "quarter", "annually": "year", "yearly": "year"}
COUNTS = "one two three four five six seven eight nine ten eleven twelve".split()
PERIOD = r"(day|week|fortnight|month|quarter|year|decade)s?(?! of)"
TIMES = re.compile(
    rf"\b(once|twice|thrice|\d+|{'|'.join(COUNTS)}) (?:times )?"
    rf"(?:(?:a|an|per|each|every) {PERIOD}\b|(annually|yearly|daily|weekly|monthly))",
    re.IGNORECASE,
)
EVERY = re.compile(rf"\b(?:every|each) (other |second )?(?:(\d+|{'|'.join(COUNTS)}) )?{PERIOD}\b", re.IGNORECASE)
ADVERB = re.compile(rf"\b({'|'.join(ADVERBS)})\b", re.IGNORECASE)


def frequencies(text: str) -> tuple[list[float], str]:
    """Times a year for each frequency the text states ("four times a year" 4, "every month" 12, "every two weeks"
    26.1, "weekly" 52.2), and the text without them (so that "four" is no bare count)."""
    found: list[float] = []

    def times(m: re.Match) -> str:
        n = {"once": 1, "twice": 2, "thrice": 3}.get(m[1].lower()) or _count(m[1])
        period = m[2] or ADVERBS[m[3].lower()]  # "four times annually", "three times daily"
        found.append(round(n * PER_YEAR[period.lower()], 2))
        return " "

    def every(m: re.Match) -> str:
        n = (2 if m[1] else 1) * (_count(m[2]) if m[2] else 1)
        found.append(round(PER_YEAR[m[3].lower()] / n, 2))
        return " "

    def adverb(m: re.Match) -> str:
        found.append(PER_YEAR[ADVERBS[m[1].lower()]])
        return " "

    text = TIMES.sub(times, text)
    text = EVERY.sub(every, text)
    return found, ADVERB.sub(adverb, text)


def _count(word: str) -> int:
    return int(word) if word.isdigit() else COUNTS.index(word.lower()) + 1


def relative(text: str, ordinals: dict[str, int], rank_nouns: frozenset[str]) -> tuple[list[tuple[float, str]], str]:
    """(value, unit) of each frequency ("per year"), factor ("times") and ordinal compound ("-order": "second-order"
    but not "nineteenth-century", one of ``rank_nouns``), and the text without them."""
    times, text = frequencies(text)
    out = [(t, "per year") for t in times]
    for m in FACTOR.finditer(text):
        out.append((FACTORS[m[1].lower()] if m[1] else float(_count(m[2])), "times"))
    text = FACTOR.sub(" ", text)

    def compound(m: re.Match) -> str:
        head = m[1].lower()
        value = int(head[:-2]) if head[0].isdigit() else ordinals.get(head)
        if value is None or m[2].lower() in rank_nouns:
            return m[0]
        out.append((float(value), "-" + m[2].lower()))
        return " "

    return out, ORDINAL_COMPOUND.sub(compound, text)
