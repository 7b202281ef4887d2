"""Citation marks as real models write them, and the sentences of an answer (pure functions).

Styles recognised: ``[1]``, ``[1][2]``, ``[1, 2]``, ``[1-3]``, ``[Source 1]``, ``[Sources 1 and 2]``,
``(Source 1)``, ``(source 1, 2)``, ``Source 1:``, ``According to Source 1,``, ``Source 2 states that``
and ``As Image 1 shows,`` at the start of a sentence, ``【1】``, ``[^1]``,
``[Image 2]``, and ``(Source: 1)``, ``(see Source 2)``, ``[S1]``, ``[1†source]``, ``..., according to Source 2.``
at the end of a sentence. A number in plain parentheses ("(1962)", "(1)") is not a citation: models write years
and list numbers that way.
"""

from __future__ import annotations

import re

_WORD = r"(?:sources?|images?|imgs?|documents?|docs?|refs?\.?|references?|pictures?|photos?|citations?)"
_LIST = rf"(\d+(?:\s*(?:,|;|-|–|—|&|\band\b)\s*(?:{_WORD}\s*)?\d+)*)"
# "(see Source 2)", "(cf. Source 1)", "(according to source 2)", "[from Image 1]"
_INTRO = r"(?:(?:see(?:\s+also)?|cf\.?|from|per|according\s+to|as\s+(?:shown|stated|noted|described|seen)\s+in|in)\s+)"
BRACKETED = re.compile(
    rf"(?:\[|【)\s*\^?\s*{_INTRO}?(?:{_WORD}\s*[:#]?\s*|s(?=\d)|#)?{_LIST}\s*(?:†[^\]】]*)?(?:\]|】)", re.IGNORECASE
)  # "[1]", "[Source 2]", "[^1]", "【1】", "[S1]", "[#1]", "[1†source]", "[source: 1]"
PARENTHESISED = re.compile(rf"\(\s*{_INTRO}?{_WORD}\s*[:#]?\s*{_LIST}\s*\)", re.IGNORECASE)
# at the end of a sentence: "..., according to Source 2." / "..., per Source 1."
TRAILING = re.compile(
    rf",\s*(?:according\s+to|per|see|as\s+(?:shown|stated|noted|described)\s+in)\s+(?:the\s+)?{_WORD}\s*[:#]?\s*{_LIST}"
    r"(?=\s*[.!?]?\s*$)",
    re.IGNORECASE,
)
_LEAD_VERB = r"(?:says?|states?|shows?|notes?|mentions?|reports?|indicates?|describes?|depicts?|confirms?|explains?)"
# "Source 1: ...", "According to Source 2, ...", "As Image 1 shows, ...", "Source 3 states that ...", "Per doc 2, ..."
LEADING = re.compile(
    r"^\s*(?:\*\*)?\s*(?:(?:according\s+to|as\s+(?:stated|shown|noted|described|mentioned|seen)\s+in|as|per|based\s+on"
    r"|in|from)\s+)?(?:the\s+)?"
    rf"{_WORD}\s+(\d+(?:\s*(?:,|and|&)\s*(?:{_WORD}\s+)?\d+)*)\s*(?:\*\*)?"
    rf"(?:\s*:|\s*,|\s+{_LEAD_VERB}(?:\s+that\b|\s*,|\s*:)?)\s*(?:\*\*)?",
    re.IGNORECASE,
)
# what a model puts before the claim: "Yes, ...", "Based on the provided context, ...", "In this image I can see ...",
# "It appears that ...": not words the source must hold
PREAMBLE = re.compile(
    r"^(?:(?:yes|no|indeed|actually|well|sure|certainly|overall|in (?:short|summary)|to summari[sz]e|unfortunately"
    r"|i'?m afraid(?: not)?|sadly)\s*[,:!.;\-–—]\s*)?"
    r"(?:(?:based on|according to|from|given|judging (?:by|from)|looking at)\s+(?:the\s+)?"
    r"(?:(?:provided|given|available|retrieved|above|supplied)\s+)?"
    r"(?:context|sources?|documents?|information|text|passages|excerpts|images?|pictures?|data)"
    r"(?:\s+(?:provided|given|above|supplied|available))?\s*,\s*)?"
    r"(?:(?:in|from)\s+(?:this|the)\s+(?:image|picture|photo)\s*,?\s*)?"
    r"(?:I\s+can\s+see\s+(?:that\s+)?|I\s+(?:believe|think)\s+(?:that\s+)?"
    r"|it\s+(?:appears|seems|looks)\s+(?:that|as\s+if|as\s+though)\s+)?",
    re.IGNORECASE,
)
# "(1) it lifts boats ..., and (2) it is ...": list numbers inside a sentence
LIST_MARK = re.compile(r"(?:^|(?<=[:;,]\s)|(?<=\band\s))\(?(?:\d{1,2}|[a-h]|i{1,3}|iv)\)\s+", re.IGNORECASE)
ANY_MARK = re.compile(rf"{BRACKETED.pattern}|{PARENTHESISED.pattern}|{TRAILING.pattern}", re.IGNORECASE)


def _group(mark: re.Match) -> str:
    """The list of numbers a citation mark holds, whichever of ANY_MARK's forms it is."""
    return next(g for g in mark.groups() if g)


ABBREVIATIONS = {
    "e.g",
    "i.e",
    "etc",
    "vs",
    "dr",
    "mr",
    "mrs",
    "ms",
    "fig",
    "no",
    "approx",
    "cf",
    "st",
    "jr",
    "sr",
    "inc",
    "ltd",
    "p",
    "pp",
}


