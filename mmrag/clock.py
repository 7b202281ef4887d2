"""Clock times in a text (pure): "7:30", "7.30 pm", "10 in the morning", "9 o'clock", "noon", as minutes after
midnight. numbers.py compares them as quantities of their own unit."""

from __future__ import annotations

import re

CLOCK = re.compile(
    r"\b(?P<h>2[0-3]|[01]?\d)(?:(?P<sep>[:.])(?P<m>[0-5]\d))?"
    r"(?:\s*(?P<ampm>[ap]\.?\s?m\b\.?|o'clock|o’clock))?"
    r"(?:\s+(?P<part>in the morning|in the afternoon|in the evening|at night))?",
    re.IGNORECASE,
)
HOUR_WORDS = "one two three four five six seven eight nine ten eleven twelve".split()
# "nine in the morning", "six o'clock", "half past seven": the hour spelled out
SPELLED = re.compile(
    rf"\b(?:(?P<half>half|quarter) past )?(?P<w>{'|'.join(HOUR_WORDS)})"
    r"(?=\s*(?:o'clock|o’clock|[ap]\.?\s?m\b|in the morning|in the afternoon|in the evening|at night))",
    re.IGNORECASE,
)
NAMED_TIMES = re.compile(r"\b(noon|midday|midnight)\b", re.IGNORECASE)
LATE_PARTS = ("in the afternoon", "in the evening", "at night")


def clock_times(text: str) -> tuple[list[tuple[float, bool]], str]:
    """(minutes after midnight, either half of the day) for each clock time, and the text without them. "7:30"
    with no am/pm or part of the day is either 7:30 or 19:30; "6.8 km" and a bare "7" are no times."""
    found: list[tuple[float, bool]] = []

    def take(m: re.Match) -> str:
        hour, minute = int(m["h"]), int(m["m"] or 0)
        ampm, part = (m["ampm"] or "").lower(), (m["part"] or "").lower()
        if not (m["sep"] == ":" or ampm or part):
            return m[0]  # a bare number, or a decimal ("6.8 km")
        if ampm.startswith("o"):  # "9 o'clock"
            ampm = ""
            if not part:
                found.append((float(hour % 12 * 60 + minute), True))
                return " "
        if ampm or part:
            pm = ampm.startswith("p") or (part in LATE_PARTS and hour < 12)
            found.append((float((hour % 12 + (12 if pm else 0)) * 60 + minute), False))
        else:
            found.append((float(hour * 60 + minute), hour <= 12))
        return " "

    text = SPELLED.sub(_digits, text)
    text = CLOCK.sub(take, text)
    found += [(0.0 if m[1].lower() == "midnight" else 720.0, False) for m in NAMED_TIMES.finditer(text)]
    return found, NAMED_TIMES.sub(" ", text)


def _digits(m: re.Match) -> str:
    hour = HOUR_WORDS.index(m["w"].lower()) + 1
    if not m["half"]:
        return str(hour)
    return f"{hour}:{30 if m['half'].lower() == 'half' else 15:02d}"


def hour_ranges(text: str) -> list[float]:
    """Clock times (minutes after midnight) of bare hour ranges such as opening hours "10-17" or "9–18"."""
    out: list[float] = []
    for m in re.finditer(r"(?<![\d.,:])([01]?\d|2[0-4])\s*[-–]\s*([01]?\d|2[0-4])(?![\d.,:%])", text):
        if int(m[1]) < int(m[2]):
            out += [int(m[1]) * 60.0, int(m[2]) * 60.0]
    return out
