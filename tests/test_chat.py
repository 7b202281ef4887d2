"""`mmrag chat` (issue 21): follow-ups retrieved from the conversation, the previous turns shown to the VLM
within --num-ctx, each answer validated against its own sources, bad input answered with a message while
the conversation goes on. Through the CLI on a PDF of facts built here, real Chroma, the real ollama client
against the fake Ollama server (or against nothing: the fallback)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pymupdf
import pytest
from corpus_fixtures import write_images

from mmrag.answer import Answer
from mmrag.chat import (
    Conversation,
    Turn,
    check_question,
    clean_rewrite,
    fallback_query,
    history_block,
    is_follow_up,
    salient_terms,
)
from mmrag.errors import UsageError

FACTS = [
    "The Zephyr Tower stands in the harbour district of Lisbon. The architect Marta Quintela designed the Zephyr "
    "Tower. "
    "Construction of the Zephyr Tower was completed in 1987 after six years of work.",
    "The Copper Bridge crosses the Tagus estuary near Almada. The engineer Rui Falcao designed the Copper Bridge. "
    "Construction of the Copper Bridge was completed in 1962.",
    "The Aurora Library holds rare maps of the Atlantic coast. The architect Sofia Brandao designed the Aurora "
    "Library. "
    "Construction of the Aurora Library was completed in 2004.",
]
DOWN = {"OLLAMA_HOST": "http://127.0.0.1:9"}


def write_facts(path):
    doc = pymupdf.open()
    for paragraph in FACTS:
        doc.new_page().insert_textbox(pymupdf.Rect(50, 50, 550, 400), paragraph, fontsize=11)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(path)
    return path


@pytest.fixture
def facts(cli, tmp_path):
    root = tmp_path / "corpus"
    write_facts(root / "landmarks.pdf")
    write_images(root / "photos", [("red", "star"), ("blue", "circle")])
    code, out, err = cli("ingest", str(root), "--clip", "tiny", "--no-describe", "--json", env=DOWN)
    assert code == 0, err
    return root


@pytest.fixture
def chat(tmp_path):
    """``chat(lines, *args, env=...)`` runs `mmrag chat --json` with ``lines`` on stdin: (exit code, JSON documents,
    stderr)."""

    def run(lines, *args, env=None):
        full_env = {**os.environ, "MMRAG_INDEX": str(tmp_path / "index"), **(env or {})}
        proc = subprocess.run(
            [sys.executable, "-m", "mmrag", "chat", "--json", *args],
            input="\n".join(lines) + "\n",
            capture_output=True,
            text=True,
            env=full_env,
            timeout=300,
            cwd=tmp_path,
        )
        return proc.returncode, [json.loads(line) for line in proc.stdout.splitlines() if line.strip()], proc.stderr

    return run


def first_page(turn: dict) -> tuple[str, int]:
    top = turn["sources"][0]
    return os.path.basename(top["path"]), top["page"]


def test_a_follow_up_retrieves_the_page_the_previous_answer_came_from(facts, chat):
    """Without a VLM: the fallback carries the previous turn's terms into "When was it completed?"."""
    code, turns, err = chat(
        ["Who designed the Zephyr Tower?", "When was it completed?", "Who designed the Copper Bridge?"], env=DOWN
    )
    assert code == 0, err
    assert len(turns) == 3 and all(t["answerer"] == "extractive" for t in turns)
    assert turns[0]["query"] == "Who designed the Zephyr Tower?"
    cited = {
        turns[0]["sources"][c["source"] - 1]["page"]
        for s in turns[0]["sentences"]
        for c in s["citations"]
        if c["status"] == "supported"
    }
    assert first_page(turns[0]) == ("landmarks.pdf", 1) and cited == {1}
    assert "Zephyr" in turns[1]["query"] and turns[1]["query"].startswith("When was it completed?")
    assert first_page(turns[1]) == ("landmarks.pdf", 1)
    assert "1987" in turns[1]["answer"] and turns[1]["grounded"] in ("yes", "partial")
    assert turns[2]["query"] == "Who designed the Copper Bridge?"  # self-contained: not rewritten
    assert first_page(turns[2]) == ("landmarks.pdf", 2)


def test_with_the_vlm_follow_ups_are_rewritten_and_the_model_sees_the_previous_turns(facts, chat, fake_ollama):
    from test_answer import source_number

    def respond(body):
        prompt = body["messages"][-1]["content"]
        if "Rewrite the follow-up question" in prompt:
            assert (
                "Marta Quintela" in prompt and "[" not in prompt.split("Follow-up question")[0]
            )  # old citations stripped
            return "When was the Zephyr Tower completed?"
        n = source_number(body, "landmarks.pdf")
        if "Question: Who designed" in prompt:
            return f"The architect Marta Quintela designed the Zephyr Tower [{n}]."
        return (
            f"Construction of the Zephyr Tower was completed in 1987 [{n}]. It was painted gold [{n}]. "
            "It has a moat [9]."
        )

    fake_ollama.respond = respond
    code, turns, err = chat(
        ["Who designed the Zephyr Tower?", "When was it completed?"], env={"OLLAMA_HOST": fake_ollama.host}
    )
    assert code == 0, err
    assert turns[1]["query"] == "When was the Zephyr Tower completed?" and first_page(turns[1]) == ("landmarks.pdf", 1)
    assert [s["status"] for s in turns[1]["sentences"]] == ["supported", "unsupported", "unsupported"]
    assert turns[1]["sentences"][2]["citations"][0]["status"] == "invalid"  # validated against its own sources
    answers = [b for p, b in fake_ollama.requests if p == "/api/chat" and "Question:" in b["messages"][-1]["content"]]
    second = answers[1]["messages"][-1]["content"]
    assert "Conversation so far" in second and "User: Who designed the Zephyr Tower?" in second
    assert second.index("Conversation so far") < second.index("Sources:")


