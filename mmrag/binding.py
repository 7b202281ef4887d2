"""Which thing a bare number counts (pure functions): "45 volunteers and a single paid editor" binds 45 to
volunteers and 1 to editor, so "one paid volunteer and 45 paid editors" states the right figures of the wrong
things. A claim's figure is swapped when the source counts another thing by it and counts the claim's thing by
another figure."""

from __future__ import annotations

import re

from . import lexicon
from .claims import key_words, vocabulary, word_forms
from .figures import same_quantity, sentence_figures
from .numbers import COUNT_WORDS, quantities, word_value

GROUP_NOUNS = frozenset("staff crew fleet team workforce population herd flock membership collection choir".split())
TOKEN = re.compile(r"\d[\d,]*(?:\.\d+)?|[a-z]+(?:-[a-z]+)?")


def counts(text: str) -> list[tuple[float, str]]:
    """(value, the noun it counts) for each bare count in ``text``: "45 volunteers", "a single paid editor"."""
    tokens = TOKEN.findall(text.lower())
    out = []
    for i, token in enumerate(tokens):
        value = _value(token)
        if value is None:
            continue
        noun = _noun(tokens[i + 1 : i + 4])
        if i and tokens[i - 1] in ("at", "in", "since", "on", "from", "until") and (not noun or 1000 <= value <= 2100):
            continue  # "in 1986", "at 6": a date or a time, not a count ("at 610 metres" is a measure)
        if not noun and i > 1 and tokens[i - 1] == "of" and tokens[i - 2] in GROUP_NOUNS:
            noun = tokens[i - 2]  # "a staff of 38", "a fleet of 12"
        if noun:
            out.append((value, noun))
    return out


def rebound(claim: str, source: str) -> str | None:
    """The first figure of the claim that the source gives to another thing while giving the claim's thing
    another figure, as a reason; None otherwise."""
    said = counts(source)
    for value, noun in counts(claim):
        mine = word_forms(noun)
        theirs = [n for v, n in said if v == value]
        if not theirs or any(word_forms(n) & mine or lexicon.related(noun, n) for n in theirs):
            continue
        if any(word_forms(n) & mine and v != value for v, n in said):
            return f"number {value:g} is about {theirs[0]} in the source"
    return None


def _value(token: str) -> float | None:
    if token[0].isdigit():
        return float(token.replace(",", "")) if re.fullmatch(r"\d{1,3}(?:,\d{3})*|\d+", token) else None
    if token in COUNT_WORDS and token == "single":
        return 1.0
    value, ordinal = word_value(token)
    return None if value is None or ordinal else float(value)


def _noun(words: list[str]) -> str | None:
    """The counted noun: the first of up to three words that can be a noun and is not only a modifier."""
    from lemminflect import getAllLemmas

    for i, word in enumerate(words):
        tags = getAllLemmas(word)
        if not tags and word.isalpha() and len(word) > 3 and "n" in lexicon.parts_of_speech(word):
            return word  # a noun lemminflect does not know: "three luthiers"
        if not tags or word in ("and", "or", "of", "the", "a", "an"):
            return None
        if "NOUN" in tags and not ("ADJ" in tags and i + 1 < len(words) and "NOUN" in getAllLemmas(words[i + 1])):
            return word
        if "ADJ" not in tags and "VERB" not in tags:
            return None
    return None


def number_elsewhere(claim: str, text: str) -> str | None:
    """A bare number the source states only as a measure of something else: "six sails" against "four sails ...
    costs 6 euros", "children under 12" against "tickets cost 12 euros". Such a number must stand in a source
    sentence that shares a content word with the claim (under some form, or a WordNet synonym or broader term)."""
    found = [q for q in quantities(claim) if q.unit is None]
    mine = key_words(claim)
    if not found or not mine:
        return None
    forms = vocabulary(" ".join(mine))
    units = sentence_figures(text)
    for q in found:
        stated = [(u, [s for s in said if same_quantity(q, s)]) for u, said in units]
        hits = [u for u, same in stated if same]
        if any(s.unit is None for _, same in stated for s in same):
            continue  # a bare number in the source too
        if hits and not any(
            vocabulary(" ".join(key_words(u))) & forms or any(lexicon.related(w, v) for w in mine for v in key_words(u))
            for u in hits
        ):
            return f"number {q} is about something else in the source"
    return None
