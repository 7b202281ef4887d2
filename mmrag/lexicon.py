"""Word relations from WordNet (through nltk's reader): synonyms, broader terms, antonyms and
co-hyponyms, so that "finished"/"ended" meet, while "closed"/"opens" and "sheep"/"goats" conflict.

The data is Princeton WordNet 3.0 as Debian ships it (`apt-get install wordnet-base`, files in
/usr/share/wordnet), or nltk's own wordnet corpus where one is installed, or a folder named by
MMRAG_WORDNET. Debian's copy lacks two index files nltk's reader opens: ``lexnames`` (the fixed list
of the 45 lexicographer files, documented in lexnames(5WN)), supplied here, and ``index.sense``
(only read to map between WordNet versions, which is not done). Without data every function answers
"unknown" and one log line says how to install it; the other checks go on.
"""

from __future__ import annotations

import io
import logging
import os
import warnings
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)

DEBIAN_DIR = "/usr/share/wordnet"
LEXNAMES = (
    "adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute noun.body noun.cognition "
    "noun.communication noun.event noun.feeling noun.food noun.group noun.location noun.motive noun.object noun.person "
    "noun.phenomenon noun.plant noun.possession noun.process noun.quantity noun.relation noun.shape noun.state "
    "noun.substance noun.time verb.body verb.change verb.cognition verb.communication verb.competition "
    "verb.consumption "
    "verb.contact verb.creation verb.emotion verb.motion verb.perception verb.possession verb.social verb.stative "
    "verb.weather adj.ppl"
).split()
POS_CODE = {"adj": 3, "adv": 4, "noun": 1, "verb": 2}
MISSING_HINT = (
    "WordNet data not found (apt-get install wordnet-base, or set MMRAG_WORDNET to a WordNet 3.0 dict folder): "
    "antonyms, co-hyponyms and WordNet synonyms are not checked"
)


def lexnames_text() -> str:
    return "".join(f"{i:02d} {name} {POS_CODE[name.split('.')[0]]}\n" for i, name in enumerate(LEXNAMES))


def _folder() -> Path | None:
    for candidate in (os.environ.get("MMRAG_WORDNET"), DEBIAN_DIR):
        if candidate and (Path(candidate) / "data.noun").is_file() and (Path(candidate) / "index.noun").is_file():
            return Path(candidate)
    return None


@lru_cache(maxsize=1)
def wordnet():
    """nltk's WordNet reader over the first data found, or None (logged once)."""
    try:
        import nltk
        from nltk.corpus.reader.wordnet import WordNetCorpusReader
    except ImportError:
        log.warning("nltk is not installed (pip install nltk): %s", MISSING_HINT)
        return None
    own = _nltk_corpus()
    if own is not None:
        return own
    folder = _folder()
    if folder is None:
        log.warning(MISSING_HINT)
        return None

    class DebianWordNet(WordNetCorpusReader):
        def open(self, fileid):
            return io.StringIO(lexnames_text()) if fileid == "lexnames" else super().open(fileid)

        def map_wn(self, version="wordnet"):
            return None  # no mapping between WordNet versions (needs index.sense)

    if str(folder) not in nltk.data.path:
        nltk.data.path.append(str(folder))  # nltk reads corpora only under its data path
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "multilingual functions are not available": none are used
        try:
            return DebianWordNet(str(folder), None)
        except (OSError, ValueError, AssertionError) as err:
            log.warning("%s (%s)", MISSING_HINT, err)
            return None


def _nltk_corpus():
    """nltk's own wordnet corpus, where nltk's downloader or a package put it; else None."""
    import nltk

    try:
        nltk.data.find("corpora/wordnet")
        from nltk.corpus import wordnet as own

        own.ensure_loaded()
        return own
    except (LookupError, OSError, ValueError):
        return None


def reset() -> None:
    """Forget the loaded data and every cached answer (after MMRAG_WORDNET changes; in tests)."""
    for cached in (wordnet, _synsets, parts_of_speech, synonyms, antonyms, _bases, _derived, _antonym_senses):
        cached.cache_clear()


def available() -> bool:
    return wordnet() is not None


