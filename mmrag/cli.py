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
from dataclasses import asdict
from pathlib import Path
from typing import Sequence

from . import __version__
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
    common.add_argument("--chroma-url", metavar="URL", help="a Chroma server (`chroma run`) for the vectors, e.g. http://127.0.0.1:8000 (env MMRAG_CHROMA_URL); fixed when the index is created")
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
    p.add_argument("--template", action="append", default=[], help='extra prompt template with one {}, e.g. "a sketch of a {}." (repeatable)')
    p.add_argument("--clip", help="CLIP SPEC: tiny | ARCH:TAG | ARCH:PATH (env MMRAG_CLIP)")
    p.add_argument("--top", type=int, default=3, help="labels shown per image in text output (JSON has all)")
    p.set_defaults(run=cmd_classify)

    models = argparse.ArgumentParser(add_help=False)
    models.add_argument("--clip", help="CLIP SPEC: tiny | ARCH:TAG | ARCH:PATH (env MMRAG_CLIP); fixed when the index is created")
    models.add_argument("--text-model", help="sentence-transformers model (env MMRAG_TEXT_MODEL; default all-MiniLM-L6-v2)")
    models.add_argument("--vlm", help="Ollama vision model for descriptions and answers (env MMRAG_VLM; default llava)")

    p = sub.add_parser("ingest", parents=[common, models], help="index photos and PDFs (incremental, resumable)")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files and folders (folders are walked recursively)")
    p.add_argument("--no-describe", action="store_true", help="skip VLM descriptions (run `mmrag describe` later)")
    p.add_argument("--no-ocr", action="store_true", help="skip reading text in images (run `mmrag describe` later; MMRAG_OCR=off turns OCR off)")
    p.add_argument("--hidden", action="store_true", help="include hidden files and folders")
    p.add_argument("--prune", action="store_true", help="also forget every indexed file that no longer exists, wherever it was")
    p.set_defaults(run=cmd_ingest)

    p = sub.add_parser("remove", parents=[common], help="forget indexed files (or everything under a folder), on disk or not")
    p.add_argument("paths", nargs="+", metavar="PATH", help="indexed files or folders (see `mmrag sources`)")
    p.set_defaults(run=cmd_remove)

    p = sub.add_parser("describe", parents=[common, models], help="write VLM descriptions and read text in images (OCR) for items still pending")
    p.set_defaults(run=cmd_describe)

    p = sub.add_parser("search", parents=[common], help="hybrid search: CLIP + dense text + BM25, fused and explained")
    p.add_argument("query", nargs="?", default="", metavar="QUERY", help="what to look for (may be empty with --image)")
    p.add_argument("--image", type=Path, help="query by example: find items that look like this image")
    p.add_argument("-k", type=int, default=10, help="number of results (default 10)")
    p.add_argument("--kind", action="append", default=[], help="image, pdf_image, pdf_page, text or video_frame (repeatable, or comma-separated)")
    p.add_argument("--path", dest="path_glob", metavar="GLOB", help="only paths matching GLOB (file name when GLOB has no /)")
    p.add_argument("--after", metavar="DATE", help="only items dated on or after DATE (YYYY-MM-DD[THH:MM]); EXIF date, else file mtime")
    p.add_argument("--before", metavar="DATE", help="only items dated before DATE")
    p.add_argument("--label", help="only images whose zero-shot tag (mmrag tag) is LABEL")
    p.add_argument("--sort", choices=["relevance", "date"], default="relevance")
    p.add_argument("--min-score", type=float, help="keep results whose fused score is at least this, instead of the evidence cut-off")
    p.set_defaults(run=cmd_search)

    p = sub.add_parser("tag", parents=[common], help="zero-shot tags for every image item, filterable with search --label")
    p.add_argument("--labels", help='comma-separated labels, e.g. "beach,city,forest"')
    p.add_argument("--labels-file", type=Path, help="a file of labels, one per line")
    p.add_argument("--template", action="append", default=[], help="extra prompt template with one {} (repeatable)")
    p.set_defaults(run=cmd_tag)

    p = sub.add_parser("ask", parents=[common], help="answer a question from the index, every sentence cited and every citation checked")
    p.add_argument("question", metavar="QUESTION")
    p.add_argument("-k", type=int, default=5, help="sources to retrieve (default 5)")
    p.add_argument("--vlm", help="Ollama model (env MMRAG_VLM; default llava)")
    p.add_argument("--temperature", type=float)
    p.add_argument("--top-k", type=int)
    p.add_argument("--top-p", type=float)
    p.add_argument("--num-predict", type=int)
    p.add_argument("--num-ctx", type=int)
    p.add_argument("--verify", choices=["evidence", "vlm"], default="evidence",
                   help="vlm: also ask the VLM, for each citation, whether the source supports the sentence")
    p.set_defaults(run=cmd_ask)

    p = sub.add_parser("status", parents=[common], help="what the index holds, in numbers")
    p.set_defaults(run=cmd_status)

    p = sub.add_parser("sources", parents=[common], help="what the index holds, file by file")
    p.set_defaults(run=cmd_sources)

    p = sub.add_parser("ui", parents=[common, models], help="the Streamlit front end on the same index")
    p.add_argument("--port", type=int, default=8501, help="port to serve on (default 8501)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    p.set_defaults(run=cmd_ui)

    p = sub.add_parser("demo", parents=[common], help="build corpus/demo and show what mmrag does on it")
    p.add_argument("--corpus", type=Path, default=Path("corpus") / "demo", help="where to build the demo corpus")
    p.set_defaults(run=cmd_demo)
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
        _print_json({"ingest": asdict(report), "status": status, "search": {"query": question, "results": [_result_json(h) for h in hits]},
                     "ask": {"question": ask_question, "answer": answer.answer, "answerer": answer.answerer, "grounded": answer.grounded},
                     "classify": {"correct": correct, "results": [_classify_json(r) for r in results]}})
        return 0
    print(f"== ingest {corpus} (--clip tiny) into {report.index} ==")
    print(f"  {report.added} files added, {report.updated} updated, {report.unchanged} unchanged; {report.items} items: " + ", ".join(f"{n} {k}" for k, n in status["items"].items()))
    if report.pending_descriptions:
        print(f"  {report.pending_descriptions} images await a VLM description (Ollama not reachable: `ollama serve`, `ollama pull llava`, then `mmrag describe`)")
    print(f"\n== search: {question!r} (truth: {Path(records[0]['path']).name}) ==")
    for n, hit in enumerate(hits, 1):
        badges = " ".join(f"{c}#{h.rank}" for c, h in hit.channels.items())
        print(f"  {n}. {hit.score:.4f} {hit.kind:9} {Path(hit.path).name}{_place(hit.page, hit.time, ' p')}  [{badges}]")
    if not hits:
        print("  no relevant results")
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
        print("  (Ollama is not running, so this answer is built from the retrieved text; `ollama serve` and `ollama pull llava` for a VLM answer)")
    return 0


def cmd_ui(args, settings: Settings) -> int:
    """Become a Streamlit server for ui/app.py (exec: signals reach Streamlit directly); the app reads
    the index and models from the MMRAG_* variables set here."""
    import mmrag.ui

    if not 0 < args.port < 65536:
        raise UsageError(f"--port {args.port} is not a port number", "Use 1-65535, e.g. --port 8501")
    app = Path(mmrag.ui.__file__).with_name("app.py")
    chosen = {"MMRAG_INDEX": str(Path(settings.index).absolute()), "MMRAG_CLIP": settings.clip, "MMRAG_TEXT_MODEL": settings.text_model,
              "MMRAG_VLM": settings.vlm, "OLLAMA_HOST": settings.ollama_host, "MMRAG_CHROMA_URL": settings.chroma_url}
    env = {**os.environ, **{k: v for k, v in chosen.items() if v}}
    command = [sys.executable, "-m", "streamlit", "run", str(app), "--server.port", str(args.port), "--server.address", args.host,
               "--server.headless", "true", "--server.fileWatcherType", "none", "--browser.gatherUsageStats", "false",
               "--server.maxUploadSize", "20", "--client.toolbarMode", "minimal"]
    print(f"mmrag ui: http://{args.host}:{args.port} (index {env['MMRAG_INDEX']}); Ctrl+C stops it", file=sys.stderr, flush=True)
    os.execve(sys.executable, command, env)


def cmd_ingest(args, settings: Settings) -> int:
    from .engine import Engine

    engine = Engine(settings)
    try:
        report = engine.ingest(args.paths, describe=not args.no_describe, include_hidden=args.hidden, progress=not args.json or sys.stderr.isatty(), ocr=not args.no_ocr,
                               prune=args.prune)
        pending_ocr = engine.catalog.count_ocr_pending()
    finally:
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
        print(f"index {report.index}: {report.added} added, {report.updated} updated, {report.unchanged} unchanged, {report.removed} removed; {report.items} items")
        if report.pending_descriptions:
            print(f"{report.pending_descriptions} image(s) await a description: start Ollama and run `mmrag describe`")
        if pending_ocr:
            print(f"{pending_ocr} image(s) await OCR: install Tesseract (apt-get install tesseract-ocr) or start Ollama, then run `mmrag describe`")
        for failure in report.failed:
            print(f"  skipped {failure['path']}: {failure['reason']}")
    return 0


def cmd_describe(args, settings: Settings) -> int:
    from .engine import Engine

    engine = Engine(settings)
    try:
        report = engine.describe(progress=not args.json or sys.stderr.isatty())
        read = engine.read_text(progress=not args.json or sys.stderr.isatty())
        pending, pending_ocr = engine.catalog.count_pending(), engine.catalog.count_ocr_pending()
    finally:
        engine.close()
    if report.stopped and not report.described:
        from .errors import MmragError

        raise MmragError(f"no description written ({pending} pending): {report.stopped}")
    failed = report.failed + [{"path": f["path"], "reason": f"OCR: {f['reason']}"} for f in read.failed]
    if args.json:
        _print_json({"described": report.described, "pending_descriptions": pending, "failed": failed, "ocr_read": read.read, "pending_ocr": pending_ocr})
    else:
        print(f"{report.described} described, {pending} pending; {read.read} read by OCR, {pending_ocr} pending")
        for failure in failed:
            print(f"  failed {failure['path']}: {failure['reason']}")
    return 0


def cmd_search(args, settings: Settings) -> int:
    from .engine import Engine
    from .retrieve import SearchQuery

    if not args.query.strip() and args.image is None:
        raise UsageError("nothing to search for", 'Give a QUERY, e.g. mmrag search "red car", or --image PATH')
    if args.image is not None and not args.image.is_file():
        raise InputError(f"no such image: {args.image}", "Check the --image path")
    if args.k < 1:
        raise UsageError("-k must be at least 1")
    kinds = tuple(k.strip() for value in args.kind for k in value.split(",") if k.strip())
    unknown = sorted(set(kinds) - {"image", "pdf_image", "pdf_page", "text", "video_frame"})
    if unknown:
        raise UsageError(f"unknown --kind {', '.join(unknown)}", "Use image, pdf_image, pdf_page, text or video_frame")
    query = SearchQuery(
        text=args.query.strip(), image=args.image, k=args.k, kinds=kinds, path_glob=args.path_glob, after=_date(args.after, "--after"),
        before=_date(args.before, "--before"), label=args.label, sort=args.sort, min_score=args.min_score,
    )
    results = Engine(settings).search(query)
    if args.json:
        _print_json({"query": query.text, "results": [_result_json(r) for r in results]})
        return 0
    if not results:
        print("no relevant results")
    for n, r in enumerate(results, 1):
        where = f"{r.path}" + _place(r.page, r.time)
        badges = "  ".join(f"{c}#{h.rank} {h.score:.3g}{'*' if h.evidence else ''}" for c, h in r.channels.items())
        print(f"{n:2d}. {r.score:.4f}  {r.kind:9} {where}\n      {badges}\n      {r.snippet}")
    return 0


def cmd_ask(args, settings: Settings) -> int:
    from .engine import Engine

    if not args.question.strip():
        raise UsageError("the question is empty", 'Ask like: mmrag ask "what colour is the star?"')
    stream = None if args.json else (lambda token: print(token, end="", flush=True))
    answer = Engine(settings).ask(args.question.strip(), k=args.k, on_token=stream, verify=args.verify)
    if args.json:
        _print_json({
            "question": answer.question, "answer": answer.answer, "answerer": answer.answerer,
            "sentences": [{"text": s.text, "status": s.status, "citations": [asdict(c) for c in s.citations]} for s in answer.sentences],
            "sources": [{"n": s.n, "id": s.id, "kind": s.kind, "path": s.path, "page": s.page, **({"time": s.time} if s.time is not None else {})} for s in answer.sources],
            "grounded": answer.grounded, "metrics": answer.metrics,
        })
        return 0
    if answer.answerer == "extractive" or answer.grounded == "abstained":
        print(answer.answer, end="")
    print("\n")
    marks = {"supported": "✓", "unsupported": "✗", "uncited": "?", "no_claim": "·"}
    for s in answer.sentences:
        cites = " ".join(f"[{c.source}] {c.status}" for c in s.citations)
        print(f"  {marks[s.status]} {s.status:11} {s.text}" + (f"   ({cites})" if cites else ""))
    for s in answer.sources:
        print(f"  [{s.n}] {s.kind:9} {s.path}" + _place(s.page, s.time))
    print(f"grounded: {answer.grounded}; citation precision {answer.metrics['citation_precision']:.2f}, sentence support {answer.metrics['sentence_support']:.2f} ({answer.answerer})")
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
        "id": r.id, "kind": r.kind, "path": r.path, "page": r.page, "score": r.score,
        "channels": {c: {"rank": h.rank, "score": round(h.score, 6), "evidence": h.evidence} for c, h in r.channels.items()},
        "snippet": r.snippet, "description": r.description, "ocr": r.ocr or None, **({"time": r.time} if r.time is not None else {}),
    }


