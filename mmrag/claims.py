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
from .numbers import (  # noqa: F401  (re-exported: the claim checks' numbers)
    COUNT_WORDS,
    FRACTIONS,
    SCALES,
    UNITS,
    Quantity,
    number_conflict,
    quantities,
    same_quantity,
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
FREE = {"free", "gratis", "complimentary"}  # "children go free" ~ "children do not pay"
PAYING = {"pay", "pays", "paying", "paid", "charge", "charged", "charges", "cost", "costs", "fee", "fees", "ticket"}
# a restriction implies a negation: "covers only the main stand" ~ "does not cover the whole stadium"
RESTRICTIONS = {"only", "solely", "exclusively", "merely", "just", "except", "apart", "but"}
TOTALITY = {
    "whole",
    "all",
    "entire",
    "every",
    "full",
    "fully",
    "completely",
    "entirely",
    "both",
    "everything",
    "everywhere",
    "only",
}
CONTINUING = re.compile(r"\b(?:still|continues? to|remains? (?:open|in use|active)|to this day)\b", re.IGNORECASE)
ALWAYS = {"every", "always", "daily", "everyday", "whole", "entire", "all", "round", "anytime", "any"}
EXCEPTING = {"except", "excluding", "only"}
# words that, beside a negation, restate a restriction: "not outside July" ~ "only in July"
EXCLUSIONS = {"outside", "except", "besides", "beyond", "other", "apart"}
# the words of clock times ("10 in the morning" ~ "10 am"): numbers.py compares the times themselves
CLOCK_WORDS = {"morning", "afternoon", "evening", "night", "noon", "midday", "midnight", "clock", "am", "pm"}
ENDED = {"stop", "stopp", "ceas", "end", "quit", "former", "abandon", "discontinu", "retir", "clos", "halt"}
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
    "itself himself herself themselves yourself yourselves myself ourselves".split()
)
OBJECT_PRONOUNS = frozenset("it them him her us me itself themselves".split())  # "the shop that houses it": a verb
CLAUSE_SPLIT = re.compile(
    r"\s*(?:;|,?\s+but\s+|,?\s+while\s+|,?\s+whereas\s+|,?\s+although\s+|,?\s+and\s+)\s*", re.IGNORECASE
)


# -- words ------------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)
def word_forms(word: str) -> frozenset[str]:
    """Stems of a word and of its lemmas ("rose" -> rise, rose; "built" -> build)."""
    from lemminflect import getAllLemmas

    word = word.lower()
    forms = {word} | {lemma.lower() for lemmas in getAllLemmas(word).values() for lemma in lemmas}
    stem = _stemmer().stemWord
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
    return [w for w in key_words(claim) if not (word_forms(w) & have) and not _in_compound(w, plain)]


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
    """Does the text negate (not, never, n't; with ``implicit``, also lacks, failed, refused, unable)?"""
    tokens = words(text)
    return any(t in NEGATIONS or t.endswith("n't") or (implicit and t in IMPLICIT_NEGATIONS) for t in tokens)


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekday", "weekend")


def _weekdays(found: set[str]) -> bool:
    return any(w.startswith(WEEKDAYS) for w in found)


def _ended(sentence: str) -> bool:
    """Does the sentence say something stopped ("stopped working", "closed in 2001", "ceased")?"""
    have = vocabulary(sentence)
    return bool(have & {_stemmer().stemWord(w) for w in ENDED} or any(v.startswith(tuple(ENDED)) for v in have))


def polarity_conflict(claim: str, source_sentence: str) -> bool:
    """A negation in the claim that the source sentence lacks, or the reverse ("no longer" ~ "stopped"), or a
    claim that something goes on ("is still working") against a source saying it stopped."""
    c, s = negated(claim, implicit=True), negated(source_sentence, implicit=True)
    mine, said = set(words(claim)), set(words(source_sentence))
    if not c and not s and mine & ALWAYS and said & EXCEPTING and not mine & (EXCEPTING | RESTRICTIONS):
        return True  # "deliveries run every day" against "every morning except Monday"
    if not c and not s and mine & ALWAYS and _weekdays(said) and not _weekdays(mine):
        return True  # "open every day" against "opens from Tuesday to Saturday"
    if not c and CONTINUING.search(claim) and _ended(source_sentence) and not CONTINUING.search(source_sentence):
        return True
    if c == s:
        return False
    if c and _negated_in_other_words(claim, source_sentence):
        return False
    if c and re.search(r"\bno longer\b|\bnot any ?more\b", claim.lower()):
        return not _ended(source_sentence)
    return True


