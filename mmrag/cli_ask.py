"""The command line of `mmrag ask`, `mmrag chat` and `mmrag describe IMAGE...` (an edge, like cli.py: it prints).

ask and chat share their options (``add_ask_options``): search's filters scope the sources, ``--image``
answers from given files instead of the index.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from dataclasses import asdict, replace
from pathlib import Path

from .cli_output import print_json
from .config import Settings
from .errors import InputError, MmragError, UsageError

log = logging.getLogger("mmrag")

MARKS = {"supported": "✓", "unsupported": "✗", "uncited": "?", "no_claim": "·"}


def add_ask_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("-k", type=int, default=5, help="sources to retrieve (default 5)")
    p.add_argument("--vlm", help="Ollama model (env MMRAG_VLM; default llava)")
    p.add_argument("--temperature", type=float)
    p.add_argument("--top-k", type=int)
    p.add_argument("--top-p", type=float)
    p.add_argument("--num-predict", type=int)
    p.add_argument(
        "--num-ctx", type=int, help="the model's context window in tokens (a chat keeps the previous turns within it)"
    )
    p.add_argument(
        "--verify",
        choices=["evidence", "vlm", "minicheck"],
        default="evidence",
        help="vlm: also ask the VLM, for each citation, whether the source supports the sentence; "
        "minicheck: ask bespoke-minicheck (ollama pull bespoke-minicheck) for each citation of a text source",
    )
    p.add_argument(
        "--kind",
        action="append",
        default=[],
        help="only sources of this kind: image, pdf_image, pdf_page, text (repeatable, or comma-separated)",
    )
    p.add_argument(
        "--path",
        dest="path_glob",
        metavar="GLOB",
        help="only sources whose path matches GLOB (file name when GLOB has no /)",
    )
    p.add_argument("--after", metavar="DATE", help="only sources dated on or after DATE (YYYY-MM-DD[THH:MM])")
    p.add_argument("--before", metavar="DATE", help="only sources dated before DATE")
    p.add_argument("--label", help="only images whose zero-shot tag (mmrag tag) is LABEL")
    p.add_argument(
        "--not",
        dest="negatives",
        action="append",
        default=[],
        metavar="TEXT",
        help="retrieve sources unlike TEXT (repeatable), as search --not does",
    )
    p.add_argument(
        "--image",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help="answer from these image files only, numbered from 1 in order (repeatable; no index needed)",
    )
    p.add_argument(
        "--clip", help="with --image: the CLIP SPEC that checks citations (tiny | ARCH:TAG | ARCH:PATH; env MMRAG_CLIP)"
    )


def scope(args):
    """The SearchQuery of ask's filters (text empty: the question fills it); refuses filters with --image."""
    from .cli_output import negatives, parse_date
    from .retrieve import SearchQuery

    kinds = tuple(k.strip() for value in args.kind for k in value.split(",") if k.strip())
    filters = {
        "--kind": kinds,
        "--path": args.path_glob,
        "--after": args.after,
        "--before": args.before,
        "--label": args.label,
        "--not": args.negatives,
    }
    if args.image:
        used = [flag for flag, value in filters.items() if value]
        if used:
            raise UsageError(
                f"{', '.join(used)} filter(s) the index, but --image answers from the given files only",
                "Drop one or the other",
            )
    elif args.clip:
        raise UsageError(
            "--clip is for --image (an index keeps the CLIP model it was built with)",
            "Drop --clip, or add --image FILE",
        )
    return SearchQuery(
        kinds=kinds,
        path_glob=args.path_glob,
        after=parse_date(args.after, "--after"),
        before=parse_date(args.before, "--before"),
        label=args.label,
        negatives=negatives(args.negatives),
    )


def answer_json(answer, errors=(), query: str | None = None) -> dict:
    sources = [
        {
            "n": s.n,
            "id": s.id,
            "kind": s.kind,
            "path": s.path,
            "page": s.page,
            **({"time": s.time} if getattr(s, "time", None) is not None else {}),
        }
        for s in answer.sources
    ]
    sources += [{"n": e.n, "id": None, "kind": "image", "path": e.path, "page": None, "error": e.error} for e in errors]
    document = {
        "question": answer.question,
        "answer": answer.answer,
        "answerer": answer.answerer,
        "sentences": [
            {"text": s.text, "status": s.status, "citations": [_citation_json(c) for c in s.citations]}
            for s in answer.sentences
        ],
        "sources": sorted(sources, key=lambda s: s["n"]),
        "grounded": answer.grounded,
        "metrics": answer.metrics,
    }
    return document if query is None else {**document, "query": query}


def _ask_once(engine, args, question: str, query_scope, on_token=None, history: str = ""):
    """(Answer, image errors): from the given images, else from the index within the filters."""
    if args.image:
        result = engine.ask_images(question, args.image, on_token=on_token, verify=args.verify, history=history)
        return result.answer, result.errors
    return engine.ask(question, k=args.k, on_token=on_token, verify=args.verify, scope=query_scope, history=history), []


def _streamer(json_output: bool):
    return None if json_output else (lambda token: print(token, end="", flush=True))


