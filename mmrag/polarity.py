"""Polarity and scope: does a source sentence say the claim is not so (pure functions)? A negation on one side
only ("not finished" against "finished"), stated in other words ("not open" ~ "closed", "no deliveries on
Mondays" ~ "every morning except Monday", "does not admit adults" ~ "treats children only"), something that
stopped against a claim that it goes on, and claims that overstate the sentence's scope: "every day" against
weekdays or an exception, "all year round" against months, "only gliders" against "gliders and small aircraft",
"children have to pay" against "children skate for free", "open on Sundays" against "Monday to Saturday"."""

from __future__ import annotations

import re

from . import lexicon
from .claims import (
    DOUBLE,
    IMPLICIT_NEGATIONS,
    MONTHS,
    NOT_ONLY,
    SEASONS,
    STOPWORDS,
    clauses,
    cycle,
    key_words,
    missing_words,
    negated,
    quantities,
    stemmer,
    vocabulary,
    word_forms,
    words,
)
from .subjects import subjects

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
ENDED = {"stop", "stopp", "ceas", "end", "quit", "former", "abandon", "discontinu", "retir", "clos", "halt"}

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekday", "weekend")


def _weekdays(found: set[str]) -> bool:
    return any(w.startswith(WEEKDAYS) for w in found)


def _ended(sentence: str) -> bool:
    """Does the sentence say something stopped ("stopped working", "closed in 2001", "ceased")?"""
    have = vocabulary(sentence)
    if UNTIL_PAST.search(sentence):
        return True  # "it controlled the junction until 1987"
    return bool(have & {stemmer().stemWord(w) for w in ENDED} or any(v.startswith(tuple(ENDED)) for v in have))


# a past verb, then "until" a past year: what it did ended then ("controlled the junction until 1987")
UNTIL_PAST = re.compile(
    r"\b\w+ed\b[^.;]{0,60}?\b(?:until|till|up to) (?:the )?(?:early |late |mid-)?(?:1\d{3}|20[01]\d|202[0-4])s?\b",
    re.IGNORECASE,
)


def polarity_conflict(claim: str, source_sentence: str) -> bool:
    """A negation in the claim that the source sentence lacks, or the reverse ("no longer" ~ "stopped"), or a
    claim that something goes on ("is still working") against a source saying it stopped."""
    c, s = negated(claim, implicit=True), negated(source_sentence, implicit=True)
    mine, said = set(words(claim)), set(words(source_sentence))
    if days_apart(claim, source_sentence) and (c or mine & CLOSING) and not (s or said & CLOSING):
        return False  # "shut on Sundays and Mondays" against "open Tuesday to Saturday"
    if not c and not s and mine & ALWAYS and said & EXCEPTING and not mine & (EXCEPTING | RESTRICTIONS):
        return True  # "deliveries run every day" against "every morning except Monday"
    if not c and not s and mine & ALWAYS and _weekdays(said) and not _weekdays(mine):
        return True  # "open every day" against "opens from Tuesday to Saturday"
    if not c and CONTINUING.search(claim) and _ended(source_sentence) and not CONTINUING.search(source_sentence):
        return True
    if c == s:
        return False
    if _bound_by_negation(claim, source_sentence, c):
        return False  # "boats of up to 22 m" ~ "boats longer than 22 m cannot use it"
    if STOPPING.search(claim if s else source_sentence):
        return False  # "it stops running when ..." ~ "it does not run when ...", "is suspended" ~ "does not run"
    if c and negated_in_other_words(claim, source_sentence):
        return False
    if c and re.search(r"\bno longer\b|\bnot any ?more\b", claim.lower()):
        return not _ended(source_sentence)
    return True


