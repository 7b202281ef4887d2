"""How `mmrag eval` shows its figures: a compact terminal table, and one self-contained HTML file
(inline SVG bar charts per channel, a recall@k curve, the worst questions with thumbnails, the settings)."""

from __future__ import annotations

import base64
import html
from pathlib import Path

COLOURS = {"fused": "#4c72b0", "clip": "#dd8452", "text": "#55a868", "bm25": "#c44e52"}
METRICS = ("recall", "ndcg", "mrr", "abstention")


def _fmt(value, digits: int = 3) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def terminal_table(doc: dict) -> str:
    """The --json document as a few aligned lines for a terminal."""
    k = doc["k"]
    lines = [
        f"{doc['questions']} questions, k={k}",
        f"{'setup':8} {'recall@' + str(k):>10} {'nDCG@' + str(k):>10} {'MRR':>7} {'abstain':>8}",
    ]
    for name, s in doc["retrieval"].items():
        lines.append(
            f"{name:8} {_fmt(s['recall']):>10} {_fmt(s['ndcg']):>10} {_fmt(s['mrr']):>7} {_fmt(s['abstention']):>8}"
        )
    lat = doc["latency"]
    lines.append(
        "latency ms (p50/p95): "
        + ", ".join(f"{stage} {_fmt(v['p50_ms'], 1)}/{_fmt(v['p95_ms'], 1)}" for stage, v in lat.items())
    )
    ask = doc.get("ask")
    if ask:
        c = ask["consistency"]
        lines.append(
            f"answers: citation precision {_fmt(ask['citation_precision'])}, sentence support "
            f"{_fmt(ask['sentence_support'])}, "
            f"answer_has {_fmt(ask['answer_has'])}, abstention {_fmt(ask['abstention'])}, false abstention "
            f"{_fmt(ask['false_abstention'])}"
        )
        lines.append(
            f"  consistency over paraphrases: sources {_fmt(c['sources'])}, facts {_fmt(c['facts'])} ({c['questions']} "
            "questions); "
            f"grounded {ask['grounded']}; answerers {ask['answerers']}"
        )
        lines.append(
            "  latency ms (p50/p95): "
            + ", ".join(f"{stage} {_fmt(v['p50_ms'], 1)}/{_fmt(v['p95_ms'], 1)}" for stage, v in ask["latency"].items())
        )
    worst = worst_questions(doc, 3)
    if worst:
        lines.append(
            "worst: "
            + "; ".join(
                f"line {q['line']} {q['question'][:40]!r} recall {_fmt(q['fused'].get('recall'), 2)}" for q in worst
            )
        )
    return "\n".join(lines)


def worst_questions(doc: dict, n: int) -> list[dict]:
    """Answerable questions by fused recall, then nDCG, lowest first; those with recall 1 and nDCG 1 left out."""
    scored = [q for q in doc["per_question"] if q["relevant"] and (q["fused"]["recall"] < 1 or q["fused"]["ndcg"] < 1)]
    wrong_empty = [q for q in doc["per_question"] if not q["relevant"] and q["fused"]["returned"]]
    ranked = sorted(scored, key=lambda q: (q["fused"]["recall"], q["fused"]["ndcg"], q["line"]))
    return (ranked + wrong_empty)[:n]


def bar_chart(retrieval: dict, width: int = 560, height: int = 220) -> str:
    """Grouped bars: for each metric, one bar per setup (values 0..1)."""
    pad, group_w = 40, (width - 50) / len(METRICS)
    bar_w = group_w / (len(retrieval) + 1)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height + 50}" role="img" '
        'aria-label="metrics per channel">'
    ]
    for tick in (0, 0.25, 0.5, 0.75, 1.0):
        y = pad + height - 20 - tick * (height - 40)
        parts.append(
            f'<line x1="40" x2="{width}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd"/><text x="34" y="{y + 4:.1f}" '
            f'font-size="11" text-anchor="end">{tick:g}</text>'
        )
    for g, metric in enumerate(METRICS):
        x0 = 45 + g * group_w
        for b, (name, scores) in enumerate(retrieval.items()):
            value = scores.get(metric)
            x = x0 + b * bar_w
            h = (value or 0) * (height - 40)
            y = pad + height - 20 - h
            parts.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w - 2:.1f}" height="{h:.1f}" '
                f'fill="{COLOURS.get(name, "#888")}">'
                f"<title>{name} {metric}: {_fmt(value)}</title></rect>"
            )
            parts.append(
                f'<text x="{x + bar_w / 2 - 1:.1f}" y="{y - 3:.1f}" font-size="9" '
                f'text-anchor="middle">{_fmt(value, 2)}</text>'
            )
        parts.append(
            f'<text x="{x0 + group_w / 2 - bar_w / 2:.1f}" y="{pad + height}" font-size="12" '
            f'text-anchor="middle">{metric}</text>'
        )
    parts.append(_legend(retrieval, 45, 14))
    parts.append("</svg>")
    return "".join(parts)


