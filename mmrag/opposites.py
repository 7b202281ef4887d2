"""Opposites between a claim and the source sentences it is about (pure functions): an opposite particle before the
same noun ("off the lead" against "on a lead"), and an antonym that stands where the claim's word should ("open on
Sundays" against "closed on Sundays"), unless a negation on one side only makes the two agree ("cars are
forbidden" ~ "cars are not permitted")."""

from __future__ import annotations

import os
import re

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
        theirs = key_words(unit)
        for w in key_words(part):
            if word_forms(w) & have or any(
                lexicon.related(w, t) or lexicon.related(t, w) for t in theirs if not word_forms(t) & mine
            ):  # "gives 1,200 litres" for "yields": the claim's word is there in other words (not in a word the
                continue  # claim has itself: "light" does not stand for "fallen" in "light pollution has fallen")
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
            if c != a and word_forms(d) & word_forms(b) and kind_compound(a, b) and kind_compound(c, d):
                if not (lexicon.related(f"{a} {b}", f"{c} {d}") or lexicon.related(f"{c} {d}", f"{a} {b}")):
                    return f"{a} {b}"  # "typesetting machine" for "linotype machine" is broader, not another kind
    return None


def kind_compound(a: str, b: str) -> bool:
    """A noun of two words WordNet knows ("red panda"), not a phrase ("go through", "every year")."""
    if a in STOPWORDS or "n" not in lexicon.parts_of_speech(b.rstrip("s")) | lexicon.parts_of_speech(b):
        return False
    return any("n" in lexicon.parts_of_speech(f"{a} {form}") for form in (b, b.rstrip("s")))


PLACES = frozenset("from to at in for by near via towards toward into onto between".split())
PASSIVE = frozenset("is are was were be been being gets got".split())


def swapped_roles(part: str, unit: str, text: str) -> str | None:
    """Two things of the clause in each other's places: around a verb it shares with the unit ("the bakery supplies
    the farm" against "the farm supplies the bakery"; a passive read the other way round), or a name after a word
    they share ("leaves Trondheim at 23:05" against "leaves Oslo at 23:05", both names in the source); the reason,
    or None."""
    mine, theirs, everywhere, have = words(part), words(unit), set(words(text)), vocabulary(unit)
    for i, word in enumerate(mine[:-1]):
        if word not in PLACES and not _verb(word):
            continue  # "the Lunden market" and "the Friday market" share only "the"
        nxt, forms = mine[i + 1], word_forms(word)
        for j, other in enumerate(theirs[:-1]):
            if word_forms(other) & forms and theirs[j + 1] != nxt and _named(part, nxt) and _named(unit, theirs[j + 1]):
                if nxt in everywhere and theirs[j + 1] not in mine:
                    return f"'{nxt}' where the source has '{theirs[j + 1]}'"
    verbs = [w for i, w in enumerate(mine) if _verb(w) and word_forms(w) & have and _after_noun_phrase(mine, i)]
    if verbs and not _noun(verbs[0]):
        verbs = verbs[:1]  # "the Daley pig farm sends ...": "farm" may be a verb, so a plain verb after it is tried
    for verb in [
        v for i, v in enumerate(verbs) if i == 0 or (not _noun(v) and _active(mine, v) and _active(theirs, v))
    ]:
        before_c, after_c = _sides(mine, verb)
        before_u, after_u = _sides(theirs, verb)
        if not before_u and after_u and not theirs[0].endswith("ed"):  # "... and buys its copper from the mine": the
            # source's topic buys it ("funded by a bank" is a passive with its agent after it)
            first = re.split(r"(?<=[.!?])\s+", text.strip())[0]
            before_u = {f for w in key_words(first)[:3] for f in word_forms(w)} - after_u
        if before_c & after_u and after_c & before_u and not before_c & before_u:
            agent = next(w for w in key_words(part) if word_forms(w) & before_c & after_u)
            other = next(w for w in key_words(part) if word_forms(w) & after_c & before_u)
            return f"'{agent}' and '{other}' swap roles"
    return None


def _after_noun_phrase(tokens: list[str], i: int) -> bool:
    """Is tokens[i] a verb here, not a noun after an article or a modifier ("the longest boat")?"""
    from lemminflect import getAllLemmas

    prev = tokens[i - 1] if i else ""
    tags = getAllLemmas(prev)
    determiner = prev in ("a", "an", "the", "its", "their", "his", "her", "our", "this", "that")
    return bool(prev) and not determiner and not ("ADJ" in tags and "NOUN" not in tags)


def _named(text: str, word: str) -> bool:
    return any(t.lower() == word and t[:1].isupper() for t in text.split()[1:])


def _verb(word: str) -> bool:
    from lemminflect import getAllLemmas

    return word not in PASSIVE and word not in STOPWORDS and "VERB" in getAllLemmas(word)


def _active(tokens: list[str], verb: str) -> bool:
    """Is the verb in the active voice here, after a noun (not "are sold at", not "quoted on")?"""
    forms = word_forms(verb)
    at = next((i for i, t in enumerate(tokens) if word_forms(t) & forms), 0)
    return at > 0 and tokens[at - 1] not in PASSIVE and _noun(tokens[at - 1]) and not verb.endswith("ed")


def _noun(word: str) -> bool:
    from lemminflect import getAllLemmas

    return "NOUN" in getAllLemmas(word)


def _sides(tokens: list[str], verb: str) -> tuple[set[str], set[str]]:
    """The content words before and after the verb (its forms), as agent and object: swapped for a passive."""
    forms = word_forms(verb)
    at = next((i for i, t in enumerate(tokens) if word_forms(t) & forms), None)
    if at is None:
        return set(), set()
    before = {f for t in key_words(" ".join(tokens[:at])) for f in word_forms(t)}
    after = {f for t in key_words(" ".join(tokens[at + 1 :])) for f in word_forms(t)}
    rest = tokens[at + 1 :]
    by = rest.index("by") if "by" in rest else None
    if at and tokens[at - 1] in PASSIVE and by is not None and not any(t.endswith("ed") for t in rest[:by]):
        return after, before  # "was restored by the town", not "was restored in 2011, funded by a bank"
    return before, after


def moved_name(claim: str, text: str) -> str | None:
    """A name the claim gives to another thing of the source: "the Ostby shipyard" against "the Ostby mill supplies
    the Haldr shipyard"; the claim's phrase, or None."""
    mine, theirs = _name_pairs(claim), _name_pairs(text)
    for name, noun in mine:
        forms = word_forms(noun)
        if any(n == name and word_forms(x) & forms for n, x in theirs):
            continue
        if re.search(rf"\b{re.escape(name)}(?:\s+[a-z]+){{1,2}}\s+{re.escape(noun)}\b", text, re.IGNORECASE):
            continue  # "the Isel club" for "the Isel rowing club"
        if any(n == name for n, _ in theirs) and any(n != name and word_forms(x) & forms for n, x in theirs):
            return f"{name} {noun}"
    return None


def _name_pairs(text: str) -> list[tuple[str, str]]:
    """(name, noun) for a capitalised word (not a sentence's first) followed by a lower-case noun."""
    out = []
    for sentence in re.split(r"(?<=[.!?;])\s+", text):
        tokens = re.findall(r"[A-Za-z]+", sentence)
        for a, b in zip(tokens[1:], tokens[2:]):
            if a[:1].isupper() and b[:1].islower() and b not in STOPWORDS and len(b) > 2:
                out.append((a.lower(), b))
    return out