def negated_in_other_words(claim: str, source_sentence: str, absent: set[str] | None = None) -> bool:
    """A negated claim that the source states without a negation word: by a restriction ("not the whole stadium,
    only the main stand" ~ "covers only the main stand") or by an antonym ("not open" ~ "closed")."""

    said, mine = set(words(source_sentence)), set(words(claim))
    if said & RESTRICTIONS and mine & (TOTALITY | EXCLUSIONS):
        return True
    if said & FREE and mine & PAYING:
        return True
    if vocabulary(" ".join(excepted(source_sentence))) & vocabulary(" ".join(key_words(claim))):
        return True  # "no deliveries on Mondays" ~ "deliveries every morning except Monday"
    if days_apart(claim, source_sentence):
        return True  # "no training at weekends" ~ "training is held on weekday mornings"
    have = vocabulary(source_sentence)
    lacking = [
        a
        for a in key_words(claim)
        if not word_forms(a) & have and (absent is None or a in absent) and a not in IMPLICIT_NEGATIONS
    ]  # "failed to win" against "won": "failed" is the negation, not a word "won" opposes
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


SEASON_WORDS = SEASONS | {"season", "seasonal", "seasons"}
ADDED = re.compile(NOT_ONLY.pattern + r"[^,;.]*", re.IGNORECASE)  # "not just in summer": what it adds to
CLOCK_ROUND = re.compile(
    r"\b(?:a)?round the clock\b|\b24 hours a day\b|\b24/7\b|\bday and night\b|\bnight and day\b|\bat all hours\b"
    r"|\bat any time of (?:the )?day\b",
    re.IGNORECASE,
)
_TIME = r"(?:dawn|sunrise|daybreak|dusk|sunset|nightfall|midnight|noon|\d{1,2}(?:[:.]\d\d)?(?: ?[ap]\.?m\.?)?)"
HOURS = re.compile(
    rf"\b(?:from|between) {_TIME} (?:until|till|to|and) {_TIME}|\b(?:until|till) (?:dusk|sunset|nightfall)\b",
    re.IGNORECASE,
)
YEAR_ROUND = re.compile(
    r"\b(?:all|the whole|the entire|throughout the) year(?: round| long)?\b|\byear[- ]round\b|\bevery month\b"
    r"|\bin every season\b|\ball seasons\b|\b365 days\b",
    re.IGNORECASE,
)
ONLY = re.compile(r"\b(?:only|solely|exclusively)\b", re.IGNORECASE)
COORDINATION = frozenset({"and", "or", "plus", "nor"})
DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
DAY_RANGE = re.compile(rf"\b({'|'.join(DAYS)})s?\s*(?:to|-|–|through|until|till)\s*({'|'.join(DAYS)})s?\b")


def scope_conflict(claim: str, sentence: str) -> bool:
    """Does the source sentence limit what the (not negated) claim states without limit?"""
    if negated(claim):
        return False
    claim = ADDED.sub(" ", claim)
    mine, said = set(words(claim)), set(words(sentence))  # "all year, not just in summer": summer is no limit
    if CLOCK_ROUND.search(claim) and HOURS.search(sentence) and not CLOCK_ROUND.search(sentence):
        return True  # "open around the clock" against "open from dawn until dusk"
    if (
        YEAR_ROUND.search(claim)
        and not YEAR_ROUND.search(sentence)
        and (_months(said) or said & SEASON_WORDS)
        and not (_months(mine) or mine & SEASON_WORDS)
    ):
        return True  # "open all year round" against "open from October to March"
    if mine & PAYING and said & FREE and not said & PAYING and not mine & FREE:
        return True  # "children have to pay" against "children skate for free"
    if EVERY_NTH.search(sentence) and re.search(rf"\bevery {EVERY_NTH.search(sentence).group(2)}\b", claim.lower()):
        return True  # "tours every summer" against "every second summer"
    return _only_one_of_several(claim, sentence) or _day_outside(mine, sentence) or _season_outside(claim, sentence)