def _legend(retrieval: dict, x: float, y: float) -> str:
    return "".join(
        f'<rect x="{x + i * 90}" y="{y - 10}" width="12" height="12" fill="{COLOURS.get(name, "#888")}"/>'
        f'<text x="{x + i * 90 + 16}" y="{y}" font-size="12">{name}</text>'
        for i, name in enumerate(retrieval)
    )


def recall_curve(retrieval: dict, k: int, width: int = 560, height: int = 260) -> str:
    """recall@j for j = 1..k, one line per setup."""
    left, top, right, bottom = 45, 30, width - 15, height - 35

    def px(j: int, v: float) -> tuple[float, float]:
        x = left + (j - 1) * (right - left) / max(k - 1, 1)
        return x, bottom - v * (bottom - top)

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" aria-label="recall at '
        'k">'
    ]
    for tick in (0, 0.25, 0.5, 0.75, 1.0):
        _, y = px(1, tick)
        parts.append(
            f'<line x1="{left}" x2="{right}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd"/><text x="{left - 6}" '
            f'y="{y + 4:.1f}" font-size="11" text-anchor="end">{tick:g}</text>'
        )
    for j in range(1, k + 1):
        x, _ = px(j, 0)
        parts.append(f'<text x="{x:.1f}" y="{bottom + 16}" font-size="11" text-anchor="middle">{j}</text>')
    parts.append(f'<text x="{(left + right) / 2}" y="{height - 4}" font-size="12" text-anchor="middle">k</text>')
    for name, scores in retrieval.items():
        curve = scores.get("recall_at") or []
        points = " ".join("{:.1f},{:.1f}".format(*px(j, v or 0)) for j, v in enumerate(curve, 1))
        if points:
            parts.append(
                f'<polyline fill="none" stroke="{COLOURS.get(name, "#888")}" stroke-width="2" '
                f'points="{points}"><title>{name}</title></polyline>'
            )
    parts.append(_legend(retrieval, left, 16))
    parts.append("</svg>")
    return "".join(parts)


def _thumb(path: Path | None) -> str:
    if path is None:
        return '<div class="nothumb">text</div>'
    data = base64.b64encode(path.read_bytes()).decode("ascii")
    return f'<img src="data:image/jpeg;base64,{data}" alt="">'


def _page(page) -> str:
    return f" p{page}" if page else ""


def _worst_html(doc: dict, thumbs: dict[str, Path], n: int) -> str:
    blocks = []
    for q in worst_questions(doc, n):
        f = q["fused"]
        figures = "".join(
            f'<figure class="{"hit" if r["relevant"] else "miss"}">{_thumb(thumbs.get(r["id"]))}'
            f"<figcaption>{i}. {html.escape(Path(r['path']).name)}{_page(r['page'])}</figcaption></figure>"
            for i, r in enumerate(q["top"], 1)
        )
        wanted = ", ".join(html.escape(e) for e in q["relevant"]) or "nothing (should abstain)"
        missing = (
            f'<p class="warn">not in the index: {", ".join(html.escape(e) for e in q["not_in_index"])}</p>'
            if q["not_in_index"]
            else ""
        )
        score = (
            f"recall {_fmt(f.get('recall'), 2)}, nDCG {_fmt(f.get('ndcg'), 2)}"
            if q["relevant"]
            else f"{f['returned']} result(s) returned"
        )
        blocks.append(
            f'<section class="q"><h3>line {q["line"]}: {html.escape(q["question"])}</h3><p>{score}; wanted: '
            f"{wanted}</p>{missing}"
            f'<div class="row">{figures or "<em>no results</em>"}</div></section>'
        )
    return "".join(blocks) or "<p>Every question scored full recall and nDCG, and every empty one abstained.</p>"


