"""mmrag: local multimodal RAG search over photos and PDFs.

The library's front door (imported lazily, so ``import mmrag`` stays cheap for the CLI):

    from mmrag import Engine, Settings, SearchQuery, MmragError
    engine = Engine(Settings.from_env(index="~/photos-index"))
    hits = engine.search(SearchQuery(text="a red bicycle"))
"""

__version__ = "0.1.0"
__all__ = ["Engine", "Settings", "SearchQuery", "MmragError"]

_EXPORTS = {
    "Engine": "mmrag.engine",
    "Settings": "mmrag.config",
    "SearchQuery": "mmrag.retrieve",
    "MmragError": "mmrag.errors",
}


def __getattr__(name: str):
    if name in _EXPORTS:
        import importlib

        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'mmrag' has no attribute {name!r}")
