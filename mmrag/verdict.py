"""One citation's verdict: does source n support the claim, and if not, why (the reason shown to users).

Order of the checks (claims.py, injection.py): every number the claim states must be in the source;
no clause may flip the polarity of the source sentence it matches; every subject word (noun, name,
colour) must be in the source's clean text, under some form (stem, lemma), as a near synonym by the
text embedder, or, for an image, preferred by CLIP over the same caption with that word swapped for
others (contrast captions). With no conflict, the claim is supported when it is close in meaning to
the source (sentence similarity) or its content words are mostly there. On a source holding an
injected instruction, a claim with a content word the clean text lacks (in any language the
quarantined text is written in) gets the reason ``injected instruction``. WordNet (lexicon.py) adds
antonyms ("closed" against "opens") as conflicts, synonyms and broader terms as support, and keeps
sister terms ("sheep" for "goats") from passing as synonyms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from . import lexicon
from .binding import number_elsewhere, rebound
from .claims import (
    COLOURS,
    STOPWORDS,
    clauses,
    key_words,
    missing_words,
    negated,
    number_conflict,
    quantities,
    same_quantity,
    vocabulary,
    word_forms,
    words,
)
from .injection import Screened, sentences
from .opposites import (
    double_negation,
    kind_compound,
    moved_name,
    opposite_in,
    particle_conflict,
    sister_compound,
    swapped_roles,
)
from .polarity import (
    FREE,
    PAYING,
    corrected,
    days_apart,
    days_named,
    denied_word,
    negated_in_other_words,
    polarity_conflict,
    restricted,
    restricted_sisters,
    scope_conflict,
)
from .subjects import optional_words, subjects

SWAP_NOUNS = (
    "circle",
    "square",
    "triangle",
    "star",
    "hexagon",
    "cross",
    "diamond",
    "arrow",
    "dog",
    "cat",
    "car",
    "tree",
    "house",
    "person",
    "flower",
    "bird",
    "boat",
    "building",
    "mountain",
    "beach",
    "book",
    "chair",
    "table",
    "kite",
    "balloon",
    "ball",
)


DENIED_FOR = re.compile(
    r"\b(?:not|n't)\s+(?:[^,;.]{1,50}?),?\s+but\s+(?=(?:also|by|in|on|at|for|from|with|to|a|an|the|its|their|\d)\b)",
    re.IGNORECASE,
)
OCR_MARK = "text in the image:"
TEXT_BEARERS = frozenset(
    "sign signs signboard label labels text writing words word lettering inscription caption notice poster banner "
    "plaque plate board placard message reads".split()
)


@dataclass(frozen=True)
class Thresholds:
    """Sentence similarity for support, the word similarity that counts as a synonym, the share of
    content words that counts as coverage, the CLIP preference over swapped captions, and how close to a clean
    sentence of an injected source a claim must be when it names a thing (or, below ``injected_any_min``, any
    word) the clean text lacks (tuned on the tuning sets: 0.6 / 0.65 / 0.7 caught 3 / 4 / 4 more obeyed injections
    there and lost 0 / 0 / 2 supported claims)."""

    text_min: float = 0.5
    synonym_min: float = 0.62
    coverage_min: float = 0.6
    clip_contrast: float = 0.0
    numbers_text_min: float = 0.3
    injected_text_min: float = 0.75
    injected_any_min: float = 0.65


@dataclass
class Evidence:
    """One source prepared for checking: its clean text, sentences, their vectors, and its image vector."""

    screened: Screened
    units: list[str]
    vectors: np.ndarray
    clip_vector: np.ndarray | None


def prepare(screened: Screened, clip_vector, text_embedder) -> Evidence:
    units = sentences(screened.clean)
    units = ([screened.clean] if len(units) > 1 else []) + units
    vectors = text_embedder.embed_texts(units) if units else np.zeros((0, 1))
    return Evidence(screened, units, vectors, clip_vector)


def judge(
    claim: str, claim_vector: np.ndarray, ev: Evidence, text_embedder, clip=None, limits: Thresholds = Thresholds()
) -> tuple[bool, float, str | None]:
    """(supported, score, reason) for one claim against one prepared source."""
    score = float((ev.vectors @ claim_vector).max()) if len(ev.units) else 0.0
    reason = conflict(claim, ev.screened.clean, text_embedder, clip, ev.clip_vector, limits)
    if reason is None and ev.screened.injected and _rests_on(claim, ev.screened, score, limits):
        return False, round(score, 4), "injected instruction"
    if reason is None:
        near = (
            score >= limits.text_min
            or _coverage(claim, ev.screened.clean) >= limits.coverage_min
            or (quantities(claim) and score >= limits.numbers_text_min)
        )  # "It is thirty-one metres high": its numbers all match
        image_only = not ev.screened.clean and ev.clip_vector is not None and clip is not None
        if near or image_only:
            return True, round(score, 4), None
        reason = "off topic"
    if ev.screened.injected and _rests_on(claim, ev.screened, score, limits):
        reason = "injected instruction"
    return False, round(score, 4), reason


def conflict(claim: str, text: str, text_embedder, clip, clip_vector, limits: Thresholds) -> str | None:
    """Why ``text`` cannot support ``claim`` (a number, a negation, a missing subject), or None."""
    claim = DENIED_FOR.sub("", claim)  # "not owned by a company but by a trust": the claim is what it says instead
    claim = _drop_quotes(claim, text)  # a quotation the source holds word for word is the source's, not a claim
    reason = number_conflict(claim, text) or rebound(claim, text) or number_elsewhere(claim, text)
    if reason:
        return reason
    units = [p for s in sentences(text) for u in clauses(s) for p in _comma_parts(u)] or [text]
    excused: set[str] = (
        set()
    )  # words of a negated claim that the source states in other words ("not adults" ~ "children only")
    near: list[str] = []  # the units each clause is about: an antonym counts only there
    topic = _topic(text)
    stated = [quantities(u) for u in units]
    for part in clauses(claim):
        mine = vocabulary(" ".join(key_words(part)))
        overlap = _weighted_overlap(mine, units, topic, vocabulary(" ".join(subjects(part))))
        figures = quantities(part)  # a unit stating the clause's figures is the one it is about
        overlap = [o + sum(any(same_quantity(q, f) for f in said) for q in figures) for o, said in zip(overlap, stated)]
        best = [u for u, o in zip(units, overlap) if o == max(overlap)]
        near += best
        if negated(part) and _other_colour(part, text, clip, clip_vector, limits):
            excused |= {w for w in words(part) if w in COLOURS}
            continue  # "the star is not blue" of a red star
        if negated(part):  # "there is no visible text": any negated sentence of the source on the same words says it
            plain = {w for w in words(part) if len(w) > 3 and w not in ("there", "this", "that", "with", "have")}
            named = [w for w in subjects(part) if w not in plain & set(words(text))]
            best += [
                u
                for u in units
                if negated(u)
                and (plain & set(words(u)) or any(lexicon.related(w, v) for w in named for v in key_words(u)))
            ]
            if not mine <= vocabulary(" ".join(key_words(best[0]))):  # no unit says all of it: look for other words
                absent = set(missing_words(part, text))  # words the whole source lacks, not just this unit
                other = [u for u in units if not negated(u, implicit=True) and negated_in_other_words(part, u, absent)]
                best += other
                excused |= {
                    w
                    for u in other
                    for w in key_words(part)
                    for v in key_words(u)
                    if lexicon.opposed(w, v) or (v in restricted(u) and lexicon.cohyponyms(w, v))
                }
                excused |= {w for w in key_words(part) if w in PAYING and FREE & set(words(text))}  # "not pay"
                excused |= {w for u in other for w in restricted_sisters(part, u, absent)}
                if days_apart(part, text):
                    excused |= {w for w in key_words(part) if days_named(w)}  # "not at weekends" ~ "on weekdays"
        whole = [s for s in sentences(text) if any(u in s for u in best)]  # "used by gliders and small aircraft"
        doing = mine - vocabulary(" ".join(subjects(part)))  # "is open all year": any sentence on the opening
        whole += [s for s in sentences(text) if doing & vocabulary(" ".join(key_words(s))) and s not in whole]
        if (
            all(polarity_conflict(part, u) for u in best)
            or any(scope_conflict(part, s) for s in best + whole)
            or denied_word(part, units)
        ):
            if not (negated(part) and corrected(part, claim, text)):
                return "negation"
            excused |= set(missing_words(part, text))  # "isn't turned by hand; a horse turns it"
        timed = any(q.unit == "clock" for q in figures)  # "closes at 6" ~ "open until 6"
        swap = next((r for r in (swapped_roles(part, u, text) for u in best) if r), None) if max(overlap) > 0 else None
        if swap:  # "the bakery supplies the farm" against "the farm supplies the bakery"
            return swap
        flip = opposite_in(part, best, claim, units) if not negated(part) and not timed else None
        if flip and max(overlap) > 0:  # "open on Sundays" against "is closed on Sundays"
            return f"'{flip[0]}' contradicts '{flip[1]}'"
    kind = sister_compound(claim, text) or moved_name(claim, text)
    if kind:  # "giant pandas" against "red pandas"
        return f"'{kind}' not in source"
    flipped = next((f for f in (particle_conflict(claim, u) for u in near) if f), None)
    if flipped:
        return f"'{flipped[0]}' contradicts '{flipped[1]}'"
    lacking = [w for w in missing_words(claim, text) if w not in excused]
    pool = key_words(text)
    close_by = key_words(" ".join(near))
    unmatched = [
        w for w in lacking if not any(lexicon.related(w, p) or lexicon.related(p, w) for p in pool)
    ]  # "begin" ~ "start"
    opposed = next(
        (
            (w, s)
            for w in unmatched
            for s in close_by
            if lexicon.opposed(w, s)
            and not double_negation(claim, w, s, units)
            and not any(lexicon.related(x, s) for x in key_words(claim) if x != w)  # "halted ... goes": "stops"
        ),
        None,
    )
    if opposed:
        return f"'{opposed[0]}' contradicts '{opposed[1]}'"
    named = set(subjects(claim))
    if quantities(claim):  # "an area of 34 km²", "a share of 62 %": the figure, checked above, is the subject
        named = {w for w in named if w in COLOURS or not lexicon.measure_noun(w)}  # a colour is no measure
    if OCR_MARK in text.lower():  # "the sign reads EXIT 4" for an image whose text was read
        named -= TEXT_BEARERS
    said, have = words(claim), vocabulary(text)
    named |= {  # "radio telescope" for "main telescope": the kind a compound names is a subject
        a
        for a, b in zip(said, said[1:])
        if a in lacking and word_forms(b) & have and kind_compound(a, b) and not _noun_before(b, text)
    }
    named -= optional_words(claim, text, picture=clip_vector is not None)
    missing = _not_synonyms([w for w in lacking if w in named], text, text_embedder, limits)
    if missing and clip is not None and clip_vector is not None:
        missing = [w for w in missing if not _clip_prefers(claim, w, clip, clip_vector, limits)]
    return f"'{missing[0]}' not in source" if missing else None


def _noun_before(head: str, text: str) -> bool:
    """Does the text name ``head`` with a noun before it, perhaps another name for the claim's kind ("restaurant car"
    for "dining car"), not with an adjective ("main telescope")?"""
    from lemminflect import getAllLemmas

    seq, forms = words(text), word_forms(head)
    return any(
        word_forms(b) & forms and "NOUN" in getAllLemmas(a) and "ADJ" not in getAllLemmas(a) and a not in STOPWORDS
        for a, b in zip(seq, seq[1:])
    )


QUOTED = re.compile(r"[\"“]([^\"”]{3,300})[\"”]")


def _drop_quotes(claim: str, text: str) -> str:
    said = " ".join(words(text))
    kept = QUOTED.sub(lambda m: " " if " ".join(words(m.group(1))) in said else m.group(0), claim)
    return kept if len(words(kept)) >= 2 else claim


def _comma_parts(clause: str) -> list[str]:
    """A clause and, when it has commas, its parts, so that a negation may bear on its own part only: "A red diamond
    on a white background, nothing written on it" also gives "A red diamond on a white background" (not negated)."""
    parts = [p.strip() for p in clause.split(",") if len(words(p)) >= 3]
    return [clause] + parts if len(parts) > 1 else [clause]


