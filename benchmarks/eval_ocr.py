"""OCR: Tesseract's word recall by font size and rotation, its cost per image, and search by printed words.

    python benchmarks/eval_ocr.py [--seed 7] [--per-cell 2]

1. Recall: cards of four words on two lines (tests/text_images.py: four DejaVu fonts), for each
   font size x rotation, ``--per-cell`` cards per font: clean (black on white, PNG, the text
   rotated on the card); "photo" (the same card on a tinted, unevenly lit surface, noisy, blurred,
   JPEG); "tilted photo" (an upright card, the whole photo rotated). Recall = words read exactly
   (case-folded) / words printed, through mmrag's TesseractReader (greyscale, straightened up to
   12 degrees, small images enlarged 2x, words under confidence 30 dropped).
2. Cost per image, in one run: a small card read alone (one Tesseract process), the same cards
   read 16 per process (how ingest runs it), a 2048 px photo, and a scanned A4 page rendered at
   300 dpi (MMRAG_OCR_DPI), each through TesseractReader with one worker.
3. Search: a folder of 24 cards and photos, 8 shape images and a 3-page scanned PDF ingested with
   --clip tiny (no descriptions); every printed word searched alone: is its file first, in the top 3?
   Also ingest time with OCR against ``--no-ocr`` on the same folder.
Prints JSON, then the README's tables in Markdown.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from text_images import WORDS, fonts_available, photo_of, scanned_pdf, text_card  # noqa: E402

DISTRACTORS = ("open", "daily", "menu", "north", "gate", "room", "price", "ticket")
SIZES = (8, 10, 12, 16, 20, 28, 40, 64)
ANGLES = (0, 2, 5, 8, 12, 16)  # degrees, either direction (mmrag straightens up to 12)
VARIANTS = ("clean", "photo", "tilted photo")


def recall_table(reader, seed: int, per_cell: int) -> dict:
    from PIL import Image

    rng = random.Random(seed)
    fonts = fonts_available()
    table = {}
    for variant in VARIANTS:
        for size in SIZES:
            for angle in ANGLES:
                cards, words = [], []
                for font in fonts:
                    for _ in range(per_cell):
                        picked, turn = rng.sample(WORDS, 4), angle * rng.choice((-1, 1))
                        card = text_card(
                            [" ".join(picked[:2]), " ".join(picked[2:])],
                            font,
                            size,
                            0 if variant == "tilted photo" else turn,
                        )
                        if variant != "clean":
                            card = Image.open(
                                io.BytesIO(photo_of(card, rng, tilt=turn if variant == "tilted photo" else 0))
                            )
                        cards.append(card)
                        words.append(picked)
                texts = reader.read_many(cards)
                found = sum(w in str(t).lower().split() for ws, t in zip(words, texts) for w in ws)
                table[f"{variant}/{size}/{angle}"] = round(found / (4 * len(cards)), 3)
    return table


def cost_table(reader, seed: int) -> dict:
    from mmrag.ingest.pdf import page_pictures
    from PIL import Image

    rng = random.Random(seed)
    font = fonts_available()[0]
    cards = [text_card([" ".join(rng.sample(WORDS, 3))], font, 28) for _ in range(16)]
    photo = Image.open(
        io.BytesIO(photo_of(text_card([" ".join(rng.sample(WORDS, 3)) for _ in range(8)], font, 90, 2), rng))
    )
    photo.thumbnail((2048, 2048))
    with tempfile.TemporaryDirectory() as tmp:
        lines = [" ".join(rng.sample(WORDS, 6)) for _ in range(30)]
        pdf = scanned_pdf(Path(tmp) / "scan.pdf", [lines], font, size=28)
        [page] = list(page_pictures(pdf, [(1, None)], dpi=300))

    def ms_per_image(images, per_call: int) -> float:
        start = time.perf_counter()
        for n in range(0, len(images), per_call):
            reader.read_many(images[n : n + per_call])
        return round(1000 * (time.perf_counter() - start) / len(images), 1)

    return {
        f"card {cards[0].width}x{cards[0].height}, 1 per process": ms_per_image(cards[:8], 1),
        f"card {cards[0].width}x{cards[0].height}, 16 per process": ms_per_image(cards, 16),
        f"photo {photo.width}x{photo.height}": ms_per_image([photo, photo], 1),
        f"scanned A4 page at 300 dpi ({page.width}x{page.height}), 30 lines": ms_per_image([page], 1),
    }


def search_table(seed: int) -> dict:
    from corpus_fixtures import write_images

    from mmrag.config import Settings
    from mmrag.engine import Engine
    from mmrag.retrieve import SearchQuery

    rng = random.Random(seed)
    fonts = fonts_available()
    truth: dict[str, str] = {}
    unused = list(WORDS)
    rng.shuffle(unused)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        (folder / "cards").mkdir(parents=True)
        for n in range(24):
            words = [unused.pop()] + rng.sample(DISTRACTORS, 2)
            name = f"card_{n:02d}.{'jpg' if n % 2 else 'png'}"
            card = text_card([" ".join(words)], fonts[n % len(fonts)], rng.choice((20, 28, 40)), rng.uniform(-4, 4))
            if n % 2:
                (folder / "cards" / name).write_bytes(photo_of(card, rng))
            else:
                card.save(folder / "cards" / name)
            truth[words[0]] = name  # the card's own word (the other two are shared with other cards)
        write_images(
            folder / "shapes", [("red", "star"), ("blue", "circle"), ("green", "square"), ("yellow", "triangle")] * 2
        )
        pages = [[f"page {p + 1} about the {unused.pop()}" for _ in range(3)] for p in range(3)]
        scanned_pdf(folder / "scan.pdf", pages, fonts[1], size=32)
        for lines in pages:
            for line in lines:
                truth[line.split()[-1]] = "scan.pdf"
        timings = {}
        for label, ocr in (("no_ocr", False), ("ocr", True)):
            engine = Engine(Settings.from_env(index=Path(tmp) / f"index_{label}", clip="tiny"))
            engine.open_for_writing()
            (
                engine.store,
                engine.text.embed_texts(["warm"]),
                engine.clip.embed_texts(["warm"]),
            )  # loading is not ingest work
            start = time.perf_counter()
            engine.ingest([folder], describe=False, progress=False, ocr=ocr)
            timings[label] = time.perf_counter() - start
            if ocr:
                first = top3 = 0
                for word, name in truth.items():
                    names = [Path(r.path).name for r in engine.search(SearchQuery(text=word, k=3))]
                    first += names[:1] == [name]
                    top3 += name in names
            engine.close()
    return {
        "words": len(truth),
        "first": round(first / len(truth), 3),
        "top3": round(top3 / len(truth), 3),
        "ingest_s_no_ocr": round(timings["no_ocr"], 1),
        "ingest_s_ocr": round(timings["ocr"], 1),
        "ocr_over_no_ocr": round(timings["ocr"] / timings["no_ocr"], 2),
    }


def markdown(result: dict) -> str:
    rows = ["| text | size px | " + " | ".join(f"{a}°" for a in ANGLES) + " |", "|---|---|" + "---|" * len(ANGLES)]
    for variant in VARIANTS:
        for size in SIZES:
            cells = " | ".join(f"{result['recall'][f'{variant}/{size}/{a}']:.2f}" for a in ANGLES)
            rows.append(f"| {variant} | {size} | {cells} |")
    rows += ["", "| image | ms per image |", "|---|---|"] + [f"| {k} | {v} |" for k, v in result["cost_ms"].items()]
    s = result["search"]
    rows += [
        "",
        f"search: {s['words']} words, file first {s['first']:.2f}, top 3 {s['top3']:.2f}; "
        f"ingest {s['ingest_s_ocr']} s with OCR, {s['ingest_s_no_ocr']} s without ({s['ocr_over_no_ocr']}x)",
    ]
    return "\n".join(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--per-cell", type=int, default=2, help="cards per font in each size x angle cell")
    args = ap.parse_args()
    from mmrag.backends.ocr import TesseractReader

    if not fonts_available():
        sys.exit("eval_ocr: DejaVu fonts are missing (apt-get install fonts-dejavu-core)")
    reader = TesseractReader()  # raises with an install hint when the binary is missing
    single = TesseractReader(workers=1)
    result = {
        "tesseract": reader.binary,
        "recall": recall_table(reader, args.seed, args.per_cell),
        "cost_ms": cost_table(single, args.seed),
        "search": search_table(args.seed),
    }
    print(json.dumps(result, indent=2))
    print(markdown(result))


if __name__ == "__main__":
    main()
