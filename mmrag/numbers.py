"""The numbers a claim states and whether its source states them (pure functions).

Numbers are read from digits ("1,800", "4.2", "60%", "12th", "1.5 million", "2.4k"), from words ("thirty-one",
"one hundred and forty", "two and a half thousand", "twelfth", "a dozen"), from fractions ("two thirds",
"three quarters of an hour", "half an hour") and from clock times ("7:30", "7.30 pm", "10 in the morning",
"noon"), each with its unit and with the hedge in front of it ("about", "nearly", "more than", ...).

Two quantities agree when they are equal in a common unit (6,800 m = 6.8 km; 45 minutes = three quarters of an
hour; a converted figure may be rounded by 3 %), or within what a hedge allows: "about 110 m" for 112 m (10 %),
"nearly two thirds" for 62 % (the source at most the claim, and at least 85 % of it), "more than 160 years" for
163 (at least the claim, at most 30 % more). A figure a source implies by one subtraction or addition counts
too: years between two dates ("for 163 years" from 1788 and 1951), percentage points between two percentages,
a year plus a duration ("finished in 1940" from "started in 1931 and took nine years").

word2number reads no ordinals, fractions or "a dozen", and text2num targets whole-text rewriting; quantulum3
reads units but not hedges or clock times, so the small tables here are kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .clock import clock_times
from .rates import relative
from .units import ABOVE, BELOW, DIMENSIONS, HEDGES, UNITS

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
SCALES = {"dozen": 12, "hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}
SCALE_SUFFIXES = {"k": 1000, "m": 10**6, "mn": 10**6, "bn": 10**9, "million": 10**6, "billion": 10**9}
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
LOOSE_ORDINALS = ("first", "second", "third")  # a rank more often than a count, except before these nouns:
ORDINAL_NOUNS = frozenset(
    "century millennium floor storey story place prize edition anniversary platform grade".split()
)
FRACTIONS = {"half": 50.0, "quarter": 25.0, "quarters": 75.0}  # "a quarter of the roof" ~ 25 %
DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5}
NUMERATORS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4}
COUNT_WORDS = {"single": 1, "pair": 2, "dozen": 12, "twice": 2, "thrice": 3, "double": 2, "triple": 3}
# canonical unit: the words that name it
POSITIONAL = frozenset(
    "image picture photo photograph source one document page row item paragraph figure fig img doc".split()
)


@dataclass(frozen=True)
class Quantity:
    value: float
    unit: str | None  # canonical unit ("m", "%", "century", "clock" = minutes after midnight, ...) or None
    hedge: str | None = None  # "about", "nearly", "under", "over", ... (see WINDOWS); early/mid/late of a decade
    word: bool = field(default=False, compare=False)  # spelled out ("one", "a single"), not in digits
    upper: float | None = None  # a range's upper end: "between 100 and 150", "7 to 9 minutes"
    per: str | None = field(default=None, compare=False)  # a rate's period: "45 euros a month" (month)

    def __str__(self) -> str:
        if self.per:
            return str(replace(self, per=None)) + f" a {self.per}"
        if self.upper is not None:
            return f"{self.value:g}-" + str(Quantity(self.upper, self.unit))
        if self.unit == "per year":
            return f"{self.value:g} times a year"
        if self.unit == "times":
            return f"{self.value:g}-fold"
        if self.unit and self.unit.startswith("-"):
            return f"{self.value:g}{self.unit}"
        if self.unit == "clock":
            return f"{int(self.value) // 60}:{int(self.value) % 60:02d}"
        number = f"{self.value:g}" if self.value < 1e6 else f"{self.value:,.0f}"
        if self.hedge in ABOVE | BELOW:
            return f"{self.hedge} " + str(Quantity(self.value, self.unit))
        if self.unit == "%":
            return number + "%"
        if self.unit == "century":
            return number + "th century"
        if self.unit == "decade":
            name = number + "s" if self.value >= 100 else DECADE_WORDS[int(self.value) // 10 - 2]
            return (f"{self.hedge} " if self.hedge else "") + name
        return number + (f" {self.unit}" if self.unit else "")


TOKEN = re.compile(r"\d[\d,]*(?:\.\d+)?(?:st|nd|rd|th)?%?|°[cf]|[a-z]+(?:-[a-z]+)*|[%$€£~]", re.IGNORECASE)
DECADE = re.compile(r"\b(?:(early|mid|late)[- ]+)?((?:1[0-9]|20)[0-9]0)'?s\b", re.IGNORECASE)  # "the early 1930s"
SPEEDS = re.compile(r"(?<=\d)\s*(km ?/ ?h|kph|kmh|m ?/ ?s)\b", re.IGNORECASE)
SPEED_UNITS = {"km/h": "kmh", "kph": "kmh", "kmh": "kmh", "m/s": "mps"}
ONE_IN = re.compile(
    r"\b(one|two|three|1|2|3) (?:[a-z]+ )?(?:in|out of) (two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\b", re.I
)  # "one in three", "one worker in three"
SPANS = re.compile(
    r"\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (centur(?:y|ies)|decades?)\b(?! of)", re.I
)
DECADE_WORDS = "twenties thirties forties fifties sixties seventies eighties nineties".split()
DECADE_WORD = re.compile(rf"\b(?:(early|mid|late)[- ]+)?({'|'.join(DECADE_WORDS)})\b", re.IGNORECASE)  # "mid-eighties"
CENTURY_DECADE = re.compile(
    rf"\b(?:(early|mid|late)[- ]+)?(eighteen|nineteen|twenty)[- ](hundreds|{'|'.join(DECADE_WORDS)})\b", re.I
)  # "the eighteen-nineties" (1890s), "the nineteen hundreds" (1900s)
RATE_PERIODS = frozenset("hour day week month year".split())
NOT_COUNTED = [[w] for w in ("of", "another", "that", "which", "who", "is", "was", "day", "time")]  # "and one of"
LIST_COUNT = re.compile(
    r"\b(?:two|three|four|five|six|[2-9])\s+(?=(?:[\w-]+\s+)?(?:things|features|points|facts|details|items|aspects"
    r"|highlights|reasons|ways)\b[^:.;]{0,30}:)",
    re.IGNORECASE,
)
DEGREES = re.compile(r"\s*[°º]\s*([CF])\b|\s+degrees?\s+(?=celsius|centigrade|fahrenheit)", re.IGNORECASE)


def quantities(text: str) -> list[Quantity]:
    """Every number stated in ``text``, with its unit and hedge (pure)."""
    times, text = clock_times(text)
    clocks = [Quantity(minutes, "clock", "12h" if either else None) for minutes, either in times]
    text = text.replace("per cent", "percent").replace("²", " squared ")
    text = DEGREES.sub(lambda m: f" °{m.group(1)}" if m.group(1) else " ", text)
    decades = [
        Quantity(float(_century_decade(m)), "decade", m.group(1) and m.group(1).lower())
        for m in CENTURY_DECADE.finditer(text)
    ]
    text = CENTURY_DECADE.sub(" ", text)
    decades += [Quantity(float(m.group(2)), "decade", m.group(1) and m.group(1).lower()) for m in DECADE.finditer(text)]
    decades += [
        Quantity(20.0 + 10 * DECADE_WORDS.index(m.group(2).lower()), "decade", m.group(1) and m.group(1).lower())
        for m in DECADE_WORD.finditer(text)
    ]  # a decade of no century: "the eighties" (80)
    text = DECADE_WORD.sub(" ", text)
    text = re.sub(r"-(century|centuries)\b", r" \1", text)
    found, text = relative(text, ORDINALS, ORDINAL_NOUNS | {"century", "centuries"})
    figures = [Quantity(value, unit) for value, unit in found]
    text = re.sub(r"\b(\d{1,3})[ \u00a0\u202f](\d{3})\b(?![.,]\d)", r"\1\2", text)  # "14 000 reels"
    text = re.sub(r"(?<![\w'])['’](\d{2})\b", lambda m: ("20" if int(m.group(1)) <= 30 else "19") + m.group(1), text)
    text = re.sub(r"\b(early|mid|late)-", r" \1 ", text)  # "mid-1990s" ("-century" went above)
    text = LIST_COUNT.sub(" ", text)  # "two things: (1) ... (2) ...": the answer counting its own list
    text = SPEEDS.sub(lambda m: " " + SPEED_UNITS[m.group(1).lower().replace(" ", "")], text)  # "60 km/h"
    text = re.sub(r"\bhalf a century\b", "50 years", text, flags=re.IGNORECASE)
    text = SPANS.sub(lambda m: f"{_count(m.group(1)) * (100 if m.group(2).startswith('centur') else 10):g} years", text)
    text = ONE_IN.sub(lambda m: f" {100 * _count(m.group(1)) / _count(m.group(2)):.2f}% ", text)  # "one in three"
    text = re.sub(r"(\d)\s*[-–—]\s*(?=\d)", r"\1 to ", text)  # "7-9 minutes"
    text = re.sub(
        r"\b(\d[\d.]*)(\s*°[cf]|(?: degrees?)?(?: celsius| fahrenheit)?) below (?:zero|freezing)\b",
        r"minus \1\2",
        text,
        flags=re.IGNORECASE,
    )  # "20 degrees below zero"
    text = re.sub(r"(?<![\w.,)\]])[-−](?=\d)", " minus ", text)  # "-4 °F" (a range's dash is gone by now)
    text = re.sub(r"\b([a-z]+)-(?=([a-z]+))", _split_count, text, flags=re.IGNORECASE)  # "four-seat chairs"
    tokens = [t.lower() for t in TOKEN.findall(DECADE.sub(" ", text))]
    out: list[Quantity] = clocks + decades + figures
    i = 0
    while i < len(tokens):
        value, used, unit = _read_fraction(tokens, i)
        shared = value is not None
        if value is None:
            value, used = _read_number(tokens, i)
            unit = None
        if value is None:
            i += 1
            continue
        following = tokens[i + used] if i + used < len(tokens) else ""
        rank = tokens[i] in ORDINALS and (
            following in POSITIONAL or (tokens[i] in LOOSE_ORDINALS and following not in ORDINAL_NOUNS)
        )
        ahead = tokens[i + used : i + used + 4]
        if ahead and (_sources(ahead[0]) or (ahead[0] == "of" and any(_sources(w) for w in ahead[1:]))):
            rank = True  # "two of the three images", "both sources": the answer counting its sources
        if rank or (i and tokens[i - 1] in POSITIONAL and tokens[i][0].isdigit()):
            # "the first picture", "Image 2", "the first year": which one, not a quantity
            i += used
            continue
        if unit is None:
            if not shared and (tokens[i + used - 1].endswith("%") or tokens[i] in FRACTIONS):
                unit = "%"
            else:
                unit, extra = _unit(tokens, i + used)
                used += extra
        fraction = unit == "%" and tokens[i] in NUMERATORS.keys() | DENOMINATORS.keys()  # "two thirds": rounded
        sign = -1.0 if i and tokens[i - 1] == "minus" else 1.0  # "minus 20 °C"
        hedge = _hedge(tokens, i - (sign < 0)) or ("about" if fraction else None)
        top, more = _range_end(tokens, i, used, value)
        if top is not None:
            unit, extra = (unit, 0) if unit else _unit(tokens, i + used + more)
            out.append(Quantity(float(value), unit, None, not tokens[i][0].isdigit(), float(top)))
            i += used + more + extra
            continue
        after = tokens[i + used : i + used + 4]  # "45 euros a month", "40 l per day": a rate
        per = next((p for k, p in zip(after, after[1:]) if k in ("a", "per") and p in RATE_PERIODS), None)
        per = per if unit else None
        out.append(Quantity(sign * value, unit, hedge, not tokens[i][0].isdigit(), per=per))
        i += used
    return out


def _century_decade(m: re.Match) -> int:
    century = {"eighteen": 1800, "nineteen": 1900, "twenty": 2000}[m.group(2).lower()]
    part = m.group(3).lower()
    return century + (0 if part == "hundreds" else 20 + 10 * DECADE_WORDS.index(part))


def _count(token: str) -> float:
    return float(token) if token.isdigit() else float(word_value(token.lower())[0] or 1)


def _split_count(m: re.Match) -> str:
    head, tail = m.group(1), m.group(2)
    counted = word_value(head.lower())[0] is not None and word_value(tail.lower())[0] is None
    counted = counted and not tail.lower().endswith("ed")  # "six-sided", "two-headed": a shape, not a count
    return head + (" " if counted else "-")


def _range_end(tokens: list[str], i: int, used: int, value: float) -> tuple[float | None, int]:
    """The upper end of "between A and B" or "A to B" (not "from A to B", a change), and the tokens it used."""
    joint = tokens[i + used] if i + used < len(tokens) else ""
    before = tokens[i - 1] if i else ""
    changed = "from" in tokens[max(0, i - 5) : i]  # "fell from 18,500 in 1990 to 6,200"
    if not ((joint == "and" and before == "between") or (joint == "to" and not changed)):
        return None, 0
    if i + used + 1 >= len(tokens):
        return None, 0
    top, more = _read_number(tokens, i + used + 1)
    if top is None or top <= value or (1000 <= value <= 2200) != (1000 <= top <= 2200):
        return None, 0  # a year and a count are no range
    return top, more + 1


def _sources(word: str) -> bool:
    return word.endswith("s") and word[:-1] in ("image", "picture", "photo", "photograph", "source", "document")


def _hedge(tokens: list[str], i: int) -> str | None:
    before = " ".join(tokens[max(0, i - 3) : i])
    for phrase, kind in HEDGES:
        if before == phrase or before.endswith(" " + phrase):
            return kind
    return None


def _unit(tokens: list[str], i: int) -> tuple[str | None, int]:
    """The unit at tokens[i] (or one word later: "22 nautical miles"), and how many extra tokens it used."""
    for j in (i, i + 1):
        if j >= len(tokens):
            return None, 0
        word = tokens[j]
        if word in ("square", "sq") and j + 1 < len(tokens):
            base = _unit_word(tokens[j + 1])
            if base and DIMENSIONS.get(base, ("",))[0] == "length":
                return base + "2", 0
        found = _unit_word(word)
        if found:
            if j + 1 < len(tokens) and tokens[j + 1] == "squared" and DIMENSIONS.get(found, ("",))[0] == "length":
                return found + "2", 1
            return found, 0
        if word == "nautical" and j + 1 < len(tokens) and _unit_word(tokens[j + 1]) == "mile":
            return "nmi", 1
        if j == i and word not in ("nautical", "square", "cubic", "metric", "degree", "degrees", "vertical", "linear"):
            return None, 0
    return None, 0


def _unit_word(word: str) -> str | None:
    for form in (word, word[:-1] if word.endswith("s") else word, word[:-2] if word.endswith("es") else word):
        if form in UNITS and (form == word or len(form) > 2 or word in ("hrs", "kms", "kgs", "yrs")):  # not "has"
            return UNITS[form]
    return None


def _read_fraction(tokens: list[str], i: int) -> tuple[float | None, int, str | None]:
    """ "two thirds" (66.7 %), "three quarters of an hour" (0.75 hour), "half an hour", "an hour and a half"."""
    word = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
    if word in ("a", "an") and nxt in ("hour", "minute") and tokens[i + 2 : i + 5] == ["and", "a", "half"]:
        return 1.5, 5, UNITS[nxt]
    if word in ("a", "an") and nxt in ("hour", "minute") and (i == 0 or tokens[i - 1] not in ("per", "times", "a")):
        if i == 0 or tokens[i - 1] not in ("half", "quarter", "quarters", "of", "third", "thirds"):
            return 1.0, 2, UNITS[nxt]
    if word in ("quarter", "half") and nxt in ("hour", "hourly"):
        return (0.25 if word == "quarter" else 0.5), 2, "hour"  # "every half hour"
    if word in ("quarter", "half") and nxt == "of" and tokens[i + 2 : i + 3] in (["a"], ["an"]) and i + 3 < len(tokens):
        unit = _unit_word(tokens[i + 3])  # "every quarter of an hour"
        if unit in DIMENSIONS and (i == 0 or tokens[i - 1] not in NUMERATORS):
            return (0.25 if word == "quarter" else 0.5), 4, unit
    if word == "half" and nxt in ("a", "an") and i + 2 < len(tokens):
        scale = SCALES.get(tokens[i + 2])
        if scale:
            return 0.5 * scale, 3, None
        unit = _unit_word(tokens[i + 2])
        if unit in DIMENSIONS:
            return 0.5, 3, unit
    if word in NUMERATORS and nxt in DENOMINATORS and nxt != "second":
        share = NUMERATORS[word] / DENOMINATORS[nxt]
        rest = tokens[i + 2 : i + 5]
        if len(rest) >= 2 and rest[0] == "of" and rest[1] in ("a", "an") and len(rest) == 3:
            unit = _unit_word(rest[2])
            if unit in DIMENSIONS:
                return share, 5, unit
        if (
            nxt in ("third", "thirds", "fifth", "fifths")
            and word in ("a", "an", "one")
            and not (rest[:1] == ["of"] or not rest)
        ):
            return None, 1, None  # "a third attempt": an ordinal
        return round(share * 100, 2), 2, "%"
    return None, 1, None


def _read_number(tokens: list[str], i: int) -> tuple[float | None, int]:
    token = tokens[i]
    digits = re.fullmatch(r"(\d[\d,]*(?:\.\d+)?)(st|nd|rd|th)?%?", token)
    if digits:
        raw = digits.group(1).rstrip(",")
        if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", raw) or "," not in raw:
            value = float(raw.replace(",", ""))
        else:
            return float(raw.split(",")[0]), 1
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        scale = SCALES.get(after) or (SCALE_SUFFIXES.get(after) if after in ("k", "mn", "bn") else None)
        if scale and not digits.group(2):
            return value * scale, 2  # "1.5 million", "2.4k"
        return value, 1
    if token in ("a", "an") and i + 1 < len(tokens) and tokens[i + 1] in SCALES:
        return float(SCALES[tokens[i + 1]]), 2  # "nearly a million"
    follows_of = i + 1 < len(tokens) and tokens[i + 1] == "of"  # "exports half of its yarn"
    if token in FRACTIONS and (
        i == 0 or tokens[i - 1] in ("a", "one", "three", "in", "by") or _hedge(tokens, i) or follows_of
    ):
        return FRACTIONS[token], 1
    if token in COUNT_WORDS:
        if token == "pair" and (i == 0 or tokens[i - 1] not in ("a", "one")):
            return None, 1
        return float(COUNT_WORDS[token]), 1
    return _read_words(tokens, i)


def word_value(word: str) -> tuple[int | None, bool]:
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
    total, current, used, seen = 0.0, 0.0, 0, False
    while i + used < len(tokens):
        word = tokens[i + used]
        value, ordinal = word_value(word)
        if value is not None:
            if word == "one" and not seen and not _scale_follows(tokens, i + used):
                listed = (
                    i > 1 and tokens[i - 1] == "and" and any(map(_number_word_at, [tokens] * 3, range(i - 4, i - 1)))
                )
                if tokens[i + 1 : i + 4] != ["and", "a", "half"] and not (
                    listed and tokens[i + 1 : i + 2] not in ([], *NOT_COUNTED)
                ):
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
        elif word == "and" and seen and tokens[i + used + 1 : i + used + 3] == ["a", "half"]:
            current += 0.5  # "two and a half thousand", "one and a half hours"
            used += 3
        elif word == "and" and tokens[i + used - 1] in SCALES and _number_word_at(tokens, i + used + 1):
            used += 1  # "one hundred and forty", not "four and eleven"
        else:
            break
    return (float(total + current), used) if seen else (None, 1)


def _number_word_at(tokens: list[str], i: int) -> bool:
    return 0 <= i < len(tokens) and word_value(tokens[i])[0] is not None


def _scale_follows(tokens: list[str], i: int) -> bool:
    return i + 1 < len(tokens) and tokens[i + 1] in SCALES