def _table(doc: dict) -> str:
    head = "".join(f"<th>{m}</th>" for m in ("setup", f"recall@{doc['k']}", f"nDCG@{doc['k']}", "MRR", "abstention"))
    rows = "".join(
        f"<tr><td>{n}</td>" + "".join(f"<td>{_fmt(s[m])}</td>" for m in METRICS) + "</tr>"
        for n, s in doc["retrieval"].items()
    )
    lat = "".join(
        f"<tr><td>{s}</td><td>{_fmt(v['p50_ms'], 1)}</td><td>{_fmt(v['p95_ms'], 1)}</td></tr>"
        for s, v in doc["latency"].items()
    )
    latency = f"<table><tr><th>stage</th><th>p50</th><th>p95</th></tr>{lat}</table>"
    return f"<table><tr>{head}</tr>{rows}</table><h3>Latency (ms)</h3>{latency}"


def _ask_html(ask: dict | None) -> str:
    if not ask:
        return ""
    rows = [
        ("citation precision", _fmt(ask["citation_precision"])),
        ("sentence support", _fmt(ask["sentence_support"])),
        ("answer_has found", _fmt(ask["answer_has"])),
        ("abstention (relevant: [])", _fmt(ask["abstention"])),
        ("false abstention", _fmt(ask["false_abstention"])),
        ("consistency: sources", _fmt(ask["consistency"]["sources"])),
        ("consistency: facts", _fmt(ask["consistency"]["facts"])),
        ("grounded", html.escape(str(ask["grounded"]))),
        ("answerers", html.escape(str(ask["answerers"]))),
    ]
    rows += [
        (f"{stage} ms p50/p95", f"{_fmt(v['p50_ms'], 1)} / {_fmt(v['p95_ms'], 1)}")
        for stage, v in ask["latency"].items()
    ]
    return "<h2>Answers</h2><table>" + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows) + "</table>"


def _settings_html(settings: dict) -> str:
    def flat(value) -> str:
        return ", ".join(f"{k} {v}" for k, v in value.items()) if isinstance(value, dict) else str(value)

    return (
        "<table class='kv'>"
        + "".join(f"<tr><td>{html.escape(k)}</td><td>{html.escape(flat(v))}</td></tr>" for k, v in settings.items())
        + "</table>"
    )


STYLE = """body{font-family:system-ui,sans-serif;margin:24px;max-width:1100px;color:#222}
table{border-collapse:collapse;margin:8px 0}
td,th{border:1px solid #ccc;padding:3px 10px;text-align:right}td:first-child{text-align:left}
.charts{display:flex;flex-wrap:wrap;gap:24px}
.row{display:flex;flex-wrap:wrap;gap:8px}figure{margin:0;width:110px;font-size:11px;border:3px solid #eee}
figure.hit{border-color:#55a868}
figure img,.nothumb{width:104px;height:104px;object-fit:cover;display:block}
.nothumb{background:#eee;text-align:center;line-height:104px}
.kv td{text-align:left}figcaption{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}.warn{color:#b00}"""


def html_report(doc: dict, thumbs: dict[str, Path], worst: int = 8) -> str:
    """One self-contained HTML page (no external files) from the --json document and the index's thumbnails by item
    id."""
    warnings = "".join(f"<li>{html.escape(w)}</li>" for w in doc.get("warnings", []))
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>mmrag eval</title><style>{STYLE}</style></head><body>"
        f"<h1>mmrag eval: {doc['questions']} questions, k = {doc['k']}</h1>{_table(doc)}"
        f"<div class='charts'><div><h2>Per channel</h2>{bar_chart(doc['retrieval'])}</div>"
        "<div><h2>Recall@k, k = "
        f"1..{doc['k']}</h2>{recall_curve(doc['retrieval'], doc['k'])}</div></div>{_ask_html(doc.get('ask'))}"
        f"<h2>Worst questions (fused top results; green: relevant)</h2>{_worst_html(doc, thumbs, worst)}"
        + (f"<h2>Warnings</h2><ul>{warnings}</ul>" if warnings else "")
        + f"<h2>Settings</h2>{_settings_html(doc['settings'])}</body></html>"
    )
