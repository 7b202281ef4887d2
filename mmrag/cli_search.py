"""The command line of `mmrag search`, `classify` and `eval` (an edge, like cli.py: it prints)."""

from __future__ import annotations

import logging
import sys

from .cli_output import classify_json, negatives, parse_date, place_label, print_json, read_labels, result_json
from .config import Settings
from .errors import InputError, UsageError

log = logging.getLogger("mmrag")


def cmd_classify(args, settings: Settings) -> int:
    from .engine import Engine

    labels = read_labels(args.labels, args.labels_file)
    results = Engine(settings).classify(args.images, labels, extra_templates=args.template)
    if args.json:
        print_json({"results": [classify_json(r) for r in results]})
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
        after=parse_date(args.after, "--after"),
        before=parse_date(args.before, "--before"),
        label=args.label,
        sort=args.sort,
        min_score=args.min_score,
        negatives=negatives(args.negatives),
        place=(args.place or "").strip() or None,
    )
    results = Engine(settings).search(query)
    if args.json:
        print_json({"query": query.text, "results": [result_json(r) for r in results]})
        return 0
    if args.paths:
        for path in dict.fromkeys(r.path for r in results):
            print(path)
        return 0
    if not results:
        print("no relevant results")
    for n, r in enumerate(results, 1):
        where = f"{r.path}" + place_label(r.page, r.time) + (f"  ({r.place})" if r.place else "")
        badges = "  ".join(f"{c}#{h.rank} {h.score:.3g}{'*' if h.evidence else ''}" for c, h in r.channels.items())
        print(f"{n:2d}. {r.score:.4f}  {r.kind:9} {where}\n      {badges}\n      {r.snippet}")
    return 0


def cmd_eval(args, settings: Settings) -> int:
    from .engine import Engine
    from .eval_report import html_report, terminal_table
    from .eval_scoring import read_questions
    from .evaluate import TimedVLM, evaluate, report_json

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
        print_json(doc)
    else:
        print(terminal_table(doc))
    return 0
