"""mmrag/eval_scoring.py, the pure parts of `mmrag eval`: metrics and question-file parsing, with example tables."""

import math
from pathlib import Path

import pytest

from mmrag.errors import InputError
from mmrag.eval_report import html_report, terminal_table, worst_questions
from mmrag.eval_scoring import (
    Relevant,
    fact_words,
    has_all,
    jaccard,
    ndcg_at,
    parse_line,
    parse_relevant,
    percentile,
    read_questions,
    recall_at,
    reciprocal_rank,
    score_question,
    summarize,
)

A, B, C = Relevant("a.jpg", "/c/a.jpg"), Relevant("b.pdf", "/c/b.pdf"), Relevant("b.pdf#2", "/c/b.pdf", 2)
L2, L3, L4 = 1 / math.log2(3), 1 / math.log2(4), 1 / math.log2(5)


@pytest.mark.parametrize(
    "hits, relevant, k, recall, ndcg, rr",
    [
        ([("/c/a.jpg", None)], [A], 10, 1.0, 1.0, 1.0),
        ([("/c/x.jpg", None), ("/c/a.jpg", None)], [A], 10, 1.0, L2, 0.5),
        ([("/c/x.jpg", None), ("/c/a.jpg", None)], [A], 1, 0.0, 0.0, 0.0),  # the match is below k
        (
            [("/c/a.jpg", None), ("/c/a.jpg", None)],
            [A, B],
            10,
            0.5,
            1 / (1 + L2),
            1.0,
        ),  # a second hit of one file adds nothing
        ([("/c/b.pdf", 1), ("/c/b.pdf", 2)], [C], 10, 1.0, L2, 0.5),  # a page entry matches only that page
        ([("/c/b.pdf", 2)], [B, C], 10, 1.0, 1 / (1 + L2), 1.0),  # one hit matches both, but gives one gain
        ([("/c/b.pdf", 2), ("/c/b.pdf", 5)], [B, C], 10, 1.0, (1 + L2) / (1 + L2), 1.0),
        (
            [("/c/x", None), ("/c/y", None), ("/c/b.pdf", 3), ("/c/a.jpg", None)],
            [A, B],
            10,
            1.0,
            (L3 + L4) / (1 + L2),
            1 / 3,
        ),
        ([], [A], 10, 0.0, 0.0, 0.0),
    ],
)
def test_metrics(hits, relevant, k, recall, ndcg, rr):
    assert recall_at(hits, relevant, k) == pytest.approx(recall)
    assert ndcg_at(hits, relevant, k) == pytest.approx(ndcg)
    assert reciprocal_rank(hits, relevant, k) == pytest.approx(rr)


def test_metrics_need_relevant_entries():
    with pytest.raises(ValueError):
        recall_at([("/c/a.jpg", None)], [], 10)


@pytest.mark.parametrize(
    "hits, relevant, k, score, curve",
    [
        (
            [("/c/x.jpg", None), ("/c/a.jpg", None)],
            [A],
            2,
            {"returned": 2, "recall": 1.0, "ndcg": L2, "rr": 0.5},
            [0.0, 1.0],
        ),
        (
            [("/c/a.jpg", None)],
            [A, B],
            3,
            {"returned": 1, "recall": 0.5, "ndcg": 1 / (1 + L2), "rr": 1.0},
            [0.5, 0.5, 0.5],
        ),
        ([("/c/x.jpg", None)], [], 10, {"returned": 1}, None),  # nothing should answer it, but something came back
        ([], [], 10, {"returned": 0}, None),
    ],
)
def test_score_question(hits, relevant, k, score, curve):
    assert score_question(hits, relevant, k) == (pytest.approx(score), curve)


@pytest.mark.parametrize(
    "scored, recall, ndcg, mrr, abstention, curve",
    [
        (
            [
                ({"returned": 1, "recall": 1.0, "ndcg": 1.0, "rr": 1.0}, [1.0, 1.0]),
                ({"returned": 2, "recall": 0.0, "ndcg": 0.0, "rr": 0.0}, [0.0, 0.0]),
                ({"returned": 0}, None),
                ({"returned": 3}, None),
                ({"returned": 0}, None),
            ],
            0.5,
            0.5,
            0.5,
            2 / 3,
            [0.5, 0.5],
        ),
        ([({"returned": 0}, None)], None, None, None, 1.0, []),  # only questions that nothing should answer
        ([({"returned": 1, "recall": 0.5, "ndcg": 0.6, "rr": 0.5}, [0.0, 0.5])], 0.5, 0.6, 0.5, None, [0.0, 0.5]),
    ],
)
def test_summarize(scored, recall, ndcg, mrr, abstention, curve):
    got = summarize(scored)
    assert (got.recall, got.ndcg, got.mrr, got.abstention, got.recall_curve) == (
        recall,
        ndcg,
        mrr,
        pytest.approx(abstention) if abstention else abstention,
        curve,
    )


