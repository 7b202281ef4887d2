"""Train the bundled tiny CLIP on rendered shapes, deterministically, on the CPU.

    python scripts/train_tiny_clip.py [--minutes 25] [--out mmrag/models]

Writes mmrag/models/mmrag-tiny-clip.pt (fp16 state dict, ~18 MB) and
mmrag-tiny-clip.metrics.json (held-out / seen zero-shot top-1).

Recipe (see README, "The bundled tiny CLIP"):
- images: one shape on a light background (mmrag.shapes.render), drawn on the fly;
- 16 (colour, shape) combos are never shown, to test composition;
- captions: full ("a red star" in many templates), colour-only and shape-only;
- loss: a multi-positive contrastive loss: a caption is a positive for every image
  in the batch it truly describes, so repeated combos and partial captions are
  not pushed apart as false negatives;
- AdamW, warm-up then cosine decay, a fixed number of steps (not wall-clock), so
  the result depends only on the seed.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

import numpy as np
import open_clip
import torch
import torch.nn.functional as F

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mmrag.shapes import COLOUR_NAMES, SHAPES, ShapeSpec, article, held_out_combos, label, render  # noqa: E402

MODEL_NAME = "mmrag-tiny-clip"
MEAN = np.array(open_clip.OPENAI_DATASET_MEAN, dtype=np.float32)
STD = np.array(open_clip.OPENAI_DATASET_STD, dtype=np.float32)

FULL_TEMPLATES = [
    "{a} {c} {s}",
    "{c} {s}",
    "a photo of {a} {c} {s}.",
    "a picture of {a} {c} {s}.",
    "a drawing of {a} {c} {s}.",
    "an image of {a} {c} {s}.",
    "{a} {c} {s} on a light background",
    "a {c} {s} shape",
    "a rendering of {a} {c} {s}.",
    "a photo of the {c} {s}.",
    "a {c} coloured {s}",
    "a close-up photo of {a} {c} {s}.",
    "a simple {c} {s} icon",
]
COLOUR_TEMPLATES = ["something {c}", "a {c} shape", "a {c} object", "the colour {c}", "{c}"]
SHAPE_TEMPLATES = ["{a} {s}", "a photo of {a} {s}.", "a {s} shape", "{s}", "a drawing of {a} {s}."]


def to_tensor(img) -> torch.Tensor:
    arr = (np.asarray(img, dtype=np.float32) / 255.0 - MEAN) / STD
    return torch.from_numpy(arr.transpose(2, 0, 1).copy())


def caption(colour: str | None, shape: str | None, rng: random.Random) -> str:
    if colour and shape:
        tpl = rng.choice(FULL_TEMPLATES)
        a = article(colour) if rng.random() < 0.8 else "a"
        return tpl.format(a=a, c=colour, s=shape)
    if colour:
        return rng.choice(COLOUR_TEMPLATES).format(c=colour)
    return rng.choice(SHAPE_TEMPLATES).format(a=article(shape), s=shape)  # type: ignore[arg-type]


def make_batch(rng: random.Random, seen: list[tuple[str, str]], batch: int):
    """Images of distinct-as-possible combos, one caption each, and the positives matrix."""
    combos = rng.sample(seen, min(batch, len(seen)))
    while len(combos) < batch:
        combos.append(rng.choice(seen))
    cap_attrs = []
    for colour, shape in combos:
        roll = rng.random()
        cap_attrs.append((colour, shape) if roll < 0.7 else ((colour, None) if roll < 0.85 else (None, shape)))
    images = torch.stack([to_tensor(render(ShapeSpec(c, s), rng)) for c, s in combos])
    texts = [caption(c, s, rng) for c, s in cap_attrs]
    pos = torch.tensor(
        [[(tc is None or tc == ic) and (ts is None or ts == is_) for tc, ts in cap_attrs] for ic, is_ in combos],
        dtype=torch.float32,
    )
    return images, texts, pos


def multi_positive_loss(img_f, txt_f, scale, pos):
    logits = scale * img_f @ txt_f.T
    loss_i = -(F.log_softmax(logits, dim=1) * (pos / pos.sum(1, keepdim=True))).sum(1).mean()
    loss_t = -(F.log_softmax(logits.T, dim=1) * (pos.T / pos.T.sum(1, keepdim=True))).sum(1).mean()
    return (loss_i + loss_t) / 2


@torch.no_grad()
def evaluate(model, tokenizer, rng: random.Random, per_combo: int) -> dict:
    model.eval()
    combos = [(c, s) for c in COLOUR_NAMES for s in SHAPES]
    labels = [label(c, s) for c, s in combos]
    txt = F.normalize(model.encode_text(tokenizer(labels)), dim=-1)
    held = held_out_combos()
    hits = {"held_out": [0, 0], "seen": [0, 0]}
    for idx, (c, s) in enumerate(combos):
        imgs = torch.stack([to_tensor(render(ShapeSpec(c, s), rng)) for _ in range(per_combo)])
        pred = (F.normalize(model.encode_image(imgs), dim=-1) @ txt.T).argmax(1)
        key = "held_out" if (c, s) in held else "seen"
        hits[key][0] += int((pred == idx).sum())
        hits[key][1] += per_combo
    model.train()
    return {k: round(v[0] / v[1], 4) for k, v in hits.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--steps", type=int, default=4000)
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--seed", type=int, default=1234)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--eval-every", type=int, default=500)
    ap.add_argument("--out", type=Path, default=ROOT / "mmrag" / "models")
    ap.add_argument(
        "--config",
        type=Path,
        default=ROOT / "mmrag" / "models" / f"{MODEL_NAME}.json",
        help="open_clip model config (file named mmrag-tiny-clip.json)",
    )
    args = ap.parse_args()

    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    torch.use_deterministic_algorithms(True)
    rng = random.Random(args.seed)
    open_clip.add_model_config(args.config)
    model = open_clip.create_model(MODEL_NAME)
    tokenizer = open_clip.get_tokenizer(MODEL_NAME)
    n_params = sum(p.numel() for p in model.parameters())
    print(f"params: {n_params / 1e6:.2f}M", file=sys.stderr)

    held = held_out_combos()
    seen = [(c, s) for c in COLOUR_NAMES for s in SHAPES if (c, s) not in held]
    decay = [p for n, p in model.named_parameters() if p.ndim >= 2 and "embedding" not in n]
    no_decay = [p for n, p in model.named_parameters() if not (p.ndim >= 2 and "embedding" not in n)]
    opt = torch.optim.AdamW(
        [{"params": decay, "weight_decay": 0.05}, {"params": no_decay, "weight_decay": 0.0}],
        lr=args.lr,
        betas=(0.9, 0.98),
        eps=1e-6,
    )
    warmup = max(1, args.steps // 20)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt,
        lambda step: (
            (step + 1) / warmup
            if step < warmup
            else 0.5 * (1 + np.cos(np.pi * (step - warmup) / (args.steps - warmup))) * 0.98 + 0.02
        ),
    )
    start = time.time()
    model.train()
    for step in range(1, args.steps + 1):
        images, texts, pos = make_batch(rng, seen, args.batch)
        img_f = F.normalize(model.encode_image(images), dim=-1)
        txt_f = F.normalize(model.encode_text(tokenizer(texts)), dim=-1)
        loss = multi_positive_loss(img_f, txt_f, model.logit_scale.exp().clamp(max=100), pos)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        sched.step()
        if step % 100 == 0:
            print(
                f"step {step} loss {loss.item():.3f} lr {sched.get_last_lr()[0]:.2e} {time.time() - start:.0f}s",
                file=sys.stderr,
                flush=True,
            )
        if step % args.eval_every == 0 and step < args.steps:
            print(f"eval {step}: {evaluate(model, tokenizer, random.Random(99), 8)}", file=sys.stderr, flush=True)

    metrics = evaluate(model, tokenizer, random.Random(7), 32)
    metrics.update(steps=args.steps, seed=args.seed, minutes=round((time.time() - start) / 60, 1), params=n_params)
    print(json.dumps(metrics), flush=True)
    args.out.mkdir(parents=True, exist_ok=True)
    state = {k: v.half() if v.is_floating_point() else v for k, v in model.state_dict().items()}
    torch.save(state, args.out / f"{MODEL_NAME}.pt")
    (args.out / f"{MODEL_NAME}.metrics.json").write_text(json.dumps(metrics, indent=2) + "\n")


if __name__ == "__main__":
    main()
