"""Which words of a claim name what it is about (pure functions): nouns, names and colours, told from verbs and
modifiers without a POS tagger (lemminflect's word classes, WordNet's parts of speech, and position). The claim
checks (verdict.py) require these words, "including those repeated from the question", in the source."""

from __future__ import annotations

import re

from . import lexicon
from .claims import COLOURS, STOPWORDS, key_words, words
from .numbers import word_value

OBJECT_PRONOUNS = frozenset("it them him her us me itself themselves".split())  # "the shop that houses it": a verb

FOCUS = frozenset("only just mainly mostly also even solely exclusively chiefly largely primarily".split())
AUXILIARIES = frozenset("are is was were have has had can could will would may might must do does did should".split())
LIGHT_VERBS = frozenset("be have do get make take give go come put keep let seem become say find".split())


# verbs in the third person that lemminflect also reads as nouns, which before a preposition are verbs
INTRANSITIVE = frozenset(
    "goes comes lies sits stands leads belongs dates runs flows returns travels moves falls rises stretches "
    "extends reaches".split()
)
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
    after_verb = (
        after.isdigit()
        or word_value(after)[0] is not None
        or after in PREPOSITIONS
        or after in ("to", "the", "a", "an")
    )
    if "VERB" in tags and (after in OBJECT_PRONOUNS or (_verb_form(word) and prev[:1].isupper() and after_verb)):
        return False  # "the shop that houses it", "Marrow Hill Zoo covers 12 hectares"
    year = prev.isdigit() and 1000 <= int(prev) <= 2100  # "built in 1858, stands": a date, not a count
    counted = (prev.isdigit() and not year) or word_value(prev)[0] is not None
    if _verb_form(word) and prev.lower() not in DETERMINERS and not counted:
        if after.isdigit() or word_value(after)[0] is not None or after in FOCUS or after in ("over", "under"):
            return False  # "the tower, built in 1858, stands 31 metres high", "the crossing lasts just over"
        if ("NOUN" not in tags or word in INTRANSITIVE) and (after in PREPOSITIONS or after == "to"):
            return False  # "the pulp goes to the farm"
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


PICTURE_WORDS = frozenset(
    "background foreground image picture photo photograph shape shapes colour color centre center middle corner "
    "frame canvas scene surface".split()
)
GENERIC = frozenset(
    "people persons person individuals folk folks basis chance opportunity way means fact herd fleet crew staff flock "
    "doors work anyone anybody someone somebody whoever".split()
)  # "on a weekly basis", "get the chance to", "a herd of 85 cows", "came through its doors"
# the generic word of a name whose other word the source has: "the Czech Republic" for "a Czech zoo"
NAME_HEADS = frozenset("republic kingdom city town county province state river lake island mountain street".split())


def _name_heads(claim: str, text: str) -> set[str]:
    tokens, have = re.findall(r"[A-Za-z]+", claim), set(words(text))
    return {
        b.lower()
        for a, b in zip(tokens, tokens[1:])
        if b.lower() in NAME_HEADS and a[:1].isupper() and b[:1].isupper() and a.lower() in have
    }


LABEL = re.compile(r"^\s*([A-Za-z][A-Za-z' ]{0,30}):\s+\S")


def optional_words(claim: str, text: str, picture: bool) -> set[str]:
    """Subjects a paraphrase may add without changing what the claim is about: generic nouns ("employs 120 people"
    for "120 staff", "on a weekly basis"), the generic word of a name whose other word the source has, a label
    before a colon ("Frequency: 98.4 FM"), and for a picture the words any picture is described with ("an orange
    star on a plain background")."""
    out = set(GENERIC) | _name_heads(claim, text)
    if picture:
        out |= PICTURE_WORDS | {w + "s" for w in PICTURE_WORDS}
    label = LABEL.match(claim)
    return out | set(words(label.group(1))) if label else out