def cmd_ask(args, settings: Settings) -> int:
    from .chat import check_question
    from .engine import Engine

    question = check_question(args.question)
    query_scope = scope(args)
    engine = Engine(settings)
    try:
        answer, errors = _ask_once(engine, args, question, query_scope, _streamer(args.json))
    finally:
        engine.close()
    if args.json:
        print_json(answer_json(answer, errors))
        return 0
    if answer.answerer == "extractive" or answer.grounded == "abstained":
        print(answer.answer, end="")
    print("\n")
    for s in answer.sentences:
        cites = " ".join(f"[{c.source}] {c.status}" + (f": {c.reason}" if c.reason else "") for c in s.citations)
        print(f"  {MARKS[s.status]} {s.status:11} {s.text}" + (f"   ({cites})" if cites else ""))
    print_sources(answer, errors)
    print(
        f"grounded: {answer.grounded}; citation precision {answer.metrics['citation_precision']:.2f}, sentence support "
        f"{answer.metrics['sentence_support']:.2f} ({answer.answerer})"
    )
    return 0


def print_sources(answer, errors=()) -> None:
    from .cli_output import place_label

    rows = [
        (s.n, f"  [{s.n}] {s.kind:9} {s.path}" + place_label(s.page, getattr(s, "time", None))) for s in answer.sources
    ]
    rows += [(e.n, f"  [{e.n}] error     {e.path}: {e.error}") for e in errors]
    for _, row in sorted(rows):
        print(row)


# -- chat -----------------------------------------------------------------------------------


def cmd_chat(args, settings: Settings) -> int:
    """A conversation: a prompt loop in a terminal, else one question per line of stdin."""
    from .chat import Conversation
    from .engine import Engine

    query_scope = scope(args)
    engine = Engine(settings)
    try:
        if not args.image:
            engine.catalog  # no index: say so before the first question, not after it
        last_errors: list = []

        def answer(question: str, query: str, history: str):
            nonlocal last_errors
            result, last_errors = _ask_once(
                engine, args, question, replace(query_scope, text=query), _streamer(args.json), history
            )
            return result

        conversation = Conversation(answer, vlm=None if args.image else engine.vlm, num_ctx=settings.generation.num_ctx)
        return _chat_loop(conversation, args, lambda: last_errors)
    finally:
        engine.close()


def _chat_loop(conversation, args, errors_of_last) -> int:
    tty = sys.stdin.isatty()
    if tty:
        print(
            "mmrag chat: ask about your index; /sources shows the last sources, /exit or Ctrl-D ends.", file=sys.stderr
        )
    answered = failed = 0
    while True:
        line = _read_line(tty)
        if line is None:
            break
        line = line.strip()
        if line in ("/exit", "/quit"):
            break
        if line == "/sources":
            _show_sources(conversation, errors_of_last())
            continue
        if not line and not tty:  # blank lines between piped questions
            continue
        try:
            turn = conversation.ask(line)
        except MmragError as err:  # this turn fails; the conversation goes on
            failed += 1
            print(f"mmrag: error: {err}", file=sys.stderr, flush=True)
            if args.json:
                print(
                    json.dumps({"question": line[:200], "query": None, "error": str(err)}, ensure_ascii=False),
                    flush=True,
                )
            continue
        answered += 1
        if args.json:
            print(json.dumps(answer_json(turn.answer, errors_of_last(), turn.query), ensure_ascii=False), flush=True)
        else:
            _print_turn(turn)
    return 2 if failed and not answered else 0


def _read_line(tty: bool) -> str | None:
    if not tty:
        line = sys.stdin.readline()
        return line if line else None
    try:
        print("you> ", end="", file=sys.stderr, flush=True)
        return input()
    except EOFError:
        print(file=sys.stderr)
        return None


def _print_turn(turn) -> None:
    answer = turn.answer
    if answer.answerer == "extractive" or answer.grounded == "abstained":
        print(answer.answer, end="")
    print()
    statuses = ", ".join(f"{MARKS[s.status]} {s.status}" for s in answer.sentences)
    print(
        f"  ({answer.grounded}; {statuses or 'no sentences'}; {answer.answerer}; searched: {turn.query!r}; /sources "
        "for the sources)",
        flush=True,
    )


def _show_sources(conversation, errors) -> None:
    if not conversation.turns:
        print("no sources yet: ask a question first", file=sys.stderr)
        return
    answer = conversation.turns[-1].answer
    if not answer.sources and not errors:
        print("  (no sources: nothing relevant was found)")
    print_sources(answer, errors)
    for s in answer.sentences:
        cites = " ".join(f"[{c.source}] {c.status}" + (f": {c.reason}" if c.reason else "") for c in s.citations)
        print(f"  {MARKS[s.status]} {s.status:11} {s.text}" + (f"   ({cites})" if cites else ""))


# -- describe IMAGE... -----------------------------------------------------------------------


def cmd_describe_images(args, settings: Settings) -> int:
    from .engine import Engine

    results = Engine(settings).caption(args.images, style=args.style or "detailed")
    if args.json:
        print_json(
            {
                "results": [
                    {"path": r.path, "error": r.error} if r.error else {"path": r.path, "description": r.description}
                    for r in results
                ]
            }
        )
    else:
        for r in results:
            print(r.path)
            body = f"error: {r.error}" if r.error else (r.description or "(no text)")
            print("\n".join("  " + line for line in body.splitlines()))
    failed = [r for r in results if r.error]
    for r in failed:
        log.warning("skipped %s: %s", r.path, r.error)
    if len(failed) == len(results):
        if all(r.unreadable for r in failed):
            raise InputError("none of the images could be read", "Check the paths and that they are image files")
        raise MmragError("no image could be described", "See the reasons above")
    return 0


def _citation_json(citation) -> dict:
    """A checked citation for --json: source, id, status, score, and "reason" when it is unsupported or invalid."""
    data = asdict(citation)
    if data.get("reason") is None:
        data.pop("reason", None)
    return data