@lru_cache(maxsize=65536)
def _synsets(word: str, pos: str | None = None) -> tuple:
    wn = wordnet()
    if wn is None:
        return ()
    return tuple(wn.synsets(word.lower().replace(" ", "_"), pos=pos))


def known(word: str) -> bool:
    return bool(_synsets(word))


@lru_cache(maxsize=65536)
def parts_of_speech(word: str) -> frozenset[str]:
    """WordNet's word classes of a word: n, v, a, r (adjective satellites count as a)."""
    return frozenset("a" if s.pos() == "s" else s.pos() for s in _synsets(word))


@lru_cache(maxsize=65536)
def synonyms(word: str) -> frozenset[str]:
    """Every lemma sharing a synset with a form of ``word`` (lower case, spaces for underscores)."""
    return frozenset(lemma.name().lower().replace("_", " ") for s in _synsets(word) for lemma in s.lemmas())


@lru_cache(maxsize=65536)
def antonyms(word: str) -> frozenset[str]:
    """Antonyms of any sense of ``word``, and of the adjectives its senses are similar to ("shut" -> "open")."""
    out = set()
    for s in _synsets(word):
        for related in (s, *s.similar_tos()):
            for lemma in related.lemmas():
                out |= {a.name().lower().replace("_", " ") for a in lemma.antonyms()}
                for derived in lemma.derivationally_related_forms():  # "closure" <-> "close"
                    out |= {a.name().lower() for a in derived.antonyms()}
    return frozenset(out)


def has_other_wording(phrase: str) -> bool:
    """Is ``phrase`` a WordNet entry that is no noun and shares a sense with another wording ("in place" ~ "in
    situ")?"""
    key = phrase.lower().replace(" ", "_")
    found = [s for s in _synsets(phrase) if s.pos() != "n"]
    return any(lemma.name().lower() != key for s in found for lemma in s.lemmas())


def _nouns(word: str, senses: int = 3) -> tuple:
    return _synsets(word, "n")[:senses]


GROUPS = {"people": "person", "persons": "person", "folk": "person", "folks": "person"}  # "people" for "passengers"


def broader(general: str, specific: str) -> bool:
    """Is ``general`` a hypernym of ``specific`` ("animals" of "goats", "building" of "stadium")?"""
    targets = set(_synsets(GROUPS.get(general.lower(), general), "n"))
    return bool(targets) and any(
        targets & set(s.closure(lambda x: x.hypernyms() + x.instance_hypernyms(), depth=12)) for s in _nouns(specific)
    )


MEASURES = {"noun.attribute", "noun.quantity", "noun.relation"}
# measures whose first WordNet sense is something else ("area": a region; "share": stock; "cost": a possession)
MEASURE_WORDS = frozenset(
    "area share proportion fraction total amount sum cost fee fare charge population figure number count majority "
    "minority decade decades century centuries".split()
)


def measure_noun(word: str) -> bool:
    """Does the noun name a measure ("area", "depth", "share", "price"): its first sense an attribute, quantity
    or relation in WordNet, or one of a few measures whose first sense is another thing?"""
    senses = _nouns(word, senses=1)
    return word.lower() in MEASURE_WORDS or bool(senses and senses[0].lexname() in MEASURES)


def cohyponyms(a: str, b: str) -> bool:
    """Sister terms: different nouns under one near parent ("sheep"/"goats", "circle"/"square"), neither
    a synonym nor a broader term of the other, so one cannot stand for the other."""
    if not _nouns(a) or not _nouns(b) or related(a, b):
        return False
    for x in _nouns(a):
        up_x = set(x.closure(lambda s: s.hypernyms(), depth=2))
        for y in _nouns(b):
            if (
                x != y
                and up_x & set(y.closure(lambda s: s.hypernyms(), depth=2))
                and min(x.min_depth(), y.min_depth()) >= 4
            ):
                return True
    return False


def related(a: str, b: str) -> bool:
    """Can ``a`` in a claim stand for ``b`` in a source: the same synset, or ``a`` broader than ``b``."""
    if trend(a) is not None and trend(a) == trend(b):
        return True  # "shrank" for "fell"
    return bool(set(_synsets(a)) & set(_synsets(b))) or broader(a, b) or bool(_bases(b) & _derived(a))