SEASON_MONTHS = {
    "winter": (12, 1, 2),
    "spring": (3, 4, 5),
    "summer": (6, 7, 8),
    "autumn": (9, 10, 11),
    "fall": (9, 10, 11),
}
MONTH_RANGE = re.compile(
    rf"\b({'|'.join(MONTHS)})\s*(?:to|until|till|through|and|-|–)\s*({'|'.join(MONTHS)})\b", re.IGNORECASE
)


def _season_outside(claim: str, sentence: str) -> bool:
    """ "Staffed in winter" against "staffed from June to September"; "shut in summer" against "open March to
    October" (a season inside the months the sentence names, which the claim says are closed)."""
    found = MONTH_RANGE.search(sentence)
    seasons = [w for w in words(claim) if w in SEASON_MONTHS]
    if not found or not seasons:
        return False
    months = {m + 1 for m in cycle(MONTHS.index(found.group(1).lower()), MONTHS.index(found.group(2).lower()), 12)}
    inside = [set(SEASON_MONTHS[w]) & months for w in seasons]
    if set(words(claim)) & CLOSING:
        return any(len(both) == 3 for both in inside)
    return not any(inside)


STOPPING = re.compile(
    r"\b(?:stops?|stopped|ceases?|ceased) (?:\w+ing|to \w+)\b|\b(?:is|are|gets?) (?:suspended|halted)\b"
)
CLOSING = frozenset("shut closed close closes closing".split())
EVERY_NTH = re.compile(r"\bevery (second|other|third|fourth|2nd|3rd|4th) ([a-z]+)\b")


def _bound_by_negation(claim: str, sentence: str, claim_negated: bool) -> bool:
    """A limit stated once as a bound and once as a negated excess: "up to 22 m" against "longer than 22 m
    cannot", "no more than 40" against "more than 40 may not"."""
    mine, theirs = quantities(claim), quantities(sentence)
    if claim_negated:
        mine, theirs = theirs, mine
    return any(
        q.hedge == "under" and t.hedge in ("over", "just over") and q.value == t.value and q.unit == t.unit
        for q in mine
        for t in theirs
    )


def days_named(text: str) -> set[str]:
    """The days of the week a text names: "weekdays" are five, "weekends" two, "Monday to Saturday" six."""
    found = set(words(text))
    days = {d for d in DAYS if d in found or d + "s" in found}
    if found & {"weekday", "weekdays"}:
        days |= set(DAYS[:5])
    if found & {"weekend", "weekends"}:
        days |= set(DAYS[5:])
    for m in DAY_RANGE.finditer(text.lower()):
        days |= _day_range(m)
    return days


def days_apart(a: str, b: str) -> bool:
    """Do both texts name days of the week, and none the same? "not at weekends" and "on weekday mornings"."""
    mine, theirs = days_named(a), days_named(b)
    return bool(mine and theirs) and not mine & theirs


def _day_range(found: re.Match) -> set[str]:
    return {DAYS[d] for d in cycle(DAYS.index(found.group(1)), DAYS.index(found.group(2)), 7)}


def _months(found: set[str]) -> bool:
    return bool(found.intersection(MONTHS))


def _only_one_of_several(claim: str, sentence: str) -> bool:
    """ "Only gliders use the airfield" against "used by gliders and small propeller aircraft": the sentence
    joins the claim's one thing with another the claim leaves out ("X and Y", "X, Y", "Y and X")."""
    found = ONLY.search(claim)
    after = key_words(claim[found.end() :])[:1] if found else []
    if not after:
        return False
    target, claimed = word_forms(after[0]), vocabulary(claim)
    tokens = words(sentence)
    content = set(key_words(sentence))

    def new(word: str) -> bool:
        return word in content and not word_forms(word) & claimed

    for i, token in enumerate(tokens):
        if not word_forms(token) & target:
            continue
        if i + 1 < len(tokens) and tokens[i + 1] in COORDINATION and any(map(new, tokens[i + 2 : i + 5])):
            return True
        if i > 1 and tokens[i - 1] in COORDINATION and new(tokens[i - 2]) and _noun(tokens[i - 2]):
            return True
    return False


