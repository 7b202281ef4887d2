"""The Streamlit front end (installed as mmrag.ui)."""
