"""The command line of `mmrag demo`, `ui` and `serve`, with the UI's host and token rules (an edge, like cli.py: it
prints).
"""

from __future__ import annotations

import os
import sys
from dataclasses import asdict
from pathlib import Path

from .cli_output import classify_json, place_label, print_json, result_json
from .config import Settings
from .errors import UsageError


def cmd_demo(args, settings: Settings) -> int:
    """Build corpus/demo, ingest it with the tiny CLIP, show the index and a classification."""
    from .corpus import build_demo_corpus
    from .engine import Engine
    from .shapes import all_combos, label

    corpus = args.corpus.absolute()
    records = build_demo_corpus(corpus)
    print(f"demo corpus: {len(records)} images and a PDF in {corpus}", file=sys.stderr)
    index = settings.index if args.index or os.environ.get("MMRAG_INDEX") else corpus / ".index"
    settings = settings.with_overrides(clip="tiny", index=index)

    from .retrieve import SearchQuery

    engine = Engine(settings)
    try:
        report = engine.ingest([corpus], progress=sys.stderr.isatty())
        status = engine.status()
        question = records[0]["label"]
        hits = engine.search(SearchQuery(text=question, k=3))
        ask_question = "What colour is the hexagon in the report?"
        answer = engine.ask(ask_question, k=4)
        labels = [label(c, s) for c, s in all_combos()]
        sample = records[:8]
        results = engine.classify([r["path"] for r in sample], labels)
    finally:
        engine.close()
    correct = sum(r.labels[0].label == rec["label"] for r, rec in zip(results, sample) if r.labels)
    if args.json:
        print_json(
            {
                "ingest": asdict(report),
                "status": status,
                "search": {"query": question, "results": [result_json(h) for h in hits]},
                "ask": {
                    "question": ask_question,
                    "answer": answer.answer,
                    "answerer": answer.answerer,
                    "grounded": answer.grounded,
                },
                "classify": {"correct": correct, "results": [classify_json(r) for r in results]},
            }
        )
        return 0
    print(f"== ingest {corpus} (--clip tiny) into {report.index} ==")
    print(
        f"  {report.added} files added, {report.updated} updated, {report.unchanged} unchanged; {report.items} items: "
        + ", ".join(f"{n} {k}" for k, n in status["items"].items())
    )
    if report.pending_descriptions:
        print(
            f"  {report.pending_descriptions} images await a VLM description (Ollama not reachable: `ollama serve`, "
            "`ollama pull llava`, then `mmrag describe`)"
        )
    print(f"\n== search: {question!r} (truth: {Path(records[0]['path']).name}) ==")
    for n, hit in enumerate(hits, 1):
        badges = " ".join(f"{c}#{h.rank}" for c, h in hit.channels.items())
        print(
            f"  {n}. {hit.score:.4f} {hit.kind:9} {Path(hit.path).name}"
            f"{place_label(hit.page, hit.time, ' p')}  [{badges}]"
        )
    if not hits:
        print("  no relevant results (the cut-off found no evidence; `mmrag search --min-score 0` ranks without it)")
    print(f"\n== classify: {len(sample)} demo images against {len(labels)} labels ==")
    for result, rec in zip(results, sample):
        top = result.labels[0]
        mark = "ok  " if top.label == rec["label"] else "MISS"
        print(f"  {mark} {Path(result.path).name:16} {top.label:22} {top.probability:6.1%}   (truth: {rec['label']})")
    print(f"  {correct}/{len(sample)} correct")
    print(f"\n== ask: {ask_question!r} ({answer.answerer}) ==\n  {answer.answer}")
    for sentence in answer.sentences:
        cites = ", ".join(f"[{c.source}] {c.status}" for c in sentence.citations)
        print(f"  - {sentence.status}: {sentence.text}" + (f" ({cites})" if cites else ""))
    print(f"  grounded: {answer.grounded}; citation precision {answer.metrics['citation_precision']:.2f}")
    if answer.answerer == "extractive":
        print(
            "  (Ollama is not running, so this answer is built from the retrieved text; `ollama serve` and `ollama "
            "pull llava` for a VLM answer)"
        )
    return 0


LOOPBACK_NAMES = ["localhost", "127.0.0.1", "::1", "[::1]"]


def is_loopback(host: str) -> bool:
    import ipaddress

    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def ui_allowed_hosts(host: str, extra: list[str]) -> list[str]:
    """Host header names the UI accepts: the loopback names, --host itself when it is a name or an address to
    reach, and every --allow-host."""
    names = list(LOOPBACK_NAMES)
    if host not in ("0.0.0.0", "::", "") and host not in names:
        names.append(host)
    for name in extra:
        if name not in names:
            names.append(name)
    return names


def ui_token(host: str, given: str | None) -> str | None:
    """The token the UI asks for: the one given; else, for a --host other machines can reach, a new one (printed)."""
    if given or is_loopback(host):
        return given
    import secrets

    token = secrets.token_urlsafe(16)
    print(
        f"mmrag ui: --host {host} is reachable from other machines, so the UI asks for this token: {token}",
        file=sys.stderr,
    )
    return token


def cmd_ui(args, settings: Settings) -> int:
    """Become a Streamlit server for ui/app.py (exec: signals reach Streamlit directly); the app reads
    the index and models from the MMRAG_* variables set here."""
    import mmrag.ui

    if not 0 < args.port < 65536:
        raise UsageError(f"--port {args.port} is not a port number", "Use 1-65535, e.g. --port 8501")
    app = Path(mmrag.ui.__file__).with_name("server.py")  # app.py behind a Host check on every request
    chosen = {
        "MMRAG_INDEX": str(Path(settings.index).absolute()),
        "MMRAG_CLIP": settings.clip,
        "MMRAG_TEXT_MODEL": settings.text_model,
        "MMRAG_VLM": settings.vlm,
        "OLLAMA_HOST": settings.ollama_host,
        "MMRAG_CHROMA_URL": settings.chroma_url,
    }
    env = {**os.environ, **{k: v for k, v in chosen.items() if v}}
    token = ui_token(args.host, args.token or os.environ.get("MMRAG_UI_TOKEN") or None)
    env.pop("MMRAG_UI_TOKEN", None)
    if token:
        env["MMRAG_UI_TOKEN"] = token
    hosts = ui_allowed_hosts(args.host, args.allow_host)
    env["MMRAG_UI_HOSTS"] = ",".join(hosts)
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(app),
        "--server.port",
        str(args.port),
        "--server.address",
        args.host,
        "--server.headless",
        "true",
        "--server.fileWatcherType",
        "none",
        "--browser.gatherUsageStats",
        "false",
        "--server.maxUploadSize",
        "20",
        "--client.toolbarMode",
        "minimal",
        # Streamlit's recommended protections, stated explicitly, and a Host allow-list against DNS rebinding
        "--server.enableXsrfProtection",
        "true",
        "--server.enableCORS",
        "true",
    ]
    command += [arg for name in hosts for arg in ("--server.allowedHosts", name)]
    print(
        f"mmrag ui: http://{args.host}:{args.port} (index {env['MMRAG_INDEX']}); Ctrl+C stops it",
        file=sys.stderr,
        flush=True,
    )
    os.execve(sys.executable, command, env)


def cmd_serve(args, settings: Settings) -> int:
    from .api import serve

    token = args.token or os.environ.get("MMRAG_API_TOKEN") or None
    serve(settings, host=args.host, port=args.port, token=token, rate_per_minute=args.rate)
    return 0