@pytest.mark.parametrize(
    "values, q, expected",
    [([1, 2, 3, 4], 50, 2.5), ([5], 95, 5), ([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 95, 10.5), ([], 50, None)],
)
def test_percentile(values, q, expected):
    assert percentile(values, q) == expected


@pytest.mark.parametrize(
    "a, b, expected", [(set(), set(), 1.0), ({1}, set(), 0.0), ({1, 2}, {2, 3}, 1 / 3), ({"x"}, {"x"}, 1.0)]
)
def test_jaccard(a, b, expected):
    assert jaccard(a, b) == pytest.approx(expected)


@pytest.mark.parametrize(
    "answer, wanted, ok",
    [
        ("The hangar is 48  metres long [1].", ["48 metres"], True),
        ("The hangar is 48 m long.", ["48 metres"], False),
        ("A RED star and a blue circle.", ["red star", "blue circle"], True),
        ("A red star.", ["red star", "blue"], False),
    ],
)
def test_has_all(answer, wanted, ok):
    assert has_all(answer, wanted) is ok


def test_fact_words_drop_filler_and_case():
    assert fact_words(["The image shows a Red star.", "It is red [1]."]) == {"red", "star"}


@pytest.mark.parametrize(
    "entry, path, page",
    [
        ("photos/a.jpg", "/q/photos/a.jpg", None),
        ("docs/r.pdf#3", "/q/docs/r.pdf", 3),
        ("/abs/x#y.png", "/abs/x#y.png", None),
        ("/abs/c#1.jpg", "/abs/c#1.jpg", None),
    ],
)
def test_parse_relevant(entry, path, page):
    got = parse_relevant(entry, Path("/q"))
    assert (got.path, got.page, got.raw) == (path, page, entry)


@pytest.mark.parametrize(
    "line, problem",
    [
        ("{not json", "not JSON"),
        ("[1, 2]", "not a JSON object"),
        ('{"relevant": []}', '"question" is missing'),
        ('{"question": "  ", "relevant": []}', '"question" is missing'),
        ('{"question": "x"}', '"relevant" is missing'),
        ('{"question": "x", "relevant": "a.jpg"}', '"relevant" must be a list'),
        ('{"question": "x", "relevant": [], "answer_has": [3]}', '"answer_has" must be'),
        ('{"question": "x", "relevant": ["r.pdf#0"]}', "pages start at 1"),
        ('{"question": "x", "relevant": ["#2"]}', "has no path"),
    ],
)
def test_parse_line_says_what_is_wrong(line, problem):
    with pytest.raises(ValueError, match=problem):
        parse_line(line, 1, Path("/q"))


def test_parse_line_optional_fields():
    q = parse_line(
        '{"question": " red star ", "relevant": [], "answer_has": ["red"], "paraphrases": ["a star in red", " "]}',
        7,
        Path("/q"),
    )
    assert (q.line, q.question, q.relevant, q.answer_has, q.paraphrases) == (
        7,
        "red star",
        [],
        ["red"],
        ["a star in red"],
    )


def test_read_questions_skips_bad_lines_with_their_numbers(tmp_path):
    f = tmp_path / "q.jsonl"
    f.write_text(
        '{"question": "a", "relevant": ["x.jpg"]}\n\n{oops\n{"question": "b", "relevant": []}\n{"question": 3, '
        '"relevant": []}\n'
    )
    questions, problems = read_questions(f)
    assert [q.line for q in questions] == [1, 4] and questions[0].relevant[0].path == str(tmp_path / "x.jpg")
    assert len(problems) == 2 and problems[0].startswith(f"{f}:3: not JSON") and problems[1].startswith(f"{f}:5: ")


@pytest.mark.parametrize(
    "text, message", [("", "holds no questions"), ("\n  \n", "holds no questions"), ("{oops\n", "no usable question")]
)
def test_read_questions_refuses_a_file_without_questions(tmp_path, text, message):
    f = tmp_path / "q.jsonl"
    f.write_text(text)
    with pytest.raises(InputError, match=message) as err:
        read_questions(f)
    assert err.value.exit_code == 2


DOC = {
    "questions": 3,
    "k": 3,
    "latency": {"search": {"p50_ms": 1.0, "p95_ms": 2.0, "n": 3}},
    "retrieval": {
        "fused": {"recall": 0.5, "ndcg": 0.4, "mrr": 0.5, "abstention": 1.0, "recall_at": [0.0, 0.5, 0.5]},
        "clip": {"recall": 0.0, "ndcg": 0.0, "mrr": 0.0, "abstention": 0.0, "recall_at": [0.0, 0.0, 0.0]},
    },
    "per_question": [
        {
            "line": 1,
            "question": "good",
            "relevant": ["a.jpg"],
            "not_in_index": [],
            "fused": {"recall": 1.0, "ndcg": 1.0, "returned": 1},
            "top": [],
        },
        {
            "line": 2,
            "question": "bad <b>",
            "relevant": ["b.jpg", "gone.jpg"],
            "not_in_index": ["gone.jpg"],
            "fused": {"recall": 0.0, "ndcg": 0.0, "returned": 1},
            "top": [{"id": "i1", "kind": "image", "path": "/c/x.jpg", "page": None, "score": 0.1, "relevant": False}],
        },
        {"line": 3, "question": "nothing", "relevant": [], "not_in_index": [], "fused": {"returned": 0}, "top": []},
    ],
    "settings": {"clip": "tiny", "weights": {"clip": 2.0}},
    "warnings": ["line 2: relevant 'gone.jpg': not in the index"],
}


def test_report_shows_the_worst_question_with_its_thumbnail(tmp_path):
    thumb = tmp_path / "t.jpg"
    thumb.write_bytes(b"\xff\xd8fakejpeg")
    page = html_report(DOC, {"i1": thumb})
    assert [q["line"] for q in worst_questions(DOC, 5)] == [2]
    assert "bad &lt;b&gt;" in page and "data:image/jpeg;base64,/9hmYWtlanBlZw==" in page and "gone.jpg" in page
    assert page.count("<svg") == 2 and "<polyline" in page and 'src="http' not in page
    table = terminal_table(DOC)
    assert "fused" in table and "0.500" in table and "line 2" in table
