"""The ``mmrag`` command line. Results on stdout (``--json``: one JSON document), logs on stderr.

Exit codes: 0 success, 2 bad usage or unusable input, 1 anything else; every
error is one line on stderr that says what to do.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

from . import __version__
from .cli_ask import add_ask_options, cmd_ask, cmd_chat, cmd_describe_images
from .config import Settings
from .errors import InputError, MmragError, UsageError

log = logging.getLogger("mmrag")


class _Parser(argparse.ArgumentParser):
    """argparse that raises UsageError instead of exiting, so errors stay one line."""

    def error(self, message: str):
        raise UsageError(f"{self.prog}: {message}", f"See `{self.prog} --help`")


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--index", type=Path, help="index folder (env MMRAG_INDEX; default: the user data dir)")
    common.add_argument("--json", action="store_true", help="print one JSON document on stdout")
    common.add_argument(
        "--chroma-url",
        metavar="URL",
        help="a Chroma server (`chroma run`) for the vectors, e.g. http://127.0.0.1:8000 (env MMRAG_CHROMA_URL); fixed "
        "when the index is created",
    )
    common.add_argument("-v", "--verbose", action="store_true", help="log more on stderr")
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = _Parser(prog="mmrag", description="Local multimodal RAG search over photos and PDFs.")
    parser.add_argument("--version", action="version", version=f"mmrag {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    p = sub.add_parser("classify", parents=[common], help="zero-shot labels for images (no index needed)")
    p.add_argument("images", nargs="+", metavar="IMAGE", help="image files (any format Pillow reads)")
    p.add_argument("--labels", help='comma-separated labels, e.g. "cat,dog,car"')
    p.add_argument("--labels-file", type=Path, help="a file of labels, one per line (or comma-separated)")
    p.add_argument(
        "--template",
        action="append",
        default=[],
        help='extra prompt template with one {}, e.g. "a sketch of a {}." (repeatable)',
    )
    p.add_argument("--clip", help="CLIP SPEC: tiny | ARCH:TAG | ARCH:PATH (env MMRAG_CLIP)")
    p.add_argument("--top", type=int, default=3, help="labels shown per image in text output (JSON has all)")
    p.set_defaults(run=cmd_classify)

    models = argparse.ArgumentParser(add_help=False)
    models.add_argument(
        "--clip", help="CLIP SPEC: tiny | ARCH:TAG | ARCH:PATH (env MMRAG_CLIP); fixed when the index is created"
    )
    models.add_argument(
        "--text-model", help="sentence-transformers model (env MMRAG_TEXT_MODEL; default all-MiniLM-L6-v2)"
    )
    models.add_argument("--vlm", help="Ollama vision model for descriptions and answers (env MMRAG_VLM; default llava)")

    p = sub.add_parser("ingest", parents=[common, models], help="index photos and PDFs (incremental, resumable)")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files and folders (folders are walked recursively)")
    p.add_argument("--no-describe", action="store_true", help="skip VLM descriptions (run `mmrag describe` later)")
    p.add_argument(
        "--no-ocr",
        action="store_true",
        help="skip reading text in images (run `mmrag describe` later; MMRAG_OCR=off turns OCR off)",
    )
    p.add_argument(
        "--hidden", action="store_true", help="include hidden files and folders (left out and counted by default)"
    )
    p.add_argument(
        "--prune", action="store_true", help="also forget every indexed file that no longer exists, wherever it was"
    )
    p.add_argument(
        "--exclude",
        action="append",
        default=[],
        metavar="GLOB",
        help="leave out paths matching this gitignore-style pattern, relative to each folder given (repeatable; "
        "a .mmragignore file in a folder given adds its own lines); files indexed before are forgotten",
    )
    p.add_argument(
        "--parallel",
        type=int,
        metavar="N",
        help="requests to Ollama at once for descriptions and VLM OCR (env MMRAG_VLM_PARALLEL; default 4; 1: one at a "
        "time)",
    )
    p.add_argument(
        "--oldest-first",
        action="store_true",
        help="describe and read the oldest photos first (default: newest first, by capture date)",
    )
    p.set_defaults(run=cmd_ingest)

    p = sub.add_parser(
        "remove", parents=[common], help="forget indexed files (or everything under a folder), on disk or not"
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="indexed files or folders (see `mmrag sources`)")
    p.set_defaults(run=cmd_remove)

    p = sub.add_parser(
        "describe",
        parents=[common, models],
        help="write VLM descriptions and read text (OCR) for pending items; or describe given IMAGE files (no index)",
    )
    p.add_argument(
        "images",
        nargs="*",
        metavar="IMAGE",
        help="image files to describe (no index needed); without them, the index's pending items",
    )
    p.add_argument(
        "--style",
        choices=["brief", "detailed", "text", "document"],
        help="with IMAGE: brief caption; detailed objects, colours, positions (default); text transcription; document "
        "type, sections, fields",
    )
    p.add_argument(
        "--parallel",
        type=int,
        metavar="N",
        help="requests to Ollama at once for descriptions and VLM OCR (env MMRAG_VLM_PARALLEL; default 4; 1: one at a "
        "time)",
    )
    p.add_argument(
        "--oldest-first",
        action="store_true",
        help="describe and read the oldest photos first (default: newest first, by capture date)",
    )
    p.set_defaults(run=cmd_describe)

    p = sub.add_parser("search", parents=[common], help="hybrid search: CLIP + dense text + BM25, fused and explained")
    p.add_argument("query", nargs="?", default="", metavar="QUERY", help="what to look for (may be empty with --image)")
    p.add_argument(
        "--image",
        type=Path,
        help="query by example: find items that look like this image (with a QUERY too, both combined)",
    )
    p.add_argument(
        "--not",
        dest="negatives",
        action="append",
        default=[],
        metavar="TEXT",
        help="lower results that match TEXT (repeatable): CLIP and text vectors minus TEXT's, BM25 hits holding its "
        "words dropped",
    )
    p.add_argument("-k", type=int, default=10, help="number of results (default 10)")
    p.add_argument(
        "--kind",
        action="append",
        default=[],
        help="image, pdf_image, pdf_page, text or video_frame (repeatable, or comma-separated)",
    )
    p.add_argument(
        "--path", dest="path_glob", metavar="GLOB", help="only paths matching GLOB (file name when GLOB has no /)"
    )
    p.add_argument(
        "--after",
        metavar="DATE",
        help="only items dated on or after DATE (YYYY-MM-DD[THH:MM]); EXIF date, else file mtime",
    )
    p.add_argument("--before", metavar="DATE", help="only items dated before DATE")
    p.add_argument("--label", help="only images whose zero-shot tag (mmrag tag) is LABEL")
    p.add_argument(
        "--place", help="only photos taken in PLACE: a city, region or country (from GPS EXIF), case-insensitive"
    )
    p.add_argument("--sort", choices=["relevance", "date"], default="relevance")
    p.add_argument(
        "--min-score",
        type=float,
        help="keep results whose fused score is at least this, instead of the evidence cut-off",
    )
    p.add_argument(
        "-f",
        "--paths",
        action="store_true",
        help="print only the source paths, one per line, deduplicated, in rank order (for | xargs)",
    )
    p.set_defaults(run=cmd_search)

    p = sub.add_parser(
        "tag", parents=[common], help="zero-shot tags for every image item, filterable with search --label"
    )
    p.add_argument("--labels", help='comma-separated labels, e.g. "beach,city,forest"')
    p.add_argument("--labels-file", type=Path, help="a file of labels, one per line")
    p.add_argument("--template", action="append", default=[], help="extra prompt template with one {} (repeatable)")
    p.set_defaults(run=cmd_tag)

    p = sub.add_parser(
        "ask",
        parents=[common],
        help="answer a question from the index, every sentence cited and every citation checked",
    )
    p.add_argument("question", metavar="QUESTION")
    add_ask_options(p)
    p.set_defaults(run=cmd_ask)

    _add_eval(sub, common)

    p = sub.add_parser(
        "chat", parents=[common], help="a conversation over the index: follow-ups understood from the previous turns"
    )
    add_ask_options(p)
    p.set_defaults(run=cmd_chat)

    p = sub.add_parser("status", parents=[common], help="what the index holds, in numbers")
    p.set_defaults(run=cmd_status)

    p = sub.add_parser("sources", parents=[common], help="what the index holds, file by file")
    p.set_defaults(run=cmd_sources)

    p = sub.add_parser("ui", parents=[common, models], help="the Streamlit front end on the same index")
    p.add_argument("--port", type=int, default=8501, help="port to serve on (default 8501)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    p.add_argument(
        "--allow-host",
        action="append",
        default=[],
        metavar="NAME",
        help="a host name the browser may use to reach the UI, besides the loopback names (repeatable; guards against "
        "DNS rebinding)",
    )
    p.add_argument(
        "--token",
        default=None,
        help="ask for this token before showing anything (env MMRAG_UI_TOKEN); "
        "with a non-loopback --host and no token, one is made up and printed",
    )
    p.set_defaults(run=cmd_ui)

    p = sub.add_parser("demo", parents=[common], help="build corpus/demo and show what mmrag does on it")
    p.add_argument("--corpus", type=Path, default=Path("corpus") / "demo", help="where to build the demo corpus")
    p.set_defaults(run=cmd_demo)
    _add_issue24_commands(sub, common, models)
    return parser


# -- commands -----------------------------------------------------------------


def cmd_classify(args, settings: Settings) -> int:
    from .engine import Engine

    labels = _read_labels(args.labels, args.labels_file)
    results = Engine(settings).classify(args.images, labels, extra_templates=args.template)
    if args.json:
        _print_json({"results": [_classify_json(r) for r in results]})
    else:
        for r in results:
            print(r.path)
            if r.error:
                print(f"  error: {r.error}")
            for score in (r.labels or [])[: args.top]:
                print(f"  {score.probability:6.1%}  {score.label}")
    failed = [r for r in results if r.error]
    for r in failed:
        log.warning("skipped %s: %s", r.path, r.error)
    if len(failed) == len(results):
        raise InputError("none of the images could be read", "Check the paths and that they are image files")
    return 0


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
        _print_json(
            {
                "ingest": asdict(report),
                "status": status,
                "search": {"query": question, "results": [_result_json(h) for h in hits]},
                "ask": {
                    "question": ask_question,
                    "answer": answer.answer,
                    "answerer": answer.answerer,
                    "grounded": answer.grounded,
                },
                "classify": {"correct": correct, "results": [_classify_json(r) for r in results]},
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
            f"  {n}. {hit.score:.4f} {hit.kind:9} {Path(hit.path).name}{_place(hit.page, hit.time, ' p')}  [{badges}]"
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


def cmd_ingest(args, settings: Settings) -> int:
    from .engine import Engine

    engine, bars = Engine(_with_parallel(args, settings)), ProgressBars(not args.json or sys.stderr.isatty())
    try:
        report = engine.ingest(
            args.paths,
            describe=not args.no_describe,
            include_hidden=args.hidden,
            progress=bars,
            ocr=not args.no_ocr,
            prune=args.prune,
            excludes=args.exclude,
            oldest_first=args.oldest_first,
        )
        pending_ocr = engine.catalog.count_ocr_pending()
    finally:
        bars.close()
        engine.close()
    return _print_ingest_report(report, pending_ocr, args.json)


def cmd_remove(args, settings: Settings) -> int:
    from .engine import Engine

    engine = Engine(settings)
    try:
        report = engine.remove(args.paths)
        pending_ocr = engine.catalog.count_ocr_pending()
    finally:
        engine.close()
    return _print_ingest_report(report, pending_ocr, args.json)


def _print_ingest_report(report, pending_ocr: int, as_json: bool) -> int:
    """The ingest report (also `mmrag remove`'s): JSON, or lines for people."""
    document = asdict(report)
    if as_json:
        _print_json(document)
    else:
        print(
            f"index {report.index}: {report.added} added, {report.updated} updated, {report.unchanged} unchanged, "
            f"{report.removed} removed; {report.items} items"
        )
        if report.pending_descriptions:
            print(f"{report.pending_descriptions} image(s) await a description: start Ollama and run `mmrag describe`")
        if pending_ocr:
            print(
                f"{pending_ocr} image(s) await OCR: install Tesseract (apt-get install tesseract-ocr) or start Ollama, "
                "then run `mmrag describe`"
            )
        for failure in report.failed:
            print(f"  skipped {failure['path']}: {failure['reason']}")
        for line in _left_out_lines(report):
            print(line)
    return 0


def _left_out_lines(report) -> list[str]:
    """What the walk left out, said in counts: by extension, index folders by name, hidden entries."""
    from collections import Counter

    from .ingest.discover import INDEX_REASON

    types = Counter(
        i["reason"].removeprefix("unsupported type ")
        for i in report.ignored
        if i["reason"].startswith("unsupported type ")
    )
    other = Counter(
        i["reason"]
        for i in report.ignored
        if not i["reason"].startswith("unsupported type ") and i["reason"] != INDEX_REASON
    )
    lines = []
    if types or other:
        counts = ", ".join(f"{n} {what}" for what, n in sorted((types + other).items(), key=lambda kv: (-kv[1], kv[0])))
        lines.append(
            f"ignored {sum(types.values()) + sum(other.values())} file(s) not indexed because of their type: {counts} "
            "(listed in --json)"
        )
    lines += [f"ignored {i['path']}: {i['reason']}" for i in report.ignored if i["reason"] == INDEX_REASON]
    if report.hidden:
        lines.append(f"left out {report.hidden} hidden file(s) and folder(s): add --hidden to include them")
    if report.excluded:
        lines.append(f"excluded {report.excluded} file(s) and folder(s) by --exclude / .mmragignore")
    return lines


class ProgressBars:
    """The engine's progress callback ``(stage, done, total)`` drawn as one tqdm bar per stage on stderr, with its
    rate and time left (the only place tqdm is used for the passes; the UI draws the same callback)."""

    def __init__(self, enabled: bool):
        self.enabled, self.stage, self.bar = enabled, None, None

    def __call__(self, stage: str, done: int, total: int) -> None:
        if not self.enabled:
            return
        if stage != self.stage:
            from tqdm import tqdm

            self.close()
            self.stage, self.bar = (
                stage,
                tqdm(
                    total=total,
                    desc=stage,
                    unit="file" if stage == "ingest" else "image",
                    file=sys.stderr,
                    dynamic_ncols=True,
                ),
            )
        self.bar.total = total
        self.bar.update(done - self.bar.n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
        self.stage, self.bar = None, None


def _with_parallel(args, settings: Settings) -> Settings:
    """``--parallel N`` over MMRAG_VLM_PARALLEL."""
    if args.parallel is not None and args.parallel < 1:
        raise UsageError(
            f"--parallel {args.parallel} is below 1",
            "Give how many requests Ollama gets at once (1 or more; default 4)",
        )
    return settings.with_overrides(vlm_parallel=args.parallel)


def cmd_describe(args, settings: Settings) -> int:
    from .engine import Engine

    if args.images:
        return cmd_describe_images(args, settings)
    if args.style:
        raise UsageError(
            "--style is for describing given images", "Add IMAGE files, e.g. mmrag describe photo.jpg --style brief"
        )

    engine, bars = Engine(_with_parallel(args, settings)), ProgressBars(not args.json or sys.stderr.isatty())
    try:
        report = engine.describe(progress=bars, oldest_first=args.oldest_first)
        read = engine.read_text(progress=bars, oldest_first=args.oldest_first)
        pending, pending_ocr = engine.catalog.count_pending(), engine.catalog.count_ocr_pending()
    finally:
        bars.close()
        engine.close()
    if report.stopped and not report.described:
        from .errors import MmragError

        raise MmragError(f"no description written ({pending} pending): {report.stopped}")
    failed = report.failed + [{"path": f["path"], "reason": f"OCR: {f['reason']}"} for f in read.failed]
    if args.json:
        _print_json(
            {
                "described": report.described,
                "pending_descriptions": pending,
                "failed": failed,
                "ocr_read": read.read,
                "pending_ocr": pending_ocr,
            }
        )
    else:
        print(f"{report.described} described, {pending} pending; {read.read} read by OCR, {pending_ocr} pending")
        for failure in failed:
            print(f"  failed {failure['path']}: {failure['reason']}")
    return 0


def cmd_search(args, settings: Settings) -> int:
    from .engine import Engine
    from .retrieve import SearchQuery

    if args.image is not None and not args.image.is_file():
        raise InputError(f"no such image: {args.image}", "Check the --image path")
    kinds = tuple(k.strip() for value in args.kind for k in value.split(",") if k.strip())
    query = SearchQuery(
        text=args.query.strip(),
        image=args.image,
        k=args.k,
        kinds=kinds,
        path_glob=args.path_glob,
        after=_date(args.after, "--after"),
        before=_date(args.before, "--before"),
        label=args.label,
        sort=args.sort,
        min_score=args.min_score,
        negatives=_negatives(args.negatives),
        place=(args.place or "").strip() or None,
    )
    results = Engine(settings).search(query)
    if args.json:
        _print_json({"query": query.text, "results": [_result_json(r) for r in results]})
        return 0
    if args.paths:
        for path in dict.fromkeys(r.path for r in results):
            print(path)
        return 0
    if not results:
        print("no relevant results")
    for n, r in enumerate(results, 1):
        where = f"{r.path}" + _place(r.page, r.time) + (f"  ({r.place})" if r.place else "")
        badges = "  ".join(f"{c}#{h.rank} {h.score:.3g}{'*' if h.evidence else ''}" for c, h in r.channels.items())
        print(f"{n:2d}. {r.score:.4f}  {r.kind:9} {where}\n      {badges}\n      {r.snippet}")
    return 0


def _add_eval(sub, common) -> None:
    p = sub.add_parser(
        "eval",
        parents=[common],
        help="measure search (and answers) on your own questions: recall, nDCG, MRR, abstention",
    )
    p.add_argument(
        "questions",
        type=Path,
        metavar="QUESTIONS.jsonl",
        help='one JSON object a line: {"question", "relevant": ["PATH" or "PATH#PAGE", ...], "answer_has"?, '
        '"paraphrases"?}',
    )
    p.add_argument("-k", type=int, default=10, help="results per search that count (default 10)")
    p.add_argument(
        "--ask",
        action="store_true",
        help="also answer every question (and paraphrase) with 5 sources, as `mmrag ask`, and score the answers",
    )
    p.add_argument("--vlm", help="Ollama model for --ask (env MMRAG_VLM; default llava)")
    p.add_argument(
        "--report",
        type=Path,
        metavar="FILE.html",
        help="write one self-contained HTML report (charts, worst questions, settings)",
    )
    p.set_defaults(run=cmd_eval)


def cmd_eval(args, settings: Settings) -> int:
    from .engine import Engine
    from .eval_report import html_report, terminal_table
    from .evaluate import TimedVLM, evaluate, read_questions, report_json

    if args.k < 1:
        raise UsageError("-k must be at least 1")
    questions, problems = read_questions(args.questions)
    for problem in problems:
        log.warning("skipped %s", problem)
    plain = Engine(settings)
    engine = Engine(settings, vlm=TimedVLM(lambda: plain.vlm)) if args.ask else plain
    try:
        engine.status()  # no index: one clear error before any model loads
        report = evaluate(engine, questions, k=args.k, ask=args.ask)
        for warning in report.warnings:
            log.warning("%s", warning)
        doc = report_json(report)
        doc["skipped_lines"] = problems
        if args.report is not None:
            ids = [r["id"] for q in doc["per_question"] for r in q["top"]]
            try:
                args.report.write_text(html_report(doc, engine.thumbnails(ids)), encoding="utf-8")
            except OSError as err:
                raise InputError(
                    f"cannot write the report {args.report}: {err.strerror or err}", "Choose a writable --report path"
                ) from None
            print(f"report written to {args.report}", file=sys.stderr)
    finally:
        engine.close()
    if args.json:
        _print_json(doc)
    else:
        print(terminal_table(doc))
    return 0


def cmd_tag(args, settings: Settings) -> int:
    from .engine import Engine

    labels = _read_labels(args.labels, args.labels_file)
    engine = Engine(settings)
    try:
        report = engine.tag(labels, extra_templates=args.template)
    finally:
        engine.close()
    if args.json:
        _print_json(report)
    else:
        print(f"{report['tagged']} image items tagged")
        for label, count in report["labels"].items():
            print(f"  {count:6d}  {label}")
    return 0


def _place(page: int | None, time: float | None, page_prefix: str = " (page ") -> str:
    """Where in its file an item is: ' @ 01:20' for a video frame, ' (page 3)' (or ' p3') for a page, else ''."""
    if time is not None:
        from .ingest.video import format_time

        return f" @ {format_time(time)}"
    if page:
        return f"{page_prefix}{page}{')' if page_prefix.endswith('(page ') else ''}"
    return ""


def _result_json(r) -> dict:
    return {
        "id": r.id,
        "kind": r.kind,
        "path": r.path,
        "page": r.page,
        "score": r.score,
        "channels": {
            c: {
                "rank": h.rank,
                "score": round(h.score, 6),
                "evidence": h.evidence,
                "threshold": h.threshold,
                "quantile": h.quantile,
            }
            for c, h in r.channels.items()
        },
        "snippet": r.snippet,
        "description": r.description,
        "ocr": r.ocr or None,
        **({"time": r.time} if r.time is not None else {}),
        **({"place": r.place} if r.place else {}),
    }


def _date(text: str | None, flag: str) -> float | None:
    from datetime import datetime

    if text is None:
        return None
    from datetime import timezone

    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{flag} {text!r} is not a date", "Write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM") from None
    try:
        return when.timestamp()
    except (OverflowError, ValueError, OSError):  # before 1970 or after 2038 on some platforms, or year 1: read as UTC
        return (when if when.tzinfo else when.replace(tzinfo=timezone.utc)).timestamp()


def cmd_status(args, settings: Settings) -> int:
    from .engine import Engine

    status = Engine(settings).status()
    if args.json:
        _print_json(status)
    else:
        items = ", ".join(f"{n} {kind}" for kind, n in status["items"].items())
        print(
            f"index: {status['index']}\nclip: {status['clip']}\ntext model: {status['text_model']}\nschema: "
            f"v{status['schema_version']}"
        )
        print(
            f"sources: {status['sources']}\nitems: {items}\npending descriptions: "
            f"{status['pending_descriptions']}\npending OCR: {status['pending_ocr']}"
        )
        print("cut-off: " + _calibration_line(status.get("calibration")))
        if status["labels"]:
            print("labels: " + ", ".join(f"{label} ({n})" for label, n in status["labels"].items()))
    return 0


def _calibration_line(calibration: dict | None) -> str:
    if calibration is None:
        return "not calibrated yet (the first search calibrates it)"
    parts = [
        f"{c} {v['threshold']:.4g}" if v["threshold"] is not None else f"{c} fixed"
        for c, v in calibration["channels"].items()
    ]
    stale = " (stale: the next search recalibrates)" if calibration.get("stale") else ""
    return f"null quantile {calibration['quantile']} over {calibration['queries']} queries: " + ", ".join(parts) + stale


def cmd_sources(args, settings: Settings) -> int:
    from .engine import Engine

    sources = Engine(settings).sources()
    if args.json:
        _print_json({"sources": sources})
    else:
        for s in sources:
            print(f"{s['items']:5d} items  {s['kind']:5}  {s['size']:>10,d} B  {shown_path(s['path'])}")
    return 0


# -- duplicates, watch, serve ----------------------------------------------------


def _add_issue24_commands(sub, common, models) -> None:
    p = sub.add_parser(
        "duplicates", parents=[common], help="exact copies and near-duplicate images in the index (nothing is deleted)"
    )
    p.add_argument(
        "--threshold",
        type=float,
        help="cosine similarity from which two images are near-duplicates (default: measured on the index for its "
        "model)",
    )
    p.set_defaults(run=cmd_duplicates)

    p = sub.add_parser(
        "watch",
        parents=[common, models],
        help="keep the index fresh: ingest changes under PATH... as they happen (Ctrl+C stops)",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="folders (or files) to watch; they are re-scanned on start")
    p.add_argument("--no-describe", action="store_true", help="skip VLM descriptions (run `mmrag describe` later)")
    p.add_argument("--no-ocr", action="store_true", help="skip reading text in images")
    p.add_argument("--hidden", action="store_true", help="include hidden files and folders")
    p.add_argument(
        "--exclude",
        action="append",
        default=[],
        metavar="GLOB",
        help="leave out paths matching this gitignore-style pattern, relative to each folder given (repeatable; "
        "a .mmragignore file in a folder given adds its own lines); files indexed before are forgotten",
    )
    p.add_argument(
        "--debounce",
        type=float,
        default=2.0,
        help="seconds of quiet after a change before a batch is ingested (default 2)",
    )
    p.set_defaults(run=cmd_watch)

    p = sub.add_parser(
        "serve", parents=[common, models], help="the JSON HTTP API over the index (OpenAPI docs at /docs)"
    )
    p.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on (default 127.0.0.1: this machine only; any other needs --token)",
    )
    p.add_argument("--port", type=int, default=8765, help="port (default 8765; 0 picks a free one)")
    p.add_argument("--token", help="bearer token clients must send (env MMRAG_API_TOKEN); required off loopback")
    p.add_argument("--rate", type=int, default=120, help="requests per minute per client (default 120)")
    p.set_defaults(run=cmd_serve)


def cmd_duplicates(args, settings: Settings) -> int:
    from .duplicates import check_threshold, find_duplicates, report_json
    from .engine import Engine

    check_threshold(args.threshold)
    engine = Engine(settings)
    try:
        embed = (lambda images: engine.clip.embed_images(images)) if args.threshold is None else None
        report = find_duplicates(engine.catalog, engine.store, args.threshold, embed_images=embed)
    finally:
        engine.close()
    if args.json:
        _print_json(report_json(report))
        return 0
    how = {"given": "given", "probe": "measured on this index", "fallback": "fallback"}[report.threshold_source]
    print(f"threshold {report.threshold:.6g} ({how}); {len(report.groups)} group(s)")
    for group in report.groups:
        print(f"{group.kind} ({group.similarity:.6g}):")
        for item in group.items:
            print(f"  {item['path']}" + (f" (page {item['page']})" if item["page"] else ""))
    return 0


def cmd_watch(args, settings: Settings) -> int:
    from .watch import Watcher

    if not args.debounce >= 0:
        raise UsageError(f"--debounce {args.debounce} is not a number of seconds", "Use e.g. --debounce 2")
    watcher = Watcher(
        settings,
        args.paths,
        describe=not args.no_describe,
        ocr=not args.no_ocr,
        include_hidden=args.hidden,
        debounce=args.debounce,
        excludes=args.exclude,
    )
    for report in watcher.run():
        if args.json:
            print(json.dumps(asdict(report), ensure_ascii=False), flush=True)
        else:
            print(
                f"{report.added} added, {report.updated} updated, {report.removed} removed; {report.items} items",
                flush=True,
            )
            for failure in report.failed:
                print(f"  skipped {failure['path']}: {failure['reason']}", flush=True)
    return 0


def cmd_serve(args, settings: Settings) -> int:
    from .api import serve

    token = args.token or os.environ.get("MMRAG_API_TOKEN") or None
    serve(settings, host=args.host, port=args.port, token=token, rate_per_minute=args.rate)
    return 0


# -- helpers --------------------------------------------------------------------


def shown_path(path: str) -> str:
    """A file name on one terminal line: control characters (a newline in a name) and undecodable bytes escaped."""
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in path)


