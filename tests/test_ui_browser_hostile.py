"""In headless Chromium, with every request that is not to loopback blocked: each page renders with nothing
blocked (no CDN icon or font), and hostile file names show literally (no link, no LaTeX, no colour, no bold).
Skips with the reason where Chromium is absent."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from corpus_fixtures import shape_png
from fake_ollama import FakeOllama
from ui_corpus import build_index
from ui_driver import browser_page, search, serve, settle, why_no_browser

pytestmark = [pytest.mark.skipif(why_no_browser() is not None, reason=why_no_browser() or ""), pytest.mark.timeout(900)]

HOSTILE = {"[click](javascript:alert(1)).png": ("red", "star"), ":red[alarm] **bold** $x^2$.png": ("blue", "circle"),
           "<img src=x onerror=alert(1)> www.evil.example.png": ("green", "square")}
LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    work = tmp_path_factory.mktemp("ui-hostile")
    photos = work / "corpus" / "photos"
    photos.mkdir(parents=True)
    for name, (colour, shape) in HOSTILE.items():
        (photos / name).write_bytes(shape_png(colour, shape))
    with FakeOllama() as ollama:
        build_index(work / "corpus", work / "index", ollama.host)
        with serve(work / "index", {"OLLAMA_HOST": ollama.host, "HF_HUB_OFFLINE": "1"}) as url:
            with browser_page(offline=True) as page:
                blocked: list[str] = []  # every request the page made that was not to loopback (each failed at the dead proxy)

                def note(request):
                    if urlsplit(request.url).hostname not in LOOPBACK and not request.url.startswith(("data:", "blob:")):
                        blocked.append(request.url)

                page.on("request", note)
                yield url, page, blocked


def test_every_page_renders_with_the_network_blocked(served):
    url, page, blocked = served
    for path, expected in (("/", "Query"), ("/ask", "Ask about your photos"), ("/classify", "Classify"), ("/library", "Index")):
        page.goto(url + path)
        # a page with st.chat_input (Ask) has no stMain: wait on the block container every page has
        page.wait_for_function("t => (document.querySelector('[data-testid=\"stMainBlockContainer\"]') || {}).innerText?.includes(t)",
                               arg=expected, timeout=120_000)
        settle(page)
    assert blocked == []
    favicon = page.evaluate("() => [...document.querySelectorAll('link[rel~=\"icon\"]')].map(l => l.href)")
    assert favicon and all(urlsplit(href).hostname in LOOPBACK or href.startswith("data:") for href in favicon), favicon


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_names_show_literally(served, name):
    url, page, blocked = served
    colour, shape = HOSTILE[name]
    search(page, url, f"a {colour} {shape}")
    text = page.locator('[data-testid="stMain"]').inner_text().replace("\u2060", "")  # the word joiner that stops autolinks
    assert name in text, (name, text)
    links = page.evaluate("() => [...document.querySelectorAll('[data-testid=\"stMain\"] a')].map(a => a.getAttribute('href'))")
    assert not any(href and ("javascript" in href or "evil" in href) for href in links), links
    assert page.locator('[data-testid="stMain"] .katex').count() == 0
    exact = page.evaluate("() => [...document.querySelectorAll('[data-testid=\"stMain\"] strong, [data-testid=\"stMain\"] b, "
                          "[data-testid=\"stMain\"] em, [data-testid=\"stMain\"] span')].map(e => e.innerText.trim())")
    assert "bold" not in exact and "alarm" not in exact  # no part of a name became its own element
    assert page.locator('[data-testid="stMain"] img[src="x"]').count() == 0
    assert blocked == []


def test_the_harness_blocks_a_request_off_the_machine(served):
    """The guard the tests above rely on: a request to a non-loopback address fails and is noted."""
    url, page, blocked = served
    before = len(blocked)
    failed = page.evaluate("() => fetch('http://192.0.2.1/probe.png').then(() => false, () => true)")
    assert failed and blocked[before:] == ["http://192.0.2.1/probe.png"]
    del blocked[before:]
