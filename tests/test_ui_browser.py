"""End to end: `mmrag ui` on a free port, loaded in headless Chromium; a search shows result images and
an ask shows a cited answer (the fake Ollama answers), and a follow-up in the same chat finds the same page. Skips with
the reason where Chromium is absent."""

from __future__ import annotations

import pytest
from fake_ollama import FakeOllama
from ui_corpus import build_corpus, build_index, quoting_answer
from ui_driver import ask, browser_page, search, serve, why_no_browser

pytestmark = pytest.mark.skipif(why_no_browser() is not None, reason=why_no_browser() or "")


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    work = tmp_path_factory.mktemp("ui-browser")
    with FakeOllama(respond=quoting_answer) as ollama:
        root = build_corpus(work / "corpus")
        build_index(root, work / "index", ollama.host)
        with serve(work / "index", {"OLLAMA_HOST": ollama.host, "HF_HUB_OFFLINE": "1"}) as url:
            with browser_page() as page:
                yield url, page, work


def test_search_shows_result_images(served):
    url, page, work = served
    widths = search(page, url, "a red star", shot=work / "search.png")
    assert widths and all(w > 0 for w in widths), widths  # every result image arrived and decoded
    assert "photo_000.png" in page.locator('[data-testid="stMain"]').inner_text()
    assert (work / "search.png").stat().st_size > 10_000


def test_ask_shows_a_cited_answer(served):
    url, page, work = served
    text = ask(page, url, "what was painted on the zeppelin hangar door?", shot=work / "ask.png", open_chip=True)
    assert "purple hexagon" in text and "supported" in text and "[1]" in text
    assert "vlm:llava" in text
    chip_images = page.evaluate(
        "() => [...document.querySelectorAll('[data-testid=\"stPopoverBody\"] img')].map(i => i.naturalWidth)"
    )
    assert chip_images and all(w > 0 for w in chip_images)  # the opened chip shows the cited image or page


def test_a_follow_up_in_the_chat_finds_the_page_of_the_first_answer(served):
    url, page, work = served
    ask(page, url, "what was painted on the zeppelin hangar door?")
    text = ask(page, url, "when was it painted?", follow_up=True, shot=work / "follow-up.png")
    assert text.count("Citation precision") == 2  # both turns stay on the page
    assert "in May" in text and "Searched for: when was it painted?" in text
