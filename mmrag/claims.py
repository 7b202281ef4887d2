"""Claim checks (pure functions): the numbers, the polarity and the key words a claim states,
compared with the source it cites, and the clauses of a sentence.

Words are compared as Snowball stems and lemminflect lemmas (both ship their data on PyPI), so
"constructed"/"construct", "rose"/"rise", "turbines"/"turbine" meet. Numbers are read from digits
("1,800", "4.2", "60%", "12th") and from words ("thirty-one", "one hundred and forty", "twelfth"),
with a small table of English number words: word2number reads no ordinals or "a dozen", and
text2num's English support targets whole-text rewriting; the table is 30 words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon

ONES = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen".split()
    )
}
TENS = {
    w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if w != "_"
}
SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}
ORDINALS = {
    w: i
    for i, w in enumerate(
        "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split()
    )
}
ORDINALS.update(
    {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "hundredth": 100, "thousandth": 1000}
)
LOOSE_ORDINALS = ("first", "second", "third")  # a rank more often than a count, except before "century"
FRACTIONS = {"half": 50.0, "quarter": 25.0, "quarters": 75.0}  # "a quarter of the roof" ~ 25 %
COUNT_WORDS = {"single": 1, "pair": 2, "dozen": 12, "twice": 2, "thrice": 3, "double": 2, "triple": 3}
UNITS = {
    "m": "m",
    "metre": "m",
    "meter": "m",
    "km": "km",
    "kilometre": "km",
    "kilometer": "km",
    "cm": "cm",
    "mm": "mm",
    "mile": "mile",
    "mi": "mile",
    "ft": "ft",
    "foot": "ft",
    "feet": "ft",
    "kg": "kg",
    "kilogram": "kg",
    "g": "g",
    "gram": "g",
    "t": "t",
    "tonne": "t",
    "ton": "t",
    "%": "%",
    "percent": "%",
    "per cent": "%",
    "pct": "%",
    "century": "century",
    "year": "year",
    "month": "month",
    "week": "week",
    "day": "day",
    "hour": "hour",
    "minute": "minute",
    "min": "minute",
    "second": "s",
    "s": "s",
    "l": "l",
    "litre": "l",
    "liter": "l",
    "$": "$",
    "dollar": "$",
    "usd": "$",
    "€": "€",
    "euro": "€",
}
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
ENDED = {"stop", "stopp", "ceas", "end", "quit", "former", "abandon", "discontinu", "retir", "clos", "halt"}
POSITIONAL = {
    "image",
    "picture",
    "photo",
    "photograph",
    "source",
    "one",
    "document",
    "page",
    "row",
    "item",
    "paragraph",
    "figure",
    "fig",
    "img",
    "doc",
}
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
    "although though because therefore however thus hence let answer answers found summary information details".split()
)
CLAUSE_SPLIT = re.compile(
    r"\s*(?:;|,?\s+but\s+|,?\s+while\s+|,?\s+whereas\s+|,?\s+although\s+|,?\s+and\s+)\s*", re.IGNORECASE
)


@dataclass(frozen=True)
class Quantity:
    value: float
    unit: str | None  # canonical unit ("m", "%", "century", ...) or None

    def __str__(self) -> str:
        number = f"{self.value:g}" if self.value < 1e6 else f"{self.value:,.0f}"
        return number + (
            "%"
            if self.unit == "%"
            else f" {self.unit}"
            if self.unit and self.unit != "century"
            else "th century"
            if self.unit
            else ""
        )


# -- numbers --------------------------------------------------------------------------------------------

TOKEN = re.compile(r"\d[\d,]*(?:\.\d+)?(?:st|nd|rd|th)?%?|[a-z]+(?:-[a-z]+)*|[%$€]", re.IGNORECASE)


def quantities(text: str) -> list[Quantity]:
    """Every number stated in ``text``, with the unit that follows it (pure)."""
    tokens = [t.lower() for t in TOKEN.findall(text.replace("per cent", "percent"))]
    out: list[Quantity] = []
    i = 0
    while i < len(tokens):
        value, used = _read_number(tokens, i)
        if value is None:
            i += 1
            continue
        following = tokens[i + used] if i + used < len(tokens) else ""
        rank = tokens[i] in ORDINALS and (
            following in POSITIONAL or (tokens[i] in LOOSE_ORDINALS and following not in ("century", "millennium"))
        )
        if rank or (i and tokens[i - 1] in POSITIONAL and tokens[i][0].isdigit()):
            # "the first picture", "Image 2", "the first year": which one, not a quantity
            i += used
            continue
        unit = "%" if tokens[i + used - 1].endswith("%") or tokens[i] in FRACTIONS else _unit(tokens, i + used)
        out.append(Quantity(float(value), unit))
        i += used
    return out


def _unit(tokens: list[str], i: int) -> str | None:
    for j in (i, i + 1):  # "31 metres", "22 nautical miles"
        if j < len(tokens):
            word = tokens[j]
            for form in (word, word[:-1] if word.endswith("s") else word, word[:-2] if word.endswith("es") else word):
                if form in UNITS:
                    return UNITS[form]
            if j == i and word not in ("nautical", "square", "cubic", "metric"):
                return None
    return None


def _read_number(tokens: list[str], i: int) -> tuple[float | None, int]:
    token = tokens[i]
    digits = re.fullmatch(r"(\d[\d,]*(?:\.\d+)?)(st|nd|rd|th)?%?", token)
    if digits:
        raw = digits.group(1).rstrip(",")
        if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", raw) or "," not in raw:
            return float(raw.replace(",", "")), 1
        return float(raw.split(",")[0]), 1
    if token in FRACTIONS and (i == 0 or tokens[i - 1] in ("a", "one", "three", "in", "by")):
        return FRACTIONS[token], 1
    if token in COUNT_WORDS:
        if token == "pair" and (i == 0 or tokens[i - 1] not in ("a", "one")):
            return None, 1
        return float(COUNT_WORDS[token]), 1
    return _read_words(tokens, i)


def _word_value(word: str) -> tuple[int | None, bool]:
    """(value, is_ordinal) of one number word, 'twenty-two' and 'thirty-first' included."""
    if word in ONES:
        return ONES[word], False
    if word in TENS:
        return TENS[word], False
    if word in ORDINALS:
        return ORDINALS[word], True
    if "-" in word:
        head, _, tail = word.partition("-")
        if head in TENS and (tail in ONES or tail in ORDINALS):
            return TENS[head] + ONES.get(tail, ORDINALS.get(tail, 0)), tail in ORDINALS
    return None, False


def _read_words(tokens: list[str], i: int) -> tuple[float | None, int]:
    total, current, used, seen = 0, 0, 0, False
    while i + used < len(tokens):
        word = tokens[i + used]
        value, ordinal = _word_value(word)
        if value is not None:
            if word == "one" and not seen and not _scale_follows(tokens, i + used):
                return None, 1  # "one of the", "the blue one": not a quantity
            current += value
            seen, used = True, used + 1
            if ordinal:
                break
        elif word in SCALES and seen:
            current = max(current, 1) * SCALES[word]
            if SCALES[word] >= 1000:
                total, current = total + current, 0
            used += 1
        elif word == "and" and seen and i + used + 1 < len(tokens) and _word_value(tokens[i + used + 1])[0] is not None:
            used += 1
        else:
            break
    return (float(total + current), used) if seen else (None, 1)


def _scale_follows(tokens: list[str], i: int) -> bool:
    return i + 1 < len(tokens) and tokens[i + 1] in SCALES


def same_quantity(claim: Quantity, source: Quantity) -> bool:
    if abs(claim.value - source.value) > 1e-9 * max(1.0, abs(source.value)):
        if claim.unit == "century" and source.unit is None and 1000 <= source.value < 2200:
            return int(source.value) // 100 + 1 == int(claim.value)  # "19th century" ~ 1889
        return False
    return claim.unit is None or source.unit is None or claim.unit == source.unit


def number_conflict(claim: str, source: str) -> str | None:
    """The first number the claim states that the source does not, as a reason; None if all match."""
    found = quantities(source)
    for q in quantities(claim):
        if not any(same_quantity(q, s) for s in found):
            shown = ", ".join(dict.fromkeys(str(s) for s in found)) or "none"
            return f"number {q} not in source ({shown})"
    return None


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
    """Lower-case words; "here's"/"it's" lose their "'s", "don't" stays whole (a negation)."""
    return [
        re.sub(r"'(?:s|re|ll|ve|d)$", "", w)
        for w in re.findall(r"[a-zà-ÿ]+(?:['’][a-z]+)?", text.lower().replace("’", "'"))
    ]


def key_words(text: str) -> list[str]:
    """The claim's content words (nouns, names, colours, verbs, adjectives) less stop words and number words."""
    out = []
    for word in words(text.replace("-", " ")):
        if (
            len(word) < 3
            or word in STOPWORDS
            or word in NEGATIONS
            or _word_value(word)[0] is not None
            or word in SCALES
            or word in FRACTIONS
            or word in COUNT_WORDS
        ):
            continue
        if word in UNITS or word.rstrip("s") in UNITS or word in ("nautical", "metric"):
            continue
        if word not in out:
            out.append(word)
    return out