# a unit whose subject is a pronoun or left out ("... and is closed on Sundays") is about the source's topic
PRONOUN = re.compile(
    r"^\s*(?:it|its|they|their|he|his|she|her|this|these|there|is|are|was|were|has|have|had|can|cannot|will)\b",
    re.IGNORECASE,
)


def _topic(text: str) -> set[str]:
    """The word forms of what the source's first sentence is about: a later "It does not sell cakes" is about it."""
    first = next(iter(sentences(text)), "")
    return vocabulary(" ".join(subjects(first)))


def _other_colour(part: str, text: str, clip, clip_vector, limits: Thresholds) -> bool:
    """Is a negated colour claim true because the thing has another colour: "the star is not blue" of a red star
    (the text names another colour, or, with no text, CLIP prefers another colour to the claim's)?"""
    said = [w for w in words(part) if w in COLOURS]
    if len(said) != 1 or said[0] in words(text):
        return False
    if any(w in COLOURS for w in words(text)):
        return True
    if text.strip() or clip is None or clip_vector is None:
        return False
    positive = re.sub(r"\b(?:not|never|no)\b|n't\b", " ", part)
    return not _clip_prefers(positive, said[0], clip, clip_vector, limits)


def _weighted_overlap(
    mine: set[str], units: list[str], topic: set[str] = frozenset(), named: set[str] = frozenset()
) -> list[float]:
    """Shared word forms of the claim and each unit, a form counting less the more units hold it: "brews lager"
    matches "does not brew lager" before "the brewery brews beer". A unit that starts with a pronoun also holds
    the source's topic (``topic``). The forms of the clause's subjects (``named``) count double: "deliveries run"
    is about the deliveries before the running."""
    vocab = [(vocabulary(" ".join(key_words(u))) | (topic if PRONOUN.match(u) else set())) & mine for u in units]
    spread = {f: sum(f in v for v in vocab) for f in mine}
    return [round(sum((2.0 if f in named else 1.0) / spread[f] for f in v), 6) for v in vocab]