def _negated_in_other_words(claim: str, source_sentence: str, absent: set[str] | None = None) -> bool:
    """A negated claim that the source states without a negation word: by a restriction ("not the whole stadium,
    only the main stand" ~ "covers only the main stand") or by an antonym ("not open" ~ "closed")."""

    said, mine = set(words(source_sentence)), set(words(claim))
    if said & RESTRICTIONS and mine & (TOTALITY | EXCLUSIONS):
        return True
    if said & FREE and mine & PAYING:
        return True
    if vocabulary(" ".join(excepted(source_sentence))) & vocabulary(" ".join(key_words(claim))):
        return True  # "no deliveries on Mondays" ~ "deliveries every morning except Monday"
    have = vocabulary(source_sentence)
    lacking = [a for a in key_words(claim) if not word_forms(a) & have and (absent is None or a in absent)]
    others = key_words(source_sentence)
    named = set(subjects(claim))
    if any(lexicon.cohyponyms(a, b) for a in lacking if a in named for b in restricted(source_sentence)):
        return True  # "does not admit adults" ~ "treats children only"
    if restricted_sisters(claim, source_sentence, absent):
        return True  # "passenger trains no longer use it" ~ "only freight trains use it"
    return any(lexicon.opposed(a, b) for a in lacking for b in others)


def restricted_sisters(claim: str, sentence: str, absent: set[str] | None = None) -> set[str]:
    """The claim's words in a phrase that is a sister term of what the sentence restricts to: "rock music" for
    "plays only jazz", "passenger trains" for "only freight trains" (two-word WordNet entries included). With
    ``absent`` (the words the whole source lacks), only those may be the claim's side of a sister pair."""
    bound = restricted(sentence)
    if not bound:
        return set()
    said = words(sentence)
    theirs = set(bound) | {
        f"{a} {b}" for a, b in zip(said, said[1:]) if (a in bound or b in bound) and lexicon.known(f"{a} {b}")
    }
    have = vocabulary(sentence)
    mine = [w for w in words(claim) if w not in STOPWORDS]
    named = set(subjects(claim))
    new = [w for w in mine if not word_forms(w) & have and (absent is None or w in absent)]
    phrases = [(w,) for w in new if w in named] + [
        (a, b) for a, b in zip(mine, mine[1:]) if lexicon.known(f"{a} {b}") and (a in new or b in new)
    ]
    return {w for phrase in phrases for other in theirs if lexicon.cohyponyms(" ".join(phrase), other) for w in phrase}


def restricted(sentence: str) -> list[str]:
    """The key words a restriction bears on: "only the main stand", "children only", "solely by hand"."""
    tokens = words(sentence)
    out = []
    for i, t in enumerate(tokens):
        if t in ("only", "solely", "exclusively"):
            out += tokens[max(0, i - 1) : i] + tokens[i + 1 : i + 4]
    return [w for w in out if w in set(key_words(sentence))]


def excepted(sentence: str) -> list[str]:
    """The key words an exception names: "every day except Monday" -> ["monday"]."""
    tokens = words(sentence)
    out = [w for i, t in enumerate(tokens) if t in ("except", "excluding") for w in tokens[i + 1 : i + 4]]
    return [w for w in out if w in set(key_words(sentence))]


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


FOCUS = frozenset("only just mainly mostly also even solely exclusively chiefly largely primarily".split())
AUXILIARIES = frozenset("are is was were have has had can could will would may might must do does did should".split())
LIGHT_VERBS = frozenset("be have do get make take give go come put keep let seem become say find".split())


DETERMINERS = frozenset(
    "a an the its their his her our your my this that these those some every each no of any another".split()
)


PREPOSITIONS = frozenset("with by from in on at for into onto over under about like as".split())


