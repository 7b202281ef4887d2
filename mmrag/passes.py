"""One runner for the passes over pending items: VLM descriptions, OCR, and any later pass.

A pass is a stream of *tasks* built in the calling thread (where the catalog lives) and run in a bounded pool of
worker threads (the work is I/O: HTTP requests to Ollama, Tesseract subprocesses). A task settles one item, or a
few (a Tesseract batch); its results are committed in the calling thread in the order they complete, every time
the runner wakes up, so a kill loses at most the requests in flight. Results known without work (a cached
description) are committed in batches of ``commit_every``.

Rules every pass shares:
- a *fatal* error (Ollama down, model missing) stops the pass at once: asking again is no use;
- any other failure fails that item (reported with a reason); ``max_failures`` failures in a row, in the order the
  results came back, stop the pass;
- a timeout while several requests were in flight is taken as a server that is slower under load: the task is
  tried again and the pass goes on with half as many requests at once (a timeout with one request in flight is a
  failure, as before);
- Ctrl-C (KeyboardInterrupt in the calling thread) commits what came back, leaves the rest pending and returns
  with ``interrupted`` set; the caller re-raises it after its own clean-up;
- progress is one callback type, ``(stage, done, total)``, called after each settled item; front ends (tqdm in the
  CLI, the UI's progress bar) draw it, and ``rate_and_eta`` says how fast.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Sequence

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]  # (stage, done, total)
DEFAULT_PARALLEL = 4  # MMRAG_VLM_PARALLEL: Ollama serves OLLAMA_NUM_PARALLEL requests at once (often 4 on a GPU)
WAKE_SECONDS = 0.25  # how often the runner looks up while waiting (so Ctrl-C is never held up)


@dataclass
class Task:
    """``items`` settled by ``run()`` in a worker thread (one result per item: a value, or an Exception that fails
    that item), or by ``results`` known already (no work)."""

    items: Sequence[Any]
    run: Callable[[], Sequence[Any]] | None = None
    results: Sequence[Any] | None = None
    sent_with: int = 0  # requests in flight allowed when it was sent (for the timeout rule)


@dataclass
class PassReport:
    done: int = 0  # items committed
    failed: list[dict] = field(default_factory=list)  # {"path", "reason"}
    stopped: str | None = None  # why the pass stopped early
    interrupted: bool = False  # Ctrl-C: what came back is committed, the rest stays pending


@dataclass
class PassRules:
    stage: str  # progress stage name: "describe", "ocr"
    where: Callable[[Any], str]  # the path shown for a failed item
    fatal: tuple[type[BaseException], ...] = ()
    failures: tuple[type[BaseException], ...] = (Exception,)  # errors that fail an item; anything else is a bug and propagates
    timeouts: tuple[type[BaseException], ...] = ()
    parallel: int = DEFAULT_PARALLEL
    max_failures: int = 3
    commit_every: int = 16
    failed_in_a_row: str = "{n} items failed in a row; last: {reason}"


def run_pass(tasks: Iterable[Task], commit: Callable[[list[tuple[Any, Any]]], int], rules: PassRules,
             progress: Progress | None = None, total: int = 0) -> PassReport:
    """Run ``tasks`` with at most ``rules.parallel`` in flight; ``commit(pairs)`` stores (item, result) pairs and
    returns how many it stored."""
    return _Runner(tasks, commit, rules, progress, total).run()


def rate_and_eta(done: int, total: int, elapsed: float) -> tuple[float | None, float | None]:
    """(items per second, seconds left) after ``done`` of ``total`` in ``elapsed`` seconds; None while unknown."""
    if done <= 0 or elapsed <= 0:
        return None, None
    rate = done / elapsed
    return rate, max(total - done, 0) / rate


def describe_rate(done: int, total: int, elapsed: float) -> str:
    """"1.8/s, 2 min left" for a progress line; "" while unknown."""
    rate, eta = rate_and_eta(done, total, elapsed)
    if rate is None:
        return ""
    speed = f"{rate:.1f}/s" if rate >= 1 else f"{60 * rate:.1f}/min"
    left = f"{eta:.0f} s" if eta < 90 else f"{eta / 60:.0f} min" if eta < 5400 else f"{eta / 3600:.1f} h"
    return f"{speed}, {left} left"


class _Runner:
    def __init__(self, tasks: Iterable[Task], commit, rules: PassRules, progress: Progress | None, total: int):
        self.tasks, self.retry = iter(tasks), deque()
        self.commit_fn, self.rules, self.progress, self.total = commit, rules, progress, total
        self.report = PassReport()
        self.limit = max(1, rules.parallel)
        self.in_flight = 0
        self.back: queue.Queue = queue.Queue()  # (task, results | BaseException) from the workers
        self.pending: list[tuple[Any, Any]] = []  # results not committed yet
        self.from_requests = False  # whether ``pending`` holds results that cost a request (committed at once)
        self.in_a_row = 0
        self.settled = 0
        self.exhausted = False

    def run(self) -> PassReport:
        try:
            while True:
                self._fill()
                if self.in_flight == 0 or self.report.stopped is not None:
                    break  # stopped: requests still in flight are left to finish on their own; their items stay pending
                self._wait()
                self._fill()  # refill before committing, so the commit overlaps the requests
                if self.from_requests or len(self.pending) >= self.rules.commit_every:
                    self._commit()
        except KeyboardInterrupt:
            self.report.interrupted = True
            self._drain()
        self._drain()
        self._commit()
        return self.report

    def _fill(self) -> None:
        while self.report.stopped is None and not self.report.interrupted and self.in_flight < self.limit:
            task = self.retry.popleft() if self.retry else next(self.tasks, None)
            if task is None:
                return
            if task.run is None:
                self._settle(task, task.results or [])
                if len(self.pending) >= self.rules.commit_every:
                    self._commit()
                continue
            task.sent_with = self.limit
            self.in_flight += 1
            threading.Thread(target=self._work, args=(task,), name=f"mmrag-{self.rules.stage}", daemon=True).start()

    def _work(self, task: Task) -> None:
        try:
            outcome: Any = task.run()
        except BaseException as err:  # handed to the calling thread, which decides
            outcome = err
        self.back.put((task, outcome))

    def _wait(self) -> None:
        """Block until at least one task came back, then take every one that did."""
        while True:
            try:
                task, outcome = self.back.get(timeout=WAKE_SECONDS)
                break
            except queue.Empty:
                continue
        self._take(task, outcome)
        self._drain()

    def _drain(self) -> None:
        while True:
            try:
                task, outcome = self.back.get_nowait()
            except queue.Empty:
                return
            self._take(task, outcome)

    def _take(self, task: Task, outcome: Any) -> None:
        self.in_flight -= 1
        if not isinstance(outcome, BaseException):
            self.from_requests = True
            return self._settle(task, outcome)
        if self.report.stopped is not None:
            return  # failed after the pass stopped: its items stay pending, unreported
        if isinstance(outcome, self.rules.fatal):
            self.report.stopped = str(outcome)
        elif isinstance(outcome, self.rules.timeouts) and task.sent_with > 1:
            self.retry.append(task)
            if self.limit >= task.sent_with:
                self.limit = max(1, task.sent_with // 2)
                log.warning("%s: a request timed out with %d in flight; trying it again, with %d at once from now on", self.rules.stage, task.sent_with, self.limit)
        elif isinstance(outcome, self.rules.failures + self.rules.timeouts):
            self._settle(task, [outcome] * len(task.items))
        else:
            raise outcome

    def _settle(self, task: Task, results: Sequence[Any]) -> None:
        for item, result in zip(task.items, results):
            if isinstance(result, BaseException):
                reason = getattr(result, "message", None) or str(result)
                self.report.failed.append({"path": self.rules.where(item), "reason": reason})
                self.in_a_row += 1
                if self.in_a_row >= self.rules.max_failures and self.report.stopped is None:
                    self.report.stopped = self.rules.failed_in_a_row.format(n=self.in_a_row, reason=reason)
            else:
                self.in_a_row = 0
                self.pending.append((item, result))
            self.settled += 1
            if self.progress:
                self.progress(self.rules.stage, self.settled, self.total)

    def _commit(self) -> None:
        if self.pending:
            batch, self.pending = self.pending, []
            self.report.done += self.commit_fn(batch)
        self.from_requests = False