def _negatives(values) -> tuple[str, ...]:
    """--not values: each non-empty; an empty one is a mistake worth saying."""
    negatives = tuple(v.strip() for v in values)
    if any(not v for v in negatives):
        raise UsageError("--not needs a text", 'Example: mmrag search "beach" --not "people"')
    return negatives


def _read_labels(inline: str | None, file: Path | None) -> list[str]:
    from .classify import parse_labels

    text = inline or ""
    if file is not None:
        try:
            text += "\n" + file.read_text(encoding="utf-8")
        except OSError as err:
            raise InputError(f"cannot read labels file {file}: {err.strerror or err}", "Check the path") from None
    labels = parse_labels(text)
    if not labels:
        raise UsageError("no labels given", 'Pass --labels "cat,dog,car" or --labels-file FILE')
    return labels


def _classify_json(result) -> dict:
    if result.error:
        return {"path": result.path, "error": result.error}
    return {"path": result.path, "labels": [asdict(s) for s in result.labels]}


def _print_json(document: dict) -> None:
    json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    sys.stdout.flush()


def _settings_from(args) -> Settings:
    names = (
        "index",
        "chroma_url",
        "clip",
        "text_model",
        "vlm",
        "temperature",
        "top_k",
        "top_p",
        "num_predict",
        "num_ctx",
    )
    overrides = {name: getattr(args, name, None) for name in names}
    return Settings.from_env(**overrides)


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="mmrag: %(message)s", stream=sys.stderr)
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    try:
        args = build_parser().parse_args(argv)
        if args.verbose:
            logging.getLogger().setLevel(logging.INFO)
        return args.run(args, _settings_from(args))
    except MmragError as err:
        print(f"mmrag: error: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("mmrag: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
