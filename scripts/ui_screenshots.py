"""Regenerate the README's screenshots of the front end (docs/screenshots/*.png, 1200x800).

Builds the demo corpus (`mmrag demo`'s, in a temporary folder), indexes it with the tiny
CLIP and descriptions from the test suite's fake Ollama, which also answers questions by
quoting and citing the sources it is given (plus one made-up citation, so every status
shows); then runs `mmrag ui` and drives it in headless system Chromium with Playwright.

    python scripts/ui_screenshots.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from fake_ollama import FakeOllama  # noqa: E402
from PIL import Image  # noqa: E402
from ui_corpus import build_index, quoting_answer  # noqa: E402
from ui_driver import ask, browser_page, classify, library, search, serve, why_no_browser  # noqa: E402

from mmrag.corpus import build_demo_corpus  # noqa: E402

SEARCH = "a red shape"
QUESTION = "What colour is the hexagon in the report?"
DISTRACTORS = ["a red star", "a blue circle", "a green square"]


def shrink(path: Path) -> None:
    """256 colours, optimised: a screenshot of flat UI colours loses nothing visible."""
    Image.open(path).convert("RGB").quantize(256, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    if why_no_browser():
        print(f"cannot take screenshots: {why_no_browser()}", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="mmrag-shots-") as work, FakeOllama(respond=quoting_answer) as ollama:
        work = Path(work)
        records = build_demo_corpus(work / "corpus")
        build_index(work / "corpus", work / "index", ollama.host)
        samples = [r for r in records if r["path"].endswith(".png")][:3]
        labels = ", ".join(dict.fromkeys([r["label"] for r in samples] + DISTRACTORS))
        with serve(work / "index", {"OLLAMA_HOST": ollama.host, "HF_HUB_OFFLINE": "1"}) as url, browser_page() as page:
            shots = {
                "search": args.out / "search.png",
                "ask": args.out / "ask.png",
                "classify": args.out / "classify.png",
                "library": args.out / "library.png",
            }
            widths = search(page, url, SEARCH, shots["search"])
            print(f"search {SEARCH!r}: {len(widths)} result images", file=sys.stderr)
            ask(page, url, QUESTION, shots["ask"])
            classify(page, url, [Path(r["path"]) for r in samples], labels, shots["classify"])
            library(page, url, shots["library"])
    for shot in shots.values():
        shrink(shot)
        print(
            f"{shot.relative_to(ROOT) if shot.is_relative_to(ROOT) else shot}: {shot.stat().st_size // 1024} KiB",
            file=sys.stderr,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