def vocabulary(text: str) -> set[str]:
    return {form for word in words(text.replace("-", " ")) for form in word_forms(word)}


def missing_words(claim: str, source: str) -> list[str]:
    """The claim's key words found in the source under no form (stem or lemma)."""
    have = vocabulary(source)
    return [w for w in key_words(claim) if not (word_forms(w) & have)]


def negated(text: str, implicit: bool = False) -> bool:
    """Does the text negate (not, never, n't; with ``implicit``, also lacks, failed, refused, unable)?"""
    tokens = words(text)
    return any(t in NEGATIONS or t.endswith("n't") or (implicit and t in IMPLICIT_NEGATIONS) for t in tokens)


def polarity_conflict(claim: str, source_sentence: str) -> bool:
    """A negation in the claim that the source sentence lacks, or the reverse ("no longer" ~ "stopped")."""
    c, s = negated(claim, implicit=True), negated(source_sentence, implicit=True)
    if c == s:
        return False
    if c and _negated_in_other_words(claim, source_sentence):
        return False
    if c and re.search(r"\bno longer\b|\bnot any ?more\b", claim.lower()):
        return not (
            vocabulary(source_sentence) & {_stemmer().stemWord(w) for w in ENDED}
            or any(v.startswith(tuple(ENDED)) for v in vocabulary(source_sentence))
        )
    return True


