"""The units and hedges the number checks know (tables only; mmrag/numbers.py reads them).

A unit word maps to a canonical unit, a canonical unit to its dimension and size in that dimension's base unit
(so that 6,800 m = 6.8 km); a hedge phrase before a number maps to its kind, and each kind to the window in which
the true figure may lie around the claimed one.
"""

from __future__ import annotations

UNIT_WORDS = {
    "m": "m|metre|meter",
    "km": "km|kilometre|kilometer",
    "cm": "cm|centimetre|centimeter",
    "mm": "mm|millimetre|millimeter",
    "mile": "mile|mi",
    "ft": "ft|foot|feet",
    "kg": "kg|kilogram|kilo",
    "g": "g|gram",
    "t": "t|tonne|ton",
    "%": "%|percent|percentage|per cent|pct",
    "century": "century",
    "year": "year|yr",
    "month": "month",
    "week": "week",
    "day": "day",
    "hour": "hour|hr|h",
    "minute": "minute|min",
    "s": "second|sec|s",
    "l": "l|litre|liter",
    "ml": "ml|millilitre|milliliter",
    "ha": "hectare|ha",
    "acre": "acre",
    "$": "$|dollar|usd",
    "€": "€|euro|eur",
    "£": "£|gbp",
    "hz": "hz|hertz",
    "khz": "khz|kilohertz",
    "mhz": "mhz|megahertz",
    "ghz": "ghz|gigahertz",
    "w": "w|watt",
    "kw": "kw|kilowatt",
    "mw": "mw|megawatt",
    "kwh": "kwh",
    "knot": "knot|kn",
    "mph": "mph",
    "kmh": "kmh",
    "mps": "mps",
    "°c": "°c|celsius|centigrade",
    "°f": "°f|fahrenheit",
}
UNITS = {word: unit for unit, names in UNIT_WORDS.items() for word in names.split("|")}
# canonical unit -> (dimension, size in the dimension's base unit)
DIMENSIONS = {
    "m": ("length", 1.0),
    "km": ("length", 1000.0),
    "cm": ("length", 0.01),
    "mm": ("length", 0.001),
    "mile": ("length", 1609.344),
    "ft": ("length", 0.3048),
    "m2": ("area", 1.0),
    "km2": ("area", 1e6),
    "cm2": ("area", 1e-4),
    "mile2": ("area", 2_589_988.0),
    "ft2": ("area", 0.092903),
    "ha": ("area", 1e4),
    "acre": ("area", 4046.86),
    "kg": ("mass", 1.0),
    "g": ("mass", 0.001),
    "t": ("mass", 1000.0),
    "s": ("time", 1.0),
    "minute": ("time", 60.0),
    "hour": ("time", 3600.0),
    "day": ("time", 86400.0),
    "week": ("time", 604800.0),
    "month": ("time", 2_629_800.0),
    "year": ("time", 31_557_600.0),
    "l": ("volume", 1.0),
    "ml": ("volume", 0.001),
    "nmi": ("length", 1852.0),
    "hz": ("frequency", 1.0),
    "khz": ("frequency", 1e3),
    "mhz": ("frequency", 1e6),
    "ghz": ("frequency", 1e9),
    "w": ("power", 1.0),
    "kw": ("power", 1e3),
    "mw": ("power", 1e6),
    "knot": ("speed", 0.514444),
    "mph": ("speed", 0.44704),
    "kmh": ("speed", 1 / 3.6),
    "mps": ("speed", 1.0),
    "°c": ("celsius", 1.0),  # temperatures are not converted (an offset, not a factor)
    "°f": ("fahrenheit", 1.0),
}
# hedges that bound the figure from one side: "more than half" and "almost half" never state the same thing
ABOVE = frozenset({"over", "just over", "well over"})
BELOW = frozenset({"nearly", "under"})
# "the early 1930s": the years of a decade a claim may mean
DECADE_PARTS = {None: (0, 9), "early": (0, 3), "mid": (3, 6), "late": (6, 9)}
# hedges before a number, longest first: "about" (within 10 %), "under" (the true figure at most the claim's),
# "over" (at least the claim's); "nearly" and "just over" are tighter than "less than" and "more than"
HEDGE_WORDS = {
    "well over": "well over",
    "just over": "just over|a little over|slightly over|slightly more than|a little more than",
    "nearly": "just under|slightly less than|not quite|nearly|almost",
    "over": "more than|in excess of|upwards of|at least|over|above|exceeding|exceeds|longer than|taller than"
    "|larger than|no fewer than|no less than|not less than"
    "|bigger than|heavier than|wider than|higher than|deeper than|older than|stronger than|faster than",
    "under": "less than|fewer than|at most|up to|under|below|shorter than|smaller than|lighter than|narrower than"
    "|lower than|younger than|slower than|no more than|not more than",
    "about": "close to|an estimated|approximately|approx|roughly|around|about|some|circa|ca|~|estimated",
}
HEDGES = sorted(
    ((phrase, kind) for kind, phrases in HEDGE_WORDS.items() for phrase in phrases.split("|")),
    key=lambda pair: -len(pair[0].split()),
)
# the true figure v against the claim's c: about |v - c| <= 10 %; nearly 0.85 c <= v <= c; ...
WINDOWS = {
    "about": (0.9, 1.1),
    "nearly": (0.83, 1.0),
    "under": (0.5, 1.0),
    "just over": (1.0, 1.2),
    "over": (1.0, 1.3),
    "well over": (1.0, 2.0),
}
CONVERTED_ROUNDING = 0.03  # "4.2 miles" for 6.8 km
