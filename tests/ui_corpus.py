"""A small indexed corpus for the front-end tests and scripts/ui_screenshots.py, and a fake VLM that cites.

The index is built in-process with the bundled tiny CLIP, the real MiniLM and the
fake Ollama (whose tiny-CLIP "vision" writes true descriptions of shape images).
"""

from __future__ import annotations

import re
from pathlib import Path

from corpus_fixtures import write_images, write_pdf

COMBOS = [
    ("red", "star"),
    ("blue", "circle"),
    ("green", "square"),
    ("yellow", "triangle"),
    ("purple", "hexagon"),
    ("orange", "arrow"),
]
REPORT = [
    ("The zeppelin hangar report. The hangar door was painted with a purple hexagon in May.", [("purple", "hexagon")]),
    ("Budget notes. The zeppelin hangar budget rose by ten percent in the third quarter.", []),
]


def build_corpus(root: Path) -> Path:
    write_images(root / "photos", COMBOS)
    write_pdf(root / "docs" / "hangar-report.pdf", REPORT)
    return root


def build_index(root: Path, index: Path, ollama_host: str) -> dict:
    """Ingest ``root`` into ``index`` (tiny CLIP, descriptions from the Ollama at ``ollama_host``); returns its
    status."""
    from mmrag.config import Settings
    from mmrag.engine import Engine

    engine = Engine(Settings.from_env({"OLLAMA_HOST": ollama_host}, index=index, clip="tiny"))
    try:
        report = engine.ingest([root], describe=True, progress=False)
        assert not report.failed and not report.pending_descriptions, report
        return engine.status()
    finally:
        engine.close()


SOURCE = re.compile(r"^\[(\d+)\] \((?:image|text); [^)]*\)\n<<<\n(.*?)\n>>>", re.M | re.S)


def words(text: str) -> set[str]:
    """Lower-case words of four letters or more (a crude content-word filter)."""
    return set(re.findall(r"[a-z]{4,}", text.lower()))


def quoting_answer(body: dict, sources: int = 2, invalid: bool = True) -> str:
    """A VLM that answers by quoting, from each of (at most ``sources``) sources that share words with the
    question, the sentence sharing most, cited; and (``invalid``) adds a claim citing a source that does
    not exist, so every status shows."""
    prompt = body["messages"][-1]["content"]
    found = SOURCE.findall(prompt)
    if not found:  # a describe or verify request: describe the image as the default fake does
        from fake_ollama import default_respond

        return default_respond(body)
    question = words(prompt.rsplit("Question:", 1)[-1])
    lines = []
    for n, text in found:
        sentences = re.split(r"(?<=[.!?])\s+", " ".join(text.split()))
        best = max(sentences, key=lambda s: len(question & words(s)))
        if question & words(best) and len(lines) < sources:
            lines.append(f"{best.rstrip('.')} [{n}].")
    if invalid:
        lines.append(f"A cat is also shown [{len(found) + 7}].")
    return " ".join(lines)
