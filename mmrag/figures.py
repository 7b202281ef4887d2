"""Whether a source states each figure of a claim (pure functions): the figures it gives (numbers.py reads them and
compares two), and those it implies by one step: years between two dates, percentage points, a date plus a
duration; and, when the claim sums up ("in total", "each"), a sum or a product of two of its counts."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from functools import lru_cache
from itertools import combinations

from .clock import hour_ranges
from .numbers import Quantity, quantities, word_value
from .units import ABOVE, BELOW, CONVERTED_ROUNDING, DECADE_PARTS, DIMENSIONS, WINDOWS


def _base(q: Quantity) -> tuple[str | None, float]:
    dimension, size = DIMENSIONS.get(q.unit or "", (q.unit, 1.0))
    return dimension, q.value * size


def same_quantity(claim: Quantity, source: Quantity) -> bool:
    """Does the source's quantity state the claim's (same value in a common unit, or within the claim's hedge)?"""
    if claim.unit != source.unit and (_is_relative(claim) or _is_relative(source)):
        return False  # "four kilns" is not "four times a year"
    if claim.unit == "century" and source.unit is None and 1000 <= source.value < 2200:
        return int(source.value) // 100 + 1 == int(claim.value)  # "19th century" ~ 1889
    if claim.upper is not None or source.upper is not None:
        return _in_range(claim, source)
    if claim.hedge and claim.unit is None and source.unit is None and claim.value != source.value:
        if source.value.is_integer() and 1000 <= source.value <= 2100 and not 1000 <= claim.value <= 2100:
            return False  # "roughly 2,200 people" is no approximation of the year 2023
    if claim.unit == "century" and source.unit == "decade" and source.value >= 1000:
        return int(source.value) // 100 + 1 == int(claim.value)  # "the 18th century" for "the 1790s"
    if "decade" in (claim.unit, source.unit):
        if claim.unit == source.unit:  # "the nineties" for "the 1990s"
            return claim.value == (source.value % 100 if claim.value < 100 <= source.value else source.value)
        if claim.unit != "decade" or source.unit not in (None, "year"):
            return False  # a year is more than its decade says
        low, high = DECADE_PARTS.get(claim.hedge, (0, 9))
        if claim.value < 100:  # "the mid-eighties" for 1986
            return claim.value + low <= source.value % 100 <= claim.value + high and source.value >= 1000
        scale = 10 if claim.value % 100 == 0 else 1  # "the 1800s": a century
        return claim.value + low * scale <= source.value <= claim.value + high * scale + scale - 1
    if {claim.hedge, source.hedge} == {"under", "over"} and claim.unit == source.unit and claim.value == source.value:
        return True  # one threshold: "up to 22 m" and "longer than 22 m cannot" (the polarity check reads the rest)
    if (claim.hedge in ABOVE and source.hedge in BELOW) or (claim.hedge in BELOW and source.hedge in ABOVE):
        return False  # "more than half" is not "almost half"
    if {claim.unit, source.unit} == {"°c", "°f"}:  # "52 °F" for 11 °C: converted, rounded to a degree
        value = (claim.value - 32) / 1.8 if claim.unit == "°f" else claim.value * 1.8 + 32
        slack = 0.6 + (0.1 * abs(value) if claim.hedge == "about" or source.hedge == "about" else 0)
        return claim.hedge not in ABOVE | BELOW and abs(value - source.value) <= slack
    if claim.per and source.per and claim.per != source.per:
        return False  # "45 euros a month" is not "45 euros a year"
    if "clock" in (claim.unit, source.unit):
        if claim.unit != source.unit:
            return False
        period = 720 if "12h" in (claim.hedge, source.hedge) else 1440
        return abs(claim.value - source.value) % period < 1e-6
    (cd, c), (sd, v) = _base(claim), _base(source)
    if claim.unit and source.unit and cd != sd:
        return False
    if claim.unit is None or source.unit is None:
        c, v = claim.value, source.value
    if abs(c - v) <= 1e-9 * max(1.0, abs(v)):
        return True
    if claim.unit and source.unit and claim.unit != source.unit and abs(c - v) <= CONVERTED_ROUNDING * abs(v):
        return True
    if source.hedge not in (None, "about", "12h"):
        return False  # a bound against a bound: "under sixteen" is not "under twelve"
    window = WINDOWS.get(claim.hedge or "") or (WINDOWS["about"] if source.hedge == "about" else None)
    if window is None or c == 0:
        return False
    low, high = sorted((window[0] * c, window[1] * c))
    return low - 1e-9 <= v <= high + 1e-9


def _in_range(claim: Quantity, source: Quantity) -> bool:
    """A claimed range holds a source's figure ("between 100 and 150 people" for 120); a source's range is never
    stated by a single figure, only by the same range."""
    if source.upper is not None:
        return (
            claim.upper is not None
            and same_quantity(replace(claim, upper=None), replace(source, upper=None))
            and (same_quantity(Quantity(claim.upper, claim.unit), Quantity(source.upper, source.unit)))
        )
    (cd, low), (sd, v) = _base(claim), _base(source)
    high = _base(Quantity(claim.upper, claim.unit))[1]
    if claim.unit and source.unit and cd != sd:
        return False
    if claim.unit is None or source.unit is None:
        low, high, v = claim.value, claim.upper, source.value
    return low - 1e-9 <= v <= high + 1e-9


TOTAL = re.compile(r"\b(?:in total|in all|altogether|combined|all told|together)\b")
SINCE = re.compile(r"\b(?:since|ago|so far|to date|now|for the (?:past|last))\b|\b(?:has|have) been\b")
AGE = re.compile(r"\b(\d+|[a-z]+(?:-[a-z]+)?)-years?-olds?\b")
RELATIVE = ("per year", "times")  # a frequency or a factor is checked against the source's own, if it states one
EACH = re.compile(r"\b(?:each|per|apiece|a head)\b")
PART = re.compile(r"\b(?:of the|all but|remaining|except|other)\b")


def implied(found: list[Quantity], summed: frozenset[str] = frozenset(), now: int | None = None) -> list[Quantity]:
    """The figures a source implies by one step: years between two dates, percentage points between two
    percentages, a date plus a duration in years; and, with ``summed``, the sum of two different counts of one unit
    ("total": "eight courts in total" from six and two) or the product of a count and a figure ("each": "192
    passengers at once" from 24 cabins of 8 each); with ``now`` (a claim of time up to now: "since", "has been"),
    the years from each date to this year ("almost three centuries" since 1738)."""
    years = [q.value for q in found if q.unit in (None, "year") and q.value.is_integer() and 1000 <= q.value <= 2200]
    spans = [q.value for q in found if q.unit == "year" and q.value < 1000]
    shares = [q.value for q in found if q.unit == "%"]
    out = [Quantity(abs(a - b), "year") for a, b in combinations(set(years), 2)]
    out += [Quantity(round(abs(a - b), 6), "%") for a, b in combinations(set(shares), 2)]
    out += [Quantity(y + s, None) for y in years for s in spans]
    out += [Quantity(now - y, "year") for y in years if now and y < now]
    clocks = [q.value for q in found if q.unit == "clock"]
    out += [Quantity((b - a) % 1440, "minute") for a in clocks for b in clocks if a != b]  # 23:05 to 07:20: 8 h 15
    counts = [
        q
        for q in found
        if q.unit not in ("clock", "century", "decade", "%", "year") and q.upper is None and not 1000 <= q.value <= 2200
    ]
    for a, b in combinations(counts, 2) if summed else ():
        if "total" in summed and a.value != b.value and a.unit == b.unit:
            out.append(Quantity(a.value + b.value, a.unit))
        if "each" in summed and max(a.value, b.value) <= 1000 and None in (a.unit, b.unit):
            out.append(Quantity(a.value * b.value, a.unit or b.unit))
        if "each" in summed and b.unit is None and 1 < b.value <= 100:  # "12 MW each" of "24 MW" from two turbines
            out.append(Quantity(round(a.value / b.value, 6), a.unit))
        if "each" in summed and a.unit is None and 1 < a.value <= 100:
            out.append(Quantity(round(b.value / a.value, 6), b.unit))
        if "part" in summed and a.unit == b.unit and a.value != b.value:
            out.append(Quantity(abs(a.value - b.value), a.unit))  # "12 of the 14 boats": all but two
    out += [Quantity(round(s * c.value / 100, 6), c.unit or "count") for s in shares for c in counts]  # 1/3 of 210
    return out


def number_conflict(claim: str, source: str) -> str | None:
    """The first number the claim states that the source does not, as a reason; None if all match."""
    missing = next(unstated(claim, source), None)
    if missing is None:
        return None
    shown = ", ".join(dict.fromkeys(str(s) for s in quantities(source))) or "none"
    return f"number {missing} not in source ({shown})"


def unstated(claim: str, source: str) -> Iterator[Quantity]:
    """The claim's figures that the source neither states nor implies by one step, in order."""
    found = quantities(source)
    derived: list[Quantity] | None = None
    low = claim.lower()
    summed = (
        frozenset(["total"] if TOTAL.search(low) else [])
        | frozenset(["each"] if EACH.search(low) or EACH.search(source.lower()) else [])
        | frozenset(["part"] if PART.search(low) else [])
    )
    ages = {_age(m) for m in AGE.finditer(low)}
    for q in quantities(claim):
        if _relative_unstated(q, found) or _each_against_total(q, low, source):
            yield q
            continue
        if _is_relative(q) and not any(s.unit == q.unit for s in found):
            continue  # "doubled" against a source that gives no factor: for the other checks to judge
        if q.word and q.value == 1 and q.unit is None and not any(s.unit is None for s in found):
            continue  # "a single orange hexagon": an article, unless the source counts something
        if any(
            same_quantity(q, s)
            for s in found
            if (s.unit or not _measured_elsewhere(q, found)) and _rate_fits(q, s, found)
        ):
            continue
        if q.value in ages and any(_within_bound(q.value, s) for s in found):
            continue  # "a four-year-old" against "children under five": on the bound's side
        if derived is None:
            derived = implied(found, summed, date.today().year if SINCE.search(low) else None)
            derived += [Quantity(t, "clock") for t in hour_ranges(source)]  # opening hours "10-17"
        if not any(same_quantity(q, s) and (q.unit or s.unit in (None, "count")) for s in derived):
            yield q  # a bare figure is no derived measure: "about 80 instruments" is not 250 hours / 3


@lru_cache(maxsize=256)
def sentence_figures(text: str) -> tuple[tuple[str, tuple[Quantity, ...]], ...]:
    """Each sentence (or clause after a semicolon) of ``text`` with the figures it states (read once per text:
    the number checks of every claim on a source ask for it)."""
    return tuple((u, tuple(quantities(u))) for u in re.split(r"(?<=[.!?;])\s+|\n+", text) if u.strip())


def _measured_elsewhere(claim: Quantity, found: list[Quantity]) -> bool:
    """Does the source give the claim's kind of measure with a unit, so that a bare number of the source cannot
    stand for it? "12 euros" against "costs 6 euros ... children under 12"."""
    if claim.unit in (None, "year", "century", "decade", "clock"):
        return False
    return any(s.unit and _base(s)[0] == _base(claim)[0] for s in found)


def _is_relative(q: Quantity) -> bool:
    return q.unit in RELATIVE or (q.unit or "").startswith("-")


def _relative_unstated(claim: Quantity, found: list[Quantity]) -> bool:
    """A frequency, factor or ordinal compound ("second-order") the source states otherwise ("first-order")."""
    if not _is_relative(claim):
        return False
    theirs = [s for s in found if s.unit == claim.unit]
    return bool(theirs) and not any(same_quantity(claim, s) for s in theirs)


def _rate_fits(claim: Quantity, source: Quantity, found: list[Quantity]) -> bool:
    """A plain figure ("45 euros") is not a rate of the source ("45 euros a month") when the source also gives that
    unit plainly ("a day pass costs 14 euros")."""
    if claim.per or not source.per:
        return True
    return not any(s.unit == source.unit and not s.per for s in found)


def _each_against_total(claim: Quantity, low: str, source: str) -> bool:
    """A measure the claim gives each of several things ("each of the two turbines is rated at 24 MW") that the
    source gives only as their total ("a combined output of 24 MW"), or the reverse."""
    if not claim.unit or claim.unit in ("clock", "year", "century", "decade", "%"):
        return False
    hits = [u.lower() for u, said in sentence_figures(source) if any(same_quantity(claim, s) for s in said)]
    if not hits:
        return False
    if EACH.search(low) and not TOTAL.search(low) and not re.search(r"\b(?:total|overall)\b", low):
        return all(TOTAL.search(u) and not EACH.search(u) for u in hits)
    if TOTAL.search(low) and not EACH.search(low):
        return all(EACH.search(u) and not TOTAL.search(u) for u in hits)
    return False


def _age(m: re.Match) -> float | None:
    return float(m[1]) if m[1].isdigit() else (word_value(m[1])[0] if word_value(m[1])[0] is not None else None)


def _within_bound(age: float, bound: Quantity) -> bool:
    """Does an age lie on the side of a source's age limit ("under 16", "over 12") that the limit speaks of?"""
    if bound.unit not in (None, "year") or bound.upper is not None:
        return False
    if bound.hedge == "under":
        return age < bound.value
    return bound.hedge in ABOVE and age > bound.value
