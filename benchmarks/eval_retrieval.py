"""Retrieval quality per channel and fused: recall@10 and nDCG@10 on a generated, labelled corpus.

    python benchmarks/eval_retrieval.py [--combos 16] [--per-combo 2] [--seed 11]

Corpus (mmrag.shapes): shape images with generic file names; PDFs whose pages each hold a
paragraph about two shapes and their pictures. Descriptions come from the fake Ollama
(tests/fake_ollama.py, through the real client), whose vision is the tiny CLIP; it returns
garbage for about a third of the images, so those stay undescribed and only CLIP can find them.

Queries: "a {colour} {shape}" for every combo in the corpus, graded: an image or PDF image
showing the combo = 2; a PDF page or text chunk of a page about it = 1. Nonsense queries
must return nothing. Fused uses the configured weights (MMRAG_WEIGHT_*); each single channel is the
same search with the other weights at 0.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

NONSENSE = ("quantum banana spaceship", "tax return 2019 invoice", "zzqx vlorp")
SLOT_SIZES = (150, 170)  # pixel size of the first / second picture on a PDF page, to tell them apart


def build_corpus(folder: Path, combos, per_combo: int, seed: int) -> dict:
    """Write images and PDFs; return the truth: {file name: combo} and {(pdf, page): [combo, combo]}."""
    import io

    import pymupdf

    from mmrag.shapes import ShapeSpec, label, render

    rng = random.Random(seed)
    images: dict[str, tuple[str, str]] = {}
    (folder / "photos").mkdir(parents=True)
    n = 0
    for combo in combos:
        for _ in range(per_combo):
            name = f"img_{n:03d}.png"
            render(ShapeSpec(*combo), rng, size=160, canvas=160).save(folder / "photos" / name)
            images[name] = combo
            n += 1
    pages: dict[tuple[str, int], list[tuple[str, str]]] = {}
    (folder / "docs").mkdir()
    shuffled = list(combos)
    rng.shuffle(shuffled)
    pairs = [shuffled[i : i + 2] for i in range(0, len(shuffled) - 1, 2)]
    for d in range(0, len(pairs), 2):
        doc = pymupdf.open()
        name = f"report_{d // 2}.pdf"
        for p, pair in enumerate(pairs[d : d + 2], 1):
            page = doc.new_page()
            text = f"Field notes. On this page we catalogue {label(*pair[0])} and {label(*pair[1])}, both drawn on a light background."
            page.insert_textbox(pymupdf.Rect(50, 50, 550, 200), text, fontsize=11)
            for slot, combo in enumerate(pair):
                buf = io.BytesIO()
                size = SLOT_SIZES[slot]
                render(ShapeSpec(*combo), rng, size=size, canvas=size).save(buf, format="PNG")
                page.insert_image(pymupdf.Rect(60 + slot * 250, 240, 60 + slot * 250 + size, 240 + size), stream=buf.getvalue())
            pages[(name, p)] = list(pair)
        doc.save(folder / "docs" / name)
    return {"images": images, "pages": pages}


def grades(engine, truth: dict, combo) -> dict[str, int]:
    """Relevance grade of every item for the query about ``combo``."""
    out: dict[str, int] = {}
    displays = {s.path: Path(s.display).name for s in engine.catalog.sources()}
    for item in engine.catalog.db.execute("SELECT id, source, kind, page, width FROM items"):
        item_id, source, kind, page, width = item
        name = displays[source]
        if kind == "image":
            grade = 2 if truth["images"].get(name) == tuple(combo) else 0
        else:
            pair = truth["pages"].get((name, page), [])
            if kind == "pdf_image":
                slot = SLOT_SIZES.index(width) if width in SLOT_SIZES else -1
                grade = 2 if 0 <= slot < len(pair) and tuple(pair[slot]) == tuple(combo) else 0
            else:
                grade = 1 if tuple(combo) in [tuple(c) for c in pair] else 0
        if grade:
            out[item_id] = grade
    return out


def recall_ndcg(ranked: list[str], relevant: dict[str, int], k: int = 10) -> tuple[float, float]:
    if not relevant:
        return 1.0, 1.0
    top = ranked[:k]
    recall = sum(1 for i in top if i in relevant) / len(relevant)
    dcg = sum((2 ** relevant.get(i, 0) - 1) / math.log2(r + 2) for r, i in enumerate(top))
    ideal = sorted(relevant.values(), reverse=True)[:k]
    idcg = sum((2**g - 1) / math.log2(r + 2) for r, g in enumerate(ideal))
    return recall, dcg / idcg


def flaky_describer(body: dict) -> str:
    """The fake Ollama's description, or garbage for about a third of the images (by content)."""
    from fake_ollama import describe_images, request_images

    images = request_images(body)
    if images and int(hashlib.sha256(images[0]).hexdigest(), 16) % 3 == 0:
        return "..."
    return describe_images(images)


def evaluate(index: Path, corpus: Path, combos, per_combo: int, seed: int) -> dict:
    from fake_ollama import FakeOllama

    from mmrag.config import Settings
    from mmrag.engine import Engine
    from mmrag.retrieve import SearchQuery
    from mmrag.shapes import label

    truth = build_corpus(corpus, combos, per_combo, seed)
    with FakeOllama(respond=flaky_describer) as ollama:
        engine = Engine(Settings.from_env(index=index, clip="tiny", ollama_host=ollama.host, ollama_retries=0))
        engine.ingest([corpus], progress=False)
    setups = {"fused": None, "clip": "clip", "text": "text", "bm25": "bm25"}
    table = {}
    base = engine.settings
    defaults = {"clip": base.weight_clip, "text": base.weight_text, "bm25": base.weight_bm25}
    for name, only in setups.items():
        # fused: the configured weights (MMRAG_WEIGHT_*, 2/1/1 by default); a channel alone: the others at 0
        weights = {c: (defaults[c] if only in (None, c) else 0.0) for c in ("clip", "text", "bm25")}
        engine.settings = base.with_overrides(weight_clip=weights["clip"], weight_text=weights["text"], weight_bm25=weights["bm25"])
        recalls, ndcgs = [], []
        for combo in combos:
            ranked = [r.id for r in engine.search(SearchQuery(text=label(*combo), k=10))]
            r, n = recall_ndcg(ranked, grades(engine, truth, combo))
            recalls.append(r)
            ndcgs.append(n)
        empty = sum(not engine.search(SearchQuery(text=q, k=10)) for q in NONSENSE)
        table[name] = {"recall@10": round(sum(recalls) / len(recalls), 4), "ndcg@10": round(sum(ndcgs) / len(ndcgs), 4), "nonsense_empty": f"{empty}/{len(NONSENSE)}"}
    engine.settings = base
    table["corpus"] = {"items": engine.catalog.count_items(), "pending_descriptions": engine.catalog.count_pending(), "queries": len(combos)}
    engine.close()
    return table


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--combos", type=int, default=16)
    ap.add_argument("--per-combo", type=int, default=2)
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()
    from mmrag.shapes import all_combos

    combos = random.Random(args.seed).sample(all_combos(), args.combos)
    with tempfile.TemporaryDirectory() as tmp:
        print(json.dumps(evaluate(Path(tmp) / "index", Path(tmp) / "corpus", combos, args.per_combo, args.seed), indent=2))


if __name__ == "__main__":
    main()