def subjects(claim: str) -> list[str]:
    """The claim's key words that name what it is about: nouns, names, colours (no POS tagger: lemminflect's
    word classes plus position, so "counts" in "the cooperative counts 140 farms" is a verb, "kite" in
    "the green kite" a noun, "pale" in "a pale background" a modifier)."""
    tokens = [
        re.sub(r"'(?:s|re|ll|ve|d)$", "", t)
        for t in re.findall(r"[A-Za-zà-ÿ]+(?:'[a-z]+)?|\d+", claim.replace("-", " ").replace("’", "'"))
    ]
    keys = set(key_words(claim))
    setting = _setting(claim)
    out = []
    for i, token in enumerate(tokens):
        word = token.lower()
        if word not in keys or word in out or word in PARTICLE_WORDS or (word in setting and not token[:1].isupper()):
            continue
        at = i - 1
        if at > 0 and tokens[at].lower() in FOCUS:
            at -= 1  # "plays only blues": the object of "plays"
        prev = tokens[at] if at >= 0 else ""
        if at == 0:
            prev = prev.lower()  # capitalised as the sentence's first word, not as a name
        after = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
        if word not in COLOURS and _in_phrase(tokens, i):
            continue  # "put in place", "took place", "at work": a set phrase, not a thing
        if i > 1 and prev.isdigit() and tokens[i - 2][:1].isupper() and _verb_form(word):
            continue  # "Line 7 links ...", "Gate 3 opens ...": the verb after a numbered name
        if (token[:1].isupper() and i > 0) or _is_subject(
            word, prev, after, first=i == 0 or token == tokens[0]
        ):  # a name
            out.append(word)
    return out


PARTICLE_WORDS = frozenset("out off up down back away".split())  # "from out of town", "shut down"
SETTING = re.compile(
    r"^\s*(?:at|in|during|after|before|since|until|throughout|within|over|for|on|by|from|with)\s+"
    r"(?:the|its|their|his|her|this|that|a|an)\s+([^,]{3,60}),",
    re.IGNORECASE,
)


def _setting(claim: str) -> set[str]:
    """The words of an opening phrase of circumstance, "At the height of its operation, ...": when or how, not what
    the claim is about."""
    found = SETTING.match(claim)
    return set(words(found.group(1))) if found else set()


def _in_phrase(tokens: list[str], i: int) -> bool:
    """Is tokens[i] the last word of a set phrase: a WordNet verb ("take place", from "took place") or an idiom
    WordNet gives another wording for ("in place" = in situ, "in fact", "at sea" = baffled)? "By machine" stays
    a subject: WordNet knows it, but with no other wording, so it is a plain preposition and noun."""

    low = [t.lower() for t in tokens]
    for span in (low[i - 1 : i + 1], low[max(0, i - 2) : i + 1]):
        if len(span) < 2:
            continue
        if "v" in lexicon.parts_of_speech(" ".join([_base_verb(span[0])] + span[1:])):
            return True
        if lexicon.has_other_wording(" ".join(span)):
            return True
    return False


def _verb_form(word: str) -> bool:
    from lemminflect import getAllLemmas

    return word.endswith("s") and "VERB" in getAllLemmas(word)


def _base_verb(word: str) -> str:
    from lemminflect import getAllLemmas

    return next(iter(getAllLemmas(word).get("VERB", (word,))))


def _is_subject(word: str, prev: str, after: str, first: bool) -> bool:
    from lemminflect import getAllLemmas

    if word in COLOURS:
        return True
    tags = getAllLemmas(word)
    if "VERB" in tags and (after in OBJECT_PRONOUNS or (_verb_form(word) and prev[:1].isupper() and after.isdigit())):
        return False  # "the shop that houses it", "Marrow Hill Zoo covers 12 hectares"
    if not tags:
        return True  # a name or a word too rare to know: the source must have it
    if lexicon.known(word) and "n" not in lexicon.parts_of_speech(word):
        return False  # WordNet knows it, as no noun ("here", "nearly")
    if "NOUN" not in tags and "PROPN" not in tags:
        return False
    if lexicon.parts_of_speech(word) == {"n"}:
        return True  # WordNet knows it only as a noun ("council", which lemminflect also calls an adjective)
    if len(tags) == 1 or (first and after in AUXILIARIES) or (not after and set(tags) == {"NOUN", "VERB"}):
        return True  # a noun, the first word of "Cats are welcome on board", the last of "plays only blues"
    if "ADJ" in tags and after and "NOUN" in getAllLemmas(after):
        return False  # a modifier: "a pale background"
    lowered = prev.lower()
    verb = getAllLemmas(lowered)
    if "ADJ" not in tags and "NOUN" not in verb and set(verb.get("VERB", ())) - LIGHT_VERBS:
        return True  # the object of a verb: "contains cow's milk", "uses wheat"
    return (
        lowered in DETERMINERS
        or lowered in PREPOSITIONS
        or lowered in COLOURS
        or lowered.isdigit()
        or word_value(lowered)[0] is not None
        or (prev[:1].isupper() and not first and lowered not in STOPWORDS)
    )
