"""The ``mmrag`` command line. Results on stdout (``--json``: one JSON document), logs on stderr.

Exit codes: 0 success, 2 bad usage or unusable input, 1 anything else; every
error is one line on stderr that says what to do.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .cli_ask import add_ask_options, cmd_ask, cmd_chat
from .cli_index import cmd_describe, cmd_duplicates, cmd_ingest, cmd_remove, cmd_sources, cmd_status, cmd_tag, cmd_watch
from .cli_search import cmd_classify, cmd_eval, cmd_search
from .cli_serve import cmd_demo, cmd_serve, cmd_ui
from .config import Settings
from .errors import MmragError, UsageError

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
    common, models, passes = _common(), _models(), _passes()
    parser = _Parser(prog="mmrag", description="Local multimodal RAG search over photos and PDFs.")
    parser.add_argument("--version", action="version", version=f"mmrag {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    _add_classify(sub, common)
    _add_indexing(sub, common, models, passes)
    _add_search(sub, common)
    _add_ask(sub, common)
    _add_views(sub, common, models)
    _add_services(sub, common, models)
    return parser


def _models() -> argparse.ArgumentParser:
    """The models an index is built with (ingest, describe, ui, watch, serve)."""
    models = argparse.ArgumentParser(add_help=False)
    models.add_argument(
        "--clip", help="CLIP SPEC: tiny | ARCH:TAG | ARCH:PATH (env MMRAG_CLIP); fixed when the index is created"
    )
    models.add_argument(
        "--text-model", help="sentence-transformers model (env MMRAG_TEXT_MODEL; default all-MiniLM-L6-v2)"
    )
    models.add_argument("--vlm", help="Ollama vision model for descriptions and answers (env MMRAG_VLM; default llava)")
    return models


def _passes() -> argparse.ArgumentParser:
    """How ingest and describe run the VLM passes."""
    passes = argparse.ArgumentParser(add_help=False)
    passes.add_argument(
        "--parallel",
        type=int,
        metavar="N",
        help="requests to Ollama at once for descriptions and VLM OCR (env MMRAG_VLM_PARALLEL; default 4; 1: one at a "
        "time)",
    )
    passes.add_argument(
        "--oldest-first",
        action="store_true",
        help="describe and read the oldest photos first (default: newest first, by capture date)",
    )
    return passes


def _add_classify(sub, common) -> None:
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


def _add_indexing(sub, common, models, passes) -> None:
    """ingest, remove, describe."""
    p = sub.add_parser(
        "ingest", parents=[common, models, passes], help="index photos and PDFs (incremental, resumable)"
    )
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
    p.set_defaults(run=cmd_ingest)

    p = sub.add_parser(
        "remove", parents=[common], help="forget indexed files (or everything under a folder), on disk or not"
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="indexed files or folders (see `mmrag sources`)")
    p.set_defaults(run=cmd_remove)

    p = sub.add_parser(
        "describe",
        parents=[common, models, passes],
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
    p.set_defaults(run=cmd_describe)


def _add_search(sub, common) -> None:
    """search, tag."""
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


def _add_ask(sub, common) -> None:
    """ask, eval, chat."""
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


def _add_views(sub, common, models) -> None:
    """status, sources, ui, demo."""
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


def _add_services(sub, common, models) -> None:
    """duplicates, watch, serve."""
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