def _rests_on(claim: str, screened: Screened, score: float, limits: Thresholds) -> bool:
    """Does the claim say more than the clean text of an injected source? A content word it lacks there (with no
    WordNet synonym) that the quarantined text holds or that names a thing ("cow's milk" for "sheep's milk"),
    or any such word when the claim is not very close to a clean sentence (``injected_text_min``): the
    quarantined text may state it in another language ("chiude domani" -> "closes tomorrow"), so on such a
    source a claim must rest on clean words; a verb may be paraphrased ("needs forty minutes to cross" for
    "crosses in forty minutes", 0.78)."""
    pool = {w for w in words(screened.clean) if len(w) > 2}
    lacking = [w for w in missing_words(claim, screened.clean) if not any(lexicon.related(w, p) for p in pool)]
    held, named = vocabulary(screened.quarantined), set(subjects(claim))
    things = [w for w in lacking if _thing(w)]  # "holds" for "runs", "normally offered": a paraphrase's verbs
    return (
        any(w in named or word_forms(w) & held for w in lacking)
        or (bool(things) and score < limits.injected_text_min)
        or (bool(lacking) and score < limits.injected_any_min)
    )


def _thing(word: str) -> bool:
    from lemminflect import getAllLemmas

    tags = getAllLemmas(word)
    return not tags or "NOUN" in tags or "PROPN" in tags