def _numbers(group: str) -> list[int]:
    numbers: list[int] = []
    for part in re.split(r"\s*(?:,|;|&|\band\b)\s*", re.sub(rf"{_WORD}", " ", group, flags=re.IGNORECASE)):
        bounds = [b for b in re.split(r"\s*[-–—]\s*", part.strip()) if b]
        if not bounds:
            continue
        lo, hi = int(bounds[0]), int(bounds[-1])
        span = range(lo, hi + 1) if 0 < hi - lo < 50 else [lo] if lo == hi else [lo, hi]
        numbers += [n for n in span if n not in numbers]
    return numbers


def parse_citations(text: str) -> list[int]:
    """Source numbers cited in ``text``, in order, without repeats."""
    numbers: list[int] = []
    lead = LEADING.match(text)
    groups = ([lead.group(1)] if lead else []) + [_group(m) for m in ANY_MARK.finditer(text)]
    for group in groups:
        numbers += [n for n in _numbers(group) if n not in numbers]
    return numbers


def cited_parts(sentence: str) -> list[tuple[str, list[int]]]:
    """The sentence cut after each run of citation marks: (the words before the marks, their numbers).

    "A green cross [1] and a red star [2]." -> [("A green cross", [1]), ("and a red star.", [2])]; marks
    that all stand at the end give one part, the whole sentence. Text after the last mark joins the last part.
    """
    marks = list(ANY_MARK.finditer(sentence))
    lead = LEADING.match(sentence)
    if lead or len(marks) < 2 or not re.search(r"[A-Za-z]{3}", sentence[marks[0].end() : marks[-1].start()]):
        return [(claim_text(strip_citations(sentence)), parse_citations(sentence))] if (lead or marks) else []
    parts: list[tuple[str, list[int]]] = []
    start = 0
    for mark in marks:
        piece = sentence[start : mark.start()]
        numbers = _numbers(_group(mark))
        if parts and not re.search(r"[A-Za-z]{3}", piece):
            parts[-1][1].extend(n for n in numbers if n not in parts[-1][1])
        else:
            parts.append((claim_text(strip_citations(piece), inner=True), numbers))
        start = mark.end()
    tail = strip_citations(sentence[start:])
    if re.search(r"[A-Za-z]{3}", tail):
        parts[-1] = (parts[-1][0] + " " + tail, parts[-1][1])
    return parts


def claim_text(text: str, inner: bool = False) -> str:
    """The words of a cited part that make its claim: without a preamble ("Based on the provided context,", "Yes,",
    "I can see") or list numbers; a part cut inside a sentence ("X has two features: (1) A [1], and (2) B [1]")
    keeps only what follows its last colon, the clause its citation closes."""
    text = LIST_MARK.sub("", text)
    if inner:  # ", and it is still worked by hand [1]": the clause, not its joint
        text = re.sub(r"^[\s,;]*(?:(?:and|but|while|whereas|although|though)\b[\s,]*)?", "", text, flags=re.IGNORECASE)
    if inner and ":" in text and len(re.findall(r"[A-Za-z]{2,}", text.rsplit(":", 1)[1])) >= 3:
        text = text.rsplit(":", 1)[1]
    rest = PREAMBLE.sub("", text.strip(), count=1)
    if rest != text.strip() and len(re.findall(r"[A-Za-z]{2,}", rest)) >= 2:
        text = rest[0].upper() + rest[1:]
    return text.strip()


def strip_citations(text: str) -> str:
    """The sentence without its citation marks (and without a leading ``**Label:**``)."""
    text = LEADING.sub("", text)
    text = ANY_MARK.sub(" ", text)
    heading = re.compile(r"^\s*\*\*([^*]{1,40}):\s*\*\*\s*|^\s*\*\*([^*]{1,40})\*\*\s*:\s*")
    rest = heading.sub("", text)
    # "**Glasshouse:** It was built ..." loses its heading; "**Sails:** 4" is the label and its value
    text = rest if len(re.findall(r"[A-Za-z]{2,}", rest)) >= 3 else heading.sub(r"\1\2: ", text)
    text = text.replace("**", "").replace("__", "")
    return " ".join(text.split()).replace(" .", ".").replace(" ,", ",").replace(" ;", ";")


def split_sentences(answer: str) -> list[str]:
    """Sentences of an answer: list items are sentences; abbreviations and decimals do not end one;
    citations written after the full stop ("... red. [1]", "... red. (Source 1)") stay with their sentence."""
    sentences: list[str] = []
    for line in answer.splitlines():
        line = re.sub(r"^\s*(?:[-*•]|\d+[.)])\s+", "", line).strip()
        if not line or re.fullmatch(r"#+.*|[-=*_]{3,}", line):
            continue
        for piece in _split_line(line):
            leading = re.match(rf"^((?:(?:{ANY_MARK.pattern})\s*)+)(.*)$", piece, re.IGNORECASE)
            if leading and sentences:
                sentences[-1] += " " + leading.group(1).strip()
                piece = piece[leading.end(1) :].strip()
            if piece:
                sentences.append(piece)
    return sentences


def _split_line(line: str) -> list[str]:
    parts, start = [], 0
    for match in re.finditer(r"[.!?](?=\s+\S)", line):
        end = match.end()
        word = re.search(r"(\S+)[.!?]$", line[start:end])
        token = word.group(1).lower().rstrip(".") if word else ""
        if token in ABBREVIATIONS or re.fullmatch(r"[a-z]", token) or re.fullmatch(r"(?:[a-z]\.)+[a-z]", token):
            continue
        parts.append(line[start:end].strip())
        start = end
    parts.append(line[start:].strip())
    return [p for p in parts if p]
