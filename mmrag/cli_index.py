"""The command line of the index's life: `mmrag ingest`, `remove`, `describe`, `tag`, `status`, `sources`,
`duplicates`, `watch` (an edge, like cli.py: it prints).
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict

from .cli_ask import cmd_describe_images
from .cli_output import print_json, read_labels, shown_path
from .config import Settings
from .errors import UsageError


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
        print_json(document)
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
            print(f"  skipped {failure.path}: {failure.reason}")
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
    failed = [asdict(f) for f in report.failed] + [{"path": f.path, "reason": f"OCR: {f.reason}"} for f in read.failed]
    if args.json:
        print_json(
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


def cmd_tag(args, settings: Settings) -> int:
    from .engine import Engine

    labels = read_labels(args.labels, args.labels_file)
    engine = Engine(settings)
    try:
        report = engine.tag(labels, extra_templates=args.template)
    finally:
        engine.close()
    if args.json:
        print_json(report)
    else:
        print(f"{report['tagged']} image items tagged")
        for label, count in report["labels"].items():
            print(f"  {count:6d}  {label}")
    return 0


def cmd_status(args, settings: Settings) -> int:
    from .engine import Engine

    status = Engine(settings).status()
    if args.json:
        print_json(status)
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
        print_json({"sources": sources})
    else:
        for s in sources:
            print(f"{s['items']:5d} items  {s['kind']:5}  {s['size']:>10,d} B  {shown_path(s['path'])}")
    return 0


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
        print_json(report_json(report))
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
                print(f"  skipped {failure.path}: {failure.reason}", flush=True)
    return 0
