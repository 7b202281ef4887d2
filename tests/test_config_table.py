"""Settings are declared once (mmrag/config.py): the README's configuration table is generated from that declaration,
every MMRAG_* variable the code reads is in it, and each declared variable is read with its field's type."""

import re
from dataclasses import fields
from pathlib import Path

import pytest

from mmrag.config import COMMAND_ENV, GENERATION_ENV, INTERNAL_ENV, Settings, settings_table, with_table
from mmrag.errors import UsageError

ROOT = Path(__file__).resolve().parents[1]


def test_readme_table_is_the_generated_one():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert with_table(readme) == readme, "the README's settings table drifted: run `python -m mmrag.config README.md`"


def test_every_variable_the_code_reads_is_in_the_table():
    code = "\n".join(
        p.read_text(encoding="utf-8") for folder in ("mmrag", "ingest", "ui") for p in (ROOT / folder).rglob("*.py")
    )
    read = set(re.findall(r"\bMMRAG_[A-Z0-9_]*[A-Z0-9]\b", code)) - set(INTERNAL_ENV)
    read = {name for name in read if not name.endswith("_")}  # prefixes built in code (MMRAG_{NAME})
    table = settings_table()
    missing = sorted(name for name in read if f"`{name}`" not in table)
    assert not missing, missing
    assert set(COMMAND_ENV) <= read and all(f"MMRAG_{name.upper()}" in table for name in GENERATION_ENV)


@pytest.mark.parametrize(
    "var, raw, name, value",
    [
        ("MMRAG_PDF_DPI", "150", "pdf_dpi", 150),
        ("MMRAG_OLLAMA_TIMEOUT", "2.5", "ollama_timeout", 2.5),
        ("MMRAG_READERS", "3", "readers", 3),
        ("MMRAG_CLIP", "tiny", "clip", "tiny"),
        ("OLLAMA_HOST", "http://h:1", "ollama_host", "http://h:1"),
        ("MMRAG_CLIP_MARGIN", "0.1", "clip_margin", 0.1),
        ("MMRAG_INDEX", "/tmp/x", "index", Path("/tmp/x")),
    ],
)
def test_each_variable_is_read_with_its_type(var, raw, name, value):
    got = getattr(Settings.from_env({var: raw}), name)
    assert got == value and type(got) is type(value)


def test_declared_variables_are_unique_and_bad_numbers_say_which():
    names = [f.metadata["env"] for f in fields(Settings) if f.metadata.get("env")]
    assert len(names) == len(set(names))
    with pytest.raises(UsageError, match="MMRAG_BATCH_SIZE='many' is not a valid int"):
        Settings.from_env({"MMRAG_BATCH_SIZE": "many"})
    assert Settings.from_env({}) == Settings()


def test_the_library_front_door():
    import mmrag
    from mmrag.engine import Engine
    from mmrag.retrieve import SearchQuery

    assert (
        mmrag.Engine is Engine
        and mmrag.Settings is Settings
        and mmrag.SearchQuery is SearchQuery
        and issubclass(UsageError, mmrag.MmragError)
    )
    with pytest.raises(AttributeError):
        mmrag.Nothing  # noqa: B018