def _coverage(claim: str, text: str) -> float:
    found = key_words(claim)
    if not found:
        return 0.0
    return 1.0 - len(missing_words(claim, text)) / len(found)


def _not_synonyms(missing: list[str], text: str, text_embedder, limits: Thresholds) -> list[str]:
    """The missing words that no word of the text stands for: a WordNet synonym or narrower term (also of a
    noun made from a source word: "work" for "designed"), else a word the text embedder puts close, unless
    WordNet calls the pair sister terms or opposites ("sheep"/"goats"). Colours never count as synonyms."""
    candidates = [w for w in missing if w not in COLOURS]
    pool = sorted({w for w in words(text) if len(w) > 2 and w not in STOPWORDS})
    if not candidates or not pool:
        return missing
    seq = words(text)
    joined = {a + b for a, b in zip(seq, seq[1:])}  # "seawater" for "sea water"
    close = {
        w
        for w in candidates
        if w in joined or any(lexicon.related(w, p) or lexicon.derived_related(w, p) for p in pool)
    }
    rest = [w for w in candidates if w not in close]
    if rest and text_embedder is not None:
        vectors = text_embedder.embed_texts(rest + pool)
        sims = vectors[: len(rest)] @ vectors[len(rest) :].T
        for w, row in zip(rest, sims):
            near = [p for p, sim in zip(pool, row) if float(sim) >= limits.synonym_min]
            if any(not (lexicon.cohyponyms(w, p) or lexicon.opposed(w, p) or _both_nouns(w, p)) for p in near):
                close.add(w)
    return [w for w in missing if w not in close]


def _both_nouns(a: str, b: str) -> bool:
    """Two nouns WordNet knows and does not relate ("sailing"/"rowing"): WordNet, not the embedder, decides."""
    return "n" in lexicon.parts_of_speech(a) and "n" in lexicon.parts_of_speech(b)


def _clip_prefers(claim: str, word: str, clip, image_vector: np.ndarray, limits: Thresholds) -> bool:
    """Does CLIP match the image to the claim better than to the claim with ``word`` swapped for others?"""
    pool = [c for c in COLOURS if c != word] if word in COLOURS else [n for n in SWAP_NOUNS if n != word]
    lowered = claim.lower()
    captions = [claim] + [lowered.replace(word, other) for other in pool]
    scores = clip.embed_texts(captions) @ image_vector
    return float(scores[0]) - float(scores[1:].max()) > limits.clip_contrast
