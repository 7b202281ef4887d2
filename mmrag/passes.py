"""One runner for the passes over pending items: VLM descriptions, OCR, and any later pass.

A pass is a stream of *tasks* built in the calling thread (where the catalog lives) and run in a bounded pool of
worker threads (the work is I/O: HTTP requests to Ollama, Tesseract subprocesses). A task settles one item, or a
few (a Tesseract batch); its results are committed in the calling thread in the order they complete, as soon as
they come back, so a kill loses at most the requests in flight. Only when results come back faster than a commit
takes (a fast server, many slots) do they wait a little (``COMMIT_SPACING``) and go in together, so committing
never takes more than about a quarter of the time; the first commit does not count there, as it carries one-off
costs (loading the text model: 2 s on an idle machine, 25 s on a busy one), which ``warm_up`` starts in a thread as
the pass begins, beside the first requests. Results known without work (a cached description) are committed in
batches of ``commit_every``.

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
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .types import Failure

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]  # (stage, done, total)
DEFAULT_PARALLEL = 4  # MMRAG_VLM_PARALLEL: Ollama serves OLLAMA_NUM_PARALLEL requests at once (often 4 on a GPU)
WAKE_SECONDS = 0.25  # how often the runner looks up while waiting (so Ctrl-C is never held up)
COMMIT_SPACING = (
    3.0  # after a commit of D seconds, the next waits until COMMIT_SPACING x D has passed (commits <= 1/4 of the time)
)


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
    failed: list[Failure] = field(default_factory=list)
    stopped: str | None = None  # why the pass stopped early
    interrupted: bool = False  # Ctrl-C: what came back is committed, the rest stays pending


@dataclass
class PassRules:
    stage: str  # progress stage name: "describe", "ocr"
    where: Callable[[Any], str]  # the path shown for a failed item
    fatal: tuple[type[BaseException], ...] = ()
    failures: tuple[type[BaseException], ...] = (
        Exception,
    )  # errors that fail an item; anything else is a bug and propagates
    timeouts: tuple[type[BaseException], ...] = ()
    parallel: int = DEFAULT_PARALLEL
    max_failures: int = 3
    commit_every: int = 16
    lookahead: int = 0  # runnable tasks built ahead, so workers go on while a commit runs (0: as many as ``parallel``)
    failed_in_a_row: str = "{n} items failed in a row; last: {reason}"
    warm_up: Callable[[], Any] | None = None  # one-off start-up of the commits (loading a model), run in a thread


def run_pass(
    tasks: Iterable[Task],
    commit: Callable[[list[tuple[Any, Any]]], int],
    rules: PassRules,
    progress: Progress | None = None,
    total: int = 0,
) -> PassReport:
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
    """ "1.8/s, 2 min left" for a progress line; "" while unknown."""
    rate, eta = rate_and_eta(done, total, elapsed)
    if rate is None:
        return ""
    speed = f"{rate:.1f}/s" if rate >= 1 else f"{60 * rate:.1f}/min"
    left = f"{eta:.0f} s" if eta < 90 else f"{eta / 60:.0f} min" if eta < 5400 else f"{eta / 3600:.1f} h"
    return f"{speed}, {left} left"


class _Runner:
    """The calling thread builds tasks (into a short look-ahead), settles and commits results; worker threads take
    the next task from the look-ahead themselves as soon as one is done, so a commit never delays a request."""

    def __init__(self, tasks: Iterable[Task], commit, rules: PassRules, progress: Progress | None, total: int):
        self.tasks, self.ahead = iter(tasks), deque()  # ahead: runnable tasks built, not started (retries in front)
        self.commit_fn, self.rules, self.progress, self.total = commit, rules, progress, total
        self.report = PassReport()
        self.lock = threading.Lock()  # guards in_flight, limit, ahead and halt between the threads
        self.limit = max(1, rules.parallel)
        self.in_flight = 0
        self.halt = False  # stopped or interrupted: no task starts any more
        self.back: queue.Queue = queue.Queue()  # (task, results | BaseException) from the workers
        self.pending: list[tuple[Any, Any]] = []  # results not committed yet
        self.from_requests = False  # whether ``pending`` holds results that cost a request (committed at once)
        self.in_a_row = 0
        self.settled = 0
        self.commit_at = 0.0  # time.monotonic() from when results that cost a request may be committed
        self.commits = 0

    def run(self) -> PassReport:
        # Ctrl-C as a flag, not only as KeyboardInterrupt: a KeyboardInterrupt raised inside a library call (Chroma's
        # or the text model's native code) can be turned into an ordinary error there and be lost; the flag is not.
        previous = None
        if (
            threading.current_thread() is threading.main_thread()
            and signal.getsignal(signal.SIGINT) is signal.default_int_handler
        ):
            previous = signal.signal(signal.SIGINT, self._on_sigint)
        try:
            return self._run()
        finally:
            if previous is not None:
                signal.signal(signal.SIGINT, previous)

    def _on_sigint(self, signum, frame) -> None:
        self.report.interrupted = self.halt = True

    def _run(self) -> PassReport:
        if self.rules.warm_up is not None:
            threading.Thread(target=self._warm_up, name=f"mmrag-{self.rules.stage}-warm-up", daemon=True).start()
        try:
            while True:
                self._fill()
                with self.lock:
                    idle = self.in_flight == 0 and not self.ahead
                if self.halt or (idle and self.back.empty()):
                    break  # stopped: requests still in flight are left to finish on their own; their items stay pending
                self._wait()
                if (self.from_requests and time.monotonic() >= self.commit_at) or len(
                    self.pending
                ) >= self.rules.commit_every:
                    self._commit()
        except KeyboardInterrupt:
            self.report.interrupted = self.halt = True
        self._drain()
        self._commit()
        return self.report

    def _warm_up(self) -> None:
        try:
            self.rules.warm_up()
        except Exception as err:  # the first commit meets the same error in the calling thread and reports it
            log.debug("%s: warm-up failed: %s", self.rules.stage, err)

    def _fill(self) -> None:
        """Top the look-ahead up to ``lookahead`` tasks (settling known results on the way), then start workers."""
        while not self.halt and len(self.ahead) < max(self.limit, self.rules.lookahead):
            task = next(self.tasks, None)
            if task is None:
                break
            if task.run is None:
                self._settle(task, task.results or [])
                if len(self.pending) >= self.rules.commit_every:
                    self._commit()
                continue
            with self.lock:
                self.ahead.append(task)
        while (task := self._next()) is not None:
            threading.Thread(target=self._work, args=(task,), name=f"mmrag-{self.rules.stage}", daemon=True).start()

    def _next(self) -> Task | None:
        """The next task to start, counted in flight; None when none may start now."""
        with self.lock:
            if self.halt or self.in_flight >= self.limit or not self.ahead:
                return None
            task = self.ahead.popleft()
            task.sent_with = self.limit
            self.in_flight += 1
            return task

    def _work(self, task: Task | None) -> None:
        while task is not None:
            try:
                outcome: Any = task.run()
            except BaseException as err:  # handed to the calling thread, which decides
                outcome = err
            self.back.put((task, outcome))
            with self.lock:
                self.in_flight -= 1
            task = self._next()

    def _wait(self) -> None:
        """Block until a task comes back (waking now and then, so a Ctrl-C is never held up), then take every one
        that did."""
        while True:
            wake = min(WAKE_SECONDS, self.commit_at - time.monotonic()) if self.from_requests else WAKE_SECONDS
            try:
                task, outcome = self.back.get(timeout=max(wake, 0.001))
                break
            except queue.Empty:
                if self.halt:  # Ctrl-C (the flag handler ran in this thread, inside get): stop waiting
                    return
                with self.lock:
                    if self.in_flight == 0 or (self.from_requests and time.monotonic() >= self.commit_at):
                        return
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
        if not isinstance(outcome, BaseException):
            self.from_requests = True
            return self._settle(task, outcome)
        if self.halt:
            return  # failed after the pass stopped: its items stay pending, unreported
        if isinstance(outcome, self.rules.fatal):
            self._stop(str(outcome))
        elif isinstance(outcome, self.rules.timeouts) and task.sent_with > 1:
            with self.lock:
                self.ahead.appendleft(task)
                halved = self.limit >= task.sent_with
                if halved:
                    self.limit = max(1, task.sent_with // 2)
            if halved:
                log.warning(
                    "%s: a request timed out with %d in flight; trying it again, with %d at once from now on",
                    self.rules.stage,
                    task.sent_with,
                    self.limit,
                )
        elif isinstance(outcome, self.rules.failures + self.rules.timeouts):
            self._settle(task, [outcome] * len(task.items))
        else:
            self.halt = True
            raise outcome

    def _stop(self, why: str) -> None:
        if self.report.stopped is None:
            self.report.stopped = why
        self.halt = True

    def _settle(self, task: Task, results: Sequence[Any]) -> None:
        for item, result in zip(task.items, results):
            if isinstance(result, BaseException):
                reason = getattr(result, "message", None) or str(result)
                self.report.failed.append(Failure(self.rules.where(item), reason))
                self.in_a_row += 1
                if self.in_a_row >= self.rules.max_failures:
                    self._stop(self.rules.failed_in_a_row.format(n=self.in_a_row, reason=reason))
            else:
                self.in_a_row = 0
                self.pending.append((item, result))
            self.settled += 1
            if self.progress:
                self.progress(self.rules.stage, self.settled, self.total)

    def _commit(self) -> None:
        if self.pending:
            batch, self.pending = self.pending, []
            start = time.monotonic()
            self.report.done += self.commit_fn(batch)
            end = time.monotonic()
            self.commits += 1
            self.commit_at = end + COMMIT_SPACING * (end - start) if self.commits > 1 else end
        self.from_requests = False
