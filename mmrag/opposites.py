"""Opposites between a claim and the source sentences it is about (pure functions): an opposite particle before the
same noun ("off the lead" against "on a lead"), and an antonym that stands where the claim's word should ("open on
Sundays" against "closed on Sundays"), unless a negation on one side only makes the two agree ("cars are
forbidden" ~ "cars are not permitted")."""

from __future__ import annotations

import os

from . import lexicon
from .claims import STOPWORDS, clauses, key_words, negated, vocabulary, word_forms, words
from .polarity import days_named

PARTICLES = {
    "on": "off",
    "off": "on",
    "in": "out",
    "out": "in",
    "up": "down",
    "down": "up",
    "inside": "outside",
    "outside": "inside",
    "before": "after",
    "after": "before",
    "above": "below",
    "below": "above",
}


def particle_conflict(claim: str, sentence: str) -> tuple[str, str] | None:
    """An opposite particle before the same noun: "off the lead" against "on a lead", "after the fire" against
    "before the fire"; (the claim's particle, the sentence's) or None."""

    def pairs(text: str) -> set[tuple[str, str]]:
        tokens = [t for t in words(text) if t not in ("a", "an", "the", "its", "their", "his", "her")]
        return {(p, stem) for p, n in zip(tokens, tokens[1:]) if p in PARTICLES for stem in word_forms(n)}

    said = pairs(sentence)
    return next(((p, PARTICLES[p]) for p, n in pairs(claim) if (PARTICLES[p], n) in said and (p, n) not in said), None)


def double_negation(claim: str, mine: str, theirs: str, units: list[str]) -> bool:
    """An antonym under a negation on one side only agrees: "cars are forbidden" ~ "cars are not permitted"."""
    part = next((p for p in clauses(claim) if mine in words(p)), claim)
    said = [u for u in units if theirs in words(u)]
    return bool(said) and all(negated(u) != negated(part) for u in said)


def opposite_in(part: str, units: list[str], claim: str, every_unit: list[str]) -> tuple[str, str] | None:
    """A word of the clause ``part`` missing from a unit it is about while that unit holds its opposite: (the
    claim's word, the unit's)."""
    mine = vocabulary(part)
    for unit in units:
        if days_named(part) and days_named(unit) and not days_named(part) & days_named(unit):
            continue  # "shut on Mondays" against "open Tuesday to Saturday": other days
        have = vocabulary(unit)
        for w in key_words(part):
            if word_forms(w) & have:
                continue
            for v in key_words(unit):
                if word_forms(v) & mine or len(os.path.commonprefix([w, v])) >= 5:
                    continue  # "employees" and "employed": one family
                if any(lexicon.related(x, v) for x in key_words(part) if x != w):
                    continue  # "halted when the wind goes above": "stops" is the claim's "halted", not "goes"
                if lexicon.opposed(w, v) and not double_negation(claim, w, v, every_unit):
                    return w, v
    return None


def sister_compound(claim: str, text: str) -> str | None:
    """A two-word name the source gives in another kind: "giant pandas" against "red pandas", "passenger trains"
    against "freight trains" (both WordNet entries with the same head); the claim's name, or None."""
    if negated(claim):
        return None  # "passenger trains no longer use it" ~ "only freight trains use it"
    mine, theirs = words(claim), words(text)
    have = vocabulary(text)
    said = {(a, b) for a, b in zip(theirs, theirs[1:])}
    for a, b in zip(mine, mine[1:]):
        if word_forms(a) & have or not word_forms(b) & have:
            continue
        for c, d in said:
            if c != a and word_forms(d) & word_forms(b) and _compound(a, b) and _compound(c, d):
                return f"{a} {b}"
    return None


def _compound(a: str, b: str) -> bool:
    """A noun of two words WordNet knows ("red panda"), not a phrase ("go through", "every year")."""
    if a in STOPWORDS or "n" not in lexicon.parts_of_speech(b.rstrip("s")) | lexicon.parts_of_speech(b):
        return False
    return any("n" in lexicon.parts_of_speech(f"{a} {form}") for form in (b, b.rstrip("s")))
