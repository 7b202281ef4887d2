"""The Engine a page uses, and the models it shares with every run and session.

Streamlit runs each script run in a new thread, and an Engine's SQLite catalog
belongs to the thread that opened it. So each run gets its own light Engine
(app.py closes it when the run ends), and the expensive part, the loaded CLIP
and text models, lives in an Engine cached with ``st.cache_resource``: the run's
Engine borrows its backends, loading each on first use.
"""

from __future__ import annotations

import threading

import streamlit as st

from mmrag.config import Settings
from mmrag.engine import Engine
from mmrag.errors import InputError

_run = threading.local()
_loading = threading.Lock()


class _Borrowed:
    """Stands for one backend (``clip`` or ``text``) of the shared Engine; loads it on first use."""

    def __init__(self, shared: Engine, name: str):
        self._shared = shared
        self._name = name

    def __getattr__(self, attr: str):
        with _loading:  # two sessions asking at once load the model once
            backend = getattr(self._shared, self._name)
        return getattr(backend, attr)


@st.cache_resource(show_spinner=False)
def _shared_engine(key: tuple, _settings: Settings) -> Engine:
    """An Engine kept for the models only: its settings name the models, so it never opens the index."""
    return Engine(_settings)


def _open() -> Engine:
    settings = Settings.from_env()
    probe = Engine(settings)
    try:
        settings_for_models = settings.with_overrides(clip=probe.clip_spec, text_model=probe.text_model)
    finally:
        probe.close()
    s = settings_for_models
    shared = _shared_engine((s.clip, s.text_model, s.device, s.batch_size), s)
    return Engine(settings, clip=_Borrowed(shared, "clip"), text=_Borrowed(shared, "text"))


def engine() -> Engine:
    """The Engine of this script run (opened on first call)."""
    current = getattr(_run, "engine", None)
    if current is None:
        current = _run.engine = _open()
    return current


def close_engine() -> None:
    """Release the run's index connection and writer lock (app.py calls this when a run ends)."""
    current = getattr(_run, "engine", None)
    _run.engine = None
    if current is not None:
        current.close()


def index_status() -> dict | None:
    """``Engine.status()``, or None when there is no index yet."""
    try:
        return engine().status()
    except InputError:
        if not engine().index.exists():
            return None
        raise


def require_index() -> dict:
    """The index status; when there is none, say how to create one and stop the page."""
    status = index_status()
    if status is None:
        st.info(
            f"No mmrag index at `{engine().index_dir}` yet. Create one with `mmrag ingest PATH` "
            "(e.g. `mmrag ingest ~/Pictures`), or ingest a folder on the **Library** page."
        )
        st.stop()
    return status
