"""The import graph follows the layers of DESIGN.md and README "Development": a module imports only modules of its own
layer or of the layers above it (function-level imports included), and ingest/ and ui/ import the library absolutely.

A failure names the edge; the fix is to move the code to the layer that owns it, not to add an exception here.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE_DIRS = {"mmrag": ROOT / "mmrag", "mmrag.ingest": ROOT / "ingest", "mmrag.ui": ROOT / "ui"}

# Top to bottom: a module may import its own layer and the layers listed before it.
LAYERS = [
    (
        "foundation",
        [
            "mmrag.config",
            "mmrag.errors",
            "mmrag.types",
            "mmrag.places",
            "mmrag.lexicon",
            "mmrag.shapes",
            "mmrag.numbers",
            "mmrag.figures",
            "mmrag.clock",
            "mmrag.rates",
            "mmrag.units",
        ],
    ),
    ("backends", ["mmrag.backends.*", "mmrag.models.*"]),
    ("storage", ["mmrag.catalog", "mmrag.store", "mmrag.lexical", "mmrag.calibrate"]),
    ("index", ["mmrag.index", "mmrag.writes", "mmrag.passes"]),
    ("ingest", ["mmrag.ingest.*"]),
    (
        "logic",
        [
            "mmrag.indexing",
            "mmrag.searching",
            "mmrag.retrieve",
            "mmrag.fusion",
            "mmrag.snippets",
            "mmrag.classify",
            "mmrag.answer",
            "mmrag.claims",
            "mmrag.subjects",
            "mmrag.polarity",
            "mmrag.opposites",
            "mmrag.binding",
            "mmrag.verdict",
            "mmrag.injection",
            "mmrag.citations",
            "mmrag.captions",
            "mmrag.ask",
            "mmrag.ask_images",
            "mmrag.chat",
            "mmrag.duplicates",
            "mmrag.evaluate",
            "mmrag.eval_scoring",
            "mmrag.eval_answers",
            "mmrag.eval_report",
            "mmrag.media",
            "mmrag.corpus",
        ],
    ),
    ("wiring", ["mmrag.engine", "mmrag.watch"]),
    ("edges", ["mmrag.cli", "mmrag.cli_*", "mmrag.api", "mmrag.__main__", "mmrag.ui.*", "mmrag"]),
]


def module_name(path: Path) -> str:
    for package, folder in PACKAGE_DIRS.items():
        if path.is_relative_to(folder):
            parts = list(path.relative_to(folder).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            return ".".join([package, *parts])
    raise AssertionError(path)


def layer_of(module: str) -> int | None:
    for rank, (_, patterns) in enumerate(LAYERS):
        for pattern in patterns:
            stem = pattern.rstrip("*").rstrip(".")
            if module == pattern or (pattern.endswith("*") and (module == stem or module.startswith(pattern[:-1]))):
                return rank
    return None


def project_modules() -> dict[str, Path]:
    found = {}
    for folder in PACKAGE_DIRS.values():
        for path in folder.rglob("*.py"):
            found[module_name(path)] = path
    return found


def imports_of(module: str, path: Path, known: set[str]) -> list[tuple[str, int, bool]]:
    """(imported project module, line, relative?) for every import in the file, at any depth."""
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    edges = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            names = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base for alias in node.names]
        else:
            continue
        for name in names:
            while name and name not in known:
                name = name.rpartition(".")[0]
            if name and name.startswith("mmrag"):
                edges.append((name, node.lineno, isinstance(node, ast.ImportFrom) and node.level > 0))
    return edges


MODULES = project_modules()


def test_every_module_has_a_layer():
    assert [name for name in MODULES if layer_of(name) is None] == []


@pytest.mark.parametrize("module", sorted(MODULES))
def test_imports_go_up_the_layers_only(module):
    mine = layer_of(module)
    wrong = [
        f"{module}:{line} imports {target} ({LAYERS[layer_of(target)][0]}, below {LAYERS[mine][0]})"
        for target, line, _ in imports_of(module, MODULES[module], set(MODULES))
        if layer_of(target) is not None and layer_of(target) > mine
    ]
    assert wrong == []


@pytest.mark.parametrize("module", sorted(name for name in MODULES if name.startswith(("mmrag.ingest", "mmrag.ui"))))
def test_ingest_and_ui_import_the_library_absolutely(module):
    relative = [
        f"{module}:{line} {target}" for target, line, rel in imports_of(module, MODULES[module], set(MODULES)) if rel
    ]
    assert relative == []


def test_only_the_store_talks_to_chroma():
    """mmrag/store.py is the one door to Chroma: no other module imports chromadb or reaches into a collection."""
    door = PACKAGE_DIRS["mmrag"] / "store.py"
    reach = re.compile(
        r"\bimport chromadb\b|\bfrom chromadb\b|\.collections\[|\bcollection\.(query|get|upsert|delete)\("
    )
    offenders = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in MODULES.values()
        if path != door
        for n, line in enumerate(path.read_text().splitlines(), 1)
        if reach.search(line)
    ]
    assert offenders == []