def test_bad_turns_get_a_message_and_the_conversation_goes_on(facts, chat):
    long = "whyyy" * 4000  # 20,000 characters
    code, turns, err = chat(["Who designed the Zephyr Tower?", long.strip(), "When was it completed?"], env=DOWN)
    assert code == 0
    assert [("error" in t) for t in turns] == [False, True, False]
    assert "20,000 characters" in turns[1]["error"] and "20,000 characters" in err and "Traceback" not in err
    assert first_page(turns[2]) == ("landmarks.pdf", 1)


def test_a_conversation_longer_than_the_context_keeps_the_last_turns(facts, chat, fake_ollama):
    fake_ollama.respond = lambda body: "Not in the sources."
    questions = [
        f"Who designed the Zephyr Tower, question {n} of a long talk about towers and bridges?" for n in range(6)
    ]
    code, turns, err = chat(questions, "--num-ctx", "128", env={"OLLAMA_HOST": fake_ollama.host})
    assert code == 0 and len(turns) == 6, err
    assert "no longer fit in the model's context" in err
    prompts = [
        b["messages"][-1]["content"]
        for p, b in fake_ollama.requests
        if p == "/api/chat" and "Question:" in b["messages"][-1]["content"]
    ]
    last = prompts[-1]
    assert "question 4 of" in last and "question 0 of" not in last  # the newest earlier turn, not the oldest


def test_chat_scoped_and_without_an_index(facts, chat, tmp_path):
    code, turns, err = chat(["Who designed the Zephyr Tower?"], "--kind", "image", env=DOWN)
    assert code == 0, err
    assert all(s["kind"] == "image" for s in turns[0]["sources"])
    code, turns, err = chat(["anything?"], env={**DOWN, "MMRAG_INDEX": str(tmp_path / "nowhere")})
    assert code == 2 and turns == [] and "no mmrag index" in err


# -- pure pieces --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question, follow_up",
    [
        ("When was it completed?", True),
        ("Who designed them?", True),
        ("And the bridge?", True),
        ("Why?", True),
        ("Who designed the Copper Bridge?", False),
        ("What colour is the star in the report?", False),
    ],
)
def test_is_follow_up(question, follow_up):
    assert is_follow_up(question) is follow_up


@pytest.mark.parametrize(
    "question, previous, answer, query",
    [
        (
            "When was it completed?",
            "Who designed the Zephyr Tower?",
            "Marta Quintela designed the Zephyr Tower.",
            "When was it completed? Zephyr Tower Marta Quintela designed",
        ),
        ("Who designed the Copper Bridge?", "Who designed the Zephyr Tower?", "", "Who designed the Copper Bridge?"),
        ("And its colour?", "red star photo", "", "And its colour? red star photo"),
    ],
)
def test_fallback_query(question, previous, answer, query):
    assert fallback_query(question, previous, answer) == query


def test_salient_terms_puts_names_first_and_stops_at_the_limit():
    assert salient_terms("the old stone bridge of Porto and Lisbon", limit=3) == ["Porto", "Lisbon", "old"]


@pytest.mark.parametrize(
    "reply, usable",
    [
        ("When was the Zephyr Tower completed?", "When was the Zephyr Tower completed?"),
        ('Query: "Zephyr Tower completion date"', "Zephyr Tower completion date"),
        ("", None),
        ("I see no image.", None),
        ("x " * 400, None),
    ],
)
def test_clean_rewrite(reply, usable):
    assert clean_rewrite(reply, "When was it completed?", "User: Who designed the Zephyr Tower?") == usable


@pytest.mark.parametrize("question, message", [("", "empty"), ("   \n ", "empty"), ("a" * 20_000, "20,000 characters")])
def test_check_question_refuses(question, message):
    with pytest.raises(UsageError, match=message):
        check_question(question)


def _turn(n: int) -> Turn:
    return Turn(
        f"question {n}", f"question {n}", Answer(f"question {n}", f"answer {n} [1].", "extractive", [], [], "yes", {})
    )


def test_history_block_keeps_the_newest_turns_that_fit():
    turns = [_turn(n) for n in range(5)]
    text, dropped = history_block(turns, budget=80)
    assert dropped == 3 and "question 3" in text and "question 4" in text and "question 2" not in text
    assert "[1]" not in text and text.index("question 3") < text.index("question 4")
    assert history_block(turns, budget=10) == ("", 5)


def test_conversation_rewrites_with_the_vlm_and_falls_back_when_it_is_down():
    from mmrag.backends.fake import FakeVLM
    from mmrag.errors import OllamaUnreachableError

    seen = []
    conversation = Conversation(
        lambda q, query, history: seen.append((query, history)) or _turn(0).answer,
        vlm=FakeVLM(lambda r: "Zephyr Tower completion"),
    )
    conversation.ask("Who designed the Zephyr Tower?")
    conversation.ask("When was it completed?")
    assert [q for q, _ in seen] == [
        "Who designed the Zephyr Tower?",
        "Zephyr Tower completion",
    ] and "User: Who designed" in seen[1][1]

    def down(request):
        raise OllamaUnreachableError("http://127.0.0.1:9")

    conversation.vlm = FakeVLM(down)
    assert conversation.ask("And when was it opened?").query.startswith("And when was it opened? Zephyr")
    assert conversation.vlm is None  # not asked again in this conversation
