"""Drive `mmrag ui` in headless Chromium (Playwright with the system browser): for the end-to-end
test and scripts/ui_screenshots.py. Playwright's own browser download is never used."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

VIEWPORT = {"width": 1200, "height": 800}
IMAGES = '[data-testid="stMain"] [data-testid="stImage"] img'


def chromium_path() -> str | None:
    """The system Chromium (MMRAG_CHROMIUM, else chromium / chromium-browser / google-chrome on PATH)."""
    named = os.environ.get("MMRAG_CHROMIUM")
    if named:
        return named if os.access(named, os.X_OK) else None
    return next(
        (found for name in ("chromium", "chromium-browser", "google-chrome") if (found := shutil.which(name))), None
    )


def why_no_browser() -> str | None:
    """None when the end-to-end tooling is here, else the reason it is not."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install -e '.[dev]')"
    if chromium_path() is None:
        return "no Chromium on this machine (apt-get install chromium, or set MMRAG_CHROMIUM)"
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ServedUrl(str):
    """The URL of a running `mmrag ui`, with ``pid``: the server's process (mmrag execs into Streamlit)."""

    pid: int


@contextmanager
def serve(index: Path, env: dict[str, str], timeout: float = 60, args: tuple[str, ...] = ()):
    """Run `mmrag ui --port P --index INDEX [ARGS]` until the block ends; yields its URL."""
    port = free_port()
    log = open(Path(index).parent / f"ui-{port}.log", "wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "mmrag", "ui", "--port", str(port), "--index", str(index), *args],
        env={**os.environ, **env},
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, proc, timeout, log.name)
        served = ServedUrl(url)
        served.pid = proc.pid
        yield served
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        log.close()


def _wait_healthy(url: str, proc: subprocess.Popen, timeout: float, log: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"mmrag ui exited with {proc.returncode}: {Path(log).read_text()[-2000:]}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as reply:
                if reply.read().strip() == b"ok":
                    return
        except OSError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"mmrag ui did not answer within {timeout:g} s: {Path(log).read_text()[-2000:]}")


@contextmanager
def browser_page(offline: bool = False):
    """A page of headless system Chromium, 1200x800. ``offline``: every request that is not to loopback goes to a
    proxy that does not exist (port 9, discard), so it fails without leaving the machine; loopback goes direct
    (Chromium never proxies it). This blocks without Playwright's request interception, which stalled sub-pages."""
    from playwright.sync_api import sync_playwright

    args = ["--no-sandbox", "--disable-gpu"] + (["--proxy-server=http://127.0.0.1:9"] if offline else [])
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path(), headless=True, args=args)
        try:
            yield browser.new_page(viewport=VIEWPORT)
        finally:
            browser.close()


def peak_rss_mib(pid: int) -> float:
    """The peak resident memory of a process so far (VmHWM, Linux), in MiB."""
    status = Path(f"/proc/{pid}/status").read_text()
    return int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:"))) / 1024


def settle(page, ms: int = 800) -> None:
    """Wait until Streamlit has finished the run (no spinner, no 'Running' status), then a moment more."""
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=120_000)
    page.wait_for_timeout(ms)


def loaded_images(page) -> list[int]:
    """Natural widths of the images in the main area (0: not loaded)."""
    return page.evaluate(f"() => [...document.querySelectorAll('{IMAGES}')].map(i => i.complete ? i.naturalWidth : 0)")


def search(page, url: str, query: str, shot: Path | None = None) -> list[int]:
    page.goto(url + "/")  # the default page
    page.get_by_label("Query").fill(query)
    page.get_by_role("button", name="Search", exact=True).click()
    page.wait_for_selector(IMAGES, timeout=120_000)
    settle(page)
    if shot:
        page.screenshot(path=str(shot))
    return loaded_images(page)


def ask(
    page, url: str, question: str, shot: Path | None = None, open_chip: bool = False, follow_up: bool = False
) -> str:
    """Ask in the Ask page's chat; returns the text of the main area. ``follow_up``: ask in the conversation already
    open (else the page is opened afresh). With ``open_chip``, the newest answer's first citation chip is opened (before
    the shot)."""
    if not follow_up:
        page.goto(url + "/ask")
    answers = page.get_by_text("Citation precision")
    before = answers.count() if follow_up else 0
    box = page.locator('[data-testid="stChatInputTextArea"]')
    box.wait_for(timeout=60_000)
    box.fill(question)
    box.press("Enter")
    answers.nth(before).wait_for(timeout=120_000)
    settle(page)
    if open_chip:
        page.locator('[data-testid="stChatMessage"]').last.locator('[data-testid="stPopover"] button').first.click()
        page.wait_for_selector('[data-testid="stPopoverBody"] img', timeout=30_000)
        page.wait_for_timeout(800)
    if shot:
        page.screenshot(path=str(shot))
    return page.locator('[data-testid="stMainBlockContainer"]').inner_text()  # a page with st.chat_input has no stMain


def classify(page, url: str, images: list[Path], labels: str, shot: Path | None = None) -> str:
    page.goto(url + "/classify")
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files([str(p) for p in images])
    page.get_by_label("Labels (comma-separated)").fill(labels)
    page.wait_for_timeout(1000)  # let the uploads finish
    page.get_by_role("button", name="Classify", exact=True).click()
    page.wait_for_selector('[data-testid="stVegaLiteChart"]', timeout=120_000)
    settle(page, 1500)
    if shot:
        page.screenshot(path=str(shot))
    return page.locator('[data-testid="stMain"]').inner_text()


def library(page, url: str, shot: Path | None = None) -> str:
    page.goto(url + "/library")
    page.get_by_role("button", name="Check Ollama and load the models").click()
    page.get_by_text("Models load").wait_for(timeout=120_000)
    settle(page)
    if shot:
        page.screenshot(path=str(shot))
    return page.locator('[data-testid="stMain"]').inner_text()