@lru_cache(maxsize=65536)
def _derived(word: str) -> frozenset[str]:
    """Words WordNet derives ``word`` from or to, and the nouns its adjectives pertain to ("daily" -> "day")."""
    return frozenset(
        other.name().lower()
        for s in _synsets(word)
        for lemma in s.lemmas()
        for other in lemma.derivationally_related_forms() + lemma.pertainyms()
    )


ACTS = {"noun.act", "noun.event", "noun.process", "noun.communication", "noun.cognition"}


def derived_related(a: str, b: str) -> bool:
    """Does the noun ``a`` name the act of the verb ``b``, or the kind of act it is ("work" for "designed":
    design -> undertaking, a kind of work)? Only nouns of acts and events, one step up: "machine" does not
    stand for "harvests" through harvester, a machine."""
    made = {
        d.synset()
        for s in _synsets(b)
        if s.pos() == "v"
        for lemma in s.lemmas()
        for d in lemma.derivationally_related_forms()
        if d.synset().pos() == "n" and d.synset().lexname() in ACTS
    }
    mine = set(_synsets(a, "n"))
    return bool(mine & made) or any(mine & set(m.hypernyms()) for m in made)


# verbs WordNet calls antonyms that describe one event from two sides: "the library lends books" = "books are
# borrowed from the library"
CONVERSES = [{"lend", "borrow"}, {"buy", "sell"}, {"give", "receive"}, {"teach", "learn"}]
# verbs of where a thing is, which WordNet opposes but a description uses alike: "the hut sits / stands at 1,640 m"
PLACED = frozenset({"sit", "stand", "lie", "rest", "perch", "sits", "stands", "lies", "sat", "stood", "lay"})


def converse(a: str, b: str) -> bool:
    forms = ({a.lower()} | _bases(a), {b.lower()} | _bases(b))
    return any(forms[0] & pair and forms[1] & pair and not forms[0] & forms[1] for pair in CONVERSES)


# how a figure changed: WordNet links "grow" and "fall" by no antonym, and "shrink" and "fall" by no synset
TRENDS = (
    frozenset(
        "rise rose risen grow grew grown increase climb gain expand swell soar surge double triple lengthen extend"
        " widen enlarge prolong".split()
    ),
    frozenset(
        "fall fell fallen drop decline decrease shrink shrank shrunk sink sank sunk slump diminish dwindle"
        " plunge halve lessen shorten narrow reduce curtail".split()
    ),
)


def trend(word: str) -> int | None:
    """0 for a word of rising, 1 for one of falling, None otherwise (any inflection: "grown", "fell")."""
    forms = {word.lower()} | _bases(word)
    return next((i for i, words in enumerate(TRENDS) if forms & words), None)


def opposed(a: str, b: str) -> bool:
    """Are the words opposites: an antonym of a sense of one is a sense of the other ("closed"/"opens",
    "shortened"/"extended" through lengthen, a sense of extend)?"""
    a, b = a.lower(), b.lower()
    if converse(a, b) or ({a} | _bases(a)) & PLACED and ({b} | _bases(b)) & PLACED:
        return False
    if None not in (trend(a), trend(b)):
        return trend(a) != trend(b)
    for x, y in ((a, b), (b, a)):  # "undamaged" against "destroyed" (destroy: to damage irreparably)
        if len(x) > 5 and x.startswith("un") and known(x[2:]) and (related(x[2:], y) or related(y, x[2:])):
            return True
    if ({b} | _bases(b)) & antonyms(a) or ({a} | _bases(a)) & antonyms(b):
        return True
    return bool(_antonym_senses(a) & set(_synsets(b))) or bool(_antonym_senses(b) & set(_synsets(a)))


@lru_cache(maxsize=65536)
def _antonym_senses(word: str) -> frozenset:
    return frozenset(other.synset() for s in _synsets(word) for lemma in s.lemmas() for other in lemma.antonyms())


@lru_cache(maxsize=65536)
def _bases(word: str) -> frozenset[str]:
    wn = wordnet()
    if wn is None:
        return frozenset()
    return frozenset(base for pos in "nvar" if (base := wn.morphy(word, pos)))
