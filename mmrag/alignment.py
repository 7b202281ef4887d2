"""Does a noun the source lacks take the place of one of the source's nouns (a swap: "cheese" where the source says
"vegetables", "council" where it says "volunteers"), or does the claim add it around words the source has (a
paraphrase: "traders" at "64 stalls", "members of the public")? Pure functions over word order, no parser.

A claim's content words are lined up with each source sentence around the words they share: the nouns one or two
places before and after the claim's word. Where a source sentence holds another noun in that place, one the claim
does not use, the claim swapped it; where the shared words stand with nothing in that place, or with a word the
claim also uses, in a sentence that holds more than half of the clause's other content words, the noun was added
("its keep is made of granite" against "its keep is 27 metres high" is a new fact, not a paraphrase). A noun with no
shared word beside it is not judged here (the caller keeps it a conflict).
"""

from __future__ import annotations

from . import lexicon
from .claims import key_words, vocabulary, word_forms, words


def content(text: str) -> list[str]:
    """The text's content words in order, repeats kept."""
    keys = set(key_words(text))
    return [w for w in words(text.replace("-", " ")) if w in keys]


def added_noun(clause: str, word: str, text: str, sentences: list[str]) -> bool:
    """Is ``word`` (in ``clause``, missing from ``text``) added around shared words rather than swapped for a
    source noun? A swap seen in any sentence decides; an addition needs a sentence that shares most of the clause."""
    mine = content(clause)
    if word not in mine:
        return False
    i = mine.index(word)
    have = vocabulary(" ".join(mine))
    others = [w for w in mine if w != word]
    anchored = False
    for unit in sentences:
        theirs = content(unit)
        said = vocabulary(" ".join(theirs))
        covers = sum(bool(word_forms(w) & said) for w in others) * 2 > len(others)
        for step in (1, 2):
            for anchor_at, side in ((i - step, 1), (i + step, -1)):  # an anchor before the word, or after it
                if not 0 <= anchor_at < len(mine):
                    continue
                anchor = word_forms(mine[anchor_at])
                for j, other in enumerate(theirs):
                    if not word_forms(other) & anchor:
                        continue
                    anchored = anchored or covers
                    k = j + side * step
                    if 0 <= k < len(theirs) and _swapped(word, theirs[k], have):
                        return False
    return anchored


def _swapped(word: str, other: str, have: set[str]) -> bool:
    """Is the source's ``other``, in the place of the claim's ``word``, a noun the claim does not use?"""
    if word_forms(other) & have or other in word or word in other:  # "hill" in "hilltop"
        return False
    return "n" in lexicon.parts_of_speech(other)