def _negated_in_other_words(claim: str, source_sentence: str, absent: set[str] | None = None) -> bool:
    """A negated claim that the source states without a negation word: by a restriction ("not the whole stadium,
    only the main stand" ~ "covers only the main stand") or by an antonym ("not open" ~ "closed")."""

    said, mine = set(words(source_sentence)), set(words(claim))
    if said & RESTRICTIONS and mine & TOTALITY:
        return True
    have = vocabulary(source_sentence)
    lacking = [a for a in key_words(claim) if not word_forms(a) & have and (absent is None or a in absent)]
    others = key_words(source_sentence)
    named = set(subjects(claim))
    if any(lexicon.cohyponyms(a, b) for a in lacking if a in named for b in restricted(source_sentence)):
        return True  # "does not admit adults" ~ "treats children only"
    return any(lexicon.opposed(a, b) for a in lacking for b in others)


def restricted(sentence: str) -> list[str]:
    """The key words a restriction bears on: "only the main stand", "children only", "solely by hand"."""
    tokens = words(sentence)
    out = []
    for i, t in enumerate(tokens):
        if t in ("only", "solely", "exclusively"):
            out += tokens[max(0, i - 1) : i] + tokens[i + 1 : i + 4]
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
    out = []
    for i, token in enumerate(tokens):
        word = token.lower()
        if word not in keys or word in out:
            continue
        prev = tokens[i - 1] if i else ""
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
    if not tags:
        return True  # a name or a word too rare to know: the source must have it
    if lexicon.known(word) and "n" not in lexicon.parts_of_speech(word):
        return False  # WordNet knows it, as no noun ("here", "nearly")
    if "NOUN" not in tags and "PROPN" not in tags:
        return False
    if len(tags) == 1:
        return True
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
        or _word_value(lowered)[0] is not None
        or (prev[:1].isupper() and not first and lowered not in STOPWORDS)
    )
