"""The console entry point (`mmrag` and `python -m mmrag`): ``cli.main`` plus a quick exit.

A read-only command that has printed its result leaves with ``os._exit`` once stdout and stderr are flushed: the
interpreter's teardown after torch, open_clip and Chroma were imported costs more than a second (issue #20) and
does nothing a finished read needs. Commands that write (ingest, remove, tag, describe, ...) and anything whose
code is not 0 leave the ordinary way, so atexit handlers and finalisers still run for them. ``cli.main(argv)``
itself never exits: tests and the library call it in-process, re-entrantly.
"""

import os
import sys

from .cli import main

# commands that only read the index (or no index at all): nothing is left to finish after their output
QUICK_EXIT = frozenset({"search", "ask", "status", "sources", "classify", "duplicates"})
ONE_QUERY = frozenset({"search", "ask"})  # commands that embed one query text (and import numpy anyway)


def command_of(argv: list[str]) -> str | None:
    """The subcommand named in ``argv`` (the first word that is not an option), or None."""
    return next((word for word in argv if not word.startswith("-")), None)


def run() -> None:
    argv = sys.argv[1:]
    if command_of(argv) in ONE_QUERY:  # a text export opened for one query: no weight pre-packing (0.1 s)
        from .backends import onnx_text

        onnx_text.PREPACK = False
    code = main(argv)
    if code == 0 and command_of(argv) in QUICK_EXIT:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except (BrokenPipeError, ValueError):  # reader went away, or a stream already closed: keep the default path
            sys.exit(code)
        os._exit(code)
    sys.exit(code)


if __name__ == "__main__":
    run()