def _noun(word: str) -> bool:
    from lemminflect import getAllLemmas

    tags = getAllLemmas(word)
    return "NOUN" in tags or not tags


def _day_outside(mine: set[str], sentence: str) -> bool:
    """ "Open on Sundays" against "opens Monday to Saturday": a day the sentence's range of days leaves out."""
    days = {d for d in DAYS if d in mine or d + "s" in mine}
    found = DAY_RANGE.search(sentence.lower())
    if not days or not found:
        return False
    return not days & _day_range(found)


INSTEAD = {"only", "solely", "exclusively", "instead", "rather", "but"}


def corrected(part: str, claim: str, text: str) -> bool:
    """Is the negated clause ``part`` the claim's inference from what the source says instead: "it isn't turned by
    hand; a horse turns it", "the cafe does not take cash; it takes cards only"? So when what it denies is absent
    from the source (it has words the source lacks, so the source cannot contradict it) and another clause of the
    claim, not negated and naming nothing the source lacks, says what is so instead: it restricts ("only",
    "instead") or shares a word with the negated clause other than what both are about ("turned" / "turns").
    "The museum has no cafe; it opens at 9" is no correction: nothing but the museum is shared."""
    if not missing_words(part, text):
        return False  # the source speaks of all of it: a negation on one side is a contradiction
    mine = vocabulary(" ".join(key_words(part))) - vocabulary(" ".join(subjects(part)))
    for other in clauses(claim):
        if other == part or negated(other, implicit=True) or set(missing_words(other, text)) & set(subjects(other)):
            continue
        if set(words(other)) & INSTEAD or vocabulary(" ".join(key_words(other))) & mine:
            return True
    return False


DENIERS = {"no", "not", "none", "never", "without", "nor", "neither"}
DENIED_SKIP = {"a", "an", "the", "any", "of", "it", "them", "its", "their", "single", "one", "is", "are", "be"}


def _denied(unit: str) -> list[list[frozenset[str]]]:
    """The phrases a unit denies: the words right after its negation, up to the first small word, each as its
    word forms: "has no windows" -> [window], "none of it pasteurised" -> [pasteurised], "never uses synthetic
    varnish" -> [use, synthetic, varnish], "there is no cafe in the museum" -> [cafe]."""
    tokens = words(DOUBLE.sub(" ", unit))  # "must not touch a lever without permission" denies nothing
    out = []
    for i, token in enumerate(tokens):
        if token in DENIERS or token.endswith("n't"):
            j = i + 1
            while j < len(tokens) and tokens[j] in DENIED_SKIP:
                j += 1
            phrase = []
            while j < len(tokens) and tokens[j] not in STOPWORDS and tokens[j] not in DENIERS:
                phrase.append(word_forms(tokens[j]))
                j += 1
            if phrase:
                out.append(phrase)
    return out


def denied_word(part: str, units: list[str]) -> str | None:
    """A word the claim's clause asserts (it is not negated) that the source names only to deny it: "the vault has
    several windows" against "it has no windows", "the museum has a cafe" against "there is no cafe in the
    museum". Every unit of the source that has the word must deny it, in a phrase whose every word the clause
    has ("never uses synthetic varnish" denies using varnish, not using maple), so "dogs are welcome; no dogs on
    the beach" settles nothing."""
    if negated(part, implicit=True) or STOPPING.search(part):
        return None
    have = vocabulary(part)
    read = [(vocabulary(u), _denied(u)) for u in units]
    for word in key_words(part):
        forms = word_forms(word)
        having = [denials for said, denials in read if forms & said]
        if having and all(
            any(forms & phrase[0] and all(f & have for f in phrase) for phrase in denials) for denials in having
        ):
            return word
    return None