def _date(text: str | None, flag: str) -> float | None:
    from datetime import datetime

    if text is None:
        return None
    try:
        return datetime.fromisoformat(text).timestamp()
    except ValueError:
        raise UsageError(f"{flag} {text!r} is not a date", "Write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM") from None


def cmd_status(args, settings: Settings) -> int:
    from .engine import Engine

    status = Engine(settings).status()
    if args.json:
        _print_json(status)
    else:
        items = ", ".join(f"{n} {kind}" for kind, n in status["items"].items())
        print(f"index: {status['index']}\nclip: {status['clip']}\ntext model: {status['text_model']}\nschema: v{status['schema_version']}")
        print(f"sources: {status['sources']}\nitems: {items}\npending descriptions: {status['pending_descriptions']}\npending OCR: {status['pending_ocr']}")
        if status["labels"]:
            print("labels: " + ", ".join(f"{label} ({n})" for label, n in status["labels"].items()))
    return 0


def cmd_sources(args, settings: Settings) -> int:
    from .engine import Engine

    sources = Engine(settings).sources()
    if args.json:
        _print_json({"sources": sources})
    else:
        for s in sources:
            print(f"{s['items']:5d} items  {s['kind']:5}  {s['size']:>10,d} B  {s['path']}")
    return 0


# -- helpers --------------------------------------------------------------------

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
    names = ("index", "chroma_url", "clip", "text_model", "vlm", "temperature", "top_k", "top_p", "num_predict", "num_ctx")
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
