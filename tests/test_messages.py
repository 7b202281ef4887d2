"""Issue 16's messages: each bad input or damaged file gets a clear line, through the CLI on a real index."""

import pytest
from conftest import _inprocess_cli
from corpus_fixtures import shape_png, write_pdf

pytestmark = pytest.mark.timeout(900)  # a loaded 2-core machine: the text model loads in every command


@pytest.fixture(scope="module")
def indexed(tmp_path_factory):
    """One index for the module (its commands only read it, except the BM25 test, last, which damages a file)."""
    base = tmp_path_factory.mktemp("messages")
    corpus = base / "corpus"
    corpus.mkdir()
    (corpus / "red\nstar.png").write_bytes(shape_png("red", "star"))
    (corpus / "blue circle.png").write_bytes(shape_png("blue", "circle"))
    write_pdf(corpus / "report.pdf", [("The zeppelin hangar report and its budget.", [])])
    code, _, err = _inprocess_cli(base)(
        "ingest", str(corpus), "--clip", "tiny", "--no-describe", "--json", env={"MMRAG_INDEX": str(base / "index")}
    )
    assert code == 0, err
    return base / "index"


@pytest.fixture
def cli(cli, indexed):
    def run(*args, env=None, timeout=600):
        return cli(*args, env={"MMRAG_INDEX": str(indexed), **(env or {})}, timeout=timeout)

    return run


def test_dates_before_1970_and_year_one_are_dates(cli, indexed):
    for date in ("0001-01-01", "1969-12-31T23:59"):
        code, out, err = cli("search", "zeppelin", "--after", date, "--json")
        assert code == 0, err
        assert any(r["path"].endswith("report.pdf") for r in out["results"])
    code, _, err = cli("search", "zeppelin", "--after", "yesterday")
    assert code == 2 and "is not a date" in err


@pytest.mark.parametrize("k", ["0", "-3"])
def test_ask_refuses_k_below_one(cli, indexed, k):
    code, _, err = cli("ask", "what is in the hangar?", "-k", k)
    assert code == 2 and "-k" in err and "at least 1" in err and "Traceback" not in err


def test_sources_shows_a_newline_in_a_name_escaped(cli, indexed):
    code, out, err = cli("sources")
    assert code == 0, err
    lines = out.splitlines()
    assert len(lines) == 3
    assert any(line.endswith("red\\nstar.png") for line in lines), lines


def test_damaged_bm25_file_is_rebuilt_with_a_warning(cli, indexed):
    params = indexed / "bm25" / "params.index.json"
    assert params.exists()
    params.write_text("{not json")
    code, out, err = cli("search", "zeppelin hangar", "--json")
    assert code == 0, err
    assert "damaged" in err and "rebuilding" in err and "Traceback" not in err
    assert out["results"] and "bm25" in out["results"][0]["channels"]
    code, out, err = cli("search", "zeppelin hangar", "--json")
    assert code == 0 and "damaged" not in err
